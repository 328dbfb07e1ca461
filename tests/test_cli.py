"""The command line, through ``main(argv)``: flags, exit codes and output."""

from __future__ import annotations

import contextlib
import io
import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from outreach_lint.cli import main

BAD = (
    "---\nchannel: linkedin_connection_note\n---\n"
    "Hi {{ first_name }}, since we're in the same industry.\n"
)
GOOD = (
    "---\nchannel: linkedin_connection_note\nvariables: [first_name, talk_topic]\n---\n"
    "Hi {{ first_name }}, your talk on {{ talk_topic }} was great. Would you be open to "
    "connecting?\n"
)


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates" / "bad.md").write_text(BAD)
    (tmp_path / "templates" / "good.md").write_text(GOOD)
    (tmp_path / "README.md").write_text("# Our templates: since we're in the same industry\n")
    (tmp_path / ".github").mkdir()
    (tmp_path / ".github" / "note.md").write_text(BAD)
    (tmp_path / "ci.yml").write_text("jobs: {}\n")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def rule(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["rule", *args, "--isolated"])
    out, err = capsys.readouterr()
    return code, out, err


def check(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["check", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_default_path_is_current_folder_and_skips_repo_files(repo, capsys):
    code, out, _ = check(capsys, "--select", "OL301")
    assert code == 1
    assert out == (
        "templates/bad.md:4:22: OL301 'since we're in the same industry' is not a reason to "
        "write: say what about this person made you reach out\n"
    )


def test_findings_are_in_path_order_whatever_the_order_of_the_arguments(repo, capsys):
    (repo / "templates" / "also.md").write_text(BAD)
    _, out, _ = check(capsys, "templates/bad.md", "templates/also.md", "--select", "OL301")
    assert [line.split(":")[0] for line in out.splitlines()] == [
        "templates/also.md",
        "templates/bad.md",
    ]


def test_clean_files_exit_zero(repo, capsys):
    assert check(capsys, "templates/good.md", "--select", "OL3") == (0, "", "")


def test_paths_stay_as_given(repo, capsys):
    _, out, _ = check(capsys, "./templates", "--select", "OL301")
    assert out.startswith("./templates/bad.md:4:22:")
    _, out, _ = check(capsys, str(repo / "templates" / "bad.md"), "--select", "OL301")
    assert out.startswith(str(repo / "templates" / "bad.md") + ":4:22:")


def test_named_file_is_linted_even_if_excluded_unless_force_exclude(repo, capsys):
    code, out, _ = check(capsys, ".github/note.md", "--select", "OL301")
    assert code == 1 and out.startswith(".github/note.md:4:22: OL301")
    assert check(capsys, ".github/note.md", "--select", "OL301", "--force-exclude") == (0, "", "")


def test_a_named_folder_that_is_excluded_is_skipped_with_force_exclude(repo, capsys):
    """As in ruff: a wrapper passing changed folders does not lint excluded trees."""
    (repo / "node_modules" / "pkg").mkdir(parents=True)
    (repo / "node_modules" / "pkg" / "readme.md").write_text(BAD)
    for folder in (".github", ".github/", "node_modules"):
        code, out, _ = check(capsys, folder, "--select", "OL301")
        assert code == 1 and "OL301" in out, folder
        assert check(capsys, folder, "--select", "OL301", "--force-exclude") == (0, "", ""), folder


def test_a_double_star_matches_no_folder_too(repo, capsys):
    """A glob "templates/**/*.md" matches templates/bad.md, as in ruff and .gitignore."""
    (repo / "templates" / "sub").mkdir()
    (repo / "templates" / "sub" / "deep.md").write_text(BAD)
    assert check(capsys, "templates", "--select", "OL301")[0] == 1
    ignores = ["--per-file-ignores", "templates/**/*.md:OL301"]
    assert check(capsys, "templates", "--select", "OL301", *ignores) == (0, "", "")
    code, out, _ = check(capsys, "templates", "--select", "OL301", "--extend-exclude", "**/sub")
    assert code == 1 and out.startswith("templates/bad.md") and "deep" not in out
    code, out, _ = check(capsys, "--select", "OL301", "--extend-exclude", "templates/**/bad.md")
    assert code == 1 and out.startswith("templates/sub/deep.md") and "bad.md" not in out


def test_extend_include_lints_more_files_as_text_templates(repo, capsys):
    """HTML e-mails are not picked up from a folder unless asked for, as ruff's extend-include;
    then they are read as text templates, their markup blank."""
    (repo / "templates" / "offer.html").write_text(
        "<p>Hi {{ first_name }},</p>\n<p>Since we're in the same industry, let's talk.</p>\n"
    )
    args = ("templates", "--select", "OL301,OL406")
    assert "offer.html" not in check(capsys, *args)[1]
    code, out, _ = check(capsys, *args, "--extend-include", "*.html")
    found = [line.split(" ")[:2] for line in out.splitlines() if "offer.html" in line]
    assert code == 1
    assert found == [
        ["templates/offer.html:1:7:", "OL406"],
        ["templates/offer.html:2:4:", "OL301"],
    ]


def test_extend_include_from_the_config_file(repo, capsys):
    (repo / "templates" / "offer.html").write_text("<p>Since we're in the same industry.</p>\n")
    (repo / ".outreach-lint.yaml").write_text("extend-include: ['*.html']\n")
    _, out, _ = check(capsys, "--select", "OL301")
    assert "templates/offer.html:1:4: OL301" in out


def test_exclude_and_extend_exclude(repo, capsys):
    assert check(capsys, "--select", "OL301", "--extend-exclude", "bad.md")[0] == 0
    code, out, _ = check(capsys, "--select", "OL301", "--exclude", "nothing")
    assert code == 1
    assert {line.split(":")[0] for line in out.splitlines()} == {
        ".github/note.md",
        "README.md",
        "templates/bad.md",
    }


def test_select_ignore_longest_prefix_wins(repo, capsys):
    path = "templates/bad.md"
    assert "OL301" not in check(capsys, path, "--ignore", "OL3")[1]
    assert "OL301" in check(capsys, path, "--ignore", "OL3", "--extend-select", "OL301")[1]
    assert "OL301" not in check(capsys, path, "--select", "OL3", "--extend-ignore", "OL301")[1]
    assert check(capsys, path, "--select", "OL5")[0] == 0


def test_per_file_ignores(repo, capsys):
    assert check(capsys, "--select", "OL301", "--per-file-ignores", "templates/*:OL3")[0] == 0


def test_show_source_statistics_count(repo, capsys):
    code, out, _ = check(
        capsys, "templates", "--select", "OL301", "--show-source", "--statistics", "--count"
    )
    assert code == 1
    assert out.splitlines()[1:] == [
        "Hi {{ first_name }}, since we're in the same industry.",
        "                     ^",
        "1     OL301    same-industry-phrasing",
        "1",
    ]


def _console(monkeypatch: pytest.MonkeyPatch, name: str, encoding: str) -> io.BytesIO:
    """Standard output or error as a console in ``encoding`` (PYTHONIOENCODING=cp1252)."""
    raw = io.BytesIO()
    monkeypatch.setattr(sys, name, io.TextIOWrapper(raw, encoding=encoding, errors="strict"))
    return raw


@pytest.mark.parametrize("encoding", ["cp1252", "ascii"])
def test_the_report_is_utf8_whatever_the_console_encoding(repo, capsys, monkeypatch, encoding):
    """A template's emoji or a message's 'cliché' goes out as UTF-8, as flake8 writes it."""
    (repo / "b.txt").write_text("😀 rockstar\n")
    out = _console(monkeypatch, "stdout", encoding)
    args = ["b.txt", "--isolated", "--select", "OL304", "--show-source", "--count"]
    assert main(["check", *args]) == 1
    assert out.getvalue().decode("utf-8") == (
        "b.txt:1:3: OL304 'rockstar' is a cliché: say what the job needs, e.g. 'experienced "
        "engineer'\n😀 rockstar\n   ^\n1\n"
    )


def test_messages_that_name_a_file_are_utf8_whatever_the_console_encoding(repo, monkeypatch):
    (repo / "Vorlagen 😀").mkdir()
    err = _console(monkeypatch, "stderr", "cp1252")
    assert main(["check", "Vorlagen 😀", "--isolated"]) == 0
    assert (
        err.getvalue()
        .decode("utf-8")
        .startswith("outreach-lint: warning: no templates found in Vorlagen 😀: it reads *.md")
    )


def test_rule_docs_are_utf8_whatever_the_console_encoding(monkeypatch):
    out = _console(monkeypatch, "stdout", "cp1252")
    assert main(["rule", "OL701"]) == 0
    assert "syllables per word − 15.59" in out.getvalue().decode("utf-8")
    out = _console(monkeypatch, "stdout", "ascii")
    assert main(["rules"]) == 0
    assert b"OL701" in out.getvalue()


def test_show_source_caret_after_zero_width_characters(repo, capsys):
    line = "We\u200b need\u2060 a\ufeff rockstar"
    (repo / "z.txt").write_text(line + "\n")
    code, out, _ = check(capsys, "z.txt", "--isolated", "--select", "OL304", "--show-source")
    assert code == 1
    assert out.splitlines() == [
        "z.txt:1:14: OL304 'rockstar' is a cliché: say what the job needs, e.g. 'experienced "
        "engineer'",
        line,
        " " * 10 + "^",
    ]


@pytest.mark.parametrize(
    "args",
    [
        ["templates/bad.md", "./templates/bad.md"],
        ["templates", "./templates"],
        ["templates", "templates/"],
        ["templates/bad.md", "{repo}/templates/bad.md"],
        ["templates/bad.md", "templates/../templates/bad.md", "templates"],
    ],
    ids=["file", "folder", "trailing-slash", "absolute", "file-and-folder"],
)
def test_a_file_named_twice_is_linted_once_under_its_first_name(repo, capsys, args):
    paths = [a.format(repo=repo) for a in args]
    code, out, _ = check(capsys, *paths, "--select", "OL301")
    assert code == 1
    assert [line.split(":")[0] for line in out.splitlines()] == [
        paths[0] if paths[0].endswith(".md") else f"{paths[0].rstrip('/')}/bad.md"
    ]


def test_files_named_through_linked_folders_are_told_apart_by_where_they_are(repo, capsys):
    """A path "link/../bad.md" names the bad.md beside the folder the link points to, not the
    one beside the link; "linked/bad.md" is templates/bad.md itself."""
    (repo / "sub" / "inner").mkdir(parents=True)
    (repo / "sub" / "bad.md").write_text((repo / "templates" / "bad.md").read_text())
    (repo / "link").symlink_to(repo / "sub" / "inner", target_is_directory=True)
    (repo / "linked").symlink_to(repo / "templates", target_is_directory=True)
    paths = ["templates/bad.md", "link/../bad.md", "linked/bad.md"]
    _, out, _ = check(capsys, *paths, "--select", "OL301")
    reported = [line.split(":")[0] for line in out.splitlines()]
    assert reported == ["link/../bad.md", "templates/bad.md"]


def test_a_linked_file_is_a_file_of_its_own(repo, capsys):
    """archive/bad.md links to templates/bad.md: its per-file ignores hide only its own."""
    (repo / "archive").mkdir()
    (repo / "archive" / "bad.md").symlink_to(repo / "templates" / "bad.md")
    ignores = ["--per-file-ignores", "archive/*:OL3"]
    _, out, _ = check(capsys, "archive", "templates", "--select", "OL301", *ignores)
    assert [line.split(":")[0] for line in out.splitlines()] == ["templates/bad.md"]


def test_a_missing_file_named_twice_is_one_problem(repo, capsys):
    code, out, _ = check(capsys, "gone.md", "./gone.md", "templates/bad.md", "--select", "OL301")
    assert code == 1
    assert [line.split(" ")[:2] for line in out.splitlines()] == [
        ["gone.md:1:1:", "OL901"],
        ["templates/bad.md:4:22:", "OL301"],
    ]


def test_different_files_of_one_name_are_both_linted(repo, capsys):
    (repo / "other").mkdir()
    (repo / "other" / "bad.md").write_text(BAD)
    _, out, _ = check(capsys, "templates/bad.md", "other/bad.md", "--select", "OL301")
    assert [line.split(":")[0] for line in out.splitlines()] == [
        "other/bad.md",
        "templates/bad.md",
    ]


def test_a_list_option_given_twice_keeps_both(repo, capsys):
    (repo / "templates" / "generic.md").write_text(
        "---\nchannel: linkedin_connection_note\n---\n"
        "Dear Candidate, I'd like to add you to my professional network on LinkedIn.\n"
    )
    code, out, _ = check(capsys, "templates/generic.md", "--select", "OL302", "--select", "OL101")
    assert code == 1
    assert [line.split()[1] for line in out.splitlines()] == ["OL101", "OL302"]
    _, out, _ = check(
        capsys,
        "templates/generic.md",
        "--select",
        "OL1,OL3",
        "--ignore",
        "OL101",
        "--ignore",
        "OL3",
    )
    assert [line.split()[1] for line in out.splitlines()] == ["OL103"]


def test_exit_zero_and_quiet(repo, capsys):
    assert check(capsys, "--select", "OL301", "--exit-zero")[0] == 0
    assert check(capsys, "--select", "OL301", "-q")[1] == "templates/bad.md\n"
    assert check(capsys, "--select", "OL301", "-qq") == (1, "", "")


def test_quiet_writes_the_file_names_to_the_output_file(repo, capsys):
    code, out, err = check(capsys, "--select", "OL301", "-q", "--output-file", "names.txt")
    assert (code, out, err) == (1, "", "")
    assert (repo / "names.txt").read_text() == "templates/bad.md\n"


@pytest.mark.parametrize(
    ("args", "error"),
    [
        (
            ["--output-file", "README.md/report.txt"],
            "cannot write the report to README.md/report.txt: a file is in the way of the "
            "folder {repo}/README.md",
        ),
        (
            ["--write-baseline", "README.md/baseline.json"],
            "cannot write the baseline to README.md/baseline.json: a file is in the way of the "
            "folder {repo}/README.md",
        ),
    ],
    ids=["report-under-a-file", "baseline-under-a-file"],
)
def test_an_output_that_cannot_be_written_is_an_error_before_linting(repo, capsys, args, error):
    code, out, err = check(capsys, "--select", "OL301", *args)
    assert (code, out) == (2, "")
    assert err == f"outreach-lint: error: {error.format(repo=repo)}\n"


def test_the_baselines_folders_are_made_as_the_reports_are(repo, capsys):
    code, _, err = check(capsys, "--select", "OL301", "--write-baseline", ".ci/lint/base.json")
    assert code == 0, err
    assert "wrote 1 finding(s) to the baseline .ci/lint/base.json" in err
    code, out, _ = check(capsys, "--select", "OL301", "--baseline", ".ci/lint/base.json")
    assert (code, out) == (0, "")


def test_the_report_file_of_the_run_is_not_linted(repo, capsys):
    """A .txt report written into a folder it lints is not a template to the next run."""
    assert check(capsys, "--select", "OL1,OL2", "--output-file", "templates/report.txt")[0] == 1
    first = (repo / "templates" / "report.txt").read_text()
    assert check(capsys, "--select", "OL1,OL2", "--output-file", "templates/report.txt")[0] == 1
    assert (repo / "templates" / "report.txt").read_text() == first
    assert "report.txt" not in first
    _, out, _ = check(capsys, "--select", "OL1,OL2", "templates")
    assert "templates/report.txt:" in out  # another run's report is a file like any other


def test_only_the_report_itself_is_left_out_not_files_of_a_name_ending_the_same(
    tmp_path, monkeypatch
):
    from outreach_lint.discover import without

    monkeypatch.chdir(tmp_path)
    for name in ("a/report.txt", "a/old-report.txt", "b/report.txt"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text("Hello\n")
    files = ["a/old-report.txt", "a/report.txt", "b/report.txt", "./a/report.txt"]
    assert without(files, "a/report.txt") == ["a/old-report.txt", "b/report.txt"]
    assert without(files, str(tmp_path / "b" / "report.txt")) == files[:2] + files[3:]


def test_an_output_file_from_the_config_that_cannot_be_written(repo, capsys):
    (repo / ".outreach-lint.yaml").write_text("output-file: README.md/report.txt\n")
    code, out, err = check(capsys, "--select", "OL301")
    assert (code, out) == (2, "")
    assert err.startswith("outreach-lint: error: cannot write the report to ")
    assert err.endswith(
        "README.md/report.txt: a file is in the way of the folder " + str(repo / "README.md") + "\n"
    )


def test_the_folders_of_the_output_file_are_made(repo, capsys):
    code, out, err = check(capsys, "--select", "OL301", "--output-file", "reports/ci/x.log")
    assert (code, out, err) == (1, "", "")
    assert (repo / "reports" / "ci" / "x.log").read_text().startswith("templates/bad.md:4:22:")
    (repo / "ci").mkdir()
    (repo / "ci" / "lint.yaml").write_text("output-file: out/x.log\nselect: [OL301]\n")
    assert check(capsys, "--config", "ci/lint.yaml") == (1, "", "")
    assert (repo / "ci" / "out" / "x.log").read_text().startswith("templates/bad.md:4:22:")


def test_output_file_dash_is_standard_output(repo, capsys):
    code, out, _ = check(capsys, "--select", "OL301", "--output-file", "-")
    assert code == 1 and out.startswith("templates/bad.md:4:22: OL301")
    (repo / ".outreach-lint.yaml").write_text("output-file: '-'\nformat: json\n")
    code, out, _ = check(capsys, "--select", "OL301")
    assert code == 1 and json.loads(out)[0]["path"] == "templates/bad.md"
    assert not (repo / "-").exists()


def test_count_and_statistics_go_into_the_output_file_after_the_report(repo, capsys):
    """As flake8 writes them; a machine format keeps them on standard error (its file stays
    valid: see test_cli_formats)."""
    args = ["--select", "OL301", "--output-file", "out.log", "--statistics", "--count"]
    assert check(capsys, *args) == (1, "", "")
    assert (repo / "out.log").read_text().splitlines()[1:] == [
        "1     OL301    same-industry-phrasing",
        "1",
    ]
    assert check(capsys, *args, "-q") == (1, "", "")
    assert (repo / "out.log").read_text().splitlines() == [
        "templates/bad.md",
        "1     OL301    same-industry-phrasing",
        "1",
    ]


def test_color_always_and_never(repo, capsys):
    assert "\033[" in check(capsys, "--select", "OL301", "--color", "always")[1]
    assert "\033[" not in check(capsys, "--select", "OL301", "--color", "never")[1]
    assert "\033[" not in check(capsys, "--select", "OL301")[1]  # captured: not a terminal


def test_stdin_with_filename(repo, capsys, monkeypatch):
    monkeypatch.setattr(sys, "stdin", _Stdin(BAD.encode()))
    code, out, _ = check(capsys, "-", "--stdin-filename", "templates/x.md", "--select", "OL301")
    assert code == 1 and out.startswith("templates/x.md:4:22: OL301")


def test_stdin_filename_alone_reads_standard_input(repo, capsys, monkeypatch):
    monkeypatch.setattr(sys, "stdin", _Stdin(BAD.encode()))
    code, out, _ = check(capsys, "--stdin-filename", "templates/x.md", "--select", "OL301")
    assert code == 1 and out.startswith("templates/x.md:4:22: OL301")  # not the folder's files
    assert "templates/bad.md" not in out


def test_no_templates_found_is_a_warning(repo, capsys):
    (repo / "empty").mkdir()
    (repo / "empty" / "notes.docx").write_bytes(b"PK")
    (repo / "docs").mkdir()
    code, out, err = check(capsys, "empty", "docs")
    assert (code, out) == (0, "")
    assert err.startswith("outreach-lint: warning: no templates found in empty, docs: it ")
    assert "*.md" in err and "--extend-include" in err
    assert check(capsys, "-qq", "empty") == (0, "", "")
    assert check(capsys, "templates/good.md")[2] == ""  # found, nothing to say
    assert check(capsys, ".github/note.md", "--force-exclude") == (0, "", "")  # pre-commit


def test_stdin_filename_force_excluded(repo, capsys, monkeypatch):
    monkeypatch.setattr(sys, "stdin", _Stdin(BAD.encode()))
    assert check(capsys, "-", "--stdin-filename", ".github/x.md", "--force-exclude") == (0, "", "")


def test_unreadable_and_invalid_files_are_reported_and_others_linted(repo, capsys):
    (repo / "templates" / "latin1.md").write_bytes(b"Caf\xe9 since we're in the same industry")
    (repo / "templates" / "broken.md").write_text("---\nchannel: [email\n---\nHi\n")
    (repo / "templates" / "open.md").write_text("---\nchannel: email\nHi\n")
    code, out, _ = check(capsys, "templates", "--select", "OL301")
    assert code == 1
    lines = out.splitlines()
    assert lines[0].startswith("templates/bad.md:4:22: OL301")
    assert lines[1].startswith("templates/broken.md:2:10: OL902 invalid front matter")
    assert lines[2] == (
        "templates/latin1.md:1:4: OL901 cannot read the file as UTF-8: the byte 0xe9 here is "
        "not UTF-8 text (was it saved as Windows-1252 or Latin-1?); save the file as UTF-8"
    )
    assert lines[3].startswith("templates/open.md:1:1: OL902 front matter starts with '---'")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes on this system")
def test_a_named_pipe_is_reported_and_the_other_files_still_linted(repo, capsys):
    pipe = repo / "templates" / "pipe.md"
    os.mkfifo(pipe)

    done = threading.Event()

    def unblock() -> None:  # a run waiting on the pipe gets its end of file (and this test fails)
        done.wait(10)
        while not done.wait(0.2):
            with contextlib.suppress(OSError):
                os.close(os.open(pipe, os.O_WRONLY | os.O_NONBLOCK))

    threading.Thread(target=unblock, daemon=True).start()
    try:
        walked = check(capsys, "templates", "--select", "OL301,OL901")
        named = check(capsys, "templates/pipe.md", "templates/bad.md", "--select", "OL301,OL901")
    finally:
        done.set()
    expected = "templates/pipe.md:1:1: OL901 cannot read the file: it is a named pipe, not a "
    for code, out, _ in (walked, named):
        assert code == 1
        assert out.startswith("templates/bad.md:4:22: OL301")
        assert out.splitlines()[1] == expected + "regular file"


def _locked(monkeypatch: pytest.MonkeyPatch, *names: str) -> None:
    """Make these files and folders unreadable, as chmod 000 does for a user other than root."""
    import os

    def denied(path: object) -> bool:
        return os.path.basename(os.fspath(path)) in names  # type: ignore[arg-type]

    real_open, real_scandir, real_access = os.open, os.scandir, os.access

    def open_(path, *args, **kwargs):  # type: ignore[no-untyped-def]
        if denied(path):
            raise PermissionError(13, "Permission denied", path)
        return real_open(path, *args, **kwargs)

    def scandir(path="."):  # type: ignore[no-untyped-def]
        if denied(path):
            raise PermissionError(13, "Permission denied", path)
        return real_scandir(path)

    monkeypatch.setattr(os, "open", open_)
    monkeypatch.setattr(os, "scandir", scandir)
    monkeypatch.setattr(
        os, "access", lambda path, mode, **k: not denied(path) and real_access(path, mode, **k)
    )


def test_an_unreadable_file_named_on_the_command_line_is_ol901(repo, capsys, monkeypatch):
    (repo / "templates" / "locked.md").write_text(BAD)
    _locked(monkeypatch, "locked.md")
    files = ("templates/bad.md", "templates/locked.md", "templates/good.md")
    code, out, _ = check(capsys, *files, "--select", "OL301,OL901")
    assert code == 1
    assert out.splitlines()[1:] == [
        "templates/locked.md:1:1: OL901 cannot read the file: Permission denied"
    ]
    assert out.startswith("templates/bad.md:4:22: OL301")


def test_a_folder_that_cannot_be_listed_is_reported(repo, capsys, monkeypatch):
    (repo / "templates" / "locked").mkdir()
    (repo / "templates" / "locked" / "x.md").write_text(BAD)
    _locked(monkeypatch, "locked")
    code, out, _ = check(capsys, "templates", "--select", "OL301,OL901")
    assert code == 1
    assert out.splitlines()[1:] == [
        "templates/locked:1:1: OL901 cannot read the folder: Permission denied"
    ]


@pytest.mark.parametrize(
    ("written", "meant"),
    [
        ("linkedn_note", "linkedin_connection_note"),
        ("linkedin_conection_note", "linkedin_connection_note"),
        ("linkedin_msg", "linkedin_message"),
        ("linkedin_inmial", "linkedin_inmail"),
        ("inmail", "linkedin_inmail"),
        ("emial", "email"),
    ],
)
def test_a_misspelt_channel_is_matched_word_by_word(repo, capsys, written, meant):
    (repo / "t.md").write_text(f"---\nchannel: {written}\n---\nHi\n")
    out = check(capsys, "t.md", "--select", "OL9")[1]
    assert out.startswith(
        f"t.md:2:1: OL902 unknown channel {written!r} (did you mean {meant!r}?); known channels: "
    )


def test_missing_file_is_ol901(repo, capsys):
    code, out, _ = check(capsys, "nope.md")
    assert code == 1
    assert out == "nope.md:1:1: OL901 cannot read the file: No such file or directory\n"


def test_bad_front_matter_values_are_findings_at_the_key(repo, capsys):
    (repo / "t.md").write_text(
        "---\nid: 7\nchannel: linkedin_note\nvariables: 5\ntags: [x]\n---\nHi\n"
    )
    code, out, _ = check(capsys, "t.md", "--select", "OL9")
    assert code == 1
    assert out.splitlines() == [
        "t.md:3:1: OL902 unknown channel 'linkedin_note' (did you mean 'linkedin_connection_note'?)"
        "; known channels: email, linkedin_connection_note, linkedin_inmail, linkedin_message",
        "t.md:4:1: OL902 'variables' must be a list of placeholder names, such as "
        "[first_name, company]",
    ]


def test_severity_threshold(repo, capsys):
    (repo / "t.md").write_text(
        "---\nchannel: email\n---\nHi {{ x }}, since we're in the same field\n"
    )
    assert check(capsys, "t.md", "--select", "OL301")[0] == 1
    assert check(capsys, "t.md", "--select", "OL301", "--severity-threshold", "error")[0] == 0
    (repo / ".outreach-lint.yaml").write_text("rules:\n  OL301:\n    severity: error\n")
    assert check(capsys, "t.md", "--select", "OL301", "--severity-threshold", "error")[0] == 1


def test_unknown_option_is_usage_error(repo, capsys):
    assert main(["check", "--nope"]) == 2
    assert "No such option '--nope'" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("args", "shown"),
    [
        (["--select", "XYZ1"], "'select' has 'XYZ1', which is the code of no installed rule"),
        (["--extend-select", "OL108"], "'OL108', which is the code of no installed rule (did"),
    ],
)
def test_selecting_a_code_no_rule_has_is_exit_2(repo, capsys, args, shown):
    """A typo, or a plugin missing here: running on without its rules would pass templates
    they were chosen to stop."""
    code, out, err = check(capsys, *args)
    assert code == 2 and out == ""
    assert shown in err and "is its plugin not installed?" in err


@pytest.mark.parametrize(
    ("prefix", "hint"),
    [
        ("OL99", " (did you mean 'OL9'?)"),
        ("XYZ1", ""),
    ],
)
def test_a_prefix_no_rule_has_is_offered_a_prefix_that_exists_or_nothing(
    repo, capsys, prefix, hint
):
    """'TAL9' is a prefix: the hint is a prefix rules have, never one rule's code."""
    code, out, err = check(capsys, "--select", prefix)
    assert code == 2 and out == ""
    assert f"'select' has {prefix!r}, which is the code of no installed rule{hint}:" in err


@pytest.mark.parametrize(
    ("given", "hint"),
    [
        ("OL130", " (did you mean 'OL103'?)"),  # two swapped
        ("OL611", " (did you mean 'OL601'?)"),  # one changed
        ("OL999", ""),  # two away from every code: OL903 would be a guess
        ("OL809", ""),
    ],
)
def test_a_code_no_rule_has_is_offered_only_a_code_one_typo_away(repo, capsys, given, hint):
    code, _, err = check(capsys, "--select", given)
    assert code == 2
    assert f"'select' has {given!r}, which is the code of no installed rule{hint}:" in err
    code, _, err = rule(capsys, given)
    assert (code, err) == (
        2,
        f"outreach-lint: error: no rule {given!r}{hint}; 'outreach-lint rules' lists them\n",
    )


def test_the_rule_command_offers_the_name_meant(capsys):
    code, _, err = rule(capsys, "generic-greting")
    assert code == 2
    assert "no rule 'generic-greting' (did you mean 'generic-greeting'?)" in err


def test_selecting_from_a_config_file_names_the_file(repo, capsys):
    (repo / ".outreach-lint.yaml").write_text("select: [OL3, HOUSE]\n")
    code, _, err = check(capsys)
    assert code == 2 and ".outreach-lint.yaml" in err and "'HOUSE'" in err


def test_ignoring_a_code_no_rule_has_is_allowed(repo, capsys):
    assert check(capsys, "--select", "OL3", "--ignore", "XYZ1")[0] == 1


def test_unknown_format_is_exit_2(repo, capsys):
    code, _, err = check(capsys, "--format", "xml")
    assert code == 2 and "unknown format 'xml'" in err


def test_rules_lists_every_rule(capsys):
    assert main(["rules"]) == 0
    out = capsys.readouterr().out
    line = next(x for x in out.splitlines() if x.startswith("OL301"))
    assert line.split()[:4] == ["OL301", "same-industry-phrasing", "on", "outreach-lint"]


def test_rule_shows_docs_by_code_or_name(capsys):
    assert main(["rule", "ol302"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("# OL302 default-invitation-text\n")
    for heading in (
        "## What it does",
        "## Why is this bad?",
        "## Example",
        "## Use instead",
        "## Options",
    ):
        assert heading in out
    assert main(["rule", "same-industry-phrasing"]) == 0
    assert main(["rule", "OL399"]) == 2
    assert "no rule 'OL399'" in capsys.readouterr().err


def test_version_lists_plugins(capsys):
    assert main(["--version"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("outreach-lint 0.1.0 (")
    assert "outreach-lint: 0.1.0" in out


def test_version_says_whether_large_runs_are_prefiltered(capsys, monkeypatch):
    from outreach_lint import prefilter

    assert main(["--version"]) == 0
    assert "google-re2 1." in capsys.readouterr().out  # the test extra installs it
    monkeypatch.setattr(prefilter, "re2_version", lambda: None)
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.rstrip().endswith("no google-re2: no prefilter")


def test_python_m_and_console_script(repo):
    for cmd in (
        [sys.executable, "-m", "outreach_lint"],
        [os.path.join(os.path.dirname(sys.executable), "outreach-lint")],
    ):
        done = subprocess.run(
            [*cmd, "check", "--select", "OL301"], capture_output=True, text=True, check=False
        )
        assert done.returncode == 1
        assert done.stdout.startswith("templates/bad.md:4:22: OL301")


def _many_findings(folder: Path) -> Path:
    """A collection whose report (2,000 findings, ~250 KB) fills a pipe several times."""
    entries = "".join(
        f"  - name: t{i}\n    body: Hi, since we're in the same industry, let's connect.\n"
        for i in range(2000)
    )
    path = folder / "many.yaml"
    path.write_text(f"templates:\n{entries}")
    return path


def test_the_console_script_ends_with_the_whole_report_and_the_exit_handlers(
    tmp_path, capsys, monkeypatch
):
    """The process ends without tearing its objects down one by one, but only after the
    report is flushed and the exit handlers (a plugin's, coverage's) have run."""
    many = _many_findings(tmp_path)
    monkeypatch.chdir(tmp_path)
    assert main(["check", "--isolated", "--select", "OL301", many.name]) == 1
    expected = capsys.readouterr().out
    script = (
        "import atexit, sys\n"
        "atexit.register(lambda: print('exit handler ran', file=sys.stderr))\n"
        "from outreach_lint.cli import main_exit\n"
        "sys.argv = ['outreach-lint', 'check', '--isolated', '--select', 'OL301', 'many.yaml']\n"
        "main_exit()\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=False
    )
    assert done.returncode == 1
    assert done.stdout == expected and expected.count("\n") == 2000
    assert done.stderr == "exit handler ran\n"


def test_a_reader_that_stops_early_gets_no_error(tmp_path):
    """ "outreach-lint check . | head": the report stops where the reader stopped, without a
    traceback or an error about the pipe, and the exit code still says there were findings."""
    many = _many_findings(tmp_path)
    script = os.path.join(os.path.dirname(sys.executable), "outreach-lint")
    with subprocess.Popen(
        [script, "check", "--isolated", many.name],
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    ) as process:
        assert process.stdout is not None and process.stderr is not None
        first = process.stdout.readline()
        process.stdout.close()
        err = process.stderr.read()
    assert first.startswith(b"many.yaml:3:")
    assert err == b""
    assert process.returncode == 1


class _Stdin:
    def __init__(self, data: bytes) -> None:
        import io

        self.buffer = io.BytesIO(data)
