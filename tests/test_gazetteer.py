"""Loading and validating the gazetteer files (built-in and the user's)."""
from __future__ import annotations

import pytest

from khabar.gazetteer import load_gazetteer


@pytest.mark.parametrize("make, error", [
    (lambda tmp: tmp / "missing.csv", FileNotFoundError),
    (lambda tmp: tmp, IsADirectoryError),
])
def test_a_khabar_gazetteer_that_names_no_file_is_an_error(tmp_path, monkeypatch, make, error):
    target = make(tmp_path)
    monkeypatch.setenv("KHABAR_GAZETTEER", str(target))
    with pytest.raises(error) as exc:
        load_gazetteer()
    assert f"KHABAR_GAZETTEER={target}" in str(exc.value)


def test_the_cli_says_when_khabar_gazetteer_names_no_file(tmp_path, monkeypatch, capsys):
    from khabar.cli import main

    monkeypatch.setenv("KHABAR_GAZETTEER", str(tmp_path / "missing.csv"))
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("قالت المنظمة إن التمويل توقف.", encoding="utf-8")
    assert main(["extract", str(tmp_path / "in"), "--out", str(tmp_path / "out"), "--quiet"]) == 1
    err = capsys.readouterr().err
    assert err == f"khabar: gazetteer: KHABAR_GAZETTEER={tmp_path / 'missing.csv'}: no such file\n"


HEADER = "entity,label,type,aliases\n"


def _gazetteer(tmp_path, body: str, encoding: str = "utf-8"):
    path = tmp_path / "gaz.csv"
    path.write_bytes((HEADER + body).encode(encoding))
    return path


@pytest.mark.parametrize("body, message", [
    ("مرصد الإعلام,ORG\n", "line 2 has 2 field(s), the header 4"),
    ("مرصد الإعلام,ORG,ngo,مرصد|MO,extra\n", "line 2 has 5 field(s), the header 4"),
    ("# a comment\n# another\n\nمرصد الإعلام,ORGANISATION,ngo,مرصد\n",
     "line 5 ('مرصد الإعلام'): label must be one of"),
    ('# comment\n"مرصد\nالإعلام",ORG,nonprofit,x\n', "line 3 ('مرصد\\nالإعلام'): label must"),
    (" ,ORG,ngo,مرصد|MO\n", "line 2: the entity (canonical name) is empty"),
])
def test_a_malformed_row_is_an_error_naming_file_and_line(tmp_path, body, message):
    path = _gazetteer(tmp_path, body)
    with pytest.raises(ValueError) as exc:
        load_gazetteer(path)
    assert str(exc.value).startswith(f"{path}: ") and message in str(exc.value)


def test_a_windows_1256_gazetteer_is_read(tmp_path):
    path = _gazetteer(tmp_path, "# منظمات محلية\nمرصد الإعلام المستقل,ORG,ngo,مرصد الإعلام|IMO\n",
                      "cp1256")
    gaz = load_gazetteer(path)
    assert gaz.entries["مرصد الإعلام المستقل"].type == "ngo"


def test_an_undecodable_gazetteer_names_the_file(tmp_path):
    path = tmp_path / "gaz.csv"
    path.write_bytes(b"\xff\xfe" + HEADER.encode("utf-16-le") + b"\x00")   # odd length
    with pytest.raises(ValueError) as exc:
        load_gazetteer(path)
    assert str(exc.value).startswith(f"{path}: ") and "not valid utf-16" in str(exc.value)


def test_the_shipped_gazetteers_load():
    from khabar.gazetteer import BUILTIN, _read_rows
    rows = _read_rows(BUILTIN)
    assert len(rows) > 300 and all(e.entity for e, _ in rows)


