"""IncidentReport* -> Incident: decide which incident a new report belongs to, and merge the figures."""

from .figures import merge_counts
from .match import Candidate, Decision, MemberReport, could_join, days_to_search, decide
from .merge import merged_incident

__all__ = ["Candidate", "Decision", "could_join", "days_to_search", "MemberReport", "decide", "merge_counts", "merged_incident"]
