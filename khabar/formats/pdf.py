"""PDF text layers, through pdfplumber: lines rebuilt from the glyph positions, put
back in logical order (a PDF that displays «قالت المنظمة» correctly holds its glyphs
left to right on the page: visual order), joined into paragraphs, presentation forms
folded. Rules: Unicode Bidirectional Algorithm (UAX #9), docs/arabic.md,
*Reading files*."""
from __future__ import annotations

import bisect
import logging
import re
import statistics
import unicodedata

from ..io import InputError
from .reading import Reading, _version


class _Cluster:
    """A base character of a PDF line with the combining marks drawn on it."""

    __slots__ = ("base", "marks", "x0", "x1")

    def __init__(self, base: dict, marks: str):
        self.base, self.marks = base["text"], marks
        self.x0, self.x1 = base["x0"], base["x1"]


def _is_mark(text: str) -> bool:
    return all(unicodedata.category(c) == "Mn" for c in text)


def _clusters(chars: list[dict], marks_first: bool) -> list[_Cluster]:
    """Characters (in content-stream order) grouped into base + marks, ordered left to
    right by the base's centre. ``marks_first``: a mark belongs to the next base in the
    stream, as in glyph runs laid out right to left (HarfBuzz via Chromium, and
    reversed strings, put a mark just before its base); otherwise to the previous base
    (logical strings laid out left to right)."""
    groups: list[list] = []          # [base dict | None, marks]
    pending = ""
    for c in chars:
        if _is_mark(c["text"]):
            if marks_first or not groups:
                pending += c["text"]
            else:
                groups[-1][1] += c["text"]
            continue
        groups.append([c, pending])
        pending = ""
    if pending and groups:
        groups[-1][1] += pending
    # A ligature's zero-width second character (Chromium gives لا as a glyph and an
    # empty one at its left edge) sorts before it by centre.
    clusters = [_Cluster(b, m) for b, m in groups]
    clusters.sort(key=lambda k: (k.x0 + k.x1) / 2)
    return clusters


def _spaced(clusters: list[_Cluster], size: float) -> list[_Cluster]:
    """Clusters with a space where a gap wider than a fifth of the font size has none
    (producers that position words without space characters); runs of spaces as one."""
    out: list[_Cluster] = []
    for k in clusters:
        if out:
            prev = out[-1]
            if k.base.isspace() and prev.base.isspace():
                continue
            if k.x0 - prev.x1 > size / 5 and not k.base.isspace() and not prev.base.isspace():
                out.append(_Cluster({"text": " ", "x0": prev.x1, "x1": k.x0}, ""))
        out.append(k)
    while out and out[0].base.isspace():
        out.pop(0)
    while out and out[-1].base.isspace():
        out.pop()
    return out


class _Line:
    """One line of a PDF page: position, and its two readings (:func:`choose_order`)."""

    __slots__ = ("page", "baseline", "left", "right", "size", "visual", "as_drawn", "text",
                 "rtl")

    def __init__(self, page: int, chars: list[dict]):
        self.page = page
        self.baseline = statistics.median(c["matrix"][5] for c in chars)
        self.left = min(c["x0"] for c in chars)
        self.right = max(c["x1"] for c in chars)
        self.size = statistics.median(c["size"] for c in chars) or 1.0
        #: Clusters left to right, marks before their base (for the restored reading).
        self.visual = _spaced(_clusters(chars, marks_first=True), self.size)
        #: The line read left to right as drawn, marks after their base.
        self.as_drawn = "".join(k.base + k.marks for k in
                                _spaced(_clusters(chars, marks_first=False), self.size))
        self.text = self.as_drawn
        self.rtl = False        # base direction, set by choose_order


def _page_lines(page, number: int) -> list[_Line]:
    """The page's upright characters grouped into lines by baseline (text matrix y;
    glyphs of a fallback font on one line share it even when their boxes differ).
    A line of one character that is not a digit is dropped: a stray glyph (Chromium
    paints the clipped top of the next page's first line in the bottom margin)."""
    chars = [c for c in page.dedupe_chars().chars if c.get("upright", True) and c["text"]]
    # Baselines clustered top to bottom; each line keeps its characters in content-
    # stream order (a mark raised above its letter has another baseline, but belongs
    # with its stream neighbours).
    starts: list[tuple[float, float]] = []       # (baseline of the line, tolerance)
    for y, size in sorted({(c["matrix"][5], c["size"]) for c in chars}, reverse=True):
        if not starts or starts[-1][0] - y > starts[-1][1]:
            starts.append((y, 0.3 * size))
    tops = [-y for y, _ in starts]
    rows: list[list[dict]] = [[] for _ in starts]
    for c in chars:
        y = -c["matrix"][5]
        i = bisect.bisect_right(tops, y)        # the nearest line start above or below
        near = min((j for j in (i - 1, i) if 0 <= j < len(tops)), key=lambda j: abs(tops[j] - y))
        rows[near].append(c)
    rows = [r for r in rows if r]
    lines = [_Line(number, r) for r in rows]
    return [ln for ln in lines if ln.as_drawn.strip()
            and not (len(ln.as_drawn.strip()) == 1 and not ln.as_drawn.strip().isdigit())]


