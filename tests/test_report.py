"""The report a newsroom publishes from: report.html in a real headless browser (direction
of quote and funding cells, nothing external, A4 print within the page), report.pdf,
report.docx reopened with python-docx and khabar.xlsx reopened with openpyxl."""
from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from pathlib import Path

import numpy as np
import pandas as pd
import papermill as pm
import pytest

from khabar import figures, newsroom, report
from khabar.pipeline import extract_corpus

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@pytest.fixture(scope="module")
def seed_tables():
    return extract_corpus(SEEDS)


@pytest.fixture(scope="module")
def executed(tmp_path_factory):
    """The report notebook executed on the seed, as ``khabar run`` does, and its export."""
    out = tmp_path_factory.mktemp("report-out")
    nb = ROOT / "notebooks" / "05_report.ipynb"
    (out / "reports").mkdir()
    pm.execute_notebook(str(nb), str(out / "reports" / nb.name), cwd=str(nb.parent),
                        progress_bar=False, kernel_name="python3",
                        parameters={"seeds_dir": str(SEEDS.resolve()), "out_dir": str(out)})
    page = report.export_report(out / "reports" / nb.name, out / "reports")
    return out, page


# --------------------------------------------------------------------------- readable tables

def test_readable_tables_drop_offsets_and_write_amounts_in_words(seed_tables):
    funding = seed_tables["funding"].assign(payer="", extra="")
    funding.loc[funding.index[0], "extra"] = "x"         # an extra column is tolerated
    shown = report.readable(funding, "ar")
    assert not set(shown.columns) & {"start", "end", "sentence", "subject_rule", "bound", "cue",
                                     "restates"}
    # A column blank in every row says nothing to a reader (it stays in the CSV), except
    # who pays and who a figure is for: a blank column there says khabar found none.
    assert "extra" in shown.columns
    assert {"الجهة الدافعة", "لصالح (الجهة)"} <= set(shown.columns)
    assert "مصدر العملة" not in report.readable(funding.assign(currency_source=""), "ar")
    assert set(shown["إعادة لرقم سابق"]) <= {"نعم", ""}
    assert set(shown["مصدر العملة"]) <= {"في النص", "ذكر سابق في المقال", "بلد الخبر",
                                         "بيانات المقال", ""}
    assert list(shown.index) == list(range(len(funding)))
    amounts = list(shown["المبلغ"])
    assert amounts == [figures.format_amount(a, c) for a, c in
                       zip(funding["amount"], funding["currency"])]
    assert "1.2 مليار دولار" in amounts
    assert "الجهة الدافعة" in report.readable(funding.assign(payer="UNICEF"), "ar").columns
    # A bound says so before the amount (أكثر من …: the figure is not the sum)
    bounded = funding.head(2).assign(bound=["lower", ""])
    assert report.readable(bounded, "ar")["المبلغ"].iloc[0].startswith("حد أدنى: ")
    assert report.readable(bounded, "en")["amount"].iloc[0].startswith("at least: ")
    assert report.readable(bounded, "ar")["المبلغ"].iloc[1] == amounts[1]
    # With the charts' names an Arabic table names a body in Arabic, as the charts do
    named = funding.head(1).assign(subject="World Bank", payer="Unlisted Body")
    shown = report.readable(named, "ar", names={"World Bank": "البنك الدولي"})
    assert (shown["لصالح (الجهة)"].iloc[0], shown["الجهة الدافعة"].iloc[0]) == (
        "البنك الدولي", "Unlisted Body")
    assert report.readable(named, "en", names={"World Bank": "x"})["for (subject)"].iloc[0] \
        == "World Bank"
    # Every column of every table is either left out or has a heading in both languages,
    # so a new column never reaches the report under its code name.
    for name, table in seed_tables.items():
        assert all(c in report.TECHNICAL or c in report.HEADINGS for c in table.columns), name
    orgs = report.readable(seed_tables["organisations"], "ar")
    assert not set(orgs["النوع"]) & {"company", "ngo", "government", "other"}
    en = report.readable(seed_tables["quotes"], "en")
    assert {"quote", "speaker", "gender"} <= set(en.columns) and "speaker_start" not in en
    # Full quotes: never cut.
    assert list(en["quote"]) == list(seed_tables["quotes"]["quote"])


def test_the_reading_summary_is_in_the_report_language_and_counts_warnings_apart(seed_tables):
    problems = pd.DataFrame({"source": ["a.doc", "b.txt"],
                             "reason": ["a Word 97-2003 file", "warning: 3 bytes …"]})
    tables = {"documents": seed_tables["documents"], "problems": problems}
    ar, en = (report.reading_summary(tables, "seeds", lang) for lang in ("ar", "en"))
    assert ar == ("المقالات المقروءة من \u2068seeds\u2069: 1؛ ما تعذّرت قراءته: 1؛ "
                  "ما قُرئ مع تنبيه: 1")
    assert en == ("1 article(s) read from \u2068seeds\u2069; 1 could not be read; "
                  "1 read with a warning")
    assert report.reading_summary({**tables, "problems": problems.iloc[:0]}, "x", "en") == (
        "1 article(s) read from \u2068x\u2069; 0 could not be read")
    # The count stays after the folder's name in reading order (python-bidi's visual order
    # of the line as text; nothing is drawn, so matplotlib's own shaping with raqm, which
    # this recipe would reverse, is not involved).
    from bidi import get_display
    shown = get_display(ar)
    assert shown.index("1") < shown.index("seeds")


