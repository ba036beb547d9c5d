"""The running tally gives exactly the fields their plain definitions give over all of an incident's reports."""

import datetime as dt
from collections import Counter

import orjson
from hypothesis import given, settings
from hypothesis import strategies as st

from tawthiq.records import TARGETS, WEAPONS_BY_SPECIFICITY, Count, IncidentReport, Location
from tawthiq.resolve import MemberReport, merged_incident
from tawthiq.resolve.figures import best_figure, Figure, merge_counts
from tawthiq.resolve.merge import Tally

DAY = dt.date(2023, 10, 10)
PLACES = [
    Location(name="Ariha", admin1="Idlib", place_id="g:1", latitude=35.81, longitude=36.61, geo_precision=1),
    Location(name="Ariha area", admin1="Idlib", place_id="g:1", latitude=35.81, longitude=36.61, geo_precision=2),
    Location(name="Sarmin", admin1="Idlib", place_id="g:2", latitude=35.9, longitude=36.72, geo_precision=1),
    Location(name="Idlib", admin1="Idlib", place_id="g:3", geo_precision=3),
    Location(text="حي الضبيط", admin1="Idlib", geo_precision=3),
]
SOURCES = ["Syrian Civil Defence", "SOHR", "local activists"]


@st.composite
def counts(draw):
    low = draw(st.none() | st.integers(0, 30))
    kind = draw(st.sampled_from(["exact", "about", "at least", "some"]))
    if low is None or kind == "some":
        return Count(low=1, best=None, high=None)
    if kind == "exact":
        return Count(low=low, best=low, high=low)
    if kind == "about":
        return Count(low=max(0, low - 3), best=low, high=low + 3)
    return Count(low=low, best=low, high=None)


@st.composite
def members(draw):
    result = []
    for report_id in range(1, draw(st.integers(1, 7)) + 1):
        report = IncidentReport(
            date=draw(st.none() | st.sampled_from([DAY, DAY + dt.timedelta(days=1)])),
            date_precision=draw(st.sampled_from(["day", "week"])),
            location=draw(st.sampled_from(PLACES)),
            event_type="Explosions/Remote violence",
            sub_event_type=draw(st.none() | st.sampled_from(["Air/drone strike", "Shelling/artillery/missile attack"])),
            weapons=draw(st.lists(st.sampled_from(WEAPONS_BY_SPECIFICITY[:5]), max_size=2, unique=True)),
            targets=draw(st.lists(st.sampled_from(TARGETS[:4]), max_size=2, unique=True)),
            perpetrator=draw(st.none() | st.just(["syrian_government"])),
            perpetrator_text=draw(st.none() | st.sampled_from(["قوات النظام", "regime forces"])),
            killed=draw(st.none() | counts()), injured=draw(st.none() | counts()),
            killed_or_injured=draw(st.none() | counts()),
            killed_children=draw(st.none() | st.integers(0, 5)), injured_women=draw(st.none() | st.integers(0, 5)),
            sources=draw(st.lists(st.sampled_from(SOURCES), max_size=2, unique=True)),
            role=draw(st.sampled_from(["main", "main", "background"])), provisional=draw(st.booleans()),
            confidence=draw(st.sampled_from([0.4, 0.7, 0.9])))
        result.append(MemberReport(report, report_id, draw(st.integers(1, 4)),
                                   draw(st.none() | st.sampled_from([DAY, DAY + dt.timedelta(days=2)])),
                                   draw(st.none() | st.sampled_from(["Enab Baladi", "SY24"]))))
    return result


def most_common(values):
    values = [v for v in values if v is not None]
    counts = Counter(values)
    return max(values, key=lambda v: (counts[v], -values.index(v))) if values else None


def union(lists, order=None):
    seen = list(dict.fromkeys(item for items in lists for item in items or []))
    return sorted(seen, key=lambda v: order.index(v) if v in order else len(order)) if order else seen


