"""``outreach_lint.testing``: the helpers plugin authors test their rules with."""

from __future__ import annotations

import re
import textwrap
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from outreach_lint import Diagnostic, Option, Rule, RuleContext, hookimpl
from outreach_lint.testing import (
    Case,
    ConfigError,
    PluginError,
    RuleFailed,
    assert_case,
    case_params,
    lint_file,
    lint_text,
    linter,
    load_cases,
)

DOCS = "## What it does\n\nFlags 'synergy'.\n"


def synergy(ctx: RuleContext) -> Iterator[Diagnostic]:
    start = ctx.body.prose.lower().find("synergy")
    if start >= 0:
        yield Diagnostic(start, start + 7, "say what you mean")


def make_plugin(code: str = "TST101") -> ModuleType:
    """A plugin module that exists only in memory, as a test would write one."""
    module = ModuleType(f"plugin_{code.lower()}")

    @hookimpl
    def outreach_lint_rules() -> list[Rule]:
        return [Rule(code, "synergy-used", DOCS, synergy, default=False)]

    @hookimpl
    def outreach_lint_options() -> dict[str, Option]:
        return {"tst-strict": Option(False, "true or false")}

    module.outreach_lint_rules = outreach_lint_rules  # type: ignore[attr-defined]
    module.outreach_lint_options = outreach_lint_options  # type: ignore[attr-defined]
    return module


def test_lint_text_with_an_in_memory_plugin() -> None:
    findings = lint_text(
        "Hi {{ first_name }},\nlet's find Synergy.\n",
        config={"select": ["TST"], "tst-strict": True},
        plugins=[make_plugin()],
    )
    assert [(f.path, f.line, f.column, f.code, f.plugin) for f in findings] == [
        ("template.md", 2, 12, "TST101", "plugin_tst101")
    ]


def test_lint_text_runs_installed_plugins_and_defaults() -> None:
    findings = lint_text("Hello, we're hiring a {{ role }}.\n", path="note.md")
    assert "OL101" in {f.code for f in findings}
    assert {f.plugin for f in findings} == {"outreach-lint"}


def test_plugin_instance_and_path_picks_the_parser() -> None:
    class Plugin:
        @hookimpl
        def outreach_lint_rules(self) -> list[Rule]:
            return [Rule("OBJ101", "synergy-used", DOCS, synergy)]

    text = "templates:\n  - name: a\n    body: Hi {{ first_name }}, synergy!\n"
    findings = lint_text(text, path="all.yaml", config={"select": ["OBJ"]}, plugins=[Plugin()])
    assert [(f.line, f.column, f.template, f.plugin) for f in findings] == [(3, 32, "a", "Plugin")]


def test_lint_file_with_a_config_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "pack.yaml").write_text(
        "rules:\n  - {code: PK101, name: no-ninja, kind: existence, message: No ninjas,\n"
        "     phrases: [ninja]}\n"
    )
    config = tmp_path / ".outreach-lint.yaml"
    config.write_text("rule-packs: [rules/pack.yaml]\nselect: [PK]\n")
    (tmp_path / "t.md").write_text("Hi {{ first_name }}, a ninja role.\n")
    monkeypatch.chdir(tmp_path / "rules")  # relative paths follow the config file, not the cwd
    findings = lint_file(tmp_path / "t.md", config=config)
    assert [(f.code, f.message, f.plugin) for f in findings] == [
        ("PK101", "No ninjas: 'ninja'", "pack:rules/pack.yaml")
    ]


def test_relative_paths_in_a_mapping_follow_root(tmp_path: Path) -> None:
    (tmp_path / "pack.yaml").write_text(
        "rules:\n  - {code: PK102, name: no-guru, kind: existence, message: m, phrases: [guru]}\n"
    )
    config = {"rule-packs": ["pack.yaml"], "select": ["PK"]}
    assert [f.code for f in lint_text("a guru", config=config, root=str(tmp_path))] == ["PK102"]


def test_errors_stop_as_they_would_on_the_command_line() -> None:
    with pytest.raises(ConfigError, match="'selcet' is not a setting"):
        lint_text("x", config={"selcet": ["OL"]})
    with pytest.raises(ConfigError, match="'tst-strict' must be true or false, not 'yes'"):
        lint_text("x", config={"tst-strict": "yes"}, plugins=[make_plugin()])
    with pytest.raises(PluginError, match="rule code TST101 is claimed by two plugins"):
        lint_text("x", plugins=[make_plugin(), make_plugin()])


def test_a_rule_that_raises() -> None:
    def crash(ctx: RuleContext) -> Iterator[Diagnostic]:
        raise ValueError("no body")

    class Plugin:
        @hookimpl
        def outreach_lint_rules(self) -> list[Rule]:
            return [Rule("CRS101", "crashes", DOCS, crash)]

    with pytest.raises(RuleFailed, match=r"rule CRS101 \(crashes\) from plugin Plugin failed: "):
        lint_text("Hi", plugins=[Plugin()])


