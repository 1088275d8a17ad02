"""Figures: Arabic labels compared pixel by pixel with Pillow (raqm), saving, charts."""
from __future__ import annotations

import io
import re
import types
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from matplotlib.figure import Figure
from PIL import Image, ImageDraw, ImageFont, features

from khabar import figures
from khabar.pipeline import extract_corpus

MIXED = "منظمة العدالة الإعلامية MediaJustice"
# Pixels: matplotlib at 72 dpi draws 1 pt as 1 px; Pillow takes pixels. At 96 px hinting
# and antialiasing differences are small (at 32–48 px they reach 0.10 of the scale).
SIZE = 96


def _ink(gray: np.ndarray) -> np.ndarray:
    """Crop a white-background grayscale image to the bounding box of its ink."""
    ys, xs = np.nonzero(gray < 128)
    return gray[ys.min():ys.max() + 1, xs.min():xs.max() + 1]


def render_matplotlib(s: str, font=figures.FONT_FILE) -> np.ndarray:
    from matplotlib.font_manager import FontProperties

    fig = Figure(figsize=(len(s) * SIZE / 72, 3 * SIZE / 72), dpi=72)
    fig.text(0.02, 0.5, s, fontproperties=FontProperties(fname=str(font), size=SIZE), va="center")
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=72, facecolor="white")
    return _ink(np.asarray(Image.open(buf).convert("L")))


def render_pillow(s: str, font=figures.FONT_FILE) -> np.ndarray:
    f = ImageFont.truetype(str(font), SIZE, layout_engine=ImageFont.Layout.RAQM)
    img = Image.new("L", (SIZE * len(s), SIZE * 3), 255)
    ImageDraw.Draw(img).text((SIZE, SIZE), s, font=f, fill=0)
    return _ink(np.asarray(img))


def difference(a: np.ndarray, b: np.ndarray) -> float:
    """Mean absolute pixel difference (0 = same, 1 = opposite) after resizing ``a`` to ``b``."""
    a = np.asarray(Image.fromarray(a).resize(b.shape[::-1], Image.BILINEAR), dtype=float)
    return float(np.abs(a - b.astype(float)).mean() / 255)


needs_raqm = pytest.mark.skipif(
    not features.check("raqm"),
    reason="Pillow cannot load raqm (system FriBiDi missing: apt-get install libfribidi0)")

SAME = 0.06  # measured: same shaping 0.02–0.03; reversed ≈ 0.25; old recipe ≈ 0.17


#: Labels as the charts draw them: a mixed name, an Arabic chart title, and an Arabic
#: chart's label that starts with a Latin name (laid out right to left through the RLM).
LABELS = [MIXED, figures.tr("shares_title", "ar"),
          "Project Nimbus — " + figures.format_amount(1.2e9, "USD", "ar")]


@needs_raqm
@pytest.mark.parametrize("font", [figures.FONT_FILE, "dejavu"])
@pytest.mark.parametrize("text", LABELS, ids=["mixed", "title", "latin-first"])
def test_label_matches_pillow_and_reversed_does_not(font, text):
    if font == "dejavu":
        from matplotlib import font_manager
        font = font_manager.findfont("DejaVu Sans", fallback_to_default=False)
    label = figures.arabic_label(text, "ar")
    # Pillow (raqm) told the reading direction explicitly: right to left for Arabic charts.
    f = ImageFont.truetype(str(font), SIZE, layout_engine=ImageFont.Layout.RAQM)
    img = Image.new("L", (SIZE * len(text), SIZE * 3), 255)
    ImageDraw.Draw(img).text((SIZE, SIZE), text, font=f, fill=0, direction="rtl")
    reference = _ink(np.asarray(img))
    good = difference(render_matplotlib(label, font), reference)
    reversed_ = difference(render_matplotlib(text[::-1], font), reference)
    assert good < SAME, f"matplotlib and Pillow disagree on {text!r}: {good:.3f}"
    assert reversed_ > 2 * SAME, f"reversed string not told apart: {reversed_:.3f}"
    if figures.SHAPES_ARABIC:
        # The pre-3.11 recipe on a shaping matplotlib: the bug of matplotlib issue 32262.
        old = difference(render_matplotlib(figures.preshape(text), font), reference)
        assert old > 2 * SAME, f"reshaper+bidi recipe not told apart: {old:.3f}"


def test_the_quote_length_histogram_reads_right_to_left_in_arabic():
    quotes = pd.DataFrame({"kind": ["direct"] * 4, "words": [3, 8, 8, 20]})
    ar, en = (figures.quote_lengths(quotes, language=lang).axes[0] for lang in ("ar", "en"))
    assert ar.xaxis_inverted() and not en.xaxis_inverted()
    sizes = {c.name: c.function(pd.DataFrame({"kind": ["direct"], "words": [3],
                                              "speaker": ["x"], "affiliation": [""],
                                              "speaker_gender": ["male"],
                                              "speaker_type": ["person"]}),
                                language="ar").get_size_inches()[0]
             for c in figures.CHARTS.values() if c.name.startswith("quote")}
    assert len(set(sizes.values())) == 1, sizes         # one width: one type size in the report


def test_a_latin_subject_keeps_its_neutrals_and_leaves_the_amount_whole():
    # The Unicode Bidirectional Algorithm (python-bidi) on an Arabic chart's label
    # «Latin name… — 6 مليارات»: without the segment marks the digit 6 joins the Latin run
    # (rule W7) and the ellipsis stays with it only by chance of position.
    from bidi import get_display

    name, amount = "King Salman Relief…", "6 مليارات"
    plain = get_display(figures.arabic_label(f"{name} — {amount}", "ar"))
    marked = get_display(figures.arabic_label(f"{figures.rtl_segment(name)} — {amount}", "ar"))
    assert "Relief… — 6" in plain                          # the split this prevents
    assert "تارايلم 6 —" in marked and "King Salman Relief…" in marked
    assert figures.rtl_segment("الحكومة") == "الحكومة" + figures.RLM   # Arabic: no LRM


