import datetime as dt

import pytest
from hypothesis import given, strategies as st

from tawthiq.language.dates import find_dates, latest_weekday, narrated_reference
from tawthiq.language.scan import scan


def first_date(text: str, published: dt.date | None):
    sc = scan(text)
    mentions = [m for m in find_dates(sc, 0, len(sc.text), published) if m.date is not None]
    return mentions[0].date if mentions else None


@pytest.mark.parametrize(
    "text, published, expected",
    [
        ("قصف صباح اليوم", "2023-10-07", "2023-10-07"),
        ("قصف مساء أمس الجمعة", "2023-10-07", "2023-10-06"),
        ("قصف يوم الخميس", "2023-10-07", "2023-10-05"),
        ("قصف اليوم الأربعاء", "2018-05-03", "2018-05-02"),  # the weekday wins over a wrong page date
        ("قبل منتصف الليل", "2023-10-07", "2023-10-06"),
        ("بعد منتصف ليلة أمس السبت", "2019-11-17", "2019-11-17"),
        ("منذ أكثر من 48 ساعة", "2019-11-17", "2019-11-15"),
        ("في 7 تشرين الأول", "2023-11-01", "2023-10-07"),
        ("في 7 أكتوبر", "2023-11-01", "2023-10-07"),
        ("في 26 نيسان الماضي", "2016-07-19", "2016-04-26"),
        ("في ٩ كانون الثاني ٢٠٢٣", None, "2023-01-09"),
        ("يوم الاثنين 13/11/2017", None, "2017-11-13"),
        ("on October 6, 2023", "2023-11-05", "2023-10-06"),
        ("yesterday", "2023-06-26", "2023-06-25"),
        ("killed on Oct. 6", "2023-11-01", "2023-10-06"),
        ("قتل مدني قبل يومين", "2023-10-10", "2023-10-08"),
        ("ليل الجمعة - السبت", "2020-05-25", "2020-05-22"),
        # "last Wednesday" said on a Wednesday is the week before; on another day, the latest Wednesday.
        ("استهدفت يوم الأربعاء الماضي", "2020-01-01", "2019-12-25"),
        ("last Wednesday", "2020-01-01", "2019-12-25"),
        ("يوم الأربعاء الماضي", "2019-06-07", "2019-06-05"),
        # An ordinal or a number, "من" and a month or "this/last month".
        ("قتل ثلاثة مدنيين في الخامس عشر من الشهر الجاري", "2021-03-20", "2021-03-15"),
        ("في 15 من الشهر الجاري", "2021-03-20", "2021-03-15"),
        ("في الثالث من الشهر الماضي", "2021-01-20", "2020-12-03"),
        ("في الحادي والعشرين من آذار 2019", "2021-01-20", "2019-03-21"),
        ("في الخامس عشر من آذار", "2021-01-20", "2020-03-15"),
    ],
)
def test_resolves_against_publication(text, published, expected):
    pub = dt.date.fromisoformat(published) if published else None
    assert first_date(text, pub) == dt.date.fromisoformat(expected)


def test_last_week_is_a_week_back_with_week_precision():
    for text in ("Last week, an airstrike hit a hospital", "قصفت الطائرات الأسبوع الماضي مدينة سراقب"):
        sc = scan(text)
        (mention,) = [m for m in find_dates(sc, 0, len(sc.text), dt.date(2019, 5, 23)) if m.date is not None]
        assert (mention.date, mention.precision) == (dt.date(2019, 5, 16), "week")


def test_no_publication_date_and_no_written_date_gives_none():
    assert first_date("قصف صباح اليوم", None) is None


def test_durations_are_not_dates():
    assert first_date("تشهد المنطقة تصعيداً منذ أيام", dt.date(2023, 10, 10)) is None
    assert first_date("قتل ثلاثة مدنيين قبل أيام", dt.date(2023, 10, 10)) is None


def test_narrated_day_becomes_the_reference():
    sc = scan("قتل مدني اليوم، الثلاثاء 19 تموز، في الأتارب")
    assert narrated_reference(sc, dt.date(2016, 7, 21)) == dt.date(2016, 7, 19)


