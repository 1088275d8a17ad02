"""The chart registry: :data:`CHARTS`, filled by the :func:`chart` decorator."""
from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from typing import NamedTuple

from matplotlib.figure import Figure

from .labels import style


class Chart(NamedTuple):
    """One chart of the notebooks and reports, as registered by :func:`chart`."""
    name: str            # the function's name, also the saved file's name (name.png, ...)
    function: Callable   # (table, source=..., language=...) -> Figure, drawn in style()
    table: str           # the table it is drawn from (a key of pipeline.load_tables)
    notebook: str        # its topical notebook (notebooks/build.py); the report has all
    caption_en: str      # caption in the Word report (khabar.newsroom.write_docx)
    caption_ar: str
    names: bool = False  # it names organisations: takes ``names`` (figures.display_names)


#: Every chart, in report order (the order of definition: the modules
#: :mod:`.terms`, :mod:`.funding`, :mod:`.quotes`, imported in that order by the package). Read by
#: notebooks/build.py (a figure cell in the chart's notebook and in the report), by
#: tests/test_notebooks.py (the figures each notebook must write) and by
#: :mod:`khabar.newsroom` (the Word report's figures and captions).
CHARTS: dict[str, Chart] = {}


def chart(table: str, notebook: str, caption_en: str, caption_ar: str):
    """Decorator registering a chart function in :data:`CHARTS` under its name; the
    registered function draws in :func:`style`. Raises ``ValueError`` for a name
    registered twice."""
    def register(function: Callable) -> Callable:
        @functools.wraps(function)
        def draw(*args, **kwargs) -> Figure:
            with style():
                return function(*args, **kwargs)

        if function.__name__ in CHARTS:
            raise ValueError(f"chart {function.__name__!r} is registered twice")
        CHARTS[function.__name__] = Chart(
            function.__name__, draw, table, notebook, caption_en, caption_ar,
            "names" in inspect.signature(function).parameters)
        return draw
    return register
