"""Gazetteer fixtures: a store per test and the sample files in each import format."""

from pathlib import Path

import pytest

from tawthiq.geo.embedded import embedded_places
from tawthiq.geo.gazetteer import Gazetteer, merge_places
from tawthiq.geo.importers import import_file
from tawthiq.geo.store import GazetteerStore

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def store(tmp_path) -> GazetteerStore:
    return GazetteerStore(tmp_path / "gazetteer.sqlite")


@pytest.fixture
def imported_store(store) -> GazetteerStore:
    """The four sample files imported, parents first."""
    import_file(FIXTURES / "SY-sample.txt", None, "SY", store)
    import_file(FIXTURES / "alternateNames-sample.txt", "alternate-names", "SY", store)
    import_file(FIXTURES / "subdistricts-sample.json", None, "SY", store)
    import_file(FIXTURES / "ocha-sample.csv", None, "SY", store)
    return store


@pytest.fixture
def imported_gazetteer(imported_store) -> Gazetteer:
    from tawthiq.geo.embedded import needs_type_word
    from tawthiq.language.lexicon import parse_pattern

    return Gazetteer(merge_places(embedded_places("SY"), imported_store.places("SY")), "SY",
                     frozenset(parse_pattern(p)[0] for p in needs_type_word()))
