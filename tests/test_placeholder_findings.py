"""One placeholder gone wrong, seen by several rules: the findings agree on its cause, and each
says it once."""

from __future__ import annotations

from pathlib import Path

import pytest

from outreach_lint.cli import main


def _check(tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, *args: str) -> list[str]:
    """The findings on ``text`` as the CLI prints them, without the file name."""
    path = tmp_path / "note.md"
    path.write_text(text)
    main(["check", "--no-cache", "--isolated", *args, str(path)])
    prefix = f"{path}:"
    return [line.removeprefix(prefix) for line in capsys.readouterr().out.splitlines()]


def _codes_at(lines: list[str]) -> list[str]:
    return [" ".join(line.split()[:2]) for line in lines]


NOTE = (
    "---\nchannel: linkedin_connection_note\nvariables: [first_name, company]\n---\n"
    "Hi {{ first_name|default('there') }}, I hire React engineers in Berlin and {company} keeps "
    "coming up. Open to connecting?\n"
)


def test_a_placeholder_in_a_style_that_is_off_is_reported_once_where_it_is(tmp_path, capsys):
    lines = _check(tmp_path, capsys, NOTE)
    at_it = [line for line in lines if line.startswith("5:76:")]
    assert _codes_at(at_it) == ["5:76: OL402"]
    assert not [line for line in lines if " OL405 " in line]


MISSPELT = (
    "---\nchannel: email\nsubject: Quick question\nvariables: [first_name, company]\n---\n"
    "Hi {{ first_name|default('there') }}, I saw that {{ compnay }} is growing fast. Could we "
    "talk on Thursday?\n"
)


def test_a_misspelt_placeholder_is_named_as_a_slip_by_every_rule(tmp_path, capsys):
    """OL401, OL405 and OL102 name the one cause, the typo for 'company', and none of them
    suggests registering it."""
    lines = _check(tmp_path, capsys, MISSPELT)
    by_code = {line.split()[1]: line for line in lines}
    assert by_code["OL401"].startswith("6:50: OL401 did you mean {{ company }}?")
    assert by_code["OL405"].endswith("{{ compnay }} on line 6 may be meant for it (see OL401)")
    assert by_code["OL102"].endswith(
        "{{ compnay }} on line 6 would count once written as {{ company }} (see OL401)"
    )
    for line in lines:
        assert "placeholder-kinds" not in line and "known-placeholders" not in line
        assert "add it there" not in line


def test_their_company_in_a_style_that_is_off_is_not_asked_for_again(tmp_path, capsys):
    """OL102 does not ask for a placeholder for their company, as if there were none: it
    points at the one there, as OL402 reports it."""
    lines = _check(tmp_path, capsys, NOTE)
    (ol102,) = [line for line in lines if " OL102 " in line]
    assert "add a placeholder" not in ol102
    assert ol102.endswith(
        "{company} on line 5 would count once written as {{ company }} (see OL402)"
    )
    assert "5:76: OL402" in _codes_at(lines)


BULLHORN = (
    "Subject: Forklift Driver roles\nHi %FIRSTNAME%,\n\nYour forklift experience at "
    "%CURRENTCOMPANY% is why I'm writing: a Slough warehouse needs Forklift Drivers. Could I "
    "call you Tuesday?\n\nLee\n"
)


def test_placeholders_in_another_tools_style_are_named_by_ol101(tmp_path, capsys):
    path = tmp_path / "note.txt"
    path.write_text(BULLHORN)
    main(["check", "--no-cache", "--isolated", str(path)])
    lines = [line.removeprefix(f"{path}:") for line in capsys.readouterr().out.splitlines()]
    (ol101,) = [line for line in lines if " OL101 " in line]
    assert "add a placeholder" not in ol101
    assert "%CURRENTCOMPANY% on line 4 as {{ current_company }} (see OL407)" in ol101
    assert {"2:4: OL407", "4:29: OL407"} <= set(_codes_at(lines))


def test_a_declared_name_as_a_fill_in_is_reported_once_where_it_is(tmp_path, capsys):
    text = NOTE.replace("{{ first_name|default('there') }}", "[First Name]").replace(
        "{company}", "[Company]"
    )
    lines = _check(tmp_path, capsys, text)
    assert [c for c in _codes_at(lines) if c.startswith("5:4:") or c.startswith("5:55:")] == [
        "5:4: OL403",
        "5:55: OL403",
    ]
    assert not [line for line in lines if " OL405 " in line]


def test_a_broken_placeholder_of_theirs_is_named_by_ol102(tmp_path, capsys):
    text = NOTE.replace("{company}", "{{ company }")
    lines = _check(tmp_path, capsys, text)
    (ol102,) = [line for line in lines if " OL102 " in line]
    assert ol102.endswith(
        "{{ company } on line 5 would count once written as {{ company }} (see OL402)"
    )
    assert not [line for line in lines if " OL405 " in line]


MAILCHIMP = (
    "---\nchannel: email\nsubject: Class 1 driver, Doncaster\n"
    "variables: [first_name, current_depot]\n---\n"
    "Hi *|FNAME|*,\n\nYour nights out of *|CURRENT_DEPOT|* are why I'm writing: a Doncaster "
    "haulier needs a Class 1 driver. Could I call you Wednesday?\n"
)


def test_a_name_written_in_a_style_that_is_off_is_not_also_unused(tmp_path, capsys):
    """OL407 says to write *|FNAME|* as {{ first_name }}; OL405 does not say first_name is
    unused and may be removed, which would make that rewrite undeclared."""
    lines = _check(tmp_path, capsys, MAILCHIMP)
    assert (
        "6:4: OL407 '*|FNAME|*' would be sent as typed: write it as {{ first_name }}."
        in "".join(lines)
    )
    assert not [line for line in lines if " OL405 " in line]
    # with no placeholder standing for it, the declared name is still unused
    lines = _check(tmp_path, capsys, MAILCHIMP.replace("*|FNAME|*", "Sam"))
    assert [line.split()[1] for line in lines if " OL405 " in line] == ["OL405"]


def test_a_name_declared_with_spaces_is_to_be_renamed_not_written_with_them(tmp_path, capsys):
    """'First Name' under variables, {{ first_name }} in the text: OL401 must not offer
    {{ First Name }}, which double braces cannot hold."""
    text = (
        "---\nchannel: linkedin_connection_note\nvariables: [First Name, company]\n---\n"
        "Hi {{ first_name }}, loved what {{ company }} shipped this year. Open to a call?\n"
    )
    lines = [line for line in _check(tmp_path, capsys, text) if " OL401 " in line]
    assert lines == [
        "5:4: OL401 {{ first_name }} is not declared in 'variables', so it may be sent blank: it "
        "is declared there as 'First Name', with spaces, which this placeholder style cannot "
        "hold; write it first_name there"
    ]
