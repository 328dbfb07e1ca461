"""Worker processes forked from the linting process: each is handed tasks through a pipe of
its own and sends back each task's result through another.

What ``concurrent.futures.ProcessPoolExecutor`` did for a run, with less in the way: no
thread in the parent (the executor's management thread and its queue's feeder woke for every
result, and their CPU competed with the workers'), no import of ``multiprocessing`` and
``concurrent.futures`` (12 ms of a run's start), and a task is its number: the workers
inherit the tasks themselves. Over 10,000 templates on two cores, runs took 1-3% less time
(medians of 10 and 12 rounds side by side), and the parent 0.05 s less CPU.

The parent can take part (``here``): it then runs tasks of its own whenever no result is
waiting, and forks one worker fewer. Over 10,000 templates on two cores, a parent and one
worker took 2% less time than a parent waiting on two workers (the median of 30 rounds' ratios,
each round running both side by side): no copy of the parent's memory for a second worker, no
results of half the templates to send, and no third process taking turns on two cores.

A worker that ends before it sends a result (the out-of-memory killer, a signal) makes the run
raise ``Died``; a task that raises in a worker is raised again in the parent.
"""

from __future__ import annotations

import os
import pickle
import select
import signal
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import suppress
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")

AHEAD = 2
"""Tasks a worker is given at a time: the next waits in its pipe while it sends a result, so
it never waits for the parent to read that result first."""

_HEADER = 8
"""Bytes of the length sent before each result."""


class Died(Exception):
    """A worker ended before it sent the results of its tasks."""


class _Raised:
    """What a worker sends when a task raised ``error``."""

    def __init__(self, error: BaseException) -> None:
        self.error = error


def available() -> bool:
    """Can this platform fork? (Not Windows.)"""
    return hasattr(os, "fork")


def run(
    tasks: Sequence[T],
    work: Callable[[T], R],
    workers: int,
    in_child: Callable[[], object] | None = None,
    here: Callable[[T], R] | None = None,
) -> Iterator[R]:
    """``work(task)`` for each of ``tasks``, in ``workers`` forked processes, the results in
    the order of the tasks. Each worker calls ``in_child()`` first, if given. With ``here``,
    this process is one of the ``workers``: it forks one fewer, and runs ``here(task)`` on the
    next task whenever no result is waiting (``here`` must give what ``work`` gives). The
    workers end when the results are all in, or when the caller stops early (an error,
    closing the iterator)."""
    started: list[_Worker] = []
    finished = False
    forks = min(workers - (here is not None), len(tasks))
    try:
        for _ in range(forks):
            started.append(_Worker.fork(tasks, work, in_child, started))
        yield from _results(started, tasks, here)
        finished = True
    finally:
        for worker in started:
            worker.stop(kill=not finished)


def _results(
    workers: list[_Worker], tasks: Sequence[T], here: Callable[[T], R] | None
) -> Iterator[R]:
    """The tasks' results in order, handing each worker the next task as it sends a result
    (the workers that are faster, whose tasks were quicker, do more); with ``here``, taking
    the next task in this process whenever no result is waiting."""
    count = len(tasks)
    following = 0
    for _ in range(AHEAD):  # (one each first: every worker has one)
        for worker in workers:
            if following < count:
                worker.give(following)
                following += 1
    arrived: dict[int, object] = {}
    expected = 0
    busy = {worker.results: worker for worker in workers}
    waiting = select.poll()  # (not select.select: it takes no descriptor above 1023)
    for fd in busy:
        waiting.register(fd, select.POLLIN)
    while expected < count:
        ours = here if following < count else None  # (a task this process may take)
        events = waiting.poll(0 if ours is not None else None) if busy else []
        for fd, _event in events:
            worker = busy[fd]
            task, result = worker.receive()
            if following < count:
                worker.give(following)
                following += 1
            elif not worker.given:
                worker.finish()
                waiting.unregister(fd)
                del busy[fd]
            arrived[task] = result
        if ours is not None and not events:  # (no result came: ``following`` is as it was)
            arrived[following] = _done_here(ours, tasks[following])
            following += 1
        while expected in arrived:
            result = arrived.pop(expected)
            if isinstance(result, _Raised):
                raise result.error
            yield result  # type: ignore[misc]
            expected += 1


def _done_here(here: Callable[[T], R], task: T) -> R | _Raised:
    """``here(task)``, or what it raised: raised when its turn comes, as a worker's would be."""
    try:
        return here(task)
    except Exception as error:  # noqa: BLE001 - raised again in the order of the tasks
        return _Raised(error)


