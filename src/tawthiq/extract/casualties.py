"""Casualty grammar: who was killed or injured, how many, and the breakdown by children and women.

Written by hand: no library reads Arabic casualty phrases ("مقتل رجل وزوجته وطفلة", "45 مدنياً بين قتيل
وجريح", "أصيب 44 آخرون بينهم 12 طفل") into ranges. It works on the ordered items of one clause (lexicon hits
and numbers) in three steps: quantity phrases, their outcome (the nearest casualty word), breakdowns.
"""

from __future__ import annotations

import re

from dataclasses import dataclass, field, replace

from ..language.lexicon import Entry
from ..language.scan import Item, Scan
from ..records import Count

_FAMILY_OF = re.compile(r"\s*(?:افراد\s+)?(?:عائله|اسره|a family)[^،,.]{0,50}?(?:مؤلفه|مكونه|تتالف|تتكون|made up|consisting)"
                        r"\s+(?:من|of)\s*$")
_FIELD_NUMBER = re.compile(r"\s*:\s*\d")
BRINGING = frozenset({"لترتفع", "ليرتفع", "وبذلك ترتفع", "وبذلك يرتفع", "وبهذا يرتفع", "bringing the death toll",
                      "bringing the toll"})
VAGUE_COUNTS = {
    "several": Count(low=3, best=3, high=9),
    "dozens": Count(low=20, best=20, high=99),
    "hundreds": Count(low=200, best=200, high=999),
    "many": Count(low=1, best=None, high=None),
}
BARE = Count(low=1, best=None, high=None)
_OTHER_ADJECTIVES = frozenset({"اخر", "اخري", "اخرين", "اخرون", "اخريات"})
_SIBLINGS = frozenset({"شقيقان", "شقيقين", "شقيقتان", "شقيقتين", "اشقاء", "شقيقات"})  # after the people: what they are
ANOTHER = ("اخر", "اخري", "another")  # 'another', one person or one thing: which, the words around it say
ZERO = Count(low=0, best=0, high=0)
_LEFT_WINDOW = 4
# the one person a verb's object names, with the words that describe them ("a senior Hurras al-Din commander")
_ONE_DESCRIBED = re.compile(r" an? (?:[\w'’-]+ ){1,5}")
_RIGHT_WINDOW = 3


def count_with(qualifier: str | None, number: int) -> Count:
    """DESIGN.md's counting table for a number and the word that qualifies it."""
    if qualifier == "at_least":
        return Count(low=number, best=number, high=None)
    if qualifier == "more_than":
        return Count(low=number + 1, best=number + 1, high=2 * (number + 1))
    if qualifier == "about":
        return Count(low=round(number * 0.9), best=number, high=round(number * 1.1))
    return Count(low=number, best=number, high=number)


@dataclass
class Quantity:
    """A counted group of people: '9 مدنيين', 'طفلان', 'عشرات المدنيين', 'آخرون'."""

    count: Count
    start: int
    end: int
    kinds: list[tuple[str, int | None]] = field(default_factory=list)  # (kind, number or None)
    outcome: str | None = None  # set when the noun itself says it ("قتلى", "جريحاً")
    exact: bool = False
    bare: bool = False
    numbered: bool = False  # the count comes from a number or quantifier, not from the noun's own form
    told_after: bool = False  # a bare number whose casualty word follows it ("more than 50 injured")
    share: bool = False  # "nine of them children": a breakdown of the figure before
    of_casualties: bool = False  # "17 of the dead were civilians": a part of a toll, told in its own sentence
    of_bodies: bool = False  # "the bodies of a man, his wife ...": the outcome said before the list, for all of it
    apposition: bool = False  # "two staff members, a nurse and a guard,": named one by one, the comma after closes it
    now: bool = False  # "Death toll in Ariha now 10": the toll as it stands, replacing the ones told before it


@dataclass
class Figure:
    """A casualty figure in a clause, with its evidence span in normalized text."""

    outcome: str  # killed / injured / both
    count: Count
    start: int
    end: int
    children: int | None = None
    women: int | None = None
    exact: bool = False
    bare: bool = False
    updated: bool = False  # "ارتفع عدد القتلى إلى 7": this figure replaces the earlier ones
    recovered: bool = False  # "pulled out the bodies of two children": bodies recovered, maybe not all the dead
    nth: int | None = None  # "a fifth person died": the one told by its rank among the people counted ("a fifth" 5)
    by_name: bool = False  # "his brother's wife and their daughter were dead": each one told by who they were, no number


def _is_person(item: Item) -> bool:
    return item.category == "casualty" and item.col(0) == "person"


def _is_casualty_noun(item: Item) -> bool:
    return item.category == "casualty" and item.col(0) == "noun"


def _bodies_of(noun: Item, people: Item, scan: Scan) -> bool:
    """'جثث راعيين', 'the bodies of two shepherds': a casualty noun right before the people it befell."""
    between = scan.between(noun, people).strip()
    if people.number is not None:
        return between == "of"  # ("شهيد واحد" is one of the dead, counted by the noun's own branch)
    if noun.col(1) == people.col(1) == "1" and between in ("", "ال") and not noun.entry.pattern.isascii():
        return _is_person(people)  # "جثة الشاب", "جثة امرأة": the body of one young man, of a woman
    return _is_person(people) and between in ("", "of", "of a", "of an", "of the") and noun.col(1) == "pl" \
        and not people.prefix.startswith("و")


def _is_trigger(item: Item) -> bool:
    return item.category == "casualty" and item.col(0) in ("verb", "masdar")


def _noun_count(item: Item) -> int | None:
    c = item.col(1)
    return int(c) if c in ("1", "2") else None


_TIME_UNIT = re.compile(r"\s+(?:days?|hours?|weeks?|months?|minutes?|ايام|ساعات|ساعه|اسابيع|اشهر|دقائق|دقيقه)\b")
_YEARS = r"(?:عاما|عام|اعوام|سنوات|سنه)"  # the words of an age in years ("12 عاماً", "9 أعوام")
_AGE_OF_THE_NAMED = re.compile(rf"\(\s*\d{{1,2}}\s*{_YEARS}\s*\)")  # "الطفل محمد العبدالله (12 عاماً)"
# a name and an age in brackets, then "who": the verb after it is the person's ("الطفل أحمد (9 أعوام) الذي قضى")
_NAMED_THEN_WHO = re.compile(rf"(?: [^\W\d_]+){{1,3}}(?: \(\s*\d{{1,2}}\s*{_YEARS}\s*\))?,? (?:الذي|التي|اللذين|اللتين|الذين) ")
# "الطفلة سلمى الحريري (7 سنوات) من بلدة بصر الحرير، قضت متأثرة بإصابتها": named, her age, her town, then the verb
_NAMED_FROM_HIS_TOWN = re.compile(rf"(?: [^\W\d_]+){{1,3}} \(\s*\d{{1,2}}\s*{_YEARS}\s*\)"
                                  rf"(?: من (?:بلده|مدينه|قريه|مخيم|حي) [^\W\d_]+(?: [^\W\d_]+)?)?\s*,?\s*")
# "الطفل أحمد خالد العمر، من أبناء مدينة كفرنبل ومقيم في مخيم للنازحين قرب الأتارب، قضى": named, his home town,
# where he lived, then the verb
_NAMED_OF_HIS_TOWN = re.compile(r"(?: [^\W\d_]+){1,3}\s*,\s*من (?:ابناء|اهالي|سكان) (?:بلده|مدينه|قريه) [^\W\d_]+"
                                r"(?: [^\W\d_]+)?(?: و(?:ال)?(?:مقيم|مقيمه|نازح|نازحه) في [^,.]{1,60}?)?\s*,\s*")
_AGES_WITHOUT_COMMAS = re.compile(r" aged \d{1,2}(?:(?:,| and|, and) \d{1,2})*(?= )")
_AGED_BEFORE = re.compile(r"\baged (?:\d{1,2}(?:,| and|, and) )*$")
_AGES = re.compile(rf"\s*,?\s*(?:aged \d{{1,2}}(?:(?:,| and) \d{{1,2}})*"
                   rf"|(?:(?:ال)?بالغه? من العمر |[يت]بلغ من العمر )?\(?\d{{1,2}} (?:{_YEARS}|years old)\)?"
                   rf"|(?:[^\W\d_]+ ){{1,2}}{_AGE_OF_THE_NAMED.pattern})")  # ("وشقيقته سارة (9 أعوام)": her name;
# "ابنته البالغة من العمر 12 عاماً": the age said in words before it)


def _kind(item: Item, age: re.Match | None = None, scan: Scan | None = None) -> str:
    """What kind of person; an age written before the noun (`_AGE_BEFORE`'s match) says a child ("her 9-year-old
    brother")."""
    kind = item.col(2) or "person"
    if kind == "other" and scan is not None and item.entry.pattern == "ابنه":
        begin, end = scan.norm.to_original(item.start, item.end)
        if scan.norm.original[begin:end].endswith("ه"):
            kind = "male"  # "رجل وابنه": his son ("ابنة", a daughter, folds to the same word)
    elif kind == "other" and scan is not None and item.col(1) == "1" and item.entry.pattern != "commander" \
            and _AND_HIS.match(scan.text, item.end):
        # "a farmer and his brother": the one whose brother he is; "a shepherd and his son", "a farmer and his wife":
        # a father or a husband, a grown man (a commander's kin are told as fighters')
        kind = "man" if _AND_HIS_WIFE_OR_CHILD.match(scan.text, item.end) else "male"
    if kind == "person" and scan is not None and item.entry.pattern in _ONE_MORE:
        # "استشهد طفلان وأصيب ثالث": a third of the people just named, of their kind
        before = [i for i in scan.items if i.end <= item.word_start and item.word_start - i.end <= 40
                  and _is_person(i) and i.entry.pattern not in _ONE_MORE]
        if before and before[-1].col(2) in ("child", "woman"):
            return before[-1].col(2)
    years = (_AGE_WORDS.get(age.group(1)) or int(age.group(1))) if age is not None else None
    if age is not None and kind != "child" and years < (18 if age.group(2) == "year" else 216):
        return "child"
    if kind in ("male", "person", "other") and scan is not None \
            and (after := _AGE_SET_OFF_AFTER.match(scan.text, item.end)) is not None and int(after.group(1)) < 18:
        return "child"  # "wounding his grandson, 6,": an age set off by commas after the one hurt
    return kind


# who the dead of a share were, and where ("and two were workers at the Swediya power station")
WHO_THEY_WERE = re.compile(r" were (?:guards|workers|staff|employees|farmers|passengers|members) (?:at|in|of)\b")
_A_NISBA_BETWEEN = re.compile(r" [^\W\d_]{2,}يين ")
_AGE_SET_OFF_AFTER = re.compile(r", (\d{1,2})[,.]")


_NTH_OF_THEM = {"a third": 3, "a fourth": 4, "a fifth": 5, "a sixth": 6, "a seventh": 7, "an eighth": 8,
                "ثالث": 3, "رابع": 4, "خامس": 5, "سادس": 6, "سابع": 7, "ثامن": 8}
_ONE_MORE = frozenset(_NTH_OF_THEM)
# the rank told before the one counted ("A fourth victim, a 12-year-old boy, died of his wounds")
_RANK_BEFORE = re.compile(r"\b(a third|a fourth|a fifth|a sixth|a seventh|an eighth) (?:victim|person|civilian),? "
                          r"(?:an? )?$")


def _rank_before(text: str, start: int) -> int | None:
    rank = _RANK_BEFORE.search(text, max(0, start - 30), start)
    return _NTH_OF_THEM[rank.group(1)] if rank is not None else None


_A_NAME = r"[a-z][\w'’-]*(?: [a-z][\w'’-]*)?"  # one or two words of a Latin name (the text is lower-cased)
_NAMED_AGE_AFTER = re.compile(rf" {_A_NAME}, (\d{{1,2}})(?:,|(?=[.;]|\s*$))")  # " Rahaf, 4," after "daughter" (or
# closing the sentence: "and their son Omar, 12.")
_AGES_BETWEEN = re.compile(r",? aged \d{1,2}(?:(?:,| and|, and) \d{1,2})*, and")
_AN_AGE_BETWEEN = re.compile(r", \d{1,2},? and")
_NAMED_AGE_BETWEEN = re.compile(rf"(?:, )?{_A_NAME}, \d{{1,2}},? and")  # (", Hanan al-Ahmad, 27, and": after "a nurse")
_HIS_KIN_NEXT = re.compile(r", his (?:wife|sons?|daughters?|children)\b")  # "Hassan al-Ahmad, 34, his wife Fatima"


def _sentence_opening(text: str, position: int) -> int | None:
    """Where the sentence holding `position` begins, when that is at most 40 characters before it."""
    start = max(text.rfind(".", 0, position), text.rfind("\n", 0, position)) + 1
    while start < position and text[start] == " ":
        start += 1
    return start if position - start <= 40 else None


_NAME_BEFORE_AGE = re.compile(r" [a-z][\w'‘’-]*(?:[ -][a-z][\w'‘’-]*){0,3}, ")
_AGE_ENDS = re.compile(r"\s*(?:,|\.|;|and\b|$)")
# (and in Arabic, "مزارع وابنه", "راع وشقيقه": his, by the pronoun at the end of the kin's word)
_HIS_WIFE_OR_CHILD_AR = "ابن|ابنت|زوجت|طفل|طفلت|اطفال|ابنائ|نجل|احفاد|حفيد"
_AND_HIS = re.compile(rf",? and his\b|\s+و(?:{_HIS_WIFE_OR_CHILD_AR}|شقيق|شقيقت|اخي)ه(?!\w)")
_AND_HIS_WIFE_OR_CHILD = re.compile(r",? and his (?:(?:\w+|\d+)[- ]year[- ]old |\w+ )?(?:wife|sons?|daughters?|child|children|"
                                    r"grand(?:son|daughter|child)(?:s|ren)?)\b"
                                    rf"|\s+و(?:{_HIS_WIFE_OR_CHILD_AR})ه(?!\w)")
# "a 7-year-old girl", "her 9-year-old brother", "an 18-month-old baby": an age, not a count of people
_AGE_WORDS = {w: n for n, w in enumerate("one two three four five six seven eight nine ten eleven twelve thirteen "
                                          "fourteen fifteen sixteen seventeen eighteen".split(), start=1)}
