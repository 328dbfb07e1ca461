"""Plugins from every source, through the command line: entry points, local modules, packs.

Each test builds its plugins in a temporary folder: an installed plugin is a module plus a
``dist-info`` folder with ``entry_points.txt`` on ``sys.path``, exactly what pip leaves behind.
Module names are unique per test, because Python keeps imported modules for the whole session.
"""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from outreach_lint.cli import main

ROOT = Path(__file__).resolve().parent.parent
AGENCY_REPO = ROOT / "examples" / "agency-repo"

DOCS = (
    "## What it does\\n\\nFlags 'synergy'.\\n\\n## Why is this bad?\\n\\nIt means nothing.\\n\\n"
    "## Example\\n\\nsynergy\\n\\n## Use instead\\n\\nwhat you mean\\n\\n## Options\\n\\nNone.\\n"
)
RULE_MODULE = f"""
from outreach_lint import Diagnostic, Rule, hookimpl


def check(ctx):
    start = ctx.body.prose.find("synergy")
    if start >= 0:
        yield Diagnostic(start, start + 7, "say what you mean, not 'synergy'")


@hookimpl
def outreach_lint_rules():
    return [Rule(code="{{code}}", name="synergy-used", docs="{DOCS}", check=check)]
"""
TEMPLATE = "Hi {{ first_name }}, let's find synergy.\n"


@pytest.fixture(autouse=True)
def _restore_sys_path(monkeypatch: pytest.MonkeyPatch) -> None:
    """``plugin-paths`` adds folders to ``sys.path``; keep that inside each test."""
    monkeypatch.setattr(sys, "path", list(sys.path))


def rule_module(code: str) -> str:
    return RULE_MODULE.replace("{code}", code)


def plugin(functions: str, *rules: str) -> str:
    """A plugin module's source: ``functions``, then the hook that returns ``rules``."""
    return (
        "from outreach_lint import Diagnostic, Option, Rule, hookimpl\n\n"
        f"{functions}\n@hookimpl\ndef outreach_lint_rules():\n"
        f"    return [{', '.join(rules)}]\n"
    )


def rule(code: str, name: str, check: str, *more: str) -> str:
    """The source of a ``Rule(...)`` with the documentation every test rule has."""
    fields = [f'code="{code}"', f'name="{name}"', f'docs="{DOCS}"', f"check={check}", *more]
    return f"Rule({', '.join(fields)})"


