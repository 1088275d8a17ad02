"""Write notebooks/NN_*.ipynb (without outputs) from the cell sources below.

Run ``python notebooks/build.py`` after editing this file and commit both. Each notebook
runs alone, top to bottom, in a fresh kernel: a cell tagged ``parameters`` (papermill)
sets ``seeds_dir``, ``out_dir`` and ``language`` from ``notebooks/params.json`` (one file
for every notebook); the setup cell gets every table with
:func:`khabar.pipeline.load_tables`: the stored set when it matches the corpus, else one
extraction (the pipeline of ``khabar extract``) written to ``data/`` as one unit.
"""
from __future__ import annotations

from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

from khabar import figures

HERE = Path(__file__).resolve().parent

PARAMETERS = '''\
# Parameters. The defaults come from notebooks/params.json, which every notebook reads:
# edit it once to change the corpus, the output root or the language of the charts
# (ar | en) for all of them. papermill (`khabar run`) overrides them with a cell after this.
from khabar.report import notebook_parameters

_defaults = notebook_parameters("params.json")
seeds_dir = _defaults["seeds_dir"]  # the articles (folder or .txt/.csv/.jsonl file)
out_dir = _defaults["out_dir"]      # data/, figures/ and reports/ are written under it
language = _defaults["language"]    # charts and tables: "ar" or "en"
run_id = None                       # khabar run: the table set it made, read as it is'''

SETUP = '''\
from pathlib import Path

import pandas as pd
from IPython.display import HTML, display

import khabar

if not getattr(khabar, "__file__", None):
    # A folder named khabar in the working folder (a clone of this repository) is read as
    # a namespace package that hides the installed one.
    raise ImportError(f"'khabar' here is the folder {list(khabar.__path__)}, not the "
                      "package: start Jupyter or papermill in the notebooks/ folder "
                      "(papermill --cwd notebooks), or rename that folder")
from khabar import figures, pipeline, report

DATA, FIGURES = Path(out_dir) / "data", Path(out_dir) / "figures"
if not Path(seeds_dir).exists():   # relative paths are relative to this notebooks/ folder
    raise FileNotFoundError(f"seeds_dir {seeds_dir!r} does not exist: set it in params.json")
# The stored table set of this corpus if data/ holds it (khabar run extracts once, before
# the notebooks), else one extraction written to data/ as one unit: never a mix of corpora.
tables = pipeline.load_tables(seeds_dir, out_dir, run_id=run_id)
source = figures.source_line(tables["documents"], language)
# One Arabic name per organisation in every chart (the organisations table's arabic_name),
# and per project or place named only in Latin script (its Arabic mentions).
org_names = figures.display_names(tables["organisations"], tables["mentions"])
# What the figures are drawn from (tables, language, source line): the report notebook
# shows a figure saved from the same by an earlier notebook instead of drawing it again.
stamp = figures.figure_stamp(tables, language, source)


def show(table, name="", rows=50, columns=None):
    \"\"\"A readable table: no index, no offsets, amounts in words, each cell in its
    direction, bodies named as in the charts.\"\"\"
    report.show_table(table, name, language, rows, columns, names=org_names)


# Only the folder's name: the notebook (and the report made from it) names no local path.
report.show_line(report.reading_summary(tables, Path(seeds_dir).name, language))
if len(tables["problems"]):
    show(tables["problems"], "problems")'''

WRITE = '''\
# load_tables (in the setup cell) found or wrote the whole set of this corpus, as one unit;
# its manifest is that of the set these tables were read from (None: no article was read).
manifest = getattr(tables, "manifest", None)
if manifest:
    print(f"Tables of this corpus in data/ (run {manifest['run_id']}):",
          ", ".join(f"{name}.csv" for name in manifest["tables"]))'''


