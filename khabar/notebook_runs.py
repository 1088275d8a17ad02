"""Executing notebooks with papermill, one Jupyter kernel per process, reused.

Starting a kernel and importing pandas, matplotlib and khabar into it costs 2–3 s, which
``khabar run`` paid once per notebook. Here each process (``jobs`` of them) starts one
kernel and executes notebooks taken in turn from one shared list until none is left, so a
core that finishes a short notebook takes the next one. Before each notebook after the
first the kernel is reset (:data:`RESET`): its namespace emptied, its working folder
set to the notebook's and its execution counter set back to 1, so each notebook runs as
if alone (no variable carries over, the executed copy numbers its cells from 1); only
imported modules stay, which is the saving.

A notebook that needs the others' output (the report notebook shows their figures) is
given as ``then``: the first process to find the list empty waits until every other
notebook is done, then executes it in its kernel. A failure stops the other processes
before their next notebook; the first failure's message is returned (notebook, cell,
error, where the executed copy is).

:class:`Kernels` starts the processes, and their kernels, before the notebooks are
known (``khabar run``: while it extracts the tables), each kernel importing what the
notebooks import (:func:`warm_code`).

Papermill runs each notebook through khabar's engine (:func:`_engine`), which writes the
executed copy when the notebook starts, every :data:`SAVE_EVERY` seconds and when it
ends, not before and after every cell.
"""
from __future__ import annotations

import os
import subprocess
from pathlib import Path
from typing import NamedTuple

#: Run in the kernel (silently) before a notebook that is not the kernel's first.
#: IPython's reset with a new session empties the namespace, starts a new history
#: session and sets the execution counter back to 1 (``%reset -f`` keeps the counter).
RESET = ("get_ipython().reset(new_session=True)\n"
         "import os as _os; _os.chdir({folder!r}); del _os\n")


class NotebookRun(NamedTuple):
    """One notebook to execute: ``source`` and ``target`` (``.ipynb`` paths) and the
    papermill parameters ``seeds_dir``, ``out_dir`` and ``run_id`` (the table set to
    read, :func:`khabar.pipeline.load_tables`; not passed when ``None``)."""
    source: str
    target: str
    seeds_dir: str
    out_dir: str
    run_id: str | None = None


def execute_notebooks(runs: list[NotebookRun], kernel: str, jobs: int,
                      progress: bool = False, then: NotebookRun | None = None,
                      announce: str | None = None,
                      kernels: "Kernels | None" = None) -> str | None:
    """Execute ``runs`` in up to ``jobs`` processes, a kernel named ``kernel`` in each,
    reused across the notebooks it executes, and then ``then`` (if given) once all of
    ``runs`` are done; ``announce`` is printed when ``then`` starts. ``progress``:
    papermill's cell progress bar (one process only). ``kernels``: processes started
    beforehand (:class:`Kernels`, their kernels perhaps already running; ``kernel`` and
    ``jobs`` are then theirs), used once and left to the caller to close. Returns
    ``None``, or the message of the first failure."""
    runs = list(runs) + ([then] if then else [])
    if not runs:
        return None
    waits = (then, announce) if then else None
    if kernels is not None:
        return kernels.execute(runs, progress, waits)
    jobs = max(1, min(jobs, len(runs) - (1 if then else 0)))
    if jobs == 1:
        worker = _Worker(kernel)
        try:
            return worker.drain(runs, progress, waits)
        finally:
            worker.close()
    kernels = Kernels(kernel, jobs)
    try:
        return kernels.execute(runs, False, waits)
    finally:
        kernels.close()


