"""Shared fixtures: one extractor per test session (it holds the lexicon automaton and gazetteer)."""

import datetime as dt
import os
import tempfile

import pytest

# Keep the gazetteer cache out of the user's home during tests.
os.environ.setdefault("TAWTHIQ_CACHE_DIR", os.path.join(tempfile.gettempdir(), "tawthiq-test-cache"))
# ... and the user's own gazetteer imports out of the tests (each import test makes its own store).
os.environ["TAWTHIQ_DATA_DIR"] = tempfile.mkdtemp(prefix="tawthiq-test-data-")

from tawthiq.extract import Extractor  # noqa: E402
from tawthiq.extract.pipeline import document_from_text  # noqa: E402


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    return Extractor()


@pytest.fixture(scope="session")
def extract(extractor):
    def run(text: str, published: str | None = None):
        day = dt.date.fromisoformat(published) if published else None
        return extractor.extract(document_from_text(text, day)).incidents

    return run


# Reports written for the record tests: three outlets on one air strike, and two other attacks.
ARIHA_CD = ("قتل خمسة مدنيين بينهم طفلان وأصيب 12 آخرون، صباح اليوم الثلاثاء، بغارة جوية روسية استهدفت سوق مدينة "
            "أريحا جنوبي إدلب، بحسب الدفاع المدني السوري.")
ARIHA_SOHR = ("قتل سبعة مدنيين وأصيب 15 آخرون بغارة جوية روسية على سوق مدينة أريحا جنوبي إدلب صباح اليوم، بحسب "
              "المرصد السوري لحقوق الإنسان.")
ARIHA_EN = ("Russian air strikes on a market in Ariha, southern Idlib, killed at least five civilians on Tuesday, "
            "according to the White Helmets.")
ARIHA_SHELLING = "أصيب ثلاثة مدنيين بقصف مدفعي لقوات النظام على أطراف مدينة أريحا مساء اليوم، وفق مراسلنا."
SARAQIB = "قتل رجل وأصيبت امرأة بقصف صاروخي لقوات النظام على مدينة سراقب شرقي إدلب فجر اليوم الجمعة."

LINES = [
    {"id": "idlib-post-1", "text": ARIHA_CD, "published": "2023-10-10", "source_name": "Idlib Post",
     "url": "https://idlibpost.example/ariha-market"},
    {"id": "halab-2", "text": ARIHA_SOHR, "published": "2023-10-10", "source_name": "Halab News"},
    {"id": "wire-3", "text": ARIHA_EN, "published": "2023-10-11", "url": "https://www.levantwire.example/a/3"},
    {"id": "idlib-post-4", "text": ARIHA_SHELLING, "published": "2023-10-10", "source_name": "Idlib Post"},
    {"id": "idlib-post-5", "text": SARAQIB, "published": "2023-10-13", "source_name": "Idlib Post"},
]


@pytest.fixture(scope="session")
def outlet_lines() -> list[dict]:
    """The reports above as JSON Lines records with ids, dates, outlets and URLs (copies: change them freely)."""
    return [dict(line) for line in LINES]