def _builtin_hits(sentence: str) -> list[tuple[str, str, str]]:
    """(matched text, entity, label) of every built-in alias found in ``sentence``, scanning
    token by token as the extractor does (longest match, proclitics allowed)."""
    from khabar.gazetteer import BUILTIN, Gazetteer, _read_rows, token_key
    from khabar.text import tokenise

    g = Gazetteer(_read_rows(BUILTIN))
    toks = [t for t in tokenise(sentence) if t.kind != "punct"]
    keys = [token_key(t.norm, t.kind) for t in toks]
    hits, i = [], 0
    while i < len(keys):
        m = g.match(keys, i)
        if m is None:
            i += 1
            continue
        n, _, entry = m
        hits.append((" ".join(t.text for t in toks[i:i + n]), entry.entity, entry.label))
        i += n
    return hits


@pytest.mark.parametrize("sentence", [
    # Outlet titles that are also ordinary phrases must not fire on the phrase.
    "وأعلنت روسيا اليوم أنها سترد على العقوبات الجديدة.",
    "وتراجع سعر الجنيه المصري اليوم أمام الدولار في البنوك.",
    "وفي اليوم السابع من الإضراب عاد العمال إلى المصانع.",
    "وكان الصباح باردا، ثم أشرقت الشمس وقت الشروق على الجزيرة.",
    "وقال إن الرأي العام يتابع أخبار اليوم بعد البيان الأخير.",
])
def test_builtin_aliases_do_not_fire_on_ordinary_phrases(sentence):
    # روسيا alone is the place Russia; no organisation may be read into these phrases.
    assert [h for h in _builtin_hits(sentence) if h[2] == "ORG"] == []


@pytest.mark.parametrize("sentence, entity", [
    ("قال المركزي الليبي إن الإيرادات تراجعت.", "Central Bank of Libya"),
    ("وأكد بنك السودان المركزي استقرار سعر الصرف.", "Central Bank of Sudan"),
    ("ونقلت صحيفة الشروق الجزائرية عن مصدر رسمي الخبر.", "Echorouk (Algeria)"),
    ("بحسب ما أوردته جريدة الصباح المغربية أمس.", "Assabah (Morocco)"),
    ("وافق البنك الإفريقي للتنمية على القرض.", "African Development Bank"),
    ("وقدم الصندوق الكويتي للتنمية منحة.", "Kuwait Fund for Arab Economic Development"),
    # The longest alias wins: a commercial bank named after a central bank.
    ("افتتح بنك الجزائر الخارجي فرعا جديدا.", "Banque Extérieure d'Algérie"),
])
def test_builtin_outlets_and_central_banks_resolve(sentence, entity):
    assert entity in [e for _, e, _ in _builtin_hits(sentence)]


@pytest.mark.parametrize("sentence, entity", [
    # the refugee agency in the word order agency + الأمم المتحدة + للاجئين: not the UN
    ("وقالت مفوضية الأمم المتحدة للاجئين إن المخيمات مكتظة.", "UNHCR"),
    ("وحذرت المفوضية السامية للأمم المتحدة للاجئين من نقص التمويل.", "UNHCR"),
    ("وأشارت المفوضية الأممية لشؤون اللاجئين إلى تزايد العائدين.", "UNHCR"),
    ("ودعت منظمة هيومن رايتس واتش إلى الإفراج عن المعتقلين.", "Human Rights Watch"),
    ("وخفضت وكالة ستاندرد آند بورز التصنيف السيادي للبلاد.", "S&P Global Ratings"),
    ("وأبقت موديز على نظرتها المستقبلية المستقرة.", "Moody's"),
    ("وعدلت فيتش توقعاتها للنمو.", "Fitch Ratings"),
    ("ووزعت اليونيسيف حقائب مدرسية على الأطفال.", "UNICEF"),
    ("ووقع صندوق التنمية السعودي اتفاقية قرض جديدة.", "Saudi Fund for Development"),
    ("ورفضت قحت الإعلان الدستوري الجديد.", "Forces of Freedom and Change"),
    ("ويمول المشروع التعاون الإيطالي بمنحة.", "Italian Agency for Development Cooperation"),
    ("وقدم التعاون الألماني دعما تقنيا للبلديات.", "GIZ"),
    ("وتعهدت مجموعة العشرين بتخفيف الديون.", "Group of Twenty"),
    ("وتراجع نمو دول مجموعة الـ 20 هذا العام.", "Group of Twenty"),
    ("واجتمع قادة مجموعة السبع في قمة طارئة.", "Group of Seven"),
    ("وقدمت المؤسسة الدولية للتنمية للبلاد منحة جديدة.", "International Development Association"),
])
def test_builtin_spellings_and_word_orders_of_well_known_bodies(sentence, entity):
    assert entity in [e for _, e, _ in _builtin_hits(sentence)]