def _first_word_width(line: _Line) -> float:
    """Width of the first word of a line in reading order (the rightmost word of a
    right-to-left line, the leftmost of a left-to-right one)."""
    clusters = line.visual[::-1] if line.rtl else line.visual
    word = []
    for k in clusters:
        if k.base.isspace():
            break
        word.append(k)
    return max(k.x1 for k in word) - min(k.x0 for k in word) if word else 0.0


def _paragraphs(lines: list[_Line], widths: dict[int, float]) -> list[list[_Line]]:
    """Lines joined into paragraphs (``widths``: page number → page width). A line ends
    its paragraph when the next line's first word and a space of one em would have
    fitted in the room left on it (so the break was not made by wrapping: the reflow
    rule of text extraction tools), or when the gap between their
    baselines is more than 1.3 × the line spacing (paragraph spacing); a page
    break joins lines only by the first rule."""
    gaps = [a.baseline - b.baseline for a, b in zip(lines, lines[1:])
            if a.page == b.page and a.baseline > b.baseline]
    # Line spacing is the tighter spacing: the lower quartile of the gaps (the median
    # would be the paragraph spacing on a page of one-line paragraphs).
    usual = (statistics.quantiles(gaps, n=4)[0] if len(gaps) >= 4 else min(gaps)) if gaps else 0.0
    block: dict[int, tuple[float, float]] = {}
    for ln in lines:
        left, right = block.get(ln.page, (ln.left, ln.right))
        block[ln.page] = (min(left, ln.left), max(right, ln.right))
    # The text block assumes equal side margins, so that on a page of one-line
    # paragraphs the longest line is not taken for a full one.
    block = {page: (min(left, widths[page] - right), max(right, widths[page] - left))
             for page, (left, right) in block.items()}
    paras: list[list[_Line]] = []
    for i, ln in enumerate(lines):
        prev = lines[i - 1] if i else None
        new = prev is None
        if prev is not None:
            left, right = block[prev.page]
            room = (right - left) - (prev.right - prev.left)
            new = room > _first_word_width(ln) + prev.size
            if not new and prev.page == ln.page:
                new = prev.baseline - ln.baseline > 1.3 * usual
        if new:
            paras.append([ln])
        else:
            paras[-1].append(ln)
    return paras


_ARABIC = re.compile(r"[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]")
_LEVEL = re.compile(r"Level\(\s*(\d+),?\s*\)")


def _bidi_levels(text: str, base_dir: str) -> list[int]:
    """Embedding level of each character of ``text`` (UAX #9 rules up to I2, paired
    brackets included), from python-bidi's Rust implementation (its debug output lists
    one level per UTF-8 byte). Only the levels are read, to put a PDF's text layer back
    in logical order; nothing is drawn, so matplotlib's own shaping (libraqm, used for
    the figures: khabar.figures.arabic_label) does not come into it."""
    from bidi import get_display

    info = get_display(text, base_dir=base_dir, debug=True)
    block = info[info.index("levels:"):info.index("paragraphs:")]
    per_byte = [int(x) for x in _LEVEL.findall(block)]
    levels, pos = [], 0
    for c in text:
        levels.append(per_byte[pos])
        pos += len(c.encode("utf-8"))
    return levels


def _restore_logical(line: _Line, rtl: bool) -> str:
    """The logical text of a line whose glyphs run left to right on the page (visual
    order): the line's bidi levels (UAX #9, base direction right-to-left if ``rtl``)
    are computed on the visual string and rule L2 applied to it, which undoes the
    display reordering for the text a news page holds (the algorithm is its own inverse
    when each run is one direction); characters at right-to-left levels are mirrored
    back (L4: a « drawn for a logical »), and marks follow their base."""
    from bidi.mirror import MIRRORED

    clusters = line.visual
    if not clusters:
        return ""
    levels = _bidi_levels("".join(k.base[0] for k in clusters), "R" if rtl else "L")
    order = list(range(len(clusters)))
    top, lowest_odd = max(levels), min(x for x in levels if x % 2) if any(
        x % 2 for x in levels) else None
    if lowest_odd is not None:
        for level in range(top, lowest_odd - 1, -1):
            i = 0
            while i < len(order):
                if levels[order[i]] >= level:
                    j = i
                    while j < len(order) and levels[order[j]] >= level:
                        j += 1
                    order[i:j] = order[i:j][::-1]
                    i = j
                else:
                    i += 1
    out = []
    for i in order:
        k = clusters[i]
        base = k.base
        if levels[i] % 2:
            # A glyph mapped to several characters (a ligature) holds them in logical
            # order already (ToUnicode, PDF 1.7 §9.10.3): mirrored, not reversed.
            base = "".join(MIRRORED.get(c, c) for c in base)
        out.append(base + k.marks)
    return "".join(out)