_AGE_BEFORE = re.compile(rf"(\d{{1,3}}|{'|'.join(_AGE_WORDS)})[- ](year|month|week|day)s?[- ]old $")  # ("two-year-old")
# one person's age between commas right after the word for them ("The girl, 14, was wounded")
_AGE_BETWEEN_COMMAS = re.compile(r"\s*,\s*(\d{1,2})(?=\s*,)")
_AGE_AFTER = re.compile(r"[- ](?:year|month|week|day)s?[- ]old\b")
_AGE_IN_BRACKETS = re.compile(rf"\s*(?:{_YEARS}|years?)\s*\)")  # after the number of "(12 عاماً)"


_BETWEEN = ("between ", "بين ")


def _range(items: list[Item], index: int, scan: Scan) -> tuple[Quantity, int] | None:
    """'between four and seven civilians', 'ما بين 4 و7 مدنيين': a toll told as a range, its lower figure the best
    (DESIGN.md's table has no row for it: the lowest credible figure, as UCDP's best for a range it cannot narrow)."""
    first = items[index]
    if index + 2 >= len(items) or not scan.text[max(0, first.word_start - 8) : first.word_start].endswith(_BETWEEN):
        return None
    second, noun = items[index + 1], items[index + 2]
    joined = scan.text[first.end : second.word_start]
    if second.number is None or not (joined == " and " or joined == " " and second.prefix == "و") \
            or not (_is_person(noun) or _is_casualty_noun(noun)) or scan.gap(second, noun) != 0 \
            or not first.number < second.number:
        return None
    q = Quantity(Count(low=first.number, best=first.number, high=second.number), first.start, noun.end, exact=False,
                 numbered=True)
    q.kinds.append((_kind(noun) if _is_person(noun) else "person", first.number))
    if _is_casualty_noun(noun):
        q.outcome = noun.value
    return q, index + 2


_SHE_AFTER = re.compile(r"[^.;,]{0,12}?\b(?:as|while|when|after|before) she\b")


# how some of the wounded are ("four of them in critical condition", "ثلاثة منهم في حالة حرجة")
_IN_A_CONDITION = re.compile(r",? (?:are |were |is |was |remain |remained )?(?:in (?:a )?(?:critical|serious|stable|grave)"
                             r" condition|critically\b|seriously\b|in intensive care)"
                             r"|\s(?:في |ب)?حاله (?:حرجه|خطره|خطيره)|\s(?:حالتهم|حالتهما) (?:حرجه|خطره|خطيره)")


_STILL_BEFORE = re.compile(r"(?<!\S)(?:لا يزال|لا تزال|لايزال|ما زال|مازال|still) $")
_HOW_ONE_OF_THEM_IS = re.compile(r" (?:badly|seriously|critically|severely|gravely|lightly|slightly)\b")


def _more_words(between: list[Item], scan: Scan) -> int:
    """The words beyond one each that the items between a number and its people take ("two Free Syrian Army
    fighters": a side's name of three words)."""
    return sum(len(scan.text[item.word_start : item.end].split()) - 1 for item in between)