def defined(members):
    """Each merged field by its definition, computed over all reports at once."""
    reports = [m.report for m in members]
    placed = min(members, key=lambda m: (m.report.location.geo_precision or 4,
                                         -sum(r.location.place_id == m.report.location.place_id for r in reports),
                                         m.report_id))
    main = [r for r in reports if r.role == "main"] or reports
    day = most_common([r.date for r in main]) or most_common([r.date for r in reports])
    precision = next(r.date_precision for r in reports if r.date == day) if day else None
    published = [m.published for m in members if m.report.role == "main" and m.published]
    if day is None and published:
        day, precision = min(published), "week"
    sub_event = most_common([r.sub_event_type for r in reports])
    fields = dict(date=day, date_precision=precision, location=placed.report.location, sub_event_type=sub_event,
                  weapons=union([r.weapons for r in reports], WEAPONS_BY_SPECIFICITY),
                  targets=union([r.targets for r in reports], TARGETS),
                  perpetrator=union([r.perpetrator for r in reports]) or None,
                  perpetrator_text=" / ".join(dict.fromkeys(r.perpetrator_text for r in reports
                                                            if r.perpetrator_text)) or None,
                  sources=union([r.sources for r in reports]),
                  role="main" if any(r.role == "main" for r in reports) else "background",
                  confidence=max(r.confidence for r in reports))
    for name, breakdowns in (("killed", ("killed_children", "killed_women")),
                             ("injured", ("injured_children", "injured_women")), ("killed_or_injured", ())):
        figures = [Figure(getattr(m.report, name), tuple(m.report.sources), m.published, m.report_id)
                   for m in members if getattr(m.report, name) is not None]
        fields[name] = merge_counts(figures)
        chosen = best_figure([f for f in figures if f.count.best is not None] or figures)
        source = next((m.report for m in members if chosen and m.report_id == chosen.report_id), None)
        if name == "killed":
            fields["provisional"] = source.provisional if source else False
        for breakdown in breakdowns:
            value = getattr(source, breakdown) if source is not None else None
            fields[breakdown] = value if value is not None else max(
                (getattr(r, breakdown) for r in reports if getattr(r, breakdown) is not None), default=None)
    origins = {("outlet", m.outlet.casefold()) if m.outlet else ("cites", tuple(sorted(m.report.sources)))
               for m in members if m.outlet or m.report.sources}
    corroborated = len({m.document_id for m in members}) >= 2 and len(origins) >= 2
    all_published = [m.published for m in members if m.published]
    return fields, corroborated, min(all_published) if all_published else None


@settings(max_examples=300, deadline=None)
@given(members())
def test_the_tally_gives_every_field_its_definition_gives(group):
    merged = merged_incident(group)
    fields, corroborated, first_reported = defined(group)
    for name, value in fields.items():
        assert getattr(merged.incident, name) == value, name
    assert (merged.corroborated, merged.first_reported) == (corroborated, first_reported)


@settings(max_examples=100, deadline=None)
@given(members())
def test_one_report_at_a_time_or_all_at_once_give_the_same_incident(group):
    tally = Tally()
    for member in group:  # already in report-id order, as the ingest adds them
        tally.add(member)
        assert tally.report_count == group.index(member) + 1
    assert tally.merged().incident == merged_incident(list(reversed(group))).incident


@settings(max_examples=200, deadline=None)
@given(members(), st.integers(0, 7))
def test_a_tally_stored_and_read_back_goes_on_as_the_same_tally(group, stored_after):
    """What the record stores of an incident (its tally's state, as JSON, and its words) is read back into a tally
    that takes the later reports exactly as the one never stored does."""
    first, later = group[:stored_after], group[stored_after:]
    stored = Tally.of(first)
    state = orjson.loads(orjson.dumps(stored.state()))
    words = [tuple(w) for w in orjson.loads(orjson.dumps(stored.words))]
    read_back = Tally.of_state(state, words)
    assert read_back.state() == stored.state()
    for member in later:
        read_back.add(member)
    whole = Tally.of(group)
    assert read_back.fields() == whole.fields()
    assert read_back.words == whole.words
    assert (read_back.corroborated, read_back.first_published, read_back.report_count) == \
        (whole.corroborated, whole.first_published, whole.report_count)
    assert read_back.merged().incident == whole.merged().incident
