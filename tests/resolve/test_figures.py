"""Figures over several reports of one event: UCDP low/best/high, never a sum."""

import datetime as dt

from tawthiq.records import Count
from tawthiq.resolve.figures import Figure, merge_counts, specificity


def exact(n):
    return Count(low=n, best=n, high=n)


def test_low_and_high_span_the_reports_and_best_is_never_a_sum():
    merged = merge_counts([Figure(exact(5), ("SOHR",)), Figure(exact(7), ("SOHR",), dt.date(2023, 10, 11))])
    assert (merged.low, merged.high) == (5, 7)
    assert merged.best == 7  # same specificity and source: the later report (tolls rise)
    assert merged.best != 12


def test_best_comes_from_the_most_reliable_source_when_equally_specific():
    merged = merge_counts([Figure(exact(7), ("SOHR",), dt.date(2023, 10, 11)),
                           Figure(exact(5), ("Syrian Civil Defence",), dt.date(2023, 10, 10))])
    assert merged == Count(low=5, best=5, high=7)


def test_an_exact_figure_beats_an_approximate_or_open_one():
    merged = merge_counts([Figure(Count(low=18, best=20, high=22), ("Syrian Civil Defence",)),
                           Figure(Count(low=10, best=10, high=None), ("Syrian Civil Defence",)),
                           Figure(exact(19), ("activists",))])
    assert merged.best == 19
    assert (merged.low, merged.high) == (10, 22)


def test_an_open_upper_bound_stays_open_only_when_no_report_gives_one():
    assert merge_counts([Figure(Count(low=5, best=5, high=None))]).high is None
    assert merge_counts([Figure(Count(low=10, best=10, high=None)), Figure(exact(8))]).high == 10


def test_a_report_without_a_number_counts_only_when_no_report_has_one():
    some = Count(low=1, best=None, high=None)
    assert merge_counts([Figure(some), Figure(exact(4))]) == exact(4)
    assert merge_counts([Figure(some)]) == some
    assert merge_counts([]) is None


def test_specificity_order():
    assert specificity(exact(3)) > specificity(Count(low=18, best=20, high=22)) > specificity(
        Count(low=5, best=5, high=None)) > specificity(Count(low=1))
