import pytest

from tawthiq.extract.assemble import _masked
from tawthiq.extract.casualties import count_with, find_figures
from tawthiq.language.scan import scan
from tawthiq.records import Count


def figures(text):
    sc = scan(text)
    return [(f.outcome, (f.count.low, f.count.best, f.count.high), f.children, f.women) for f in find_figures(sc.items, sc)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("ما أدى لإصابة 9 مدنيين بجروح بينهم فتى وامرأة", [("injured", (9, 9, 9), 1, 1)]),
        ("أدى إلى مقتل مدني وإصابة آخرين", [("killed", (1, 1, 1), None, None), ("injured", (1, None, None), None, None)]),
        ("قتل 45 مدنياً بين قتيل وجريح", [("both", (45, 45, 45), None, None)]),
        ("مقتل رجل وزوجته وطفلة", [("killed", (3, 3, 3), 1, 1)]),
        ("قتل طفلان", [("killed", (2, 2, 2), 2, None)]),
        ("قتيل وجريحان", [("killed", (1, 1, 1), None, None), ("injured", (2, 2, 2), None, None)]),
        ("أصيب عدد من المدنيين", [("injured", (3, 3, 9), None, None)]),
        ("أصيب عشرات المدنيين", [("injured", (20, 20, 99), None, None)]),
        ("قتل أكثر من 10 مدنيين", [("killed", (11, 11, 22), None, None)]),
        ("قتل نحو 30 مدنيا", [("killed", (27, 30, 33), None, None)]),
        ("قتل ما لا يقل عن 23 شخصا", [("killed", (23, 23, None), None, None)]),
        ("قتل 23 شخصا على الأقل", [("killed", (23, 23, None), None, None)]),
        ("ولا تزال عدد من قضوا قابلاً للازدياد لوجود 15 جريحاً", [("injured", (15, 15, 15), None, None)]),
        ("و11 جريحاً بينهم 3 أطفال و 3 نساء", [("injured", (11, 11, 11), 3, 3)]),
        ("قتل 7 أطفال و 2 نساء", [("killed", (9, 9, 9), 7, 2)]),
        ("White Helmets reports the number of dead at 35 civilians and more than 50 injured.",
         [("killed", (35, 35, 35), None, None), ("injured", (51, 51, 102), None, None)]),
        ("One civilian and one rebel fighter were also killed in a strike", [("killed", (2, 2, 2), None, None)]),
        ("two regime soldiers were killed", [("killed", (2, 2, 2), None, None)]),
        ("rescuers count at least 36 people dead — 12 children among them.", [("killed", (36, 36, None), 12, None)]),
        ("أدت إلى سقوط شهيد واحد على الأقل", [("killed", (1, 1, None), None, None)]),
        ("سقوط قتيلين على الأقل", [("killed", (2, 2, None), None, None)]),
        ("قتل وأصيب عدد من الأشخاص", [("both", (3, 3, 9), None, None)]),
        ("قتل وجرح مدنيون", [("killed", (1, None, None), None, None), ("injured", (1, None, None), None, None)]),
        ("12 مدنياً قتلوا بينهم 7 أطفال و3 نساء", [("killed", (12, 12, 12), 7, 3)]),
        # A number after "وامرأة، و" opens the next figure; it does not count the women.
        ("راح ضحيتها 5 مدنيين بينهم 3 أطفال وامرأة، و9 جرحى بينهم طفلان و4 نساء",
         [("killed", (5, 5, 5), 3, 1), ("injured", (9, 9, 9), 2, 4)]),
        ("more than 34 wounded", [("injured", (35, 35, 70), None, None)]),
        ("killed two children and injured five civilians",
         [("killed", (2, 2, 2), 2, None), ("injured", (5, 5, 5), None, None)]),
        ("وارتفع عدد القتلى إلى 12 مدنياً", [("killed", (12, 12, 12), None, None)]),
        ("ارتفعت حصيلة الضحايا إلى 15", [("killed", (15, 15, 15), None, None)]),
        ("the death toll rose to 12", [("killed", (12, 12, 12), None, None)]),
        ("استشهد 20 طفلاً ومدرساً", [("killed", (20, 20, 20), None, None)]),
        ("أصيب ثلاثة طلاب بالإضافة إلى مدني آخر", [("injured", (4, 4, 4), None, None)]),
        ("أصيب امرأة مسنة وشاب", [("injured", (2, 2, 2), 0, 1)]),
        ("سقوط إصابات بين المدنيين", [("injured", (1, None, None), None, None)]),
        ("قتل 23 شخصاً هم 19 مدنياً وأربعة مجهولو الهوية", [("killed", (23, 23, 23), None, None)]),
        # English: a breakdown set off by commas between the people and their verb; a verb after "and" has its
        # own subject; "and a", "and his" inside a list of victims; a subset told before its toll.
        ("At least seven civilians, including three children, were killed", [("killed", (7, 7, None), 3, None)]),
        ("Dozens of people, many of them children, were wounded", [("injured", (20, 20, 99), None, None)]),
        ("A woman died and four people were injured",
         [("killed", (1, 1, 1), None, 1), ("injured", (4, 4, 4), None, None)]),
        ("Three men and a boy died", [("killed", (4, 4, 4), 1, 0)]),
        ("the strike killed a farmer and his son", [("killed", (2, 2, 2), None, 0)]),  # his son: no woman
        ("killing a paramedic and wounding two others",
         [("killed", (1, 1, 1), None, None), ("injured", (2, 2, 2), None, None)]),
        ("Two girls were among eight civilians killed", [("killed", (8, 8, 8), 2, None)]),
        ("killed 9 civilians; among the victims were four women", [("killed", (9, 9, 9), None, 4)]),
        ("killed at least 12 people, nine of them children", [("killed", (12, 12, None), 9, None)]),
        ("left 11 dead, including a pregnant woman, and 30 wounded",
         [("killed", (11, 11, 11), None, 1), ("injured", (30, 30, 30), None, None)]),
        ("The death toll from Tuesday's air raid on the town has risen to 16", [("killed", (16, 16, 16), None, None)]),
        ("ارتفعت حصيلة القصف الجوي على مدينة سرمين إلى 13", [("killed", (13, 13, 13), None, None)]),
        ("killed a family of five", [("killed", (5, 5, 5), None, None)]),
        ("ارتفع إلى 5 تعداد المواطنين الذين استشهدوا جراء القصف، بينهم طفلان", [("killed", (5, 5, 5), 2, None)]),
        # "لهم" is not the breakdown "هم": the injured child after it is a figure of its own
        ("مقتل رجل وزوجته وطفلة صغيرة لهم، وإصابة طفل آخر لهم",
         [("killed", (3, 3, 3), 1, 1), ("injured", (1, 1, 1), 1, None)]),
        ("Four civilians, all members of one family, were killed", [("killed", (4, 4, 4), None, None)]),
        # Arabic: the first of two joined verbs after people is their own ("... قتلوا وأصيب 14 آخرون"), not a joint
        # figure; "وطفليها", "وطفلاهما" are two children.
        ("إن خمسة مدنيين قتلوا وأصيب 12 آخرون", [("killed", (5, 5, 5), None, None), ("injured", (12, 12, 12), None, None)]),
        ("أسفر عن استشهاد امرأة وطفليها", [("killed", (3, 3, 3), 2, 1)]),
        ("قضى رجل وزوجته وطفلاهما", [("killed", (4, 4, 4), 2, 1)]),
        ("استهدف 15 قذيفة البلدة", []),
        ("العمر /40/ عاما", []),
    ],
)
def test_casualty_phrases(text, expected):
    assert figures(text) == expected


