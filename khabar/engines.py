"""Where the per-document work runs: this process, a local process pool, or a Dask cluster.

:func:`map_documents` runs :func:`khabar.pipeline.extract_document` (through its
failure-catching wrapper) on each document and yields ``(result, problem)`` pairs in
the input order, whichever engine does the work, so the corpus tables built from them
are the same bytes:

- ``engine="local"``: ``workers`` 1 → this process; more → the pipeline's bounded
  :class:`concurrent.futures.ProcessPoolExecutor` (``khabar.pipeline._map_documents``);
- ``engine="dask"``: a ``dask.distributed`` cluster. ``scheduler`` is the address of a
  running scheduler (``tcp://host:8786``), or a ``distributed.Client``; without one, a
  ``LocalCluster`` of ``workers`` single-threaded worker processes is started for the
  call and closed after it. Documents travel in batches (one task per batch, at most
  64 documents, at most 4 batches per worker in flight) and results come back in the
  compact form of the local pool.

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


# --------------------------------------------------------------------------- local

def _local(docs: list, workers: int | None, gazetteer) -> Iterator[tuple]:
    # The pipeline's own step (this process, or its bounded process pool).
    from .pipeline import _map_documents

    return _map_documents(docs, _workers(workers), gazetteer)


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
    from collections import deque

    from .pipeline import _unpack

    if not docs:
        return
    client, cluster = _client(scheduler, workers)
    own_client = client is not scheduler
    try:
        n_workers = max(1, len(client.scheduler_info().get("workers", {})))
        size = max(1, min(64, len(docs) // (n_workers * 8)))
        starts = iter(range(0, len(docs), size))
        # The gazetteer once to every worker, not once per task.
        gaz = client.scatter(gazetteer, broadcast=True)
        # Bounded memory, as in the local pool: at most workers × 4 batches in flight,
        # and each document dropped here once its result is out.
        pending: deque = deque()

        def submit() -> None:
            start = next(starts, None)
            if start is not None:
                pending.append((start, client.submit(extract_batch, docs[start:start + size],
                                                     gaz, pure=False)))

        for _ in range(n_workers * 4):
            submit()
        while pending:
            start, future = pending.popleft()
            batch = future.result()
            future.release()
            submit()
            for i, (packed, problem) in enumerate(batch, start):
                doc, docs[i] = docs[i], None
                yield _unpack(packed, doc), problem
    finally:
        if own_client:
            client.close()
        if cluster is not None:
            cluster.close()