def _quantities(items: list[Item], scan: Scan) -> tuple[list[Quantity], set[int]]:
    """Group numbers, quantifiers and person/casualty nouns into quantities; returns them and used indexes."""
    quantities: list[Quantity] = []
    used: set[int] = set()
    n = len(items)
    i = 0
    adjective_start = len(scan.text)  # where a person noun used as an adjective began ("a civilian driver")
    while i < n:
        item = items[i]
        if i > 0 and items[i - 1].start != adjective_start:
            adjective_start = len(scan.text)
        if item.category == "cues" and item.entry.pattern == "one of them" and i > 0 and _is_trigger(items[i - 1]) \
                and items[i - 1].entry.pattern.isascii() and scan.gap(items[i - 1], item) == 0:
            # "hit a car carrying farm workers ..., killing one of them": one, not a breakdown ("one of them a child")
            quantities.append(Quantity(Count(low=1, best=1, high=1), item.start, item.end, kinds=[("person", 1)],
                                       exact=True, numbered=True))
            used.add(i)
            i += 1
            continue
        qualifier = None
        head = item
        j = i
        if item.category == "quantifiers" and item.value in ("at_least", "more_than", "about"):
            if i + 1 < n and items[i + 1].number is not None and scan.gap(item, items[i + 1]) == 0:
                qualifier, j = item.value, i + 1
                head = items[j]
            else:
                i += 1
                continue
        if head.number is not None and j + 1 < n and items[j + 1].category == "casualty" \
                and items[j + 1].col(0) == "animal" and scan.gap(head, items[j + 1]) <= 1:
            i = j + 2  # "نفوق 20 رأساً من الأغنام", "killing 30 sheep": livestock, not people
            continue
        if head.number is not None and (_AGE_AFTER.match(scan.text, head.end)
                                        or _AGE_IN_BRACKETS.match(scan.text, head.end)
                                        # "Two brothers aged 8 and 10 were killed": their ages
                                        or _AGED_BEFORE.search(scan.text, max(0, head.word_start - 30),
                                                               head.word_start)):
            i = j + 1  # "a 7-year-old girl", "الطفل محمد العبدالله (12 عاماً)": an age, not how many
            continue
        if head.number is not None and qualifier is None and i > 0 and _is_person(items[i - 1]) \
                and items[i - 1].col(1) == "1" and (age := _AGE_BETWEEN_COMMAS.match(scan.text, items[i - 1].end)) \
                and age.end(1) == head.end:
            i = j + 1  # "The girl, 14, was wounded": her age, not how many
            continue
        opening = _sentence_opening(scan.text, head.word_start) if i == 0 and head.number is not None else None
        if head.number is not None and qualifier is None and (
                i > 0 and (_is_trigger(items[i - 1])
                           # ("The dead were identified as Khaled al-Omar, 45, his wife Amal, 38, and ...")
                           or items[i - 1].category == "cues" and items[i - 1].value.startswith("breakdown"))
                and items[i - 1].entry.pattern.isascii()
                and _NAME_BEFORE_AGE.fullmatch(scan.text, items[i - 1].end, head.word_start)
                or opening is not None and _NAME_BEFORE_AGE.fullmatch(" " + scan.text[opening : head.word_start])) \
                and _AGE_ENDS.match(scan.text, head.end):
            # "killing Hassan al-Ali, 34, and his two daughters": one person named with his age (written by hand: a
            # name is no lexicon word); also the sentence's first words ("Hassan al-Ahmad, 34, his wife ...")
            kind = "child" if head.number < 18 else "man" if _AND_HIS.match(scan.text, head.end) \
                or _HIS_KIN_NEXT.match(scan.text, head.end) else "person"
            quantities.append(Quantity(Count(low=1, best=1, high=1), items[i - 1].end + 1 if i > 0 else opening, head.end,
                                       kinds=[(kind, 1)], exact=True, numbered=True))
            used.add(i)
            i += 1
            continue
        if head.number is not None and qualifier is None and (ranged := _range(items, i, scan)) is not None:
            q, end_index = ranged  # "between four and seven civilians", "ما بين 4 و7 مدنيين"
            used.update(range(i, end_index + 1))
            quantities.append(q)
            i = end_index + 1
            continue
        if head.number is not None:
            toll = _toll_head(items, i, scan) or scan.column_outcomes.get(head.start)  # ("Killed" over its column)
            if toll is None and i > 0 and _is_casualty_noun(items[i - 1]) \
                    and (scan.between(items[i - 1], item).strip() == "of"
                         or scan.between(items[i - 1], item).strip() == ":" and items[i - 1].value != "both"):
                toll = items[i - 1].value  # "the bodies of seven civilians", "الشهداء: 3" (a post's field)
            noun_index = j + 1
            if noun_index + 1 < n and items[noun_index].category == "actors" and _is_person(items[noun_index + 1]) \
                    and scan.gap(items[noun_index], items[noun_index + 1]) == 0:
                noun_index += 1  # "three rebel fighters", "two regime soldiers": a side named before the people
            elif noun_index + 2 < n and items[noun_index].category == "actors" \
                    and items[noun_index + 1].start == items[noun_index].start and _is_person(items[noun_index + 2]) \
                    and scan.gap(items[noun_index], items[noun_index + 2]) == 0:
                noun_index += 2  # "2 SDF fighters": the side is also a source's name, read twice
            elif noun_index + 1 < n and items[noun_index].category == "sources" and _is_person(items[noun_index + 1]) \
                    and scan.gap(items[noun_index], items[noun_index + 1]) == 0 and items[noun_index].entry.pattern.isascii():
                noun_index += 1  # "two White Helmets volunteers": the body its people are of, named before them
            if noun_index + 1 < n and items[noun_index].entry.pattern == "other" \
                    and _is_person(items[noun_index + 1]) and scan.gap(items[noun_index], items[noun_index + 1]) == 0:
                noun_index += 1  # "three other children": the children
            kind_noun = None  # a noun before the last that says women or children ("three women fighters")
            while noun_index + 1 < n and _is_person(items[noun_index]) and _is_person(items[noun_index + 1]) \
                    and items[noun_index].entry.pattern.isascii() and items[noun_index + 1].entry.pattern.isascii() \
                    and not items[noun_index + 1].prefix \
                    and not scan.between(items[noun_index], items[noun_index + 1]).strip():
                if _kind(items[noun_index]) in ("child", "woman"):
                    kind_noun = items[noun_index]
                noun_index += 1  # "two shepherd boys", "two civilian women": the last noun says who they were
            group = noun_index + 1 < n and items[noun_index].number is not None \
                and scan.text[head.end : items[noun_index].word_start].strip() in _OF_WHOM \
                and _is_person(items[noun_index + 1]) and scan.gap(items[noun_index], items[noun_index + 1]) == 0
            if group:
                noun_index += 1  # "two of their three children": how many there were, then who; the two are counted
            of_them = noun_index + 1 < n and items[noun_index].category == "cues" \
                and (items[noun_index].value == "of_them" or items[noun_index].entry.pattern == "منهم") \
                and scan.gap(head, items[noun_index]) == 0 \
                and _is_person(items[noun_index + 1]) and scan.gap(items[noun_index], items[noun_index + 1]) == 0
            if of_them:
                noun_index += 1  # "nine of them children", "أربعة منهم أطفال": a share of the figure before
            noun = items[noun_index] if noun_index < n else None
            of_whom = noun is not None and (group or scan.text[head.end : noun.word_start].strip() in _OF_WHOM)
            if noun is not None and (_is_person(noun) or _is_casualty_noun(noun)) \
                    and not any(mark in scan.between(head, noun) for mark in (",", "\n", "(", "|", "\t")) \
                    and (scan.gap(head, noun) <= noun_index - j + _more_words(items[j + 1 : noun_index], scan)
                         or of_whom):  # (not "2 (رجل وامرأة)": who the two were)
                end_index = noun_index
                # "14 مدنياً على الأقل": the qualifier may follow the noun.
                trailing = items[noun_index + 1] if noun_index + 1 < n else None
                if (qualifier is None and trailing is not None and trailing.category == "quantifiers"
                        and trailing.value == "at_least" and scan.gap(noun, trailing) == 0):
                    qualifier, end_index = "at_least", noun_index + 1
                if qualifier is None and _STILL_BEFORE.search(scan.text, max(0, item.word_start - 12),
                                                              item.word_start) \
                        and _IN_A_CONDITION.match(scan.text, items[end_index].end):
                    qualifier = "at_least"  # "فيما لا يزال أربعة جرحى في حالة حرجة": the wounded still in danger
                q = Quantity(count_with(qualifier, head.number), item.start, items[end_index].end,
                             exact=qualifier is None, numbered=True, share=of_them)
                q.kinds.append((_kind(kind_noun) if kind_noun is not None and _kind(noun) not in ("child", "woman")
                                else _kind(noun) if _is_person(noun) else "person", head.number))
                of_kind = _OF_KIND_AFTER.match(scan.text, items[end_index].end)
                if of_kind is not None:  # "ثلاثة شهداء من الأطفال": three dead, children
                    q.kinds = [("child" if of_kind.group(1) == "الاطفال" else "woman", head.number)]
                if _is_casualty_noun(noun) and _died(items, i, scan):
                    q.outcome = "killed"  # "بعد وفاة ثلاثة جرحى": wounded people who died
                elif _is_casualty_noun(noun) and (not of_whom or _TOLD_WHERE_AFTER.match(scan.text, noun.end)):
                    q.outcome = noun.value  # not "وفاة اثنين من الجرحى": two of the wounded, who died
                    # (but "سبعة من القتلى سقطوا في غارة على ...": the share of the dead told where they fell)
                    # "pulled seven bodies from the rubble": those one team recovered (not "We counted 12 bodies")
                    q.of_bodies = noun.col(2) == "bodies" and bool(
                        _RECOVERED_BEFORE.search(scan.text, max(0, head.word_start - 30), head.word_start))
                elif toll is not None:
                    q.outcome = toll
                used.update(range(i, end_index + 1))
                quantities.append(q)
                i = end_index + 1
                continue
            previous = items[i - 1] if i > 0 else None
            beside_previous = previous is not None and scan.gap(previous, item) == 0
            if previous is not None and i > 1 and _determines_a_number(previous, item, scan) \
                    and scan.gap(items[i - 2], previous) == 0:
                previous, beside_previous = items[i - 2], True  # "injuring another 30": the verb before "another"
            following = items[j + 1] if j + 1 < n else None
            if following is not None and following.category == "cues" and following.value == "of_them" \
                    and scan.gap(head, following) == 0 and j + 2 < n \
                    and _share_verb(items, j + 2, following, scan) is not None:
                # "Nine of them died in strikes on Sarmin": a share of the toll before, with its own verb and place
                quantities.append(Quantity(count_with(qualifier, head.number), item.start, following.end,
                                           kinds=[("person", head.number)], exact=qualifier is None, numbered=True,
                                           told_after=True))
                used.update(range(i, j + 2))
                i = j + 2
                continue
            if _TIME_UNIT.match(scan.text, head.end):
                i = j + 1  # "died two days ago", "منذ ثلاثة أيام": a span of time, not people
                continue
            if following is not None and following.category == "cues" \
                    and (following.value == "of_them" or following.entry.pattern == "منهم") \
                    and scan.gap(head, following) == 0 and _IN_A_CONDITION.match(scan.text, following.end):
                i = j + 2  # "We received 25 wounded, four of them in critical condition": how some of them are
                continue
            if quantities and _HOW_ONE_OF_THEM_IS.match(scan.text, head.end) \
                    and scan.text[max(0, head.word_start - 2) : head.word_start].strip() == ",":
                i = j + 1  # "Two pupils are wounded, one badly": how one of those counted is, no one more
                continue
            if following is not None and following.category == "attack" and scan.gap(head, following) == 0 \
                    and not following.prefix and "\n" not in scan.between(head, following):
                i = j + 1  # "بسقوط 4 قذائف": shells counted, not people ("إصابة 2 بقصف مدفعي" counts people)
                continue
            if previous is not None and previous.category == "time" and previous.value == "month" \
                    and scan.gap(previous, item) == 0:
                i = j + 1  # "on March 12 killed three": the day of a date
                continue
            # "مقتل 4" / "more than 34 wounded": a bare number right next to a casualty word.
            if toll is None and previous is not None and previous.category == "cues" and previous.value == "rise" \
                    and scan.text[previous.end : item.word_start].strip() in ("الي", "to"):
                toll = _told_after_rise(items, j, scan)  # "ارتفع إلى 5 تعداد المواطنين الذين استشهدوا"
            if toll is None and following is not None and following.category == "cues" \
                    and following.entry.pattern in ("بينهم", "من بينهم") \
                    and not scan.text[head.end : following.word_start].strip() and head.number > 1:
                # "هم: 4 بينهم طفلان قضوا في ...", "، و3 بينهم سيدة في قصف ...": people, whose kinds follow
                quantities.append(Quantity(count_with(qualifier, head.number), item.start, head.end,
                                           kinds=[("person", head.number)], exact=qualifier is None, numbered=True))
                used.update(range(i, j + 1))
                i = j + 1
                continue
            if toll is not None:
                quantities.append(Quantity(count_with(qualifier, head.number), item.start, head.end,
                                           kinds=[("person", head.number)], outcome=toll,
                                           exact=qualifier is None, numbered=True,
                                           now=_NOW_AT.search(scan.text, max(0, item.word_start - 14),
                                                              item.word_start) is not None))
                used.update(range(i, j + 1))
            elif (previous is not None and _is_trigger(previous) and beside_previous) or (
                following is not None and _is_trigger(following) and following.entry.pattern.isascii()
                and (scan.gap(head, following) == 0 or scan.between(head, following).strip() in _AUXILIARIES | _OF_WHOM)
            ):
                quantities.append(Quantity(count_with(qualifier, head.number), item.start, head.end,
                                           kinds=[("person", head.number)], exact=qualifier is None, numbered=True,
                                           told_after=previous is None or not _is_trigger(previous)
                                           or not beside_previous))
                if following is not None and following.category == "cues" and following.value == "of_them" \
                        and scan.gap(head, following) == 0:
                    # "a bus carrying schoolchildren ..., wounding seven of them": of the children named before
                    named = next((p for p in reversed(items[:i]) if _is_person(p) and p.col(1) == "pl"
                                  and item.start - p.end <= 80), None)
                    if named is not None and _kind(named) in ("child", "woman"):
                        quantities[-1].kinds = [(_kind(named), head.number)]
                described = items[j + 2] if j + 2 < n and following is not None else None
                if described is not None and _is_trigger(following) and _is_person(described) \
                        and described.entry.pattern.isascii() \
                        and following.entry.pattern.isascii() and not described.prefix \
                        and not scan.between(head, following).strip() and not scan.between(following, described).strip():
                    # "six wounded kids", "two dead children": the people the word describes
                    quantities[-1].kinds = [(_kind(described), head.number)]
                    quantities[-1].outcome, quantities[-1].end = following.value, described.end
                    used.update(range(i, j + 3))
                    i = j + 3
                    continue
                verb_after = j + 2 < n and _is_trigger(items[j + 2]) and scan.gap(following, items[j + 2]) <= 1
                if verb_after and following.value == "injured" and items[j + 2].value == "killed" \
                        and scan.between(head, following).strip() in _OF_WHOM:
                    # "after three of the wounded died in hospital": dead the toll told already counts
                    quantities[-1].outcome = "killed"
                    quantities[-1].share = quantities[-1].of_casualties = True
                if following is not None and scan.between(head, following).strip() in _OF_WHOM and not verb_after \
                        and not (previous is not None and _is_trigger(previous) and scan.gap(previous, item) == 0):
                    # "17 of the dead were civilians", "two of the wounded": part of a toll, not one of its own
                    # (but "Eleven of the dead were killed in the town of Saraqeb": that town's share, told)
                    quantities[-1].share = quantities[-1].of_casualties = True
                used.update(range(i, j + 1))
            i = j + 1
            continue
        if item.category == "quantifiers" and item.value in VAGUE_COUNTS:
            noun = items[i + 1] if i + 1 < n else None
            if noun is not None and noun.category == "casualty" and noun.col(0) == "animal" and scan.gap(item, noun) <= 1:
                i += 2  # "نفوق عدد من الأغنام": livestock, not people
                continue
            if noun is not None and item.value == "several" and _is_trigger(noun) and noun.col(0) == "verb" \
                    and scan.gap(item, noun) == 0 and not item.entry.pattern.isascii():  # (not "several wounded")
                i += 1  # "عدد من قضوا": the number of those who died, not "a number of"
                continue
            q = Quantity(VAGUE_COUNTS[item.value], item.start, item.end, bare=item.value == "many", numbered=True)
            if noun is not None and noun.category == "casualty" and noun.value == "injured" \
                    and scan.between(item, noun).strip() in _OF_WHOM and i + 2 < n and _is_trigger(items[i + 2]) \
                    and items[i + 2].value == "killed" and scan.gap(noun, items[i + 2]) <= 1:
                # "after several of the wounded died in hospital": dead the toll told already counts
                q.end, q.outcome, q.share, q.of_casualties = noun.end, "killed", True, True
                used.update((i, i + 1))
                i += 2
                quantities.append(q)
                continue
            if noun is not None and (_is_person(noun) or _is_casualty_noun(noun)) and scan.gap(item, noun) <= 1:
                q.end = noun.end
                q.kinds.append((_kind(noun) if _is_person(noun) else "person", None))
                if _is_casualty_noun(noun):
                    q.outcome = noun.value
                used.update((i, i + 1))
                i += 2
            else:
                used.add(i)
                i += 1
            quantities.append(q)
            continue
        if _is_casualty_noun(item) and _FIELD_NUMBER.match(scan.text, item.end):
            i += 1  # "الشهداء: 3", "Casualties: 2 killed": a post's field, the number after the colon counts them
            continue
        if _is_person(item) or _is_casualty_noun(item):
            if i + 1 < n and _determines_a_number(item, items[i + 1], scan):
                i += 1  # "Another 30 were injured": the number counts them, "another" only says they are more
                continue
            if _partitive(item, scan) or _adjective_other(item, scan) or _heads_toll(items, i, scan) \
                    or _moved(items, i, scan) or _in_a_name(item, scan):
                i += 1
                continue
            after = items[i + 1] if i + 1 < n else None
            if _is_person(item) and after is not None and _is_person(after) and item.entry.pattern.isascii() \
                    and after.entry.pattern.isascii() and scan.gap(item, after) == 0 and not after.prefix \
                    and not scan.between(item, after).strip():
                i += 1  # "a civilian driver", "a civilian woman": one person, the last noun says which
                adjective_start = item.start
                continue
            number = _noun_count(item)
            # A number written after the noun ("مدنيين اثنين", "شهيد واحد") counts it.
            after = items[i + 1] if i + 1 < n else None
            if _is_casualty_noun(item) and after is not None and _bodies_of(item, after, scan):
                i += 1  # "the bodies of seven civilians", "جثث راعيين": what befell the people counted after it
                continue
            consumed = 1
            if after is not None and after.number is not None and after.number <= 20 \
                    and not (i + 2 < n and _is_casualty_noun(items[i + 2]) and items[i + 2].value != item.value
                             and scan.gap(after, items[i + 2]) == 0) \
                    and (not after.prefix or after.prefix == "ال" and item.col(1) == "pl") \
                    and (scan.gap(item, after) == 0 and not scan.text[item.end : after.word_start].strip()
                         # ("عسكريين سوريين اثنين": a plural, what they are, then how many)
                         or item.col(1) == "pl" and _A_NISBA_BETWEEN.fullmatch(scan.text, item.end, after.word_start)):
                number, consumed = after.number, 2  # (and "أطفالهما الثلاثة": their three children; not 'وامرأة، و11')
            elif after is not None and after.entry.pattern in _OTHER_ADJECTIVES and scan.gap(item, after) == 0:
                consumed = 2  # "طفل آخر": another child, one person
            elif after is not None and after.entry.pattern in _SIBLINGS and scan.gap(item, after) == 0 \
                    and not after.prefix:
                consumed = 2  # "طفلان شقيقان ووالدهما": two children who are brothers, not two more people
            described_as = None
            if consumed == 1 and _is_person(item) and after is not None and _is_casualty_noun(after) \
                    and not item.entry.pattern.isascii() and scan.gap(item, after) == 0 and not after.prefix \
                    and not scan.text[item.end : after.word_start].strip():
                consumed, described_as = 2, after.value  # "شهيد وطفل جريح": a child, and what befell it
            qualifier = None
            trailing = items[i + consumed] if i + consumed < n else None
            if number is not None and trailing is not None and trailing.category == "quantifiers" \
                    and trailing.value == "at_least" and scan.gap(items[i + consumed - 1], trailing) == 0:
                qualifier, consumed = "at_least", consumed + 1  # "شهيد واحد على الأقل", "قتيلين على الأقل"
            count = count_with(qualifier, number) if number is not None else BARE
            age = _AGE_BEFORE.search(scan.text, max(0, item.word_start - 24), item.word_start)
            if age is not None:  # "a 15-year-old boy": the age goes with the person
                adjective_start = min(adjective_start, age.start())
            q = Quantity(count, min(item.start, adjective_start), items[i + consumed - 1].end,
                         kinds=[(_kind(item, age, scan), number)], exact=number is not None and qualifier is None,
                         bare=number is None)
            named = _NAMED_AGE_AFTER.match(scan.text, q.end) if number == 1 and age is None else None
            if named is not None and q.kinds[0][0] in ("other", "person", "male"):
                # "their daughter Rahaf, 4,": the one named, her age after her name
                q.kinds = [("child" if int(named.group(1)) < 18 else "man" if q.kinds[0][0] == "male" else
                            q.kinds[0][0], 1)]
            if number == 1 and q.kinds[0][0] in ("other", "person") and item.entry.pattern.isascii() \
                    and _SHE_AFTER.match(scan.text, q.end):
                q.kinds = [("woman", 1)]  # "shot dead a nurse as she left the hospital": a woman, the pronoun says
            if q.kinds[0][0] == "couple":
                q.kinds = [("man", 1), ("woman", 1)]  # "a couple and their three children": a man and a woman
            elif item.entry.pattern == "another" and quantities and len(quantities[-1].kinds) == 1 \
                    and quantities[-1].kinds[0][0] in ("child", "woman", "man"):
                q.kinds = [(quantities[-1].kinds[0][0], 1)]  # "four children were killed and another was injured"
            if _is_casualty_noun(item):
                q.outcome = "killed" if _died(items, i, scan) else item.value  # "بعد وفاة جريحين", "وفاة مصابين"
                q.kinds = [("woman" if item.col(2) == "woman" else "person", number)]  # ("شهيدة": a woman)
            elif i > 0 and _is_casualty_noun(items[i - 1]) and _bodies_of(items[i - 1], item, scan):
                q.outcome, q.of_bodies = items[i - 1].value, True
            elif described_as is not None:
                q.outcome = described_as
            used.update(range(i, i + consumed))
            quantities.append(q)
            i += consumed
            continue
        i += 1
    bodies = [item for item in items if item.category == "casualty" and item.col(2) == "bodies"]
    for q in quantities:  # "the bodies of two children", "جثث الضحايا": the bodies recovered, counted or not
        if not q.of_bodies and q.outcome == "killed" and (
                scan.text[max(0, q.start - 12) : q.start].rstrip().endswith(("bodies of", "bodies of the"))
                or any(b.start == q.start or b.end <= q.start and scan.gap(b, _Span(q.start, q.end)) == 0
                       for b in bodies)):  # (counted or not: "جثث الضحايا", "جثث خمسة أطفال", "جثث 20 طالباً")
            q.of_bodies = True
    for q in quantities:  # "2 killed (1 child)": a breakdown in brackets right after a figure
        if scan.text[max(0, q.start - 2) : q.start].strip() == "(" and scan.text[q.end : q.end + 2].strip()[:1] == ")":
            q.share = True
    quantities = _described_by_a_plural(quantities, scan)
    _of_those_told(quantities, scan)
    _the_one_told_before(quantities, items, scan)
    for q in quantities:  # "Two brothers, aged 12 and 15", "طفلة (9 أعوام)": ages under 18 make them children
        _kinds_by_age(q, _AGES.match(scan.text, q.end))
        if q.count.best == 1 and (age := _AGE_BETWEEN_COMMAS.match(scan.text, q.end)) is not None \
                and int(age.group(1)) < 18 and q.kinds and q.kinds[0][0] in ("other", "person", "male"):
            q.kinds = [("child", 1)]  # "her son, 9, was killed"
        in_words = _ages_in_words(items, scan, q.end)
        if in_words and all(age < 18 for age in in_words) and q.kinds \
                and all(kind in ("other", "person", "male") for kind, _ in q.kinds):
            q.kinds = [("child", count) for _, count in q.kinds]  # "Two of them, aged six and nine,"
        named = _NAMED_WITH_AGES.match(scan.text, q.end)
        if named is not None and q.count.best is not None and len(q.kinds) == 1 \
                and q.kinds[0][0] in ("other", "person", "male"):
            # "Two of them, Sidra, 8, and Hamza, 5, died": each named with an age
            years = [int(age) for age in re.findall(r", (\d{1,2})\b", named.group(0))]
            if len(years) == q.count.best:
                q.kinds = _one_kind_per_age(q.kinds[0][0], years)
    return quantities, used


