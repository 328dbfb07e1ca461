"""The forked workers of a parallel run: results in order, errors raised in the parent, no
process left behind."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import time

import pytest

from outreach_lint import forked

pytestmark = pytest.mark.skipif(not forked.available(), reason="no fork on this platform")


def _pid_and_square(n: int) -> tuple[int, int, int]:
    time.sleep((n % 3) * 0.004)  # later tasks often finish first
    return n, n * n, os.getpid()


def _gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    return False


def test_results_come_in_the_order_of_the_tasks_from_the_workers():
    results = list(forked.run(range(40), _pid_and_square, 3))
    assert [(n, square) for n, square, _pid in results] == [(n, n * n) for n in range(40)]
    pids = {pid for _n, _square, pid in results}
    assert os.getpid() not in pids
    assert len(pids) == 3  # every worker had some
    assert all(_gone(pid) for pid in pids)  # and all were reaped


def test_no_tasks_no_workers():
    assert list(forked.run([], _pid_and_square, 4)) == []


def test_a_worker_is_never_given_nothing_to_do():
    results = list(forked.run(range(2), _pid_and_square, 8))
    assert [n for n, _square, _pid in results] == [0, 1]
    assert len({pid for _n, _square, pid in results}) == 2


_SET_IN_CHILD: list[str] = []


def _note() -> None:
    _SET_IN_CHILD.append("worker")


def _what_the_child_set(_n: int) -> list[str]:
    return list(_SET_IN_CHILD)


def test_each_worker_runs_in_child_before_its_tasks():
    results = list(forked.run(range(6), _what_the_child_set, 2, _note))
    assert results == [["worker"]] * 6
    assert _SET_IN_CHILD == []  # not in the parent


def _fails_on_3(n: int) -> int:
    if n == 3:
        raise ValueError("task 3 went wrong")
    return n


def test_a_task_that_raises_raises_in_the_parent_and_the_workers_end():
    pids: list[int] = []

    def pid_of(n: int) -> int:
        return os.getpid() if n != 3 else _fails_on_3(n)

    with pytest.raises(ValueError, match="task 3 went wrong"):
        for pid in forked.run(range(10), pid_of, 2):
            pids.append(pid)
    assert len(pids) == 3  # the results before it arrived
    assert all(_gone(pid) for pid in set(pids))


class _Unpicklable(Exception):
    def __reduce__(self):  # type: ignore[override]
        raise TypeError("cannot pickle this")


def _raises_unpicklable(_n: int) -> int:
    raise _Unpicklable("the rule's own error")


def test_an_error_that_cannot_be_sent_arrives_as_its_text():
    with pytest.raises(RuntimeError, match="_Unpicklable: the rule's own error"):
        list(forked.run(range(2), _raises_unpicklable, 1))


def _dies_on_2(n: int) -> int:
    if n == 2:
        os._exit(9)  # as the out-of-memory killer ends it: no exception, no result
    return n


def test_a_worker_that_dies_is_died():
    with pytest.raises(forked.Died):
        list(forked.run(range(8), _dies_on_2, 2))


def test_stopping_early_ends_the_workers(monkeypatch):
    pids: list[int] = []
    fork = forked._Worker.fork

    def noting_the_pid(*args: object) -> forked._Worker:
        worker = fork(*args)  # type: ignore[arg-type]
        pids.append(worker.pid)
        return worker

    monkeypatch.setattr(forked._Worker, "fork", noting_the_pid)
    results = forked.run(range(200), _pid_and_square, 2)
    next(results)
    assert len(pids) == 2 and not any(_gone(pid) for pid in pids)  # at work
    results.close()
    assert all(_gone(pid) for pid in pids)


def _slow_on_3(n: int) -> tuple[int, int]:
    if n == 3:
        time.sleep(1.0)
    return n, os.getpid()


def _ended(pid: int) -> bool:
    """Has the process ended (a zombie, not yet reaped)?"""
    with open(f"/proc/{pid}/stat") as stat:
        return stat.read().rpartition(")")[2].split()[0] == "Z"


@pytest.mark.skipif(not os.path.exists("/proc/self/stat"), reason="reads /proc")
def test_a_worker_with_no_more_tasks_ends_while_another_still_works():
    """Worker 1 is given tasks 0 and 2, worker 2 tasks 1 and 3 (slow): once task 2 is in,
    worker 1 ends, though worker 2 (which inherited the parent's ends of worker 1's pipes
    when it was forked) is still at work."""
    results = forked.run(range(4), _slow_on_3, 2)
    first_pid = next(results)[1]
    assert next(results)[0] == 1
    assert next(results) == (2, first_pid)
    deadline = time.monotonic() + 0.6
    while not _ended(first_pid) and time.monotonic() < deadline:
        time.sleep(0.01)
    assert _ended(first_pid)
    assert next(results)[0] == 3
    results.close()


def test_output_is_written_once_and_a_workers_own_is_kept():
    script = textwrap.dedent(
        """
        import sys
        from outreach_lint import forked

        def work(n):
            print(f"task {n}")  # (a plugin's debugging print, in a worker's buffer)
            return n

        sys.stdout.write("before the workers\\n")  # still in the buffer when they fork
        print("sum", sum(forked.run(range(10), work, 2)))
        """
    )
    env = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}  # buffered, as a pipe is
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, env=env
    )
    lines = done.stdout.splitlines()
    assert lines[0] == "before the workers" and lines[-1] == "sum 45"
    assert sorted(lines[1:-1]) == sorted(f"task {n}" for n in range(10))


def test_the_parent_takes_part_with_here_and_forks_one_fewer():
    results = list(forked.run(range(40), _pid_and_square, 3, here=_pid_and_square))
    assert [(n, square) for n, square, _pid in results] == [(n, n * n) for n in range(40)]
    pids = [pid for _n, _square, pid in results]
    assert os.getpid() in pids  # the parent ran tasks of its own
    assert len(set(pids)) == 3  # two workers and the parent
    assert all(_gone(pid) for pid in set(pids) - {os.getpid()})


def test_with_here_and_one_process_nothing_is_forked():
    results = list(forked.run(range(5), _pid_and_square, 1, here=_pid_and_square))
    assert results == [(n, n * n, os.getpid()) for n in range(5)]


def test_a_task_that_raises_here_raises_in_its_turn():
    got: list[int] = []
    with pytest.raises(ValueError, match="task 3 went wrong"):
        for n in forked.run(range(10), _fails_on_3, 1, here=_fails_on_3):
            got.append(n)
    assert got == [0, 1, 2]  # the results before it