def fig(chart: figures.Chart, reuse: bool = False):
    """A cell that draws ``chart`` from its table (with the source line and language),
    saves it under its name and shows it; ``reuse``: show the saved figure instead when
    it was drawn from the same tables (:func:`khabar.figures.show_saved`)."""
    names = ", names=org_names" if chart.names else ""
    draw = (f'figures.display_figure(figures.{chart.name}(tables["{chart.table}"], '
            f'source=source, language=language{names}), "{chart.name}", FIGURES, '
            'stamp=stamp);')
    if reuse:
        return code(f'figures.show_saved("{chart.name}", FIGURES, stamp) or \\\n    '
                    + draw)
    return code(draw)


def charts(notebook: str | None = None, reuse: bool = False) -> list:
    """A figure cell for each chart of the registry (:data:`khabar.figures.CHARTS`) in
    ``notebook``, in registry order (every chart for ``None``); ``reuse`` (the report):
    cells that show the figure an earlier notebook saved from the same tables."""
    return [fig(c, reuse) for c in figures.CHARTS.values() if notebook in (None, c.notebook)]


def md(s: str):
    return new_markdown_cell(s.strip())


def code(s: str, tags=()):
    cell = new_code_cell(s.strip())
    if tags:
        cell.metadata["tags"] = list(tags)
    return cell


def caption(en_title: str, ar_title: str, en: str, ar: str):
    """A bilingual caption: a heading in both languages, Arabic first (the report's
    section titles, whatever its language; the default report is Arabic, right to left,
    as the Word report's headings are), then Arabic in its own right-to-left paragraph
    and English."""
    arabic = f'<p dir="rtl" lang="ar" style="text-align:right"><b>{ar_title}</b>: {ar}</p>'
    return md(f"## {ar_title} · {en_title}\n\n{arabic}\n\n{en}")


def head(title: str, intro: str) -> list:
    return [md(f"# {title}\n\n{intro}"), code(PARAMETERS, tags=["parameters"]), code(SETUP)]


