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
