"""Reading saved web pages, Word files and PDFs (khabar/formats.py).

Every file here is made by the test itself: pages and Word files from sentences written
for these tests (or from the seed article in seeds/), PDFs printed by headless Chromium
(real shaping and bidi; the test skips where Debian's `chromium` is not installed —
.ci/run installs it) or written by fpdf2 with lines stored in visual order.
"""
from __future__ import annotations

import email.policy
import html
import json
import os
import shutil
import subprocess
import tempfile
import unicodedata
from email.message import EmailMessage
from pathlib import Path

import matplotlib
import pytest

from khabar import formats, schema
from khabar.io import InputError, read_corpus
from khabar.pipeline import extract, write_tables
from khabar.text import normalise

from .conftest import SEED

SEED_TEXT = SEED.read_text(encoding="utf-8")

#: A font with Arabic glyphs that every install has (matplotlib ships DejaVu Sans), so
#: the printed PDFs do not depend on the system's fonts.
FONT = Path(matplotlib.get_data_path()) / "fonts" / "ttf" / "DejaVuSans.ttf"

#: Sentences written for these tests (not taken from any publication).
ARTICLE = [
    "أعلنت وزارة المالية يوم الأحد 3 مارس 2024 عن منحة قيمتها 1.2 مليار دولار لمشروع "
    "الطاقة الشمسية في الجنوب، وقالت إن العمل سيبدأ في الخريف المقبل.",
    "وقالت سلمى الخطيب، مديرة منظمة العدالة الإعلامية MediaJustice: «سنراقب المشروع "
    "منذ اليوم الأول حتى نهايته، وسننشر تقريرا كل ثلاثة أشهر».",
    "وكانت الحكومة قد خصصت نحو 40 مليون يورو (أي ما يقارب 43 مليون دولار) لدراسات "
    "المشروع في عام 2019.",
]
MENUS = ["الرئيسية", "سياسة", "اقتصاد", "رياضة", "اتصل بنا"]
RELATED = ["تقرير آخر عن أسعار الوقود في المدينة", "ملعب جديد يفتتح الشهر القادم"]


def page(paragraphs: list[str], title: str = "منحة للطاقة الشمسية",
         head: str = "", menus: bool = True) -> str:
    """An Arabic news page: menus, the article's paragraphs, related links, a footer;
    ``menus=False``: the article alone (a document to print to PDF)."""
    nav = "".join(f'<li><a href="/{i}">{m}</a></li>' for i, m in enumerate(MENUS))
    related = "".join(f'<li><a href="/r{i}">{r}</a></li>' for i, r in enumerate(RELATED))
    paras = "\n".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    h1 = f"<h1>{title}</h1>" if title else ""
    header = f'<header><ul class="menu">{nav}</ul></header>' if menus else ""
    aside = f"<aside><h2>اقرأ أيضا</h2><ul>{related}</ul></aside>" if menus else ""
    footer = "<footer><p>جميع الحقوق محفوظة لموقع أخبار الاختبار</p></footer>" if menus else ""
    return f"""<!doctype html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{title} | أخبار الاختبار</title>
{head}<style>@font-face {{ font-family: "Test Arabic"; src: url("{FONT.as_uri()}"); }}
body {{ font-family: "Test Arabic"; font-size: 12pt; }}</style></head>
<body>{header}<main><article>{h1}
{paras}
</article>{aside}</main>{footer}</body></html>"""


HEAD = """<meta property="og:site_name" content="أخبار الاختبار">
<meta name="author" content="ليلى حداد">
<meta property="article:published_time" content="2024-03-04T09:30:00+02:00">
<link rel="canonical" href="https://news.example/ar/solar-grant">
"""


# --------------------------------------------------------------------------- HTML

