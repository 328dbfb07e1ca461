from __future__ import annotations

import pytest

CODE = "OL404"
HANDWRITTEN = ["jinja", "bracket", "angle"]


def md(body: str, front: str = "channel: linkedin_connection_note\n") -> str:
    return f"---\n{front}---\n{body}\n"


FIRE = [
    pytest.param(
        md("Hi {{ first_name }}, your work at [Company] fits."), HANDWRITTEN, id="jinja-bracket"
    ),
    pytest.param(
        md("Hi [First Name], I saw your talk on <talk topic>."), HANDWRITTEN, id="bracket-angle"
    ),
    pytest.param(md("Hello <name>, congrats on {{ launch }}!"), HANDWRITTEN, id="angle-jinja"),
    pytest.param(
        md("Hi {first_name}, how is %COMPANYNAME%?"), ["brace", "percent"], id="brace-percent"
    ),
    pytest.param(
        md("Hi *|FNAME|*, your work at {{ company }} fits.", "channel: email\n"),
        ["mailchimp", "jinja"],
        id="mailchimp-jinja",
    ),
    pytest.param(
        md("Hi <name>, a role for you.", "channel: email\nsubject: '[Job Title] role'\n"),
        HANDWRITTEN,
        id="subject-and-body",
    ),
]

NO_FIRE = [
    pytest.param(md("Hi {{ first_name }}, how is {{ company }}?"), HANDWRITTEN, id="jinja-only"),
    pytest.param(md("Hi [First Name], how is [Current Company]?"), HANDWRITTEN, id="bracket-only"),
    pytest.param(
        md("Hi {{ first_name }}, I'm hiring for [Company]."), ["jinja"], id="other-style-inactive"
    ),
    pytest.param(
        md(
            "{% if first_name %}Hi {{ first_name }},{% else %}Hello,{% endif %} "
            "how's {{ company }}?"
        ),
        HANDWRITTEN,
        id="jinja-tags",
    ),
    pytest.param(
        md("Hi {{ first_name }}, see [our careers page](https://example.com)."),
        HANDWRITTEN,
        id="markdown-link",
    ),
    pytest.param(
        md("Hi {{ first_name }}, <b>great</b> talk at {{ event }}."), HANDWRITTEN, id="html-tag"
    ),
    pytest.param(md("Hello, we're hiring in Leeds."), HANDWRITTEN, id="no-placeholders"),
]


@pytest.mark.parametrize(("text", "dialects"), FIRE)
def test_fires(lint, text, dialects):
    found = lint(text, config={"select": [CODE], "dialects": dialects})
    assert [f.code for f in found] == [CODE]


@pytest.mark.parametrize(("text", "dialects"), NO_FIRE)
def test_does_not_fire(lint, text, dialects):
    assert lint(text, config={"select": [CODE], "dialects": dialects}) == []


def test_one_finding_per_extra_style(lint):
    text = md("Hi {{ first_name }}, [Company] and <role> and {{ company }}.")
    found = lint(text, config={"select": [CODE], "dialects": HANDWRITTEN})
    assert [(f.column, f.end_column) for f in found] == [(22, 31), (36, 42)]
    assert "{{ first_name }}" in found[0].message and "[Company]" in found[0].message


def test_points_at_the_first_placeholder_of_the_second_style(lint):
    text = """\
        ---
        channel: email
        subject: Hi
        ---
        Hi {{ first_name }},

        I saw your talk on <talk topic> and <talk topic> again.
        """
    (f,) = lint(text, config={"select": [CODE], "dialects": HANDWRITTEN})
    assert (f.line, f.column, f.end_line, f.end_column) == (7, 20, 7, 32)


def test_points_at_it_in_a_yaml_collection(lint):
    text = """\
        templates:
          - name: talk-note
            channel: linkedin_connection_note
            body: |
              Hi [First Name],
              I saw your talk on {{ talk_topic }}.
        """
    (f,) = lint(text, path="notes.yaml", config={"select": [CODE], "dialects": HANDWRITTEN})
    assert (f.line, f.column, f.end_column) == (6, 26, 42)
