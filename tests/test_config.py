"""Config files: where they are found, what they change, and how mistakes are reported."""

from __future__ import annotations

from pathlib import Path

import pytest

from outreach_lint import plugins
from outreach_lint.cli import main
from outreach_lint.config import KEYS, Config, did_you_mean
from outreach_lint.model import Option, Rule
from outreach_lint.rule_settings import rule_options

NOTE = (
    "---\nchannel: linkedin_connection_note\n---\n"
    "Hi {{ first_name }}, since we're in the same industry.\n"
)


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "t").mkdir()
    (tmp_path / "t" / "note.md").write_text(NOTE)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["check", *args])
    out, err = capsys.readouterr()
    return code, out, err


def assert_config_error(
    repo: Path, capsys: pytest.CaptureFixture[str], name: str, content: str, message: str
) -> None:
    (repo / name).write_text(content)
    code, out, err = run(capsys)
    assert code == 2 and out == ""
    assert err.startswith(f"outreach-lint: error: {repo / name}{message}")
    assert err.count("\n") == 1


def test_config_found_from_working_directory_upwards(repo, capsys, monkeypatch):
    (repo / ".outreach-lint.yaml").write_text("ignore: [OL3]\n")
    monkeypatch.chdir(repo / "t")
    _, out, _ = run(capsys, "note.md", "--extend-select", "OL301")
    assert "OL301" in out  # CLI extend-select beats the file's shorter ignore
    assert "OL301" not in run(capsys, "note.md")[1]


def test_pyproject_table(repo, capsys):
    (repo / "pyproject.toml").write_text('[tool.outreach-lint]\nselect = ["OL3"]\n')
    code, out, _ = run(capsys)
    assert code == 1 and out.count("\n") == 1 and "OL301" in out


def test_pyproject_errors_name_the_line(repo, capsys):
    (repo / "pyproject.toml").write_text(
        '[project]\nname = "x"\n\n[tool.outreach-lint]\nselct = ["OL3"]\n'
    )
    code, _, err = run(capsys)
    assert code == 2
    assert err == (
        f"outreach-lint: error: {repo / 'pyproject.toml'}:5: 'selct' is not a setting "
        "(did you mean 'select'?)\n"
    )


@pytest.mark.parametrize(
    "content",
    [
        '[tool."outreach-lint"]\nselect = ["OL3"]\n',
        '[ tool.outreach-lint ]\nselect = ["OL3"]\n',
        '[tool]\nouter = 1\noutreach-lint = {select = ["OL3"]}\n',
    ],
    ids=["quoted", "spaced", "inline-under-tool"],
)
def test_pyproject_table_however_it_is_written(repo, capsys, content):
    (repo / "pyproject.toml").write_text(content)
    code, out, _ = run(capsys)
    assert code == 1 and out.count("\n") == 1 and "OL301" in out


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (
            '[[tool.outreach-lint]]\nselect = ["OL3"]\n',
            ":1: [tool.outreach-lint] must be a table of settings, not an array of tables",
        ),
        (
            '[tool]\noutreach-lint = "OL3"\n',
            ":2: [tool.outreach-lint] must be a table of settings, not 'OL3'",
        ),
        (
            '[tool]\noutreach-lint = {select = ["OL3"], selct = 1}\n',
            ":2: 'selct' is not a setting (did you mean 'select'?)",
        ),
    ],
    ids=["array-of-tables", "not-a-table", "typo-in-inline-table"],
)
def test_pyproject_table_of_the_wrong_shape(repo, capsys, content, message):
    assert_config_error(repo, capsys, "pyproject.toml", content, message)


@pytest.mark.parametrize(
    "content",
    [
        '[project]\nname = "x"\n# see [tool.outreach-lint] in the docs; we use YAML\n',
        "[tool.outreach-lint-acme]\nclients = []\n",
    ],
    ids=["mentioned-in-a-comment", "a-plugin-table"],
)
def test_a_pyproject_without_the_table_is_passed_over(repo, capsys, monkeypatch, content):
    (repo / ".outreach-lint.yaml").write_text("select: [OL3]\n")
    (repo / "t" / "pyproject.toml").write_text(content)
    monkeypatch.chdir(repo / "t")
    code, out, err = run(capsys, "note.md")
    assert (code, err) == (1, "") and out.count("\n") == 1 and "OL301" in out


@pytest.mark.parametrize(
    ("content", "line"),
    [
        ('[tool]\nouter = 1\noutreach-lint = {select = ["OL9999"]}\n', 3),
        ('[tool]\noutreach-lint.select = ["OL9999"]\n', 2),
    ],
    ids=["inline-table", "dotted-key"],
)
def test_keys_under_tool_are_named_by_their_line(repo, capsys, content, line):
    assert_config_error(repo, capsys, "pyproject.toml", content, f":{line}: 'select' has 'OL9999'")


