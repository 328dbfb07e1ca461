"""Lint many files: in several processes when there are enough of them, and from the cache.

Results come back in the order of the paths, whatever the number of processes, so the output
of ``-j 1`` and ``-j 8`` is byte for byte the same. The parent serves from the cache the files
whose bytes it has seen; it and the workers it forks (``-j 8``: seven) read and lint the
others, ``CHUNK`` files at a time (``Linter.lint_sources``); the parent stores the results
and writes the cache once at the end.
"""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

from outreach_lint import console, prefilter, read
from outreach_lint.config import Config
from outreach_lint.lint import FileResult, Linter
from outreach_lint.model import Finding, Problem, SourceFile, from_fields

if TYPE_CHECKING:
    from outreach_lint.cache import Cache

CHUNK = 64
"""Files linted together (``Linter.lint_sources``), and sent to a worker at once."""

SMALLEST_CHUNK = 4
"""The fewest files sent to a worker at once, at the end of a run (``_tapering``)."""

PARALLEL_MIN_FILES = 64
"""Below this many files, starting processes costs more than it saves."""

CACHE_MIN_FILES = 64
"""Below this many files the cache is neither read nor written: loading a repository's cache
and writing it back costs more than linting a few files (with the cache of 1,000 templates,
a pre-commit run over one changed file took 107 ms with it and 61 ms without)."""

_state: tuple[Linter, Cache | None] | None = None


class WorkerDied(Exception):
    """A worker process ended before returning its files' results (killed, out of memory)."""


