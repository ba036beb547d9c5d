"""The collector setting for long ingests: collects less often while a batch runs, as before once it ends."""

import gc
import weakref

from tawthiq.collector import YOUNG_THRESHOLD, long_batch


class _Node:
    def __init__(self):
        self.other = self


def test_long_batch_sets_and_restores_the_collector():
    before = gc.get_threshold()
    frozen_before = gc.get_freeze_count()
    with long_batch():
        assert gc.get_threshold()[0] == YOUNG_THRESHOLD
        assert gc.get_threshold()[1:] == before[1:]
        assert gc.get_freeze_count() > frozen_before  # what was loaded before is out of reach
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == frozen_before


def test_cycles_made_in_a_long_batch_are_still_collected():
    with long_batch():
        node = _Node()
        gone = weakref.ref(node)
        del node
        gc.collect()
        assert gone() is None


def test_the_setting_comes_back_when_the_batch_fails():
    before = gc.get_threshold()
    try:
        with long_batch():
            raise RuntimeError("a batch that fails")
    except RuntimeError:
        pass
    assert gc.get_threshold() == before