WEEKDAYS_AR = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]


@given(st.dates(min_value=dt.date(2011, 1, 1), max_value=dt.date(2030, 12, 31)), st.integers(0, 6))
def test_bare_weekday_is_latest_on_or_before_publication(published, weekday):
    day = first_date(f"قصف يوم {WEEKDAYS_AR[weekday]} على البلدة", published)
    assert day is not None
    assert day.weekday() == weekday
    assert 0 <= (published - day).days <= 6
    assert day == latest_weekday(weekday, published)


@given(st.dates(min_value=dt.date(2011, 1, 1), max_value=dt.date(2030, 12, 31)))
def test_relative_days(published):
    assert first_date("اليوم", published) == published
    assert first_date("أمس", published) == published - dt.timedelta(days=1)
    assert first_date("أول أمس", published) == published - dt.timedelta(days=2)


def test_a_number_word_before_a_month_is_not_its_day_when_digits_follow():
    sc = scan("One October 24 airstrike hit a camp near the village")
    assert [m.date for m in find_dates(sc, 0, len(sc.text), dt.date(2023, 11, 5))] == [dt.date(2023, 10, 24)]


def test_a_month_named_alone_after_in_is_that_month_of_the_past_year():
    published = dt.date(2019, 5, 9)
    for text, expected in (("In February, a barrel bomb hit the hospital.", dt.date(2019, 2, 1)),
                           ("وفي شباط الماضي قصفت الطائرات المشفى", dt.date(2019, 2, 1)),
                           ("وفي أيار الماضي قصفت الطائرات المشفى", dt.date(2018, 5, 1)),
                           ("قتل عشرة مدنيين خلال شهر آب", dt.date(2018, 8, 1))):
        sc = scan(text)
        (mention,) = [m for m in find_dates(sc, 0, len(sc.text), published) if m.date is not None]
        assert (mention.date, mention.precision) == (expected, "month"), text
    assert first_date("Aid may reach the town in a week.", published) is None  # "may" names no month


def test_dates_in_digits_with_slashes_dashes_or_dots_and_a_weekday_before_them():
    published = dt.date(2019, 3, 20)
    for text in ("بتاريخ 12/3/2019 قصفت طائرات النظام", "يوم الثلاثاء 12-3-2019 قصفت طائرات النظام",
                 "On 12.03.2019, regime aircraft bombed the town"):
        assert first_date(text, published) == dt.date(2019, 3, 12), text
    assert first_date("the score was 2-1 after 90 minutes", published) is None



def test_the_day_before_yesterday_and_a_day_of_the_current_month_left_unsaid():
    published = dt.date(2020, 1, 28)
    assert first_date("Two people were killed the day before yesterday", published) == dt.date(2020, 1, 26)
    assert first_date("قتل شخصان بغارة يوم 26 الجاري", published) == dt.date(2020, 1, 26)
    assert first_date("قتل شخصان بغارة في 3 الجاري", published) == dt.date(2020, 1, 3)


def test_a_date_written_year_first_with_slashes_or_dots():
    published = dt.date(2021, 5, 22)
    for text in ("بتاريخ 2021/05/21 قتل شاب برصاص قناص", "بتاريخ 2021.5.21 قتل شاب برصاص قناص",
                 "On 2021-05-21 a sniper killed a man"):
        assert first_date(text, published) == dt.date(2021, 5, 21), text
    assert first_date("قتل شاب في 2021/13/40 برصاص قناص", published) is None


def test_a_post_marked_urgent_is_of_its_day():
    from tawthiq.extract.pipeline import extract_text

    (strike,) = extract_text("🚨 URGENT: Regime jets strike the outskirts of #Saraqib, 2 civilians injured.",
                             dt.date(2020, 1, 20)).incidents
    assert strike.date == dt.date(2020, 1, 20)
    (appeal,) = extract_text("The UN issued an urgent appeal after shelling on Saraqib wounded two civilians.",
                             dt.date(2020, 1, 20)).incidents
    assert appeal.date is None