def test_html_article_between_menus_is_read_with_its_metadata(tmp_path):
    path = tmp_path / "solar.html"
    path.write_text(page(ARTICLE, head=HEAD), encoding="utf-8")
    doc = formats.read_file(path, "solar")
    assert doc.text.split("\n") == ["منحة للطاقة الشمسية"] + ARTICLE   # headline, body
    for boilerplate in MENUS + RELATED + ["جميع الحقوق محفوظة"]:
        assert boilerplate not in doc.text
    assert doc.meta["title"] == "منحة للطاقة الشمسية"
    assert doc.meta["author"] == "ليلى حداد"
    assert doc.meta["date"] == "2024-03-04"
    assert doc.meta["outlet"] == "أخبار الاختبار"
    assert doc.meta["url"] == "https://news.example/ar/solar-grant"
    assert doc.meta["format"] == "html" and doc.meta["extractor"].startswith("trafilatura ")
    assert doc.encoding == "utf-8"


def test_metadata_json_wins_and_the_page_fills_what_it_leaves_empty(tmp_path):
    (tmp_path / "solar.htm").write_text(page(ARTICLE, head=HEAD), encoding="utf-8")
    (tmp_path / "metadata.json").write_text(json.dumps(
        {"solar.htm": {"title": "عنوان من المحرر", "date": "", "language": "ar"}}),
        encoding="utf-8")
    (doc,), problems = read_corpus(tmp_path)
    assert problems == []
    assert doc.meta["title"] == "عنوان من المحرر"          # metadata.json, non-empty
    assert doc.meta["date"] == "2024-03-04"                # empty there: from the page
    assert doc.meta["language"] == "ar"


def test_windows_1256_page_is_decoded_by_its_declared_charset(tmp_path):
    text = page(ARTICLE[:1]).replace('charset="utf-8"', 'charset="windows-1256"')
    path = tmp_path / "old.html"
    path.write_bytes(text.encode("cp1256", errors="ignore"))
    doc = formats.read_file(path)
    assert doc.encoding == "windows-1256"
    assert doc.text.split("\n") == ["منحة للطاقة الشمسية", ARTICLE[0]]


def test_simple_mhtml_reads_its_html_part(tmp_path):
    msg = EmailMessage(policy=email.policy.default)
    msg["Snapshot-Content-Location"] = "https://news.example/ar/solar-grant"
    msg["Subject"] = "solar"
    msg.make_related()
    msg.add_related(page(ARTICLE), subtype="html", charset="utf-8", cte="quoted-printable")
    msg.add_related(b"\x89PNG fake image bytes", maintype="image", subtype="png", cid="<i1>")
    path = tmp_path / "solar.mhtml"
    path.write_bytes(msg.as_bytes())
    assert b"=D8" in path.read_bytes()                     # the HTML really is encoded
    doc = formats.read_file(path)
    assert doc.text.split("\n") == ["منحة للطاقة الشمسية"] + ARTICLE
    assert doc.meta["format"] == "mhtml"
    assert doc.meta["url"] == "https://news.example/ar/solar-grant"


def test_page_without_an_article_is_a_named_problem(tmp_path):
    path = tmp_path / "menu-only.html"
    path.write_text("<html><head><title>صور</title></head><body><img src='a.png'>"
                    "<script>var x = 1;</script></body></html>", encoding="utf-8")
    with pytest.raises(InputError, match=r"menu-only\.html: no article text"):
        formats.read_file(path)


# --------------------------------------------------------------------------- Word

def write_docx(path: Path, paragraphs: list[str], title="", author="", created=None,
               table: list[list[str]] | None = None) -> None:
    """A Word file made with python-docx: Arabic runs marked right-to-left (w:rtl),
    Latin and digit runs not, as Word stores a mixed sentence."""
    import re

    import docx

    document = docx.Document()
    for text in paragraphs:
        p = document.add_paragraph()
        for piece in re.findall(r"[A-Za-z0-9.]+|[^A-Za-z0-9.]+", text):
            run = p.add_run(piece)
            run.font.rtl = not re.match(r"[A-Za-z0-9.]", piece)
    if table:
        t = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, cell in enumerate(row):
                t.cell(r, c).text = cell
    props = document.core_properties
    props.title, props.author = title, author
    if created is not None:
        props.created = created
    document.save(path)


