"""The report a newsroom can publish from: readable tables, a self-contained HTML page and
its PDF, and the notebooks' shared parameters.

- :func:`notebook_parameters` reads ``notebooks/params.json``: the corpus, the output root
  and the chart language every notebook starts from (papermill still overrides them).
- :func:`readable` / :func:`table_html` turn a khabar table (columns in
  :mod:`khabar.schema`; extra columns tolerated) into what a reader needs: no index, no
  technical columns (offsets, rule names — those stay in the CSVs), amounts in words of
  scale, every cell with ``dir="auto"`` so Arabic and mixed text reads in order.
- :func:`export_html` writes ``report.html`` from the executed report notebook: one page,
  ``lang``/``dir`` set, no script and no external request (images are already embedded),
  no local absolute path, a print stylesheet for A4; :func:`export_pdf` prints it to
  ``report.pdf`` with headless Chromium when one is installed.

Direction rules: HTML ``dir="auto"`` takes a cell's direction from its first strong
character (HTML Living Standard, "the dir attribute"), the same rule as
:func:`khabar.figures.first_strong_is_arabic`.
"""
from __future__ import annotations

import html
import json
import os
import re
import shutil
import subprocess
import tempfile
import uuid
from pathlib import Path

import pandas as pd

from . import figures
from .schema import ALIAS_SEPARATOR

#: Defaults when ``params.json`` is missing or leaves a key out (paths relative to the
#: notebooks folder).
DEFAULT_PARAMETERS = {"seeds_dir": "../seeds", "out_dir": "..", "language": "ar"}


