"""Where the per-document work runs: this process, a local process pool, or a Dask cluster.

:func:`map_batches` runs :func:`khabar.batches.extract_batch` on each batch of the
corpus (:func:`khabar.batches.batch_bounds`) and yields the :class:`khabar.batches.
Batch` results in corpus order, whichever engine does the work, so the tables built
from them are the same bytes:

- ``engine="local"``: ``workers`` 1 → this process; more → a bounded
  :class:`concurrent.futures.ProcessPoolExecutor` whose workers exit with this process;
- ``engine="dask"``: a ``dask.distributed`` cluster. ``scheduler`` is the address of a
  running scheduler (``tcp://host:8786``), or a ``distributed.Client``; without one, a
  ``LocalCluster`` of ``workers`` single-threaded worker processes is started for the
  call and closed after it.

Either way at most ``workers × 4`` batches are in flight, so results never pile up
ahead of the writer, and each document is dropped here once its batch is out. A local
pool shares each of the last ``workers`` batches out in parts joined again to the same
bytes (:func:`khabar.batches.merge_parts`), so no worker waits idle while the last batch
runs on another.

Dask workers import khabar themselves: every worker needs the same khabar version and
its requirements installed (``pip install -r requirements.txt``), as the README says.
The gazetteer is loaded once here and sent to the workers (once each, not per task), so
a user gazetteer on this machine is the one used on the cluster.
"""
from __future__ import annotations

import gc
import os
from collections import deque
from typing import Callable, Iterable, Iterator

from .batches import (Batch, batch_bounds, extract_batch, merge_parts, part_bounds,
                      read_document)

ENGINES = ("local", "dask")


class EngineError(RuntimeError):
    """The engine cannot run: dask missing, or no scheduler at the address given."""


def map_batches(docs: Iterable, engine: str = "local", workers: int | None = None,
                scheduler=None, gazetteer=None, encoded: bool = False) -> Iterator[Batch]:
    """The :class:`khabar.batches.Batch` of each batch of ``docs`` (sorted here by
    doc_id; the list is consumed), in order.

    ``workers``: processes (``None`` = all cores; for Dask with a ``scheduler``,
    ignored: the cluster's workers are used). ``gazetteer``: default loaded once.
    ``encoded``: tables encoded for writing (see :func:`khabar.batches.extract_batch`).
    Raises ``ValueError`` for an unknown engine and :class:`EngineError` when
    dask.distributed is missing or no scheduler answers at ``scheduler`` (raised on the
    first ``next``).
    """
    from .gazetteer import load_gazetteer

    if engine not in ENGINES:
        raise ValueError(f"unknown engine {engine!r} (choose from {', '.join(ENGINES)})")
    docs = docs if isinstance(docs, list) else list(docs)
    docs.sort(key=lambda d: d.doc_id)
    gazetteer = gazetteer or load_gazetteer()
    if engine == "dask":
        return _dask(docs, workers, scheduler, gazetteer, encoded)
    return _local(docs, _workers(workers), gazetteer, encoded)


def _workers(workers: int | None) -> int:
    return (os.cpu_count() or 1) if workers is None else max(1, workers)


def _in_order(docs: list, submit: Callable, result: Callable, in_flight: int,
              split: int = 1) -> Iterator:
    """Results of ``submit(batch_docs)`` futures in batch order, ``in_flight`` batches at
    a time; each batch's documents are dropped from ``docs`` once its result is out.

    ``split`` > 1 (a pool of that many workers): each of the last ``split`` batches is
    submitted as up to ``split`` parts (:func:`khabar.batches.part_bounds`) joined again
    by :func:`khabar.batches.merge_parts` (the whole batch submitted again in the rare
    case the parts cannot be joined to the same bytes). Without it, the workers that
    finish first wait with nothing to do while the last batch (a sixteenth of 1,000
    articles) runs on one of them."""
    spans = batch_bounds(docs)
    split_from = len(spans) - split if split > 1 else len(spans)
    upcoming = iter(enumerate(spans))
    pending: deque = deque()

    def more() -> None:
        nxt = next(upcoming, None)
        if nxt is None:
            return
        i, (start, end) = nxt
        pieces = part_bounds(docs, start, end, split) if i >= split_from else [(start, end)]
        pending.append(((start, end), [submit(docs[a:b]) for a, b in pieces]))

    for _ in range(in_flight):
        more()
    while pending:
        (start, end), futures = pending.popleft()
        if len(futures) == 1:
            batch = result(futures[0])
        else:
            batch = merge_parts([result(f) for f in futures])
            if batch is None:
                batch = result(submit(docs[start:end]))
        more()
        docs[start:end] = [None] * (end - start)
        yield batch