_AGED_IN_WORDS = re.compile(r"\s*,?\s*aged ")
_AGE_JOINT = re.compile(r"(?:,| and|, and) ")  # between two ages: "six and nine", "four, seven and eleven"


def _ages_in_words(items: list[Item], scan: Scan, end: int) -> list[int]:
    """The ages told in words right after a figure ("Two of them, aged six and nine,"), in order; [] when none."""
    aged = _AGED_IN_WORDS.match(scan.text, end)
    if aged is None:
        return []
    years: list[int] = []
    position = aged.end()
    for item in items:
        if item.start < position:
            continue
        if item.number is None or item.start != position or item.number >= 120:
            break
        years.append(item.number)
        joint = _AGE_JOINT.match(scan.text, item.end)
        if joint is None:
            break
        position = joint.end()
    return years


def _one_kind_per_age(kind: str, years: list[int]) -> list[tuple[str, int]]:
    """People of one kind told one age each: the children among them, and the grown (men, of a male kind)."""
    children = sum(age < 18 for age in years)
    grown = ("man" if kind == "male" else kind, len(years) - children)
    return [k for k in (("child", children), grown) if k[1]]


def _kinds_by_age(q: Quantity, ages: re.Match | None) -> None:
    if not (ages and q.kinds and all(kind in ("other", "person", "male") for kind, _ in q.kinds)):
        return
    years = [int(age) for age in re.findall(r"\d+", ages.group(0))]
    if all(age < 18 for age in years):
        q.kinds = [("child", count) for _, count in q.kinds]
    elif len(q.kinds) == 1 and q.count.best == len(years) and ages.group(0).lstrip(" ,").startswith("aged"):
        # "brothers aged 15 and 19": one age for each of them, a child and a grown man
        q.kinds = _one_kind_per_age(q.kinds[0][0], years)


_OF_THEM_AFTER = re.compile(r"\s*(?:منهم|منهما|of them)(?!\w)")
_THE_NEXT_OF_THEM = re.compile(r"(?:ال)?(?:ثالث|رابع|خامس)(?: بجروح)?")


def _of_those_told(quantities: list[Quantity], scan: Scan) -> None:
    """'سيارة تقل ثلاثة شبان، فقُتل اثنان منهم وأصيب الثالث': those of them, and the one left, are of the kind
    of the group told just before in the sentence (young men: no child, no woman among them)."""
    group: Quantity | None = None
    for q in quantities:
        if group is not None and _SENTENCE_END_AR_EN.search(scan.text, group.end, q.start):
            group = None
        plain = q.kinds and all(kind in ("person", "other") for kind, _ in q.kinds) and q.outcome is None
        if group is not None and plain and q.count.best is not None and q.count.best < (group.count.best or 0) \
                and (_OF_THEM_AFTER.match(scan.text, q.end) or q.count.best == 1
                     and _THE_NEXT_OF_THEM.fullmatch(scan.text, q.start, q.end)):
            q.kinds = [(group.kinds[0][0], q.count.best)]
            continue
        if q.numbered and q.outcome is None and len(q.kinds) == 1 and q.kinds[0][0] in ("man", "woman", "child") \
                and (q.count.best or 0) >= 2:
            group = q


_SENTENCE_END_AR_EN = re.compile(r"(?<![ap]\.m)\.(?=\s|$)|[!?؟\n]")  # (not "at about 10 a.m., killing him")


def _the_one_told_before(quantities: list[Quantity], items: list[Item], scan: Scan) -> None:
    """'My husband ran out to help and a second shell killed him': 'him' is the one the sentence named before,
    of that one's kind."""
    for q in quantities:
        if q.kinds != [("person", 1)] or not scan.text.endswith(" him", 0, q.end):
            continue
        named = [i for i in items if i.end <= q.start - 4 and _is_person(i) and i.col(1) == "1"
                 and not _SENTENCE_END_AR_EN.search(scan.text, i.end, q.start)]
        if named and named[-1].col(2) in ("man", "child", "male"):
            q.kinds = [(named[-1].col(2), 1)]
            continue
        sentence = max([0] + [m.end() for m in _SENTENCE_END_AR_EN.finditer(scan.text, 0, q.start)])
        aged = [m for m in _THE_AGED.finditer(scan.text, sentence, q.start)
                if not any(m.end() <= i.start and i.end <= q.start - 4 and _is_person(i) and i.col(1) == "1"
                           for i in items)]
        if not named and aged:  # ("The 19-year-old was picking olives ... killing him": a grown man)
            q.kinds = [("child" if int(aged[-1].group(1)) < 18 else "man", 1)]


_THE_AGED = re.compile(r"\bthe (\d{1,2})-year-old\b")


def _described_by_a_plural(quantities: list[Quantity], scan: Scan) -> list[Quantity]:
    """'Two shepherds, brothers aged 15 and 19, were killed': the plural between commas says who the counted people
    were, not more of them."""
    out: list[Quantity] = []
    for q in quantities:
        head = out[-1] if out else None
        if head is not None and q.bare and q.count.best is None and q.outcome is None and len(q.kinds) == 1 \
                and head.outcome is None and head.count.best is not None and head.count.best >= 2 \
                and len(head.kinds) == 1 and head.kinds[0][0] in ("other", "person") \
                and scan.text[head.end : q.start].strip() in (",", "،") \
                and (scan.text[q.end : q.end + 2].strip()[:1] in (",", "،") or _AGES.match(scan.text, q.end)):
            described = q.kinds[0][0]
            if described in ("male", "man", "woman", "child"):
                head.kinds = [(described, head.count.best)]
            ages = _AGES.match(scan.text, q.end)
            _kinds_by_age(head, ages)
            head.end = ages.end() if ages is not None else q.end
            closing = scan.text[head.end : head.end + 2]
            if closing.strip()[:1] in (",", "،"):
                head.end += closing.index(closing.strip()[0]) + 1  # the aside's closing comma: the verb is next
            continue
        out.append(q)
    return out


_BREAKDOWNS = {"breakdown": None, "breakdown_killed": "killed", "breakdown_injured": "injured"}
_BREAKDOWNS_AFTER = {"breakdown_after": None, "breakdown_after_killed": "killed", "breakdown_after_injured": "injured"}
_PARTITIVE = ("بين", "صفوف", "في صفوف", "among")
# "two of its volunteers", "two of her children"
_OF_WHOM = frozenset({"of its", "of their", "of the", "of his", "of her", "of our", "من"})
_AUXILIARIES = frozenset({"were", "was", "have been", "had been", "are", "is", "has been"})  # "two were killed"
_AUXILIARIES |= {"more"} | {f"more {auxiliary}" for auxiliary in _AUXILIARIES}  # "two more were killed", "four more died"
_AFTER_PERSON_EN = frozenset("in on at and while when who was were near during after as with by from the".split())
# Words that may follow "آخر" when it means "another person" ("وأصيب آخر جراء القصف").
_AFTER_PERSON = frozenset("جراء اثر نتيجه بجروح بجراح في علي من لهم له لها خلال بعد اليوم امس بينما فيما كما "
                          "برصاص بنيران بشظايا بقصف بغاره بانفجار بهجوم باستهداف بقذيفه بقذائف بلغم بعبوه".split())


def _died(items: list[Item], index: int, scan: Scan) -> bool:
    """The people counted from `index` on are the object of a death word right before ("وفاة ثلاثة جرحى"): wounded
    people who died."""
    return index > 0 and _is_trigger(items[index - 1]) and items[index - 1].value == "killed" \
        and scan.gap(items[index - 1], items[index]) == 0 and items[index - 1].entry.pattern not in _FALLEN


def _moved(items: list[Item], index: int, scan: Scan) -> bool:
    """'أسعفت المصابين إلى مشفى', 'نقل الجرحى': the casualties already told, taken somewhere, not new ones."""
    before = items[index - 1] if index > 0 else None
    return before is not None and before.category == "places" and before.value == "exclude" \
        and before.col(0) == "transfer" and scan.gap(before, items[index]) <= 1 and items[index].col(1) == "pl"


# "حي الشهداء", "مسجد الشهداء", "لواء شهداء اليرموك": the martyrs a quarter, a mosque or a brigade is named after
_NAMED_AFTER = re.compile(r"(?:^|\s)(?:حي|شارع|ساحه|دوار|مقبره|مسجد|جامع|مدرسه|روضه|مخيم|لواء|كتيبه|كتائب|تجمع|جمعه)\s+$")


def _in_a_name(item: Item, scan: Scan) -> bool:
    return item.col(1) == "pl" and _NAMED_AFTER.search(scan.text, max(0, item.word_start - 8), item.word_start) \
        is not None


def _determines_a_number(word: Item, number: Item, scan: Scan) -> bool:
    """'another' right before a number ("another 30"): a determiner of the count, not one more person."""
    return word.entry.pattern == "another" and number.number is not None and scan.gap(word, number) == 0 \
        and not scan.between(word, number).strip()


def _partitive(item: Item, scan: Scan) -> bool:
    """'سقوط إصابات بين المدنيين': the people after بين/في صفوف are who was hurt, not another figure."""
    before = scan.text[max(0, item.word_start - 12) : item.word_start].rstrip()
    return before.endswith(_PARTITIVE) and item.col(1) == "pl"


def _adjective_other(item: Item, scan: Scan) -> bool:
    """'آخر حصيلة' (the latest toll): آخر before a noun is an adjective, not 'another person'."""
    if item.entry.pattern not in ANOTHER:
        return False
    if not item.entry.pattern.isascii() and any(
            i.category in ("attack", "targets", "places") and i.end <= item.word_start
            and not scan.text[i.end : item.word_start].strip() for i in scan.items):
        return True  # "فيما أصيب أربعة مدنيين بغارة أخرى على بلدة حيش": another strike, after its noun
    rest = scan.text[item.end : item.end + 16].split()
    if not rest or not rest[0][0].isalpha():
        return False
    word = rest[0].rstrip("،,.:؛")
    if item.entry.pattern.isascii():  # "wounded another", "and another in Sarmin" (but "another strike")
        return rest[0][-1] not in ",.;:" and word not in _AFTER_PERSON_EN
    return not (word.startswith("و") or word in _AFTER_PERSON)


_TO = (" الي", "الي", " to", " بلغ", " بلغت", " reached", " stood at", " stands at")  # "عدد القتلى بلغ ثمانية"


def _toll_head(items: list[Item], index: int, scan: Scan) -> str | None:
    """'ارتفع عدد القتلى إلى 12', 'the death toll rose to 12': the outcome named before 'إلى/to' and the number;
    with a rise said, the toll's words may be further off ('the death toll from Tuesday's raid on X has risen to
    16')."""
    rising = any(i.category == "cues" and i.value == "rise" for i in items[max(0, index - 24) : index])
    # (a risen toll's words may be far off: "The death toll from Friday's Russian air strikes on oil facilities
    # near the town of Tarhin, east of al-Bab, climbed to four")
    anchor = items[index]  # the number, or the quantifier right before it ("put the toll at more than 80")
    for back in range(index - 1, max(-1, index - (24 if rising else 4)), -1):
        prev = items[back]
        told = prev.category == "cues" and (prev.value == "toll"  # "ارتفعت حصيلة القصف على X إلى 13"
                                            # ("..., bringing the death toll to three": the dead, all told)
                                            or prev.value == "aggregate" and prev.entry.pattern in BRINGING
                                            and prev.entry.pattern.isascii())
        if told or _is_casualty_noun(prev) or (_is_trigger(prev) and prev.entry.pattern.isascii()):
            between = scan.text[prev.end : anchor.word_start].rstrip()
            # "the monitor put the death toll at 15", "put the death toll in Jarjanaz at nine"
            put_at = _PUT_AT.fullmatch(between) is not None \
                and scan.text[max(0, prev.word_start - 13) : prev.word_start].rstrip().endswith(
                    ("put the", "puts the", "putting the"))
            # ("The death toll from a car bomb that exploded in a crowded market in the northern Syrian town of Azaz
            # late on Saturday rose to 19": a risen toll's words may be 21 words off)
            if put_at or scan.gap(prev, anchor) <= (28 if rising else 3) and (
                    between.endswith(_TO) or _NOW_AT.fullmatch(between)):
                return prev.value if prev.value in ("killed", "injured", "both") else "killed"
            return None
        if prev.category == "quantifiers" and back == index - 1 and scan.gap(prev, items[index]) == 0:
            anchor = prev
            continue
        if rising and back > 0 and _is_person(prev) and _is_casualty_noun(items[back - 1]) \
                and scan.gap(items[back - 1], prev) == 0:
            continue  # "ارتفاع عدد الشهداء المدنيين ... إلى 12": the dead, described
        if prev.category in ("casualty", "number", "quantifiers"):
            return None
    return None


_PUT_AT = re.compile(r"(?: there| (?:in|from|for) [^,.;:\n]{1,40})? at")  # ("put the toll there at 11")
# "Death toll in Ariha now 10", "the toll stands at 12": a toll as it stands
_NOW_AT = re.compile(r"(?: (?:in|from|for) [^,.;:\n]{1,30})? (?:(?:is |has )?now(?: stands at| at)?|stands at|reached)")


def _told_after_rise(items: list[Item], index: int, scan: Scan) -> str | None:
    """After "ارتفع إلى N", the outcome of the casualty word that follows within a few words (عدد/تعداد ... الذين
    استشهدوا)."""
    last, j = items[index], index + 1
    while j < min(len(items), index + 9):
        item = items[j]
        if scan.gap(last, item) > 6:
            return None
        if item.category == "cues" and item.value in _BREAKDOWNS:
            # "ارتفع إلى 16 بينهم 5 أطفال، عدد المدنيين الذين قتلوا": the breakdown stands between
            j += 1
            while j < len(items) and (items[j].number is not None or _is_person(items[j])):
                j += 1
            last = items[j - 1]
            continue
        if item.category == "casualty" and item.value in ("killed", "injured", "both"):
            return item.value
        if item.number is not None:
            return None
        j += 1
    return None


def _heads_toll(items: list[Item], index: int, scan: Scan) -> bool:
    """The casualty noun of 'عدد القتلى إلى 12' is the head of the toll, not a figure of its own."""
    for offset in range(index + 1, min(index + 4, len(items))):
        if items[offset].number is not None:
            return _toll_head(items, offset, scan) is not None
    return False