def _line_direction(line: _Line, left: float, right: float) -> bool:
    """Right-to-left base direction for a line: any Arabic in it; otherwise (a Latin
    line such as the wrapped end of an Arabic paragraph) whether it is set flush right."""
    if _ARABIC.search(line.as_drawn):
        return True
    width = right - left or 1.0
    return line.right >= right - 0.02 * width and line.left > left + 0.05 * width


def fold_presentation_forms(text: str) -> str:
    """Arabic presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFF, what PDF text layers and
    shaped strings hold) folded to base letters by NFKC, character by character; every
    other character unchanged. NFKC gives isolated harakat a leading space (ﹰ → " ً"),
    which is dropped so a word stays one word. Source: Unicode Standard Annex #15; the
    same folds :func:`khabar.text.normalise` applies for matching (docs/arabic.md,
    *Normalisation*)."""
    return _PRESENTATION.sub(lambda m: _fold_one(m.group()), text)


_PRESENTATION = re.compile(r"[\uFB50-\uFDFF\uFE70-\uFEFE]")


def _fold_one(c: str) -> str:
    k = unicodedata.normalize("NFKC", c)
    return k.lstrip(" ") if k.strip() else k


def _form_agreement(text: str) -> int:
    """Presentation forms that sit where their shape says (an initial form starting a
    word, a final form ending it) minus those that sit the other way round: positive
    for logical order, negative for reversed."""
    score = 0
    for word in re.findall(r"[\uFB50-\uFDFF\uFE70-\uFEFF\u0600-\u06FF]{2,}", text):
        first, last = (unicodedata.decomposition(word[0]).split(" ")[0],
                       unicodedata.decomposition(word[-1]).split(" ")[0])
        score += (first == "<initial>") + (last == "<final>")
        score -= (first == "<final>") + (last == "<initial>")
    return score


def _known_words(text: str) -> tuple[int, int]:
    """``(function words, Arabic words)`` of ``text``: Arabic words of two letters or
    more that are in khabar's stop-word list (:data:`khabar.text.STOP_WORDS`)."""
    from ..text import STOP_WORDS, normalise

    words = [w for w in (normalise(x) for x in re.findall(r"[\u0600-\u06FF]{2,}", text))
             if len(w) >= 2]
    return sum(w in STOP_WORDS for w in words), len(words)


#: Fewest Arabic words for the readability check, and the share of function words
#: below which a text layer is unreadable in both orders. Measured with
#: :func:`_known_words`: the seed article 28 % (244 of 874 words), the seed reversed
#: 2.3 %, the seed with each letter moved 1, 7 or 13 places in the code chart (a wrong
#: Unicode map) 1.8 %, 4.6 %, 4.3 %; but a correct three-sentence page only 9.7 % (3 of
#: 31), so short texts are not judged.
_MIN_WORDS = 50
_MIN_KNOWN_SHARE = 0.05


class UnreadableTextLayer(ValueError):
    """A PDF text layer that reads as Arabic in neither order (:func:`choose_order`)."""


def choose_order(lines: list[_Line]) -> str:
    """Set each line's ``text`` to its logical reading; return how it was obtained.

    Two readings are compared: the lines restored from visual order
    (:func:`_restore_logical`; right for any PDF that displays Arabic correctly, whose
    glyphs run left to right on the page: Chromium, Word, and legacy generators that
    store reversed strings) and the lines as drawn (right for PDFs that draw
    logical-order strings left to right without shaping, which look reversed to a
    reader but hold logical text). Each is scored by function words
    (:func:`_known_words`) and contextual forms (:func:`_form_agreement`); the higher
    wins, and the whole document is read one way (one producer made it). Returns
    "visual order restored" or "logical order". Raises :class:`UnreadableTextLayer` when
    the text has Arabic words but neither reading has function words (a text layer
    without a usable Unicode map, e.g. a font whose glyphs map to the wrong characters).
    """
    if not lines:
        return "logical order"
    left, right = min(ln.left for ln in lines), max(ln.right for ln in lines)
    for ln in lines:
        ln.rtl = _line_direction(ln, left, right)
    restored = [_restore_logical(ln, ln.rtl) for ln in lines]
    drawn = [ln.as_drawn for ln in lines]
    scores = []
    for reading in (restored, drawn):
        text = "\n".join(reading)
        known, words = _known_words(fold_presentation_forms(text))
        scores.append((known + _form_agreement(text), known, words))
    (score_r, known_r, words_r), (score_d, known_d, _) = scores
    if words_r >= _MIN_WORDS and max(known_r, known_d) < _MIN_KNOWN_SHARE * words_r:
        raise UnreadableTextLayer(f"text layer unreadable in either order ({words_r} Arabic "
                                  f"words, {max(known_r, known_d)} function words)")
    # Lines without right-to-left text read the same both ways: nothing was restored.
    chosen, note = ((drawn, "logical order") if score_d > score_r or restored == drawn
                    else (restored, "visual order restored"))
    for ln, text in zip(lines, chosen):
        ln.text = text
        if chosen is drawn:
            ln.rtl = False      # drawn left to right in reading order
    return note