def test_a_toml_config_named_on_the_command_line(repo, capsys):
    (repo / "outreach-lint.toml").write_text('select = ["OL3"]\n')
    code, out, _ = run(capsys, "--config", "outreach-lint.toml")
    assert code == 1 and out.count("\n") == 1 and "OL301" in out
    (repo / "outreach-lint.toml").write_text('[rules.OL301]\nseverity = "bogus"\n')
    code, out, err = run(capsys, "--config", "outreach-lint.toml")
    assert (code, out) == (2, "")
    assert err.startswith("outreach-lint: error: outreach-lint.toml:2: 'rules.OL301.severity'")
    (repo / "pyproject.toml").write_text('[project]\nname = "x"\n')
    assert run(capsys, "--config", "pyproject.toml") == (
        2,
        "",
        "outreach-lint: error: pyproject.toml: has no [tool.outreach-lint] table\n",
    )


def test_explicit_config_and_isolated(repo, capsys):
    (repo / "other.yml").write_text("select: [OL3]\n")
    (repo / ".outreach-lint.yaml").write_text("select: [OL5]\n")
    assert run(capsys, "--config", "other.yml")[0] == 1
    assert run(capsys)[0] == 0
    assert run(capsys, "--isolated")[0] == 1


@pytest.mark.parametrize(
    ("content", "message"),
    [
        pytest.param(
            "selct: [OL1]\n",
            ":1: 'selct' is not a setting (did you mean 'select'?)",
            id="unknown-key",
        ),
        pytest.param(
            "select: OL1\nexclude: 5\n",
            ":2: 'exclude' must be a list of names, not 5",
            id="bad-list",
        ),
        pytest.param(
            "select: [OL1]\nignore: [ol3o1]\n",
            ":2: 'ignore' has 'ol3o1', which is not a rule code or prefix",
            id="bad-code",
        ),
        pytest.param(
            "dialects: [jinja]\nforce-exclude: yes\n",
            ":2: 'force-exclude' must be true or false, not 'yes'",
            id="bad-bool",
        ),
        pytest.param("select: [OL1\n", ":1: invalid YAML", id="invalid-yaml"),
        pytest.param("- a\n- b\n", ":1: the config must be a mapping", id="not-a-mapping"),
        pytest.param(
            "channels:\n  email:\n    bdy: 5\n",
            ":3: 'channels.email.bdy' is not a channel setting",
            id="channel-field",
        ),
        pytest.param(
            "placeholder-kinds:\n  profil: [x]\n",
            ":2: 'placeholder-kinds.profil' is not a placeholder kind",
            id="kind",
        ),
        pytest.param(
            "severity-threshold: fatal\n",
            ":1: 'severity-threshold' must be error, warning or info",
            id="severity",
        ),
        pytest.param(
            "select: [OL1]\nselect: [OL2]\n",
            ":2: 'select' is given twice (also on line 1)",
            id="key-twice",
        ),
        pytest.param(
            "rules:\n  OL704:\n    max-questions: 2\n    max-questions: 3\n",
            ":4: 'rules.OL704.max-questions' is given twice (also on line 3)",
            id="nested-key-twice",
        ),
        pytest.param(
            "channels:\n  linkedin_connection_note: {body: -1}\n",
            ":2: 'channels.linkedin_connection_note.body' must be at least 1, not -1",
            id="negative-limit",
        ),
        pytest.param(
            "channels:\n  email:\n    body: 1.5\n",
            ":3: 'channels.email.body' must be a whole number (or null for no limit), not 1.5",
            id="fraction-limit",
        ),
        pytest.param(
            "rules:\n  OL704:\n    max-questions: -1\n",
            ":3: 'rules.OL704.max-questions' must not be negative, not -1",
            id="negative-option",
        ),
        pytest.param("jobs: 0\n", ":1: 'jobs' must be at least 1, not 0", id="no-jobs"),
        pytest.param(
            "rules:\n  OL501:\n    placeholder-lengths: {name: abc}\n",
            ":3: 'rules.OL501.placeholder-lengths.name' must be a whole number, not 'abc'",
            id="mapping-value-type",
        ),
        pytest.param(
            "rules:\n  OL501:\n    placeholder-lengths:\n      nmae: 3\n",
            ":4: 'rules.OL501.placeholder-lengths.nmae' is not one of name, org, profile, job, "
            "sender, other (did you mean 'name'?)",
            id="mapping-key",
        ),
        pytest.param(
            "rules:\n  OL501:\n    placeholder-lengths:\n      name: -500\n",
            ":4: 'rules.OL501.placeholder-lengths.name' must not be negative, not -500",
            id="mapping-value-negative",
        ),
        pytest.param(
            "channels:\n  sms:\n    label: 5\n",
            ":3: 'channels.sms.label' must be text, not 5",
            id="label-not-text",
        ),
        pytest.param("jobs: -3\n", ":1: 'jobs' must be at least 1, not -3", id="negative-jobs"),
    ],
)
def test_config_errors_are_one_line_with_file_and_line(repo, capsys, content, message):
    assert_config_error(repo, capsys, ".outreach-lint.yaml", content, message)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        pytest.param("rules:\n  OL399: {}\n", ":2: 'rules.OL399' names no known rule", id="rule"),
        pytest.param(
            "rules:\n  OL501:\n    placeholder-length: {}\n",
            ":3: 'rules.OL501.placeholder-length' is not an option of OL501 "
            "(channel-limit-exceeded) (did you mean 'placeholder-lengths'?)",
            id="option",
        ),
        pytest.param(
            "select: [OL7]\nrules: {OL701: {max-grde: 10}}\n",
            ":2: 'rules.OL701.max-grde' is not an option of OL701 (reading-level-too-high) "
            "(did you mean 'max-grade'?); options: severity, max-grade, min-words",
            id="option-in-flow-mapping",
        ),
        pytest.param(
            "rules:\n  OL701: {max-grade: high}\n",
            ":2: 'rules.OL701.max-grade' must be a number, not 'high'",
            id="value",
        ),
        pytest.param(
            "rules:\n  OL403:\n    markers: 5\n",
            ":3: 'rules.OL403.markers' must be a list, not 5",
            id="type",
        ),
        pytest.param(
            "rules:\n  OL403:\n    markers: [1, 2]\n",
            ":3: 'rules.OL403.markers' holds 1: each item must be text",
            id="list-item-type",
        ),
        pytest.param(
            "rules:\n  OL304:\n    disabled-phrases: [rockstar, 3]\n",
            ":3: 'rules.OL304.disabled-phrases' holds 3: each item must be text",
            id="list-item-type-empty-default",
        ),
        pytest.param(
            "rules:\n  OL304:\n    extra-phrases: ['re:(unclosed']\n",
            ":3: 'rules.OL304.extra-phrases' has a bad regular expression 're:(unclosed': "
            "missing ), unterminated subpattern",
            id="bad-regex",
        ),
        pytest.param(
            "rules:\n  OL304:\n    extra-phrases: ['re:a*']\n",
            ":3: 'rules.OL304.extra-phrases' has 're:a*', which matches empty text",
            id="regex-matching-nothing",
        ),
        pytest.param(
            "rules:\n  OL304:\n    extra-phrases: {professional network: 5}\n",
            ":3: 'rules.OL304.extra-phrases' maps 'professional network' to 5: what to write "
            "instead must be text",
            id="alternative-not-text",
        ),
        pytest.param(
            "rules:\n  OL304:\n    disabled-phrases: [rockstr]\n",
            ":3: 'rules.OL304.disabled-phrases' holds 'rockstr', which is not one of the "
            "built-in phrases (did you mean 'rockstar'?)",
            id="disabled-phrase-misspelt",
        ),
        pytest.param(
            "rules:\n  OL403:\n    severty: info\n",
            ":3: 'rules.OL403.severty' is not an option of OL403 (unfilled-fill-in) "
            "(did you mean 'severity'?)",
            id="severity-misspelt",
        ),
        pytest.param(
            "rules:\n  OL403:\n    severity: high\n",
            ":3: 'rules.OL403.severity' must be error, warning or info, not 'high'",
            id="severity",
        ),
        pytest.param(
            "ignore: [OL7]\ndialects: [jinja, handlebar]\n",
            ":2: 'dialects' has unknown dialect 'handlebar'",
            id="dialect",
        ),
        pytest.param(
            "select: [OL3, HOUSE]\n",
            ":1: 'select' has 'HOUSE', which is the code of no installed rule",
            id="select",
        ),
        pytest.param(
            "# report\nformat: jsn\n",
            ":2: 'format' names unknown format 'jsn' (did you mean 'json'?)",
            id="format",
        ),
        pytest.param(
            "default-channel: emial\n",
            ":1: 'default-channel' names the unknown channel 'emial' (did you mean 'email'?)",
            id="default-channel",
        ),
        pytest.param(
            "channels:\n  linkedin_conection_note: {body: 200}\n",
            ":2: 'channels.linkedin_conection_note' is not a known channel (did you mean "
            "'linkedin_connection_note'?): fix the name, or give the new channel a 'label'",
            id="channel-misspelt",
        ),
        pytest.param(
            "channels:\n  sms: {label: SMS}\n  smss: {body: 150}\n",
            ":3: 'channels.smss' is not a known channel (did you mean 'sms'?)",
            id="channel-close-to-a-new-one",
        ),
    ],
)
def test_errors_about_what_plugins_provide_name_the_line(repo, capsys, content, message):
    """Rule codes and options, dialects, channels and formats are checked once the plugins
    are loaded; the error still names the line of the key."""
    assert_config_error(repo, capsys, ".outreach-lint.yaml", content, message)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        pytest.param(
            '[project]\nname = "x"\n\n[tool.outreach-lint.rules]\nOL302 = {severity = "warning"}\n'
            "OL701 = {max-grde = 10}\n",
            ":6: 'rules.OL701.max-grde' is not an option of OL701",
            id="inline-table",
        ),
        pytest.param(
            "[tool.outreach-lint]\nselect = ['OL7']\n\n[tool.outreach-lint.rules.OL701]\n"
            "min-words = 20\nmax-grade = 'high'\n",
            ":6: 'rules.OL701.max-grade' must be a number, not 'high'",
            id="table",
        ),
        pytest.param(
            "[tool.outreach-lint]\nrules.OL701.max-grde = 10\n",
            ":2: 'rules.OL701.max-grde' is not an option of OL701",
            id="dotted-key",
        ),
        pytest.param(
            '[tool.outreach-lint]\nignore = ["OL7"]\ndialects = [\n  "jinja",\n  "liqid",\n]\n',
            ":3: 'dialects' has unknown dialect 'liqid'",
            id="dialect",
        ),
        pytest.param(
            "[tool.outreach-lint]\nignore = []\n"
            "[tool.outreach-lint.channels.linkedin_conection_note]\nbody = 200\n",
            ":3: 'channels.linkedin_conection_note' is not a known channel "
            "(did you mean 'linkedin_connection_note'?)",
            id="channel",
        ),
        pytest.param(
            '[tool.outreach-lint]\nignore = []\n\n[tool.ruff]\nselect = ["E"]\n\n'
            "[tool.outreach-lint.rules]\nOL799 = {}\n",
            ":8: 'rules.OL799' names no known rule",
            id="tables-in-between",
        ),
    ],
)
def test_pyproject_errors_name_the_line_of_nested_keys(repo, capsys, content, message):
    assert_config_error(repo, capsys, "pyproject.toml", content, message)


