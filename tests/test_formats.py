"""Exact output of every built-in CI format, and the fingerprints they carry."""

from __future__ import annotations

import importlib
import json
from pathlib import Path
from typing import Any

import pytest
from junitparser import Failure, JUnitXml

from outreach_lint.builtin.formatters import (
    BUILTIN_FORMATTERS,
    azure,
    github,
    gitlab,
    junit,
    pylint,
    sarif,
)
from outreach_lint.builtin.formatters import json as json_format
from outreach_lint.fingerprint import fingerprint, fingerprints
from outreach_lint.model import Finding, Formatter, ReportContext, Rule, Severity
from outreach_lint.report import write_report

jsonschema = importlib.import_module("jsonschema")

SCHEMA = Path(__file__).parent / "fixtures" / "sarif-schema-2.1.0.json"

WARN = Severity.WARNING
PHRASE = 'Phrase "fast-paced team" appears in 4 templates'
FALLBACK = "{{first_name}} has no fallback: 100% of sends, empty names\nfix it\rnow"
SUBJECT = "Subject is 92 characters; the inbox shows about 60 [draft]"

FINDINGS = [
    Finding(
        "templates/follow up.md", 1, 1, 1, 1, "OL205", SUBJECT, Severity.INFO,
        "long-subject", "acme-pack", None, "",
    ),
    Finding(
        "templates/intro.md", 3, 5, 3, 20, "OL301", PHRASE, WARN,
        "same-industry-phrasing", "outreach-lint", "intro", "fast-paced  team",
    ),
    Finding(
        "templates/intro.md", 7, 1, 8, 10, "OL101", FALLBACK, Severity.ERROR,
        "missing-fallback", "outreach-lint", "intro", "{{first_name}}",
    ),
    Finding(
        "templates/intro.md", 12, 9, 12, 24, "OL301", PHRASE, WARN,
        "same-industry-phrasing", "outreach-lint", "intro", "fast-paced\nteam",
    ),
]  # fmt: skip

FP_SUBJECT = "68fdf18e4a50a08092fb949a0d45f094"
FP_FALLBACK = "a7b98428c132ed2d2c6b4e7c5724b9f1"
FP_PHRASE = "5a4755ae98da4492c147d19b63d7206d"


def _rule(code: str, name: str, summary: str, severity: Severity, plugin: str) -> Rule:
    docs = f"## What it does\n\n{summary}\n\n## Why is this bad?\n\nIt reads as a form letter."
    return Rule(code, name, docs, lambda ctx: (), severity=severity, plugin=plugin)


RULES = {
    r.code: r
    for r in (
        _rule("OL301", "same-industry-phrasing", "Flags stock phrases.", WARN, "outreach-lint"),
        _rule("OL101", "missing-fallback", "Flags placeholders with no fallback.",
              Severity.ERROR, "outreach-lint"),
        _rule("OL205", "long-subject", "Flags long subjects.", Severity.INFO, "acme-pack"),
    )
}  # fmt: skip

CONTEXT = ReportContext(
    rules=RULES,
    sources={},
    files=("templates/intro.md", "templates/clean.md", "templates/follow up.md"),
    version="1.4.0",
)


# --- registration ---------------------------------------------------------------------------


def test_builtin_formatters_are_registered_default_first() -> None:
    names = [f.name for f in BUILTIN_FORMATTERS]
    assert names[0] == "default"
    assert sorted(names[1:]) == names[1:]
    assert {"pylint", "json", "sarif", "github", "gitlab", "junit", "azure"} <= set(names)


@pytest.mark.parametrize("formatter", BUILTIN_FORMATTERS, ids=lambda f: f.name)
def test_every_format_renders_findings_and_an_empty_run(formatter: Formatter) -> None:
    assert formatter.render(FINDINGS, CONTEXT)
    assert isinstance(formatter.render([], CONTEXT), str)


@pytest.mark.parametrize(
    "context",
    [
        CONTEXT,
        CONTEXT._replace(color=True),
        CONTEXT._replace(show_source=True, sources={"templates/intro.md": "a\n" * 12}),
    ],
    ids=["plain", "color", "source"],
)
@pytest.mark.parametrize(
    "formatter", [f for f in BUILTIN_FORMATTERS if f.lines is not None], ids=lambda f: f.name
)
def test_lines_join_to_the_rendered_report(formatter: Formatter, context: ReportContext) -> None:
    assert formatter.lines is not None
    assert "".join(formatter.lines(FINDINGS, context)) == formatter.render(FINDINGS, context)


