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
        md("Hi *|FNAME:there|*, a role."), ["jinja"], ["*|FNAME:there|*"], id="mc-with-fallback"
    ),
    pytest.param(
        md("Hi *|TITLE:FNAME|*, a role at *|COMPANY:your firm|*."),
        ["jinja"],
        ["*|TITLE:FNAME|*", "*|COMPANY:your firm|*"],
        id="mc-function-and-fallback",
    ),
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
    pytest.param(md("Hi *|FNAME:there|*, a role."), ["mailchimp"], id="mc-fallback-is-OL402s"),
    pytest.param(
        md("*|IF:FNAME|*Hi,*|ELSE:|*Hello,*|END:IF|* a role."), ["jinja"], id="mc-block-tags"
    ),
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
        "'*|FNAME|*' would be sent as typed: write it as {{ first_name }}. It looks like a "
        "Mailchimp merge tag (*|MERGE|*), and these templates use {{ double braces }} and "
        "{single braces}; if your sending tool fills in *|MERGE|* tags, ask whoever set up "
        "outreach-lint to add 'mailchimp' to the 'dialects' setting in .outreach-lint.yaml"
    )


def test_message_names_the_style_in_plain_words(lint):
    (f,) = lint(md("Hi {{ first_name }}."), config={"select": [CODE], "dialects": ["percent"]})
    assert f.message == (
        "'{{ first_name }}' would be sent as typed: write it as %FIRSTNAME%. It looks like a "
        "placeholder in {{ double braces }}, and these templates use %PERCENT% signs; if your "
        "sending tool fills in {{ double braces }}, ask whoever set up outreach-lint to add "
        "'jinja' to the 'dialects' setting in .outreach-lint.yaml"
    )
    (f,) = lint(md("Hi {{ first_name }}."), config={"select": [CODE], "dialects": ["mailchimp"]})
    assert f.message.startswith("'{{ first_name }}' would be sent as typed: write it as *|FNAME|*")


def test_a_mailchimp_fallback_is_named_as_one_mailchimp_does_not_read(lint):
    (f,) = lint(md("Hi *|FNAME:there|*, a role."), config={"select": [CODE]})
    assert f.message == (
        "'*|FNAME:there|*' would be sent as typed: write it as {{ first_name|default('there') }}. "
        "It looks like a Mailchimp merge tag (*|MERGE|*) with a fallback, which Mailchimp does "
        "not read, and these templates use {{ double braces }}; if your sending tool fills in "
        "*|MERGE|* tags, ask whoever set up outreach-lint to set 'dialects' to [jinja, "
        "mailchimp] in .outreach-lint.yaml"
    )


def test_with_the_default_styles_the_message_says_where_to_turn_one_on(lint):
    (f,) = lint(md("Hi %FIRSTNAME%."), config={"select": [CODE]})
    assert f.message == (
        "'%FIRSTNAME%' would be sent as typed: write it as {{ first_name }}. It looks like a "
        "Bullhorn placeholder (%NAME%), and these templates use {{ double braces }}; if your "
        "sending tool fills in %PERCENT% signs, ask whoever set up outreach-lint to set "
        "'dialects' to [jinja, percent] in .outreach-lint.yaml"
    )
    assert f.message.count("Bullhorn") == 1