def _only_describes(between: str) -> bool:
    """What may stand between "بينهم"/"including" and the people it breaks down: nothing, a colon, an article, or
    one describing word ("including a pregnant woman")."""
    if _FAMILY_OF.match(between):
        return True  # "بينهم عائلة نازحة من ريف حماة مؤلفة من أب وأم وطفلهما": the family's members
    words = between.lstrip(".").replace(",", " ").replace(":", " ").split()  # (after "incl.")
    if words[:1] in (["was"], ["were"]) and words[1:2] in (["a"], ["an"]):
        words = words[1:]  # ("Among the dead was a volunteer"; "were" alone stays the one word allowed)
    if words[:1] in (["a"], ["an"]):
        words = words[1:]
    return len(words) <= 1 and all(word.isalpha() for word in words)


_ARTICLE_BEFORE_PERSON = re.compile(r"(?<=\S) (?:a|an|his|her|their)(?: [a-z]+(?:['’]s)?)?$")  # (a doctor's wife)


# "سقوط 70 جريحاً": the word says casualties fell, the noun after it says how (not wounded people who died)
_FALLEN = frozenset({"سقوط", "سقط"})  # "سقط ثلاثة جرحى": wounded people fell, none died


def _after_breakdown(q: Quantity, items_by_start: dict[int, Item], scan: Scan) -> bool:
    """Whether a quantity is the first said after a breakdown word ("including a child")."""
    before = scan.text[max(0, q.start - 20) : q.start].rstrip()
    before = before.removesuffix(" a").removesuffix(" an").rstrip().removesuffix(".")  # "including a child", "incl."
    return any(item.category == "cues" and item.value in _BREAKDOWNS and before.endswith(scan.text[item.start : item.end])
               for start, item in items_by_start.items() if q.start - 20 <= start < q.start)


# a relative of the person just named ("وشقيقه", "وزوجته", "وطفلها"): the possessive points back at that person
_KIN_OF_THE_ONE_BEFORE = re.compile(r"(?:شقيق|شقيقت|ابن|ابنت|زوج|زوجت|والد|والدت|طفل|طفلت|اخ|اخت|نجل|مرافق|سائق)(?:ه|ها)")


_SPEAKS_NEXT = re.compile(r"\s+(?:and (?:an? )?(?:[\w-]+ ){1,3})?(?:told|said|says)\b")  # ("relatives and a local rescuer said")
# the body the people just counted belong to, then "and" the next people of the list
# (its short name may follow in brackets: "a member of the People's Protection Units (YPG) and a civilian")
_OF_WHICH_GROUP_AND = re.compile(r"(?:of|from) (?:the |its |their )?[\w'’-]+(?: [\w'’-]+){0,6}(?: \([\w'’/-]+\))?"
                                 # (what the group is, set off by commas: "of the Asayish, the Kurdish-led internal
                                 # security forces, and a civilian")
                                 r"(?:, (?:the |an? )?[\w'’-]+(?: [\w'’-]+){0,5},)?,? and")
# what the one just named was said to be, then "and" the next ("a man accused of drug smuggling and his wife")
_DESCRIBED_AND = re.compile(r"(?:accused|suspected|known|wanted|believed)(?: [\w'’-]+){1,5},? and")
# ("عنصر سابق في فصائل المعارضة وطفل كان برفقته": one who once served in a force, and the one with him)
_OF_WHICH_GROUP_AR = re.compile(r"(?:(?:سابق )?من|سابق في) [^\W\d_]+(?: [^\W\d_]+){0,4}")  # (not "في بلدة سرمين")


# the word of a death or a wound said again after "و" (after "at once"), its people after it (a nephew: "ابن شقيقه")
_THE_WORD_AGAIN = re.compile(r"(?:علي الفور |في الحال )?و(?P<word>مقتل|استشهاد|اصابه|جرح)(?: ابن| ابنه| بنت)?")


def _counted_between(items_by_start: dict[int, Item], start: int, end: int) -> bool:
    """Whether people or a number are told between two positions."""
    return any(item.category in ("casualty", "number") for at, item in items_by_start.items() if start <= at < end)


def _join_chains(quantities: list[Quantity], items_by_start: dict[int, Item], scan: Scan) -> list[Quantity]:
    """'رجل وزوجته وطفلة' / '7 أطفال وسيدة' / '17 شهيداً وجريحاً': quantities joined by و with nothing between."""
    out: list[Quantity] = []
    for q in quantities:
        if out:
            prev = out[-1]
            first = items_by_start.get(q.start)
            if first is None:
                out.append(q)
                continue
            between = scan.text[prev.end : first.word_start].strip()
            # "two women and a child", "and his son", "three children and an elderly woman": the article (and one
            # adjective) belong to the person named
            between = _ARTICLE_BEFORE_PERSON.sub("", between)
            # "امرأة مسنة وشاب": one plain adjective may stand between two people of a list.
            adjective = between != "" and " " not in between and between.isalpha() and not prev.numbered
            # "هم الطفلان أحمد ومحمد العلي ووالدتهما": the names of the people listed may stand between them (with
            # an age in brackets: "الطفل محمد العبدالله (12 عاماً) وشقيقته")
            aged = [m.span() for m in _AGE_OF_THE_NAMED.finditer(scan.text, prev.end, first.word_start)]
            # (a comma may close each name: "الطفل محمد العلي، والسيدة فاطمة الأحمد، والشاب خالد")
            plain = [word for word in (w.strip(",،") for w in _AGE_OF_THE_NAMED.sub(" ", between).split()) if word]
            names = 0 < len(plain) <= 4 and all(word.isalpha() for word in plain) \
                and not any(prev.end <= start < first.word_start and not any(a <= start < b for a, b in aged)
                            for start in items_by_start) \
                and _is_person(first) and not first.entry.pattern.isascii()
            # "القيادي السابق في فصائل المعارضة \"أبو محمد\" وشقيقه": his brother, after who he was, is one more
            kin = first.prefix.startswith("و") and _KIN_OF_THE_ONE_BEFORE.fullmatch(first.entry.pattern) is not None \
                and len(plain) <= 8 and not any(ch.isdigit() for ch in " ".join(plain)) \
                and not _counted_between(items_by_start, prev.end, first.word_start)
            waw = first.prefix.startswith("و") and (between == "" or adjective or names or kin)
            if _AGES_BETWEEN.fullmatch(between) and first.prefix == "":
                between = "and"  # "Two children, aged 5 and 7, and their mother": their ages, then one more
            if _AN_AGE_BETWEEN.fullmatch(between) and first.prefix == "" and prev.count.best == 1:
                between = "and"  # "a man, 45, and his son": the one before told with his age
            if _NAMED_AGE_BETWEEN.fullmatch(between) and first.prefix == "" \
                    and (not between.startswith(",") or prev.count.best == 1):  # (not "Two children, Mohammed, 9,")
                between = "and"  # "his wife Fatima, 29, and their daughter": the one before named with her age
            joined_by_and = between in ("and", ",", ", and", "و") and first.prefix == ""  # "3 أطفال و 3 نساء"
            if (_OF_WHICH_GROUP_AND.fullmatch(between) or _DESCRIBED_AND.fullmatch(between)) \
                    and not _counted_between(items_by_start, prev.end, first.word_start):
                joined_by_and = True  # "two members of the Asayish security forces and a civilian passenger"
            if first.prefix.startswith("و") and _OF_WHICH_GROUP_AR.fullmatch(between) \
                    and not _counted_between(items_by_start, prev.end, first.word_start):
                waw = True  # "قُتل عنصران من قوات سوريا الديمقراطية ومدني": two of the force, and one more
            if between == "," and first.category == "sources":  # (items_by_start keeps a source over its person)
                joined_by_and = False  # "wounding nine people, a local rescue worker told ...": who speaks
            if between == "," and q.outcome is None and _SPEAKS_NEXT.match(scan.text, q.end):
                continue  # "wounding three other children, a teacher told Human Rights Watch": who speaks, not hurt
            if between in (", and", "and") and q.outcome is None and first.entry.pattern.isascii():
                # "killed two men, and a boy lost his leg": after a verb told before the first, the one after has
                # a verb of its own, of another outcome (not "two men and a boy were killed": one verb for all)
                own = next((item for start, item in items_by_start.items() if q.end <= start <= q.end + 12
                            and _is_trigger(item) and scan.text[q.end : start].strip() in ("", *_AUXILIARIES)), None)
                told = next((items_by_start[start] for start in range(prev.start - 12, prev.start)
                             if start in items_by_start and _is_trigger(items_by_start[start])), None)
                if own is not None and told is not None and own.value != told.value \
                        and not any(mark in scan.text[told.end : prev.start] for mark in ";.,"):
                    joined_by_and = False
            if joined_by_and and between == "," and q.outcome is None:
                after = next((items_by_start[start] for start in range(q.end, q.end + 3) if start in items_by_start
                              and _is_trigger(items_by_start[start]) and not scan.text[q.end : start].strip()), None)
                before = next((items_by_start[start] for start in range(prev.start - 12, prev.start)
                               if start in items_by_start and _is_trigger(items_by_start[start])), None)
                if after is not None and before is not None and after.value != before.value:
                    joined_by_and = False  # "killing 6, dozens injured": the second number has a verb of its own
            if between in (", and", ",") and q.numbered and _after_breakdown(prev, items_by_start, scan) and any(
                    item.category == "casualty" and item.value in ("killed", "injured")
                    for start, item in items_by_start.items() if q.end <= start <= q.end + 15):
                joined_by_and = False  # "including a child, and 15 people were injured", "incl. 2 children, many
                # wounded": the breakdown ends there
            again = _THE_WORD_AGAIN.fullmatch(between)
            if again is not None and q.outcome is None and not q.told_after and not q.share \
                    and (scan.text[prev.start : prev.end].startswith(again.group("word"))
                         or scan.text[max(0, prev.start - 12) : prev.start].rstrip().endswith(again.group("word"))):
                # "ما أدى إلى مقتله ومقتل ابن شقيقه", "مقتل رجل ومقتل طفل": the death told again for one more
                prev.count = _add(prev.count, q.count)
                prev.kinds.extend(q.kinds)
                prev.end = q.end
                prev.exact = prev.exact and q.exact
                continue
            if (waw or joined_by_and) and not q.told_after and not q.share:  # "35 civilians and more than 50 injured": two
                # "شهيداً وجريحاً", "القتلى والجرحى": one number for two outcomes is a joint figure.
                if prev.outcome and q.outcome and prev.outcome != q.outcome:
                    if prev.numbered and not q.numbered and (q.bare or _noun_count_is_singular(q)):
                        prev.outcome = "both"
                        prev.end = q.end
                        continue
                elif prev.outcome is None and q.outcome is None and _shares_number(prev, q):
                    # "20 طفلاً ومدرساً": after numbers from 11 the singular noun, and one joined to it, share
                    # the number (20 children and teachers), unlike "7 أطفال وسيدة" (7 + 1).
                    prev.kinds = [("person", None)] + [("mixed", None)]
                    prev.end = q.end
                    continue
                elif prev.outcome is not None and q.outcome is None and waw and between == "" and q.count.best \
                        and (told := items_by_start.get(prev.start)) is not None and told.category == "casualty" \
                        and told.col(0) == "noun" and told.col(2) == "person":
                    # "ما أدى لمقتله ومرافقه": the one the word's pronoun names, and the one joined to him
                    prev.count = _add(prev.count, q.count)
                    prev.kinds.extend(q.kinds)
                    prev.end = q.end
                    continue
                elif (prev.outcome is None or prev.of_bodies) and q.outcome is None and not q.count.best == 0:
                    prev.count = _add(prev.count, q.count)
                    prev.kinds.extend(q.kinds)
                    prev.end = q.end
                    prev.exact = prev.exact and q.exact
                    prev.bare = prev.bare and q.bare
                    continue
        out.append(q)
    return out


def _appositions(quantities: list[Quantity], scan: Scan) -> list[Quantity]:
    """'two staff members, a nurse and a guard, were killed', 'two civilians, a woman and her child,', 'قتل شخصان،
    رجل وامرأة،': people named one by one between commas right after a number of as many people are those people,
    not more of them."""
    out: list[Quantity] = []
    index = 0
    while index < len(quantities):
        head = quantities[index]
        out.append(head)
        index += 1
        total = head.count.best
        if total == 1 and index < len(quantities) and _one_described(head, quantities[index], scan):
            # "killing the driver, a local man, and wounding ...": the driver is the man, one person
            head.kinds, head.end = quantities[index].kinds, quantities[index].end
            index += 1
            continue
        family = _OF_ONE_FAMILY.match(scan.text, head.end)  # "Three members of one family, a man, his wife ..."
        after = family.end() if family is not None else head.end
        opener = scan.text[after : after + 3].strip()[:1]
        if total is None or total < 2 or head.bare or head.outcome is not None and opener != "(" and not head.of_bodies \
                or opener not in (",", "،", "-", "("):
            continue  # (", a nurse and a guard,", "— a father, a mother and their two sons —": dashes read as "-";
            # "الشهداء: 2 (رجل وامرأة)": who the dead were, in brackets)
        run: list[Quantity] = []
        previous_end = after
        for q in quantities[index:]:
            between = scan.text[previous_end : q.start].strip(" ,،-(")
            if q.outcome is not None or q.bare or q.count.best is None \
                    or between not in ("", "a", "an", "and a", "and an", "and", "and his", "and her", "and their",
                                       "his", "her", "their", "و") and not (
                        between.startswith("و") and len(between) <= 2):
                break
            run.append(q)
            previous_end = q.end
            if sum(q.count.best for q in run) >= total:
                break
        closing = scan.text[previous_end : previous_end + 3].strip()[:1]
        if run and sum(q.count.best for q in run) == total and closing in (",", "،", ".", "", "-", ")"):
            head.kinds = [kind for q in run for kind in q.kinds]
            head.end = previous_end
            head.apposition = True
            index += len(run)
    return out


_OF_ONE_FAMILY = re.compile(r"\s*(?:of|from) (?:one|the same|a single) family|\s*من (?:عائله|اسره) واحده")
_OF_A_BODY_AFTER = re.compile(r" (?:of|in|with) (?:the |an? )")
_A_PLAIN_DESCRIPTION = re.compile(r"\s*,\s*an? (?:[a-z]+ ){0,2}$")  # ", a local ", ", a local council "
_ONE_KNOWN_BEFORE = re.compile(r"\b(?:its|the|his|her|their)\s+$")  # "its owner", "the driver": one already known