@pytest.mark.parametrize("name", ["default", "json"])
def test_a_large_report_is_written_whole(name: str, tmp_path: Path) -> None:
    """The default format is written a few thousand lines at a time; the file is the same as
    the rendered report (with a character beyond Latin-1 in it, which widens a string)."""
    formatter = next(f for f in BUILTIN_FORMATTERS if f.name == name)
    many = [f._replace(line=i, message=f.message + " …") for i in range(3_000) for f in FINDINGS]
    out = tmp_path / "report.txt"
    write_report(formatter, many, CONTEXT, str(out))
    assert out.read_bytes().decode("utf-8") == formatter.render(many, CONTEXT)


# --- fingerprints ---------------------------------------------------------------------------


def test_fingerprint_is_the_documented_hash() -> None:
    assert fingerprint(FINDINGS[0]) == FP_SUBJECT
    assert fingerprint(FINDINGS[1]) == FP_PHRASE
    assert fingerprint(FINDINGS[2]) == FP_FALLBACK


def test_fingerprint_ignores_the_position() -> None:
    f = FINDINGS[1]
    moved = f._replace(line=40, end_line=40, column=1, end_column=16)
    assert fingerprint(moved) == fingerprint(f)


def test_fingerprint_ignores_white_space_in_the_snippet_and_path_separators() -> None:
    f = FINDINGS[1]
    assert fingerprint(f._replace(snippet=" fast-paced\n\tteam ")) == FP_PHRASE
    assert fingerprint(f._replace(path="templates\\intro.md")) == FP_PHRASE


@pytest.mark.parametrize(
    "change",
    [
        {"snippet": "rockstar"},
        {"code": "OL999"},
        {"template": "intro-v2"},
        {"template": None},
        {"path": "templates/other.md"},
    ],
)
def test_fingerprint_differs_for_a_different_finding(change: dict[str, Any]) -> None:
    assert fingerprint(FINDINGS[1]._replace(**change)) != FP_PHRASE


def test_fingerprints_number_identical_findings() -> None:
    assert fingerprints(FINDINGS) == [FP_SUBJECT, FP_PHRASE, FP_FALLBACK, FP_PHRASE + ":2"]


def test_fingerprints_survive_lines_inserted_above() -> None:
    shifted = [f._replace(line=f.line + 3, end_line=f.end_line + 3) for f in FINDINGS]
    assert fingerprints(shifted) == fingerprints(FINDINGS)


def test_fingerprints_number_by_position_not_by_input_order() -> None:
    assert fingerprints(FINDINGS[::-1]) == [FP_PHRASE + ":2", FP_FALLBACK, FP_PHRASE, FP_SUBJECT]


def test_fingerprints_of_three_identical_findings() -> None:
    f = FINDINGS[1]
    same = [f, f._replace(line=5, end_line=5), f._replace(line=9, end_line=9)]
    assert fingerprints(same) == [FP_PHRASE, FP_PHRASE + ":2", FP_PHRASE + ":3"]


# --- pylint ---------------------------------------------------------------------------------


def test_pylint_exact_output() -> None:
    assert pylint.render(FINDINGS, CONTEXT) == (
        "templates/follow up.md:1: [OL205] Subject is 92 characters; the inbox shows about 60"
        " [draft]\n"
        'templates/intro.md:3: [OL301] Phrase "fast-paced team" appears in 4 templates\n'
        "templates/intro.md:7: [OL101] {{first_name}} has no fallback: 100% of sends, empty"
        " names fix it now\n"
        'templates/intro.md:12: [OL301] Phrase "fast-paced team" appears in 4 templates\n'
    )
    assert pylint.render([], CONTEXT) == ""


# --- json -----------------------------------------------------------------------------------