@pytest.mark.parametrize("words, entity", [
    # ل + ال before a word in ل is written with two lams: للجنة is ل + اللجنة ...
    ("للجنة الدولية للصليب الأحمر", "International Committee of the Red Cross"),
    ("وللجنة الدولية للصليب الأحمر", "International Committee of the Red Cross"),
    # ... or ل + لجنة without the article, where an alias so begins
    ("للجنة حماية الصحفيين", "Committee to Protect Journalists"),
])
def test_li_before_a_word_in_lam_reads_with_or_without_the_article(words, entity):
    from khabar.gazetteer import token_key
    from khabar.text import normalise

    keys = [token_key(normalise(w), "arabic") for w in words.split()]
    hit = load_gazetteer().match(keys, 0)
    assert hit is not None and hit[0] == len(keys) and hit[2].entity == entity


@pytest.mark.parametrize("words, entity", [
    # press names of well-known bodies besides their official ones
    ("منظمة الأمم المتحدة للأمومة والطفولة", "UNICEF"),
    ("يونسيف", "UNICEF"),
    ("الاتحاد الدولي للصليب الأحمر والهلال الأحمر",
     "International Federation of Red Cross and Red Crescent Societies"),
    ("البنك الأوروبي للإنشاء والتعمير", "European Bank for Reconstruction and Development"),
    ("توتال إنيرجيز", "TotalEnergies"),
    ("الشركة التونسية للبنك", "Société Tunisienne de Banque"),
    ("جمعية مصارف لبنان", "Association of Banks in Lebanon"),
    ("الاتحاد للطيران", "Etihad Airways"),
    ("المفوضية الأوربية", "European Commission"),
    ("Raja Club Athletic", "Raja CA"),
    ("الجامعة الملكية المغربية لكرة القدم", "Royal Moroccan Football Federation"),
    ("مؤسسة الإمارات للاتصالات", "Etisalat"),
    ("مجموعة زين", "Zain Group"),
    ("الهيئة الكويتية العامة للاستثمار", "Kuwait Investment Authority"),
    # stock exchanges: سوق is no cue, so only the gazetteer finds them
    ("سوق دبي المالي", "Dubai Financial Market"),
    ("سوق مسقط للأوراق المالية", "Muscat Stock Exchange"),
    ("سوق فلسطين للأوراق المالية", "Palestine Exchange"),
    ("الحركة الدولية للصليب الأحمر والهلال الأحمر",
     "International Red Cross and Red Crescent Movement"),
    ("حركة الهلال الأحمر والصليب الأحمر", "International Red Cross and Red Crescent Movement"),
])
def test_press_names_of_known_bodies(words, entity):
    from khabar.gazetteer import token_key
    from khabar.text import normalise

    keys = [token_key(normalise(w), "latin" if w.isascii() else "arabic")
            for w in words.split()]
    hit = load_gazetteer().match(keys, 0)
    assert hit is not None and hit[0] == len(keys) and hit[2].entity == entity


def test_al_ain_club_is_a_known_body():
    from khabar.gazetteer import token_key
    from khabar.text import normalise

    keys = [token_key(normalise(w), "arabic") for w in "نادي العين الإماراتي".split()]
    hit = load_gazetteer().match(keys, 0)
    assert hit is not None and hit[0] == 3 and hit[2].entity == "Al Ain FC"