class Kernels:
    """``jobs`` processes for :func:`execute_notebooks`, each of which starts a kernel
    named ``kernel`` as soon as it exists, in ``folder``, and runs ``warm`` in it
    (silently: imports, so that the first notebook finds pandas, matplotlib and khabar
    loaded), when ``folder`` is given; else it starts its kernel for its first notebook.
    ``khabar run`` makes them before it extracts the tables, so the kernels start while
    the extraction runs (it leaves a core partly idle, while it reads and writes) rather
    than after it. A kernel that fails to start here is started again for the first
    notebook, which reports the failure. :meth:`execute` runs notebooks (once);
    :meth:`close` ends the processes, and each its kernel."""

    def __init__(self, kernel: str, jobs: int, folder: str | None = None,
                 warm: str | None = None):
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        context = multiprocessing.get_context()
        self.kernel, self.jobs = kernel, max(1, jobs)
        # The next notebook to take, how many are done and "stop" are shared by the
        # processes; they are handed over when each process starts (initargs), as
        # multiprocessing requires.
        self.shared = _Shared(context.Value("i", 0), context.Value("i", 0), context.Event())
        self.pool = ProcessPoolExecutor(max_workers=self.jobs, mp_context=context,
                                        initializer=_pool_process,
                                        initargs=(os.getpid(), kernel, self.shared,
                                                  folder, warm))
        if folder is not None:
            # The processes start at the first task (all of them, when forked).
            for _ in range(self.jobs):
                self.pool.submit(int)

    def execute(self, runs: list[NotebookRun], progress: bool = False,
                waits=None) -> str | None:
        """Execute ``runs`` (the last of them only once the others are done when
        ``waits`` is ``(run, announce)``); ``None`` or the first failure's message."""
        jobs = max(1, min(self.jobs, len(runs) - (1 if waits else 0)))
        progress = progress and jobs == 1
        try:
            results = [f.result() for f in [self.pool.submit(_drain, runs, progress, waits)
                                            for _ in range(jobs)]]
        except BaseException:
            self.shared.stop.set()
            self.close(wait=False)    # see _pool_process
            raise
        return next((r for r in results if r is not None), None)

    def close(self, wait: bool = True) -> None:
        """End the processes (each shuts its kernel down as it exits); ``wait`` False
        (interrupted): do not wait for them, and drop what they have not begun. A
        process still starting its kernel skips the imports (``stop``), so a run that
        fails before its notebooks (no article read) is not held up by them."""
        self.shared.stop.set()
        self.pool.shutdown(wait=wait, cancel_futures=not wait)


def warm_code(notebooks) -> str:
    """Code that imports, in a kernel, every module the code cells of ``notebooks``
    (``.ipynb`` paths) import at their top level (``import X``, ``from X import a``:
    ``X`` and ``X.a`` when that is a module), each import that fails skipped (the
    notebook reports its own error), leaving no name behind but the modules in
    ``sys.modules``. Cells that are not Python (magics) are skipped."""
    import ast
    import json

    names: list[str] = []
    for path in notebooks:
        cells = json.loads(Path(path).read_text(encoding="utf-8")).get("cells", [])
        for cell in cells:
            if cell.get("cell_type") != "code":
                continue
            try:
                tree = ast.parse("".join(cell.get("source", "")))
            except SyntaxError:
                continue
            for node in tree.body:
                if isinstance(node, ast.Import):
                    names += [a.name for a in node.names]
                elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                    names += [node.module] + [f"{node.module}.{a.name}" for a in node.names]
    modules = list(dict.fromkeys(n for n in names if n != "__future__"))
    return ("import importlib as _importlib\n"
            f"for _module in {modules!r}:\n"
            "    try:\n"
            "        _importlib.import_module(_module)\n"
            "    except Exception:\n"
            "        pass\n"
            "del _importlib, _module\n")


class _Shared(NamedTuple):
    following: object    # multiprocessing.Value: index of the next notebook to take
    done: object         # multiprocessing.Value: notebooks executed without failure
    stop: object         # multiprocessing.Event: a notebook failed


_worker: "_Worker | None" = None


def _pool_process(parent: int, kernel, shared, folder, warm) -> None:
    """Set up a process of the pool (:func:`khabar.engines.follow_parent`), the worker
    that takes its notebooks, its kernel's shutdown when the process exits, and, with
    ``folder``, its kernel started now (:meth:`_Worker.warm`)."""
    global _worker
    from multiprocessing.util import Finalize

    from .engines import follow_parent

    follow_parent(parent)
    _worker = _Worker(kernel, shared)
    Finalize(None, _worker.close, exitpriority=10)
    if folder is not None:
        _worker.warm(folder, warm)


def _drain(runs, progress, waits) -> str | None:
    assert _worker is not None
    return _worker.drain(runs, progress, waits)


