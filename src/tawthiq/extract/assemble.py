"""Clauses to incidents: which sentences speak of which attack, and what each attack was."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field, replace
from functools import cached_property

from ..geo.gazetteer import Gazetteer, foreign_country_names
from ..language.dates import DateMention, find_dates
from ..language.lexicon import Entry
from ..language.scan import Item, Scan
from ..records import SUB_EVENT_PARENT, WEAPONS_BY_SPECIFICITY, Count, Evidence, IncidentReport, Location
from .casualties import (A_SHARE_IN, A_SHARE_IN_A_TOWN, ANOTHER, BRINGING, LIST_MARK, SHARE_STRUCK_BY, WHO_THEY_WERE,
                         ZERO, Figure, count_with, counted_in_aside, find_figures, struck_by_what_follows)
from .places import (AN_ATTACK_IT_FOLLOWED, ENGLISH_DATELINE, LATIN_NAME_AFTER, ON_WHAT_WAS_HIT, RECEIVED,
                     TOWN_THEN_ITS_TOLL, WHILE_DOING, PlaceMention, find_places, named_then_referred_to,
                     names_a_quarter)

_A_WORD_BEFORE = re.compile(r"\b(?:the|a|an|our|their|its)\s+$")  # ("the bombed school": a participle)
# (not the dot of an initial: "الشاب محمد ع. (28 عاماً)")
# (not after a title or "U.S.": "Dr. Ahmad, a surgeon at the hospital, said ...")
# (the lookahead first: the lookbehinds are tried only where a sentence can end, a tenth of the time)
# (nor a month's abbreviation before its day: "Aug. 28", "Sept. 3")
_NOT_A_MONTHS_POINT = "".join(rf"(?!(?<=\b{month})\.\s*\d)"
                              for month in ("jan", "feb", "aug", "sep", "sept", "oct", "nov", "dec"))
_SENTENCE_END = re.compile(r"(?=[.!?\n])(?<!\s[\u0621-\u064a])(?<!\bdr)(?<!\bmr)(?<!\bmrs)(?<!\bms)(?<!\bgen)(?<!\bcol)"
                           r"(?<!\blt)(?<!\bsgt)(?<!\bprof)(?<!\bu\.s)(?<!\bu\.n)(?<!\ba\.m)(?<!\bp\.m)(?<!\bincl)"
                           + _NOT_A_MONTHS_POINT + r"[.!?\n]+(?=\s|$|[\"'])|\n")
_MASK_CUES = ("zero", "no_news")
_FIGURE_RANK = {"exact": 4, "at_least": 3, "about": 2, "more_than": 1, "vague": 0}


_THE_RIGHT_ONE = re.compile(r"(?<!\S)و?(?:الصحيح|الصواب) (?:ان\S*|هو)\s|\bthe correct (?:figure|toll|number) (?:is|was)\b")
# an interview's answer, "A:", "ج:", or with who answers: "A (Abu Yasser, a volunteer):"
AN_ANSWERS_LABEL = re.compile(r"\s*(?:a|ج|(correspondent|reporter))\s*(\([^()\n]{1,80}\))?\s*:")  # (a transcript's)
_IN_THESE_PLACES = re.compile(r"(?<!\S)(?:في|ب)\s?(?:هذه|تلك) (?:المناطق|البلدات|المدن|القري)(?!\w)"
                              r"|(?<!\S)في المناطق (?:ذاتها|نفسها|المذكوره)(?!\w)"
                              r"|\b(?:in|across) (?:these|those|the same) (?:areas|towns|villages|places)\b")
_WHICH_WAS_HIT_BEFORE = re.compile(r"\b(?:which|that) (?:was|had been) (?:also |already |last )?(?:hit|struck|targeted|"
                                   r"shelled|bombed|attacked)(?: (?:before|earlier|twice))? (?:in|on|last) $")
_A_PLACE_TAKEN_BEFORE = re.compile(r"\b(?:an?|the) (?:town|village|city|area|district) (?:which was |that was )?"
                                   r"(?:captured|seized|taken|retaken|recaptured|besieged) by (?:[\w'’-]+ ){1,4}"
                                   r"(?:in |on |last )?$")
# The telling word an entry of the sources lexicon opens with ("بحسب مركز الدفاع المدني": the centre tells)
_TELLING_FIRST = ("بحسب ", "حسب ", "وفق ", "افاد ", "قال ", "ذكر ", "اعلن ")


@dataclass(eq=False)  # a clause is itself, not its contents: "in" tests stay cheap
class Clause:
    start: int
    end: int
    items: list[Item]
    sentence: int = 0
    figures: list[Figure] = field(default_factory=list)
    places: list[PlaceMention] = field(default_factory=list)
    # in a clause with no event of its own, the known towns it names (not its places: it tells no attack there)
    towns_named: list[PlaceMention] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    cues: list[Item] = field(default_factory=list)
    zero: Item | None = None
    cue_values: frozenset[str] = frozenset()  # the cues.tsv values said in the clause (set by analyse)
    aggregate: bool = False
    background: bool = False
    provisional: bool = False
    by_town: bool = False  # one town's share of a toll counted town by town (split_by_town)
    # (where that share is told, from its count to the next town's, and where the words all share end: "21 people
    # ...: nine in Maarat al-Numan, where a market was hit; five in Ariha": the market is Maarat al-Numan's)
    share_span: tuple[int, int, int] | None = None
    # "... هم: 4 ... على بلدة بليون، و3 بينهم سيدة في قصف ... على قرية البارة": the next share of the toll counted
    # before (split_clauses), and the outcome of that toll (set before analyse), which its bare number counts
    continues_toll: bool = False
    carried: str | None = None
    after_total: bool = False  # "نزوح ... خلال الأسبوع ...، واستشهاد ثلاثة يوم أمس ...": a day's toll after a total
    earlier_after: bool = False  # "..., after an air strike on Sunday damaged a bakery": an earlier attack
    norm_text: str = ""  # the document's normalized text (set by analyse)

    def of(self, category: str) -> list[Item]:
        return [item for item in self.items if item.category == category]

    @cached_property  # read for every clause of every report; its cues are set once, by analyse
    def cited(self) -> list[Item]:
        """Sources this clause credits: a name counts only beside "قال", "حسب", "according to"... (volunteers of
        the Civil Defence pulling out victims, or killed, are not cited by that)."""
        labelled = self._list_items_label()
        if labelled is not None:
            return [labelled]  # "11:40 - Civil Defence: two civilians killed ...": the entry's own teller
        if self.cue_values == {"claim"} and self.figures:
            # "Islamic State claimed, via its Amaq agency, an attack ..., saying its fighters killed three": the
            # claim's channel tells its toll
            return [s for s in self.of("sources")
                    if _THROUGH_ITS_CHANNEL.search(self.norm_text, max(0, s.word_start - 24), s.word_start)][:1]
        if not self.cue_values & {"attribution", "continuation"} \
                and not any(s.entry.pattern.endswith((" said", " says")) or s.entry.pattern.startswith(_TELLING_FIRST)
                            for s in self.of("sources")):
            return []  # (a body's name and its verb in one entry: "the syrian army said", "بحسب مركز الدفاع المدني",
            # not the side that fires)
        if "claim" in self.cue_values and not self.figures:
            return []  # "وأعلن تنظيم الدولة مسؤوليته عن الهجوم عبر وكالة أعماق": a claim and its channel, no account
        sources = [s for s in self.of("sources") if not self._victims_named(s) and not self._describes(s)
                   and not _side_of_the_fighting_fled(self.norm_text, s)
                   and not _HELD.match(self.norm_text, s.end)  # ("SDF-held Tal Rifaat": who holds it)
                   # ("rockets fired from areas held by the Syrian Democratic Forces": who holds them)
                   and not _HELD_BY_BEFORE.search(self.norm_text, max(0, s.word_start - 20), s.word_start)
                   # ("where a Kurdish Red Crescent ambulance was hit": whose ambulance, not who speaks)
                   and not _ITS_AMBULANCE_AFTER.match(self.norm_text, s.end)
                   # ("at a checkpoint of the Kurdish-led forces": whose post was hit, not who speaks)
                   and not _POST_OF_BEFORE.search(self.norm_text, max(0, s.word_start - 30), s.word_start)
                   # ("a violation of the truce announced by Washington and Ankara": a party to it, not speaking)
                   and not _PARTY_TO_AN_AGREEMENT.search(self.norm_text, max(0, s.word_start - 60), s.word_start)
                   # ("ما يمنع الأهالي من الخروج من منازلهم": the people kept in, not speaking)
                   and not _KEPT_FROM_BEFORE.search(self.norm_text, max(0, s.word_start - 10), s.word_start)
                   and not self._blamed_there(s)  # ("التي اتهمت وحدات حماية الشعب بتنفيذ التفجير": who is blamed)
                   and not self._body_of_one_hit(s)  # ("killed an official of the council of the Autonomous
                   # Administration": whose official was killed)
                   and not _FLED_AFTER.match(self.norm_text, s.end)  # ("as most residents had fled": not speaking)
                   # ("وأضاف المركز أن فرق الدفاع المدني لا تزال تبحث عن مفقودين": the rescuers at work in what is told)
                   and not (_AT_WORK.match(self.norm_text, s.end)
                            and _THAT_BEFORE.search(self.norm_text, max(0, s.word_start - 10), s.word_start))
                   # ("Syrian state media did not report the strike": who said nothing of it)
                   and not _TOLD_NOTHING_AFTER.match(self.norm_text, s.end)
                   # ("the fourth day of Ankara's air and ground campaign": whose campaign, not who speaks)
                   and not _ITS_FORCES_AFTER.match(self.norm_text, s.end)
                   # ("after a bombing in Ankara on Sunday": a capital named as a place, not speaking)
                   and not (s.entry.pattern in _CAPITALS_SPEAKING and _A_PLACE_BEFORE.search(
                       self.norm_text, max(0, s.word_start - 6), s.word_start))
                   # ("cutting electricity to tens of thousands of residents": the people it affected)
                   and not _MANY_OF.search(self.norm_text, max(0, s.word_start - 14), s.word_start)
                   # ("The facility, supported by the Union of Medical Care and Relief Organisations"): who backs it
                   and not _SUPPORTED_BY.search(self.norm_text, max(0, s.word_start - 90), s.word_start)]
        if not self.figures and _TOOK_OFF_FROM.search(self.norm_text, self.start, self.end):
            # "Residents said the jets had taken off from Hmeimim air base": where the aircraft came from, as
            # people there guess it, tells nothing of the attack itself
            sources = [s for s in sources if s.value not in _KINDS_OF_SOURCE]
        if len(sources) > 1:
            # "the monitoring group Raqqa is Being Slaughtered Silently": the words that describe the group named
            sources = [s for s in sources if not (s.entry.pattern.endswith("monitoring group") and any(
                o is not s and 0 <= o.word_start - s.end <= 1 for o in sources))]
        if len(sources) > 1:
            # "said a rescue worker with the White Helmets": one of the body's people, speaking for it
            sources = [s for s in sources if not (s.value == "rescuers" and any(
                o is not s and _MEMBERS_OF.fullmatch(self.norm_text[s.end : o.word_start].strip()) for o in sources))]
        if len(sources) > 1:
            # "وأفاد مراسل أورينت بأن فرق الدفاع المدني انتشلت جثث الضحايا": the rescuers at work in what another
            # source tells, not a source
            sources = [s for s in sources if s is sources[0] or not _AT_WORK.match(self.norm_text, s.end)]
        if sources and _THE_BODY_SAID.search(self.norm_text, self.start, self.end):
            # "Rescue teams recovered the bodies from under the rubble, the group said": the rescuers at work in
            # what the body named before tells (it is credited by its name elsewhere)
            sources = [s for s in sources if not (s.value == "rescuers" and _AT_WORK.match(self.norm_text, s.end))]
        if len(sources) > 1:
            # "ANHA's correspondent", "مراسل سانا": the outlet's own correspondent is the outlet
            text = self.norm_text
            sources = [s for s in sources if s.value != "correspondent" or not any(
                o.value != "correspondent" and text[min(o.end, s.end) : max(o.word_start, s.word_start)].strip(" '’s\"")
                == "" for o in sources)] or sources  # (its name in quotes: "أفاد مراسل «نداء سوريا»")
        if len(sources) > 1:
            # "بحسب مصدر عسكري في قسد": the body the source speaks from, not a second source
            sources = [s for s in sources if not any(
                o.value in _SOURCES_WITHIN and _WITHIN.fullmatch(self.norm_text, o.end, s.word_start)
                for o in sources if o is not s)] or sources
        if len(sources) > 1:
            # "SANA, citing a military source, said": the agency that tells it (as "state media said, citing ...")
            sources = [s for s in sources if not _CITING.search(self.norm_text, max(0, s.word_start - 12), s.word_start)
                       and not (_CITING_AR.search(self.norm_text, max(0, s.word_start - 12), s.word_start)
                                and any(o.value in ("SANA", "state media") and o.end <= s.word_start for o in sources))
                       ] or sources
        # ("staff had evacuated patients after warnings from flight monitors": who warned, not who tells)
        sources = [s for s in sources if not _WARNED_BY.search(self.norm_text, max(0, s.word_start - 24), s.word_start)]
        if len(sources) > 1:
            # "مصادر في قوى الأمن الداخلي (الأسايش)": the body named again in brackets, one source
            sources = [s for s in sources if not any(
                o is not s and self.norm_text[o.end : s.word_start].strip() == "(" for o in sources)] or sources
        if len(sources) > 1 and "claim" in self.cue_values:
            # "أعلن تنظيم الدولة عبر وكالة أعماق مسؤوليته ... بحسب شبكة فرات بوست": the claim's channel, not who told
            sources = [s for s in sources if not _THROUGH_ITS_CHANNEL.search(self.norm_text, max(0, s.word_start - 10),
                                                                            s.word_start)] or sources
        if len(sources) > 1:
            # "قال مصدر طبي لمراسلنا", "told Enab Baladi": who was told passes the account on; the teller is the source
            told = [s for s in sources if s.prefix in _TO_PREFIXES
                    # (not "المكتب الإعلامي لمجلس منبج العسكري": the council's office, ل of whose, not to whom)
                    and not _ITS_OFFICE_BEFORE.search(self.norm_text, max(0, s.word_start - 24), s.word_start)
                    or self.norm_text.endswith((" ل ", "\nل "), 0, s.word_start)  # "لـ سانا": the particle set apart
                    or _TO_QUOTED.search(self.norm_text, max(0, s.word_start - 4), s.word_start)  # 'لـ«نداء سوريا»'
                    or self.norm_text[max(0, s.word_start - 5) : s.word_start] == "told "  # "told state television"
                    or self.norm_text[max(0, s.word_start - 15) : s.word_start] == "interviewed by "]
            # ("a doctor interviewed by Amnesty International": the one who answered tells it)
            sources = [s for s in sources if s not in told] or sources
        elif len(sources) == 1 and sources[0].prefix in _TO_PREFIXES \
                and _THE_SOURCE_SAID_TO.search(self.norm_text, max(0, sources[0].word_start - 16), sources[0].word_start):
            return []  # "وقال المصدر لنورث برس": the source named before goes on telling the outlet, not the outlet
        if len(sources) > 1:
            # "نقلت وكالة سانا عن مصدر في قيادة الشرطة": the agency relays, the one it quotes is the source
            text = self.norm_text
            quoted = [s for s in sources if _QUOTED_FROM.search(text[max(0, s.word_start - 14) : s.word_start])
                      and _RELAYED.search(text[max(0, s.word_start - 60) : s.word_start])]
            if quoted:
                sources = [s for s in sources if s.start >= quoted[0].start]
        if len(sources) < 2:
            return sources
        # Several names: the one each "said"/"حسب" is told of ("..., among them medical staff, ..., the city's
        # local council said"), when that can be told; else all of them
        chosen: list[Item] = []
        for cue in self.items:
            if cue.category != "cues" or cue.value != "attribution":
                continue
            if cue.col(0) == "before":  # "the monitor said": the name comes before the verb
                pick = [s for s in sources if s.end <= cue.word_start and cue.word_start - s.end <= 40
                        and not _beyond(self.items, s, cue)]
                for s in reversed(sources):  # "the White Helmets and the Syrian Observatory for Human Rights said"
                    if pick and s.end < pick[0].word_start and s not in pick \
                            and _AND.fullmatch(self.norm_text[s.end : pick[0].word_start]):
                        pick.insert(0, s)
            else:  # "حسب الدفاع المدني", "according to rescuers and residents"
                pick = [s for s in sources if s.start >= cue.end and s.word_start - cue.end <= 40
                        and not _beyond(self.items, cue, s)]
                for s in sources:  # "وفق الجمعية الطبية السورية الأمريكية والدفاع المدني": a long name, and another
                    if pick and s.start > pick[-1].end and s not in pick \
                            and _AND.fullmatch(self.norm_text[pick[-1].end : s.word_start]):
                        pick.append(s)
            chosen.extend(s for s in pick if s not in chosen)
        return chosen or sources

    def _blamed_there(self, source: Item) -> bool:
        """The body named right after a word of blame ("اتهمت وحدات حماية الشعب", "blamed the YPG") is blamed."""
        return any(i.category == "cues" and i.value == "accusation" and 0 <= source.word_start - i.end <= 6
                   for i in self.items)

    def _list_items_label(self) -> Item | None:
        answer = AN_ANSWERS_LABEL.match(self.norm_text, self.start)
        if answer is not None and answer.group(1) is not None:
            # "CORRESPONDENT (by phone): Helicopters dropped ...": a transcript's reporter answers
            return next((i for i in self.items if i.category == "sources" and i.start == answer.start(1)), None)
        if answer is not None and answer.group(2) is not None:
            # "A (Abu Yasser, a Civil Defence volunteer): Around 11 p.m., two air strikes hit ...": who answers
            return next((i for i in self.items if i.category == "sources" and answer.start(2) <= i.start < answer.end(2)),
                        None)
        closing = self._credit_in_brackets()
        if closing is not None:
            return closing
        # (or a ticker's timed line: "عاجل | 14:50 | مصادر محلية: الغارة استهدفت ...")
        mark = LIST_LINE.match(self.norm_text, self.start) or _TICKER_LINE.match(self.norm_text, self.start)
        if mark is None:
            return None
        first = next((i for i in self.items if i.category != "number" and i.start >= mark.end()), None)
        if first is None or first.category != "sources" or mark.end() != first.word_start \
                or not self.norm_text.startswith(":", first.end):
            # ("• Al-Najiyah: 2 killed, 4 injured in a regime rocket attack – SCD": the line's credit, closing it)
            last = self.items[-1] if self.items else None
            line_end = self.norm_text.find("\n", self.start)
            line_end = len(self.norm_text) if line_end == -1 or line_end > self.end else line_end
            if last is not None and last.category == "sources" and not self.norm_text[last.end : line_end].strip(" .") \
                    and CREDIT_DASH.search(self.norm_text, max(self.start, last.word_start - 4), last.word_start):
                return last
            return None
        return first

    def _credit_in_brackets(self) -> Item | None:
        """'10 Dec, 10:15 — Barrel bombs dropped on the western quarter; a man and his daughter killed (local
        activists).': the line's teller in brackets, closing it (not a body's short name after its full one, "the
        People's Protection Units (YPG)")."""
        last = self.items[-1] if self.items else None
        if last is None or last.category != "sources" or not (self.figures or self.cues):
            return None
        line_end = self.norm_text.find("\n", last.end)
        line_end = len(self.norm_text) if line_end == -1 else line_end
        before = self.norm_text[self.start : last.word_start].rstrip()
        if self.norm_text[last.end : line_end].strip(" .") != ")" or not before.endswith("(") \
                or len(self.items) > 1 and self.items[-2].category in ("sources", "actors") \
                and not self.norm_text[self.items[-2].end : last.word_start].strip(" ("):
            return None
        return last

    def _body_of_one_hit(self, source: Item) -> bool:
        named = next((s for s in self.items if s.category == "sources" and s.value == source.value
                      and s.end < source.word_start and _BRACKET_OPENS.fullmatch(self.norm_text, s.end, source.word_start)),
                     None)
        if named is not None and self._body_of_one_hit(named):
            return True  # "killing a member of the People's Protection Units (YPG)": the short name, in brackets
        if _ITS_FIGHTER_AFTER.match(self.norm_text, source.end) and any(
                v.category == "casualty" and v.col(0) in ("verb", "masdar") and 0 <= source.word_start - v.end <= 8
                for v in self.items):
            return True  # "killing a YPG fighter and a civilian": whose fighter was killed
        if any(i.category == "casualty" and i.col(0) == "noun" and i.entry.pattern.endswith(" official")
               and 0 <= source.word_start - i.end <= 60 and _OF_ITS_BODIES.fullmatch(self.norm_text, i.end,
                                                                                     source.word_start)
               for i in self.items):
            return True  # "killing a local official of the Autonomous Administration": whose official, the verb in one
        return any(i.category == "casualty" and i.col(0) == "person" and 0 <= source.word_start - i.end <= 60
                   and _OF_ITS_BODIES.fullmatch(self.norm_text, i.end, source.word_start)
                   # (the one killed or wounded just before, not "said Mohammed Hassan, a member of the local council")
                   and any(v.category == "casualty" and v.col(0) in ("verb", "masdar") and 0 <= i.word_start - v.end <= 20
                           for v in self.items) for i in self.items)

    def _describes(self, source: Item) -> bool:
        """'وكالة هاوار المقربة من الإدارة الذاتية': the name after "close to" describes the source before it."""
        return any(i.category == "cues" and i.value == "affiliation" and i.end <= source.word_start
                   and source.word_start - i.end <= 2 for i in self.items)

    def _victims_named(self, source: Item) -> bool:
        """'killed two doctors and a nurse, the monitor said': the doctors are victims there, not a source."""
        index = next((n for n, i in enumerate(self.items) if i.category == "casualty" and i.start == source.start
                      and i.end == source.end), None)
        member = _MEMBER_AFTER.match(self.norm_text, source.end)
        if member is not None and _ONE_OR_MORE_BEFORE.search(self.norm_text, max(0, source.word_start - 12),
                                                             source.word_start) \
                and not _SPEAKS_AFTER.match(self.norm_text, member.end()) \
                and not _SAID_BY_ONE.search(self.norm_text, max(0, source.word_start - 50), source.word_start):
            # (not "a civil defence volunteer told", nor '"Eleven people were killed," said Ahmad al-Sheikh, a White
            # Helmets volunteer': who speaks)
            # "including a Syrian Arab Red Crescent staff member": one of its people, a victim (not "civil defence
            # workers said": its people speaking)
            return True
        if _INCLUDING_ONE.search(self.norm_text, max(0, source.word_start - 24), source.word_start) \
                and not _SPEAKS_AFTER.match(self.norm_text, source.end):
            return True  # "killing 12 people, including a rescue worker": one of the dead
        if source.entry.pattern.startswith(("a ", "an ")) \
                and _HURT_RIGHT_BEFORE.search(self.norm_text, max(0, source.word_start - 16), source.word_start) \
                and not _SPEAKS_AFTER.match(self.norm_text, source.end):
            return True  # "a second strike minutes later wounded a rescuer": the one hurt
        person = next((i for i in reversed(self.items) if i.end <= source.word_start and i.category == "casualty"
                       and i.col(0) == "person"), None)
        if person is not None and (_MEMBERS_OF.fullmatch(self.norm_text[person.end : source.word_start].strip())
                                   # ("ارتقى شهيدان من عناصر الدفاع المدني": its members, the body's name right after)
                                   or not self.norm_text[person.end : source.word_start].strip()
                                   and not person.entry.pattern.isascii() and person.col(1) == "pl") \
                and not _SAID_BY_ONE.search(self.norm_text, max(0, person.word_start - 50), person.word_start):
            # (not '"We pulled out nine bodies," said Abu Ahmad, a volunteer with the White Helmets': who speaks)
            return True  # "أصيب ثلاثة عناصر من الدفاع المدني", "two volunteers of the White Helmets": its people
        named_before = next((i for i in reversed(self.items) if i.end <= source.word_start and i.category == "sources"),
                            None)
        if named_before is not None and named_before.value == source.value \
                and _IN_APPOSITION.fullmatch(self.norm_text, named_before.end, source.word_start) \
                and self._victims_named(named_before) and not _SPEAKS_SOON_AFTER.match(self.norm_text, source.end):
            # (not "two members of the Syrian Democratic Forces, the SDF media centre said": the body speaking)
            return True  # "two members of the Asayish, the Kurdish-led internal security forces, the SDF said"
        if index is None:  # "among them five medical staff": people counted are victims, whatever else they are
            number = next((i for i in reversed(self.items) if i.end <= source.start and i.category != "sources"), None)
            return number is not None and number.number is not None \
                and not self.norm_text[number.end : source.word_start].strip() \
                and not _SPEAKS_AFTER.match(self.norm_text, source.end) \
                and not any(i.category == "cues" and i.value == "attribution" and 0 <= number.word_start - i.end <= 1
                            for i in self.items)  # (not "two witnesses told Human Rights Watch", nor "interviewed
            # four witnesses": the people spoken to)
        before = next((i for i in reversed(self.items[:index]) if i.start < source.start and i.category != "sources"),
                      None)
        # ("..., including six children and four women, rescuers said": past a comma, the rescuers speak)
        return before is not None and (before.number is not None or before.category == "casualty") \
            and not any(mark in self.norm_text[before.end : source.word_start] for mark in ",،") \
            and not (("medics" in (source.entry.pattern, before.entry.pattern)  # people counted and a source's name:
                      # "rescue workers and medics said" speak, and so do "rescuers and residents said": two kinds of
                      # source, neither counted
                      # (generic rescuers after another kind keep the old reading: "residents and rescuers said",
                      # the rescuers being the White Helmets the report credits by name, as the dev set holds)
                      or before.number is None and source.value != "rescuers"
                      and any(i.category == "sources" and i.start == before.start for i in self.items))
                     and _THEY_SAY_AFTER.match(self.norm_text, source.end))

    @property
    def towns(self) -> list[PlaceMention]:
        return [p for p in self.places if p.level == "town" and not p.excluded]

    @property
    def regions(self) -> list[PlaceMention]:
        return [p for p in self.places if p.level == "region" and not p.excluded]

    @property
    def has_event(self) -> bool:
        return bool(self.figures or self.cues or self.zero)


_A_DAY_OPENS = re.compile(r"\s*(?:late |early )?on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
                          r"(?: (?:morning|afternoon|evening|night))?, (?:it|the|that)\b")
_ITS_OFFICE_BEFORE = re.compile(r"(?<!\S)(?:المكتب|مكتب|المركز|الناطق|المتحدث|قائد|رئيس)(?: (?:الاعلامي|الرسمي|باسم))? $")
_HELD_BY_BEFORE = re.compile(r"\b(?:held|controlled|run|seized) by (?:the )?$")
# (and a thread's timed line after its mark: "⭕️ 11:05 | الدفاع المدني: إصابة ثلاثة مدنيين ...")
_TICKER_LINE = re.compile(r"\s*(?:#?(?:عاجل|breaking)\s*\|\s*|[^\w\s]{1,4}\s*)\d{1,2}:\d\d\s*(?:[|–—-]\s*|(?=\S))",
                          re.IGNORECASE)  # (or no mark after the time: "🕐 21:25 الدفاع المدني: ...")
_ITS_AMBULANCE_AFTER = re.compile(r"(?:['’]s)? (?:ambulances?|vehicles?|cars?|teams? (?:was|were)|centres?|centers?|"
                                  r"clinics?|warehouses?|offices?|headquarters|facility|facilities) (?:was|were|had been|"
                                  r"has been|came under)\b")
_AN_HOUR_OPENS = re.compile(r"\s*(?:ف|و)?(?:عند|في|حوالي|قرابه|نحو) (?:ال)?ساعه |\s*(?:at|at around|at about|around|shortly "
                            r"(?:before|after)) (?:\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon)")
CREDIT_DASH = re.compile(r"\s[-–—]\s*$")  # before a credit that closes a line ("... – SCD")
_A_SCENES_DAY = re.compile(r"\s*[\"“]?(?:it|this|that) was (?:[\w,]+ ){0,4}?(?:of |on )?(?:a )?(?:\d|monday|tuesday|"
                           r"wednesday|thursday|friday|saturday|sunday|morning|afternoon|evening|night|dawn|noon)")
_BRACKET_OPENS = re.compile(r"\s*\(\s*")
_ITS_FIGHTER_AFTER = re.compile(r" (?:fighters?|members?|soldiers?|commanders?|officials?)\b")
_OF_ITS_BODIES = re.compile(r"(?: of (?:the )?[\w'’-]+(?: [\w'’-]+){0,2}?)* of (?:the )?")  # (its bodies, within)
# "..., while four were wounded in Nayrab": an English clause going on the sentence in another town
WHILE_ANOTHER_TOWN = re.compile(r"[\s,]*(?:while|whereas)\s")
_TOLL_OF_THE_STRIKE_AFTER = re.compile(r"[,،]\s*(?:killing|wounding|injuring|leaving|ما ادي|مما ادي|ما اسفر)\b")
_A_TREND = re.compile(r"\b(?:have|has|had) (?:stepped up|intensified|escalated|increased)\b")


@dataclass(eq=False)
class Draft:
    """An incident being assembled from clauses."""

    clauses: list[Clause] = field(default_factory=list)
    places: list[PlaceMention] = field(default_factory=list)
    role: str = "main"
    # Clauses of a dropped grouped total that named this town: their attacker, weapon, date and source
    # still describe it (their figures do not).
    context: list[Clause] = field(default_factory=list)
    sequel_of_lead: bool = False  # a second attack told after a lead that named no town ("بعد أقل من ساعة")
    sequel: bool = False  # a second attack told right after the incident before it ("Shortly after, ...")
    # "من دون تسجيل إصابات في كلا الاستهدافين": a later sentence's "nobody hurt" that covers this attack too
    shared_zero: Item | None = None
    # "Nine of them died in a strike on Kafr Sajna": the town's toll is a share of the lead's, whose attacker it keeps
    share_of_lead: bool = False

    def add(self, clause: Clause) -> None:
        if clause not in self.clauses:
            self.clauses.append(clause)

    @property
    def key(self) -> str | None:
        if not self.places:
            return None
        place = self.places[0]
        return place.place.place_id if place.place is not None else None


_AND_MORE = re.compile(r" (?:more|others|other people)\b")
# "six people were killed in air strikes on Jisr al-Shughur, and three died when shells hit the village of Bdama"
_AND_THEY_DIED = re.compile(r" (?:people |civilians )?(?:died|were killed|were wounded|were injured)\b"
                            # ("Six of the dead were guards at an oil field near Derik, and two were workers at the
                            # Swediya power station": who the others were, and where)
                            rf"|{WHO_THEY_WERE.pattern}")
_ON_A_WEEKDAY = re.compile(r"\bon (monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b")


def _a_line_of_its_time(clause, text: str) -> bool:
    """'📍 ...\n💥 قصف مدفعي ...\n⚰️ شهيدان\n🕐 منذ قليل': a post's line that tells only when, under its other lines."""
    line = text[clause.start : clause.end]
    # (not the post's first line: "#عاجل | ٠٩:٤٥" over it stamps the hour of the post)
    return clause.start > 0 and bool(clause.items) and all(i.category == "time" for i in clause.items) \
        and (line.endswith("\n") or clause.end == len(text)) and "\n" not in line.rstrip("\n") \
        and len(line.split()) <= 4


def _a_toll_on_another_weekday(clause, text: str) -> bool:
    """'..., killing a woman on Friday [and wounding two children on Saturday]': the toll the clause opens with is
    told on another weekday than the one just before it."""
    before = list(_ON_A_WEEKDAY.finditer(text, max(0, clause.start - 40), clause.start))
    comma = text.find(",", clause.start, clause.end)
    after = _ON_A_WEEKDAY.search(text, clause.start, comma if comma >= 0 else clause.end)
    return bool(before) and after is not None and before[-1].group(1) != after.group(1)


# (and in English, the attacks its teams "responded to": "..., to artillery shelling on the outskirts of Binnish")
_AND_ALSO_AN_ATTACK = re.compile(r",\s*(?:و)?(?:بالاضافه|اضافه) (?:الي|ل)\s*$|,\s*(?:and )?to (?:an? |the )?$")
_AND_THAT_OPENS = re.compile(r" and that (?:[a-z]+ ){0,3}$")
_AND_AGAIN_ON = re.compile(r" and again (?:on |late on |early on )?$")
# "قصفت قوات النظام مساء الجمعة بلدة الهبيط ...، وعادت صباح اليوم السبت لتقصف البلدة": the side came back on another
# day to strike again
_CAME_BACK = r"(?:ثم )?و?عاد(?:ت|وا)? "  # "وعادت": the side came back (to strike again)
_CAME_BACK_ON = re.compile(r",\s*" + _CAME_BACK + "$")


def _a_toll_after(item: Item, sentence_items: list[Item]) -> bool:
    """A casualty verb follows the item in its sentence ("and again on Saturday, wounding two children")."""
    return any(i.start > item.end and i.category == "casualty" and i.col(0) == "verb" for i in sentence_items)


def _each_toll_on_its_day(item: Item, current: list[Item], text: str) -> bool:
    """'killing a woman on Friday and wounding two children on Saturday': the toll before "and" told on one weekday,
    the one it opens on another."""
    told = [i for i in current if i.category == "casualty" and i.col(0) == "verb"]
    if not told:
        return False
    before = _ON_A_WEEKDAY.search(text, told[-1].end, item.word_start)
    clause_end = min((text.find(mark, item.end) for mark in ",." if text.find(mark, item.end) >= 0), default=len(text))
    after = _ON_A_WEEKDAY.search(text, item.end, clause_end)
    return before is not None and after is not None and before.group(1) != after.group(1)


_MORE_ON_ANOTHER_DAY = re.compile(r"and \S+ more\b")
_AND_A_TOLL = re.compile(r"and (?:killing|wounding|injuring|again (?:late |early )?on)\b")
_ON_ANOTHER_DAY = re.compile(r"(?: people| civilians)? (?:on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
                             r"the (?:next|following) day)\b")


# "، وذلك بعد ثلاثة أيام من انفجار ...", ", which came hours after twin bombings in Homs": a clause of its own
_COMMA_THEN_THAT = re.compile(r"[,،]\s*(?:وذلك|which|that)\s*$")


# "، وذلك بعد ساعات من غارات روسية على محيط المدينة لم تسفر عن إصابات": the cues (cues.tsv) of an attack hours before
_HOURS_BEFORE = frozenset({"وذلك بعد ساعات من", "وذلك بعد ساعه من", "came hours after", "comes hours after",
                           "came just hours after"})
_AFTER_THAT = re.compile(r"[,،]\s*(?:بعد ان|بعدما)\s*$")
_AFTER_AN_ATTACK = re.compile(r",\s*((?:hours|days|a day|two days) )?after (?:an?|the)(?: [\w-]+)? $")  # (", after a
# Russian ", ", hours after a drone ")
_ON_AN_EARLIER_DAY = re.compile(r"s? (?:on|last) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week)\b")


def _adds_an_event(cue: Item, items: list[Item], text: str) -> bool:
    """'، إضافة إلى مقتل رجل ...', ', in addition to the killing of ...', '، إضافة إلى استهداف مخيم ... دون وقوع
    إصابات': after a comma, the words add a death, an injury or an attack told by its noun (not more people to the
    figure before: "بالإضافة إلى مدني آخر")."""
    before = text[max(0, cue.word_start - 3) : cue.word_start]
    if "," not in before and "،" not in before:
        return False
    following = next((i for i in items if i.start >= cue.end), None)
    if following is None or text[cue.end : following.word_start].strip(" ,،") or not (
            following.category == "casualty" and following.col(0) == "masdar"
            or following.category == "attack" and following.value == "generic" and not following.entry.pattern.isascii()):
        return False
    # ... of its own, told before the next comma ("في قصف مماثل على بلدة محمبل"; not "بالإضافة إلى إصابة مدني
    # آخر، ..., إثر قصف ...": one more person hurt in the attack told)
    comma = min((p for p in (text.find(",", following.end), text.find("،", following.end)) if p != -1),
                default=len(text))
    return any(i.category in ("attack", "place") for i in items if following.end <= i.start < comma)


def _another_toll_elsewhere(number: Item, current: list[Item], sentence_items: list[Item]) -> bool:
    """A number told after ", و" counts people of its own (a casualty noun or people right after it) in a place
    named after it, when the clause so far counted people in a place of its own: not one more victim of the same
    toll ("مقتل رجلين، وثلاثة أطفال")."""
    after = [i for i in sentence_items if i.start >= number.end]
    counted = after[0] if after else None
    # (the people counted are named right after the number, or are its own word: "ورجلان", or a breakdown
    # says they are people: "، و3 بينهم سيدة في قصف صاروخي على قرية البارة")
    people = number.category == "casualty" and number.col(0) == "person" or counted is not None and (
        counted.category == "casualty" and counted.col(0) in ("noun", "person")
        or counted.category == "cues" and counted.value == "breakdown"
        or struck_by_what_follows(number, counted))  # ("، و1 برصاص مجهولين في مدينة طفس")
    return people and any(i.category == "place" for i in after) and any(i.category == "place" for i in current) \
        and (any(i.category == "casualty" for i in current)
             or len(current) > 1 and struck_by_what_follows(current[0], current[1]))  # (a share before it)


_SHARE_OPENS = re.compile(r"(?:,|(?<!\S)و?هم)\s*$")  # (", ثلاثة منهم في ...", "، هم 3 في بلدة بليون ...")


def _a_share_in_a_town(number: Item, sentence_items: list[Item], text: str) -> bool:
    """'ثلاثة منهم في بلدة كفرنبل بغارة روسية', 'واثنان في قرية حاس بقصف مدفعي': a number of the toll told before,
    in a town of its own, struck by an attack of its own."""
    if A_SHARE_IN_A_TOWN.match(text, number.end) is None:
        return False
    after = [i for i in sentence_items if i.start >= number.end]
    town = next((n for n, i in enumerate(after) if i.category == "place"), None)
    if town is None:
        return False
    attack = next((i for i in after[town + 1 : town + 3] if i.category == "attack"), None)
    return attack is not None and attack.prefix.startswith("ب")


def _struck_by_next(person: Item, sentence_items: list[Item]) -> bool:
    """'، وطفل بقصف مدفعي على قرية محمبل': one person, then the attack that killed them (its "ب" right after)."""
    following = next((i for i in sentence_items if i.start >= person.end), None)
    return person.col(1) == "1" and following is not None and following.category in ("attack", "weapons") \
        and following.prefix.startswith("ب") and following.word_start - person.end <= 1


def _until_the_next_break(item: Item, sentence_items: list[Item]) -> list[Item]:
    """The sentence's items after `item`, up to the next clause break."""
    after = [i for i in sentence_items if i.start >= item.end]
    comma = next((n for n, i in enumerate(after) if i.category == "cues" and i.value == "clause_break"), len(after))
    return after[:comma]


def _another_toll_after_a_semicolon(first: Item, current: list[Item], sentence_items: list[Item], text: str) -> bool:
    """After a semicolon: a casualty verb and a town of their own, when the clause so far told a toll in a town."""
    end = text.find(";", first.end)
    after = [i for i in sentence_items if i.start >= first.word_start and (end == -1 or i.start < end)]
    told = {i.category for i in current}
    if "casualty" in told and any(i.number is not None for i in current) \
            and _A_TOWN_AND_ITS_TOLL.match(text, text.rfind(";", 0, first.word_start) + 1):
        return True  # "Binnish 3 killed; Maarat Misrin 2 killed": a list's next town (one the lexicon may lack)
    if {"casualty", "place"} <= told and any(i.category == "casualty" and i.col(0) == "verb" for i in after) \
            and any(i.category == "place" for i in after):
        return True
    # "In Maarat al-Numan, a barrel bomb killed a woman; in Kafranbel, shelling wounded three men ...; and a rocket
    # hit a school in Hass": an attack of its own in a town of its own, after an attack and its toll
    return {"attack", "casualty"} <= told and any(i.category == "attack" for i in after) \
        and any(i.category == "place" for i in after)


_A_TOWN_AND_ITS_TOLL = re.compile(r"\s*" + TOWN_THEN_ITS_TOLL, re.IGNORECASE)


def _another_attack_elsewhere(verb: Item, current: list[Item], sentence_items: list[Item]) -> bool:
    """A casualty verb after ", و" with an attack word and a place of its own before the next comma, when the
    clause so far told a toll, an attack and a place of its own."""
    after = _until_the_next_break(verb, sentence_items)
    # (a countryside is no place of its own: "قُتل سبعة مدنيين في ريف إدلب الجنوبي، وأصيب أكثر من عشرة آخرين، جراء غارات
    # استهدفت ... بلدة كفرسجنة" is one attack, on the town)
    # (nor a common word that names a town only after a type word: "مجزرة جديدة", a new massacre, is not Jdeideh)
    own_place = any(i.category == "place" and i.col(0) not in ("type_word", "context")
                    and not any(r.category == "places" and r.value == "region" and 0 <= i.word_start - r.end <= 1
                                for r in current) for i in current) \
        or any(i.category == "places" and i.value == "type" for i in current)
    return {"casualty", "attack"} <= {i.category for i in current} and own_place \
        and any(i.category == "attack" for i in after) and any(i.category == "place" for i in after)


# (", and an evening strike on a house in nearby Bdama wounded ...": a time of day may come between)
_AND_SHELLS_FELL = re.compile(r",\s*و(?:سقطت|سقط)\s+$")
_MANY_OF = re.compile(r"\b(?:thousands|hundreds|millions) of $")
_AND_AN_ATTACK = re.compile(r", and (?:an? |the )?(?:(?:morning|afternoon|evening|night|overnight|later|second) )?"
                            r"(?:wave of )?$")  # ("..., and a second wave of strikes on the town on Monday")
_LATER_THAT_DAY = r", and (?:(?:in|by) the (?:morning|afternoon|evening)|at night|later(?: that day| in the day)?|hours later)"
_AND_LATER_THAT_DAY = re.compile(_LATER_THAT_DAY + r",? (?:an? |the )?(?:[a-z]+ )?$")
_OPENS_LATER_THAT_DAY = re.compile(_LATER_THAT_DAY + r"\b")
_AND_IN_THE_NEXT = re.compile(r"(?:, and (in)|[,،] (وفي)) $")  # ("..., and in Nubl a child was wounded")
_OPENED_BY_WHILE = re.compile(r"\s*(?:while|whereas|و?فيما|و?بينما|في حين)\s")
_PART_OF_THE_DAY = re.compile(r"\bin the (?:morning|afternoon|evening)\b|\bat night\b"
                              r"|(?<!\S)(?:صباحا|ظهرا|عصرا|مساء|ليلا|في المساء|في الصباح)(?!\S)")
_ANOTHER_ATTACK_OPENS = re.compile(r"\s*(?:meanwhile|separately|in (?:another|a separate) (?:attack|incident)),")
_ON_THE_TOWN = re.compile(r"\b(?:on|in) the (?:town|village|city)\b(?! of)")  # the place just named, again


def _another_attack_told_in_english(attack: Item, current: list[Item], sentence_items: list[Item]) -> bool:
    """After ", and a(n)": an attack word with a place and a casualty verb of its own before the next comma, when
    the clause so far told a toll, an attack and a place."""
    after = _until_the_next_break(attack, sentence_items)
    told = {i.category for i in current}
    # (a town may be named only after its type word, "the town of Maarat Misrin", found by the places step)
    return {"casualty", "attack"} <= told and bool(told & {"place", "places"}) \
        and any(i.category in ("place", "places") for i in after) \
        and any(i.category == "casualty" and i.col(0) == "verb" for i in after)


def _another_kind_with_its_own_toll(attack: Item, current: list[Item], sentence_items: list[Item]) -> bool:
    """After ", and a(n)": another kind of attack than the one told, with what it hit before the next comma and a
    casualty verb of its own after it ("Shelling of Majdaliya wounded three people, and a drone struck a motorcycle
    nearby, killing its rider")."""
    told = {i.value for i in current if i.category == "attack"} - {"generic"}
    if not told or attack.value in told | {"generic"} or "casualty" not in {i.category for i in current}:
        return False
    after = [i for i in sentence_items if i.start >= attack.end]
    after = after[: next((n for n, i in enumerate(after) if i.category == "attack" and i.value != "generic"),
                         len(after))]
    return any(i.category == "targets" for i in _until_the_next_break(attack, sentence_items)) \
        and any(i.category == "casualty" and i.col(0) == "verb" for i in after)


def _while_scene(opener: Item, sentence_items: list[Item], text: str) -> bool:
    """'The air strike hit on Monday, as children were lining up outside a school in Hazano': "as" opening what
    was going on where the attack hit (no attack or casualty verb before the next comma), not another event."""
    if opener.entry.pattern != "as":
        return False
    stop = min((p for p in (text.find(",", opener.end), text.find(".", opener.end)) if p != -1), default=len(text))
    told = [i for i in sentence_items if opener.end <= i.start < stop]
    # (a place or what was hit is named there, and no side: "..., as pro-government forces pressed their assault
    # on the besieged enclave" tells the war around it)
    return any(i.category in ("place", "targets") for i in told) and not any(
        i.category in ("attack", "actors") or i.category == "casualty" and i.col(0) in ("verb", "masdar") for i in told)


def _sentence_ends(scan: Scan) -> list[int]:
    """Where sentences end; a clock time's "a.m." ends one too when a capital letter follows in the original
    ("... at 9:12 a.m. The hospital had been evacuated ...")."""
    ends = [match.end() for match in _SENTENCE_END.finditer(scan.text)]
    if "m. " in scan.text:
        original = scan.norm.original
        for clock in _CLOCK_BEFORE_SPACE.finditer(scan.text):
            _, b = scan.norm.to_original(clock.start(), clock.end())
            if original[b : b + 2][-1:].isupper():
                bisect.insort(ends, clock.end())
    return ends


_CLOCK_BEFORE_SPACE = re.compile(r"\b[ap]\.m\.(?= )")


_AND_ON_BEFORE = re.compile(r",\s+and\s+(?:on|in the early hours of|late on|early on)\s+$")
_ONE_ATTACK_OF_THE_TOTAL = re.compile(r"\s+(?:an?|one) (?:attack|strike|air ?strike|bombing|shelling|massacre|rocket attack)"
                                      r" (?:on|in) ")


def split_clauses(scan: Scan) -> list[Clause]:
    """Sentences, cut again where a clause-break word ("كما", "فيما", "في حين") follows a comma."""
    text = scan.text
    bounds: list[tuple[int, int]] = []
    start = 0
    for end in _sentence_ends(scan):
        if end > start:
            bounds.append((start, end))
        start = end
    if start < len(text):
        bounds.append((start, len(text)))
    bounds = _fields_together(bounds, text, scan.items)
    clauses: list[Clause] = []
    continuing: set[int] = set()  # where a clause that goes on counting the toll before it starts
    after_total: set[int] = set()  # where a day's toll after a total starts
    earlier_after: set[int] = set()  # where an earlier attack told after "after" starts
    items = scan.items
    cursor = 0
    for sentence, (a, b) in enumerate(bounds):
        while cursor < len(items) and items[cursor].start < a:
            cursor += 1
        sentence_items = []
        while cursor < len(items) and items[cursor].start < b:
            sentence_items.append(items[cursor])
            cursor += 1
        cut = a
        current: list[Item] = []
        first_of_sentence = len(clauses)
        aside_until = -1
        for item in sentence_items:
            if item.start < aside_until and item.category in ("cues", "time"):
                continue  # the words of an aside's opening ("a day after talks collapsed")
            if item.category == "cues" and item.value == "clause_break" and current \
                    and (aside := _an_aside_before_the_toll(item, sentence_items, text)) is not None:
                aside_until = aside
                current = [i for i in current if not (i.start >= item.start and i.category in ("cues", "time"))]
                continue
            if current and ";" in text[current[-1].end : item.word_start] \
                    and (_another_toll_after_a_semicolon(item, current, sentence_items, text)
                         or _another_day_after_a_semicolon(item, current, text)
                         # ("..., activists said; Russia denied its jets were involved": a denial of its own)
                         or _a_denial_after_a_semicolon(item, sentence_items, text)):
                # "a young man was shot dead by gunmen in the town of Jasim ...; another young man was wounded in a
                # separate shooting in the town of Inkhil": another toll, in another town
                semicolon = text.index(";", current[-1].end)
                clauses.append(Clause(cut, semicolon + 1, current, sentence))
                cut, current = semicolon + 1, []
            elif current and item.number is not None and _A_DAY_OF_A_MONTH.match(text, item.word_start) \
                    and (that := _AND_THAT_ON_BEFORE.search(text, max(current[-1].end, item.word_start - 20),
                                                            item.word_start)) is not None \
                    and any(i.category == "time" and i.value == "month" for i in current) \
                    and any(i.category == "casualty" for i in current):
                # "found that on 24 May 2019 a barrel bomb ... killed five ..., and that on 4 June 2019 air strikes
                # damaged the town's bakery": another dated attack the finding tells
                clauses.append(Clause(cut, that.start() + 1, current, sentence))
                cut, current = that.start() + 1, []
            if item.number is not None and current and (more := _AND_MORE.match(text, item.end)
                                                        or _AND_THEY_DIED.match(text, item.end)) \
                    and (text[max(a, item.word_start - 6) : item.word_start].endswith(", and ")
                         or text[max(a, item.word_start - 5) : item.word_start].endswith(" and ")
                         and _ON_ANOTHER_DAY.match(text, more.end())
                         and any(i.category == "time" for i in current)):
                # "Two were killed in X, and three more died in shelling on Y": another toll, another clause (and
                # "killed four people on Tuesday and three more on Wednesday": another day's toll, of the same verb)
                clauses.append(Clause(cut, item.word_start - 4, current, sentence))
                cut, current = item.word_start - 4, []
                if not text[max(a, item.word_start - 6) : item.word_start].endswith(", and ") \
                        or WHO_THEY_WERE.match(text, item.end):
                    continuing.add(cut)  # (and "..., and two were workers at the X power station": two of the dead)
            again = _AND_AGAIN_ON.search(text, max(a, item.word_start - 16), item.word_start) \
                if item.category == "time" and current else None
            if again is not None and any(i.category == "casualty" and i.col(0) == "verb" for i in current) \
                    and _ON_A_WEEKDAY.search(text, cut, again.start()) and _a_toll_after(item, sentence_items):
                # "shelled the village on Friday, killing a woman, and again on Saturday, wounding two children":
                # the attack of another day, with its own toll
                clauses.append(Clause(cut, again.start() + 1, current, sentence))
                cut, current = again.start() + 1, []
            back = _CAME_BACK_ON.search(text, max(a, item.word_start - 12), item.word_start) \
                if item.category == "time" and current else None
            if back is not None and any(i.category == "casualty" and i.col(0) in ("verb", "masdar") for i in current) \
                    and any(i.category == "time" for i in current) and any(
                        i.category == "attack" and i.prefix.startswith("ل") and 0 <= i.word_start - item.end <= 40
                        for i in sentence_items):
                # ("..., وعادت صباح اليوم السبت لتقصف البلدة بالصواريخ، ما أسفر عن مقتل امرأة": the attack of
                # another day, with its own toll)
                clauses.append(Clause(cut, back.start() + 1, current, sentence))
                cut, current = back.start() + 1, []
            if item.category == "casualty" and item.col(0) == "verb" and current \
                    and text[max(a, item.word_start - 5) : item.word_start] == " and " \
                    and _each_toll_on_its_day(item, current, text):
                # "shelled the village on Friday and again on Saturday, killing a woman on Friday and wounding two
                # children on Saturday": each day's toll, a clause of its own
                clauses.append(Clause(cut, item.word_start - 4, current, sentence))
                cut, current = item.word_start - 4, []
            if item.number is not None and current and text[a : item.word_start].rstrip().endswith(":") \
                    and struck_by_what_follows(item, next((i for i in sentence_items if i.start >= item.end), None)) \
                    and any(i.category == "casualty" for i in current) and any(i.number is not None for i in current):
                # "حصيلة اليوم: استشهاد 5 مدنيين ...: 2 بقصف مدفعي على ريف إدلب، و1 برصاص مجهولين في درعا": the day's
                # total, then its shares, each with its attack and place
                clauses.append(Clause(cut, item.word_start, current, sentence))
                cut, current = item.word_start, []
                continuing.add(cut)
            if item.number is not None and current and SHARE_STRUCK_BY.match(text, item.end) and (
                    cut not in continuing and text[a : item.word_start].rstrip().endswith(":")
                    and any(i.category == "casualty" for i in current) and any(i.number is not None for i in current)
                    or cut in continuing and text[max(a, item.word_start - 5) : item.word_start].endswith((", ", " and "))):
                # "7 civilians killed in Syria today: 3 in regime shelling on Kansafra, 2 by Russian airstrikes on Kafr
                # Ouid and 2 by a landmine explosion in Deir ez-Zor countryside": the day's toll, then its shares, each
                # with its attack and place
                clauses.append(Clause(cut, item.word_start, current, sentence))
                cut, current = item.word_start, []
                continuing.add(cut)
            if item.number is not None and current and _a_share_in_a_town(item, sentence_items, text) and (
                    cut not in continuing and _SHARE_OPENS.search(text, max(a, item.word_start - 5), item.word_start)
                    and any(i.category == "casualty" for i in current) and any(i.number is not None for i in current)
                    or cut in continuing and item.prefix.startswith("و")
                    and "," in text[max(a, item.word_start - 3) : item.word_start]):
                # "قُتل خمسة مدنيين ... على ريف إدلب، ثلاثة منهم في بلدة كفرنبل بغارة روسية، واثنان في قرية حاس بقصف
                # مدفعي": the toll's shares, each in its town with its own attack
                clauses.append(Clause(cut, item.word_start, current, sentence))
                cut, current = item.word_start, []
                continuing.add(cut)
            share = A_SHARE_IN.match(text, item.end) if item.number is not None and current else None
            if share is not None and text.find(share.group(1), a, item.word_start) >= 0 and (
                    cut not in continuing and text[a : item.word_start].rstrip().endswith((":", ","))
                    and any(i.number is not None for i in current) and any(i.category == "casualty" for i in current)
                    or cut in continuing and text[max(a, item.word_start - 5) : item.word_start] == " and "):
                # "... killed at least nine people in the towns of A and B, a rescue worker said: six in A and three in
                # B": the toll's shares in the towns it named, each a clause of its own that goes on counting it (or
                # after a comma: "killing at least 22 civilians, 10 in Saqba and 12 in Kafr Batna")
                start = item.word_start - 4 if cut in continuing else item.word_start
                clauses.append(Clause(cut, start, current, sentence))
                cut, current = start, []
                continuing.add(cut)
            one_struck = item.category == "casualty" and _struck_by_next(item, sentence_items)
            if item.prefix == "و" and current and (item.number is not None or item.category == "casualty"
                                                   and item.col(0) == "person" and (item.col(1) == "2" or one_struck)) \
                    and text[max(a, item.word_start - 2) : item.word_start].strip() == "," \
                    and _another_toll_elsewhere(item, current, sentence_items):
                # "12 شهيداً ... على مدينة الرستن بريف حمص، و7 شهداء ... على بلدة داعل في درعا": another toll, in
                # another town, joined by "و" after a comma
                clauses.append(Clause(cut, item.word_start, current, sentence))
                cut, current = item.word_start, []
                continuing.add(cut)
            if item.prefix == "و" and item.category == "casualty" and item.col(0) in ("verb", "masdar") and current \
                    and text[max(a, item.word_start - 2) : item.word_start].strip() == "," \
                    and _another_attack_elsewhere(item, current, sentence_items):
                # "قُتل مدني ... بقصف مدفعي على بلدة كفرتعال، وأصيبت امرأة بغارة جوية روسية على بلدة الكندة": another
                # toll of another attack on another town (or told as a noun: "مقتل طفلين بقصف ... على قرية الحويز،
                # ومقتل رجل بغارة روسية على بلدة الهبيط")
                clauses.append(Clause(cut, item.word_start, current, sentence))
                cut, current = item.word_start, []
            if item.category == "casualty" and item.col(0) == "verb" and not item.prefix and current \
                    and text[max(a, item.word_start - 2) : item.word_start].strip() == "," \
                    and any(i.category == "cues" and i.value == "anniversary" for i in current[:2]) \
                    and any(i.category == "casualty" for i in current):
                # "في الذكرى الثالثة لمجزرة سوق معرة النعمان التي راح ضحيتها 43 مدنياً، أصيب اليوم ثلاثة أطفال ...": the
                # attack remembered with its toll, then the toll of today's
                clauses.append(Clause(cut, item.word_start, current, sentence))
                cut, current = item.word_start, []
            if item.category == "casualty" and item.col(0) == "verb" and current \
                    and _AFTER_THAT.search(text, max(a, item.word_start - 12), item.word_start) \
                    and any(i.category == "casualty" and i.col(0) in ("verb", "masdar") for i in current):
                # "قُتل مدني ... على مدينة دارة عزة، ..., بعد أن قُتلت امرأة وطفلها في قصف مماثل يوم الخميس الماضي":
                # the toll of an earlier attack, told after the one of today
                clauses.append(Clause(cut, item.word_start, current, sentence))
                cut, current = item.word_start, []
            if item.category == "cues" and item.value == "background" and item.entry.pattern in _HAD and current \
                    and text[max(a, item.word_start - 2) : item.word_start].strip() == "," \
                    and _HAD_THEN.match(text, item.end) \
                    and (any(i.category == "casualty" and i.col(0) in ("verb", "masdar") for i in current)
                         or any(i.category == "cues" and i.value == "aggregate" for i in current)
                         and any(i.category == "casualty" for i in _until_the_next_break(item, sentence_items))):
                # "قتل مدني ... على بلدة دارة عزة اليوم، وكانت البلدة قد تعرضت يوم الأحد الماضي لغارات ...": the
                # toll of today, then an attack recalled, each its own clause (or after the campaign the town has
                # lived through: "وتتعرض المدينة منذ مطلع الشهر لقصف جوي مكثف، وكانت غارة في 3 من شباط قد أدت إلى
                # مقتل امرأة وطفلها")
                clauses.append(Clause(cut, item.word_start, current, sentence))
                cut, current = item.word_start, []
            if item.category == "attack" and current and item.value != "generic" \
                    and (item.prefix in ("ول", "وب") and text[max(a, item.word_start - 2) : item.word_start].strip() == ","
                         or _AND_ALSO_AN_ATTACK.search(text, max(a, item.word_start - 16), item.word_start)) \
                    and "attack" in {i.category for i in current} \
                    and {"place", "casualty"} & {i.category for i in current} \
                    and any(i.category == "place" for i in _until_the_next_break(item, sentence_items)):
                # "استجابت فرقه لقصف جوي على قرية عابدين أدى لمقتل طفلة، ولقصف مدفعي على بلدة جرجناز أصيب فيه رجلان،
                # إضافة إلى غارتين على محيط قرية الغدفة دون إصابات": the attacks a list tells one after another
                start = text.rindex(",", max(a, item.word_start - 16), item.word_start) + 1
                clauses.append(Clause(cut, start, [i for i in current if i.start < start], sentence))
                cut, current = start, [i for i in current if i.start >= start]
            if item.category == "attack" and current and _AND_SHELLS_FELL.search(text, max(a, item.word_start - 12),
                                                                                 item.word_start) \
                    and {"casualty", "place"} <= {i.category for i in current} \
                    and any(i.category in ("place", "places") for i in _until_the_next_break(item, sentence_items)):
                # "... أصيب طفلان بقصف مماثل على قرية التمانعة، وسقطت قذائف على أطراف بلدة الهبيط دون إصابات": other
                # shells, on another town, with a toll of their own
                start = text.rindex(",", max(a, item.word_start - 12), item.word_start) + 1
                clauses.append(Clause(cut, start, [i for i in current if i.start < start], sentence))
                cut, current = start, [i for i in current if i.start >= start]
            if item.category == "attack" and current and (
                    _AND_AN_ATTACK.search(text, max(a, item.word_start - 30), item.word_start)
                    # (with no comma, an attack of another kind: "Shelling ... killed three in Kansafra on Tuesday and
                    # an air strike wounded five in nearby al-Bara")
                    or text.endswith((" and an ", " and a "), a, item.word_start) and item.value in _KINDS
                    and any(i.category == "attack" and i.value in _KINDS - {item.value} for i in current)) \
                    and (_another_attack_told_in_english(item, current, sentence_items)
                         or _another_kind_with_its_own_toll(item, current, sentence_items)):
                # "Government shelling killed two people in Kafr Nabl late on Tuesday, and an air strike on the town
                # early on Wednesday killed another three": another attack, with its own place, day and toll
                clauses.append(Clause(cut, item.word_start, current, sentence))
                cut, current = item.word_start, []
            if item.category == "place" and current \
                    and _AND_IN_THE_NEXT.search(text, max(a, item.word_start - 12), item.word_start) \
                    and {"casualty", "place"} <= {i.category for i in current} \
                    and any(i.number is not None or i.category == "casualty" and i.col(0) == "person"
                            for i in current) \
                    and any(i.category == "casualty" and i.col(0) == "verb"
                            for i in _until_the_next_break(item, sentence_items)):
                # "In Tal Rifaat, two civilians were killed, the Kurdish Red Crescent said, and in Nubl a child was
                # wounded": the next town, told with its own toll
                opening = _AND_IN_THE_NEXT.search(text, max(a, item.word_start - 12), item.word_start)
                start = opening.start(1) if opening.group(1) else opening.start(2)
                clauses.append(Clause(cut, start, [i for i in current if i.start < start], sentence))
                cut, current = start, [i for i in current if i.start >= start]
            that = _AND_THAT_OPENS.search(text, max(a, current[-1].end if current else a, item.word_start - 40),
                                    item.word_start) if current and "and that" in text[max(a, item.word_start - 40)
                                                                                          : item.word_start] else None
            if that is not None \
                    and {"casualty", "attack"} <= {i.category for i in current} \
                    and any(i.category in ("place", "places") for i in current) \
                    and {"casualty", "attack"} <= {i.category for i in _until_the_next_break(item, sentence_items)
                                                   if i.category != "casualty" or i.col(0) == "verb"}:
                # "... said that a child was killed by Turkish shelling on Ain Issa on Thursday and that three people
                # were wounded in a drone strike on a car near Tal Tamr on Friday": a second account, its own attack
                # (a few words may open it: "and that the following morning artillery shells hit ...")
                clauses.append(Clause(cut, that.start() + 1, current, sentence))
                cut, current = that.start() + 1, []
            if item.category in ("attack", "actors") and current \
                    and (later := _AND_LATER_THAT_DAY.search(text, max(a, item.word_start - 40), item.word_start)) \
                    and (item.category == "attack" or any(i.category == "attack" and i.start >= item.end
                                                          and i.start - item.end <= 2 for i in sentence_items)) \
                    and ({"casualty", "attack"} <= {i.category for i in current}
                         # (or an attack told by what it hit: "in the morning a Russian airstrike hit an empty school")
                         or {"targets", "attack"} <= {i.category for i in current}
                         and any(i.category == "attack" and i.value != "generic" for i in current)) \
                    and any(i.category == "casualty" and i.col(0) == "verb" and i.start > item.end
                            for i in sentence_items):
                # "... shelled the town of Kafr Takharim on Monday morning, wounding two farmers, and in the evening
                # a Russian air strike hit a poultry farm on the town's edge, killing a worker": another attack, later
                # that day, with its own toll
                start = later.start() + 1
                clauses.append(Clause(cut, start, [i for i in current if i.start < start], sentence))
                cut, current = start, [i for i in current if i.start >= start]
            if item.category == "cues" and item.value == "aggregate" and item.entry.pattern in BRINGING and current \
                    and "," in text[max(a, item.word_start - 3) : item.word_start] \
                    and any(i.number is not None or i.category == "casualty" and i.col(0) == "verb" for i in current) \
                    and any(i.category == "cues" and i.value == "aggregate" and i.start > item.end
                            for i in sentence_items):
                # "killed 27 people in Eastern Ghouta on Thursday, bringing the death toll since Sunday night to more
                # than 370": the day's toll, then a running total over the campaign (its own clause, an aggregate);
                # also a toll without a number ("استشهد الشاب محمد عيسى ...، ليرتفع عدد من قضوا ... منذ بداية الحصار")
                clauses.append(Clause(cut, item.word_start, current, sentence))
                cut, current = item.word_start, []
            if item.prefix == "و" and item.category == "casualty" and item.col(0) in ("verb", "masdar") and current \
                    and "," in text[max(a, item.word_start - 3) : item.word_start] \
                    and any(i.category == "cues" and i.value == "aggregate" for i in current) \
                    and any(i.category == "time" and i.start > item.end for i in sentence_items):
                # "نزوح أكثر من 1500 عائلة خلال الأسبوع الماضي ...، واستشهاد ثلاثة مدنيين يوم أمس بغارة جوية": a week's
                # total, then a toll of its own day
                clauses.append(Clause(cut, item.word_start, current, sentence))
                cut, current = item.word_start, []
                after_total.add(cut)
            if item.category == "cues" and item.value == "addition" and current \
                    and _adds_an_event(item, sentence_items, text):
                # "..., إضافة إلى مقتل رجل في قصف مماثل على بلدة محمبل": another death, another attack
                kept = [i for i in current if i.start < item.start]
                if kept:
                    clauses.append(Clause(cut, item.word_start, kept, sentence))
                    cut, current = item.word_start, [i for i in current if i.start >= item.start]
            if (item.category == "cues" and item.value in ("clause_break", "sequel")
                    # "، وفي اليوم التالي قصفت ...", "، وفي المساء قتل ...": the next day's or hour's attack, its own
                    # clause
                    or item.category == "time" and item.value == "next_day" and item.prefix.startswith("و")
                    # "، وقبل منتصف الليل بقليل أصيب رجلان ... على قرية سفوهن": a later hour's attack with its own toll
                    or item.category == "time" and item.value in ("before_midnight", "after_midnight")
                    and item.prefix.startswith("و") and any(
                        i.start > item.end and i.category == "casualty" and i.col(0) in ("verb", "masdar")
                        for i in sentence_items)) \
                    and current and not _while_scene(item, sentence_items, text):
                before = text[max(a, item.word_start - 3) : item.word_start]
                if "," in before or ";" in before or _COMMA_THEN_THAT.search(text, max(a, item.word_start - 9),
                                                                             item.word_start):
                    # other readings of the same words ("a day after": a date and a background cue) go with it
                    moved = [i for i in current if i.start >= item.start]
                    kept = [i for i in current if i.start < item.start]
                    # (not "Two days later, a second strike hit ...": the day the sentence opens with is the attack's)
                    if kept and not (item.value == "sequel" and all(i.category == "time" for i in kept)):
                        clauses.append(Clause(cut, item.word_start, kept, sentence))
                        cut, current = item.word_start, moved
            if item.category == "time" and item.value == "month" and current \
                    and _AND_ON_BEFORE.search(text, max(a, item.word_start - 12), item.word_start) \
                    and any(i.category == "casualty" for i in current) \
                    and any(i.category == "time" and i.value == "month" for i in current):
                # "... on January 1, a cluster munition rocket killed a farmer in his field, and on January 7, a bomb
                # ... killed a mother and her two children": another day's attack, its own clause
                start = text.rindex(",", max(a, item.word_start - 12), item.word_start) + 1
                clauses.append(Clause(cut, start, current, sentence))
                cut, current = start, []
            if item.category == "time" and item.value == "day" and item.prefix.startswith("و") and current \
                    and "," in text[max(a, item.word_start - 3) : item.word_start] \
                    and any(i.category == "time" and i.value == "day" and i.col(0) != item.col(0) for i in current) \
                    and any(i.category == "casualty" and i.col(0) in ("verb", "masdar") for i in current) \
                    and any(i.category == "casualty" and i.col(0) in ("verb", "masdar")
                            for i in _until_the_next_break(item, sentence_items)):
                # "قتل رجل ... مساء أمس الخميس بقصف ... على بلدة النيرب، وصباح اليوم الجمعة أصيبت امرأة بقصف مماثل
                # على مدينة سرمين": another day's toll, its own clause
                clauses.append(Clause(cut, item.word_start, current, sentence))
                cut, current = item.word_start, []
            if item.category == "cues" and item.value == "breakdown" and current \
                    and "," in text[max(a, item.word_start - 3) : item.word_start] \
                    and _ONE_ATTACK_OF_THE_TOTAL.match(text, item.end) \
                    and any(i.number is not None for i in current):
                # "documented the killing of 71 civilians in August 2022, including an attack on 19 August in which
                # ... rockets ... hit al-Bab's main market, killing 16": one attack of the month's total, its own clause
                clauses.append(Clause(cut, item.word_start, current, sentence))
                cut, current = item.word_start, []
            after = _AFTER_AN_ATTACK.search(text, max(a, item.word_start - 40), item.word_start) \
                if item.category == "attack" and current else None
            if after is not None and any(i.category in ("attack", "casualty") for i in current) \
                    and (_ON_AN_EARLIER_DAY.match(text, item.end)
                         # ("..., burning at least seven people, hours after a drone strike on a car in Binnish
                         # killed two men on Thursday evening": the earlier attack's day and toll after it)
                         or after.group(1) and any(
                             i.category == "time" and i.value == "weekday" for i in sentence_items if i.start > item.end)
                         and any(i.category == "casualty" and i.col(0) == "verb"
                                 for i in sentence_items if i.start > item.end)):
                # "It was the second attack on the town this week, after an air strike on Sunday damaged a bakery":
                # an earlier attack, with its own day, told after the one of today
                start = after.start() + after.group(0).index("after")
                kept = [i for i in current if i.start < start]
                if kept:
                    clauses.append(Clause(cut, start, kept, sentence))
                    cut, current = start, [i for i in current if i.start >= start]
                    earlier_after.add(cut)
            current.append(item)
        clauses.append(Clause(cut, b, current, sentence))
        if any(a <= start < b for start in continuing):
            _set_the_total_apart(clauses, first_of_sentence, text, continuing)
    for clause in clauses:
        clause.continues_toll = clause.start in continuing
        clause.after_total = clause.start in after_total
        clause.earlier_after = clause.start in earlier_after
    return clauses


def _set_the_total_apart(clauses: list[Clause], index: int, text: str, continuing: set[int]) -> None:
    """'رصد المرصد مقتل 9 مواطنين ...، هم: 4 بينهم طفلان قضوا في قصف على بلدة بليون، و3 ... على قرية البارة': the total
    before "هم:" is a clause of its own (a total over the towns counted after it), and the first town's share
    starts the shares."""
    first = clauses[index]
    they = next((i for k, i in enumerate(first.items) if i.category == "cues" and i.entry.pattern in ("هم", "وهم")
                 and text[i.end : i.end + 2].lstrip().startswith(":") and k + 1 < len(first.items)
                 and (first.items[k + 1].number is not None  # ("هم: رجل وزوجته بغارة ...، وطفل بقصف ...": people)
                      or first.items[k + 1].category == "casualty" and first.items[k + 1].col(0) == "person")), None)
    if they is None or not any(i.number is not None or i.category == "casualty" for i in first.items
                               if i.start < they.start):
        return
    clauses[index : index + 1] = [Clause(first.start, they.word_start, [i for i in first.items if i.start < they.start],
                                         first.sentence),
                                  Clause(they.word_start, first.end, [i for i in first.items if i.start >= they.start],
                                         first.sentence)]
    continuing.add(they.word_start)


_FIELD_LINE = re.compile(r"[^\w\n]*[^\W\d_]+(?: [^\W\d_]+){0,3}\s*:\s*\S")


def _fields_together(bounds: list[tuple[int, int]], text: str, items: list[Item]) -> list[tuple[int, int]]:
    """'📍 المكان: بلدة كفرنبل' / '⏰ التوقيت: صباح اليوم' / '☠️ الشهداء: 3': a post written as a form, a field a
    line, tells one incident: its lines (three or more in a row) are read as one sentence."""
    if text.count(":") < 3:
        return bounds

    def a_form(run: list[tuple[int, int]]) -> bool:
        # (not "سرمين: 2 شهداء (قصف مدفعي)" / "بنش: 1 مصاب (غارة مسيرة)": a town a line, each with its own attack)
        told = [{i.category for i in items if a <= i.start < b} for a, b in run]
        return sum({"place", "attack"} <= categories for categories in told) < 2
    out: list[tuple[int, int]] = []
    run: list[tuple[int, int]] = []
    keys: set[str] = set()  # the run's field names: one named again starts the next record ("Attack ID: ...")
    for bound in bounds + [(len(text), len(text))]:
        if bound[0] < bound[1] and _FIELD_LINE.match(text, bound[0]) and not LIST_LINE.match(text, bound[0]):
            key = text[bound[0] : text.find(":", bound[0])].strip()
            if key not in keys:
                keys.add(key)
                run.append(bound)
                continue
            if len(run) >= 3 and a_form(run):
                out.append((run[0][0], run[-1][1]))
            else:
                out.extend(run)
            run, keys = [bound], {key}
            continue
        if len(run) >= 3 and a_form(run):
            out.append((run[0][0], run[-1][1]))
        else:
            out.extend(run)
        run, keys = [], set()
        if bound[0] < bound[1]:
            out.append(bound)
    return out


def _masked(items: list[Item], text: str) -> list[Item]:
    """Drop what follows "دون وقوع إصابات" / "no reports of casualties" in the clause: not casualty figures (but after
    "Nobody was killed, but", the wounded are counted)."""
    items = [i for i in items if not (i.category == "casualty" and _DENIED_BEFORE.search(text, max(0, i.word_start - 12),
                                                                                        i.word_start))]
    # ("أدت إلى إصابة شخصين، وليس مقتلهما كما ورد في خبر سابق": the toll a correction takes back)
    cue = next((i for i in items if i.category == "cues" and i.value in _MASK_CUES), None)
    if cue is None:
        return items
    resumed = None
    if cue.entry.extra and cue.col(0) == "killed" and items[-1].end > cue.end:
        contrast = _BUT.search(text, cue.end, items[-1].end)
        resumed = contrast.end() if contrast is not None else None
    return [i for i in items if i.start < cue.word_start or i.category == "cues"
            or resumed is not None and i.start >= resumed]


_DENIED_BEFORE = re.compile(r"(?:^|\s)و?ليس\s+$|\b(?:and not|rather than|not)\s+$")
_BUT = re.compile(r"[,،]?\s*(?:\bbut\b|(?:^|\s)(?:لكن|ولكن|الا ان|غير ان))\s")


_DURING = ("خلال", "طوال", "طيله", "during", "throughout")
_SUPERLATIVE = re.compile(r"\b(?:deadliest|bloodiest|worst|heaviest)\b|(?:ال)?اكثر(?: \w+){0,2} دمويه|\b(?:ال)?اعنف|الاشد"
                          # "في حادثة هي الثالثة من نوعها في المدينة خلال الشهر الجاري": one of a count, not a total
                          r"|(?:^|\s)من نوعها?(?:\s|$)|\bof its kind\b|\bsuch (?:attack|bombing|killing|incident)\b"
                          # "وهي المرة الثالثة التي تتعرض فيها المدينة للقصف خلال أسبوع": a count of attacks, not a toll
                          # (and "وهي المرة الأولى التي تتعرض فيها المدينة للقصف منذ أشهر": the first in months)
                          r"|(?:^|\s)المره (?:الاولي|الثانيه|الثالثه|الرابعه|الخامسه)(?:\s|$)"
                          r"|\bthe (?:first|second|third|fourth|fifth) time\b")


_ONLY_THE_ATTACK = re.compile(r"[^.،,]{0,40}?(?:ذلك القصف|تلك الغاره|تلك الغارات|هذا القصف|هذه الغاره|القصف|الغاره|"
                              r"الغارات|المجزره|الهجوم|الاستهداف|الانفجار|التفجير|هذا الانفجار|ذلك الانفجار|the attack|"
                              r"the strike|the massacre|the shelling|the blast|the explosion|the bombing)"
                              r"\s+(?:الي|to)\b")


def _toll_of_the_attack(items: list[Item], scan: Scan) -> bool:
    """'لترتفع حصيلة ضحايا ذلك القصف إلى ثلاثة قتلى', 'bringing the death toll from the attack to 12': the
    attack's own toll rising, not a campaign's."""
    totals = [i for i in items if i.category == "cues" and i.value == "aggregate"]
    return bool(totals) and all(i.entry.pattern in BRINGING and (_ONLY_THE_ATTACK.match(scan.text, i.end)
                                                                  or _STRAIGHT_TO.match(scan.text, i.end))
                                for i in totals)


# "A third child has died ..., bringing the death toll to three": a toll with no span of time or place of its own
_STRAIGHT_TO = re.compile(r"\s+to\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b"
                          r"(?!\s+(?:since|in|this|so far))")


_DAYS_SPAN = re.compile(r"(?:between|from|بين|من)\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s*(?:and|to|-|–|و|الي|حتي)\s*"
                        r"(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s*(?:of\s+)?$")


def _over_a_month(items: list[Item], scan: Scan) -> bool:
    """'مقتل 27 شخصاً خلال نيسان الماضي', 'during April', 'between 1 and 14 February': a total over a month or a
    span of days, not an incident."""
    return any(i.category == "time" and i.value == "month" and (
        scan.text[max(0, i.word_start - 8) : i.word_start].rstrip().endswith(_DURING)
        or _DAYS_SPAN.search(scan.text, max(0, i.word_start - 30), i.word_start)
        or _IN_SYRIA_IN.search(scan.text, max(0, i.word_start - 20), i.word_start)) for i in items)


# "documented the killing of 112 civilians in Syria in September": the country's toll over the month
_IN_SYRIA_IN = re.compile(r"\bin syria in $|(?<!\S)في سوريا (?:في |خلال )?(?:شهر )?$")


# "قتل ثلاثة عناصر من الدفاع المدني ... بحسب بيان للمنظمة": the organisation whose people were hit tells of it
_ITS_OWN_ACCOUNT = re.compile(r"(?:^|\s)(?:المنظمه|للمنظمه)(?:\s|$|[.,،])"
                              r"|\bthe (?:organi[sz]ation|charity) (?:said|says|reported)")
# (from within the word too: "witness|es said", a lexicon key matched as a word's start)
_THEY_SAY_AFTER = re.compile(r"(?:\s+and\s+[\w ]{1,30}?)?,?\s+(?:said|say|told|reported)\b")
_SPEAKS_AFTER = re.compile(r"\w*,?\s+(?:said|says|told|added|reported|confirmed|stated)\b")
_SPEAKS_SOON_AFTER = re.compile(r"(?:\s*[\w'’-]+){0,3},?\s+(?:said|says|told|added|reported|confirmed|stated)\b")
_HURT_VERBS = r"\b(?:killing|killed|wounding|wounded|injuring|injured)"
_HURT_RIGHT_BEFORE = re.compile(_HURT_VERBS + r" $")
_ONE_OR_MORE_BEFORE = re.compile(r"\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+$")
_SAID_BY_ONE = re.compile(r"\b(?:said|told|says) [^\s.,،]+(?: [^\s.,،]+){0,3}, (?:an?|the) $"
                          r"|\b(?:said|says) (?:an?|one) $")  # ("said a rescue worker with the White Helmets")
# (the English "our correspondent" is rare in these reports; "مراسل الشبكة": the network whose dateline it is)
_OUR_CORRESPONDENT = frozenset({"مراسلنا", "مراسل الشبكه", "مراسل الوكاله", "مراسل الموقع", "مراسل المركز",
                                "مراسل وكالتنا", "مراسله وكالتنا", "مراسلتنا"})
def _our_correspondent(item: Item) -> bool:
    """"مراسلنا", "مراسل الشبكة", and "وقال المراسل" (the correspondent, with the article): the dateline outlet's own."""
    return item.entry.pattern in _OUR_CORRESPONDENT or item.entry.pattern == "مراسل" and item.prefix in ("ال", "وال")


_PLACE_DASH = re.compile(r"[^\W\d_]+(?: [^\W\d_]+){0,2}\s*[-–—]\s*")  # a dateline's place ("دير الزور – ")
_INCLUDING_ONE = re.compile(r"\b(?:including|among them)\s+(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|"
                            r"\d+)\s+$")
_MEMBERS_OF = re.compile(r"(?:من|في|of|from|with)(?: the| an?)?(?: [a-z]+-(?:led|backed|affiliated|run))?(?: syrian)?")
# ("Kurdish-led"; "two volunteers of the Syrian Civil Defence", whose row is "civil defence")
_MEMBER_AFTER = re.compile(r"['’]?s? (?:staff members?|volunteers?|workers?|employees?|members?|paramedics?|drivers?)\b")
_AND = re.compile(r"\s*(?:[,،]\s*)?(?:و|and |&)?\s*(?:the )?")  # between two names one attribution credits
# a second name for the body just named: ", the Kurdish-led internal security forces"
_IN_APPOSITION = re.compile(r"\s*[,،]\s*(?:the )?(?:[a-z]+-(?:led|backed|run|affiliated) )?")
_NEAR_THE_TOWN = re.compile(r"\b(?:near|outside|on the outskirts of)(?: the)?\s*$|(?:^|\s)(?:قرب|بالقرب من|في محيط|بمحيط)\s*$"
                            r"|\b(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of\s*$"  # ", west of Kobani"
                            # "قرية زيزون الواقعة غرب مدينة درعا", "a village west of Daraa city": off it, near it
                            # (and bare: "قرية قرموغ جنوب مدينة كوباني")
                            r"|(?:^|\s)(?:(?:الواقعه|الواقع)\s+(?:الي\s+)?)?(?:ال)?(?:شمال|جنوب|شرق|غرب)\w*(?:\s+من)?\s*$"
                            # ("بلدة سلقين المجاورة لكفرتخاريم": the town next to another)
                            r"|(?:^|\s)(?:المجاوره|المجاور|المتاخمه|المتاخم)\s+(?:ل|لل)?$"
                            r"|(?:^|\s)(?:القريبه|القريب)\s+من\s*$")
_SIDES_PEOPLE = re.compile(r" (?:forces|troops|army|militias?|fighters|gunners) ")  # "regime forces" before a verb
_CAMP_WORD = re.compile(r"مخيم|\bcamp\b")
_BELONGS_TO = re.compile(r"(?:^|\s)(?:التابعه|التابع) ل?\s*$")  # "قرية تل حبش التابعة لناحية الدرباسية"
_IN_THE = re.compile(r"\bin(?: the)?\s*$")  # "the village of Tal Habash in the Darbasiyah countryside"
_IN_ITS_AREA = re.compile(r",? in (?:the )?")
_A_VILLAGE_OF = re.compile(r"(?:the )?village of ")
_AREA_AFTER = re.compile(r" (?:countryside|area|district|region)\b")
_SHARE_OF_THE_TOLL = re.compile(r"\b(\w+) of the (dead|victims|killed|wounded|injured) (?:were|are) (children|women)\b")
# (not "the residents had fled weeks earlier": people gone, no attack)
# (nor "rushed to the scene of an earlier raid", "hit the site of an earlier raid": the first strike of a double
# tap, whose second is told)
# (nor "the town of Suluk, which Turkish-backed factions seized earlier this week": when it was taken)
_NO_RECALL_BEFORE = re.compile(r"\b(?:fled|left|moved out|been displaced|the (?:scene|site) of|seized|captured|retook|"
                               # ("a double-tap strike hit rescuers responding to an earlier strike": the first blow of
                               # the same attack)
                               r"responding to|rushed to|arrived at|"
                               # ("a family ... who had returned to their home days earlier": when they came back)
                               r"took|returned(?: to (?:their|his|her) (?:homes?|houses?|village|town))?)\s+$")
_SAID_ON_A_DAY_BEFORE = re.compile(r"\b(?:said|says|told \S+)\b[^.\n]{0,30}? on (?:monday|tuesday|wednesday|thursday|"
                                   r"friday|saturday|sunday), $")
_RECALLED = re.compile(r"\bhad (?:been )?(?!fled\b|moved\b|returned\b)(?:\w+ed|hit|struck|shot|left|torn)\b")
_ANOTHER_ATTACK_THIS_MONTH = re.compile(r"(?:(?:ثاني|ثالث|رابع|خامس) (?:تفجير|هجوم|استهداف|غاره|انفجار)"
                                        r"|ال(?:تفجير|هجوم|استهداف|انفجار) ال(?:ثاني|ثالث|رابع|خامس)"
                                        r"|المره ال(?:ثانيه|ثالثه|رابعه) التي)[^.]{0,40}? "
                                        r"(?:خلال|في غضون) (?:اسبوع|شهر|ايام|الاسبوع|الشهر)[,،]\s*(?:اذ|حيث|بعد ان)\s")
_THE_NTH_SUCH_EVENT = re.compile(r"(?<!\S)في (?:ثاني|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع|عاشر) (?:حادثه|حادث|هجوم|استهداف|"
                                 r"تفجير|عمليه|جريمه)(?: \S+){0,3} (?:منذ|خلال)(?!\S)")
_A_SIEGE_SINCE = re.compile(r"(?:^|\s)(?:ال)?حصار(?: \S+){0,4} $")
_FIRST_SINCE = re.compile(r"(?:^|\s)اول (?:استهداف|قصف|غاره|هجوم|تفجير)(?: \S+){0,3} $")
# ("This is the third drone strike in the area this week. On Monday a Turkish drone killed ...")
_LAST_WEEKDAY_OPENS = re.compile(r"\s*(?:last|on) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b")
_ANOTHER_ATTACK_THIS_WEEK = re.compile(r"\b(?:second|third|another)\b[^.]{0,30}\b(?:attack|strike|bombing)\b[^.]{0,40}"
                                      r"\b(?:in a week|this week|in days|within days|in three days)\b")
# "The strikes were the deadliest in the area since government shelling killed seven people in nearby Sarja": the
# attack measured against, told after "since"
_DEADLIEST_SINCE = re.compile(r"\b(?:deadliest|worst|bloodiest)\b[^.]{0,60}?\bsince (?!the start|the beginning)")


def _opens_days_after(scan: Scan, position: int) -> bool:
    """Whether the text at `position` goes on with "a day after ...", "بعد يومين من ..."."""
    index = bisect.bisect_left(scan.items, position, key=lambda item: item.start)
    return any(item.category == "time" and item.value == "days_before" and not scan.text[position : item.start].strip()
               for item in scan.items[index : index + 2])


def abroad(clause: Clause, scan: Scan, gazetteer: Gazetteer) -> bool:
    """The clause names another country as where it happened ("at a base in Jordan")."""
    a, b = scan.norm.to_original(clause.start, clause.end)
    return any(match.group(1) in foreign_country_names(gazetteer.country)
               for match in _IN_A_COUNTRY.finditer(scan.norm.original, a, b))


_IN_A_COUNTRY = re.compile(r"\bin ([A-Z][a-z]+(?: [A-Z][a-z]+)?)\b")


def analyse(
    clause: Clause, scan: Scan, gazetteer: Gazetteer, original: str, reference: dt.date | None,
    prefer_admin1: str | None = None, scope: str | None = None,
) -> None:
    """What the clause says: its cues, figures, places and dates. `scope`: the governorate a heading over the list
    the clause is an item of names."""
    categories = {i.category for i in clause.items}
    clause.norm_text = scan.text
    clause.cue_values = cue_values = frozenset(i.value for i in clause.items if i.category == "cues")
    clause.aggregate = "aggregate" in cue_values or "time" in categories and _over_a_month(clause.items, scan) \
        or "number" in categories and (_SINCE_A_DATE.search(scan.text, clause.start, clause.end) is not None
                                       or _ATTACKS_COUNTED.search(scan.text, clause.start, clause.end) is not None)
    if not clause.aggregate and "casualty" not in categories \
            and (_AFTER_MONTHS_OF.search(scan.text, clause.start, clause.end) is not None
                 # ("It was the ninth medical facility hit since government forces ... launched an offensive")
                 or _NTH_HIT_SINCE.search(scan.text, clause.start, clause.end) is not None):
        # "Unexploded munitions litter southern Idlib after months of Russian and Syrian government air strikes": the
        # campaign behind the scene, no attack of its own (but "After months of calm, ... shelled Sarmin, killing
        # three" counts its dead)
        clause.aggregate = True
    if clause.aggregate and "aggregate" in cue_values and all(
            i.entry.pattern.startswith("منذ") and (
                _FIRST_SINCE.search(scan.text, max(0, i.word_start - 40), i.word_start)
                # ("في ظل الحصار المفروض على الحي منذ أشهر": how long the siege has lasted, no toll over it)
                or _A_SIEGE_SINCE.search(scan.text, max(0, i.word_start - 40), i.word_start))
            for i in clause.items if i.category == "cues" and i.value == "aggregate"):
        clause.aggregate = False  # "في أول استهداف للبلدة منذ أشهر": the first attack in months, no total since then
    if clause.aggregate and (nth := _THE_NTH_SUCH_EVENT.search(scan.text, clause.start, clause.end)) is not None \
            and any(i.category == "casualty" and i.col(0) in ("verb", "masdar") and i.end <= nth.start()
                    for i in clause.items):
        # "قُتل لاجئ عراقي برصاص مجهولين داخل مخيم الهول ...، في ثالث حادثة قتل يشهدها المخيم منذ مطلع الشهر": the
        # attack told is the third of the month, its toll its own, no total
        clause.aggregate = False
    own_toll = clause.aggregate and _toll_of_the_attack(clause.items, scan)
    if own_toll:
        clause.aggregate = False
    # "ارتفعت الحصيلة ... بعد وفاة طفلة متأثرة بجروحها": a rising toll is the incident's own, not an earlier event.
    clause.background = "background" in cue_values and "rise" not in cue_values and not own_toll \
        and not all(_NO_RECALL_BEFORE.search(scan.text, max(0, i.word_start - 36), i.word_start)
                    # ("he said by phone on Thursday, a day after the attack on the market": after the attack told,
                    # the day it is told of)
                    or _SAID_ON_A_DAY_BEFORE.search(scan.text, max(0, i.word_start - 60), i.word_start)
                    # ("a town captured by the army last month": when the town changed hands)
                    or _A_PLACE_TAKEN_BEFORE.search(scan.text, max(0, i.word_start - 50), i.word_start)
                    for i in clause.items if i.category == "cues" and i.value == "background")
    clause.background = clause.background or clause.earlier_after
    if not clause.background and _RECALLED.search(scan.text, clause.start, clause.end) and any(
            i.category == "time" and i.value == "days_before"
            and i.entry.pattern.endswith(("earlier", "before", "previous day"))
            for i in clause.items):
        clause.background = True  # "Two days earlier, barrel bombs had killed nine people": an attack recalled
    if clause.aggregate and "rise" not in cue_values \
            and (count := _ANOTHER_ATTACK_THIS_MONTH.search(scan.text, clause.start, clause.end)) is not None \
            and not any(i.category == "casualty" for i in clause.items if i.start < count.start() and i.col(0) != "person"):
        # "وهذا ثالث تفجير تشهده المدينة خلال شهر، إذ قُتل رجلان بانفجار دراجة مفخخة ... في الثالث من الشهر الجاري":
        # a count of attacks on the town, then one of them recalled with its day and toll
        clause.aggregate, clause.background = False, True
    if not clause.background and _LAST_WEEKDAY_OPENS.match(scan.text, clause.start) \
            and _ANOTHER_ATTACK_THIS_WEEK.search(scan.text, max(0, clause.start - 160), clause.start):
        clause.background = True  # "It was the second deadly attack on Sarmin in a week. Last Tuesday, an airstrike ..."
    since = None if clause.background or "rise" in cue_values or scan.text.find("since", clause.start, clause.end) < 0 \
        else _DEADLIEST_SINCE.search(scan.text, clause.start, clause.end)
    if since is not None and all(i.start >= since.end() for i in clause.items if i.category == "casualty"):
        clause.background = True  # (not "killing seven, the deadliest attack since the truce": the toll before it)
    if clause.background and not clause.figures and reference is not None and "place" not in categories \
            and (year := _IN_A_YEAR.search(scan.text, clause.start, clause.end)) is not None \
            and int(year.group(1) or year.group(2)) < reference.year:
        clause.aggregate = True  # "The village was last hit in 2019, when an air strike destroyed its only school.":
        # the place's past, told in passing (no attack of the report's)
    clause.provisional = "provisional" in cue_values
    clause.zero = next((i for i in clause.items if i.category == "cues" and i.value == "zero"), None)
    clause.cues = clause.of("attack")
    if clause.cues and not any(i.category == "casualty" for i in clause.items) and all(
            c.entry.pattern.endswith("ed") and _A_WORD_BEFORE.search(scan.text, max(0, c.word_start - 6), c.word_start)
            for c in clause.cues):
        clause.cues = []  # "Help us rebuild the bombed school in Kafr Takharim": what was hit once, described
    second = next((i for i in clause.items if i.category == "cues" and i.entry.pattern == "a second strike"), None)
    if second is not None and all(c.value == "generic" for c in clause.cues):
        # "killed when a second strike hit the site": the sequel's own words tell an air strike
        strike = Item(second.end - len("strike"), second.end, _STRIKE_OF_A_SEQUEL, "", None, "attack", "air")
        clause.cues = sorted(clause.cues + [strike], key=lambda i: i.start)
    if clause.cues and all(c.entry.pattern in _GUNMEN for c in clause.cues) and not any(
            i.category == "casualty" and i.value in ("killed", "injured", "both") for i in clause.items):
        # (and "اختطف مسلحون مجهولون طفلاً": a child taken, nobody killed or hurt)
        clause.cues = []  # "بعد يومين من اختطافه على يد مسلحين مجهولين": the gunmen, told of no shooting
    if "casualty" in categories or "toll" in cue_values or scan.column_outcomes and any(
            i.start in scan.column_outcomes for i in clause.items if i.number is not None) \
            or clause.carried is not None and "number" in categories:  # (a list line's number under a toll)
        counted = _masked(clause.items, scan.text)
        if clause.continues_toll and counted and counted[0].entry.pattern in ("هم", "وهم"):
            counted = counted[1:]  # ("هم: 4 بينهم طفلان قضوا في ...": the list of shares opens, no breakdown)
        clause.figures = find_figures(counted, scan, clause.carried)
    if "initial" in cue_values and clause.figures:
        for cue in [i for i in clause.items if i.category == "cues" and i.value == "initial"]:
            # "Two civilians were killed ..., revising an earlier toll of one dead": the toll it replaces, told after it
            clause.figures = [f for f in clause.figures if not (f.start > cue.end and any(
                other.outcome == f.outcome and other.end <= cue.start for other in clause.figures))]
    if len(clause.figures) > 1 and (right := _THE_RIGHT_ONE.search(scan.text, clause.start, clause.end)) is not None:
        # "ذكرنا في خبر سابق أن الغارة ... أسفرت عن مقتل أربعة مدنيين، والصحيح أنها أسفرت عن مقتل ثلاثة": the figure
        # the correction gives, not the one it corrects
        clause.figures = [f for f in clause.figures if not (f.end <= right.start() and any(
            other.outcome == f.outcome and other.start >= right.end() for other in clause.figures))]
    if "corrected" in cue_values and clause.background:
        clause.figures = []  # "وكانت مصادر أولية قد تحدثت عن مقتل طفلين، قبل أن يتبين أن الطفل الثاني أصيب": corrected
    if not clause.figures and clause.zero is None and _A_TREND.search(scan.text, clause.start, clause.end):
        clause.aggregate = True  # "Government forces have stepped up their shelling of the area in recent weeks":
        # what has gone on for weeks, no attack of its own, nor the attacker of the one told before (own16-01)
    if "retaliation" in cue_values and clause.figures and not clause.background:
        answered = min(i.end for i in clause.items if i.category == "cues" and i.value == "retaliation")
        # "... said it had neutralized 30 terrorists in retaliation for an attack that killed Turkish soldiers": the
        # toll of the attack answered, not of the one told (but "strikes killed 11 in retaliation for ...")
        own_toll = _TOLL_OF_THE_STRIKE_AFTER.search(scan.text, answered, clause.end)
        clause.background = all(f.start >= answered and (own_toll is None or f.start < own_toll.start())
                                for f in clause.figures)  # (not "..., in retaliation for drone attacks on U.S.
        # troops, killing nine fighters": the strike's own toll, after the answered attack is told)
        if not clause.background and own_toll is not None and any(f.start >= own_toll.end() for f in clause.figures):
            clause.items = [i for i in clause.items if not (i.category == "attack"
                                                            and answered <= i.start < own_toll.start())]
            clause.cues = clause.of("attack")
            # (and the answered attack's weapons are not the strike's: "drone attacks on U.S. troops")
        if clause.background and "place" not in categories:
            clause.aggregate = True  # (told with no place of ours, "killed Turkish soldiers in Iraq": nothing here)
    if clause.background and "place" not in categories and clause.figures and abroad(clause, scan, gazetteer):
        clause.aggregate = True  # "... a drone attack that killed three U.S. soldiers at a base in Jordan": abroad
    if not (clause.figures or clause.cues or clause.zero):
        # No event here: only its governorate can matter (a report's region), not its figures or dates.
        found = find_places(clause.items, scan, gazetteer, original, prefer_admin1) if "place" in categories else []
        clause.places = [p for p in found if p.level == "region"]
        clause.towns_named = [p for p in found if p.level == "town" and p.place is not None and not p.excluded]
        if "time" in categories and (scan.text[clause.start : clause.end].rstrip().endswith(":") or scan.text[
                clause.start : clause.end].endswith("\n") and LIST_LINE.match(scan.text, clause.end)):
            # "حصيلة اليوم في الشمال السوري:": a heading's day is the day of the list under it (a line right over
            # "- ..." is a heading without its colon)
            clause.dates = find_dates(scan, clause.start, clause.end, reference, clause.items)
        elif "time" in categories and _A_DAY_OPENS.match(scan.text, clause.start):
            # "... has become part of daily life. On Sunday, it turned deadly again.": the day of the attack the
            # next sentence tells
            clause.dates = find_dates(scan, clause.start, clause.end, reference, clause.items)
        elif "time" in categories and _A_SCENES_DAY.match(scan.text, clause.start):
            # "... when the first shell landed. It was the afternoon of 6 May, and ...": a feature's scene, then its day
            clause.dates = find_dates(scan, clause.start, clause.end, reference, clause.items)
        elif "time" in categories and _opens_days_after(scan, clause.end):
            # "were still digging through the rubble on Sunday, a day after warplanes struck ...": the day the
            # next clause counts back from
            clause.dates = find_dates(scan, clause.start, clause.end, reference, clause.items)
        elif "time" in categories and _AN_HOUR_OPENS.match(scan.text, clause.end) \
                and any(i.category == "time" and i.value in ("weekday", "month") for i in clause.items):
            # "لم يكن أبو أحمد يتوقع أن تكون رحلته إلى السوق صباح الأحد الأخيرة ... فعند الساعة العاشرة تقريباً،
            # استهدفت طائرة حربية ...": a feature's scene sets the day, the next sentence its hour and the attack
            clause.dates = find_dates(scan, clause.start, clause.end, reference, clause.items)
        elif "time" in categories and not scan.text[: clause.start].strip() and scan.text[clause.start : clause.end] \
                .endswith("\n") and any(i.category == "time" and i.value == "weekday" for i in clause.items):
            # "🔴 الميادين – اليوم الأربعاء\n⏰ 09:15 | غارات ...": the day a post's heading names, of what it heads
            clause.dates = find_dates(scan, clause.start, clause.end, reference, clause.items)
        elif "time" in categories and _a_line_of_its_time(clause, scan.text):
            clause.dates = find_dates(scan, clause.start, clause.end, reference, clause.items)  # ("🕐 منذ قليل")
        return
    if "place" in categories or "places" in categories or LATIN_NAME_AFTER.search(
            original, *scan.norm.to_original(clause.start, clause.end)) \
            or clause.start == 0 and ENGLISH_DATELINE.match(original):  # a name spelled another way?
        clause.places = find_places(clause.items, scan, gazetteer, original, prefer_admin1, (clause.start, clause.end),
                                    scope)
        if not clause.towns:
            named = named_then_referred_to(clause.items, scan, clause.start, clause.end, gazetteer, prefer_admin1)
            if named is not None:
                clause.places.insert(0, named)
    if "anniversary" in cue_values:
        # "نظم ناشطون في مدينة إدلب وقفة في الذكرى الرابعة لمجزرة ... في مدينة خان شيخون": where it is remembered
        remembered = min(i.start for i in clause.items if i.category == "cues" and i.value == "anniversary")
        clause.places = [p for p in clause.places if p.start > remembered]
    if "time" in categories or "number" in categories or _DIGIT.search(scan.text, clause.start, clause.end):
        # (a date written in digits, "12/3/2019", is no number item)
        clause.dates = find_dates(scan, clause.start, clause.end, reference, clause.items)
        if "anniversary" in cue_values and any(d.explicit for d in clause.dates):
            clause.dates = [d for d in clause.dates if d.explicit]  # the attack's own day, not the day of remembering
        # ("In Qalaat al-Madiq, a town captured by the army last month, rebel rockets killed two soldiers": when the
        # town changed hands, not the day of the attack)
        clause.dates = [d for d in clause.dates if not _A_PLACE_TAKEN_BEFORE.search(
            scan.text, max(clause.start, d.start - 50), d.start)]
        if len(clause.dates) > 1:
            # "The hospital in Kafr Takharim, which was also hit in March, was struck again ... on Thursday": the day
            # of the earlier attack a relative clause recalls is not this attack's
            clause.dates = [d for d in clause.dates if not _WHICH_WAS_HIT_BEFORE.search(
                scan.text, max(clause.start, d.start - 40), d.start)] or clause.dates
        if not clause.background and not clause.aggregate and reference is not None and clause.dates \
                and clause.figures and _opens_with_a_month(clause, scan.text) \
                and all(d.precision == "month" and d.date is not None and d.date < reference.replace(day=1)
                        for d in clause.dates):
            # "In March 2021, a government strike on the town's surgical hospital killed seven people": an attack of
            # a month long past, told by its month alone, is recalled
            clause.background = True
        if not clause.background and not clause.aggregate and reference is not None and clause.figures \
                and not any(d.date is not None for d in clause.dates) and any(not f.bare for f in clause.figures) \
                and (year := _IN_A_YEAR.search(scan.text, clause.start, clause.end)) is not None \
                and int(year.group(1) or year.group(2)) < reference.year:
            # "Her husband was killed in an airstrike on Maarat al-Numan's vegetable market in 2016": an attack of a
            # year long past, told by its year alone, is recalled
            clause.background = True
        if not clause.background and not clause.aggregate and reference is not None and clause.figures \
                and _IN_A_SIMILAR_ATTACK.search(scan.text, clause.start, clause.end) \
                and any(d.date is not None and d.date < reference for d in clause.dates):
            # "On Monday, at least five people were killed in a similar attack on a market in the village of Hish":
            # an earlier attack like the one told, recalled with its own day
            clause.background = True
    if clause.aggregate and clause.figures:
        # "making it the bloodiest day in the town since the start of the campaign": a comparison, not a total
        first_total = min(i.start for i in clause.items if i.category == "cues" and i.value == "aggregate") \
            if "aggregate" in cue_values else None
        if first_total is not None and _SUPERLATIVE.search(scan.text, clause.start, first_total):
            clause.aggregate = False
    if clause.aggregate and clause.figures and clause.towns:
        # "قُتل عدد من المدنيين ... على مدينة معرة النعمان، في ظل استمرار الحملة العسكرية": the campaign only
        # named after the town's own toll
        last = max(f.end for f in clause.figures)
        totals = [i for i in clause.items if i.category == "cues" and i.value == "aggregate"]
        if all(i.col(0) == "named" and (i.start > last or _DAY_OF_A_CAMPAIGN.search(
                scan.text, max(0, i.word_start - 60), i.word_start)) for i in totals) \
                and not _over_a_month(clause.items, scan):
            # (nor a campaign named as the day it is on: "hit villages around Manbij on Wednesday, the fourth day of
            # Ankara's air and ground campaign in northern Syria, killing ...")
            clause.aggregate = False


_IN_A_YEAR = re.compile(r"\b(?:in|during) ((?:19|20)\d\d)\b|(?<!\S)(?:في )?عام ((?:19|20)\d\d)(?!\S)")
_IN_A_SIMILAR_ATTACK = re.compile(r"\bin (?:a )?similar (?:attacks?|strikes?|air ?strikes?|raids?|bombings?|shelling)\b"
                                  r"|(?<!\S)(?:في|ب)(?:هجوم|قصف|غاره|استهداف) مماثل(?!\S)")
_AFTER_MONTHS_OF = re.compile(r"\b(?:after|following) (?:weeks|months|years) of (?:[\w-]+ ){0,6}?(?:air ?strikes|strikes|"
                              r"bombardment|bombing|shelling|raids|fighting|war)\b|(?<!\S)بعد (?:اسابيع|اشهر|سنوات) من "
                              r"(?:\S+ ){0,4}?(?:القصف|الغارات|المعارك|الحرب)(?!\S)")
_NTH_HIT_SINCE = re.compile(r"\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)) "
                            r"(?:[\w-]+ ){0,2}(?:facility|facilities|hospital|school|market|bakery|attack|strike|bombing)s? "
                            r"(?:to be )?(?:hit|struck|attacked|targeted|bombed|put out of service) since\b")
_DAY_OF_A_CAMPAIGN = re.compile(r"\b(?:the )?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
                                r"\d+(?:st|nd|rd|th)) day of (?:(?!\bday\b)[^,.;])*$|(?<!\S)(?:اليوم|في اليوم) (?:الاول|الثاني|"
                                r"الثالث|الرابع|الخامس|السادس|السابع|الثامن|التاسع|العاشر) (?:من|علي) (?:[^،.,؛])*$")


_CAPITALS_SPEAKING = frozenset({"ankara"})  # (sources.tsv: a government by its capital's name)
_A_PLACE_BEFORE = re.compile(r"\b(?:in|to|from|near|of) $")
_ITS_FORCES_AFTER = re.compile(r"['’]s? (?:own )?(?:air|ground|military|offensive|campaign|operation|strikes?|forces|"
                               r"army|troops|drones?|jets|warplanes|artillery|incursion)\b")


_ONE_OF_THE_STRIKES = re.compile(r"\bone of the (?:drones|strikes|air ?strikes|raids|shells|rockets|missiles|bombs|"
                                 r"barrel bombs)\b|(?<!\S)(?:احدي|احد) (?:الغارات|القذائف|الصواريخ|المسيرات|البراميل)(?!\S)")


_VILLAGES_AROUND = re.compile(r"\b(?:villages|towns|areas) (?:around|near|outside)(?: the (?:town|city) of)? $"
                              r"|(?<!\S)(?:قري|بلدات) (?:ريف|محيط) (?:مدينه |بلده )?$")


def _one_of_the_villages_around(towns: list[PlaceMention], draft: Draft, text: str) -> bool:
    """'Turkish drone strikes hit villages around Manbij ... one of the drones struck a car on the road to the village
    of Arima': a village of the governorate of the town whose villages were struck."""
    around = [p for p in draft.places if p.place is not None
              and _VILLAGES_AROUND.search(text, max(0, p.start - 40), p.start)]
    return bool(around) and all(t.place is not None and t.place.admin1 == around[0].place.admin1 for t in towns)


_THE_SAME_SITE = re.compile(r"\bthe same (?:hospital|school|market|building|camp|mosque|bakery|house|street|site)\b"
                           r"|(?<!\S)(?:نفس|ذات) (?:ال)?(?:مشفي|مستشفي|مدرسه|سوق|مبني|مخيم|مسجد|فرن|منزل|مكان|موقع)(?!\S)"
                           r"|(?<!\S)(?:المشفي|المستشفي|المدرسه|السوق|المبني|المخيم|المسجد|الفرن|المنزل|المكان|الموقع) "
                           r"(?:نفسه|نفسها|ذاته|ذاتها)(?!\S)")
_A_SECOND_STRIKE = re.compile(r"\b(?:a|the) second (?:air ?strike|strike|raid|missile|shell)\b|\banother (?:air ?strike|"
                              r"strike|raid)\b|(?<!\S)(?:ال)?غاره (?:ال)?ثانيه(?!\S)")
_THE_DRONE_AT_THE_CAR = re.compile(r"(?<!\S)(?:المسيره|الطائره)(?: \S+){1,4} (?:علي|باتجاه) (?:السياره|الدراجه)(?!\S)"
                                   r"|\bthe drone (?:\w+ ){1,4}(?:at|on) the (?:car|vehicle|motorcycle)\b")


# Between a figure and the town it was counted in ("خمسة في تل مرديخ", "nine people were killed in the town of").
_FELL_IN = re.compile(r"(?:^|\s)(?:سقطوا|قضوا)\s")
_PAIR_WORDS = frozenset({"في", "in", "the", "ب", "بجروح", "بجراح", "were", "was", "have", "been", "killed", "wounded",
                         "injured", "died", "nearby", "of", "dead",  # ("Seven of the dead were in the town of ...")
                         # "ستة من القتلى سقطوا في محمبل والثلاثة الآخرين في عبديتا": where each share fell
                         "سقطوا", "قضوا", "الاخرين", "الاخرون", "الاخران", "الاخريين", "الباقين", "الباقون",
                         # "لإصابة رجل بجروح خفيفة في قرية ...": how badly, then where
                         "خفيفه", "طفيفه", "متوسطه", "بليغه", "خطيره", "بالغه", "متفاوته", "slight", "light", "minor",
                         "serious", "severe", "critical", "injuries", "wounds"})
# "37 people died at the vegetable market in": where in the town, between the count and the town
_AT_A_SITE = re.compile(r"\s*(?:died|were killed|was killed|killed)? ?at (?:the|a) (?:\w+ ){0,2}(?:market|hospital|school|"
                        r"bakery|mosque|clinic|camp) in\s*$"
                        # "Eleven people died in air strikes on Hamouria and seven in shelling on Saqba": by what
                        # ("Six more were killed in strikes on al-Jiza, and five in Ghasm")
                        r"|\s*(?:more |others )?(?:died|were killed|was killed|killed)? ?in (?:an? )?(?:air ?strikes?|strikes?|shelling|"
                        r"bombing|raids?|attacks?) (?:on|in)(?: the (?:town|village|city|outskirts) of| the)?\s*$")


def place_key(mention: PlaceMention, text: str) -> str:
    """A place by gazetteer id, or one the gazetteer lacks by its name as written (its last word: "بلدة النيرب"
    and "النيرب" are one place); a quarter placed in an earlier clause's town is its own place."""
    return mention.place.place_id if mention.place is not None and not mention.quarter else \
        "written:" + text[mention.start : mention.end].split()[-1]


def _written_key(mention: PlaceMention, text: str) -> str:
    return "written:" + text[mention.start : mention.end].split()[-1]


_OF_THE_VICTIMS = re.compile(r"(?<!\S)من (?:الضحايا|القتلي|الشهداء) (?:سقطوا|قضوا|قتلوا) (?:في|ب)\S*\s*$"
                             r"|\b(?:of the dead|of those killed|of the victims) (?:were|was|died) (?:killed )?in (?:the )?$")


def _the_rest_to_the_town_left(rest: Clause, pairs: list, shared: dict[str, int], text: str) -> None:
    """'استشهد خمسة مدنيين ... على مدينتي سقبا وحمورية ...، الذي أشار إلى أن ثلاثة من الضحايا سقطوا في سقبا': of a
    toll over two towns, the share told of one leaves the rest of the dead to the other (the wounded, and who the
    dead were, are the two towns' together: no figure of the other town's own)."""
    left = [p for p in rest.places if p.level == "town" and not p.excluded]
    totals = [f for f in rest.figures if f.outcome in shared and f.exact and f.count.best is not None
              and f.count.best > shared[f.outcome] and f.end <= pairs[0][1].start]
    if len(left) != 1 or len(totals) != 1 or len(pairs) != 1 \
            or not _OF_THE_VICTIMS.search(text, max(0, pairs[0][0].start - 40), pairs[0][0].start):
        return
    whole = totals[0]
    left_over = whole.count.best - shared[whole.outcome]
    rest.figures = [Figure(whole.outcome, Count(low=left_over, best=left_over, high=left_over), whole.start,
                           whole.end, exact=True)]


def _shares_of_the_toll_counted(clause: Clause, pairs: list) -> list:
    """'قُتل تسعة مدنيين وأصيب آخرون ...: خمسة في مدينة معرة مصرين، واثنان في بلدة كفريا، واثنان في قرية رام حمدان':
    shares that add up to the toll counted before them are of its outcome, not of the others said hurt with no number
    (the verb nearest them)."""
    outcomes = {figure.outcome for _, figure in pairs}
    total = sum(figure.count.best or 0 for _, figure in pairs)
    counted = next((f for f in clause.figures if not f.bare and f.count.best == total and f.start < pairs[0][1].start
                    and f.outcome in ("killed", "injured") and f.outcome not in outcomes), None)
    if counted is None or len(outcomes) != 1 or any(
            not f.bare for f in clause.figures if f.outcome in outcomes and f.start < pairs[0][1].start):
        return pairs
    return [(town, replace(figure, outcome=counted.outcome)) for town, figure in pairs]


def split_by_town(clauses: list[Clause], scan: Scan) -> list[Clause]:
    """'مقتل مدنيين اثنين في سراقب وإصابة خمسة في تل مرديخ', 'nine were killed in Ariha and three in Maarat
    al-Numan': a clause that counts its victims town by town is one clause per town (each with its figures and
    the clause's attack, date and source), and the rest of the clause (the attack on the towns it lists, those
    not counted by name included) stays as it was."""
    out: list[Clause] = []
    told: list[Item] = []  # the attack words of the last clause that had any
    for index, clause in enumerate(clauses):
        told_before, told = told, clause.cues or told
        pairs = _town_figures(clause, scan) if clause.figures and (
            len(clause.towns) >= 2 or clause.towns and _INCLUDING.search(scan.text, clause.start, clause.end)) else []
        counted = {place_key(town, scan.text) for town, _ in pairs}
        if len(counted) == 1 and len(clause.towns) == 1 and len(pairs) == 1 \
                and _INCLUDING_BEFORE.search(scan.text, max(0, pairs[0][1].start - 14), pairs[0][1].start) \
                and not _QUARTER.search(scan.text, pairs[0][0].start, pairs[0][0].end):
            # "air strikes killed at least 45 people across the enclave, including 20 in the town of Hamouria": the
            # town's share is its toll, the whole is the region's (but "قتل 12 على أحياء حلب الشرقية، بينهم ثمانية في
            # حي الشعار": the whole is the city's)
            town, figure = pairs[0]
            out.append(Clause(clause.start, clause.end, clause.items, clause.sentence, figures=[figure],
                              places=[p for p in clause.places if p.level != "town" or p is town], dates=clause.dates,
                              cues=clause.cues or told, zero=clause.zero, cue_values=clause.cue_values,
                              background=clause.background, provisional=clause.provisional,
                              norm_text=clause.norm_text))
            continue
        if len(counted) < 2 and not (counted and _named_again(clause, pairs[0][0], scan.text)):
            out.append(clause)
            continue
        paired = {id(figure) for _, figure in pairs}
        pairs = _shares_of_the_toll_counted(clause, pairs)
        written = {_written_key(town, scan.text) for town, _ in pairs}
        known = {town.place.admin1 for town, _ in pairs if town.place is not None and town.place.admin1}
        if len(known) == 1:  # "هم 5 في بلدة معرة حرمة، و3 في مدينة أريحا، وطفل في قرية الركايا": a village the
            for town, _ in pairs:  # gazetteer lacks, counted with towns of one governorate, is in it
                if town.place is None:
                    town.admin1, town.guessed = next(iter(known)), False
        shared = {}  # outcome -> the towns' shares added up
        for _, figure in pairs:
            shared[figure.outcome] = shared.get(figure.outcome, 0) + (figure.count.best or 0)
        for later in clauses[index + 1 :]:
            # ("هم 6 بينهم 3 أطفال في معرة حرمة، و5 في كفرسجنة، و4 بينهم امرأة في حيش": the list's last shares, cut
            # into clauses of their own, are shares of the same whole)
            if not (later.towns and later.figures and _A_SHARE_GOES_ON.match(scan.text, later.start)):
                break
            for figure in later.figures:
                outcome = figure.outcome if figure.outcome in shared else next(iter(shared), figure.outcome)
                shared[outcome] = shared.get(outcome, 0) + (figure.count.best or 0)
        divided = {id(f) for f in clause.figures if id(f) not in paired and f.count.best
                   and shared.get(f.outcome) == f.count.best and f.start <= pairs[0][1].start}
        if divided:  # (and the word that names the victims divided, "الضحايا", counted as some of them)
            divided |= {id(f) for f in clause.figures if id(f) not in paired and f.count.best is None
                        and f.start < pairs[0][1].start}
        rest = Clause(clause.start, clause.end, clause.items, clause.sentence,
                      # (not a toll the shares add up to, told before them: "قُتل أربعة ...، وتوزع الضحايا بين ثلاثة
                      # قتلى في كفرنبودة وقتيل في الهبيط": the whole, divided, is no attack of its own)
                      figures=[f for f in clause.figures if id(f) not in paired and id(f) not in divided],
                      # (a town counted by its bare name, named before with its type word and not yet placed:
                      # "بلدة كفرنبودة" ... "ثلاثة قتلى في كفرنبودة", one town)
                      places=[p for p in clause.places if p.level != "town" or p.excluded
                              or place_key(p, scan.text) not in counted and _written_key(p, scan.text) not in written],
                      dates=clause.dates, cues=clause.cues, zero=clause.zero, cue_values=clause.cue_values,
                      aggregate=clause.aggregate, background=clause.background, provisional=clause.provisional,
                      norm_text=clause.norm_text)
        _the_rest_to_the_town_left(rest, pairs, shared, scan.text)
        if rest.figures or rest.towns:
            out.append(rest)
        ends = [town.end for town, _ in pairs]
        counts = [min(figure.start, town.start) for town, figure in pairs]
        for index, (town, figure) in enumerate(pairs):  # "وتوزعت الإصابات بين ...": the attack told before
            # (not the attack words of a later town's share: "Two more people were killed in Hish, and a woman died
            # in shelling on the outskirts of Ma'arrat al-Nu'man")
            cues = [c for c in clause.cues
                    if not any(ends[j - 1] <= c.start < ends[j] for j in range(index + 1, len(ends)))]
            own_end = counts[index + 1] if index + 1 < len(counts) else clause.end
            comma = re.search(r"[,،.]", scan.text[ends[index] : own_end])  # (its attack before the next comma)
            own_end = ends[index] + comma.start() if comma is not None else own_end
            told_after = [c for c in clause.cues if ends[index] <= c.start < own_end and c.value != "generic"]
            if told_after and not any(c.start < counts[0] and c.value != "generic" for c in clause.cues):
                cues = told_after  # "هم 3 في بلدة بليون بقصف صاروخي ...، و2 في قرية مرعيان بغارة جوية روسية": each
                # share's attack told after its town
            out.append(Clause(clause.start, clause.end, clause.items, clause.sentence, figures=[figure],
                              places=[town], dates=_days_of_the_share(clause, counts, index, scan.text),
                              cues=cues or told_before or clause.cues,
                              cue_values=clause.cue_values, background=clause.background,
                              provisional=clause.provisional, by_town=True, norm_text=clause.norm_text,
                              share_span=(counts[0], counts[index] if index else clause.start,
                                          counts[index + 1] if index + 1 < len(counts) else clause.end)))
    return out


def _days_of_the_share(clause: Clause, counts: list[int], index: int, text: str) -> list:
    """'killed two in Darat Izza on Monday and a third in Taqad on Tuesday': a day told within a town's share is
    that town's (not "..., rescuers said on Tuesday"); a share that tells none keeps the days told outside every
    share."""
    spans = [(start, counts[n + 1] if n + 1 < len(counts) else clause.end) for n, start in enumerate(counts)]
    own = [d for d in clause.dates if spans[index][0] <= d.start < spans[index][1] and d.date is not None
           and not said_on(clause, d.start, text)]
    if own:
        return own
    shared = [d for d in clause.dates if not any(start <= d.start < end for start, end in spans)]
    return shared or clause.dates


def _named_again(clause: Clause, counted: PlaceMention, text: str) -> bool:
    """'shelled Kabani ... and the village of al-Ziyara ..., wounding a fighter in Kabani': the one town counted is
    named again for its count among other towns the attack hit, so the count is its own, not theirs."""
    key = place_key(counted, text)
    earlier = [town for town in clause.towns if town.start < counted.start]
    return any(place_key(town, text) == key for town in earlier) \
        and any(place_key(town, text) != key for town in earlier)


_INCLUDING = re.compile(r"\bincluding\b|\bamong them\b|(?<!\w)(?:بينهم|منهم)(?!\w)")  # (a share of a toll may follow)
_QUARTER = re.compile(r"(?<!\w)(?:حي|احياء)\s|\b(?:neighbou?rhood|district|quarter)\b")
# (or a colon after the whole: "killed 21 people across Idlib province: nine in ...")
# ("استشهاد 9 مدنيين ...، هم 5 في بلدة معرة حرمة، و3 في مدينة أريحا": they are, town by town)
_INCLUDING_BEFORE = re.compile(r"(?:\bincluding|\bamong them|(?:^|\s)(?:بينهم|منهم|هم)|\w:)\s*$")


def _leads_to(text: str, end: int, town: PlaceMention) -> bool:
    """Only "في", "in the", "were killed in" ... between a count and a town: the count was made there."""
    words = text[end : town.start].rstrip("#").split()  # ("3 in #Maarat_Misrin": the town's tag)
    return bool(words) and (set(words) <= _PAIR_WORDS or _AT_A_SITE.fullmatch(text, end, town.start) is not None)


_A_SHARE_GOES_ON = re.compile(r"\s*(?:[,،]\s*)?(?:و\s*\d|and \d|and (?:one|two|three|four|five|six|seven|eight|nine|ten)\b)")
_ITS_BREAKDOWN_THEN_IN = re.compile(r"\s+(?:بينهم|منهم)\s+\S+(?:\s\S+){0,3}?\s+(?:في|ب)\s*(?:بلده|مدينه|قريه)?\s*")
_AND_THEN_A_TOLL = re.compile(r" and (?:wounding|injuring|killing|wounded|injured|killed)(?: (?:his|her|their|the|a|an))? ")
_COUNTED_IN = re.compile(r"[\w'-]+(?: [\w'-]+){0,2} in (?:the (?:town|village|city) of )?")


def _town_figures(clause: Clause, scan: Scan) -> list[tuple[PlaceMention, Figure]]:
    """Each town told right after a figure ("... خمسة في تل مرديخ"), with the figure counted there. A bare number
    before a town counts the outcome of the figure before it ("and three in Maarat al-Numan"), or, first of all,
    the outcome just named ("وتوزعت الإصابات بين 7 في مدينة إدلب")."""
    text = scan.text
    respectively = _respectively(clause, scan) or _in_the_first_and_the_second(clause, scan)
    if respectively:
        return respectively
    pairs: list[tuple[PlaceMention, Figure]] = []
    previous: Figure | None = None
    previous_end = 0  # where the last town counted ends
    for town in clause.towns:
        figure = next((f for f in clause.figures if f.end <= town.start and _leads_to(text, f.end, town)
                       and not (f.bare and _FELL_IN.search(text, f.end, town.start))
                       # ("wounding four civilians in Tal Tamr, among them two children": the town inside the figure,
                       # before its breakdown)
                       or f.start < town.start < f.end and _COUNTED_IN.fullmatch(text, f.start, town.start)), None)
        # (not "أن معظم الضحايا سقطوا في كفرنبل": most of the victims, no count of the town's own)
        if figure is not None and figure.count.best is None and any(
                i.number is not None and figure.start < i.start and i.end <= town.start
                and _ITS_BREAKDOWN_THEN_IN.fullmatch(text, i.end, town.start) for i in clause.items):
            figure = None  # ("الشهداء المدنيين ... هم 6 بينهم 3 أطفال في معرة حرمة": the share's own number, not the
            # words of the whole that run up to it)
        number = None if figure is not None else next(
            (i for i in clause.items if i.number is not None and previous_end <= i.start and i.end <= town.start
             and (_leads_to(text, i.end, town)
                  # ("هم 6 بينهم 3 أطفال في معرة حرمة، و5 في كفرسجنة": the share's breakdown before its town)
                  or _ITS_BREAKDOWN_THEN_IN.fullmatch(text, i.end, town.start) is not None
                  and not any(p.start < i.start for p in clause.towns if p is not town and p.start > previous_end))),
            None)
        if number is not None and previous is not None:
            # (a breakdown of the town before may stand between: "9 في بلدة محمبل، بينهم أطفال، و4 في ...")
            if _ASIDE.sub("", text[previous_end : number.word_start]).strip(" ,،;") in (
                    "", "و", "and", "another", "and another", "and a further", "while another"):
                figure = _counted(previous.outcome, number)
        elif number is not None:
            named = next((i for i in reversed(clause.items) if i.end <= number.start and i.category == "casualty"
                          and i.value in ("killed", "injured")), None)
            if named is not None and scan.gap(named, number) <= 2:
                figure = _counted(named.value, number)
            elif _INCLUDING_BEFORE.search(text, max(0, number.word_start - 14), number.word_start):
                # "killing at least nine people, including five in Saraqeb": the toll's outcome, counted by town
                whole = next((f for f in reversed(clause.figures) if f.end <= number.start
                              and f.outcome in ("killed", "injured")), None)
                figure = _counted(whole.outcome, number) if whole is not None else None
        if figure is None and number is None and previous is not None:
            figure = _one_named(clause, scan, previous, previous_end, town)
        if figure is not None and number is not None and figure.children is None and figure.women is None \
                and _ITS_BREAKDOWN_THEN_IN.fullmatch(text, number.end, town.start):
            figure = _with_its_breakdown(figure, [i for i in clause.items if number.end <= i.start < town.start], scan)
        if figure is not None:
            # "killing a 12-year-old boy and wounding his mother and two sisters in Tal Rifaat": a toll of the other
            # outcome joined to the town's by "and", with no town of its own between, is counted there too
            joined = next((f for f in reversed(clause.figures) if f.end <= figure.start and f.start >= previous_end
                           and f.outcome != figure.outcome and f.outcome in ("killed", "injured")
                           and _AND_THEN_A_TOLL.fullmatch(text, f.end, figure.start)
                           and not any(f.end <= t.start < figure.start for t in clause.towns)), None)
            if joined is not None and not any(joined is f for _, f in pairs):
                pairs.append((town, joined))
            pairs.append((town, figure))
            previous, previous_end = figure, town.end
    if not pairs:
        pairs = _counted_in_brackets(clause, scan)
    if not pairs:
        pairs = _tolls_in_brackets(clause, scan)
    if not pairs and "shares" in clause.cue_values:
        pairs = _counted_after_each(clause, scan)
    if pairs:
        # "2 civilians injured in Kansafra, no casualties in Fleifel": a town told nobody was hurt, after another's count
        counted = {id(town) for town, _ in pairs}
        for zero in (i for i in clause.items if i.category == "cues" and i.value == "zero"):
            town = next((t for t in clause.towns if t.start >= zero.end and id(t) not in counted
                         and set(text[zero.end : t.start].split()) <= {"in", "the", "في"}), None)
            if town is None and pairs and zero.start > previous_end:
                # "..., فيما قُتل الاثنان الآخران في اللطامنة، مشيراً إلى أن المروحيات ألقت براميل على قرية الأربعين
                # دون تسجيل إصابات": a town told nobody was hurt right after its name, after another's count
                town = next((t for t in reversed(clause.towns) if previous_end <= t.start and t.end <= zero.start
                             and id(t) not in counted and not text[t.end : zero.start].strip(" ,،")), None)
            if town is not None:
                pairs += [(town, Figure(outcome, Count(low=0, best=0, high=0), zero.start, zero.end, exact=True))
                          for outcome in ("killed", "injured")]
    last = _LAST_COUNTED.match(text, previous_end, clause.end) if previous is not None else None
    if last is not None:  # "... و2 في النيرب": a last town the gazetteer lacks, counted like the others
        number = next((i for i in clause.items if i.number is not None and i.start == last.start(1)), None)
        if number is not None and not any(i.start < last.end(2) and i.end > last.start(2) for i in clause.items):
            pairs.append((PlaceMention(last.start(2), last.end(2), None, "town", None),
                          _counted(previous.outcome, number)))
    return pairs


def _respectively(clause: Clause, scan: Scan) -> list[tuple[PlaceMention, Figure]]:
    """'killed two and three people in Ariha and Sarmin respectively': the numbers told before the towns, one for
    each in the same order."""
    said = _RESPECTIVELY.search(scan.text, clause.start, clause.end)
    if not said or len(clause.towns) < 2:
        return []
    first = clause.towns[0].start
    numbers = [i for i in clause.items if i.number is not None and i.end <= first]
    named = next((i for i in clause.items if i.category == "casualty" and i.value in ("killed", "injured")
                  and i.end <= first), None)
    if len(numbers) != len(clause.towns):
        # "killed seven civilians in the towns of Kafr Nabl, Hass and Kansafra on Tuesday, three, two and two
        # respectively": the shares told after the towns, the total before them
        numbers = [i for i in clause.items if i.number is not None and clause.towns[-1].end <= i.start
                   and i.end <= said.start()]
    if named is None or len(numbers) != len(clause.towns):
        return []
    return [(town, _counted(named.value, number)) for town, number in zip(clause.towns, numbers)]


_RESPECTIVELY = re.compile(r"\brespectively\b|(?<!\S)علي التوالي(?!\S)")
_IN_THE_FIRST = re.compile(r" in the (first|former|second|latter)\b")


def _in_the_first_and_the_second(clause: Clause, scan: Scan) -> list[tuple[PlaceMention, Figure]]:
    """'struck Maarat Hurma and Kafr Ruma ..., killing three civilians in the first and a woman in the second': each
    of two towns named before with the figure told of it by its order."""
    if len(clause.towns) != 2:
        return []
    pairs: list[tuple[PlaceMention, Figure]] = []
    for figure in clause.figures:
        told = _IN_THE_FIRST.match(scan.text, figure.end)
        if told is not None and figure.start > clause.towns[1].end:
            pairs.append((clause.towns[0 if told.group(1) in ("first", "former") else 1], figure))
    if len(pairs) == 1:
        # ("... and a woman in the second": one person named, of the outcome of the figure before)
        for person in (i for i in clause.items if i.category == "casualty" and i.col(0) == "person"
                       and i.col(1) in ("1", "2") and i.start > pairs[0][1].end):
            told = _IN_THE_FIRST.match(scan.text, person.end)
            if told is not None:
                n, kind = int(person.col(1)), person.col(2)
                pairs.append((clause.towns[0 if told.group(1) in ("first", "former") else 1],
                              Figure(pairs[0][1].outcome, count_with(None, n), person.start, person.end,
                                     n if kind == "child" else None, n if kind == "woman" else None, exact=True)))
                break
    return pairs if len({id(town) for town, _ in pairs}) == 2 else []


def _tolls_in_brackets(clause: Clause, scan: Scan) -> list[tuple[PlaceMention, Figure]]:
    """'Strikes hit Ariha (3 killed), Sarmin (2 killed, 4 injured) and Binnish (1 injured)': each town with its own
    toll, outcomes and all, in brackets right after it."""
    text = scan.text
    pairs: list[tuple[PlaceMention, Figure]] = []
    for town in clause.towns:
        opening = re.match(r"\s*\(", text[town.end : town.end + 3])
        closing = text.find(")", town.end)
        if opening is None or closing == -1:
            continue
        pairs += [(town, f) for f in clause.figures if town.end < f.start and f.end <= closing + 1]
    return pairs if len({id(town) for town, _ in pairs}) >= 2 else []


def _counted_in_brackets(clause: Clause, scan: Scan) -> list[tuple[PlaceMention, Figure]]:
    """'وتوزع القتلى على مدن دوما (12) وحمورية (9) وكفربطنا (6)': each town with its count in brackets after it
    (a name the gazetteer lacks included), counting the outcome named before the list."""
    text = scan.text
    first = min((t.start for t in clause.towns), default=clause.end)
    named = next((i for i in reversed(clause.items) if i.end <= first and i.category == "casualty"
                  and i.value in ("killed", "injured")), None)
    if named is None:
        return []
    pairs: list[tuple[PlaceMention, Figure]] = []
    for match in _IN_BRACKETS.finditer(text, named.end, clause.end):
        number = next((i for i in clause.items if i.number is not None and i.start == match.start(2)), None)
        if number is None:
            continue
        town = next((t for t in clause.towns if t.start <= match.start(1) < t.end or t.end == match.end(1)), None)
        if town is None and any(i.start < match.end(1) and i.end > match.start(1) for i in clause.items):
            continue  # a word the lexicons know, not a town's name
        pairs.append((town or PlaceMention(match.start(1), match.end(1), None, "town", None),
                      _counted(named.value, number)))
    return pairs if len(pairs) >= 2 else []


# (the count may carry its noun: "مدينة تلبيسة (9 قتلى)", in the normalized text)
def _counted_after_each(clause: Clause, scan: Scan) -> list[tuple[PlaceMention, Figure]]:
    """'وكانت حصة حمورية الأكبر بسبعة شهداء، تلتها كفربطنا بثلاثة': each town's share told after it with "ب", the
    outcome named once (written by hand: a sentence of shares, no lexicon word says which number is whose)."""
    text = scan.text
    pairs: list[tuple[PlaceMention, Figure]] = []
    outcome = next((i.value for i in clause.items if i.category == "casualty" and i.value in ("killed", "injured")),
                   "killed")
    for town in clause.towns:
        after = _SHARE_AFTER.match(text, town.end)
        # ("بسبعة شهداء", or "بـ 22 قتيلاً" with the particle set apart)
        number = next((i for i in clause.items if i.number is not None and after is not None
                       and (i.word_start == after.end() - 1 and i.prefix == "ب"
                            or i.word_start == after.end() and not i.prefix)), None) if after else None
        if number is not None:
            pairs.append((town, _counted(outcome, number)))
    return pairs if len(pairs) >= 2 else []


_SHARE_AFTER = re.compile(r"(?:\s+(?:الاكبر|الاعلي))?\s+(?:ب(?=\S)|ب\s+(?=\d))")
_IN_BRACKETS = re.compile(r"(?:^|[\s,،])و?([^\W\d_]{3,})\s*\((\d+)(?:\s+(?:قتلي|قتيلا|قتيل|شهداء|شهيدا|شهيد|ضحايا|"
                          r"جرحي|جريحا|جريح|مصابين|مصابا|اصابات|killed|dead|deaths|wounded|injured))?\)")


def _one_named(clause: Clause, scan: Scan, previous: Figure, previous_end: int,
               town: PlaceMention) -> Figure | None:
    """'خمسة في بلدة معرشورين، واثنان في قرية تلمنس، وطفل في قرية الدير الشرقي': after a town's count, one
    person (or two) named by a singular or dual noun right before the next town is that town's share."""
    text = scan.text
    person = next((i for i in clause.items if previous_end <= i.start and i.end <= town.start
                   and i.category == "casualty" and i.col(0) == "person" and i.col(1) in ("1", "2")), None)
    if person is None or not _leads_to(text, person.end, town) \
            or _ASIDE.sub("", text[previous_end : person.word_start]).strip(" ,،;") not in ("", "و", "and", "and a"):
        return None
    count, kind = int(person.col(1)), person.col(2)
    children = count if kind == "child" else 0 if kind == "man" else None
    women = count if kind == "woman" else 0 if kind == "man" else None
    return Figure(previous.outcome, count_with(None, count), person.start, person.end, children, women, exact=True)


def _with_its_breakdown(figure: Figure, aside: list[Item], scan: Scan) -> Figure:
    """The share with the children and women its aside counts ("6 بينهم 3 أطفال في معرة حرمة": 3 children; "و4 بينهم
    امرأة في حيش": one, told by the singular)."""
    children, women = counted_in_aside(aside, scan, singulars=True)
    return replace(figure, children=children, women=women) if children or women else figure


def _counted(outcome: str, number: Item) -> Figure:
    return Figure(outcome, count_with(None, number.number), number.start, number.end, exact=True)


# ("وكانت الحصيلة الأولى قد بلغت 13", "وكانت حصيلة أولية تحدثت عن مقتل أربعة")
_EARLIER_ACCOUNT = re.compile(r"(?:^|\s)وكان(?:ت)?\s[^.]{0,60}?\s(?:قد\s)?(?:افاد|افادت|ذكر|ذكرت|اعلن|اعلنت|قال|قالت|"
                             r"اشار|اشارت|وثق|وثقت|تحدث|تحدثت|بلغ|بلغت)(?:\s|$)")
_AT_THE_TIME = re.compile(r"(?:^|\s)(?:في حينها|حينها|وقتها|في حينه|at the time)(?:\s|$|[,،])")
_ASIDE = re.compile(r"^\s*[,،]\s*(?:بينهم|منهم|including|among them)[^,،]*(?=[,،])"
                    r"|^\s*,\s*(?:where|when) [^,;]*(?=;)"  # ("nine in Maarat al-Numan, where a market was hit; five")
                    # ("two in Darat Izza on Monday and a third in Taqad on Tuesday": the day of the town before)
                    # ("هم 3 في بلدة بليون بقصف صاروخي لقوات النظام، و2 في قرية مرعيان": the attack of the share)
                    r"|^\s*(?:ب|جراء\s|اثر\s)(?:قصف|غاره|غارات|قذائف|صواريخ|استهداف)[^,،]*(?=[,،])"
                    r"|^\s*(?:(?:late |early )?on |last )(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
                    r"(?: (?:morning|afternoon|evening|night))?(?=[\s,،;])")
_LAST_COUNTED = re.compile(r"\s*[,،]?\s*و\s*(\d+)\s+في\s+([^\W\d_]{3,})")


_EACH_OF_THE_ATTACKS = re.compile(r"\b(?:either|both|any) (?:of the )?(?:attacks?|bombings?|killings?|incidents?)\b|"
                                  r"(?<!\w)(?:الهجومين|الاستهدافين|الحادثتين|التفجيرين|الحادثين)(?!\w)")
# (and "..., a day after a Russian air strike hit the building": the attack named, hitting what was told)
_AFTER_IT_WAS_HIT = re.compile(r"\b(a day|two days|hours|days) after (?:(?:it|they) (?:was|were) (?:hit|struck|bombed|"
                               r"shelled|targeted)|(?:an? |the )?(?:[\w-]+ ){0,2}(?:air ?strikes?|strikes?|raids?|"
                               r"barrel bombs?|shells?) (?:hit|struck|destroyed) (?:it|them|the (?:building|house|home)))\b")
_DAYS_AFTER = {"a day": 1, "two days": 2, "hours": 0}
# "..., and hit a camp ...": an English verb of attack going on without a subject of its own
_SAME_SUBJECT_VERB_EN = re.compile(r"(?:then |later )?(?:hit|struck|shelled|bombed|targeted|pounded)\b")
_SAME_SUBJECT = re.compile(r"\s*(?:فيما|كما|ثم)\s+(?:استهدفت|قصفت|استهدف|قصف|شنت|شن|القت|القي)\s+(?:ب|علي )"
                           r"|\s*(?:قبل ان|ثم) (?:يعاود|تعاود|عاود|عاودت)\b")  # ("قبل أن يعاود مساءً استهداف البلدة")
# the side told just before, named again by a back-reference ("the same forces' shelling", "بقصف القوات ذاتها")
_THE_SAME_FORCES = re.compile(r"\b(?:the same (?:forces|troops|side|militias?|warplanes|jets|aircraft)\b"
                              r"|(?:القوات|الطائرات|الطائره|الميليشيات|الميليشيا|المليشيات|المليشيا|الجهه|الجهات)"
                              r" (?:ذاتها|نفسها)"
                              r"|نفس (?:القوات|الطائرات|الجهه|الميليشيا|الميليشيات))")
# the attack just told, said to have reached another place too ("وأضافت الوكالة أن القصف طال أيضاً أطراف مدينة تل
# رفعت"): by the same side (not "كما طال القصف X", which the set leaves to X's own words)
# (and the aircraft just told, said to have flown the next raid: "وقال المرصد إن الطائرات أقلعت من قاعدة حميميم، ونفّذت
# غارات مماثلة على أطراف بلدة الهبيط")
_THE_ATTACK_TOLD_AGAIN = re.compile(r"\s*(?:(?:و?(?:اضافت?|قالت?|ذكرت?|افادت?|اشارت?) (?:\S+ )?)?ان "
                                    r"|و?(?:بحسب|وفق|حسب) \S+(?: \S+)?\s*[،,]\s*فان )"  # ("وبحسب مراسلنا، فإن القصف طال")
                                    r"(?:(?:القصف|الغارات|القصف المدفعي|القصف الجوي) (?:طال|طاول)"
                                    r"|(?:الطائرات|الطائره|المروحيات|الطائرات الحربيه|الطائرات المروحيه) )")

_DOCUMENTED_THEM_AFTER = re.compile(r" (?:has |had )?(?:documented|recorded|verified) (?:the|both|these|those|all)"
                                    r"(?: (?:two|three|four|five|\d+))? (?:incidents|attacks)\b")
_ALSO_AFTER = re.compile(r" (?:has |had )?also (?:documented|recorded|reported|said|counted|confirmed)\b")
_ALSO_BEFORE = re.compile(r"(?:^|\s)كما (?:وثقت?|سجلت?|افادت?|ذكرت?|رصدت?|اكدت?)(?: \w+)? $")
_NOW = re.compile(r"\bnow\b|(?:^|\s)(?:الان|حاليا)(?:\s|$)")  # the toll as it stands at last
_AN_OUTLETS_CORRESPONDENT = re.compile(r"(?:مراسل|correspondent (?:for|of)|reporter (?:for|of))\s+$")
_A_STREET_NAMED_AFTER = re.compile(r"(?:^|\s)(?:شارع|دوار)\s+$")
_BARE_STRIKE = ("strike", "strikes", "عدوان جوي", "العدوان الجوي", "عدوانا جويا",  # a strike's word that names no
                "aerial aggression", "air aggression")  # aircraft (SANA's English too)
_ROAD_OF = re.compile(r"(?:طريق|road) $")  # "على طريق جورين - شطحة": a road named by its two ends
_TWO_TOWNS_WORD = re.compile(r"(?:ب|و|ل)?(?:بلدتي|مدينتي|قريتي)\s")  # "بلدتي كفرنبل وحاس": the towns of a pair
_ROAD_BETWEEN = re.compile(r"(?:طريق|road)\w*(?: [\w-]+){0,2} (?:بين|between) (?:the (?:towns?|villages?) of |the )?$")


def _opened_by_after(clause: Clause) -> bool:
    """'..., a day after an air strike on its main hospital': a clause opened by "... after", an earlier attack."""
    return any(i.value == "clause_break" and i.entry.pattern.endswith(" after") for i in clause.of("cues"))


def is_heading(clause_text: str) -> bool:
    """A line over a post: "المجلس المحلي في مدينة دارة عزة:", or a channel's label "عاجل | #معرة_النعمان"."""
    line = clause_text.strip()
    if line.endswith(":"):
        return True
    return "|" in line and clause_text.rstrip(" ").endswith("\n") \
        and sum(any(ch.isalnum() for ch in word) for word in line.split()) <= 5  # (words: not "🔴", "|")


# "The Syrian Observatory gave the same toll.": another source for the toll just told
# "The Commission was unable to identify who had planted the device": an inquiry's word on the attack it told
_COULD_NOT_SAY_WHO = frozenset({"was unable to identify", "was unable to determine", "could not identify",
                                "could not determine"})
_GAVE_THE_TOLL = frozenset({"gave the same toll", "gave a similar toll"})


_WHILE = re.compile(r"\s*(?:while|whereas|فيما|في حين)\s")


def _open_draft(drafts: list[Draft], clause: Clause, **fields) -> Draft:
    """A new incident that the clause opens (`fields` as Draft's: its role, places ...), added to the drafts."""
    draft = Draft(**fields)
    draft.add(clause)
    drafts.append(draft)
    return draft


def assemble(clauses: list[Clause], text: str) -> tuple[list[Draft], Draft]:
    """Group clauses into drafts; returns the incidents and the lead (what came before the first place)."""
    drafts: list[Draft] = []
    lead = Draft()
    current: Draft | None = None
    previous: Clause | None = None
    last_event: Clause | None = None  # the last clause that told an attack or a toll
    for clause in clauses:
        # "...a larger campaign. At least 70 people have been killed, ..." continues the campaign total.
        if previous is not None and previous.aggregate and clause.towns and _A_SHARE_GOES_ON.match(text, clause.start) \
                and _INCLUDING.search(text, previous.start, previous.end):
            # "مقتل 38 شخصاً ... خلال شهر آب الماضي، بينهم 12 قُتلوا برصاص مجهولين، و5 بانفجار عبوات، و3 بقصف على بلدة
            # طفس": the month's total's shares, town by town, are no attacks of their own
            clause.aggregate = True
        if previous is not None and previous.aggregate and not clause.towns \
                and (not clause.cues or "of_them" in clause.cue_values
                     or previous.figures and clause.figures and not clause.places and _WHILE.match(text, clause.start)):
            clause.aggregate = True  # (and "... 112 civilians in Syria in September ... Syrian government forces
            # killed 35 of them and Russian forces 21, while 18 were killed by landmines": the total's shares)
        if clause.items:
            previous = clause
        if clause.aggregate:
            continue
        towns = clause.towns
        capital = next((p for p in clause.regions if p.one_city and not any(
            i.category == "sources" and i.start <= p.start <= i.end + 1 for i in clause.items)), None) \
            if not towns and clause.figures and clause.cues and current is not None and current.places \
            and not refers_back(clause) else None  # (not "قيادة شرطة دمشق", whose police speak)
        if capital is not None and not any(p.one_city and p.admin1 == capital.admin1 for p in current.places):
            # "... killed in the village of Kafr Lusin ... Hours earlier, a bomb on a military bus in Damascus killed
            # 14 people": the capital, a governorate that is one city, is a place of its own with its own toll
            current = _open_draft(drafts, clause, role="background" if clause.background else "main", places=[capital])
            continue
        if not towns and clause.continues_toll and clause.figures and clause.cues and clause.regions \
                and (struck_by_what_follows(clause.items[0], clause.items[1] if len(clause.items) > 1 else None)
                     or clause.items[0].number is not None and SHARE_STRUCK_BY.match(text, clause.items[0].end)):
            # "...: 2 بقصف مدفعي على ريف إدلب، و1 برصاص مجهولين في درعا": a share of the day's total told by its
            # governorate alone, an incident of its own there
            current = _open_draft(drafts, clause, role="background" if clause.background else "main", places=clause.regions[:1])
            continue
        if not towns and clause.figures and clause.cues and clause.regions and current is not None \
                and current.places and len(clause.items) > 1 and clause.items[0].category == "cues" \
                and clause.items[0].value == "clause_break" and clause.regions[0].admin1 \
                and clause.items[1].category == "casualty" and clause.items[1].col(0) == "verb" \
                and clause.items[1].word_start - clause.items[0].end <= 2 \
                and all(p.admin1 and p.admin1 != clause.regions[0].admin1 for p in current.places):
            # "قتل مواطن برصاص قناص ... قرب بلدة دركوش، بينما قتل آخر بانفجار لغم أرضي في ريف الرقة الشمالي": another
            # toll of another attack, told by its governorate alone, in another governorate
            current = _open_draft(drafts, clause, role="background" if clause.background else "main", places=clause.regions[:1])
            continue
        if drafts and not clause.figures and not clause.towns \
                and _UNDER_A_TABLE.search(text, max(0, clause.start - 8), clause.start) \
                and not text.startswith("|", clause.start + len(text[clause.start : clause.end])
                                        - len(text[clause.start : clause.end].lstrip())):
            # "| كفرنبل | 2 | 5 |\n| حاس | 1 | 0 |\nالمصدر: الدفاع المدني السوري – حصيلة قصف يوم الثلاثاء": a line
            # under a table is its footer, told of every row (as a heading over it is)
            lead.add(clause)
            continue
        if not clause.has_event and not drafts and current is None and (
                is_heading(text[clause.start : clause.end])
                or text[clause.start : clause.end].endswith("\n") and LIST_LINE.match(text, clause.end)):
            # "حصيلة التصعيد العسكري لقوات النظام وروسيا ... أمس:", or a line with no colon right over "- ..."
            lead.add(clause)  # a heading over a list
            continue
        if not towns and not clause.figures and len(drafts) > 1 \
                and _EACH_OF_THE_ATTACKS.search(text, clause.start, clause.end) \
                and any(i.category == "actors" and i.value == "unknown" for i in clause.items):
            for draft in drafts:
                draft.context.append(clause)  # "No group has claimed either attack.": nor the one told before
            continue
        if not clause.has_event:
            # (the lead too, when no incident has a place of its own yet: "... Then the shells came. A girl was
            # killed ... Residents blamed government forces")
            told = current if current is not None else lead if not drafts else None
            if told is not None and told.role == "background" and told.clauses and last_event is not None \
                    and last_event.sentence == told.clauses[-1].sentence \
                    and (host := _main_told_with(told, drafts)) is not None:
                told = host  # (the attack a sentence told, after another it recalled at its end)
                last_event = host.clauses[-1]
            if told is not None and told.role == "main" and not towns and told.clauses \
                    and not _names_another_town(clause, told) \
                    and (told.clauses[-1] is last_event
                         # (or after the account's own sentences joined to it: "The group said the commander had
                         # joined a Russian-backed force ... No one claimed the killing.")
                         or any(c is last_event for c in told.clauses) and not told.clauses[-1].has_event
                         and "continuation" in told.clauses[-1].cue_values) \
                    and "leaflets" not in clause.cue_values \
                    and ("continuation" in clause.cue_values or clause.cited and (
                        clause.cue_values & {"toll", "provisional"}
                        or any(i.entry.pattern in _GAVE_THE_TOLL | _COULD_NOT_SAY_WHO for i in clause.of("cues"))
                        or any(
                            i.category == "casualty" and not (i.col(0) == "person" and i.col(2) == "other")
                            for i in clause.items))  # (not "The SDF said its fighters were advancing")
                        or any(i.category == "actors" and (i.value == "unknown" or "accusation" in clause.cue_values
                                                           or _claimed(clause, i))
                               for i in clause.items)
                        or "damage" in clause.cue_values and clause.of("targets")
                        or _a_line_of_its_time(clause, text)):
                # "وقال الدفاع المدني إن فرقه نقلت المصابين ...", "وأضاف المصدر ...", right after the incident: an
                # account of its victims or toll (not of anything else: "وأكدت صفحة ... أن الفرق ما زالت تعمل"), or
                # who attacked: nobody knows ("The perpetrator is unknown."), or one side blames another, or what
                # else it damaged ("A school run by an NGO partner sustained damage.")
                told.add(clause)
            continue
        if current is not None and current.role == "main" and current.places and not clause.figures \
                and not clause.background and current.clauses and current.clauses[-1] is last_event \
                and ((all(t.place is None for t in towns) or _one_of_the_villages_around(towns, current, text))
                     and _ONE_OF_THE_STRIKES.search(text, clause.start, clause.end)
                     or _THE_DRONE_AT_THE_CAR.search(text, clause.start, clause.end)):
            # "Turkish drone strikes hit villages around Manbij ..., killing three. The council said one of the drones
            # struck a car on the road to the village of Arima": one part of the attack told, in a village of it; "...
            # إثر استهداف طائرة مسيّرة تركية سيارتهم ... وقالت مصادر محلية إن المسيّرة أطلقت صاروخين على السيارة قرب
            # قرية تل حبش": the drone and the car just told, where it was hit (a village the gazetteer may know)
            current.add(clause)
            last_event = clause
            continue
        if current is not None and current.role == "main" and current.places and not towns \
                and not clause.background and any(c.figures for c in current.clauses) \
                and _THE_SAME_SITE.search(text, clause.start, clause.end) and not _on_another_day(clause, current) \
                and {t.value for t in clause.of("targets")} & {t.value for c in current.clauses for t in c.of("targets")}:
            # "... 2 killed in air strikes on the town's hospital.\n09:10 — a second strike hits the same hospital as
            # rescuers arrive, one volunteer wounded": the site just told, struck again in the same attack
            current.add(clause)
            last_event = clause
            continue
        event_before, last_event = last_event, clause
        if not clause.figures and "returned_fire" in clause.cue_values:
            continue  # "وردّت الفصائل على مصادر النيران باستهداف مواقع لقسد في محيط مدينة الباب": fire answered
        if not clause.figures and clause.zero is None and _only_positions_struck(clause, text) and (
                "no_news" in clause.cue_values or not any(c.figures for c in clauses if c.start > clause.start)):
            continue  # "استهدفت الفصائل مواقع لقوات النظام في محيط سراقب، دون معلومات عن خسائر": fighting, no toll
            # (but "Coalition jets struck IS positions in Hajin. Five civilians were killed": the toll told next)
        if not clause.figures and "exchange" in clause.cue_values and all(
                _FRONT_BEFORE.search(text, max(0, town.start - 12), town.start) for town in towns):
            continue  # "استهدافات متبادلة بين قوات النظام والفصائل": the front line, not the attack just told (nor
            # "ومحور كبانة بجبل الأكراد، عمليات استهدافات متبادلة": a front named by its town)
        role = "background" if clause.background else "main"
        if role == "main" and not towns and clause.zero and current is not None and current.role == "main" \
                and current.places and any(c.figures for c in current.clauses) and clause.of("targets") \
                and (along := _COINCIDED_WITH.search(text, clause.start, clause.end)) is not None \
                and any(i.category == "attack" and i.value != "generic" and i.word_start >= along.end()
                        for i in clause.items) \
                and all(t.word_start >= along.end() for t in clause.of("targets")):
            # "... ألقت المروحيات ستة براميل ... ما أدى لمقتل ثلاثة. وقال الناشط إن القصف تزامن مع غارات روسية استهدفت
            # الطريق الدولي قرب المدينة، دون تسجيل إصابات": another attack at the same time, on what it hit, nobody hurt
            current = _open_draft(drafts, clause, role="main", places=list(current.places))
            continue
        if not towns and not clause.figures and role == "background" and current is not None \
                and current.role == "main" and clause.dates \
                and _THE_ATTACK_HAD_TAKEN_PLACE.search(text, clause.start, clause.end):
            current.add(clause)  # "..., وكانت الغارة قد وقعت أمس الأربعاء": the day of the attack just told
            continue
        if role == "background" and not towns and not clause.figures and current is not None \
                and current.role == "main" and current.places and not any(c.cues for c in current.clauses) \
                and any(c.figures for c in current.clauses) \
                and _AFTER_IT_WAS_HIT.search(text, clause.start, clause.end):
            # "The bodies of seven people were pulled from the rubble of a building in ... on Sunday, a day after it
            # was hit by a barrel bomb": the attack that killed them, told after their toll
            current.add(clause)
            continue
        if role == "main" and not towns and clause.figures and current is not None and current.role == "main" \
                and current.places and _AND_AN_ATTACK.search(text, max(0, clause.start - 30), clause.start) \
                and _ON_THE_TOWN.search(text, clause.start, clause.end) \
                and any(c.figures for c in current.clauses) and _on_another_day(clause, current):
            # "Government shelling killed two people in Kafr Nabl late on Tuesday, and an air strike on the town early
            # on Wednesday killed another three": the town just told, struck again on another day
            current = _open_draft(drafts, clause, role="main", places=list(current.places))
            continue
        if role == "main" and all(t.start < clause.start for t in towns) and (clause.figures or clause.of("targets")) \
                and current is not None \
                and current.role == "main" and current.places and LIST_LINE.match(text, clause.start) \
                and any(c.figures for c in current.clauses) and _attack_kinds([clause]) \
                and (any(d.relative_to_previous and d.days_from_previous for d in clause.dates)
                     # ("- السبت: انفجار عبوة ناسفة ...\n- الاثنين: سقوط قذيفة ... على سوق الهال": a week's list)
                     or _opens_with_a_day(clause, text) and _on_another_day(clause, current)):
            # "• On February 17, a bomb struck the hospital of Kafr Nabl, wounding three ...\n• Two days later, an air
            # strike destroyed a bakery in the town's eastern quarter": the list's next attack, on the town just told
            current = _open_draft(drafts, clause, role="main", places=list(current.places))
            continue
        if role == "main" and not towns and clause.figures and current is not None and current.role == "main" \
                and current.places and _OPENS_LATER_THAT_DAY.match(text, max(0, clause.start - 1)) is not None \
                and any(c.figures or c.of("targets") and c.of("attack") for c in current.clauses) \
                and _attack_kinds([clause]) \
                and not _attack_kinds([clause]) & _attack_kinds(current.clauses):
            # "..., and in the evening a Russian air strike hit a poultry farm on the town's edge, killing a worker":
            # the town just told, struck again that day by another kind of attack (after one told by what it hit:
            # "in the morning a Russian airstrike hit an empty school, and in the evening regime shells killed a man")
            current = _open_draft(drafts, clause, role="main", places=list(current.places))
            continue
        if role == "main" and clause.figures and current is not None and current.role == "main" and current.places \
                and _ANOTHER_ATTACK_OPENS.match(text, clause.start) is not None \
                and any(c.figures for c in current.clauses) and _attack_kinds([clause]) \
                and not _attack_kinds([clause]) & _attack_kinds(current.clauses) \
                and all(t.place is not None and any(p.place is not None and p.place.place_id == t.place.place_id
                                                    for p in current.places) for t in towns):
            # "... near the Idlib city clock tower ... Meanwhile, a Russian drone strike on a poultry farm west of Idlib
            # city killed a worker.": the town just told, struck by another kind of attack
            current = _open_draft(drafts, clause, role="main", places=list(towns or current.places))
            continue
        if role == "main" and not towns and clause.figures and current is not None and current.role == "main" \
                and current.places and any(c.figures for c in current.clauses) and clause.cues \
                and _AND_AN_ATTACK.search(text, max(0, clause.start - 24), clause.start) \
                and _attack_kinds([clause]) and not _attack_kinds([clause]) & _attack_kinds(current.clauses):
            # "Shelling of Majdaliya on Monday wounded three people, and a drone struck a motorcycle nearby, killing
            # its rider": the town just told, struck by another kind of attack with its own toll
            current = _open_draft(drafts, clause, role="main", places=list(current.places))
            continue
        if role == "main" and not towns and clause.figures and current is not None and current.role == "main" \
                and current.places and any(c.figures for c in current.clauses) \
                and _OPENED_BY_WHILE.match(text, clause.start) \
                and names_the_town_again(clause, text) \
                and _PART_OF_THE_DAY.search(text, clause.start, clause.end) \
                and _attack_kinds([clause]) and not _attack_kinds([clause]) & _attack_kinds(current.clauses):
            # "a government drone struck a motorcycle in Binnish on Thursday morning, killing its two riders, while
            # government artillery shells hit the town's market in the afternoon, wounding five": the town just
            # told, struck again that day by another kind of attack at another time
            current = _open_draft(drafts, clause, role="main", places=list(current.places))
            continue
        if role == "main" and not towns and current is not None and current.role == "background" and current.places \
                and (clause.figures or clause.zero) and clause.of("attack") and clause.dates \
                and _on_another_day(clause, current):
            # "في مثل هذا اليوم قبل عامين، ارتكبت الطائرات الروسية مجزرة في سوق مدينة الأتارب ... واليوم، أصيب طفلان
            # بقصف مدفعي على أطراف المدينة": the town just recalled, struck again today
            current = _open_draft(drafts, clause, role="main", places=list(current.places))
            continue
        if role == "main" and not towns and current is not None and current.role == "main" and current.places \
                and _leads_with_another_day(clause, current, text) \
                and (clause.figures or clause.of("attack")) and any(c.figures for c in current.clauses):
            # "Government air strikes killed two women in Kafranbel on Friday. On Saturday a strike on the town's
            # hospital put it out of service": the town just told, struck again on the day that opens the clause
            told_with = [c for c in current.clauses if c.cues] if _CAME_BACK_LEAD_IN.match(text, clause.start) else []
            current = Draft(role="main", places=list(current.places))
            current.add(clause)
            current.context.extend(told_with)  # ("وعادت ... لتقصف البلدة": the side that came back)
            drafts.append(current)
            continue
        if role == "main" and not towns and clause.figures and clause.continues_toll and current is not None \
                and current.role == "main" and current.places and any(c.figures for c in current.clauses) \
                and _MORE_ON_ANOTHER_DAY.match(text, clause.start) and _on_another_day(clause, current):
            # "killed four people on Tuesday and three more on Wednesday": the town just told, another day's toll
            current = _open_draft(drafts, clause, role="main", places=list(current.places))
            continue
        if role == "main" and not towns and clause.figures and current is not None and current.role == "main" \
                and current.places and any(c.figures for c in current.clauses) \
                and _AND_A_TOLL.match(text, clause.start) and _a_toll_on_another_weekday(clause, text):
            # "..., killing a woman on Friday and wounding two children on Saturday": the town just told, the other
            # day's toll, of the attack told with it
            told_with = [c for c in current.clauses if c.cues]
            current = Draft(role="main", places=list(current.places))
            current.add(clause)
            current.context.extend(told_with)
            drafts.append(current)
            continue
        if not towns and clause.figures and current is not None and current.role == "main" and current.places \
                and _AFTER_THAT.search(text, max(0, clause.start - 12), clause.start) \
                and any(c.figures for c in current.clauses) and _on_an_earlier_day(clause, current):
            # "..., بعد أن قُتلت امرأة وطفلها في قصف مماثل يوم الخميس الماضي": the town just told, struck on an
            # earlier day, an attack of its own recalled
            current = _open_draft(drafts, clause, role="background", places=list(current.places))
            continue
        if not towns and (clause.zero or not clause.figures) and clause.dates and current is not None \
                and current.role == "main" and current.places and any(c.figures for c in current.clauses) \
                and names_the_town_again(clause, text) and _tells_its_own_attack(clause, ("attack",)) \
                and _on_another_day(clause, current) and _AND_THAT.match(text, clause.start):
            # "... killed five members of one family, and that on 4 June 2019 air strikes damaged the town's main
            # bakery without causing casualties": the town just told, struck on another day, an attack of its own
            current = _open_draft(drafts, clause, role=role, places=list(current.places))
            continue
        if role == "background" and clause.earlier_after and not towns and current is not None \
                and current.role == "main" and current.places and _on_another_day(clause, current):
            # "It was the second attack on the town this week, after an air strike on Sunday damaged a bakery": the
            # town just told, struck on an earlier day
            current = _open_draft(drafts, clause, role="background", places=list(current.places))
            continue
        if role == "background" and not towns and not clause.figures and clause.zero and current is not None \
                and current.role == "main" and current.places and refers_back(clause) \
                and _tells_its_own_attack(clause, ("attack",)) \
                and (_on_another_day(clause, current)
                     or any(i.entry.pattern in _HOURS_BEFORE for i in clause.of("cues"))):
            # "وكانت غارات مماثلة قد استهدفت البلدة يوم الأحد الماضي دون تسجيل إصابات": the town just told, struck on
            # another day with nobody hurt, an attack of its own
            current = _open_draft(drafts, clause, role="background", places=list(current.places))
            continue
        if role == "background" and not towns and not clause.figures and clause.of("targets") and current is not None \
                and current.role == "main" and current.places and _tells_its_own_attack(clause, ("attack",)) \
                and _on_another_day(clause, current) and _opened_by_after(clause):
            # "Government shelling on Kafr Nabl killed three on Wednesday, a day after an air strike on its main
            # hospital": the town just told, what was hit there the day before, an attack of its own (not the
            # day and the target of the one told)
            current = _open_draft(drafts, clause, role="background", places=list(current.places))
            continue
        if not towns and not clause.figures and role == "background" and (not clause.of("targets") or not clause.dates
                                                                          and _opened_by_after(clause)):
            last_event = event_before  # (the account of the incident before it may go on after it)
            continue  # "ويأتي القصف بعد ساعات من غارات تركية على مواقع لقسد": an earlier attack with nothing to record
            # (nor "..., a month after a similar attack in the city's industrial area": no day, no toll)
        if not towns and clause.figures and current is not None and _recalled_earlier(clause, current):
            # "... killing nine people. In May, a strike on the same market killed 12 people.": an earlier attack at
            # the place just told, with its own toll
            current = _open_draft(drafts, clause, role="background", places=list(current.places))
            continue
        hit_before = _the_target_hit_on_another_day(clause, drafts) if role == "background" and not towns \
            and not clause.figures else None
        if hit_before is None and not towns and not clause.figures and current is not None \
                and _recalled_earlier(clause, current):
            hit_before = current  # "In February, a barrel bomb dropped by a helicopter damaged its entrance"
        if hit_before is None and role == "background" and not towns and not clause.figures and current is not None \
                and current.role == "main" and current.places \
                and _SAME_PLACE_AGAIN.search(text, clause.start, clause.end) \
                and _tells_its_own_attack(clause, ("attack",)) and _on_another_day(clause, current):
            hit_before = current  # "وكانت الطائرات الروسية قد استهدفت أمس مشفى الكنانة في المدينة ذاتها"
        if role == "main" and not towns and clause.figures and current is not None and current.role == "main" \
                and current.places and _SAME_PLACE_AGAIN.search(text, clause.start, clause.end) \
                and _tells_its_own_attack(clause, ("attack",)) and _on_another_day(clause, current):
            # "قُتل مدنيان أمس الأول بغارة روسية على قرية البارة، فيما أصيب ثلاثة اليوم بقصف مدفعي على القرية ذاتها":
            # the village just told, struck again on another day: an incident of its own
            current = _open_draft(drafts, clause, role="main", places=list(current.places))
            continue
        if hit_before is not None:
            # "وكان المشفى قد تعرض لقصف جوي مماثل قبل أسبوع": the target of an attack told, hit on an earlier day, is
            # an incident of its own at that attack's place
            current = _open_draft(drafts, clause, role="background", places=list(hit_before.places))
            continue
        if not towns and not clause.figures and role == "background" and current is not None \
                and current.role == "main" and all(i.entry.pattern in _HAD for i in clause.items
                                                   if i.category == "cues" and i.value == "background") \
                and {i.value for i in clause.of("targets")} \
                & {i.value for earlier in current.clauses for i in earlier.of("targets")}:
            current.add(clause)  # "وكانت طائرات حربية شنت غارتين على المنطقة الصناعية": the attack told, in detail
            continue
        if role == "background" and not towns and current is not None and current.role == "main" and current.clauses \
                and not clause.dates and refers_back(clause) and any("rise" in c.cue_values for c in current.clauses) \
                and all(i.entry.pattern in _HAD for i in clause.items if i.category == "cues" and i.value == "background") \
                and {i.value for i in clause.of("attack")} & {i.value for c in current.clauses for i in c.of("attack")} \
                - {"generic"}:
            # "ارتفعت حصيلة ضحايا الغارات الروسية على مدينة طفس ... وكانت الطائرات الروسية قد استهدفت الحي الشمالي من
            # المدينة بأربع غارات": the attack whose toll rose, told in detail, on no day of its own
            current.add(clause)
            continue
        if role == "background" and not towns and current is not None and current.role == "main" and current.clauses \
                and (_AT_THE_TIME.search(text, clause.start, clause.end)
                     or _EARLIER_ACCOUNT.search(text, max(0, clause.start - 1), clause.end)):
            # "وكانت الغارة قد أسفرت في حينها عن مقتل ستة": the toll this attack had at first; "وكان مراسلنا قد
            # أفاد في وقت سابق بمقتل 27": an earlier account of the same toll, not an earlier attack
            current.add(clause)
            continue
        told_last = current if current is not None else lead
        if not towns and not clause.figures and told_last.clauses and _another_side_elsewhere(clause, told_last):
            continue  # "..., while government air strikes pounded the last rebel pocket in the east": not this attack
        if not towns and not clause.figures and "elsewhere" in clause.cue_values and not clause.of("targets"):
            continue  # "..., as Russian warplanes pounded towns further north": not the attack just told
        if not towns and not clause.figures and current is not None and current.role == role:
            earlier = _of_an_earlier_attack(clause, drafts, current, text)
            if earlier is not None:
                # "قُتل شاب برصاص مجهولين في طفس، في حين نجا قيادي من عبوة ناسفة في المزيريب. وقال المراسل إن
                # مسلحين أطلقوا النار على الشاب ...": the shooting told again is the first attack, not the bomb
                earlier.add(clause)
                continue
        if towns and current is not None and current.role == role == "main" and current.places \
                and any(c is event_before for c in current.clauses) \
                and _the_attack_told_at_an_unknown_quarter(clause, towns, text):
            # "Twin car bombs tore through a district of Homs ... The blasts went off in the Abbasiyeh
            # neighbourhood, ..., putting the toll at 45": where the attack just told happened, in more detail
            current.add(clause)
            continue
        if towns and _listed_in(clause, current, text, drafts):
            # "استهدف أحياء الشعار والصاخور وبستان القصر في حلب ... ووثق المركز سقوط 20 برميلاً على حي الشعار وحده":
            # a quarter or town of the list the incident was told over, told again without a toll of its own
            current.add(clause)
            continue
        if towns and role == "main" and current is not None and current.role == "main" and current.places \
                and clause.figures and _OPENED_BY_WHILE.match(text, clause.start) \
                and any(c.figures for c in current.clauses) and _another_side_and_kind(clause, current):
            # "A Turkish drone struck a vehicle on the road between Ain Issa and Raqqa ..., killing two ..., while
            # Turkish-backed factions shelled the outskirts of Ain Issa, wounding a woman": another side's attack of
            # another kind on the same town, with its own toll
            current = _open_draft(drafts, clause, role="main", places=list(towns))
            continue
        if towns:
            targets = _drafts_for(towns, drafts, role, clause, text)
            if len(targets) == 1 and _another_day_of_the_list(clause, targets[0], text):
                # "attacks on Hass:\n- On June 3, a strike on the town's market killed four ...\n- On June 5, an
                # airstrike hit the town's hospital": each item of the list an attack of its own on its own day
                targets = [Draft(role=role, places=list(targets[0].places))]
                drafts.append(targets[0])
            for draft in targets:
                draft.add(clause)
            current = targets[-1]
            if clause.zero is not None and "both" in clause.cue_values:
                earlier = [d for d in drafts if d.role == role and d not in targets]
                if earlier:
                    earlier[-1].shared_zero = clause.zero
        elif current is not None and current.clauses and current.clauses[-1].by_town and clause.figures:
            continue  # "... six in Douma. Rescue workers said dozens were injured": over all the towns, not the last
        elif current is not None and current.clauses and clause.figures and not towns \
                and _IN_THESE_PLACES.search(text, clause.start, clause.end) \
                and len(_told_in_one_sentence(drafts, current.clauses[-1])) > 1:
            continue  # "... و2 في قرية الهبيط. كما أصيب 21 مدنياً آخرون في هذه المناطق": over all of them, not the last
        elif current is not None and current.clauses and not clause.figures and not clause.zero \
                and all(c.value == "generic" for c in clause.cues) and "\n" in text[current.clauses[-1].end : clause.start] \
                and len({id(d) for d in drafts if d.role == "main" and d.places}) >= 2 and clause.cited \
                and not {i.value for i in clause.cited} & {i.value for c in current.clauses for i in c.cited}:
            continue  # another source's new paragraph on "the shelling" after several towns were told: about all
        elif current is not None and current.clauses and clause.cues and any(not f.bare for f in clause.figures) \
                and _opens_list_item(clause, text) and not _opens_list_item(current.clauses[0], text, clause):
            # "1. On Tuesday, ... Kafr Uwaid village ...\n2. On the same day, a landmine ... exploded in al-Dawwar
            # area ..., killing two": another item of the list, with its own attack and toll, where no town is known
            current = _open_draft(drafts, clause, role=role)
        elif current is not None and current.clauses and not clause.figures and _after_the_list(clause, current, text):
            # "- خان شيخون: قتيل واحد ...\nكما أخمدت فرقنا 3 حرائق في الأراضي الزراعية ناتجة عن القصف.": a line after the
            # list, naming no town, tells of the report's whole day, not of the list's last town
            lead.add(clause)
        elif current is not None and role == current.role == "main" \
                and all(f.recovered or f.bare for f in clause.figures) and clause.cited \
                and all(c.value == "generic" for c in clause.cues) \
                and len(told_together := _told_in_one_sentence(drafts, event_before)) > 1:
            # "قُتل مدنيان ... على بلدة كفرتعال، في حين أصيب طفل بقصف مماثل على قرية تديل.\nوقال الدفاع المدني إن
            # فرقه انتشلت جثتي الضحيتين وأسعفت المصابين": the account of all the sentence's attacks
            for draft in told_together:
                draft.context.append(clause)
        elif current is not None and current.clauses and current.clauses[-1].by_town and clause.cues \
                and not clause.figures and not clause.zero and len(shares := [
                    d for d in _told_in_one_sentence(drafts, current.clauses[-1])
                    if all(c.by_town and not c.cues for c in d.clauses)]) > 1:
            # "At least 12 people were killed on Friday: five in Saraqib, four in Taftanaz and three in Afes ...
            # Russian and government jets carried out more than 40 strikes": the attack every town's share died in
            # (whoever that sentence credits counted none of them)
            uncredited = replace(clause, cue_values=clause.cue_values - {"attribution", "continuation"})
            for draft in shares:
                draft.add(uncredited)
        elif current is not None and role == "main" and current.role == "background" and current.clauses \
                and (host := _main_told_with(current, drafts)) is not None:
            # "Helicopters dropped barrel bombs on Kafr Nabl on Monday, killing a family of five, a day after air
            # strikes on Hass killed nine people. The White Helmets said the family's house collapsed on them": the
            # attack recalled within the sentence ends with it, the next goes on with the attack it told
            current = host
            current.add(clause)
        elif current is not None and (role == current.role or role == "main"):
            if current.places and current.clauses and role == current.role \
                    and _another_side_also(clause, current, text):
                # "RuAF jets struck al-Tamanah ..., 3 civs killed. SAA artillery also shelling the town's outskirts":
                # another side's other kind of attack on the same place, an incident of its own
                current = Draft(places=list(current.places), role=current.role)
                drafts.append(current)
            elif current.places and current.clauses and _another_attack(clause, text):
                # "Shortly after, warplanes hit the hospital in the city": the same place, a second attack, told
                # as the one before it was (recalled or reported) and on its day unless it says another; "the
                # second" of the attacks counted before ("لغارتين ... والثانية بقنابل عنقودية") is of their kind
                counted = [c for c in current.clauses if c.sentence == clause.sentence] if any(
                    i.entry.pattern in _ORDINAL_SEQUELS for i in clause.of("cues")) else []
                opening = current.clauses[0]
                if opening.cited and not opening.figures and all(c.value == "generic" for c in opening.cues) \
                        and opening.sentence != clause.sentence and opening not in counted:
                    # "Two separate attacks hit the town of Binnish on Monday, the White Helmets said. In the
                    # morning, ... In the evening, ...": the sentence that announced both tells of the second too
                    counted.append(opening)
                # (a sequel told in a governorate, "Later Thursday, an airstrike in Idlib killed at least 22 Turkish
                # soldiers", is placed there, not in the town before it)
                regions = [p for p in clause.regions if not p.excluded and p.place is not None]
                current = Draft(places=regions or list(current.places), role=current.role, sequel=True,
                                context=counted)
                drafts.append(current)
            current.add(clause)
        elif current is None and role == "main" and any(c.figures for c in lead.clauses) \
                and _another_attack(clause, text):
            # "Less than an hour after the first strike, the forces shelled the area again": a second attack on
            # the place the lead told of, whose toll stays the lead's.
            # Later sentences without a town go on describing the report as a whole (the lead).
            drafts.append(Draft(clauses=[clause], role=role, sequel_of_lead=True))
        elif role == "background" and clause.figures:
            # "كما توفي رجل متأثراً بإصابة سابقة نتيجة القصف على المدينة": "the town" is the one just named.
            places = _referred_to(clause, drafts, current, text) if current is not None and (
                names_the_town_again(clause, text)) else []
            current = _open_draft(drafts, clause, role="background", places=places)
        else:
            lead.add(clause)
    return drafts, lead


def _main_told_with(recalled: Draft, drafts: list[Draft]) -> Draft | None:
    """The one main incident told earlier in the sentence that recalls `recalled`, an earlier attack told nowhere
    else."""
    sentence = recalled.clauses[0].sentence
    if any(c.sentence != sentence for c in recalled.clauses):
        return None
    hosts = [d for d in drafts[: drafts.index(recalled)] if d.role == "main" and d.places
             and any(c.sentence == sentence for c in d.clauses)] if recalled in drafts else []
    return hosts[0] if len(hosts) == 1 else None


def _referred_to(clause: Clause, drafts: list[Draft], current: Draft, text: str) -> list[PlaceMention]:
    """The places "المدينة", "البلدة" refer to: the last told with that type word ("مدينة أريحا" ... "قريتي مجدليا
    وبسامس" ... "في المدينة": Ariha), else the places just told."""
    word = next((i.entry.pattern for i in clause.items if i.category == "places" and i.value == "type"
                 and (i.entry.article == "required" or i.prefix.endswith(("ال", "لل")))), "")
    word = word[2:] if word.startswith("ال") else word
    if word and not word.isascii():
        for draft in reversed(drafts):
            if draft.places and text.startswith(word + " ", draft.places[0].start):
                return list(draft.places)
    return list(current.places)


def _quoted(text: str, position: int) -> bool:
    """`position` is inside a quotation opened on its line ('"We have counted ... since dawn," said ...')."""
    line = text.rfind("\n", 0, position) + 1
    return (text.count('"', line, position) + text.count("“", line, position)) % 2 == 1


def _told_in_one_sentence(drafts: list[Draft], clause: Clause | None) -> list[Draft]:
    """The incidents of the sentence `clause` is in (one each for its towns)."""
    if clause is None:
        return []
    return [d for d in drafts if d.role == "main" and d.clauses and d.clauses[0].sentence == clause.sentence]


_ASIDE_OPENINGS = frozenset({"a day after", "two days after", "a week after"})
_THEN_THE_TOLL = re.compile(r",\s*(?:killing|wounding|injuring)\b")


def _an_aside_before_the_toll(item: Item, sentence_items: list[Item], text: str) -> int | None:
    """'Government forces shelled Daraa al-Balad on Sunday, a day after talks on the city's future collapsed,
    killing a man and his son': "a day after" and what it tells, no attack, set between the attack and its toll;
    where the aside's opening ends, or None."""
    if item.entry.pattern not in _ASIDE_OPENINGS:
        return None
    comma = text.find(",", item.end)
    if comma == -1 or _THEN_THE_TOLL.match(text, comma) is None:
        return None
    if any(item.end <= i.start < comma and i.category in ("attack", "casualty", "actors", "number")
           for i in sentence_items):
        return None  # ("a day after warplanes struck the town, killing five": the toll of the attack recalled)
    return item.end


# what may come before the weekday that opens a clause: "On Saturday ...", "; on Saturday ...", "ويوم السبت ..."
_A_DAY_OF_A_MONTH = re.compile(r"\d{1,2} (?:january|february|march|april|may|june|july|august|september|october|"
                               r"november|december)\b")
_COINCIDED_WITH = re.compile(r"(?<!\S)(?:تزامن|تزامنت|تزامنا|بالتزامن) مع |\b(?:coincided with|at the same time as) ")
_UNDER_A_TABLE = re.compile(r"\|[ \t]*\n[ \t]*$")  # the last row of a table ends right before the line
_AND_THAT_ON_BEFORE = re.compile(r"[,،]\s*(?:and that|وان|وبان) (?:on |في )?$")
_DAY_LEAD_IN = re.compile(r"[\s;,.؛،]*(?:and |then )?(?:on |و?(?:في )?يوم )?")
_CAME_BACK_LEAD_IN = re.compile(r"[\s,]*" + _CAME_BACK)


def _another_day_after_a_semicolon(item: Item, current: list[Item], text: str) -> bool:
    """'On Friday two women were killed; on Saturday a strike on the town's hospital ...': after the semicolon, a
    weekday other than the one just told opens what happened that day."""
    semicolon = text.rfind(";", 0, item.word_start)
    if item.category == "time" and item.value == "days_before" and item.col(0).startswith("-") \
            and not text[semicolon + 1 : item.word_start].strip() and any(i.category == "casualty" for i in current):
        return True  # "... killed two workers; a week later, shelling wounded five people ...": days on, another attack
    if item.number is not None and _A_DAY_OF_A_MONTH.match(text, item.word_start) \
            and _DAY_LEAD_IN.fullmatch(text, semicolon + 1, item.word_start) is not None \
            and any(i.category == "time" and i.value == "month" for i in current) \
            and any(i.category == "casualty" for i in current):
        return True  # "on 1 September shelling killed a woman in Kafr Lata; on 3 September, an airstrike injured ..."
    return item.category == "time" and item.value == "weekday" \
        and _DAY_LEAD_IN.fullmatch(text, semicolon + 1, item.word_start) is not None \
        and any(i.category == "time" and i.value == "weekday" and i.col(0) != item.col(0) for i in current)


def _a_denial_after_a_semicolon(item: Item, sentence_items: list[Item], text: str) -> bool:
    """The first item after a semicolon opens a denial ("; Russia denied its jets were involved")."""
    denial = next((i for i in sentence_items if i.start >= item.start and i.category == "cues"
                   and i.value == "denial"), None)
    return denial is not None and denial.start - item.end <= 12 and ";" not in text[item.end : denial.start]


def _opens_with_a_month(clause: Clause, text: str) -> bool:
    """The clause opens with a month ("In March 2021, ...", "وفي آذار الماضي، ...")."""
    first = next((i for i in clause.items if i.category == "time"), None)
    return first is not None and first.value == "month" and _MONTH_LEAD_IN.fullmatch(text, clause.start, first.word_start)


_MONTH_LEAD_IN = re.compile(r"[\s;,.؛،]*(?:and |but )?(?:(?:back )?in |و?(?:في|خلال) (?:شهر )?)?")


def _leads_with_another_day(clause: Clause, draft: Draft, text: str) -> bool:
    """The clause opens with a weekday that is not the day of the draft's toll ("On Friday two women were killed;
    on Saturday a strike on the town's hospital ..."): an attack of its own on that day."""
    first = clause.items[0] if clause.items else None
    # (or a date: "..., and on January 7, a bomb dropped by a helicopter destroyed a house"; or any day the side came
    # back on: "..., وعادت صباح اليوم السبت لتقصف البلدة")
    came_back = first is not None and _CAME_BACK_LEAD_IN.fullmatch(text, clause.start, first.word_start) is not None
    kinds = ("weekday", "month", "day") if came_back else ("weekday", "month")
    if first is None or first.category != "time" or first.value not in kinds \
            or not came_back and _DAY_LEAD_IN.fullmatch(text, clause.start, first.word_start) is None:
        return False
    days = {d.date for d in clause.dates if d.date is not None and not d.relative_to_previous}
    tolls = [c for c in draft.clauses if c.figures]
    told = {d.date for earlier in tolls for d in earlier.dates if d.date is not None}
    return bool(days) and bool(told) and not days & told


def _opens_with_a_day(clause: Clause, text: str) -> bool:
    """A list line opened by its day: '- الاثنين: سقوط قذيفة ...'."""
    mark = LIST_LINE.match(text, clause.start)
    return mark is not None and any(d.start - mark.end() <= 6 for d in clause.dates)


def _on_another_day(clause: Clause, draft: Draft) -> bool:
    """The clause dates itself to a day none of the draft's clauses names ("وكان المشفى قد تعرض لقصف مماثل قبل
    أسبوع" after an attack told of today): an earlier attack, not the one told in detail."""
    if any(d.relative_to_previous and d.days_from_previous != 0 for d in clause.dates):
        return True  # "had been struck a week earlier"
    days = {d.date for d in clause.dates if d.date is not None and not d.relative_to_previous}
    if not days:
        return False
    told = {d.date for earlier in draft.clauses for d in earlier.dates if d.date is not None}
    return not days & told


_DIGIT = re.compile(r"\d")
# times that name no day, which a day told after them in the clause names ("shortly after midnight on Wednesday")
_TOLD_WITHOUT_A_DAY = ("overnight", "last night", "after midnight", "shortly after midnight", "just after midnight")
# "... after an air strike late on Monday", "after a Russian strike last Thursday": the day the attack itself is told of
_AFTER_THE_ATTACK_ON = re.compile(r"\bafter (?:an? |the )?(?:[\w-]+ ){0,2}(?:air ?strikes?|strikes?|raids?|attacks?|"
                                  r"shelling|bombardment|bombing)(?: late| early)?(?: on| in the \w+ of| last)? $")
# "where Monday's air strikes killed at least 39 people": the day owning the attack named right after it
_DAYS_ATTACK = re.compile(r"['’]s? (?:[\w-]+ ){0,2}(?:air ?strikes?|strikes?|raids?|attacks?|shelling|bombardment|"
                          r"bombing|massacre)\b")
_FRONT_BEFORE = re.compile(r"(?:^|\s)(?:و?محور|و?محاور|و?جبهه|و?جبهات)\s+$|\bfronts? (?:of |near |around )?$")
# "a house in Kafranbel that was hit by a barrel bomb on Sunday": the day the place was hit
_WAS_HIT_ON = re.compile(r"\b(?:that|which) (?:was|were|had been) (?:hit|struck|bombed|shelled|targeted)\b[^.,;]{0,40}? on $")
# "المجزرة التي ارتكبتها الطائرات الروسية أمس": the day of the attack a relative clause tells
_COMMITTED_BY = re.compile(r"(?:^|\s)(?:التي|الذي) (?:ارتكب|شن|نفذ)\w*(?: \S+){0,3} $")
RECALLED_DAYS = 7  # an attack told without a town this long before the one told is an earlier one recalled


def _recalled_earlier(clause: Clause, draft: Draft) -> bool:
    """The clause tells an attack of its own ("a barrel bomb", not "the strike") at the draft's place, on a calendar
    date a week or more before the draft's day, or in an earlier month ("In February, ...")."""
    if draft.role != "main" or not draft.places or not _tells_its_own_attack(clause, ("attack", "weapons")):
        return False
    told = [d for c in draft.clauses for d in c.dates if d.date is not None and not d.relative_to_previous]
    own = [d for d in clause.dates if d.date is not None and d.explicit]  # (not "منذ نحو أسبوعين": a campaign)
    if not told or not own:
        return False
    day = max(d.date for d in told)
    return all(d.date <= day - dt.timedelta(days=RECALLED_DAYS) if d.precision != "month"
               else (d.date.year, d.date.month) < (day.year, day.month) for d in own)


def _on_an_earlier_day(clause: Clause, draft: Draft) -> bool:
    """The clause names a day, and every day it names is before all the days the draft's clauses name."""
    days = [d.date for d in clause.dates if d.date is not None and not d.relative_to_previous]
    told = [d.date for earlier in draft.clauses for d in earlier.dates if d.date is not None]
    return bool(days) and bool(told) and max(days) < min(told)


def _the_target_hit_on_another_day(clause: Clause, drafts: list[Draft]) -> Draft | None:
    """The latest attack told whose target the clause names again, on a day of its own."""
    targets = {i.value for i in clause.of("targets")}
    if not targets or not clause.dates or not _tells_its_own_attack(clause, ("attack",)):
        return None  # (not "The attack damaged the hospital, which had been evacuated a day earlier")
    told = next((d for d in reversed(drafts) if d.role == "main" and d.places
                 and targets & {i.value for c in d.clauses for i in c.of("targets")}), None)
    return told if told is not None and _on_another_day(clause, told) else None


def _the_attack_told_at_an_unknown_quarter(clause: Clause, towns: list[PlaceMention], text: str) -> bool:
    """The clause tells the attack just told ("the blasts", "الانفجار") going off at quarters the gazetteer lacks."""
    attack = next((i for i in clause.items if i.category == "attack"), None)
    if attack is None or not all(t.place is None and names_a_quarter(text[t.start : t.end]) for t in towns):
        return False
    return _definite(attack, text)


def _tells_its_own_attack(clause: Clause, categories: tuple[str, ...]) -> bool:
    """An attack (or weapon) word without the article: "a barrel bomb", "لقصف جوي مماثل", not "the attack"."""
    return any(not _definite(i, clause.norm_text) for i in clause.items if i.category in categories)


def _definite(item: Item, text: str) -> bool:
    """'the blasts', 'الانفجار': a word with the article, which tells again of what was told."""
    return text[max(0, item.word_start - 4) : item.word_start] == "the " or text.startswith("ال", item.word_start)


def _after_the_list(clause: Clause, current: Draft, text: str) -> bool:
    """The clause is on a line of its own after the list whose item opened `current`, and is no item of it."""
    line = text.rfind("\n", 0, clause.start) + 1
    return _opens_list_item(current.clauses[0], text) and "\n" in text[current.clauses[-1].end - 1 : clause.start] \
        and not LIST_LINE.match(text, line)


def _another_day_of_the_list(clause: Clause, draft: Draft, text: str) -> bool:
    """The clause opens an item of a list, on a day none of the draft's items (which told an attack) names."""
    if not _opens_list_item(clause, text) or not any(_opens_list_item(c, text) for c in draft.clauses) \
            or not (clause.figures or clause.of("attack")):
        return False
    days = {d.date for d in clause.dates if d.date is not None and not d.relative_to_previous}
    told = {d.date for c in draft.clauses for d in c.dates if d.date is not None}
    return bool(days) and bool(told) and not days & told


def _opens_list_item(clause: Clause, text: str, same_line_as: Clause | None = None) -> bool:
    """The clause opens a line of a list ("1. ...", "- ..."); with `same_line_as`, whether it opens the line that
    clause is on."""
    line = text.rfind("\n", 0, clause.start) + 1
    if same_line_as is not None and text.rfind("\n", 0, same_line_as.start) + 1 != line:
        return False
    return LIST_LINE.match(text, line) is not None and not text[line : clause.start].strip(" \t-•*▪◾🔸🔹0123456789.)")


def _listed_in(clause: Clause, current: Draft | None, text: str, drafts: list[Draft]) -> bool:
    """Every town of a clause that counts nobody was named in a list of the incident just told (which counted its
    victims), without being one of its places, nor the place of an incident of its own ("11 died in Hamouriyeh,
    seven in Kafr Batna and five in Arbin. Rescue workers in Hamouriyeh said ...": Hamouriyeh's)."""
    if current is None or clause.figures or clause.zero is not None or not current.clauses \
            or not any(c.figures for c in current.clauses) or clause.background:
        return False
    told = " ".join(text[c.start : c.end] for c in current.clauses)
    own = {place_key(p, text) for p in current.places}
    others = {place_key(p, text) for d in drafts if d is not current for p in d.places}
    # (nor a town the incident named only to say where it was: "في قرية جوباس جنوب مدينة سراقب")
    others |= {place_key(p, text) for c in current.clauses for p in c.places if p.excluded}
    for town in clause.towns:
        name = text[town.start : town.end].split()[-1]
        key = place_key(town, text)
        if key in own or key in others or len(name) < 3 \
                or not re.search(rf"(?<!\w)[وب]?{re.escape(name)}(?!\w)", told):
            return False
    return True


def _another_side_elsewhere(clause: Clause, current: Draft) -> bool:
    """A clause opened by "while"/"بينما"/"فيما" that names no town and counts nobody, told of another side's
    attack of another kind than the incident just told, and not of "the town" it names: other attacks."""
    opener = next((i for i in clause.items if i.category == "cues" and i.value == "clause_break"), None)
    if opener is None or opener.entry.pattern not in _CONTRAST or opener.start > clause.start + 12 \
            or refers_back(clause):
        return False
    kinds, told = _attack_kinds([clause]), _attack_kinds(current.clauses)
    sides = {i.value for i in clause.of("actors") if i.value != "-"}
    their = {i.value for c in current.clauses for i in c.of("actors") if i.value != "-"}
    return bool(kinds and told and their and sides - their) and not kinds & told


_CONTRAST = frozenset({"while", "بينما", "فيما"})
_TRADED_BLAME = re.compile(r"(?<!\w)و?تبادل\w*(?: \S+){0,6} (?:ال)?اتهامات|\b(?:traded|trade|trading) (?:accusations|blame)"
                           r"|\b(?:blamed|accused) each other\b")
_NAMES_FOR_SIDES = frozenset({"terrorists", "terrorist groups", "terrorist organisations", "terrorist organizations",
                              "ارهابيون", "ارهابيين"})
_CALLED = re.compile(r"\b(?:calling|called|describing|described|labelling|labeling) (?:them|the (?:attackers|"
                     r"militants|fighters|rebels|group)) (?:as )?[\"'“‘]?$")


def _the_sides_name_for(clause: Clause, item: Item, scan: Scan) -> bool:
    """The state media's word for its enemies names nobody new when it is a name given ('calling the attackers
    "terrorists"'), told again ("PKK/YPG terrorists fired rockets ... The terrorists targeted the area": a side
    named right before it is read with it by the lexicon), or said of no attack ('It has accused "terrorist
    groups" in Idlib of violating a ceasefire')."""
    if item.entry.pattern not in _NAMES_FOR_SIDES:
        return False
    text = scan.text
    return not clause.cues or _CALLED.search(text, max(0, item.word_start - 40), item.word_start) is not None \
        or (text[max(0, item.word_start - 4) : item.word_start] == "the " or item.prefix.endswith("ال")) and any(
            other.category == "actors" and other.end <= item.word_start and other.entry.pattern not in _NAMES_FOR_SIDES
            and other.value not in ("-", "unknown") for other in scan.items)


def _attack_kinds(clauses: list[Clause]) -> set[str]:
    return {i.value for clause in clauses for i in clause.of("attack")} - {"generic"}


def _another_side_and_kind(clause: Clause, current: "Draft") -> bool:
    """The clause names a side and a kind of attack, and the incident just told none of either."""
    sides = {i.value for i in clause.of("actors")} - {"-", "unknown"}
    told_sides = {i.value for c in current.clauses for i in c.of("actors")} - {"-", "unknown"}
    kinds = _attack_kinds([clause])
    return bool(sides) and bool(kinds) and not sides & told_sides and not kinds & _attack_kinds(current.clauses)


def _another_side_also(clause: Clause, current: "Draft", text: str) -> bool:
    """A clause that counts nobody, says "also" and names another side doing another kind of attack than the
    incident just told (none of its sides, none of its kinds)."""
    if any(not f.bare for f in clause.figures) or not _ALSO.search(text[clause.start : clause.end]):
        return False
    sides = {i.value for i in clause.of("actors")} - {"-", "unknown"}
    kinds = _attack_kinds([clause])
    told_sides = {i.value for c in current.clauses for i in c.of("actors")} - {"-", "unknown"}
    told_kinds = _attack_kinds(current.clauses)
    return bool(sides and kinds and told_sides and told_kinds) and not sides & told_sides and not kinds & told_kinds


def _of_an_earlier_attack(clause: Clause, drafts: list[Draft], current: Draft, text: str) -> Draft | None:
    """The one earlier incident of the report, in another town, whose kind of attack a clause naming no town and
    counting nobody tells, when the incident just told was of another kind (a shooting in one town, then a bomb in
    another: "the gunmen" are of the shooting)."""
    kinds = _attack_kinds([clause])
    if not kinds or not _attack_kinds(current.clauses) or kinds & _attack_kinds(current.clauses):
        return None
    fitting = [d for d in drafts if d is not current and d.role == current.role and d.clauses and d.places
               and current.places and kinds <= _attack_kinds(d.clauses)
               and not any(_same_place(a, b, text) for a in d.places for b in current.places)]
    return fitting[0] if len(fitting) == 1 else None


def _names_another_town(clause: Clause, draft: Draft) -> bool:
    """'Rescuers said they were still searching the rubble in Saraqeb' after the toll of Ariha: of another town."""
    own = {p.place.place_id for p in draft.places if p.place is not None}
    return bool(own) and any(p.place.place_id not in own for p in clause.towns_named)


_ITS_VICTIMS_BEFORE = re.compile(r"(?:(?<!\S)(?:ضحايا|حصيله|قتلي)|\b(?:victims of|toll (?:from|of|in)))(?: the)? $")


def _another_attack(clause: Clause, text: str) -> bool:
    """The sentence opens with a "shortly after"/"بعد ساعات" or "the next day"/"في اليوم التالي" and then tells an
    attack of its own."""
    sequel = next((i for i in clause.items if (i.category, i.value) in (("cues", "sequel"), ("time", "next_day"))
                   or i.category == "time" and i.value == "days_before" and i.col(0).startswith("-")), None)
    # ("Two days later, a second strike hit ...": days after the attack told, as "the next day")
    if sequel is None:
        return False
    if "claim" in clause.cue_values and not clause.figures and not clause.towns:
        return False  # "وفي وقت لاحق، تبنى تنظيم الدولة التفجير عبر وكالة أعماق": the claim of the attack told
    if "rise" in clause.cue_values and all(_ITS_VICTIMS_BEFORE.search(text, max(0, cue.word_start - 16), cue.word_start)
                                           for cue in clause.cues if cue.start > sequel.end):
        return False  # "وفي وقت لاحق، ارتفعت حصيلة ضحايا التفجير إلى سبعة قتلى": the toll of the attack told, risen
    if text[clause.start : sequel.word_start].strip(" \n،,.؛\"'()-و") != "":
        # "Rockets fired at the district later in the day killed ...": an attack told with its own toll, the
        # sequel after its attack words (not a toll that rose, nor bodies found "hours later" in the rubble)
        return any(cue.end <= sequel.word_start for cue in clause.cues) and "rise" not in clause.cue_values \
            and any(not f.bare and not f.recovered for f in clause.figures)
    return any(cue.start > sequel.end for cue in clause.cues)


_WAYS_OF_TELLING = {("by", "phone"), ("by", "telephone"), ("over", "the", "phone"), ("in", "a", "statement"),
                     ("in", "an", "interview"), ("in", "a", "video"), ("in", "a", "post")}


def said_on(clause: Clause, position: int, text: str) -> bool:
    """A day told right after a "said"-verb ("said on Friday", "told AFP on Friday"): when it was said."""
    mention = next((d for d in clause.dates if d.start == position), None)
    if mention is not None and text.startswith(("'s ", "’s "), mention.end):
        return False  # "said Thursday's strikes killed 21": the strikes' day
    for cue in clause.items:
        if cue.category == "cues" and cue.value in ("attribution", "continuation") and cue.end <= position \
                and (words := text[cue.end : position].split())[-1:] == ["on"] \
                and (len(words) == 1 and cue.entry.pattern.endswith(" said") or tuple(words[:-1]) in _WAYS_OF_TELLING):
            return True  # "he said by phone on Thursday", "he said on Thursday": when he said it
    for cue in clause.items:
        if cue.category == "cues" and (cue.value == "attribution" and cue.col(0) == "before" or cue.value == "denial") \
                and cue.end <= position:  # ("Russia's defence ministry denied on Tuesday that ...": when it denied)
            words = text[cue.end : position].split()
            if words in ([], ["on"]) or (len(words) == 2 and words[-1] == "on" and words[0] != "that" and not any(
                    i.category == "attack" and cue.end <= i.start < position for i in clause.items)):
                return True  # ("said strikes on Saturday night": the strikes' day; "documented that on": what it
                # documented)
            if any(told.category == "sources" and cue.end <= told.word_start and told.end <= position
                   and not text[cue.end : told.word_start].strip() and text[told.end : position].split() in ([], ["on"])
                   for told in clause.items):
                return True  # "local sources told North Press on Saturday": the one told, then when
    if mention is not None and any(other.start > mention.end and other.date is not None for other in clause.dates) \
            and any(cue.category == "cues" and cue.value == "claim" and cue.end <= position
                    and text[cue.end : position].split() in ([], ["on"]) for cue in clause.items):
        return True  # "The Islamic State group claimed responsibility on Saturday for a suicide car bombing ... on
        # Friday": when it claimed
    if mention is not None and _A_REPORT_ISSUED.search(text, max(clause.start, position - 30), position) \
            and any(other.start > mention.end and other.date is not None for other in clause.dates):
        return True  # "وثقت الشبكة في تقرير أصدرته اليوم مقتل مدنيين ... بتاريخ 15/7/2019": when the report came out
    # "وقال رئيس المركز في إيجاز صحفي، اليوم الثلاثاء، إن المسلحين قصفوا مساء أمس ...": a day between a verb of
    # saying and its "that", when what was said names a day of its own (else it is the day of the attack too:
    # "وقال مراسل عنب بلدي، اليوم الإثنين، إن خمسة مدنيين قتلوا ...")
    return mention is not None and _DAY_THEN_THAT.match(text, mention.end) is not None \
        and any(other.start > mention.end for other in clause.dates) \
        and _SAID_BEFORE.search(text, max(clause.start, position - 80), position) is not None


_A_REPORT_ISSUED = re.compile(r"(?:^|\s)(?:تقرير|بيان|بيانا|تقريرا)\w*(?: \w+)? (?:اصدرته|اصدرها|نشرته|نشرها|صدر)\w* $"
                              r"|\b(?:report|statement) (?:it )?(?:issued|published|released)(?: on)? $")
_DAY_THEN_THAT = re.compile(r"[\s،,]*(?:ان|بان|انه|انها) ")
_SAID_BEFORE = re.compile(r"(?<!\w)و?(?:قال|قالت|اعلن|اعلنت|افاد|افادت|ذكر|ذكرت|اكد|اكدت|اوضح|اوضحت|صرح|صرحت|اشار|اشارت)\b")


def _beyond(items: list[Item], first: Item, second: Item) -> bool:
    """Another attribution cue stands between the two ("according to the White Helmets, who said rescue teams ...")."""
    return any(i.category == "cues" and i.value == "attribution" and first.end <= i.start and i.end <= second.start
               for i in items)


_NEAR_HOME = re.compile(r"(?:قرب|امام|بجانب|near|outside|in front of)\s+(?:the\s+|his\s+|her\s+|their\s+)?$")
# "shot dead ... as he left a mosque", "أثناء خروجه من المسجد": where the one shot had been, not what was fired on
_LEAVING = re.compile(r"(?:\b(?:as|after|while) (?:he|she|they) (?:left|was leaving|were leaving)|\bleaving|"
                      r"(?:اثناء|لدي|بعد|عند) خروج\w* من) (?:a |an |the |his |her |their )?$")
# (without the article: "القصف" often recalls an air strike)
_LEFT_FROM = re.compile(r"\b(?:left ?over|leftover) from (?:the |an? )?(?:earlier |previous |past |old )?$")
_REMNANT_AFTER = re.compile(r"\s+(?:(?:من\s+)?مخلفات|(?:left ?over|leftover) from)(?!\w)")
_SHELLING_WORDS = frozenset({"قصف", "قصفت", "قصفا", "قصفها", "قصفه", "قصفهم", "government bombardment"})
_ROADS = frozenset({"طريق", "الطريق", "road"})
# the attackers' words that name gunfire only when nothing else is named ("unknown gunmen killed ... with a bomb")
_GUNMEN = frozenset({"gunmen", "unknown gunmen", "unidentified gunmen", "مسلحون مجهولون", "مسلحين مجهولين"})
_WARNED_BY = re.compile(r"\b(?:warnings?|alerts?|warned) (?:from|by) (?:the )?$|(?<!\S)(?:تحذيرات|تحذير|تنبيهات) (?:من )?$")
_A_QUARTER_NAMED = re.compile(r"(?<!\S)(?:حي|حاره) $")
_CARED_FOR_IN = re.compile(r"\b(?:died|succumbed|treated|taken|rushed|transferred|admitted|evacuated)"
                           r"(?: \w+| of (?:his|her|their) wounds)? (?:in|at|to)(?: a| the)?(?: nearby| local| field)? $"
                           # ("قبل أن يتوفى اثنان من المصابين متأثرين بجراحهما في المشفى")
                           r"|(?<!\S)(?:متاثر\w* بجراح\w*|يتلق\w* العلاج|تلق\w* العلاج) (?:في|داخل) $")
# "مشفى المعرة الوطني استقبل 27 جريحاً، فيما استقبل مشفى كفرنبل 13 آخرين": the hospitals that received them
_RECEIVED_BY_IT_AR = re.compile(r"(?: (?!في |علي )\S+){0,3} (?:استقبل|استقبلت|يستقبل|تستقبل)(?!\w)")
_IT_RECEIVED_AR = re.compile(r"(?<!\w)(?:استقبل|استقبلت|يستقبل|تستقبل) $")
# "مستشفى تدعمه في بلدة سرمدا شمالي إدلب استقبل 14 جريحاً": a hospital an organisation supports, and where it is
_SUPPORTED_RECEIVED_AR = re.compile(r" (?:تدعمه|تدعمها|يدعمه|يدعمها)(?: [^\s,.،]+){0,6} (?:استقبل|استقبلت)(?!\w)")
_SEIZED_BEFORE = re.compile(r"\b(?:seizure|confiscation|seizing|confiscating|seized|confiscated) of (?:their |his |her |the )?$"
                            r"|(?<!\S)(?:الاستيلاء علي|مصادره) $")
# a post's line of the hospitals that took the wounded in ("المشافي المستقبلة:", "Receiving hospitals:")
_RECEIVING_LINE = re.compile(r"(?:^|\n)\W*(?:(?:ال)?(?:مشافي|مستشفيات|مشفي|مستشفي) (?:ال)?مستقبل\S*|receiving hospitals?)\s*:"
                             r"[^\n]*$", re.IGNORECASE)
_HOSPITAL_RECEIVED = re.compile(r"(?<!\w)(?:استقبل|استقبلت|received|admitted|took in)(?:\s+\S+){0,4}\s*$")
_RECEIVED_THE_WOUNDED = re.compile(r"(?: (?:it|we|they|msf) (?:supports?|runs?|operates?|manages?))?"
                                   r"(?: (?:in|at) (?:the )?[\w'-]+(?: [\w'-]+){0,2})? " + RECEIVED)
# ("a hospital it supports in Atmeh received 12 wounded people")
_ALSO = re.compile(r"(?<!\w)(?:ايضا|كذلك)(?!\w)|\balso\b")
_OTHERS_AFTER = re.compile(r"\s+(?:اخرين|اخرون)(?!\w)")
_OTHER_IN = re.compile(r"\bothers?\b")
_ALSO_TELLING = re.compile(r"\balso (?:said|says|reported|told|confirmed|documented|recorded|counted|put)\b")
_ITS_STAFF_AFTER = re.compile(r"['’]s (?:director|head|manager|staff|doctors?|spokes(?:man|woman|person))\b")
_SOURCE_AT = re.compile(r"(?:(?:مصدر طبي|مصدر|طبيب|الطبيب المشرف|doctors?|a nurse|nurses|staff|director) (?:في|علي|at|in|of)"
                        # ("... killing eight civilians, according to the Efrin hospital": the hospital tells it)
                        r"|according to)"
                        r"(?: the)?"
                        r"(?: (?!the\b)[a-z][\w'’-]*){0,2} ?$")  # ("a nurse at Salqin hospital")
# a vehicle hit ("a drone strike targets a car near #Qamishlo airport"), not one a bomb was in, and where it was
_ACCORDING_TO_A_HOSPITAL = re.compile(r"\baccording to (the (?:[\w'’-]+ ){1,3}hospital)\b")
_HOSPITAL_ADMINISTRATION = Entry("sources", "", "hospital administration")
_HIT_THE = re.compile(r"\b(?:targets?|targeted|hits?|struck|strikes?|attacks?)(?: on)? (?:a|an|the|their|his) $")
_NEAR_WHERE_IT_WAS = re.compile(r"\b(?:near|outside|close to)(?: the| a)?(?: #?[\w'’-]+){0,2} $")

LIST_LINE = LIST_MARK  # a line of a list ("- ...", "1- ...", "• ..."), its mark
# "، وهم:" / "and they are:" after a toll that names nobody: the list of the victims follows
_THEY_ARE = re.compile(r"\s*[,،]?\s*(?:و?هم|و?هن|و?اسماؤهم|و?اسماوهم|and they are|they are|their names are)\s*:\s*")
_LISTED_AGE_AFTER_NAME = re.compile(r",\s*(\d{1,2})\s*(?:years old)?\s*$")  # "- their son Omar, 8"
_THE_VICTIMS = r"(?:the victims|the dead|those killed)"
_VICTIMS_WERE_INLINE = re.compile(rf"\s*{_THE_VICTIMS} (?:were|are)\s*:[ \t]*(?=\S)")
_AGE_AFTER_A_NAME = re.compile(r"(?<=[a-z]), (\d{1,2})(?=[;,.]|\s+and\b|$)")
_VICTIMS_WERE = re.compile(rf"\s*(?:{_THE_VICTIMS}|the victims' names) (?:were|are)\s*:\s*\n")
_LISTED_AGE = re.compile(r"\((\d{1,2}) (?:عاما|اعوام|سنوات|سنه|سنتين|years?)\)")  # "عمر (9 أعوام)" on a list line
# "والضحايا هم: ..." with the people named in the same sentence
_THEY_ARE_AT_THE_END = re.compile(r"[,،]?\s*(?:و?هم|and they are|they are)\s*:\s*\n$")
_THEY_ARE_INLINE = re.compile(r"\s*(?:هم|وهم)\s*:\s*")
_THEY_ARE_AFTER_THE_TOLL = re.compile(r"\s*,?\s*(?:هم|وهم)\s*:\s*")
_NAMES_END = re.compile(r"[.\n]")


def _next_word(text: str, at: int) -> str:
    """The word that follows `at`, without the punctuation after it."""
    return next(iter(text[at : at + 24].split()), "").strip(".,،؛:;")


def _counted_list(bare: Figure, kinds: list[str]) -> Figure:
    """The toll a list of victims counts, and its kinds (every one listed, so a kind not listed is 0)."""
    everyone = all(kind in ("child", "woman", "man", "male") for kind in kinds)
    children, women = kinds.count("child"), kinds.count("woman")
    return Figure(bare.outcome, count_with(None, len(kinds)), bare.start, bare.end,
                  children if children or everyone and "male" not in kinds else None,
                  women if women or everyone else None, exact=True)


_THE_ATTACK_HAD_TAKEN_PLACE = re.compile(r"(?<!\S)وكان(?:ت)? (?:الغاره|الغارات|القصف|الهجوم|الاستهداف|التفجير|الانفجار)"
                                         r" قد (?:وقع|وقعت|جري|جرت|حصل|حصلت|نفذ|نفذت)(?:\s|$)")
_HAD = frozenset({"وكان", "وكانت"})
_HAD_THEN = re.compile(r"(?: [^\s.,،]+){0,3}(?: (?:في )?\d+ من [^\s.,،]+)? قد ")  # "وكانت البلدة قد تعرضت": what had happened before  # "وكانت الطائرات شنت ...": may tell the attack just reported (not "وسبق أن")
_SPEAKERS_PLACE = re.compile(r"[\w. ]{0,16}?,? (?:who (?:runs|heads|works at|works in|directs) |at |from |of )(?:the |a )?"
                             r"(?:[\w'’-]+ ){0,2}$")
_ONE_OF_ITS = re.compile(r"\bone of (?:its|their|our) $")  # ("SAMS said one of its hospitals ... was put out of service")
_A_BASE_AFTER = re.compile(r" (?:base|depot|park|yard)\b")
# (and "hours after a quake relief convoy passed through the area": a time told by the convoy, nothing hit)
_LIVED_IN = re.compile(r"(?<!\S)و?(?:ال)?(?:مقيم|مقيمه|مقيمين|يقيم|تقيم|يقيمون) في $|\b(?:who lived|living|who had lived) in (?:a |an |the )?$")
_ON_THEIR_WAY_AFTER = re.compile(r"s? (?:are |were )?on (?:the|their) way\b|s? (?:had )?passed through\b"
                                 # "died before the ambulance arrived": help that came, not what was hit
                                 r"|s? (?:had |could )?(?:arrived?|came|come|reached (?:them|him|her))\b(?! under)")
_TOWARDS = re.compile(r"(?:\bو?توجه\w*|\bو?ذهاب\w*|\bو?لجا\w*|on their way|heading|going|fled)(?: \w+){0,3} "
                      r"(?:الي|to(?: the)?|towards(?: the)?) ?$"
                      # "بعد رفضها مغادرة منزلها", "refused to leave their homes": the home left, not what was hit
                      # (and "ما يمنع الأهالي من الخروج من منازلهم")
                      r"|(?:^|\s)(?:مغادره|ترك|الخروج من)\s$|\b(?:leave|leaving) (?:his |her |their |the )?$"
                      # ("a bus carrying workers to a gas field": where they were taken)
                      r"|\b(?:carrying|taking|transporting|ferrying)(?: \w+){1,3} to (?:an? |the |their )?(?:\w+ )?$")
# "were driving home from their farm", "as he walked to a bakery", "أثناء عودتهم من أرضهم": where people were going or coming from, not what was hit
_TRAVELLING = re.compile(r"(?:\b(?:driving|walking|walked|drove|returning|travell?ing|coming)(?: back)?(?: home)?"
                         r"(?: (?:from|to))?(?: (?:a|an|the|his|her|their))?|(?:\bو?اثناء )?\bو?عودت\w*(?: من(?: \w+){1,3})? (?:من|الي))\s?$")
_PASSING_BY = re.compile(r"(?<!\S)مرور\w*(?: \S+){0,3} (?:قرب|بالقرب من|امام|من امام)\s$"
                         r"|\b(?:passing|passed|walking|walked|driving|drove) (?:by|past|near) (?:a |an |the )?$"
                         # ("as she crossed a street near the Omari Mosque")
                         r"|\b(?:crossed|crossing|crosses) (?:a|the) (?:street|road) (?:near|by|outside) (?:a |an |the )?"
                         r"(?:[\w'’-]+ ){0,2}$")
# "وصول جثتي طفلين وأربعة جرحى إلى المشفى": where the victims were brought (the verbs of it, "نقلوا", "rushed to", are
# places.tsv's "transfer" rows; the masdar is no row there, "وصول قوات النظام إلى البلدة" naming where forces went)
_BROUGHT_TO = re.compile(r"(?:^|\s)وصول(?: \S+){0,5} الي $"
                         r"|\btreated\b[^.,;]{0,40}? (?:at|in) (?:its |a |the |their |local )?(?:[\w-]+ )?$")
# (and "18 people were treated for breathing difficulties at its hospital": where they were cared for)
_PLANTED_IN = re.compile(r"\bزرع\w*(?: \w+)? (?:في|داخل) ?$")  # "عبوة زرعها إرهابيون في سيارة"
# "bombs attached to an army bus", "a bomb hidden in a parked motorcycle": what carried them (one word may describe it)
_ATTACHED_TO = re.compile(r"\b(?:attached to|(?:hidden|planted|placed) (?:in|inside))(?: (?:a|an|the|his|her|their))?"
                          r"(?: [\w-]+)? $")
# ("a bomb planted on a motorcycle exploded outside a bakery"; but "planted on a bus": hit)
_PLANTED_ON = re.compile(r"\b(?:planted|placed|fixed|hidden) on (?:a |an |the )?(?:parked )?$")
_CARRIERS = re.compile(r"(?:motorcycle|motorbike|bicycle|car)\b")
# "as it crossed the Jisr al-Rais bridge": where the vehicle was when it was hit, not what was hit
_CROSSING = re.compile(r"\b(?:crossed|crossing|crosses)(?: the| a)?(?: [\w'’-]+){0,3} $")
# (and "انفجار عبوة ناسفة في سيارة مدنية": the car the bomb was in)
_CARRIED_IN = ("مزروعه في", "مزروعه ب", "مزروعه داخل", "ناسفه في", "planted in", "planted on", "hidden in", "rigged",
               "attached to", "attached to a",
               "planted in a", "hidden in a", "placed in a", "placed inside a",  # (but "planted on a bus": hit)
               "gunmen on a", "gunmen on",  # "gunmen on a motorcycle": what the attackers rode
               "fled on a", "fled on", "escaped on a", "sped off on a")  # ("The attackers fled on a motorcycle")
# more of the people just named ("وأصيب آخر": another)
_OTHERS = frozenset({"اخرون", "اخرين", "اخران", "اخرتان", "اخر", "اخري", "others", "another"})
_ORDINAL_SEQUELS = frozenset({"والثانيه", "والغاره الثانيه"})
_KINDS = frozenset({"air", "shell", "missile"})
_SAME_PLACE_AGAIN = re.compile(r"(?:^|\s)(?:في|علي|ب)\s*(?:ال)?(?:مدينه|بلده|قريه|حي|مخيم)\s+(?:ذاتها|ذاته|نفسها|نفسه)"
                               r"|\bin the same (?:town|city|village|neighbou?rhood|camp)\b")
# (and "فرق الدفاع المدني لا تزال تبحث عن مفقودين": still at work)
_AT_WORK = re.compile(r"\s+(?:(?:لا تزال|ما زالت|مازالت|تواصل) )?"
                      r"(?:انتشلت|تنتشل|انتشلوا|اسعفت|تسعف|نقلت|تنقل|اخمدت|تخمد|عملت|تعمل|هرعت|سارعت|تبحث|البحث"
                      r"|pulled|recovered|rushed|evacuated|put out)\b")
# "killing 942 medical personnel since 2011", "منذ عام 2011": a total over years, no incident
# (and "Since 5 October, at least 42 civilians have been killed": a total since a day of a month)
_MONTH = r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
# "it had responded to 1,020 attacks in northwest Syria in 2023, which killed 162 people": attacks counted, a total
_ATTACKS_COUNTED = re.compile(r"\b(?:responded to|documented|recorded|counted) (?:more than |over |at least )?[\d,]{3,} "
                              r"(?:attacks|air ?strikes|incidents)\b")
_SINCE_A_DATE = re.compile(r"\bsince (?:19|20)\d\d\b|(?:^|\s)منذ (?:عام |العام )?(?:19|20)\d\d(?!\d)"
                           rf"|\bsince (?:\d{{1,2}} {_MONTH}|{_MONTH} \d{{1,2}})\b")
_THE_BODY_SAID_AR = re.compile(r"(?:^|\s)و?(?:اوضحت|قالت|اضافت|ذكرت|اكدت|اشارت) "
                               r"(?:المؤسسه|المنظمه|الهيئه|الجمعيه|الشبكه)"
                               r"(?: في بيان)?(?:\s|$)"
                               # ("... عنصر من مجلس منبج العسكري ...، بحسب المجلس": the council named before)
                               r"|(?:^|\s)(?:بحسب|حسب|وفق|وفقا ل) (?:المجلس|المؤسسه|المنظمه|الهيئه|الجمعيه)(?:\s|[.,،]|$)")
_IT_SAID = frozenset({"it said", "it added", "the group said", "the group added"})
_THE_BODY_SAID = re.compile(r",\s*the (council|ministry|network|agency|committee|office|directorate|group) (?:said|added)\b")
_THE_SOURCE_SAID_TO = re.compile(r"(?<!\S)و?(?:قال|اضاف|اوضح|افاد)(?:ت)?\s+(?:المصدر|المصادر|المسؤول)\s*$")
_KEPT_FROM_BEFORE = re.compile(r"(?<!\S)(?:يمنع|تمنع|منع|منعت|يجبر|تجبر|اجبر|اجبرت)\s$")
_CITING = re.compile(r"\b(?:citing|quoted|quoting) (?:an? |the )?$")
_CITING_AR = re.compile(r"(?<!\S)نقلا عن\s+$")  # (state media's: "ذكرت وكالة سانا نقلاً عن مصدر عسكري")
_SOURCES_WITHIN = frozenset({"military source", "security source", "medical source", "local sources"})
_WITHIN = re.compile(r"\s+(?:في|من|داخل|in|within|from)\s+(?:the\s+)?[\"'«]?")
_THROUGH_ITS_CHANNEL = re.compile(r"(?:(?<!\S)عبر|\bvia|\bthrough|\bon|\bpublished by|\bcarried by|\bissued by) "
                                  r"(?:its |their )?(?:وكاله |the )?$")  # ("in a statement published by its Amaq")
_IT_SAID_AFTER = re.compile(r",\s*(?:it|the group) (?:said|added)\b")  # the sentence's last words
# "وذلك بعد ثلاثة أيام من انفجار", "ويأتي القصف بعد أيام من استهداف مماثل": the writer recalls an earlier attack to
# set the scene; the lead's source did not tell it (in English, "..., the SDF said, a day after a drone strike on the
# town killed two", the source's sentence goes on and the recalled attack stays its)
_RECALLED_AFTER = re.compile(
    r"\s*و?(?:ذلك |ياتي [^.،,]{0,30}?|جاء [^.،,]{0,30}?)?بعد (?:يوم|يومين|ايام|ساعات|ساعه|ساعتين|اسبوع|اسبوعين|شهر|"
    r"(?:ثلاثه|اربعه|خمسه|سته|سبعه|عشره|\d+) (?:ايام|اسابيع|ساعات|اشهر)) ")
_WAS_HIT_AFTER = re.compile(r"\s+(?:was|were)\s+(?:hit|struck|targeted|shelled|bombed|damaged|destroyed)\b")
_WHOSE = re.compile(r"\bwhose (?:own |family )?$")
# "A car bomb killed a tribal leader and two of his guards outside his home": where the man was, not what was hit
_KILLED_OUTSIDE = re.compile(r"\b(?:killed|killing|shot dead|shot|wounded|wounding|assassinated)\b[^.,;]{0,70} "
                             r"(?:outside|in front of) (?:his|her|their) $")
# (and with an article, any place: "Gunmen ... shot dead a former rebel commander and his driver outside a mosque")
_SHOT_OUTSIDE = re.compile(r"\b(?:shot dead|gunned down|assassinated)\b[^.,;]{0,70} (?:outside|in front of) "
                           r"(?:an?|the) $")
_PLANTED_NEAR = re.compile(r"(?:\bزرع\w*(?: مجهول\w*| مسلح\w*)?|\bمزروع\w*|\bplanted|\bplaced) "  # ("زرعها مجهولون أمام")
                           r"(?:بالقرب من|قرب|امام|near|outside|by) (?:(?:a|an|the|his|her|their) )?(?:\w+['’]s )?$")
# "مسلحين يستقلون دراجة نارية": the attackers' ride (but "شخصان كانا يستقلان دراجة نارية": the victims', hit)
_RIDDEN_BY_ATTACKERS = re.compile(r"(?:مسلح|مجهول|ملثم)\w* (?:كانوا )?يستقل\w* $"
                                  # ("A suicide bomber on a motorcycle blew himself up": what the bomber rode)
                                  r"|\b(?:suicide )?bombers? (?:on|riding|driving) (?:a |an )?$"
                                  # ("أطلقوا النار عليهما من سيارة مسرعة", "opened fire from a passing car")
                                  r"|(?:النار|رصاص\w*)(?: \S+)? من $|\bfired? (?:\w+ )?from (?:a |an )?(?:passing |speeding )?$")
# "Abu Khaled was loading crates onto his truck" when the strike hit the market: what he was doing, not what was hit
_LOADED_ONTO = re.compile(r"\b(?:loading|unloading|loaded)\b[^.,;]{0,30} (?:onto|into|on) (?:his|her|their|a|the) $")
# between an attack word and the road it hit: at most one word ("قصفت الطريق", "shelled the road"), or an article and
# one more ("hit the main road"; not "an ambush on the road between Tafas and Muzayrib", where they were)
_ROAD_STRUCK = re.compile(r"\s*(?:\S+\s+)?|\s*(?:the|a|an)\s+(?!on\b|in\b|at\b|near\b|along\b)\S+\s+")
_STRUCK_BEFORE = ("علي", "قرب", "بالقرب من", "استهدف", "استهدفت", "استهداف", "اثناء",
                  "then", "hitting", "striking", "targeting", "struck", "hit", "targeted")  # ("... and then the rescuers")


def _struck(clause: Clause, target: Item, text: str) -> bool:
    """A group of people named as a target ("فرق الدفاع المدني") was hit when an attack word or "على"/"قرب" comes
    just before it, not when the group is the subject of what it did."""
    before = text[max(clause.start, target.word_start - 24) : target.word_start].split()[-3:]
    return any(cue.end <= target.word_start and cue.start >= target.word_start - 24 for cue in clause.cues) \
        or any(word.lstrip("و") in _STRUCK_BEFORE for word in before)


_ITS_CONVOY_HIT = re.compile(r"(?: military)? (?:convoy|patrol|observation post|military post|post)(?: [^,.]{0,40}?)? "
                             r"(?:was|were) (?:struck|hit|targeted|attacked|shelled|bombed)\b")
_MEMBER_OF = re.compile(r"^(?:(?:سابق|بارز|former|senior) )?(?:من|في|of|of the|of an?|in|from)(?: former| [a-z]+-(?:led|backed)"
                        r"| [a-z]+['’]s)?"  # ("two members of Lebanon's Hezbollah")
                        r"(?: (?:فصيل|فصائل|ميليشيا|ميليشيات|جماعه|تنظيم))?$")  # ("عنصران من فصيل الحمزات")
_PARENTHESES = re.compile(r"\([^()]*\)")
_RELAYED = re.compile(r"(?:^|\s)و?نقل(?:ت|ته|ه|ها)?\s")  # "نقلت", "ما نقلته": passed on ...
_QUOTED_FROM = re.compile(r"(?:^|\s)عن(?: مصدر| مصادر)?(?: في| من)?\s*$")  # ... from ("عن مصدر في ...")
_TO_QUOTED = re.compile(r"(?:^|\s)و?ل[\"«“]$")  # told to a name in quotes ("أفاد مصدر محلي لـ«نداء سوريا»")
_TO_PREFIXES = frozenset({"ل", "ول", "لل", "ولل"})  # "لمراسلنا", "للمرصد": told to (not the article ال)
_FIRED_FROM = re.compile(r"(?:مصدره|مصدرها|\bمن|from)\s*$")
_ITS_VEHICLE_AR = re.compile(r"(?<!\S)ب?(?:سياره|سيارات|عربه|اليه|اليات)(?: عسكري\w*)? $")  # ("بسيارة عسكرية لقسد")
_ONE_OF_ITS_LEADERS_AR = re.compile(r"(?:^|\s)(?:احد )?(?:قاده|قائد|قيادي في|قياديا في) $")
_ON_ITS_BORDER = re.compile(r"(?:^|\s)(?:الحدودي\w*|الحدود) مع $|\bborder with (?:the )?$")
_BETWEEN_AREAS_HELD_BY = re.compile(r"(?:^|\s)بين مناطق (?:سيطره|نفوذ)(?: \S+){0,3}\s$")
_TAKEN_BY = re.compile(r"(?<!مناطق )سيطره\s*$")  # ("مصدره مناطق سيطرة الفصائل": the areas it was fired from)
# "fighting to oust Islamic State from its last pockets", "معارك لطرد تنظيم الدولة": the side fought, not the attacker
_FOUGHT = re.compile(r"(?:\b(?:oust|drive out|expel|push back|fighting against|offensive against|battles? against"
                     r"|war against|campaign against)|طرد|لطرد)"
                     r"(?: the)?\s*$")
# "since government forces retook it in 2018": who holds the place, not who struck it; "Turkish forces retaliated
# against the positions the fire came from": who struck back, not the attack told
# "Islamic State shells hit a district ...": the shells, with a verb of their own after them
_SHELLS_DID = re.compile(r" (?:hit|struck|landed|fell|killed|slammed|exploded|rained|wounded|injured)\b")
_FIRED_FROM_THEIR = re.compile(r"\b(?:fired|fire|launched|came|coming) from (?:the |an? )?(?:[\w-]+ ){0,2}$")
_FIRED_FROM_GROUND = re.compile(r"\b(?:fired|launched|came|coming|shelling|shells|rockets|rounds) from "
                                r"(?:the direction of )?(?:the |an? )?$")  # ("from the direction of Kurdish-held ...")
_POST_OF_BEFORE = re.compile(r"\b(?:checkpoint|post|position|base|headquarters)s? (?:of|belonging to) "
                             r"(?:the |an? )?(?:[\w'’-]+-(?:led|backed) )?$"
                             # ("استهدفت سيارة لقوات سوريا الديمقراطية": whose car was hit)
                             r"|(?:^|\s)(?:سياره|عربه|اليه|حاجزا?|دوريه|مقرا?|نقطه)(?: عسكريه| تابعه)? $")
_HELD = re.compile(r"(?:/[\w-]+?)*-?(?:held|controlled|run|supported|funded)\b")  # (also "regime/SDF-held": the sides
# holding it; "a doctor at an MSF-supported facility": who backs it, not who speaks)
_HOLDS_OR_STRUCK_BACK = re.compile(r"(?:\s+(?:forces|troops|army|artillery|jets))?\s+(?:retook|recaptured|regained|seized|captured|"
                      r"took (?:back|control of)|retaliated|struck back|returned fire)\b")
# "بسيارة عسكرية تابعة لقوات النظام", "a military vehicle belonging to government forces": whose the thing hit was
_A_DEPOT_OF = re.compile(r"\b(?:depot|warehouse|store|arsenal|headquarters|base)s? (?:belonging to|owned by|run by|of) "
                         r"(?:an? |the )?(?:[a-z]+-(?:backed|led) )?$"
                         # ("في مستودع للأسلحة تابع لفصيل في الجيش الوطني")
                         # (and "مستودعات أسلحة تابعة للميليشيات الإيرانية": the side's word carries the ل)
                         r"|(?<!\S)(?:مستودعا?|مستودعات|مخزنا?|مخازن|مقرا?|مقرات)(?: \S+){0,2} تابع\S* (?:ل(?:\S+ ){0,2}?(?:في )?)?$")
_A_GATHERING_OF = re.compile(r"\b(?:targeted|targeting|hit|struck)\s+(?:an? |the )?(?:gathering|meeting|group|"
                             r"convoy|position|headquarters|post)s?\s+of\s+(?:the\s+)?['\"‘“]?$")
_BELONGING_TO = re.compile(r"(?:تابع\w*|belonging to|owned by)\s*$")
_STRUCK_THE_THING = re.compile(r"\b(?:struck|targeted|hit|bombed|destroyed|shelled) (?:an?|the) (?:[\w-]+ ){1,3}$")
_ITS_PEOPLE = re.compile(r"[\"']?\s*(?:(?:militias?|groups?|factions?|forces)['’]s? )?"  # ("a militia's weapons depot")
                         r"(?:leaders?|commanders?|officials?|chief|members?|(?:military )?(?:targets|positions?)|"
                         r"hideouts?|checkpoints?|(?:-\w+ )?(?:military )?patrols?|(?:(?:weapons|arms|ammunition) )?(?:depots?|warehouses?))\b")
# (and "hit only Islamic State military targets": its ground; "a Hezbollah weapons depot": its store)
_ANNOUNCED_BY_IT = re.compile(r"-(?:announced|declared|brokered|sponsored|mediated|guaranteed)\b")
_ITS_PATROL_HIT = re.compile(r"(?:^|\s)(?:انفجر\w*|استهدف\w*|استهداف|هاجم\w*|ب?هجوم\w*)\s(?:[^\s.،]+\s){0,4}?"
                             # (or its post: "استهدف نقطة مراقبة تركية قرب بلدة النيرب")
                             r"ب?(?:دوريه|رتل|رتلا|قافله|نقطه مراقبه|نقطه عسكريه|قاعده عسكريه)\s(?:[^\s.،]+\s){0,3}$")
_WHICH_BACKS_AFTER = re.compile(r",? (?:which|who) (?:backs|supports|backed|supported|sponsors) ")
_WERE_HIT = re.compile(r"\s+(?:(?:have|has|had) been|were|was) (?:hit|targeted|attacked|struck|shelled)\b"
                       r"|\s+came under (?:fire|attack)\b")
_KILLED_AFTER = re.compile(r"\s+(?:(?:have|has|had) been|were|was) (?:killed|wounded|injured|assassinated)\b")
_ITS_FIGHTERS = re.compile(r"\s*(?:fighters?|soldiers?|troops|militants?|members?|personnel)\b")
_KILLING_ONE_BEFORE = re.compile(_HURT_VERBS + r" (?:a|an|one|two|three|\d+) $")
_UNDER_ITS_CONTROL = re.compile(r"(?<!\S)(?:(?:الخاضعه|الخاضع|الواقعه|الواقع) (?:ل|تحت )|تحت )سيطره (?:تنظيم )?$")
_OF_THE_DEAD_BEFORE = re.compile(r"\b(?:(?:most|many|all|some|several|two|three|\d+) of them|including|among them)\s+$")
# ("آخر جيوب تنظيم الدولة", "آخر معاقل تنظيم داعش": its last pocket or stronghold, not its attack)
_ITS_STRONGHOLD = re.compile(r"(?:(?:^|\s)(?:معاقل|معقل|جيوب|جيب)(?: تنظيم)?|\bstrongholds? of|\bbastions? of|"
                             r"\bpockets? of)(?: the)?\s*$")
_WHOSE_HOMETOWN = re.compile(r"(?:\bhome ?town|\bbirthplace|(?:^|\s)مسقط راس)(?: of)?(?: [^\s.,،]*){0,4}$")
_ITS_PRISONS = re.compile(r"(?:^|\s)(?:سجون|معتقلات|(?:prisons?|jails?|detention centres?) (?:of|run by|held by)"
                          r"(?: the)?)\s*$")
# "targeted a Syrian army bus", "attacked an SDF checkpoint": the side whose bus or post was struck (but "a Turkish
# army patrol opened fire", with no attack on it told before: the side that fired)
_STRUCK_A = re.compile(r"\b(?:targeted|targeting|attacked|attacking|hit|hitting|struck|striking|ambushed|ambushing|"
                       r"shelled|shelling|bombed|bombing)"
                       r" (?:an?|the) $")
# ("The coalition later said it had targeted an ISIS command post in the town": whose post it says it struck)
_ITS_VEHICLE_OR_POST = re.compile(r"(?:['’]s)? (?:military |command )?(?:bus|buses|convoy|vehicles?|cars?|trucks?|"
                                  r"checkpoints?|patrols?|posts?|barracks|headquarters|base|centres?|centers?)\b")
# (not "برصاص قناص متمركز على حاجز لقوات النظام": the checkpoint the sniper fired from)
_STRUCK_POST_AR = re.compile(r"(?:^|\s)(?:هاجم\w*|استهدف\w*|استهداف|ب?هجوم\w*)\s(?:[^\s.،]+\s){0,10}?"
                             r"(?:حاجزا?|حواجز|نقطه|دوريه|رتلا?|قاعده|قواعد)(?:\s(?:عسكري\w*|تابع\w*))?\s$")
_BLAST_AT_POST_AR = re.compile(r"(?:^|\s)(?:انفجار|انفجرت|انفجر|تفجير)\s(?:[^\s.،]+\s){0,6}?(?:عند|قرب|امام|علي)\s"
                               r"(?:حاجزا?|نقطه|مقرا?)(?:\s(?:عسكري\w*|تابع\w*))?\s$")
# (a word for the group may stand between: "قصفت طائرات التحالف مواقع لتنظيم داعش"; "near a checkpoint of the
# SDF-affiliated Deir ez-Zor Military Council": the side whose checkpoint it was)
_POSITIONS_OF = re.compile(r"(?:مواقع|مقرات|نقاط|مستودعات|معسكرا?(?: تدريبيا?| لتدريب)?|positions|bases|checkpoints?"
                           r"|depots?|warehouses?|facilities|facility|patrols?|convoys?)"
                           # ("depots used by Iran's ...", "a patrol of the army's Fourth Division")
                           r"(?: of(?: the)?(?: [a-z]+['’]s)?| used by(?: the)?(?: [a-z]+['’]s)?| ل)?"
                           r"\s*[\"']?\s*(?:ل)?[\"']?"
                           r"(?:ل?(?:خلايا )?(?:تنظيم|ميليشيا|ميليشيات|فصائل|فصيل|جماعه|هيئه) |ل?خلايا )?"  # ("مواقع لخلايا تنظيم")
                           r"(?:[a-z]+-(?:backed|affiliated|linked|led) )?[\"']?$")  # ("of the Turkish-backed Syrian National Army")


# "violating a ceasefire brokered by Russia and Turkey", "اتفاق وقف إطلاق النار برعاية روسيا وتركيا": the sides to
# an agreement, not attackers
# "families fleeing the fighting between the SDF and Islamic State", "نازحون هاربون من المعارك الدائرة بين ...": the
# sides of the fighting people fled, not who struck them
_SIDE_OF_THE_FIGHTING_FLED = re.compile(
    r"(?:\bflee\w*|\bfled|\bescap\w*|هارب\w*|الهاربين|الفارين|فار\w*|نزح\w*|هرب\w*) من (?:المعارك|الاشتباكات|القتال)"
    r"[^.،]{0,70}$|(?:\bflee\w*|\bfled|\bescap\w*) (?:the )?(?:fighting|clashes|battles)[^.,]{0,70}$")


_STRUCK_POSITIONS = re.compile(r"\b(?:struck|hit|targeted|targeting|striking) (?:military )?positions\b")
_POSITIONS_AFTER = re.compile(r"\s+(?:military\s+)?positions\b")


def _only_positions_struck(clause: Clause, text: str) -> bool:
    """A side's positions ("مواقع لقوات النظام", "government positions") the only thing the clause tells struck."""
    if any(item.value != "-" for item in clause.of("targets")):
        return False
    if _STRUCK_POSITIONS.search(text, clause.start, clause.end):
        return True  # "Israeli missiles struck positions near the coastal city of Tartus": positions, nobody's named
    for actor in clause.of("actors"):
        positions = _POSITIONS_OF.search(text, max(0, actor.word_start - 40), actor.word_start)
        if positions is not None and not _FIRED_FROM.search(text, max(0, positions.start() - 12), positions.start()):
            return True
        if _POSITIONS_AFTER.match(text, actor.end) \
                and not _FIRED_FROM.search(text, max(0, actor.word_start - 16), actor.word_start):
            return True
    return False


def _side_of_the_fighting_fled(text: str, named: Item) -> bool:
    """The side (an attacker or a source) is named as one of those whose fighting people fled."""
    return _SIDE_OF_THE_FIGHTING_FLED.search(text, max(0, named.word_start - 100), named.word_start) is not None


_PARTY_TO_AN_AGREEMENT = re.compile(
    r"(?:ceasefire|cease-fire|truce|deal|agreement|accord|اتفاق\w*|هدن\w*)\b[^.]{0,30}?"
    r"(?:brokered by|mediated by|sponsored by|signed by|guaranteed by|agreed by|announced by|declared by|between|بين"
    r"|برعاي\w*|بوساط\w*|بضمان\w*|اعلنت?ها)"  # ("الهدنة الإنسانية التي أعلنتها روسيا": who declared it)
    r"\s(?:[\w-]+\s){0,3}$"
    r"|(?:^|\s)(?:لل|بال|وال|ال)?اتفاق (?:\S+ )?$")  # ("في خرق جديد للاتفاق الروسي التركي": the agreement's parties)


# "despite a Russian announcement of a humanitarian pause", "رغم الإعلان الروسي عن هدنة", "according to Turkish media":
# a side's words, not its attack
_WORDS_NOT_DEEDS_AFTER = re.compile(r"(?:['’]s)?\s+(?:announcement|proposal|initiative|offer|pledge|promise|call|plan|statement|"
                                    r"(?:defen[cs]e |foreign |interior )?ministry|"  # ("Russia's defence ministry said")
                                    r"diplomats?|delegation|envoy|mediation|guarantees?|media|press|television|"
                                    r"newspapers?|news agency|officials?|charity|charities|relief|humanitarian|"
                                    # ("the Syrian National Army's military police said": its police speak)
                                    r"(?:military )?police (?:said|says|reported|announced)|spokesm[ae]n|"
                                    r"aid (?:group|agency|workers?)|red crescent|(?:and [\w ]{0,30})?(?:disputed|denied|"
                                    r"rejected|dismissed))\b")  # ("a claim rebels and Western officials disputed")
_ITS_OWN_STRIKE_TOLD = re.compile(r"['’]s (?:defen[cs]e )?ministry said (?:on \w+ )?(?:that )?its (?:aircraft|jets|warplanes|"
                                  r"planes|air force|drones|forces)\b")
# "زعمت وزارة الدفاع الروسية أن طائراتها استهدفت ...": the ministry's side tells of its own strike
_KILLED_OR_HURT_AFTER = re.compile(r"s? (?:was|were|had been|has been|have been) (?:killed|wounded|injured)\b")
_ITS_OWN_STRIKE_TOLD_AR = re.compile(r"\S*\s+(?:\S+\s+){0,2}?ان\s+(?:طائراتها|مقاتلاتها|قواتها|طيرانها|مسيراتها)\s")
_WORDS_NOT_DEEDS_BEFORE = re.compile(r"(?:^|\s)(?:\w*اعلان|\w*مبادره|\w*اقتراح|\w*تعهد|\w*وعود|\w*ضمانات)\s+$")


_AS_BEFORE = re.compile(r"\b(?:as|while) $")
_ADVANCE_OF_BEFORE = re.compile(r"(?<!\S)(?:مع|وسط) تقدم $")  # ("الغارات تتزامن مع تقدم قوات النظام نحو المدينة")
# (a parenthesis may come between: "as government forces, backed by Russian air power, pressed an offensive")
_ADVANCE_AFTER = re.compile(r"(?:, [^,.]{1,40},)? (?:(?:tried|try|tries|were trying|attempted)(?: again)? to )?"
                            r"(?:advance[sd]?|advancing|"
                            r"push(?:ed|ing)? (?:forward|on)|press(?:ed|ing)? (?:on|(?:their|its|an|a) (?:assault|offensive))"
                            # ("as government forces massed troops on the edges of the rebel enclave")
                            r"|mass(?:ed|ing)? (?:troops|forces|reinforcements)|br(?:ought|ing|inging) in reinforcements)\b")


# What forces do once an attack is over (reinforcements, a cordon, raids, arrests) names them as no attacker: "وأضاف
# الموقع أن قوات النظام استقدمت تعزيزات إلى المنطقة عقب الانفجار" after a bomb that wounded their own men
_AFTERMATH_DEED = (r"(?:استقدمت|استقدم|ارسلت|دفعت|طوقت|داهمت|فرضت طوقا|نفذت حمله (?:مداهمات|دهم|اعتقالات|تمشيط)|"
                   r"شنت حمله (?:مداهمات|دهم|اعتقالات)|sent reinforcements|rushed reinforcements|cordoned off|sealed off|"
                   r"(?:launched|carried out) (?:a )?(?:security )?(?:sweep|raids|search))")
_AFTERMATH_AFTER = re.compile(rf"\s+(?:قد\s+)?{_AFTERMATH_DEED}")
_AFTERMATH_BEFORE = re.compile(rf"(?<!\S){_AFTERMATH_DEED}\s+$")


# Who holds a town and who lost it is the story of the front, not of the attack: "Government forces and their allies
# drove Islamic State militants from al-Mayadin in October, but the group still carries out attacks"
_TERRITORY_CHANGED = re.compile(r"\b(?:drove|driven|ousted|expelled|pushed)\b(?:(?!\bfrom\b)[^.])* from\b|"
                                r"(?<!\S)(?:طردت|طرد|طردوا)\s(?:(?!\sمن\s)[^.،])*\sمن\s")


def _tells_territory(clause: Clause, text: str) -> bool:
    return "territory" in clause.cue_values or _TERRITORY_CHANGED.search(text, clause.start, clause.end) is not None


# Who lives where the attack fell names no attacker: "The neighbourhood, home mainly to members of President Bashar
# al-Assad's Alawite sect"
_HOME_TO_BEFORE = re.compile(r"\bhome (?:mainly |mostly |largely |chiefly )?to (?:many )?(?:members of )?(?:the )?"
                             r"(?:[\w-]+ ){0,3}$")
_SECT_AFTER = re.compile(r"['’]s (?:own )?(?:alawite|sunni|shiite|shia|druze|christian|ismaili) "
                         r"(?:sect|community|minority)\b")


# ("says it targets militants it regards as an extension of the outlawed PKK": whom the striker says it strikes)
_AN_EXTENSION_OF = re.compile(r"\b(?:extension|offshoot|branch|affiliate|wing)s? of (?:the )?(?:outlawed |banned )?$")


# ("حيث تدور اشتباكات عنيفة بين الفصائل وقوات النظام": the sides of the fighting around, not of the attack)
_FIGHTING_BETWEEN = re.compile(r"(?<!\S)(?:(?:حيث|التي) (?:تدور|تجري|تستمر)|تزامنا مع|وسط|في ظل)(?: استمرار| تجدد)? "
                               r"(?:ال)?(?:اشتباكات|معارك)(?: \S+){0,2} "
                               r"بين (?:\S+ ){0,5}$"
                               # ("وتدور منذ منتصف تشرين الثاني الماضي معارك بين فصائل المعارضة وقوات الأسد")
                               r"|(?<!\S)و?(?:تدور|تجري|تستمر|تشهد)(?: \S+){0,6} (?:اشتباكات|معارك)(?: \S+){0,2} بين "
                               r"(?:\S+ ){0,5}$"
                               r"|\b(?:where|amid) (?:clashes|fighting) (?:\w+ ){0,3}between (?:\S+ ){0,5}$"
                               # ("The area lay on the front line between Islamic State and U.S.-backed forces in 2016")
                               r"|\bfront ?lines? between (?:\S+ ){0,5}$"
                               # ("The area was the scene of heavy fighting between the SDF and Islamic State militants")
                               r"|\bscene of (?:\w+ ){0,2}(?:fighting|clashes|battles) between (?:\S+ ){0,5}$")


# ("منذ انتهاء المعارك ضد تنظيم الدولة", "the battle against Islamic State": whom a war was fought against)
_FOUGHT_AGAINST_BEFORE = re.compile(r"\b(?:battles?|fight|fighting|war|campaign|offensive) against (?:the )?$"
                                    r"|(?<!\S)(?:المعارك|المعركه|الحرب|الحمله|القتال) ضد $")


# ("فيما ردت وحدات من الجيش العربي السوري على مصادر إطلاق القذائف": the side that answered the fire)
_ANSWERED_BEFORE = re.compile(r"(?<!\S)و?(?:ردت|رد|ترد|يرد)(?: \S+){0,2} $")
# ("two members of the Deir ez-Zor Military Council, which is part of the U.S.-backed Syrian Democratic Forces")
_PART_OF_BEFORE = re.compile(r"\b(?:which|that) (?:is|was|are|were) (?:a )?part of (?:the )?(?:[\w.’'-]+ ){0,3}$")
# ("the town of Ras al-Ain, which is controlled by Turkish-backed factions": who holds the town hit; not "fired from
# areas controlled by", the firing side)
_WHO_HOLDS_IT_BEFORE = re.compile(r"(?:\bwhich (?:is|was|are|were) |, )(?:controlled|held|run) by (?:the )?$"
                                  # ("on the outskirts of Kabani ..., where rebels have held out for years")
                                  r"|\bwhere (?:the )?$"
                                  # ("في مدينة جرابلس التي يحتلها النظام التركي ومرتزقته": who holds the town)
                                  r"|(?<!\S)(?:التي|الذي) (?:يحتلها|تحتلها|يحتله|تحتله|يسيطر عليها|تسيطر عليها)"
                                  r"(?: \S+){0,3} $")


def _a_side_of_the_scene(text: str, actor: Item) -> bool:
    """The side is named only as part of the scene around the attack (the patterns above): what it did after, where
    it lives, whom it fought, what it holds."""
    return _AFTERMATH_AFTER.match(text, actor.end) is not None \
        or _AFTERMATH_BEFORE.search(text, max(0, actor.word_start - 40), actor.word_start) is not None \
        or _SECT_AFTER.match(text, actor.end) is not None \
        or _HOME_TO_BEFORE.search(text, max(0, actor.word_start - 60), actor.word_start) is not None \
        or _AN_EXTENSION_OF.search(text, max(0, actor.word_start - 40), actor.word_start) is not None \
        or _FIGHTING_BETWEEN.search(text, max(0, actor.word_start - 90), actor.word_start) is not None \
        or _FOUGHT_AGAINST_BEFORE.search(text, max(0, actor.word_start - 30), actor.word_start) is not None \
        or _WHO_HOLDS_IT_BEFORE.search(text, max(0, actor.word_start - 30), actor.word_start) is not None \
        or _PART_OF_BEFORE.search(text, max(0, actor.word_start - 40), actor.word_start) is not None \
        or _ANSWERED_BEFORE.search(text, max(0, actor.word_start - 24), actor.word_start) is not None


def _advancing_meanwhile(text: str, actor: Item) -> bool:
    """'Russian warplanes struck the Kabani hills ... as government forces tried again to advance': the side whose
    ground forces moved while the attack was told, not said to have made it."""
    return _AS_BEFORE.search(text, max(0, actor.word_start - 6), actor.word_start) is not None \
        and _ADVANCE_AFTER.match(text, actor.end) is not None \
        or _ADVANCE_OF_BEFORE.search(text, max(0, actor.word_start - 12), actor.word_start) is not None


def _a_farmer_counted(clause: Clause, target: Item) -> bool:
    """The word is also a person's ("مزارع": farms, or a farmer), and a casualty word stands right before it."""
    return any(i.category == "casualty" and i.col(0) == "person" and i.start == target.start for i in clause.items) \
        and any(i.category == "casualty" and i.col(0) in ("verb", "masdar")
                and clause.norm_text[i.end : target.word_start].strip() == "" for i in clause.items)


_ALLY_AFTER = re.compile(r"(?:['’]s)? (?:main |key |close |chief )?all(?:y|ies) (?:of )?")


def _patron(clause: Clause, actor: Item) -> bool:
    """'فصائل الجيش الوطني الموالية لتركيا': the side the one just named is loyal to describes it; it is not another
    attacker (nor the one said to back another: "warned Russia, which backs the government, to stop")."""
    if _WHICH_BACKS_AFTER.match(clause.norm_text, actor.end):
        return True
    ally = _ALLY_AFTER.match(clause.norm_text, actor.end)
    if ally is not None and any(i.category == "actors" and i.value != actor.value and i.start == ally.end()
                                for i in clause.items):
        return True  # "Air strikes by Syrian regime ally Russia": whose ally the attacker is
    cue = next((i for i in clause.items if i.category == "cues" and i.value == "affiliation"
                and i.start < actor.start and actor.word_start - i.end <= 2  # ("الموالية ل|تركيا")
                and not i.prefix.startswith("و")), None)  # (not "الطائرات الروسية والتابعة لنظام الأسد": both)
    return cue is not None and any(i.category == "actors" and i.end <= cue.word_start and cue.word_start - i.end <= 30
                                   for i in clause.items)


def _hedged(clause: Clause, actor: Item) -> bool:
    """'ويرجح أنها روسية', 'probably Russian': the side said to be the likely attacker, after an unknown one."""
    unknown = next((i.end for i in clause.items if i.category == "actors" and i.value == "unknown"), None)
    if any(i.category == "cues" and i.value == "hedge" and 0 <= actor.word_start - i.end <= 1 for i in clause.items):
        return True  # ("No party claimed the strikes, which the Observatory said were most likely Israeli")
    return unknown is not None and any(i.category == "cues" and i.value == "hedge" and unknown <= i.start < actor.start
                                       for i in clause.items)


def _names_its_attacker(clause: Clause) -> bool:
    """A clause's attackers are those it tells attacking, unless a side denies it or another is blamed (when the
    blame names no side, "SANA said, blaming 'terrorist groups'", the side told attacking stays)."""
    if "denial" in clause.cue_values:
        return False
    return "accusation" not in clause.cue_values or not any(_blamed(clause, i) for i in clause.of("actors"))


def _flying_over(clause: Clause, actor: Item) -> bool:
    """'تحليق مكثف لطيران الاستطلاع الروسي': the side whose aircraft watched, not one said to strike."""
    return any(cue.value == "overflight" and 0 <= actor.word_start - cue.end <= 1 for cue in clause.of("cues"))


def _claimed(clause: Clause, actor: Item) -> bool:
    """'The Islamic State group claimed responsibility for the blasts', 'وتبنى تنظيم داعش التفجير': the side that
    says it carried out the attack."""
    # ("The Islamic State group later claimed the attack": a word of its name and a "later" between)
    return any(cue.value == "claim" and (0 <= cue.start - actor.end <= 20 or 0 <= actor.word_start - cue.end <= 12)
               for cue in clause.of("cues")) and "denial" not in clause.cue_values  # ("ونفى الحزب مسؤوليته عن ...")


def _blamed(clause: Clause, actor: Item) -> bool:
    """'Turkish officials blamed Kurdish militants': the side blamed (after the word), not the one blaming (nor the
    side blamed for other attacks: "have blamed previous bombings in the area on Kurdish militants")."""
    return any(i.category == "cues" and i.value == "accusation" and (i.end <= actor.start or i.start == actor.start)
               and not _OTHER_ATTACKS_AFTER.match(clause.norm_text, i.end)
               # ("retaliation for a bombing in Istanbul this month, which it blames on Kurdish militants": blamed for
               # the attack answered)
               and not _RETALIATION_FOR.search(clause.norm_text, clause.start, i.start)
               for i in clause.items) and not _the_accuser(clause, actor)  # (or with the word: "blaming Turkey")


_CLASHES_WITH = re.compile(r"\b(?:sparking|triggering|prompting) (?:fierce |heavy )?clashes with (?:the )?$"
                           # ("... بغارات جوية روسية ..., وسط اشتباكات عنيفة مع قوات النظام": the fighting around it)
                           r"|\bamid (?:fierce |heavy )?(?:clashes|fighting) with (?:the )?$"
                           r"|(?<!\S)وسط (?:اشتباكات|معارك) (?:\S+ )?(?:مع|بين) $")
_PROMPTING = re.compile(r"\b(?:prompting|provoking|drawing)(?: (?:a |an )?(?:response|retaliation) from)? (?:the )?$")
_THE_ATTACK_ANSWERED_BEFORE = re.compile(r"\b(?:retaliation|revenge|response|reprisal)s? (?:for|to) (?:an? |the )?(?:[\w-]+ ){0,2}$"
                              r"|(?<!\S)(?:ردا|انتقاما) (?:علي|ل)\S*(?: \S+){0,2} $")
_RETALIATION_FOR = re.compile(r"\b(?:retaliation|revenge|response|reprisal)s? (?:for|to)\b|(?<!\S)(?:ردا|انتقاما) (?:علي|ل)")


_OTHER_ATTACKS_AFTER = re.compile(r"\s+(?:previous|earlier|past|similar|other|several|many|a series of|a spate of)\s"
                                  r"(?:[\w-]+\s)?(?:bombings|attacks|blasts|explosions)\b")


def _the_accuser(clause: Clause, actor: Item) -> bool:
    """'اتهمت الشرطة العسكرية التابعة للجيش الوطني وحدات حماية الشعب بالوقوف وراء التفجير': in Arabic the one
    blaming comes first after the verb, right before the side blamed (but 'اتهم ناشطون قوات النظام والطيران
    الروسي', 'قوات النظام وروسيا': the sides joined by 'و' are blamed together)."""
    cue = next((i for i in reversed(clause.items) if i.category == "cues" and i.value == "accusation"
                and i.end <= actor.start), None)
    if cue is None or not cue.entry.pattern.startswith(("اتهم", "حملت")):
        return False
    sides = [i for i in clause.items if i.category == "actors" and i.start >= cue.end and i.value != "-"]
    if not sides or sides[0] is not actor or len(sides) < 2:
        return False
    return not sides[1].prefix.startswith("و") and sides[1].word_start - actor.end <= 2


def _other_said_of_the_attack(clause: Clause, person: Item, text: str) -> bool:
    """'غارة أخرى لطيران النظام': 'another' said of the attack just named, not another person hurt."""
    if person.entry.pattern not in ANOTHER:
        return False
    attack = next((i for i in reversed(clause.items) if i.end <= person.word_start), None)
    return attack is not None and attack.category == "attack" and not text[attack.end : person.word_start].strip()


_TROOPS_AFTER = re.compile(r"\s+(?:troops|servicemen)\b")
_SHOT_AT = re.compile(r"\b(?:shot(?: dead)?|gunned down) at (?:a|an|the) (?:[\w-]+ )?$")
_MANNED_BY = re.compile(r"\b(?:checkpoint|post|position|base|barracks|headquarters|office)s? (?:manned|run|held|"
                        r"operated|controlled) by (?:the )?$")
_AN_ATTACK_BY_ITS_SIDE = frozenset({"تفجير ارهابي", "اعتداء ارهابي",  # (actors.tsv: SANA's words)
                                    "غاره جويه مجهوله", "غارات جويه مجهوله", "غاره مجهوله", "غارات مجهوله"})
_SHOT_BY = re.compile(r"(?:\bبرصاص|\bبنيران|\bعلي يد|\bمن قبل|\bshot by|\bby"
                      r"|(?<!\S)(?:شنه|شنها|نفذه|نفذها))\s$")  # ("بهجوم شنه عناصر تنظيم الدولة": who attacked)


# "Members of the Turkish-backed Sultan Murad Division opened fire on ...": the members who fired, not the dead
_THE_MEMBERS_ACTED = re.compile(r"(?: [\w'’-]+){0,3} (?:opened fire|fired on|fired at|shot|shelled|attacked|stormed"
                                r"|raided)\b(?! by)")


# "اشتباكات بين عناصر من قسد ومسلحين من العشائر", "clashes between members of the SDF and ...": a side fighting
_A_SIDE_OF_CLASHES_BEFORE = re.compile(r"(?:^|\s)(?:بين|between)\s$")


def _among_the_victims(clause: Clause, actor: Item, text: str, depth: int = 0) -> bool:
    """'قتل ستة عناصر من قوات النظام', 'killed two members of the SDF': the side the dead belonged to, not who
    attacked them; nor is the side that tells of it ("the SDF said"), that holds the place ("retook it"), that is
    fought ("to oust"), that struck back ("retaliated"), or whose vehicle was hit ("تابعة لقوات النظام")."""
    if depth > 3:
        return False  # (sides named one after another: the first few decide)
    if actor.entry.pattern in _AN_ATTACK_BY_ITS_SIDE:
        return False  # "استشهد 31 مواطناً في تفجير إرهابي": the attack, by the side its word names; nobody's member
    person = next((i for i in reversed(clause.items) if i.end <= actor.word_start and i.category == "casualty"
                   and (i.col(0) == "person" or i.col(0) == "noun" and i.value == "killed")  # ("5 قتلى من قوات النظام")
                   and not _other_said_of_the_attack(clause, i, text)), None)
    if _KILLED_AFTER.match(text, actor.end):
        return True  # "Dozens of former rebels have been killed in similar attacks": the side of the dead
    following = next((i for i in clause.items if i.start >= actor.end), None)
    if following is not None and following.category == "casualty" and following.col(0) == "person" \
            and actor.entry.pattern.isascii() and not text[actor.end : following.word_start].strip() \
            and _KILLED_OR_HURT_AFTER.match(text, following.end):
        return True  # "A Turkish soldier was killed and two others wounded": whose soldier
    if _ITS_CONVOY_HIT.match(text, actor.end):
        return True  # "a Turkish military convoy heading to the town was struck by an air strike": whose convoy was hit
    between = text[person.end : actor.word_start].strip() if person is not None else ""
    counted = next((i for i in clause.items if i.number is not None and person is not None
                    and person.end <= i.start and i.end <= actor.word_start), None)
    if counted is not None and not text[person.end : counted.word_start].strip():
        between = text[counted.end : actor.word_start].strip()  # "مقاتلين اثنين من قسد": two of the SDF's fighters
    if person is not None and _MEMBER_OF.match(between) \
            and not _SHOT_BY.search(text, max(0, person.word_start - 16), person.word_start) \
            and not _A_SIDE_OF_CLASHES_BEFORE.search(text, max(0, person.word_start - 10), person.word_start) \
            and not _THE_MEMBERS_ACTED.match(text, actor.end):
        return True  # (and "نجا قيادي سابق في فصائل المعارضة": a former commander in the factions)
        # (but "برصاص عناصر من قسد": the members who fired)
    if any(i.category == "sources" and i.value in _SOURCES_WITHIN and _WITHIN.fullmatch(text, i.end, actor.word_start)
           for i in clause.items):
        return True  # "بحسب مصدر عسكري في قسد": the side a source speaks from
    if any(i.category == "sources" and i.start == actor.start and i.end == actor.end for i in clause.items):
        cue = next((i for i in reversed(clause.items) if i.end <= actor.word_start and i.category != "sources"), None)
        if cue is not None and cue.category == "cues" and cue.value == "attribution" and cue.col(0) != "before" \
                and text[cue.end : actor.word_start].strip() in ("", "the"):
            return True  # "according to the Syrian National Army": the side that tells of it
    adjacent = next((i for i in reversed(clause.items) if i.end <= actor.word_start), None)
    if adjacent is not None and adjacent.category == "sources" and not text[adjacent.end : actor.word_start].strip() \
            and not actor.prefix.startswith("و") and actor.value != "unknown" \
            and not _ITS_OWN_STRIKE_TOLD_AR.match(text, actor.end) \
            and not (" " in actor.entry.pattern and _blamed(clause, actor)):
        # (not "اتهمت الإدارة الذاتية الجيش التركي بقصف ...": the side the source blames, a name of its own)
        # (not "بين مجلس منبج العسكري وفصائل الجيش الوطني": another side; nor "Human Rights Watch could not
        # determine which air force ...": what the source says)
        return True  # "أعلنت وزارة الدفاع التركية": whose ministry speaks, not who attacked
    before = next((i for i in reversed(clause.items) if i.end <= actor.word_start and i.category != "sources"), None)
    if before is not None and before.category == "actors" and actor.prefix.startswith("و") \
            and not text[before.end : actor.word_start].strip() and before.value != actor.value \
            and _among_the_victims(clause, before, text, depth + 1):
        return True  # "قُتل خمسة عناصر من قوات النظام والميليشيات الإيرانية": the side joined to the dead's side
    if before is not None and before.category == "casualty" and before.col(0) == "person" \
            and not text[before.end : actor.word_start].strip() and not actor.entry.pattern.isascii() \
            and not _other_said_of_the_attack(clause, before, text) \
            and not _SHOT_BY.search(text, max(0, before.word_start - 16), before.word_start):
        return True  # "مقتل جنديين تركيين": whose soldiers they were (not "برصاص عناصر حرس الحدود": who fired)
    if before is not None and before.category == "actors" and before.value == actor.value \
            and text[before.end : actor.word_start].strip() == "(":
        # "عنصران من قوات سوريا الديمقراطية (قسد)": its short name
        return _among_the_victims(clause, before, text, depth + 1)
    if _ITS_VEHICLE_AR.search(text, max(0, actor.word_start - 24), actor.word_start):
        return True  # "استهدفت مسيّرة تركية سيارة عسكرية لقوات سوريا الديمقراطية": whose vehicle was hit
    if _ONE_OF_ITS_LEADERS_AR.search(text, max(0, actor.word_start - 24), actor.word_start):
        return True  # "بسيارة أحد قادة الفصائل المحلية": whose commander's car it was
    if _ON_ITS_BORDER.search(text, max(0, actor.word_start - 24), actor.word_start):
        return True  # "بلدة أطمة الحدودية مع تركيا", "near the border with Turkey": whose border, not who struck
    if _TAKEN_BY.search(text, max(0, actor.word_start - 16), actor.word_start) \
            or _BETWEEN_AREAS_HELD_BY.search(text, max(0, actor.word_start - 50), actor.word_start):
        return True  # "بعد ساعات من سيطرة فصائل المعارضة على المدينة": who holds it, not who struck it (and "عند معبر
        # الصالحية بين مناطق سيطرة الحكومة وقسد": the sides whose areas the crossing joins)
    if _HOLDS_OR_STRUCK_BACK.match(text, actor.end) or _FOUGHT.search(text, max(0, actor.word_start - 24), actor.word_start):
        return True
    if _HELD.match(text, actor.end) or actor.entry.pattern.endswith("-held"):
        # "the Turkish-held town of Azaz": who holds it (but "fired from the Kurdish-held area of Tal Rifaat": the
        # side whose ground the fire came from, as "مصدره مناطق سيطرة قسد" is)
        return not _FIRED_FROM_GROUND.search(text, max(0, actor.word_start - 30), actor.word_start)
    head = next((i for i in clause.items if i.start >= actor.end), None)
    if head is not None and head.category == "actors" and not text[actor.end : head.word_start].strip() \
            and _among_the_victims(clause, head, text, depth + 1):
        return True  # "the Turkish-backed Syrian National Army said": a word describing the side that speaks
    if head is not None and head.category == "sources" and not text[actor.end : head.word_start].strip() \
            and actor.entry.pattern.endswith("-backed"):
        return True  # "the Turkish-backed local council said": a word describing the body that speaks
    if _A_GATHERING_OF.search(text, max(0, actor.word_start - 40), actor.word_start):
        return True  # "saying it had targeted a gathering of 'PKK militants'": whom the claim says it hit
    if _A_DEPOT_OF.search(text, max(0, actor.word_start - 40), actor.word_start):
        return True  # "an explosion at an ammunition depot belonging to a rebel faction": whose depot it was
    belonging = _BELONGING_TO.search(text, max(0, actor.word_start - 16), actor.word_start)
    if belonging is not None:
        owned = next((i for i in reversed(clause.items) if i.end <= belonging.start()), None)
        if owned is not None and owned.category == "targets" and len(text[owned.end : belonging.start()].split()) <= 1:
            return True  # (but "مسيّرة تابعة لجيش الاحتلال التركي": the attacker's drone)
        if (owned is None or owned.category not in ("attack", "actors")
                or len(text[owned.end : belonging.start()].split()) > 1) \
                and _STRUCK_THE_THING.search(text, max(0, belonging.start() - 40), belonging.start()):
            return True  # "struck an arms depot belonging to Iran-backed militias": whose depot it was
    if _ITS_PEOPLE.match(text, actor.end) \
            and not _FIRED_FROM_THEIR.search(text, max(0, actor.word_start - 50), actor.word_start):
        # (not "a mortar round fired from Turkish-backed rebel positions": the side that fired)
        return True  # "targeted a senior Islamic State leader", "مقتل قيادي": one of that side's people
    if _ANNOUNCED_BY_IT.match(text, actor.end):
        return True  # "hours before a Russian-announced pause in the bombing": the side that announced it
    if _ITS_PATROL_HIT.search(text, max(0, actor.word_start - 90), actor.word_start):
        return True  # "انفجرت عبوة ناسفة بدورية للشرطة العسكرية الروسية": whose patrol the bomb hit
    if _ITS_FIGHTERS.match(text, actor.end) and (
            _OF_THE_DEAD_BEFORE.search(text, max(0, actor.word_start - 24), actor.word_start)
            or _KILLING_ONE_BEFORE.search(text, max(0, actor.word_start - 24), actor.word_start)):
        return True  # "killed 15 people, most of them SDF fighters", "killing a Syrian National Army fighter and a
        # child": whose fighters the dead were
    if (fighters := _ITS_FIGHTERS.match(text, actor.end)) is not None and _WERE_HIT.match(text, fighters.end()):
        return True  # "a day after Turkish troops were hit near al-Nayrab": the side hit
    if _UNDER_ITS_CONTROL.search(text, max(0, actor.word_start - 24), actor.word_start):
        return True  # "مدينة دير حافر الخاضعة لسيطرة تنظيم داعش": who holds the town struck
    if _ITS_STRONGHOLD.search(text, max(0, actor.word_start - 24), actor.word_start):
        return True  # "بلدة هجين آخر معاقل تنظيم الدولة", "the last stronghold of the Islamic State": whose ground it is
    if _WHOSE_HOMETOWN.search(text, max(0, actor.word_start - 50), actor.word_start):
        return True  # "Qardaha, the hometown of President Bashar al-Assad": whose town it is
    if _ITS_PRISONS.search(text, max(0, actor.word_start - 24), actor.word_start):
        return True  # "تضامناً مع المعتقلين في سجون النظام": who holds the prisoners, not who struck
    if _ITS_VEHICLE_OR_POST.match(text, actor.end) \
            and _STRUCK_A.search(text, max(0, actor.word_start - 16), actor.word_start):
        return True
    if AN_ATTACK_IT_FOLLOWED.search(text, max(0, actor.word_start - 80), actor.word_start):
        return True  # "government shelling that followed a rebel attack on ...": the side of the attack before it
    if (manned := _MANNED_BY.search(text, max(0, actor.word_start - 40), actor.word_start)) is not None \
            and not _SHOT_AT.search(text, max(0, manned.start() - 40), manned.start()):
        return True  # "struck a checkpoint manned by Ahrar al-Sham": the side whose checkpoint was hit (not "two men
        # were shot dead at a checkpoint run by the Fourth Division": its men fired)
    if _STRUCK_POST_AR.search(text, max(0, actor.word_start - 110), actor.word_start):
        return True  # "هاجم مسلحون ... حاجزاً لقوات سوريا الديمقراطية": the side whose checkpoint was attacked
    if _BLAST_AT_POST_AR.search(text, max(0, actor.word_start - 90), actor.word_start):
        return True  # "انفجار سيارة مفخخة عند حاجز للجيش الوطني": the side whose checkpoint the bomb went off at
    positions = _POSITIONS_OF.search(text, max(0, actor.word_start - 40), actor.word_start)
    if positions is not None and not _FIRED_FROM.search(text, max(0, positions.start() - 12), positions.start()):
        return True  # "استهدفت مواقع لـ"قسد"", "struck SDF positions": the side whose positions were hit (not
        # "مصدره مواقع قوات النظام", "from government positions": the side that fired)
    after = [i for i in clause.items if i.start >= actor.end]
    before = next((i for i in reversed(clause.items) if i.end <= actor.word_start), None)
    if after and before is not None and (before.number is not None or before.category == "quantifiers") \
            and not text[before.end : actor.word_start].strip() \
            and (after[0].category == "casualty" and after[0].col(0) == "person"
                 and not text[actor.end : after[0].word_start].strip() or _TROOPS_AFTER.match(text, actor.end)):
        return True  # "killed two SDF fighters", "several Turkish troops": whose fighters they were
    # "..., the SDF said", "the Syrian Democratic Forces (SDF) said": the side speaking, not attacking
    said = next((i for i in after if i.category not in ("actors", "sources")), None)
    # ("the Kurdish YPG militia said": the word for what the side is may stand between)
    return said is not None and said.category == "cues" and said.value == "attribution" \
        and _PARENTHESES.sub("", text[actor.end : said.word_start]).strip(" ()") in _WHAT_THE_SIDE_IS \
        and said.col(0) == "before"


# "تصعيداً جديداً من قبل قوات النظام": an escalation and who carries it out (not "منطقة خفض التصعيد", the zone)
_AN_ESCALATION_BY = re.compile(r"(?:^|\s)تصعيدا?(?: جديدا?| عسكريا?){0,2} من قبل ")
_TRADED_FIRE = re.compile(r"\b(?:traded|exchanged|trading|exchanging) (?:\w+ )?(?:fire|shelling|shells)\b")
_WHAT_THE_SIDE_IS = frozenset({"", "militia", "group", "forces", "movement", "command"} | {
    # "the SDF's media centre said": the side's office speaking for it
    apostrophe + office for apostrophe in ("", "'s ", "’s ")
    for office in ("media centre", "media center", "media office", "press office", "spokesman", "spokesperson")})
among_the_victims = _among_the_victims  # (the pipeline asks it of a lead's sides too)


def refers_back(clause: Clause) -> bool:
    """The clause names a place only as "المدينة", "البلدة", "the town": the place named before it."""
    return any(i.category == "places" and i.value == "type" and (i.entry.article == "required"
                                                                  or i.prefix.endswith(("ال", "لل")))
               for i in clause.items)


_STRIKE_OF_A_SEQUEL = Entry("attack", "strike", "air")
_THE_TOWNS = re.compile(r"\bthe (?:same )?(?:town|village|city)(?:'s|’s)?(?: (?!of\b)|[.,;])")  # ("on the town's outskirts")


def names_the_town_again(clause: Clause, text: str) -> bool:
    """'المدينة', 'the town's market': the clause names its place only as the town told before it."""
    return refers_back(clause) or _THE_TOWNS.search(text, clause.start, clause.end) is not None


def _same_place(a: PlaceMention, b: PlaceMention, scan_text: str) -> bool:
    if place_key(a, scan_text) == place_key(b, scan_text):
        return True
    # "حي باب توما في دمشق" then "حي باب توما": a quarter told with its city, then again on its own
    for whole, alone in ((a, b), (b, a)):
        if alone.place is None and whole.start != alone.start:
            name = scan_text[alone.start : alone.end]
            if len(name.split()) >= 2 and scan_text.startswith(name + " ", whole.start) \
                    and whole.end > whole.start + len(name):
                return True
    return False


_LONG_LIST = 4  # towns in one clause from which they are read as one list
_LIST_GLUE = re.compile(r"^[\s,،و]*(?:(?:بلدات|قري|مدن|بلده|قريه|مدينه)\s)?[\s,،و]*$")


def _one_list(towns: list[PlaceMention], text: str) -> bool:
    """The towns follow one another with only "و", commas or a plural type word between them."""
    return all(_LIST_GLUE.match(text[a.end : b.start]) for a, b in zip(towns, towns[1:]))


_BETWEEN_BEFORE = re.compile(r"(?:\bbetween|\bبين)(?:\s+[^\s,]+){0,3}\s*$")


def _drafts_for(towns: list[PlaceMention], drafts: list[Draft], role: str, clause: Clause, text: str) -> list[Draft]:
    if len(towns) >= _LONG_LIST and len(clause.figures) <= 2 and _one_list(towns, text):
        # "على مدن جسر الشغور وخان شيخون ... وحاس": a long list shelled alike is one grouped incident, even
        # where one of its towns has an incident of its own already
        draft = Draft(places=list(towns), role=role)
        drafts.append(draft)
        return [draft]
    found: list[Draft] = []
    unknown: list[PlaceMention] = []
    named: dict[str, PlaceMention] = {}
    for town in towns:  # one place named twice ("مجزرة في زردنا: ... على بلدة زردنا"): its fullest mention
        key = place_key(town, text)
        if key not in named or town.end - town.start > named[key].end - named[key].start:
            named[key] = town
    towns = list(named.values())
    for town in towns:
        # A sentence that only describes (no toll of its own) may join a grouped incident that lists its town.
        describes = not any(f for f in clause.figures if not f.bare) or "retracted" in clause.cue_values
        match = next(
            (d for d in drafts if d.role == role and (len(d.places) == 1 or describes)
             and any(_same_place(p, town, text) for p in d.places)), None
        )
        if match is None and role == "background" and not clause.cues and not clause.dates and any(
                i.category == "cues" and i.value == "background" and i.entry.pattern.startswith("متاثر")
                for i in clause.items):
            # "⏰ 07:30 قصف مدفعي من قوات النظام على قرية النيرب ... ⏰ 09:45 استشهاد شاب متأثراً بجروحه في النيرب": a
            # death from wounds in the town just shelled, told on no other day, is of that shelling
            match = next((d for d in drafts if d.role == "main" and len(d.places) == 1
                          and _same_place(d.places[0], town, text)), None)
        if match is None and role == "main" and clause.dates and not any(
                d.role == "main" and any(_same_place(p, town, text) for p in d.places) for d in drafts):
            # "..., a day after air strikes on the nearby town of Hass killed nine people. On Sunday, jets struck a
            # school in Hass": the attack recalled, told again on its own day
            match = next((d for d in drafts if d.role == "background" and len(d.places) == 1
                          and _same_place(d.places[0], town, text)), None)
        if match is not None and _conflicting_tolls(match, clause):
            match = None  # the same town again with another exact toll: a second attack, kept apart
        if match is not None and role == "background" and clause.cues \
                and any(c.cues and c.sentence != clause.sentence for c in match.clauses):
            match = None  # another sentence recalling an attack on the town: another earlier attack
        if match is not None:
            if match not in found:
                found.append(match)
        else:
            unknown.append(town)
    if unknown and found and len(towns) == 2 and not any(f for f in clause.figures if not f.bare) \
            and _BETWEEN_BEFORE.search(text, max(0, towns[0].start - 40), towns[0].start):
        # "the drone hit a car on the road between the village of Tal Hamis and Qamishli": the ends of a road
        # where the attack just told happened, not another attack
        unknown = []
    if unknown:
        if len(unknown) == 1 or (len([f for f in clause.figures if not f.bare]) <= 2 and not found):
            # Several towns sharing one figure form one grouped incident.
            draft = Draft(places=unknown if len(unknown) > 1 else unknown[:1], role=role)
            drafts.append(draft)
            found.append(draft)
        else:
            for town in unknown:
                draft = Draft(places=[town], role=role)
                drafts.append(draft)
                found.append(draft)
    return found


def _conflicting_tolls(draft: Draft, clause: Clause) -> bool:
    """True when the clause gives an exact figure that differs from the draft's exact figure for that outcome (not
    when it only credits another account of the toll, with no attack of its own: "The Civil Defence put the death
    toll in Jarjanaz at nine" after eight told by the Observatory is one attack, its toll a range)."""
    if not [c for c in clause.cues if c.value != "generic"] and clause.cited:
        return False
    if "rise" in clause.cue_values and not [c for c in clause.cues if c.value != "generic"]:
        return False  # "The death toll in Deir Sunbul has risen to five": the toll of the attack told, now
    if "retracted" in clause.cue_values:
        return False  # "An earlier version of this post said six people were killed in Kafr Taal": taken back
    have = {f.outcome: f.count.best for c in draft.clauses for f in c.figures if f.exact}
    # (a toll risen to a number: that number, not the death it tells of, "... إلى خمسة قتلى، بعد وفاة طفل")
    told = [f for f in clause.figures if f.updated] if "rise" in clause.cue_values else []
    return any(f.exact and f.outcome in have and have[f.outcome] != f.count.best for f in told or clause.figures)


def _figure_rank(figure: Figure) -> int:
    if figure.bare:
        return -1
    if figure.exact:
        return _FIGURE_RANK["exact"]
    count = figure.count
    if count.high is None:
        return _FIGURE_RANK["at_least"]
    if count.best is not None and count.low is not None and count.low < count.best:
        return _FIGURE_RANK["about"]
    if count.high == 2 * (count.low or 0):
        return _FIGURE_RANK["more_than"]
    return _FIGURE_RANK["vague"]


def combine(figures: list[Figure]) -> tuple[Count | None, Figure | None]:
    """UCDP rule over several figures for one outcome: low = lowest, high = highest credible, best = most specific."""
    if not figures:
        return None, None
    updated = [f for f in figures if f.updated]
    if updated:
        # The latest toll replaces the ones it updates, told before it; another source's toll of the same size
        # told after it stands ("ارتفع ... إلى 41 ... فيما قال الدفاع المدني إن الحصيلة بلغت 39"), a death it
        # tells of does not ("... إلى 11 بعد وفاة امرأة متأثرة بجراحها").
        latest = updated[-1]
        figures = [latest] + [f for f in figures if f.start > latest.start and not f.bare and f.count.best
                              and latest.count.best and 2 * f.count.best >= latest.count.best >= f.count.best / 2
                              and not f.by_name]  # (nor "إلى طفلتين بعد وفاة طفلة": the one who died, no toll)
    tolls = [f.count.best for f in figures if not f.recovered and f.count.best is not None]
    if tolls:
        # "killed nine people ... 'We pulled out the bodies of two children'": the bodies one team recovered are
        # not a lower toll
        figures = [f for f in figures if not (f.recovered and (f.count.best or 0) < max(tolls))]
    # "His brother's wife and their daughter were dead ... three people were killed": those told by who they were are
    # among the toll counted after them
    figures = [f for f in figures if not (f.by_name and f.count.best is not None and any(
        o.start > f.end and o.exact and not o.by_name and (o.count.best or 0) > f.count.best for o in figures))]
    # "killed five civilians ... A fifth person died in hospital": the fifth of those told, no toll of one
    figures = [f for f in figures if f.nth is None or not any(
        o is not f and not o.bare and (o.count.best or 0) >= f.nth for o in figures)] or figures
    at_least = {f.count.low for f in figures if _figure_rank(f) == _FIGURE_RANK["at_least"]}
    if at_least and len(figures) > 1:
        # "killed at least eight people" ... "killing four civilians and four fighters": the same eight counted
        # again; the source's "at least" stands (the range stays open)
        figures = [f for f in figures if not (f.exact and f.count.best in at_least)] or figures
    ranked = sorted(figures, key=_figure_rank, reverse=True)
    top = _figure_rank(ranked[0])
    # Among figures that give a number (exact or "at least"), the one told first: the report's own, before
    # "while the monitor put the toll at ..." (rescuers' "at least 36" before the White Helmets' 35); a toll said
    # to have risen has replaced the others already.
    tier = top if top < _FIGURE_RANK["at_least"] else _FIGURE_RANK["at_least"]
    best_figure = min((f for f in ranked if _figure_rank(f) >= tier), key=lambda f: f.start)
    if len(figures) == 1 or top < 0:
        return best_figure.count, best_figure
    numeric = [f for f in figures if not f.bare]
    if top > _FIGURE_RANK["vague"]:
        # "dozens" beside "more than sixty": the vague word says less than the number, not another toll
        numeric = [f for f in numeric if _figure_rank(f) > _FIGURE_RANK["vague"]]
    low = min(f.count.low for f in numeric if f.count.low is not None)
    exact = [f.count.best for f in numeric if f.exact]
    if exact:
        high = max(exact + [f.count.low for f in numeric if not f.exact and f.count.low is not None])
    elif any(f.count.high is None for f in numeric):
        high = None
    else:
        high = max(f.count.high for f in numeric)
    return Count(low=low, best=best_figure.count.best, high=high), best_figure


# Sides whose "rockets" in Syria are missiles from aircraft or launched from afar ("قصف إسرائيلي بالصواريخ"), never
# a front line's rocket launchers
_STRIKES_FROM_AFAR = frozenset({"israel", "us_coalition"})
_EXPLOSIVES = frozenset({"ied", "car_bomb", "landmine"})
_LAUNCHED = frozenset({"", "fired", "launched", "dropped", "fired two", "fired several", "اطلقت", "اطلق", "القت",
                       "القي"})


# (the name may be followed by its short form: "supported by the Union of Medical Care and Relief Organisations (UOSSM)")
_SUPPORTED_BY = re.compile(r"\b(?:supported|run|funded|backed|operated) by (?:the )?(?:[^,;.()]{3,70} \()?$")
_ANOTHER_SHELL_FELL = re.compile(r"(?:قذيفه|صاروخ|غاره) اخري(?!\w)|\banother (?:shell|rocket|strike)\b")
_ANOTHER_SHELL = re.compile(r"\s+(?:اخري|اخريان|اخريين)(?!\w)")
_AMID_BEFORE = re.compile(r"(?<!\S)(?:وسط|في ظل|تزامنا مع)(?: استمرار| تجدد)? (?:ال)?$"
                          r"|\bamid (?:the )?(?:continuing |ongoing |renewed )?$")
_LAUNCHED_BY = re.compile(r"(?:fired|launched) by(?: \w+)?|(?:اطلقتها|اطلقها)(?: \w+)?")


def _event_type(cues: set[str], first_cue: str | None) -> tuple[str | None, str | None]:
    def sub(name: str) -> tuple[str, str]:
        return SUB_EVENT_PARENT[name], name

    if "chemical" in cues:
        return sub("Chemical weapon")
    if "drone" in cues:
        return sub("Air/drone strike")
    if "suicide" in cues:
        return sub("Suicide bomb")
    if cues & {"car_bomb", "ied"}:
        return sub("Remote explosive/landmine/IED")
    air = "air" in cues
    ground = bool(cues & {"shell", "missile"})
    if air and ground:
        return sub("Air/drone strike" if first_cue == "air" else "Shelling/artillery/missile attack")
    if air:
        return sub("Air/drone strike")
    if ground or "rocket_any" in cues:
        return sub("Shelling/artillery/missile attack")
    if "landmine" in cues or "explosion" in cues:
        return sub("Remote explosive/landmine/IED")
    if "clash" in cues:
        return sub("Armed clash")
    if cues & {"gunfire", "sniper"}:
        return sub("Attack")
    if cues & {"generic", "cluster", "incendiary"}:
        return "Explosions/Remote violence", None
    return None, None


# "مسلحين مجهولين", "unknown gunmen": an attacker whose name is not known, not a teller saying it could not tell
_AN_UNKNOWN_ATTACKER = re.compile(r"مجهول|^(?:unknown|unidentified|of unknown) ")


class Builder:
    """Turns a draft into an IncidentReport with evidence in original-text offsets."""

    def __init__(self, scan: Scan, gazetteer: Gazetteer):
        self.scan = scan
        self.gazetteer = gazetteer
        self.evidence: list[Evidence] = []

    @cached_property  # (built once a document, and for most documents empty)
    def _retractions(self) -> list[Item]:
        return [i for i in self.scan.items if i.category == "cues" and i.value == "retracted"]

    def span(self, field_name: str, start: int, end: int) -> None:
        a, b = self.scan.norm.to_original(start, end)
        self.evidence.append(Evidence(field=field_name, text=self.scan.norm.original[a:b], start=a, end=b))

    def build(self, draft: Draft, defaults: "Defaults", previous_date: dt.date | None) -> IncidentReport:
        self.evidence = []
        clauses = draft.clauses
        report = IncidentReport(role=draft.role)
        self._date(report, draft, defaults, previous_date)
        self._location(report, draft, defaults)
        self._attack(report, clauses, defaults, draft.context, draft.role,
                     draft.places[0].start if draft.places else None, draft.share_of_lead)
        self._casualties(report, clauses, defaults, draft.shared_zero, draft.sequel)
        self._sources(report, clauses + draft.context, defaults)
        report.provisional = any(c.provisional for c in clauses)
        report.evidence = self.evidence
        report.confidence = _confidence(report)
        return report

    def _date(self, report: IncidentReport, draft: Draft, defaults: "Defaults", previous: dt.date | None) -> None:
        lead_day = defaults.date.date if defaults.date is not None and defaults.date.precision == "day" else None
        # "The death toll ... rose to 16 on Thursday ... the strike, which hit the camp late on Wednesday": the day
        # a toll rose gives way to a day told of the attack itself
        attack_day_told = any(mention.date is not None and not said_on(clause, mention.start, self.scan.text)
                              for clause in draft.clauses if "rise" not in clause.cue_values
                              for mention in clause.dates)
        for clause in draft.clauses + draft.context:
            for mention in clause.dates:
                if said_on(clause, mention.start, self.scan.text):
                    continue  # "the Observatory said on Friday": the day it was said, not of the attack
                if mention.precision == "month" and mention.date is not None and any(
                        other.start > mention.start and other.date is not None and other.precision == "day"
                        and (other.date.year, other.date.month) == (mention.date.year, mention.date.month)
                        for told in draft.clauses + draft.context for other in told.dates):
                    continue  # "three attacks ... in May 2019, including a strike ... on 2 May": the day of it
                if not clause.figures and not clause.towns and _quoted(self.scan.text, mention.start):
                    continue  # '"We have counted more than 200 strikes since dawn," said ...': the speaker's today
                if attack_day_told and "rise" in clause.cue_values and clause in draft.clauses:
                    continue
                if any(other.start > mention.start and other.date is not None
                       and _AFTER_THE_ATTACK_ON.search(self.scan.text, max(clause.start, other.start - 50), other.start)
                       for other in clause.dates):
                    continue  # "pulled the bodies ... on Tuesday after an air strike late on Monday": the attack's
                if any(other.start > mention.start and other.date is not None
                       and (_DAYS_ATTACK.match(self.scan.text, other.end)
                            or _COMMITTED_BY.search(self.scan.text, max(clause.start, other.start - 50), other.start)
                            or _WAS_HIT_ON.search(self.scan.text, max(clause.start, other.start - 60), other.start))
                       for other in clause.dates):
                    continue  # "were still pulling bodies on Tuesday ..., where Monday's air strikes killed 39"
                    # (and "شيّع أهالي مدينة بنش اليوم ضحايا المجزرة التي ارتكبتها الطائرات الروسية أمس")
                if self.scan.text[mention.start : mention.end] in _TOLD_WITHOUT_A_DAY and any(
                        other.start >= mention.end and other.date is not None and other.date != mention.date
                        and not said_on(clause, other.start, self.scan.text) for other in clause.dates):
                    continue  # "Overnight Russian strikes ... in the early hours of Thursday": the day it names
                if (draft.role == "background" or ("rise" in clause.cue_values or "aggregate" in clause.cue_values)
                        and mention.date is not None and any(
                            other.start > mention.end and other.date is not None and other.date < mention.date
                            for other in clause.dates)) \
                        and _day_of_the_death(clause, mention):
                    continue  # "توفي اليوم رجل متأثراً بجروح أصيب بها في غارة ... قبل أسبوع": the attack's day follows
                    # (and when his death raises the attack's toll: "..., ليرتفع عدد ضحايا الانفجار إلى ثلاثة")
                hit = next((m for c in draft.clauses if c is not clause and "background" in c.cue_values
                            and (m := _AFTER_IT_WAS_HIT.search(self.scan.text, c.start, c.end)) is not None), None)
                if hit is not None and mention.date is not None and hit.start() > mention.start \
                        and _DAYS_AFTER.get(hit.group(1)) is not None:
                    # "were pulled from the rubble ... on Sunday, a day after it was hit by a barrel bomb": the day it
                    # was hit
                    report.date = mention.date - dt.timedelta(days=_DAYS_AFTER[hit.group(1)])
                    report.date_precision = "day"
                    self.span("date", mention.start, mention.end)
                    return
                if mention.precision == "month" and draft.clauses and clause is not draft.clauses[0] and lead_day \
                        is not None and mention.date is not None and (mention.date.year, mention.date.month) \
                        != (lead_day.year, lead_day.month):
                    continue  # "..., despite a cease-fire deal agreed in Sochi in September 2018": history told
                    # after the attack, whose day the lead gave
                if mention.day_of_previous_month is not None:
                    if previous is None:
                        continue
                    try:  # "كما وثّقت مقتل رجل في الخامس عشر من الشهر ذاته": the month of the attack told before
                        report.date = previous.replace(day=mention.day_of_previous_month)
                    except ValueError:
                        continue
                    report.date_precision = "day"
                elif mention.relative_to_previous and previous is not None:
                    report.date, report.date_precision = previous + dt.timedelta(days=mention.days_from_previous), "day"
                elif mention.relative_to_previous and mention.days_from_previous < 0 and defaults.date is not None \
                        and defaults.date.date is not None and defaults.date.end <= mention.start \
                        and not self.scan.text[defaults.date.end : mention.start].strip(" ,،"):
                    # "were still digging through the rubble on Sunday, a day after Russian warplanes struck ...":
                    # the days before the day just named, in a sentence of no attack of its own
                    report.date = defaults.date.date + dt.timedelta(days=mention.days_from_previous)
                    report.date_precision = "day"
                elif mention.date is not None:
                    report.date = mention.date
                    report.date_precision = mention.precision if mention.precision in ("month", "week") else "day"
                else:
                    continue
                self.span("date", mention.start, mention.end)
                return
        if draft.sequel and previous is not None:
            report.date, report.date_precision = previous, "day"
            return
        if draft.role == "main" and defaults.date is not None and not (
                draft.clauses and defaults.date_told_by not in (None, draft)
                and defaults.date.start > draft.clauses[0].start and defaults.date.date != defaults.reference):
            # (not a day told in a later incident's own sentence, "On Friday, ... fired shells on Suqaylbiyeh", for an
            # incident told before it with no day of its own; an earlier incident's day goes on to those after it,
            # and the report's own day to them all: "وفي وقت لاحق من اليوم")
            report.date = defaults.date.date
            report.date_precision = defaults.date.precision if defaults.date.precision in ("month", "week") else "day"
            self.span("date", defaults.date.start, defaults.date.end)

    def _location(self, report: IncidentReport, draft: Draft, defaults: "Defaults") -> None:
        places = draft.places
        text = self.scan.norm
        pair = False
        if not places:
            region = next((p for c in draft.clauses for p in c.regions), None) or defaults.dateline_town \
                or defaults.closing_tag_town or defaults.region
            if region is None:
                return
            places = [region]
        if len(places) > 1 and places[0].place is not None and all(p.place == places[0].place for p in places):
            places = places[:1]  # "Afrin: ... in the city of Afrin": one place named twice
        elif len(places) > 1 and all(_same_place(p, places[-1], text.text) for p in places[:-1]):
            # "مجزرة في حي الفردوس: ... في حي الفردوس بمدينة حلب": a quarter named alone, then with its city
            places = [max(places, key=lambda p: (p.place is not None, p.end - p.start))]
        elif len(places) == 2 and places[0].place is not None \
                and (_ROAD_BETWEEN.search(text.text, max(0, places[0].start - 40), places[0].start)
                     or places[1].place is not None
                     and _ROAD_OF.search(text.text, max(0, places[0].start - 12), places[0].start)
                     and text.text[places[0].end : places[1].start].strip() in ("-", "–", "—")):
            # "على الطريق الواصل بين بلدة تقاد ومدينة الأتارب", "the road between Taqad and Atarib": on the road, near
            # the first town (the same place however the road is told, so its reports can be found to be one; and
            # when the gazetteer lacks the other end: "الطريق بين بلدتي المزيريب وتل شهاب")
            places = places[:1]
            places[0].near = True
        elif len(places) == 2 and places[0].place is not None and places[1].place is not None \
                and places[0].place.kind == "town" and not _CAMP_WORD.search(text.text, places[0].start, places[0].end) \
                and _NEAR_THE_TOWN.search(text.text, places[0].end, places[1].start):
            places = places[:1]  # "the village of Maar Shamsheh, near Maaret al-Noman": the village, which is known
            # (not "مخيم أهل التح قرب بلدة حربنوش": a camp named after a village is at the town it is near)
        elif len(places) == 2 and places[0].place is not None and places[1].place is not None \
                and places[1].place.kind == "town" and _AREA_AFTER.match(text.text, places[0].end) \
                and places[0].place.admin1 == places[1].place.admin1:
            places = places[1:]  # "impacted the Tal Abyad area, killing two children ... in Suluk town": the town
        elif len(places) >= 2 and places[0].place is not None and places[0].place.kind == "town" \
                and _IN_ITS_AREA.fullmatch(text.text, places[0].end, places[1].start) \
                and places[-1].place is not None and (_AREA_AFTER.match(text.text, places[-1].end) or _AREA_AFTER.search(
                    text.text, places[-1].start, places[-1].end)) \
                and all(p.place is not None and p.place.admin1 == places[0].place.admin1 for p in places[1:]):
            places = places[:1]  # "the village of Muhambal, in Idlib's Jisr al-Shughur district": the village, in
            # the district it is said to be in
        elif len(places) == 2 and places[0].place is not None and places[1].place is not None \
                and places[0].place.kind == places[1].place.kind == "town" \
                and places[0].place.admin1 == places[1].place.admin1 \
                and _A_VILLAGE_OF.match(text.text, places[0].start) \
                and _IN_ITS_AREA.fullmatch(text.text, places[0].end, places[1].start):
            places = places[:1]  # "near the village of Maabatli in Afrin": the village, in the town's area
        elif len(places) == 2 and places[0].place is not None and places[0].place.kind == "town" \
                and (places[1].place.kind == "town" if places[1].place is not None else places[1].level == "town") \
                and _TWO_TOWNS_WORD.match(text.text, places[0].start) \
                and text.text[places[0].end : places[1].start].strip() in ("", "و"):
            pair = True  # "بغارات للطيران الروسي على بلدتي كفرنبل وحاس": one toll over two towns, told at the first
            # (as own99-02 reads it), not at neither; the words name both (the second one the gazetteer may lack:
            # "قريتي الدردارة وتل اللبن")
        if len(places) == 1 and places[0].place is None:
            # "the village of Jarqali, west of Kobani": a village the gazetteer lacks, told by its bearing from a town
            bearing = next((p for c in draft.clauses for p in c.places if p.excluded == "reference"
                            and p.place is not None and p.place.kind == "town" and 0 <= p.start - places[0].end <= 24
                            and _NEAR_THE_TOWN.search(text.text, places[0].end, p.start)), None)
            if bearing is not None:
                places = [places[0], bearing]
        first, last = places[0], places[-1]
        a, b = text.to_original(first.start, last.end)
        location = Location(text=text.original[a:b], country_code=self.gazetteer.country)
        self.span("location", first.start, last.end)
        known = {p.place.admin1 for p in places if p.place is not None and p.place.admin1}
        # "the villages of Tal Tamr ... in the village of Um al-Kaif": the governorate of the places it knows
        admin1 = first.admin1 or (known.pop() if len(known) == 1 else None) \
            or (defaults.region.admin1 if defaults.region else None)
        one = first if len(places) == 1 or pair else None
        if len(places) == 2 and first.place is None and last.place is not None \
                and (_ROAD_BETWEEN.search(text.text, max(0, first.start - 40), first.start)
                     or _NEAR_THE_TOWN.search(text.text, first.end, last.start)
                     or _BELONGS_TO.search(text.text, first.end, last.start)
                     or _IN_THE.search(text.text, first.end, last.start) and _AREA_AFTER.match(text.text, last.end)):
            one = last  # "the Maram camp ... near Kafr Jales", "مخيم ... قرب بلدة ...": a camp the gazetteer lacks,
            one.near = True  # at the town it is said to be near; "قرية تل حبش التابعة لناحية الدرباسية", "the
            # village of Tal Habash in the Darbasiyah countryside": a village it lacks, in the area of a town; "على
            # الطريق الواصل بين بلدتي اليادودة والمزيريب": a road from a village it lacks, near the town it knows
        if one is not None and one.place is not None and one.place.kind != "governorate":
            place = one.place
            # A place without coordinates (an OCHA village) stands at the admin unit above it: precision 2.
            anchor, exact = self.gazetteer.located(place)
            if anchor.kind == "governorate":
                precision = 3
            elif place.kind == "town" and exact and not one.near:
                precision = 1
            else:
                precision = 2
            location = location.model_copy(update=dict(
                name=place.name, name_ar=place.name_ar, admin1=place.admin1 or admin1,
                admin2=place.name if place.kind == "district" else place.admin2,
                latitude=anchor.latitude, longitude=anchor.longitude, place_id=place.place_id,
                geo_precision=precision,
            ))
        else:
            governorate = self.gazetteer.governorate(admin1) if admin1 else None
            if governorate is None and first.place is not None and first.place.kind == "governorate":
                governorate = first.place
            city = self.gazetteer.city_of(governorate) if governorate is not None else None
            if city is not None:
                # "دمشق", "منطقة باب شرقي في دمشق": the governorate of Damascus is the city, the place itself when
                # named, else a part of it
                location = location.model_copy(update=dict(
                    name=city.name, name_ar=city.name_ar, admin1=city.admin1, admin2=city.admin2,
                    latitude=city.latitude, longitude=city.longitude, place_id=city.place_id,
                    geo_precision=1 if first.level == "region" else 2))
            elif governorate is not None:
                location = location.model_copy(update=dict(
                    admin1=governorate.admin1, latitude=governorate.latitude, longitude=governorate.longitude,
                    geo_precision=3,
                    name=governorate.name if first.level == "region" else None,
                    name_ar=governorate.name_ar if first.level == "region" else None,
                    place_id=governorate.place_id if first.level == "region" else None,
                ))
        report.location = location

    def _similar(self, cue: Item) -> bool:
        """'انفجار مماثل', 'a similar attack': the attack is of the kind told before."""
        text = self.scan.text
        return text[cue.end : cue.end + 8].lstrip().startswith("مماثل") \
            or text[max(0, cue.word_start - 9) : cue.word_start].rstrip().endswith("similar")

    def _a_remnant(self, cue: Item) -> bool:
        """The shell or rocket `cue` names is a remnant of earlier fighting ("قذيفة من مخلفات الحرب", "an
        unexploded shell", "a shell left over from the war")."""
        text = self.scan.text
        return _REMNANT_AFTER.match(text, cue.end) is not None \
            or text[max(0, cue.word_start - 12) : cue.word_start].endswith("unexploded ")


    def _own_line_shelling(self, clauses: list[Clause], cues: list[Item]) -> bool:
        """A list line with a shelling word of its own ("- 3 بقصف على بلدة كنصفرة")."""
        text = self.scan.text
        return bool(clauses) and any(c.entry.pattern in _SHELLING_WORDS and not _definite(c, text) for c in cues) \
            and LIST_LINE.match(text, text.rfind("\n", 0, clauses[0].start) + 1) is not None

    @staticmethod
    def _told_before(context_cues: list[Item], position: int) -> list[Item]:
        """The attack words of the last attack told before `position` (a run of them, each near the next)."""
        earlier = [c for c in context_cues if c.start < position and c.value != "generic"]
        run = earlier[-1:]
        for cue in reversed(earlier[:-1]):
            if run[0].word_start - cue.end > 40:
                break
            run.insert(0, cue)
        return run

    def _attack(
        self, report: IncidentReport, clauses: list[Clause], defaults: "Defaults", context: list[Clause],
        role: str = "main", place_start: int | None = None, share_of_lead: bool = False,
    ) -> None:
        # (not what a side denying the attack says it hit: "Damascus says it is targeting militants who shell ...")
        cues = [c for clause in clauses if "denial" not in clause.cue_values for c in clause.cues] \
            or [c for clause in clauses if "denial" not in clause.cue_values or clause.figures or clause.towns
                for c in clause.cues]
        # (nor the fighting a side says it wages, denying the attack: "state media said troops were fighting
        # 'terrorists' and denied targeting civilians" after "Six others were killed in Saraqeb")
        within = [c for c in cues if any(clause.start <= c.start < clause.end for clause in clauses)]
        if any(c.value != "generic" for c in within):
            # "... قتلوا بغارات جوية على بلدة جرجناز، فيما قتل رجل بقصف مدفعي على بلدة تلمنس. وأضاف أن فرقه أسعفت 12
            # مصاباً في جرجناز و9 في تلمنس": a clause of shares carries the attack told last; a town told its own has it
            cues = within
        if any(c.value == "landmine" for c in cues):
            # "انفجار قذيفة من مخلفات الحرب", "an unexploded shell": a remnant that went off, not a shelling
            cues = [c for c in cues if c.value not in ("shell", "rocket_any") or not self._a_remnant(c)]
        # "a cluster bomblet left over from earlier shelling exploded": the shelling it is left from, not the attack
        cues = [c for c in cues if not _LEFT_FROM.search(self.scan.text, max(0, c.word_start - 40), c.word_start)] \
            or cues
        # "U.S. air strikes ... killed nine fighters ... in response to a drone attack on a U.S. base": the attack
        # answered, not this one
        cues = [c for c in cues if not _THE_ATTACK_ANSWERED_BEFORE.search(self.scan.text, max(0, c.word_start - 40),
                                                                          c.word_start)
                # ("Turkey said the strikes targeted 'terrorist' infrastructure after a bombing in Ankara")
                and not (c.entry.pattern == "a bombing"
                         and self.scan.text.endswith("after ", max(0, c.word_start - 6), c.word_start))] or cues
        # "برصاص قناصة قسد ...، وسط استمرار الاشتباكات بين قسد ومقاتلي العشائر": the fighting around, not the attack
        cues = [c for c in cues if not (c.value == "clash" and _AMID_BEFORE.search(
            self.scan.text, max(0, c.word_start - 24), c.word_start))] or cues
        recalled_shelling = role == "background" and any(
            c.entry.pattern in _SHELLING_WORDS and (
                not c.prefix and self.scan.text[max(0, c.word_start - 4) : c.word_start].rstrip().endswith("قد")
                or self.scan.text.startswith(" سابق", c.end))  # "متأثراً بجراحه التي أصيب بها في قصف سابق"
            for c in cues)
        if not [c for c in cues if c.value != "generic"] and not recalled_shelling:
            # (an earlier attack the report recalls, "وكانت قوات النظام قد قصفت ...", is not the one told before
            # it, where "لقصف مماثل", "نتيجة القصف" are)
            cues = cues + [c for clause in context for c in clause.cues]
        if not any(c.value in _KINDS for c in cues):
            # (what kind of attack a cluster munition or a weapon alone was, the context may say: no weapon of its)
            cues = cues + [c for clause in context for c in clause.cues
                           if c.value in _KINDS and c.col(0) in ("", "aircraft")]
        recalled_attack = role == "background" and bool(cues) and all(
            c.value == "generic" and c.entry.pattern in ("attack", "attacks") for c in cues)
        # ("This follows an attack on a hospital in Kafr Nabl on Sunday": an earlier attack of no kind told, not of
        # the kind of the one the report tells)
        likens = any(self._similar(c) for c in cues)
        if not [c for c in cues if c.value != "generic"] and not recalled_shelling and not recalled_attack \
                and not self._own_line_shelling(clauses, cues) and not (likens and role == "background"):
            # (not "- 3 بقصف على بلدة كنصفرة" under "- 2 برصاص مسلحين في مدينة جاسم": each line its own attack)
            inherited = defaults.last_before(defaults.context_cues, clauses[0].start) if clauses else None
            told_again = clauses and inherited is not None \
                and _THE_ATTACK_TOLD_AGAIN.match(self.scan.text, clauses[0].start) is not None
            # ("وأضاف المراسل أن القصف طال أيضاً بلدة الفطيرة": the attack just told, not the lead's)
            cues = cues + ([inherited] if told_again else defaults.cues or ([inherited] if inherited is not None else []))
        own = {id(c) for clause in clauses for c in clause.cues}
        likened = False  # "بقصف مماثل": the kind of attack told before, but not its weapons (the dev set's reading)
        if clauses and any(self._similar(c) for c in cues):
            likened = True
            told = self._told_before(defaults.context_cues, clauses[0].start)
            shelled = [c for c in defaults.context_cues if c.start < clauses[0].start and c.value == "shell"]
            if shelled and not any(c.value == "shell" for c in told) and any(
                    self._similar(c) and c.entry.pattern in _SHELLING_WORDS for c in cues):
                # "... قصف صاروخي ... على مدينة دارة عزة ... استهدفت طائرة مسيّرة سيارة ... بعد أيام من مقتل طفلين بقصف
                # مماثل": a shelling likened to the last shelling told, past the drone's strike
                told = self._told_before(defaults.context_cues, shelled[-1].end)
            cues = cues + told
        if any(c.value == "air" for c in cues):
            cues = [c for c in cues if c.entry.pattern != "bomb"]  # "a warplane dropped a bomb": the plane's
        kinds = {c.value for c in cues}
        if kinds <= {"generic"} and any(c.entry.pattern in _SHELLING_WORDS for c in cues):
            kinds.add("shell")  # "قصف مكثف من قوات النظام" with no word of an air strike: shelling
        if "air" in kinds and ("missile" in kinds or "rocket_any" in kinds and all(
                c.entry.pattern in _BARE_STRIKE[2:] for c in cues if c.value == "air")) \
                and all(c.entry.pattern in _BARE_STRIKE for c in cues if c.value == "air"):
            # "Israeli strike kills two ... when Israeli missiles struck a building": the bare "strike" is the missiles'
            # (so is SANA's "عدوان جوي إسرائيلي بالصواريخ")
            cues = [c for c in cues if c.value != "air"]
            kinds.discard("air")
        first = next((c.value for c in cues if c.value in ("air", "shell", "missile")), None)
        from_the_air = first == "missile" and "shell" not in kinds and any(
            c.value == "air" and c.entry.pattern not in _BARE_STRIKE for c in cues)
        if from_the_air:
            first = "air"  # "the first missile struck ... Activists blamed Russian aircraft": fired from the air
        if place_start is not None and {"air"} < kinds and kinds & {"shell", "missile"} and not (
                from_the_air and kinds - {"generic"} == {"air", "missile"}):
            # (not "the first missile hit the main street of Deir Sunbul ... carried out by Russian jets": the one
            # attack, from the air)
            # "الغارات تزامنت مع قصف مدفعي ... على بلدة النيرب": the attack told right before the town is its own
            told = [c for c in cues if c.value in ("air", "shell", "missile") and c.end <= place_start]
            before = [c for c in told if place_start - c.end < 80]
            # "قصف جوي ومدفعي", "missile strike": one phrase names both; "warplanes fired missiles": the aircraft
            # launched what hit (the phrase's first word may lie further back: a toll's shares told town by town)
            pair = told[-2:] if len(before) == 1 and len(told) > 1 and before[-1] is told[-1] \
                and {c.value for c in told[-2:]} == {"air", "shell"} else before[-2:]
            joint = len(pair) > 1 and re.sub(r"^\w+", "", self.scan.text[pair[-2].end : pair[-1].word_start]) \
                .strip() in _LAUNCHED  # (past the rest of a word the lexicon matched by its stem: "warplane|s")
            first = before[-1].value if before and not joint else first
        if first == "air" and kinds == {"air", "missile"} and any(
                missile.value == "missile" and plane.value == "air" and 0 < plane.start - missile.end < 40
                and _LAUNCHED_BY.fullmatch(re.sub(r"^\w+", "", self.scan.text[missile.end : plane.word_start]).strip())
                for missile in cues for plane in cues):
            first = "missile"  # "the missiles fired by Israeli jets": what was told hitting is the missiles'
        report.event_type, report.sub_event_type = _event_type(kinds, first)
        if "clash" in kinds and "air" not in kinds and kinds & {"shell", "missile"} and any(
                c.value == "clash" and c.entry.pattern.startswith(("ambush", "كمين", "بكمين")) for c in cues):
            # "militants ambushed a bus ..., fired rockets at the bus before opening fire with machine guns": an
            # ambush, whatever its fighters fired
            report.event_type, report.sub_event_type = _event_type({"clash"}, None)
        weapons: list[str] = []
        air_context = "air" in kinds and not (kinds & {"shell", "missile"}) or not (kinds & {"shell"}) and any(
            i.value in _STRIKES_FROM_AFAR for clause in clauses for i in clause.of("actors"))
        actors_end: set[int] | None = None
        for cue in cues:
            weapon = cue.col(0)
            if likened and id(cue) not in own and cue.value not in _EXPLOSIVES:
                continue  # (an explosion "مماثل" is of the same device: the device is its kind)
            if cue.value == "rocket_any":
                weapon = "missile" if air_context else "rocket"
                if any(c.value == "missile" and 0 <= c.word_start - cue.end <= 1 for c in cues):
                    continue  # "بصاروخ أرض-أرض": the rocket word names the missile that follows
            if cue.entry.pattern in ("shells", "shell"):
                if any(c.col(0) and 0 <= cue.word_start - c.end <= 1 for c in cues if c is not cue):
                    continue  # "mortar shells": the shells of the weapon just named
                if actors_end is None:
                    actors_end = {i.end for clause in clauses for i in clause.of("actors")}
                if not _SHELLS_DID.match(self.scan.text, cue.end) and any(
                        0 < cue.word_start - end <= 1 or 0 < cue.word_start - end <= 12
                        and _SIDES_PEOPLE.fullmatch(self.scan.text, end, cue.word_start) for end in actors_end):
                    weapon = None  # "Assad regime shells Ariha with rockets": the verb, not artillery shells
                    # (and "regime forces shell #Kansafra")
            if weapon == "rocket" and cue.value == "shell" and (sides := {
                    i.value for clause in clauses for i in clause.of("actors")}) and sides <= _STRIKES_FROM_AFAR:
                weapon = "missile"  # "القصف الصاروخي الإسرائيلي": Israel's rocket fire is missiles from afar
            if weapon == "artillery" and cue.value == "shell" and _ANOTHER_SHELL.match(self.scan.text, cue.end):
                # "في حين سقطت قذيفة أخرى على أطراف مدينة عفرين" after mortar shells: another of those shells
                told = next((i for i in reversed(self.scan.items) if i.end <= cue.word_start
                             and i.category == "attack" and i.value == "shell" and i.col(0)), None)
                weapon = told.col(0) if told is not None else weapon
            if weapon and cue.entry.pattern in _GUNMEN and any(
                    (c.col(0) or c.value == "explosion") and c.entry.pattern not in _GUNMEN for c in cues):
                # (and "Gunmen threw a hand grenade at a house": the grenade, not guns)
                continue  # "اغتال مسلحون مجهولون القيادي ... بعبوة ناسفة": the gunmen's bomb, not their guns
            if weapon and weapon not in weapons:
                weapons.append(weapon)
                self.span("weapons", cue.word_start, cue.end)
        report.weapons = sorted(weapons, key=WEAPONS_BY_SPECIFICITY.index)
        if report.sub_event_type:
            cue = next((c for c in cues if c.value != "generic"), None)
            if cue is not None:
                self.span("event_type", cue.word_start, cue.end)
        targets: list[str] = []
        for clause in clauses:
            if "denial" in clause.cue_values and not clause.figures:
                continue  # "It denies accounts that its warplanes target market places, medical centres ...": not hit
                # (but "denied that its aircraft had struck a market ..., where rescuers said 12 people were killed":
                # what was hit, told with its toll; only who hit it is denied)
            moved = next((i.start for i in clause.items if i.category == "places" and i.value == "exclude"
                          and i.col(0) == "transfer"), None)
            effect = next((i.start for i in clause.items if i.category == "places" and i.value == "exclude"
                           and i.col(0) == "effect"), None)
            shot = any(c.value in ("gunfire", "sniper") for c in clause.cues)
            fired = next((i.end for i in clause.items if i.category == "places" and i.value == "exclude"
                          and i.col(0) == "firing_position"), None)
            for item in clause.of("targets"):
                if item.value in ("medical", "school", "mosque") \
                        and _A_STREET_NAMED_AFTER.search(self.scan.text, max(0, item.word_start - 8), item.word_start):
                    continue  # "في شارع المشفى الوطني": a street named after the hospital (but "شارع السوق" is a market)
                if item.value == "farmland" and _a_farmer_counted(clause, item):
                    continue  # "توفي مزارع بانفجار لغم": a farmer (مزارع), not farms (مزارع)
                if clause.share_span is not None and not (item.start < clause.share_span[0]
                                                          or clause.share_span[1] <= item.start < clause.share_span[2]):
                    continue  # what another town's share tells was hit there
                if fired is not None and 0 <= item.start - fired <= 40 \
                        and not any(mark in self.scan.text[fired : item.start] for mark in ",،;") \
                        and not ON_WHAT_WAS_HIT.search(self.scan.text, fired, item.start) \
                        and not WHILE_DOING.search(self.scan.text, fired, item.start) and not any(
                        fired <= i.start < item.start and (i.category == "attack" or i.category == "places"
                                                           and i.value == "target") for i in clause.items):
                    continue  # "The shelling came from regime positions in Jurin camp": where it was fired from
                if moved is not None and item.start > moved and item.value == "medical":
                    continue  # "نقلت المصابة من مستشفى سرمين إلى ...": where the wounded went
                if item.value in ("residential", "medical", "public_building") and _NEAR_HOME.search(
                        self.scan.text, max(0, item.word_start - 20), item.word_start) and (shot or any(
                            t.value == "vehicle" and 0 <= item.word_start - t.end <= 6 for t in clause.of("targets"))):
                    continue  # "shot dead near his home", "outside his clinic": where he was, not what was hit
                    # (and "عبوة ناسفة زُرعت في سيارته أمام منزله": where his car stood)
                if item.value != "vehicle" and _NEAR_WHERE_IT_WAS.search(self.scan.text, max(0, item.word_start - 30),
                                                                           item.word_start) \
                        and any(t.value == "vehicle" and 0 <= item.word_start - t.end <= 30
                                and _HIT_THE.search(self.scan.text, max(0, t.word_start - 14), t.word_start)
                                for t in clause.of("targets")):
                    continue  # "a Turkish drone strike targets a car near #Qamishlo airport": where the car was
                if shot and _LEAVING.search(self.scan.text, max(0, item.word_start - 24), item.word_start):
                    continue  # "shot dead ... as he left a mosque after evening prayers"
                if effect is not None and item.start > effect:
                    continue  # "cutting water to 460,000 people in Al-Hasakah city and surrounding camps"
                if item.value == "medical" and (_SOURCE_AT.search(self.scan.text, max(0, item.word_start - 40),
                                                                   item.word_start)
                                                or _ITS_STAFF_AFTER.match(self.scan.text, item.end)):
                    continue  # "قال مصدر طبي في مشفى الباب", "a doctor at the hospital": where the source works (and
                    # "Dr Mohammed Khalil, the hospital's director, told Al Jazeera")
                if item.value == "medical" and _CARED_FOR_IN.search(self.scan.text, max(0, item.word_start - 30),
                                                                     item.word_start):
                    continue  # "three of the wounded died in hospital", "taken to a hospital": not what was hit
                if _SEIZED_BEFORE.search(self.scan.text, max(0, item.word_start - 30), item.word_start):
                    continue  # "farmers protesting the seizure of their olive groves": taken, not hit
                if item.value == "medical" and _RECEIVING_LINE.search(self.scan.text, max(0, item.word_start - 80),
                                                                      item.word_start):
                    continue  # "المشافي المستقبلة: مشفى جسر الشغور الوطني، مشفى دركوش": where the wounded went
                if _A_QUARTER_NAMED.search(self.scan.text, max(0, item.word_start - 4), item.word_start):
                    continue  # "على حي المشفى في مدينة تل رفعت": a quarter's name, not a hospital hit
                if item.value == "medical" and (_RECEIVED_THE_WOUNDED.match(self.scan.text, item.end)
                                                or _RECEIVED_BY_IT_AR.match(self.scan.text, item.end)
                                                or _SUPPORTED_RECEIVED_AR.match(self.scan.text, item.end)
                                                or _IT_RECEIVED_AR.search(self.scan.text, max(0, item.word_start - 10),
                                                                          item.word_start)):
                    continue  # "The hospital in Atmeh received 26 wounded": where they were cared for
                if item.entry.pattern.startswith(("فرق", "the rescuers", "rescuers", "first responders")) \
                        and not _struck(clause, item, self.scan.text):
                    continue  # "وفرق الدفاع المدني تفقدت المكان": the rescuers at work, not what was hit
                if item.value == "medical" and _BROUGHT_TO.search(self.scan.text, max(clause.start, item.word_start - 60),
                                                                   item.word_start):
                    continue  # "وصول جثتي طفلين وأربعة جرحى إلى المشفى": where the victims were brought
                if item.value == "infrastructure" and _CROSSING.search(self.scan.text, max(clause.start,
                                                                                item.word_start - 40), item.word_start):
                    continue
                if _TOWARDS.search(self.scan.text, max(clause.start, item.word_start - 32), item.word_start) \
                        or item.value != "vehicle" and _TRAVELLING.search(  # (but "driving a truck": theirs, hit)
                            self.scan.text, max(clause.start, item.word_start - 32), item.word_start):
                    continue  # "أثناء توجه الأطفال إلى المدرسة": where people were going, not what was hit
                if _PASSING_BY.search(self.scan.text, max(clause.start, item.word_start - 50), item.word_start):
                    continue  # "أثناء مروره على دراجته النارية قرب الجامع العمري": where he passed when shot
                if _LIVED_IN.search(self.scan.text, max(clause.start, item.word_start - 24), item.word_start):
                    continue  # "ومقيم في مخيم للنازحين قرب الأتارب، قضى جراء قصف": where the victim lived
                if _WORKERS_AT_BEFORE.search(self.scan.text, max(clause.start, item.word_start - 16), item.word_start) \
                        and any(other.value not in ("-", item.value) and other.start > item.end
                                for other in clause.of("targets")):
                    continue  # "قُتل 12 عاملاً في حقول النفط ... بهجوم على حافلة كانت تقلهم": where they worked
                if _ON_THEIR_WAY_AFTER.match(self.scan.text, item.end):
                    continue  # "ambulances on the way": help coming, not what was hit
                if item.value == "vehicle" and _A_BASE_AFTER.match(self.scan.text, item.end):
                    continue  # "the army's vehicle base" in Harasta: a base named for its vehicles
                if _HOME_TO.match(self.scan.text, item.end) and item.entry.pattern in ("home", "homes"):
                    continue  # "the camp, home to thousands of displaced people": a description, not what was hit
                if any(0 <= item.word_start - source.end <= 40 and _SPEAKERS_PLACE.match(
                        self.scan.text, source.end, item.word_start) for source in clause.of("sources")) \
                        and not _ONE_OF_ITS.search(self.scan.text, max(0, item.word_start - 16), item.word_start):
                    continue  # "said Dr. Ahmad at the town's hospital": where the one speaking works
                if item.entry.pattern in _ROADS and not any(
                        c.end <= item.word_start and _ROAD_STRUCK.fullmatch(self.scan.text, c.end, item.word_start)
                        and c.entry.pattern not in _GUNMEN for c in clause.cues):
                    continue  # "استهدفوهما على الطريق الواصل بين ...": where they were; "قصفت الطريق" hits it
                if item.value == "vehicle" and (self.scan.text[max(0, item.word_start - 14) : item.word_start]
                                                .rstrip().endswith(_CARRIED_IN)
                                                or _PLANTED_IN.search(self.scan.text, max(0, item.word_start - 30),
                                                                      item.word_start)
                                                or _ATTACHED_TO.search(self.scan.text, max(0, item.word_start - 30),
                                                                       item.word_start)
                                                or _PLANTED_ON.search(self.scan.text, max(0, item.word_start - 30),
                                                                      item.word_start)
                                                and _CARRIERS.match(self.scan.text, item.word_start)
                                                or _RIDDEN_BY_ATTACKERS.search(self.scan.text,
                                                                               max(0, item.word_start - 30),
                                                                               item.word_start)
                                                or _LOADED_ONTO.search(self.scan.text, max(0, item.word_start - 60),
                                                                       item.word_start)):
                    continue  # "عبوة ناسفة مزروعة في دراجة نارية": what carried the bomb, not what it hit
                if _WHOSE.search(self.scan.text, max(0, item.word_start - 16), item.word_start) \
                        and not _WAS_HIT_AFTER.match(self.scan.text, item.end):
                    continue  # "said Umm Ahmad, a resident whose home is near the market": the speaker's, not hit
                    # (but "two paramedics whose ambulance was hit": theirs, hit)
                if _PLANTED_NEAR.search(self.scan.text, max(0, item.word_start - 40), item.word_start) \
                        or item.value == "residential" and _KILLED_OUTSIDE.search(self.scan.text,
                                                                                 max(0, item.word_start - 100),
                                                                                 item.word_start) \
                        or _SHOT_OUTSIDE.search(self.scan.text, max(0, item.word_start - 100), item.word_start):
                    continue  # "عبوة ناسفة زُرعت بالقرب من منزله", "a bomb planted near a man's home": where it was
                if item.value not in targets and item.value != "-":  # ("مبنى الأمن العسكري": no target of ours)
                    targets.append(item.value)
                    self.span("targets", item.word_start, item.end)
        if "vehicle" in targets and "infrastructure" in targets and not any(
                i.value == "infrastructure" and i.entry.pattern not in _ROADS for c in clauses for i in c.of("targets")):
            targets.remove("infrastructure")  # "سيارة مدنية على طريق بلدة كفرنوران": where the car was, not a target
        if "civil_defence" not in targets and any(
                source.value == "Syrian Civil Defence" and clause._victims_named(source)
                and sum(i.category == "casualty" and i.col(0) == "person" and i.entry.pattern not in _OTHERS
                        for i in clause.items) == 1
                and any(not f.bare for f in clause.figures)  # (not "متطوعين في الخوذ البيضاء ينتشلون ضحايا")
                for clause in clauses for source in clause.of("sources")):
            # "أصيب ثلاثة عناصر من الدفاع المدني جراء استهداف سيارة إسعاف": its team hit (not "ستة مدنيين، بينهم متطوع
            # في الدفاع المدني": one of the victims)
            targets.append("civil_defence")
        if "civil_defence" not in targets and any(
                source.value == "Syrian Civil Defence"
                and _OF_THE_RESCUERS_BEFORE.search(self.scan.text, max(0, source.word_start - 10), source.word_start)
                and any(i.category == "targets" and i.value in ("vehicle", "medical") and i.end <= source.word_start
                        and source.word_start - i.end <= 12 for i in clause.items)
                for clause in clauses for source in clause.of("sources")):
            targets.append("civil_defence")  # "سيارة إسعاف تابعة للدفاع المدني السوري": the rescuers' own, hit
        report.targets = self._as_corrected(targets)
        # (a sentence of its own may say who: nobody knows ("The perpetrator is unknown."), or a side is blamed)
        # ("The monitor said 16 people were killed and blamed government forces": a toll's sentence may blame)
        said_by = [(clause, item) for clause in clauses for item in clause.of("actors")
                   if item.value != "-" and (clause.cues or not clause.figures or _blamed(clause, item))
                   and (clause.cues and _names_its_attacker(clause) or item.value == "unknown" or _blamed(clause, item)
                        or _claimed(clause, item))
                   and not _among_the_victims(clause, item, self.scan.text)
                   and not _PARTY_TO_AN_AGREEMENT.search(self.scan.text, max(0, item.word_start - 60), item.word_start)
                   and not _side_of_the_fighting_fled(self.scan.text, item)
                   # (nor the side that blames another: "No group claimed the attack, but HTS blamed Islamic State")
                   # (in English the one blaming stands before the word; "بالوقوف وراء" follows the side blamed)
                   and not any(i.category == "cues" and i.value == "accusation" and i.entry.pattern.isascii()
                               and 0 <= i.word_start - item.end <= 1 for i in clause.items)
                   and not (_WORDS_NOT_DEEDS_AFTER.match(self.scan.text, item.end)
                            # (but "Russia's defence ministry said its aircraft had destroyed ...": its own strike)
                            and not _ITS_OWN_STRIKE_TOLD.match(self.scan.text, item.end))
                   and not _patron(clause, item)
                   and not _advancing_meanwhile(self.scan.text, item)
                   and not _tells_territory(clause, self.scan.text)
                   and not _a_side_of_the_scene(self.scan.text, item)
                   # (nor the side of the attack answered: "the strikes are retaliation for a bombing in Istanbul,
                   # which it blames on Kurdish militants")
                   and not _RETALIATION_FOR.search(self.scan.text, clause.start, item.word_start)
                   # (nor sides that blame each other: "وسط اتهامات متبادلة بين الفصائل ووحدات حماية الشعب")
                   and not _MUTUAL_BLAME_BEFORE.search(self.scan.text, max(clause.start, item.word_start - 60),
                                                       item.word_start)
                   # (nor the side fought back: "ISIS fighters attacked the prison, sparking clashes with SDF forces")
                   and not _CLASHES_WITH.search(self.scan.text, max(clause.start, item.word_start - 40), item.word_start)
                   # (nor the side the attack moved to answer: "..., prompting Turkish artillery to pound villages")
                   and not _PROMPTING.search(self.scan.text, max(clause.start, item.word_start - 40), item.word_start)
                   and not _WORDS_NOT_DEEDS_BEFORE.search(self.scan.text, max(0, item.word_start - 16), item.word_start)
                   and not _flying_over(clause, item) and not _the_sides_name_for(clause, item, self.scan)
                   # (not the side whose own post it is: "الجيش الوطني السوري: مقتل 3 من مقاتلينا بقصف لقسد")
                   and not (defaults.speaker is not None and item.start == defaults.speaker.start)]
        if any("retracted" in clause.cue_values for clause, _ in said_by) \
                and any("retracted" not in clause.cue_values for clause, _ in said_by):
            # "An earlier version of this article incorrectly said the strike was carried out by Russian jets. ... it
            # was a Syrian government helicopter": the side a correction takes back
            said_by = [(clause, item) for clause, item in said_by if "retracted" not in clause.cue_values]
        traded = [c for c in clauses
                  if "exchange" in c.cue_values or _TRADED_FIRE.search(self.scan.text, c.start, c.end)]
        if traded and (any(c.cues and c not in traded for c in clauses)
                       or len({item.value for clause, item in said_by if clause in traded}) > 1):
            # "Turkish-backed factions and the SDF traded artillery fire around Tal Rifaat. A shell hit a house in the
            # town, ...": the sides trading fire are not said to have fired the shell the incident tells of (nor in
            # one clause, two sides named: "... exchanged artillery fire near Manbij overnight; a shell killed a
            # shepherd")
            said_by = [(clause, item) for clause, item in said_by if clause not in traded]
        # "وتبادلت تركيا وقوات سوريا الديمقراطية الاتهامات بالمسؤولية عن التفجير": each blames the other; neither is
        # reported as the attacker
        if said_by:
            blamed_each_other = {id(c) for c in clauses if _TRADED_BLAME.search(self.scan.text, c.start, c.end)}
            said_by = [(clause, item) for clause, item in said_by if id(clause) not in blamed_each_other]
        unknown_in = [clause for clause, item in said_by if item.value == "unknown"]
        if unknown_in and any(item.value == "unknown" and _NOT_PRECISELY.match(self.scan.text, item.end)
                              for _, item in said_by):
            # "القذيفة مصدرها مواقع قوات النظام ..., ولم تُعرف الجهة التي أطلقتها بشكل دقيق": the side named is
            # reported, only not for certain
            unknown_in = []
        if unknown_in:
            # "it was not clear who was behind the blast": a side named elsewhere in the report (whose city it
            # was, who threatened an offensive) is not made the attacker; one said to be the likely one
            # ("مجهولة الهوية، ويُرجح أنها روسية") or blamed for it is
            said_by = [(clause, item) for clause, item in said_by
                       if item.value == "unknown" or _hedged(clause, item) or _blamed(clause, item)]
        actors = [item for _, item in said_by]
        # Only the incident's own sentences (or a grouped sentence naming its town) say who attacked it: a lead
        # that blames one party for a whole region is not repeated onto each town.
        actors = actors or [item for clause in context for item in clause.of("actors") if item.value != "-"
                            # (nor the sides a sentence before says traded fire: "... traded artillery fire around Tal
                            # Rifaat and Marea. A woman was killed when a shell hit her home in Marea")
                            and not (_TRADED_FIRE.search(self.scan.text, clause.start, clause.end)
                                     and len({i.value for i in clause.of("actors")} - {"-"}) > 1)] \
            or (defaults.lead_actors if share_of_lead else []) or self._the_same_subject(clauses, defaults) \
            or self._the_same_forces(clauses) or _side_of_the_positions(clauses) \
            or _side_of_the_ground_fired_from(clauses, self.scan.text) \
            or self._the_sentence_heading(clauses, defaults) or self._the_counted_tolls_attackers(clauses, defaults) \
            or self._the_sentence_going_on(clauses, defaults) or self._the_teller_of_its_own_strike(clauses)
        if actors:
            named = list(dict.fromkeys(a.value for a in actors))
            if "armed_opposition" in named and "sna" not in named and all(
                    isinstance(a, Item) and a.entry.pattern in ("rebels", "the rebels", "factions", "the factions")
                    and self.scan.text.endswith("the ", 0, a.word_start) and any(
                        i.category == "actors" and i.value == "sna" and i.end <= a.word_start
                        and i.entry.pattern.endswith(("rebels", "rebel", "factions"))
                        for i in self.scan.items)
                    for a in actors if a.value == "armed_opposition"):
                # "Turkish-backed Syrian rebels shelled Tal Tamr ... The SDF also accused the rebels of attacking
                # villages near Abu Rasin": the rebels told before, by their name alone
                named = [("sna" if value == "armed_opposition" else value) for value in named]
            if len(named) > 1 and "unknown" in named:
                named.remove("unknown")  # "مجهولة الهوية، ويُرجح أنها روسية": reported as Russian
            report.perpetrator = named
            # (the words of the side reported, not "Unidentified jets" before "believed to be Israeli")
            first = next((actor for actor in actors if actor.value in named), actors[0])
            a, b = self.scan.norm.to_original(first.word_start, first.end)
            report.perpetrator_text = self.scan.norm.original[a:b]
            for actor in actors:
                self.span("perpetrator", actor.word_start, actor.end)

    def _the_teller_of_its_own_strike(self, clauses: list[Clause]) -> list[_Side]:
        """'U.S. Central Command said its forces conducted a strike ... that killed a senior leader': a party that
        tells of its own strike (its side in the sources lexicon's third column)."""
        for clause in clauses:
            for source in clause.of("sources"):
                if source.col(0) and _SAID_ITS_FORCES_STRUCK.match(self.scan.text, source.end):
                    return [_Side(source.col(0), source.word_start, source.end)]
            # "زعمت وزارة الدفاع الروسية أن طائراتها استهدفت ...": the ministry's side, named after it
            for actor in clause.of("actors"):
                if actor.value not in ("-", "unknown") and _ITS_OWN_STRIKE_TOLD_AR.match(self.scan.text, actor.end) \
                        and any(s.end <= actor.word_start and not self.scan.text[s.end : actor.word_start].strip()
                                for s in clause.of("sources")):
                    return [actor]
        return []

    def _the_sentence_going_on(self, clauses: list[Clause], defaults: "Defaults") -> list[Item]:
        """'Two people were killed in government shelling on Binnish on Sunday, while four were wounded in Nayrab': a
        clause that goes on the sentence with a toll in another town, naming no attack of its own, has the attackers
        the sentence named."""
        if not clauses or clauses[0].cues or not clauses[0].figures \
                or not WHILE_ANOTHER_TOWN.match(self.scan.text, clauses[0].start):
            return []
        start = defaults.sentence_start(clauses[0])
        return [i for i in self.scan.items if start <= i.start < clauses[0].start and i.category == "actors"
                and i.value not in ("-", "unknown")]

    def _the_counted_tolls_attackers(self, clauses: list[Clause], defaults: "Defaults") -> list[Item]:
        """'Government air strikes on Ariha killed four people on Tuesday and three more on Wednesday': a clause that
        goes on counting the toll of its sentence has that sentence's attackers."""
        if not clauses or not clauses[0].continues_toll or not _MORE_ON_ANOTHER_DAY.match(self.scan.text,
                                                                                         clauses[0].start):
            return []
        start = defaults.sentence_start(clauses[0])
        return [i for i in self.scan.items if start <= i.start < clauses[0].start and i.category == "actors"
                and i.value not in ("-", "unknown")]

    def _the_sentence_heading(self, clauses: list[Clause], defaults: "Defaults") -> list[Item]:
        """'Russian warplanes struck Idlib's western countryside on Saturday: a morning raid on ... killed two
        workers, and an evening strike on a house in nearby Bdama wounded ...': the attackers of a heading before a
        colon in the sentence are those of each attack it lists."""
        if not clauses:
            return []
        start, text = defaults.sentence_start(clauses[0]), self.scan.text
        colon = text.find(":", start, clauses[0].start)
        if colon == -1 and text.startswith("حيث", clauses[0].start):
            colon = clauses[0].start  # "رصد المرصد تصعيداً جديداً من قبل قوات النظام ...، حيث قُتل طفلان ..."
        if colon == -1 or start == clauses[0].start:
            return []
        heading = [item for item in self.scan.items if start <= item.start < colon]
        if not any(item.category == "attack" for item in heading) \
                and not _AN_ESCALATION_BY.search(text, start, colon):
            return []
        return [item for item in heading if item.category == "actors" and item.value not in ("-", "unknown")]

    def _the_same_forces(self, clauses: list[Clause]) -> list[Item]:
        """'killed by the same forces' shelling', 'بقصف القوات ذاتها': the attackers last named before in the report."""
        if not clauses or not (any(_THE_SAME_FORCES.search(self.scan.text, c.start, c.end) for c in clauses)
                               or _THE_ATTACK_TOLD_AGAIN.match(self.scan.text, clauses[0].start)):
            return []
        earlier = [item for item in self.scan.items if item.category == "actors"
                   and item.value not in ("-", "unknown") and item.start < clauses[0].start]
        if earlier and not any(_THE_SAME_FORCES.search(self.scan.text, c.start, c.end) for c in clauses):
            attacks = [i for i in self.scan.items if i.category == "attack" and i.value != "generic"
                       and earlier[-1].end <= i.start < clauses[0].start]
            if attacks and any(i.category == "cues" and i.value == "clause_break"
                               and earlier[-1].end <= i.start < attacks[-1].start for i in self.scan.items):
                return []  # "... بغارة روسية على بلدة البارة، فيما قُتل مدنيان بقصف مدفعي على قرية كنصفرة. وأضاف أن
                # القصف طال أيضاً ...": the attack told last named no side (the one before it did)
        told = earlier[-1:]
        for item in reversed(earlier[:-1]):
            if _SENTENCE_END.search(self.scan.text, item.end, told[0].start):
                break
            told.insert(0, item)  # "Russian and Syrian government warplanes": both, in the one sentence
        return told

    def _the_same_subject(self, clauses: list[Clause], defaults: "Defaults") -> list[Item]:
        """'جراء استهداف قوات النظام بطائرة مسيّرة سيارة ...، فيما استهدفت بصاروخ موجه دراجة نارية': a clause whose
        verb of attack has no subject of its own goes on with the attacker its sentence named just before."""
        if clauses and self.scan.text.endswith("and ", 0, clauses[0].start) \
                and _SAME_SUBJECT_VERB_EN.match(self.scan.text, clauses[0].start):
            # "Russian aircraft struck the towns of Kafr Ruma and Hass on January 15, ..., and hit a camp for
            # displaced people near Atmeh on January 17": the side right before its attack word, as the subject
            start, items = defaults.sentence_start(clauses[0]), self.scan.items
            return [actor for index, actor in enumerate(items)
                    if actor.category == "actors" and actor.value not in ("-", "unknown")
                    and start <= actor.start < clauses[0].start and index + 1 < len(items)
                    and items[index + 1].category == "attack" and self.scan.gap(actor, items[index + 1]) == 0]
        if not clauses or not _SAME_SUBJECT.match(self.scan.text, clauses[0].start):
            return []
        start, items = defaults.sentence_start(clauses[0]), self.scan.items
        return [actor for index, actor in enumerate(items)
                if actor.category == "actors" and actor.value not in ("-", "unknown")
                and start <= actor.start < clauses[0].start and index
                and (items[index - 1].category == "attack" and self.scan.gap(items[index - 1], actor) == 0
                     # (the side right after its attack word, or after
                     # "من قبل": "استمرار القصف البري من قبل قوات النظام ... كما استهدفت بالرشاشات الثقيلة ...")
                     or index > 1 and items[index - 1].category == "time" and items[index - 2].category == "attack"
                     and self.scan.text[items[index - 2].end : actor.word_start].strip().endswith("من قبل")
                     and actor.word_start - items[index - 2].end <= 16)]

    def _without_superseded(self, clauses: list[Clause], figures: list[Figure]) -> list[Figure]:
        """'Initial reports: 8 dead, dozens wounded ... Local sources now say 11 dead': a first account's figure gives
        way to a later one of the same outcome said to be the toll now (or risen)."""
        updates = [clause for clause in clauses if clause.figures and (
            "rise" in clause.cue_values or _NOW.search(self.scan.text, clause.start, clause.end))]
        superseded = {id(figure) for clause in clauses if "initial" in clause.cue_values for figure in clause.figures
                      if any(update.start > clause.start and any(f.outcome == figure.outcome for f in update.figures)
                             for update in updates)}
        return [figure for figure in figures if id(figure) not in superseded]

    def _casualties(self, report: IncidentReport, clauses: list[Clause], defaults: "Defaults",
                    shared_zero: Item | None = None, sequel: bool = False) -> None:
        # (not the figures a correction takes back: "An earlier version of this story said seven were killed")
        figures = [f for clause in clauses if "retracted" not in clause.cue_values for f in clause.figures]
        if any("initial" in clause.cue_values for clause in clauses):
            figures = self._without_superseded(clauses, figures)
        if sequel:
            # "عاودت قصف المنطقة ... وانتشلت الفرق جثث الضحايا": after a second attack on the place, the bodies of
            # "the victims" are those of the attacks told, not a toll of the second
            figures = [f for f in figures if not (f.recovered and f.bare)]
        listed = self._listed_victims(clauses, figures)
        if listed is not None:
            figures = [f for f in figures if f is not listed[0]] + [listed[1]]
        figures = self._with_the_others_added(clauses, figures)
        figures = self._received_by_each_hospital(figures)
        # ("at least 60 people were wounded ... Her son was wounded in the leg": one of those counted before, told
        # again, her kind no share of theirs)
        figures = [f for f in figures if not (f.by_name and f.count.best is not None and not f.nth and not f.updated
                                              and not any(o.updated for o in figures) and any(
            o.outcome == f.outcome and o.end <= f.start and not o.by_name and not o.bare
            and (o.count.low or 0) > f.count.best and _SENTENCE_END.search(self.scan.text, o.end, f.start)
            for o in figures))]
        by_outcome: dict[str, list[Figure]] = {}
        for figure in figures:
            by_outcome.setdefault(figure.outcome, []).append(figure)
        for outcome in ("killed", "injured"):
            told = by_outcome.get(outcome, [])
            ranked = next((f for f in told if f.nth and any(o is not f and o.count.best == o.count.high == f.nth - 1
                                                              for o in told)), None)
            if ranked is not None:
                # "killing three people ... A fourth victim, a 12-year-old boy, died of his wounds": the toll is four
                total = Count(low=ranked.nth, best=ranked.nth, high=ranked.nth)
                by_outcome[outcome] = [replace(ranked, count=total)] + [
                    o for o in told if o is not ranked and o.count.best != ranked.nth - 1]
        for outcome, field_name in (("killed", "killed"), ("injured", "injured"), ("both", "killed_or_injured")):
            count, chosen = combine(by_outcome.get(outcome, []))
            if count is None:
                continue
            setattr(report, field_name, count)
            for figure in by_outcome[outcome]:
                self.span(field_name, figure.start, figure.end)
            if outcome != "both" and chosen is not None:
                # another figure's kinds, but not its zeros when it counts fewer ("توفي شاب ..., لترتفع الحصيلة إلى
                # ثلاثة": no child among the one, not among the three)
                # (one that counts as many first, then a breakdown of the toll told: "ارتفع إلى 6 ... بعد وفاة رجل
                # وطفلة ..., والضحايا هم: 3 أطفال وسيدتان ورجل" are the six's kinds, not the two's)
                def borrowed(kind: str) -> int | None:
                    ranked = sorted(by_outcome[outcome], key=lambda f: (f.count.best != chosen.count.best, not f.bare))
                    return next((getattr(f, kind) for f in ranked if getattr(f, kind) is not None
                                 and (getattr(f, kind) > 0 or f.count.best == chosen.count.best)), None)
                children = chosen.children if chosen.children is not None else borrowed("children")
                women = chosen.women if chosen.women is not None else borrowed("women")
                if any(f.nth and f.nth == chosen.count.best == chosen.count.high and f.children == f.count.best == 1
                       for f in by_outcome[outcome]):
                    children = chosen.count.best  # "A third child has died ..., bringing the death toll to three"
                setattr(report, f"{outcome}_children", children)
                setattr(report, f"{outcome}_women", women)
        self._share_of_the_toll(report, clauses)
        # (not the zero of another shell the clause tells: "..., فيما سقطت قذيفة أخرى في محيط دوار السنتر دون إصابات")
        zero = next((c.zero for c in clauses if c.zero is not None
                     and not (c is not clauses[0] and _ANOTHER_SHELL_FELL.search(self.scan.text, c.start, c.zero.start))),
                    shared_zero)
        if zero is not None:
            for field_name in ("killed",) if zero.col(0) == "killed" else ("killed", "injured"):
                if getattr(report, field_name) is None and report.killed_or_injured is None:
                    setattr(report, field_name, ZERO)
                    self.span(field_name, zero.word_start, zero.end)

    def _with_the_others_added(self, clauses: list[Clause], figures: list[Figure]) -> list[Figure]:
        """'... وأصابت ابنتها بجروح بالغة. ويقول الدفاع المدني إن القصف أدى أيضاً إلى إصابة أربعة مدنيين آخرين': the
        others a later sentence says the attack also hurt are counted with the one told before (five wounded)."""
        text = self.scan.text
        for later in clauses:
            # ("... 2 killed, 6 injured in air strikes on the town's hospital. A second strike hits the same hospital
            # as rescuers arrive, one volunteer wounded": the second strike's toll adds to the first's)
            second = later is not clauses[0] and _THE_SAME_SITE.search(text, later.start, later.end) is not None \
                and _A_SECOND_STRIKE.search(text, later.start, later.end) is not None
            if not second and not _ALSO.search(text, later.start, later.end):
                continue
            # (in the clause's own sentence, past a semicolon: "The girl was wounded; two neighbours were also hurt")
            joint = text.rfind(";", later.start, later.end)
            for more in [f for f in figures if later.start <= f.start < later.end and f.exact and not f.updated
                         and (second or later is not clauses[0] and (_OTHERS_AFTER.match(text, f.end)
                                                                    or _OTHER_IN.search(text, f.start, f.end))
                              or joint != -1 and joint < f.start and _ALSO.search(text, joint, later.end)
                              and not _ALSO_TELLING.search(text, joint, later.end))]:
                start = later.start if later is not clauses[0] and joint == -1 else joint
                told = [f for f in figures if f.outcome == more.outcome and f.end <= start and f.exact
                        and not f.updated and not f.recovered]
                if len(told) != 1 or told[0].count.best is None or more.count.best is None:
                    continue
                first = told[0]
                total = first.count.best + more.count.best
                children = first.children + more.children if first.children is not None and more.children is not None \
                    else first.children if first.children and more.children is None else None
                women = first.women + more.women if first.women is not None and more.women is not None else None
                summed = replace(first, count=Count(low=total, best=total, high=total), children=children,
                                 women=women)
                figures = [summed if f is first else f for f in figures
                           if f is not more and not (f.bare and f.start >= more.end and f.start - more.end <= 8)]
        return figures

    def _as_corrected(self, targets: list[str]) -> list[str]:
        """'Correction: An earlier version of this article said the strike hit a school; it hit a mosque near the
        school.': the thing hit that a correction takes back gives way to the one it names instead (its first)."""
        text = self.scan.text
        for cue in self._retractions:
            end = min((at for at in (text.find(".", cue.end), text.find("\n", cue.end)) if at != -1), default=len(text))
            joint = text.find(";", cue.end, end)
            if joint == -1:
                continue
            said = {i.value for i in self.scan.items if i.category == "targets" and cue.end <= i.start < joint}
            instead = next((i.value for i in self.scan.items if i.category == "targets" and joint < i.start < end
                            and i.value != "-"), None)
            if said and instead is not None and instead not in said:
                targets = [t for t in targets if t not in said] + ([instead] if instead not in targets else [])
        return targets

    def _received_by_each_hospital(self, figures: list[Figure]) -> list[Figure]:
        """'مشفى المعرة الوطني استقبل 27 جريحاً، فيما استقبل مشفى كفرنبل الجراحي 13 آخرين': the wounded each hospital
        received, the later ones "others", add up to the attack's wounded (written by hand: a count of one attack
        told hospital by hospital)."""
        text = self.scan.text
        first = next((f for f in figures if f.outcome == "injured" and not f.bare and f.count.best is not None
                      and _HOSPITAL_RECEIVED.search(text, max(0, f.start - 48), f.start)), None)
        if first is None:
            return figures
        stop = min((at for at in (text.find(".", first.end), text.find("\n", first.end)) if at != -1),
                   default=len(text))
        more = [item for item in self.scan.items  # (its sentence's next clause, "فيما استقبل ...", tells no attack)
                if item.number is not None and first.end < item.start < stop
                and _HOSPITAL_RECEIVED.search(text, max(0, item.start - 48), item.start)
                and _next_word(text, item.end) in _OTHERS | {"more"}]
        if not more:
            return figures
        high = first.count.high
        total = Count(low=(first.count.low or 0) + sum(i.number for i in more), best=first.count.best + sum(
            i.number for i in more), high=None if high is None else high + sum(i.number for i in more))
        # (the first hospital's children and women are not the whole's: the sum's kinds are left unsaid)
        summed = Figure("injured", total, first.start, more[-1].end, exact=first.exact)
        return [f for f in figures if f is not first] + [summed]

    def _share_of_the_toll(self, report: IncidentReport, clauses: list[Clause]) -> None:
        """'... but that seven of the dead were children': how many of the toll told were children or women, in a
        sentence of its own."""
        text = self.scan.text
        for clause in clauses:
            for share in _SHARE_OF_THE_TOLL.finditer(text, clause.start, clause.end):
                count = next((item.number for item in clause.items if item.start == share.start(1)), None)
                outcome = "injured" if share.group(2) in ("wounded", "injured") else "killed"
                name = f"{outcome}_{'children' if share.group(3) == 'children' else 'women'}"
                total = getattr(report, outcome)
                if count is not None and getattr(report, name) is None and total is not None \
                        and total.best is not None and count <= total.best:
                    setattr(report, name, count)
                    self.span(outcome, share.start(), share.end())

    def _listed_victims(self, clauses: list[Clause], figures: list[Figure]) -> tuple[Figure, Figure] | None:
        """'أسماء ضحايا القصف ...، وهم:' and a list of one person a line ('- الطفلة سارة (6 سنوات)'): the victims
        are counted on the list (every one listed, so the kinds not listed are 0). Returns (the bare figure, its
        count) or None."""
        text = self.scan.text
        for number, clause in enumerate(clauses):
            bare = [f for f in clause.figures if f.bare and f.outcome in ("killed", "injured")]
            if not bare and number and _THEY_ARE.fullmatch(text, clause.start, clause.end):
                # "ينعى المجلس المحلي شهداء المجزرة ...، وهم:": the victims named in the clause before
                bare = [f for f in clauses[number - 1].figures if f.bare and f.outcome in ("killed", "injured")]
            for toll in [f for f in clause.figures if not f.bare and f.outcome in ("killed", "injured")
                         and f.count.best and f.count.low == f.count.high]:
                # "ما أدى إلى استشهاد ثلاثة مواطنين، وهم: محمد علي (40 عاماً)، وزوجته ...، وابنهما آزاد (12 عاماً)": the
                # toll's people named with their ages say its kinds
                named = _THEY_ARE_AFTER_THE_TOLL.match(text, toll.end)
                if named is not None:
                    stop = _NAMES_END.search(text, named.end())
                    kinds = self._named_with_ages(named.end(), stop.start() if stop else len(text))
                    if len(kinds) == toll.count.best:
                        return toll, _counted_list(toll, kinds)
            if len(bare) == 1 and (inline := _THEY_ARE_INLINE.match(text, bare[0].end)) is not None:
                kinds = self._named_with_ages(inline.end(), clause.end)
                if kinds and all(f.bare or f.outcome != bare[0].outcome or f.count.best == len(kinds) for f in figures):
                    return bare[0], _counted_list(bare[0], kinds)  # (as many as the toll told, or no toll told)
            if len(bare) != 1 or not text[clause.start : clause.end].rstrip().endswith(":") \
                    or any(not f.bare and f.outcome == bare[0].outcome for f in figures):
                continue
            kinds = self._kinds_listed(text.find("\n", clause.start) + 1)
            if not kinds:
                continue
            return bare[0], _counted_list(bare[0], kinds)
        return self._toll_listed(clauses, figures)

    def _toll_listed(self, clauses: list[Clause], figures: list[Figure]) -> tuple[Figure, Figure] | None:
        """'Three members of one family were killed ... The victims were:' and one person a line ('- their son
        Omar, 8'): the kinds of a toll told with its number, when the list names as many."""
        text = self.scan.text
        tolls = [f for f in figures if f.outcome == "killed" and not f.bare and f.count.best is not None]
        if len(tolls) != 1 or not clauses:
            return None
        inline = _VICTIMS_WERE_INLINE.search(text, clauses[-1].end, min(len(text), clauses[-1].end + 80))
        if inline is not None and not text[clauses[-1].end : inline.start()].strip():
            # "The victims were: Ahmad Darwish, 45; his wife Mariam, 38; and their sons Khaled, 12, and Yusuf, 9."
            stop = _NAMES_END.search(text, inline.end())
            kinds = self._named_with_english_ages(inline.end(), stop.start() if stop else len(text))
            return (tolls[0], _counted_list(tolls[0], kinds)) if len(kinds) == tolls[0].count.best else None
        heading = _VICTIMS_WERE.search(text, clauses[-1].end, min(len(text), clauses[-1].end + 80))
        if heading is None or text[clauses[-1].end : heading.start()].strip():
            # "استشهاد 4 مدنيين من عائلة واحدة بقصف ...، وهم:" and the list: the toll's sentence ends naming them
            heading = _THEY_ARE_AT_THE_END.search(text, max(clauses[-1].start, clauses[-1].end - 12), clauses[-1].end)
        if heading is None:
            return None
        kinds = self._kinds_listed(text.find("\n", heading.end() - 1) + 1)
        return (tolls[0], _counted_list(tolls[0], kinds)) if len(kinds) == tolls[0].count.best else None

    def _kinds_listed(self, position: int) -> list[str]:
        """The kind of each person on the list lines from `position` (a child when the age given is under 18)."""
        text = self.scan.text
        kinds: list[str] = []
        while 0 < position < len(text) and LIST_LINE.match(text, position):
            end = text.find("\n", position)
            end = len(text) if end == -1 else end
            on_line = [i for i in self.scan.items if position <= i.start < end and i.category != "number"]
            person = next((i for i in on_line if i.category == "casualty" and i.col(0) == "person"), None)
            age = _LISTED_AGE.search(text, position, end) or _LISTED_AGE_AFTER_NAME.search(text, position, end)
            # (a name that is also a word of the lexicon, "- فاطمة الحسن (38 عاماً)", is one person by its age)
            named = age is not None and len(text[position : age.start()].split()) <= 5 \
                and not any(i.category in ("casualty", "attack", "cues") for i in on_line)
            if person is None and (on_line and not named or len(text[position:end].split()) > 8):
                break  # a line of places or of another toll, not one person's name
            kind = person.col(2) or "person" if person is not None else "person"
            kinds.append("child" if age is not None and int(age.group(1)) < 18 else kind)
            position = end + 1
        return kinds

    def _named_with_english_ages(self, start: int, end: int) -> list[str]:
        """'Ahmad Darwish, 45; his wife Mariam, 38; and their sons Khaled, 12, and Yusuf, 9': the kind of each one
        named with an age after a comma (a child under 18, else the kind of the word naming them)."""
        kinds: list[str] = []
        position = start
        for age in _AGE_AFTER_A_NAME.finditer(self.scan.text, start, end):
            person = next((i for i in self.scan.items if position <= i.start < age.start() and i.category == "casualty"
                           and i.col(0) == "person"), None)
            kinds.append("child" if int(age.group(1)) < 18 else person.col(2) or "person" if person else "person")
            position = age.end()
        return kinds

    def _named_with_ages(self, start: int, end: int) -> list[str]:
        """'محمد العلي (40 عاماً) وزوجته فاطمة (35 عاماً) وابنتهما سارة (7 أعوام)': the kinds of the people named in one
        sentence, each with an age in brackets (a child under 18, else the kind of the word naming them)."""
        text = self.scan.text
        kinds: list[str] = []
        position = start
        for age in _LISTED_AGE.finditer(text, start, end):
            person = next((i for i in self.scan.items if position <= i.start < age.start() and i.category == "casualty"
                           and i.col(0) == "person"), None)
            if int(age.group(1)) < 18:
                kinds.append("child")
            else:
                kinds.append(person.col(2) or "person" if person is not None else "person")
            position = age.end()
        return kinds

    def _sources(self, report: IncidentReport, clauses: list[Clause], defaults: "Defaults") -> None:
        # (not the side that says it hit only fighters, or denies it: "A Turkish defence ministry official said the
        # strikes targeted militants", when another source tells the toll)
        it_said = bool(clauses) and (any(i.entry.pattern in _IT_SAID for c in clauses for i in c.of("cues"))
                                     or _IT_SAID_AFTER.search(self.scan.text, clauses[0].start,
                                                              defaults.sentence_end(clauses[0])) is not None)
        # ("Six others were killed in Saraqeb, it said. Syria's state media ... denied targeting civilians": the body
        # that goes on telling, not the side denying it)
        cited = [item for clause in clauses if not (it_said and "denial" in clause.cue_values and not clause.figures)
                 for item in clause.cited]
        items = [item for clause in clauses
                 if any(not f.bare for f in clause.figures) or not clause.cue_values & {"denial", "only_fighters"}
                 for item in clause.cited] \
            or cited or self._its_own_account(clauses) or self._could_not_say_who(clauses) or self._accuser(clauses)
        if not items and it_said \
                and (inherited := defaults.last_before(defaults.context_sources, clauses[0].start)) is not None \
                and defaults.sources and inherited.value not in {s.value for s in defaults.sources}:
            # "... killed nine people, the Syrian Civil Defence said. Eleven people died in Hamouria, it said.": the
            # organisation just named goes on, not the source of the lead ("rescue workers said"; "he said" may be
            # the lead's monitor's head, named by his name)
            items = [inherited]
        if not items and clauses:
            # "killing two members of the Manbij Military Council, the council said": the body named before, by its
            # head word
            said = _THE_BODY_SAID.search(self.scan.text, clauses[0].start, defaults.sentence_end(clauses[0]))
            if said is not None:
                items = [s for c in clauses for s in c.of("sources") if s.end <= said.start() and (
                    said.group(1) in s.entry.pattern.split() or said.group(1) == "group" and s.value != "correspondent")
                    and not _SUPPORTED_BY.search(self.scan.text, max(0, s.word_start - 90), s.word_start)][-1:]
                # (not "The facility, supported by the Union of Medical Care and Relief Organisations": no speaker)
                # ("Two White Helmets volunteers were killed ..., the group said": any body named before)
        if not items and clauses:
            # "أصيب ثلاثة متطوعين من الدفاع المدني ... وأوضحت المؤسسة في بيان أن ...": the body named before, by the
            # word for what it is
            said = next((m for c in clauses if (m := _THE_BODY_SAID_AR.search(self.scan.text, max(0, c.start - 1),
                                                                                c.end)) is not None), None)
            if said is not None and "الشبكه" in said.group(0):
                # ("دير الزور 24\n... وأشارت الشبكة إلى أن ...": the network whose dateline heads the report)
                items = [outlet] if (outlet := self._dateline_outlet()) is not None else []
            elif said is not None:
                items = [i for i in self.scan.items if i.category == "sources" and i.end <= said.start()
                         and i.value not in ("correspondent", "activists", "local sources")][-1:]
        if not items and clauses:
            # "... killing eight civilians, according to the Efrin hospital": the hospital, named by its town
            told = _ACCORDING_TO_A_HOSPITAL.search(self.scan.text, clauses[0].start, defaults.sentence_end(clauses[-1]))
            if told is not None:
                items = [Item(told.start(1), told.end(1), _HOSPITAL_ADMINISTRATION, "", None, "sources",
                              "hospital administration")]
        if not items and clauses and defaults.sources:
            # "The White Helmets said nine people were killed in Saraqeb, while four died in Maasaran": the source of
            # the town's own sentence, not the lead's
            inherited = defaults.last_before(defaults.context_sources, clauses[0].start)
            if inherited is not None and inherited.start >= defaults.sentence_start(clauses[0]) \
                    and inherited.value not in {s.value for s in defaults.sources}:
                items = [inherited]
        if not items and report.role == "background" and clauses \
                and (defaults.sources and all(source.start < defaults.sentence_start(clauses[0])
                                              for source in defaults.sources)
                     or not defaults.speaker_wrote and _RECALLED_AFTER.match(self.scan.text, clauses[0].start)):
            # "The attacks came a day after government shelling killed three people in Maaret al-Numan": the writer
            # recalls it, not the lead's source
            return
        if items and clauses and not clauses[0].cited \
                and (told := defaults.last_before(defaults.context_sources, clauses[0].start)) is not None \
                and told.start >= defaults.sentence_start(clauses[0]):
            # "..., rescuers and residents said, while a separate raid on Kafr Rouma killed a woman.\n... A resident
            # said he counted three strikes": the incident's own sentence credits them too
            group = [s for s in defaults.context_sources if s.end <= told.word_start
                     and _AND.fullmatch(self.scan.text, s.end, told.word_start)] + [told]
            if any(s.value not in {i.value for i in items} for s in group):
                items = group + [i for i in items if i.value not in {s.value for s in group}]
        if items and clauses and not clauses[0].cited and report.role == "main" \
                and (closing := defaults.later_in_sentence(defaults.context_sources, clauses[0])) is not None \
                and closing.value not in {i.value for i in items} \
                and not any(c.sentence == clauses[0].sentence and c.cited for c in clauses[1:]):
            # "Helicopters dropped barrel bombs on Kafr Nabl ..., a day after air strikes on Hass killed nine people,
            # rescue workers said.\nThe White Helmets said the family's house collapsed on them": the sentence's
            # closing credit tells its first attack too
            items = [closing] + items
        if items:
            for clause in clauses:
                # "وقال أحد سكان القرية ... إن السيارة كانت تقل خضاراً، وإن الاستهداف وقع قبل ثلاثة أيام": what the
                # incident takes from a speaker's second "that" is told by that speaker too
                told = defaults.last_before(defaults.context_sources, clause.start) \
                    if _AND_THAT.match(self.scan.text, clause.start) else None
                if told is not None and told.start >= defaults.sentence_start(clause) \
                        and told.value not in {i.value for i in items}:
                    items = items + [told]
        items = items or defaults.sources
        if not items and clauses and defaults.opening_total is not None and defaults.opening_total.cited \
                and defaults.opening_total.end <= clauses[0].start \
                and "\n" not in self.scan.text[defaults.opening_total.end : clauses[0].start]:
            # "Since 1 February, some 150,000 people have been displaced from southern Idlib, OCHA said. On 10
            # February, an airstrike hit a camp ...": the teller of the paragraph's opening count tells on
            items = list(defaults.opening_total.cited)
        if not items and clauses:
            # A source covers the rest of its sentence, and later sentences that continue its account
            # ("وأضاف", "وأضافت المصادر ذاتها"); a new paragraph without either is not credited to it.
            first = clauses[0]
            continues = any("continuation" in c.cue_values for c in clauses) \
                or first.sentence in defaults.continuing_sentences  # "وأضاف أن ...، فيما طال القصف قرى ..."
            inherited = defaults.last_before(defaults.context_sources, first.start)
            later = defaults.later_in_sentence(defaults.context_sources, first)
            if inherited is not None and (continues or inherited.start >= defaults.sentence_start(first)):
                # ("..., rescuers and residents said, while a separate raid on Kafr Rouma killed a woman": both)
                items = [s for s in defaults.context_sources if s.end <= inherited.word_start
                         and _AND.fullmatch(self.scan.text, s.end, inherited.word_start)] + [inherited]
            elif later is not None:  # "..., while shelling on Hass wounded three, according to the White Helmets"
                items = [later]
            elif (told := next((source for c in clauses[1:]
                                if (source := defaults.last_before(defaults.context_sources, c.start)) is not None
                                and (source.start >= defaults.sentence_start(c) or "continuation" in c.cue_values)),
                               None)) is not None:
                # "وقال المراسل إن مسلحين أطلقوا النار على الشاب، بينما انفجرت العبوة قرب سيارة القيادي": a later
                # clause of the incident told within that source's sentence (or in a sentence going on with its
                # account: "... فيما قصفت قوات النظام معرة النعمان. وقال الدفاع المدني ... وأضاف أن القصف على معرة
                # النعمان أدى إلى إصابة ثلاثة")
                items = [told]
            elif (heading := self._list_heading(first)) is not None \
                    and (source := defaults.last_before(defaults.context_sources, heading)
                         or self._named_in_heading(heading)) is not None:
                # "..., the UN Human Rights Office said.\nAmong the incidents the Office verified:\n• On 3 February,
                # ...": the items of a list take the source of what heads it
                items = [source]
            elif (also := next((source for source in defaults.context_sources if source.start > first.start
                                and (_ALSO_AFTER.match(self.scan.text, source.end)
                                     or _ALSO_BEFORE.search(self.scan.text, max(0, source.word_start - 20),
                                                            source.word_start))), None)) is not None:
                # "The shelling killed a child. SNHR also documented the death of a woman ...": the one who tells
                # the next attack "also" told this one
                items = [also]
            elif (closing := next((source for source in defaults.context_sources if source.start > first.start
                                   and _DOCUMENTED_THEM_AFTER.match(self.scan.text, source.end)), None)) is not None:
                # "On the same day, Russian warplanes fired missiles at ... SNHR documented the two incidents through
                # its field researchers": the one who closes the account with them found them all
                items = [closing]
            elif defaults.speaker is not None:
                items = [defaults.speaker, *defaults.credited]
        if items and clauses and (heading := self._list_heading(clauses[0])) is not None \
                and (owner := defaults.last_before(defaults.context_sources, heading)
                     or self._named_in_heading(heading)) is not None \
                and owner.value not in {item.value for item in items}:
            # "Human Rights Watch investigated three attacks:\n• On January 15, ... Two witnesses said ...": the list's
            # owner found what its item tells, with the witnesses it cites
            items = [owner, *items]
        if len(items) > 1 and any(_the_correspondent(item) for item in items) and any(
                _AN_OUTLETS_CORRESPONDENT.search(self.scan.text, max(0, item.word_start - 10), item.word_start)
                for item in items if item.value != "correspondent"):
            # "وفق ما أفاد مراسل شبكة شام. وأضاف المراسل ...": the outlet's correspondent, told again
            items = [item for item in items if not _the_correspondent(item)]
        elif any(_the_correspondent(item) for item in items):
            # "... بحسب ما أفاد به مراسل شبكة شام.\nوأضاف المراسل أن قوات النظام قصفت بلدة اللطامنة": the outlet's
            # correspondent named in an earlier sentence, told again with the next town
            items = [self._outlet_of_the_correspondent(item) or item if _the_correspondent(item) else item
                     for item in items]
        if any(_our_correspondent(item) for item in items) \
                and (outlet := self._dateline_outlet()) is not None:  # (the dateline looked at only then)
            # "دير الزور 24 – خاص ... وأضاف مراسلنا": the correspondent of the outlet whose dateline heads the report
            items = [outlet if _our_correspondent(item) else item for item in items]
        if any(item.value == "SANA" for item in items):
            # "state media said ... the official news agency SANA said": one outlet, told twice
            items = [item for item in items if item.value != "state media"]
        if any(item.value == "rescuers" for item in items) and any(
                item.value != "rescuers" and _MEMBERS_OF.fullmatch(self.scan.text[other.end : item.word_start].strip())
                for item in items for other in self.scan.items if other.category == "sources"
                and other.value == "rescuers"):
            # "..., a rescue worker and a war monitor said. ... said a rescue worker with the White Helmets": the
            # rescuers the report names as that body's people
            items = [item for item in items if item.value != "rescuers"]
        if any(_the_observatory(item) for item in items):
            # "بحسب ما أفاد مرصد الطيران ... وقال المرصد إن الطائرات أقلعت": the flight monitor told again, not SOHR
            items = [self._observatory_named_before(item) if _the_observatory(item) else item for item in items]
        if any(item.entry.pattern == "the activist group" for item in items):
            # "..., the Hama Media Center said. The bombs also destroyed a well, the activist group said.": the
            # group named before, told again by what it is
            named = [i for i in self.scan.items if i.category == "sources" and i.value not in _UNNAMED_SOURCES]
            items = [next((n for n in reversed(named) if n.end <= item.word_start), item)
                     if item.entry.pattern == "the activist group" else item for item in items]
        items = named_sources(items, self.scan.text)
        report.sources = list(dict.fromkeys(item.value for item in items))
        for item in items:
            self.span("sources", item.word_start, item.end)


    def _observatory_named_before(self, told_again: Item) -> Item:
        """The flight monitor ("مرصد الطيران") when it is the last observatory named before "المرصد", else SOHR."""
        before = next((i for i in reversed(self.scan.items) if i.category == "sources" and i.end <= told_again.word_start
                       and ("مرصد" in i.entry.pattern or "مراصد" in i.entry.pattern)), None)
        return before if before is not None and before.value == "flight monitors" else told_again

    def _outlet_of_the_correspondent(self, told_again: Item) -> Item | None:
        """The last outlet named as "مراسل X"/"correspondent for X" before the correspondent is told again."""
        return next((i for i in reversed(self.scan.items) if i.category == "sources" and i.value != "correspondent"
                     and i.end <= told_again.word_start and _AN_OUTLETS_CORRESPONDENT.search(
                         self.scan.text, max(0, i.word_start - 10), i.word_start)), None)

    def _dateline_outlet(self) -> Item | None:
        """The outlet named alone on the report's first line ("دير الزور 24 – خاص", "دير الزور – فرات بوست"), if
        any."""
        text = self.scan.text
        first_line = text.find("\n")
        if first_line == -1 or first_line > 40:
            first_line = text.find("|", 0, 40)  # ("دير الزور 24 | قُتل ستة مدنيين ...": the outlet over its post)
            if first_line == -1:
                first_line = text.find(":", 0, 40)  # ("قامشلو - هاوار: استشهد مقاتلان ...": its dateline and a colon)
            if first_line == -1:
                return None
        return next((i for i in self.scan.items if i.category == "sources" and i.value != "correspondent"
                     and (not text[: i.word_start].strip() or _PLACE_DASH.fullmatch(text, 0, i.word_start))
                     and i.end <= first_line), None)

    def _could_not_say_who(self, clauses: list[Clause]) -> list[Item]:
        """'OHCHR was unable to attribute the attack to any party': the one who looked into the attack, and says so."""
        for clause in clauses:
            for source in clause.of("sources"):
                unknown = next((i for i in clause.items if i.category == "actors" and i.value == "unknown"
                                and source.end <= i.word_start
                                and not _AN_UNKNOWN_ATTACKER.search(i.entry.pattern)), None)
                if unknown is not None and len(self.scan.text[source.end : unknown.word_start].split()) <= 2:
                    return [source]
        return []

    def _accuser(self, clauses: list[Clause]) -> list[Item]:
        """'اتهمت الإدارة الذاتية الجيش التركي بقصف بلدة أبو راسين ... ما أدى لمقتل شخصين': with no one else cited,
        the body that blames a side tells the attack and its toll."""
        for clause in clauses:
            for cue in clause.of("cues"):
                if cue.value != "accusation" or not any(figure.start > cue.end for figure in clause.figures):
                    continue  # (not "..., واتهمت وزارة الدفاع التركية الوحدات الكردية بالوقوف وراء التفجير": a toll
                    # told before the blame is not the blamer's)
                accuser = next((i for i in clause.items if i.start >= cue.end), None)
                if accuser is not None and accuser.category == "sources" \
                        and not self.scan.text[cue.end : accuser.word_start].strip():
                    return [accuser]
        return []

    def _its_own_account(self, clauses: list[Clause]) -> list[Item]:
        """'قتل ثلاثة عناصر من الدفاع المدني ... بحسب بيان للمنظمة': the organisation whose people were hit (named
        before, so not cited by its name) tells of it."""
        for clause in clauses:
            own = _ITS_OWN_ACCOUNT.search(self.scan.text, clause.start, clause.end)
            if own is not None and clause.cue_values & {"attribution", "continuation"}:
                named = [i for i in self.scan.items if i.category == "sources" and i.end <= own.start()]
                if not named:
                    # "استهدف قصف ... مركز الدفاع المدني في مدينة أريحا ... بحسب بيان للمنظمة": its centre, hit, read
                    # as what was hit; the organisation it belongs to tells of it
                    named = [replace(i, category="sources", value="Syrian Civil Defence") for i in self.scan.items
                             if i.category == "targets" and i.value == "civil_defence" and i.end <= own.start()]
                return named[-1:]
        return []

    def _named_in_heading(self, heading: int) -> Item | None:
        """'حصيلة عمل فرق الدفاع المدني السوري يوم أمس:': the organisation a list's heading line names, whose
        account the list is."""
        end = self.scan.text.find("\n", heading)
        return next((i for i in self.scan.items if i.category == "sources"
                     and heading <= i.start and (end == -1 or i.end <= end)), None)

    def _list_heading(self, clause: Clause) -> int | None:
        """Where the heading line ("...:") over the list the clause is an item of starts; None off a list."""
        text = self.scan.text
        line = text.rfind("\n", 0, clause.start) + 1
        if not LIST_LINE.match(text, line):
            return None
        while line > 0:
            previous = text.rfind("\n", 0, line - 1) + 1
            if not LIST_LINE.match(text, previous):
                return previous if text[previous : line].rstrip().endswith(":") else None
            line = previous
        return None


_KINDS_OF_SOURCE = frozenset({"activists", "local sources", "medical source", "witnesses", "residents"})
# sources that name no body of their own ("the activist group" told after one goes back to the one named)
_UNNAMED_SOURCES = _KINDS_OF_SOURCE | {"correspondent", "rescuers", "military source", "security source",
                                       "local officials", "state media"}


def named_sources(items: list[Item], text: str) -> list[Item]:
    """The sources cited, without a kind of source said right after one named ("the Horan Free League activist
    group", "The Horan Free League, an activist group,": what kind of source it is, not another)."""
    def describes_another(item: Item) -> bool:
        return item.value in _KINDS_OF_SOURCE and any(
            other.value not in _KINDS_OF_SOURCE and (0 <= item.word_start - other.end <= 1
                                                     or _APPOSITIVE.fullmatch(text, other.end, item.word_start))
            for other in items)
    return [item for item in items if not describes_another(item)]


_APPOSITIVE = re.compile(r"\s*,\s*(?:an?|the)\s+")


def _day_of_the_death(clause: Clause, mention) -> bool:
    """The day told before a death from earlier wounds ("توفي اليوم ... متأثراً بجروح"), when the clause tells the
    day of the attack that caused them after it."""
    cue = next((i for i in clause.items if i.category == "cues" and i.value == "background"
                and i.start >= mention.end), None)
    return cue is not None and any(other.start >= cue.end and other.date is not None for other in clause.dates)


_TOOK_OFF_FROM = re.compile(r"\b(?:took|taken|take|taking) off from\b|(?<!\S)(?:اقلعت|انطلقت) من(?!\w)")
_THAT_BEFORE = re.compile(r"(?:^|\s)(?:ان|بان)(?: فرق)? $|\bthat (?:the )?$")
_TOLD_NOTHING_AFTER = re.compile(r"\s+(?:did not|didn['’]t|has not|have not|had not) (?:report|mention|comment|confirm)"
                                 r"|\s+(?:made no mention|declined to comment|refused to comment|gave no comment)"
                                 r"|\s+(?:لم|لا) (?:تعلق|يعلق|تذكر|يذكر|تشر|يشر|تؤكد|يؤكد)(?!\w)")
_FLED_AFTER = re.compile(r"\s+(?:had |have |has )?(?:fled|left the|returned|arrived|were arriving)\b"
                         r"|\s+(?:نزحوا|فروا|غادروا)(?!\w)")  # (and "as rescuers arrived": at the scene, not speaking)
_MUTUAL_BLAME_BEFORE = re.compile(r"(?<!\S)(?:اتهامات متبادله|تبادل\S* (?:ال)?اتهامات?)(?: \S+){0,2} بين(?: \S+){0,4} $")


@dataclass
class _Side:
    """An attacker told inside a longer phrase ("fired from government positions in Jurin"), where no actor word
    of its own was read."""

    value: str
    word_start: int
    end: int


_SIDE_IN_POSITIONS = re.compile(r"\b(?:regime|government)\b")
_FROM_GROUND_HELD = re.compile(r"\b(?:fired |launched )?from (?:the |an? )?(rebel|opposition|insurgent|government|regime)"
                               r"(?:-(?:held|controlled)\b| (?:army )?(?:checkpoint|post|positions?|base|barracks)\b)")


def _side_of_the_ground_fired_from(clauses: list[Clause], text: str) -> list[_Side]:
    """'Rocket fire from rebel-held Idlib hit ...': the side that holds the ground the fire came from."""
    for clause in clauses:
        if not clause.cues:
            continue
        held = _FROM_GROUND_HELD.search(text, clause.start, clause.end)
        if held is not None:
            side = "armed_opposition" if held.group(1) in ("rebel", "opposition", "insurgent") else "syrian_government"
            return [_Side(side, held.start(1), held.end())]
    return []


_WORKERS_AT_BEFORE = re.compile(r"(?:^|\s)(?:عاملا|عمال|عاملين|موظفا|موظفين|العاملين|العمال)\s(?:في|ب)\s?$")
_AND_THAT = re.compile(r"\s*(?:وان|وبان|and that)\s")
_SAID_ITS_FORCES_STRUCK = re.compile(r" said (?:on \w+ )?(?:that )?its (?:forces|troops|aircraft|jets|warplanes|drones?) "
                                     r"(?:had )?(?:conducted|carried out|launched|struck|hit|killed|targeted)\b")
_OF_THE_RESCUERS_BEFORE = re.compile(r"(?:^|\s)(?:ال)?تابعه\s*(?:لل|ل)?$|\b(?:belonging to|of) (?:the )?$")
_NOT_PRECISELY = re.compile(r"(?: \w+){0,2}? (?:بشكل دقيق|بدقه|علي وجه الدقه|with certainty|precisely|exactly)\b")


def _side_of_the_positions(clauses: list[Clause]) -> list[_Side]:
    """'Shells fired from government positions in Jurin': the side whose positions the fire came from."""
    return [_Side("syrian_government", i.word_start, i.end) for c in clauses for i in c.items
            if i.category == "places" and i.value == "exclude" and i.col(0) == "firing_position"
            and _SIDE_IN_POSITIONS.search(i.entry.pattern)][:1]


_HOME_TO = re.compile(r" (?:\w+ly )?to ")  # "home to thousands", "home mostly to Alawite families": who lives there


@dataclass
class Defaults:
    """What the lead of a report says for all its incidents (date, attacker, source) when they do not."""

    date: DateMention | None = None
    date_told_by: "Draft | None" = None  # the incident in whose own clauses that day is told, if any
    reference: dt.date | None = None  # the day the report counts "today" from
    region: PlaceMention | None = None
    dateline_town: PlaceMention | None = None  # "KAFR NUBL, Syria —" over a story whose attack names no place
    closing_tag_town: PlaceMention | None = None  # "... قبل قليل #بنش #إدلب": the town a post's closing tags name
    opening_total: Clause | None = None  # a count over a period the report opens with ("150,000 displaced, OCHA said")
    cues: list[Item] = field(default_factory=list)
    sources: list[Item] = field(default_factory=list)
    # Every source and attack word of the report in order: a paragraph's "قال الدفاع المدني" or "غارات"
    # also covers the sentences after it that do not repeat it.
    context_sources: list[Item] = field(default_factory=list)
    # "أعلن الدفاع المدني ..." as the report's first words: the whole report is that source's account.
    speaker: Item | None = None
    speaker_wrote: bool = False  # the speaker is the outlet that wrote the report (its dateline or signature)
    credited: list[Item] = field(default_factory=list)  # the other sources its credit line lists ("Sources: a, b")
    context_cues: list[Item] = field(default_factory=list)
    lead_actors: list[Item] = field(default_factory=list)  # who the lead tells attacking, for its toll's shares
    past_damage: list[tuple[int, int]] | None = None  # "damaged by shelling in 2019" spans, found when first asked

    sentence_starts: dict[int, int] = field(default_factory=dict)
    continuing_sentences: set[int] = field(default_factory=set)  # sentences that go on with a source's account

    def sentence_start(self, clause: "Clause") -> int:
        return self.sentence_starts.get(clause.sentence, clause.start)

    def sentence_end(self, clause: "Clause") -> int:
        return min((start for start in self.sentence_starts.values() if start > clause.start),
                   default=len(clause.norm_text))

    def later_in_sentence(self, items: list[Item], clause: "Clause") -> Item | None:
        """The first source cited after the clause's start, before the next sentence begins."""
        starts = sorted(start for start in self.sentence_starts.values() if start > clause.start)
        end = starts[0] if starts else float("inf")
        return next((item for item in items if clause.start <= item.start < end), None)

    def last_before(self, items: list[Item], position: int) -> Item | None:
        earlier = [item for item in items if item.start < position]
        return earlier[-1] if earlier else None


def _the_observatory(item: Item) -> bool:
    """'المرصد': an observatory named before, told again."""
    return item.value == "SOHR" and item.entry.pattern in ("المرصد", "مرصد")


def _the_correspondent(item: Item) -> bool:
    """'المراسل', 'the correspondent': one named before, told again."""
    return item.value == "correspondent" and (item.entry.pattern in ("المراسل", "the correspondent")
                                              or item.entry.pattern == "مراسل" and item.prefix.endswith("ال"))


def _confidence(report: IncidentReport) -> float:
    score = 0.2
    if report.sub_event_type:
        score += 0.25
    elif report.event_type:
        score += 0.1
    if report.killed or report.injured or report.killed_or_injured:
        score += 0.2
    if report.location.name or report.location.text:
        score += 0.15
    if report.date:
        score += 0.1
    if report.perpetrator or report.sources:
        score += 0.05
    return round(min(score, 0.95), 2)
