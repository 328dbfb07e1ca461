"""The CI recipes and the GitHub Action call outreach-lint with options that exist."""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from outreach_lint.cli import main
from outreach_lint.yaml_source import compose, to_python

ROOT = Path(__file__).resolve().parent.parent
RECIPES = sorted((ROOT / "examples" / "ci").glob("*"))
COMMAND = re.compile(r"outreach-lint check[^'\n]*")


def commands() -> list[tuple[str, str]]:
    found = []
    for path in [*RECIPES, ROOT / "action.yml"]:
        for m in COMMAND.finditer(path.read_text()):
            found.append((path.name, m.group(0).strip()))
    return found


@pytest.mark.parametrize(
    "path",
    [p for p in RECIPES if p.suffix in (".yml", ".yaml")] + [ROOT / "action.yml"],
    ids=lambda p: p.name,
)
def test_yaml_recipes_parse(path):
    assert isinstance(to_python(compose(path.read_text())), dict)


@pytest.mark.parametrize(("source", "command"), commands())
def test_recipe_commands_run(source, command, tmp_path, monkeypatch, capsys):
    (tmp_path / "note.md").write_text("Hi {{ first_name }}, since we're in the same industry.\n")
    monkeypatch.chdir(tmp_path)
    args: list[str] = []
    for word in shlex.split(command)[2:]:
        if word.startswith("$"):  # a variable of the recipe: a path, or extra arguments
            if args and args[-1] == "--output-file":
                args.append("report.out")
            continue
        args.append(word)
    code = main(["check", *args, "--isolated"])
    assert code in (0, 1), (source, command, capsys.readouterr().err)


def test_action_installs_this_checkout_and_uses_the_github_format():
    action = to_python(compose((ROOT / "action.yml").read_text()))
    steps = action["runs"]["steps"]
    assert action["runs"]["using"] == "composite"
    assert any("github.action_path" in str(s.get("env", {})) for s in steps)
    assert steps[-1]["run"].rstrip().endswith("--format github")


def _run_in_bash(script: str, cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess:
    """``script`` as GitHub runs a step with ``shell: bash``."""
    return subprocess.run(
        ["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", script],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
    )


def _action_step(name: str) -> dict:
    action = to_python(compose((ROOT / "action.yml").read_text()))
    (step,) = [s for s in action["runs"]["steps"] if s.get("name") == name]
    return step


@pytest.mark.skipif(shutil.which("bash") is None, reason="the action's steps run in bash")
def test_action_lints_a_quoted_path_with_spaces_and_writes_sarif_whatever_the_findings(tmp_path):
    """The action's lint step, run as GitHub runs it (bash -eo pipefail), with this checkout's
    outreach-lint: `args` is split as a shell splits words, so a quoted folder with spaces is
    one path, and `*` is not globbed."""
    folder = tmp_path / "my templates"
    folder.mkdir()
    (folder / "note.md").write_text("Hi {{ first_name }}, since we're in the same industry.\n")
    (tmp_path / "other.md").write_text("Hi {{ first_name }}, since we're in the same industry.\n")
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    shim = bin_dir / "outreach-lint"
    shim.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m outreach_lint "$@"\n')
    shim.chmod(0o755)
    python = bin_dir / "python"
    python.symlink_to(sys.executable)
    step = _action_step("Lint templates")
    env = {
        **os.environ,
        "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}",
        "RUNNER_TEMP": str(tmp_path),
        "ARGS": "\"my templates\" '*' --select OL301 --isolated",
        "SARIF": "report.sarif",
    }
    run = _run_in_bash(step["run"], tmp_path, env)
    assert run.returncode == 1, run.stderr  # findings fail the step
    assert "::warning file=my templates/note.md,line=1," in run.stdout
    assert "other.md" not in run.stdout  # '*' is a path named '*', not every file
    assert "file=*," in run.stdout  # ... reported as a file that cannot be read
    sarif = json.loads((tmp_path / "report.sarif").read_text())
    uris = {
        r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        for r in sarif["runs"][0]["results"]
    }
    assert any(u.endswith("note.md") for u in uris), uris


@pytest.mark.skipif(shutil.which("bash") is None, reason="the action's steps run in bash")
def test_action_stops_on_args_a_shell_could_not_split(tmp_path):
    step = _action_step("Lint templates")
    env = {**os.environ, "RUNNER_TEMP": str(tmp_path), "ARGS": '"unclosed', "SARIF": ""}
    run = _run_in_bash(step["run"], tmp_path, env)
    assert run.returncode == 2
    assert "cannot read the action's args" in run.stdout
