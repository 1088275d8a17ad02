"""Figures: Arabic labels compared pixel by pixel with Pillow (raqm), saving, charts."""
from __future__ import annotations

import io
import types

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


@needs_raqm
@pytest.mark.parametrize("font", [figures.FONT_FILE, "dejavu"])
def test_label_matches_pillow_and_reversed_does_not(font):
    if font == "dejavu":
        from matplotlib import font_manager
        font = font_manager.findfont("DejaVu Sans", fallback_to_default=False)
    reference = render_pillow(MIXED, font)
    good = difference(render_matplotlib(figures.arabic_label(MIXED), font), reference)
    reversed_ = difference(render_matplotlib(MIXED[::-1], font), reference)
    assert good < SAME, f"matplotlib and Pillow disagree on {MIXED!r}: {good:.3f}"
    assert reversed_ > 2 * SAME, f"reversed string not told apart: {reversed_:.3f}"
    if figures.SHAPES_ARABIC:
        # The pre-3.11 recipe on a shaping matplotlib: the bug of matplotlib issue 32262.
        old = difference(render_matplotlib(figures.preshape(MIXED), font), reference)
        assert old > 2 * SAME, f"reshaper+bidi recipe not told apart: {old:.3f}"


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
    monkeypatch.setattr(figures, "SHAPES_ARABIC", True)
    assert figures.arabic_label(MIXED) == MIXED
    monkeypatch.setattr(figures, "SHAPES_ARABIC", False)
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


def test_save_figure_rejects_a_path_as_name(tmp_path):
    with pytest.raises(ValueError):
        figures.save_figure(_label_figure("x"), "a/b", tmp_path)


# --------------------------------------------------------------------------- charts

@pytest.fixture(scope="module")
def seed_tables():
    return extract_corpus(figures.Path(__file__).resolve().parent.parent / "seeds")


def _texts(fig: Figure) -> str:
    return " ".join(t.get_text() for t in fig.findobj(lambda o: hasattr(o, "get_text")))


CHARTS = {
    "top_terms": lambda t, src: figures.top_terms(t["terms"], source=src),
    "mentions_per_organisation": lambda t, src: figures.mentions_per_organisation(
        t["organisations"], source=src),
    "mentions_across_article": lambda t, src: figures.mentions_across_article(
        t["mentions"], source=src),
    "funding_by_subject": lambda t, src: figures.funding_by_subject(t["funding"], source=src),
    "quotes_per_speaker": lambda t, src: figures.quotes_per_speaker(t["quotes"], source=src),
    "quotes_per_affiliation": lambda t, src: figures.quotes_per_affiliation(t["quotes"],
                                                                            source=src),
    "quote_shares": lambda t, src: figures.quote_shares(t["quotes"], source=src),
    "quote_lengths": lambda t, src: figures.quote_lengths(t["quotes"], source=src),
}


@pytest.mark.parametrize("name", sorted(CHARTS))
def test_every_chart_has_title_and_source_on_seed_and_on_empty_tables(name, seed_tables, tmp_path):
    src = figures.source_line(seed_tables["documents"])
    assert "000_60485ece05eeeaab" in src and "VICE Arabia" in src
    empty = {k: v.iloc[0:0] for k, v in seed_tables.items()}
    for tables in (seed_tables, empty):
        fig = CHARTS[name](tables, src)
        assert fig._suptitle is not None and fig._suptitle.get_text()
        assert src in _texts(fig)
        for ax in fig.axes:
            if ax.axison and not ax.get_label() == "<colorbar>":
                assert ax.get_xlabel(), f"{name}: x axis without label"
        figures.save_figure(fig, name, tmp_path)
    assert "No " in _texts(CHARTS[name](empty, src))


def test_top_terms_bars_are_the_seed_frequencies(seed_tables):
    terms = seed_tables["terms"]
    fig = figures.top_terms(terms, n=10)
    widths = [p.get_width() for p in fig.axes[0].patches][::-1]  # drawn bottom-up
    assert widths == list(terms["frequency"].head(10))
    labels = [t.get_text() for t in fig.axes[0].get_yticklabels()][::-1]
    assert labels == [figures.arabic_label(s) for s in terms["surface"].head(10)]


def test_heatmap_cells_count_mentions_per_paragraph(seed_tables):
    # Mentions built from the real seed tokens (independent of the entity extractor):
    # every Latin token that is an all-capitals acronym.
    tok = seed_tables["tokens"]
    acr = tok[(tok["kind"] == "latin") & tok["text"].str.fullmatch(r"[A-Z]{2,}")]
    mentions = acr.assign(entity=acr["text"], label="ORG")
    fig = figures.mentions_across_article(mentions, n=50)
    grid = fig.axes[0].images[0].get_array()
    entities = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    expected = acr.groupby(["text", "paragraph"]).size()
    for (entity, paragraph), count in expected.items():
        assert grid[entities.index(entity), paragraph - 1] == count
    assert grid.sum() == len(acr)
    assert grid.shape[1] == acr["paragraph"].max()


def test_funding_bars_are_amounts_in_millions():
    funding = pd.DataFrame({"doc_id": "d", "text": ["1.2 مليار دولار", "٣٫٥ مليون يورو"],
                            "amount": [1.2e9, 3.5e6], "currency": ["USD", "EUR"],
                            "approximate": [False, True], "subject": ["Project Nimbus", ""],
                            "sentence": 1, "start": 0, "end": 1})
    fig = figures.funding_by_subject(funding)
    widths = sorted(p.get_width() for p in fig.axes[0].patches)
    assert widths == pytest.approx([3.5, 1200.0])
    labels = " ".join(t.get_text() for t in fig.axes[0].get_yticklabels())
    assert "(EUR) ≈" in labels and "unknown subject" in labels and "Project Nimbus" in labels


def test_entity_view_marks_mentions_at_their_offsets(seed_tables):
    from khabar.io import read_corpus

    docs, _ = read_corpus(figures.Path(__file__).resolve().parent.parent / "seeds")
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
    fig = figures.quotes_per_speaker(quotes)
    if direct.empty:
        assert "No " in _texts(fig)
        return
    counts = [p.get_width() for p in fig.axes[0].patches]
    words = [p.get_width() for p in fig.axes[1].patches]
    assert sum(counts) == len(direct) and sum(words) == direct["words"].sum()
    per_affiliation = figures.quotes_per_affiliation(quotes)
    assert sum(p.get_width() for p in per_affiliation.axes[0].patches) == len(direct)
    shares = figures.quote_shares(quotes)
    assert sum(p.get_width() for p in shares.axes[0].patches) == pytest.approx(100)
    lengths = figures.quote_lengths(quotes)
    assert sum(p.get_height() for p in lengths.axes[0].patches) == len(direct)


def test_titles_say_when_a_chart_is_cut_or_pooled(seed_tables):
    orgs = seed_tables["organisations"]
    fig = figures.mentions_per_organisation(orgs, n=5)
    assert f"top 5 of {len(orgs)}" in _texts(fig)
    two = pd.concat([seed_tables["mentions"],
                     seed_tables["mentions"].assign(doc_id="another")], ignore_index=True)
    texts = _texts(figures.mentions_across_article(two))
    assert "Mentions across 2 articles" in texts and "within its article" in texts
