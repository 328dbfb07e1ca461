from __future__ import annotations

import pytest

from outreach_lint.cli import main

CODE = "OL407"


def md(body: str, subject: str | None = None) -> str:
    head = "channel: email\n" + (f"subject: '{subject}'\n" if subject else "")
    return f"---\n{head}---\n{body}\n"


FIRE = [
    pytest.param(md("Hi *|FNAME|*, a role in Leeds."), ["jinja"], ["*|FNAME|*"], id="mailchimp"),
    pytest.param(md("Hi %FIRSTNAME%, a role."), ["jinja"], ["%FIRSTNAME%"], id="bullhorn"),
    pytest.param(md("Hi %%FirstName%%, a role."), ["jinja"], ["%%FirstName%%"], id="sfmc"),
    pytest.param(
        md("*|IF:FNAME|*Hi *|FNAME|*,*|END:IF|* Is {{ day }} good?"),
        ["mailchimp"],
        ["{{ day }}"],
        id="jinja-in-mailchimp-templates",
    ),
    pytest.param(
        md("Hi {{ first_name }}, at *|COMPANY|* and %COMPANY%."),
        ["jinja"],
        ["*|COMPANY|*", "%COMPANY%"],
        id="one-finding-each",
    ),
    pytest.param(md("Hello.", subject="*|FNAME|*, a role"), ["jinja"], ["*|FNAME|*"], id="subject"),
    pytest.param(md("Hi {first_name}, a role."), ["mailchimp"], ["{first_name}"], id="brace"),
    pytest.param(
        md("Hi %USERNAME%, see %APPDATA%."), ["jinja"], ["%USERNAME%"], id="not-every-variable"
    ),
    pytest.param(md("Hi %%PATH%%, a role."), ["jinja"], ["%%PATH%%"], id="sfmc-is-no-variable"),
    pytest.param(
        md("%%[ SET @g = 'Hi' ]%%\n%%=v(@g)=%%, a role at %%=ProperCase(Employer)=%%."),
        ["jinja"],
        ["%%=v(@g)=%%", "%%=ProperCase(Employer)=%%"],
        id="ampscript-output",
    ),
]

NO_FIRE = [
    pytest.param(md("Hi *|FNAME|*, a role."), ["mailchimp"], id="style-is-on"),
    pytest.param(md("Hi *|FNAME|* and {{ x }}."), ["jinja", "mailchimp"], id="both-on"),
    pytest.param(md("Hi [First Name], a role."), ["jinja"], id="fill-in-left-to-OL403"),
    pytest.param(md("Hi {first_name}, a role."), ["jinja"], id="broken-braces-left-to-OL402"),
    pytest.param(md("A 20%-30% bonus, 100% remote; 5% is 5 %."), ["jinja"], id="percentages"),
    pytest.param(
        md("Your write-up on DLL hijacking via %APPDATA% and %Path% was great."),
        ["jinja"],
        id="windows-variables",
    ),
    pytest.param(md("Rated *|* by 4 |* people *| ok."), ["jinja"], id="lone-delimiters"),
    pytest.param(md("Hi {# *|FNAME|* #} there."), ["jinja"], id="in-a-comment"),
]


@pytest.mark.parametrize(("text", "dialects", "shown"), FIRE)
def test_fires(lint, text, dialects, shown):
    found = lint(text, config={"select": [CODE], "dialects": dialects})
    assert [f.code for f in found] == [CODE] * len(shown)
    assert [f.snippet for f in found] == shown


@pytest.mark.parametrize(("text", "dialects"), NO_FIRE)
def test_does_not_fire(lint, text, dialects):
    assert lint(text, config={"select": [CODE], "dialects": dialects}) == []


def test_message_names_both_styles_and_the_setting(lint):
    (f,) = lint(md("Hi *|FNAME|*."), config={"select": [CODE], "dialects": ["jinja", "brace"]})
    assert f.message == (
        "'*|FNAME|*' looks like a Mailchimp merge tag (*|MERGE|*), but the 'dialects' setting "
        "says these templates use {{ double braces }} and {single braces}, so a tool that reads "
        "only those would send it as typed: rewrite it in {{ double braces }} or {single "
        "braces}; if your sending tool reads *|MERGE|* tags, add 'mailchimp' to 'dialects' in "
        "the config"
    )


def test_message_names_the_style_in_plain_words(lint):
    (f,) = lint(md("Hi {{ first_name }}."), config={"select": [CODE], "dialects": ["percent"]})
    assert f.message == (
        "'{{ first_name }}' looks like a placeholder in {{ double braces }}, but the 'dialects' "
        "setting says these templates use %PERCENT% signs, so a tool that reads only those would "
        "send it as typed: rewrite it in %PERCENT% signs; if your sending tool reads {{ double "
        "braces }}, add 'jinja' to 'dialects' in the config"
    )
    (f,) = lint(md("Hi {{ first_name }}."), config={"select": [CODE], "dialects": ["mailchimp"]})
    assert f.message.startswith("'{{ first_name }}' looks like a placeholder in {{ double braces")


def test_with_the_default_styles_the_message_names_no_setting_that_is_not_there(lint):
    (f,) = lint(md("Hi %FIRSTNAME%."), config={"select": [CODE]})
    assert f.message == (
        "'%FIRSTNAME%' looks like a Bullhorn placeholder (%NAME%), but these templates use "
        "{{ double braces }} (the default), so a tool that reads only those would send it as "
        "typed: rewrite it in {{ double braces }}; if your sending tool reads %PERCENT% signs, "
        "set 'dialects' to [jinja, percent] in a config file (see the README)"
    )
    assert f.message.count("Bullhorn") == 1


def test_the_message_names_the_percent_form_as_written(lint):
    """%%…%% is Salesforce Marketing Cloud's, %…% Bullhorn's: each is named by its own form."""
    (f,) = lint(md("Hi %%FirstName%%."), config={"select": [CODE]})
    assert f.message.startswith(
        "'%%FirstName%%' looks like a Salesforce Marketing Cloud placeholder (%%NAME%%), but "
    )
    assert "Bullhorn" not in f.message
    (f,) = lint(md("Hi %FIRSTNAME%."), config={"select": [CODE]})
    assert f.message.startswith("'%FIRSTNAME%' looks like a Bullhorn placeholder (%NAME%), but ")
    assert "Salesforce" not in f.message


def test_position_and_exit_code_through_the_cli(tmp_path, capsys, monkeypatch):
    (tmp_path / "t.md").write_text(md("Hi {{ first_name }},\r\n\tsee *|COMPANY|* 🚀."))
    monkeypatch.chdir(tmp_path)
    code = main(["check", "--isolated", "--select", CODE, "t.md"])
    out = capsys.readouterr().out
    assert code == 1
    assert out.startswith("t.md:5:6: OL407 '*|COMPANY|*' looks like a Mailchimp merge tag")
    assert "in a config file (see the README)" in out