def pdf_text(pdf) -> tuple[str, str]:
    """``(text, note)`` of an open ``pdfplumber.PDF``: lines rebuilt from the glyph
    positions on each page (top to bottom, left to right), ordered by
    :func:`choose_order`, joined into paragraphs (:func:`_paragraphs`, one per line of
    the result, wrapped lines joined by a space), presentation forms folded
    (:func:`fold_presentation_forms`). Raises :class:`UnreadableTextLayer`."""
    lines = [ln for i, page in enumerate(pdf.pages, 1) for ln in _page_lines(page, i)]
    if not lines:
        return "", "no text layer"
    note = choose_order(lines)
    widths = {i: float(page.width) for i, page in enumerate(pdf.pages, 1)}
    paras = [" ".join(ln.text for ln in p) for p in _paragraphs(lines, widths)]
    return fold_presentation_forms("\n".join(paras)), note


def read_pdf(data: bytes, source: str) -> Reading:
    """A PDF's text layer through pdfplumber (pdfminer.six); see :func:`pdf_text`.

    pdfplumber rather than pypdf (both well kept): pdfplumber gives every glyph with
    its position, so lines are rebuilt from the page and their order decided and
    restored here, marks and ligatures included; pypdf 7.1.1 returns text runs in
    content-stream order, which on a Chromium-printed Arabic page put numbers and
    Latin names in the wrong place within the line (a 3-line page: "1.2" and "2024"
    out of place in line 1, "MediaJustice" in line 3), with no positions to repair it.
    Metadata: the document information ``Title`` and ``Author`` (not ``CreationDate``:
    the day the PDF was made). Raises :class:`InputError`: not a PDF, encrypted, no
    text layer (a scanned PDF; khabar does no OCR), text layer unreadable.
    """
    import io as _io

    import pdfplumber
    from pdfminer.pdfdocument import PDFPasswordIncorrect

    extractor = _version("pdfplumber")
    # pdfminer logs a warning per font it finds odd (Chromium's subset fonts have no
    # FontBBox); with no logging set up those would print on every PDF.
    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    try:
        with pdfplumber.open(_io.BytesIO(data)) as pdf:
            text, note = pdf_text(pdf)
            info = pdf.metadata or {}
            pages = len(pdf.pages)
    except UnreadableTextLayer as exc:
        raise InputError(f"{source}: {exc}") from None
    except Exception as exc:  # noqa: BLE001 - pdfminer raises many kinds; name the file
        # pdfplumber wraps pdfminer's errors in PdfminerException(original).
        inner = exc.args[0] if exc.args and isinstance(exc.args[0], Exception) else exc
        if isinstance(inner, PDFPasswordIncorrect):
            raise InputError(f"{source}: the PDF is encrypted (a password is needed)") from None
        detail = f"{type(inner).__name__}: {inner}" if str(inner) else type(inner).__name__
        raise InputError(f"{source}: not a readable PDF ({detail})") from None
    if not text.strip():
        raise InputError(f"{source}: no text layer on its {pages} page(s) (a scanned PDF? "
                         "khabar does not do OCR)")
    # CreationDate is when the PDF was made (a print to PDF is dated the day it was
    # printed), not the article's date, which dates.py resolves relative dates against.
    meta = {"title": _pdf_string(info.get("Title")), "author": _pdf_string(info.get("Author"))}
    return Reading(text, {k: v for k, v in meta.items() if v}, f"{extractor}, {note}", "")


def _pdf_string(value) -> str:
    if isinstance(value, bytes):
        for codec in ("utf-16", "utf-8", "latin-1"):
            try:
                return value.decode(codec).strip()
            except UnicodeDecodeError:
                continue
    return str(value).strip() if value else ""


