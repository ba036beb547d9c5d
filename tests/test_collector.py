"""The collector for long ingests: one collection per batch written, Python's defaults again once they end."""

import gc
import weakref

from tawthiq.collector import SWEEP_EVERY, long_batch, settle


class _Node:
    def __init__(self):
        self.other = self


def test_long_batch_sets_and_restores_the_collector():
    frozen_before = gc.get_freeze_count()
    with long_batch():
        assert not gc.isenabled()
        assert gc.get_freeze_count() > frozen_before  # what was loaded before is out of reach
    assert gc.isenabled()
    assert gc.get_freeze_count() == frozen_before


def test_a_settled_batch_leaves_its_cycles_collected_and_what_outlives_it_out_of_reach():
    with long_batch():
        node = _Node()
        gone = weakref.ref(node)
        held = [_Node() for _ in range(100)]  # (what the window holds after the batch)
        del node
        frozen = gc.get_freeze_count()
        settle()
        assert gone() is None
        assert gc.get_freeze_count() >= frozen + len(held)


def test_a_cycle_let_go_after_its_batch_is_freed_by_a_later_sweep():
    with long_batch():
        node = _Node()
        gone = weakref.ref(node)
        settle()  # the node outlives the batch: out of reach
        del node
        for _ in range(SWEEP_EVERY):
            settle()
        assert gone() is None


def test_settle_outside_long_batches_changes_nothing():
    frozen_before = gc.get_freeze_count()
    settle()
    assert gc.isenabled() and gc.get_freeze_count() == frozen_before


def test_the_setting_comes_back_when_the_batch_fails():
    frozen_before = gc.get_freeze_count()
    try:
        with long_batch():
            raise RuntimeError("a batch that fails")
    except RuntimeError:
        pass
    assert gc.isenabled() and gc.get_freeze_count() == frozen_before
