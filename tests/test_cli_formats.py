"""Output formats and baselines through the command line."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from outreach_lint.cli import main

FIXTURES = Path(__file__).parent / "fixtures"
NOTE = (
    "---\nchannel: linkedin_connection_note\n---\n"
    "Hi {{ first_name }}, since we're in the same industry, let's connect.\n"
)


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "t").mkdir()
    (tmp_path / "t" / "a.md").write_text(NOTE)
    (tmp_path / "t" / "clean.md").write_text("---\nchannel: email\n---\n")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["check", "t", "--isolated", "--select", "OL301,OL503", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_json_to_output_file_prints_nothing_else(repo, capsys):
    code, out, err = run(
        capsys, "--format", "json", "--output-file", "report.json", "--statistics", "--count"
    )
    assert code == 1 and out == ""
    assert err == "1     OL301    same-industry-phrasing\n1     OL503    empty-message\n2\n"
    records = json.loads((repo / "report.json").read_text())
    assert [(r["path"], r["line"], r["column"], r["code"]) for r in records] == [
        ("t/a.md", 4, 22, "OL301"),
        ("t/clean.md", 3, 1, "OL503"),
    ]
    assert records[0]["rule"] == "same-industry-phrasing" and records[0]["severity"] == "warning"


def test_machine_format_on_stdout_is_only_the_report(repo, capsys):
    code, out, err = run(capsys, "--format", "sarif", "--statistics")
    assert code == 1
    log = json.loads(out)
    schema = json.loads((FIXTURES / "sarif-schema-2.1.0.json").read_text())
    jsonschema.Draft4Validator(schema).validate(log)
    assert [r["ruleId"] for r in log["runs"][0]["results"]] == ["OL301", "OL503"]
    assert "OL301" in err


@pytest.mark.parametrize(
    "name", ["default", "pylint", "json", "sarif", "github", "gitlab", "junit", "azure"]
)
def test_every_format_runs_from_the_cli(repo, capsys, name):
    code, out, _ = run(capsys, "--format", name)
    assert code == 1 and "OL301" in out


def test_format_from_config(repo, capsys):
    (repo / ".outreach-lint.yaml").write_text("format: pylint\n")
    code = main(["check", "t", "--select", "OL301"])
    assert capsys.readouterr().out.startswith("t/a.md:4: [OL301]")
    assert code == 1


def test_baseline_reports_only_new_findings_and_survives_inserted_lines(repo, capsys):
    assert run(capsys, "--write-baseline", "baseline.json")[0] == 0
    assert run(capsys, "--baseline", "baseline.json")[:2] == (0, "")
    (repo / "t" / "a.md").write_text(NOTE.replace("---\nHi", "---\n\n\nHi"))
    code, out, err = run(capsys, "--baseline", "baseline.json")
    assert (code, out) == (0, "")
    assert "2 finding(s) in the baseline were not reported; 0 baseline entries are fixed" in err
    (repo / "t" / "b.md").write_text(NOTE)
    (repo / "t" / "clean.md").write_text("Hello {{ name }}\n")
    code, out, err = run(capsys, "--baseline", "baseline.json")
    assert code == 1 and out.startswith("t/b.md:4:22: OL301")
    assert "1 baseline entry is fixed and can be removed" in err
    assert run(capsys, "--baseline", "baseline.json", "-qq") == (1, "", "")  # -qq: nothing
    assert run(capsys, "--write-baseline", "baseline.json", "-qq") == (0, "", "")


def test_baseline_from_config(repo, capsys):
    (repo / "ci").mkdir()
    assert run(capsys, "--write-baseline", "ci/base.json")[0] == 0
    (repo / "ci" / "lint.yaml").write_text("baseline: base.json\nselect: [OL301, OL503]\n")
    assert main(["check", "t", "--config", "ci/lint.yaml"]) == 0
    assert "2 finding(s) in the baseline were not reported" in capsys.readouterr().err


def test_bad_baseline_is_exit_2(repo, capsys):
    (repo / "base.json").write_text("{not json")
    code, _, err = run(capsys, "--baseline", "base.json")
    assert code == 2 and "base.json" in err


def test_the_baseline_matches_however_the_folder_is_written(repo, capsys):
    args = ["--isolated", "--select", "OL301,OL503"]
    assert main(["check", "t", *args, "--write-baseline", "b.json"]) == 0
    capsys.readouterr()
    for folder in ("./t", "t/", str(repo / "t"), "t/../t"):
        assert main(["check", folder, *args, "--baseline", "b.json"]) == 0, folder
        assert "0 baseline entries are fixed" in capsys.readouterr().err


def test_gitlab_paths_of_absolute_arguments_are_relative(repo, capsys):
    main(["check", str(repo / "t"), "--isolated", "--select", "OL301", "--format", "gitlab"])
    issues = json.loads(capsys.readouterr().out)
    assert [i["location"]["path"] for i in issues] == ["t/a.md"]


def test_a_run_over_some_files_keeps_the_baseline_of_the_others(repo, capsys):
    """pre-commit names the changed files: the others' entries are neither 'fixed' nor lost."""
    (repo / "t" / "b.md").write_text(NOTE)
    args = ["--isolated", "--select", "OL301"]
    assert main(["check", "t", *args, "--write-baseline", "b.json"]) == 0
    capsys.readouterr()
    assert main(["check", "t/b.md", *args, "--baseline", "b.json"]) == 0
    assert "0 baseline entries are fixed" in capsys.readouterr().err
    (repo / "t" / "b.md").write_text(NOTE.replace("since we're in the same industry", "hello"))
    assert main(["check", "t/b.md", *args, "--baseline", "b.json"]) == 0
    assert "1 baseline entry is fixed" in capsys.readouterr().err
    assert main(["check", "t/b.md", *args, "--write-baseline", "b.json"]) == 0
    assert "wrote 0 finding(s) to the baseline b.json, and kept 1 of files or rules not" in (
        capsys.readouterr().err
    )
    entries = json.loads((repo / "b.json").read_text())["findings"]
    assert [e["path"] for e in entries] == ["t/a.md"]
    (repo / "t" / "a.md").unlink()  # a file that is gone takes its entries with it
    assert main(["check", "t/b.md", *args, "--write-baseline", "b.json"]) == 0
    assert json.loads((repo / "b.json").read_text())["findings"] == []


