"""One table's two files, ``<name>.csv`` and ``<name>.parquet``, written chunk by chunk.

A chunk of rows is first *encoded* (:func:`encode`): its CSV text (:func:`khabar.io.
write_csv_rows`, formula guard included) and the same rows as an Arrow table for
Parquet. Encoding is most of the cost of writing, and it needs nothing but the rows,
so worker processes do it for their own batch of documents (:mod:`khabar.batches`);
the process that holds the files only appends text and Arrow tables
(:class:`TableWriter`). CSV rows are independent lines, so a table written from many
encoded chunks is the same bytes as one written at once.

Parquet: zstd, one row group per :meth:`TableWriter.flush`, exact values. Object
columns are Parquet text, except the value columns :data:`khabar.schema.VALUE_COLUMNS`
(whole amounts as ``int`` beside fractional ones): those as JSON text, so an ``int``
stays an ``int`` (:func:`read_parquet`).
"""
from __future__ import annotations

import codecs
import io
import json
from pathlib import Path
from typing import NamedTuple

import pandas as pd


class EncodedTable(NamedTuple):
    """A chunk of one table, ready to append: ``empty`` (the frame without rows: its
    columns and dtypes), ``rows`` (count), ``csv`` (the rows' CSV text, no header,
    encoded as UTF-8 bytes: the process that writes the file appends them as they are,
    and bytes cross from a worker process without being decoded and encoded again) and
    ``arrow`` (a ``pyarrow.Table`` of the same rows; ``None`` without rows)."""

    empty: pd.DataFrame
    rows: int
    csv: bytes
    arrow: object


def encode(df: pd.DataFrame, json_columns=()) -> EncodedTable:
    """:class:`EncodedTable` of ``df`` (any columns); ``json_columns``: object columns
    stored as JSON text in Parquet."""
    from .io import write_csv_rows

    if not len(df):
        return EncodedTable(df.iloc[:0], 0, b"", None)
    buf = io.StringIO(newline="")
    write_csv_rows(df, buf, header=False)
    return EncodedTable(df.iloc[:0], len(df), buf.getvalue().encode("utf-8"),
                        arrow_table(df, json_columns))


def arrow_table(df: pd.DataFrame, json_columns=()):
    """``df`` as a ``pyarrow.Table``: numbers and booleans as their numpy dtype, object
    columns as text (a non-text cell as the CSV shows it, ``str``), ``json_columns`` as
    JSON text (:func:`_json_default`)."""
    import pyarrow as pa

    arrays, fields = [], []
    for c in df.columns:
        if df[c].dtype != object:
            arrays.append(pa.array(df[c].to_numpy()))
        elif c in json_columns:
            arrays.append(pa.array([None if v is None else json.dumps(v, default=_json_default)
                                    for v in df[c].tolist()], type=pa.string()))
        else:
            values = df[c].tolist()
            try:
                arrays.append(pa.array(values, type=pa.string()))   # checks each cell
            except (pa.ArrowTypeError, pa.ArrowInvalid):
                arrays.append(pa.array([v if v is None or isinstance(v, str) else str(v)
                                        for v in values], type=pa.string()))
        fields.append(pa.field(str(c), arrays[-1].type))
    return pa.Table.from_arrays(arrays, schema=pa.schema(fields))


def _json_default(value):
    # Exact numbers that JSON has no type for (Decimal, numpy scalars) as tagged text.
    from decimal import Decimal
    if isinstance(value, Decimal):
        return {"decimal": str(value)}
    if hasattr(value, "item"):
        return value.item()
    raise TypeError(f"cannot store {type(value).__name__} in a table")


def _json_hook(obj):
    from decimal import Decimal
    return Decimal(obj["decimal"]) if set(obj) == {"decimal"} else obj