def _one_described(head: Quantity, q: Quantity, scan: Scan) -> bool:
    """'the driver, a local man,': one person named by role, then said to be a man, woman or child (or a member of a
    body)."""
    if not (head.outcome is None and q.outcome is None and head.kinds in ([("other", 1)], [("person", 1)])
            and q.count.best == 1 and len(q.kinds) == 1
            and _A_PLAIN_DESCRIPTION.fullmatch(scan.text, head.end, q.start) is not None):
        return False
    if q.kinds[0][0] in ("man", "woman", "child"):
        return scan.text[q.end : q.end + 2].strip()[:1] == ","
    # ("killing its rider, a former member of a pro-government militia": what the one just named once was)
    return q.kinds[0][0] in ("other", "person") and (
        _OF_A_BODY_AFTER.match(scan.text, q.end) is not None
        # ("wounding its owner, a local council official, and two passers-by": the one known, then what he is; not
        # "a farmer, a shepherd, and two children", three people listed)
        or scan.text[q.end : q.end + 2].strip()[:1] == ","
        and _ONE_KNOWN_BEFORE.search(scan.text, max(0, head.start - 8), head.start) is not None)


def _shares_number(prev: Quantity, q: Quantity) -> bool:
    first_number = prev.kinds[0][1] if prev.kinds else None
    return (prev.numbered and not q.numbered and first_number is not None and first_number >= 11
            and len(prev.kinds) == 1 and q.count.best == 1 and len(q.kinds) == 1)


def _noun_count_is_singular(q: Quantity) -> bool:
    return q.count.best == 1 and q.kinds == [("person", 1)]


def _add(a: Count, b: Count) -> Count:
    if a.best is None or b.best is None:
        return Count(low=(a.low or 0) + (b.low or 0), best=None, high=None)
    high = None if a.high is None or b.high is None else a.high + b.high
    return Count(low=(a.low or 0) + (b.low or 0), best=a.best + b.best, high=high)


def _breakdown(kinds: list[tuple[str, int | None]], full_enumeration: bool) -> tuple[int | None, int | None]:
    """Children and women in a list of victims; kinds not listed are 0 only when every victim is listed."""
    result: dict[str, int | None] = {}
    for target in ("child", "woman"):
        listed = [n for kind, n in kinds if kind == target]
        if listed:
            result[target] = None if any(n is None for n in listed) else sum(listed)
        elif full_enumeration and not (target == "child" and any(kind == "male" for kind, _ in kinds)) \
                and not (target == "woman" and all(kind == "child" for kind, _ in kinds)):
            result[target] = 0  # "a man and his son": no woman, but the son may be a child (and children only
            # say nothing of women: "الطفل محمد (12 عاماً) وشقيقته سارة (9 أعوام)")
        else:
            result[target] = None
    return result["child"], result["woman"]


def _is_full_enumeration(kinds: list[tuple[str, int | None]]) -> bool:
    specific = all(kind in ("child", "woman", "man", "male") and n is not None for kind, n in kinds)
    return specific and (len(kinds) >= 2 or kinds[0][0] == "man")


_RECOVERED_BEFORE = re.compile(r"\b(?:pulled|pulled out|recovered|retrieved|dug out)\s+(?:the )?$"
                               r"|(?<!\S)(?:انتشل|انتشلت|انتشلوا|اخرج|اخرجت|اخرجوا)\s+$")
_TOLD_WHERE_AFTER = re.compile(r"\s+(?:سقطوا|سقط|قضوا|كانوا) (?:في|ب\w*|جراء) ")
_POSSESSIVE = re.compile(r"['’]s ")
_A_BODY_NAMED_FOR = re.compile(r"(?<!\S)(?:ل|ب)?(?:مجلس|اتحاد|منظمه|جمعيه|لجنه|دار|مشفي|مستشفي|مخيم|مدرسه|مركز|هيئه|بيت) $")


# what opens a line of a list ("- ", "1- ", "• "; a channel's arrow: "🔻 ")
# (and a live page's time of each entry: "11:40 - Civil Defence: ...")
LIST_MARK = re.compile(r"\s*(?:[-•*▪◾🔸🔹🔻🔺▫◽➖]|\d{1,2}[-.)]|\d{1,2}\ufe0f?\u20e3|\d{1,2}:\d\d ?[-–—])\s*")  # ("1️⃣")


def _one_named_by_work(items: list[Item], scan: Scan) -> list[Item]:
    """'shot dead a doctor': the words the lexicon reads as a source ("a doctor said ...") are one person when a
    killing or wounding word comes right before them."""
    people: dict[int, Item] = {}
    for index, item in enumerate(items):
        if item.category != "sources" or item.entry.pattern not in _ONE_BY_WORK \
                or _POSSESSIVE.match(scan.text, item.end):
            continue  # (not "killed a doctor's wife": the one whose wife she was)
        before = next((other for other in reversed(items[:index]) if other.category == "casualty"
                       and other.end <= item.word_start), None)
        if before is not None and before.value in ("killed", "injured") and (
                scan.gap(before, item) == 0 or scan.between(before, item).strip() == "the"):  # ("killed the mayor")
            person = Entry("casualty", item.entry.pattern, "", ("person", "1", "other"))
            people[index] = Item(item.start, item.end, person, item.prefix, None, "casualty", "")
    return [people.get(index, item) for index, item in enumerate(items)] if people else items


_ONE_BY_WORK = frozenset({"a doctor", "mayor", "a rescuer", "a local rescuer"})  # ("wounded a rescuer")


def struck_by_what_follows(number: Item, following: Item | None) -> bool:
    """'2 بقصف مدفعي', '1 برصاص مجهولين': a number, then the attack that struck them (its "ب" right after)."""
    return number.number is not None and following is not None and following.category == "attack" \
        and following.prefix.startswith("ب") and following.word_start - number.end <= 1


_DUAL_PRONOUN = re.compile(r"[^\W\d_]+هما(?!\w)")  # "لإصابتهما", "مقتلهما": the death or wound of the two


def _who_a_rows_note_names(figures: list[Figure], quantities: list[Quantity], scan: Scan) -> list[Figure]:
    """'| 9 June | Ihsim | 1 | 0 | a child |': the people a table row's note names are those of its one count that is
    not zero."""
    if not scan.column_outcomes:
        return figures
    counted = [f for f in figures if f.start in scan.column_outcomes and f.count.best]
    if len(counted) != 1 or counted[0].children is not None or counted[0].women is not None:
        return figures
    figure = counted[0]
    line_end = scan.text.find("\n", figure.end)
    line_end = len(scan.text) if line_end == -1 else line_end
    noted = [q for q in quantities if figure.end < q.start < line_end and q.outcome is None and q.count.best
             and "|" in scan.text[figure.end : q.start]]
    if not noted or sum(q.count.best for q in noted) != figure.count.best:
        return figures
    children, women = _breakdown([kind for q in noted for kind in q.kinds], True)
    return [replace(f, children=children, women=women) if f is figure else f for f in figures]


def find_figures(items: list[Item], scan: Scan, carried: str | None = None) -> list[Figure]:
    """All casualty figures in one clause; `carried`: the outcome of the toll the clause goes on counting (its
    first number with no casualty word of its own counts that: "..., و3 بينهم سيدة في قصف على قرية البارة")."""
    if any(_POSSESSIVE.match(scan.text, item.end) for item in items if _is_person(item)):
        # "a doctor's wife", "the commander's son": the one whose relative it is was not hurt
        items = [item for index, item in enumerate(items)
                 if not (_is_person(item) and _POSSESSIVE.match(scan.text, item.end) and (
                     index + 1 < len(items) and _is_person(items[index + 1]) and scan.gap(item, items[index + 1]) == 0
                     # "the women's council", "a children's hospital": whose it is, not people counted
                     or item.col(1) == "pl"))]
    if any(_is_person(item) and _A_BODY_NAMED_FOR.search(scan.text, max(0, item.word_start - 12), item.word_start)
           for item in items):
        # "مجلس المرأة", "مشفى الأطفال", "دار الأيتام": a body named for the people it serves, no one counted
        items = [item for item in items if not (
            _is_person(item) and _A_BODY_NAMED_FOR.search(scan.text, max(0, item.word_start - 12), item.word_start))]
    items = _one_named_by_work(items, scan)
    if any(i.number is not None for i in items) and " of " in scan.text:
        # "a girl of nine was killed": her age, not a count
        items = [item for previous, item in zip([None, *items], items) if not (
            item.number is not None and previous is not None and _is_person(previous) and previous.col(1) == "1"
            and scan.text[previous.end : item.word_start] == " of ")]
    quantities, used = _quantities(items, scan)
    items_by_start = {item.start: item for item in items}
    quantities = _join_chains(_appositions(quantities, scan), items_by_start, scan)
    triggers = [(index, item) for index, item in enumerate(items) if _is_trigger(item) and index not in used]
    breaks = [item for item in items if item.category == "cues" and item.value in _BREAKDOWNS]
    breaks_after = [item for item in items if item.category == "cues" and item.value in _BREAKDOWNS_AFTER]
    additions = [item for item in items if item.category == "cues" and item.value == "addition"]
    # "لترتفع الحصيلة إلى ...", "bringing the toll to ...": a total that replaces the figures before it
    rises = [item for item in items if item.category == "cues" and (
        item.value == "rise" or item.value == "aggregate" and item.entry.pattern in BRINGING)]
    subsets_of_next = [item for item in items if item.category == "cues" and item.value == "subset_of_next"]
    between_nouns = [item for item in items if _is_casualty_noun(item)]

    figures: list[Figure] = []
    unsaid: list[Quantity] = []  # numbered people with no casualty word of their own
    unsaid_breakdown: dict[int, tuple[int | None, int | None]] = {}
    skip_until = -1
    subset: Quantity | None = None  # "three children were among ...": a breakdown of the figure that follows
    for q in quantities:
        if q.start < skip_until:
            continue
        if q.of_casualties and not figures:
            continue  # "..., who said 17 of the dead were civilians": the toll was told before, this is part of it
        if q.outcome is None and subsets_of_next and any(
                c.start >= q.end and not scan.text[_after_aside(q.end, c.start, scan) : c.start].strip()
                for c in subsets_of_next):  # ("two boys, aged 8 and 11, were among the five killed")
            subset = q
            continue
        # A breakdown ("بينهم 7 أطفال وسيدة") belongs to the figure before it.
        brk = next((b for b in breaks if (not figures or figures[-1].end <= b.start) and b.start < q.start
                    and _only_describes(scan.text[b.end : q.start])
                    and (not any(b.end <= i.start < q.start for i in items)
                         or _FAMILY_OF.match(scan.text[b.end : q.start]))), None)
        if brk is not None and not figures and brk.value != "breakdown" and q.outcome is not None:
            brk = None  # "ومن بين الشهداء 12 شهيداً سقطوا جراء قصف ... على الرستن": a share told as a toll of its own
        if brk is not None and not figures:
            if unsaid and unsaid[-1].end <= brk.start:  # kept in case the figure turns out to be the dead
                unsaid_breakdown[id(unsaid[-1])] = _breakdown(q.kinds, full_enumeration=False)
            elif (brk.value != "breakdown" or carried is not None and brk is items[0]) and not unsaid:
                # "Among the dead were five children": the toll was told before; its breakdown, with no figure (on
                # its own, at least that many: "Among the wounded were two of its volunteers"; "... killing six
                # people. Among them were two schoolchildren": of the toll the sentence before told)
                children, women = _breakdown(q.kinds, full_enumeration=False)
                count = Count(low=q.count.low, best=None, high=None) if q.numbered and q.count.low else BARE
                figures.append(Figure(_BREAKDOWNS[brk.value] or carried, count, brk.word_start, q.end, children,
                                      women, bare=True))
            continue  # else a breakdown of a figure we could not read
        after = next((b for b in breaks_after if b.start >= q.end and not scan.text[q.end : b.start].strip()), None)
        if brk is None and not figures and after is not None and _BREAKDOWNS_AFTER[after.value] and not unsaid:
            # "Two children were among the dead": the breakdown of a toll told in an earlier sentence; on its own,
            # at least that many
            children, women = _breakdown(q.kinds, full_enumeration=False)
            count = Count(low=q.count.low, best=None, high=None) if q.numbered and q.count.low else BARE
            figures.append(Figure(_BREAKDOWNS_AFTER[after.value], count, q.start, after.end, children, women,
                                  bare=True))
            continue
        if brk is None and figures and figures[-1].outcome != "both" and (q.share or after is not None):
            brk = figures[-1]  # "at least 36 people dead — 12 children among them"
        named = _BREAKDOWNS.get(getattr(brk, "value", None))  # "بين المصابين": the outcome the breakdown is of
        if named is not None and figures[-1].outcome != named:
            # "انتشلت جثث الضحايا ... وأن بين المصابين امرأتين": not of the figure just before, of the other one
            of_named = next((f for f in reversed(figures) if f.outcome == named), None)
            if of_named is None:
                children, women = _breakdown(q.kinds, full_enumeration=False)
                figures.append(Figure(named, BARE, brk.word_start, q.end, children, women, bare=True))
                continue
        if brk is not None and (named is not None or figures[-1].outcome != "both"):
            children, women = _breakdown(q.kinds, full_enumeration=False)
            last = of_named if named is not None and figures[-1].outcome != named else figures[-1]
            if children is not None:
                last.children = children
            if women is not None:
                last.women = women
            last.end = max(last.end, q.end)
            continue
        outcome = q.outcome
        if outcome is None and _MISSING_AFTER.match(scan.text, q.end):
            continue  # "seven people were killed and eight staff members are missing": not a toll
        if outcome is None:
            outcome = _outcome_from_triggers(q, triggers, items, scan)
        # "أصيب ثلاثة طلاب بالإضافة إلى مدني آخر": the people added join the figure before them.
        added = next((a for a in additions if figures and figures[-1].end <= a.start < q.start), None)
        if added is not None and (outcome is None or figures[-1].outcome == outcome):
            last = figures[-1]
            if scan.gap(_Span(last.end, last.end), added) <= 3 and not last.bare:
                last.count = _add(last.count, q.count)
                children, women = _breakdown(q.kinds, False)
                if children is not None and last.children is not None:
                    last.children += children
                last.end = q.end
                last.exact = last.exact and q.exact
                continue
        if outcome is None:
            if (q.numbered or carried is not None and q.count.best) and not q.bare and not figures:
                unsaid.append(q)  # (with a toll carried on, "ورجلان برصاص قناص": two men, its share)
            continue
        if outcome == "split":
            figures.append(Figure("killed", BARE, q.start, q.end, bare=True))
            figures.append(Figure("injured", BARE, q.start, q.end, bare=True))
            continue
        # "45 مدنياً بين قتيل وجريح": a joint figure, never split.
        after = [n for n in between_nouns if q.end <= n.start and scan.text[q.end : n.start].strip() in ("بين", "ما بين")]
        if after:
            outcome = "both"
            pair = [n for n in between_nouns if n.start >= after[0].start][:2]
            skip_until = pair[-1].end
        full = _is_full_enumeration(q.kinds) if q.kinds else False
        children, women = _breakdown(q.kinds, full) if outcome != "both" else (None, None)
        pronoun = _DUAL_PRONOUN.match(scan.text, q.start) is not None
        if outcome != "both" and (scan.text.startswith("both", q.start) or pronoun) \
                and all(k == "person" for k, _ in q.kinds) \
                and (told := next((u for u in reversed(unsaid if not pronoun else quantities)
                                   if u.count.best == 2 and u.kinds and u.end <= q.start and u.outcome is None), None)):
            # "struck two men riding a motorcycle ..., killing both": the two just told (and "انفجار لغم أرضي بطفلين
            # ... ما أدى لإصابتهما": the two the pronoun names)
            children, women = _breakdown(told.kinds, _is_full_enumeration(told.kinds))
        if subset is not None and outcome != "both":
            within = _breakdown(subset.kinds, full_enumeration=False)
            children, women = within[0] if within[0] is not None else children, \
                within[1] if within[1] is not None else women
        subset = None
        if _WHOSE_BEFORE.search(scan.text, max(0, q.start - 8), q.start) \
                or _THE_DEAD_INCLUDED.search(scan.text, max(0, q.start - 50), q.start):
            # (and "The dead in Maarshurin included a woman and her four children": some of the dead, who they were)
            # "said Umm Khaled, whose two sons were wounded when a barrel bomb hit their building": her own among
            # the victims, at least that many, not the toll
            figures.append(Figure(outcome, Count(low=q.count.low, best=None, high=None), q.start, q.end, children,
                                  women, bare=True))
            continue
        if q.bare and outcome == "injured" and _TENDING_BEFORE.search(scan.text, max(0, q.start - 24), q.start):
            continue  # "as they were evacuating wounded civilians": the wounded the victims were helping, no toll here
        # "ارتفعت الحصيلة إلى 13 قتيلاً، بعد وفاة طفلة": the rise updates the toll, not each death told after it.
        rose = not q.bare and (q.now or any(r.start < q.start for r in rises)) \
            and not any(f.updated and f.outcome == outcome for f in figures)
        figures.append(Figure(outcome, q.count, q.start, q.end, children, women, q.exact, q.bare, rose,
                              recovered=q.of_bodies, by_name=not q.numbered and bool(q.kinds)
                              and all(n == 1 for _, n in q.kinds),
                              nth=next((n for word, n in _NTH_OF_THEM.items() if scan.text.startswith(word, q.start)),
                                       None) or _rank_before(scan.text, q.start)))
    if carried is not None and items and items[0].number is not None and not any(f.outcome == carried for f in figures) \
            and not any(q.start <= items[0].start < q.end for q in quantities) \
            and (LIST_MARK.fullmatch(scan.text, scan.text.rfind("\n", 0, items[0].start) + 1, items[0].word_start)
                 or _MORE_AFTER.match(scan.text, items[0].end)  # ("... on Tuesday and three more on Wednesday")
                 # (and a share of a total told inline: "...: 2 بقصف مدفعي على ريف إدلب، و1 برصاص مجهولين في درعا")
                 or len(items) > 1 and struck_by_what_follows(items[0], items[1])
                 or A_SHARE_IN_A_TOWN.match(scan.text, items[0].end)  # ("، واثنان في قرية حاس بقصف ...")
                 or A_SHARE_IN.match(scan.text, items[0].end)  # (": six in Maarat al-Noaman and three in Kafruma")
                 or SHARE_STRUCK_BY.match(scan.text, items[0].end)  # (": 3 in regime shelling on Kansafra")
                 or WHO_THEY_WERE.match(scan.text, items[0].end)):  # ("and two were workers at the X station")
        # "- 3 في محافظة إدلب، بينهم طفل، قتلوا بقصف ...", "- 2 برصاص مسلحين مجهولين": a list line's number alone,
        # the count of the toll over the list; the people said after "بينهم" are its breakdown
        count = items[0].number
        shares = [q for q in quantities if q.start > items[0].end and _after_breakdown(q, items_by_start, scan)]
        children, women = _breakdown([kind for q in shares for kind in q.kinds], False)
        figures = sorted(figures + [Figure(carried, Count(low=count, best=count, high=count), items[0].start,
                                           items[0].end, children, women, True, False)], key=lambda f: f.start)
    if carried is not None and unsaid and not any(f.outcome == carried for f in figures):
        q = unsaid[0]
        children, women = unsaid_breakdown.get(id(q)) or _breakdown(
            q.kinds, _is_full_enumeration(q.kinds) if q.kinds else False)
        figures = sorted(figures + [Figure(carried, q.count, q.start, q.end, children, women, q.exact, q.bare)],
                         key=lambda f: f.start)
    figures = _who_a_rows_note_names(figures, quantities, scan)
    figures = _with_the_one_named_before(figures, scan)
    figures = _with_those_of_the_dead(items, figures, scan)
    figures = _one_of_the_two_told_before(items, figures, scan)
    figures = _all_of_one_kind(items, figures, scan)
    return _another_tellers_count(items, _dead_before_others(unsaid, unsaid_breakdown, figures, scan), scan)


