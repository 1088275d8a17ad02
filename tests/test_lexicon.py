"""The lexicon (issue 15 §1): its files load and validate, a user folder extends them, the
modules read their lists from it (one list per kind of word), and the drift bugs that two
copies of a list caused are gone. Texts are short sentences written for these tests."""
from __future__ import annotations

import pytest

from khabar import dates, entities, lexicon, money, numwords, quotes
from khabar.entities import extract_mentions
from khabar.io import Document
from khabar.lexicon import LexiconError, load_lexicon, read_lexicon
from khabar.quotes import extract_quotes
from khabar.text import analyse, normalise


def doc(text: str):
    return analyse(Document("t", text, "<test>", "utf-8"))


def speakers(text: str):
    article = doc(text)
    q = extract_quotes(article, extract_mentions(article))
    return [(r.speaker, r.speaker_type) for r in q.itertuples()]


def persons(text: str):
    m = extract_mentions(doc(text))
    return list(m.loc[m["label"] == "PERSON", "text"])


# ------------------------------------------------------------------ loading

def test_every_builtin_file_loads_with_named_rows():
    lex = load_lexicon()
    for name, spec in lexicon.SPECS.items():
        rows = lex[name]
        assert rows, f"{name}.tsv has no rows"
        assert all(isinstance(r, spec.row) for r in rows)
    cue = next(r for r in lex["org_cues"] if r.form == "صحيفة")
    assert (cue.type, "descriptor" in cue.roles) == ("media", True)
    assert next(r for r in lex["months"] if r.form == "شباط").month == 2


def test_loaded_once_per_process():
    assert load_lexicon() is load_lexicon()


def _copy_builtin(tmp_path):
    out = tmp_path / "builtin"
    out.mkdir()
    for p in lexicon.BUILTIN_DIR.glob("*.tsv"):
        (out / p.name).write_text(p.read_text(encoding="utf-8"), encoding="utf-8")
    return out


def test_bad_value_names_file_line_and_column(tmp_path):
    builtin = _copy_builtin(tmp_path)
    f = builtin / "org_cues.tsv"
    lines = f.read_text(encoding="utf-8").splitlines()
    lines.append("ديوان\tministry\t\t")                 # not a type
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(LexiconError) as e:
        read_lexicon(builtin)
    msg = str(e.value)
    assert "org_cues.tsv" in msg and f"line {len(lines)}" in msg and "column type" in msg


@pytest.mark.parametrize("name, row, words", [
    ("months", "أبريل\t13\tgregorian\t", ["column month"]),
    ("currencies", "دينار\tأردني\tjod\tJO\t", ["column code", "ISO 4217"]),
    ("speech_verbs", "قال\tقال\tverb", ["3 fields"]),
    ("org_cues", "شركة\tcompany\t\tagain", ["has two rows"]),
    ("boilerplate", "اقرأ (أيضا\t", ["regular expression"]),
])
def test_bad_rows_are_errors(tmp_path, name, row, words):
    builtin = _copy_builtin(tmp_path)
    f = builtin / f"{name}.tsv"
    f.write_text(f.read_text(encoding="utf-8") + row + "\n", encoding="utf-8")
    with pytest.raises(LexiconError) as e:
        read_lexicon(builtin)
    assert f"{name}.tsv" in str(e.value)
    for w in words:
        assert w in str(e.value)


