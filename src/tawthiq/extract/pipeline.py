"""The extractor: lexicons and gazetteer loaded once, then one scan and one assembly per document."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from dataclasses import replace

from ..geo.gazetteer import Gazetteer, default_gazetteer, foreign_country_names
from ..language.dates import dateline, find_dates, narrated_reference
from ..language.lexicon import Entry, Lexicon, base_lexicon
from ..language.normalize import detect_language, normalize_term
from ..language.scan import Item, scan
from ..records import Document, ExtractionResult, IncidentReport
from .assemble import (AN_ANSWERS_LABEL, CREDIT_DASH, LIST_LINE, WHILE_ANOTHER_TOWN, Builder, Clause, Defaults, Draft,
                       abroad, among_the_victims, analyse, assemble, is_heading, named_sources, names_the_town_again,
                       place_key, refers_back, said_on, split_by_town, split_clauses)
from .places import (PlaceMention, closing_tag_town, dateline_city, dateline_town, quarters_in_town, with_named_towns,
                     with_tagged_places)
from .tables import column_outcomes


class Extractor:
    """Reusable: build it once per process (it holds the lexicon automaton and the gazetteer)."""

    def __init__(self, gazetteer: Gazetteer | None = None):
        self.gazetteer = gazetteer or default_gazetteer()
        self.lexicon = Lexicon(entries=list(base_lexicon().entries) + self.gazetteer.lexicon_entries())
        self.lexicon.build()
        # the number words of numbers.tsv, for "Nine (9) civilians": a word, then the same number in digits
        self.number_words = {e.pattern: int(e.value) for e in self.lexicon.entries
                             if e.category == "numbers" and e.value.isdigit() and " " not in e.pattern}

    def extract(self, document: Document) -> ExtractionResult:
        text = _without_initials_in_brackets(_dashed_asides_as_commas(_without_digits_said_again(
            without_page_furniture(document.text), self.number_words)))
        scanned = scan(text, self.lexicon)
        if "فارق" in scanned.text:
            scanned.items = [i for i in scanned.items if not (
                i.category == "casualty" and i.entry.pattern.startswith("فارق")
                and "الحياه" not in scanned.text[i.end : i.end + 40])]  # "فارق شاب الحياة", not "بفارق ساعة"
        if "\u064eين" in text:
            scanned.items = [_dual_by_its_vowel(i, scanned) for i in scanned.items]
        if "انتحاري" in scanned.text:
            # "طائرة مسيّرة روسية انتحارية": the drone's kind, its side named between (no suicide bomber)
            drones = [i for i in scanned.items if i.category == "attack" and i.value == "drone"]
            scanned.items = [i for i in scanned.items if not (
                i.category == "attack" and i.value == "suicide" and any(
                    0 <= i.word_start - d.end and len(scanned.text[d.end : i.word_start].split()) <= 1
                    for d in drones))]
        if "اصاب" in scanned.text:
            # "أصابت الغارات منازل مدنيين": the strikes hit homes, nobody is hurt by that word (but "أصابت الغارة ثلاثة
            # مدنيين" counts them)
            following = {id(a): b for a, b in zip(scanned.items, scanned.items[1:])}
            scanned.items = [i for i in scanned.items if not (
                i.category == "casualty" and i.entry.pattern in ("اصاب", "اصابت")
                and (hit := following.get(id(i))) is not None and hit.category == "targets"
                and len(scanned.text[i.end : hit.word_start].split()) <= 2)]
        if "اعلامي" in scanned.text:
            scanned.items = [i for i in scanned.items if not (
                i.category == "casualty" and i.entry.pattern.endswith("اعلامي")
                and _ITS_MEDIA_OFFICE_BEFORE.search(scanned.text, max(0, i.word_start - 12), i.word_start))]
            # ("مدير المكتب الإعلامي في الدفاع المدني", "الناشط الإعلامي": an office or an activist, no one counted)
        scanned.items = with_tagged_places(scanned, self.lexicon)
        scanned.items = with_named_towns(scanned, self.gazetteer)
        scanned.column_outcomes = column_outcomes(scanned)
        reference = narrated_reference(scanned, document.published)
        written_on = dateline(scanned, document.published)
        if written_on is not None and reference == document.published:
            reference = written_on.date
        clauses = split_clauses(scanned)
        prefer = self._main_governorate(scanned)
        scope: str | None = None  # the governorate a heading over a list names ("حصيلة القصف على ريف إدلب:")
        last_town: PlaceMention | None = None  # the last known town named, for a quarter named after it
        datelined = dateline_city(scanned, self.gazetteer)  # "حلب – هاوار": the city a quarter named alone is in
        hospital_head = _HOSPITAL_SPEAKS.match(scanned.text)  # "إدارة مشفى الأتارب الجراحي: ..."
        previous: Clause | None = None
        heading_toll: str | None = None  # the outcome a heading's toll over a list counts ("حصيلة ... 5 مدنيين:")
        heading_town: PlaceMention | None = None  # the one town a heading over a list names ("attacks on Hass:")
        for clause in clauses:
            line_start = scanned.text.rfind("\n", 0, clause.start) + 1
            in_list = scope is not None and LIST_LINE.match(scanned.text, line_start)
            if clause.continues_toll and previous is not None:
                # (the toll counted, not the others said hurt with no number: "قُتل تسعة مدنيين وأصيب آخرون ...: خمسة
                # في مدينة معرة مصرين")
                told = [f for f in reversed(previous.figures) if f.outcome in ("killed", "injured")]
                clause.carried = next((f.outcome for f in told if not f.bare), told[0].outcome if told
                                      else previous.carried)
            elif previous is not None and previous.figures and _AMONG_THEM_OPENS.match(scanned.text, clause.start) \
                    and scanned.text[max(0, clause.start - 4) : clause.start].rstrip()[-1:] in (".", "!", "?", "؟"):
                # "... killing six people. Among them were two schoolchildren": the breakdown of the toll just told
                clause.carried = next((f.outcome for f in reversed(previous.figures)
                                       if f.outcome in ("killed", "injured")), None)
            elif previous is not None and AN_ANSWERS_LABEL.match(scanned.text, clause.start) \
                    and (asked := _HOW_MANY_ASKED.match(scanned.text, previous.start, previous.end)) is not None:
                # "Q: How many were hurt?\nA: We took seven children to the hospital ...": the count the answer gives
                # is of the outcome asked about
                clause.carried = "killed" if asked.group(1) in ("killed", "died", "dead") else "injured"
            # (slices kept short: a clause opens its line when at most a few spaces stand before it)
            opens_a_line = clause.start - line_start <= 3 and not scanned.text[line_start : clause.start].strip()
            opens_a_list_line = opens_a_line and LIST_LINE.match(scanned.text, line_start) is not None
            if heading_toll is not None and opens_a_list_line and clause.carried is None and clause.items \
                    and clause.items[0].number is not None \
                    and LIST_LINE.fullmatch(scanned.text, line_start, clause.items[0].word_start):
                clause.carried = heading_toll  # "- 2 برصاص مسلحين مجهولين في مدينة جاسم": two of the heading's dead
            analyse(clause, scanned, self.gazetteer, scanned.norm.original, reference, prefer,
                    scope if in_list else None)
            if not clause.towns and clause.has_event and names_the_town_again(clause, scanned.text):
                home = [p for p in clause.places if p.excluded in ("hometown", "speaker") and p.level == "town"]
                if len(home) == 1:
                    # "قُتل ثلاثة من أهالي بلدة كفرنبل بقصف مدفعي على البلدة": the town their home is, shelled (and
                    # "said Dr. Hamza, who runs the Atarib surgical hospital, after shells hit the town's market")
                    home[0].excluded = None
            if scanned.column_outcomes and clause.figures and not clause.towns:
                unknown = _row_of_an_unknown_place(clause, scanned.text, line_start, scope or prefer)
                if unknown is not None:
                    clause.places.insert(0, unknown)  # "الشيخ مصطفى | 1 | 0": a village the gazetteer lacks
            over_what_follows = _ends_with_colon(scanned.text, clause.start, clause.end)  # a heading's colon
            if over_what_follows:
                heading_toll = next((f.outcome for f in clause.figures if f.outcome in ("killed", "injured")), None) \
                    if any(i.number is not None for i in clause.items) else None  # (a toll with its number)
            elif opens_a_line and not opens_a_list_line:
                heading_toll = None  # a line out of the list ends it (the rest of a list line goes on with it)
                heading_town = None
            if heading_town is not None and LIST_LINE.match(scanned.text, line_start) and not clause.towns \
                    and names_the_town_again(clause, scanned.text):
                clause.places.insert(0, heading_town)  # "- On June 3, a strike on the town's main market ..."
            if over_what_follows:
                # (a heading that tells no attack is the lead, whose town the list's drafts take anyway)
                named = [p for p in clause.towns if p.place is not None] if clause.cues else []
                heading_town = named[0] if len(named) == 1 else None
            if previous is not None and len(previous.towns_named) == 1 and not (previous.cues or previous.figures) \
                    and (clause.cues or clause.figures) and not clause.towns \
                    and (refers_back(clause) or _OUR_TOWN.search(scanned.text, clause.start, clause.end)):
                # ("المجلس المحلي لمدينة أريحا\nتعرضت مدينتنا صباح اليوم لقصف مدفعي": the town of the body speaking)
                # "#معرة_النعمان\nغارات جوية روسية على المدينة": the town a line of its own named just before
                clause.places.insert(0, previous.towns_named[0])
            elif previous is not None and len(previous.towns) == 1 and previous.towns[0].place is not None \
                    and not previous.figures and previous.cues and all(c.value in _HEARD_ONLY for c in previous.cues) \
                    and clause.figures and not clause.towns and names_the_town_again(clause, scanned.text):
                # "08:15 — loud explosions in #Darat_Izza.\n08:40 — ... 2 killed in air strikes on the town's
                # hospital": the town where blasts were heard, whose toll is told next
                clause.places.insert(0, previous.towns[0])
            if clause.after_total and previous is not None and not clause.towns and len(previous.towns) == 1:
                clause.places.insert(0, previous.towns[0])  # (the town of the total before it: "على المدينة")
            if not scanned.text[clause.start : clause.end].isspace():
                previous = clause  # (a blank line between two lines is no clause before the second)
            if written_on is not None and len(clause.dates) > 1:
                # the dateline's day gives way to the day the clause tells ("... condemns yesterday's attack")
                clause.dates = [d for d in clause.dates if d.start >= written_on.end or d.end <= written_on.start]
            _set_the_dateline_aside(clause, scanned.text)
            if hospital_head is not None:
                _set_the_speaking_hospital_aside(clause, hospital_head.end())
            # "In Damascus, mortar rounds ... hit a school in the Shaghour district": the town the clause names first
            here = _town_before_a_quarter(clause.places, scanned, self.gazetteer)
            if here is None and last_town is not None and datelined is not None \
                    and "\n" in scanned.text[last_town.end : clause.start]:
                # (in a later paragraph, a quarter named alone is in the city of the report's dateline: "الرقة – ...
                # في حي الرميلة شرقي مدينة الرقة ...\nكما قُتل رجلان بقصف ... على حي المشلب")
                # (one named before keeps its name, which finds the incident it was told in: "حي باب توما في دمشق")
                fresh = [m for m in clause.places if scanned.text.find(scanned.text[m.start : m.end]) == m.start]
                placed = list(fresh)
                quarters_in_town(placed, datelined, scanned, across_lines=True)
                moved = {id(old): new for old, new in zip(fresh, placed)}
                clause.places[:] = [moved.get(id(m), m) for m in clause.places]
            else:
                quarters_in_town(clause.places, here or last_town or datelined, scanned,
                                 across_lines=here is None and last_town is None)
            last_town = next((p for p in reversed(clause.towns) if p.place is not None), last_town)
            if over_what_follows:
                governorates = {p.admin1 for p in clause.regions if p.admin1}
                # (a heading over two, "على ريفي إدلب وحلب:", leaves each town of the list its own)
                scope = governorates.pop() if len(governorates) == 1 else None
            elif not in_list and clause.items:
                scope = None
        _place_unplaced_villages(clauses, scanned.text)
        clauses = split_by_town(clauses, scanned)
        if not any(c.cues for c in clauses if not c.aggregate) and not (
                any(i.category == "sources" and i.value in _MONITORS for i in scanned.items)
                and any(f.outcome == "killed" and f.exact for c in clauses for f in c.figures)):
            # (a monitor's tally of the killed, with no attack word, may still count an attack's dead)
            return ExtractionResult(document=document, incidents=[], report_confidence=0.05)
        if _denied_as_no_attack(scanned):
            return ExtractionResult(document=document, incidents=[], report_confidence=0.05)
        drafts, lead = assemble(clauses, scanned.text)
        _drop_group_totals(drafts, scanned.text)
        _drop_a_total_of_the_tolls_after(drafts)
        _fold_a_sides_own_claim(drafts)
        _drop_what_a_correction_retracts(drafts, scanned.text)
        defaults = _fold_lead(clauses, lead, drafts, scanned.text,
                              opening_day=lambda: _day_of_the_opening(clauses, scanned, reference))
        defaults.reference = reference
        if clauses:
            defaults.dateline_town = dateline_town(scanned, scanned.norm.original, self.gazetteer, clauses[0])
            defaults.closing_tag_town = closing_tag_town(scanned, self.gazetteer)
            defaults.opening_total = clauses[0] if clauses[0].aggregate else None
        if defaults.date is not None:
            defaults.date_told_by = next((d for d in drafts if any(c.start <= defaults.date.start < c.end
                                                                   for c in d.clauses)), None)
        usable = [c for c in clauses if not c.aggregate]
        # (a total's source too: "قُتل 21 مدنياً على مدى يومين، بحسب ... وكان أعنف الهجمات غارة على حيش")
        defaults.context_sources = named_sources([i for c in clauses for i in c.cited], scanned.text)
        defaults.speaker = _speaker(scanned, self.lexicon)
        if defaults.speaker is not None and defaults.speaker.category == "sources":
            speaking = defaults.speaker.start
            for clause in clauses:  # (the centre named over its post was read as a target too)
                clause.items = [i for i in clause.items if not (i.category == "targets" and i.start == speaking)]
        if defaults.speaker is None:
            defaults.speaker = _byline(scanned) or _signature(scanned, self.lexicon)
            defaults.speaker_wrote = defaults.speaker is not None
            defaults.credited = _credited_with(defaults.speaker, scanned)
        else:  # ("دير الزور 24" alone on the first line: the outlet's name over what it wrote)
            defaults.speaker_wrote = not scanned.text[defaults.speaker.end :].split("\n", 1)[0].strip(" -–—|:")
        defaults.context_cues = [i for c in usable for i in c.cues if i.value != "generic"]
        for clause in clauses:
            defaults.sentence_starts.setdefault(clause.sentence, clause.start)
            if "continuation" in clause.cue_values:
                defaults.continuing_sentences.add(clause.sentence)
        builder = Builder(scanned, self.gazetteer)
        reports: list[IncidentReport] = []
        previous_date: dt.date | None = None
        for draft in drafts:
            if not _is_attack(draft, defaults, scanned.text):
                continue
            report = builder.build(draft, defaults, previous_date)
            if report.role == "main" and reports and reports[-1].role == "background" \
                    and _counted_on_from_the_one_before(draft):
                report.role = "background"  # "On 7 February, a strike on a bakery ... killed two; a week later,
                # shelling wounded five ...": days after an earlier attack recalled, earlier too
            if any(abroad(c, scanned, self.gazetteer) for c in draft.clauses) and (
                    report.location is None or not (report.location.admin1 or report.location.place_id)
                    or any(self._in_another_country(p, scanned) for p in draft.places)):
                continue  # "A drone strike killed two ... near the town of al-Qaim in Iraq": no place here (nor
                # "near the town of Sinjar in Iraq", a name Syria shares)
            if draft.places and all(_named_as_foreign(p, scanned.text) for p in draft.places) \
                    or not draft.places and any(_A_FOREIGN_TOWN.search(scanned.text, c.start, c.end)
                                                for c in draft.clauses):
                continue  # "سقطت ثلاث قذائف ... على أطراف مدينة كلس التركية", "hit the Turkish border town of
                # Kilis": across the border
            previous_date = report.date or previous_date
            reports.append(report)
        reports = _without_bare_mentions_of_one_told(reports)
        confidence = max((r.confidence for r in reports), default=0.1)
        return ExtractionResult(document=document, incidents=reports, report_confidence=confidence)


    def _in_another_country(self, place, scanned) -> bool:
        """The place is named with another country after it ("Sinjar in Iraq")."""
        after = _IN_A_COUNTRY_AFTER.match(scanned.text, place.end)
        countries = {name.lower() for name in foreign_country_names(self.gazetteer.country)}
        return after is not None and (after.group(1) in countries or after.group(0).split(" in ", 1)[1] in countries)

    def _main_governorate(self, scanned) -> str | None:
        """The governorate a report names most (ties: the first named), to choose between homonym towns."""
        counts: dict[str, int] = {}
        excluded_end = -100  # "عائلة نازحة من ريف حماة": where people came from is not what the report is about
        for item in scanned.items:
            if item.category == "places" and item.value == "exclude":
                excluded_end = item.end
            if item.category == "place" and item.word_start - excluded_end > 12:
                place = self.gazetteer.by_id.get(item.value)
                if place is not None and place.kind == "governorate":
                    counts[place.admin1] = counts.get(place.admin1, 0) + 1
        return max(counts, key=counts.get) if counts else None


_AMONG_THEM_OPENS = re.compile(r"\s*(?:among them|among those|of them|بينهم|ومن بينهم|من بينهم)\b")
_MORE = re.compile(r"\b(?:more|others)\b|\bاخر(?:ون|ين|ان)\b")  # more victims: of the attack told before


def _place_unplaced_villages(clauses, text: str) -> None:
    """'... the town of Kafr Nabl. On Tuesday, an air strike on the nearby village of Hass': a place the gazetteer
    lacks, whose governorate nothing says, is in the governorate of the known town told nearest before it (else
    of the first told after it): a report tells of one area. Not the lines of a list ("حصيلة اليوم في الشمال
    السوري:" then a line a town): each line may be anywhere the heading covers."""
    if not any(m.place is None and (m.admin1 is None or m.guessed) and m.level == "town" and not m.excluded
               for c in clauses for m in c.places):
        return
    # (a village the text itself places, "قرية بينين بجبل الزاوية", places the neighbouring one told after it too)
    known = [m for c in clauses for m in c.towns
             if m.place is not None and (m.admin1 or m.place.admin1) or m.place is None and m.admin1 and not m.guessed]
    if not known:
        return
    for clause in clauses:
        if LIST_LINE.match(text, text.rfind("\n", 0, clause.start) + 1):
            continue
        for mention in clause.towns:
            if mention.place is not None or not (mention.admin1 is None or mention.guessed):
                continue
            before = [m for m in known if m.end <= mention.start and m is not mention]
            if mention.guessed and mention.admin1 is not None:
                # a guess from the governorate the report names most gives way to a known town told just before
                # in the same paragraph ("... على بلدة كفرزيتا، كما أصيب طفلان بقصف على قرية اللطامنة")
                if before and "\n" not in text[before[-1].end : mention.start]:
                    mention.admin1 = before[-1].admin1 or before[-1].place.admin1
                continue
            town = before[-1] if before else known[0]
            mention.admin1 = town.admin1 or town.place.admin1


_EVERY_BEFORE = re.compile(r"(?:\bevery|\beach|(?:^|\s)كل) $")


def _is_attack(draft: Draft, defaults: Defaults, text: str) -> bool:
    """An attack needs an attack word; a lone generic one ("attack", "استهداف") also needs a place or a toll."""
    # "Artillery hit Sarmin and Binnish. In Binnish, a boy was killed.": the attack on the list is this town's
    cues = [c for clause in draft.clauses for c in clause.cues] or [c for clause in draft.context for c in clause.cues] \
        or defaults.cues
    if any(c.cue_values & {"awareness", "trial"} for c in draft.clauses) \
            and not any(not f.bare for c in draft.clauses for f in c.figures):
        return False  # "حملة توعية من مخاطر ... القنابل العنقودية والقذائف غير المنفجرة": weapons taught, not used (nor
        # "جلسة لمحاكمة متهمين بتفجير سيارة مفخخة في المدينة العام الماضي": a trial for an attack told no more)
    if any("territory" in c.cue_values for c in draft.clauses) and not any(c.figures for c in draft.clauses):
        return False  # "Government forces took control of Khan Sheikhoun overnight ... after a week of heavy fighting"
    if any("overflight" in c.cue_values for c in draft.clauses) \
            and not any(c.figures or c.zero for c in draft.clauses) and all(
                i.col(0) in ("aircraft", "drone") for c in draft.clauses for i in c.items if i.category == "attack"):
        # (the aircraft named, no strike: not "أقلعت من قاعدة حميميم، ونفّذت غارات مماثلة على ...")
        return False  # "طائرة حربية روسية أقلعت من مطار حميميم قبل قليل، تحلق الآن في أجواء ريف إدلب": flying, no strike
    if any("ambience" in c.cue_values for c in draft.clauses) and not any(c.figures for c in draft.clauses):
        return False  # "For the residents of al-Atareb, the sound of artillery has become part of daily life"
    if any("mishap" in c.cue_values for c in draft.clauses):
        return False  # "Fire broke out in a camp ... after a heater exploded in a tent, injuring two children"
    if any("condemnation" in c.cue_values for c in draft.clauses) and not any(c.figures for c in draft.clauses) \
            and all(p.level == "region" for p in draft.places):
        return False  # "أدان الائتلاف ... استهداف طائرات النظام وروسيا للمشافي في ريف إدلب الجنوبي": attacks condemned
    if any("staging" in c.cue_values for c in draft.clauses) and not any(c.figures for c in draft.clauses):
        return False  # "Russia's military said militants were preparing to stage a chemical attack in the Atmeh area"
    if any("fact_check" in c.cue_values for c in draft.clauses):
        return False  # "Claims ... that 30 people were killed in an air strike on a market ... are false"
    if any("campaign" in c.cue_values for c in draft.clauses) \
            and not any(f.exact for c in draft.clauses for f in c.figures) \
            and not (any("anniversary" in c.cue_values for c in draft.clauses)
                     and any(not f.bare for c in draft.clauses for f in c.figures)):
        return False  # "ندعو ... للمشاركة في الحملة الإلكترونية ... الذين يتعرضون لقصف يومي ...، خلّف مئات الشهداء"
        # (but "أحيا ناشطون الذكرى الثامنة لمجزرة ... التي راح ضحيتها أكثر من 1400 مدني، بوقفة احتجاجية": the attack
        # remembered, with its toll)
    if cues and not any(c.figures or c.zero for c in draft.clauses) and all(c.value == "clash" for c in cues):
        return False  # "تزامناً مع معارك عنيفة في حي المنشية": fighting with no toll told is no attack on anyone
    if cues and not any(c.figures for c in draft.clauses):
        if defaults.past_damage is None:  # (looked for once a report, and only for a draft with no toll)
            defaults.past_damage = [m.span() for m in _DAMAGED_IN_A_YEAR.finditer(text)]
        past = defaults.past_damage
        if past and all(any(a <= c.start < b for a, b in past) for c in cues):
            return False  # "the municipal stadium, which had been damaged by shelling in 2019": a past told in passing
    if any(c.value != "generic" and not _EVERY_BEFORE.search(text, max(0, c.word_start - 8), c.word_start)
           for c in cues):
        return True  # (not "Every strike on a hospital costs lives": strikes in general)
    if any("disaster" in c.cue_values for c in draft.clauses):
        return False  # "after the earthquake struck Jindires": a generic word, no attack
    if not cues and draft.places and any(f for c in draft.clauses for f in c.figures if not f.bare) \
            and any(_MORE.search(text, c.start, c.end) for c in draft.clauses) \
            and any(cue.start < draft.clauses[0].start for cue in defaults.context_cues):
        return True  # "Three died in air strikes on Maarat Hurma, while two more were killed in Kafranbel"
    if not cues and draft.places and any(f for c in draft.clauses for f in c.figures if not f.bare) \
            and WHILE_ANOTHER_TOWN.match(text, draft.clauses[0].start) \
            and any(cue.start < draft.clauses[0].start and "." not in text[cue.end : draft.clauses[0].start]
                    for cue in defaults.context_cues):
        return True  # "Two people were killed in government shelling on Binnish, while four were wounded in Nayrab"
    if not cues and _a_monitors_tally(draft, defaults):
        return True
    return bool(cues) and bool(draft.places or any(c.figures for c in draft.clauses))


# those who count the dead of attacks, and only of attacks
_MONITORS = frozenset({"Syrian Civil Defence", "SOHR", "SNHR", "Syria Response Coordinators"})


def _a_monitors_tally(draft: Draft, defaults: Defaults) -> bool:
    """'Civilians killed in #Idlib today: 3 in #Maarat_Misrin, 2 in #Kafr_Takharim (@SyriaCivilDef)': a monitor of
    attacks counting the killed of a town, with no attack word, counts the dead of an attack of unknown kind."""
    sources = list(defaults.context_sources) + ([defaults.speaker] if defaults.speaker is not None else [])
    return any(source.value in _MONITORS for source in sources) \
        and any(m.place is not None and m.level == "town" and not m.excluded for m in draft.places) \
        and any(f.outcome == "killed" and f.exact and not f.bare for c in draft.clauses for f in c.figures) \
        and not any("disaster" in c.cue_values or c.aggregate or c.background for c in draft.clauses)


def _items_by_day(lead: Draft, text: str) -> list[list[Clause]]:
    """The lead's clauses as the lines of a list under a heading, when every line tells an attack of its own on a
    day of its own (days that differ); else []."""
    items: list[list[Clause]] = []
    for clause in lead.clauses:
        line = text.rfind("\n", 0, clause.start) + 1
        if LIST_LINE.match(text, line) and not text[line : clause.start].strip(" \t-•*▪◾🔸🔹0123456789.)") \
                or line == clause.start and _A_DATED_LINE.match(text, line):
            items.append([clause])
        elif items:
            items[-1].append(clause)
        elif not is_heading(text[clause.start : clause.end]):
            return []
    days = [{d.date for c in item for d in c.dates if d.date is not None} for item in items]
    if len(items) < 2 or not all(any(c.cues for c in item) for item in items) \
            or not all(len(day) == 1 for day in days):
        return []
    by_day: list[list[Clause]] = []  # ("10 Dec, 16:40 — Second wave of strikes ...": the same day's attack told on)
    for item, day, before in zip(items, days, [None] + days[:-1]):
        if day == before and _A_DATED_LINE.match(text, item[0].start):
            by_day[-1].extend(item)
        else:
            by_day.append(item)
    if len({min(day) for day in days}) < len(by_day):
        return []
    return by_day


# a timeline's line opened by its day and hour ("11 Dec, 08:05 — A guided missile hits ...")
_A_DATED_LINE = re.compile(r"\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*,? \d{1,2}:\d\d\s*[—–-]")


_WEEKDAY = re.compile(r"(?:السبت|الاحد|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|saturday|sunday|monday|tuesday|"
                      r"wednesday|thursday|friday)")


def _day_of_the_opening(clauses, scanned, reference: dt.date | None):
    """'لم يكن أبو خالد يتوقع أن يفقد ابنه حين خرج لشراء الخبز صباح أمس الثلاثاء. ... وقُتل في الغارة ...': the one day
    a feature's opening names (by its weekday or its calendar date), before any clause of an attack, when no clause of
    an attack names one (its clauses' days are read only then: analyse reads none in a clause of no event)."""
    if any(c.dates for c in clauses):
        return None
    text = scanned.text
    opening = []
    for clause in clauses:
        told = text[clause.start : clause.end]
        # ("Q: What happened in Binnish last night?\nA (Abu Yasser, ...): ...": an interview's question sets its day,
        # or its first answer: "Q: When did the strike happen?\nA: At about 3pm on Friday.")
        # (the question's last sentence, on its labelled line: "ANCHOR: We go now to ... What happened this morning?")
        asked = _A_QUESTION.match(text[text.rfind("\n", 0, clause.start) + 1 : clause.end].strip()) is not None \
            or AN_ANSWERS_LABEL.match(told) is not None
        if clause.has_event and not (asked and told.strip().endswith(("?", "؟"))):
            break
        a_date_alone = _A_DATE_LINE.fullmatch(told.strip()) is not None  # ("السبت 2-3-2019" over the day's list)
        if not a_date_alone and not asked and ("|" in told or "#" in told or is_heading(told) or len(told.split()) < 8) \
                or not any(i.category == "time" for i in clause.items) and not a_date_alone:
            continue  # ("#عاجل | ٠٩:٤٥": a post's heading, its "now" no day of the attack)
        opening.extend(d for d in find_dates(scanned, clause.start, clause.end, reference, clause.items)
                       if d.date is not None and d.precision == "day"
                       and (d.explicit or asked or _WEEKDAY.search(text, d.start, d.end))  # ("the afternoon of March 3")
                       and not said_on(clause, d.start, text))
    return opening[0] if len({d.date for d in opening}) == 1 else None


_HOW_MANY_ASKED = re.compile(r"\s*(?:q|س)\s*:\s*how many(?: people)? (?:were |have been )?(hurt|wounded|injured|killed|died|dead)\b")
_OUR_TOWN = re.compile(r"(?<!\S)(?:مدينتنا|بلدتنا|قريتنا)(?!\w)|\bour (?:town|village|city)\b")
_A_QUESTION = re.compile(r"(?:q|س|anchor|presenter|interviewer)\s*:.*[?؟]$", re.IGNORECASE | re.DOTALL)
_AN_INTERVIEW_WITH = re.compile(r"(?:^|\n)\s*[-–—]\s*(?:an )?(?:interview with|مقابله مع|حوار مع)\s", re.IGNORECASE)
_A_DATE_LINE = re.compile(r"(?:(?:يوم )?(?:السبت|الاحد|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|saturday|sunday|monday|"
                          r"tuesday|wednesday|thursday|friday)\s*[،,]?\s*)?\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)\d\d\s*[:.]?")
_ITS_MEDIA_OFFICE_BEFORE = re.compile(r"(?<!\S)(?:ل|ب|و)?(?:ال)?(?:مكتب|مركز|ناشط|مدير|منسق)\s+$")
_WORD_THEN_DIGITS = re.compile(r"([^\W\d_]+)\s+(\((\d{1,3})\))")


def _without_digits_said_again(text: str, number_words: dict[str, int]) -> str:
    """'Nine (9) civilians, including three (3) children': a number written out, then in digits in brackets, is one
    number; the brackets are blanked (spaces of the same length: every offset still points at the same character)."""
    if "(" not in text:
        return text
    return _WORD_THEN_DIGITS.sub(
        lambda m: m.group(0) if number_words.get(normalize_term(m.group(1))) != int(m.group(3))
        else m.group(0)[: m.start(2) - m.start(0)] + " " * len(m.group(2)), text)


# "At least 11 people – six of them children – were killed": a breakdown set off by dashes
_DASHED_ASIDE = re.compile(r" [–—] ((?:[\w-]+ of them|including|among them)\b[^–—\n.;]{1,80}?) [–—] ")


def _dual_by_its_vowel(item: Item, scanned) -> Item:
    """'مقتل مزارعَين': a plural person noun written with the dual's fatha before its ending is two people (the
    normalized text drops the vowel, and unvowelled "مزارعين" may be either)."""
    if item.category != "casualty" or item.col(0) != "person" or item.col(1) != "pl" \
            or not item.entry.pattern.endswith("ين"):
        return item
    a, b = scanned.norm.to_original(item.start, item.end)
    word_end = b
    while word_end < len(scanned.norm.original) and scanned.norm.original[word_end] in "\u064e\u064b\u0650\u0651\u0652يين":
        word_end += 1
    if "\u064eين" not in scanned.norm.original[max(a, b - 4) : word_end]:
        return item
    extra = list(item.entry.extra)
    extra[1] = "2"
    return replace(item, entry=replace(item.entry, extra=tuple(extra)))


_INITIALS_IN_BRACKETS = re.compile(r"\s\([\u0621-\u064A]\.\s?[\u0621-\u064A]\.?(?:\s?[\u0621-\u064A]\.?)?\)")


def _without_initials_in_brackets(text: str) -> str:
    """'لقي الشاب (م.ح) حتفه': the initials a report gives for a victim's name are blanked (same length: every
    offset stays), so the person and the verb after them read as one phrase."""
    if "(" not in text:
        return text
    return _INITIALS_IN_BRACKETS.sub(lambda m: " " * len(m.group(0)), text)


def _dashed_asides_as_commas(text: str) -> str:
    """A toll's breakdown between dashes is read as one between commas (same length: every offset stays)."""
    if "–" not in text and "—" not in text:
        return text
    return _DASHED_ASIDE.sub(lambda m: " , " + m.group(1) + " , ", text)


def _counted_on_from_the_one_before(draft: Draft) -> bool:
    """The draft opens with "a week later", "two days later": its day counted from the attack told before it."""
    first = draft.clauses[0].items[0] if draft.clauses and draft.clauses[0].items else None
    return first is not None and first.category == "time" and first.value == "days_before" \
        and first.col(0).startswith("-")


def _without_bare_mentions_of_one_told(reports: list[IncidentReport]) -> list[IncidentReport]:
    """'في الذكرى الخامسة لهجوم اللطامنة الكيماوي ... وكان الطيران ... قد ألقى في 30 آذار 2017 قنبلة ...': an earlier
    attack named with no day and no toll, then told with them, is one attack, the one told."""
    def bare(report: IncidentReport) -> bool:
        return report.role == "background" and report.date is None and report.killed is None \
            and report.injured is None and report.killed_or_injured is None

    return [r for r in reports if not (bare(r) and r.location is not None and any(
        o is not r and not bare(o) and o.role == "background" and o.location is not None
        and o.location.place_id == r.location.place_id and o.sub_event_type == r.sub_event_type for o in reports))]


def _fold_lead(clauses, lead: Draft, drafts: list[Draft], text: str, opening_day=lambda: None) -> Defaults:
    """Fold the lead into the incidents (one incident absorbs it; several share only its context); return the
    report-wide defaults."""
    defaults = Defaults()
    usable = [c for c in clauses if not c.aggregate and not c.background]
    # (not "rescuers said on Thursday": when it was said)
    defaults.date = next((d for c in usable for d in c.dates if d.date is not None and not said_on(c, d.start, text)),
                         None) or _day_of_a_daily_total(clauses, text) or opening_day()
    defaults.region = next((p for c in usable for p in c.regions), None)
    if not lead.clauses:
        return defaults
    mains = [d for d in drafts if d.role == "main"]
    if not mains or (all(d.sequel_of_lead for d in mains) and any(c.figures for c in lead.clauses)):
        lead.role = "main"
        heading_towns = [t for c in lead.clauses if is_heading(text[c.start : c.end]) for t in c.towns_named]
        # ("🔴 دارة عزة | Darat Izza": one town named in both scripts)
        heading_towns = list({t.place.place_id: t for t in reversed(heading_towns)}.values())[::-1]
        days = _items_by_day(lead, text) if not mains and len(heading_towns) == 1 else []
        if len(days) >= 2:
            # "المجلس المحلي لمدينة أريحا – حصيلة الأسبوع:\n- السبت: غارتان ...\n- الأحد: قصف مدفعي ...": one attack a
            # line, each on its own day, in the heading's town
            drafts[:0] = [Draft(clauses=item, places=list(heading_towns), role="main") for item in days]
            return defaults
        if not lead.places and len(heading_towns) == 1 and any(
                refers_back(c) or is_heading(text[c.start : c.end]) and c.of("sources") for c in lead.clauses):
            # "المجلس المحلي في مدينة دارة عزة:\nتعرضت المدينة منذ صباح اليوم لقصف ...": the town of the heading; and
            # the town of the one who issues the statement under it ("بيان صادر عن إدارة مشفى الشفاء في مدينة حلب:")
            lead.places = heading_towns
        if not lead.places and not mains and not any(c.places for c in lead.clauses):
            named = {t.place.place_id: t for c in clauses for t in c.towns_named}
            if len(named) == 1:
                # "What is the situation in Douma now?\nAbu Khaled, a resident of Douma: ... a barrel bomb fell next
                # to the bakery in our neighbourhood": the one town the report names, in a sentence of no attack
                lead.places = list(named.values())
        drafts.insert(0, lead)
    elif len(mains) == 1 and not (_over_several_places(lead) and any(c.figures for c in mains[0].clauses)) \
            and not _told_beside(lead, mains[0]) and not _larger_total(lead, mains[0], text):
        mains[0].clauses[:0] = lead.clauses
    elif (struck := _struck_by_lead(lead, mains)) is not None:
        struck.clauses[:0] = lead.clauses
    elif (told_where := _where_the_leads_victims_were(lead, mains, text)) is not None:
        told_where.clauses[:0] = lead.clauses
    else:
        defaults.cues = [c for clause in lead.clauses for c in clause.cues]
        defaults.sources = [i for clause in lead.clauses for i in clause.cited]
        # "حصيلة القصف الروسي على ريف إدلب اليوم:" over a list: the heading says who attacked each item under it
        # (a lead sentence is not repeated onto its towns: it often sums up several attackers' doing)
        # (a line right over a list or a table is its heading without the colon: "Government shelling on southern
        # Idlib, Tuesday 17 March 2020\n\n| Town | Killed |")
        headings = [c for c in lead.clauses if text[c.start : c.end].rstrip().endswith(":")
                    or "\n" in text[c.start : c.end] and _a_list_or_table_next(text, c.end)]
        for draft in mains:
            draft.context.extend(c for c in headings if c.end <= draft.clauses[0].start)
        # "- أريحا: 3 شهداء ... - سرمين: شهيد ... القصف مصدره قوات النظام": a closing sentence on "the shelling" the
        # list told, with no toll of its own, says who fired it
        closing = [c for c in lead.clauses if not c.figures and _THE_ATTACKS_TOLD.match(text, c.start)
                   and mains and all(d.clauses[-1].end <= c.start for d in mains)]
        for draft in mains:
            draft.context.extend(closing)
        # (but a town's toll told as a share of the lead's, "Nine of them died in ..., while three were killed in
        # ...", was the lead's doing)
        shares = {d.clauses[0].sentence for d in mains if _SHARE_OF_THEM.match(text, d.clauses[0].start)}
        for draft in mains:
            draft.share_of_lead = draft.clauses[0].sentence in shares
        defaults.lead_actors = [i for c in lead.clauses if c.cues and c.figures for i in c.of("actors")
                                if i.value not in ("-", "unknown")
                                and not among_the_victims(c, i, text)]  # (not "..., the Kurdish-led SDF said")
    return defaults


_THE_ATTACKS_TOLD = re.compile(r"\s*(?:وكان |و)?(?:القصف|الغارات|الهجوم|الهجمات)(?: \S+)? (?:مصدره|مصدرها|من|نفذته|نفذتها)\s"
                               r"|\s*the (?:shelling|strikes|attacks?) (?:came from|was carried out by|were carried out by)\s")
_DAMAGED_IN_A_YEAR = re.compile(r"\b(?:had been|was|were) (?:damaged|destroyed|hit) by (?:[\w-]+ ){0,3}in (?:19|20)\d\d\b"
                                # "خرج القسم القديم عن الخدمة إثر استهدافه بغارات جوية العام الماضي"
                                r"|(?<!\w)(?:اثر|جراء|بعد) (?:\S+ ){1,4}(?:العام|السنه) (?:الماضي|الماضيه|الفائت|الفائته)(?!\w)")
_SHARE_OF_THEM = re.compile(r"\s*(?:\w+|\d+) of (?:them|the dead|those killed) (?:died|were|was)\b"
                            # "وأوضحت المصادر أن سبعة من القتلى سقطوا في ..."
                            # ("وقال الدفاع المدني السوري إن ثلاثة من القتلى سقطوا في ...")
                            r"|\s*(?:و?(?:اوضحت?|اضافت?|قالت?|ذكرت?|افادت?) (?:\S+ ){0,4}?ان )?(?:\S+) "
                            r"(?:منهم|من القتلي|من الضحايا|من الشهداء) (?:سقطوا|قضوا|قتلوا|كانوا)(?:\s|$)"
                            # "وتوزع الضحايا بين مدينة تلبيسة (9 قتلى) ...": the lead's toll, divided among its towns
                            r"|\s*و?(?:توزع|توزعت) (?:القتلي|الضحايا|الشهداء|الحصيله|الجرحي|الاصابات)"
                            r"(?: (?:الاخرون|الباقون))? (?:بين|علي)(?:\s|$)")
_TODAY_OR_YESTERDAY = re.compile(r"اليوم|امس|\btoday\b|\byesterday\b")


def _day_of_a_daily_total(clauses, text: str):
    """'وبذلك يرتفع إلى 13 عدد المدنيين الذين قضوا اليوم في محافظة إدلب': a report whose only day word is in the
    day's total of the attacks it told dates them by it."""
    return next((d for c in clauses if c.aggregate and not c.background for d in c.dates
                 if d.date is not None and d.precision == "day" and not said_on(c, d.start, text)
                 and _TODAY_OR_YESTERDAY.search(text, d.start, d.end)), None)


def _told_beside(lead: Draft, main: Draft) -> bool:
    """'أعلنت وزارة الدفاع التركية مقتل جنديين في هجوم جوي ... فيما قتل 3 مدنيين بقصف مدفعي على سرمين': a lead
    with a toll of its own from another kind of attack, told beside the incident in one sentence, is another
    event, not the incident's lead."""
    first = main.clauses[0]
    if not any(c.sentence == first.sentence for c in lead.clauses) or "clause_break" not in first.cue_values:
        return False
    if not any(f for c in lead.clauses for f in c.figures if not f.bare):
        return False
    told = {i.value for c in lead.clauses for i in c.cues if i.value != "generic"}
    own = {i.value for c in main.clauses for i in c.cues if i.value != "generic"}
    return bool(told and own) and not told & own


def _over_several_places(lead: Draft) -> bool:
    """'Air strikes killed 21 civilians in several towns', 'قتل 12 مدنياً في مدن وبلدات ريف إدلب': a lead's toll
    over many places is not the toll of the one town told after it."""
    return any(i.category == "places" and i.value == "type" and i.col(1) == "plural"
               for c in lead.clauses if c.figures for i in c.items)


_THE_LEADS_ATTACK = re.compile(r"\s*(?:the (?:air ?strikes?|strikes?|raids?|shelling|attacks?|bombardment|bombing)"
                               r"|و?(?:الغارات|الغاره|القصف|الضربات|الهجوم)) ")


_ONE_UNNAMED_PLACE = re.compile(r"\b(?:on|in|hit|struck) an? (?:village|town|market|house|school|camp) (?:in|near|on)\b")


def _larger_total(lead: Draft, main: Draft, text: str) -> bool:
    """'At least 11 civilians were killed in the Idlib region ... Nine of them died in strikes on Sarmin': a lead
    that names no town and counts more dead than the town's own exact toll counts more places than the town."""
    if any(c.towns for c in lead.clauses):
        return False
    if any(_ONE_UNNAMED_PLACE.search(text, c.start, c.end) for c in lead.clauses if c.figures):
        return False  # "A government airstrike on a village in ... Idlib province killed at least seven ... The dead in
        # Maarshurin included a woman and her four children": the one village, named after, and some of its dead
    if not main.clauses[0].figures and _THE_LEADS_ATTACK.match(text, main.clauses[0].start):
        return False  # "Russian air strikes killed at least nine in Idlib province ... The strikes hit a neighbourhood
        # in the town of Maaret Misrin ... The White Helmets said its volunteers had pulled seven bodies": the lead's
        # strikes, placed; a smaller count after it is another source's
    for outcome in ("killed", "injured"):
        told = [f.count.low for c in lead.clauses for f in c.figures if f.outcome == outcome and f.count.low]
        own = [f.count.best for c in main.clauses for f in c.figures if f.outcome == outcome and f.exact
               and f.count.best]
        if told and own and max(own) < min(told):
            return True
    return False


def _struck_by_lead(lead: Draft, mains: list[Draft]) -> Draft | None:
    """'At least nine were killed in strikes on Idlib, including a crowded market' and then 'the attack targeted a
    market in Jisr al-Shughour': a lead's toll that names a target goes to the one incident with that target."""
    # The target must be told with the toll ("كما تسبب القصف في خروج مشفى عن الخدمة" after a regional total is not).
    named = {item.value for clause in lead.clauses if clause.figures for item in clause.of("targets")} - {"residential"}
    if not named:
        return None
    sharing = [d for d in mains if named & {item.value for clause in d.clauses for item in clause.of("targets")}]
    return sharing[0] if len(sharing) == 1 else None


# "the soldiers", "the victims", "القتلى": the people a toll told before counted, named again without a number
_THOSE_COUNTED = re.compile(r"\bthe (?:soldiers|victims|dead|wounded|civilians|fighters|troops)\b|"
                            r"(?:^|\s)(?:الجنود|العناصر|الضحايا|القتلى|الجرحى|المصابين|الشهداء)(?:\s|$)")


def _where_the_leads_victims_were(lead: Draft, mains: list[Draft], text: str) -> Draft | None:
    """'At least 33 Turkish soldiers were killed in an air strike in Idlib province ... The soldiers were hit in
    Balyun ...' and then another attack elsewhere: the lead's toll goes to the one incident, with no toll of its
    own, that tells where those it counted were hit."""
    if not any(f for clause in lead.clauses for f in clause.figures if not f.bare):
        return None
    telling = [d for d in mains if not any(f for c in d.clauses for f in c.figures if not f.bare)
               and any(_THOSE_COUNTED.search(text, c.start, c.end) for c in d.clauses)]
    return telling[0] if len(telling) == 1 else None


def _drop_group_totals(drafts: list[Draft], text: str) -> None:
    """A lead listing towns with one total is not an extra incident when each town has its own report."""
    singles: dict[str, Draft] = {}
    for draft in sorted(drafts, key=lambda d: d.role != "main"):  # a town's own main report, before a recalled one
        if len(draft.places) == 1:
            singles.setdefault(place_key(draft.places[0], text), draft)
            if draft.places[0].place is None and (name := _unknown_name(draft.places[0], text)):
                singles.setdefault(name, draft)
    for draft in list(drafts):
        if len(draft.places) > 1 and not (len(draft.places) == 2 and _LANDMARK_BETWEEN.fullmatch(
                text, draft.places[0].end, draft.places[1].start)):
            # (not "the village of Maar Hattat near Khan Shaykhun": one town, placed by the one near it, whose own
            # attack a later paragraph tells)
            # (a village the gazetteer lacks, listed with where it lies, "قرية عبديتا في ريف جسر الشغور", and told
            # again by its name alone, "في عبديتا")
            keys = [_single_key(p, text, singles) for p in draft.places]
            told = [(key, place) for key, place in zip(keys, draft.places)
                    if key in singles and singles[key].role == draft.role]
            if not told or not any(p.place is not None for p in draft.places):
                continue
            for key, place in told:  # the total goes; who attacked, with what, when, stays with each town
                single = singles[key]
                single.context.extend(draft.clauses)
                if single.places[0].place is None and single.places[0].admin1 is None:
                    single.places[0].admin1 = place.admin1  # a town the gazetteer lacks: where the list put it
            if len(told) == len(keys):
                drafts.remove(draft)
            elif not any(c.figures for c in draft.clauses):
                # "مدن وبلدات معرة النعمان وجرجناز والغدفة وتلمنس" with tolls told for the first two: the list stands
                # for the others
                draft.places = [p for key, p in zip(keys, draft.places) if (key, p) not in told]


def _exact_killed(draft: Draft) -> int | None:
    tolls = [f.count.best for c in draft.clauses for f in c.figures if f.outcome == "killed" and f.exact]
    return tolls[0] if len(tolls) == 1 else None


_AN_EARLIER_VERSION = re.compile(r"\ban earlier version of this (?:story|article|report)\b")


def _drop_what_a_correction_retracts(drafts: list[Draft], text: str) -> None:
    """'Correction: An earlier version of this story said the air strike hit Ariha. It hit the village of Ihsim ...':
    the place a correction retracts is no attack, when the attack is told at another (a correction of the attacker
    only, 'incorrectly said the strike on Sarmin was carried out by Russian jets', keeps its town's draft whole)."""
    if "earlier version" not in text:
        return
    for draft in list(drafts):
        if draft.clauses and all(_AN_EARLIER_VERSION.search(text, c.start, c.end) for c in draft.clauses) \
                and any(d is not draft and any(c.figures for c in d.clauses) for d in drafts):
            drafts.remove(draft)


def _fold_a_sides_own_claim(drafts: list[Draft]) -> None:
    """'زعمت وزارة الدفاع الروسية أن طائراتها استهدفت مقراً ... قرب مدينة جسر الشغور، في حين قال الدفاع المدني إن
    الغارات أصابت منازل مدنيين في حي المشيرفة وأدت إلى مقتل امرأة وطفلها': what the side says it hit, in the sentence
    that tells the toll of the same town, is that attack (its side, not an attack of its own)."""
    for claim in list(drafts):
        if claim.role != "main" or claim.key is None or any(c.figures for c in claim.clauses) \
                or not claim.clauses or not all("denial" in c.cue_values for c in claim.clauses):
            continue
        told = next((d for d in drafts if d is not claim and d.key == claim.key and d.role == "main"
                     and any(c.figures for c in d.clauses) and d.clauses[0].sentence == claim.clauses[-1].sentence),
                    None)
        if told is not None:
            told.clauses[:0] = [c for c in claim.clauses if c not in told.clauses]
            drafts.remove(claim)


def _drop_a_total_of_the_tolls_after(drafts: list[Draft]) -> None:
    """'تعرضت مدينة أريحا وقرى جبل الزاوية لقصف ... أسفر عن مقتل خمسة مدنيين ... استهدف يوم الأحد بلدة بليون، ما أدى
    لمقتل امرأة وطفلها، فيما قُتل ثلاثة رجال اليوم ... على أطراف مدينة أريحا': a first toll that the towns' own tolls
    told after it add up to, in a town among theirs, is their total, no incident of its own (its attack words, told of
    all the towns together, are not given to each)."""
    mains = [d for d in drafts if d.role == "main" and d.clauses]
    if len(mains) < 3:
        return
    first, after = mains[0], mains[1:]
    total, tolls = _exact_killed(first), [_exact_killed(d) for d in after]
    if total is None or len(first.places) != 1 or first.places[0].place is None or None in tolls \
            or sum(tolls) != total or first.clauses[-1].start > after[0].clauses[0].start:
        return
    towns = {d.places[0].place.place_id for d in after if d.places and d.places[0].place is not None}
    if first.places[0].place.place_id in towns:
        drafts.remove(first)


_LANDMARK_BETWEEN = re.compile(r"\s*,?\s*(?:near|close to|قرب|بالقرب من)\s+")


def _single_key(place, text: str, singles: dict) -> str:
    """The key a listed place's own incident is filed under: its place's, or, for a village the gazetteer lacks (or
    placed only near a town), its name's when an incident was filed under that name."""
    key = place_key(place, text)
    if key in singles or not (place.place is None or place.near):
        return key
    name = _unknown_name(place, text)
    return name if name in singles else key


_TYPE_WORD = re.compile(r"^(?:ال)?(?:قريه|قريتي|بلده|بلدتي|مدينه|مخيم|مزرعه|the (?:village|town|city) of)\s+")


def _unknown_name(place, text: str) -> str:
    """The first word of the name of a place the gazetteer lacks, without its type word ("قرية عبديتا ..." -> عبديتا)."""
    words = _TYPE_WORD.sub("", text[place.start : place.end]).split()
    return f"name:{words[0]}" if words else ""


def document_from_text(text: str, published: dt.date | None = None, *, source: str | None = None,
                       title: str | None = None, language: str | None = None, doc_id: str | None = None,
                       raw: bytes | None = None) -> Document:
    raw = raw if raw is not None else text.encode("utf-8")
    # Evidence offsets index the stored text, so the stored text is the NFC form the extractor reads.
    text = unicodedata.normalize("NFC", text)
    return Document(
        id=doc_id or hashlib.sha256(raw).hexdigest(),
        source=source,
        title=title,
        published=published,
        language=language or detect_language(text),
        text=text,
    )


_DEFAULT: Extractor | None = None


def extract_text(text: str, published: dt.date | None = None) -> ExtractionResult:
    """Convenience for one text with the default extractor (built on first use)."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Extractor()
    return _DEFAULT.extract(document_from_text(text, published))


_BYLINE_NAME = re.compile(r"\(\s*([^\W\d_]+(?:\s+[^\W\d_]+){1,3})\s*\)\s*$")
_CORRESPONDENT = Entry("sources", "", "correspondent")
_FLIGHT_MONITORS = Entry("sources", "", "flight monitors")
# "المرصد 45 | 14:20 — طائرة حربية روسية ...": a numbered station of the flight monitors labels its post
_A_NUMBERED_MONITOR = re.compile(r"\s*((?:ال)?مرصد\s+\d{1,3})\s*[|:—–-]")


def _byline(scanned) -> Item | None:
    """A dateline that ends with a person's name in brackets ("أخبار الآن | ريف إدلب – سوريا (محمد كركص)") or names
    the correspondent ("سراقب – مراسل الجسر"): the report is its correspondent's own account."""
    text = scanned.text
    monitor = _A_NUMBERED_MONITOR.match(text)
    if monitor is not None:
        return Item(monitor.start(1), monitor.end(1), _FLIGHT_MONITORS, "", None, "sources", "flight monitors")
    begin = _after_a_headline(text)  # ("مقتل طفلين ...\n\nدرعا - تجمع أحرار حوران\n\n": the dateline under a title)
    head = [i for i in scanned.items if i.start >= begin][:5]
    # (a governorate is two items, its code and its city: "ريف إدلب – مركز إدلب الإعلامي")
    # "Aleppo, SANA- Two civilians ...", "حلب-سانا": a dateline that names the agency whose report it is
    if len(head) >= 2 and head[0].category == "place" and not text[begin : head[0].word_start].strip():
        agency = next((i for i in head[1:] if i.category == "sources"), None)
        between = text[head[0].end : agency.word_start] if agency is not None else ""
        if agency is not None and "/" in between:
            # ("كري سبي/ تل أبيض – هاوار:": the town by its two names, then the agency)
            for other in head[1:]:
                if other.category in ("place", "places") and other.end <= agency.word_start:
                    between = between.replace(text[other.word_start : other.end], "")
        if agency is not None and between.strip(" ,،-–—/") == "" and (
                _DATELINE_DASH.match(text, agency.end) or any(dash in between for dash in "-–—/")):
            return agency  # ("القنيطرة-سانا", "قامشلو/ هاوار -" over the report)
    agency = next((i for i in head if i.category == "sources"), None)
    if agency is not None and _UNKNOWN_PLACE_DASH.fullmatch(text, begin, agency.word_start) \
            and _DATELINE_END.match(text, agency.end):
        return agency  # "الشهباء – هاوار:": a place the gazetteer lacks, then the agency
    line_end = text.find("\n")
    if line_end == -1 or line_end > 120:
        return None
    # "سراقب – مراسل الجسر": a dateline that names the outlet's correspondent
    credited = [i for i in scanned.items if i.end <= line_end]
    if credited and all(i.category in ("sources", "place", "places") for i in credited) \
            and any(i.category == "sources" and i.value == "correspondent" for i in credited):
        return next(i for i in credited if i.category == "sources" and i.value == "correspondent")
    match = _BYLINE_NAME.search(text, 0, line_end)
    if match is None or any(item.start < match.end(1) and item.end > match.start(1) and item.value != "nisba"
                            for item in scanned.items):
        return None  # "(خاص)", a place or any other word the lexicons know is not a name (a family name may be one)
    return Item(match.start(1), match.end(1), _CORRESPONDENT, "", None, "sources", "correspondent")


_ITS_SHORT_NAME_DASH = re.compile(r"\s*\([^()\n]{1,20}\)\s*[-–—]\s")


def _after_a_headline(text: str) -> int:
    """Where the text goes on after a headline standing alone over it (a short line, a blank line after it, no full
    stop), else 0."""
    headline = _A_HEADLINE.match(text)
    return headline.end() if headline is not None else 0


_A_HEADLINE = re.compile(r"[^\n.!؟?]{12,150}\n\s*\n\s*")
_HEARD_ONLY = frozenset({"explosion", "generic"})  # blasts heard, no attack of a kind told yet
_DATELINE_DASH = re.compile(r"\s*[-–—/]")  # (a slash: "قامشلو/ هاوار")
_UNKNOWN_PLACE_DASH = re.compile(r"\s*[^\s:،,.]+(?:\s+[^\s:،,.]+)?\s*[-–—]\s*")
_DATELINE_END = re.compile(r"\s*(?::|\n)")
# (or a dash: "— Syria Civil Defence"; after an emoji: "✍️ المصدر: مراسل الشبكة")
_CREDIT = r"(?:المصدر|المصادر|sources?|figures)\s*:"  # "المصدر:", "Sources:", "Figures:"
# ("... No casualties were reported. (Source: Syria Response Coordinators)": the word for a credit may open it)
_CLOSING_CREDIT = re.compile(rf"[.!]\s*\((?:{_CREDIT}\s*)?([^()\n]{{3,60}})\)\s*$")
_CREDIT_LINE = re.compile(rf"(?:[^\w\s]+\s*)?{_CREDIT}\s*|[—–-]\s*")
_CREDIT_CLOSING_THE_LINE = re.compile(rf"[.!?؟]\s+{_CREDIT}\s*(?=[^.:]+\.?$)")
_LISTED_NEXT = re.compile(r"[^,،\n]{1,40}[,،]\s*")  # ("Sources: local media, Syrian Civil Defence.")


def _credited_with(speaker: Item | None, scanned) -> list[Item]:
    """'Sources: local media, Syrian Civil Defence.': the sources a credit line lists after the first."""
    if speaker is None:
        return []
    text = scanned.text
    line_start, line_end = text.rfind("\n", 0, speaker.start) + 1, text.find("\n", speaker.end)
    line_end = len(text) if line_end == -1 else line_end
    if not _LISTED_SOURCES.search(text, line_start, speaker.start):
        return []
    return [i for i in scanned.items if i.category == "sources" and speaker.end <= i.start < line_end
            and i.value != speaker.value]


_LISTED_SOURCES = re.compile(r"(?:المصادر|\bsources)\s*:")


def _source_opening(lexicon, text: str, start: int) -> Item | None:
    """The source named where `start` opens a name, after at most one word for what it is ("المصدر: فريق منسقو استجابة
    سوريا", "Source: the UN", "Spokesman for the Secretary-General"), or None."""
    hits = [hit for hit in lexicon.match(text[start:]) if hit.category == "sources"]
    if hits and len(text[start : start + hits[0].start - len(hits[0].prefix)].split()) <= 1:
        return Item(start + hits[0].start, start + hits[0].end, hits[0].entry, "", None, "sources", hits[0].entry.value)
    listed = _LISTED_NEXT.match(text, start)  # (the first of a list of sources that the lexicon knows)
    return _source_opening(lexicon, text, listed.end()) if listed is not None and "\n" not in text[start:listed.end()] \
        else None


def _signature(scanned, lexicon) -> Item | None:
    """A post signed with its channel's tag as its last (or first) line ("#الدفاع_المدني_السوري") or a credit line
    ("المصدر: الدفاع المدني السوري"): the post is that source's account."""
    text = scanned.text.rstrip()
    line_start = text.rfind("\n") + 1
    line = text[line_start:]
    credit = _CREDIT_LINE.match(line)  # "المصدر: الدفاع المدني السوري", "Source: SOHR"
    if credit is not None:
        return _source_opening(lexicon, text, line_start + credit.end())
    credit = _CREDIT_CLOSING_THE_LINE.search(line)  # "... no word on casualties yet. Source: local activists"
    if credit is not None:
        return _source_opening(lexicon, text, line_start + credit.end())
    signed = _SIGNED_FOR.match(line)  # "Stephane Dujarric, Spokesman for the Secretary-General"
    if signed is not None and "\n" in text:
        return _source_opening(lexicon, text, line_start + signed.end())
    heading = _A_HEADINGS_CREDIT.match(text)  # "Weekend toll of regime shelling in eastern Idlib (Syrian Civil Defence):"
    hit = next((h for h in lexicon.match(heading.group(1)) if h.category == "sources"
                and len(heading.group(1)[: h.start].split()) <= 1), None) if heading is not None else None
    if hit is not None and hit.end >= len(heading.group(1).rstrip()) - 1:
        return Item(heading.start(1) + hit.start, heading.start(1) + hit.end, hit.entry, "", None, "sources",
                    hit.entry.value)
    bracket = _CLOSING_CREDIT.search(text)  # "... (Turkish Ministry of National Defence)" closing the text
    hit = _source_named(lexicon, bracket.group(1)) if bracket is not None else None
    if hit is not None and hit.end == len(bracket.group(1)):
        return Item(bracket.start(1) + hit.start, bracket.start(1) + hit.end, hit.entry, "", None, "sources",
                    hit.entry.value)
    first_end = text.find("\n")
    for start, end in ((line_start, len(text)), (0, first_end)):  # the post's last line, or its first
        line = text[start:end]
        if end <= start or not line.startswith("#") or " " in line.strip():
            continue
        hit = _source_named(lexicon, line[1:])
        # (a first line must be the name and nothing more: "#الرقة_تذبح_بصمت" over the post)
        if hit is not None and (start > 0 or hit.end >= len(line.rstrip()) - 1):
            return Item(start + 1, start + len(line.rstrip()), hit.entry, "", None, "sources", hit.entry.value)
    handle = _CLOSING_HANDLE.search(text)  # "... AT LEAST 7 DEAD - @SyriaCivilDef #Idlib": the account credited
    hit = _source_named(lexicon, handle.group(1)) if handle is not None else None
    if hit is not None and hit.end >= len(handle.group(1).rstrip()) - 1:
        return Item(handle.start(1), handle.end(1), hit.entry, "", None, "sources", hit.entry.value)
    closing = _CLOSING_TAG.search(text)  # "... قبل قليل. #الدفاع_المدني_السوري": the tag after the last sentence
    hit = _source_named(lexicon, closing.group(1)) if closing is not None else None
    if hit is not None and hit.end >= len(closing.group(1)) - 1:
        return Item(closing.start(1), closing.end(1), hit.entry, "", None, "sources", hit.entry.value)
    return None


_A_HEADINGS_CREDIT = re.compile(r"[^\n]{3,120}?\(([^()\n]{3,60})\)\s*:[ \t]*\n")
_CLOSING_TAG = re.compile(r"[.!؟]\s*#(\w+)\s*$")
_CLOSING_HANDLE = re.compile(r"\s[-–—]\s*@?(\w[^-–—#@\n.]{1,40}?)(?:\s+#\w+)*\s*$")  # (or a name: "- local sources")


def _source_named(lexicon: Lexicon, name: str):
    """The source a tag or a credit names from its first word ("الخوذ_البيضاء" read with its underscores as
    spaces), or None."""
    hit = next((h for h in lexicon.match(name.replace("_", " ")) if h.category == "sources"), None)
    return hit if hit is not None and hit.start == len(hit.prefix) else None


# "#الخوذ_البيضاء:", and an account's handle opening its post or a repost of it ("RT @SyriaCivilDef:", "@SyriaCivilDef |")
# "#WhiteHelmets: ...", "🔴 #الدفاع_المدني_السوري" alone on the post's first line (a mark or emoji may come first)
_OPENING_TAG = re.compile(r"\s*(?:[^\w\s#@]+\s*)?(?:rt\s+)?[#@](\w+)[ \t]*(?:[:|]|\n)", re.IGNORECASE)
_FIRST_SENTENCE_END = re.compile(r"[.!?\n]")
_TAG = re.compile(r"#(\w+)")
_TAGS_ONLY = re.compile(r"\s*(?:#\w+\s*)+")
# the first person of an organisation telling of its own work
_OUR_TEAMS = re.compile(r"(?<!\w)(?:فرقنا|كوادرنا|متطوعونا|متطوعينا|our teams|our volunteers)(?!\w)")
# a statement's last line naming who signs it for whom
_SIGNED_FOR = re.compile(r"[^,\n]{3,60}, (?:the )?(?:deputy )?(?:spokes(?:man|woman|person)|director|head|coordinator|"
                         r"representative)(?: [^,\n]{0,30}?)? (?:for|of) ")
_CREDIT_BRACKET = re.compile(r"\(\s*@?$")
# "... ما أدى إلى مقتل سيدتين. وثّقت الشبكة السورية لحقوق الإنسان الحادثة.", "... The incident was documented by
# SNHR.": a closing sentence that only says who recorded what was told before it
_DOCUMENTED_IT = re.compile(r"(?:^|[.\n]\s*)(?:و?(?:وثقت|وثق|رصدت|رصد)\s+(?P<ar>[^.\n]{3,80}?)\s+(?:الحادثه|الحادث|الهجوم|المجزره|الواقعه|ذلك)"
                            r"|the (?:incident|attack|strike|killing) was (?:documented|recorded) by (?P<en>[^.\n]{3,80}?)"
                            # ("... killing a woman and injuring her two children. SNHR documented the incident.")
                            r"|(?P<en2>[^.\n]{3,60}?) (?:documented|recorded) the (?:incident|attack|strike|killing))"
                            r"\s*\.?\s*$")
_STATEMENT_BY = re.compile(r"\W*(?:joint )?(?:statement|press release)\s+(?:by|from|of|attributable to)\b"
                           r"|\W*(?:بيان|تصريح)\s+(?:صادر\s+)?(?:عن|من)\s")
# its town after the name: "المجلس المحلي لمدينة كفرنبل:", "شبكة شام – حلب:" (a dateline after the outlet), "الدفاع
# المدني في ريف دمشق:" (its branch)
# (or alone on the first line, the post under it: "المجلس المحلي في بلدة كفرتخاريم\n⚠️ تعرضت البلدة ...")
_OF_ITS_TOWN = re.compile(r"\s*(?:ل(?:مدينه|بلده|قريه|بلدات)\s+|(?:في|من)\s+(?:(?:مدينه|بلده|قريه|بلدات)\s+)?|[-–—]\s*)"
                          r"[^\s:]+(?:[ \t]+[^\s:]+){0,2}[ \t]*(?::|\n)")
# "تسجيل صوتي لناشط من كفرنبل: ...": a recording (a testimony) of the one who speaks in it
_A_RECORDING_OF = re.compile(r"\s*(?:تسجيل صوتي|تسجيل مصور|رساله صوتيه|شهاده)\s+(?=ل)")
_BREAKING = re.compile(r"\s*(?:[^\w\s#@]+\s*)?#?عاجل\s*(?:[|:]+|\s)\s*")  # ("🔴 #عاجل | ", "عاجل: ")
_A_MARK = re.compile(r"\s*[^\w\s#@(]+\s*")  # ("🔴 منسقو استجابة سوريا:": an emoji before the channel's name)
_ITS_OUTLET = re.compile(r"(?:\s+[^\s:،,.]+){1,3}\s*:")  # "مراسل تلفزيون سوريا:": whose correspondent, then the colon
_HOSPITALS_NAME = re.compile(r"\s+[^\s:]+(?:\s+[^\s:]+)?\s*:")  # "مصدر في مشفى الرستن:": the hospital's name
# a heading naming a paper its first words' organisation issues ("OCHA Syria: Flash Update No. 3")
_ISSUED_PAPER = re.compile(r"\b(?:flash update|situation report|sitrep|humanitarian update|bulletin|daily report)\b"
                           r"|(?<!\w)(?:نشره|التقرير اليومي|تقرير يومي|موجز)(?!\w)")
_SPAN_BEFORE = re.compile(r"\s*(?:(?:between|from|during|in|since|over)\b[^,.\n]{1,40},"
                          r"|(?:weekly|daily|monthly) (?:toll|update|report)\b[^.\n:]{0,30}:)\s*(?:the\s+)?")
# ("Weekly toll, 14-20 March: Syria Response Coordinators recorded ...": the period's heading, then who counts)
_SAID_TODAY = re.compile(r" said today[.,]")


_FIRST_CELL = re.compile(r"\s*([^\W\d_]+(?: [^\W\d_]+){0,3})\s*(?: \| |\t)")


def _row_of_an_unknown_place(clause, text: str, line_start: int, admin1: str | None) -> PlaceMention | None:
    """A table row whose first cell is a name and no place the gazetteer knows: a town by its name as written."""
    cell = _FIRST_CELL.match(text, line_start)
    if cell is None or not line_start <= clause.start <= cell.end() or any(
            cell.start(1) <= i.start < cell.end(1) for i in clause.items):
        return None
    return PlaceMention(cell.start(1), cell.end(1), None, "town", admin1, guessed=True)


_FOREIGN_AFTER = re.compile(r"\s*(?:ال)?(?:تركيه|العراقيه|اللبنانيه|الاردنيه)(?!\w)")
_FOREIGN_BEFORE = re.compile(r"\bthe (?:turkish|iraqi|lebanese|jordanian) (?:border |frontier )?(?:(?:town|city|village|"
                             r"province|district) of )?$|(?<!\S)ولايه $")


def _named_as_foreign(place, text: str) -> bool:
    """'مدينة كلس التركية', 'ولاية كلس', 'the Turkish border town of Kilis': a place across the border (but not a town
    of ours the English names by the border it lies on: "near the Turkish border town of Sarmada")."""
    before = _FOREIGN_BEFORE.search(text, max(0, place.start - 40), place.start)
    return _FOREIGN_AFTER.match(text, place.end) is not None \
        or before is not None and (before.group(0).startswith("ولايه") or place.place is None)


_A_FOREIGN_TOWN = re.compile(r"\bthe (?:turkish|iraqi|lebanese|jordanian) (?:border |frontier )?(?:town|city|village|"
                            r"province|district) of \w")
_IN_A_COUNTRY_AFTER = re.compile(r",? in ([a-z]+)(?: [a-z]+)?\b")  # ("in Iraq", "in Saudi Arabia")
_DENIED_REPORTS = re.compile(r"(?:نفي|نفت|تنفي)\s+(?:\S+\s+){0,4}?(?:الانباء|الاخبار|التقارير|الانباء المتداوله)\s"
                             r"|\bden(?:ied|ies)\s+(?:\w+\s+){0,2}reports?\b")
_NO_ATTACK_BUT = re.compile(r"(?<!\S)(?:ناجم|ناتج)\w*\s+عن\s+(?:حريق|انفجار\s+(?:مولده|اسطوانه)|ماس\s+كهربائي|تسرب)"
                            r"|\b(?:caused by|was due to|resulted from)\s+(?:a |an )?(?:fire|gas leak|generator|electrical)")


def _denied_as_no_attack(scanned) -> bool:
    """'نفى الدفاع المدني الأنباء عن استهداف مدرسة ...، مؤكداً أن الانفجار ناجم عن حريق في مولدة': the report denies
    that there was an attack, and says what the blast was instead."""
    opening = scanned.text[:300]
    return _DENIED_REPORTS.search(opening) is not None and _NO_ATTACK_BUT.search(scanned.text) is not None


def _ends_with_colon(text: str, start: int, end: int) -> bool:
    """text[start:end].rstrip().endswith(":"), without copying the clause."""
    while end > start and text[end - 1].isspace():
        end -= 1
    return end > start and text[end - 1] == ":"


_OPENS_SAYING = re.compile(r" (?:said|says|has said|reported|announced|documented|verified|investigated|has "
                           r"documented|recorded|confirmed|(?:strongly )?condemn(?:s|ed))\b")


def _a_list_or_table_next(text: str, end: int) -> bool:
    """The next line that is not blank opens a list item or a table row."""
    line = end + len(text[end:]) - len(text[end:].lstrip())
    return bool(LIST_LINE.match(text, line)) or text.startswith("|", line)


def _named_by_its_place(scanned, source: Item) -> bool:
    """'مديرية صحة إدلب: استقبلت مشافي ...': the body, its governorate or town right after its name, then the colon."""
    place = next((i for i in scanned.items if i.start >= source.end and i.category == "place"), None)
    return place is not None and not scanned.text[source.end : place.word_start].strip() \
        and scanned.text[place.end : place.end + 2].lstrip().startswith((":", "|"))  # ("مديرية صحة إدلب | ...")


def _speaker(scanned, lexicon: Lexicon) -> Item | None:
    """The source a report opens with ("أعلن الدفاع المدني ...", "قال المرصد ...", "المرصد السوري: ..."): the
    report is its account."""
    first = scanned.items[0] if scanned.items else None
    if first is not None and first.category != "sources":
        # ("الجيش الوطني السوري: مقتل 3 من مقاتلينا ...": a side's name read twice, as the side and as who speaks)
        first = next((i for i in scanned.items[1:3] if i.start == first.start and i.category == "sources"), first)
    after = next((i for i in scanned.items[1:4] if i.start != first.start), None) if first is not None else None
    if first is not None and first.category == "place" and after is not None and after.category == "sources" \
            and not scanned.text[: first.word_start].strip() and not scanned.text[first.end : after.word_start].strip() \
            and scanned.text[after.end : after.end + 3].lstrip().startswith((":", "|")):
        return after  # "Idlib Health Directorate: 3 killed ...": the governorate's directorate over its post (the
        # name read twice, as the governorate and as its city, counts once)
    tagged = _OPENING_TAG.match(scanned.text)
    hit = _source_named(lexicon, tagged.group(1)) if tagged is not None else None
    if hit is not None and hit.end == len(tagged.group(1)):
        # "#الخوذ_البيضاء: أصيب مدنيان ...", "#WhiteHelmets: ...": the channel's own tag
        return Item(tagged.start(1), tagged.end(1), hit.entry, "", None, "sources", hit.entry.value)
    breaking = _BREAKING.match(scanned.text) or _A_RECORDING_OF.match(scanned.text) or _A_MARK.match(scanned.text)
    opens_at = breaking.end() if breaking is not None else 0
    if opens_at:
        first = next((i for i in scanned.items if i.start >= opens_at), None)
    if first is not None and first.category == "sources" and not scanned.text[opens_at : first.word_start].strip() \
            and not scanned.text.split("\n", 1)[0].rstrip().endswith(("?", "؟")) \
            and (scanned.text[first.end : first.end + 3].lstrip().startswith((":", "|"))
                 # ("#عاجل | مراسل تلفزيون سوريا: طائرات حربية روسية تشن غارات ...": the outlet's correspondent)
                 or first.value == "correspondent" and _ITS_OUTLET.match(scanned.text, first.end)
                 or _OF_ITS_TOWN.match(scanned.text, first.end)
                 or _ITS_SHORT_NAME_DASH.match(scanned.text, first.end)  # ("Hawar news agency (ANHA) - Two ...")
                 or _named_by_its_place(scanned, first)
                 or first.entry.pattern.endswith(("مشفي", "مستشفي")) and _HOSPITALS_NAME.match(scanned.text, first.end)):
        return first  # ("مركز حلب الإعلامي | عاجل": a channel's label over its post; "المجلس المحلي لمدينة كفرنبل:")
    heading = scanned.text.split("\n", 1)[0].rstrip()
    if heading.endswith(("?", "؟")) and "\n" in scanned.text:
        # "Syria Direct: What is the situation in Douma now?\nAbu Khaled, a resident of Douma: Very bad. ...": an
        # interview, told by the one who answers, named before the colon of the answer
        answer = scanned.text.find("\n") + 1
        line_end = scanned.text.find("\n", answer)
        label_end = scanned.text.find(":", answer, line_end if line_end >= 0 else len(scanned.text))
        if label_end > answer and len(scanned.text[answer:label_end].split()) <= 8 \
                and (answerer := next((i for i in scanned.items if i.category == "sources"
                                       and answer <= i.start < label_end), None)) is not None:
            return answerer  # (an answer labelled only "A:" names no one: the credit line under it may)
    if _STATEMENT_BY.match(heading) and ("\n" in scanned.text or 0 < heading.find(":") < 100):
        # "Statement by the UNICEF Regional Director ...", "بيان صادر عن إدارة مشفى الشفاء ...:": its issuer's account
        # ("Statement by UNICEF Syria Representative: Yesterday, four children were killed ...": its heading ends at
        # the colon)
        limit = len(heading) if "\n" in scanned.text else heading.find(":")
        issuer = next((i for i in scanned.items if i.category == "sources" and i.end <= limit), None)
        if issuer is not None:
            return issuer
    if first is not None and first.category == "sources" and not scanned.text[: first.word_start].strip() \
            and "\n" in scanned.text and first.end <= len(heading) and _ISSUED_PAPER.search(heading):
        return first  # "OCHA Syria: Flash Update No. 3 – Escalation in north-west Syria": its issuer's paper
    if first is not None and first.category == "sources" and not scanned.text[: first.word_start].strip() \
            and (paper := _ISSUED_PAPER.match(scanned.text, first.end + 1)) is not None \
            and scanned.text[paper.end() : paper.end() + 2].lstrip().startswith(":"):
        return first  # "OCHA Flash Update: On 12 June, ...": the paper's name, then its text on the same line
    if first is not None and first.category == "sources" and not scanned.text[: first.word_start].strip() \
            and heading.endswith(":") and len(heading.split()) <= 8 and "\n" in scanned.text:
        return first  # "المجلس المحلي في مدينة دارة عزة:" over its statement
    if first is not None and first.category == "targets" and first.entry.pattern == "مركز الدفاع المدني" \
            and not scanned.text[: first.word_start].strip() and heading.endswith(":") \
            and len(heading.split()) <= 8 and "\n" in scanned.text \
            and (civil_defence := _source_named(lexicon, "الدفاع المدني")) is not None:
        # "مركز الدفاع المدني في مدينة الأتارب:\nاستجابت فرقنا ...": a centre of the Civil Defence over its own post,
        # its speaker and not what was hit
        return Item(first.start, first.end, civil_defence.entry, "", None, "sources", civil_defence.entry.value)
    if first is not None and first.category == "sources" and not scanned.text[: first.word_start].strip() \
            and "\n" in scanned.text and first.end >= len(heading) - 3:
        return first  # "دير الزور 24" alone on the first line: the outlet's own post
    if first is not None and first.category == "sources" and not scanned.text[: first.word_start].strip() \
            and "\n" in scanned.text and first.end < len(heading) \
            and len(heading.split()) <= (14 if heading.endswith(":") else 10) \
            and scanned.text[first.end : first.end + 3].lstrip()[:1] in ("-", "–", "—"):
        return first  # "تجمع أحرار حوران – حصيلة الأسبوع" over its list: the outlet and the name of its post
    credit = next((i for i in reversed(scanned.items) if i.category == "sources" and i.end <= len(heading)), None) \
        if "\n" in scanned.text else None
    if credit is not None and credit.end >= len(heading) - 1 and len(heading.split()) <= 14 \
            and credit.value != "correspondent" \
            and scanned.text[: credit.word_start].rstrip()[-1:] in ("-", "–", "—"):
        return credit  # "حصيلة القصف على ريف حماة الشمالي – الدفاع المدني السوري" over its table: whose account
    # "(Beirut) – Syrian government forces used cluster munitions ..., Human Rights Watch said today.": a press
    # release's opening sentence names who issues it
    sentence_end = _FIRST_SENTENCE_END.search(scanned.text)
    end = sentence_end.start() if sentence_end else len(scanned.text)
    said_today = _SAID_TODAY.search(scanned.text, 0, end + 1)
    if said_today is not None:
        issuer = next((i for i in reversed(scanned.items) if i.category == "sources" and i.end <= said_today.start()
                       and not scanned.text[i.end : said_today.start()].strip()), None)
        if issuer is not None:
            return issuer
    if first is not None and first.category == "sources" and scanned.text[: first.word_start].strip() in ("", "the") \
            and _OPENS_SAYING.match(scanned.text, first.end):
        return first  # "The UN human rights office said on Friday it had verified ...": its account
    named = next((i for i in scanned.items[:8] if i.category == "sources"), None)
    if named is not None and _SPAN_BEFORE.fullmatch(scanned.text, 0, named.word_start) \
            and _OPENS_SAYING.match(scanned.text, named.end):
        return named  # "Between 1 and 28 February, OHCHR recorded at least 21 civilian deaths ...": its account
    if _OUR_TEAMS.search(scanned.text):
        # "فرق #الدفاع_المدني_السوري تستجيب لقصف ... فرقنا أسعفت المصابين": the organisation's own post
        first_line = scanned.text.find("\n") % (len(scanned.text) + 1)
        named = next((i for i in scanned.items if i.category == "sources" and i.end <= first_line), None)
        if named is not None:
            return named
        # (its tag in the first line, or in a last line of tags only: "... Our teams evacuated the injured.
        # #WhiteHelmets #Syria")
        last_line = scanned.text.rfind("\n") + 1
        signed = last_line > 0 and _TAGS_ONLY.fullmatch(scanned.text, last_line) is not None
        for tag in [*_TAG.finditer(scanned.text, 0, first_line),
                    *(_TAG.finditer(scanned.text, last_line) if signed else ())]:
            hit = _source_named(lexicon, tag.group(1))
            if hit is not None:
                return Item(tag.start(1), tag.end(1), hit.entry, "", None, "sources", hit.entry.value)
    interview = _AN_INTERVIEW_WITH.search(scanned.text, max(0, len(scanned.text) - 200))
    if interview is not None:
        # "— Interview with a teacher at the school, conducted by phone on Saturday.": the one who answered, told
        # under the questions and answers
        interviewed = next((i for i in scanned.items if i.category == "sources" and i.start >= interview.end()), None)
        if interviewed is not None:
            return interviewed
    documented = _DOCUMENTED_IT.search(scanned.text, max(0, len(scanned.text) - 200))
    if documented is not None:
        named = next(group for group in ("ar", "en", "en2") if documented.group(group) is not None)
        begin, end = documented.span(named)
        recorder = next((i for i in scanned.items if i.category == "sources" and begin <= i.word_start and i.end <= end),
                        None)
        if recorder is not None:
            return recorder
    last = scanned.items[-2:]
    if len(last) == 2 and last[0].category == "cues" and last[0].entry.pattern == "via" \
            and last[1].category == "sources" and not scanned.text[last[1].end :].strip() \
            and scanned.text[: last[0].word_start].rstrip()[-1:] in (".", "|", "-", "") \
            and len(scanned.text[last[0].end : last[1].word_start].split()) <= 1:
        return last[1]  # "... in regime arty strike on #Kansafra this AM. Via @SyriaCivilDef": the post's credit line
    if last and last[-1].category == "sources" and not scanned.text[last[-1].end :].strip(" .\n") \
            and CREDIT_DASH.search(scanned.text, max(0, last[-1].word_start - 4), last[-1].word_start):
        return last[-1]  # "... at least 6 dead incl 2 kids, dozens injured - local sources": the post's credit
    if last and last[-1].category == "sources" and scanned.text[last[-1].end :].strip(" .\n") == ")" \
            and _CREDIT_BRACKET.search(scanned.text, max(0, last[-1].word_start - 4), last[-1].word_start):
        return last[-1]  # "... 3 in #Maarat_Misrin, 2 in #Kafr_Takharim (@SyriaCivilDef)": the post's credit
    items = scanned.items[:2]
    if len(items) == 2 and items[0].category == "cues" and items[0].value == "attribution" \
            and items[1].category == "sources" and not scanned.text[: items[0].word_start].strip() \
            and len(scanned.text[items[0].end : items[1].word_start].split()) <= 1:
        return items[1]
    return None


_REGION_DASH_TOWN = re.compile(r"(?: ال(?:شمالي|جنوبي|شرقي|غربي))?\s*[-–—]\s*")


def _set_the_dateline_aside(clause, text: str) -> None:
    """'قامشلو – هاوار: ... على طريق قرية تل حبش', 'دمشق – سانا: ... على جامعة حلب': the place a report is datelined in
    is where it was filed, not where the attack was, when the clause names another (alone, it may be both)."""
    places = [p for p in clause.places if not p.excluded]
    if len(places) < 2 or text[: places[0].start].strip():
        return
    if len(places) >= 3 and places[0].level == "region" and places[1].level == "town" \
            and _REGION_DASH_TOWN.fullmatch(text, places[0].end, places[1].start) \
            and _DATELINE_END.match(text, places[1].end):
        # "ريف حمص الشمالي - الرستن: قصفت قوات النظام ... مدينة تلبيسة": the countryside and the town it was filed in
        places[0].excluded = places[1].excluded = "dateline"
        return
    english = _ENGLISH_DATELINE_REST.match(text, places[0].end)
    if _DATELINE_DASH.match(text, places[0].end) or (
            english is not None and any(p.start >= english.end() for p in places[1:])):
        # (not "ARIHA, Idlib — ... in the centre of the city": its governorate is a part of the dateline)
        places[0].excluded = "dateline"


# "إدارة مشفى الأتارب الجراحي: استقبلنا ...": a hospital that speaks, named at the head of its post
# A saved web page's lines that are not the article: links to other articles ("Read more: ...", "اقرأ أيضاً: ..."),
# tags, share buttons, the breadcrumb. A linked headline tells another report's attack, not this one's.
_PAGE_FURNITURE = re.compile(
    r"^[ \t]*(?:[^\w\s]+[ \t]*)?"  # (after an emoji or a bullet: "🔗 للاشتراك في قناتنا على تلغرام")
    r"(?:related(?: articles?| stories| news)?\s*:|read (?:more|also)\s*:|see also\s*:|also read\s*:"
    r"|tags\s*:|share (?:on|this)\b|home\s*[>/›»]|subscribe to our\b|join (?:us|our channel) on\b|follow us on\b"
    r"|[اإ]قر[أا] [اأ]يض|[اإ]قر[أا] المزيد|شاهد [اأ]يض|(?:ال)?وسوم\s*:|شارك (?:على|عبر)\b|الرئيسي[ةه]\s*[>/›»]"
    r"|للاشتراك (?:في|ب)|اشترك (?:في|ب)|تابعونا (?:على|عبر)|رابط (?:القناة|قناتنا)).*$",
    re.IGNORECASE | re.MULTILINE)


def without_page_furniture(text: str) -> str:
    """The text with the lines of page furniture blanked (spaces of the same length, so every offset still points
    at the same character of the document)."""
    if not _PAGE_FURNITURE.search(text):
        return text
    return _PAGE_FURNITURE.sub(lambda m: " " * len(m.group(0)), text)


_HOSPITAL_SPEAKS = re.compile(r"\s*(?:اداره\s+)?(?:ال)?(?:مشفي|مستشفي)\s+[^:\n]{2,40}:")


def _set_the_speaking_hospital_aside(clause, head_end: int) -> None:
    """The town in a hospital's name over its post (which ends at `head_end`) is where the wounded were brought, not
    where the attack was, when the clause names another place."""
    places = [p for p in clause.places if not p.excluded]
    if len(places) < 2 or not clause.start <= places[0].start < head_end:
        return
    if any(p.start >= head_end for p in places[1:]):
        places[0].excluded = "hospital"


# "QAMISHLI, Syria (North Press) –", "AMUDA, Syria —", "QAMISHLI, North Press –": the rest of an English dateline
_ENGLISH_DATELINE_REST = re.compile(r",\s*(?:[a-z]+ ){0,2}[a-z]+(?:\s*\([^)\n]{1,40}\))?\s*[-–—]")


_IN_BEFORE = re.compile(r"(?:\bin|\bفي) $")


def _town_before_a_quarter(mentions: list[PlaceMention], scanned, gazetteer: Gazetteer) -> PlaceMention | None:
    """A known town the clause names before a place the gazetteer lacks (a quarter of it, when one is said); a
    governorate named there stands for its city of the same name ("In Damascus, ...")."""
    unknown = next((m.start for m in mentions if m.place is None and m.level == "town" and not m.excluded), None)
    if unknown is None:
        return None
    known = next((m for m in reversed(mentions) if m.start < unknown and m.place is not None and not m.excluded
                  and (m.level == "town" and m.place.kind == "town" or m.place.kind == "governorate")), None)
    if known is None or known.place.kind == "town":
        return known
    if not _IN_BEFORE.search(scanned.text, max(0, known.start - 4), known.start):
        return None  # ("مصدر في قيادة شرطة دمشق": an institution's name, not where)
    city = next((c.place for c in gazetteer.lookup(scanned.text[known.start : known.end], cross_script=False)
                 if c.place.kind == "town" and c.place.admin1 == known.place.admin1), None)
    return PlaceMention(known.start, known.end, city, "town", city.admin1) if city is not None else None
