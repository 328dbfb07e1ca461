from __future__ import annotations

import pytest

CODE = "OL405"


def md(variables: str, body: str, extra: str = "") -> str:
    return f"---\nchannel: email\nsubject: Hi\nvariables: {variables}\n{extra}---\n{body}\n"


FIRE = [
    pytest.param(md("[first_name]", ""), 1, id="blank-body-still-checked"),
    pytest.param(md("[first_name, company]", "Hi {{ first_name }}, how are you?"), 1, id="one"),
    pytest.param(
        md("[first_name, company, skill, hiring_manager]", "Hi {{ first_name }} at {{ company }}."),
        2,
        id="two",
    ),
    pytest.param(
        md("[first_name, company]", "Hi {{ first_name }}. {# {{ company }} #}"),
        1,
        id="only-in-a-comment",
    ),
    pytest.param(
        md("[contact.firstname, contact.company]", "Hi {{ contact.firstname }}."),
        1,
        id="dotted-sibling",
    ),
    pytest.param(
        md("{first_name: {max_length: 12}, company: null}", "Hi {{ first_name }}."),
        1,
        id="mapping-form",
    ),
    pytest.param(
        md("[first_name, linkedin_url]", "Hi {{ first_name }}, see linkedin_url."),
        1,
        id="name-in-plain-text",
    ),
]

NO_FIRE = [
    pytest.param(
        md("[first_name, company]", "Hi {{ first_name }} at {{ company }}."), id="all-used"
    ),
    pytest.param(
        # one used by a placeholder, the other only in a tag: the tags are read all the same
        md("[first_name, company]", "Hi {{ first_name }}. {% if company %}Hi!{% endif %}"),
        id="placeholder-and-tag",
    ),
    pytest.param(
        md("[first_name]", "{% if first_name %}Hi there,{% endif %} hello."), id="jinja-if"
    ),
    pytest.param(md("[first_name]", "{{#if first_name}}Hi!{{/if}} hello."), id="handlebars-if"),
    pytest.param(
        md("[skills]", "Hi, {% for s in skills %}{{ s }}, {% endfor %} is great."), id="for-loop"
    ),
    pytest.param(md("[contact]", "Hi {{ contact.firstname }}."), id="dotted-child"),
    pytest.param(
        md(
            "[first_name, role]", "Hi {{ first_name }}.", "subject: '{{ role }} in Leeds'\n"
        ).replace("subject: Hi\n", ""),
        id="used-in-subject",
    ),
    pytest.param(
        md("[Candidate first name]", "Hi {{Candidate first name}}, hello."), id="names-with-spaces"
    ),
    pytest.param("---\nchannel: email\n---\nHi {{ first_name }}\n", id="no-variables-key"),
]


@pytest.mark.parametrize(("text", "count"), FIRE)
def test_fires(lint, text, count):
    assert [f.code for f in lint(text, config={"select": [CODE]})] == [CODE] * count


@pytest.mark.parametrize("text", NO_FIRE)
def test_does_not_fire(lint, text):
    assert lint(text, config={"select": [CODE]}) == []


def test_mailchimp_conditional_counts_as_use(lint):
    text = md("[FNAME, COMPANY]", "*|IF:FNAME|*Hi,*|END:IF|* how is *|COMPANY|*?")
    assert lint(text, config={"select": [CODE], "dialects": ["mailchimp"]}) == []
    text = md("[FNAME, COMPANY]", "Hi *|FNAME|*, hello.")
    found = lint(text, config={"select": [CODE], "dialects": ["mailchimp"]})
    assert ["'COMPANY'" in f.message for f in found] == [True]


def test_points_at_each_unused_name_where_it_is_declared(lint):
    text = """\
        ---
        channel: email
        subject: Operations Manager, Corby
        variables: [first_name, company, skill, hiring_manager]
        ---
        Hi {{ first_name|default('there') }}, you ran the night shift at {{ company }}.
        """
    found = lint(text, config={"select": [CODE]})
    assert [(f.line, f.column) for f in found] == [(4, 34), (4, 41)]
    assert ["'skill'" in found[0].message, "'hiring_manager'" in found[1].message] == [True, True]


def test_points_at_the_unused_name_in_a_yaml_collection(lint):
    text = """\
        templates:
          - name: note
            channel: linkedin_connection_note
            variables: [first_name, current_title]
            body: |
              Hi {{ first_name }}, I'm hiring a sous chef.
        """
    (f,) = lint(text, path="notes.yaml", config={"select": [CODE]})
    assert (f.line, f.column) == (4, 29)
    assert "current_title" in f.message