def test_table_html_gives_every_cell_its_direction_and_escapes(seed_tables):
    quotes = seed_tables["quotes"].copy()
    quotes.loc[quotes.index[0], "speaker"] = "<b>x</b>"
    page = report.table_html(quotes, "ar", name="quotes", max_rows=2)
    cells = re.findall(r"<t[dh]\b[^>]*>", page)
    assert cells and all('dir="auto"' in c for c in cells)
    assert 'dir="rtl"' in page and "&lt;b&gt;x&lt;/b&gt;" in page and "<b>x" not in page
    assert f"من {len(quotes)}" in page and "data/quotes.csv" in page
    # An article id breaks after its separators only, never inside a word.
    ids = report.table_html(quotes.assign(doc_id="a2_ministry-note"), "ar", max_rows=1)
    assert ">a2_<wbr>ministry-<wbr>note</td>" in ids and "anywhere" not in ids


# --------------------------------------------------------------------------- HTML

def test_report_html_is_self_contained_and_names_no_local_path(executed):
    out, page = executed
    text = page.read_text(encoding="utf-8")
    assert text.startswith("<!DOCTYPE html>") and '<html lang="ar" dir="rtl">' in text
    assert "<script" not in text.lower()
    assert not re.search(r"""(?:src|href)=["']?(?:https?:|//|file:)""", text)
    assert "require.js" not in text and "mathjax" not in text.lower()
    srcs = re.findall(r'<img\b[^>]*\bsrc="([^"]{0,30})', text)
    assert len(srcs) == len(newsroom.FIGURE_CAPTIONS) and all(s.startswith("data:image/png")
                                                              for s in srcs)
    for local in (str(out), str(SEEDS.resolve()), str(ROOT), tempfile.gettempdir() + "/"):
        assert local not in text, local
    assert "@page" in text and "size: A4" in text


def test_the_reading_summary_is_a_paragraph_not_monospace_output(executed):
    # Printed, it was exported as a <pre> block in a monospace font that spread the Arabic
    # letters apart; now it is a paragraph in its own direction.
    _, page = executed
    text = page.read_text(encoding="utf-8")
    m = re.search(r"<(\w+)[^>]*>[^<]*المقالات المقروءة من", text)
    assert m and m.group(1) == "p", m and m.group(0)
    assert not re.search(r"<pre>[^<]*المقالات المقروءة", text)


def test_export_html_in_english_sets_the_page_direction(executed, tmp_path):
    out, _ = executed
    page = report.export_html(out / "reports" / "05_report.ipynb", tmp_path / "r.html", "en")
    assert '<html lang="en" dir="ltr">' in page.read_text(encoding="utf-8")


# --------------------------------------------------------------------------- the browser

CHROMIUM_HELP = ("needs Debian chromium + chromium-driver and selenium "
                 "(.ci/run installs them: apt-get install chromium chromium-driver)")


def _driver_paths():
    chromium = report.find_chromium()
    driver = shutil.which("chromedriver") or (
        "/usr/bin/chromedriver" if Path("/usr/bin/chromedriver").exists() else None)
    return chromium, driver


@pytest.fixture(scope="module")
def browser():
    webdriver = pytest.importorskip("selenium.webdriver", reason=CHROMIUM_HELP)
    from selenium.webdriver.chrome.service import Service

    chromium, driver = _driver_paths()
    if not chromium or not driver:
        pytest.skip(CHROMIUM_HELP)
    profile = tempfile.mkdtemp(prefix="khabar-test-chromium-")
    opts = webdriver.ChromeOptions()
    for flag in [*report.CHROMIUM_FLAGS, f"--user-data-dir={profile}"]:
        opts.add_argument(flag)
    opts.binary_location = chromium
    try:
        d = webdriver.Chrome(service=Service(driver), options=opts)
    except Exception as exc:   # a driver that does not match the browser, no display libs…
        shutil.rmtree(profile, ignore_errors=True)
        pytest.skip(f"headless chromium did not start ({type(exc).__name__}): {CHROMIUM_HELP}")
    yield d
    d.quit()
    shutil.rmtree(profile, ignore_errors=True)


#: A4 (210 mm) less the print stylesheet's 12 mm side margins, in CSS pixels (96 per inch).
A4_CONTENT_PX = round((210 - 2 * 12) / 25.4 * 96)