# --------------------------------------------------------------------------- local

def _local(docs: list, workers: int, gazetteer, encoded: bool) -> Iterator[Batch]:
    if workers <= 1 or len(docs) <= 1:
        for start, end in batch_bounds(docs):
            batch = extract_batch(docs[start:end], gazetteer, encoded)
            docs[start:end] = [None] * (end - start)
            yield batch
        return
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=workers, initializer=_start_worker,
                             initargs=(os.getpid(), gazetteer)) as pool:
        yield from _in_order(docs, lambda part: pool.submit(_worker_batch, part, encoded),
                             lambda future: future.result(), workers * 4, split=workers)


#: The gazetteer of the current run inside a local worker process (:func:`_start_worker`).
_worker_gazetteer = None


def _start_worker(parent: int, gazetteer) -> None:
    """Set up a local worker process: exit with the parent (:func:`exit_with_parent`),
    cyclic GC off (see :func:`khabar.batches.cyclic_gc_paused`) and the run's gazetteer
    kept, sent once rather than with every batch."""
    global _worker_gazetteer
    exit_with_parent(parent)
    gc.disable()
    _worker_gazetteer = gazetteer


def _worker_batch(docs: list, encoded: bool) -> Batch:
    return extract_batch(docs, _worker_gazetteer, encoded)


_PR_SET_PDEATHSIG = 1       # linux/prctl.h


def follow_parent(parent: int) -> None:
    """Set up a process of one of ``khabar run``'s pools (notebooks, workbook): it ends
    with ``parent`` even when that is killed (:func:`exit_with_parent`; a Jupyter kernel
    it started follows it, as ipykernel exits when its starter is gone), and Ctrl-C is
    the parent's to handle (no traceback from each process)."""
    import signal

    exit_with_parent(parent)
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def exit_with_parent(parent: int) -> None:
    """Make this worker end when the process that started it dies, even by SIGKILL
    (which leaves the pool no chance to stop its workers). Linux: the kernel sends
    SIGKILL on the parent's death (``prctl(PR_SET_PDEATHSIG)``); elsewhere a daemon
    thread checks the parent pid every second. A parent already gone (it died before
    this ran) ends the worker at once."""
    import signal
    import threading

    try:
        import ctypes
        libc = ctypes.CDLL(None, use_errno=True)
        ok = libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) == 0
    except (OSError, AttributeError):
        ok = False
    if os.getppid() != parent:
        os._exit(1)
    if not ok:
        def watch() -> None:
            while os.getppid() == parent:
                threading.Event().wait(1.0)
            os._exit(1)
        threading.Thread(target=watch, daemon=True, name="khabar-parent-watch").start()


# --------------------------------------------------------------------------- dask

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


def _dask(docs: list, workers: int | None, scheduler, gazetteer,
          encoded: bool) -> Iterator[Batch]:
    if not docs:
        return
    client, cluster = _client(scheduler, workers)
    own_client = client is not scheduler
    try:
        n_workers = max(1, len(client.scheduler_info().get("workers", {})))
        gaz = client.scatter(gazetteer, broadcast=True)

        def result(future):
            batch = future.result()
            future.release()
            return batch

        # The cluster's machines need not see this one's files: deferred articles are
        # read here and sent with their text.
        yield from _in_order(
            docs, lambda part: client.submit(extract_batch, [read_document(d) for d in part],
                                             gaz, encoded, pure=False),
            result, n_workers * 4)
    finally:
        if own_client:
            client.close()
        if cluster is not None:
            cluster.close()