@pytest.mark.parametrize(
    "variables",
    [
        "variables:\n  - first_name\n  - skill\n",
        "variables:\n  - first_name\n  - name: skill\n    max_length: 20\n",
        "variables:\n  first_name:\n  skill: {max_length: 20}\n",
    ],
)
def test_points_at_the_unused_name_in_a_block_list_or_mapping(lint, variables):
    text = f"---\nchannel: email\nsubject: x\n{variables}---\nHi {{{{ first_name }}}}, hello.\n"
    (f,) = lint(text, config={"select": [CODE]})
    assert f.line == 6 and text.splitlines()[5][f.column - 1 :].lstrip("- ").startswith(
        ("skill", "name: skill")
    )


PLAIN_TEXT = "appears here only as plain text, not as a placeholder"
NEVER_USED = "never used in the subject or body"


@pytest.mark.parametrize(
    ("body", "name", "column", "snippet"),
    [
        pytest.param("How is *|company|*", "company", 8, "*|company|*", id="broken-dialect"),
        pytest.param("Hi, see linkedin_url.", "linkedin_url", 9, "linkedin_url", id="identifier"),
    ],
)
def test_a_name_written_as_plain_text_is_pointed_at_there(lint, body, name, column, snippet):
    """The declaration is right and the placeholder is broken: the finding says so, where the
    fix goes."""
    (f,) = lint(md(f"[{name}]", body), config={"select": [CODE]})
    assert (f.line, f.column, f.snippet) == (6, column, snippet)
    assert f.message == (
        f"'{name}' is declared under 'variables' but {PLAIN_TEXT} ('{snippet}'): check the "
        "placeholder's syntax"
    )


@pytest.mark.parametrize(
    ("body", "name", "column", "other"),
    [
        pytest.param("Hi {{first_name}, hello.", "first_name", 4, "OL402", id="one-brace"),
        pytest.param("Hi {first_name}}, hello.", "first_name", 4, "OL402", id="open"),
        pytest.param("Hi {{ first_name ], hello.", "first_name", 4, "OL402", id="bracket"),
        pytest.param("How is {{company}?", "company", 8, "OL402", id="ordinary-word"),
        pytest.param("How is {company}?", "company", 8, "OL402", id="single-braces"),
        pytest.param("How is *|COMPANY|*?", "COMPANY", 8, "OL407", id="style-off"),
        pytest.param("Hi *|FNAME:there|*, hello.", "FNAME", 4, "OL407", id="style-off-fallback"),
        pytest.param("Hi %%FirstName%%, hello.", "first_name", 4, "OL407", id="style-off-loose"),
        pytest.param("How is [Company]?", "company", 8, "OL403", id="fill-in"),
        pytest.param("Hi [First Name], hello.", "first_name", 4, "OL403", id="fill-in-label"),
    ],
)
def test_a_placeholder_reported_as_broken_or_off_is_not_reported_again(
    lint, body, name, column, other
):
    """OL402 or OL407 says what is wrong with the placeholder, at the same place: a second
    finding there would repeat the cause. Nor is the name reported as never used."""
    found = lint(md(f"[{name}]", body), config={"select": [CODE, other]})
    assert [(f.code, f.line, f.column) for f in found] == [(other, 6, column)]


def test_a_name_used_nowhere_beside_a_broken_placeholder_is_still_reported(lint):
    found = lint(md("[first_name, company]", "Hi {first_name}, hello."), config={"select": [CODE]})
    assert [(f.line, f.column) for f in found] == [(4, 25)]
    assert "'company'" in found[0].message and NEVER_USED in found[0].message


def test_a_name_written_as_plain_text_in_the_subject(lint):
    text = md("[role]", "Hi there, hello.").replace("subject: Hi", "subject: About *|role|*")
    (f,) = lint(text, config={"select": [CODE]})
    assert (f.line, f.column, f.snippet) == (3, 16, "*|role|*")
    assert PLAIN_TEXT in f.message


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Our company is growing, hello.", id="ordinary-word-in-prose"),
        pytest.param("We are a **company** that cares.", id="markdown-emphasis"),
        pytest.param("See [company](https://acme.example) for more.", id="markdown-link"),
        pytest.param("I saw that [Company Name] is hiring.", id="fill-in"),
        pytest.param("Hi there. {# {{company}} #}", id="in-a-comment"),
        pytest.param("Hi there, about our companys.", id="part-of-a-word"),
    ],
)
def test_an_ordinary_word_in_prose_is_not_a_broken_placeholder(lint, body):
    (f,) = lint(md("[company]", body), config={"select": [CODE]})
    assert (f.line, f.column) == (4, 13)  # at "company" in "variables: [company]"
    assert NEVER_USED in f.message and "remove it from 'variables'" in f.message