def test_a_header_without_a_column_is_an_error(tmp_path):
    builtin = _copy_builtin(tmp_path)
    (builtin / "weekdays.tsv").write_text("form\tnote\nالسبت\t\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"weekdays.tsv: line 1: .*missing: weekday"):
        read_lexicon(builtin)


def test_user_folder_adds_and_replaces_rows(tmp_path):
    user = tmp_path / "data" / "lexicon"
    user.mkdir(parents=True)
    (user / "org_cues.tsv").write_text(
        "# a user's cue nouns\nform\ttype\troles\tnote\n"
        "تعاونية\tngo\t\ta cooperative\n"
        "وكالة\tgovernment\t\tin this corpus, agencies are the state's\n", encoding="utf-8")
    lex = read_lexicon(lexicon.BUILTIN_DIR, user)
    cues = {r.form: r for r in lex["org_cues"]}
    assert cues["تعاونية"].type == "ngo"
    assert cues["وكالة"].type == "government"              # replaced in place
    assert len(lex["org_cues"]) == len(load_lexicon()["org_cues"]) + 1


def test_misspelt_user_file_is_an_error(tmp_path):
    (tmp_path / "org_cue.tsv").write_text("form\ttype\troles\tnote\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="org_cue.tsv: not a lexicon file"):
        read_lexicon(lexicon.BUILTIN_DIR, tmp_path)


def test_user_folder_lookup_order(tmp_path, monkeypatch):
    monkeypatch.delenv("KHABAR_LEXICON", raising=False)
    (tmp_path / "data" / "lexicon").mkdir(parents=True)
    monkeypatch.chdir(tmp_path)
    assert lexicon.user_lexicon_dir() == tmp_path / "data" / "lexicon"
    monkeypatch.setenv("KHABAR_LEXICON", str(tmp_path / "elsewhere"))
    assert lexicon.user_lexicon_dir() == tmp_path / "elsewhere"


# ------------------------------------------------------------------ one list per kind

def test_entities_and_quotes_read_one_list_of_speech_verbs_and_cue_nouns():
    verbs = {normalise(r.form) for r in load_lexicon()["speech_verbs"] if r.role == "verb"}
    homographs = {normalise(f) for f in load_lexicon().forms("attribution", role="homograph")}
    assert entities.SPEECH_CUES == verbs - homographs
    assert verbs <= set(quotes.VERB_CUES)
    assert set(entities.ORG_CUES) == set(quotes.ORG_CUES)


def test_modules_take_their_words_from_the_lexicon():
    lex = load_lexicon()
    assert money.ISO_4217[(normalise("دينار"), normalise("أردني"))] == "JOD"
    assert set(money.APPROXIMATE_CUES) == {normalise(r.form) for r in lex["hedges"]
                                           if r.kind == "approximate"}
    assert dates.GREGORIAN_MONTHS[normalise("جويلية")] == 7     # a Maghreb name
    assert dates.WEEKDAYS[normalise("الأحد")] == 6
    assert numwords.SCALE_WORDS[normalise("مليارين")] == (10**9, "dual")
    assert normalise("مئات") in numwords.VAGUE_WORDS           # normalised like the text


# ------------------------------------------------------------------ drift bugs

@pytest.mark.parametrize("text, speaker", [
    ("قالت الحكومة: «سنرفع الحد الأدنى للأجور في الربيع».", "الحكومة"),
    ("وقال الجيش إن وحداته انسحبت من المعبر صباح اليوم.", "الجيش"),
    ("وقالت الشرطة إن الطريق أغلق بعد الحادث.", "الشرطة"),
    ("وقالت الرئاسة في بيان إن الزيارة تأجلت إلى الشهر المقبل.", "الرئاسة"),
    ("قالت الشركة: «سنفتح فرعا ثالثا في المدينة».", "الشركة"),
])
def test_institution_nouns_speak_as_organisations(text, speaker):
    assert speakers(text) == [(speaker, "organisation")]


@pytest.mark.parametrize("text, name", [
    ("وأعلن أحمد سالم، مدير الحملة، أن التبرعات تضاعفت هذا العام.", "أحمد سالم"),
    ("فأضافت هالة يوسف، منسقة المشروع، أن العمل سيبدأ قريبا.", "هالة يوسف"),
    ("وتقول منى عيسى، الباحثة في المركز، إن الأرقام لم تنشر.", "منى عيسى"),
])
def test_a_speech_verb_with_proclitics_is_never_part_of_a_name(text, name):
    assert persons(text) == [name]


def test_a_definite_noun_after_a_verb_is_not_a_person():
    assert persons("وهذا لا يعتبر بالأمر الهين في نظر المراقبين.") == []


def test_a_function_word_or_speech_verb_ends_a_name_even_with_a_clitic():
    assert entities.words._breaks("وأعلن", normalise("وأعلن"))
    assert entities.words._breaks("فقالت", normalise("فقالت"))
    assert not entities.words._breaks("أعلام", normalise("أعلام"))


def test_credits_and_countries_name_gazetteer_entities():
    from khabar.gazetteer import load_gazetteer
    entries = load_gazetteer().entries
    lex = load_lexicon()
    for r in lex["agency_credits"]:
        assert entries[r.entity].type == "media", r.entity
    for r in lex["countries"]:
        for place in (r.place, *r.cities, *filter(None, [r.capital])):
            assert entries[place].label == "PLACE", place
    for r in lex["sports"]:
        assert not r.entity or entries[r.entity].label == "ORG", r.entity
        assert not r.entity or r.role == "club_name", r.form


def test_every_cue_type_is_a_gazetteer_type_or_a_kind_of_mention():
    from khabar.gazetteer import ORG_TYPES
    assert set(lexicon.ORG_TYPES) == set(ORG_TYPES)
    assert {r.type for r in load_lexicon()["org_cues"]} <= set(ORG_TYPES) | {"project", "place"}


def test_country_forms_leave_out_names_that_are_common_words():
    # a nisba or capital that is also a common word is no country evidence: مالي
    # (financial), بنين (sons), روماني (Roman), قمري (lunar), سيول (floods), كابل (cable);
    # such a country may have no adjective in countries.tsv
    forms = {r.form for r in load_lexicon()["country_forms"]}
    assert not forms & {"مالي", "بنين", "روماني", "قمري", "سيول", "كابل", "جورجيا", "مجري"}
    rows = {r.code: r for r in load_lexicon()["countries"]}
    assert rows["KM"].adjective == () and rows["RO"].adjective == ()
    assert rows["KE"].adjective == ("كيني",) and rows["KE"].capital == "Nairobi"


def test_forms_answers_each_question_from_the_rows_and_a_fresh_list(tmp_path):
    # Lexicon.forms keeps each answer (modules ask the same question once per row of
    # another file): the answer must still be the rows' first column in file order, for
    # a tuple of values too, in a new list each call (a caller may change its copy), and
    # one lexicon's answers are never another's.
    builtin = _copy_builtin(tmp_path)
    (builtin / "weekdays.tsv").write_text("form\tweekday\tnote\nالسبت\t5\t\nالأحد\t6\t\n",
                                          encoding="utf-8")
    lex = read_lexicon(builtin)
    assert lex.forms("weekdays") == ["السبت", "الأحد"]
    first = lex.forms("weekdays", weekday=(6, 5))
    assert first == ["السبت", "الأحد"]
    first.append("x")
    assert lex.forms("weekdays", weekday=(6, 5)) == ["السبت", "الأحد"]
    assert lex.forms("weekdays", weekday=6) == ["الأحد"]
    assert lex.forms("weekdays", weekday=9) == []
    assert load_lexicon().forms("weekdays") == [r.form for r in load_lexicon()["weekdays"]]
