from hypothesis import given, strategies as st

from tawthiq.language.numbers import compose, digit_numbers
from tawthiq.language.scan import scan

ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
PERSIAN = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")


@given(st.integers(min_value=0, max_value=99999))
def test_digits_in_every_script_read_the_same(n):
    for table in (None, ARABIC_INDIC, PERSIAN):
        text = f"قتل {str(n) if table is None else str(n).translate(table)} مدنيا"
        numbers = [i.number for i in scan(text).items if i.number is not None]
        assert numbers == [n]


def test_not_counts_dates_times_ages_units():
    assert digit_numbers("13/11/2017") == []
    assert digit_numbers("الساعة 14,08") == []
    assert digit_numbers("العمر /40/ عاما") == []
    assert digit_numbers("35كم") == []
    assert [n.value for n in digit_numbers("affected 2,300 locations")] == [2300]


def test_compose_number_words():
    assert compose([(5, "unit"), (20, "ten")]) == 25
    assert compose([(3, "unit"), (1000, "scale")]) == 3000
    assert compose([(100, "ten"), (20, "ten")]) == 120


def _word_value(text: str) -> int:
    return [i.number for i in scan(text).items if i.number is not None][0]


def test_number_words_with_gender_case_and_no_hamza():
    assert _word_value("قتل تسعة مدنيين") == 9
    assert _word_value("قتل تسع نساء") == 9
    assert _word_value("قتل اربعة مدنيين") == 4
    assert _word_value("قتل أحد عشر مدنيا") == 11
    assert _word_value("قتل خمسة وعشرون مدنيا") == 25
    assert _word_value("killed twenty five people") == 25
    assert _word_value("A hundred and twelve people were killed") == 112  # "and" after hundreds, in English
    assert _word_value("في تلات شهدا") == 3 and _word_value("تنين شهدا وخمس مصابين") == 2  # spoken Arabic
    assert _word_value("two hundred and thirty-one wounded") == 231
    assert [i.number for i in scan("killed four and wounded two").items if i.number is not None] == [4, 2]


@given(st.integers(min_value=1, max_value=9), st.sampled_from([20, 30, 40, 50, 60, 70, 80, 90]))
def test_unit_and_ten_compose(unit, ten):
    units = ["واحد", "اثنان", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة"]
    tens = {20: "عشرون", 30: "ثلاثون", 40: "أربعون", 50: "خمسون", 60: "ستون", 70: "سبعون", 80: "ثمانون", 90: "تسعون"}
    assert _word_value(f"قتل {units[unit - 1]} و{tens[ten]} مدنيا") == unit + ten