def notebook_parameters(path: str | os.PathLike = "params.json") -> dict:
    """The notebooks' parameters: :data:`DEFAULT_PARAMETERS` updated from ``path``
    (JSON object; relative to the working directory, which is ``notebooks/`` in
    JupyterLab and under ``khabar run``). Relative paths in the file stay relative to
    that folder. Raises ``ValueError`` naming the file if it is not a JSON object, has an
    unknown key or an unknown language."""
    params = dict(DEFAULT_PARAMETERS)
    p = Path(path)
    if not p.is_file():
        return params
    try:
        given = json.loads(p.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValueError(f"{p}: not valid JSON ({exc})") from None
    if not isinstance(given, dict):
        raise ValueError(f"{p}: expected a JSON object of parameters, got {type(given).__name__}")
    unknown = set(given) - set(params)
    if unknown:
        raise ValueError(f"{p}: unknown parameter(s) {', '.join(sorted(unknown))}; "
                         f"known: {', '.join(params)}")
    params.update({k: str(v) for k, v in given.items()})
    figures.check_language(params["language"])
    for key in ("seeds_dir", "out_dir"):              # ~ is the home folder, as in a shell
        params[key] = os.path.expanduser(params[key])
    return params


def reading_summary(tables, folder: str, language: str = "ar", digits: str = "latin") -> str:
    """One line saying what was read, in ``language``: the articles read from the
    folder ``folder`` (its name only: a report names no local path), the inputs that
    could not be read and those read with a warning (``tables``: with ``documents`` and
    ``problems``; a problem whose reason starts with :data:`khabar.io.WARNING` was read
    anyway). The folder's name is a bidi isolate (U+2068 … U+2069), so the count after
    it stays in the line's reading order."""
    from .io import WARNING

    lang = figures.check_language(language)
    reasons = [str(r) for r in tables["problems"]["reason"]] if len(tables["problems"]) else []
    warned = sum(r.startswith(WARNING) for r in reasons)
    n, bad, warned = (figures.format_count(v, lang, digits)
                      for v in (len(tables["documents"]), len(reasons) - warned, warned))
    # The folder's name is isolated (FSI … PDI, Unicode UAX #9): a Latin name followed by
    # ": 4" in an Arabic line otherwise takes the count into its left-to-right run, and the
    # line reads "من 4 :seeds".
    folder = f"\u2068{folder}\u2069"
    if lang == "ar":
        line = f"المقالات المقروءة من {folder}: {n}؛ ما تعذّرت قراءته: {bad}"
        return line + (f"؛ ما قُرئ مع تنبيه: {warned}" if warned != "0" else "")
    line = f"{n} article(s) read from {folder}; {bad} could not be read"
    return line + (f"; {warned} read with a warning" if warned != "0" else "")


# --------------------------------------------------------------------------- tables

#: Columns kept out of the readable tables (they stay in the CSVs): character offsets,
#: sentence numbers and the names of the rules that produced a value.
TECHNICAL = {"start", "end", "sentence", "index", "bound", "cue", "vague", "subject_rule",
             "currency_note", "speaker_start", "speaker_end", "closed", "attribution",
             "source", "norm", "restates", "part_of", "rule"}

#: Column headings, (English, Arabic).
HEADINGS = {
    "doc_id": ("article", "المقال"), "title": ("title", "العنوان"), "outlet": ("outlet", "المنفذ"),
    "date": ("date", "التاريخ"), "language": ("language", "اللغة"),
    "encoding": ("encoding", "الترميز"), "paragraphs": ("paragraphs", "الفقرات"),
    "sentences": ("sentences", "الجمل"), "tokens": ("tokens", "الوحدات"),
    "boilerplate_lines": ("boilerplate lines", "أسطر الحشو"), "text": ("text", "النص"),
    "paragraph": ("paragraph", "الفقرة"), "kind": ("kind", "النوع"),
    "entity": ("entity", "الجهة"), "label": ("label", "التصنيف"),
    "organisation": ("organisation", "المنظمة"), "type": ("type", "النوع"),
    "arabic_name": ("Arabic name", "الاسم بالعربية"),
    "aliases": ("aliases", "الأسماء الأخرى"), "mentions": ("mentions", "الإشارات"),
    "documents": ("articles", "المقالات"), "amount": ("amount", "المبلغ"),
    "currency": ("currency (ISO 4217)", "العملة (ISO 4217)"),
    "approximate": ("approximate", "تقريبي"), "subject": ("for (subject)", "لصالح (الجهة)"),
    "payer": ("paid by", "الجهة الدافعة"), "currency_source": ("currency from", "مصدر العملة"),
    "precision": ("precision", "الدقة"), "calendar": ("calendar", "التقويم"),
    "hijri": ("Hijri date", "التاريخ الهجري"), "quote": ("quote", "الاقتباس"),
    "speaker": ("speaker", "المتحدث"), "speaker_gender": ("gender", "الجنس"),
    "speaker_type": ("speaker type", "نوع المتحدث"), "affiliation": ("affiliation", "الانتماء"),
    "role": ("role", "الصفة"), "words": ("words", "الكلمات"), "reason": ("reason", "السبب"),
    "source": ("file", "الملف"),
    "term": ("term", "المصطلح"), "surface": ("as written", "كما ورد"),
    "frequency": ("occurrences", "مرات الورود"), "forms": ("forms", "الصيغ"),
    "quotes": ("direct quotes", "الاقتباسات المباشرة"),
    "quote_share": ("share of direct quotes (%)", "حصة الاقتباسات المباشرة (%)"),
    "word_share": ("share of quoted words (%)", "حصة الكلمات المقتبسة (%)"),
    "entities": ("entities", "الجهات"),
    "format": ("format", "الصيغة"), "extractor": ("text extracted by", "أداة استخراج النص"),
    "author": ("author", "الكاتب"), "url": ("address (URL)", "الرابط"),
    "script": ("script", "الكتابة"), "share": ("share (%)", "الحصة (%)"),
    "name": ("name", "الاسم"), "org_type": ("organisation type", "نوع المنظمة"),
    "restatement": ("restates an earlier figure", "إعادة لرقم سابق"),
    "channel": ("passed on by", "نقلاً عن طريق"),
    "year_from": ("year not in the text, taken from", "السنة ليست في النص، أُخذت من"),
}

#: Where a date's year came from when the text does not write it (dates column
#: ``year_from``, khabar.dates), in Arabic. A reader citing the date must see that its
#: year is khabar's inference, the weekday's above all (README data contract).
YEAR_FROM_AR = {
    "document date": "تاريخ المقال", "dateline": "سطر التاريخ في رأس المقال",
    "weekday": "يوم الأسبوع (تقدير)", "range end": "نهاية الفترة",
    "same year as the last year named": "آخر سنة ذُكرت",
    "same year as the last explicit year": "آخر سنة كُتبت في النص",
    "same month named with its year": "الشهر نفسه مذكوراً مع سنته",
    "same month as the last month named": "آخر شهر ذُكر",
    "year named before in the sentence": "سنة ذُكرت قبله في الجملة",
}
_ALSO_FITS = re.compile(r"weekday \(also fits ([\d, ]+)\)")


def year_from_text(value: str, language: str) -> str:
    """``value`` of the dates column ``year_from`` for a reader of ``language``: as it is
    in English, in words in Arabic (:data:`YEAR_FROM_AR`; ``weekday (also fits 2016)`` →
    يوم الأسبوع (تقدير؛ يناسب أيضاً 2016)); an unknown value as it is."""
    if language != "ar" or not value:
        return value
    also = _ALSO_FITS.fullmatch(value)
    if also:
        return f"يوم الأسبوع (تقدير؛ يناسب أيضاً {also.group(1)})"
    return YEAR_FROM_AR.get(value, value)

#: Category values shown in words, (English, Arabic); others are shown as they are.
VALUES = {"direct": ("direct", "مباشر"), "indirect": ("indirect", "غير مباشر"),
          "day": ("day", "يوم"), "month": ("month", "شهر"), "year": ("year", "سنة"),
          "gregorian": ("Gregorian", "ميلادي"), "hijri": ("Hijri", "هجري"),
          # currency_source: where the currency of a figure was found (docs/money.md)
          "text": ("in the text", "في النص"),
          "earlier mention": ("an earlier mention", "ذكر سابق في المقال"),
          "later mention": ("a later mention", "ذكر لاحق في المقال"),
          "country in article": ("the story's country", "بلد الخبر"),
          "metadata": ("the article's metadata", "بيانات المقال"),
          "payer's country": ("the payer's country", "بلد الجهة المانحة"),
          # organisation types (khabar.gazetteer.ORG_TYPES) and entity labels
          "company": ("company", "شركة"), "ngo": ("NGO", "منظمة غير حكومية"),
          "campaign": ("campaign", "حملة"), "government": ("government", "جهة حكومية"),
          "media": ("media", "وسيلة إعلام"),
          "intergovernmental": ("intergovernmental", "منظمة حكومية دولية"),
          "other": ("other", "أخرى"), "ORG": ("organisation", "منظمة"),
          "PERSON": ("person", "شخص"), "PLACE": ("place", "مكان"),
          "PROJECT": ("project", "مشروع"),
          # funding kind (lexicon money_kinds.tsv, docs/money.md "Kind of money")
          "financing": ("financing", "تمويل"), "pledge": ("pledge", "تعهد"),
          "grant": ("grant", "منحة"), "loan": ("loan", "قرض"), "aid": ("aid", "مساعدات"),
          "donation": ("donation", "تبرع"), "deposit": ("deposit", "وديعة"),
          "investment": ("investment", "استثمار"), "budget": ("budget", "موازنة"),
          "deficit": ("deficit", "عجز"), "revenue": ("revenue or results", "إيرادات أو نتائج"),
          "contract": ("contract", "عقد"), "cost": ("cost", "تكلفة"),
          "wages": ("wages", "رواتب")}
CATEGORY_COLUMNS = {"speaker_gender", "speaker_type", "kind", "precision", "calendar",
                    "currency_source", "type", "org_type", "label"}

#: Columns that are whole counts (shown with thousands separators).
COUNTS = {"paragraphs", "sentences", "tokens", "boilerplate_lines", "mentions", "documents",
          "words", "frequency", "paragraph", "quotes", "entities"}


def _is_true(v) -> bool:
    return v is True or str(v).strip().lower() == "true"


#: Columns shown even when blank in every row: who a figure is for and who pays it are
#: what a reader looks for, and an empty column says khabar found none.
ALWAYS_SHOWN = {"subject", "payer"}


def shown_columns(table: pd.DataFrame) -> list[str]:
    """The columns of ``table`` that :func:`readable` shows, in order: not technical
    (:data:`TECHNICAL`; a problems table keeps its ``source``, the file) and, when the
    table has rows, not empty in every row (a column of blanks says nothing to a reader;
    it stays in the CSV), except :data:`ALWAYS_SHOWN`."""
    # A problem's source (the file, or file#row, that could not be read) is what the
    # row is about; elsewhere a source is the path a document was read from.
    technical = TECHNICAL - {"source"} if "reason" in table.columns else TECHNICAL
    return [c for c in table.columns if c not in technical
            and (c in ALWAYS_SHOWN or not (len(table) and _all_blank(table[c])))]


def _all_blank(column: pd.Series) -> bool:
    return bool(column.isna().all()) or (column.dtype == object and
                                         bool(column.map(lambda v: v is None or v == "")
                                              .all()))


#: Columns that name an organisation or a place by its canonical entity: an Arabic report
#: shows the name the charts show (:func:`khabar.figures.entity_name`).
NAMED_COLUMNS = {"subject", "payer", "affiliation"}


def readable(table: pd.DataFrame, language: str = "ar", digits: str = "latin",
             names: dict | None = None) -> pd.DataFrame:
    """A copy of ``table`` for people: technical columns (:data:`TECHNICAL`) and columns
    blank in every row dropped (:func:`shown_columns`), amounts written in words of
    scale with their currency (:func:`khabar.figures.format_amount`; a lower or upper
    bound, column ``bound``, says so before it: "حد أدنى: 27 مليون درهم"; a figure's
    ``text`` as written is blank where it reads as its amount, and dropped when it does in
    every row: :func:`_without_repeated_text`), booleans as yes /
    blank, categories and headings in ``language``, whole numbers with separators, a
    fresh 0..n-1 index. Every value is a string. Unknown extra columns are kept as they
    are. With ``names`` (:func:`khabar.figures.display_names`), an Arabic table names the
    bodies and places of :data:`NAMED_COLUMNS` as the charts do (World Bank → البنك
    الدولي, Iraq → العراق); the CSVs keep the canonical entity."""
    lang = figures.check_language(language)
    ar = lang == "ar"
    t = table[shown_columns(table)].copy()
    out = pd.DataFrame(index=range(len(t)))
    for col in t.columns:
        values = t[col].reset_index(drop=True)
        if col == "amount":
            currency = (table["currency"] if "currency" in table
                        else pd.Series([""] * len(table))).reset_index(drop=True)
            shown = [figures.format_amount(a, c, lang, digits) if pd.notna(a) else ""
                     for a, c in zip(values, currency)]
            if "bound" in table:
                # أكثر من 27 مليون درهم: a bound, not the sum (the column itself is technical)
                bounds = table["bound"].fillna("").astype(str).reset_index(drop=True)
                shown = [f"{figures.tr(b + '_bound', lang)}: {v}" if v and b in (
                    "lower", "upper") else v for v, b in zip(shown, bounds)]
        elif col in ("approximate", "vague", "restatement"):
            shown = [("نعم" if ar else "yes") if _is_true(v) else "" for v in values]
        elif col == "year_from":
            shown = [year_from_text(v, lang) if isinstance(v, str) else "" for v in values]
        elif col in CATEGORY_COLUMNS:
            shown = [VALUES[v][ar] if v in VALUES else figures.category(v, lang)
                     if isinstance(v, str) and v else "" for v in values]
        elif col in NAMED_COLUMNS and ar and names is not None:
            shown = ["" if not isinstance(v, str) else figures.entity_name(v, lang, names)
                     for v in values]
        elif col in COUNTS:
            shown = [figures.format_count(v, lang, digits) if pd.notna(v) and str(v) != ""
                     else "" for v in values]
        else:
            shown = ["" if v is None or (isinstance(v, float) and pd.isna(v)) else str(v)
                     for v in values]
        out[HEADINGS[col][ar] if col in HEADINGS else col] = shown
    return _without_repeated_text(out, ar)


def _without_repeated_text(out: pd.DataFrame, ar: bool) -> pd.DataFrame:
    """``out`` (a readable table) with a figure's text as written left blank where the
    amount column reads the same (1.2 مليار دولار twice over says nothing more), and the
    text column dropped when it is blank in every row; kept where the two differ (مليار
    و200 مليون دولار, ثلاثة ملايين دولار: the amount is 1.2 مليار دولار, 3 ملايين دولار)."""
    text, amount = HEADINGS["text"][ar], HEADINGS["amount"][ar]
    if text not in out.columns or amount not in out.columns or not len(out):
        return out
    kept = [("" if " ".join(t.split()) == " ".join(a.split()) else t)
            for t, a in zip(out[text], out[amount])]
    if not any(kept):
        return out.drop(columns=[text])
    out[text] = kept
    return out


#: The table styles, shared by the notebooks and the report: full text wrapped, each cell
#: in its own direction, JupyterLab's fixed layout and right-aligned cells undone.
TABLE_CSS = """
table.khabar-table { border-collapse: collapse; width: 100%; table-layout: auto !important;
  font-family: 'Noto Sans Arabic', 'Noto Naskh Arabic', 'DejaVu Sans', sans-serif;
  font-size: 0.9em; margin: 0.5em 0 1.2em 0; }
table.khabar-table th, table.khabar-table td { unicode-bidi: plaintext;
  text-align: start !important; white-space: normal !important; overflow-wrap: break-word;
  word-break: normal; vertical-align: top; padding: 3px 6px; border-bottom: 1px solid #ddd;
  max-width: none; }
table.khabar-table th { background: #f3f3f3; font-weight: 600; }
table.khabar-table td.long { min-width: 11em; }
table.khabar-table td.names { unicode-bidi: isolate; }
table.khabar-table td.nowrap { white-space: nowrap !important; }
table.khabar-table td.id { font-size: 0.8em; color: #444; overflow-wrap: break-word; }
p.khabar-note { color: #555; font-size: 0.85em; }
input.khabar-search { margin: 0.3em 0; padding: 2px 6px; min-width: 16em; }
"""

_LONG = {"quote", "text", "aliases", "النص", "الاقتباس", "الأسماء الأخرى"}

#: Search box and click-to-sort headings for a table shown in JupyterLab (a trusted
#: notebook runs the script of an HTML output). The exported report drops every script
#: (:func:`export_html`), so there the table is plain HTML. Amount cells sort by their
#: ``data-sort`` value (the amount in full units), other cells by number or by text.
_INTERACTIVE_JS = """(function () {
  var t = document.getElementById(%(id)s);
  if (!t || t.dataset.interactive) return;
  t.dataset.interactive = "1";
  var body = t.tBodies[0], box = document.createElement("input");
  box.type = "search"; box.dir = "auto"; box.className = "khabar-search";
  box.placeholder = %(search)s;
  t.parentNode.insertBefore(box, t);
  box.addEventListener("input", function () {
    var q = box.value.trim().toLowerCase();
    Array.prototype.forEach.call(body.rows, function (r) {
      r.style.display = !q || r.textContent.toLowerCase().indexOf(q) >= 0 ? "" : "none";
    });
  });
  function key(cell) {
    var s = cell.dataset.sort !== undefined ? cell.dataset.sort : cell.textContent;
    var v = Number(s.replace(/[,\u066c]/g, ""));
    return s !== "" && !isNaN(v) ? v : s;
  }
  Array.prototype.forEach.call(t.tHead.rows[0].cells, function (th, i) {
    th.style.cursor = "pointer"; th.title = %(sort)s;
    th.addEventListener("click", function () {
      var asc = th.dataset.order !== "asc";
      th.dataset.order = asc ? "asc" : "desc";
      var rows = Array.prototype.slice.call(body.rows);
      rows.sort(function (a, b) {
        var x = key(a.cells[i]), y = key(b.cells[i]);
        var c = typeof x === "number" && typeof y === "number" ? x - y
          : String(x).localeCompare(String(y), %(lang)s);
        return asc ? c : -c;
      });
      rows.forEach(function (r) { body.appendChild(r); });
    });
  });
})();"""


def _id_cell(value: str) -> str:
    # An article id breaks only after its separators (a2_ministry → a2_ | ministry), never
    # inside a word: <wbr> marks where, and the CSS wraps no other place but an overlong one.
    escaped = html.escape(value)
    for sep in ("_", "-", "/", "."):
        escaped = escaped.replace(sep, sep + "<wbr>")
    return escaped




def _names_cell(value: str) -> str:
    # Names in two scripts in one cell (ACRE | مركز العمل …): each name is isolated
    # (<bdi>), so the bidirectional algorithm orders the names as the table's direction
    # does and never mixes the words of a Latin name with those of an Arabic one; a name
    # wraps at its own spaces. The cell takes the table's direction (class names: not
    # unicode-bidi plaintext, which would look past the isolates and find none).
    return ALIAS_SEPARATOR.join(f"<bdi>{html.escape(a)}</bdi>"
                                for a in value.split(ALIAS_SEPARATOR))


def table_html(table: pd.DataFrame, language: str = "ar", max_rows: int | None = 50,
               name: str = "", digits: str = "latin", columns: list[str] | None = None,
               interactive: bool = False, names: dict | None = None) -> str:
    """HTML for ``table`` as :func:`readable` gives it: ``<table class="khabar-table"
    dir=…>`` (the language's direction), every ``<th>``/``<td>`` with ``dir="auto"``, at
    most ``max_rows`` rows (``None``: all) with a note naming the CSV that has them all.
    ``columns``: only these columns of ``table`` (those that exist), in that order.
    ``interactive``: add a search box and click-to-sort headings (a script; for
    JupyterLab, dropped from the exported report); ``names``: as :func:`readable`.
    Text is HTML-escaped; the names of an ``aliases`` cell are each isolated (``<bdi>``)
    in a cell of the table's direction."""
    lang = figures.check_language(language)
    if columns is not None:
        table = table[[c for c in columns if c in table.columns]]
    total = len(table)
    if max_rows is not None:
        # Only the rows shown are made readable: a million-row token table costs seconds.
        table = table.head(max_rows)
    shown = readable(table, lang, digits, names)
    head = "".join(f'<th dir="auto">{html.escape(c)}</th>' for c in shown.columns)
    long = [c in _LONG for c in shown.columns]
    ids = [c in ("doc_id", "المقال", "article") for c in shown.columns]
    lists = [c == HEADINGS["aliases"][lang == "ar"] for c in shown.columns]
    # An ISO 8601 date (2022-07-12, 2020-01/2020-06) is read whole: never broken at a dash.
    whole = [c in (HEADINGS["date"][lang == "ar"], HEADINGS["hijri"][lang == "ar"])
             for c in shown.columns]
    direction = "rtl" if lang == "ar" else "ltr"
    opening = [f'<td dir="{direction}" class="long names"' if n else
               '<td dir="auto" class="long"' if lg else '<td dir="auto" class="id"' if i
               else '<td dir="auto" class="nowrap"' if w else '<td dir="auto"'
               for lg, i, n, w in zip(long, ids, lists, whole)]
    # The amount in full units, for sorting: "20 مليون" must sort below "1.2 مليار".
    sort_keys = [[""] * len(shown) for _ in shown.columns]
    heading = HEADINGS["amount"][lang == "ar"]
    if "amount" in shown_columns(table) and heading in shown.columns:
        at = list(shown.columns).index(heading)      # the text column may be dropped
        sort_keys[at] = [f' data-sort="{a:.0f}"' if pd.notna(a) else ""
                         for a in table["amount"].head(len(shown)).astype(float)]
    cell = [_id_cell if i else _names_cell if n else html.escape for i, n in zip(ids, lists)]
    rows = "".join("<tr>" + "".join(f"{o}{k[r]}>{c(v)}</td>"
                                    for o, k, c, v in zip(opening, sort_keys, cell, row))
                   + "</tr>" for r, row in enumerate(shown.itertuples(index=False)))
    table_id = f"khabar-{uuid.uuid4().hex[:12]}"
    out = (f'<style>{TABLE_CSS}</style><table class="khabar-table" id="{table_id}" '
           f'dir="{direction}" lang="{lang}" data-table="{html.escape(name)}">'
           f"<thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>")
    if interactive and len(shown) > 1:
        out += "<script>" + _INTERACTIVE_JS % {
            "id": json.dumps(table_id), "lang": json.dumps(lang),
            "search": json.dumps("بحث في الجدول" if lang == "ar" else "Search the table"),
            "sort": json.dumps("انقر للترتيب" if lang == "ar" else "Click to sort")} + "</script>"
    if total == 0:
        out += f'<p class="khabar-note" dir="auto">{"لا صفوف" if lang == "ar" else "No rows"}</p>'
    elif len(shown) < total:
        csv = f"data/{name}.csv" if name else "data/"
        note = (f"أول {figures.format_count(len(shown), lang, digits)} صفاً من "
                f"{figures.format_count(total, lang, digits)}؛ الجدول كاملاً في {csv}"
                if lang == "ar"
                else f"First {len(shown):,} of {total:,} rows; the whole table is {csv}")
        out += f'<p class="khabar-note" dir="auto">{html.escape(note)}</p>'
    return out


def show_line(line: str) -> None:
    """Display one line of text in a notebook as a paragraph in its own direction (the
    report's note style), not as printed output, which the exported report sets in a
    monospace font that spreads Arabic letters apart. The text is escaped: it may hold a
    folder's name."""
    from IPython.display import HTML, display

    display(HTML(f'<p class="khabar-note" dir="auto">{html.escape(line)}</p>'))


def show_table(table: pd.DataFrame, name: str = "", language: str = "ar",
               max_rows: int | None = 50, columns: list[str] | None = None,
               names: dict | None = None) -> None:
    """Display :func:`table_html` in a notebook; tables of more than 10 rows are
    searchable and sortable in JupyterLab (``interactive``); ``names``: as
    :func:`readable`."""
    from IPython.display import HTML, display

    display(HTML(table_html(table, language, max_rows, name, columns=columns,
                            interactive=len(table) > 10, names=names)))


# --------------------------------------------------------------------------- the page

#: The report page's own styles: reading direction per block, figures fitted to the
#: page, and for print an A4 page, tables within the width, a section per page.
PAGE_CSS = """
body { font-family: 'Noto Sans Arabic', 'Noto Naskh Arabic', 'DejaVu Sans', sans-serif;
  line-height: 1.7; margin: 0 auto; max-width: 60em; padding: 1em 1.5em; color: #111; }
p, li, h1, h2, h3, h4, td, th, pre, figcaption, blockquote {
  unicode-bidi: plaintext; text-align: start; }
img { max-width: 100%; height: auto; }
pre { white-space: pre-wrap; overflow-wrap: anywhere; font-size: 0.85em; }
a.anchor-link { display: none; }
.jp-OutputPrompt, .jp-InputPrompt { display: none; }
@page { size: A4; margin: 15mm 12mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 10pt; }
  h2 { break-before: page; }
  h1 + * h2, .jp-Cell:first-child h2 { break-before: auto; }
  table.khabar-table { font-size: 8pt; }
  table.khabar-table td.long { min-width: 8em; }
  /* On A4 an id that does not fit between its separators may break anywhere. */
  table.khabar-table td.id { overflow-wrap: anywhere !important; }
  tr, img { break-inside: avoid; }
  * { overflow: visible !important; }
}
"""

_BLOCK = re.compile(r"<(p|li|h[1-6]|td|th|pre|figcaption|blockquote|caption)"
                    r"(?=[\s>])(?![^>]*\sdir=)")
_SCRIPT = re.compile(r"<script\b.*?</script\s*>", re.S | re.I)
_EXTERNAL = re.compile(r"""<link\b[^>]*href=["']https?:[^>]*>""", re.I)
# Each table shown in a notebook carries its own copy of TABLE_CSS; the page has one.
_TABLE_STYLE = re.compile(r"<style>(?:(?!</style>).)*table\.khabar-table.*?</style>", re.S)


def _scrub_paths(body: str, paths) -> str:
    # Absolute input/output paths would name the reporter's folders (and a source's
    # location) in a page sent to others: keep only each folder's last name.
    for p in sorted({str(p) for p in paths if p and os.path.isabs(str(p))}, key=len, reverse=True):
        body = body.replace(p, Path(p).name or p)
    return body


def export_html(notebook: str | os.PathLike, target: str | os.PathLike,
                language: str | None = None) -> Path:
    """Export an executed notebook to one self-contained HTML page (code cells hidden).

    The page has ``lang`` and ``dir`` of ``language`` (default: the notebook's papermill
    parameter, else ``ar``), every text block and cell ``dir="auto"``, the styles of
    :data:`PAGE_CSS` and :data:`TABLE_CSS` inline, no ``<script>`` and no external link
    (nbconvert's "basic" template, without the require.js and MathJax the "lab"
    template loads from a CDN), figures embedded as data URIs, and absolute paths of the
    run (papermill's ``seeds_dir`` / ``out_dir``) reduced to folder names. Written
    atomically; returns ``target``."""
    import nbformat
    from nbconvert import HTMLExporter

    nb = nbformat.read(str(notebook), as_version=4)
    given = nb.metadata.get("papermill", {}).get("parameters", {})
    lang = figures.check_language(language or given.get("language") or "ar")
    # optimistic_validation: the notebook is validated once, after nbconvert's
    # preprocessors, not after each of its dozen (each time compiling the schema
    # again: about 0.3 s of a report's export), with the same page.
    exporter = HTMLExporter(template_name="basic", exclude_input=True,
                            exclude_input_prompt=True, exclude_output_prompt=True,
                            optimistic_validation=True)
    body, _ = exporter.from_notebook_node(nb, resources={"metadata": {"name": "khabar"}})
    body = _TABLE_STYLE.sub("", _EXTERNAL.sub("", _SCRIPT.sub("", body)))
    body = _BLOCK.sub(lambda m: f'<{m.group(1)} dir="auto"', body)
    body = _scrub_paths(body, [given.get("seeds_dir"), given.get("out_dir"),
                               Path(notebook).resolve().parent, Path(target).resolve().parent])
    title = "تقرير خبر · khabar report" if lang == "ar" else "khabar report · تقرير خبر"
    page = (f'<!DOCTYPE html>\n<html lang="{lang}" dir="{"rtl" if lang == "ar" else "ltr"}">'
            f'<head><meta charset="utf-8"><meta name="viewport" content="width=device-width">'
            f"<title>{title}</title><style>{PAGE_CSS}{TABLE_CSS}</style></head>"
            f"<body><main>{body}</main></body></html>\n")
    target = Path(target)
    tmp = target.with_name(f".{target.name}.tmp")
    tmp.write_text(page, encoding="utf-8")
    tmp.replace(target)
    return target


# --------------------------------------------------------------------------- PDF

def find_chromium() -> str | None:
    """Path of a headless-capable Chromium: ``$KHABAR_CHROMIUM``, else ``chromium``,
    ``chromium-browser``, ``google-chrome`` on ``PATH``; ``None`` if there is none."""
    env = os.environ.get("KHABAR_CHROMIUM")
    if env:
        return env if shutil.which(env) or os.path.isfile(env) else None
    return next((p for p in map(shutil.which, ("chromium", "chromium-browser", "google-chrome"))
                 if p), None)


#: Flags for a private, quiet, offline-friendly headless Chromium (no sync, no component
#: updates, no background requests, no first-run pages).
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run",
                  "--disable-default-apps", "--mute-audio"]


