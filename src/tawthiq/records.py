"""The data contract of DESIGN.md as Pydantic models: Document, IncidentReport and their parts."""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

EVENT_TYPES: dict[str, tuple[str, ...]] = {
    "Explosions/Remote violence": (
        "Air/drone strike",
        "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED",
        "Suicide bomb",
        "Grenade",
        "Chemical weapon",
    ),
    "Battles": ("Armed clash", "Government regains territory", "Non-state actor overtakes territory"),
    "Violence against civilians": ("Attack", "Abduction/forced disappearance", "Sexual violence"),
}
SUB_EVENT_PARENT = {sub: parent for parent, subs in EVENT_TYPES.items() for sub in subs}

WEAPONS = (
    "artillery", "mortar", "rocket", "missile", "guided_missile", "cluster_munition", "incendiary",
    "barrel_bomb", "aircraft", "drone", "small_arms", "sniper", "ied", "car_bomb", "landmine", "chemical",
)
# Most specific first: an incident's weapons are listed in this order, and the first (aircraft aside) is "the"
# weapon when one is needed (the evaluation's `weapon`, an ACLED note).
WEAPONS_BY_SPECIFICITY = (
    "chemical", "cluster_munition", "incendiary", "barrel_bomb", "guided_missile", "car_bomb", "ied", "landmine",
    "drone", "sniper", "mortar", "rocket", "artillery", "missile", "small_arms", "aircraft",
)
TARGETS = (
    "residential", "market", "medical", "school", "idp_camp", "mosque", "civil_defence", "bakery",
    "farmland", "vehicle", "infrastructure", "public_building",
)
# The casualty figures an IncidentReport gives as {low, best, high}.
COUNT_FIELDS = ("killed", "injured", "killed_or_injured")
ACTORS = (
    "syrian_government", "russia", "iran_backed", "hts", "sna", "turkey", "sdf", "isis", "israel",
    "us_coalition", "armed_opposition", "unknown",
)


class Count(BaseModel):
    """A casualty figure as a range; `high` None means no upper bound was given."""

    model_config = ConfigDict(frozen=True)

    low: int | None = None
    best: int | None = None
    high: int | None = None


class Location(BaseModel):
    text: str | None = None
    name: str | None = None
    name_ar: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    country_code: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: Literal[1, 2, 3] | None = None
    place_id: str | None = None


class Evidence(BaseModel):
    """The exact span of the document text behind one filled field."""

    field: str
    text: str
    start: int
    end: int


class IncidentReport(BaseModel):
    """What one document says about one event."""

    date: dt.date | None = None
    date_precision: Literal["day", "week", "month"] | None = None
    location: Location = Field(default_factory=Location)
    event_type: str | None = None
    sub_event_type: str | None = None
    weapons: list[str] = Field(default_factory=list)
    targets: list[str] = Field(default_factory=list)
    perpetrator: list[str] | None = None
    perpetrator_text: str | None = None
    killed: Count | None = None
    injured: Count | None = None
    killed_or_injured: Count | None = None
    killed_children: int | None = None
    killed_women: int | None = None
    injured_children: int | None = None
    injured_women: int | None = None
    sources: list[str] = Field(default_factory=list)
    role: Literal["main", "background"] = "main"
    # Not in DESIGN.md's table: the issue asks that "حصيلة مرشحة للارتفاع" keeps its number and is marked.
    provisional: bool = False
    evidence: list[Evidence] = Field(default_factory=list)
    confidence: float = 0.0


class Document(BaseModel):
    """One thing that was read."""

    id: str
    source: str | None = None
    source_name: str | None = None
    title: str | None = None
    published: dt.date | None = None
    language: Literal["ar", "en"] | None = None
    text: str
    hashtags: list[str] = Field(default_factory=list)
    fetched_at: dt.datetime | None = None


class ExtractionResult(BaseModel):
    """The output of `tawthiq extract --json` for one document."""

    document: Document
    incidents: list[IncidentReport]
    # How sure the extractor is that the document reports an attack at all (low for statements, sports, fires).
    report_confidence: float = 0.0


IncidentStatus = Literal["unverified", "corroborated", "verified", "disputed"]


class Incident(IncidentReport):
    """One event merged from every report of it (figures low/best/high over the reports, UCDP rule)."""

    id: int
    status: IncidentStatus = "unverified"
    reports: list[int] = Field(default_factory=list)
    # External ids (JSONL "id"), else URLs or paths, of the documents behind the incident.
    documents: list[str] = Field(default_factory=list)
    # Who published those documents (outlet or account names, else web hosts).
    outlets: list[str] = Field(default_factory=list)
    first_reported: dt.date | None = None


class Media(BaseModel):
    """A photo, video or file a post carries: its kind, the platform's id for it (media key, id, or the export's
    file path) and where to see it."""

    kind: str
    key: str | None = None
    url: str | None = None


class Post(BaseModel):
    """A social-media item (tweet, Telegram message) as DESIGN.md names it; it becomes a Document for extraction."""

    platform: str  # telegram, twitter, csv
    post_id: str
    author: str | None = None
    author_id: str | None = None
    channel: str | None = None  # the Telegram channel or chat the message is in
    created_at: dt.datetime | None = None  # UTC
    text: str = ""
    hashtags: list[str] = Field(default_factory=list)
    mentions: list[str] = Field(default_factory=list)
    urls: list[str] = Field(default_factory=list)
    media: list[Media] = Field(default_factory=list)
    reply_to: str | None = None
    quote_of: str | None = None
    repost_of: str | None = None
    forwarded_from: str | None = None  # Telegram gives a name, not an id
    metrics: dict[str, int | None] = Field(default_factory=dict)
    url: str | None = None

    @property
    def identity(self) -> str:
        """Which post this is, whatever export it came from: platform + post id."""
        return hashlib.sha256(f"{self.platform}:{self.post_id}".encode()).hexdigest()

    @property
    def content_hash(self) -> str:
        """What it says: its text and media; an edited post keeps its identity and gets a new content hash."""
        media = "\n".join(m.key or m.url or "" for m in self.media)  # the same media in every export
        return hashlib.sha256(f"{self.text}\n\x1e{media}".encode()).hexdigest()
