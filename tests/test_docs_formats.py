"""Every sample in ``docs/formats.md`` is what outreach-lint prints.

The page shows two templates (``<!-- sample-file: PATH -->`` before a block) and, for each
format, a block marked ``<!-- sample: ARGS -->``: the output of ``outreach-lint check --format
ARGS templates`` in a folder holding them. The SARIF sample is shortened as the page says (the
rules cut to those with a result, their long texts cut at "…", the root's path made up), and
compared as JSON.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from outreach_lint.cli import main

DOC = Path(__file__).resolve().parent.parent / "docs" / "formats.md"
_BLOCK = re.compile(r"<!-- (sample-file|sample): (.+?) -->\n```\w*\n(.*?)\n```\n", re.DOTALL)


def _blocks(kind: str) -> list[tuple[str, str]]:
    return [(m[2], m[3] + "\n") for m in _BLOCK.finditer(DOC.read_text()) if m[1] == kind]


SAMPLES = _blocks("sample")


def test_the_page_has_a_sample_of_every_built_in_format() -> None:
    shown = {args.split()[0] for args, _ in SAMPLES}
    assert shown == {"default", "pylint", "json", "sarif", "github", "gitlab", "junit", "azure"}


@pytest.mark.parametrize(("args", "expected"), SAMPLES, ids=[a for a, _ in SAMPLES])
def test_sample(
    args: str,
    expected: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    for path, text in _blocks("sample-file"):
        (tmp_path / path).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / path).write_text(text)
    monkeypatch.chdir(tmp_path)
    main(["check", "--isolated", "--no-cache", "--format", *args.split(), "templates"])
    out = capsys.readouterr().out
    if args.startswith("sarif"):
        assert _shortened(json.loads(out)) == json.loads(expected)
    else:
        assert out == expected


def _shortened(log: dict[str, Any]) -> dict[str, Any]:
    run = log["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    used = sorted({result["ruleIndex"] for result in run["results"]})
    run["tool"]["driver"]["rules"] = [rules[i] for i in used]
    for rule in run["tool"]["driver"]["rules"]:
        for key in ("fullDescription", "help"):
            assert all(text.startswith("## What it does\n\n") for text in rule[key].values())
            rule[key] = dict.fromkeys(rule[key], "## What it does\n\n…")
    for result in run["results"]:
        result["ruleIndex"] = used.index(result["ruleIndex"])
    root = run["originalUriBaseIds"]["%SRCROOT%"]
    assert root["uri"].startswith("file:///") and root["uri"].endswith("/")
    root["uri"] = "file:///home/me/outreach-templates/"
    return log


def test_the_readme_names_every_template_extension() -> None:
    from outreach_lint.builtin.parsers.text import PATTERNS

    readme = (DOC.parent.parent / "README.md").read_text()
    listed = readme.split("**Markdown or text** (", 1)[1].split(")", 1)[0]
    assert re.findall(r"`(\.\w+)`", listed) == [p.removeprefix("*") for p in PATTERNS]