def export_pdf(html_file: str | os.PathLike, target: str | os.PathLike,
               chromium: str | None = None, timeout: float = 180) -> Path | None:
    """Print ``html_file`` to ``target`` (A4, from the page's print stylesheet) with
    headless Chromium (:func:`find_chromium`), in an empty temporary profile. Returns
    ``target``, or ``None`` when no Chromium is installed. Raises ``RuntimeError`` with
    Chromium's message if printing fails."""
    chromium = chromium or find_chromium()
    if not chromium:
        return None
    target = Path(target)
    tmp = target.with_name(f".{target.name}.tmp")
    with tempfile.TemporaryDirectory(prefix="khabar-chromium-") as profile:
        cmd = [chromium, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", "--no-pdf-header-footer",
               f"--print-to-pdf={tmp}", Path(html_file).resolve().as_uri()]
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
    if proc.returncode != 0 or not tmp.is_file() or tmp.stat().st_size == 0:
        tmp.unlink(missing_ok=True)
        raise RuntimeError(f"chromium could not print {html_file}: "
                           f"{(proc.stderr or '').strip()[-500:]}")
    tmp.replace(target)
    return target


def export_report(notebook: str | os.PathLike, reports_dir: str | os.PathLike) -> Path:
    """``reports_dir/report.html`` (:func:`export_html`) and, where Chromium is installed,
    ``reports_dir/report.pdf`` (:func:`export_pdf`; a printing failure is reported on
    stderr and leaves the HTML). Returns the HTML path."""
    import sys

    reports = Path(reports_dir)
    page = export_html(notebook, reports / "report.html")
    try:
        pdf = export_pdf(page, reports / "report.pdf")
    except (RuntimeError, OSError, subprocess.TimeoutExpired) as exc:
        pdf, why = None, str(exc)
    else:
        chromium = os.environ.get("KHABAR_CHROMIUM")
        why = (f"KHABAR_CHROMIUM={chromium!r} is not a program" if chromium
               else "no chromium installed (apt-get install chromium)")
    if pdf is None:
        # A report.pdf left from an earlier run would not be this report.
        (reports / "report.pdf").unlink(missing_ok=True)
        print(f"khabar: report.pdf not written: {why}", file=sys.stderr)
    return page