def test_a_run_of_some_rules_keeps_the_baseline_of_the_others(repo, capsys):
    """--select OL301 says nothing of OL406's findings: they are neither fixed nor dropped."""
    both = ["--isolated", "--select", "OL406,OL301"]
    assert main(["check", "t", *both, "--write-baseline", "b.json"]) == 0
    codes = sorted(e["code"] for e in json.loads((repo / "b.json").read_text())["findings"])
    assert codes == ["OL301", "OL406"]
    capsys.readouterr()
    one = ["--isolated", "--select", "OL301"]
    assert main(["check", "t", *one, "--baseline", "b.json"]) == 0
    assert "0 baseline entries are fixed" in capsys.readouterr().err
    ignored = ["--per-file-ignores", "t/*:OL301"]
    assert main(["check", "t", *one, *ignored, "--baseline", "b.json"]) == 0
    assert "0 baseline entries are fixed" in capsys.readouterr().err
    assert main(["check", "t", *one, "--write-baseline", "b.json"]) == 0
    assert "kept 1 of files or rules not checked" in capsys.readouterr().err
    codes = sorted(e["code"] for e in json.loads((repo / "b.json").read_text())["findings"])
    assert codes == ["OL301", "OL406"]


def test_invalid_suppression_comments_follow_the_selection(repo, capsys):
    """OL903 is a rule like the others (ruff's RUF100); a file that cannot be parsed is
    reported whatever is selected."""
    (repo / "t" / "a.md").write_text("Hi {# outreach-lint: noqa: OL999 #} there\n")
    (repo / "t" / "bad.yaml").write_text("templates: [\n")
    assert main(["check", "t", "--isolated", "--select", "OL101"]) == 1
    out = capsys.readouterr().out
    assert "OL903" not in out and "t/bad.yaml:1:13: OL902" in out
    assert main(["check", "t", "--isolated", "--select", "OL101,OL903"]) == 1
    assert "t/a.md:1:4: OL903" in capsys.readouterr().out


def test_the_working_folder_reached_through_a_link_fingerprints_alike(repo, capsys, monkeypatch):
    """$PWD may name the working folder through a symbolic link (macOS's /tmp)."""
    import os

    link = repo.parent / f"{repo.name}-link"
    link.symlink_to(repo, target_is_directory=True)
    monkeypatch.chdir(link)
    args = ["--isolated", "--select", "OL301"]
    assert main(["check", "t", *args, "--write-baseline", "b.json"]) == 0
    capsys.readouterr()
    assert os.getcwd() == str(repo.resolve())  # the link is resolved here, not in $PWD
    assert main(["check", str(link / "t"), *args, "--baseline", "b.json"]) == 0
    assert "1 finding(s) in the baseline were not reported" in capsys.readouterr().err