def test_docx_paragraphs_in_order_with_core_properties(tmp_path):
    import datetime

    import docx

    path = tmp_path / "grant.docx"
    write_docx(path, ARTICLE, title="منحة الطاقة", author="مكتب الأخبار",
               created=datetime.datetime(2024, 3, 5, 8, 0),
               table=[["الجهة", "المبلغ"], ["وزارة المالية", "1.2 مليار دولار"]])
    runs = docx.Document(path).paragraphs[0].runs
    assert len(runs) > 3 and runs[0].font.rtl and not runs[1].font.rtl   # mixed runs
    doc = formats.read_file(path, "grant")
    lines = doc.text.split("\n")
    assert lines[:3] == ARTICLE                           # logical order, as stored
    assert lines[3:] == ["الجهة", "المبلغ", "وزارة المالية", "1.2 مليار دولار"]
    assert doc.meta["title"] == "منحة الطاقة" and doc.meta["author"] == "مكتب الأخبار"
    # The file's creation date is not the article's: relative dates would follow it.
    assert "date" not in doc.meta
    assert doc.meta["format"] == "docx" and doc.meta["extractor"].startswith("python-docx ")
    assert doc.encoding == ""


def test_docx_merged_table_cell_is_read_once(tmp_path):
    import docx

    document = docx.Document()
    document.add_paragraph(ARTICLE[0])
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).merge(table.cell(0, 1)).text = "ميزانية المشروع"
    table.cell(1, 0).text, table.cell(1, 1).text = "2024", "1.2 مليار دولار"
    path = tmp_path / "table.docx"
    document.save(path)
    lines = formats.read_file(path).text.split("\n")
    assert lines == [ARTICLE[0], "ميزانية المشروع", "2024", "1.2 مليار دولار"]


def test_corrupt_docx_is_named_and_the_rest_still_run(tmp_path):
    (tmp_path / "broken.docx").write_bytes(b"PK\x03\x04 not really a zip archive")
    (tmp_path / "fine.txt").write_text(ARTICLE[0], encoding="utf-8")
    before = (tmp_path / "broken.docx").read_bytes()
    docs, problems = read_corpus(tmp_path)
    assert [d.doc_id for d in docs] == ["fine"]
    assert [p.source for p in problems] == [f"{tmp_path.name}/broken.docx"]
    assert "Word" in problems[0].reason
    assert (tmp_path / "broken.docx").read_bytes() == before     # never modified


# --------------------------------------------------------------------------- PDF

def chromium_pdf(html_text: str, folder: Path, name: str) -> Path:
    """``html_text`` printed to PDF by headless Chromium; skips without Chromium."""
    exe = shutil.which("chromium") or shutil.which("chromium-browser")
    if exe is None:
        pytest.skip("Debian's chromium is not installed (.ci/run installs it)")
    work = Path(tempfile.mkdtemp(prefix="khabar-chromium-"))
    src, out = work / f"{name}.html", folder / f"{name}.pdf"
    src.write_text(html_text, encoding="utf-8")
    try:
        subprocess.run([exe, "--headless", "--no-sandbox", "--disable-gpu",
                        "--no-pdf-header-footer", f"--user-data-dir={work / 'profile'}",
                        f"--print-to-pdf={out}", src.as_uri()],
                       check=True, capture_output=True, timeout=180)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return out