NOTEBOOKS = {
    "01_tokenise": head("1. Reading and tokenisation", """
Each article is read as it is (its encoding detected and recorded), web boilerplate lines
such as "Videos by VICE" are dropped from the analysis but kept countable, and the rest is
split into paragraphs (lines), sentences and tokens. Every token carries character offsets
into the article as read, so `text[start:end]` is exactly what a reader finds (the offsets
are in the CSVs; the tables shown here leave them out).""") + [
        md("## Documents\nOne row per article: encoding used, counts of paragraphs, "
           "sentences, tokens and dropped boilerplate lines."),
        code('show(tables["documents"], "documents")'),
        md("## Boilerplate dropped\nWhole lines recognised as web boilerplate; they are not "
           "analysed."),
        code('show(tables["boilerplate"], "boilerplate")'),
        md("## Sentences\nThe first sentences of the corpus, rebuilt from the tokens "
           "(joined by single spaces)."),
        code('''\
from khabar.document_tables import sentence_table

tokens = tables["tokens"]
print(f"{tables['documents']['sentences'].sum():,} sentences in all; the first ten:")
show(sentence_table(tokens, first=10), "tokens", rows=10)'''),
        md("## Tokens\nKinds: arabic, latin, number, punct, url and email (an address is one "
           "token). `norm` (in `data/tokens.csv`) is "
           "the normalised form used for matching, never for display."),
        code('show(tokens, "tokens", rows=20)'),
        code('show(tokens["kind"].value_counts().rename("tokens").rename_axis("kind").reset_index())'),
        md("## Term frequencies\nNormalised word forms, stop words removed (Arabic Stop Words "
           "list). A word with proclitics (و ف ب ل ك، ال) counts under its bare form when the "
           "corpus also has the bare form (المشروع → مشروع); `forms` lists what was merged."),
        code('show(tables["terms"], "terms", rows=25)'),
        md("## Script mix\nShare of tokens per script in each article."),
        code('show(tables["scripts"], "scripts")'),
        md("## Figure: top terms"),
        *charts("01_tokenise"),
        md("## Tables\nEvery table in `data/`: CSV (UTF-8 with BOM, one row per item) and "
           "Parquet, with `manifest.json`."),
        code(WRITE),
    ],
    "02_organisations": head("2. Organisations and other named entities", """
Named entities (organisations, people, places, projects) are found in the normalised text
and merged across spellings and across their Arabic and Latin forms. Each mention keeps its
offsets into the article as read.""") + [
        md("## Mentions\nOne row per mention: the surface form, the entity it was merged into, "
           "its label."),
        code('mentions = tables["mentions"]\nshow(mentions, "mentions", rows=40)'),
        code('show(mentions.groupby("label")["entity"].agg(mentions="size", entities="nunique")'
             '.reset_index())'),
        md("## Organisations\nOne row per organisation with every surface form seen (aliases)."),
        code('show(tables["organisations"], "organisations")'),
        md("## The article with its entities\nRead right to left; hover a mark for the entity "
           "it was merged into."),
        code('''\
from khabar.io import read_corpus

documents, _ = read_corpus(seeds_dir, limit=3)  # the first three articles of a corpus
for doc in documents[:3]:
    marks = mentions[mentions["doc_id"] == doc.doc_id]
    display(HTML(figures.entity_view_html(doc.text, marks)))'''),
        md("## Figures: mentions per organisation; mentions across the article"),
        *charts("02_organisations"),
        code(WRITE),
    ],
    "03_funding": head("3. Funding figures and dates", """
Funding figures are money amounts with their scale word (مليار = 10⁹), ISO 4217 currency and
the entity the money is for. Dates are normalised to ISO 8601 at the precision the text
gives (day, month or year).""") + [
        md("## Funding\nThe amount in words of scale and its currency (the CSV has it in full "
           "units: 1.2 مليار → 1200000000); *approximate* is marked when the text hedges "
           "(نحو، حوالي، أكثر من …)."),
        code('show(tables["funding"], "funding")'),
        md("## Dates"),
        code('show(tables["dates"], "dates")'),
        md("## Figure: funding figures by currency and what they are for"),
        *charts("03_funding"),
        code(WRITE),
    ],
    "04_quotes": head("4. Quotes and speakers", """
Direct quotes (text between quotation marks, with a speech cue) are attributed to a
speaker; gender comes from the cue verb's morphology (قال / قالت), speaker type tells a
person from an organisation, and the affiliation comes from the apposition after the name.""") + [
        md("## Quotes\nEvery quote in full."),
        code('quotes = tables["quotes"]\nshow(quotes, "quotes")'),
        md("## Who gets a voice\nDirect quotes and quoted words (counts and percent shares) "
           "per speaker, per affiliation, by gender and by speaker type; indirect speech (no "
           "quote marks) is left out of these counts and of the figures."),
        code('from khabar.quotes import voice_table\n'
             '# a statement (البيان) counts with its issuer, one per body, as in the chart below\n'
             'show(voice_table(figures.documents_by_issuer(quotes, language, org_names), '
             '"speaker"))'),
        code('show(voice_table(quotes, "affiliation"))'),
        code('show(voice_table(quotes.assign(speaker_gender=figures.gender_category(quotes)), '
             '"speaker_gender"))'),
        code('show(voice_table(quotes, "speaker_type"))'),
        md("## Figures: per speaker and per affiliation; shares by gender and by speaker "
           "type; quote lengths"),
        *charts("04_quotes"),
        code(WRITE),
    ],
    # Arabic first, as the headings: the page reads right to left.
    "05_report": head("تقرير خبر · khabar report", """
<p dir="rtl" lang="ar" style="text-align:right">الأشكال والجداول الرئيسية للتحليل.
يحمل كل صف معرّف المقال ومواضع الأحرف فيه (في ملفات CSV وفي المصنّف)، فيمكن إرجاع كل شكل
إلى كلمات المقال نفسها.</p>

<p dir="ltr" lang="en" style="text-align:left">The figures and key tables of the analysis.
Every row of every table carries the article id and character offsets (in the CSVs and the
workbook), so each figure can be traced back to the words of the article.</p>""") + [
        caption("Top terms", "المصطلحات الأكثر تكراراً",
                "Normalised words, stop words removed.",
                "الكلمات بعد التطبيع وحذف كلمات التوقف."),
        *charts("01_tokenise", reuse=True),
        caption("Organisations", "المنظمات",
                "Mentions per organisation, Arabic and Latin spellings merged, and where "
                "each entity appears, paragraph by paragraph.",
                "عدد الإشارات إلى كل منظمة، بعد دمج التهجئات العربية واللاتينية، "
                "وأين تظهر كل جهة في فقرات المقال."),
        *charts("02_organisations", reuse=True),
        code('show(tables["organisations"], "organisations")'),
        caption("Funding and dates", "التمويل والتواريخ",
                "Amounts in words of scale with their currency (not converted) and what they "
                "are for; dates in ISO 8601.",
                "المبالغ بكلمات المراتب مع عملتها (دون تحويل) وما خُصّصت له، "
                "والتواريخ بصيغة ISO 8601."),
        *charts("03_funding", reuse=True),
        code('show(tables["funding"], "funding")'),
        code('show(tables["dates"], "dates")'),
        caption("Quotes", "الاقتباسات",
                "Direct quotes by speaker, affiliation, speaker gender and speaker type; "
                "indirect speech is listed in the table but not charted.",
                "الاقتباسات المباشرة حسب المتحدث وانتمائه وجنسه ونوعه؛ "
                "الكلام المنقول بصيغة غير مباشرة في الجدول فقط."),
        *charts("04_quotes", reuse=True),
        code('show(tables["quotes"], "quotes", columns=["doc_id", "kind", "speaker", '
             '"speaker_gender", "speaker_type", "affiliation", "words", "quote"])'),
        caption("Data", "البيانات",
                "Every table as CSV (UTF-8 with BOM) in data/, and all of them but the "
                "token table (a row per word) in one Excel workbook, data/khabar.xlsx, "
                "whose first sheet, about, lists them all; this report in Word: "
                "reports/report.docx.",
                "كل الجداول بصيغة CSV (UTF-8 مع BOM) في مجلد data، وكلها عدا جدول الوحدات "
                "(صف لكل كلمة) في مصنّف Excel واحد data/khabar.xlsx تسردها كلها ورقته "
                "الأولى about؛ وهذا التقرير بصيغة Word في reports/report.docx."),
        code(WRITE + '''
from khabar import newsroom
from khabar.reports_folder import claim_reports

# The workbook of this table set, written here unless another process is writing it
# (`khabar run` does, from when the tables are stored until the run ends).
workbook = newsroom.workbook(tables, DATA / "khabar.xlsx", language, manifest, wait=False)
# reports/ holds one corpus's report: one made there from another table set goes first.
REPORTS = Path(out_dir) / "reports"
claim_reports(REPORTS, manifest and manifest["run_id"])
word = newsroom.write_docx(tables, FIGURES, REPORTS / "report.docx", language, source)
print("Excel workbook:", Path(DATA.name) / "khabar.xlsx",
      "(being written by another process)" if workbook is None else "",
      "· Word report:", Path(word.parent.name) / word.name)'''),
    ],
}


def build(folder: Path = HERE) -> list[Path]:
    """Write every notebook of :data:`NOTEBOOKS` to ``folder``; return the paths."""
    paths = []
    for name, cells in NOTEBOOKS.items():
        for i, cell in enumerate(cells):
            cell.id = f"{name}-{i:02d}"  # stable ids: rebuilding gives the same file
        nb = new_notebook(cells=cells, metadata={
            "kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"},
            "language_info": {"name": "python"}})
        path = folder / f"{name}.ipynb"
        nbformat.write(nb, path)
        paths.append(path)
    return paths


if __name__ == "__main__":
    for p in build():
        print(p)