def _cells(d, table: str, heading: str) -> list[dict]:
    return d.execute_script("""
        const [table, heading] = arguments;
        const t = document.querySelector(`table[data-table="${table}"]`);
        if (!t) return [];
        const col = Array.from(t.querySelectorAll('th'))
            .findIndex(th => th.textContent === heading);
        return Array.from(t.querySelectorAll('tbody tr')).map(tr => {
            const td = tr.children[col];
            const s = getComputedStyle(td);
            return {text: td.textContent, direction: s.direction, whiteSpace: s.whiteSpace,
                    width: td.getBoundingClientRect().width, scroll: td.scrollWidth,
                    client: td.clientWidth};
        });""", table, heading)


def test_quote_and_funding_cells_read_right_to_left_in_a_browser(executed, browser,
                                                                  seed_tables):
    _, page = executed
    browser.set_window_size(1200, 900)
    browser.get(page.as_uri())
    assert browser.execute_script("return document.documentElement.dir") == "rtl"
    quotes = _cells(browser, "quotes", "الاقتباس")
    direct = seed_tables["quotes"]
    assert len(quotes) == len(direct)
    assert [c["text"] for c in quotes] == list(direct["quote"])      # full quotes
    assert all(c["direction"] == "rtl" and c["whiteSpace"] == "normal" for c in quotes)
    assert all(c["scroll"] <= c["client"] + 1 for c in quotes)       # wrapped, not clipped
    amounts = _cells(browser, "funding", "المبلغ")
    assert amounts and all(c["direction"] == "rtl" for c in amounts)
    assert amounts[0]["text"] == "1.2 مليار دولار"
    # A Latin name in a cell is laid out left to right (dir="auto" per cell).
    currency = _cells(browser, "funding", "العملة (ISO 4217)")
    assert currency and all(c["direction"] == "ltr" for c in currency)
    # English captions read left to right on the Arabic page.
    english = browser.execute_script("""
        return Array.from(document.querySelectorAll('p')).filter(p =>
            p.textContent.startsWith('Mentions per organisation'))
            .map(p => getComputedStyle(p).direction);""")
    assert english == ["ltr"]
    # Nothing was fetched: every resource of the page is an embedded data URI.
    fetched = browser.execute_script(
        "return performance.getEntriesByType('resource').map(e => e.name)")
    assert [u for u in fetched if not u.startswith("data:")] == []


def test_printed_report_fits_the_a4_page_width(executed, browser):
    _, page = executed
    browser.set_window_size(A4_CONTENT_PX + 40, 1000)
    browser.get(page.as_uri())
    browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
        "width": A4_CONTENT_PX, "height": 1000, "deviceScaleFactor": 1, "mobile": False})
    browser.execute_cdp_cmd("Emulation.setScrollbarsHidden", {"hidden": True})
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    layout = browser.execute_script("""
        const w = document.documentElement.clientWidth;
        const over = Array.from(document.querySelectorAll('table, img, pre')).map(e => {
            const r = e.getBoundingClientRect();
            return [e.tagName, e.dataset.table || '', Math.round(r.left), Math.round(r.right)];
        }).filter(([, , l, r]) => l < -1 || r > w + 1);
        return {width: w, scroll: document.documentElement.scrollWidth, over: over,
                tables: document.querySelectorAll('table').length};""")
    assert layout["width"] == A4_CONTENT_PX and layout["tables"] >= 4
    assert layout["over"] == [] and layout["scroll"] <= layout["width"] + 1, layout


def test_report_pdf_is_a4_and_nothing_runs_into_the_side_margins(executed):
    out, _ = executed
    pdf = out / "reports" / "report.pdf"
    if not report.find_chromium():
        pytest.skip(CHROMIUM_HELP)
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF")
    boxes = re.findall(rb"/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]", data)
    assert boxes and all(abs(float(w) - 595.28) < 1 and abs(float(h) - 841.89) < 1
                         for w, h in boxes)                          # A4 in points
    if not shutil.which("pdftoppm"):
        pytest.skip("pdftoppm (poppler-utils) missing: page images not checked")
    from PIL import Image

    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["pdftoppm", "-r", "40", "-png", str(pdf), f"{tmp}/p"], check=True)
        pages = sorted(Path(tmp).glob("p*.png"))
        assert len(pages) == len(boxes) > 1
        for p in pages:
            gray = np.asarray(Image.open(p).convert("L"))
            edge = int(gray.shape[1] * 6 / 210)                      # outer 6 of 12 mm
            assert gray[:, :edge].min() > 200 and gray[:, -edge:].min() > 200, p.name


# --------------------------------------------------------------------------- Word

def _rtl(paragraph) -> bool:
    ppr = paragraph._p.pPr
    return ppr is not None and ppr.find(f"{W}bidi") is not None