def test_pdf_printed_by_chromium_reads_in_logical_order(tmp_path):
    path = chromium_pdf(page(ARTICLE, menus=False), tmp_path, "printed")
    import pdfplumber

    with pdfplumber.open(path) as pdf:                    # what a naive extraction gives
        naive = pdf.pages[0].extract_text()
    assert "أعلنت" not in naive and "ﺖﻨﻠﻋأ" in naive        # letters in visual order
    doc = formats.read_file(path, "printed")
    lines = doc.text.split("\n")
    assert lines[1:] == ARTICLE                           # after the <h1> title
    assert lines[0] == "منحة للطاقة الشمسية"
    assert not any("\uFB50" <= c <= "\uFEFF" for c in doc.text)   # forms folded
    assert doc.meta["extractor"].endswith("visual order restored")
    assert doc.meta["format"] == "pdf"


def wrap_to_width(pdf, text: str, shape=lambda s: s) -> list[str]:
    """``text`` wrapped as a layout engine wraps it: as many words per line as fit the
    page's text width (measured on the line as drawn, ``shape(line)``)."""
    lines: list[str] = []
    for word in text.split():
        if lines and pdf.get_string_width(shape(f"{lines[-1]} {word}")) <= pdf.epw:
            lines[-1] += f" {word}"
        else:
            lines.append(word)
    return lines


def fpdf_file(path: Path, paragraphs: list[str], visual: bool) -> None:
    """A PDF written by fpdf2 without text shaping. ``visual``: each line stored as a
    legacy generator stores it, shaped (arabic-reshaper) and put in display order by
    the bidi algorithm (python-bidi's pure-Python one, which mirrors brackets), drawn
    flush right; otherwise the logical string drawn left to right. fpdf2 here does no
    shaping of its own (unlike matplotlib 3.11+ with libraqm, where this recipe would
    reverse the text): the reversed, pre-shaped line is exactly what such PDFs store."""
    fpdf = pytest.importorskip("fpdf")
    import arabic_reshaper
    from bidi.algorithm import get_display

    pdf = fpdf.FPDF()
    pdf.add_page()
    pdf.add_font("dejavu", fname=str(FONT))
    pdf.set_font("dejavu", size=12)
    def shape(line):
        return get_display(arabic_reshaper.reshape(line), base_dir="R") if visual else line

    for text in paragraphs:
        for line in wrap_to_width(pdf, text, shape):
            pdf.cell(0, 8, shape(line), align="R" if visual else "L",
                     new_x="LMARGIN", new_y="NEXT")
        pdf.ln(6)
    pdf.output(str(path))


def test_pdf_with_lines_stored_reversed_is_restored(tmp_path):
    import pdfplumber

    path = tmp_path / "legacy.pdf"
    fpdf_file(path, ARTICLE, visual=True)
    with pdfplumber.open(path) as pdf:
        naive = pdf.pages[0].extract_text()
    assert "ﺔﻴﻟﺎﻤﻟﺍ" in naive                                # stored reversed
    doc = formats.read_file(path)
    assert doc.text.split("\n") == ARTICLE
    assert doc.meta["extractor"].endswith("visual order restored")


def test_pdf_with_logical_lines_drawn_left_to_right_is_kept(tmp_path):
    path = tmp_path / "unshaped.pdf"
    fpdf_file(path, ARTICLE, visual=False)
    doc = formats.read_file(path)
    assert doc.text.split("\n") == ARTICLE
    assert doc.meta["extractor"].endswith("logical order")


def test_latin_pdf_reads_as_drawn(tmp_path):
    fpdf = pytest.importorskip("fpdf")
    pdf = fpdf.FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=12)
    lines = ["The ministry announced a grant (for solar power) on Sunday; the work "
             "starts in the autumn, a spokeswoman said.", "Second paragraph."]
    for line in lines:
        for part in wrap_to_width(pdf, line):
            pdf.cell(0, 8, part, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(6)
    path = tmp_path / "english.pdf"
    pdf.output(str(path))
    doc = formats.read_file(path)
    assert doc.text.split("\n") == lines
    assert doc.meta["extractor"].endswith("logical order")


def test_scanned_pdf_without_text_layer_is_a_named_problem(tmp_path):
    fpdf = pytest.importorskip("fpdf")
    pdf = fpdf.FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 150, 200, style="F")       # a page image stands in for the scan
    path = tmp_path / "scan.pdf"
    pdf.output(str(path))
    with pytest.raises(InputError, match=r"scan\.pdf: no text layer on its 1 page"):
        formats.read_file(path)