JSON_EXPECTED = """\
[
  {
    "code": "OL205",
    "column": 1,
    "end_column": 1,
    "end_line": 1,
    "fingerprint": "68fdf18e4a50a08092fb949a0d45f094",
    "line": 1,
    "message": "Subject is 92 characters; the inbox shows about 60 [draft]",
    "path": "templates/follow up.md",
    "plugin": "acme-pack",
    "rule": "long-subject",
    "severity": "info",
    "template": null
  },
  {
    "code": "OL301",
    "column": 5,
    "end_column": 20,
    "end_line": 3,
    "fingerprint": "5a4755ae98da4492c147d19b63d7206d",
    "line": 3,
    "message": "Phrase \\"fast-paced team\\" appears in 4 templates",
    "path": "templates/intro.md",
    "plugin": "outreach-lint",
    "rule": "same-industry-phrasing",
    "severity": "warning",
    "template": "intro"
  },
  {
    "code": "OL101",
    "column": 1,
    "end_column": 10,
    "end_line": 8,
    "fingerprint": "a7b98428c132ed2d2c6b4e7c5724b9f1",
    "line": 7,
    "message": "{{first_name}} has no fallback: 100% of sends, empty names\\nfix it\\rnow",
    "path": "templates/intro.md",
    "plugin": "outreach-lint",
    "rule": "missing-fallback",
    "severity": "error",
    "template": "intro"
  },
  {
    "code": "OL301",
    "column": 9,
    "end_column": 24,
    "end_line": 12,
    "fingerprint": "5a4755ae98da4492c147d19b63d7206d:2",
    "line": 12,
    "message": "Phrase \\"fast-paced team\\" appears in 4 templates",
    "path": "templates/intro.md",
    "plugin": "outreach-lint",
    "rule": "same-industry-phrasing",
    "severity": "warning",
    "template": "intro"
  }
]
"""


def test_json_exact_output() -> None:
    assert json_format.render(FINDINGS, CONTEXT) == JSON_EXPECTED
    assert json_format.render([], CONTEXT) == "[]\n"


def test_json_round_trips_the_message() -> None:
    data = json.loads(json_format.render(FINDINGS, CONTEXT))
    assert data[2]["message"] == FALLBACK


# --- sarif ----------------------------------------------------------------------------------


def _sarif() -> dict[str, object]:
    text = sarif.render(FINDINGS, CONTEXT)
    assert text.endswith("}\n")
    data: dict[str, object] = json.loads(text)
    return data


def test_sarif_validates_against_the_official_schema() -> None:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    validator = jsonschema.Draft4Validator(schema)
    validator.validate(_sarif())
    validator.validate(json.loads(sarif.render([], CONTEXT)))


def test_sarif_log_and_driver() -> None:
    log = json.loads(sarif.render(FINDINGS, CONTEXT))
    assert log["version"] == "2.1.0"
    assert log["$schema"] == sarif.SCHEMA_URI
    assert len(log["runs"]) == 1
    run = log["runs"][0]
    assert run["columnKind"] == "unicodeCodePoints"
    driver = run["tool"]["driver"]
    assert driver["name"] == "outreach-lint"
    assert driver["version"] == "1.4.0"
    assert driver["informationUri"].startswith("https://")
    assert [r["id"] for r in driver["rules"]] == ["OL101", "OL205", "OL301"]
    assert driver["rules"][2] == {
        "id": "OL301",
        "name": "same-industry-phrasing",
        "shortDescription": {"text": RULES["OL301"].summary},
        "fullDescription": {
            "text": RULES["OL301"].docs,
            "markdown": RULES["OL301"].docs,
        },
        "help": {"text": RULES["OL301"].docs, "markdown": RULES["OL301"].docs},
        "defaultConfiguration": {"level": "warning"},
        "properties": {"plugin": "outreach-lint"},
    }
    assert [r["defaultConfiguration"]["level"] for r in driver["rules"]] == [
        "error",
        "note",
        "warning",
    ]
    assert driver["rules"][1]["properties"] == {"plugin": "acme-pack"}


def test_sarif_results() -> None:
    results = json.loads(sarif.render(FINDINGS, CONTEXT))["runs"][0]["results"]
    assert [(r["ruleId"], r["ruleIndex"], r["level"]) for r in results] == [
        ("OL205", 1, "note"),
        ("OL301", 2, "warning"),
        ("OL101", 0, "error"),
        ("OL301", 2, "warning"),
    ]
    assert results[2] == {
        "ruleId": "OL101",
        "ruleIndex": 0,
        "level": "error",
        "message": {"text": FALLBACK},
        "locations": [
            {
                "physicalLocation": {
                    "artifactLocation": {"uri": "templates/intro.md", "uriBaseId": "%SRCROOT%"},
                    "region": {"startLine": 7, "startColumn": 1, "endLine": 8, "endColumn": 10},
                }
            }
        ],
        "partialFingerprints": {"outreachLint/v1": "a7b98428c132ed2d2c6b4e7c5724b9f1"},
    }
    location = results[0]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert location == {"uri": "templates/follow%20up.md", "uriBaseId": "%SRCROOT%"}
    assert results[3]["partialFingerprints"] == {
        "outreachLint/v1": "5a4755ae98da4492c147d19b63d7206d:2"
    }


