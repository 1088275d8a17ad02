"""Saved web pages (``.html``, ``.htm``) and MHTML files: the article body through
trafilatura, without menus, related links and footers (an Arabic page's «اقرأ أيضاً»
links are not part of it)."""
from __future__ import annotations

import email
import email.policy
import re

from ..io import InputError, decode_bytes
from .reading import Reading, _version

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


def _decode_html(data: bytes, source: str) -> tuple[str, str]:
    """A page's characters: the declared ``<meta charset>`` if it decodes, else as an
    article (:func:`khabar.io.decode_bytes`: BOM, UTF-8, Arabic code pages)."""
    declared = _META_CHARSET.search(data[:4096])
    if declared and not data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        codec = declared.group(1).decode("ascii").lower()
        try:
            return data.decode(codec), codec
        except (LookupError, UnicodeDecodeError):
            pass
    return decode_bytes(data, source)


def read_html(data: bytes, source: str, url: str | None = None) -> Reading:
    """The article of a saved web page through trafilatura (``bare_extraction``).

    Text: trafilatura's main-content extraction, paragraphs as lines; navigation,
    related links, comments and footers are not part of it. Metadata: ``title``,
    ``author``, ``date`` (htmldate, the original publication date; no date guessed
    from the article body), ``outlet`` (site name), ``url`` (canonical address, else
    ``url``). Raises :class:`InputError` when the page has no article text.
    """
    import trafilatura

    html, encoding = _decode_html(data, source)
    result = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=True,
        output_format="python",
        # extensive_search would take a date mentioned in the article as its own date.
        date_extraction_params={"extensive_search": False, "original_date": True})
    extractor = _version("trafilatura")
    if result is None or not (result.text or "").strip():
        raise InputError(f"{source}: no article text found in the page ({extractor})")
    meta = {"title": result.title, "author": result.author, "date": result.date,
            "outlet": result.sitename, "url": result.url or url}
    return Reading(result.text, {k: v for k, v in meta.items() if v}, extractor, encoding)


def read_mhtml(data: bytes, source: str) -> Reading:
    """A page saved as MHTML (one ``multipart/related`` message): its first ``text/html``
    part, decoded by the stdlib email parser (quoted-printable, base64, charset), read
    by :func:`read_html`; the snapshot's ``Snapshot-Content-Location`` (or the part's
    ``Content-Location``) is the URL. Raises :class:`InputError` without an HTML part."""
    msg = email.message_from_bytes(data, policy=email.policy.default)
    part = next((p for p in msg.walk() if p.get_content_type() == "text/html"), None)
    if part is None:
        raise InputError(f"{source}: no text/html part in this MHTML file")
    payload = part.get_payload(decode=True) or b""
    charset = part.get_content_charset()
    if charset:
        # Re-declared so read_html decodes with the part's own charset.
        payload = f'<meta charset="{charset}">'.encode("ascii") + payload
    url = msg.get("Snapshot-Content-Location") or part.get("Content-Location")
    return read_html(payload, source, url=str(url) if url else None)