# --------------------------------------------------------------------------- the decision

def test_decision_follows_what_matplotlib_can_do():
    ft_raqm = types.SimpleNamespace(__libraqm_version__="0.10.1")
    ft_plain = types.SimpleNamespace()
    mpl = lambda v: types.SimpleNamespace(__version__=v)  # noqa: E731
    assert figures.renderer_shapes_arabic(mpl("3.10.8"), ft_plain) is False
    assert figures.renderer_shapes_arabic(mpl("3.10.8"), ft_raqm) is True
    assert figures.renderer_shapes_arabic(mpl("3.11.0rc1"), ft_plain) is True
    assert figures.SHAPES_ARABIC == figures.renderer_shapes_arabic()


def test_arabic_label_uses_the_decision(monkeypatch):
    monkeypatch.setattr(figures.labels, "SHAPES_ARABIC", True)
    assert figures.arabic_label(MIXED) == MIXED
    monkeypatch.setattr(figures.labels, "SHAPES_ARABIC", False)
    old = figures.arabic_label(MIXED)
    assert old == figures.preshape(MIXED) != MIXED
    # Pre-shaped: presentation forms (U+FB50–U+FEFF), Latin kept as is.
    assert any(0xFB50 <= ord(c) <= 0xFEFF for c in old) and "MediaJustice" in old
    assert figures.arabic_label("AWS") == "AWS" and figures.arabic_label(None) == ""


# --------------------------------------------------------------------------- saving

def _label_figure(label: str) -> Figure:
    fig = Figure(figsize=(4, 2))
    ax = fig.add_subplot()
    ax.barh([0], [3])
    ax.set_yticks([0], [figures.arabic_label(label)])
    ax.set_title(figures.arabic_label(label))
    return fig