def test_sarif_lists_a_code_with_no_rule() -> None:
    unread = Finding("a.md", 1, 1, 1, 1, "OL901", "cannot read a.md", Severity.ERROR)
    log = json.loads(sarif.render([unread], CONTEXT))
    driver = log["runs"][0]["tool"]["driver"]
    assert driver["rules"][3] == {
        "id": "OL901",
        "defaultConfiguration": {"level": "error"},
        "properties": {"plugin": ""},
    }
    assert log["runs"][0]["results"][0]["ruleIndex"] == 3
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft4Validator(schema).validate(log)


def test_sarif_without_a_version_omits_it() -> None:
    log = json.loads(sarif.render([], CONTEXT._replace(version="")))
    assert "version" not in log["runs"][0]["tool"]["driver"]


@pytest.mark.parametrize(
    ("path", "location"),
    [
        ("./a b/c.md", {"uri": "a%20b/c.md", "uriBaseId": "%SRCROOT%"}),
        ("dir\\x#1.md", {"uri": "dir/x%231.md", "uriBaseId": "%SRCROOT%"}),
        ("a:b.md", {"uri": "a%3Ab.md", "uriBaseId": "%SRCROOT%"}),
        ("/srv/t/a.md", {"uri": "file:///srv/t/a.md"}),
        ("C:\\t\\a b.md", {"uri": "file:///C:/t/a%20b.md"}),
    ],
)
def test_sarif_artifact_locations(path: str, location: dict[str, str]) -> None:
    assert sarif.artifact_location(path) == location


@pytest.mark.parametrize(
    ("path", "uri"),
    [("m.md", "t/sub/m.md"), ("../a.md", "t/a.md"), ("./x/../../b c.md", "t/b%20c.md")],
)
def test_sarif_uris_from_a_subfolder_are_relative_to_the_root(path: str, uri: str) -> None:
    """Run from t/sub in the repository: GitHub names the files from the root."""
    assert sarif.artifact_location(path, "t/sub/") == {"uri": uri, "uriBaseId": "%SRCROOT%"}


# --- github ---------------------------------------------------------------------------------


def test_github_exact_output() -> None:
    assert github.render(FINDINGS, CONTEXT) == (
        "::notice file=templates/follow up.md,line=1,col=1,endLine=1,endColumn=1,"
        "title=OL205 long-subject::Subject is 92 characters; the inbox shows about 60 [draft]\n"
        "::warning file=templates/intro.md,line=3,col=5,endLine=3,endColumn=20,"
        'title=OL301 same-industry-phrasing::Phrase "fast-paced team" appears in 4 templates\n'
        "::error file=templates/intro.md,line=7,endLine=8,title=OL101 missing-fallback::"
        "{{first_name}} has no fallback: 100%25 of sends, empty names%0Afix it%0Dnow\n"
        "::warning file=templates/intro.md,line=12,col=9,endLine=12,endColumn=24,"
        'title=OL301 same-industry-phrasing::Phrase "fast-paced team" appears in 4 templates\n'
        "OL101 missing-fallback: 1 finding\n"
        "OL205 long-subject: 1 finding\n"
        "OL301 same-industry-phrasing: 2 findings\n"
        "Total: 4 findings in 2 files\n"
    )
    assert github.render([], CONTEXT) == ""


def test_github_escapes_message_path_and_title() -> None:
    odd = Finding(
        "dir:x/a,b%\r\n.md", 2, 3, 2, 4, "OL101", "50% off:\r\nnow, today", Severity.ERROR,
        "odd,name:x",
    )  # fmt: skip
    assert github.render([odd], CONTEXT) == (
        "::error file=dir%3Ax/a%2Cb%25%0D%0A.md,line=2,col=3,endLine=2,endColumn=4,"
        "title=OL101 odd%2Cname%3Ax::50%25 off:%0D%0Anow, today\n"
        "OL101 odd,name:x: 1 finding\n"
        "Total: 1 finding in 1 file\n"
    )


def test_github_escape_functions() -> None:
    assert github.escape_data("a%b:c,d\r\ne") == "a%25b:c,d%0D%0Ae"
    assert github.escape_property("a%b:c,d\r\ne") == "a%25b%3Ac%2Cd%0D%0Ae"
    assert github.escape_data("%0A") == "%250A"


