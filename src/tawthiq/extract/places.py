"""Place mentions in a clause: gazetteer names, type words ("بلدة ..."), region qualifiers and exclusions."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from rapidfuzz import fuzz

from ..geo.gazetteer import Candidate, Gazetteer, Place, arabic_variants, foreign_country_names
from ..geo.names import arabic_key, is_arabic, latin_key, skeleton
from ..language.lexicon import Entry, Lexicon
from ..language.scan import Item, Scan
from ..language.normalize import normalize_term

# Words that begin a two-word place name ("كفر نبل", "خان شيخون", "جسر الشغور").
_NAME_HEADS = frozenset(
    "كفر خان جسر معره دير تل عين ابو ام بيت جبل قلعه سهل ساحه مصيف عرب باب حي كفرن بئر راس الشيخ شيخ".split()
)
_STOP_WORDS = frozenset(
    "في علي الي من عن قرب بالقرب شمال جنوب شرق غرب شمالي جنوبي شرقي غربي ريف بريف وسط اطراف محيط و ما مما "
    "ذاتها ذاته نفسها نفسه المذكوره المجاوره التي الذي سكنيه السكنيه المدنيين المدنيه عده عدد اخري اخر "
    # "وفي المساء قتل مدنيان ... على البلدة ذاتها": a time of day, not a town's name
    "المساء الصباح الظهيره الظهر الفجر الليل الليله اليوم الامس الوقت اثناء حين "
    # "استهدفت مزرعة دواجن": a farm of what it raises, not a village named so
    "دواجن الدواجن للدواجن ابقار الابقار للابقار اغنام الاغنام مواشي المواشي خيول اسماك الاسماك "
    # ("منطقة \"خفض التصعيد\"": the de-escalation zone, an agreement's area, no town)
    "خفض "
    # ("في قرية تابعة لناحية راجو": a village of the subdistrict, unnamed)
    "تابعه التابعه".split()
)
_NAME_ADJECTIVES = frozenset({"الكبري", "الصغري", "الفوقاني", "التحتاني", "الجديده", "القديمه"})
_NEAR_WORDS = ("اطراف", "محيط", "قرب", "بالقرب من", "outskirts", "near", "nearby", "north of", "south of", "east of",
               "west of")
_TAG_AFTER = re.compile(r" ?#([^\W\d]+)")
_NAME_TOKEN = re.compile(r'["\'(]?([^\W\d_]+)["\')]?')


@dataclass
class PlaceMention:
    start: int  # normalized span of the whole mention, type word included
    end: int
    place: Place | None
    level: str  # "town" (a settlement, known or not) or "region" (a governorate or countryside)
    admin1: str | None = None  # governorate said around it ("بريف حلب الغربي")
    near: bool = False  # "أطراف", "محيط": near or part of the town
    excluded: str | None = None  # why this is not an incident place (firing position, hospital, ...)
    quarter: bool = False  # a quarter placed in the town named in an earlier clause: its own place, in that town
    guessed: bool = False  # admin1 is only the governorate the report names most (a town the gazetteer lacks)
    one_city: bool = False  # a governorate that is one city (Damascus): a place of its own, as a town is


_LATIN_ARTICLE = re.compile(r"(?:al|el|ad|ar|as|at|az|an|ash|ed|es|et)[- ]")
# The first word of a two-word Latin name ("Kafr Hamra", "Tal Rifaat", "Deir Sunbul"), right before a match.
_LATIN_HEAD_BEFORE = re.compile(r"\b(?:Kafr|Kfar|Kafar|Kefr|Tal|Tell|Deir|Dayr|Khan|Ain|Ayn|Abu|Umm|Beit|Bayt|Jisr|"
                                r"Maarat|Maaret|Maarrat|Ma'arrat|Ras|Bab|Jabal|Jebel|Qalaat|Qalat|Arab|Hayy|Tall|Mazraat)"
                                r"[ -]")
# An article word right after a match ("Busra al-Harir"): the name goes on past what was matched.
_LATIN_NAME_GOES_ON = re.compile(r"[ -](?:al|el|ad|ar|as|at|az|an|ash|ed|es|et)-[A-Z]")
# "بلدة المليحة الغربية": a bearing agreeing with the name right after it names another village (one the gazetteer
# lacks, as the Western Mulayhah of Daraa is not the Mulayhah of Rural Damascus)
_ARABIC_NAME_GOES_ON = re.compile(r" ال(?:غربيه|شرقيه|شماليه|جنوبيه|قبليه|فوقاني|تحتاني)(?=$|[\s.,،:؛)])")
# "the Daraa al-Balad district": a quarter named for its city and the part of it it is (as _PART_OF_A_CITY)
_LATIN_PART_OF_A_CITY = re.compile(r"(?:the )?([A-Z][\w'’-]*) (?:al|el)-(?:Balad|Mahatta|Mahatah|Jadida|Qadima) "
                                   r"(?:district|neighbou?rhood|quarter)\b")


# "مراسل سانا في طرطوس بأن انتحارياً فجر نفسه ... وسط المدينة": the city told again after a governorate's name
_THE_CITY_AFTER = re.compile(r"(?:^|\s)(?:وسط|داخل|احياء|اطراف|شوارع|سوق) المدينه(?:\s|[.,،]|$)"
                             r"|\bthe city(?:'s)? (?:centre|center)\b")
# "Damascus's Kafr Sousa district", "Homs' al-Zahraa neighbourhood": the city whose quarter it is (not the
# governorate of the same name)
_POSSESSIVE_QUARTER = re.compile(r"(?:['’]s|(?<=s)['’]) (?:[\w'’`-]+ ){1,3}(?:district|neighbou?rhood|quarter)\b")
# "government-held districts of western Aleppo": the city's quarters (not "areas of western Aleppo", its countryside)
_QUARTERS_OF = re.compile(r"\b(?:districts|neighbou?rhoods|quarters) of (?:the )?(?:[\w-]+-held )?"
                          r"(?:(?:eastern|western|northern|southern|central|old) )?$")
_FROM_THE_DIRECTION = ("من اتجاه", "from the direction of")
_ITS_SOURCE_UNKNOWN = re.compile(r"(?:^|\s)(?:تحديد|معرفه|يعرف|تعرف|يعلم)\s+$")  # "... تحديد مصدرها"
_TAKEN_TOWARDS = re.compile(r"(?:^|\s)(?:الي|نحو|باتجاه|لل\w+)(?:\s|$)")  # "إلى مشفى", "للمشفى": the way they were taken
_BETWEEN = re.compile(r"(?:\bbetween|بين) (?:the (?:towns?|villages?|cities) of )?$")
# "the western entrance of Raqqa", "the outskirts of Homs", "عند المدخل الغربي للرقة": a part of the city, not the
# governorate of its name
_A_PART_OF_THE_CITY_BEFORE = re.compile(r"\b(?:entrances?|outskirts|streets|heart|cent(?:re|er)) of (?:the )?$"
                                        r"|(?:^|\s)(?:ال)?(?:مدخل|مداخل) $")
# "rebel-held eastern Aleppo", "government-held western Aleppo": a half of a divided city (not "rebel-held northern
# Hama", the province's north)
_OPENS_WITH_IN = re.compile(r"(?:^|[.\n])\s*in $")  # "In Sweida, ...": the sentence's governorate
_A_ROAD_BEFORE_AR = re.compile(r"(?:^|\s)(?:ال)?طريق\s$")
_THE_OTHER_END_THEN_NEAR = re.compile(r"\s?[-–—]\s?\S+(?:\s\S+)?\s(?:قرب|بالقرب من|عند)\s")
_A_HALF_OF_A_DIVIDED_CITY = re.compile(r"\b(?:rebel|opposition|government|regime|army)-(?:held|controlled) "
                                       r"(?:eastern|western) $")


def _governorate_after(items: list[Item], index: int, scan: Scan, gazetteer: Gazetteer,
                       name_end: int | None = None) -> str | None:
    """'بريف حلب الغربي', 'شمالي إدلب', ', northern Idlib': the governorate named just after a mention (not the
    other end of a road: "طريق السخنة - دير الزور", "the road between Palmyra and Deir Ezzor"); `name_end`: where
    the name after a type word ends, when it is no item of its own."""
    between_two = _BETWEEN.search(scan.text, max(0, items[index].word_start - 12), items[index].word_start)
    for before, item in zip(items[index : index + 4], items[index + 1 : index + 5]):
        if any(dash in scan.text[items[index].end : item.start] for dash in (" - ", " – ", " — ")) \
                or scan.text[items[index].end : item.start].strip() in ("-", "–", "—"):
            return None  # (also "the Palmyra–Deir Ezzor highway", its dash between the names)
        if _A_NEW_CLAUSE.search(scan.text, items[index].end, item.start):
            return None  # ("لإصابة امرأة في مرعناز، وأضرار مادية في المالكية": the place of the next clause)
        if _BETWEEN_AFTER.search(scan.text, items[index].end, item.start):
            return None  # ("a bridge at al-Rastan on the highway between Hama and Homs": a road's two ends)
        if between_two is not None and item.category == "place" \
                and scan.text[items[index].end : item.word_start].strip() in ("and", "و", ""):
            continue  # the other end ("بين بلدتي داعل وإبطع في ريف درعا": the governorate said after both)
        if item.category == "places" and item.value == "area":
            return item.col(0)  # "في جبل الزاوية": a named area of one governorate
        if item.category == "places" and item.value == "nisba":
            if not scan.text[name_end or items[index].end : item.word_start].strip():
                return item.col(0)  # "حي جوبر الدمشقي": the governorate's adjective right after the name
            continue
        if item.category == "place":
            if item.prefix.startswith("و") or scan.text[max(0, item.word_start - 4) : item.word_start] == "and " \
                    or before.category == "places" and before.value == "type" and before.prefix.startswith("و"):
                continue  # "بلدة كفرنبودة وقرية الهبيط": the next town of a list, not the governorate of this one
            place = gazetteer.by_id.get(item.value)
            if place is not None and (item.col(0) != "type_word"  # ("فاطمة" holds "اطمة": no place without بلدة)
                                      or before.category == "places" and before.value == "region"
                                      and before.col(0) == "countryside" and scan.gap(before, item) == 0):
                return place.admin1  # (but "بريف الباب الشرقي": the countryside of a town names the town)
        elif item.category not in ("places", "time"):
            return None
    return None


_FIRE_FROM = re.compile(r" fire from (?:(?:rebel|government|regime|opposition)-(?:held|controlled) )?$"
                        # ("fired rockets at the town of Azaz in northern Syria from the Tal Rifaat area": whence)
                        r"|\b(?:fired|launched)\b[^.;:]{3,80} from (?:the )?$")
_CORRECTED_TO = re.compile(r"(?<!\S)و?(?:الصحيح|الصواب) (?:ان\S*|هو)\s")
_A_NEW_CLAUSE = re.compile(r"[,،]\s*و\S")
_BETWEEN_AFTER = re.compile(r"\bbetween\b|(?<!\S)بين(?!\S)")
_BEARING_GAP = re.compile(r"^[\s\"'”»)(,،]*(?:(?:الواقعه|الواقع)\s*)?(?:\d+\s*(?:كم|km)\s*)?$")  # ("الواقعة شمال")


def _lies_off(before: PlaceMention, direction: Item, type_word: Item, scan: Scan) -> bool:
    """A direction, then a type word and a town, right after a village told just before (a number of kilometres
    may stand between): the town is where the village lies from, not a second place (a quarter is in its city)."""
    return direction.category == "places" and direction.value == "direction" and scan.gap(direction, type_word) == 0 \
        and not before.excluded and before.level == "town" and not _QUARTER.search(scan.text[before.start : before.end]) \
        and bool(_BEARING_GAP.match(scan.text[before.end : direction.word_start]))


def _context_allows(flag: str, typed: bool, hint: str | None, listed: bool) -> bool:
    """A name that is also a common word needs a type word (`typed`: its own, or a plural one over its list); a
    small imported village needs some context."""
    if flag == "type_word":
        return typed
    if flag == "context":
        return typed or hint is not None or listed
    return True


_PLURAL_TYPE = re.compile(r"(?:مدينتي|مدن|بلدتي|بلدات|قريتي|قري)\s")  # a list of places opened by its type word


def _continues_list(mentions: list[PlaceMention], item: Item, scan: Scan) -> bool:
    """'بلدات كفرنبل وحاس وكفرومة': a name joined by و or a comma to the place before it."""
    if not mentions or mentions[-1].place is None and mentions[-1].level != "town":
        return False
    between = scan.text[mentions[-1].end : item.word_start].strip(" ,")
    return between == "" and (item.prefix.startswith("و") or "," in scan.text[mentions[-1].end : item.word_start])


def _after_name_head(text: str, position: int) -> bool:
    """The word right before `position` begins a two-word name ("عين", "تل", "كفر", "دير" ...)."""
    if text[position - 1 : position] != " ":
        return False
    before = text[max(0, position - 8) : position].split()
    # (in a list, after "و": "قريتي تل جمعة وتل شنان")
    return bool(before) and (before[-1] in _NAME_HEADS or before[-1].startswith("و") and before[-1][1:] in _NAME_HEADS)


def _tag_is_the_name(text: str, item: Item) -> bool:
    """'#سراقب | ...', '#سراقب:': a tag that is the place's name and nothing more, set as the post's label (a
    channel's way to say where) or used as a word of a sentence, not a tag added at the end."""
    if text[item.word_start - 1 : item.word_start] != "#" or item.prefix not in ("", "ال"):
        return False  # (the article is the name's own: "#الطبقة:")
    if item.end < len(text) and (text[item.end].isalnum() or text[item.end] == "_"):
        return False  # "#حلب_تحت_القصف"
    line_start = text.rfind("\n", 0, item.word_start) + 1
    before = text[line_start : item.word_start - 1].split()
    line_end = text.find("\n", item.end)
    # "... regime shells #Ariha market with rockets": a tag used as a word of the sentence
    inline = bool(before) and not before[-1].startswith("#") and (
        re.match(r"(?:['’]s)? [^\W\d_]", text[item.end : item.end + 4])  # (and "hit #Atarib's vegetable market")
        or before[-1] in _BEFORE_A_TAGGED_PLACE and text[item.end : item.end + 2].lstrip()[:1] in (",", ".", ";", "،", "#")
        # ("مجزرة جديدة\nفي #أريحا\nالطيران الروسي ...": a post broken into short lines, the tag ending its line)
        or before[-1] in _BEFORE_A_TAGGED_PLACE and not text[item.end : line_end if line_end != -1 else len(text)].strip())
    # (and "shelling on #Kansafra #JabalAlZawiya this morning": the place, then its area's tag)
    # "عاجل | #معرة_النعمان" as a post's first line: a heading that ends with the tag
    heading = not text[item.end : line_end if line_end != -1 else len(text)].strip() and len(before) <= 3 \
        and line_start == 0 and line_end != -1
    # ("🔴 #الباب الآن:": the label's tag, then "now", before its colon)
    return text[item.end : item.end + 3].lstrip()[:1] in ("|", ":", "-") or not before or bool(inline) or heading \
        or _NOW_LABEL.match(text, item.end) is not None and not any(w.isalnum() for w in "".join(before))


_NOW_LABEL = re.compile(r" (?:الان|now) ?[:|]")
_BEFORE_A_TAGGED_PLACE = frozenset({"near", "in", "on", "at", "of", "hit", "targets", "targeted", "shelled", "struck", "في",
                                    "على", "علي", "قرب", "بالقرب", "استهدف", "استهدفت",
                                    "طريق"})  # ("على طريق #دارة_عزة ،")


def _in_hashtag(text: str, position: int) -> bool:
    space = max(text.rfind(" ", 0, position), text.rfind("\n", 0, position))
    return text[space + 1 : space + 2] == "#"


def _resolve(gazetteer: Gazetteer, name: str, hint: str | None, prefer_admin1: str | None,
             typed: bool = False) -> Place | None:
    """A name the automaton did not know, looked up across scripts ('ترمانين' -> 'Tirmanin').

    A skeleton match is accepted only when the governorate agrees with the one said around the mention or the
    one the report is about, or, with no governorate known, when a long skeleton fits exactly one place (a
    shorter one will do after a type word: "the town of Tal Rifaat")."""
    candidates = gazetteer.lookup(name, hint or prefer_admin1)
    candidates = [c for c in candidates if c.place.kind != "governorate" and (
        c.how != "skeleton" or not name.isascii() or _spelled_alike(name, c.place))]
    if not candidates:
        return None
    best = candidates[0]
    wanted = hint or prefer_admin1
    if wanted is not None and best.place.admin1 == wanted:
        return best.place
    if wanted is not None:
        # "- A woman killed by a Turkish drone strike near Qamishli." in a report mostly of Daraa: a town's own
        # spelling that fits it alone is that town, wherever the report is mostly about
        named = [c for c in candidates if c.how == "name"]
        return best.place if hint is None and len(named) == 1 and best is named[0] else None
    if best.how == "name" or (len(skeleton(name)) >= (4 if typed else 5) and len(candidates) == 1):
        return best.place
    return None


def _spelled_alike(name: str, place: Place) -> bool:
    """A Latin name whose consonants fit a place's is that place only if the letters look alike too: "Mahardeh" is
    Maharda, but "Kafr Ain" is not Kafr Naya (the same consonants once the vowels and "y" are dropped)."""
    key = latin_key(name)
    return any(fuzz.ratio(key, latin_key(other)) >= 75 for other in (place.name, *place.names_en)
               if other and not is_arabic(other))


_NEXT_WORD = re.compile(r" [^\W\d_]{2,}(?!\w)")


def _two_letters_swapped(gazetteer: Gazetteer, name: str, admin1: str) -> Place | None:
    """'مدينة دراة عزة غربي حلب': a town's Arabic name with two letters next to each other swapped by a slip of the
    keyboard, when the governorate said around it has exactly one town so spelled (no cross-script guess)."""
    if not is_arabic(name) or len(name.replace(" ", "")) < 6:
        return None
    found: dict[str, Place] = {}
    for index in range(len(name) - 1):
        if name[index] == " " or name[index + 1] == " " or name[index] == name[index + 1]:
            continue
        swapped = name[:index] + name[index + 1] + name[index] + name[index + 2 :]
        for candidate in gazetteer.lookup(swapped, admin1, cross_script=False):
            if candidate.place.admin1 == admin1 and candidate.place.kind == "town":
                found[candidate.place.place_id] = candidate.place
    return next(iter(found.values())) if len(found) == 1 else None


# The part of a city a quarter named for it is ("درعا البلد", the old town; "درعا المحطة"; "حلب الجديدة").
_PART_OF_A_CITY = frozenset({"البلد", "المحطه", "القديمه", "الجديده"})


def _city_of_its_quarter(gazetteer: Gazetteer, scan: Scan, name: str, name_end: int, hint: str | None,
                         prefer_admin1: str | None) -> tuple[Place | None, int]:
    """The city a quarter is named for, with where the quarter's name ends; else None and the name's end."""
    words = name.split()
    if len(words) == 2 and words[1] in _PART_OF_A_CITY:
        city_name, end = words[0], name_end
    else:
        following = _NAME_TOKEN.match(scan.text, _skip_spaces(scan.text, name_end))
        if len(words) != 1 or following is None or following.group(1) not in _PART_OF_A_CITY \
                or scan.text[name_end : following.start()].strip():
            return None, name_end
        city_name, end = words[0], following.end()
    city = next((c.place for c in gazetteer.lookup(city_name, hint or prefer_admin1)
                 if c.how == "name" and c.place.kind == "town"), None)
    return (city, end) if city is not None else (None, name_end)


def _latin_city_of_its_quarter(mention: PlaceMention, scan: Scan, original: str, gazetteer: Gazetteer) -> Place | None:
    a, b = scan.norm.to_original(mention.start, mention.end)
    named = _LATIN_PART_OF_A_CITY.fullmatch(original, a, b)
    if named is None:
        return None
    return next((c.place for c in gazetteer.lookup(named.group(1), cross_script=False)
                 if c.how == "name" and c.place.kind == "town"), None)


def _near(scan: Scan, start: int) -> bool:
    before = scan.text[max(0, start - 14) : start]
    return any(word in before for word in _NEAR_WORDS)


def _text_start(item: Item) -> int:
    """Where a place mention's text starts: after و/ب/ل clitics, keeping the article ("بمدينة" -> "مدينة")."""
    if item.prefix.endswith("ال"):
        return item.start - 2
    return item.start


_A_QUARTER_AFTER = re.compile(r" (?:district|neighbou?rhood|quarter|camp)\b")  # (or a camp: "the Al-Karama camp")


def _a_quarter_named_like_a_town(place: Place | None, scan: Scan, start: int, end: int, prefer_admin1: str | None) -> bool:
    """'The rockets struck near a school in the al-Hamidiyah district' of a report on Hama: "the X district" whose
    name a town of another governorate has is a quarter of the city told, no town of its own."""
    return place is not None and prefer_admin1 is not None and place.admin1 != prefer_admin1 \
        and _A_QUARTER_AFTER.match(scan.text, end) is not None and scan.text.endswith("the ", 0, start)


def _a_town_it_lacks(items: list[Item], index: int, scan: Scan, gazetteer: Gazetteer, type_word: Item | None, end: int,
                     said: str | None, prefer_admin1: str | None) -> PlaceMention:
    """A town the gazetteer lacks, named at items[index] (with its type word before it) up to `end`: placed in the
    governorate said right after it, else the one the clause said before, else the report's (then only guessed)."""
    hint = _governorate_after(items, index, scan, gazetteer)
    start = _text_start(type_word) if type_word is not None else _text_start(items[index])
    return PlaceMention(start, end, None, "town", hint or said or prefer_admin1, _near(scan, start),
                        guessed=not (hint or said))


def find_places(
    items: list[Item], scan: Scan, gazetteer: Gazetteer, original: str, prefer_admin1: str | None = None,
    span: tuple[int, int] | None = None, scope: str | None = None,
) -> list[PlaceMention]:
    """All place mentions in a clause, in order; excluded ones are kept with the reason.

    `prefer_admin1` is the governorate the document is mostly about: it decides between towns of one name.
    `span` (the clause's normalized bounds) lets English names after "in"/"near" be looked up in other spellings.
    `scope`: the governorate a heading over a list names, for a town of the list that names none of its own.
    """
    mentions: list[PlaceMention] = []
    exclusion: tuple[int, str] | None = None
    from_direction = False  # the exclusion is a direction fire came from, which a governorate's name may follow
    by_span: dict[tuple[int, int], list[Item]] = {}
    for item in items:
        if item.category == "place":
            by_span.setdefault((item.start, item.end), []).append(item)
    consumed_until = -1
    typed_before: set[str] = set()  # places named with a type word so far
    for index, item in enumerate(items):
        if item.category == "places" and item.value == "exclude":
            if not _ITS_SOURCE_UNKNOWN.search(scan.text, max(0, item.word_start - 12), item.word_start):
                exclusion = (item.end, item.col(0))  # (not "لم نتمكن من تحديد مصدرها في مدينة الباب": where it was)
                from_direction = item.entry.pattern in _FROM_THE_DIRECTION
            continue
        if exclusion is not None and exclusion[1] == "firing_position" and (
                item.category == "attack" and (item.value == "generic" or item.entry.pattern.isascii())
                or item.category == "places" and item.value == "target"
                or item.category == "casualty" and item.col(0) == "verb" and item.entry.pattern.isascii()):
            exclusion = None  # "بقصف مصدره مناطق سيطرة الفصائل استهدف مدينة السقيلبية": the firing side, then the target
            # (and "a sniper from government forces positioned in the nearby hills opened fire on their house in the
            # village of Marayan": the attack's own words after the positions;
            # "A rocket fired from Turkish-controlled territory killed a woman in the town of Tal Rifaat": where
            # the dead were, after the verb of their death; not "وسقط بعضها على مخيم مرام", where "سقط" is what fell)
        if item.category == "places" and item.value == "area":
            said_where = bool(mentions) and mentions[-1].level == "town" and \
                scan.text[mentions[-1].end : item.word_start].strip(" ,") in ("", "في", "in")
            if not said_where and gazetteer.governorate(item.col(0)) is not None:
                # "قصف على جبل الزاوية": the area's governorate, unless it only said where a village is
                mentions.append(PlaceMention(_text_start(item), item.end, gazetteer.governorate(item.col(0)),
                                             "region", item.col(0)))
                if exclusion is not None and exclusion[1] == "firing_position" and mentions[-1].start >= exclusion[0]:
                    mentions[-1].excluded, exclusion = exclusion[1], None  # "أطلقها الإرهابيون المنتشرون في الغوطة"
            continue
        if item.start < consumed_until:
            continue
        previous = items[index - 1] if index > 0 else None
        adjacent_previous = previous is not None and (
            (scan.gap(previous, item) == 0 and "," not in scan.between(previous, item))  # "Afrin city, Aleppo"
            or scan.between(previous, item).strip() == "of"
        )
        type_word = previous if adjacent_previous and previous.category == "places" and previous.value == "type" \
            and not (previous.entry.pattern.isascii() and "(" in scan.between(previous, item)) else None
        # ("Afrin city (Afrin, Aleppo)": an English type word follows its name; the bracket names the district)
        region_word = previous if adjacent_previous and previous.category == "places" and previous.value in ("region", "direction") else None
        if region_word is None and previous is not None and previous.category == "places" \
                and previous.value == "direction" and scan.between(previous, item).strip() in ("مقاطعه", "منطقه"):
            region_word = previous  # "قرية زورمغار غربي مقاطعة كوباني": the canton named by its town, a bearing
        if type_word is not None and type_word.col(0) in ("subdistrict", "area") and index >= 2 \
                and items[index - 2].category == "places" and items[index - 2].value == "region" \
                and items[index - 2].col(0) == "countryside" and scan.gap(items[index - 2], type_word) == 0:
            region_word, type_word = items[index - 2], None  # "بريف ناحية تل تمر": the countryside of the town
        # "وفي ريف حماة الشمالي، ألقت المروحيات ... على بلدة اللطامنة": a governorate said earlier in the clause
        # places a town the gazetteer lacks before the one the report is mostly about
        said = next((m.admin1 for m in reversed(mentions) if m.level == "region" and m.admin1), None)
        if item.category == "place" and item.value.startswith(WRITTEN):
            # A town the gazetteer lacks, named with a type word elsewhere in the report ("بلدة الهبيط" ...
            # "في الهبيط"), or in a list after a plural one ("بلدات الهبيط وعابدين")
            mentions.append(_a_town_it_lacks(items, index, scan, gazetteer, type_word, item.end, said, prefer_admin1))
            consumed_until = item.end
        elif item.category == "place":
            if _in_hashtag(scan.text, item.word_start) and not _tag_is_the_name(scan.text, item) and type_word is None:
                continue  # "#إدلب_تحت_القصف": a campaign tag, not where an attack happened ("#سراقب |" is)
            if type_word is None and item.prefix and item.prefix + scan.text[item.start : item.end] in gazetteer.needs_type_word \
                    and not (_continues_list(mentions, item, scan)
                             and _PLURAL_TYPE.match(scan.text, mentions[-1].start) is not None):
                continue  # "فرقة" (a team) is ف + "رقة", not Raqqa (but "مدينتي حمص وتدمر": Palmyra, in a list)
            if item.prefix in ("", "ال") and _after_name_head(scan.text, item.word_start) \
                    and (previous is None or previous.end <= item.word_start - 2):
                continue  # "عين السودة" is not As Sawda: the name goes on from the word before it
            goes_on = _ARABIC_NAME_GOES_ON.match(scan.text, item.end)
            if goes_on is not None and region_word is None and item.col(0) != "latin" and not any(
                    i.value in gazetteer.by_id and gazetteer.by_id[i.value].kind != "town"
                    for i in by_span[(item.start, item.end)]):
                mentions.append(_a_town_it_lacks(items, index, scan, gazetteer, type_word, goes_on.end(), said,
                                                 prefer_admin1))
                consumed_until = goes_on.end()
                continue
            hint = _governorate_after(items, index, scan, gazetteer) or scope
            listed = _continues_list(mentions, item, scan)
            # "بلدتي بداما والناجية": a name that is also a common word, in a list a plural type word opens
            typed = type_word is not None or listed and _PLURAL_TYPE.match(scan.text, mentions[-1].start) is not None \
                or _in_hashtag(scan.text, item.word_start) and _tag_is_the_name(scan.text, item)  # ("#الباب:")
            candidates = [
                gazetteer.by_id[i.value] for i in by_span[(item.start, item.end)]
                if i.value in gazetteer.by_id
                # (a name told once with a type word may be told bare after it: "بلدات الهبيط وعابدين ... في عابدين")
                and _context_allows(i.col(0), typed or i.value in typed_before, hint, listed)
            ]
            if not candidates:
                continue
            if typed:
                typed_before.update(p.place_id for p in candidates)
            latin = item.col(0) == "latin"
            if latin:
                begin, end = scan.norm.to_original(item.start, item.end)
                article = _LATIN_ARTICLE.match(original, begin, end)
                first = article.end() if article else begin
                if not original[first : first + 1].isupper():
                    continue  # a Latin name is written with a capital ("al-Dana", "Ariha"), a common word is not
                head = _LATIN_HEAD_BEFORE.search(original, max(0, begin - 12), begin)
                if head is not None and head.end() == begin:
                    continue  # "Kafr Hamra" is not Hamra: the name goes on from a word before it
                if _LATIN_NAME_GOES_ON.match(original, end):
                    continue  # "Busra al-Harir" is not Busra (Bosra): the name goes on after it
            towns = [p for p in candidates if p.kind == "town"]
            units = [p for p in candidates if p.kind in ("district", "subdistrict")]
            governorates = [p for p in candidates if p.kind == "governorate"]
            # "حي بستان القصر في حلب", "أحياء الشعار والصاخور في حلب", "طريق الحسكة – الشدادي", "the University of
            # Homs": the city
            city_follows = scan.text[item.end : item.end + 6].lstrip().startswith("city") \
                or _AIRPORT_AFTER.match(scan.text, item.end) is not None \
                or _AN_INSTITUTION_OF.search(scan.text, max(0, item.word_start - 24), item.word_start) is not None \
                or _POSSESSIVE_QUARTER.match(scan.text, item.end) is not None \
                or _THE_CITY_AFTER.search(scan.text, item.end, item.end + 90) is not None \
                or _after_a_quarter(mentions, item, scan) \
                or _after_quarters(items, index, scan) or _ends_a_road(items, index, scan, gazetteer)
            quarters_of = towns and _QUARTERS_OF.search(scan.text, max(0, item.word_start - 60), item.word_start)
            part_of_the_city = _A_PART_OF_THE_CITY_BEFORE.search(
                scan.text, max(0, (region_word or item).word_start - 30), (region_word or item).word_start) \
                or _A_HALF_OF_A_DIVIDED_CITY.search(scan.text, max(0, item.word_start - 40), item.word_start)
            if part_of_the_city:
                city_follows, region_word = True, None  # ("المدخل الغربي للرقة": the entrance's side, not a region)
            if governorates and not quarters_of and (region_word is not None or (type_word is None and not city_follows)
                                 or not (towns or units)):
                mentions.append(PlaceMention(item.word_start if region_word is None else region_word.word_start,
                                             item.end, governorates[0], "region", governorates[0].admin1,
                                             one_city=region_word is None
                                             and gazetteer.city_of(governorates[0]) is not None))
                if exclusion is not None and exclusion[1] != "firing_position" \
                        and not any(m in scan.text[exclusion[0] : item.word_start] for m in ("،", ",")) \
                        and not (exclusion[1] == "displacement"
                                 and _AT_A_NEW_SITE.search(scan.text, exclusion[0], item.word_start)):
                    mentions[-1].excluded = exclusion[1]  # "عائلة نازحة من ريف حماة": where they came from
                elif exclusion is not None and (from_direction or exclusion[1] == "firing_position"
                                                and not scan.text[exclusion[0] : mentions[-1].start].strip()) \
                        and mentions[-1].start >= exclusion[0]:
                    # "بعدة صواريخ من اتجاه البحر المتوسط غرب اللاذقية مستهدفاً ... ميناء اللاذقية": fired from there
                    # (and "أطلقها إرهابيو النصرة المنتشرون في ريف إدلب على ... مدينة سلحب": the region they fired
                    # from, right after the words that say so; the town after it is where they hit)
                    mentions[-1].excluded, exclusion = exclusion[1], None
                continue
            if towns and not units and not governorates and type_word is not None and not latin \
                    and all(_by_another_name(p, scan.text[item.start : item.end]) for p in towns):
                told_here = _governorate_told_in_sentence(item, scan, gazetteer)
                if told_here is not None and all(p.admin1 != told_here for p in towns) \
                        and not (hint is not None and any(p.admin1 == hint for p in towns)):
                    # (not "أطلقها الإرهابيون من ريف إدلب على مدينة محردة بريف حماة": the governorate said right
                    # after the name is the town's own)
                    # "شهدت مناطق ريف درعا الغربي ... نجا مختار بلدة العجمي": a village of the governorate the
                    # sentence told, which the gazetteer lacks, not a place elsewhere one of its other names fits
                    start = _text_start(type_word)
                    mentions.append(PlaceMention(start, item.end, None, "town", told_here, _near(scan, start)))
                    consumed_until = item.end
                    continue
            named_like = False  # a quarter or camp named like a town of another governorate ("the Al-Karama camp")
            ranked = gazetteer.rank([Candidate(p, 1.0, "name") for p in towns or units], hint, prefer_admin1)
            chosen: Place | None = ranked[0].place
            if region_word is not None and region_word.col(0) == "countryside" and type_word is None \
                    and mentions and mentions[-1].place is None and mentions[-1].level == "town" \
                    and scan.text[mentions[-1].end : region_word.word_start].strip() \
                    in (("in the", "in") if region_word.entry.pattern.isascii() else ("", "في")) \
                    and chosen is not None and chosen.kind == "town":
                # "Tal Habash village in the countryside of Darbasiyah", "قرية تل طويل بريف تل تمر": the town a village
                # the gazetteer lacks is by (as "the village of Tal Habash in the Darbasiyah countryside" is)
                mentions.append(PlaceMention(region_word.word_start, item.end, chosen, "town", chosen.admin1))
                consumed_until = item.end
                continue
            if region_word is not None and region_word.col(0) == "countryside" and type_word is None:
                # "بريف جسر الشغور": the countryside around a town says where a village is, it is no place of its own
                if not governorates and chosen is not None and chosen.kind == "town" \
                        and not region_word.entry.pattern.isascii() and not (
                            mentions and len(scan.text[mentions[-1].end : region_word.word_start].strip(" ,،").split())
                            <= 1) and not scan.text.startswith(" (", item.end):
                    # "قصف على قرى ريف ناحية زركان", "ريف كوباني": near the town, as "ريف مدينة الدرباسية" is (not
                    # "بلدة كنصفرة بريف جسر الشغور": where the place just named lies; "ريف ناحية زركان (أبو راسين)"
                    # names the town again in brackets)
                    mentions.append(PlaceMention(region_word.word_start, item.end, chosen, "region", chosen.admin1, True))
                    consumed_until = item.end
                    continue
                around = gazetteer.governorate(hint or chosen.admin1)
                if around is not None:
                    mentions.append(PlaceMention(region_word.word_start, item.end, around, "region", around.admin1))
                    consumed_until = item.end
                    continue
            if region_word is None and type_word is None and item.entry.pattern.isascii() \
                    and _THE_TOWNS_REGION.match(scan.text, item.end) \
                    and scan.text.endswith("the ", 0, item.word_start) and not (
                        mentions and mentions[-1].level == "town"
                        and scan.text[mentions[-1].end : item.word_start].strip() == "in the"):
                # "killed 18 civilians in the Afrin region": the area around a town, as "بريف جسر الشغور" is (but
                # "the village of Tal Habash in the Darbasiyah countryside" says where the village is)
                around = gazetteer.governorate(hint or chosen.admin1)
                if around is not None:
                    mentions.append(PlaceMention(item.word_start, item.end, around, "region", around.admin1))
                    consumed_until = item.end
                    continue
            countryside = items[index - 2] if type_word is not None and index >= 2 else None
            if countryside is not None and countryside.category == "places" and countryside.value == "region" \
                    and countryside.col(0) == "countryside" and scan.gap(countryside, type_word) == 0 \
                    and not countryside.entry.pattern.isascii():
                # "ريف مدينة إدلب": the countryside around the town, not the town (but "the Hama countryside town of
                # Kafr Zita" is the town)
                if not governorates and chosen is not None and chosen.kind == "town":
                    # "قرب الحدود في ريف مدينة حارم", "في ريف مدينة الدرباسية": the countryside of a town that is no
                    # governorate's capital, near the town (as own878-02, own975-01 hold)
                    mentions.append(PlaceMention(countryside.word_start, item.end, chosen, "town", chosen.admin1, True))
                    continue
                around = governorates[0] if governorates else gazetteer.governorate(hint or chosen.admin1)
                if around is not None:
                    mentions.append(PlaceMention(countryside.word_start, item.end, around, "region", around.admin1))
                    continue
            if hint is not None and chosen.admin1 not in (None, hint) \
                    and (hint, chosen.admin1) != ("Damascus", "Rural Damascus"):
                # "X بريف حماة" but our X is in Homs: the gazetteer lacks this X (but "Arbin, on the outskirts of
                # Damascus" is a town of the governorate around the capital)
                chosen = None
            elif hint is None and _a_quarter_named_like_a_town(
                    chosen, scan, item.word_start, item.end,
                    # (or the town the clause named before it: "Kafr Lusin: a mortar round landed ... in the Al-Karama
                    # camp", a camp named like a village of Raqqa)
                    prefer_admin1 or next((m.admin1 for m in reversed(mentions) if m.level == "town" and m.place), None)):
                chosen, named_like = None, True
            start = _text_start(type_word) if type_word is not None else _text_start(item)
            mention = PlaceMention(start, item.end, chosen, "town", chosen.admin1 if chosen and chosen.admin1 else hint,
                                   _near(scan, start), excluded="reference" if named_like else None)
            if region_word is not None and region_word.value == "direction" and type_word is None and mentions \
                    and not any(dash in scan.between(region_word, item) for dash in "-–—|"):
                # (not "ريف إدلب الجنوبي - تلمنس": a heading, the area, then the village)
                # "بلدة جرجناز ومحيطها شرقي معرة النعمان": the town a place is said to lie east of, not a place hit
                mention.excluded = "reference"
            elif type_word is not None and index >= 2 and mentions and _lies_off(mentions[-1], items[index - 2],
                                                                                 type_word, scan):
                # 'بلدة "اللطامنة" شمال مدينة حماة', 'قرية أورم الكبرى (18كم غرب مدينة حلب)': the city is a bearing
                mention.excluded = "reference"
            mentions.append(mention)
            consumed_until = item.end
        elif item.category == "places" and item.value == "type" and item.entry.pattern.isascii():
            following = items[index + 1] if index + 1 < len(items) else None
            if following is not None and following.category == "place" and scan.between(item, following).strip() == "of":
                continue  # "the city of Ariha": the gazetteer name carries the mention
            mention = _english_typed(item, scan, original)
            if mention is not None:
                mention.place = _latin_city_of_its_quarter(mention, scan, original, gazetteer)
                after = _city_after_quarter(mention, scan, original, gazetteer) if mention.place is None else None
                if after is not None:
                    mention.place, mention.end = after
                mention.near = mention.near or mention.place is not None
                # The governorate said after the whole name ("Kafr Hamra" holds a "Hamra" of its own).
                last = max((i for i in range(index, len(items)) if items[i].start < mention.end), default=index)
                mention.admin1 = _governorate_after(items, last, scan, gazetteer)
                if mention.admin1 is None and mention.place is None and (said := next(
                        (m.admin1 for m in reversed(mentions) if m.level == "region" and m.admin1
                         and _OPENS_WITH_IN.search(scan.text, max(0, m.start - 8), m.start)), None)):
                    mention.admin1 = said  # "In Sweida, a landmine wounded two children near the village of al-Shabki"
                if mention.admin1 is None and prefer_admin1 is not None:
                    mention.admin1, mention.guessed = prefer_admin1, True
                city = _city_before_quarter(item, mentions, scan, gazetteer)
                if city is not None:  # "the eastern Aleppo neighbourhood of al-Shaar": a quarter of that city
                    start, city_end = mention.start, mentions[-1].end
                    while mentions and mentions[-1].end == city_end:  # the name read as a region and as a town
                        start = min(start, mentions.pop().start)
                    mention = PlaceMention(start, mention.end, city, "town", city.admin1, near=True)
                mentions.append(mention)
                consumed_until = mention.end
        elif item.category == "places" and item.value == "type":
            if item.prefix.endswith(("ال", "لل")) or item.entry.article == "required":
                continue  # "المدينة", "البلدة": the place already named, not a new one
            following = items[index + 1] if index + 1 < len(items) else None
            if following is not None and following.category == "place" and (
                scan.gap(item, following) == 0 or scan.between(item, following).strip() == "of"
            ):
                continue  # the gazetteer name that follows carries the mention
            if following is not None and following.category == "places" and following.value == "area" \
                    and scan.gap(item, following) == 0:
                continue  # "بلدة جورين بمنطقة سهل الغاب": the named area says where, no town of its own
            name_end = _unknown_name_end(scan, item.end)
            tagged = _TAG_AFTER.match(scan.text, item.end)
            if tagged is not None:  # "مدينة #دارة_عزة": a channel tags the town it names
                name_end = tagged.end()
            if name_end is None:
                continue
            if item.col(1) == "plural" and scan.text[item.end : item.end + 2].strip()[:1] not in ('"', "("):
                continue  # "مخيمات النازحين", "أحياء سكنية": a plural type word before a common noun
            hint = _governorate_after(items, index, scan, gazetteer, name_end)
            name = scan.text[item.end : name_end].strip(' "\'()#').replace("_", " ")
            # A quarter's name is not a town's ("حي مساكن هنانو" is not Maskanah): it stands for the town it is in,
            # unless it is named for that city and the part of it it is ("حي درعا البلد", "حي حلب الجديدة").
            near = _near(scan, item.word_start)
            if item.col(0) == "neighbourhood":
                place, name_end = _city_of_its_quarter(gazetteer, scan, name, name_end, hint or said, prefer_admin1)
                near = near or place is not None
            else:
                place = _resolve(gazetteer, name, hint or said, prefer_admin1)
                if place is None and (hint or said):
                    # (the unknown name may be the first of two words: "دراة عزة")
                    longer = _NEXT_WORD.match(scan.text, name_end)
                    for end in (name_end, longer.end() if longer is not None else None):
                        if end is not None and place is None:
                            place = _two_letters_swapped(gazetteer, scan.text[item.end : end].strip(), hint or said)
                            name_end = end if place is not None else name_end
            mentions.append(PlaceMention(_text_start(item), name_end, place, "town",
                                         hint or (place.admin1 if place else said or prefer_admin1),
                                         near, guessed=not (hint or place or said)))
            consumed_until = name_end
        else:
            continue
        if exclusion is not None and mentions and mentions[-1].start >= exclusion[0] and exclusion[1] == "transfer" \
                and not _TAKEN_TOWARDS.search(scan.text, exclusion[0], mentions[-1].start) \
                and not scan.text[max(0, exclusion[0] - 12) : exclusion[0]].isascii() \
                and not scan.text.endswith(("مشفي", "مستشفي"), 0, exclusion[0]):  # ("استقبل مشفى بنش": its town)
            exclusion = None  # "أثناء توجهها لإسعاف مصابين في قرية البارة": where the wounded were, not where they went
        if exclusion is not None and exclusion[1] == "transfer" and mentions and mentions[-1].start >= exclusion[0] \
                and _CAUSED_BY.search(scan.text, exclusion[0], mentions[-1].start):
            exclusion = None  # "نقلت سبعة جرحى إلى مشافي المنطقة إثر قصف صاروخي على بلدة قبتان الجبل": the attack's
        if exclusion is not None and exclusion[1] == "displacement" and _EVACUATED_WHOM.match(scan.text, exclusion[0]):
            exclusion = None  # "as they evacuated casualties in the town of Kansafra": where they worked, hit there
        if exclusion is not None and exclusion[1] == "displacement" and mentions and mentions[-1].start >= exclusion[0] \
                and _AT_A_NEW_SITE.search(scan.text, exclusion[0], mentions[-1].start):
            exclusion = None  # "buses carrying evacuees from Foua and Kefraya at the Rashideen transit point west of
            # Aleppo": where the buses were hit
        if exclusion is not None and exclusion[1] == "speaker" and mentions and mentions[-1].start >= exclusion[0] \
                and _SAID_BETWEEN.search(scan.text, exclusion[0], mentions[-1].start):
            mentions[-1].excluded = exclusion = None  # "Rami Abdel Rahman, who heads the Observatory, said 11 civilians
            # were killed in ... the town of Kafr Hamra": who he is, then what he said, and where
        if exclusion is not None and exclusion[1] in ("gathering", "hometown") and mentions \
                and mentions[-1].start >= exclusion[0] and scan.text[exclusion[0] : mentions[-1].start].strip():
            exclusion = None  # "وقفة احتجاجية في الذكرى الرابعة لمجزرة ... في مدينة خان شيخون": only the place right after
            # (and "قُتل شاب من أبناء قرية كفرجنة برصاص عناصر ... على حاجز عند مدخل مدينة عفرين": his village, then where)
        if exclusion is not None and exclusion[1] == "firing_position" and mentions \
                and mentions[-1].start >= exclusion[0] and scan.text.endswith(("مصدره", "مصدرها"), 0, exclusion[0]) \
                and _ONTO_AFTER.search(scan.text, exclusion[0], mentions[-1].start):
            exclusion = None  # "قذيفة مصدرها مناطق سيطرة قسد على الحي الشمالي في مدينة مارع": "على" names the target
            # (and "مصدرها مناطق سيطرة قوات النظام على أطراف بلدة كفرلاتا": its outskirts too)
        if exclusion is not None and exclusion[1] == "firing_position" and mentions \
                and mentions[-1].start >= exclusion[0] and not any(exclusion[0] <= m.start for m in mentions[:-1]) \
                and (ON_WHAT_WAS_HIT.search(scan.text, exclusion[0], mentions[-1].start)
                     or WHILE_DOING.search(scan.text, exclusion[0], mentions[-1].start)
                     # ("قذيفة هاون مصدرها مواقع قوات النظام، قرب مدرسة في بلدة كفرنوران": past the comma)
                     or any(mark in scan.text[exclusion[0] : mentions[-1].start] for mark in ("،", ","))):
            # positions that named no place of their own: "على" names the target ("من مواقعها في محيط المدينة على
            # الأحياء السكنية في مدينة الصنمين"), "أثناء" where the one hit was ("برصاص رشاش مصدره قوات النظام أثناء
            # عمله في أرضه قرب بلدة كفرتعال")
            exclusion = None
        if exclusion is not None and mentions and mentions[-1].start >= exclusion[0]:
            if exclusion[1] != "firing_position" and any(
                    mark in scan.text[exclusion[0] : mentions[-1].start] for mark in ("،", ",")) \
                    and any(m.excluded for m in mentions[:-1]):
                exclusion = None  # "نقلت المصابين إلى مشفى أريحا، مشيرة إلى أن القصف طال قريتي ...": past a comma
            else:
                mentions[-1].excluded = exclusion[1]
                if exclusion[1] == "firing_position":
                    exclusion = None  # "قصفت من مواقعها في سراقب بلدة آفس": the next place is the target
                else:
                    exclusion = (mentions[-1].end, exclusion[1])  # what follows the excluded place, up to a comma
    mentions.extend(_english_after_attack(items, scan, original, mentions, prefer_admin1))
    if span is not None:
        after_preposition = _english_after_preposition(scan, original, span, mentions, gazetteer, prefer_admin1)
        _exclude_right_after(after_preposition, items, scan)
        mentions.extend(after_preposition)
    mentions.extend(_english_listed_after(scan, original, mentions))
    mentions.sort(key=lambda m: m.start)
    for mention in mentions:
        if mention.place is None and mention.level == "town":
            a, b = scan.norm.to_original(mention.start, mention.end)
            if original[a:b].isascii():  # "the town of Tirmanin", "shelled Atareb": another Latin spelling?
                name = _ENGLISH_TYPE_SUFFIX.sub("", _ENGLISH_TYPE_PREFIX.sub("", original[a:b]))
                mention.place = _resolve(gazetteer, name, None if mention.guessed else mention.admin1, None,
                                         typed=name != original[a:b])
                if _a_quarter_named_like_a_town(mention.place, scan, mention.start, mention.end, prefer_admin1):
                    mention.place, mention.excluded = None, "reference"
    mentions = _without_overlaps(mentions)
    for mention in mentions:
        if mention.level == "town" and not mention.excluded \
                and _FIRE_FROM.search(scan.text, max(0, mention.start - 110), mention.start):
            mention.excluded = "firing_position"  # "Rebel mortar fire from Jisreen hit ... Jaramana": fired from there
    for first, then in zip(mentions, mentions[1:]):
        if first.level == then.level == "town" and _CORRECTED_TO.search(scan.text, first.end, then.start):
            # "ورد في خبرنا السابق أن القصف ... استهدف بلدة كفرنبل، والصحيح أنه استهدف بلدة حاس": the place corrected
            first.excluded = "retracted"
    # "مدينة كوباني (عين العرب)": the same town by its other name, in brackets: one mention
    mentions = [m for n, m in enumerate(mentions) if not (
        n > 0 and m.place is not None and mentions[n - 1].place is m.place
        and scan.text[mentions[n - 1].end : m.start].strip() == "(")]
    for mention in mentions:
        if mention.excluded == "displacement" and _HIT_THERE.match(scan.text, mention.end):
            mention.excluded = None  # "families fled the town of Atarib after government shelling killed three there"
        if not mention.excluded and AN_ATTACK_IT_FOLLOWED.search(scan.text, max(0, mention.start - 80), mention.start):
            mention.excluded = "elsewhere"  # "shelling that followed a rebel attack on government positions in
            # nearby Nairab": the place of the attack before it
        if not mention.excluded and _FIRED_BY_FROM.search(scan.text, max(0, mention.start - 80), mention.start):
            mention.excluded = "firing_position"  # "Mortar rounds fired by the YPG from Tal Rifaat hit Afrin"
        if not mention.excluded and _RECEIVED_AFTER.match(scan.text, mention.end) \
                and _HOSPITAL_IN.search(scan.text, max(0, mention.start - 30), mention.start):
            mention.excluded = "transfer"  # "The hospital in Atmeh received 26 wounded": where they were cared for
        if not mention.excluded and _SAID_AFTER.match(scan.text, mention.end) \
                and _WORKS_AT_A_HOSPITAL_IN.search(scan.text, max(0, mention.start - 50), mention.start):
            mention.excluded = "speaker"  # "A doctor at the hospital in nearby Salqin said 14 wounded were brought in"
        if not mention.excluded and _A_MEDICAL_SOURCE_AT.search(scan.text, max(0, mention.start - 40), mention.start):
            mention.excluded = "speaker"  # "وفق ما أفاد به مصدر طبي في مشفى الرستن": where the one telling works
        if not mention.excluded and _HOSPITAL_AFTER.match(scan.text, mention.end) \
                and _WORKS_AT.search(scan.text, max(0, mention.start - 30), mention.start):
            mention.excluded = "speaker"  # "Just spoke to a doctor at Bab al-Hawa hospital": where the one telling works
        if not mention.excluded and _PROMPTED_TO.search(scan.text, max(0, mention.start - 60), mention.start):
            mention.excluded = "elsewhere"  # "..., prompting Turkish artillery to pound villages around Tal Rifaat": where
            # the answer fell, another attack
        if not mention.excluded and _A_CAMPAIGN_ON.search(scan.text, max(0, mention.start - 40), mention.start):
            mention.excluded = "elsewhere"  # "..., as Turkey's offensive on Afrin entered its sixth week": the campaign
            # the attack is part of, named by its aim, not where it hit
        if not mention.excluded and mention.level == "town" and (
                _A_STREET_BEFORE.search(scan.text, max(0, mention.start - 8), mention.start)
                and not _A_TYPE_WORD_AT.match(scan.text, mention.start)
                or _A_STREET_AFTER.match(scan.text, mention.end)):
            mention.excluded = "street"  # "في شارع تل أبيض وسط مدينة الرقة": a street named after a town (not "قرب
            # دوار بلدة المزيريب", the town's roundabout)
        if mention.excluded == "hometown" and mention.level == "town" and _the_town_told_again(mention, scan):
            mention.excluded = None  # "شاباً من أبناء مدينة جاسم ... في الشارع الرئيسي للمدينة": where it happened too
        if not mention.excluded and mention.level == "town" \
                and (road := _A_ROAD_FROM_IT_NEAR.match(scan.text, mention.end)) is not None \
                and any(m.level == "town" and mention.end < m.start <= road.end() + 12 < m.end + 12 for m in mentions):
            # (the type word may open the village's mention: "... highway near the village of Kobajjep")
            mention.excluded = "road_end"  # "on the Palmyra–Deir ez-Zor highway near Kobajjep": where on the road
        if not mention.excluded and mention.level == "town" \
                and scan.text.endswith("من ", max(0, mention.start - 3), mention.start) \
                and (onto := _ONTO_AFTER.match(scan.text, mention.end)) is not None \
                and any(m.start == onto.end() and m.level == "town" for m in mentions):
            mention.excluded = "firing_position"  # "قصف صاروخي من منطقة تل رفعت على مدينة أعزاز": whence, then where
        if not mention.excluded and _ROAD_AFTER.match(scan.text, mention.end) \
                and _DASH_AFTER_A_NAME.search(scan.text, max(0, mention.start - 3), mention.start):
            mention.excluded = "road_end"  # "on the Tal Tamr–Zarkan road": where the road leads, not where it was hit
    for n, mention in enumerate(mentions):
        if not mention.excluded and mention.level == "town" \
                and _A_ROAD_BEFORE_AR.search(scan.text, max(0, mention.start - 8), mention.start) \
                and (near := _THE_OTHER_END_THEN_NEAR.match(scan.text, mention.end)) is not None \
                and any(m.level == "town" and not m.excluded and m.place is not None and m.start <= near.end() <= m.end
                        for m in mentions[n + 1 :]):
            mention.excluded = "road_end"  # "على طريق دير الزور – تدمر قرب قرية كباجب": where the road leads
    homes = [m for m in mentions if m.excluded == "hometown" and m.level == "town" and m.place is not None]
    if len(homes) == 1 and not any(m.level == "town" and not m.excluded for m in mentions) and not any(
            (i.category == "place" or i.category == "places" and i.value == "type")
            and not any(m.start <= i.start < m.end for m in mentions) for i in scan.items):
        homes[0].excluded = None  # "أطلق مسلحون النار على شابين من أبناء بلدة اليادودة ...": the report tells no
        # other place (but "... في بادية قرية الشولا. وقال المراسل إن الضحايا من أبناء مدينة الميادين")
    return _in_the_city_named(_attach_to_towns(mentions, scan), scan)


# "... مصدرها مناطق انتشار قوات النظام جنوبي مدينة الباب على حي زمزم في المدينة": "the city" is the one just named
# (even as where fire came from)
_IN_THE_CITY_AFTER = re.compile(r"\s*(?:في |ب)(?:المدينه|البلده)(?!\w)|\s+in the (?:city|town)\b")


def _in_the_city_named(mentions: list[PlaceMention], scan: Scan) -> list[PlaceMention]:
    for n, mention in enumerate(mentions):
        if mention.place is None and mention.level == "town" and n > 0 \
                and _QUARTER.search(scan.text[mention.start : mention.end]) \
                and _IN_THE_CITY_AFTER.match(scan.text, mention.end):
            city = next((m for m in reversed(mentions[:n]) if m.place is not None and m.place.kind == "town"), None)
            if city is not None:
                mentions[n] = PlaceMention(mention.start, mention.end, city.place, "town", city.place.admin1,
                                           near=True, excluded=mention.excluded)
    return mentions


_ROAD_AFTER = re.compile(r"\s*(?:road|highway)\b")
_ONTO_AFTER = re.compile(r"\s+علي\s+")
_A_ROAD_FROM_IT_NEAR = re.compile(r"\s?[-–—]\s?[\w' -]{2,30}? (?:road|highway) (?:near|outside|close to) (?:the )?"
                                  r"(?:(?:border )?crossing (?:of |at )|(?:town|village|city) of )?")
_PROMPTED_TO = re.compile(r"\bprompting [\w -]{3,40}? to (?:\w+ )?(?:pound|shell|strike|hit|bomb|target)\b[^.,;]*$")
# "... للمدينة", "في البلدة": the town just named, called by its type word again
_TOLD_AGAIN = {word: re.compile(rf"(?:^|\s)(?:لل|(?:في|وسط|داخل|اطراف|شوارع|احياء|ب) ?ال){word}(?:\s|[.,،]|$)")
               for word in ("مدينه", "بلده", "قريه")}


def _the_town_told_again(mention: PlaceMention, scan: Scan) -> bool:
    """A town named as someone's home, then called "المدينة"/"البلدة" in the same sentence with no town between."""
    typed = _A_TYPE_WORD_AT.match(scan.text, mention.start)
    again = _TOLD_AGAIN.get(typed.group(1)) if typed is not None else None
    if again is None:
        return False
    end = min((i for i in (scan.text.find(mark, mention.end) for mark in (".", "\n")) if i >= 0),
              default=len(scan.text))
    return again.search(scan.text, mention.end, end) is not None


_A_CAMPAIGN_ON = re.compile(r"\b(?:offensive|campaign|onslaught|operation)s? (?:on|against|to (?:take|capture|seize)) "
                            r"(?:the )?(?:(?:town|city|region|enclave|province) of )?$"
                            r"|(?:^|\s)(?:حملت\w*|الحمله|عمليت\w*|العمليه) (?:العسكري\w* )?(?:علي|ضد) $")
_A_STREET_BEFORE = re.compile(r"(?:^|\s)(?:و?ب|و?ل|و)?(?:ال)?(?:شارع|دوار|ساحه)\s$")  # (and "بشارع تل أبيض بالرقة")
_A_STREET_AFTER = re.compile(r"\s(?:street|roundabout|square)\b")
_A_TYPE_WORD_AT = re.compile(r"(?:ال)?(بلده|بلدات|قريه|قري|مدينه|مخيم|حي|ناحيه|منطقه)\s")
# "the University of Homs", "the military academy in Homs": an institution of the city
_AN_INSTITUTION_OF = re.compile(r"\b(?:university|academy|college) (?:of|in) $")
_AIRPORT_AFTER = re.compile(r"(?:['’]s)? (?:international |military |commercial )?(?:airport|port|harbou?r)\b")
# ("Aleppo International Airport", "Latakia port", "Tartus's port": the city's)
_DASH_AFTER_A_NAME = re.compile(r"\w\s?[-–—]\s?$")


# "على" after the firing side opens what was hit, unless it says where the positions stand ("على أطراف البلدة")
WHILE_DOING = re.compile(r"(?<!\w)(?:اثناء|خلال|بينما) ")  # what the one hit was doing, and where
ON_WHAT_WAS_HIT = re.compile(r"(?<!\w)علي (?!اطراف|مشارف|تخوم|محاور|محور|جبهات|جبهه|خطوط|خط |طريق|الطريق)")
RECEIVED = r"(?:received|admitted|took in)\b"  # what a hospital does with the wounded (also read by the assembler)
_RECEIVED_AFTER = re.compile(" " + RECEIVED)
_HOSPITAL_IN = re.compile(r"\b(?:hospital|clinic|medical point)s?(?: (?:it|we|they|msf) (?:supports?|runs?|operates?))?"
                          r" (?:in|at) (?:the (?:town|village|city) of )?$")  # ("a hospital it supports in Atmeh")
# "fired by the PKK/YPG terror group from", "launched by the militia from": where the fire came from
# (and "قذائف هاون أطلقتها المجموعات المسلحة من حرستا على مدينة جرمانا": who fired, then from where; not "أطلقتها
# المجموعات المسلحة على الحي الغربي من بلدة سلحب", where "من" is "of" after the target)
_FIRED_BY_FROM = re.compile(r"\b(?:fired|launched) by [^.;:\n]{1,60} from (?:the )?$"
                            r"|(?:^|\s)(?:اطلقتها|اطلقها|اطلقوها)\s(?:(?!\sعلي\s)[^.،\n]){1,40}\sمن\s$")


def _without_overlaps(mentions: list[PlaceMention]) -> list[PlaceMention]:
    """'Jisr al-Shughur, a city in ...' is found by name and as an appositive: keep one, the resolved one."""
    kept: list[PlaceMention] = []
    for mention in mentions:
        if kept and mention.start < kept[-1].end:
            if kept[-1].place is None and mention.place is not None:
                kept[-1] = mention
            continue
        kept.append(mention)
    return kept


_QUARTER = re.compile(r"^حي |^(?:the )?(?:district|neighbou?rhood) of | (?:district|neighbou?rhood)$")


def names_a_quarter(mention_text: str) -> bool:
    """'حي الوعر', 'the Abbasiyeh neighbourhood', 'district of Homs': a mention's (normalized) text names a quarter."""
    return _QUARTER.search(mention_text) is not None
# "المجلس المحلي لمدينة سرمدا: تعرّض مخيم للنازحين على أطراف المدينة": a camp with no name, in the town told before
_UNNAMED_CAMP = re.compile(r"مخيم (?:(?:لل|ال)?(?:نازحين|مهجرين)|عشوائي)")
# (and "نازحة من ريف إدلب الجنوبي تقيم في مخيم قرب بلدة كفرلوسين": where the displaced now live)
_AT_A_NEW_SITE = re.compile(r"\sat (?:the|an?)\s|(?<!\S)(?:ت|ي)?(?:قيم|قيمون|سكن|سكنون|مقيم\S*|المقيم\S*) في\s")
_EVACUATED_WHOM = re.compile(r" (?:the )?(?:casualties|wounded|injured|victims|patients|dead|bodies)\b")
_CAUSED_BY = re.compile(r"(?:^|\s)(?:اثر|جراء|نتيجه|بسبب)\s")  # the attack that sent the wounded there
_ATTACH_WORDS = frozenset({"في", "ب", "قرب", "بالقرب من", "بجوار", "القريبه من", "القريب من", "near", "in", "outside",
                           "on the edge of", "in the", "علي اطراف", "في اطراف", "علي مشارف",  # ("on the outskirts of")
                           "وسط", "في وسط", "centre of", "center of"})  # ("حي الجامع الكبير وسط مدينة معرة النعمان")


_NAMED_NEAR = re.compile(r" (?:ال)?(?:قريبه|مجاوره)$")


def _unnamed_near(place: PlaceMention, words: list[str], scan: Scan) -> bool:
    """'قرية قريبة من مدينة أريحا', 'قرية مجاورة لمدينة أريحا': a place with no name of its own, near the next one."""
    return words in (["من"], ["ل"]) and _NAMED_NEAR.search(scan.text, place.start, place.end) is not None


_VILLAGE_OF = re.compile(r"(?:the )?villages? of |(?:قريه|قريتي|بلده|بلدتي) ")


_SAID_BETWEEN = re.compile(r"\b(?:said|says|told)\b|(?<!\S)و?(?:قال|قالت|افاد|افادت|اكد|اكدت)(?!\S)")


def _village_in(place: PlaceMention, scan: Scan) -> bool:
    """'the village of Basuta in Afrin' (a village the gazetteer lacks, placed at the town it is said to be in): a
    district named after it is where the village lies ("... in Afrin's Sherawa district"), not the attack's place."""
    return place.near and _VILLAGE_OF.match(scan.text, place.start) is not None


# "حي الكلاسة في الأحياء الشرقية المحاصرة لمدينة حلب": a quarter among the named quarters of a city (the words of
# its name the gazetteer did not read may come first: "حي بستان [القصر] في الأحياء ...")
_IN_THE_QUARTERS_OF = re.compile(r"(?:[^\s.,،]+ ){0,2}(?:في |ب)(?:ال)?احياء(?: [^\s.,،]+){0,3} (?:ل|من)$")


# what the quarter is, said after its name ("ذي الغالبية الكردية": with a Kurdish majority)
_DESCRIBED_QUARTER = re.compile(r"^(?:ذي|ذو|ذات) [^\s.,،]+ [^\s.,،]+ ")


def _quarter_on_a_side(quarter: PlaceMention, city: PlaceMention, words: list[str], scan: Scan) -> bool:
    """A quarter, then one compass word, then its city: the quarter lies in that side of the city."""
    return len(words) == 1 and _QUARTER.search(scan.text[quarter.start : quarter.end]) is not None and any(
        item.category == "places" and item.value == "direction" and quarter.end <= item.start < city.start
        for item in scan.items)


_BELONGS_TO = re.compile(r"(?:ال)?تابع(?:ه|ين)? ل?")
_COUNTRYSIDE_AFTER = re.compile(r"(?:['’]s)?(?: [\w-]+)? (?:countryside|sub-?district|district|area|region)\b")


def _attach_to_towns(mentions: list[PlaceMention], scan: Scan) -> list[PlaceMention]:
    """'مخيم للنازحين قرب مدينة الدانا': a camp or quarter not in the gazetteer stands for the town it is in."""
    out: list[PlaceMention] = []
    parent_end = -1  # where the town a village was said to belong to ends
    for mention in mentions:
        if out and mention.level == "town" and mention.place is not None \
                and any(m.level == "town" and m.place is not None for m in out) \
                and scan.text[out[-1].end : mention.start].strip() == "(" \
                and any(normalize_term(name) in scan.text[out[-1].start : out[-1].end] for name in mention.place.names_ar):
            continue  # "بريف المالكية (ديريك)": the place just told, by its other name in brackets
        if parent_end >= 0 and (mention.place is None and not scan.text[parent_end : mention.start].strip(" '’s")
                                # ("ريف مدينة ديرك/المالكية": the parent town told by both its names)
                                or scan.text[parent_end : mention.start] == "/"
                                or scan.text[parent_end : mention.start].strip(" ,") in ("بريف", "في ريف", "ريف")
                                or not scan.text[parent_end : mention.start].strip(" ,")
                                and scan.text.startswith(("بريف", "ريف", "في ريف"), mention.start)):
            # "the village of Basuta in Afrin's Sherawa district": the town's district, no place more (and "قرية
            # باسوطة التابعة لناحية شيراوا بريف عفرين": the countryside the subdistrict is in)
            parent_end = mention.end
            continue
        if out:
            prev = out[-1]
            between = scan.text[prev.end : mention.start].strip(" ,")
            if prev.place is None and _QUARTER.search(scan.text[prev.start : prev.end]):
                between = _DESCRIBED_QUARTER.sub("", between)  # "حي الشيخ مقصود ذي الغالبية الكردية في مدينة حلب"
            words = between.split()
            among_quarters = _IN_THE_QUARTERS_OF.match(between) and _QUARTER.search(scan.text[prev.start : prev.end])
            if (prev.place is None and prev.level == "town" and mention.place is not None and mention.level == "town"
                    and (among_quarters or len(words) <= 3
                         and (not words or " ".join(words[-2:]) in _ATTACH_WORDS
                              or words[-1] in _ATTACH_WORDS or _unnamed_near(prev, words, scan)
                              # "the Manshiyeh district of the southern city of Daraa"
                              or words[0] == "of" and _QUARTER.search(scan.text[prev.start : prev.end])
                              # "حي الرومانية غربي مدينة الرقة": a quarter in the west of the city
                              or _quarter_on_a_side(prev, mention, words, scan)))
                    and "and" not in words and not any(word.isdigit() for word in words)  # "X and six in Douma"
                    # (not "لإصابة امرأة في مرعناز، وأضرار مادية في المالكية": a clause of its own on another place)
                    and not _A_NEW_CLAUSE.search(scan.text, prev.end, mention.start)
                    # (not "مصدره مواقع قوات النظام في بلدة ميزناز استهدف منزلهم في بلدة كفرتعال": the place fired
                    # from, then the one hit)
                    and not (prev.excluded and not mention.excluded)):
                out[-1] = PlaceMention(prev.start, mention.end, mention.place, "town", mention.admin1, near=True,
                                       excluded=prev.excluded or mention.excluded)
                continue
            if prev.place is not None and prev.level == "town" and (mention.place is not None or _BELONGS_TO.fullmatch(
                    between)) and mention.level == "town" and not prev.excluded and (
                        _BELONGS_TO.fullmatch(between) or between in ("in", "in the", "(")
                        and _COUNTRYSIDE_AFTER.match(scan.text, mention.end)
                        # ("مركز ناحية بلبل في مقاطعة عفرين": the canton the subdistrict is in)
                        or between in ("في مقاطعه", "بمقاطعه")
                        # ("محطة كهرباء السويدية في ريف مدينة ديرك": the countryside of the town it lies in)
                        or between == "في" and scan.text.startswith("ريف", mention.start)
                        # ("محطة السويدية للغاز بريف المالكية": a site's village, in the countryside of a town)
                        or len(between.split()) in (2, 3) and between.split()[-1:] == ["بريف"]):
                # "قرية تل طويل التابعة لناحية تل تمر", "the village of Tal Tawil in Tal Tamr countryside", "Iblin
                # (Ariha sub-district)": the village, then the town or subdistrict it belongs to
                parent_end = mention.end
                continue
            if (prev.place is not None and prev.place.kind == "town" and mention.place is None
                    and mention.level == "town" and (_QUARTER.search(scan.text[mention.start : mention.end])
                                                     or _UNNAMED_CAMP.fullmatch(scan.text, mention.start, mention.end))
                    and len(words) <= 6 and not prev.excluded and not mention.excluded and not _village_in(prev, scan)):
                # "غارة على مدينة إدلب تقتل طفلاً في حي الضبيط": a quarter told after its city is in it (not "على حي
                # درعا البلد، مصدرها مواقع قوات النظام في حي المنشية": the quarter fired from, set aside)
                out[-1] = PlaceMention(mention.start, mention.end, prev.place, "town", prev.admin1, near=True,
                                       excluded=mention.excluded)
                continue
            if (prev.level == "region" and mention.place is None and mention.level == "town"
                    and _QUARTER.search(scan.text[mention.start : mention.end]) and len(words) <= 6
                    and mention.admin1 == prev.admin1):
                # "eastern Aleppo ..., including in the Bustan al-Qasr neighbourhood": the quarter adds nothing (but
                # "المنتشرة في الغوطة الشرقية ... على حي باب توما بدمشق": a quarter of another governorate's city does)
                continue
        out.append(mention)
    return out


# (and "a residential area of Tal Tamr", "the outskirts of Binnish": the part named before its town)
_ENGLISH_TYPE_PREFIX = re.compile(r"^(?:an? |the )?(?:(?:residential|eastern|western|northern|southern|industrial) )?"
                                  r"(?:city|town|village|camp|neighbou?rhood|villages|towns|area|outskirts) of ",
                                  re.IGNORECASE)
# "Ma'arrat Hurma village": the name is what comes before (a quarter's type word stays: its name is not a town's)
_ENGLISH_TYPE_SUFFIX = re.compile(r" (?:city|town|village|camp)$", re.IGNORECASE)  # ("the Qah camp": at Qah)
# A word may hold an apostrophe ("Ma'arrat") but not a possessive ("Qamishli's Hilaliya": the name is Qamishli).
_LATIN_WORD = r"[A-Z][\w-]*(?:['’‘`](?!s\b)[\w-]+)*"  # (an ayn written ' ’ ‘ or `: "Ma`arrat Harma")
_CAPITALIZED = re.compile(rf"(?:(?:al|el|ad|ar|as|at|an|ash|az)-)?{_LATIN_WORD}(?:[ -](?:(?:al|el|ad|ar|as|ash)-)?{_LATIN_WORD}){{0,2}}")
# "near Sarmada town", "in Al Atareb town", "the Bustan al-Qasr neighbourhood": a name right before its type word
_NAME_BEFORE_TYPE = re.compile(rf"(?<![\w'’-])(?!(?:The|A|An) )((?:(?:al|el|ad|ar|as|at|an|ash|az|Al|El)[- ])?{_LATIN_WORD}"
                               rf"(?: (?:(?:al|el|ad|ar|as|ash)-)?{_LATIN_WORD}){{0,2}}) $")
_NOT_PLACES = frozenset(
    "Syria Syrian Syrians Russia Russian Turkey Turkish Iran Israel The A An It He She They Sunday Monday Tuesday "
    "Wednesday Thursday Friday Saturday January February March April May June July August September October "
    "November December Civil Defence White Helmets Observatory Human Rights Watch UN United Nations AFP Reuters "
    "Civilian Civilians Infrastructure".split()
)
_HELD_BY = ("-held", "-controlled", "-run", "-led", "-backed", "-dominated", "-linked", "-affiliated", "-aligned", "-allied")
_ATTACK_VERBS = ("shelled", "struck", "hit", "targeted", "bombed", "attacked", "shelling on", "strike on",
                 "strikes on", "attack on", "attacks on", "raid on", "raids on")


def _capitalized_at(original: str, position: int) -> re.Match | None:
    match = _CAPITALIZED.match(original, position)
    if match is None or match.group(0).split()[0].split("-")[-1] in _NOT_PLACES \
            or any(word.endswith(_HELD_BY) for word in match.group(0).split()) \
            or (len(match.group(0)) <= 3 and match.group(0).isupper()):
        return None  # (nor "Kurdish-held Syrian town": who holds a place is not its name; nor "Attack ID": an acronym)
    return match


def _from_original(scan: Scan, a: int, b: int) -> tuple[int, int]:
    """Normalized offsets of an original span (normalization keeps Latin text one to one)."""
    if scan.norm.origin is None:
        return a, b
    return bisect_left(scan.norm.origin, a), bisect_left(scan.norm.origin, b)


def _after_a_quarter(mentions: list[PlaceMention], item: Item, scan: Scan) -> bool:
    """The name comes right after a quarter the gazetteer lacks and "في": the quarter's city."""
    if not mentions or mentions[-1].place is not None or mentions[-1].level != "town":
        return False
    before = mentions[-1]
    words = scan.text[before.end : item.word_start].split()
    return scan.text[before.start : before.start + 3] == "حي " and len(words) <= 2 and (
        words[-1:] == ["في"] or (words[-1:] != ["في"] and item.prefix.endswith("ب")))  # "في حلب", "بحلب"


# "على طريق الحسكة – الشدادي", "الطريق الواصل بين الحسكة و", "on the road between Hasakah and": a road's first end
_ROAD_OPENS = re.compile(r"(?:(?:^|\s)(?:ال)?طريق (?:الواصل |الدولي |العام )?(?:بين |من )?(?:مدينتي |مدينه )?"
                         r"|\broad (?:between|from|linking) (?:the (?:towns?|cities|city) of )?|\bthe )$")
_DASH_THEN_ROAD = re.compile(r"\s?[-–—]\s?[\w' -]{2,30}? (?:road|highway)\b")  # "the Hasakah–Shaddadi road"
_THE_OTHER_END_FOLLOWS = re.compile(r"\s?[-–—]|\s+(?:و|and\b)")


def _ends_a_road(items: list[Item], index: int, scan: Scan, gazetteer: Gazetteer) -> bool:
    """A governorate's name at the head of a road ("طريق الحسكة – الشدادي", "the road between Hasakah and
    Shaddadi", "the Hasakah–Shaddadi road") is its capital, where the road starts, not the governorate; not on a
    highway between two capitals ("طريق حلب – اللاذقية الدولي ... قرب بلدة محمبل"), which says no town."""
    item = items[index]
    opens = _ROAD_OPENS.search(scan.text, max(0, item.word_start - 40), item.word_start)
    if opens is None:
        return False
    if opens.group().endswith("the "):
        if _DASH_THEN_ROAD.match(scan.text, item.end) is None:
            return False
    elif not _THE_OTHER_END_FOLLOWS.match(scan.text, item.end):
        return False
    later = [i for i in items[index + 1 :] if i.category == "place" and i.start >= item.end]
    if not later or later[0].start - item.end > 12:
        return True
    return not any(gazetteer.by_id[i.value].kind == "governorate" for i in later
                   if i.start == later[0].start and i.value in gazetteer.by_id)


def _governorate_told_in_sentence(item: Item, scan: Scan, gazetteer: Gazetteer) -> str | None:
    """The governorate whose countryside the item's sentence named before it ("شهدت مناطق ريف درعا الغربي")."""
    sentence_start = max(scan.text.rfind(mark, 0, item.word_start) for mark in ".\n")
    first = bisect_left(scan.items, sentence_start + 1, key=lambda i: i.start)
    earlier = scan.items[first : bisect_left(scan.items, item.start, key=lambda i: i.start)]
    for before, named in zip(reversed(earlier[:-1]), reversed(earlier)):
        place = gazetteer.by_id.get(named.value) if named.category == "place" else None
        if place is not None and place.kind == "governorate" and before.category == "places" \
                and before.value == "region" and scan.gap(before, named) == 0:
            return place.admin1
    return None


def _by_another_name(place: Place, key: str) -> bool:
    """The text names the place by one of its other names (a GeoNames alternate such as "عجمي" for Al-Arimah), not
    by its own Arabic name."""
    if not place.names_ar:
        return True
    own = arabic_key(place.names_ar[0])
    return key not in {own, own[2:] if own.startswith("ال") else own, *arabic_variants(own)}


def _after_quarters(items: list[Item], index: int, scan: Scan) -> bool:
    """The name comes after a list of quarters opened by a plural type word ("أحياء الشعار والصاخور وبستان القصر في
    حلب المحاصرة"): the quarters' city."""
    item = items[index]
    if not (scan.text[max(0, item.word_start - 4) : item.word_start].endswith("في ") or item.prefix.endswith("ب")):
        return False
    for earlier in reversed(items[:index]):
        if item.word_start - earlier.end > 80 or earlier.category not in ("place", "places"):
            return False
        if earlier.category == "places" and earlier.value == "type":
            return earlier.col(0) == "neighbourhood" and earlier.col(1) == "plural" \
                and not any(mark in scan.text[earlier.end : item.word_start] for mark in ".,;:\n")
    return False


def _city_before_quarter(item: Item, mentions: list[PlaceMention], scan: Scan, gazetteer: Gazetteer) -> Place | None:
    """The town just before an English "neighbourhood of" ("Aleppo neighbourhood of al-Shaar"), if any."""
    if item.col(0) != "neighbourhood" or not mentions or scan.text[mentions[-1].end : item.start].strip():
        return None
    before = mentions[-1]
    if before.place is not None and before.place.kind == "town":
        return before.place
    if before.place is not None and before.place.kind == "governorate":  # "Aleppo" read as the governorate
        towns = [c.place for c in gazetteer.lookup(before.place.name, before.place.admin1, cross_script=False)
                 if c.place.kind == "town" and c.place.admin1 == before.place.admin1]
        return towns[0] if towns else None
    return None


_THE_TOWNS_REGION = re.compile(r" (?:region|countryside)\b")
# "the Bab al-Nairab neighbourhood of eastern Aleppo": a quarter of the city that bears the governorate's name
_CITY_AFTER_QUARTER = re.compile(r" of (?:the )?(?:(?:rebel|opposition|government|regime)-held )?"
                                 r"(?:(?:eastern|western|northern|southern|central|old) )?([A-Z][\w-]+)\b"
                                 r"(?! (?:countryside|province|governorate|region)\b)")


def _city_after_quarter(mention: PlaceMention, scan: Scan, original: str,
                        gazetteer: Gazetteer) -> tuple[Place, int] | None:
    """The town after a quarter the gazetteer lacks ("the al-Shaar neighbourhood of eastern Aleppo") and where
    its name ends (normalized), if any."""
    a, b = scan.norm.to_original(mention.start, mention.end)
    if not original[a:b].lower().endswith(("district", "neighbourhood", "neighborhood", "quarter")):
        return None
    named = _CITY_AFTER_QUARTER.match(original, b)
    if named is None:
        return None
    town = next((c.place for c in gazetteer.lookup(named.group(1), cross_script=False)
                 if c.how == "name" and c.place.kind == "town"), None)
    return (town, _from_original(scan, named.start(1), named.end(1))[1]) if town is not None else None


def quarters_in_town(mentions: list[PlaceMention], town: PlaceMention | None, scan: Scan,
                     across_lines: bool = False) -> None:
    """'In the city of Aleppo, ... Meanwhile, helicopters dropped barrel bombs on the district of al-Sukkari': a
    quarter the gazetteer lacks, in a later clause of the paragraph that named a town, is in that town (with
    `across_lines`, in any later paragraph: the city of the report's dateline)."""
    if town is None or not any(m.place is None and m.level == "town" for m in mentions) \
            or not across_lines and "\n" in scan.text[town.end : mentions[0].start]:
        return
    for index, mention in enumerate(mentions):
        if (mention.place is None and mention.level == "town" and not mention.excluded
                and _QUARTER.search(scan.text[mention.start : mention.end])
                # (not "حي جوبر الدمشقي" after a town of Rural Damascus: a quarter said to be of another governorate)
                and (mention.admin1 is None or mention.admin1 == town.admin1 or mention.guessed)):
            mentions[index] = PlaceMention(mention.start, mention.end, town.place, "town", town.admin1, near=True,
                                           quarter=True)


# ("درعا البلد: أصيب ثلاثة مدنيين ... حي طريق السد": a post's label ends with a colon)
_DATELINE_NAME = re.compile(r"\s*([\u0621-\u064a]+(?: [\u0621-\u064a]+)?)[ \t]*(?:[–—-][ \t]*\S|:)")


def dateline_city(scan: Scan, gazetteer: Gazetteer) -> PlaceMention | None:
    """'حلب – هاوار': a report datelined in a governorate's capital, whose name is the governorate's too; a quarter it
    names with no town ("حي الشيخ مقصود") is in that city."""
    head = _DATELINE_NAME.match(scan.text)
    if head is None:
        return None
    name = head.group(1)
    if name.endswith((" البلد", " المحطه")):  # "درعا البلد –": a part of the city the name says, in that city
        name = name.split()[0]
    candidates = gazetteer.lookup(name, cross_script=False)
    governorate = next((c.place.admin1 for c in candidates if c.place.kind == "governorate"), None)
    town = next((c.place for c in candidates if c.place.kind == "town" and c.place.admin1 == governorate), None)
    if governorate is None or town is None:
        return None
    return PlaceMention(head.start(1), head.end(1), town, "town", town.admin1)


def _english_typed(item: Item, scan: Scan, original: str) -> PlaceMention | None:
    """'the town of Qarqor' or 'Termanin, a town in ...': an English type word names an unknown place."""
    a, b = scan.norm.to_original(item.start, item.end)
    after = original[b : b + 4]
    if after.startswith(" of "):
        name = _capitalized_at(original, b + 4)
        if name is not None:
            start, end = _from_original(scan, a, name.end())
            return PlaceMention(start, end, None, "town", None, _near(scan, start))
        if original[a:b].lower() not in ("district", "neighbourhood", "neighborhood"):
            return None  # (but "the Shaar neighbourhood of eastern Aleppo": the name is before the type word)
    before = original[max(0, a - 40) : a]
    if original[a:b].lower() in ("town", "village", "city", "camp", "district", "neighbourhood", "neighborhood"):
        # "near Sarmada town", "in Al Atareb town": the name before the type word
        # "Qamishli's Hilaliya neighbourhood": a possessive names the city, not the quarter
        named = _NAME_BEFORE_TYPE.search(before)
        if named and not any(word in _NOT_PLACES or word.endswith(_HELD_BY) for word in named.group(1).split()):
            # (not "in Kurdish-held Syrian town": who holds it and whose country, not its name)
            start, end = _from_original(scan, a - len(before) + named.start(1), b)
            return PlaceMention(start, end, None, "town", None, _near(scan, start))
    appositive = re.search(r"((?:(?:al|el|ad|ar|as|at|an|ash|az)-)?[A-Z][\w'’-]*"
                           r"(?:[ -](?:(?:al|el|ad|ar|as|ash)-)?[A-Z][\w'’-]*){0,2}), an? $", before)
    if appositive and appositive.group(1).split()[0] not in _NOT_PLACES:
        start, end = _from_original(scan, a - len(before) + appositive.start(1), a - len(before) + appositive.end(1))
        return PlaceMention(start, end, None, "town", None, False)
    return None


def _english_after_attack(
    items: list[Item], scan: Scan, original: str, known: list[PlaceMention], prefer_admin1: str | None
) -> list[PlaceMention]:
    """'shelled Qarqor', 'a strike on Kafr Nabl': a capitalized name right after an attack word."""
    found: list[PlaceMention] = []
    for item in items:
        if item.category != "attack" or not item.entry.pattern.isascii():
            continue
        a, b = scan.norm.to_original(item.start, item.end)
        while b < len(original) and original[b].isalpha():
            b += 1  # "air raid|s on ...": the word the lexicon matched by its stem
        rest = original[b : b + 6]
        # ("the shelling of Maarat al-Numan": "of" after the noun of an attack, as "on")
        offset = b + (4 if rest.startswith((" on ", " of ")) else 1 if rest.startswith(" ") else 0)
        if rest.startswith((" on ", " of ")) and not original[a:b].lower().endswith(
                ("strike", "strikes", "attack", "attacks", "shelling", "raid", "raids", "bombing", "bombardment",
                 # ("dropped barrel bombs on Maaret al-Nouman", "fired rockets on Kafr Nabl")
                 "bombs", "shells", "rockets", "missiles")):
            continue
        name = _capitalized_at(original, offset)
        if name is None:
            continue
        start, end = _from_original(scan, name.start(), name.end())
        if any(m.start <= start < m.end for m in known):
            continue
        found.append(PlaceMention(start, end, None, "town", prefer_admin1, _near(scan, start)))
    return found


_ARTICLED = r"(?:(?:al|el|ad|ar|as|at|an|ash|az)-)?"  # "al-Numan", "ash-Shughur"
# a list's town, then its toll: "Maarat Misrin 2 killed" (read on lower-cased text with re.IGNORECASE)
TOWN_THEN_ITS_TOLL = r"[A-Z][\w'‘’-]*(?: [A-Za-z][\w'‘’-]*){0,3} \d+ (?:killed|injured|wounded|dead)\b"
_SAID_AFTER = re.compile(r",?\s*(?:said|says|told|added)\b")
# Who works at a hospital and may speak of it: "a doctor at the hospital in nearby Salqin", "a doctor at Bab al-Hawa
# hospital", "مصدر طبي في مشفى الرستن"
_MEDICS = r"(?:doctors?|nurses?|medics?|surgeons?|paramedics?)"
_WORKS_AT_A_HOSPITAL_IN = re.compile(rf"\b{_MEDICS} (?:at|in) (?:the |a )?"
                                     r"(?:\w+ )?(?:hospital|clinic) in (?:nearby |neighbouring |the )?$")
_A_MEDICAL_SOURCE_AT = re.compile(r"(?:مصدر طبي|مصادر طبيه|طبيب|كادر طبي|مصدر) (?:يعمل )?في (?:مشفي|مستشفي) (?:مدينه |بلده )?$")
_WORKS_AT = re.compile(rf"\b(?:{_MEDICS}|director) (?:at|of) (?:the )?$")
_HOSPITAL_AFTER = re.compile(r"(?:'s)? (?:\w+ )?(?:hospital|clinic)\b")
# (a name in title case: not "Deir Ezzor 24:", a source's, nor "SYRIA:" over a headline)
_A_LINES_LABEL = r"|(?:^|(?<=\n))(?=[A-Z][a-z'’‘`][A-Za-z'’‘`-]*(?: [A-Za-z'’‘`-]+){0,3}:\s)"
_PREPOSITION = re.compile(r"(?:\b(?:[Ii]n(?: nearby| neighbou?ring)?|[Nn]ear|[Oo]utside|[Aa]round|outskirts of|countryside of|[Bb]etween|"
                          r"(?:centre|center|heart|edge|middle|streets|markets?) of|"
                          # "an air strike on the central hospital of Maarat al-Numan": what was hit, in the town
                          r"on the (?:[a-z]+ )?(?:hospital|school|bakery|mosque) of|"
                          # "the village of Kafr Batikh, east of Maarat al-Numan" (not "villages east of ...", an area)
                          r"(?<=, )(?:north|south|east|west)(?:-?(?:east|west))? of|"
                          r"[Bb]etween [^,.;]{3,40}? and|its|(?:^|(?<=\n))(?:Location|Place|Town|Village):|by town:)"
                          # "Casualties by town: Binnish 3 killed; Maarat Misrin 2 killed": a list's next town
                          r"|(?<=;)(?= " + TOWN_THEN_ITS_TOLL + r")"
                          # "- Maarat al-Numan: 2 killed": a list line's town, before its colon
                          r"|(?:^|(?<=\n))[-•*–](?=[ ][^\n:]{2,40}:)) (?=#[A-Z]|"
                          + _ARTICLED + "[A-Z])"  # "between the village of Tal Hamis and Qamishli", "Location: Sarmin"
                          # "Ma'arat al-Nu'man: a barrel bomb ...": a line that opens with its town, a label
                          + _A_LINES_LABEL)
# Where a clause may name a place in an English spelling no lexicon has: after these words or an attack verb (the
# clause is then read for places even with no place word the automaton found).
LATIN_NAME_AFTER = re.compile(r"\b(?:[Ii]n|[Nn]ear|outside|around|between|of|on|struck|hit|shelled|bombed|targeted|attacked) "
                              r"(?:nearby |neighbou?ring )?" + _ARTICLED + "[A-Z]"  # ("in nearby Maaret Misreen")
                              # "...; Maarat Misrin 2 killed (1 child);": a list's town, then its toll
                              r"|(?<=;) (?=" + TOWN_THEN_ITS_TOLL + ")"
                              r"|(?:^|(?<=\n))[-•*–] (?=[A-Z][^\n:]{1,40}:)"  # ("- Tal Tamr: 1 killed")
                              + _A_LINES_LABEL)


# after a place people fled, the attack told in its sentence "there" was in it
_HIT_THERE = re.compile(r"[^.]{0,80}?\b(?:killed|killing|wounded|wounding|injured|injuring)\b[^.]{0,40}?\bthere\b")
# the words of an attack that the one told followed ("shelling that followed a rebel attack on government positions
# in nearby Nairab"): its side and its place are not the incident's
AN_ATTACK_IT_FOLLOWED = re.compile(r"\b(?:that|which) followed (?:an? |the )[^,.;،]*$")
_BETWEEN_EXCLUSION_AND_NAME = frozenset({"", "nearby", "neighbouring", "the", "the nearby"})  # ("in nearby Nairab")


def _exclude_right_after(mentions: list[PlaceMention], items: list[Item], scan: Scan) -> None:
    """A name found after its preposition is left out as the words right before it say ("taken to hospital in
    Qamishli", "from regime positions in Morek"), as one the lexicon found is."""
    exclusions = [item for item in items if item.category == "places" and item.value == "exclude"]
    for mention in mentions:
        before = next((e for e in exclusions if e.end <= mention.start
                       and scan.text[e.end : mention.start].strip() in _BETWEEN_EXCLUSION_AND_NAME), None)
        if before is not None:
            mention.excluded = before.col(0)


def _english_after_preposition(scan: Scan, original: str, span: tuple[int, int], known: list[PlaceMention],
                               gazetteer: Gazetteer, prefer_admin1: str | None) -> list[PlaceMention]:
    """'in Douma', 'near Maarat al-Numan': a capitalized name after "in"/"near" that the gazetteer knows under
    another Latin spelling ("Dūmā", "Ma‘arrat an Nu‘mān"); unknown names are left out (a person, a month)."""
    found: list[PlaceMention] = []
    a, b = scan.norm.to_original(*span)
    datelined = ENGLISH_DATELINE.match(original)
    if datelined is not None and a <= datelined.start(1) < b:
        # "MAARAT AL-NUMAN, Syria —": the town a story is filed from, read as the clause's place (a place the clause
        # names besides sets it aside, as for Arabic datelines)
        start, end = _from_original(scan, *datelined.span(1))
        place = _resolve(gazetteer, datelined.group(1).title(), None, prefer_admin1)
        if place is not None and place.kind == "town" and not any(m.start < end and start < m.end for m in known):
            found.append(PlaceMention(start, end, place, "town", place.admin1, False))
        elif place is not None and place.kind == "town" and re.search(
                rf"\b(?:{re.escape(datelined.group(1))} city|city of {re.escape(datelined.group(1))})\b",
                original[datelined.end() :], re.IGNORECASE):
            for mention in known:
                if mention.start == start and mention.level == "region" and not mention.excluded:
                    # "IDLIB, Syria — ... his brother's house in ... Idlib city": filed from the city the story names
                    # (a wire's "IDLIB, Syria" alone is often the province)
                    mention.place, mention.level, mention.admin1 = place, "town", place.admin1
    for match in _PREPOSITION.finditer(original, a, b):
        # "3 in #Maarat_Misrin": a tag that is the name, its words joined by underscores
        tagged = original.startswith("#", match.end())
        name = _capitalized_at(original, match.end() + tagged)
        if name is None:
            continue
        start, end = _from_original(scan, name.start(), name.end())
        if any(m.start < end and start < m.end for m in (*known, *found)):
            continue
        place = _resolve(gazetteer, name.group(0).replace("_", " ") if tagged else name.group(0), None, prefer_admin1)
        if place is not None and place.kind == "town":
            found.append(PlaceMention(start, end, place, "town", place.admin1, _near(scan, start)))
        elif place is None and _counted_in(scan, match.start(), original) \
                and not name.group(0).endswith(("'s", "’s")) \
                and name.group(0) not in foreign_country_names(gazetteer.country) and not any(
                    i.category in ("time", "actors", "attack") and i.start < end and start < i.end
                    for i in scan.items):  # "in Sunday's", "5 inj. in #RuAF strikes": a day, a side, no town
            # "Eleven people died in Beit Sawa, six in Hamouria": a toll counted town by town names towns, known
            # or not
            found.append(PlaceMention(start, end, None, "town", None, False))
        elif place is None and not name.group(0).endswith(("'s", "’s")):
            # "in Hass, southern Idlib": a name set beside its governorate is a place there
            region = next((m for m in known if m.level == "region" and m.place is not None
                           and 0 < m.start - end <= 3 and scan.text[end : m.start].strip() in (",", "")), None)
            if region is not None:
                found.append(PlaceMention(start, end, None, "town", region.place.admin1, False))
    return found


def dateline_town(scan: Scan, original: str, gazetteer: Gazetteer, opening) -> PlaceMention | None:
    """'KAFR NUBL, Syria — The Hamadi family had moved three times in a year.': the town a story is filed from, when
    its opening tells no attack (an opening that does reads it as its own place), and not a governorate's name."""
    datelined = ENGLISH_DATELINE.match(original)
    if opening.figures or opening.cues:
        return None
    head = _DATELINE_NAME.match(scan.text) if datelined is None else None
    if head is not None and len(scan.text.split("\n", 1)[0].split()) <= 5 and "\n" in scan.text:
        # "أريحا – خاص\nاستقبل مشفى أريحا الجراحي 6 جرحى ... إثر قصف ... استهدف سوق المدينة": the town the post is
        # filed from, a line of its own
        place = next((c.place for c in gazetteer.lookup(head.group(1), cross_script=False) if c.place.kind == "town"),
                     None)
        return PlaceMention(head.start(1), head.end(1), place, "town", place.admin1) if place is not None else None
    if datelined is None:
        return None
    start, end = _from_original(scan, *datelined.span(1))
    if any(p.start < end and start < p.end for p in opening.places):
        return None  # ("IDLIB, Syria —": often the province)
    place = _resolve(gazetteer, datelined.group(1).title(), None, None)
    return PlaceMention(start, end, place, "town", place.admin1, False) \
        if place is not None and place.kind == "town" else None


def closing_tag_town(scan: Scan, gazetteer: Gazetteer) -> PlaceMention | None:
    """'استشهاد رجل وطفله بغارة جوية روسية على منزلهم قبل قليل #بنش #إدلب': the one town a post's closing tags
    name, for an attack whose words name no place."""
    text = scan.text
    tags = _CLOSING_TAGS.search(text)
    if tags is None:
        return None
    governorates = {(i.start, i.end) for i in scan.items if i.category == "place" and i.value in gazetteer.by_id
                    and gazetteer.by_id[i.value].kind == "governorate"}  # ("#إدلب": the governorate's tag)
    towns = [gazetteer.by_id[i.value] for i in scan.items
             if i.category == "place" and i.start >= tags.start() and text[i.word_start - 1 : i.word_start] == "#"
             and not i.prefix and not (i.end < len(text) and (text[i.end].isalnum() or text[i.end] == "_"))
             and i.value in gazetteer.by_id and gazetteer.by_id[i.value].kind == "town"
             and (i.start, i.end) not in governorates]
    named = {p.place_id for p in towns}
    if len(named) != 1:
        return None
    item = next(i for i in scan.items if i.start >= tags.start() and i.value == towns[0].place_id)
    return PlaceMention(item.word_start, item.end, towns[0], "town", towns[0].admin1)


_CLOSING_TAGS = re.compile(r"(?:\s+#[^\s#]+)+\s*$")


ENGLISH_DATELINE = re.compile(r"\s*([A-Z][A-Za-z'‘’-]+(?:[ -][A-Za-z'‘’-]+){0,3}),\s*(?:Syria|[A-Z][a-z]+)\s*"
                               r"(?:\([^)\n]{1,40}\)\s*)?[-–—]")
_AND_NAME = re.compile(r" and (?=[A-Z])")
_NAME_ENDS = re.compile(r"(?:[,.;:)]|$| (?:on|in|this|last|early|late|at|after|before|with|killing|wounding|where)\b)")


def _english_listed_after(scan: Scan, original: str, known: list[PlaceMention]) -> list[PlaceMention]:
    """'hit the outskirts of Sarmin and Qminas': a name joined by "and" to a town the gazetteer knows is a town
    too, known or not, in the same governorate."""
    found: list[PlaceMention] = []
    for mention in known:
        if mention.place is None or mention.place.kind != "town" or mention.level != "town":
            continue
        _, b = scan.norm.to_original(mention.start, mention.end)
        joined = _AND_NAME.match(original, b)
        name = _capitalized_at(original, joined.end()) if joined else None
        if name is None or not _NAME_ENDS.match(original, name.end()):
            continue
        start, end = _from_original(scan, name.start(), name.end())
        if any(m.start < end and start < m.end for m in known) or any(
                i.start < end and start < i.end and i.category in ("actors", "sources", "time") for i in scan.items):
            continue
        found.append(PlaceMention(start, end, None, "town", mention.place.admin1, _near(scan, start)))
    return found


def _counted_in(scan: Scan, position: int, original: str) -> bool:
    """'six in', 'died in', 'were killed in': "in" right after a number or a casualty word."""
    if not original.startswith("in ", position):
        return False
    at, _ = _from_original(scan, position, position + 2)
    return any(at - 2 <= item.end <= at and (item.number is not None or item.category == "casualty")
               for item in scan.items)


_QUARTERS_END = re.compile(r"[،,.\n]| في | ب")
_BEFORE_A_NAME = frozenset("في علي من الي عن قرب محيط اطراف بين".split())
WRITTEN = "written:"  # the value of a place item for a town the gazetteer lacks, by its name as written
_NAMED_ENTRY_EXTRA = ("named",)
_LIST_JOIN = re.compile(r"\s*(?:،|,)?\s*و?")


_ARABIC_TAG = re.compile(r"#([\u0621-\u064a]+(?:_[\u0621-\u064a]+)+)")


def with_tagged_places(scan: Scan, lexicon: Lexicon) -> list[Item]:
    """The scan's items, plus the place a channel's Arabic tag is named after: "#معضمية_الشام:" is the town, and
    "#ريف_دمشق" the governorate's countryside, when the tag's words are a place's name and nothing else (a
    campaign's "#حلب_تحت_القصف" is not: its words go on past the name). Tags keep their underscores when the text
    is normalized, so the lexicon pass does not see these names."""
    text = scan.text
    if "_" not in text:
        return scan.items
    extra: list[Item] = []
    for match in _ARABIC_TAG.finditer(text):
        body, offset = match.group(1).replace("_", " "), match.start(1)
        hits = lexicon.match(body)
        if not hits or any(h.entry.category not in ("place", "places") for h in hits):
            continue
        position = 0  # every word of the tag a place or place word ("ريف" + "دمشق"), one after another
        for hit in hits:
            if body[position : hit.start - len(hit.prefix)].strip() and hit.start - len(hit.prefix) >= position:
                break
            position = max(position, hit.end)
        else:
            if not body[position:].strip():
                extra.extend(Item(offset + h.start, offset + h.end, h.entry, h.prefix, None, h.entry.category,
                                  h.entry.value) for h in hits)
    return sorted(scan.items + extra, key=lambda i: (i.start, i.end)) if extra else scan.items


def with_named_towns(scan: Scan, gazetteer: Gazetteer) -> list[Item]:
    """The scan's items, plus a place item wherever the report names again a town the gazetteer lacks that it
    introduced with a type word ("بلدة الهبيط" ... "مقتل ثلاثة في الهبيط"), and for each name listed after a plural
    type word ("بلدات الهبيط وعابدين وكفرسجنة"). Written by hand: reports introduce a village once, then use its
    bare name."""
    text = scan.text
    # "عين السودة" is not As Sawda: a place the automaton found right after the first word of a longer name; nor is
    # "الباب" in a list of a city's quarters ("أحياء الشعار والصاخور وطريق الباب") the town of al-Bab
    quarters = [(t.end, stop.start() if (stop := _QUARTERS_END.search(text, t.end, t.end + 120)) else t.end)
                for t in scan.items
                if t.category == "places" and t.value == "type" and t.col(0) == "neighbourhood" and t.col(1) == "plural"]
    items = [i for i in scan.items if not (i.category == "place" and (
        i.prefix in ("", "ال") and _after_name_head(text, i.word_start)
        or any(a < i.start < b and text[a : i.word_start].strip() for a, b in quarters)))]  # not "أحياء حلب"
    names: set[str] = set()
    listed: list[tuple[int, int]] = []  # names read from a list after a plural type word
    for index, item in enumerate(items):
        if item.category != "places" or item.value != "type" or item.entry.pattern.isascii() \
                or item.prefix.endswith(("ال", "لل")) or item.entry.article == "required":
            continue
        following = items[index + 1] if index + 1 < len(items) else None
        if following is not None and following.category == "place" and scan.gap(item, following) == 0 \
                and item.col(1) != "plural":
            continue  # a name the gazetteer knows (after a plural, the list may go on with names it lacks)
        if item.col(0) == "neighbourhood" and item.col(1) == "plural":
            continue  # quarters of a city, not towns
        if item.col(1) != "plural":
            end = _unknown_name_end(scan, item.end)
            name = text[item.end : end].strip(' "\'()') if end is not None else ""
            if name and not [c for c in gazetteer.lookup(name) if c.place.kind != "governorate"]:
                names.add(name)  # a name the gazetteer has nothing for, even by its skeleton
            continue
        position, spans = item.end, []
        also = next((i for i in items[index + 1 : index + 2] if i.category == "places" and i.value == "type"
                     and i.col(1) == "plural" and not text[item.end : i.word_start].strip()), None)
        if also is not None:
            position = also.end  # "مدن وبلدات معرة النعمان وجرجناز": the second type word opens the same list
        known = 0  # names of the list the gazetteer knows (their own items read them)
        while True:  # "بلدات الهبيط وعابدين وكفرسجنة": names joined by و or a comma
            begin = _skip_spaces(text, position)
            # (a known name's item may start after its article: "والمزيريب" is read from "مزيريب")
            place = next((i for i in items if i.category == "place" and i.word_start <= begin <= i.start), None)
            if place is not None:
                end, known = place.end, known + 1
            else:
                end = _unknown_name_end(scan, position)
                if end is None or any(i.start < end and i.end > position for i in items):
                    break
                spans.append((begin, end))
            join = _LIST_JOIN.match(text, end)
            if join is None or join.end() == end or "و" not in text[end : join.end()] and "," not in \
                    text[end : join.end()] and "،" not in text[end : join.end()]:
                break
            position = join.end()
        if spans and len(spans) + known >= 2:
            # one unknown word alone after a plural type word is a common noun ("مخيمات النازحين")
            listed.extend(spans)
            names.update(text[a:b] for a, b in spans)
    for match in _LIST_HEAD.finditer(text):
        # "- حاس: استشهاد امرأة": a list line headed by a name and a colon, under a heading over several towns
        name = match.group(1)
        if len(name.split()) <= 3 and not any(word in _STOP_WORDS for word in name.split()) \
                and not any(i.category in ("place", "places", "casualty", "attack") and match.start(1) <= i.start
                            < match.end(1) for i in items) \
                and not [c for c in gazetteer.lookup(name) if c.place.kind != "governorate"]:
            names.add(name)
            listed.append(match.span(1))
    names = {name for name in names if len(name) >= 3 and name not in _STOP_WORDS}
    if not names:
        return items
    occupied = sorted((i.start, i.end) for i in items)
    starts = [a for a, _ in occupied]
    type_ends = {i.end for i in items if i.category == "places" and i.value == "type"}
    extra: list[Item] = []
    pattern = re.compile(r"(?<![^\W\d_])(وب|ول|و|ب|ل|ف)?(" + "|".join(map(re.escape, sorted(names, key=len,
                                                                                               reverse=True)))
                         + r")(?![^\W\d_])")
    for match in pattern.finditer(text):
        start, end = match.span(2)
        back = start
        while back > 0 and text[back - 1] in ' "\'()':
            back -= 1
        after_type = back in type_ends
        if after_type and (start, end) not in listed:
            continue  # the introduction itself: the type word's own reading covers it
        at = bisect_left(starts, end)  # items that start before the name ends; do any of them reach into it?
        if any(b > start for _, b in occupied[max(0, at - 8) : at]):
            continue
        before = text[max(0, match.start() - 12) : match.start()].split()
        if (start, end) not in listed and not match.group(1) and before and before[-1] not in _BEFORE_A_NAME \
                and before[-1][-1:].isalpha():
            continue  # "مصيف سلمى", "طريق سلمى": another place named after the town, not the town
        name = match.group(2)
        extra.append(Item(start, end, Entry("place", name, WRITTEN + name, _NAMED_ENTRY_EXTRA), match.group(1) or "",
                          None, "place", WRITTEN + name))
    return sorted(items + extra, key=lambda i: (i.start, i.end)) if extra else items


_LIST_HEAD = re.compile(r"^[ \t]*(?:[-•*▪◾🔸🔹]|\d{1,2}[-.)])[ \t]*([\u0621-\u064a]+(?: [\u0621-\u064a]+){0,2})[ \t]*:",
                        re.MULTILINE)


def _unknown_name_end(scan: Scan, position: int) -> int | None:
    """End of the one- or two-word name after a type word ('بلدة “الهبيط”', 'قرية أورم الكبرى', 'كفر نبل')."""
    text = scan.text
    first = _NAME_TOKEN.match(text, _skip_spaces(text, position))
    if not first or first.group(1) in _STOP_WORDS or len(first.group(1)) < 2:
        return None
    second = _NAME_TOKEN.match(text, _skip_spaces(text, first.end())) if first.end() < len(text) else None
    if second and text[first.end() : second.start()].strip() == "" and second.group(1) not in _STOP_WORDS:
        if first.group(1) in _NAME_HEADS or second.group(1) in _NAME_ADJECTIVES \
                or _COUNTRYSIDE_NEXT.match(text, second.end()) and not second.group(1).startswith("و"):
            return second.end()  # ("قرية تقل بقل بريف ديريك": a two-word name, then the countryside it is in; not
            # "بلدتي صيدا والنعيمة بريف درعا": two names)
    return first.end()


_COUNTRYSIDE_NEXT = re.compile(r"\s+(?:بريف|في ريف)\s")


def _skip_spaces(text: str, position: int) -> int:
    while position < len(text) and text[position] == " ":
        position += 1
    return position


_HEAD_IN = re.compile(r"\s*و?في\s+([^\W\d_]{3,})(?=[\s,،])")


def named_then_referred_to(items: list[Item], scan: Scan, start: int, end: int, gazetteer: Gazetteer,
                           prefer_admin1: str | None) -> PlaceMention | None:
    """'وفي بابيلا أصيب رجلان جراء قصف استهدف البلدة': a clause that opens with "في" and a word no lexicon knows,
    and later calls it "البلدة"/"المدينة"/"القرية", names a town the gazetteer may lack."""
    match = _HEAD_IN.match(scan.text, start, end)
    if match is None or match.group(1) in _STOP_WORDS:
        return None
    word_start, word_end = match.span(1)
    if any(item.start < word_end and item.end > word_start for item in items):
        return None  # a known word (a place the automaton has, a time word...): not this rule's
    if not any(item.category == "places" and item.value == "type" and item.start > word_end
               and (item.prefix.endswith("ال") or item.entry.article == "required") for item in items):
        return None
    place = _resolve(gazetteer, match.group(1), None, prefer_admin1)
    return PlaceMention(word_start, word_end, place, "town", place.admin1 if place else prefer_admin1)