def test_a_flag_error_names_the_command_line_not_the_file(repo, capsys):
    (repo / ".outreach-lint.yaml").write_text("dialects: [jinja]\n")
    code, _, err = run(capsys, "--dialects", "jinja,liqid")
    assert code == 2
    assert err.startswith("outreach-lint: error: command line: 'dialects' has unknown dialect")


def test_a_tool_named_as_a_dialect_is_pointed_at_its_dialect(repo, capsys):
    code, _, err = run(capsys, "--dialects", "jinja,Handlebars")
    assert code == 2
    assert "unknown dialect 'Handlebars' (Handlebars placeholders are read by the 'jinja'" in err
    assert (
        "(teamtailor placeholders are read by the 'brace'"
        in run(capsys, "--dialects", "teamtailor")[2]
    )


def _builtin_plugins_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """Load outreach-lint's own plugin only, as where no other plugin is installed."""
    found = plugins.entry_points
    monkeypatch.setattr(
        plugins,
        "entry_points",
        lambda group: [e for e in found(group) if e.dist == "outreach-lint"],
    )


def test_a_percent_tool_named_as_a_dialect_is_told_which_of_its_placeholders_are_read(
    repo, capsys, monkeypatch
):
    _builtin_plugins_only(monkeypatch)
    err = run(capsys, "--dialects", "jinja,sfmc")[2]
    assert "(Salesforce Marketing Cloud's %%FirstName%% is read by the 'percent' dialect)" in err
    err = run(capsys, "--dialects", "bullhorn")[2]
    assert "(Bullhorn's %FIRSTNAME% is read by the 'percent' dialect)" in err
    # Salesforce's own merge fields are read by no built-in dialect: a plugin's
    err = run(capsys, "--dialects", "salesforce")[2]
    assert (
        "unknown dialect 'salesforce' (Salesforce Marketing Cloud's %%FirstName%% is read by the "
        "'percent' dialect; Salesforce merge fields like {!Contact.FirstName} need a dialect "
        "plugin (see 'outreach_lint_dialects' in docs/plugins.md))"
    ) in err
    assert "salesforce placeholders are read by" not in err


