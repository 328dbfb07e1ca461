"""The CI recipes and the GitHub Action call outreach-lint with options that exist."""

from __future__ import annotations

import re
import shlex
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
    assert steps[-1]["run"].endswith("--format github")