class TableWriter:
    """One table of a set, written chunk by chunk as documents finish: ``<name>.csv``
    (UTF-8 with BOM; the same bytes as writing the whole frame at once with
    :func:`khabar.io.write_csv`) and ``<name>.parquet``.

    :meth:`add` appends an encoded chunk (its CSV at once, its Arrow rows buffered until
    :meth:`flush`, which writes them as one row group); :meth:`append` encodes a frame
    here and writes it as one row group. The first chunk with rows fixes the columns
    and their types; a table without rows is written with the columns of the first
    (empty) chunk. :meth:`close` returns the manifest notes: ``rows``, ``dtypes``
    (pandas dtype per column), ``json_columns``.
    """

    def __init__(self, csv_path: Path, parquet_path: Path, json_columns=()):
        self.csv_path, self.parquet_path = csv_path, parquet_path
        self.json_columns = list(json_columns)
        self.rows = 0
        self._empty = self._csv = self._parquet = self._schema = self._dtypes = None
        self._pending: list = []

    def append(self, df: pd.DataFrame) -> None:
        """Encode ``df`` and write it (one row group)."""
        self.add(encode(df, self.json_columns))
        self.flush()

    def add(self, chunk: EncodedTable) -> None:
        """Append an encoded chunk (:func:`encode` with this table's ``json_columns``)."""
        if self._empty is None:
            self._empty = chunk.empty
        if not chunk.rows:
            return
        if self._csv is None:
            self._open(chunk.empty, chunk.arrow.schema)
        self._csv.write(chunk.csv)
        arrow = chunk.arrow
        if arrow.schema != self._schema:
            arrow = arrow.cast(self._schema)     # e.g. a column of nulls in this chunk
        self._pending.append(arrow)
        self.rows += chunk.rows

    def flush(self) -> None:
        """Write the Arrow rows added since the last flush as one Parquet row group."""
        if not self._pending:
            return
        import pyarrow as pa

        table = self._pending[0] if len(self._pending) == 1 else pa.concat_tables(self._pending)
        self._pending = []
        self._parquet.write_table(table, row_group_size=max(len(table), 1))

    def _open(self, empty: pd.DataFrame, arrow_schema) -> None:
        import pyarrow.parquet as pq

        self._dtypes = {c: str(t) for c, t in empty.dtypes.items()}
        self._schema = arrow_schema
        # Binary: the chunks are UTF-8 already; BOM and header as "utf-8-sig" writes them.
        self._csv = open(self.csv_path, "wb")
        self._csv.write(codecs.BOM_UTF8 + empty.to_csv(index=False, lineterminator="\n")
                        .encode("utf-8"))
        # No column statistics: khabar reads a table whole, never filters row groups by
        # min/max, and computing them was about 40 % of writing the token table.
        self._parquet = pq.ParquetWriter(self.parquet_path, self._schema, compression="zstd",
                                         write_statistics=False)

    def close(self) -> dict:
        """Finish both files (a table without rows: header and schema only); return the
        manifest notes."""
        self.flush()
        if self._csv is None:
            empty = self._empty
            self._open(empty, _empty_schema(empty))
        self._csv.close()
        self._parquet.close()
        return {"rows": self.rows, "dtypes": self._dtypes, "json_columns": self.json_columns}

    def abort(self) -> None:
        """Close the files without finishing them (the staging folder is removed)."""
        for fh in (self._csv, self._parquet):
            try:
                if fh is not None:
                    fh.close()
            except Exception:  # noqa: BLE001 - already failing; the folder goes anyway
                pass


def _empty_schema(empty: pd.DataFrame):
    import pyarrow as pa

    return pa.schema([pa.field(str(c), pa.string() if empty[c].dtype == object
                               else pa.from_numpy_dtype(empty[c].dtype))
                      for c in empty.columns])


def read_parquet(path, notes: dict):
    """The frame a :class:`TableWriter` wrote, with its dtypes and values (``notes``:
    its entry in the manifest). ``path``: a path or an Arrow file opened on it
    (``pyarrow.NativeFile``; see :class:`khabar.pipeline.StoredTables` for why not a
    Python file object)."""
    import pyarrow.parquet as pq

    df = pq.read_table(path).to_pandas(integer_object_nulls=True)
    for c in notes.get("json_columns", []):
        df[c] = [None if v is None else json.loads(v, object_hook=_json_hook)
                 for v in df[c].tolist()]
    for c, dtype in notes.get("dtypes", {}).items():
        if str(df[c].dtype) != dtype:
            df[c] = df[c].astype(dtype)
    return df
