import pytest

from tawthiq.language.lexicon import Entry, Lexicon, base_lexicon, parse_pattern, read_tsv
from tawthiq.language.normalize import normalize


def hits(text: str, category: str):
    return [(h.entry.value, text_of(text, h)) for h in base_lexicon().match(normalize(text).text) if h.category == category]


def text_of(text, hit):
    return normalize(text).text[hit.start : hit.end]


def test_article_separates_monday_from_two():
    assert hits("يوم الاثنين", "time") == [("weekday", "اثنين")]
    assert hits("مدنيين اثنين", "time") == []
    assert [v for v, _ in hits("مدنيين اثنين", "numbers")] == ["2"]


def test_clitics_are_accepted_but_not_inside_words():
    assert hits("وبالطيران الحربي", "attack")  # و + ب + ال
    assert hits("للطيران الحربي", "attack")  # ل + ال written لل
    assert hits("مقتل", "casualty") == [("killed", "مقتل")]  # not قتل inside مقتل


def test_suffix_star_and_whole_words_in_english():
    assert hits("بذخائر عنقودية", "attack")
    assert hits("Shelling hit the market", "attack")
    assert not hits("Unshellingly", "attack")


def test_a_pattern_of_several_words_ends_a_word_too():
    lexicon = Lexicon([Entry("a", "سوق الهال", "x"), Entry("b", "وفقا ل", "y", suffix=True)])
    assert [h.category for h in lexicon.match("في سوق الهال القديم")] == ["a"]
    assert lexicon.match("في سوق الهالات") == []  # the last word goes on: another word
    assert [h.prefix for h in lexicon.match("ووفقا لمصادر محلية")] == ["و"]  # a proclitic takes the next word


def test_parse_pattern_modes():
    assert parse_pattern("الاثنين") == ("اثنين", "required", False)
    assert parse_pattern("(ال)عشرات") == ("عشرات", "optional", False)
    assert parse_pattern("عنقودي*") == ("عنقودي", "none", True)


def test_identical_spans_of_two_categories_are_both_kept():
    lexicon = Lexicon([Entry("a", "سوق", "x"), Entry("b", "سوق", "y")])
    assert {h.category for h in lexicon.match("في سوق المدينة")} == {"a", "b"}


def test_bad_lexicon_file_names_file_and_line(tmp_path):
    path = tmp_path / "weapons.tsv"
    path.write_text("word\tvalue\nقصف\tx\n", encoding="utf-8")
    with pytest.raises(ValueError, match="weapons.tsv"):
        read_tsv(path)
    path.write_text("pattern\tvalue\nقصف\tx\n*\ty\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"weapons.tsv:3"):
        read_tsv(path)


def test_every_lexicon_value_is_in_the_vocabulary():
    from tawthiq.records import ACTORS, TARGETS, WEAPONS

    for entry in base_lexicon().entries:
        if entry.category == "actors":
            assert entry.value in ACTORS or entry.value == "-", entry
        if entry.category == "targets":  # ("-": a place of the kind that is no target of ours, "مبنى الأمن العسكري")
            assert entry.value in TARGETS or entry.value == "-", entry
        if entry.category == "attack" and entry.extra and entry.extra[0]:
            assert entry.extra[0] in WEAPONS, entry


def test_a_place_name_takes_no_bare_fa_a_womans_name_is_no_town():
    lexicon = Lexicon()
    lexicon.add(Entry("place", "اطمه", "geonames:atmeh", ("",), "optional"))
    lexicon.add(Entry("casualty", "اطمه", "x"))  # another category keeps the bare clitic
    assert [h.category for h in lexicon.match(normalize("فاطمة").text)] == ["casualty"]
    assert sorted(h.category for h in lexicon.match(normalize("وأطمة").text)) == ["casualty", "place"]