def test_word_report_has_figures_captions_and_right_to_left_tables(executed, seed_tables):
    import docx

    out, _ = executed
    doc = docx.Document(str(out / "reports" / "report.docx"))
    assert len(doc.inline_shapes) == len(newsroom.FIGURE_CAPTIONS)
    texts = [p.text for p in doc.paragraphs]
    for en, ar in newsroom.FIGURE_CAPTIONS.values():
        assert en in texts and ar in texts
    for p in doc.paragraphs:
        if p.text:
            assert _rtl(p) == figures.first_strong_is_arabic(p.text), p.text
    assert len(doc.tables) == len(newsroom.KEY_TABLES)
    for t in doc.tables:
        assert t._tbl.tblPr.find(f"{W}bidiVisual") is not None
    funding = doc.tables[list(newsroom.KEY_TABLES).index("funding")]
    cells = [c for row in funding.rows for c in row.cells]
    amount = next(c for c in cells if c.text == "1.2 مليار دولار")
    assert _rtl(amount.paragraphs[0])
    assert amount.paragraphs[0].runs[0]._r.rPr.find(f"{W}rtl") is not None
    latin = next(c for c in cells if c.text == "USD")
    assert not _rtl(latin.paragraphs[0])
    quotes = doc.tables[list(newsroom.KEY_TABLES).index("quotes")]
    cells = {c.text for row in quotes.rows for c in row.cells}
    assert cells >= set(seed_tables["quotes"]["quote"])


def test_word_report_in_english_keeps_tables_left_to_right(seed_tables, tmp_path):
    import docx

    path = newsroom.write_docx(seed_tables, tmp_path / "no-figures", tmp_path / "r.docx", "en")
    doc = docx.Document(str(path))
    # The file's own title and language (shown by Word's properties and file managers).
    assert (doc.core_properties.title, doc.core_properties.language) == ("khabar report", "en")
    ar = docx.Document(str(newsroom.write_docx(seed_tables, tmp_path / "no-figures",
                                               tmp_path / "a.docx", "ar")))
    assert (ar.core_properties.title, ar.core_properties.language) == ("تقرير خبر", "ar")
    assert len(doc.inline_shapes) == 0 and doc.paragraphs[0].text == "khabar report"
    assert all(t._tbl.tblPr.find(f"{W}bidiVisual") is None for t in doc.tables)
    # Each table: its heading row bold, then the rows readable() gives, in order; a
    # body cell's run takes its weight from the style (Normal: not bold), with no
    # w:b of its own.
    first = next(iter(newsroom.KEY_TABLES))
    shown = report.readable(seed_tables[first].head(newsroom.MAX_DOC_ROWS), "en",
                            names=figures.display_names(seed_tables["organisations"]))
    t = doc.tables[0]
    assert [[c.text for c in row.cells] for row in t.rows] == [list(shown.columns),
                                                               *shown.values.tolist()]
    assert all(r.bold is True for c in t.rows[0].cells for r in c.paragraphs[0].runs)
    body = [r for row in t.rows[1:] for c in row.cells for r in c.paragraphs[0].runs]
    assert body and all(r.bold is None for r in body)


# --------------------------------------------------------------------------- Excel

HOSTILE = ['=HYPERLINK("http://example.invalid","open")', "+cmd|' /C calc'!A0", "@SUM(1+1)",
           "-2+3", "=1+1"]


def test_workbook_sheets_are_right_to_left_and_text_is_never_a_formula(seed_tables, tmp_path):
    import openpyxl

    tables = dict(seed_tables)
    quotes = tables["quotes"].copy()
    quotes.loc[quotes.index[:len(HOSTILE)], "quote"] = HOSTILE[:len(quotes)]
    tables["quotes"] = quotes
    documents = tables["documents"].copy()
    documents["title"] = "=cmd()"
    tables["documents"] = documents
    big = 2 ** 60 + 1                                       # past a double's exact range
    tables["funding"] = tables["funding"].assign(amount=tables["funding"]["amount"].astype(object))
    tables["funding"].loc[tables["funding"].index[-1], "amount"] = big
    path = newsroom.write_xlsx(tables, tmp_path / "khabar.xlsx")
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["about", *(n for n in tables if n not in newsroom.CSV_ONLY)]
    assert wb["about"].sheet_view.rightToLeft is True
    for ws in wb.worksheets[1:]:
        assert ws.sheet_view.rightToLeft is True and ws.freeze_panes == "A2", ws.title
        header = [c.value for c in ws[1]]
        assert header == [newsroom.sheet_heading(c, "ar") for c in tables[ws.title].columns]
        assert ws.max_row == len(tables[ws.title]) + 1
    ws = wb["quotes"]
    col = list(tables["quotes"].columns).index("quote") + 1
    written = [ws.cell(row=r, column=col) for r in range(2, len(quotes) + 2)]
    assert [c.value for c in written] == list(quotes["quote"])
    assert all(c.data_type == "s" for c in written)           # text, never "f" (formula)
    assert wb["documents"].cell(row=2, column=4).value == "=cmd()"
    assert wb["documents"].cell(row=2, column=4).data_type == "s"
    ws = wb["funding"]
    col = list(tables["funding"].columns).index("amount") + 1
    first = ws.cell(row=2, column=col)
    assert first.value == 1_200_000_000 and first.data_type == "n"
    assert first.number_format == "#,##0"
    last = ws.cell(row=len(tables["funding"]) + 1, column=col)
    assert last.value == str(big)                             # exact, not rounded
    approx = ws.cell(row=2, column=list(tables["funding"].columns).index("approximate") + 1)
    assert approx.data_type == "b"