def test_extend_flags_add_to_the_files_lists(repo, capsys):
    (repo / ".outreach-lint.yaml").write_text("extend-ignore: [OL301]\nextend-exclude: [t/x.md]\n")
    (repo / "t" / "x.md").write_text((repo / "t" / "note.md").read_text())
    (repo / "t" / "y.md").write_text((repo / "t" / "note.md").read_text())
    before = run(capsys)[1]
    assert " OL406 " in before and "t/y.md" in before and " OL301 " not in before
    out = run(capsys, "--extend-ignore", "OL406", "--extend-exclude", "t/y.md")[1]
    assert " OL301 " not in out and " OL406 " not in out  # both ignores hold
    assert "t/x.md" not in out and "t/y.md" not in out  # both excludes hold
    assert "t/note.md" in out


@pytest.mark.parametrize("written", ["./t/old", "t/old/", "{root}/t/old", "./t/old/"])
def test_an_exclude_may_be_written_as_a_path_from_here(repo, capsys, written):
    (repo / "t" / "old").mkdir()
    (repo / "t" / "old" / "x.md").write_text(NOTE)
    (repo / "u" / "t" / "old").mkdir(parents=True)
    (repo / "u" / "t" / "old" / "y.md").write_text(NOTE)
    out = run(capsys, "--extend-exclude", written.format(root=repo), ".")[1]
    assert "t/old/x.md" not in out and "t/note.md" in out
    assert "u/t/old/y.md" in out  # anchored at the root, not any folder named so


