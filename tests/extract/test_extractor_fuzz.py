"""Property tests: any text, however broken, yields a valid result whose evidence points at real words."""

import datetime as dt

from hypothesis import HealthCheck, given, settings, strategies as st

from tawthiq.extract.pipeline import document_from_text

WORDS = [
    "قتل", "مقتل", "أصيب", "إصابة", "مدنيين", "مدنياً", "طفلان", "بينهم", "أطفال", "وامرأة", "آخرون", "على الأقل",
    "أكثر من", "نحو", "عدد من", "عشرات", "قصف", "غارة", "مدفعي", "بصواريخ", "عنقودية", "قوات النظام", "الروسي",
    "بلدة", "مدينة", "قرية", "سرمين", "إدلب", "ريف", "حلب", "الغربي", "شمالي", "اليوم", "أمس", "الجمعة",
    "تشرين الأول", "منذ", "ساعة", "قبل منتصف الليل", "وكان", "قد", "دون وقوع إصابات", "حسب", "الدفاع المدني",
    "killed", "at least", "people", "in", "Sarmin", "on", "Sunday", "shelling", "the town of", "Oct.", "6",
    "9", "٤٥", "20", "/40/", "13/11/2017", "،", ",", ".", "\n", "“", "”", "(", ")", "ـ", "ً", "ُ", "-", ":",
]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=60), st.booleans())
def test_any_mix_of_report_words_extracts_cleanly(extractor, words, with_date):
    text = " ".join(words)
    published = dt.date(2023, 10, 7) if with_date else None
    result = extractor.extract(document_from_text(text, published))
    for incident in result.incidents:
        for evidence in incident.evidence:
            assert result.document.text[evidence.start : evidence.end] == evidence.text
        for count in (incident.killed, incident.injured, incident.killed_or_injured):
            if count is not None:
                assert count.low is not None and count.low >= 0
                assert count.best is None or count.low <= count.best
                assert count.high is None or count.best is None or count.best <= count.high
        assert 0 <= incident.confidence <= 1


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=400))
def test_arbitrary_unicode_never_crashes(extractor, text):
    if not text.strip():
        return
    result = extractor.extract(document_from_text(text, dt.date(2023, 10, 7)))
    for incident in result.incidents:
        for evidence in incident.evidence:
            assert result.document.text[evidence.start : evidence.end] == evidence.text


def test_decomposed_text_keeps_evidence_aligned(extractor):
    import unicodedata

    text = unicodedata.normalize("NFD", "قُتل مدنيان بقصف مدفعي على بلدة سرمين صباح اليوم، حسب الدفاع المدني.")
    result = extractor.extract(document_from_text(text, dt.date(2023, 10, 7)))
    (incident,) = result.incidents
    assert incident.killed.best == 2
    for evidence in incident.evidence:
        assert result.document.text[evidence.start : evidence.end] == evidence.text
