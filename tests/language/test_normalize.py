from hypothesis import given, strategies as st

from tawthiq.language.normalize import detect_language, hashtag_key, normalize


def test_folds_letters_and_digits_one_to_one():
    result = normalize("أصيب ٩ مدنيين في إدلب")
    assert result.text == "اصيب 9 مدنيين في ادلب"
    assert result.origin is None  # nothing dropped, offsets unchanged


def test_dropped_harakat_keep_offsets_to_the_original():
    original = "قُتِلَ مدنيٌّ في سرمين"
    result = normalize(original)
    assert "قتل" in result.text
    start = result.text.index("سرمين")
    a, b = result.to_original(start, start + len("سرمين"))
    assert original[a:b] == "سرمين"
    a, b = result.to_original(0, 3)
    assert original[a:b] == "قُتِل"


@given(st.text(alphabet="ابتثقُتِلَـًٌٍّ ٠١٢٣abc", max_size=60))
def test_every_normalized_char_maps_back_to_an_original_char(text):
    result = normalize(text)
    for i, ch in enumerate(result.text):
        a, b = result.to_original(i, i + 1)
        assert b - a == 1
        assert normalize(result.original[a:b]).text == ch


def test_hashtag_key_joins_spellings_of_one_campaign():
    spellings = ["#الأسد_يقصف_إدلب", "#الاسد_يقصف_ادلب", "#الأسـد_يقصف_إدلب", "#الأسد_يقصف_إدلبی"]
    keys = {hashtag_key(s) for s in spellings[:3]}
    assert len(keys) == 1
    assert hashtag_key(spellings[3]).endswith("ادلبي")


def test_language_detection():
    assert detect_language("قصف مدفعي على سرمين") == "ar"
    assert detect_language("Shelling hit Sarmin on Tuesday") == "en"


def test_a_words_hyphen_at_a_line_end_joins_the_word_and_offsets_still_point_at_the_original():
    text = "killing seven civil-\nians, including two chil-\ndren"
    norm = normalize(text)
    assert "civilians" in norm.text and "children" in norm.text
    start = norm.text.index("children")
    assert norm.original_span(start, start + len("children")) == "chil-\ndren"
    assert normalize("a well-known\n- list item").text == "a well-known\n- list item"