def test_a_glob_with_a_space_is_one_glob(repo, capsys):
    (repo / "Old Templates").mkdir()
    (repo / "Old Templates" / "x.md").write_text(NOTE)
    assert "Old Templates/x.md" in run(capsys, ".")[1]
    assert "Old Templates" not in run(capsys, "--extend-exclude", "Old Templates,nothing", ".")[1]


def test_verbose_names_the_config_in_use(repo, capsys):
    (repo / "pyproject.toml").write_text("[tool.outreach-lint]\nselect = ['OL3']\n")
    assert "outreach-lint: config: " + str(repo / "pyproject.toml") in run(capsys, "-v")[2]
    (repo / ".outreach-lint.yaml").write_text("select: [OL3]\n")
    assert "config: " + str(repo / ".outreach-lint.yaml") in run(capsys, "-v")[2]
    assert "config: none (--isolated)" in run(capsys, "-v", "--isolated")[2]
    assert "config:" not in run(capsys)[2]


def test_no_dialects_is_an_error(repo, capsys):
    (repo / ".outreach-lint.yaml").write_text("dialects: []\n")
    code, _, err = run(capsys)
    assert code == 2 and ":1: 'dialects' is empty: name the placeholder styles" in err


@pytest.mark.parametrize("given", [("--select", ""), ("--select", ","), ("--select", " , ")])
def test_an_empty_select_on_the_command_line_is_an_error(repo, capsys, given):
    # (``--select "$RULES"`` with the variable unset: no rule would run and every template pass)
    code, out, err = run(capsys, *given)
    assert (code, out) == (2, "")
    assert "'select' is empty, so no rule would run" in err


def test_an_empty_select_in_the_config_is_an_error_unless_extend_select_adds_some(repo, capsys):
    (repo / ".outreach-lint.yaml").write_text("select: []\n")
    code, _, err = run(capsys)
    assert code == 2 and ".outreach-lint.yaml:1: 'select' is empty, so no rule would run" in err
    (repo / ".outreach-lint.yaml").write_text("select: []\nextend-select: [OL3]\n")
    code, out, _ = run(capsys)
    assert code == 1 and {line.split()[1] for line in out.splitlines()} == {"OL301"}


def test_channel_limits_are_configurable(repo, capsys):
    body = "x" * 250
    (repo / "t" / "note.md").write_text(f"---\nchannel: linkedin_connection_note\n---\n{body}\n")
    assert run(capsys, "--select", "OL501")[0] == 0
    (repo / ".outreach-lint.yaml").write_text(
        "channels:\n  linkedin_connection_note: {body: 200}\n"
    )
    code, out, _ = run(capsys, "--select", "OL501")
    assert code == 1 and out.startswith("t/note.md:4:201: OL501")
    assert "note is 250 characters long" in out and "limit of 200" in out


def test_new_channel_from_config(repo, capsys):
    (repo / "t" / "note.md").write_text("---\nchannel: sms\n---\n" + "y" * 170 + "\n")
    (repo / ".outreach-lint.yaml").write_text("channels:\n  sms: {label: SMS, body: 160}\n")
    code, out, _ = run(capsys, "--select", "OL501,OL902")
    assert code == 1 and out.startswith("t/note.md:4:161: OL501 this SMS is 170 characters long")


