"""Where the per-document work runs: this process, a local process pool, or a Dask cluster.

:func:`map_documents` runs :func:`khabar.pipeline.extract_document` (through its
failure-catching wrapper) on each document and yields ``(result, problem)`` pairs in
the input order, whichever engine does the work, so the corpus tables built from them
are the same bytes:

- ``engine="local"``: ``workers`` 1 → this process; more → a
  :class:`concurrent.futures.ProcessPoolExecutor` (the pool of
  :func:`khabar.pipeline.extract`);
- ``engine="dask"``: a ``dask.distributed`` cluster. ``scheduler`` is the address of a
  running scheduler (``tcp://host:8786``), or a ``distributed.Client``; without one, a
  ``LocalCluster`` of ``workers`` single-threaded worker processes is started for the
  call and closed after it. Documents travel in batches (one task per batch, about 8
  per worker) and results come back in the compact form of the local pool.

Dask workers import khabar themselves: every worker needs the same khabar version and
its requirements installed (``pip install -r requirements.txt``), as the README says.
The gazetteer is loaded once here and sent to the workers with the tasks, so a user
gazetteer on this machine is the one used on the cluster.
"""
from __future__ import annotations

import gc
import os
from typing import Iterable, Iterator

ENGINES = ("local", "dask")


class EngineError(RuntimeError):
    """The engine cannot run: dask missing, or no scheduler at the address given."""


def map_documents(docs: Iterable, engine: str = "local", workers: int | None = None,
                  scheduler=None, gazetteer=None) -> Iterator[tuple]:
    """``(result, problem)`` for each :class:`khabar.io.Document` in ``docs``, in order.

    ``result`` is :func:`khabar.pipeline.extract_document`'s dict, or None with a
    :class:`khabar.io.Problem` naming the file when the article failed. ``workers``:
    processes (``None`` = all cores; for Dask with a ``scheduler``, ignored: the
    cluster's workers are used). ``gazetteer``: default loaded once. Raises
    ``ValueError`` for an unknown engine and :class:`EngineError` when dask.distributed
    is missing or no scheduler answers at ``scheduler`` (raised on the first ``next``).
    """
    from .gazetteer import load_gazetteer

    if engine not in ENGINES:
        raise ValueError(f"unknown engine {engine!r} (choose from {', '.join(ENGINES)})")
    docs = list(docs)
    gazetteer = gazetteer or load_gazetteer()
    if engine == "dask":
        return _dask(docs, workers, scheduler, gazetteer)
    return _local(docs, workers, gazetteer)


def _workers(workers: int | None) -> int:
    return (os.cpu_count() or 1) if workers is None else max(1, workers)


def _batches(docs: list, parts: int) -> list[list]:
    """``docs`` cut into consecutive batches of about ``len(docs) / parts`` each."""
    size = max(1, -(-len(docs) // max(1, parts)))
    return [docs[i:i + size] for i in range(0, len(docs), size)]


# --------------------------------------------------------------------------- local

def _local(docs: list, workers: int | None, gazetteer) -> Iterator[tuple]:
    from concurrent.futures import ProcessPoolExecutor

    from .pipeline import _extract_packed, _safe_extract, _start_worker, _unpack

    workers = _workers(workers)
    if workers == 1 or len(docs) < 2:
        for d in docs:
            yield _safe_extract(d, gazetteer)
        return
    with ProcessPoolExecutor(max_workers=workers, initializer=_start_worker) as pool:
        packed = pool.map(_extract_packed, docs, chunksize=max(1, len(docs) // (workers * 8)))
        for (r, p), d in zip(packed, docs):
            yield _unpack(r, d), p


# --------------------------------------------------------------------------- dask

def extract_batch(docs: list, gazetteer) -> list[tuple]:
    """The per-document work of one Dask task: :func:`khabar.pipeline._safe_extract`
    of each document, packed for the trip back (:func:`khabar.pipeline._pack`). The
    cyclic garbage collector is paused meanwhile, as in the local pool's workers."""
    from .pipeline import _pack, _safe_extract

    enabled = gc.isenabled()
    gc.disable()
    try:
        out = []
        for d in docs:
            r, p = _safe_extract(d, gazetteer)
            out.append((_pack(r), p))
        return out
    finally:
        if enabled:
            gc.enable()


def _client(scheduler, workers: int | None):
    """``(client, cluster_to_close)`` for ``scheduler`` (address, Client or None)."""
    try:
        from distributed import Client, LocalCluster
    except ImportError as exc:  # pragma: no cover - dask is in requirements.txt
        raise EngineError("engine 'dask' needs dask.distributed: "
                          "pip install -r requirements.txt") from exc
    if scheduler is None:
        cluster = LocalCluster(n_workers=_workers(workers), threads_per_worker=1,
                               processes=True, dashboard_address=None)
        return Client(cluster), cluster
    if isinstance(scheduler, Client):
        return scheduler, None
    try:
        return Client(scheduler, timeout="20s"), None
    except (OSError, TimeoutError, ValueError) as exc:
        raise EngineError(f"no Dask scheduler reachable at {scheduler}: {exc}") from exc


def _dask(docs: list, workers: int | None, scheduler, gazetteer) -> Iterator[tuple]:
    from .pipeline import _unpack

    if not docs:
        return
    client, cluster = _client(scheduler, workers)
    own_client = client is not scheduler
    try:
        n_workers = max(1, len(client.scheduler_info().get("workers", {})))
        batches = _batches(docs, n_workers * 8)
        # The gazetteer once to every worker, not once per task.
        gaz = client.scatter(gazetteer, broadcast=True)
        futures = client.map(extract_batch, batches, gazetteer=gaz, pure=False)
        for batch, future in zip(batches, futures):
            packed = future.result()
            future.release()
            for d, (r, p) in zip(batch, packed):
                yield _unpack(r, d), p
    finally:
        if own_client:
            client.close()
        if cluster is not None:
            cluster.close()