def test_a_workbook_of_the_same_set_and_language_is_kept_and_any_other_rewritten(
        seed_tables, tmp_path):
    import openpyxl

    target = tmp_path / "khabar.xlsx"
    manifest = {"run_id": "20261201T120000Z-1", "input_fingerprint": "f"}
    newsroom.workbook(seed_tables, target, "ar", manifest)
    assert newsroom.read_workbook_stamp(target) == "20261201T120000Z-1 ar"
    made = target.stat().st_mtime_ns
    assert newsroom.workbook(seed_tables, target, "ar", manifest) == target
    assert target.stat().st_mtime_ns == made                      # kept, not rewritten
    newsroom.workbook(seed_tables, target, "en", manifest)        # other headings
    assert newsroom.read_workbook_stamp(target) == "20261201T120000Z-1 en"
    newsroom.workbook(seed_tables, target, "en", {**manifest, "run_id": "next"})
    assert newsroom.read_workbook_stamp(target) == "next en"
    assert openpyxl.load_workbook(target).sheetnames == [
        "about", *(n for n in seed_tables if n not in newsroom.CSV_ONLY)]
    # Nothing hidden is left beside the workbook: its lock is kept outside the folder.
    assert [p.name for p in tmp_path.iterdir()] == ["khabar.xlsx"]
    lock = newsroom.workbook_lock_path(target)
    assert lock == tmp_path.parent / f".{tmp_path.name}.khabar.xlsx.lock" and lock.is_file()
    target.write_bytes(b"not a workbook")
    assert newsroom.read_workbook_stamp(target) is None
    assert newsroom.read_workbook_stamp(tmp_path / "missing.xlsx") is None