@pytest.mark.parametrize("written", ["%%FirstName%%", "%%FIRSTNAME%%", "%%First_Name%%"])
def test_a_name_matches_its_placeholder_case_and_separators_aside(lint, written):
    # (found where it is written, which OL407 reports: not "never used" at the declaration)
    found = lint(
        md("[first_name, company]", f"Hi {written}, your work at %%Company%% stood out."),
        config={"select": [CODE, "OL407"]},
    )
    assert [(f.code, f.snippet) for f in found] == [("OL407", written), ("OL407", "%%Company%%")]


def test_a_name_without_separators_in_prose_is_no_placeholder(lint):
    # ("firstname" with no delimiters round it is a word, and the name is simply unused)
    (f,) = lint(md("[first_name]", "Hi there, firstname basis is fine."), config={"select": [CODE]})
    assert f.message.startswith("'first_name' is declared under 'variables' but never used")


@pytest.mark.parametrize("name", ["company", "skill", "current_pharmacy"])
def test_an_unused_name_of_theirs_is_to_say_something_about_them(lint, name):
    (f,) = lint(
        md(f"[first_name, {name}]", "Hi {{ first_name }}, hello."), config={"select": [CODE]}
    )
    assert f.message == (
        f"'{name}' is declared under 'variables' but {NEVER_USED}: use it to say something "
        "about the recipient, or remove it from 'variables'"
    )


@pytest.mark.parametrize(
    "name", ["calendar_link", "recruiter_name", "unsubscribe_link", "salary", "town"]
)
def test_an_unused_name_of_the_senders_is_only_to_be_used(lint, name):
    (f,) = lint(
        md(f"[first_name, {name}]", "Hi {{ first_name }}, hello."), config={"select": [CODE]}
    )
    assert f.message == (
        f"'{name}' is declared under 'variables' but {NEVER_USED}: use it in the message, or "
        "remove it from 'variables'"
    )
    assert "recipient" not in f.message


def test_a_label_uses_its_declared_name_case_and_separators_aside(lint):
    text = md("[first_name, company]", "Hi [First Name], loved what [Company] shipped.")
    assert lint(text, config={"select": [CODE], "dialects": ["jinja", "bracket"]}) == []
    text = md("[first_name, company]", "Hi <first-name>, how is <COMPANY>?")
    assert lint(text, config={"select": [CODE], "dialects": ["jinja", "angle"]}) == []


def test_a_label_of_another_name_does_not_use_it(lint):
    text = md("[first_name, company]", "Hi [First Name], how is [Employer]?")
    (f,) = lint(text, config={"select": [CODE], "dialects": ["jinja", "bracket"]})
    assert "'company'" in f.message and NEVER_USED in f.message


def test_an_identifier_in_another_case_does_not_use_the_name(lint):
    """Jinja tells case apart: "{{ First_Name }}" is not "first_name" (OL401 reports it), so
    "first_name" is never used, as OL401 reads it."""
    (f,) = lint(md("[first_name]", "Hi {{ First_Name }}, hello."), config={"select": [CODE]})
    assert "'first_name'" in f.message and (f.line, f.column) == (4, 13)


@pytest.mark.parametrize(
    ("variables", "body", "name", "shown"),
    [
        pytest.param(
            "[first_name, company]",
            "Hi {{ first_name }} at {{ compnay }}.",
            "company",
            "{{ compnay }}",
            id="misspelt",
        ),
        pytest.param(
            "[first_name]",
            "Hi {{ First_Name }}, hello.",
            "first_name",
            "{{ First_Name }}",
            id="case",
        ),
    ],
)
def test_an_unused_name_points_at_the_placeholder_that_may_be_meant_for_it(
    lint, variables, body, name, shown
):
    """Not "use it or remove it": the placeholder is there, misspelt (OL401 says so)."""
    (f,) = lint(md(variables, body), config={"select": [CODE]})
    assert (f.line, f.column) == (4, 13 + variables.index(name) - 1)
    assert f.message == (
        f"'{name}' is declared under 'variables' but never used: {shown} on line 6 may be "
        "meant for it (see OL401)"
    )


def test_an_unused_name_beside_an_unrelated_undeclared_one_is_simply_unused(lint):
    (f,) = lint(
        md("[first_name, company]", "Hi {{ first_name }} at {{ team }}."), config={"select": [CODE]}
    )
    assert f.message.startswith(f"'company' is declared under 'variables' but {NEVER_USED}: use")