def test_the_state_department_in_both_spellings_of_american():
    # الأمريكية and the Levantine الأميركية: one gazetteer body
    from khabar.entities import extract_mentions
    from khabar.io import Document
    from khabar.text import analyse
    for adjective in ("الأمريكية", "الأميركية"):
        text = f"وقالت وزارة الخارجية {adjective} إن المساعدات ستصل غدا."
        m = extract_mentions(analyse(Document("t", text, "t.txt", "utf-8")))
        assert list(m["entity"]) == ["US State Department"], adjective


@pytest.mark.parametrize("sentence, entity", [
    # energy companies that oil and gas news names with or without a cue
    ("ووقعت شركة بي بي البريطانية عقدا لتطوير الحقل.", "BP"),
    ("وقالت بريتيش بتروليوم إن الإنتاج ارتفع.", "BP"),
    ("وتشارك إيني الإيطالية في التنقيب قبالة السواحل.", "Eni"),
    ("وباعت ريبسول حصتها في المصفاة.", "Repsol"),
    ("وأعلنت إكوينور النرويجية اكتشافا جديدا.", "Equinor"),
    ("وتدير سونانغول الحقول البحرية في أنغولا.", "Sonangol"),
    ("واشترت سيبسا حصة في مشروع الغاز.", "Cepsa"),
    ("وزادت أدنوك إنتاجها من الخام.", "ADNOC"),
    ("وفازت أوراسكوم للإنشاءات بعقد محطة الكهرباء.", "Orascom Construction"),
    ("وقالت شركة شل إن الشحنة وصلت.", "Shell"),
    # intergovernmental bodies and a donor agency of aid news
    ("وتبدأ جمعية الصحة العالمية دورتها السنوية الأسبوع المقبل.", "World Health Assembly"),
    ("وكانت عصبة الأمم قد أنشئت بعد الحرب العالمية الأولى.", "League of Nations"),
    ("وقدمت الوكالة الأميركية للتنمية منحة للمدارس.", "USAID"),
    ("وأوقفت وكالة الولايات المتحدة للتنمية الدولية برامجها.", "USAID"),
    ("وقالت يو إس إيد إن المساعدات ستستمر.", "USAID"),
    # a US body in the Levantine and Gulf spelling الأميركية as well
    ("وقالت وزارة الدفاع الأميركية إن القوات وصلت.", "Pentagon"),
    # the German development bank under its Arabic translation, and an oil-service firm
    ("ومولت مؤسسة القروض لإعادة الإعمار الألمانية محطة المياه.", "KfW"),
    ("ووقعت مؤسسة هاليبورتون عقدا للحفر.", "Halliburton"),
])
def test_energy_companies_and_aid_bodies_of_the_news(sentence, entity):
    assert entity in [e for _, e, _ in _builtin_hits(sentence)]


@pytest.mark.parametrize("sentence", [
    # words that look like a new alias but are not: إني (indeed I), شل (paralysed), a
    # given name, Orascom with no word saying which of its companies
    "وقال المهندس إني متفائل بنتائج الحفر.",
    "وشل الإضراب حركة الموانئ.",
    "وقالت إنجي إن الحقل سيبدأ الإنتاج.",
    "وقالت أوراسكوم إن العمل يسير كما خطط له.",
])
def test_new_energy_aliases_do_not_fire_on_ordinary_words(sentence):
    assert [h for h in _builtin_hits(sentence) if h[2] == "ORG"] == []


def test_the_world_health_assembly_is_intergovernmental_not_an_association():
    # جمعية is an NGO cue, but the gazetteer knows the assembly of the WHO's member states
    from khabar.entities import extract_mentions
    from khabar.io import Document
    from khabar.text import analyse
    text = "واعتمدت جمعية الصحة العالمية قرارا بشأن اللقاحات."
    m = extract_mentions(analyse(Document("t", text, "t.txt", "utf-8")))
    assert list(zip(m["entity"], m["org_type"])) == [("World Health Assembly",
                                                      "intergovernmental")]