def install(
    site: Path, monkeypatch: pytest.MonkeyPatch, dist: str, version: str, modules: dict[str, str]
) -> None:
    """Leave ``modules`` and a ``dist-info`` for the distribution ``dist`` in ``site``, as pip
    would, with one ``outreach_lint`` entry point per module; put ``site`` on ``sys.path``."""
    info = site / f"{dist.replace('-', '_')}-{version}.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {dist}\nVersion: {version}\n")
    points = "".join(f"{m} = {m}\n" for m in modules)
    (info / "entry_points.txt").write_text(f"[outreach_lint]\n{points}")
    for module, source in modules.items():
        (site / f"{module}.py").write_text(source)
    monkeypatch.syspath_prepend(str(site))


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def listed(capsys: pytest.CaptureFixture[str], code: str) -> list[str]:
    """The row of ``outreach-lint rules`` for ``code``, as its cells."""
    out = run(capsys, "rules")[1]
    (row,) = [line for line in out.splitlines() if line.startswith(f"{code} ")]
    return re.split(r"\s{2,}", row)


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A templates folder with one template, as the working directory."""
    (tmp_path / "repo").mkdir()
    (tmp_path / "repo" / "t.md").write_text(TEMPLATE)
    monkeypatch.chdir(tmp_path / "repo")
    return tmp_path / "repo"


# --- entry points ---------------------------------------------------------------------------


def test_entry_point_plugin_runs_and_is_listed(
    repo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    install(tmp_path / "site", monkeypatch, "syn-lint", "1.2.3", {"syn_ep": rule_module("SYN101")})
    assert run(capsys, "check", "--select", "SYN", "t.md") == (
        1,
        "t.md:1:33: SYN101 say what you mean, not 'synergy'\n",
        "",
    )
    assert listed(capsys, "SYN101") == [
        "SYN101",
        "synergy-used",
        "on",
        "syn-lint",
        "Flags 'synergy'",
    ]
    code, out, _ = run(capsys, "--version")
    assert code == 0 and "syn-lint: 1.2.3" in out


def test_version_lists_outreach_lint_then_installed_then_local_plugins_then_packs(
    repo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    install(tmp_path / "site", monkeypatch, "aaa-lint", "1.0", {"aaa_ep": rule_module("AAA101")})
    (repo / "zz_rules.py").write_text(rule_module("ZZ101"))
    (repo / "a_rules.py").write_text(rule_module("AR101"))
    (repo / "a-pack.yaml").write_text("rules: []\n")
    (repo / ".outreach-lint.yaml").write_text(
        "plugins: [zz_rules.py, a_rules.py]\nrule-packs: [a-pack.yaml]\n"
    )
    code, out, _ = run(capsys, "--version")
    assert code == 0
    listed = out.split(" (", 1)[1].split(")", 1)[0].split(", ")
    assert listed[0] == "outreach-lint: 0.1.0"
    assert listed.index("aaa-lint: 1.0") < listed.index("local:zz_rules.py")
    assert listed[-3:] == ["local:zz_rules.py", "local:a_rules.py", "pack:a-pack.yaml"]


def test_entry_point_import_error_names_plugin_version_and_error(
    repo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = "import outreach_lint_no_such_module\n"
    install(tmp_path / "site", monkeypatch, "broken-lint", "0.4.0", {"broken_ep": broken})
    code, out, err = run(capsys, "check", "t.md")
    assert code == 2 and out == ""
    assert err == (
        "outreach-lint: error: plugin broken-lint 0.4.0 (broken_ep) failed to load: "
        "ModuleNotFoundError: No module named 'outreach_lint_no_such_module' "
        "(outreach-lint check --verbose shows the traceback)\n"
    )
    code, _, err = run(capsys, "check", "--verbose", "t.md")
    assert code == 2
    assert "Traceback (most recent call last)" in err
    assert "broken_ep.py" in err and "broken-lint 0.4.0" in err


def test_version_lists_what_loaded_and_names_the_plugin_that_failed(
    repo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """``--version`` is how a broken environment is looked into: it still prints the version
    and the plugins that loaded, names the one that failed, and exits 0; ``check`` and
    ``rules`` still stop on it."""
    broken = "import outreach_lint_no_such_module\n"
    install(tmp_path / "site", monkeypatch, "broken-lint", "0.4.0", {"broken_ep": broken})
    install(tmp_path / "site2", monkeypatch, "fine-lint", "1.0", {"fine_ep": rule_module("FIN101")})
    (repo / ".outreach-lint.yaml").write_text("select: [FIN, BRK]\nbrk-level: 3\n")
    code, out, err = run(capsys, "--version")
    assert code == 0
    assert out.startswith("outreach-lint 0.1.0 (outreach-lint: 0.1.0, ") and out.count("\n") == 1
    assert "fine-lint: 1.0" in out and "broken-lint" not in out
    assert err == (
        "outreach-lint: error: plugin broken-lint 0.4.0 (broken_ep) failed to load: "
        "ModuleNotFoundError: No module named 'outreach_lint_no_such_module' "
        "(outreach-lint check --verbose shows the traceback)\n"
        "outreach-lint: 'check' and 'rules' stop with exit 2 until that is fixed\n"
    )
    for command in ("check", "rules"):
        code, out, err = run(capsys, command)
        assert (code, out) == (2, "")
        assert "plugin broken-lint 0.4.0 (broken_ep) failed to load" in err


def test_version_with_plugins_that_clash_lists_them_and_the_clash(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (repo / "one.py").write_text(rule_module("DUP101"))
    (repo / "two.py").write_text(rule_module("DUP101"))
    (repo / ".outreach-lint.yaml").write_text("plugins: [one.py, two.py]\n")
    code, out, err = run(capsys, "--version")
    assert code == 0 and "local:one.py, local:two.py" in out
    assert err.startswith("outreach-lint: error: rule code DUP101 is claimed by two plugins")
    assert run(capsys, "check", "t.md")[0] == 2


def test_same_module_from_entry_point_and_plugins_key_loads_once(
    repo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    install(tmp_path / "site", monkeypatch, "twice-lint", "1.0", {"twice_ep": rule_module("TW101")})
    (repo / ".outreach-lint.yaml").write_text("plugins: [twice_ep]\nselect: [TW]\n")
    code, out, err = run(capsys, "check", "t.md")
    assert (code, err) == (1, "")
    assert out == "t.md:1:33: TW101 say what you mean, not 'synergy'\n"
    assert "twice-lint" in run(capsys, "rules")[1]


@pytest.mark.parametrize(
    ("config", "plugin"),
    [
        ("plugins: [PKG/ext.py, ./PKG/ext.py]\n", "local:PKG/ext.py"),
        ("plugin-paths: [.]\nplugins: [PKG.ext, PKG/ext.py]\n", "local:PKG.ext"),
        ("plugin-paths: [.]\nplugins: [PKG/ext.py, PKG.ext]\n", "local:PKG/ext.py"),
    ],
    ids=["two-spellings-of-a-path", "dotted-then-path", "path-then-dotted"],
)
def test_a_local_plugin_listed_twice_loads_once(
    repo: Path, capsys: pytest.CaptureFixture[str], config: str, plugin: str
) -> None:
    package = "twice_rules_" + re.sub(r"\W", "_", repo.parent.name)  # new per test
    (repo / package).mkdir()
    (repo / package / "__init__.py").write_text("")
    (repo / package / "ext.py").write_text(rule_module("EXT101"))
    (repo / ".outreach-lint.yaml").write_text(config.replace("PKG", package) + "select: [EXT]\n")
    code, out, err = run(capsys, "check", "t.md")
    assert (code, out, err) == (1, "t.md:1:33: EXT101 say what you mean, not 'synergy'\n", "")
    assert listed(capsys, "EXT101")[3] == plugin.replace("PKG", package)


def test_a_pack_listed_twice_loads_once(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (repo / "house-style.yaml").write_text(
        "rules:\n  - {code: HW101, name: synergy-used, kind: existence, message: Say what you "
        "mean, phrases: [synergy]}\n"
    )
    (repo / ".outreach-lint.yaml").write_text(
        "rule-packs: [house-style.yaml, ./house-style.yaml]\nselect: [HW]\n"
    )
    code, out, err = run(capsys, "check", "t.md")
    assert (code, out, err) == (1, "t.md:1:33: HW101 Say what you mean: 'synergy'\n", "")
    assert listed(capsys, "HW101")[3] == "pack:house-style.yaml"


# --- local plugins --------------------------------------------------------------------------


def test_local_plugin_by_dotted_name_with_plugin_paths(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (repo / "lint_rules").mkdir()
    (repo / "lint_rules" / "dotted_rules_a.py").write_text(rule_module("LOC101"))
    (repo / ".outreach-lint.yaml").write_text(
        "plugin-paths: [lint_rules]\nplugins: [dotted_rules_a]\n"
    )
    code, out, err = run(capsys, "check", "--select", "LOC", "t.md")
    assert (code, out, err) == (1, "t.md:1:33: LOC101 say what you mean, not 'synergy'\n", "")
    assert listed(capsys, "LOC101")[:4] == ["LOC101", "synergy-used", "on", "local:dotted_rules_a"]


def test_local_plugin_by_file_path_is_relative_to_the_config(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "house.py").write_text(rule_module("LOC102"))
    (tmp_path / ".outreach-lint.yaml").write_text("plugins: [rules/house.py]\nselect: [LOC]\n")
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates" / "t.md").write_text(TEMPLATE)
    monkeypatch.chdir(tmp_path / "templates")
    code, out, err = run(capsys, "check", "t.md")
    assert (code, out, err) == (1, "t.md:1:33: LOC102 say what you mean, not 'synergy'\n", "")


@pytest.mark.parametrize(
    ("name", "config", "error"),
    [
        (
            ".outreach-lint.yaml",
            "select: [OL]\nplugins:\n  - bad_rules.py\n",
            ":3: plugin local:bad_rules.py (bad_rules.py) failed to load: ImportError: cannot "
            "import name 'no_such_name' from 'outreach_lint'",
        ),
        (
            "pyproject.toml",
            '[tool.outreach-lint]\nplugins = [\n  "os",\n  "nowhere.py",\n]\n',
            ":2: plugin local:nowhere.py (nowhere.py) failed to load: FileNotFoundError",
        ),
        (
            ".outreach-lint.yaml",
            "rule-packs:\n  - packs/none.yaml\n",
            ":2: packs/none.yaml: cannot read rule pack: No such file",
        ),
    ],
    ids=["import-error", "missing-file", "missing-pack"],
)
def test_a_plugin_or_pack_that_cannot_load_is_named_at_its_config_line(
    repo: Path, capsys: pytest.CaptureFixture[str], name: str, config: str, error: str
) -> None:
    (repo / "bad_rules.py").write_text("from outreach_lint import no_such_name\n")
    (repo / name).write_text(config)
    code, out, err = run(capsys, "check", "t.md")
    assert (code, out) == (2, "")
    assert err.startswith(f"outreach-lint: error: {repo / name}{error}")
    assert "Traceback" not in err and err.count("\n") == 1


# --- conflicts and contract errors ----------------------------------------------------------


def test_duplicate_code_names_both_plugins(
    repo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    install(tmp_path / "site", monkeypatch, "dup-lint", "2.0", {"dup_ep": rule_module("DUP101")})
    (repo / "mine.py").write_text(rule_module("DUP101"))
    (repo / ".outreach-lint.yaml").write_text("plugins: [mine.py]\n")
    code, out, err = run(capsys, "check", "t.md")
    assert (code, out) == (2, "")
    assert err == (  # at the line of the plugin the config names
        f"outreach-lint: error: {repo / '.outreach-lint.yaml'}:1: rule code DUP101 is claimed "
        "by two plugins: local:mine.py (synergy-used) and dup-lint (synergy-used)\n"
    )


def test_plugin_claiming_a_builtin_code(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (repo / "clash.py").write_text(rule_module("OL101"))
    (repo / ".outreach-lint.yaml").write_text("plugins: [clash.py]\n")
    code, _, err = run(capsys, "check", "t.md")
    assert code == 2
    assert "rule code OL101 is claimed by two plugins: local:clash.py (synergy-used) and " in err
    assert "outreach-lint (missing-personalization-placeholder)" in err


def test_a_pack_claiming_a_code_is_named_at_its_config_line(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (repo / "pack.yaml").write_text(
        "rules:\n  - {code: OL101, name: mine, kind: existence, message: m, phrases: [x]}\n"
    )
    (repo / ".outreach-lint.yaml").write_text("select: [OL]\nrule-packs:\n  - pack.yaml\n")
    code, out, err = run(capsys, "check", "t.md")
    assert (code, out) == (2, "")
    assert err.startswith(
        f"outreach-lint: error: {repo / '.outreach-lint.yaml'}:3: rule code OL101 is claimed by "
        "two plugins: outreach-lint (missing-personalization-placeholder) and pack:pack.yaml "
        "(mine)"
    )


def test_two_installed_plugins_claiming_a_code_name_no_config_line(
    repo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    install(tmp_path / "a", monkeypatch, "one-lint", "1.0", {"one_ep": rule_module("TWO101")})
    install(tmp_path / "b", monkeypatch, "two-lint", "1.0", {"two_ep": rule_module("TWO101")})
    (repo / ".outreach-lint.yaml").write_text("select: [OL]\n")
    assert run(capsys, "check", "t.md") == (
        2,
        "",
        "outreach-lint: error: rule code TWO101 is claimed by two plugins: two-lint "
        "(synergy-used) and one-lint (synergy-used)\n",
    )


def test_bad_rule_code(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (repo / "badcode.py").write_text(rule_module("acme1"))
    (repo / ".outreach-lint.yaml").write_text("plugins: [badcode.py]\n")
    code, _, err = run(capsys, "check", "t.md")
    assert code == 2
    assert err.startswith(
        f"outreach-lint: error: {repo / '.outreach-lint.yaml'}:1: plugin local:badcode.py: rule "
        "code 'acme1' must be 2-5 capital letters"
    )


def test_unknown_hook_implementation(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (repo / "typo.py").write_text(
        "from outreach_lint import hookimpl\n\n"
        "@hookimpl\ndef outreach_lint_rule():\n    return []\n"
    )
    (repo / ".outreach-lint.yaml").write_text("plugins: [typo.py]\n")
    code, out, err = run(capsys, "check", "t.md")
    assert (code, out) == (2, "")
    assert err.startswith(
        f"outreach-lint: error: {repo / '.outreach-lint.yaml'}:1: plugin local:typo.py "
        "implements the unknown hook "
        "'outreach_lint_rule' (did you mean 'outreach_lint_rules'?); hooks: "
        "outreach_lint_channels, outreach_lint_dialects,"
    )


def test_hook_implementation_with_wrong_arguments(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (repo / "args.py").write_text(
        "from outreach_lint import hookimpl\n\n"
        "@hookimpl\ndef outreach_lint_rules(config):\n    return []\n"
    )
    (repo / ".outreach-lint.yaml").write_text("plugins: [args.py]\n")
    code, out, err = run(capsys, "check", "t.md")
    assert code == 2
    assert (err, out) == (
        f"outreach-lint: error: {repo / '.outreach-lint.yaml'}:1: plugin local:args.py: its "
        "hook outreach_lint_rules must take no arguments (def outreach_lint_rules():)\n",
        "",
    )


@pytest.mark.parametrize(
    ("hook", "returned", "error"),
    [
        (
            "outreach_lint_rules",
            "[" + rule("BAD101", "My Rule", "lambda ctx: ()") + "]",
            ": rule BAD101: its name must be kebab-case, like client-named-too-early, not "
            "'My Rule'",
        ),
        (
            "outreach_lint_rules",
            "[" + rule("BAD101", "bad-rule", "lambda ctx: ()", "severity='error'") + "]",
            ": rule BAD101: its severity must be a Severity (like Severity.ERROR), not 'error'",
        ),
        (
            "outreach_lint_rules",
            "[Rule(code='BAD101', name='bad-rule', docs=None, check=lambda ctx: ())]",
            ": rule BAD101: its docs must be a text (Markdown), not None",
        ),
        (
            "outreach_lint_rules",
            "[" + rule("BAD101", "bad-rule", "'check'") + "]",
            ": rule BAD101: its check must be a function, not 'check'",
        ),
        (
            "outreach_lint_rules",
            "["
            + rule("BAD101", "bad-rule", "len", "options={'n': Option('five', 'n', (int,))}")
            + "]",
            ": rule BAD101: the default of its option 'n' is 'five', which is not of the type "
            "it declares (int)",
        ),
        (
            "outreach_lint_rules",
            "["
            + rule("BAD101", "one-rule", "len")
            + ", "
            + rule("BAD101", "other-rule", "len")
            + "]",
            " gives the rule code BAD101 to two rules: one-rule and other-rule",
        ),
        (
            "outreach_lint_dialects",
            "[Dialect('curly', re.compile(r'\\{\\w+\\}'))]",
            ": the placeholder pattern of its dialect 'curly' must be a compiled regular "
            "expression with a group named 'name', like (?P<name>\\w+)",
        ),
        (
            "outreach_lint_options",
            "{'select': Option([], 'mine', (list,))}",
            ": its config key 'select' is one of outreach-lint's own settings",
        ),
        (
            "outreach_lint_options",
            "{'extras-level': Option('high', 'a number', (int,))}",
            ": the default of its option 'extras-level' is 'high', which is not of the type it "
            "declares (int)",
        ),
    ],
    ids=[
        "rule-name",
        "rule-severity",
        "rule-docs",
        "rule-check",
        "rule-option-default",
        "rule-code-twice",
        "dialect-without-name-group",
        "option-named-like-a-setting",
        "option-default",
    ],
)
def test_what_a_plugin_gets_wrong_stops_the_run_when_it_loads(
    repo: Path, capsys: pytest.CaptureFixture[str], hook: str, returned: str, error: str
) -> None:
    (repo / "bad.py").write_text(
        "import re\nfrom outreach_lint import Dialect, Option, Rule, hookimpl\n\n"
        f"@hookimpl\ndef {hook}():\n    return {returned}\n"
    )
    (repo / ".outreach-lint.yaml").write_text("select: [OL]\nplugins:\n  - bad.py\n")
    for command in (["check", "t.md"], ["rules"]):
        assert run(capsys, *command) == (
            2,
            "",
            f"outreach-lint: error: {repo / '.outreach-lint.yaml'}:3: plugin local:bad.py{error}\n",
        )


def test_a_hook_that_raises_stops_the_run_and_verbose_shows_where(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (repo / "broke.py").write_text(
        "from outreach_lint import hookimpl\n\n@hookimpl\ndef outreach_lint_rules():\n"
        "    raise RuntimeError('hook broke')\n"
    )
    (repo / ".outreach-lint.yaml").write_text("plugins: [broke.py]\n")
    code, out, err = run(capsys, "check", "t.md")
    assert (code, out) == (2, "")
    assert err == (
        f"outreach-lint: error: {repo / '.outreach-lint.yaml'}:1: plugin local:broke.py: hook "
        "outreach_lint_rules failed: RuntimeError: hook broke (outreach-lint check --verbose "
        "shows the traceback)\n"
    )
    code, out, err = run(capsys, "check", "--verbose", "t.md")
    assert (code, out) == (2, "")
    assert "hook outreach_lint_rules failed: RuntimeError: hook broke\nTraceback" in err
    assert "broke.py\", line 5, in outreach_lint_rules\n    raise RuntimeError('hook broke')" in err


def test_hook_returning_the_wrong_type(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (repo / "wrong.py").write_text(
        "from outreach_lint import hookimpl\n\n@hookimpl\ndef outreach_lint_rules():\n"
        "    return ['OL999']\n"
    )
    (repo / ".outreach-lint.yaml").write_text("plugins: [wrong.py]\n")
    code, _, err = run(capsys, "check", "t.md")
    assert code == 2
    assert "plugin local:wrong.py returned 'OL999' from outreach_lint_rules" in err


@pytest.mark.parametrize(
    ("hook", "value", "message"),
    [
        (
            "outreach_lint_rules",
            "Rule('ZZZ101', 'single-rule', 'docs', lambda ctx: iter(()))",
            "a single Rule (ZZZ101) from outreach_lint_rules; return a sequence of them: (RULE,)",
        ),
        (
            "outreach_lint_channels",
            "Channel('xing', 'XING')",
            "a single Channel (xing) from outreach_lint_channels; return a sequence of them: "
            "(CHANNEL,)",
        ),
        (
            "outreach_lint_dialects",
            "Dialect('parens', re.compile(r'\\(\\((?P<name>\\w+)\\)\\)'))",
            "a single Dialect (parens) from outreach_lint_dialects; return a sequence of them: "
            "(DIALECT,)",
        ),
    ],
)
def test_hook_returning_one_value_instead_of_a_sequence(
    repo: Path, capsys: pytest.CaptureFixture[str], hook: str, value: str, message: str
) -> None:
    """A Rule is a named tuple: read as a sequence, its fields would be taken for the rules
    ("returned 'ZZZ101'"); the error says what was returned instead."""
    (repo / "single.py").write_text(
        "import re\nfrom outreach_lint import Channel, Dialect, Rule, hookimpl\n\n"
        f"@hookimpl\ndef {hook}():\n    return {value}\n"
    )
    (repo / ".outreach-lint.yaml").write_text("plugins: [single.py]\n")
    code, out, err = run(capsys, "check", "t.md")
    assert (code, out) == (2, "")
    assert err == (
        f"outreach-lint: error: {repo / '.outreach-lint.yaml'}:1: plugin local:single.py "
        f"returned {message}\n"
    )


# --- require-plugins ------------------------------------------------------------------------


def test_require_plugins_missing_lists_installed_and_missing(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (repo / ".outreach-lint.yaml").write_text(
        "require-plugins: [outreach-lint-nowhere, outreach-lint]\n"
    )
    code, out, err = run(capsys, "check", "t.md")
    assert (code, out) == (2, "")
    assert err.startswith(
        f"outreach-lint: error: {repo / '.outreach-lint.yaml'}:1: required plugin(s) missing: "
        "outreach-lint-nowhere; installed: outreach-lint"
    )


def test_require_plugins_present(
    repo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    install(tmp_path / "site", monkeypatch, "req-lint", "1.0", {"req_ep": rule_module("REQ101")})
    (repo / "pack.yaml").write_text("rules: []\n")
    (repo / ".outreach-lint.yaml").write_text(
        "require-plugins: [req_lint, pack.yaml]\nrule-packs: [pack.yaml]\nselect: [REQ]\n"
    )
    assert run(capsys, "check", "t.md")[0] == 1


def test_require_plugins_names_local_plugins_and_packs_however_spelt(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Loaded as lint_rules.house_rules and ./house-style.yaml, required by their paths."""
    (repo / "lint_rules").mkdir()
    (repo / "lint_rules" / "house_rules.py").write_text(rule_module("HSE101"))
    (repo / "house-style.yaml").write_text("rules: []\n")
    (repo / ".outreach-lint.yaml").write_text(
        "plugin-paths: [.]\nplugins: [lint_rules.house_rules]\n"
        "rule-packs: [./house-style.yaml]\nselect: [HSE]\n"
        "require-plugins: [lint_rules/house_rules.py, house-style.yaml]\n"
    )
    code, _, err = run(capsys, "check", "t.md")
    assert code == 1, err
    # another file's name is no spelling of this one's
    config = (repo / ".outreach-lint.yaml").read_text()
    for other in ("house_style.yaml", "House-Style.YAML"):
        required = "require-plugins: [lint_rules/house_rules.py, house-style.yaml]"
        (repo / ".outreach-lint.yaml").write_text(
            config.replace(required, required.replace("house-style.yaml", other))
        )
        code, _, err = run(capsys, "check", "t.md")
        assert code == 2 and f"required plugin(s) missing: {other}" in err