def test_linter_is_built_once_and_lints_texts_and_files_as_the_helpers_do(
    tmp_path: Path,
) -> None:
    run = linter({"select": ["TST"]}, plugins=[make_plugin()])
    text = "Hi {{ first_name }},\nlet's find Synergy.\n"
    assert run.lint_text(text) == lint_text(
        text, config={"select": ["TST"]}, plugins=[make_plugin()]
    )
    assert [(f.line, f.column, f.code) for f in run.lint_text(text)] == [(2, 12, "TST101")]
    yaml = "templates:\n  - name: a\n    body: Hi {{ first_name }}, synergy!\n"
    assert [(f.line, f.template) for f in run.lint_text(yaml, path="all.yaml")] == [(3, "a")]
    (tmp_path / "t.md").write_text(text)
    assert [f.code for f in run.lint_file(tmp_path / "t.md")] == ["TST101"]
    assert run.lint_text("Hi {{ first_name }}, hello.") == []


def test_a_rule_that_raises_under_linter_raises_too() -> None:
    def crash(ctx: RuleContext) -> Iterator[Diagnostic]:
        raise ValueError("no body")

    class Plugin:
        @hookimpl
        def outreach_lint_rules(self) -> list[Rule]:
            return [Rule("CRS102", "crashes", DOCS, crash)]

    with pytest.raises(RuleFailed, match=r"rule CRS102 \(crashes\) .* failed: ValueError"):
        linter(plugins=[Plugin()]).lint_text("Hi")


# --- case files -----------------------------------------------------------------------------

CASES = """\
config: {dialects: [jinja]}
TST101:
  must-fire:
    - id: plain
      at: ["1:22"]
      text: "Hi {{ first_name }}, synergy."
    - "Synergy first."
  must-not-fire:
    - id: other-words
      text: "Hi {{ first_name }}, let's work together."
    - id: suppressed
      config: {ignore: [TST101]}
      text: "Synergy."
    - id: noqa
      text: "Synergy. <!-- outreach-lint: noqa: TST101 -->"
"""


def write_cases(tmp_path: Path, text: str = CASES) -> Path:
    path = tmp_path / "cases.yaml"
    path.write_text(textwrap.dedent(text))
    return path


def test_load_cases(tmp_path: Path) -> None:
    cases = load_cases(write_cases(tmp_path))
    assert [(c.code, c.id, c.fires, c.at, dict(c.config)) for c in cases] == [
        ("TST101", "plain", True, ("1:22",), {"dialects": ["jinja"]}),
        ("TST101", "2", True, None, {"dialects": ["jinja"]}),
        ("TST101", "other-words", False, None, {"dialects": ["jinja"]}),
        ("TST101", "suppressed", False, None, {"dialects": ["jinja"], "ignore": ["TST101"]}),
        ("TST101", "noqa", False, None, {"dialects": ["jinja"]}),
    ]
    assert {c.root for c in cases} == {str(tmp_path)}
    assert [p.id for p in case_params(tmp_path / "cases.yaml")] == [
        "TST101-fires-plain",
        "TST101-fires-2",
        "TST101-silent-other-words",
        "TST101-silent-suppressed",
        "TST101-silent-noqa",
    ]


