"""Resolve Arabic and English date expressions against a reference day.

Written by hand: no maintained library reads "مساء أمس الجمعة", "ليلة الأحد – الاثنين" or "26 نيسان الماضي"
against a publication date, and dateparser's Arabic support does not know Levantine month names in context.
Rules (DESIGN.md): relative days count back from the reference; a bare weekday is the latest such day on or
before it; "after midnight" belongs to the next day; a day + month without a year takes the latest such date on
or before the reference (or the year whose weekday matches a named weekday).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .scan import Item, Scan

# 12/3/2019, 12-3-2019 (and "3/ 6/ 2017", spaced after each slash)
_NUMERIC_DATE = re.compile(r"(?<![\d.])(\d{1,2})(?P<sep>[/.-])(?P<gap> ?)(\d{1,2})(?P=sep)(?P=gap)(\d{4})(?!\d)")
# 2019-03-12, and the year first with slashes or dots ("بتاريخ 2021/05/21", "2021.05.21")
_ISO_DATE = re.compile(r"(?<![\d.])(\d{4})(?P<sep>[-/.])(\d{1,2})(?P=sep)(\d{1,2})(?![\d.])")
_YEAR = re.compile(r"\s*(?:,\s*)?(?:عام|سنه)?\s*((?:19|20)\d\d)(?!\d)")


@dataclass(frozen=True, slots=True)
class DateMention:
    start: int
    end: int
    date: dt.date | None
    precision: str | None  # "day" / "week" / "month"
    relative_to_previous: bool = False  # "the next day": one day after the incident before it
    days_from_previous: int = 1  # how many days after (negative: before) the incident before it
    explicit: bool = False  # a calendar date written in the text (not relative to the reference)
    anchor_offset: int | None = None  # "اليوم، الثلاثاء 19 تموز": the relative word (0 = today) naming that date
    day_of_previous_month: int | None = None  # "في الخامس عشر من الشهر ذاته": that day of the month told before


def latest_weekday(weekday: int, on_or_before: dt.date) -> dt.date:
    return on_or_before - dt.timedelta(days=(on_or_before.weekday() - weekday) % 7)


def _valid(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def resolve_day_month(
    day: int, month: int, year: int | None, reference: dt.date | None, weekday: int | None = None, past: bool = False
) -> dt.date | None:
    """A day + month: with a year as written; else the year that fits the weekday, or the latest on or before."""
    if year:
        return _valid(year, month, day)
    if reference is None:
        return None
    if weekday is not None:
        for back in range(0, 12):
            candidate = _valid(reference.year - back, month, day)
            if candidate and candidate.weekday() == weekday and candidate <= reference + dt.timedelta(days=1):
                return candidate
    candidate = _valid(reference.year, month, day)
    if candidate is None or candidate > reference or (past and candidate == reference):
        candidate = _valid(reference.year - 1, month, day)
    return candidate


_A_WEEK_BEFORE = re.compile(r"(?<!\S)(?:ال)?(?:اسبوع|اسابيع|عشر|العشره|النصف)\s*$")


def _day_of_month(items: list[Item], index: int, scan: Scan, reference: dt.date | None) -> DateMention | None:
    """An ordinal day or a number, "من" and a month or "الشهر الجاري"; found from either end of the phrase."""
    item = items[index]
    if item.entry.value == "ordinal":
        day_item, after = item, items[index + 1] if index + 1 < len(items) else None
    else:
        day_item, after = (items[index - 1] if index > 0 else None), item
        if day_item is None or not (day_item.number is not None or day_item.entry.value == "ordinal"):
            return None
    if after is None or scan.text[day_item.end : after.word_start].strip() not in ("من", "") \
            or scan.gap(day_item, after) > 1:
        return None
    day = int(day_item.col(0)) if day_item.entry.value == "ordinal" else day_item.number
    if not day or not 1 <= day <= 31:
        return None
    if day_item.entry.value == "ordinal" and _A_WEEK_BEFORE.search(scan.text, max(0, day_item.word_start - 12),
                                                                   day_item.word_start):
        return None  # "حصيلة الأسبوع الأول من نيسان": the first week of the month, no day of it
    if after.entry.value == "month":
        end = after.end
        year_match = _YEAR.match(scan.text, end)
        year = int(year_match.group(1)) if year_match else None
        date = resolve_day_month(day, int(after.col(0)), year, reference)
        return DateMention(day_item.word_start, year_match.end() if year_match else end, date, "day", explicit=True)
    if after.entry.value == "this_month" and reference is not None:
        back = int(after.col(0))
        year, month = reference.year, reference.month - back
        if month < 1:
            year, month = year - 1, month + 12
        return DateMention(day_item.word_start, after.end, _valid(year, month, day), "day", explicit=True)
    if after.entry.value == "same_month":
        return DateMention(day_item.word_start, after.end, None, "day", relative_to_previous=True,
                           day_of_previous_month=day)
    return None


def _items_after(items: list[Item], index: int, scan: Scan, max_gap: int = 2) -> list[Item]:
    """The time/number items that follow items[index] closely (same phrase)."""
    out: list[Item] = []
    previous = items[index]
    for item in items[index + 1 :]:
        if item.category not in ("time", "number") or scan.gap(previous, item) > max_gap:
            break
        between = scan.between(previous, item)
        abbreviation = previous.category == "time" and previous.value == "month" and between.strip() == "."
        if ("." in between and not abbreviation) or "\n" in between:
            break
        out.append(item)
        previous = item
    return out


# a month named alone, after "in" / "في" / "خلال" (and "شهر"): a month of the past year
_IN_A_MONTH = re.compile(r"(?:^|\s)و?(?:in|في|خلال)(?: شهر)?\s+$")


def _explicit_in(following: list[Item], scan: Scan, reference: dt.date | None, weekday: int | None):
    """Find 'D month [year]' or 'month D[, year]' among the items that follow; returns (date, end) or None."""
    for i, item in enumerate(following):
        if item.category != "time" or item.entry.value != "month":
            continue
        month = int(item.col(0))
        day = None
        before = following[i - 1] if i > 0 else None
        after = following[i + 1] if i + 1 < len(following) else None
        # (not past a comma: "ثلاثة شهداء من عائلة واحدة، أب وابنته": one family, then a father, not 1 August)
        day_before = before is not None and before.number is not None and 1 <= before.number <= 31 \
            and "," not in scan.text[before.end : item.start]
        # (nor past other words: "hit in July, when 23 people died" is July, not 23 July; an abbreviation's point
        # may stand between: "Oct. 6")
        day_after = after is not None and after.number is not None and 1 <= after.number <= 31 \
            and not scan.text[item.end : after.word_start].strip(" -." if len(item.entry.pattern) <= 4 else " -")
        if day_before and (scan.text[before.start].isdigit() or not day_after):
            day = before.number
            night = _A_NIGHTS_TWO_DAYS.search(scan.text, max(0, before.start - 24), before.start)
            if night is not None and int(night.group(1)) == day - 1:
                day -= 1  # "on the night of 1-2 June": the night that began on the first
        elif day_after:
            day = after.number  # "One October 24 airstrike": the word before is not the day, the digits are
        end = max(item.end, after.end if (after is not None and after.number == day) else item.end)
        year_match = _YEAR.match(scan.text, end)
        year = int(year_match.group(1)) if year_match else None
        if year_match:
            end = year_match.end()
        past = any(f.category == "time" and f.entry.value == "past_marker" for f in following[i + 1 : i + 3])
        if day is None:
            if year:
                return dt.date(year, month, 1), end, "month"
            if reference is not None and _IN_A_MONTH.search(scan.text, max(0, item.word_start - 10), item.word_start):
                # "In February, a barrel bomb ...", "في شباط الماضي": the latest such month (before this one if "past")
                back = 1 if month > reference.month or (past and month == reference.month) else 0
                return dt.date(reference.year - back, month, 1), end, "month"
            continue
        return resolve_day_month(day, month, year, reference, weekday, past), end, "day"
    return None


_SINCE_IT_BEGAN = re.compile(r"\bsince\b[^.,;:]{0,70}\b(?:began|started|erupted|was launched) (?:in|on) $")
_SINCE_BEFORE = re.compile(r"(?<!\S)حيث [^.،,]* منذ (?:يوم )?$|\bwhere [^.,;]* since $")


def find_dates(
    scan: Scan, start: int, end: int, reference: dt.date | None, items: list[Item] | None = None
) -> list[DateMention]:
    """Every date expression in text[start:end], resolved against `reference` (None: only written dates).

    `items` may pass the items of that range when the caller already has them (saves a scan of the document).
    """
    candidates = scan.items if items is None else items
    items = [item for item in candidates if start <= item.start < end and item.category in ("time", "number")]
    text = scan.text
    mentions: list[DateMention] = []
    consumed_until = -1
    for index, item in enumerate(items):
        if item.start < consumed_until or item.category != "time":
            continue
        kind = item.entry.value
        if _SINCE_IT_BEGAN.search(text, max(0, item.word_start - 90), item.word_start):
            continue  # "a school closed since the latest Turkish escalation began in November": when a period began
        following = _items_after(items, index, scan)
        if kind == "day":
            if item.entry.pattern == "ان" and _SO_FAR_BEFORE.search(text, max(0, item.word_start - 8), item.word_start):
                continue  # "حتى الآن": so far, no day
            if _SINCE_BEFORE.search(text, max(0, item.word_start - 90), item.word_start):
                continue  # "حيث تدور اشتباكات عنيفة ... منذ يوم أمس": the scene around, going on since, not the day told
            offset = int(item.col(0))
            weekday_item = next((f for f in following if f.entry.value == "weekday"), None)
            weekday = int(weekday_item.col(0)) if weekday_item else None
            explicit = _explicit_in(following, scan, reference, weekday)
            if explicit and explicit[0] is not None:
                mentions.append(
                    DateMention(item.word_start, explicit[1], explicit[0], explicit[2], explicit=True, anchor_offset=offset)
                )
                consumed_until = explicit[1]
                continue
            if reference is None:
                continue
            day = reference - dt.timedelta(days=offset)
            last = item.end
            if weekday is not None:
                day = latest_weekday(weekday, day if offset else reference)
                last = weekday_item.end
            mentions.append(DateMention(item.word_start, last, day, "day"))
            consumed_until = last
        elif kind == "weekday":
            if _FUTURE_BEFORE.search(text, max(0, item.word_start - 40), item.word_start):
                continue  # "a humanitarian pause to begin on Thursday", "هدنة تبدأ يوم الخميس": a day to come
            weekday = int(item.col(0))
            explicit = _explicit_in(following, scan, reference, weekday)
            if explicit and explicit[0] is not None:
                mentions.append(DateMention(item.word_start, explicit[1], explicit[0], explicit[2], explicit=True))
                consumed_until = explicit[1]
                continue
            if reference is None:
                continue
            # "الأربعاء الماضي", "last Wednesday": the one before the reference day, never the day itself.
            past = (following and following[0].entry.value == "past_marker" and scan.gap(item, following[0]) == 0) \
                or (index > 0 and items[index - 1].entry.value == "past_marker" and scan.gap(items[index - 1], item) == 0)
            day = latest_weekday(weekday, reference - dt.timedelta(days=1) if past else reference)
            # "ليل الجمعة - السبت": the night pair takes its first day; skip the second weekday.
            last = item.end
            if following and following[0].entry.value == "weekday" and "-" in scan.between(item, following[0]):
                last = following[0].end
            mentions.append(DateMention(item.word_start, last, day, "day"))
            consumed_until = last
        elif kind in ("ordinal", "this_month", "same_month"):
            # "الخامس عشر من آذار", "في 15 من الشهر الجاري", "الثالث من الشهر الماضي"
            mention = _day_of_month(items, index, scan, reference)
            if mention is None and kind == "this_month" and reference is not None and int(item.col(0) or 0) >= 1:
                # "الشهر الماضي", "last month" with no day: that month (not "this month": a month still going on)
                month = reference.month - int(item.col(0))
                year = reference.year + (month - 1) // 12
                mention = DateMention(item.word_start, item.end, dt.date(year, (month - 1) % 12 + 1, 1), "month")
            if mention is not None:
                mentions.append(mention)
                consumed_until = mention.end
        elif kind == "month" and (ordinal := _english_ordinal_date(scan, item, reference)) is not None:
            mentions.append(ordinal)  # "June 8th 2017", "the 8th of June"
            consumed_until = ordinal.end
        elif kind == "month":
            before = items[index - 1] if index > 0 and scan.gap(items[index - 1], item) <= 1 else None
            explicit = _explicit_in(([before] if before else []) + [item] + following, scan, reference, None)
            if explicit and explicit[0] is not None:
                first = before.start if before is not None and before.number is not None else item.start
                mentions.append(DateMention(first, explicit[1], explicit[0], explicit[2], explicit=True))
                consumed_until = explicit[1]
        elif kind == "anniversary" and reference is not None:
            # "في مثل هذا اليوم قبل عامين", "في مثل هذا اليوم من عام 2017", "on this day in 2017": that day of the
            # month, so many years back
            told = _years_back(scan, item, following, reference)
            if told is not None:
                year, phrase_end = told
                date = _valid(year, reference.month, reference.day) or _valid(year, reference.month, reference.day - 1)
                mentions.append(DateMention(item.word_start, phrase_end, date, "day", explicit=True))
                consumed_until = phrase_end
        elif kind == "last_week" and reference is not None:
            # "last week", "الأسبوع الماضي": the week before, dated a week back (ACLED time precision 2)
            mentions.append(DateMention(item.word_start, item.end, reference - dt.timedelta(days=7), "week"))
            consumed_until = item.end
        elif kind == "ago" and reference is not None:
            # "منذ (أكثر من) 48 ساعة" / "منذ يومين"
            for f_index, f in enumerate(following):
                if f.entry.value in _UNITS:
                    amount = next((g.number for g in following[:f_index] if g.number is not None), None)
                    if amount is None and f.col(0) == "1":
                        break  # "منذ أيام" / "منذ ساعات": a duration with no number, not a date
                    amount = amount if amount is not None else 1 if f.col(0) == "one" else int(f.col(0))
                    mentions.append(_back_by(amount, f, reference, item.word_start, f.end))
                    consumed_until = f.end
                    break
        elif kind == "ago_after" and reference is not None and index > 0:
            # "two days ago", "a week ago": the unit and its count come before the word
            unit = items[index - 1]
            if unit.entry.value not in _UNITS or scan.gap(unit, item) != 0:
                continue
            count = items[index - 2] if index > 1 and items[index - 2].number is not None \
                and scan.gap(items[index - 2], unit) == 0 else None
            if count is not None:
                mentions.append(_back_by(count.number, unit, reference, count.word_start, item.end))
            elif unit.col(0) == "one" and _ONE_BEFORE.search(text, max(0, unit.word_start - 4), unit.word_start):
                mentions.append(_back_by(1, unit, reference, unit.word_start, item.end))
        elif kind == "days_before":
            # "a day after a drone attack ...", "بعد يومين من غارات ...": that attack came N days before the one just
            # told (or before the reference, with none told)
            days = int(item.col(0))
            mentions.append(DateMention(item.word_start, item.end,
                                        reference - dt.timedelta(days=days) if reference else None, "day",
                                        relative_to_previous=True, days_from_previous=-days))
            consumed_until = item.end
        elif kind == "next_day":
            mentions.append(DateMention(item.word_start, item.end, None, "day", relative_to_previous=True))
        elif kind in ("after_midnight", "before_midnight"):
            mentions.append(DateMention(item.word_start, item.end, None, kind))
    for pattern, order in ((_NUMERIC_DATE, "dmy"), (_ISO_DATE, "ymd")):
        for m in pattern.finditer(text, start, end):
            a, b, c = (int(g) for g in m.groups() if g.isdigit())
            day = _valid(c, b, a) if order == "dmy" else _valid(a, b, c)
            if day:
                mentions.append(DateMention(m.start(), m.end(), day, "day", explicit=True))
                # "يوم الثلاثاء 12-3-2019": the weekday before a date in digits is that date's
                mentions = [w for w in mentions if w.explicit or w.precision != "day" or w.relative_to_previous
                            or not 0 <= m.start() - w.end <= 3]
    mentions.sort(key=lambda m: m.start)
    return _apply_midnight(mentions, reference, text)


_UNITS = ("hours_unit", "days_unit", "weeks_unit")
# after "في مثل هذا اليوم" / "on this day in": the year ("من عام 2017", "2017"), or how many years back ("قبل عامين",
# "قبل خمس سنوات"); the duals and the singular carry their own number
_OF_YEAR = re.compile(r"\s*[,،]?\s*(?:من )?(?:عام |سنه )?((?:19|20)\d\d)(?!\d)")
_YEARS_BACK = re.compile(r"\s*[,،]?\s*قبل\s+(?:(?P<number>\S+)\s+)?(?P<unit>عامين|سنتين|عام|سنه|اعوام|سنوات|عاما)(?!\w)")


def _years_back(scan: Scan, item: Item, following: list[Item], reference: dt.date) -> tuple[int, int] | None:
    """The year an anniversary phrase points at, and where the phrase ends."""
    text = scan.text
    year = _OF_YEAR.match(text, item.end)
    if year is not None:
        return int(year.group(1)), year.end()
    back = _YEARS_BACK.match(text, item.end)
    if back is None:
        return None
    unit = back.group("unit")
    if unit in ("عامين", "سنتين"):
        count = 2
    elif back.group("number") is None:
        count = 1 if unit in ("عام", "سنه") else None
    else:
        number = next((f for f in following if f.number is not None and f.start >= item.end and f.end <= back.end()),
                      None)
        count = number.number if number is not None else None
    if not count or count > 100:
        return None
    return reference.year - count, back.end()

_ONE_BEFORE = re.compile(r"\b(?:a|an) $")  # "a week ago"


def _back_by(amount: int, unit: Item, reference: dt.date, start: int, end: int) -> DateMention:
    """'منذ يومين', 'قبل أسبوع', 'two days ago': so many hours, days or weeks before the reference day (a week back
    is told to the week)."""
    days = amount // 24 if unit.entry.value == "hours_unit" else amount * 7 if unit.entry.value == "weeks_unit" \
        else amount
    return DateMention(start, end, reference - dt.timedelta(days=days),
                       "week" if unit.entry.value == "weeks_unit" else "day")


_SO_FAR_BEFORE = re.compile(r"(?:^|\s)(?:حتي|الي|لحد|لغايه)\s+$")
_FUTURE_BEFORE = re.compile(r"(?:\bto (?:begin|start|take effect|come into (?:force|effect)|resume)|\bwill (?:begin|start|"
                            r"take effect|resume|be held)|\b(?:scheduled|planned|due|set) (?:to \w+ )?|\bstarting|"
                            r"(?:^|\s)(?:تبدا|ستبدا|يبدا|سيبدا|تدخل حيز التنفيذ|ستدخل حيز التنفيذ|اعتبارا من|المقرر))"
                            r"\s+(?:on |from |next |this |(?:يوم|صباح|مساء|ظهر) )?$")
_A_NIGHTS_TWO_DAYS = re.compile(r"(?:\bnight of|(?<!\S)ليل|(?<!\S)ليله) (\d{1,2})\s*[-/]\s*$")
_ORDINAL_AFTER = re.compile(r" (\d{1,2})(?:st|nd|rd|th)\b(?:,? ((?:19|20)\d\d)\b)?")
_ORDINAL_BEFORE = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)(?: of)? $")


def _english_ordinal_date(scan: Scan, month: Item, reference: dt.date | None) -> DateMention | None:
    """A day written as an English ordinal beside a month: "June 8th 2017", "8th June", "the 8th of June"."""
    if not month.entry.pattern.isascii():
        return None
    text = scan.text
    after = _ORDINAL_AFTER.match(text, month.end)
    before = _ORDINAL_BEFORE.search(text, max(0, month.start - 12), month.start) if after is None else None
    if after is None and before is None:
        return None
    day = int((after or before).group(1))
    year_match = _YEAR.match(text, month.end) if before is not None else None
    year = int(after.group(2)) if after is not None and after.group(2) else \
        int(year_match.group(1)) if year_match else None
    date = resolve_day_month(day, int(month.col(0)), year, reference)
    if date is None:
        return None
    start = month.word_start if after is not None else before.start()
    end = after.end() if after is not None else (year_match.end() if year_match else month.end)
    return DateMention(start, end, date, "day", explicit=True)


def _apply_midnight(mentions: list[DateMention], reference: dt.date | None, text: str = "") -> list[DateMention]:
    """'بعد منتصف ليل X' moves X one day on, 'بعد منتصف الليل' alone is the reference day; 'قبل منتصف الليل' alone is
    the night before the reference."""
    out: list[DateMention] = []
    for i, mention in enumerate(mentions):
        if mention.precision not in ("after_midnight", "before_midnight"):
            out.append(mention)
            continue
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        if mention.precision == "after_midnight" and nxt is not None and nxt.date and nxt.start - mention.end < 30:
            mentions[i + 1] = DateMention(mention.start, nxt.end, nxt.date + dt.timedelta(days=1), "day")
        elif mention.precision == "before_midnight" and reference is not None and (
            nxt is None or nxt.date is None or nxt.start - mention.end >= 30
            # ("قبل منتصف الليل، وفق ما أفاد ناشطون فجر اليوم": the day after the comma is when it was told)
            or "," in text[mention.end : nxt.start] or "،" in text[mention.end : nxt.start]
        ):
            out.append(DateMention(mention.start, mention.end, reference - dt.timedelta(days=1), "day"))
        elif mention.precision == "after_midnight" and reference is not None:
            # "تصدت لعدوان جوي ... بعد منتصف الليل" with no day after it: the midnight just past, as "after midnight"
            out.append(DateMention(mention.start, mention.end, reference, "day"))
    return out


_DATELINE_BEFORE = re.compile(r"^\W*[^\n.,،:;]{0,40}[,،]?\s*$")
_DATELINE_AFTER = re.compile(r"^\s*(?:\([^()\n]{1,30}\)\s*)?[—–\-:|]")
_DATELINE_ENDS_LINE = re.compile(r"[ \t]*(?:\n|$)")
_DASH_BEFORE = re.compile(r"\w[ \t]*[—–\-,،][ \t]*$")


def dateline(scan: Scan, published: dt.date | None) -> DateMention | None:
    """'GAZIANTEP, 3 March 2020 — ...': a written day at the head of the text, set off by a dash, is the day the
    text was written, which its "yesterday" counts from; not the day of what it tells."""
    head = [item for item in scan.items if item.start < 60]
    if not any(item.category == "time" and item.value == "month" for item in head) \
            and not _NUMERIC_DATE.search(scan.text, 0, 60):
        return None
    for mention in find_dates(scan, 0, min(len(scan.text), 60), published, head):
        before = scan.text[: mention.start]
        if mention.explicit and mention.precision == "day" and mention.date is not None \
                and _DATELINE_BEFORE.match(before) \
                and (_DATELINE_AFTER.match(scan.text[mention.end : mention.end + 40])
                     # "ريف إدلب – ٢٨/٥/٢٠١٩" on a line of its own: the place, a dash, the day
                     or _DATELINE_ENDS_LINE.match(scan.text, mention.end) and _DASH_BEFORE.search(before)):
            return mention
        return None
    return None


def narrated_reference(scan: Scan, published: dt.date | None) -> dt.date | None:
    """The day the text itself says is 'today' ("اليوم، الثلاثاء 19 تموز"), else the publication date."""
    if not any(item.category == "time" and item.value == "month" for item in scan.items):
        return published  # no month named: no written date for "today" to be anchored to
    for mention in find_dates(scan, 0, len(scan.text), published):
        if mention.anchor_offset is not None and mention.date is not None and mention.precision == "day":
            return mention.date + dt.timedelta(days=mention.anchor_offset)
    return published