_ALL_OF_THEM = re.compile(r"[,،]?\s*(?:all of them|all|جميعهم|كلهم)(?: were)?\s+(children|kids|women|"
                          r"(?:من )?(?:ال)?اطفال|(?:من )?(?:ال)?نساء)(?!\w)")


def _all_of_one_kind(items: list[Item], figures: list[Figure], scan: Scan) -> list[Figure]:
    """'killed 3 people in Kafr Batikh on Sunday, all of them children', 'قتل 3 مدنيين جميعهم أطفال': the whole toll
    of one kind (written by hand: a pronoun's scope, no lexicon entry)."""
    if not items or not figures:
        return figures
    for match in _ALL_OF_THEM.finditer(scan.text, figures[0].end, min(len(scan.text), items[-1].end + 40)):
        told = next((f for f in reversed(figures) if f.end <= match.start() and f.exact and not f.bare
                     and f.count.best and f.count.best >= 2 and f.outcome in ("killed", "injured")), None)
        if told is None or told.children is not None or told.women is not None:
            continue
        if match.group(1) in ("children", "kids") or match.group(1).endswith("اطفال"):
            told.children = told.count.best
        else:
            told.women = told.count.best
    return figures


def _another_tellers_count(items: list[Item], figures: list[Figure], scan: Scan) -> list[Figure]:
    """'قتل 7 مدنيين بحسب الدفاع المدني، و9 بحسب المرصد السوري': a bare number after "و"/"and" with its own teller
    right after it is another count of the toll just told."""
    for index, item in enumerate(items[:-1]):
        told = items[index + 1]
        if item.number is None or not (item.prefix.startswith("و") or scan.text.endswith(" and ", 0, item.word_start)) \
                or told.category != "cues" or told.value != "attribution" or scan.gap(item, told) != 0 \
                or any(f.start <= item.start < f.end for f in figures):
            continue
        before = next((f for f in reversed(figures) if f.end <= item.start and f.exact and not f.bare), None)
        if before is not None and before.outcome in ("killed", "injured"):
            count = Count(low=item.number, best=item.number, high=item.number)
            figures = sorted(figures + [Figure(before.outcome, count, item.start, item.end, exact=True)],
                             key=lambda f: f.start)
    return figures


def _dead_before_others(unsaid: list[Quantity], breakdowns: dict[int, tuple[int | None, int | None]],
                        figures: list[Figure], scan: Scan) -> list[Figure]:
    """'أن 11 مدنياً بينهم 7 أطفال وأصيب 44 آخرون': the verb of the dead is left out, and "the others" who were
    injured say who the first were. Only the first figure of the clause, and only when nobody is said killed."""
    if not unsaid or any(f.outcome in ("killed", "both") for f in figures):
        return figures
    others = next((f for f in figures if f.outcome == "injured" and f.start > unsaid[0].end
                   and any(word in _OTHER_ADJECTIVES for word in scan.text[f.start : f.end].split())), None)
    if others is None:
        return figures
    q = unsaid[0]
    children, women = breakdowns.get(id(q)) or _breakdown(q.kinds, _is_full_enumeration(q.kinds) if q.kinds
                                                           else False)
    dead = Figure("killed", q.count, q.start, q.end, children, women, q.exact, q.bare)
    return sorted(figures + [dead], key=lambda f: f.start)


_WHOSE_BEFORE = re.compile(r"\bwhose $")  # ("said Umm Khaled, whose two sons were wounded": her own, a few of many)
_WOUNDED_IN = re.compile(r" (?:in|by|during)\b")  # ("a boy wounded in Friday's shelling": the word describes him)


def _outcome_from_triggers(q: Quantity, triggers: list[tuple[int, Item]], items: list[Item],
                           scan: Scan) -> str | None:
    """The casualty word nearest the quantity: before it ('قتل 9'), or after it ('12 مدنياً قتلوا')."""
    left = [(index, t) for index, t in triggers if t.end <= q.start]
    right = [t for _, t in triggers if t.start >= q.end]
    best: tuple[int, int, str] | None = None
    if left:
        nearest = left[-1][1]
        fake = _Span(q.start, q.end)
        gap = scan.gap(nearest, fake)
        if gap > _LEFT_WINDOW and not nearest.entry.pattern.isascii():
            # "اغتال مسلحون مجهولون، مساء اليوم الخميس، الشاب ...": the verb, its subject, the time, then its object
            told = sum(len(scan.text[i.word_start : i.end].split()) for i in items
                       if nearest.end <= i.start and i.end <= q.start and i.category in ("actors", "time"))
            gap = max(0, gap - told)
        if gap > _LEFT_WINDOW and nearest.entry.pattern.isascii() \
                and _ONE_DESCRIBED.fullmatch(scan.text, nearest.end, q.start) \
                and not any(nearest.end <= i.start < q.start and (i.category == "casualty" or i.number is not None)
                            for i in items):
            gap = _LEFT_WINDOW  # "killed a senior al-Qaeda-linked commander": one person, however described
        if gap <= _LEFT_WINDOW and _TAKEN_AWAY.search(scan.text, nearest.end, q.start):
            gap = _LEFT_WINDOW + 1  # "shot dead three shepherds and kidnapped two others": the others were taken
        if gap <= _LEFT_WINDOW and "." not in scan.text[nearest.end : q.start] \
                and ";" not in scan.text[nearest.end : q.start]:  # ("was killed; her mother ... were wounded")
            outcome = nearest.value
            # "قتل وأصيب عدد من الأشخاص": two joined casualty verbs before one figure make it a joint one,
            # unless the first is the verb of the people just before it ("ستة مدنيين قتلوا وأصيب 14 آخرون").
            if len(left) >= 2:
                index, other = left[-2]
                if other.value != outcome and scan.gap(other, nearest) == 0 and nearest.prefix.startswith("و") \
                        and not _told_of_people_before(items, index, scan):
                    outcome = "both" if not q.bare else "split"
            # "Two women died and nine people were injured": in English a verb after "and" has its own subject.
            # (and "&", which a post's "+" reads as: "2 kids killed + 5 injured")
            joined = scan.text[nearest.end : q.start].split()[:1]
            if nearest.entry.pattern.isascii() and (gap > 0 and joined == ["and"] or joined == ["&"]):
                gap = _LEFT_WINDOW + 1
            # "2 children killed, 5 civilians injured": a verb before a comma is the people's before it
            if nearest.entry.pattern.isascii() and scan.text[nearest.end : q.start].strip() == "," and right \
                    and right[0].entry.pattern.isascii() and scan.gap(q, right[0]) == 0:
                gap = _LEFT_WINDOW + 1
            best = (gap, 0, outcome)
    if right and right[0].value == "injured" and right[0].entry.pattern.isascii() and scan.gap(q, right[0]) == 0 \
            and _WOUNDED_IN.match(scan.text, right[0].end) and any(
                t.value == "killed" and t.entry.pattern.startswith(("died", "succumbed"))
                and "." not in scan.text[right[0].end : t.start] for t in right[1:]):
        return "killed"  # "A 12-year-old boy wounded in Friday's shelling died of his wounds on Sunday": he died
    if right:
        nearest = right[0]
        # "At least five civilians, including two children, were killed": the breakdown set off by commas
        # stands between the people and their verb.
        # ("Three members of the al-Hussein family, including two girls, were killed": the family, then the aside)
        family = _OF_A_NAMED_FAMILY.match(scan.text, q.end, nearest.start)
        end = _after_aside(family.end() if family is not None else q.end, nearest.start, scan)
        if end == q.end and len(q.kinds) >= 2 and (named := _NAMED_AGE_AFTER.match(scan.text, end, nearest.start)):
            end = named.end()  # "..., his wife Fatima, 29, and their daughter Rahaf, 4, were killed": the list's last
            # one named with her age
        named_who = _NAMED_THEN_WHO.match(scan.text, end, nearest.start) \
            or _NAMED_FROM_HIS_TOWN.fullmatch(scan.text, end, nearest.word_start) \
            or _NAMED_OF_HIS_TOWN.fullmatch(scan.text, end, nearest.word_start)
        if named_who is not None:
            end = named_who.end()  # "ينعي الطفل أحمد (9 أعوام) الذي قضى متأثراً بجراحه": the child named, who died
            # (with no age: "ينعى ... الشاب خالد العمر، الذي استشهد")
        if q.count.best == 1 and (name := _ONE_NAME_SET_OFF.match(scan.text, end, nearest.start)) is not None:
            end = name.end()  # "A seven-year-old girl, Rahaf, was killed": her name set off by commas
        if q.count.best == 1 and (age := _AGE_BETWEEN_COMMAS.match(scan.text, end, nearest.start)) is not None:
            end = scan.text.index(",", age.end()) + 1  # "The girl, 14, was wounded": her age set off by commas
        doing = _DOING_BEFORE_THE_VERB.match(scan.text, end, nearest.start)
        if doing is not None:
            end = doing.end()  # "Eleven people queuing for bread were killed": what they were doing
        of_group = _OF_GROUP.match(scan.text, end, nearest.start)
        if of_group is not None:
            end = of_group.end()  # "a member of the SDF was shot dead", "a third person in the car was wounded"
            # (and "Two men on a motorcycle were killed", "A volunteer with the White Helmets was killed")
        if (q.apposition or q.count.best == 1 and _NAME_THEN_WHO_HE_WAS.search(scan.text, max(0, q.start - 40), q.start)) \
                and scan.text[end : nearest.start].lstrip().startswith((",", "،")):
            # (and "Ahmad, a 34-year-old volunteer with the White Helmets, was killed": who the one named was)
            end = scan.text.index(scan.text[end : nearest.start].lstrip()[0], end) + 1
        gap = scan.gap(_Span(q.start, end), nearest)
        # ("killed a girl and a teacher and wounded six": in English a verb after "and" has its own object)
        opens_clause = nearest.prefix.startswith("و") or "," in scan.text[end : nearest.start] \
            or nearest.entry.pattern.isascii() and scan.text[end : nearest.start].split() == ["and"] and bool(left)
        if gap <= _RIGHT_WINDOW and "." not in scan.text[end : nearest.start].replace("incl.", "incl") \
                and not opens_clause:  # ("3 civs incl. a woman killed": an abbreviation, not a sentence's end)
            if best is None or gap < best[0]:
                best = (gap, 1, nearest.value)
    return best[2] if best else None