def test_a_workbook_being_written_for_the_set_is_waited_for_not_written_twice(
        seed_tables, tmp_path):
    import os
    import sys
    import threading

    target = tmp_path / "khabar.xlsx"
    manifest = {"run_id": "r1", "input_fingerprint": "f"}
    writer = subprocess.Popen([sys.executable, "-c", f"""
import fcntl, os, sys
import pandas as pd
from khabar import newsroom
target = {str(target)!r}
fd = os.open({str(newsroom.workbook_lock_path(target))!r}, os.O_RDWR | os.O_CREAT)
fcntl.flock(fd, fcntl.LOCK_EX)              # what newsroom.workbook holds while writing
print("locked", flush=True)
sys.stdin.readline()
newsroom.write_xlsx({{"documents": pd.DataFrame({{"doc_id": ["a"]}})}}, target, "ar",
                    {{"run_id": "r1", "input_fingerprint": "f"}})
print(os.stat(target).st_ino, flush=True)
"""], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                              env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert writer.stdout.readline().strip() == "locked"
    done = []
    waiting = threading.Thread(target=lambda: done.append(
        newsroom.workbook(seed_tables, target, "ar", manifest)))
    waiting.start()
    waiting.join(1.0)
    assert waiting.is_alive() and not target.exists()        # it waits for the writer
    writer.stdin.write("go\n")
    writer.stdin.flush()
    inode = int(writer.stdout.readline())
    writer.wait(timeout=60)
    waiting.join(60)
    assert done == [target] and target.stat().st_ino == inode   # kept, not written again


def test_a_workbook_being_written_elsewhere_is_not_waited_for_when_asked_not_to(
        seed_tables, tmp_path):
    # The report notebook under khabar run: the run's own process is writing the
    # workbook, and the Word report should not wait behind it.
    import fcntl
    import os
    import sys

    target = tmp_path / "khabar.xlsx"
    holder = subprocess.Popen([sys.executable, "-c", f"""
import fcntl, os, sys
fd = os.open({str(newsroom.workbook_lock_path(target))!r}, os.O_RDWR | os.O_CREAT)
fcntl.flock(fd, fcntl.LOCK_EX)
print("locked", flush=True)
sys.stdin.readline()
"""], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        manifest = {"run_id": "r1", "input_fingerprint": "f"}
        assert newsroom.workbook(seed_tables, target, "ar", manifest, wait=False) is None
        assert not target.exists()
    finally:
        holder.stdin.write("go\n")
        holder.stdin.flush()
        holder.wait(timeout=60)
    # With no one holding the lock it writes the workbook as when waiting.
    assert newsroom.workbook(seed_tables, target, "ar", {"run_id": "r1",
                             "input_fingerprint": "f"}, wait=False) == target
    assert target.is_file()
    fd = os.open(newsroom.workbook_lock_path(target), os.O_RDWR)
    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)     # and let the lock go
    os.close(fd)


def test_no_workbook_is_written_into_the_folder_of_another_table_set(seed_tables, tmp_path):
    from khabar import store
    from khabar.pipeline import write_tables

    data = tmp_path / "data"
    write_tables(seed_tables, data)
    mine = store.read_manifest(data)
    assert newsroom.workbook(seed_tables, data / "khabar.xlsx", "ar", mine).is_file()
    (data / "khabar.xlsx").unlink()
    earlier = {**mine, "run_id": "20261201T000000Z-earlier"}   # replaced since they were read
    with pytest.raises(newsroom.TableSetReplaced, match="another table set"):
        newsroom.workbook(seed_tables, data / "khabar.xlsx", "ar", earlier)
    assert not (data / "khabar.xlsx").exists()


def test_a_report_pdf_that_cannot_be_printed_leaves_no_earlier_pdf(executed, tmp_path,
                                                                   monkeypatch, capsys):
    out, _ = executed
    (tmp_path / "report.pdf").write_bytes(b"%PDF- of an earlier corpus")
    monkeypatch.setenv("KHABAR_CHROMIUM", str(tmp_path / "no-such-browser"))
    page = report.export_report(out / "reports" / "05_report.ipynb", tmp_path)
    assert page.is_file() and not (tmp_path / "report.pdf").exists()
    assert "KHABAR_CHROMIUM" in capsys.readouterr().err


def test_report_notebook_writes_the_workbook_and_the_word_file(executed):
    out, _ = executed
    assert (out / "data" / "khabar.xlsx").stat().st_size > 5000
    assert (out / "reports" / "report.docx").stat().st_size > 50_000


def test_make_report_keeps_a_folder_with_a_space_as_one_argument():
    import shlex

    if not shutil.which("make"):
        pytest.skip("make not installed")
    proc = subprocess.run(["make", "-n", "-C", str(ROOT), "report", "SEEDS=my articles",
                           "OUT=my report"], capture_output=True, text=True, timeout=60)
    line = next(x for x in proc.stdout.splitlines() if "khabar run" in x)
    args = shlex.split(line)
    assert args[args.index("run") + 1] == "my articles"
    assert args[args.index("--out") + 1] == "my report"


def test_word_tables_at_corpus_scale_are_cut_with_a_note(seed_tables, tmp_path):
    import docx

    many = {"quotes": pd.concat([seed_tables["quotes"]] * 40, ignore_index=True)}
    doc = docx.Document(str(newsroom.write_docx(many, tmp_path, tmp_path / "r.docx")))
    assert len(doc.tables[0].rows) == newsroom.MAX_DOC_ROWS + 1
    assert any(p.text.endswith("data/quotes.csv") and f"{len(many['quotes'])}" in p.text
               for p in doc.paragraphs)


def test_a_figure_as_written_is_shown_only_where_it_says_more_than_its_amount(seed_tables):
    # the seed's figures read as their amounts: no column that repeats them
    seed = report.readable(seed_tables["funding"], "ar")
    assert "النص" not in seed.columns and "1.2 مليار دولار" in list(seed["المبلغ"])
    funding = pd.DataFrame({"doc_id": ["d", "d"], "text": ["مليار و200 مليون دولار",
                                                          "3 ملايين دولار"],
                            "amount": [1.2e9, 3e6], "currency": "USD", "sentence": 1,
                            "start": 0, "end": 1})
    shown = report.readable(funding, "ar")
    assert list(shown["النص"]) == ["مليار و200 مليون دولار", ""]
    assert list(shown["المبلغ"]) == ["1.2 مليار دولار", "3 ملايين دولار"]
    html = report.table_html(funding.iloc[1:], "ar")
    assert 'data-sort="3000000">3 ملايين دولار' in html     # sorted by amount still


def test_an_arabic_table_names_a_latin_project_as_its_arabic_mentions_do(seed_tables):
    names = figures.display_names(seed_tables["organisations"], seed_tables["mentions"])
    shown = report.readable(seed_tables["funding"], "ar", names=names)
    assert set(shown["لصالح (الجهة)"]) == {"مشروع نمبوس"}
    # a name the gazetteer gives in Arabic stays as it was
    mentions = pd.DataFrame({"entity": ["World Bank", "Zed Plan"], "label": ["PLACE", "PROJECT"],
                             "text": ["World Bank", "خطة زد"]})
    assert figures.display_names(None, mentions) == {"Zed Plan": "خطة زد"}
    assert report.readable(seed_tables["funding"], "en", names=names)["for (subject)"].iloc[0] \
        == "Project Nimbus"


def test_long_tables_are_searchable_and_sortable_in_a_browser(browser, tmp_path):
    funding = pd.DataFrame({"doc_id": [f"d{i}" for i in range(12)],
                            "text": [f"{i + 1} مليون دولار" for i in range(11)]
                            + ["1.2 مليار دولار"],
                            "amount": [(i + 1) * 1e6 for i in range(11)] + [1.2e9],
                            "currency": "USD", "approximate": False,
                            "subject": ["مشروع المياه"] * 6 + ["Project Nimbus"] * 6,
                            "sentence": 1, "start": 0, "end": 1})
    page = tmp_path / "t.html"
    page.write_text("<!DOCTYPE html><html lang='ar' dir='rtl'><meta charset='utf-8'><body>"
                    + report.table_html(funding, "ar", name="funding", interactive=True)
                    + "</body></html>", encoding="utf-8")
    browser.get(page.as_uri())
    rows = "return Array.from(document.querySelectorAll('tbody tr')).filter(r => " \
           "r.style.display !== 'none').map(r => r.children[2].textContent)"
    assert len(browser.execute_script(rows)) == 12
    box = browser.find_element("css selector", "input.khabar-search")
    box.send_keys("Nimbus")
    assert len(browser.execute_script(rows)) == 6
    box.clear()
    box.send_keys(" ")                       # an empty query shows every row again
    heading = browser.find_elements("css selector", "th")[2]       # المبلغ
    heading.click()
    shown = browser.execute_script(rows)
    assert shown[0] == "1 مليون دولار" and shown[-1] == "1.2 مليار دولار"  # by amount
    heading.click()
    assert browser.execute_script(rows)[0] == "1.2 مليار دولار"
    # The exported report keeps none of it: a plain table, no script.
    assert "<script" in report.table_html(funding, interactive=True)
    assert "<script" not in report.table_html(funding)


def test_workbook_names_the_table_set_it_was_made_from(executed):
    import json

    import openpyxl

    out, _ = executed
    manifest = json.loads((out / "data" / "manifest.json").read_text(encoding="utf-8"))
    wb = openpyxl.load_workbook(out / "data" / "khabar.xlsx")
    assert wb.sheetnames[0] == "about"
    about = {r[0].value: r[1].value for r in wb["about"].iter_rows()}
    assert about["run_id"] == manifest["run_id"]
    assert about["input_fingerprint"] == manifest["input_fingerprint"]


def test_svg_labels_keep_their_reading_order_in_a_browser(browser, seed_tables, tmp_path):
    fig = figures.funding_by_subject(seed_tables["funding"], language="ar")
    svg = figures.save_figure(fig, "funding", tmp_path)["svg"]
    browser.get(svg.as_uri())
    where = browser.execute_script("""
        const [needle] = arguments;
        return Array.from(document.querySelectorAll('text'))
            .filter(t => t.textContent.includes(needle)).map(t => {
                const b = t.getBBox(), i = t.textContent.indexOf(needle);
                return [b.x, b.width, t.getStartPositionOfChar(i).x];
            });""", "Project Nimbus")
    # Right to left, «Project Nimbus — 1.2 مليار دولار» starts at the right: the Latin
    # name is in the right half of the label (left to right it would start at its left edge).
    assert where and all(px > x + w / 2 for x, w, px in where), where
    arabic = browser.execute_script("""
        return Array.from(document.querySelectorAll('text'))
            .filter(t => t.textContent.startsWith('المبلغ')).map(t => {
                const b = t.getBBox();
                return [b.x, b.width, t.getStartPositionOfChar(0).x];
            });""")
    assert arabic and all(px > x + 0.9 * w for x, w, px in arabic), arabic


def test_a_readable_problems_table_names_the_file_each_problem_is_about():
    problems = pd.DataFrame({"source": ["in/old.doc", "in/rows.jsonl#4"],
                             "reason": ["a Word 97-2003 file", "line 4 is not JSON"]})
    shown = report.readable(problems, "ar")
    assert list(shown.columns) == ["الملف", "السبب"]
    assert list(shown["الملف"]) == ["in/old.doc", "in/rows.jsonl#4"]
    # Elsewhere a source is the path a document was read from: still left out.
    documents = pd.DataFrame({"doc_id": ["a"], "source": ["in/a.txt"], "tokens": [3]})
    assert "الملف" not in report.readable(documents, "ar").columns


def test_every_kind_of_money_and_the_later_mention_source_have_a_label_in_both_languages():
    # a value with no label is shown as the English word in the Arabic tables
    from khabar.lexicon_spec import MONEY_KINDS
    from khabar.report import VALUES

    for value in (*MONEY_KINDS, "later mention"):
        english, arabic = VALUES[value]
        assert english and arabic and not arabic.isascii()


def test_a_date_whose_year_the_text_does_not_write_says_where_the_year_came_from():
    # Invented: 21 December fell on a Wednesday in 2016 and in 2022, the two years the
    # article names; the report must not show khabar's guess as a date the text gives.
    from khabar.dates import extract_dates
    from khabar.io import Document
    from khabar.text.article import analyse

    text = ("أطلقت الجمعية برنامجها الأول عام 2016 في المدينة.\n"
            "وفي عام 2022 وسعت البرنامج إلى ثلاث محافظات.\n"
            "وسيعقد المؤتمر السنوي يوم الأربعاء 21 ديسمبر في العاصمة.\n")
    dates = extract_dates(analyse(Document("d", text, "d.txt", "utf-8", {})))
    ar = report.readable(dates, "ar").set_index("النص")
    assert ar.loc["يوم الأربعاء 21 ديسمبر", "السنة ليست في النص، أُخذت من"] == \
        "يوم الأسبوع (تقدير؛ يناسب أيضاً 2016)"
    assert ar.loc["عام 2016", "السنة ليست في النص، أُخذت من"] == ""
    en = report.readable(dates, "en").set_index("text")
    assert en.loc["يوم الأربعاء 21 ديسمبر", "year not in the text, taken from"] == \
        "weekday (also fits 2016)"
    # Where the text writes every year, the column says nothing and is left out.
    written = extract_dates(analyse(Document("d", text[:90], "d.txt", "utf-8", {})))
    assert "السنة ليست في النص، أُخذت من" not in report.readable(written, "ar").columns


def test_aliases_in_two_scripts_keep_their_order_in_a_browser(browser, seed_tables, tmp_path):
    # The seed names ACRE in Latin and in Arabic: in an Arabic table the aliases read
    # right to left, one after the other, each in its own direction, so the words of a
    # Latin name never mix with those of an Arabic one.
    orgs = seed_tables["organisations"]
    page = tmp_path / "orgs.html"
    page.write_text("<!DOCTYPE html><html lang='ar' dir='rtl'><meta charset='utf-8'><body>"
                    + report.table_html(orgs, "ar", name="organisations")
                    + "</body></html>", encoding="utf-8")
    browser.set_window_size(1600, 900)
    browser.get(page.as_uri())
    cells = browser.execute_script("""
        const t = document.querySelector('table[data-table="organisations"]');
        const col = Array.from(t.querySelectorAll('th'))
            .findIndex(th => th.textContent === arguments[0]);
        return Array.from(t.querySelectorAll('tbody tr')).map(tr => {
            const td = tr.children[col];
            return {direction: getComputedStyle(td).direction,
                    names: Array.from(td.querySelectorAll('bdi')).map(b => {
                        const r = b.getClientRects()[0];
                        return {text: b.textContent, direction: getComputedStyle(b).direction,
                                top: r.top, left: r.left, right: r.right};
                    })};
        });""", "الأسماء الأخرى")
    acre = next(c for c in cells if c["names"] and c["names"][0]["text"] == "ACRE")
    assert [n["text"] for n in acre["names"]] == \
        orgs.set_index("organisation").loc["ACRE", "aliases"].split(" | ")
    assert acre["direction"] == "rtl"
    assert [n["direction"] for n in acre["names"]][:3] == ["ltr", "ltr", "rtl"]
    first, second = acre["names"][:2]
    assert first["top"] == second["top"] and first["left"] > second["right"]


def test_iso_dates_are_not_broken_at_their_dashes_in_a_browser(browser, seed_tables, tmp_path):
    # A narrow page: the seed's dates table must still show 2022-07-12 on one line.
    page = tmp_path / "dates.html"
    page.write_text("<!DOCTYPE html><html lang='ar' dir='rtl'><meta charset='utf-8'><body>"
                    + report.table_html(seed_tables["dates"], "ar", name="dates")
                    + "</body></html>", encoding="utf-8")
    browser.set_window_size(500, 900)
    browser.get(page.as_uri())
    dates = _cells(browser, "dates", "التاريخ")
    assert dates and all(c["whiteSpace"] == "nowrap" for c in dates)
    heights = browser.execute_script("""
        const t = document.querySelector('table[data-table="dates"]');
        const col = Array.from(t.querySelectorAll('th')).findIndex(
            th => th.textContent === 'التاريخ');
        return Array.from(t.querySelectorAll('tbody tr')).map(tr => {
            const r = document.createRange(); r.selectNodeContents(tr.children[col]);
            return r.getClientRects().length; });""")
    assert heights and all(n == 1 for n in heights)      # one line box each


def test_word_report_gives_each_alias_its_own_direction(seed_tables, tmp_path):
    # The Word twin of the browser check above: ACRE's aliases, one run a name, only the
    # Arabic ones right to left, in a right-to-left paragraph.
    import docx

    doc = docx.Document(str(newsroom.write_docx(seed_tables, tmp_path / "no-figures",
                                                tmp_path / "a.docx", "ar")))
    aliases = seed_tables["organisations"].set_index("organisation").loc["ACRE", "aliases"]
    cell = next(c for t in doc.tables for r in t.rows for c in r.cells
                if c.text == aliases)
    p = cell.paragraphs[0]
    names = [r for r in p.runs if r.text != " | "]
    assert [r.text for r in names] == aliases.split(" | ")
    rtl = [r._r.rPr is not None and r._r.rPr.find(
        "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}rtl") is not None
        for r in names]
    assert rtl == [figures.first_strong_is_arabic(r.text) for r in names] and any(rtl)
    assert p._p.pPr.find(f"{W}bidi") is not None
