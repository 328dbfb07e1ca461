"""The console script turns the garbage collector off for start-up only: what rules and
plugins leave behind while templates are linted is still collected, in one process or many."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from outreach_lint.cli import main

CYCLES = 60
"""Cycles the rule makes on each template: enough that a worker's share of the templates
(about half of the 400) leaves twice the collector's threshold behind, or more: a worker
collects its young objects after ``batch.WORKER_YOUNG`` new ones, and a cycle is two objects
(their attributes' dicts are made only on Python 3.10). With 10 a template, a worker on Python
3.13 often linted its share without one collection."""

CYCLE_RULE = """
import weakref

from outreach_lint import Diagnostic, Rule, hookimpl

made = []
CYCLES = {cycles}


class Node:
    pass


def check(ctx):
    for _ in range(CYCLES):
        a, b = Node(), Node()
        a.other, b.other = b, a  # a reference cycle, garbage once the rule is done
        made.append(weakref.ref(a))
    if "last one" in ctx.body.prose:
        gone = sum(r() is None for r in made)
        yield Diagnostic(0, 2, f"{gone} of {len(made)} collected")


DOCS = "## What it does\\n\\nx\\n\\n## Why is this bad?\\n\\nx\\n\\n## Example\\n\\nx\\n\\n"
DOCS += "## Use instead\\n\\nx\\n\\n## Options\\n\\nNone.\\n"


@hookimpl
def outreach_lint_rules():
    return [Rule(code="CYC101", name="makes-cycles", docs=DOCS, check=check)]
""".replace("{cycles}", str(CYCLES))


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    (tmp_path / "cycles.py").write_text(CYCLE_RULE)
    (tmp_path / ".outreach-lint.yaml").write_text("plugins: [cycles.py]\nselect: [CYC]\n")
    notes = tmp_path / "notes"
    notes.mkdir()
    # (enough that the worker with the last one has linted a few groups before it, however
    # the pool shares them out)
    for i in range(400):
        (notes / f"n{i:03}.md").write_text("Hi there, a note.\n")
    (notes / "z.md").write_text("Hi there, the last one.\n")
    return tmp_path


def collected(out: str) -> tuple[int, int]:
    (line,) = out.splitlines()
    assert line.startswith("notes/z.md:1:1: CYC101 ")
    gone, _, made = line.split(" CYC101 ")[1].removesuffix(" collected").partition(" of ")
    return int(gone), int(made)


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_the_console_script_collects_what_rules_leave_behind(repo: Path, jobs: str) -> None:
    from outreach_lint import batch

    assert 200 * CYCLES * 2 >= 2 * batch.WORKER_YOUNG  # (see CYCLES)
    done = subprocess.run(
        [sys.executable, "-m", "outreach_lint", "check", "notes", "--no-cache", "-j", jobs],
        cwd=repo,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 1, done.stderr
    gone, made = collected(done.stdout)
    assert made > 64 * CYCLES  # (the rule ran on more than one group of templates here)
    assert gone > 0  # (with the collector off for the whole run, none is ever collected)


def test_run_from_python_leaves_the_collector_as_it_was(
    repo: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(repo)
    monkeypatch.setattr(sys, "path", list(sys.path))
    import gc

    assert gc.isenabled()
    frozen = gc.get_freeze_count()
    assert main(["check", "notes", "--no-cache", "-j", "1"]) == 1
    assert gc.isenabled() and gc.get_freeze_count() == frozen
    gone, made = collected(capsys.readouterr().out)
    assert made == 401 * CYCLES and gone > 0


def test_the_console_script_keeps_the_results_to_the_end(repo: Path) -> None:
    """The process ends without freeing its objects: the run's results are not freed one by
    one when the command returns either."""
    script = (
        "import atexit, sys\n"
        "from outreach_lint import console\n"
        "atexit.register(lambda: print('kept', len(console._kept)))\n"
        "sys.argv[1:] = ['check', 'notes', '--no-cache']\n"
        "console.main()\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=repo, capture_output=True, text=True, check=False
    )
    assert done.returncode == 1, done.stderr
    assert done.stdout.splitlines()[-1] == "kept 401"  # every file's result


def test_run_from_python_keeps_nothing_of_the_run(
    repo: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from outreach_lint import console

    monkeypatch.chdir(repo)
    monkeypatch.setattr(sys, "path", list(sys.path))
    assert main(["check", "notes", "--no-cache", "-j", "1"]) == 1
    assert console._kept is None