def test_github_uses_forward_slashes() -> None:
    f = FINDINGS[1]._replace(path="templates\\intro.md")
    assert github.command(f).startswith("::warning file=templates/intro.md,line=3,")


# --- gitlab ---------------------------------------------------------------------------------

GITLAB_EXPECTED = """\
[
  {
    "check_name": "OL205",
    "description": "OL205 Subject is 92 characters; the inbox shows about 60 [draft]",
    "fingerprint": "68fdf18e4a50a08092fb949a0d45f094",
    "location": {
      "lines": {
        "begin": 1
      },
      "path": "templates/follow up.md"
    },
    "severity": "info"
  },
  {
    "check_name": "OL301",
    "description": "OL301 Phrase \\"fast-paced team\\" appears in 4 templates",
    "fingerprint": "5a4755ae98da4492c147d19b63d7206d",
    "location": {
      "lines": {
        "begin": 3
      },
      "path": "templates/intro.md"
    },
    "severity": "minor"
  },
  {
    "check_name": "OL101",
    "description": "OL101 {{first_name}} has no fallback: 100% of sends, empty \
names\\nfix it\\rnow",
    "fingerprint": "a7b98428c132ed2d2c6b4e7c5724b9f1",
    "location": {
      "lines": {
        "begin": 7
      },
      "path": "templates/intro.md"
    },
    "severity": "major"
  },
  {
    "check_name": "OL301",
    "description": "OL301 Phrase \\"fast-paced team\\" appears in 4 templates",
    "fingerprint": "5a4755ae98da4492c147d19b63d7206d:2",
    "location": {
      "lines": {
        "begin": 12
      },
      "path": "templates/intro.md"
    },
    "severity": "minor"
  }
]
"""


def test_gitlab_exact_output() -> None:
    assert gitlab.render(FINDINGS, CONTEXT) == GITLAB_EXPECTED
    assert gitlab.render([], CONTEXT) == "[]\n"


def test_gitlab_fingerprints_are_unique() -> None:
    data = json.loads(gitlab.render(FINDINGS, CONTEXT))
    assert len({issue["fingerprint"] for issue in data}) == len(FINDINGS)


# --- junit ----------------------------------------------------------------------------------

JUNIT_EXPECTED = """\
<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="outreach-lint" tests="5" failures="4">
  <testsuite name="templates/clean.md" tests="1" failures="0">
    <testcase name="outreach-lint" classname="templates/clean.md" />
  </testsuite>
  <testsuite name="templates/follow up.md" tests="1" failures="1">
    <testcase name="OL205 1:1" classname="templates/follow up.md">
      <failure message="Subject is 92 characters; the inbox shows about 60 [draft]" \
type="OL205">templates/follow up.md:1:1: OL205 Subject is 92 characters; the inbox shows \
about 60 [draft]</failure>
    </testcase>
  </testsuite>
  <testsuite name="templates/intro.md" tests="3" failures="3">
    <testcase name="OL301 3:5" classname="templates/intro.md">
      <failure message="Phrase &quot;fast-paced team&quot; appears in 4 templates" \
type="OL301">templates/intro.md:3:5: OL301 Phrase "fast-paced team" appears in 4 \
templates</failure>
    </testcase>
    <testcase name="OL101 7:1" classname="templates/intro.md">
      <failure message="{{first_name}} has no fallback: 100% of sends, empty \
names&#10;fix it&#13;now" type="OL101">templates/intro.md:7:1: OL101 {{first_name}} has no \
fallback: 100% of sends, empty names
fix it\rnow</failure>
    </testcase>
    <testcase name="OL301 12:9" classname="templates/intro.md">
      <failure message="Phrase &quot;fast-paced team&quot; appears in 4 templates" \
type="OL301">templates/intro.md:12:9: OL301 Phrase "fast-paced team" appears in 4 \
templates</failure>
    </testcase>
  </testsuite>
</testsuites>
"""


def test_junit_exact_output() -> None:
    assert junit.render(FINDINGS, CONTEXT) == JUNIT_EXPECTED