@pytest.fixture
def latin1_name(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """A template whose file name is not UTF-8 (saved by a Latin-1 system): 'café.txt'."""
    import os

    name = os.fsdecode(b"caf\xe9.txt")
    try:
        (tmp_path / name).write_text("a rockstar\n")
    except (OSError, UnicodeError):
        pytest.skip("this file system takes only UTF-8 names")
    monkeypatch.chdir(tmp_path)
    return name


def _latin1_run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["check", ".", "--isolated", "--select", "OL304", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_json_and_gitlab_show_a_name_that_is_not_utf8_with_a_replacement_character(
    latin1_name, capsys
):
    code, out, _ = _latin1_run(capsys, "--format", "json")
    assert code == 1
    (record,) = json.loads(out)
    assert record["path"] == "caf\ufffd.txt" and record["line"] == 1
    assert len(record["fingerprint"]) == 32
    code, out, _ = _latin1_run(capsys, "--format", "gitlab")
    assert code == 1
    assert [i["location"]["path"] for i in json.loads(out)] == ["caf\ufffd.txt"]
    assert json.loads(out)[0]["fingerprint"] == record["fingerprint"]


def test_sarif_percent_encodes_the_bytes_of_a_name_that_is_not_utf8(latin1_name, capsys):
    code, out, _ = _latin1_run(capsys, "--format", "sarif")
    assert code == 1
    log = json.loads(out)
    schema = json.loads((FIXTURES / "sarif-schema-2.1.0.json").read_text())
    jsonschema.Draft4Validator(schema).validate(log)
    (result,) = log["runs"][0]["results"]
    location = result["locations"][0]["physicalLocation"]["artifactLocation"]
    assert location["uri"] == "caf%E9.txt"


def test_a_name_that_is_not_utf8_in_the_baseline_and_the_default_report(latin1_name, capsys):
    assert _latin1_run(capsys, "--write-baseline", "b.json")[0] == 0
    assert '"path": "caf\\udce9.txt"' in Path("b.json").read_text(encoding="utf-8")
    code, out, err = _latin1_run(capsys, "--baseline", "b.json")
    assert (code, out) == (0, "") and "0 baseline entries are fixed" in err
    assert _latin1_run(capsys, "--output-file", "report.txt") == (1, "", "")
    assert Path("report.txt").read_bytes().startswith(b"caf\xe9.txt:1:3: OL304 'rockstar'")


def test_sarif_uris_are_relative_to_the_repository_root(tmp_path, capsys, monkeypatch):
    root = tmp_path / "repo"
    (root / ".git").mkdir(parents=True)
    (root / "t" / "sub").mkdir(parents=True)
    for path in (root / "t" / "sub" / "m.md", root / "t" / "a.md", root / "b.md"):
        path.write_text("a rockstar\n")
    (tmp_path / "elsewhere.md").write_text("a rockstar\n")
    monkeypatch.chdir(root / "t" / "sub")
    args = ["m.md", "../a.md", str(root / "b.md"), "../../../elsewhere.md"]
    assert main(["check", *args, "--isolated", "--select", "OL304", "--format", "sarif"]) == 1
    run = json.loads(capsys.readouterr().out)["runs"][0]
    assert run["originalUriBaseIds"] == {"%SRCROOT%": {"uri": root.resolve().as_uri() + "/"}}
    locations = [r["locations"][0]["physicalLocation"]["artifactLocation"] for r in run["results"]]
    assert sorted(locations, key=lambda loc: loc["uri"]) == [
        {"uri": "b.md", "uriBaseId": "%SRCROOT%"},
        {"uri": (tmp_path / "elsewhere.md").resolve().as_uri()},
        {"uri": "t/a.md", "uriBaseId": "%SRCROOT%"},
        {"uri": "t/sub/m.md", "uriBaseId": "%SRCROOT%"},
    ]


def test_sarif_root_outside_a_repository_is_the_working_folder(repo, capsys):
    main(["check", "t", "--isolated", "--select", "OL301", "--format", "sarif"])
    run = json.loads(capsys.readouterr().out)["runs"][0]
    assert run["originalUriBaseIds"]["%SRCROOT%"] == {"uri": Path.cwd().as_uri() + "/"}
    assert run["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"] == {
        "uri": "t/a.md",
        "uriBaseId": "%SRCROOT%",
    }


def _annotated_paths(name: str, out: str) -> list[str]:
    """The file of each finding in a CI format's output."""
    if name == "gitlab":
        return [issue["location"]["path"] for issue in json.loads(out)]
    prefix, end = ("file=", ",") if name == "github" else ("sourcepath=", ";")
    return [line.split(prefix)[1].split(end)[0] for line in out.splitlines() if prefix in line]


@pytest.mark.parametrize("name", ["github", "gitlab", "azure"])
def test_ci_annotations_name_files_from_the_repository_root(tmp_path, capsys, monkeypatch, name):
    """GitHub, GitLab and Azure place an annotation by its path in the repository: a run
    started in a subfolder ("cd templates && outreach-lint check") names files from the root,
    as SARIF does; a file outside the repository keeps its absolute path."""
    root = tmp_path / "repo"
    (root / ".git").mkdir(parents=True)
    (root / "t" / "sub").mkdir(parents=True)
    for path in (root / "t" / "sub" / "m.md", root / "t" / "a.md", root / "b.md"):
        path.write_text("a rockstar\n")
    (tmp_path / "elsewhere.md").write_text("a rockstar\n")
    monkeypatch.chdir(root / "t" / "sub")
    args = ["m.md", "../a.md", str(root / "b.md"), "../../../elsewhere.md"]
    assert main(["check", *args, "--isolated", "--select", "OL304", "--format", name]) == 1
    found = _annotated_paths(name, capsys.readouterr().out)
    outside = str((tmp_path / "elsewhere.md").resolve()).replace("\\", "/")
    assert sorted(found) == sorted(["t/sub/m.md", "t/a.md", "b.md", outside])
    monkeypatch.chdir(root)
    main(["check", "t", "--isolated", "--select", "OL304", "--format", name])
    assert sorted(_annotated_paths(name, capsys.readouterr().out)) == ["t/a.md", "t/sub/m.md"]