def test_require_plugins_names_a_top_level_module_by_its_file_or_name(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (repo / "house_rules.py").write_text(rule_module("HSE101"))
    for listed, required in (("house_rules", "house_rules.py"), ("house_rules.py", "house_rules")):
        (repo / ".outreach-lint.yaml").write_text(
            f"plugin-paths: [.]\nplugins: [{listed}]\nselect: [HSE]\n"
            f"require-plugins: [{required}]\n"
        )
        code, _, err = run(capsys, "check", "t.md")
        assert code == 1, err


# --- a rule that raises ---------------------------------------------------------------------


def test_rule_that_raises_is_reported_and_the_rest_still_runs(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (repo / "crash.py").write_text(
        plugin(
            "def check(ctx):\n    raise KeyError('first_name')\n",
            rule("CR101", "always-crashes", "check"),
        )
    )
    (repo / "ok.py").write_text(rule_module("OK101"))
    (repo / "u.md").write_text("Hello synergy.\n")
    (repo / ".outreach-lint.yaml").write_text("plugins: [crash.py, ok.py]\nselect: [CR, OK]\n")
    code, out, err = run(capsys, "check", "t.md", "u.md")
    assert code == 2
    assert out == (
        "t.md:1:33: OK101 say what you mean, not 'synergy'\n"
        "u.md:1:7: OK101 say what you mean, not 'synergy'\n"
    )
    assert err == (
        "outreach-lint: error: t.md: rule CR101 (always-crashes) from plugin local:crash.py "
        "failed: KeyError: 'first_name'\n"
        "outreach-lint: error: u.md: rule CR101 (always-crashes) from plugin local:crash.py "
        "failed: KeyError: 'first_name'\n"
    )
    # the plugin's author asks where
    code, _, err = run(capsys, "check", "--verbose", "--no-cache", "t.md")
    assert code == 2
    assert err.split("\n", 1)[1].startswith(  # after the config it names
        "outreach-lint: error: t.md: rule CR101 (always-crashes) from plugin local:crash.py "
        "failed: KeyError: 'first_name'\nTraceback (most recent call last):\n"
    )
    assert "crash.py\", line 4, in check\n    raise KeyError('first_name')" in err


@pytest.mark.parametrize(
    ("check", "error"),
    [
        (
            "    return Diagnostic(0, 2, 'x')\n",
            "check returned a Diagnostic: yield it instead",
        ),
        ("    yield (0, 2, 'x')\n", "yielded (0, 2, 'x'), not a Diagnostic"),
        (
            "    yield Diagnostic(None, None, 'x')\n",
            "yielded a Diagnostic with start=None and end=None: they must be offsets "
            "(whole numbers)",
        ),
        ("    yield Diagnostic(0, 2, 123)\n", "yielded a Diagnostic whose message is 123"),
        (
            "    yield Diagnostic(40, 50, 'x')\n",
            "yielded a Diagnostic at offsets 40 to 50, outside the body (offsets 0 to 41)",
        ),
        (
            "    yield Diagnostic(-3, -1, 'x')\n",
            "yielded a Diagnostic at offsets -3 to -1, outside the body (offsets 0 to 41)",
        ),
        (
            "    yield Diagnostic(5, 2, 'x')\n",
            "yielded a Diagnostic at offsets 5 to 2: it ends before it starts",
        ),
        (
            "    yield Diagnostic(0, 2, 'x', field='footer')\n",
            "yielded a Diagnostic in field 'footer', which this template does not have (it has "
            "'body'; use field='' for the whole template)",
        ),
        (
            "    yield Diagnostic(0, 2, 'x', field='subject')\n",
            "yielded a Diagnostic in field 'subject', which this template does not have",
        ),
        (
            "    yield Diagnostic(0, 0, 'x', key='')\n",
            "yielded a Diagnostic whose key is '', not the name of a front-matter key",
        ),
    ],
    ids=[
        "returned",
        "tuple",
        "no-offsets",
        "message-not-text",
        "past-the-end",
        "negative",
        "end-before-start",
        "unknown-field",
        "no-subject",
        "empty-key",
    ],
)
def test_a_rule_that_reports_nonsense_fails_like_one_that_raises(
    repo: Path, capsys: pytest.CaptureFixture[str], check: str, error: str
) -> None:
    (repo / "bad.py").write_text(
        plugin(f"def check(ctx):\n{check}", rule("BAD101", "reports-nonsense", "check"))
    )
    (repo / "ok.py").write_text(rule_module("OK101"))
    (repo / ".outreach-lint.yaml").write_text("plugins: [bad.py, ok.py]\nselect: [BAD, OK]\n")
    code, out, err = run(capsys, "check", "t.md")
    assert (code, out) == (2, "t.md:1:33: OK101 say what you mean, not 'synergy'\n")
    assert err.startswith(
        "outreach-lint: error: t.md: rule BAD101 (reports-nonsense) from plugin local:bad.py "
        f"failed: BadDiagnostic: {error}"
    )
    assert err.count("\n") == 1 and "Traceback" not in err


def test_a_rule_may_point_at_the_whole_template_or_at_a_key(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (repo / "t.md").write_text("---\nchannel: email\nsubject: Hi\n---\n" + TEMPLATE)
    (repo / "fine.py").write_text(
        plugin(
            "def check(ctx):\n"
            "    yield Diagnostic(-1, -1, 'whole', field='')\n"
            "    yield Diagnostic(-1, 0, 'whole, as the docs once showed', field='')\n"
            "    yield Diagnostic(5, 10, 'whole, offsets not read', field='')\n"
            "    yield Diagnostic(0, 0, 'key', key='channel')\n"
            "    yield Diagnostic(0, 2, 'subject', field='subject')\n"
            "    yield Diagnostic(3, 9, 'missing key', key='role')\n",
            rule("FINE101", "points-anywhere", "check"),
        )
    )
    (repo / ".outreach-lint.yaml").write_text("plugins: [fine.py]\nselect: [FINE]\n")
    code, out, err = run(capsys, "check", "t.md")
    assert (code, err) == (1, "")
    assert out == (  # a key the template lacks: at its start, as for the whole template
        "t.md:2:1: FINE101 key\nt.md:3:10: FINE101 subject\nt.md:5:1: FINE101 whole\n"
        "t.md:5:1: FINE101 whole, as the docs once showed\n"
        "t.md:5:1: FINE101 whole, offsets not read\nt.md:5:1: FINE101 missing key\n"
    )


def test_a_rule_reads_its_own_options_and_cannot_change_another_rules(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    word = "options={'word': Option('synergy', 'a word', (str,))}"
    (repo / "opts.py").write_text(
        plugin(
            "def writes(ctx):\n    ctx.options['word'] = 'leaked'\n    return []\n\n"
            "def writes_own(ctx):\n    ctx.options['word'] = 'changed'\n    return []\n\n"
            "def reads(ctx):\n"
            "    yield Diagnostic(0, 1, 'options: ' + repr(dict(ctx.options)))\n",
            rule("OW101", "writes-options", "writes"),
            rule("OW102", "writes-own", "writes_own", word),
            rule("OR101", "reads-none", "reads"),
            rule("OR102", "reads-own", "reads", word),
        )
    )
    (repo / ".outreach-lint.yaml").write_text(
        "plugins: [opts.py]\nselect: [OW, OR]\nrules: {OR102: {word: leverage}}\n"
    )
    code, out, err = run(capsys, "check", "t.md")
    assert code == 2
    assert out == "t.md:1:1: OR101 options: {}\nt.md:1:1: OR102 options: {'word': 'leverage'}\n"
    assert err.count("does not support item assignment") == 2
    assert "rule OW101 (writes-options)" in err and "rule OW102 (writes-own)" in err


# --- what else a plugin contributes ---------------------------------------------------------


def test_plugin_dialect_channel_formatter_and_option(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (repo / "extras.py").write_text(
        "import re\n"
        "from outreach_lint import Channel, Dialect, Formatter, Option, hookimpl\n\n"
        "@hookimpl\ndef outreach_lint_dialects():\n"
        "    return [Dialect('dollar', re.compile(r'\\$\\{(?P<name>\\w+)\\}'))]\n\n"
        "@hookimpl\ndef outreach_lint_channels():\n"
        "    return [Channel('xing_message', 'XING message', body_limit=40)]\n\n"
        "@hookimpl\ndef outreach_lint_formatters():\n"
        "    return [Formatter('codes', 'codes only',"
        " lambda fs, ctx: ''.join(f.code + '\\n' for f in fs))]\n\n"
        "@hookimpl\ndef outreach_lint_options():\n"
        "    return {'extras-level': Option(1, 'a number', (int,))}\n"
    )
    (repo / "x.md").write_text(
        "---\nchannel: xing_message\n---\nHi ${first_name}, this note is far too long for it.\n"
    )
    (repo / ".outreach-lint.yaml").write_text(
        "plugins: [extras.py]\ndialects: [dollar]\nextras-level: 3\n"
    )
    code, out, err = run(capsys, "check", "--select", "OL501", "--format", "codes", "x.md")
    assert (code, out, err) == (1, "OL501\n", "")

    (repo / ".outreach-lint.yaml").write_text("plugins: [extras.py]\nextras-level: high\n")
    code, out, err = run(capsys, "check", "x.md")
    assert (code, out) == (2, "")
    assert err.startswith("outreach-lint: error: ") and err.endswith(
        ".outreach-lint.yaml:2: 'extras-level' must be a whole number, not 'high' (a number)\n"
    )


@pytest.mark.parametrize(
    ("setting", "line", "message"),
    [
        ("tal-clients: [Acme, 3]", 3, "'tal-clients' holds 3: each item must be text"),
        ("tal-limits: {words: x}", 3, "'tal-limits.words' must be a whole number, not 'x'"),
        ("tal-limits:\n  zz: 1", 4, "'tal-limits.zz' is not one of words"),
        ("tal-limits: {words: -2}", 3, "'tal-limits.words' must not be negative, not -2"),
    ],
)
def test_plugin_options_are_checked_like_rule_options(
    repo: Path, capsys: pytest.CaptureFixture[str], setting: str, line: int, message: str
) -> None:
    """A top-level option a plugin declares is checked as a rule's option is, with ``values``
    for a list's items and a mapping's keys and values: a bad item is an error on its config
    line, not a crash of the rule that reads it on every file."""
    (repo / "opts.py").write_text(
        "from outreach_lint import Option, hookimpl\n\n"
        "@hookimpl\ndef outreach_lint_options():\n"
        "    return {'tal-clients': Option([], 'clients', (list,), values=(str,)),\n"
        "            'tal-limits': Option({'words': 1}, 'limits', (dict,), values=(int,))}\n"
    )
    (repo / "x.md").write_text("Hi {{ first_name }}, could we talk?\n")
    (repo / ".outreach-lint.yaml").write_text(f"plugins: [opts.py]\nselect: [OL1]\n{setting}\n")
    code, out, err = run(capsys, "check", "x.md")
    assert (code, out) == (2, "")
    assert err.startswith("outreach-lint: error: ")
    assert f".outreach-lint.yaml:{line}: {message}" in err and err.count("\n") == 1


def test_in_memory_plugin_objects_are_loaded_with_the_rest() -> None:
    from outreach_lint import Diagnostic, Rule, hookimpl
    from outreach_lint.config import Config
    from outreach_lint.plugins import load

    class Plugin:
        @hookimpl
        def outreach_lint_rules(self) -> list[Rule]:
            return [
                Rule("OBJ101", "object-rule", "docs", lambda ctx: iter([Diagnostic(0, 1, "x")]))
            ]

    registry = load(Config(), extra=[Plugin()])
    assert registry.rules["OBJ101"].plugin == "Plugin"
    assert "OL101" in registry.rules
    assert any(p.name == "Plugin" and p.kind == "object" for p in registry.plugins)


def test_installed_false_loads_only_the_plugins_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What ``outreach_lint.prebuild`` asks while the wheel is built: its own rules, not those
    of the plugins installed where it is built."""
    from outreach_lint import rules
    from outreach_lint.config import Config
    from outreach_lint.plugins import load

    install(tmp_path / "site", monkeypatch, "syn-lint", "1.2.3", {"syn_ep": rule_module("SYN101")})
    assert "SYN101" in load(Config()).rules
    named = load(Config(), extra=[rules], installed=False)
    assert "OL101" in named.rules
    assert "SYN101" not in named.rules
    assert [p.name for p in named.plugins] == ["outreach_lint.rules"]


# --- the example plugin and templates repository --------------------------------------------


@pytest.fixture
def acme() -> None:
    if importlib.util.find_spec("outreach_lint_acme") is None:
        pytest.skip(
            "the example plugin is not installed: pip install -e plugins/outreach-lint-acme"
        )


@pytest.mark.usefixtures("acme")
def test_example_plugin_rule_docs_and_listing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    code, out, _ = run(capsys, "rule", "ACME201")
    assert code == 0
    assert out.startswith(
        "# ACME201 pay-range-absent\n\nPlugin: outreach-lint-acme. Opt-in (select it by code or "
        "prefix). Severity: warning.\n\n## What it does\n"
    )
    code, out, _ = run(capsys, "rule", "ACME102")
    assert "Plugin: outreach-lint-acme." in out and "## Why is this bad?\n\nAnti-spam law" in out
    assert listed(capsys, "ACME203")[2:4] == ["opt-in", "outreach-lint-acme"]
    assert "outreach-lint-acme: 0.1.0" in run(capsys, "--version")[1]


@pytest.mark.usefixtures("acme")
def test_agency_repo_example(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    repo = tmp_path / "agency-repo"
    shutil.copytree(AGENCY_REPO, repo)
    monkeypatch.chdir(repo)
    code, out, err = run(capsys, "check", "--select", "ACME,HOUSE,TEAM")
    assert (code, err) == (1, "")
    assert out.splitlines() == [
        "templates/email/salesforce-intro.txt:2:1: ACME102 Bulk e-mail needs a way to "
        "unsubscribe (write one of: {{ unsubscribe_link }}, {!Contact.Unsubscribe_Link__c}, "
        "unsubscribe, opt out)",
        "templates/email/salesforce-intro.txt:2:4: ACME202 {!Lead.FirstName} merges from Lead, "
        "which is blank for a candidate: use a field of Contact, User, Organization",
        "templates/linkedin/payments-inmail.md:5:22: ACME203 Goliath Bank is a confidential "
        "client: describe the company instead of naming it",
        "templates/linkedin/payments-inmail.md:5:71: ACME201 the template pitches a job but "
        "gives no pay: add the salary band or rate",
        "templates/linkedin/payments-inmail.md:5:86: ACME101 Say what the job is: use "
        "'experienced engineer' instead of 'rockstar'",
        "templates/linkedin/payments-inmail.md:6:19: HOUSE101 Don't pressure candidates: "
        "'urgently'",
        "templates/linkedin/payments-inmail.md:7:25: HOUSE102 Ask one question (2 questions; "
        "at most 1)",
        "templates/linkedin/payments-inmail.md:9:1: TEAM101 sign off with {{ recruiter_name }}, "
        "not a typed name",
    ]
    good = ["templates/linkedin/data-engineer-note.md", "templates/email/unsubscribe-ok.md"]
    assert run(capsys, "check", "--select", "ACME,HOUSE,TEAM", *good) == (0, "", "")


def test_agency_repo_requires_the_plugin(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    repo = tmp_path / "agency-repo"
    shutil.copytree(AGENCY_REPO, repo)
    config = (repo / ".outreach-lint.yaml").read_text()
    (repo / ".outreach-lint.yaml").write_text(
        config.replace("[outreach-lint-acme]", "[outreach-lint-acme, outreach-lint-globex]")
    )
    monkeypatch.chdir(repo)
    code, out, err = run(capsys, "check")
    assert (code, out) == (2, "")
    assert "required plugin(s) missing: outreach-lint-globex; installed: " in err
    assert "local:lint_rules/house_rules.py" in err and "pack:house-style.yaml" in err


@pytest.mark.usefixtures("acme")
def test_example_plugin_own_tests_pass() -> None:
    """The example plugin's tests, as its authors run them: pytest in its folder."""
    folder = ROOT / "plugins" / "outreach-lint-acme"
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests"],
        cwd=folder,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_agency_repo_pre_commit_config_is_valid() -> None:
    clientlib = pytest.importorskip("pre_commit.clientlib")
    config = clientlib.load_config(str(AGENCY_REPO / ".pre-commit-config.yaml"))
    (hook,) = config["repos"][0]["hooks"]
    assert hook["id"] == "outreach-lint"
    assert any(
        "subdirectory=plugins/outreach-lint-acme" in d for d in hook["additional_dependencies"]
    )