def test_assert_case_passes_and_fails_with_the_findings(tmp_path: Path) -> None:
    plugin = make_plugin()
    for case in load_cases(write_cases(tmp_path)):
        assert_case(case, plugins=[plugin])
    wrong_place = Case("TST101", "x", "Hi, synergy.", True, at=("1:1",))
    with pytest.raises(AssertionError, match="fired at 1:5, expected 1:1"):
        assert_case(wrong_place, plugins=[plugin])
    silent = Case("TST101", "y", "Hi, synergy.", False)
    with pytest.raises(AssertionError, match="must not fire on case y, but found:\n") as raised:
        assert_case(silent, plugins=[plugin])
    assert "\n  1:5: TST101 say what you mean" in str(raised.value)
    assert_case(Case("tst101", "lower-case", "Hi, synergy.", True), plugins=[plugin])
    fires = Case("TST101", "z", "Hi there.", True, config={"select": ["TST"]})
    with pytest.raises(AssertionError, match="must fire on case z, but found:\n  none"):
        assert_case(fires, plugins=[plugin])


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("- a\n", "a case file maps rule codes"),
        ("TST101: [a]\n", "'TST101' must map must-fire, must-not-fire"),
        (
            "TST101: {must-not-fir: []}\n",
            "'TST101' has 'must-not-fir', which is not must-fire, must-not-fire or config "
            r"\(did you mean 'must-not-fire'\?\)",
        ),
        ("TST101: {must-fire: [{id: a}]}\n", r"case 1 of TST101 \(must-fire\) has no 'text'"),
        ("TST101: {must-fire: [[a]]}\n", "case 1 of TST101 .* must be a text or a mapping"),
        (
            "TST101: {must-fire: [{txt: a}]}\n",
            "has 'txt', which is not one of text, id, path, at, config "
            r"\(did you mean 'text'\?\)",
        ),
        (
            "TST101: {must-fire: [{text: a, at: ['line 1']}]}\n",
            "must be a list of 'line:column' positions",
        ),
        ("TST101: {must-fire: [{text: a, at: [4]}]}\n", "must be a list of 'line:column'"),
        (
            "TST101: {must-not-fire: [{text: a, at: ['1:1']}]}\n",
            r"\(must-not-fire\) has 'at', but a rule that must not fire fires nowhere",
        ),
        ("TST101: {must-fire: [\n", "invalid YAML"),
    ],
)
def test_bad_case_files(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        load_cases(write_cases(tmp_path, text))


def test_case_file_errors_and_failures_name_the_line(tmp_path: Path) -> None:
    text = "TST101:\n  must-fire:\n    - Synergy.\n    - {txt: Synergy.}\n"
    path = write_cases(tmp_path, text)
    with pytest.raises(ConfigError, match=rf"^{re.escape(str(path))}:4: case 2 of TST101"):
        load_cases(path)
    for text, line in (
        ("TST101:\n  must-fire: [a]\n  must-fir: [b]\n", 3),
        ("config: {dialects: [jinja]}\nTST101: [a]\n", 2),
        ("config: [jinja]\nTST101: {must-fire: [a]}\n", 1),
        ("TST101:\n  config: jinja\n  must-fire: [a]\n", 2),
    ):
        with pytest.raises(ConfigError, match=rf"^{re.escape(str(path))}:{line}: "):
            load_cases(write_cases(tmp_path, text))
    first, second = load_cases(write_cases(tmp_path, CASES))[:2]
    assert (first.source, second.source) == (f"{path}:4", f"{path}:7")
    with pytest.raises(
        AssertionError, match=rf"must not fire on case plain \({re.escape(str(path))}:4\)"
    ):
        assert_case(first._replace(fires=False, at=None), plugins=[make_plugin()])


def test_a_case_id_used_twice_names_both_lines(tmp_path: Path) -> None:
    """Two cases of one id would run as one test's two variants (``-a0``, ``-a1``): a case
    copied and left unchanged, which the case file's reader reports at its line."""
    text = (
        "TST101:\n  must-fire:\n    - id: a\n      text: 'Hi! x!'\n"
        "    - id: a\n      text: 'Hi! y!'\n"
    )
    path = write_cases(tmp_path, text)
    with pytest.raises(
        ConfigError,
        match=rf"^{re.escape(str(path))}:5: case id 'a' of TST101 is already used on line 3$",
    ):
        load_cases(path)
    with pytest.raises(ConfigError, match=r":4: case id '1' of TST101 is already used on line 3"):
        load_cases(
            write_cases(tmp_path, "TST101:\n  must-fire:\n    - a\n    - {id: 1, text: b}\n")
        )
    # a must-fire and a must-not-fire case may share an id: their tests' names differ
    text = "TST101:\n  must-fire: [{id: a, text: x}]\n  must-not-fire: [{id: a, text: y}]\n"
    assert [p.id for p in case_params(write_cases(tmp_path, text))] == [
        "TST101-fires-a",
        "TST101-silent-a",
    ]


def test_a_must_fire_text_alone_is_one_case(tmp_path: Path) -> None:
    [case] = load_cases(write_cases(tmp_path, "TST101: {must-fire: Synergy here.}\n"))
    assert (case.text, case.fires) == ("Synergy here.", True)
    assert load_cases(write_cases(tmp_path, "TST101: {must-fire: }\n")) == []


def test_one_position_may_be_written_without_a_list(tmp_path: Path) -> None:
    [case] = load_cases(write_cases(tmp_path, "TST101: {must-fire: [{text: a, at: '1:4'}]}\n"))
    assert case.at == ("1:4",)


def test_a_case_whose_config_is_wrong_names_its_line(tmp_path: Path) -> None:
    path = write_cases(tmp_path, "TST101:\n  must-fire:\n    - {text: a, config: {dialect: [x]}}\n")
    [case] = load_cases(path)
    with pytest.raises(
        ConfigError, match=rf"^{re.escape(str(path))}:3: case 1 of TST101: .*dialect"
    ):
        assert_case(case, plugins=[make_plugin()])