@pytest.mark.parametrize(
    "channels",
    [
        pytest.param(
            "linkedin_group_message: {label: LinkedIn group message, body: 160}", id="label"
        ),
        pytest.param("whatsapp: {body: 160}", id="name-close-to-no-channel"),
    ],
)
def test_a_new_channel_needs_a_label_only_when_its_name_is_close_to_a_known_one(
    repo, capsys, channels
):
    name = channels.split(":")[0]
    (repo / "t" / "note.md").write_text(f"---\nchannel: {name}\n---\n" + "y" * 170 + "\n")
    (repo / ".outreach-lint.yaml").write_text(f"channels:\n  {channels}\n")
    code, out, _ = run(capsys, "--select", "OL501,OL902")
    assert code == 1 and out.startswith("t/note.md:4:161: OL501")


def test_a_plugin_channel_close_to_a_built_in_one_takes_limits_without_a_label(repo, capsys):
    (repo / "extras.py").write_text(
        "from outreach_lint import Channel, hookimpl\n\n"
        "@hookimpl\ndef outreach_lint_channels():\n"
        "    return [Channel('linkedin_group_message', 'LinkedIn group message', body_limit=300)]\n"
    )
    (repo / "t" / "note.md").write_text(
        "---\nchannel: linkedin_group_message\n---\n" + "y" * 170 + "\n"
    )
    (repo / ".outreach-lint.yaml").write_text(
        "plugins: [extras.py]\nchannels:\n  linkedin_group_message: {body: 160}\n"
    )
    code, out, _ = run(capsys, "--select", "OL501,OL902")
    assert code == 1 and out.startswith("t/note.md:4:161: OL501 this LinkedIn group message")


def test_known_placeholders(repo, capsys):
    (repo / "t" / "note.md").write_text("Hi {{ first_name }} from {{ sender }}\n")
    assert run(capsys, "--select", "OL401")[0] == 0
    (repo / ".outreach-lint.yaml").write_text("known-placeholders: [first_name]\n")
    _, out, _ = run(capsys, "--select", "OL401")
    assert out == (
        "t/note.md:1:26: OL401 placeholder {{ sender }} is not declared in "
        "the config's 'known-placeholders' "
        "(the fields your sending tool fills in): add it there, or fix the name; otherwise it "
        "may be sent blank\n"
    )


def test_default_channel(repo, capsys):
    (repo / "t" / "note.md").write_text("z" * 310 + "\n")
    assert run(capsys, "--select", "OL501")[0] == 0
    (repo / ".outreach-lint.yaml").write_text("default-channel: linkedin_connection_note\n")
    assert run(capsys, "--select", "OL501")[0] == 1


def test_placeholder_kinds_extend_the_taxonomy(repo, capsys):
    (repo / "t" / "note.md").write_text("Hello, a note about {{ opener }}.\n")
    assert "OL101" in run(capsys, "--select", "OL101")[1]
    (repo / ".outreach-lint.yaml").write_text("placeholder-kinds:\n  profile: [opener]\n")
    assert run(capsys, "--select", "OL101")[0] == 0


@pytest.mark.parametrize("glob", ["t/*.md", "./t/*.md", "t/", "./t/", "note.md"])
def test_per_file_ignores_in_config(repo, capsys, glob):
    assert "OL301" in run(capsys)[1]
    (repo / ".outreach-lint.yaml").write_text(f"per-file-ignores:\n  '{glob}': [OL301]\n")
    assert "OL301" not in run(capsys)[1]


@pytest.mark.parametrize(
    ("content", "args", "fires"),
    [
        ("select: [ol3]\n", [], True),
        ("select: [OL3]\nignore: [ol301]\n", [], False),
        ("select: [OL3]\nextend-ignore: [ol3]\n", [], False),
        ("select: [OL3]\nper-file-ignores: {'t/*': [ol301]}\n", [], False),
        ("select: [OL7]\n", ["--select", "ol3"], True),
        ("select: [OL7]\nextend-select: [ol301]\n", [], True),
    ],
    ids=["select", "ignore", "extend-ignore", "per-file-ignores", "flag", "extend-select"],
)
def test_codes_may_be_written_in_any_case(repo, capsys, content, args, fires):
    (repo / ".outreach-lint.yaml").write_text(content)
    code, out, err = run(capsys, *args, "t/note.md")
    assert err == ""
    assert (code, "OL301" in out) == ((1, True) if fires else (0, False))