def pdf_line(text: str, y: float = 700.0) -> formats.pdf._Line:
    """A line of PDF characters as pdfplumber gives them, drawn left to right."""
    chars, x = [], 0.0
    for ch in text:
        mark = unicodedata.category(ch) == "Mn"      # drawn on the letter before it
        left = x - 5.0 if mark else x
        chars.append({"text": ch, "x0": left, "x1": left + (0.0 if mark else 4.0),
                      "size": 10.0, "matrix": (1, 0, 0, 1, left, y)})
        x += 0.0 if mark else 5.0
    return formats.pdf._Line(1, chars)


def test_unreadable_text_layer_is_a_named_problem():
    # Each letter of the seed replaced by the next one in the code chart (ء … ي): a font
    # whose Unicode map is off, so that neither order gives Arabic words.
    wrong = "".join(chr(0x621 + (ord(c) - 0x621 + 1) % 42) if "\u0621" <= c <= "\u064a"
                    else c for c in SEED_TEXT)
    with pytest.raises(ValueError, match="unreadable"):
        formats.choose_order([pdf_line(line, 700.0 - 12 * i)
                              for i, line in enumerate(wrong.split("\n"))])
    # The same lines with their letters as they are: read (drawn in logical order).
    lines = [pdf_line(line, 700.0 - 12 * i) for i, line in enumerate(SEED_TEXT.split("\n"))]
    assert formats.choose_order(lines) == "logical order"
    assert [ln.text for ln in lines] == SEED_TEXT.split("\n")


def test_encrypted_pdf_is_a_named_problem(tmp_path):
    fpdf = pytest.importorskip("fpdf")
    pdf = fpdf.FPDF()
    pdf.set_encryption(owner_password="owner", user_password="reader")
    pdf.add_page()
    pdf.set_font("helvetica", size=12)
    pdf.cell(0, 8, "locked")
    path = tmp_path / "locked.pdf"
    pdf.output(str(path))
    with pytest.raises(InputError, match=r"locked\.pdf: the PDF is encrypted"):
        formats.read_file(path)


def test_not_a_pdf_is_a_named_problem(tmp_path):
    path = tmp_path / "fake.pdf"
    path.write_bytes(b"%PDF-1.4 this is not a PDF body at all")
    with pytest.raises(InputError, match=r"fake\.pdf: "):
        formats.read_file(path)


def test_bidi_levels_of_a_mixed_line():
    # One level per character (python-bidi reports one per UTF-8 byte): Arabic at 1,
    # the Latin name and the number inside it at 2, with a right-to-left base.
    line = "قالت MediaJustice إن 2024"
    levels = formats.pdf._bidi_levels(line, "R")
    assert len(levels) == len(line)
    assert [levels[line.index(w)] for w in ("قالت", "MediaJustice", "إن", "2024")] == [1, 2, 1, 2]


def test_presentation_forms_fold_like_the_normaliser():
    shaped = "ﺃﻋﻠﻨﺖ ﺍﻟﻮﺯﺍﺭﺓ ﻻ ﺗﻌﻠﻴﻖ ﹰ"
    folded = formats.fold_presentation_forms(shaped)
    assert folded == "أعلنت الوزارة لا تعليق \u064b"
    assert normalise(folded) == normalise(shaped)
    assert formats.fold_presentation_forms("MediaJustice ١٢ ﬁ") == "MediaJustice ١٢ ﬁ"


# --------------------------------------------------------------------------- one corpus