def test_save_figure_writes_png_svg_pdf_atomically_and_reproducibly(tmp_path):
    paths = figures.save_figure(_label_figure(MIXED), "label", tmp_path)
    assert sorted(paths) == ["pdf", "png", "svg"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["label.pdf", "label.png", "label.svg"]
    dpi = Image.open(paths["png"]).info["dpi"]
    assert min(dpi) >= 199.5
    svg = paths["svg"].read_text(encoding="utf-8")
    # Editable text in logical order, no presentation forms (svg.fonttype none).
    assert MIXED in svg
    assert not any(0xFB50 <= ord(c) <= 0xFDFF or 0xFE70 <= ord(c) <= 0xFEFF for c in svg)
    pdf = paths["pdf"].read_bytes()
    assert pdf.startswith(b"%PDF") and b"/FontFile2" in pdf  # TrueType embedded (type 42)
    first = {k: p.read_bytes() for k, p in paths.items()}
    again = figures.save_figure(_label_figure(MIXED), "label", tmp_path)
    assert {k: p.read_bytes() for k, p in again.items()} == first


def test_a_saved_figure_is_shown_again_only_for_its_stamp(tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(figures.saving, "_show_png", lambda *a: shown.append(a))
    fig = figures.empty_figure("عنوان", "لا بيانات", "المصدر")
    figures.save_figure(fig, "chart", tmp_path, stamp="abc")
    assert figures.show_saved("chart", tmp_path, "abc") and len(shown) == 1
    assert "عنوان" in shown[0][2]                        # the alt text came from the PNG
    assert not figures.show_saved("chart", tmp_path, "other")     # other tables
    assert not figures.show_saved("chart", tmp_path, None)        # tables not stored
    (tmp_path / "chart.svg").unlink()
    assert not figures.show_saved("chart", tmp_path, "abc")       # a format missing
    assert len(shown) == 1


def test_figures_of_another_table_set_are_removed_when_one_is_saved(tmp_path):
    # A notebook run alone on another corpus: figures/ must not keep the first corpus's
    # charts beside the new one's (a reporter would paste one of them).
    fig = figures.empty_figure("عنوان", "لا بيانات", "المصدر")
    a = "a" * 16 + "-" + "1" * 32
    for name in ("top_terms", "quote_lengths"):
        figures.save_figure(fig, name, tmp_path, stamp=a)
    figures.save_figure(fig, "mentions_per_organisation", tmp_path)  # tables in memory
    (tmp_path / "my_photo.png").write_bytes((tmp_path / "quote_lengths.png").read_bytes())
    # The user's copy of a chart under another name, with files of their own beside it.
    (tmp_path / "summary.png").write_bytes((tmp_path / "quote_lengths.png").read_bytes())
    (tmp_path / "summary.pdf").write_text("my notes", encoding="utf-8")
    figures.save_figure(fig, "top_terms", tmp_path, stamp=a[:17] + "2" * 32)  # same set
    assert (tmp_path / "quote_lengths.svg").is_file()
    figures.save_figure(fig, "funding_by_subject", tmp_path, stamp="b" * 16 + "-" + "3" * 32)
    left = sorted(p.name for p in tmp_path.iterdir())
    assert left == sorted([f"{n}.{f}" for n in ("funding_by_subject", "mentions_per_organisation")
                           for f in ("png", "svg", "pdf")]
                          + ["my_photo.png", "summary.png", "summary.pdf"])


def test_a_saved_figure_s_stamp_is_read_without_decoding_its_image(tmp_path, monkeypatch):
    # Saving a figure looks at every chart's stamp in figures/, and the report shows
    # the saved ones: Pillow's `text` decodes each 200 dpi image to find its chunks.
    from PIL import ImageFile, PngImagePlugin

    fig = figures.empty_figure("عنوان", "لا بيانات", "المصدر")
    figures.save_figure(fig, "top_terms", tmp_path, stamp="a-1")
    # A PNG whose text chunk follows the image data is still read (the whole file).
    later = tmp_path / "later.png"
    Image.new("RGB", (4, 4)).save(later, pnginfo=PngImagePlugin.PngInfo())
    data = later.read_bytes()
    chunk = figures.saving.STAMP_KEY.encode() + b"\0late"
    import struct
    import zlib
    text = (struct.pack(">I", len(chunk)) + b"tEXt" + chunk
            + struct.pack(">I", zlib.crc32(b"tEXt" + chunk)))
    later.write_bytes(data[:-12] + text + data[-12:])          # before IEND
    assert figures.saving.png_text(later)[figures.saving.STAMP_KEY] == "late"

    def no_decoding(self, *a, **k):
        raise AssertionError("the image was decoded")

    monkeypatch.setattr(ImageFile.ImageFile, "load", no_decoding)
    monkeypatch.setattr(figures.saving, "_show_png", lambda *a: None)
    assert figures.saving.png_text(tmp_path / "top_terms.png")[figures.saving.STAMP_KEY] == "a-1"
    assert figures.show_saved("top_terms", tmp_path, "a-1")
    assert figures.saving.remove_other_sets(tmp_path, "a-2") == []       # same set
    assert figures.saving.remove_other_sets(tmp_path, "b-1") == ["top_terms"]


def test_save_figure_rejects_a_path_as_name(tmp_path):
    with pytest.raises(ValueError):
        figures.save_figure(_label_figure("x"), "a/b", tmp_path)


# --------------------------------------------------------------------------- charts

@pytest.fixture(scope="module")
def seed_tables():
    return extract_corpus(Path(__file__).resolve().parent.parent / "seeds")


def _texts(fig: Figure) -> str:
    return " ".join(t.get_text() for t in fig.findobj(lambda o: hasattr(o, "get_text")))


CHARTS = {
    "top_terms": lambda t, src, lang: figures.top_terms(t["terms"], source=src, language=lang),
    "mentions_per_organisation": lambda t, src, lang: figures.mentions_per_organisation(
        t["organisations"], source=src, language=lang),
    "mentions_across_article": lambda t, src, lang: figures.mentions_across_article(
        t["mentions"], source=src, language=lang),
    "funding_by_subject": lambda t, src, lang: figures.funding_by_subject(
        t["funding"], source=src, language=lang),
    "quotes_per_speaker": lambda t, src, lang: figures.quotes_per_speaker(
        t["quotes"], source=src, language=lang),
    "quotes_per_affiliation": lambda t, src, lang: figures.quotes_per_affiliation(
        t["quotes"], source=src, language=lang),
    "quote_shares": lambda t, src, lang: figures.quote_shares(t["quotes"], source=src,
                                                              language=lang),
    "quote_lengths": lambda t, src, lang: figures.quote_lengths(t["quotes"], source=src,
                                                                language=lang),
}
NO_DATA = {"en": "No ", "ar": "لم يُعثر"}


@pytest.mark.parametrize("language", figures.LANGUAGES)
@pytest.mark.parametrize("name", sorted(CHARTS))
def test_every_chart_has_title_and_source_on_seed_and_on_empty_tables(name, language,
                                                                      seed_tables, tmp_path):
    src = figures.source_line(seed_tables["documents"], language)
    assert "000_60485ece05eeeaab" in src and "VICE Arabia" in src
    empty = {k: v.iloc[0:0] for k, v in seed_tables.items()}
    for tables in (seed_tables, empty):
        fig = CHARTS[name](tables, src, language)
        title = fig._suptitle.get_text()
        assert title and (figures.labels._ARABIC.search(title) if language == "ar"
                          else not figures.labels._ARABIC.search(title))
        assert figures.arabic_label(src, language) in _texts(fig)
        for ax in fig.axes:
            if ax.axison and not ax.get_label() == "<colorbar>":
                assert ax.get_xlabel(), f"{name}: x axis without label"
        figures.save_figure(fig, name, tmp_path)
    texts = _texts(CHARTS[name](empty, src, language))
    assert NO_DATA[language] in texts or "لا مصطلحات" in texts


def test_top_terms_bars_are_the_seed_frequencies(seed_tables):
    terms = seed_tables["terms"]
    fig = figures.top_terms(terms, n=10)
    widths = [p.get_width() for p in fig.axes[0].patches][::-1]  # drawn bottom-up
    assert widths == list(terms["frequency"].head(10))
    labels = [t.get_text() for t in fig.axes[0].get_yticklabels()][::-1]
    assert labels == [figures.arabic_label(s, "ar") for s in terms["surface"].head(10)]
    assert fig.axes[0].xaxis_inverted()       # Arabic: bars grow leftwards


def test_heatmap_cells_count_mentions_per_paragraph_in_discrete_classes(seed_tables):
    # Mentions built from the real seed tokens (independent of the entity extractor):
    # every Latin token that is an all-capitals acronym.
    tok = seed_tables["tokens"]
    acr = tok[(tok["kind"] == "latin") & tok["text"].str.fullmatch(r"[A-Z]{2,}")]
    mentions = acr.assign(entity=acr["text"], label="ORG")
    fig = figures.mentions_across_article(mentions, n=50)
    image = fig.axes[0].images[0]
    grid = image.get_array()
    entities = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    expected = acr.groupby(["text", "paragraph"]).size()
    for (entity, paragraph), count in expected.items():
        assert grid[entities.index(entity), paragraph - 1] == count
    assert grid.sum() == len(acr)
    assert grid.shape[1] == acr["paragraph"].max()
    # Whole counts get one colour each: a discrete colour map, class edges at halves.
    assert image.norm.boundaries[0] == -0.5 and image.cmap.N == len(image.norm.boundaries) - 1
    ticks = [t.get_text() for t in fig.axes[1].get_yticklabels()]
    assert ticks[0] == "0" and all(t.replace("–", "").isdigit() for t in ticks)


def test_count_bins_cover_every_count_once():
    for vmax in (1, 4, 6, 7, 23, 480):
        bins = figures.count_bins(vmax)
        covered = [c for lo, hi in bins for c in range(lo, hi + 1)]
        assert covered == list(range(0, max(vmax, 1) + 1))


def _funding(rows):
    return pd.DataFrame([{"doc_id": "d", "sentence": 1, "start": 0, "end": 1, "payer": "",
                          **r} for r in rows])


def test_funding_has_one_panel_per_currency_and_amounts_in_words_of_scale():
    funding = _funding([
        {"text": "1.2 مليار دولار", "amount": 1.2e9, "currency": "USD", "approximate": False,
         "subject": "Project Nimbus"},
        {"text": "1.22 مليار دولار", "amount": 1.22e9, "currency": "USD", "approximate": False,
         "subject": "Project Nimbus"},
        {"text": "٣٫٥ مليون يورو", "amount": 3.5e6, "currency": "EUR", "approximate": True,
         "subject": ""}])
    fig = figures.funding_by_subject(funding, language="en")
    usd, eur = fig.axes
    assert sorted(p.get_width() for p in usd.patches) == pytest.approx([1.2, 1.22])
    assert [p.get_width() for p in eur.patches] == pytest.approx([3.5])
    assert "billion USD" in usd.get_xlabel() and "million EUR" in eur.get_xlabel()
    texts = _texts(fig)
    assert "1.2 billion USD" in texts and "3.5 million EUR" in texts and "1,200.0" not in texts
    assert "figure 1 of 2 for this subject" in texts and "figure 2 of 2" in texts
    # Figures of one subject are numbered in reading order, not by size: the smaller
    # one, written first, is "figure 1", so the label leads to the text in order.
    ordered = funding.assign(start=[10, 200, 400], end=[25, 216, 414])
    labels = {t.get_text() for t in figures.funding_by_subject(ordered, language="en")
              .axes[0].get_yticklabels()}
    # (The Arabic figure after a Latin name opens with RLM: its number on its right.)
    assert any(lb.startswith("Project Nimbus — \u200f1.2 مليار") and "figure 1 of 2" in lb
               for lb in labels)
    assert any(lb.startswith("Project Nimbus — \u200f1.22 مليار") and "figure 2 of 2" in lb
               for lb in labels)
    assert "unknown subject" in texts and "≈" in texts
    ar = _texts(figures.funding_by_subject(funding, language="ar"))
    assert "1.2 مليار دولار" in ar and "3.5 مليون يورو" in ar


def test_every_glyph_of_a_chart_is_in_its_fonts(tmp_path):
    # ≈ (approximate amounts) is not in Noto Sans Arabic: it must come from the
    # fallback family, not be drawn as an empty box (matplotlib warns "Glyph … missing").
    import warnings

    funding = _funding([{"text": "نحو 3.5 مليون يورو", "amount": 3.5e6, "currency": "EUR",
                         "approximate": True, "subject": "مشروع"}])
    for language in ("ar", "en"):
        fig = figures.funding_by_subject(funding, language=language)
        with warnings.catch_warnings():
            warnings.filterwarnings("error", message=".*missing from font")
            figures.save_figure(fig, f"funding_{language}", tmp_path)


def test_arabic_funding_and_quote_charts_name_gazetteer_bodies_in_arabic():
    # The tables key a body by its canonical (English) name; an Arabic chart shows the
    # gazetteer's Arabic name, an English chart the canonical one.
    funding = _funding([{"text": "20 مليون دولار", "amount": 2e7, "currency": "USD",
                         "approximate": False, "subject": "World Bank"}])
    assert "البنك الدولي" in _texts(figures.funding_by_subject(funding, language="ar"))
    assert "World Bank" not in _texts(figures.funding_by_subject(funding, language="ar"))
    assert "World Bank" in _texts(figures.funding_by_subject(funding, language="en"))
    quotes = pd.DataFrame({"kind": ["direct"], "speaker": ["World Health Organization"],
                           "affiliation": [""], "words": [12], "quote": ["نص"]})
    assert "منظمة الصحة العالمية" in _texts(figures.quotes_per_speaker(quotes, language="ar"))


def test_a_bound_is_named_in_the_funding_label():
    funding = _funding([{"text": "27 مليون درهم", "amount": 2.7e7, "currency": "MAD",
                         "approximate": False, "subject": "World Bank", "bound": "lower"}])
    assert "(حد أدنى)" in _texts(figures.funding_by_subject(funding, language="ar"))
    assert "(at least)" in _texts(figures.funding_by_subject(funding, language="en"))


def test_a_statement_is_charted_with_its_issuer_not_added_up_across_articles():
    # «البيان» of three articles: two bodies' statements and one of no known issuer are
    # three speakers; بيان لـX and a later البيان of the same body are one
    quotes = pd.DataFrame({
        "doc_id": ["a", "a", "b", "c", "c"], "kind": ["direct"] * 5,
        "speaker": ["بيان", "البيان", "البيان", "البيان", "سامي نور"],
        "speaker_type": ["organisation"] * 4 + ["person"],
        "affiliation": ["World Bank", "World Bank", "وزارة النقل", "", ""],
        "words": [5, 6, 7, 8, 9], "quote": ["نص"] * 5})
    keyed = figures.documents_by_issuer(quotes)
    assert list(keyed["speaker"]) == ["بيان — البنك الدولي", "بيان — البنك الدولي",
                                      "بيان — وزارة النقل", "البيان (c\u200e)", "سامي نور"]
    assert list(quotes["speaker"])[:2] == ["بيان", "البيان"]      # the table is unchanged
    text = _texts(figures.quotes_per_speaker(quotes, language="ar"))
    assert "بيان — البنك الدولي" in text and "البيان (c" in text


def test_funding_at_corpus_scale_shows_top_n_and_counts_the_rest():
    rng = np.random.default_rng(7)
    rows = [{"text": f"{a} مليون دولار", "amount": a * 1e6, "currency": c, "approximate": False,
             "subject": f"مشروع {i % 40}"}
            for i, (a, c) in enumerate(zip(rng.integers(1, 900, 560),
                                           rng.choice(["USD", "EUR", "EGP", "SAR", "JOD"], 560)))]
    fig = figures.funding_by_subject(_funding(rows), language="en", n=10)
    assert len(fig.axes) == figures.MAX_CURRENCIES
    assert all(len(ax.patches) == 10 for ax in fig.axes)
    texts = _texts(fig)
    assert "more figure(s) not shown" in texts and "other currency(ies) not shown" in texts
    assert fig.get_size_inches()[1] * figures.DPI < 5000  # never a 51,000-pixel image


def test_format_amount_in_words_of_scale():
    assert figures.format_amount(1.2e9, "USD") == "1.2 مليار دولار"
    assert figures.format_amount(1.22e9, "USD", "en") == "1.22 billion USD"
    assert figures.format_amount(5e6, "EUR") == "5 ملايين يورو"
    assert figures.format_amount(250_000, "EGP") == "250 ألف جنيه مصري"
    # The counted noun follows the last two digits: 108 مليارات, 115 / 200 مليار.
    assert figures.format_amount(108e9, "USD") == "108 مليارات دولار"
    assert figures.format_amount(115e9, "USD") == "115 مليار دولار"
    assert figures.format_amount(200e9, "USD") == "200 مليار دولار"
    assert figures.format_amount(10.5e6, "USD") == "10.5 مليون دولار"
    assert figures.format_amount(3.5e6, "EUR", digits="arabic") == "٣٫٥ مليون يورو"
    assert figures.format_amount(1200, "", "en") == "1,200 currency unknown"
    assert figures.format_amount(float("nan"), "USD") == ""
    with pytest.raises(ValueError):
        figures.format_amount(1, "USD", "fr")


def test_source_line_counts_every_outlet():
    docs = pd.DataFrame({"doc_id": [f"d{i}" for i in range(6)],
                         "outlet": ["Alpha", "Beta", "Alpha", "Gamma", "", None]})
    line = figures.source_line(docs, "en")
    assert "6 article(s)" in line and "3 outlet(s): Alpha, Beta, Gamma" in line
    assert "2 with no outlet named" in line and "d0" not in line  # ids only for ≤ 3
    assert "المنافذ (3)" in figures.source_line(docs, "ar")
    docs = pd.DataFrame({"doc_id": [f"d{i}" for i in range(5)], "outlet": list("ABCDE")})
    assert "A، B، C و2 أخرى" in figures.source_line(docs, "ar")
    assert "A, B, C and 2 more" in figures.source_line(docs, "en")


def test_dollar_signs_are_literal_text(tmp_path):
    # Issue #10.11: "Money$$Talks" as an outlet made mathtext raise a ParseException.
    docs = pd.DataFrame({"doc_id": ["a"], "outlet": ["Money$$Talks $x^2$"]})
    orgs = pd.DataFrame({"organisation": ["$HOME Fund$", "A$B"], "mentions": [3, 1]})
    fig = figures.mentions_per_organisation(orgs, source=figures.source_line(docs))
    paths = figures.save_figure(fig, "dollars", tmp_path)
    svg = paths["svg"].read_text(encoding="utf-8")
    assert "Money$$Talks $x^2$" in svg and "$HOME Fund$" in svg


def test_svg_text_keeps_its_reading_direction(tmp_path):
    fig = figures.mentions_per_organisation(
        pd.DataFrame({"organisation": [MIXED, "Amazon Web Services"], "mentions": [2, 1]}))
    svg = figures.save_figure(fig, "dir", tmp_path)["svg"].read_text(encoding="utf-8")
    texts = re.findall(r'<text style="([^"]*)"[^>]*>([^<]*)</text>', svg)
    arabic = [st for st, t in texts if MIXED in t]
    latin = [st for st, t in texts if t == "Amazon Web Services"]
    assert arabic and all("direction: rtl" in st for st in arabic)
    assert latin and all("direction" not in st for st in latin)
    # matplotlib anchored the tick label by its left edge (labels on the right in Arabic):
    # in right-to-left text that edge is the end.
    assert "text-anchor: end" in arabic[0]
    one = '<text style="font-size: 10px; text-anchor: end" x="1" y="2">قالت ACRE</text>'
    assert "text-anchor: start; direction: rtl" in figures.svg_text_direction(one)


def test_entity_view_marks_mentions_at_their_offsets(seed_tables):
    from khabar.io import read_corpus

    docs, _ = read_corpus(Path(__file__).resolve().parent.parent / "seeds")
    text = docs[0].text
    tok = seed_tables["tokens"]
    # Real offsets from the seed: every token "AWS" as an ORG mention.
    aws = tok[tok["text"] == "AWS"].assign(entity="Amazon Web Services", label="ORG")
    view = figures.entity_view_html(text, aws)
    assert view.startswith('<div dir="rtl"')
    assert view.count('title="Amazon Web Services (ORG)">AWS</mark>') == len(aws) > 0
    assert "a&lt;b" in figures.entity_view_html("a<b", aws.iloc[0:0])
    with pytest.raises(ValueError):
        figures.entity_view_html("short", aws)


def test_quote_charts_count_direct_quotes_only(seed_tables):
    quotes = seed_tables["quotes"]
    direct = quotes[quotes["kind"] == "direct"]
    assert len(direct) > 0
    fig = figures.quotes_per_speaker(quotes, language="en")
    counts = [p.get_width() for p in fig.axes[0].patches]
    words = [p.get_width() for p in fig.axes[1].patches]
    assert sum(counts) == len(direct) and sum(words) == direct["words"].sum()
    per_affiliation = figures.quotes_per_affiliation(quotes, language="en")
    assert sum(p.get_width() for p in per_affiliation.axes[0].patches) == len(direct)
    lengths = figures.quote_lengths(quotes)
    assert sum(p.get_height() for p in lengths.axes[0].patches) == len(direct)


def test_quote_shares_give_organisations_their_own_category_on_one_scale(seed_tables):
    quotes = seed_tables["quotes"]
    direct = quotes[quotes["kind"] == "direct"]
    fig = figures.quote_shares(quotes, language="en")
    gender, kind = fig.axes
    assert sum(p.get_width() for p in gender.patches) == pytest.approx(100)
    labels = " ".join(t.get_text() for t in gender.get_yticklabels())
    organisations = int((direct["speaker_type"] == "organisation").sum())
    assert organisations > 0 and f"organisation (no gender) ({organisations})" in labels
    assert gender.get_xlim() == kind.get_xlim()
    assert figures.gender_category(direct.assign(speaker_type="organisation",
                                                 speaker_gender="female")).eq(
        "organisation (no gender)").all()


def test_quote_length_bins_are_whole_words():
    words = pd.Series([3, 4, 4, 9, 61])
    edges = figures.length_bins(words)
    assert all(e % 1 == 0.5 for e in edges) and len(edges) - 1 <= 20
    width = edges[1] - edges[0]
    assert width == int(width) and edges[0] < 3 < edges[1] and edges[-1] > 61
    fig = figures.quote_lengths(pd.DataFrame({"kind": "direct", "words": [5, 5, 6, 8]}),
                                language="en")
    ticks = [float(t) for t in fig.axes[0].get_yticks()]
    assert all(t.is_integer() for t in ticks)
    assert sorted(p.get_height() for p in fig.axes[0].patches if p.get_height()) == [1, 1, 2]


def test_titles_say_when_a_chart_is_cut_or_pooled(seed_tables):
    orgs = seed_tables["organisations"]
    fig = figures.mentions_per_organisation(orgs, n=5, language="en")
    assert f"top 5 of {len(orgs)}" in _texts(fig)
    two = pd.concat([seed_tables["mentions"],
                     seed_tables["mentions"].assign(doc_id="another")], ignore_index=True)
    texts = _texts(figures.mentions_across_article(two, language="en"))
    assert "Mentions across 2 articles" in texts and "within its article" in texts


def test_one_figure_reprinted_in_many_articles_is_one_row_that_says_so(seed_tables):
    copies = pd.concat([seed_tables["funding"].assign(doc_id=f"copy{i}") for i in range(5)],
                       ignore_index=True)
    fig = figures.funding_by_subject(copies, language="en")
    # one bar per sum: the seed's second figure restates its first (a total skips it)
    counted = seed_tables["funding"][~seed_tables["funding"]["restatement"]]
    assert len(counted) == 1
    assert len(fig.axes[0].patches) == len(counted)
    assert "×5 in 5 article(s)" in _texts(fig)


@needs_raqm
def test_pdf_figure_keeps_arabic_word_spacing(tmp_path):
    # Rendered back from the PDF (poppler), an Arabic title matches Pillow's layout of the
    # same string in the PDF's face; Noto Sans Arabic in matplotlib's PDF lost word spaces.
    import shutil
    import subprocess

    from matplotlib import font_manager

    if not shutil.which("pdftoppm"):
        pytest.skip("pdftoppm (poppler-utils) missing")
    text = figures.tr("funding_title", "ar")
    fig = Figure(figsize=(len(text) * SIZE / 72 * 0.7, 2 * SIZE / 72), dpi=72)
    fig.text(0.02, 0.5, figures.arabic_label(text, "ar"), fontsize=SIZE, va="center")
    pdf = figures.save_figure(fig, "spacing", tmp_path)["pdf"]
    subprocess.run(["pdftoppm", "-r", "72", "-png", "-singlefile", str(pdf),
                    str(tmp_path / "page")], check=True)
    page = _ink(np.asarray(Image.open(tmp_path / "page.png").convert("L")))
    face = font_manager.findfont(figures.PDF_FONTS[0], fallback_to_default=False)
    f = ImageFont.truetype(face, SIZE, layout_engine=ImageFont.Layout.RAQM)
    img = Image.new("L", (SIZE * len(text), SIZE * 3), 255)
    ImageDraw.Draw(img).text((SIZE, SIZE), text, font=f, fill=0, direction="rtl")
    assert difference(page, _ink(np.asarray(img))) < SAME


@pytest.mark.parametrize("chart", ["funding_by_subject", "quotes_per_speaker", "top_terms"])
def test_chart_pdfs_are_set_in_the_pdf_face_only(seed_tables, tmp_path, chart):
    # A chart is drawn inside figures.style(), so its labels name Noto Sans Arabic
    # itself; the PDF must still embed only PDF_FONTS (tick labels made at save time
    # included), and the PNG and SVG keep the shipped face.
    spec = figures.CHARTS[chart]
    extra = {"names": figures.display_names(seed_tables["organisations"])} if spec.names else {}
    fig = spec.function(seed_tables[spec.table], language="ar", **extra)
    paths = figures.save_figure(fig, chart, tmp_path)
    faces = set(re.findall(rb"/BaseFont /[A-Z]{6}\+([A-Za-z-]+)", paths["pdf"].read_bytes()))
    assert faces == {b"DejaVuSans"}
    assert "Noto Sans Arabic" in paths["svg"].read_text(encoding="utf-8")
    assert all(t.get_fontfamily()[0] == "Noto Sans Arabic" for t in fig.texts)


def test_matplotlib_settings_are_not_changed_globally():
    # Importing khabar.figures, drawing a chart and saving it leave the caller's matplotlib
    # settings as they were: the khabar style applies only inside figures.style().
    import subprocess
    import sys

    script = """
import matplotlib, pandas as pd, tempfile
before = dict(matplotlib.rcParams)
from khabar import figures
fig = figures.top_terms(pd.DataFrame({"term": ["مشروع"], "frequency": [3], "surface": ["مشروع"]}))
figures.save_figure(fig, "t", tempfile.mkdtemp())
changed = sorted(k for k, v in matplotlib.rcParams.items() if before[k] != v)
with figures.style():
    inside = matplotlib.rcParams["text.parse_math"], matplotlib.rcParams["svg.fonttype"]
print(changed, inside)
"""
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         check=True).stdout.strip()
    assert out == "[] (False, 'none')"


def test_figures_with_no_subject_are_never_numbered_as_one_subjects():
    # Two articles, each with sums whose subject was not found: each bar is its own
    # sum, not "figure i of k" of one "unknown subject"; the same figure written twice
    # in one article is still counted once with its times.
    funding = pd.DataFrame([
        {"doc_id": d, "start": s, "end": s + 10, "text": t, "amount": a, "currency": "USD",
         "approximate": False, "subject": ""}
        for d, s, t, a in (("syria", 5, "146 مليون دولار", 146e6),
                           ("yemen", 5, "2.89 مليار دولار", 2.89e9),
                           ("yemen", 90, "2.89 مليار دولار", 2.89e9),
                           ("iraq", 5, "146 مليون دولار", 146e6))])
    labels = [t.get_text() for t in figures.funding_by_subject(funding, language="en")
              .axes[0].get_yticklabels()]
    assert len(labels) == 3                        # Syria's and Iraq's 146 million are two
    assert not any("figure" in lb for lb in labels)
    assert sum("×2 in 1 article" in lb for lb in labels) == 1
    # Each such bar names its article, so a reader knows which story's sum it is.
    assert {lb.split(" — ")[0] for lb in labels} == {
        "unknown subject (syria)", "unknown subject (yemen)", "unknown subject (iraq)"}
    one = figures.funding_by_subject(funding[funding["doc_id"] == "yemen"], language="en")
    assert one.axes[0].get_yticklabels()[0].get_text().startswith("unknown subject — ")


def test_english_notes_of_a_figure_with_an_arabic_subject_are_a_line_of_their_own():
    # On one line the Arabic subject set the line's direction and the English notes were
    # drawn to its left; a line of their own keeps them in reading order.
    funding = pd.DataFrame([
        {"doc_id": d, "start": s, "end": s + 9, "text": t, "amount": a, "currency": "EUR",
         "approximate": False, "subject": "الاتحاد الأوروبي"}
        for d, s, t, a in (("a", 5, "1 مليار يورو", 1e9), ("b", 5, "1 مليار يورو", 1e9),
                           ("a", 80, "222 مليون يورو", 222e6))])
    labels = [t.get_text() for t in figures.funding_by_subject(funding, language="en")
              .axes[0].get_yticklabels()]
    assert "الاتحاد الأوروبي — 1 مليار يورو\n×2 in 2 article(s) (figure 1 of 2 for this subject)" \
        in labels
    # After a Latin name the Arabic figure opens with RLM: its number stays on its right.
    latin = funding.assign(subject="European Union").iloc[[2]]
    label = figures.funding_by_subject(latin, language="en").axes[0].get_yticklabels()[0]
    assert label.get_text() == "European Union — \u200f222 مليون يورو"


def test_an_arabic_organisations_chart_labels_bars_with_the_arabic_name():
    orgs = pd.DataFrame({"organisation": ["World Bank", "COP29"], "mentions": [3, 1],
                         "arabic_name": ["البنك الدولي", ""]})
    ar = _texts(figures.mentions_per_organisation(orgs, language="ar"))
    en = _texts(figures.mentions_per_organisation(orgs, language="en"))
    assert "البنك الدولي" in ar and "World Bank" not in ar and "COP29" in ar
    assert "World Bank" in en and "البنك الدولي" not in en


def test_arabic_charts_name_an_organisation_alike(seed_tables):
    # The heatmap and the quote charts use the organisations table's Arabic name, as the
    # bars of mentions per organisation do (they showed the canonical Latin name:
    # MediaJustice beside منظمة العدالة الإعلامية).
    names = figures.display_names(seed_tables["organisations"])
    orgs = seed_tables["organisations"].set_index("organisation")
    assert names["MediaJustice"] == orgs.loc["MediaJustice", "arabic_name"]
    heat = figures.mentions_across_article(seed_tables["mentions"], names=names)
    shown = [t.get_text() for t in heat.axes[0].get_yticklabels()]
    assert names["Amazon Web Services"] in shown and "Amazon Web Services" not in shown
    quotes = figures.quotes_per_affiliation(seed_tables["quotes"], names=names)
    shown = _texts(quotes)
    assert names["MediaJustice"] in shown and "MediaJustice" not in shown
    # In English, and for a name the table lacks, the entity as it is.
    assert figures.entity_name("MediaJustice", "en", names) == "MediaJustice"
    assert figures.entity_name("World Bank", "ar", {}) == "البنك الدولي"
    assert figures.entity_name("Unlisted Body", "ar", names) == "Unlisted Body"
    # two givers of one sum (a payer "A | B") are named each in turn
    assert figures.entity_name("World Bank | Unlisted Body", "ar", {}) \
        == "البنك الدولي | Unlisted Body"
    # A body the articles name only in Latin keeps that name in every chart (the heatmap
    # showed the gazetteer's مذربورد beside the bars' Motherboard)
    latin = pd.DataFrame({"organisation": ["World Bank"], "arabic_name": [""]})
    assert figures.entity_name("World Bank", "ar", figures.display_names(latin)) == "World Bank"


def _overlapping_ticks(fig) -> list[tuple[str, str]]:
    # Pairs of neighbouring value-axis (x) tick labels whose drawn boxes overlap.
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    FigureCanvasAgg(fig).draw()
    renderer = fig.canvas.get_renderer()
    pairs = []
    for ax in fig.axes:
        labels = [t for t in ax.xaxis.get_ticklabels() if t.get_visible() and t.get_text()]
        boxes = sorted(((t.get_window_extent(renderer), t.get_text()) for t in labels),
                       key=lambda b: b[0].x0)
        pairs += [(a[1], b[1]) for a, b in zip(boxes, boxes[1:]) if a[0].overlaps(b[0])]
    return pairs


@pytest.mark.parametrize("language", ["ar", "en"])
def test_value_ticks_never_run_into_each_other_at_corpus_scale(language):
    # Seen on 1,000 articles: the quoted-words panel, half the figure wide, had nine
    # ticks of "64,000"-wide labels printed over each other ("64,00056,000...").
    rng = np.random.default_rng(3)
    quotes = pd.DataFrame({
        "doc_id": [f"a{i % 900}" for i in range(1800)], "kind": "direct",
        "speaker": [f"متحدث {i % 15}" for i in range(1800)], "speaker_type": "person",
        "affiliation": "", "words": rng.integers(1, 700, 1800), "quote": "نص"})
    terms = pd.DataFrame({"term": [f"كلمة{i}" for i in range(20)],
                          "surface": [f"كلمة{i}" for i in range(20)],
                          "frequency": rng.integers(100_000, 2_000_000, 20)})
    for fig in (figures.quotes_per_speaker(quotes, language=language),
                figures.top_terms(terms, language=language)):
        assert _overlapping_ticks(fig) == []


def test_entity_view_keeps_a_mention_over_a_line_break_whole():
    # Written for this test: a hard-wrapped release (khabar.text.wrapping) whose spokesman's
    # name runs over a line break; each <p> must open and close its own marks.
    from khabar.entities import extract_mentions
    from khabar.io import Document
    from khabar.text import analyse

    text = ("أعلنت وزيرة الزراعة سلمى الحداد أن الوزارة خصصت مبلغ 12 مليون دينار من\n"
            "موازنتها لدعم صغار المزارعين في المحافظات الجنوبية، وقالت الوزيرة في مؤتمر\n"
            "صحفي إن البرنامج سيبدأ الشهر المقبل في القرى النائية. وأوضح المتحدث باسم "
            "الوزارة كريم\n"
            "الصافي أن التسجيل سيكون عبر مكاتب الوزارة في\n"
            "المحافظات، وأن اللجنة ستعلن أسماء المستفيدين بعد شهرين.\n")
    mentions = extract_mentions(analyse(Document("w", text, "w.txt", "utf-8")))
    assert "كريم\nالصافي" in set(mentions["text"])
    view = figures.entity_view_html(text, mentions)
    paragraphs = re.findall(r"<p>(.*?)</p>", view)
    assert paragraphs and all(p.count("<mark") == p.count("</mark>") for p in paragraphs)
    assert "كريم<br>الصافي</mark>" in view


def test_the_funding_chart_title_fits_every_kind_it_shows():
    # a contract's value or a company's revenue is no funding: the chart of them is titled
    # by what they all are, sums of money; grants and loans alone stay funding figures
    given = _funding([
        {"text": "4 ملايين دولار", "amount": 4e6, "currency": "USD", "approximate": False,
         "subject": "مشروع", "kind": "grant"},
        {"text": "9 ملايين دولار", "amount": 9e6, "currency": "USD", "approximate": False,
         "subject": "", "kind": "loan"}])
    mixed = pd.concat([given, _funding([
        {"text": "70 مليون دولار", "amount": 7e7, "currency": "USD", "approximate": False,
         "subject": "ميناء", "kind": "contract"}])], ignore_index=True)
    assert "Funding figures by currency (not converted)" in _texts(
        figures.funding_by_subject(given, language="en"))
    texts = _texts(figures.funding_by_subject(mixed, language="en"))
    assert "Sums of money by currency (not converted)" in texts
    assert "Funding figures by currency (not converted)" not in texts