def test_junit_parses_into_suites_cases_and_failures(tmp_path: Path) -> None:
    report = tmp_path / "report.xml"
    report.write_bytes(junit.render(FINDINGS, CONTEXT).encode("utf-8"))
    xml = JUnitXml.fromfile(str(report))
    suites = {suite.name: suite for suite in xml}
    assert list(suites) == ["templates/clean.md", "templates/follow up.md", "templates/intro.md"]

    clean = list(suites["templates/clean.md"])
    assert [(c.name, c.classname, c.is_passed) for c in clean] == [
        ("outreach-lint", "templates/clean.md", True)
    ]

    intro = suites["templates/intro.md"]
    assert (intro.tests, intro.failures) == (3, 3)
    cases = list(intro)
    assert [c.name for c in cases] == ["OL301 3:5", "OL101 7:1", "OL301 12:9"]
    assert all(c.classname == "templates/intro.md" and not c.is_passed for c in cases)
    failure = cases[1].result[0]
    assert isinstance(failure, Failure)
    assert failure.type == "OL101"
    assert failure.message == FALLBACK


def test_junit_with_no_findings_passes_every_file() -> None:
    xml = JUnitXml.fromstring(junit.render([], CONTEXT).encode("utf-8"))
    cases = [(case.classname, case.name, case.is_passed) for suite in xml for case in suite]
    assert cases == [
        ("templates/clean.md", "outreach-lint", True),
        ("templates/follow up.md", "outreach-lint", True),
        ("templates/intro.md", "outreach-lint", True),
    ]


def test_junit_replaces_characters_xml_cannot_hold() -> None:
    f = FINDINGS[0]._replace(message="bell\x07 here")
    xml = JUnitXml.fromstring(junit.render([f], CONTEXT).encode("utf-8"))
    case = next(case for suite in xml for case in suite if not case.is_passed)
    assert case.result[0].message == "bell\ufffd here"


# --- azure ----------------------------------------------------------------------------------


def test_azure_exact_output() -> None:
    assert azure.render(FINDINGS, CONTEXT) == (
        "##vso[task.logissue type=warning;sourcepath=templates/follow up.md;linenumber=1;"
        "columnnumber=1;code=OL205;]Subject is 92 characters; the inbox shows about 60 [draft]\n"
        "##vso[task.logissue type=warning;sourcepath=templates/intro.md;linenumber=3;"
        'columnnumber=5;code=OL301;]Phrase "fast-paced team" appears in 4 templates\n'
        "##vso[task.logissue type=error;sourcepath=templates/intro.md;linenumber=7;"
        "columnnumber=1;code=OL101;]{{first_name}} has no fallback: 100%AZP25 of sends, empty"
        " names%0Afix it%0Dnow\n"
        "##vso[task.logissue type=warning;sourcepath=templates/intro.md;linenumber=12;"
        'columnnumber=9;code=OL301;]Phrase "fast-paced team" appears in 4 templates\n'
    )
    assert azure.render([], CONTEXT) == ""


def test_azure_escapes_properties() -> None:
    odd = FINDINGS[2]._replace(path="a;b]c%\n.md")
    assert azure.command(odd).startswith(
        "##vso[task.logissue type=error;sourcepath=a%3Bb%5Dc%AZP25%0A.md;linenumber=7;"
    )
    assert azure.escape_data("a;b]%\r\n") == "a;b]%AZP25%0D%0A"


@pytest.mark.parametrize(
    ("line", "column", "caret"),
    [
        ("\tsince we", 2, "\t^"),  # a tab stays a tab: any tab width
        ("Hi 你好, since", 8, " " * 9 + "^"),  # two columns for each wide character
        ("Hi 👋🏽 👩\u200d🍳 é, since", 14, " " * 12 + "^"),  # a joined emoji is drawn once
        ("Hi e\u0301, since", 8, " " * 6 + "^"),  # a combining accent takes no column
        ("Hi\u200b \u200cJo\u2060,\ufeff since", 12, " " * 7 + "^"),  # format characters
        ("Hi co\xadop, since", 11, " " * 10 + "^"),  # a soft hyphen is drawn
    ],
    ids=["tab", "cjk", "emoji", "combining", "zero-width", "soft-hyphen"],
)
def test_show_source_puts_the_caret_under_the_column_in_a_terminal(
    line: str, column: int, caret: str
) -> None:
    from outreach_lint.builtin.formatters import default

    finding = FINDINGS[1]._replace(line=1, column=column)
    assert line[column - 1 :].startswith("since")
    context = CONTEXT._replace(show_source=True, sources={finding.path: line + "\n"})
    assert default.render([finding], context).split("\n")[1:3] == [line, caret]
