"""Write notebooks/NN_*.ipynb (without outputs) from the cell sources below.

Run ``python notebooks/build.py`` after editing this file and commit both. Each notebook
runs alone, top to bottom, in a fresh kernel: a cell tagged ``parameters`` (papermill)
sets ``seeds_dir`` and ``out_dir``; the setup cell computes every table with
:func:`khabar.pipeline.extract_corpus`, the same pipeline as ``khabar extract``.
"""
from __future__ import annotations

from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

HERE = Path(__file__).resolve().parent

PARAMETERS = '''\
# Parameters (papermill overrides these): the articles to read, and the output root
# under which data/, figures/ and reports/ are written. Paths are relative to notebooks/.
seeds_dir = "../seeds"
out_dir = ".."'''

SETUP = '''\
from pathlib import Path

import pandas as pd
from IPython.display import HTML, display

from khabar import figures, pipeline

pd.set_option("display.max_colwidth", 120)
DATA, FIGURES = Path(out_dir) / "data", Path(out_dir) / "figures"
tables = pipeline.extract_corpus(seeds_dir)
source = figures.source_line(tables["documents"])
print(f"{len(tables['documents'])} article(s) read from {seeds_dir}; "
      f"{len(tables['problems'])} could not be read")
if len(tables["problems"]):
    display(tables["problems"])'''


def md(s: str):
    return new_markdown_cell(s.strip())


def code(s: str, tags=()):
    cell = new_code_cell(s.strip())
    if tags:
        cell.metadata["tags"] = list(tags)
    return cell


def caption(en_title: str, ar_title: str, en: str, ar: str):
    """A bilingual caption: English, then Arabic in its own right-to-left paragraph."""
    return md(f'## {en_title}\n\n<p dir="rtl" lang="ar" style="text-align:right"><b>{ar_title}</b>: {ar}</p>\n\n{en}')


def head(title: str, intro: str) -> list:
    return [md(f"# {title}\n\n{intro}"), code(PARAMETERS, tags=["parameters"]), code(SETUP)]