class _Worker:
    """Takes notebooks from ``runs`` (by the shared index, or in order when there is no
    other process) and executes them in one kernel. ``waits``: ``(run, announce)``, the
    last of ``runs``, executed only once all the others are done."""

    def __init__(self, kernel, shared: _Shared | None = None):
        self.kernel, self.shared = kernel, shared
        self.runs, self.waits, self.taken = [], None, 0
        self.km = None

    def warm(self, folder: str, code: str | None) -> None:
        """Start the kernel in ``folder`` and run ``code`` in it silently (its errors
        and a kernel that does not start are left to the first notebook)."""
        import papermill  # noqa: F401 - loaded now, while the process would wait

        if self.shared is not None and self.shared.stop.is_set():
            return
        self.km, failure = _start_kernel(self.kernel, folder, "")
        if failure is None and code and not (self.shared and self.shared.stop.is_set()):
            try:
                _in_kernel(self.km, code, timeout=120)
            except (RuntimeError, TimeoutError):
                pass

    def _next(self) -> NotebookRun | None:
        if self.shared is None:
            i, self.taken = self.taken, self.taken + 1
            return self.runs[i] if i < len(self.runs) else None
        if self.shared.stop.is_set():
            return None
        with self.shared.following.get_lock():
            i = self.shared.following.value
            self.shared.following.value = i + 1
        if i >= len(self.runs):
            return None
        if self.waits and i == len(self.runs) - 1 and not self._others_done():
            return None
        return self.runs[i]

    def _others_done(self) -> bool:
        import time

        while not self.shared.stop.is_set():
            if self.shared.done.value >= len(self.runs) - 1:
                return True
            time.sleep(0.05)
        return False

    def drain(self, runs, progress: bool = False, waits=None) -> str | None:
        self.runs, self.waits = runs, waits
        while (run := self._next()) is not None:
            if self.waits and self.waits[1] and run == self.runs[-1]:
                print(self.waits[1], flush=True)
            failure = self._start_or_reset(run) or _execute(run, self.km, self.kernel,
                                                            progress)
            if failure is not None:
                if self.shared is not None:
                    self.shared.stop.set()
                return failure
            if self.shared is not None:
                with self.shared.done.get_lock():
                    self.shared.done.value += 1
        return None

    def close(self) -> None:
        if self.km is not None:
            km, self.km = self.km, None
            _shut_down(km)

    def _start_or_reset(self, run: NotebookRun) -> str | None:
        folder = str(Path(run.source).resolve().parent)
        if self.km is not None and self.km.has_kernel:
            return _reset(self.km, folder, run, self.kernel)
        self.km, failure = _start_kernel(self.kernel, folder, Path(run.source).name)
        return failure


def _start_kernel(kernel: str, folder: str, name: str):
    """A started kernel manager (kernel's output to /dev/null, see
    :func:`_quiet_kernel_manager`) and ``None``, or ``(None, message)`` (about the
    notebook ``name``)."""
    from jupyter_client.kernelspec import NoSuchKernel
    from jupyter_core.utils import run_sync

    last = ""
    # Kernels started at the same moment can race for a port ("Kernel died before
    # replying to kernel_info"): try again.
    for _ in range(3):
        km = _quiet_kernel_manager()(kernel_name=kernel)
        try:
            run_sync(km.start_kernel)(cwd=folder)
            if _ready(km):
                return km, None
            last = "it did not answer"
        except NoSuchKernel:
            last = "no such kernel"
            break
        except (RuntimeError, OSError) as exc:
            last = str(exc)
        _shut_down(km)
    from .io import printable

    return None, (f"khabar: {name}: the Jupyter kernel {kernel!r} did not "
                  f"start ({printable(last)}); check `jupyter kernelspec list`")


def _in_kernel(km, code: str | None = None, timeout: float = 60) -> dict:
    """Connect a client to ``km``'s kernel, wait until it answers and, if ``code`` is
    given, run it silently; the reply (``{"content": {"status": "ok"}}`` with no code).
    Raises ``RuntimeError`` (no answer) or ``TimeoutError``."""
    from jupyter_core.utils import run_sync

    async def talk() -> dict:
        kc = km.client()
        kc.start_channels()
        try:
            await kc.wait_for_ready(timeout=timeout)
            if code is None:
                return {"content": {"status": "ok"}}
            return await kc.execute_interactive(code, silent=True, store_history=False,
                                                timeout=timeout)
        finally:
            kc.stop_channels()

    return run_sync(talk)()


def _ready(km) -> bool:
    try:
        _in_kernel(km)
        return True
    except (RuntimeError, TimeoutError):
        return False


def _reset(km, folder: str, run: NotebookRun, kernel: str) -> str | None:
    """Run :data:`RESET` in ``km``'s kernel; ``None`` or the failure message."""
    try:
        reply = _in_kernel(km, RESET.format(folder=folder))
    except (RuntimeError, TimeoutError) as exc:
        reply = {"content": {"status": "error", "evalue": str(exc)}}
    content = reply.get("content", {})
    if content.get("status") == "ok":
        return None
    return (f"khabar: {Path(run.source).name}: the Jupyter kernel {kernel!r} could not be "
            f"made ready for it ({content.get('evalue', 'no answer')})")