_MORE_AFTER = re.compile(r" more\b")
_THE_DEAD_INCLUDED = re.compile(r"\b(?:the dead|those killed|the victims)(?: in [\w'’-]+(?: [\w'’-]+)?)? (?:included|include) (?:an? |the )?$")
_TENDING_BEFORE = re.compile(r"\b(?:evacuating|rescuing|treating|carrying|helping|transporting) (?:the )?"
                             r"(?:wounded |injured )?$|(?<!\S)(?:ب?اسعاف|انقاذ|ب?نقل) (?:جرحي |المصابين )?$")
_TAKEN_AWAY = re.compile(r"\b(?:kidnapp?(?:ed|ing)|abduct(?:ed|ing)|arrest(?:ed|ing)|detain(?:ed|ing))\b|(?:^|\s)و?(?:اختطف|خطف|اعتقل)\w*(?:\s|$)")
# ("four pupils, the youngest seven years old, were killed": how old the youngest or eldest was)
_ASIDE_OPENERS = ("including", "incl.", "incl ", "among them", "among whom", "many of them", "most of them", "mostly", "all ",
                  "both ", "aged",
                  "the youngest", "the eldest", "the oldest",
                  "بينهم", "من بينهم", "منهم", "جميعهم", "كلهم")


_OF_KIND_AFTER = re.compile(r"\s+من\s+(الاطفال|النساء)(?!\w)")
_MISSING_AFTER = re.compile(r"\s+(?:are|were|was|is|remain|remained)\s+(?:still\s+)?missing\b")
_ALONG_WITH = re.compile(r"\b(?:was|has been) (killed|wounded|injured) along with (?:his |her )?$")
# "Mahmoud Hamadi, 41, " / "Dr. Amer Khalil " opening its sentence: one person told by name
_A_NAMED_ONE = re.compile(r"(?:^|[.!?\n]\s*)(?:(?:Dr|Mr|Mrs|Ms)\.? )?[A-Z][a-z'’-]+(?: (?:al-|el-)?[A-Z][a-z'’-]+){1,3}"
                          r"(?:, (?:aged )?\d{1,2},)? $")


# ("Six of the dead were guards at an oil field near Derik": where a share of them was; not "named eight of the victims",
# "10 of the dead were from one family")
_OF_THE_DEAD = re.compile(r" of the (?:dead|killed|victims)(, (?:among them|including) [^,.]{3,60},)? (?:were|was) "
                          r"(?:[\w-]+ ){0,2}(?:at|in|near)\b")


def _with_those_of_the_dead(items: list[Item], figures: list[Figure], scan: Scan) -> list[Figure]:
    """'Six of the dead were guards at an oil field near Derik': a share of the dead told before, counted (the bare
    "the dead" it is taken from counts no one more)."""
    number = next((i for i in items if i.number is not None and _OF_THE_DEAD.match(scan.text, i.end)), None)
    if number is None or any(f.start <= number.start < f.end or f.start == number.start for f in figures):
        return figures
    after = _OF_THE_DEAD.match(scan.text, number.end)
    children = women = None
    if after.group(1):  # "Seven of the dead, among them three children, were killed in ...": its breakdown
        children, women = counted_in_aside([i for i in items if after.start(1) <= i.start < after.end(1)], scan)
    kept = [f for f in figures if not ((f.bare or after.group(1)) and number.end <= f.start <= after.end())]
    return sorted(kept + [Figure("killed", Count(low=number.number, best=number.number, high=number.number),
                                 number.start, after.end(), children, women, exact=True)], key=lambda f: f.start)


_ONE_OF_THE_TWO = frozenset({"مقتل احدهما", "مقتل احداهما", "مقتل الاخر", "اصابه احدهما", "اصابه الاخر",
                             "اصابه الاخري"})
_BREAKDOWN_OF_ONE = {"man": (0, 0), "woman": (0, 1), "child": (1, 0)}


def _one_of_the_two_told_before(items: list[Item], figures: list[Figure], scan: Scan) -> list[Figure]:
    """'أطلق مسلحون النار على شابين ... ما أدى إلى مقتل أحدهما وإصابة الآخر': each one of the two people named
    before is of their kind (a young man: no child, no woman)."""
    ones = {item.start for item in items if item.category == "casualty" and item.entry.pattern in _ONE_OF_THE_TWO}
    if not ones:
        return figures
    first = min(ones)
    sentence = max(scan.text.rfind(".", 0, first), scan.text.rfind("\n", 0, first))
    two = next((i for i in reversed(scan.items) if sentence < i.start < first and _is_person(i) and i.col(1) == "2"),
               None)
    if two is None or two.col(2) not in _BREAKDOWN_OF_ONE:
        return figures
    children, women = _BREAKDOWN_OF_ONE[two.col(2)]
    return [replace(f, children=children, women=women)
            if f.start in ones and f.count.best == 1 and f.children is None and f.women is None else f
            for f in figures]


def counted_in_aside(aside: list[Item], scan: Scan, singulars: bool = False) -> tuple[int | None, int | None]:
    """The children and the women a toll's aside counts ("among them three children", "بينهم 3 أطفال"), each a number
    right before its person; with `singulars`, also a person told by the singular or the dual with no number ("و4
    بينهم امرأة")."""
    children = women = None
    counts = [(c.number, p) for c, p in zip(aside, aside[1:])
              if c.number is not None and _is_person(p) and scan.gap(c, p) == 0]
    if singulars:
        counts += [(int(p.col(1)), p) for p in aside if _is_person(p) and p.col(1) in ("1", "2")
                   and not any(c.number is not None and scan.gap(c, p) == 0 for c in aside)]
    for count, person in counts:
        if person.col(2) == "child":
            children = (children or 0) + count
        elif person.col(2) == "woman":
            women = (women or 0) + count
    return children, women


def _with_the_one_named_before(figures: list[Figure], scan: Scan) -> list[Figure]:
    """'Mahmoud Hamadi, 41, was killed along with his wife and their eight-year-old son': the one named before "along
    with" is counted with those after it (three killed)."""
    out = []
    for figure in figures:
        along = _ALONG_WITH.search(scan.text, max(0, figure.start - 48), figure.start)
        if along is not None and figure.count.best is not None and figure.outcome == (
                "killed" if along.group(1) == "killed" else "injured"):
            a, _ = scan.norm.to_original(along.start(), along.end())
            if _A_NAMED_ONE.search(scan.norm.original, max(0, a - 60), a):
                total = figure.count.best + 1
                figure = replace(figure, count=Count(low=total, best=total, high=total), exact=True)
        out.append(figure)
    return out


_PASSIVE = r"(?:was|were|had been|has been|have been)"  # the auxiliary before "killed", "wounded"
_OF_A_NAMED_FAMILY = re.compile(r" of the [\w'-]+(?: [\w'-]+)? family\b")
_OF_GROUP = re.compile(r" (?:(?:of|in|inside|at|on) (?:the |a |an )?|with the )[\w-]+(?: (?!said\b|says\b|told\b)[^\W\d][\w-]*){0,3}"
                       rf"(?=,? {_PASSIVE} )")
# ": six in Maarat al-Noaman and three in Kafruma": a number, then the place of its share (the place's words, group 1)
A_SHARE_IN = re.compile(r" in ([a-z][\w'-]*(?: [a-z][\w'-]*){0,2}?)(?= and\b|,|\.|$)")
# "...: 3 in regime shelling on Kansafra, 2 by Russian airstrikes on Kafr Ouid": a share, then the attack that struck it
SHARE_STRUCK_BY = re.compile(r" (?:civilians? |people )?(?:in|by) (?:an? |the )?(?:[\w-]+ ){0,2}?(?:shelling|air ?strikes?|"
                             r"airstrikes?|strikes?|raids?|explosions?|landmines?|drone strikes?|gunfire|sniper fire|"
                             r"bombing|rocket fire|shells)\b")
A_SHARE_IN_A_TOWN = re.compile(r"\s+(?:منهم\s+)?(?:في|ب)\s*(?:بلده|مدينه|قريه|مخيم|حي)\s")
_DOING_BEFORE_THE_VERB = re.compile(r" (?!being\b)[a-z]{3,}ing(?: (?!said\b|says\b|told\b)[a-z][\w-]*){0,9}"
                                    rf"(?= {_PASSIVE} )")
_ONE_NAME_SET_OFF = re.compile(r", [^\W\d_]+(?: [^\W\d_]+){0,2},(?= (?:was|is|had been|has been) )")
_NAME_THEN_WHO_HE_WAS = re.compile(r"(?:^|[.!?\n]\s*)[^\W\d_]+(?: [^\W\d_]+){0,3}, an? $")
_AUXILIARY_AHEAD = re.compile(rf" {_PASSIVE}\b")
_ONE_NAMED = r"(?:(?:his|her|their) \w+ )?[^\W\d_]+(?: [^\W\d_]+)?, \d{1,2}"
_NAMED_WITH_AGES = re.compile(rf"\s*, {_ONE_NAMED}(?:(?:,| and|, and) {_ONE_NAMED})*,")
_SHARE_ASIDE = re.compile(r"[\w-]+ of (?:them|whom)\b")  # "Five people, three of them children, were wounded"


_ATTACHED_TO = re.compile(r"(?:with|from|of) the (?:[\w'’-]+ ){0,4}?(?:charity|organi[sz]ation|group|ngo|society|"
                          r"agency|team|association|committee|council|family)\b[^,.]{0,20}? (?:were|was)\b")


# ", aged four, seven and eleven,": ages set off by commas, in digits or words, each joined by a comma or "and"
_AGES_ASIDE = re.compile(r"\s*,\s*aged (?:\d{1,3}|[a-z]+(?:-[a-z]+)?)(?:(?:,| and|, and) (?:\d{1,3}|[a-z]+(?:-[a-z]+)?))*,")


def _after_aside(end: int, limit: int, scan: Scan) -> int:
    """Where the text goes on after a breakdown set off by commas right after a figure (", including two
    children,"); `end` itself when there is none before `limit`."""
    rest = scan.text[end:limit]
    stripped = rest.lstrip()
    if stripped.startswith(("including ", "among them ", "with the ", "from the ", "of the ")) \
            and (not stripped.startswith(("with ", "from ", "of ")) or _ATTACHED_TO.match(stripped)):
        # "four civilians including a child were killed": the breakdown without commas, up to the verb's auxiliary
        # (and "Two aid workers with the Turkish charity IHH were killed": whom they worked with)
        auxiliary = _AUXILIARY_AHEAD.search(rest)
        return end + auxiliary.start() if auxiliary is not None else end
    named = _NAMED_WITH_AGES.match(rest)
    if named is not None:
        return end + named.end()  # "Two children, Mohammed, 9, and his sister Fatima, 6, were killed"
    ages_aside = _AGES_ASIDE.match(rest)
    if ages_aside is not None:
        return end + ages_aside.end()  # "Three of them, aged four, seven and eleven, were killed"
    ages = _AGES_WITHOUT_COMMAS.match(rest)
    if ages is not None:
        return end + ages.end()  # "Two brothers aged 8 and 10 were killed"
    if not stripped.startswith(",") or not (stripped[1:].lstrip().startswith(_ASIDE_OPENERS)
                                            or _SHARE_ASIDE.match(stripped[1:].lstrip())):
        return end
    opening = rest.index(",")
    closing = rest.find(",", opening + 1)
    return end + closing + 1 if closing != -1 else end


def _share_verb(items: list[Item], index: int, of_them: Item, scan: Scan) -> Item | None:
    """The English casualty verb of "Nine of them died", also past an aside ("Seven of them, including two
    children, died"); None when none follows."""
    verb = items[index]
    resume = _after_aside(of_them.end, verb.word_start if _is_trigger(verb) else len(scan.text), scan)
    if resume != of_them.end:
        verb = next((item for item in items[index:] if item.word_start >= resume), verb)
        near = scan.text[resume : verb.word_start].strip() in ("", "were", "was")  # ("..., were killed")
    else:
        near = scan.gap(of_them, verb) <= 1
    return verb if near and _is_trigger(verb) and verb.entry.pattern.isascii() else None


def _told_of_people_before(items: list[Item], index: int, scan: Scan) -> bool:
    """The casualty verb at `index` follows the people it tells of, with no word between ("مدنيين قتلوا")."""
    if index == 0:
        return False
    before = items[index - 1]
    return (before.number is not None or _is_person(before)) and scan.gap(before, items[index]) == 0


@dataclass(frozen=True, slots=True)
class _Span:
    start: int
    end: int
