from tawthiq.extract.assemble import split_clauses
from tawthiq.language.scan import scan


def clause_texts(text: str) -> list[str]:
    sc = scan(text)
    return [sc.text[c.start : c.end].strip(" \n.,") for c in split_clauses(sc) if sc.text[c.start : c.end].strip()]


def test_sentences_split_at_full_stops_and_lines():
    parts = clause_texts("قصفت الطائرات سرمين. وقتل مدنيان في بنش\nوأصيب ثلاثة في أريحا")
    assert len(parts) == 3
    assert parts[0].startswith("قصفت") and parts[2].startswith("واصيب")


def test_clause_break_words_after_a_comma_start_a_new_clause():
    parts = clause_texts("قتل مدني في سرمين، كما أصيب طفلان في بنش، فيما قصفت المدفعية أريحا")
    assert [p.split()[0] for p in parts] == ["قتل", "كما", "فيما"]


def test_clause_break_word_without_a_comma_does_not_split():
    assert len(clause_texts("قتل مدني كما قالت مصادر محلية")) == 1


def test_decimal_and_abbreviations_do_not_end_sentences():
    # "3.5" and "م.د" have no space after the dot.
    assert len(clause_texts("سقطت 3.5 أطنان من القذائف واستهدف صاروخ م.د سيارة")) == 1


def test_wa_fi_after_a_comma_starts_a_new_clause():
    parts = clause_texts("قتل مدني بقصف على بلدة جبالا، وفي بابيلا أصيب رجلان جراء قصف جوي")
    assert [p.split()[0] for p in parts] == ["قتل", "وفي"]
    assert len(clause_texts("قتل مدني وفي المساء أصيب رجلان")) == 1  # no comma: one clause


def test_page_furniture_is_blanked_in_place():
    from tawthiq.extract.pipeline import without_page_furniture
    text = "Home > News\nTwo civilians were killed in Sarmin.\nRead more: Five killed in Ariha\nاقرأ أيضاً: مقتل طفلين"
    blanked = without_page_furniture(text)
    assert len(blanked) == len(text) and blanked.count("\n") == text.count("\n")
    assert "Sarmin" in blanked and "Ariha" not in blanked and "طفلين" not in blanked and "Home" not in blanked
    assert without_page_furniture("Most people read more: books.") == "Most people read more: books."