@pytest.mark.parametrize(
    ("word", "choices", "meant"),
    [
        ("max-grde", ["severity", "max-grade", "min-words"], "max-grade"),
        ("extend-selct", list(KEYS), "extend-select"),
        ("per-flie", list(KEYS), "per-file-ignores"),  # a word left out, one misspelt
        ("selcet", list(KEYS), "select"),
        (
            "outreach_lint_rule",
            ["outreach_lint_options", "outreach_lint_rules"],
            "outreach_lint_rules",
        ),
        ("OL3O1", ["OL301", "OL302"], "OL301"),
        ("nothing-like-it", ["select", "ignore"], None),
    ],
)
def test_did_you_mean(word, choices, meant):
    assert did_you_mean(word, choices) == (f" (did you mean {meant!r}?)" if meant else "")


def test_rule_options_may_name_a_code_in_any_case(repo, capsys):
    (repo / ".outreach-lint.yaml").write_text(
        "select: [OL3]\nrules: {ol301: {severity: info}}\nseverity-threshold: warning\n"
    )
    code, out, err = run(capsys, "t/note.md")
    assert (code, err) == (0, "") and "OL301" in out  # reported, but as info
    (repo / ".outreach-lint.yaml").write_text("rules:\n  ol399: {}\n")
    code, out, err = run(capsys)
    assert err.startswith(  # at the line of the code as written
        f"outreach-lint: error: {repo / '.outreach-lint.yaml'}:2: 'rules.OL399' names no known rule"
    )
    (repo / ".outreach-lint.yaml").write_text("rules:\n  OL701: {}\n  ol701: {}\n")
    code, out, err = run(capsys)
    assert err == (
        f"outreach-lint: error: {repo / '.outreach-lint.yaml'}:3: 'rules.ol701' is OL701 again "
        "(codes may be in any case): give it once\n"
    )


@pytest.mark.parametrize(
    "content",
    [
        "# settings\nselect: [OL1]  # personalisation\n\n# files\nexclude: ['drafts/']\n",
        "dialects: [jinja, brace]\nselect: [OL1, OL2]  # comment\nextend-exclude: ['drafts/']\n",
        'default-channel: "email"\nseverity-threshold: warning\nmax-findings:\n',
        "select: [OL1]\nrules:\n  OL701:\n    max-grade: 10\n",  # nested: the YAML library
    ],
)
def test_flat_configs_read_as_the_yaml_library_reads_them(tmp_path, monkeypatch, content):
    from outreach_lint import config_file

    path = tmp_path / ".outreach-lint.yaml"
    path.write_text(content)
    fast = config_file.read_config(str(path))
    assert fast.values  # not an empty config: both readers really read it
    monkeypatch.setattr(config_file, "compose_flat", lambda text: None)
    assert config_file.read_config(str(path)) == fast


def test_a_config_of_comments_only_sets_nothing(repo, capsys):
    (repo / ".outreach-lint.yaml").write_text("# settings come later\n\n#select: [OL1]\n")
    code, out, err = run(capsys, "t")
    assert code == 1 and err == ""  # the default rules' findings, no config error
    assert out == run(capsys, "t", "--isolated")[1]


def test_a_path_glob_on_the_command_line_is_relative_to_the_working_folder(
    repo, capsys, monkeypatch
):
    (repo / ".outreach-lint.yaml").write_text("select: [OL3]\n")
    (repo / "t" / "weird").mkdir()
    (repo / "t" / "weird" / "d.md").write_text(NOTE)
    monkeypatch.chdir(repo / "t")
    assert "weird/d.md" in run(capsys, ".")[1]
    for glob in ("./weird", "weird/", "./weird/d.md"):
        out = run(capsys, "--extend-exclude", glob, ".")[1]
        assert "weird/d.md" not in out and "note.md" in out, glob


def test_excludes_and_per_file_ignores_hold_through_a_linked_working_folder(
    repo, capsys, monkeypatch
):
    """$PWD may name the working folder through a symbolic link (macOS's /tmp)."""
    (repo / ".outreach-lint.yaml").write_text(
        "extend-exclude: [t/drafts]\nper-file-ignores: {'t/legacy/*': [OL3]}\n"
    )
    for folder in ("drafts", "legacy"):
        (repo / "t" / folder).mkdir()
        (repo / "t" / folder / "a.md").write_text(NOTE)
    link = repo.parent / f"{repo.name}-link"
    link.symlink_to(repo, target_is_directory=True)
    monkeypatch.chdir(link)
    out = run(capsys, str(link / "t"))[1]
    assert "drafts/a.md" not in out
    assert "legacy/a.md" in out and "legacy/a.md:4:22: OL301" not in out
    assert "note.md:4:22: OL301" in out