@pytest.mark.parametrize(
    ("written", "variables", "dialects", "rewritten"),
    [
        pytest.param("*|FNAME|*", [], ["jinja"], "{{ first_name }}", id="mailchimp-fname"),
        pytest.param("*|LNAME|*", [], ["jinja"], "{{ last_name }}", id="mailchimp-lname"),
        pytest.param("%CURRENTCOMPANY%", [], ["jinja"], "{{ current_company }}", id="glued-words"),
        pytest.param(
            "*|COMPANY|*", ["companyName", "company"], ["jinja"], "{{ company }}", id="declared"
        ),
        pytest.param("%FIRSTNAME%", ["firstName"], ["jinja"], "{{ firstName }}", id="as-declared"),
        pytest.param("%FIRSTNAME%", [], ["brace"], "{first_name}", id="to-brace"),
        pytest.param("{{ first_name }}", [], ["mailchimp"], "*|FNAME|*", id="to-mailchimp"),
        pytest.param("{{ current_ward }}", [], ["mailchimp"], "*|CURRENT_WARD|*", id="mc-other"),
        pytest.param("*|FNAME|*", [], ["bracket"], "[First Name]", id="to-bracket"),
        pytest.param(
            "*|FNAME:there|*",
            [],
            ["jinja"],
            "{{ first_name|default('there') }}",
            id="mc-fallback-kept",
        ),
        pytest.param("*|FNAME|*", [], ["bracket", "jinja"], "{{ first_name }}", id="not-fill-in"),
    ],
)
def test_the_message_says_what_to_write_in_the_style_that_is_on(
    lint, written, variables, dialects, rewritten
):
    head = "channel: email\n" + (f"variables: {variables}\n" if variables else "")
    text = f"---\n{head}---\nHi {written}, a role in Leeds.\n"
    (f,) = lint(text, config={"select": [CODE], "dialects": dialects})
    assert f.message.startswith(f"'{written}' would be sent as typed: write it as {rewritten}. ")


@pytest.mark.parametrize(
    "written", ["*|UNSUB|*", "*|LIST:ADDRESS|*", "{{ contact.first_name }}", "*|A_B_C_D_E|*"]
)
def test_no_name_is_made_up_for_a_tools_own_field_or_an_objects(lint, written):
    """Mailchimp fills in "*|UNSUB|*" itself, and "contact.first_name" is a field of an object:
    no name in the other style is written for them, nor for a name of more than four words."""
    dialects = ["mailchimp"] if written.startswith("{") else ["jinja"]
    (f,) = lint(md(f"Hi {written}."), config={"select": [CODE], "dialects": dialects})
    assert "write it as" not in f.message
    assert f.message.startswith(f"'{written}' would be sent as typed: rewrite it in ")


def test_a_style_written_by_a_plugin_is_named_not_written(lint):
    """No built-in knows how a plugin's style writes a placeholder: the message names it."""
    (f,) = lint(md("Hi {{ first_name }}."), config={"select": [CODE], "dialects": ["salesforce"]})
    assert f.message.startswith(
        "'{{ first_name }}' would be sent as typed: rewrite it in the 'salesforce' style. It "
        "looks like a placeholder in {{ double braces }}, and these templates use the "
        "'salesforce' style; "
    )


def test_the_message_names_the_percent_form_as_written(lint):
    """%%…%% is Salesforce Marketing Cloud's, %…% Bullhorn's: each is named by its own form."""
    (f,) = lint(md("Hi %%FirstName%%."), config={"select": [CODE]})
    assert "It looks like a Salesforce Marketing Cloud placeholder (%%NAME%%), and " in f.message
    assert "Bullhorn" not in f.message
    (f,) = lint(md("Hi %FIRSTNAME%."), config={"select": [CODE]})
    assert "It looks like a Bullhorn placeholder (%NAME%), and " in f.message
    assert "Salesforce" not in f.message


def test_position_and_exit_code_through_the_cli(tmp_path, capsys, monkeypatch):
    (tmp_path / "t.md").write_text(md("Hi {{ first_name }},\r\n\tsee *|COMPANY|* 🚀."))
    monkeypatch.chdir(tmp_path)
    code = main(["check", "--isolated", "--select", CODE, "t.md"])
    out = capsys.readouterr().out
    assert code == 1
    assert out.startswith("t.md:5:6: OL407 '*|COMPANY|*' would be sent as typed: write it as ")
    assert "set 'dialects' to [jinja, mailchimp] in .outreach-lint.yaml" in out