def worker_count(jobs: int, files: int) -> int:
    """Workers for ``files`` files: ``jobs``, but at least 32 files each, and at most 61 on
    Windows (ProcessPoolExecutor waits on their handles there, 63 at most)."""
    count = min(jobs, files // (PARALLEL_MIN_FILES // 2))
    return min(count, 61) if sys.platform == "win32" else count


def default_jobs() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


def lint_files(
    linter: Linter,
    paths: Sequence[str],
    jobs: int | None,
    cache: Cache | None,
    arrived: Callable[[FileResult], object] | None = None,
) -> list[FileResult]:
    """The results of ``paths``, in their order; each is also given to ``arrived`` as soon as
    it and those before it are in (the report made as they come: ``report.Early``)."""
    global _state
    _state = (linter, cache)
    console.resume()  # (start-up is over: the collector is back on, if it was off)
    results: dict[int, FileResult] = {}
    todo: list[int] = []
    # Files the cache answers are served here: starting workers (and sending their findings
    # back) would cost a second run over unchanged files more than it saves. A first run with
    # these settings has nothing to look up, and skips reading every file twice.
    lookup = cache if cache is not None and cache.has_entries() else None
    for i, path in enumerate(paths):
        hit = _cached(path, lookup) if lookup is not None else None
        if hit is None:
            todo.append(i)
        else:
            results[i] = hit
    done = _run([paths[i] for i in todo], jobs or default_jobs(), linter.config, cache)
    told = 0  # (the results given to ``arrived``)
    for i, (result, digest) in zip(todo, done, strict=True):
        if cache is not None and digest is not None and not result.failures:
            cache.put(result.path, digest, result.findings)
        results[i] = result
        if arrived is not None:
            while told in results:
                arrived(results[told])
                told += 1
    if arrived is not None:
        for i in range(told, len(paths)):  # (served from the cache, after the last linted)
            arrived(results[i])
    if cache is not None:
        cache.save()
    return [results[i] for i in range(len(paths))]


def _cached(path: str, cache: Cache) -> FileResult | None:
    data = read.read_bytes(path)
    if isinstance(data, Problem):
        return None
    findings = cache.get(path, cache.digest(data))
    return None if findings is None else FileResult(path, findings, [])


def _run(
    paths: Sequence[str], jobs: int, config: Config, cache: Cache | None
) -> Iterator[tuple[FileResult, str | None]]:
    if jobs <= 1 or len(paths) < PARALLEL_MIN_FILES:
        for chunk in _chunks(paths, CHUNK):
            yield from _lint_chunk(chunk)
        return
    from outreach_lint import forked  # (its imports are for runs with many files)

    jobs = worker_count(jobs, len(paths))
    size = max(1, min(CHUNK, len(paths) // (jobs * 8)))
    # The results hold no reference cycles: the collector's passes over them as they pile up
    # (53,000 findings from 10,000 templates: 75 ms of the parent's CPU) are wasted work. It
    # is off while they arrive, and the parent collects the young objects after each chunk it
    # lints; the workers, forked meanwhile, turn it on again (``_collect_in_worker``).
    collecting = gc.isenabled()
    first: list[tuple[FileResult, str | None]] = []
    if forked.available():
        # Workers inherit the loaded plugins, the cache and the RE2 set: nothing to rebuild.
        # The first chunk is linted here, before they are forked: they inherit too what it
        # leaves ready, which each of them would build again (RE2's DFA states, most of them
        # made in a run's first templates, its programs for finding where a match starts,
        # patterns compiled on first use). All processes together spend less (measured in
        # instructions, two workers: over 1,000 templates, 5,491 M -> 4,873 M; over 10,000,
        # about 32.1 G -> 31.4 G, and 30.0 G in one process). Then this process lints
        # alongside the workers, one of the ``jobs`` (``forked``).
        prefilter.prepare()
        first = _lint_chunk(paths[:size])
        chunks = list(_tapering(paths[size:], size, jobs))
        # (the workers turn the collector on again, if it was on)
        rest = _received_all(
            forked.run(
                chunks,
                _lint_and_send,
                jobs,
                _collect_in_worker if collecting else None,
                _lint_here_and_collect if collecting else _lint_here,
            )
        )
    else:  # Windows (tests run it by making fork unavailable)
        rest = _run_spawned(paths, jobs, size, config, cache)
    gc.disable()
    try:
        yield from first
        yield from rest
    except forked.Died:
        raise WorkerDied(
            "a worker process stopped before it finished (was it killed, or out of memory?); "
            "no report was written: run again, or with -j 1"
        ) from None
    finally:
        if collecting:
            _promote_young()
            gc.enable()


def _received_all(sent: Iterator[_Chunk]) -> Iterator[tuple[FileResult, str | None]]:
    for chunk in sent:
        yield from chunk if isinstance(chunk, _Linted) else _received(chunk)


def _run_spawned(
    paths: Sequence[str], jobs: int, size: int, config: Config, cache: Cache | None
) -> Iterator[tuple[FileResult, str | None]]:
    """``_run`` where processes cannot fork: each worker starts Python afresh and builds the
    linter again. A worker that dies is ``forked.Died`` here too."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    from outreach_lint import forked

    pool = ProcessPoolExecutor(
        jobs,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=_init_worker,
        initargs=(config, cache),
    )
    try:
        yield from _received_all(pool.map(_lint_and_send, _tapering(paths, size, jobs)))
    except BrokenProcessPool:
        raise forked.Died from None
    finally:
        pool.shutdown(cancel_futures=True)  # after an error, the queued chunks are dropped


def _promote_young() -> None:
    """Move every object the collector tracks to its oldest generation, as if it had survived
    the young generations' collections. The findings that arrived while it was off would
    otherwise be walked by the first collection after it is back on (the report's first
    allocations): 10,000 templates' findings took 20-60 ms of the run's end. They hold no
    cycles; a cycle among them would still go at the next full collection. (``gc.freeze``
    then ``gc.unfreeze`` does just this; not when the program has frozen objects of its own,
    which unfreezing would release; the console script's own, start-up's, are released at
    the end of the process: the results, which live as long, are frozen with them.)"""
    if console.froze_start_up():
        gc.freeze()
    elif gc.get_freeze_count() == 0:
        gc.freeze()
        gc.unfreeze()


WORKER_YOUNG = 10_000
"""Objects a forked worker makes before the collector walks the young ones (Python's own
threshold is 700). A worker sends each chunk's results and drops them: collected less often,
most of them are gone before a collection would walk them. Over 10,000 templates on two cores
the worker's collections took 22-23 ms, 6-7 ms so; its peak memory stayed at 45 MB (with
50,000, 3 ms)."""


def _collect_in_worker() -> None:  # pragma: no cover - runs in a worker
    """In a forked worker: the collector back on, collecting the young objects less often."""
    _young, *older = gc.get_threshold()
    gc.set_threshold(WORKER_YOUNG, *older)
    gc.enable()


def _init_worker(config: Config, cache: Cache | None) -> None:  # pragma: no cover - a worker
    global _state
    from outreach_lint import plugins

    _state = (Linter(config, plugins.load(config)), cache)


def _tapering(paths: Sequence[str], size: int, jobs: int) -> Iterator[Sequence[str]]:
    """``paths`` in chunks of ``size``, smaller towards the end: none holds more than a
    quarter of what is left for each of the ``jobs`` processes (but ``SMALLEST_CHUNK``), so
    that they finish together, not one idle while another lints a last full chunk (64
    templates take 20-40 ms; over 10,000 templates on two cores, the first worker to finish
    waited 1-11 ms for the other, and 0.5-2.4 ms with these)."""
    start = 0
    while start < len(paths):
        step = max(SMALLEST_CHUNK, min(size, (len(paths) - start) // (jobs * 4)))
        yield paths[start : start + step]
        start += step


def _chunks(paths: Sequence[str], size: int) -> Iterator[Sequence[str]]:
    for start in range(0, len(paths), size):
        yield paths[start : start + size]


def _lint_chunk(paths: Sequence[str]) -> list[tuple[FileResult, str | None]]:
    """The results of ``paths``, with the digest of the bytes each was linted from (``None``
    without a cache, or for a file that could not be read): the files are linted together
    (``Linter.lint_sources``)."""
    assert _state is not None
    linter, cache = _state
    results: list[tuple[FileResult, str | None] | None] = []
    sources: list[SourceFile] = []
    digests: list[str | None] = []
    for path in paths:
        data = read.read_bytes(path)
        if isinstance(data, Problem):
            results.append((linter.lint_unreadable(path, data), None))
            continue
        # The parent found no cached result; the digest is of the bytes linted here, in case
        # the file changed since.
        digest = cache.digest(data) if cache is not None else None
        source = read.decode(path, data)
        if isinstance(source, Problem):
            results.append((linter.lint_unreadable(path, source), digest))
            continue
        results.append(None)
        sources.append(source)
        digests.append(digest)
    linted = iter(zip(linter.lint_sources(sources), digests, strict=True))
    return [r if r is not None else next(linted) for r in results]


_Sent = tuple[str, list[tuple[Any, ...]], list[str], str | None]
"""A file's result as a worker sends it: path, findings as plain tuples, failures, digest."""


def _lint_and_send(paths: Sequence[str]) -> _Chunk:
    """``_lint_chunk`` in a worker, with the findings as plain tuples: pickling a
    ``NamedTuple`` calls back into Python for each one, half of what sending the results
    cost (20 ms of 2,000 files' 10,000 findings; 11 ms as tuples)."""
    return [
        (result.path, [tuple(f) for f in result.findings], result.failures, digest)
        for result, digest in _lint_chunk(paths)
    ]


class _Linted(list[tuple[FileResult, str | None]]):
    """A chunk's results as this process linted them: nothing to unpack."""


_Chunk = list[_Sent] | _Linted
"""A chunk's results as a worker sent them, or as this process linted them."""


def _lint_here(paths: Sequence[str]) -> _Chunk:
    """``_lint_chunk`` in this process, alongside the workers."""
    return _Linted(_lint_chunk(paths))


def _lint_here_and_collect(paths: Sequence[str]) -> _Chunk:
    """``_lint_here``, then a collection of the young objects: the collector is off in this
    process while results arrive, and the cycles the rules (a plugin's) made must not pile up
    over the run. Each result that arrived meanwhile is walked once, and then left in an older
    generation, which is not collected until the run is over.

    In the console script, which freezes what start-up made and the run's results with it at
    the end (``_promote_young``), what is there before the chunk is frozen first (at no cost:
    the generations' lists are joined): the results that arrived from the workers, which hold
    no cycles, are then not walked at all, only what the chunk made. Over 10,000 templates on
    two cores, the parent's collections took 18 ms, 10 ms so."""
    if console.froze_start_up():
        gc.freeze()
    linted = _lint_here(paths)
    gc.collect(0)
    return linted


def _received(sent: list[_Sent]) -> Iterator[tuple[FileResult, str | None]]:
    for path, findings, failures, digest in sent:
        yield FileResult(path, [from_fields(Finding, f) for f in findings], failures), digest