def _shut_down(km) -> None:
    from jupyter_core.utils import run_sync

    try:
        run_sync(km.shutdown_kernel)(now=False)
    except Exception:   # noqa: BLE001 - already gone: nothing left to stop
        pass


def _execute(run: NotebookRun, km, kernel: str, progress: bool) -> str | None:
    """One papermill run in ``km``'s kernel; ``None`` or the failure message."""
    import papermill as pm
    from nbclient.exceptions import DeadKernelError

    from .io import printable

    name = Path(run.source).name
    try:
        parameters = {"seeds_dir": run.seeds_dir, "out_dir": run.out_dir}
        if run.run_id is not None:
            parameters["run_id"] = run.run_id
        pm.execute_notebook(run.source, run.target, parameters=parameters,
                            cwd=str(Path(run.source).parent), progress_bar=progress,
                            kernel_name=kernel, km=km, engine_name=_engine())
        return None
    except pm.PapermillExecutionError as exc:
        return (f"khabar: {name} failed in cell {exc.exec_count}: {exc.ename}: "
                f"{exc.evalue}\n        the executed notebook with the error is {run.target}")
    except (DeadKernelError, RuntimeError) as exc:
        return (f"khabar: {name}: the Jupyter kernel died while running "
                f"({printable(str(exc))}; out of memory?)\n        the executed "
                f"notebook so far is {run.target}")


#: How often (seconds) the executed copy is saved while a notebook runs
#: (:func:`_engine`); papermill's own default for its time-based saves.
SAVE_EVERY = 30


def _engine() -> str:
    """The name of the papermill engine ``khabar run`` executes notebooks with,
    registered on first use: papermill's own (nbclient), except when the executed copy
    is written. Papermill writes the whole notebook (every output so far, the report's
    figures as base64) before and after every cell: about 190 writes for the five
    notebooks, 2.7 s of CPU for 1,000 articles (cProfile), more than the rest of the
    process's work. Here it is written when the notebook starts, at least every
    :data:`SAVE_EVERY` seconds while it runs (papermill's time-based save, after a
    cell or an output), and when it ends, whether it ended well or not (papermill's
    ``notebook_complete``, in a ``finally``): the same final file, and a notebook that
    fails or whose kernel dies still leaves its executed copy as far as it ran."""
    from papermill.engines import NBClientEngine, NotebookExecutionManager, papermill_engines
    from papermill.exceptions import PapermillException

    name = "khabar"
    try:
        papermill_engines.get_engine(name)
        return name
    except PapermillException:
        pass

    class Manager(NotebookExecutionManager):
        # papermill's manager, without its save in cell_start and cell_complete
        held = False

        def save(self, **kwargs):
            if not self.held:
                super().save(**kwargs)

        def cell_start(self, cell, cell_index=None, **kwargs):
            self.held = True
            try:
                super().cell_start(cell, cell_index, **kwargs)
            finally:
                self.held = False

        def cell_complete(self, cell, cell_index=None, **kwargs):
            self.held = True
            try:
                super().cell_complete(cell, cell_index, **kwargs)
            finally:
                self.held = False
            self.autosave_cell()

    class Engine(NBClientEngine):
        @classmethod
        def execute_notebook(cls, nb, kernel_name, output_path=None, progress_bar=True,
                             log_output=False, autosave_cell_every=SAVE_EVERY, **kwargs):
            # papermill's Engine.execute_notebook (2.7.0) with the manager above
            manager = Manager(nb, output_path=output_path, progress_bar=progress_bar,
                              log_output=log_output, autosave_cell_every=autosave_cell_every)
            manager.notebook_start()
            try:
                cls.execute_managed_notebook(manager, kernel_name, log_output=log_output,
                                             **kwargs)
            finally:
                manager.cleanup_pbar()
                manager.notebook_complete()
            return manager.nb

    papermill_engines.register(name, Engine)
    return name


def _quiet_kernel_manager():
    """A kernel manager whose kernel's own log lines (ipykernel's "running over TCP
    without encryption" warning, "KeyboardInterrupt caught in kernel" at shutdown) do not
    reach the terminal: they are not about the analysis. A cell's errors still come back
    through the notebook, and papermill reports them."""
    from jupyter_client.manager import AsyncKernelManager

    class QuietKernelManager(AsyncKernelManager):
        async def start_kernel(self, **kw):
            kw.setdefault("stderr", subprocess.DEVNULL)
            return await super().start_kernel(**kw)

    return QuietKernelManager