class _Worker:
    """A forked worker as the parent sees it: its pid, the pipe its tasks go down, the pipe
    its results come up, and the tasks it holds."""

    def __init__(self, pid: int, tasks: int, results: int) -> None:
        self.pid = pid
        self.tasks = tasks
        self.results = results
        self.given: list[int] = []

    @classmethod
    def fork(
        cls,
        tasks: Sequence[T],
        work: Callable[[T], R],
        in_child: Callable[[], object] | None,
        before: Sequence[_Worker],
    ) -> _Worker:
        """A new worker. It closes its copies of the parent's ends of the pipes of the
        workers ``before`` it: a copy of one's task pipe kept open would keep that worker
        waiting for tasks after the parent closed it, until this one ended."""
        task_in, task_out = os.pipe()
        result_in, result_out = os.pipe()
        _flush()  # (or the worker would write what the parent's buffers hold a second time)
        pid = os.fork()
        if pid == 0:  # pragma: no cover - the worker, which never returns from here
            code = 1
            try:
                for fd in (task_out, result_in, *(fd for w in before for fd in w.fds())):
                    os.close(fd)
                _serve(tasks, work, in_child, task_in, result_out)
                code = 0
            finally:
                _flush()
                os._exit(code)
        os.close(task_in)
        os.close(result_out)
        return cls(pid, task_out, result_in)

    def fds(self) -> list[int]:
        """The parent's ends of the worker's pipes that are still open."""
        return [fd for fd in (self.tasks, self.results) if fd >= 0]

    def give(self, task: int) -> None:
        self.given.append(task)
        try:
            os.write(self.tasks, task.to_bytes(4, "little"))
        except OSError:  # the worker is gone (its end of the pipe closed)
            raise Died(self.pid) from None

    def receive(self) -> tuple[int, object]:
        """The result of the oldest task the worker holds."""
        size = int.from_bytes(self._read(_HEADER), "little")
        return self.given.pop(0), pickle.loads(self._read(size))

    def _read(self, size: int) -> bytes:
        """``size`` bytes from the results pipe, read unbuffered: bytes read ahead into a
        buffer would be a result ``select`` no longer sees waiting."""
        parts = []
        while size:
            part = os.read(self.results, size)
            if not part:
                raise Died(self.pid)
            parts.append(part)
            size -= len(part)
        return b"".join(parts)

    def finish(self) -> None:
        """No more tasks: the worker ends when it reads the end of its pipe."""
        if self.tasks >= 0:
            os.close(self.tasks)
            self.tasks = -1

    def stop(self, kill: bool) -> None:
        """Reap the worker once it has ended: by itself when it has no more tasks (it flushes
        what it printed first), at once with ``kill``."""
        self.finish()
        if self.results >= 0:
            os.close(self.results)
            self.results = -1
        if kill:
            with suppress(ProcessLookupError):
                os.kill(self.pid, signal.SIGTERM)
        with suppress(ChildProcessError):  # (reaped by someone else)
            os.waitpid(self.pid, 0)


def _serve(
    tasks: Sequence[T],
    work: Callable[[T], R],
    in_child: Callable[[], object] | None,
    given: int,
    back: int,
) -> None:  # pragma: no cover - runs in the worker (tests/test_forked.py checks what it does)
    if in_child is not None:
        in_child()
    with os.fdopen(given, "rb") as numbers, os.fdopen(back, "wb") as results:
        while len(number := numbers.read(4)) == 4:
            try:
                result: object = work(tasks[int.from_bytes(number, "little")])
                data = pickle.dumps(result, pickle.HIGHEST_PROTOCOL)
            except Exception as error:  # noqa: BLE001 - raised again in the parent
                data = _pickled_error(error)
            results.write(len(data).to_bytes(_HEADER, "little") + data)
            results.flush()


def _pickled_error(error: Exception) -> bytes:  # pragma: no cover - runs in the worker
    try:
        return pickle.dumps(_Raised(error), pickle.HIGHEST_PROTOCOL)
    except Exception:  # noqa: BLE001 - an error that cannot be sent as it is
        said = RuntimeError(f"{type(error).__name__}: {error}")
        return pickle.dumps(_Raised(said), pickle.HIGHEST_PROTOCOL)


def _flush() -> None:
    for stream in (sys.stdout, sys.stderr):
        with suppress(AttributeError, ValueError, OSError):  # closed, or None
            stream.flush()