def test_no_news_told_with_an_before_the_verb_is_not_a_figure():
    sc = scan("استهدفت قوات النظام بالصواريخ مدينة خان شيخون، دون أن ترد أنباء عن إصابات")
    assert find_figures(_masked(sc.items, sc.text), sc) == []


def test_no_victims_with_the_attack_between_is_a_zero():
    sc = scan("غارات جوية على مدينة سراقب لم يسفر القصف عن ضحايا")
    assert find_figures(sc.items, sc) == []
    assert any(i.category == "cues" and i.value == "zero" for i in sc.items)


def test_zero_and_no_news_words_are_not_figures():
    # The words inside "no news of injuries" must not read as a bare plural of injured.

    sc = scan("من دون ورود أنباء عن وقوع إصابات")
    assert find_figures(_masked(sc.items, sc.text), sc) == []


def test_count_table_matches_design():
    assert count_with(None, 9) == Count(low=9, best=9, high=9)
    assert count_with("at_least", 9) == Count(low=9, best=9, high=None)
    assert count_with("more_than", 10) == Count(low=11, best=11, high=22)
    assert count_with("about", 20) == Count(low=18, best=20, high=22)


def test_the_dead_whose_verb_is_left_out_before_injured_others():
    # "أن 6 مدنيين ... وأصيب 9 آخرون": "the others" who were hurt say the first figure is the dead.
    assert figures("أفادت مصادر محلية أن 6 مدنيين بينهم طفلان وأصيب 9 آخرون بقصف مدفعي") == [
        ("killed", (6, 6, 6), 2, None), ("injured", (9, 9, 9), None, None)]
    # Without "others", nothing is guessed.
    assert figures("أفادت مصادر محلية أن 6 مدنيين وأصيب 9 بجروح بقصف مدفعي") == [("injured", (9, 9, 9), None, None)]