def test_a_mapping_option_keeps_the_default_keys_it_does_not_name():
    # a plugin's rule reading options["weights"]["b"] must not fail when the config sets "a"
    weights = Option({"a": 1, "b": 2}, "weights", (dict,), values=(int,))
    rule = Rule("EXT101", "ext", "docs", lambda ctx: iter(()), options={"weights": weights})
    config = Config(rules={"EXT101": {"weights": {"a": 5}, "severity": "info"}})
    assert rule_options(config, {"EXT101": rule}) == {"EXT101": {"weights": {"a": 5, "b": 2}}}


@pytest.mark.parametrize("table", ["outreach_lint", "outreachlint", "Outreach-Linter"])
def test_a_misnamed_pyproject_table_is_an_error_not_the_defaults(repo, capsys, table):
    """Every setting in it would go unread, and the run would pass on the defaults."""
    (repo / "pyproject.toml").write_text(f'[project]\nname = "x"\n\n[tool.{table}]\nselect = []\n')
    code, out, err = run(capsys, "t")
    assert (code, out) == (2, "")
    assert err == (
        f"outreach-lint: error: {repo / 'pyproject.toml'}:4: [tool.{table}] is not read: "
        "outreach-lint's table is [tool.outreach-lint]\n"
    )


def test_a_pyproject_of_another_tool_alone_is_fine(repo, capsys):
    (repo / "pyproject.toml").write_text("[tool.ruff]\nline-length = 100\n# outreach notes\n")
    assert run(capsys, "t", "--select", "OL301")[0] == 1


def test_isolated_and_config_together_are_an_error(repo, capsys):
    (repo / "c.yaml").write_text("select: [OL3]\n")
    assert run(capsys, "t", "--isolated", "--config", "c.yaml") == (
        2,
        "",
        "outreach-lint: error: --isolated ignores every config file: give --config or "
        "--isolated, not both\n",
    )


def test_an_unknown_code_under_ignore_is_a_warning(repo, capsys):
    (repo / ".outreach-lint.yaml").write_text(
        "select: [OL301]\nignore: [OL340]\nper-file-ignores:\n  '*.md': [OL999, OL3]\n"
    )
    code, out, err = run(capsys, "t")
    assert (code, out) == (0, "")  # OL3 still ignores OL301 in *.md
    config = repo / ".outreach-lint.yaml"
    assert err.splitlines() == [
        f"outreach-lint: warning: {config}:2: 'ignore' has 'OL340', which is the code of no "
        "installed rule (did you mean 'OL304'?): it ignores nothing",
        f"outreach-lint: warning: {config}:3: 'per-file-ignores' has 'OL999', which is the code "
        "of no installed rule: it ignores nothing",  # OL903 would be a guess, not a typo
    ]
    assert run(capsys, "t", "-qq") == (0, "", "")
    code, _, err = run(capsys, "t", "--extend-ignore", "XYZ1")
    assert "warning: command line: 'extend-ignore' has 'XYZ1'" in err


def test_a_misnamed_table_beside_the_right_one_is_an_error(repo, capsys):
    (repo / "pyproject.toml").write_text(
        '[tool.outreach-lint]\nselect = ["OL3"]\n\n[tool.outreach_lint]\nselect = ["OL304"]\n'
    )
    code, out, err = run(capsys, "t")
    assert (code, out) == (2, "")
    assert err == (
        f"outreach-lint: error: {repo / 'pyproject.toml'}:4: [tool.outreach_lint] is not read: "
        "outreach-lint's table is [tool.outreach-lint]\n"
    )


def test_a_misnamed_table_in_a_pyproject_that_names_outreach_lint_elsewhere(repo, capsys):
    (repo / "pyproject.toml").write_text(
        '[project]\nname = "outreach-lint-templates"\n\n[tool.outreach_lint]\nselect = []\n'
    )
    code, _, err = run(capsys, "t")
    assert code == 2 and "[tool.outreach_lint] is not read" in err


def test_the_readme_names_every_config_key():
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text()
    missing = [k for k in KEYS if f"`{k}`" not in readme and f"\n{k}:" not in readme]
    assert missing == []


def test_a_config_survives_pickling_for_workers_started_afresh(repo):
    """Where processes cannot fork (Windows), each worker is sent the config: its read-only
    mappings (the defaults) and those a file set arrive with the same contents."""
    import pickle

    from outreach_lint.cli import load_setup

    (repo / ".outreach-lint.yaml").write_text(
        "rules:\n  OL603:\n    min-words: 4\nchannels:\n  email:\n    recommended-words: 90\n"
    )
    config, _registry = load_setup(None, False, {}, False)
    assert config.rules == {"OL603": {"min-words": 4}}
    for given in (config, Config()):
        copy = pickle.loads(pickle.dumps(given))
        assert copy == given and type(copy) is Config
        assert dict(copy.channels) == dict(given.channels)
