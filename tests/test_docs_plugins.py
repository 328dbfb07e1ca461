"""Every example in ``docs/plugins.md`` runs, and the references match the code.

The page is read as a sequence of examples: an ``<!-- example: NAME -->`` comment starts one, in
a fresh folder. Within it, a fenced block whose info string has ``file=PATH`` is written to that
path (a later block for the same path replaces it), and a ``console`` block is run: each
``$ outreach-lint ...`` line goes through ``outreach_lint.cli.main`` and the lines after it are
its expected output (standard error and output together), where a line ``...`` matches any
lines and ``...`` inside a line matches any text. ``$ python -m pytest ...`` runs pytest on the
example's folder in a subprocess (its timing is left out of the comparison), and
``$ pip install -e .``
installs the example's ``pyproject.toml`` the way pip would for an editable install: a
``dist-info`` with its entry points, and the folder on the import path. ``shell`` and ``text``
blocks are not run; any other block must be written to a file or run.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import shlex
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

import pytest

from outreach_lint import hookspecs
from outreach_lint.cli import main
from outreach_lint.packs import COMMON_FIELDS, KIND_FIELDS

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

DOC = Path(__file__).resolve().parent.parent / "docs" / "plugins.md"
TEXT = DOC.read_text(encoding="utf-8")
NOT_RUN = ("shell", "text")


class Block(NamedTuple):
    language: str
    file: str | None
    body: str
    line: int


class Example(NamedTuple):
    name: str
    blocks: tuple[Block, ...]


def parse(text: str) -> tuple[list[Example], list[Block]]:
    """The examples of the page, and the blocks outside any example."""
    examples: list[Example] = []
    loose: list[Block] = []
    current: list[Block] | None = None
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        marker = re.fullmatch(r"<!-- example: ([\w-]+) -->", lines[i])
        fence = re.match(r"^(`{3,})(\w*)\s*(.*)$", lines[i])
        if marker:
            current = []
            examples.append(Example(marker.group(1), ()))
        elif fence:
            ticks, language, info = fence.groups()
            end = next(j for j in range(i + 1, len(lines)) if lines[j].startswith(ticks))
            found = re.search(r"\bfile=(\S+)", info)
            block = Block(
                language,
                found.group(1) if found else None,
                "\n".join(lines[i + 1 : end]) + "\n",
                i + 1,
            )
            if current is None:
                loose.append(block)
            else:
                current.append(block)
                examples[-1] = Example(examples[-1].name, tuple(current))
            i = end
        i += 1
    return examples, loose


EXAMPLES, LOOSE = parse(TEXT)


def test_every_block_is_run_or_marked_as_not_run() -> None:
    for block in [*LOOSE, *(b for e in EXAMPLES for b in e.blocks)]:
        runnable = block.file is not None or block.language == "console"
        assert runnable or block.language in NOT_RUN, f"docs/plugins.md:{block.line} is not tested"
    assert all(b.language in NOT_RUN for b in LOOSE)
    assert {e.name for e in EXAMPLES} >= {"tutorial", "rule-pack", "pack-error", "pre-commit"}


@pytest.fixture
def sandbox(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(sys, "path", list(sys.path))
    return tmp_path


@pytest.mark.parametrize("example", EXAMPLES, ids=[e.name for e in EXAMPLES])
def test_example(example: Example, sandbox: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for block in example.blocks:
        where = f"docs/plugins.md:{block.line}"
        if block.file is not None:
            write(sandbox / block.file, block.body, where)
        elif block.language == "console":
            for command, expected in commands(block.body):
                output = run(command, sandbox, monkeypatch)
                assert matches(output, expected), (
                    f"{where}: $ {command}\n--- expected\n{expected}--- got\n{output}"
                )


def write(path: Path, text: str, where: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    if path.suffix == ".py":
        compile(text, str(path), "exec")
    if path.name == ".pre-commit-config.yaml":
        clientlib = pytest.importorskip("pre_commit.clientlib")
        clientlib.load_config(str(path))


def commands(body: str) -> Iterator[tuple[str, str]]:
    command: str | None = None
    expected: list[str] = []
    for line in body.splitlines():
        if line.startswith("$ "):
            if command is not None:
                yield command, "".join(expected)
            command, expected = line[2:], []
        else:
            expected.append(line + "\n")
    if command is not None:
        yield command, "".join(expected)


def run(command: str, folder: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    argv = shlex.split(command)
    if argv[0] == "outreach-lint":
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            main(argv[1:])
        return err.getvalue() + out.getvalue()
    if argv[:3] == ["pip", "install", "-e"] and argv[3:] == ["."]:
        install(folder, monkeypatch)
        return ""
    if argv[:3] == ["python", "-m", "pytest"]:
        # as the reader runs it: the plugin is not installed yet; ``python -m`` puts the
        # folder on the import path (sys.path carries this test run's outreach-lint)
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
        done = subprocess.run(
            [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", *argv[3:]],
            cwd=folder,
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        assert done.returncode == 0, done.stdout + done.stderr
        return re.sub(r" in [\d.]+s\b", "", done.stdout)
    raise AssertionError(
        f"docs/plugins.md runs only outreach-lint, python -m pytest and pip: {command}"
    )


def install(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """What ``pip install -e .`` leaves for outreach-lint to find: metadata and entry points."""
    project = tomllib.loads((folder / "pyproject.toml").read_text())["project"]
    info = folder / f"{project['name'].replace('-', '_')}-{project['version']}.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(
        f"Metadata-Version: 2.1\nName: {project['name']}\nVersion: {project['version']}\n"
    )
    lines = ["[outreach_lint]"]
    lines += [f"{k} = {v}" for k, v in project["entry-points"]["outreach_lint"].items()]
    (info / "entry_points.txt").write_text("\n".join(lines) + "\n")
    monkeypatch.syspath_prepend(str(folder))


def matches(output: str, expected: str) -> bool:
    pattern = []
    for line in expected.splitlines():
        if line == "...":
            pattern.append(r"(?:.*\n)*?")
        else:
            pattern.append(".*?".join(re.escape(p) for p in line.split("...")) + r"\n")
    return re.fullmatch("".join(pattern), output) is not None


# --- the references match the code ----------------------------------------------------------


def test_hook_reference_covers_every_hook() -> None:
    hooks = sorted(n for n in vars(hookspecs) if n.startswith("outreach_lint_"))
    documented = re.findall(r"^### `(outreach_lint_\w+)\(\) -> (.+)`$", TEXT, re.MULTILINE)
    assert sorted(name for name, _ in documented) == hooks
    for name, returns in documented:
        assert getattr(hookspecs, name).__annotations__["return"] == returns


def test_rule_pack_reference_lists_every_field() -> None:
    table = re.findall(r"^\| `([\w-]+)` +\|", TEXT.split("### Fields", 1)[1], re.MULTILINE)
    fields = [*COMMON_FIELDS, *(f for fs in KIND_FIELDS.values() for f in fs)]
    assert table == fields