def seed_copies(folder: Path) -> None:
    """The seed article as .txt, .html (between menus), .docx and .pdf (Chromium)."""
    lines = SEED_TEXT.split("\n")
    shutil.copy(SEED, folder / "seed_txt.txt")
    (folder / "seed_html.html").write_text(page(lines, title=""), encoding="utf-8")
    write_docx(folder / "seed_docx.docx", lines)
    printed = chromium_pdf(page(lines, title="", menus=False), folder, "seed_pdf")
    assert printed.name == "seed_pdf.pdf"
    # One date for every copy, as a reporter's metadata file gives it: relative dates
    # resolve against it, so the copies are compared on equal terms.
    (folder / "metadata.json").write_text(json.dumps({
        name: {"date": "2022-07-14", "language": "ar"}
        for name in ("seed_txt.txt", "seed_html.html", "seed_docx.docx", "seed_pdf.pdf")}),
        encoding="utf-8")


def test_txt_html_docx_and_pdf_copies_of_the_seed_agree(tmp_path):
    corpus = tmp_path / "articles"
    corpus.mkdir()
    seed_copies(corpus)
    docs, problems = read_corpus(corpus)
    assert problems == []
    ids = ["seed_docx", "seed_html", "seed_pdf", "seed_txt"]
    assert sorted(d.doc_id for d in docs) == ids
    # Each copy reads back as the seed's own text, character for character.
    assert all(d.text == SEED_TEXT for d in docs), [d.doc_id for d in docs if d.text != SEED_TEXT]
    tables = extract(docs)

    def per_doc(name, columns):
        df = tables[name]
        return {d: sorted(map(tuple, df[df["doc_id"] == d][columns].astype(str).values))
                for d in ids}

    for name, columns in (("funding", ["text", "amount", "currency", "approximate", "subject"]),
                          ("dates", ["text", "date"]),
                          ("quotes", ["kind", "quote", "speaker", "speaker_gender",
                                      "speaker_type", "affiliation", "cue"]),
                          ("mentions", ["text", "entity", "label"])):
        rows = per_doc(name, columns)
        assert rows["seed_txt"], name                     # the seed has rows of each
        for d in ids:
            assert rows[d] == rows["seed_txt"], (name, d)
    orgs = tables["organisations"]
    assert len(orgs) > 5 and (orgs["documents"] == 4).all()
    documents = tables["documents"].set_index("doc_id")
    assert list(tables["documents"].columns) == schema.DOCUMENTS
    assert documents["format"].to_dict() == {"seed_docx": "docx", "seed_html": "html",
                                             "seed_pdf": "pdf", "seed_txt": "txt"}
    assert documents.loc["seed_txt", "extractor"] == ""
    assert documents.loc["seed_pdf", "extractor"].startswith("pdfplumber ")

    # Provenance: the analysed text of each non-plain copy is written beside the tables,
    # and every row's offsets point at its surface form in it.
    out = tmp_path / "data"
    write_tables(tables, out, ["documents", "funding", "quotes"])
    texts = {p.relative_to(out).as_posix() for p in (out / "texts").glob("*.txt")}
    assert texts == {"texts/seed_docx.txt", "texts/seed_html.txt", "texts/seed_pdf.txt"}
    for d in ("seed_docx", "seed_html", "seed_pdf"):
        with open(out / "texts" / f"{d}.txt", encoding="utf-8", newline="") as fh:
            text = fh.read()
        assert text == next(x.text for x in docs if x.doc_id == d)
        for row in tables["funding"][tables["funding"]["doc_id"] == d].itertuples():
            assert text[row.start:row.end] == row.text
        for row in tables["quotes"][tables["quotes"]["doc_id"] == d].itertuples():
            assert text[row.start:row.end] == row.quote
    assert sorted(os.listdir(corpus)) == ["metadata.json", "seed_docx.docx", "seed_html.html",
                                          "seed_pdf.pdf", "seed_txt.txt"]
