"""Document -> [IncidentReport]: the extraction stage."""

from .pipeline import Extractor, extract_text

__all__ = ["Extractor", "extract_text"]