NOTEBOOKS = {
    "01_tokenise": head("1. Reading and tokenisation", """
Each article is read as it is (its encoding detected and recorded), web boilerplate lines
such as "Videos by VICE" are dropped from the analysis but kept countable, and the rest is
split into paragraphs (lines), sentences and tokens. Every token carries character offsets
into the article as read, so `text[start:end]` is exactly what a reader finds.""") + [
        md("## Documents\nOne row per article: source file, encoding used, counts of "
           "paragraphs, sentences, tokens and dropped boilerplate lines."),
        code('tables["documents"]'),
        md("## Boilerplate dropped\nWhole lines recognised as web boilerplate; they are not "
           "analysed."),
        code('tables["boilerplate"]'),
        md("## Sentences\nThe first sentences of each article, rebuilt from the token offsets."),
        code('''\
tokens = tables["tokens"]
sentences = (tokens.groupby(["doc_id", "paragraph", "sentence"])
             .agg(start=("start", "min"), end=("end", "max"), tokens=("index", "size"))
             .reset_index())
sentences.head(10)'''),
        md("## Tokens\nKinds: arabic, latin, number, punct. `norm` is the normalised form used "
           "for matching (never for display)."),
        code('tokens.head(20)'),
        code('tokens["kind"].value_counts().rename("tokens")'),
        md("## Term frequencies\nNormalised word forms, stop words removed (Arabic Stop Words "
           "list). A word with proclitics (و ف ب ل ك، ال) counts under its bare form when the "
           "corpus also has the bare form (المشروع → مشروع); `forms` lists what was merged."),
        code('tables["terms"].head(25)'),
        md("## Script mix\nShare of tokens per script in each article."),
        code('tables["scripts"]'),
        md("## Figure: top terms"),
        code('figures.display_figure(figures.top_terms(tables["terms"], source=source), '
             '"top_terms", FIGURES);'),
        md("## Tables written\nUTF-8 with BOM, one row per item, to `data/`."),
        code('saved = pipeline.write_tables(tables, DATA, ["documents", "boilerplate", '
             '"tokens", "terms", "scripts", "problems"])\n'
             'print("CSV tables written to data/:", ", ".join(p.name for p in saved))'),
    ],
    "02_organisations": head("2. Organisations and other named entities", """
Named entities (organisations, people, places, projects) are found in the normalised text
and merged across spellings and across their Arabic and Latin forms. Each mention keeps its
offsets into the article as read.""") + [
        md("## Mentions\nOne row per mention: the surface form, the entity it was merged into, "
           "its label."),
        code('mentions = tables["mentions"]\nmentions.head(40)'),
        code('mentions.groupby("label")["entity"].agg(mentions="size", entities="nunique")'),
        md("## Organisations\nOne row per organisation with every surface form seen (aliases)."),
        code('tables["organisations"]'),
        md("## The article with its entities\nRead right to left; hover a mark for the entity "
           "it was merged into."),
        code('''\
from khabar.io import read_corpus

documents, _ = read_corpus(seeds_dir)
for doc in documents[:3]:  # the first three articles of a corpus
    display(HTML(figures.entity_view_html(doc.text, mentions[mentions["doc_id"] == doc.doc_id])))'''),
        md("## Figures: mentions per organisation; mentions across the article"),
        code('figures.display_figure(figures.mentions_per_organisation(tables["organisations"], '
             'source=source), "mentions_per_organisation", FIGURES);'),
        code('figures.display_figure(figures.mentions_across_article(mentions, source=source), '
             '"mentions_across_article", FIGURES);'),
        code('saved = pipeline.write_tables(tables, DATA, ["mentions", "organisations"])\n'
             'print("CSV tables written to data/:", ", ".join(p.name for p in saved))'),
    ],
    "03_funding": head("3. Funding figures and dates", """
Funding figures are money amounts with their scale word (مليار = 10⁹), ISO 4217 currency and
the entity the money is for. Dates are normalised to ISO 8601 at the precision the text
gives (day, month or year).""") + [
        md("## Funding\n`amount` is in full units of `currency`; `approximate` is true when the "
           "text hedges (نحو، حوالي، أكثر من …)."),
        code('tables["funding"]'),
        md("## Dates"),
        code('tables["dates"]'),
        md("## Figure: funding figures and what they are for"),
        code('figures.display_figure(figures.funding_by_subject(tables["funding"], '
             'source=source), "funding_by_subject", FIGURES);'),
        code('saved = pipeline.write_tables(tables, DATA, ["funding", "dates"])\n'
             'print("CSV tables written to data/:", ", ".join(p.name for p in saved))'),
    ],
    "04_quotes": head("4. Quotes and speakers", """
Direct quotes (text between quotation marks, with a speech cue) are attributed to a
speaker; gender comes from the cue verb's morphology (قال / قالت), speaker type tells a
person from an organisation, and the affiliation comes from the apposition after the name.""") + [
        md("## Quotes"),
        code('quotes = tables["quotes"]\nquotes'),
        md("## Who gets a voice\nDirect quotes and quoted words (counts and percent shares) "
           "per speaker, per affiliation, by gender and by speaker type; indirect speech (no "
           "quote marks) is left out of these counts and of the figures."),
        code('from khabar.quotes import voice_table\nvoice_table(quotes, "speaker")'),
        code('voice_table(quotes, "affiliation")'),
        code('voice_table(quotes, "speaker_gender")'),
        code('voice_table(quotes, "speaker_type")'),
        md("## Figures: per speaker and per affiliation; shares by gender and by speaker "
           "type; quote lengths"),
        code('figures.display_figure(figures.quotes_per_speaker(quotes, source=source), '
             '"quotes_per_speaker", FIGURES);'),
        code('figures.display_figure(figures.quotes_per_affiliation(quotes, source=source), '
             '"quotes_per_affiliation", FIGURES);'),
        code('figures.display_figure(figures.quote_shares(quotes, source=source), '
             '"quote_shares", FIGURES);'),
        code('figures.display_figure(figures.quote_lengths(quotes, source=source), '
             '"quote_lengths", FIGURES);'),
        code('saved = pipeline.write_tables(tables, DATA, ["quotes"])\n'
             'print("CSV tables written to data/:", ", ".join(p.name for p in saved))'),
    ],
    "05_report": head("khabar report · تقرير خبر", """
The figures and key tables of the analysis. Every row of every table carries the article id
and character offsets, so each figure can be traced back to the words of the article.

<p dir="rtl" lang="ar" style="text-align:right">الأشكال والجداول الرئيسية للتحليل. يحمل كل صف معرّف المقال ومواضع الأحرف فيه،
فيمكن إرجاع كل شكل إلى كلمات المقال نفسها.</p>""") + [
        caption("Top terms", "المصطلحات الأكثر تكراراً",
                "Normalised words, stop words removed.",
                "الكلمات بعد التطبيع وحذف كلمات التوقف."),
        code('figures.display_figure(figures.top_terms(tables["terms"], source=source), '
             '"top_terms", FIGURES);'),
        caption("Organisations", "المنظمات",
                "Mentions per organisation, Arabic and Latin spellings merged.",
                "عدد الإشارات إلى كل منظمة، بعد دمج التهجئات العربية واللاتينية."),
        code('figures.display_figure(figures.mentions_per_organisation(tables["organisations"], '
             'source=source), "mentions_per_organisation", FIGURES);'),
        code('tables["organisations"]'),
        caption("Mentions across the article", "الإشارات عبر المقال",
                "Where each entity appears, paragraph by paragraph.",
                "أين تظهر كل جهة في فقرات المقال."),
        code('figures.display_figure(figures.mentions_across_article(tables["mentions"], '
             'source=source), "mentions_across_article", FIGURES);'),
        caption("Funding and dates", "التمويل والتواريخ",
                "Amounts in full units, their ISO 4217 currency and what they are for; dates "
                "in ISO 8601.",
                "المبالغ بوحداتها الكاملة وعملتها وما خُصّصت له، والتواريخ بصيغة ISO 8601."),
        code('figures.display_figure(figures.funding_by_subject(tables["funding"], '
             'source=source), "funding_by_subject", FIGURES);'),
        code('tables["funding"]'),
        code('tables["dates"]'),
        caption("Quotes", "الاقتباسات",
                "Direct quotes by speaker, affiliation, speaker gender and speaker type; "
                "indirect speech "
                "is listed in the table but not charted.",
                "الاقتباسات المباشرة حسب المتحدث وانتمائه وجنسه ونوعه؛ الكلام المنقول بصيغة غير مباشرة "
                "في الجدول فقط."),
        code('figures.display_figure(figures.quotes_per_speaker(tables["quotes"], '
             'source=source), "quotes_per_speaker", FIGURES);'),
        code('figures.display_figure(figures.quotes_per_affiliation(tables["quotes"], '
             'source=source), "quotes_per_affiliation", FIGURES);'),
        code('figures.display_figure(figures.quote_shares(tables["quotes"], source=source), '
             '"quote_shares", FIGURES);'),
        code('figures.display_figure(figures.quote_lengths(tables["quotes"], source=source), '
             '"quote_lengths", FIGURES);'),
        code('tables["quotes"][["kind", "speaker", "speaker_gender", "speaker_type", "affiliation", '
             '"words", "quote"]]'),
        caption("Data", "البيانات", "Every table as CSV (UTF-8 with BOM) in data/.",
                "كل الجداول بصيغة CSV (UTF-8 مع BOM) في مجلد data."),
        code('saved = pipeline.write_tables(tables, DATA)\n'
             'print("CSV tables written to data/:", ", ".join(p.name for p in saved))'),
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
