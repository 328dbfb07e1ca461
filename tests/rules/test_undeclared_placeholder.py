from __future__ import annotations

import pytest

FIRE = [
    pytest.param(
        "---\nvariables: [first_name]\n---\nHi {{ frist_name }}\n", "{{ frist_name }}", id="typo"
    ),
    pytest.param("---\nvariables: []\n---\nHi {{ name }}\n", "{{ name }}", id="empty-list"),
    pytest.param(
        "---\nvariables: {first_name: {max_length: 10}}\n---\nAt {{ company }}\n",
        "{{ company }}",
        id="mapping-form",
    ),
    pytest.param(
        "---\nsubject: 'About {{ role }}'\nvariables: [name]\n---\nHi {{ name }}\n",
        "{{ role }}",
        id="in-subject",
    ),
    pytest.param(
        "---\nvariables: [contact]\n---\n{{ contacts.firstname }}\n",
        "{{ contacts.firstname }}",
        id="dotted-other-root",
    ),
]
NO_FIRE = [
    pytest.param("Hi {{ anything }}\n", id="no-variables-key"),
    pytest.param("---\nvariables: [first_name]\n---\nHi {{ first_name }}\n", id="declared"),
    pytest.param("---\nvariables: [contact]\n---\nHi {{ contact.firstname }}\n", id="dotted"),
    pytest.param(
        "---\nvariables:\n  - name: company\n    sample: Acme\n---\nAt {{ company }}\n",
        id="name-key-form",
    ),
    pytest.param(
        "---\nvariables: [x]\n---\n{% if x %}{{ x }}{% endif %}{# {{ y }} #}\n",
        id="comment-not-a-placeholder",
    ),
]


MAILCHIMP_FOOTER = "*|LIST:COMPANY|*, *|LIST:ADDRESS|*. *|UNSUB|* (sent *|DATE:d/m/y|*)"


def test_mailchimp_fills_in_its_own_tags(lint):
    config = {"select": ["OL401"], "dialects": ["mailchimp"]}
    text = f"---\nvariables: [FNAME]\n---\nHi *|TITLE:FNAME|*, a note.\n\n{MAILCHIMP_FOOTER}\n"
    assert lint(text, config=config) == []
    (f,) = lint(text.replace("*|TITLE:FNAME|*", "*|TITLE:FIRSTNAME|*"), config=config)
    assert "*|TITLE:FIRSTNAME|*" in f.message


LOCAL = "---\nvariables: [first_name, skills, jobs, company]\n---\n"


@pytest.mark.parametrize(
    "body",
    [
        "Your work on{% for skill in skills %} {{ skill }}{% endfor %} fits.",
        "{% for a, b in skills %}{{ a }} {{ b }} {{ loop.index }}{% endfor %}",
        "{% set c = company %}{{ c }} {% assign d = company %}{{ d }}",
        "{% for j in jobs %}{{ forloop.index }} {{ loop.index }}{% endfor %}",
        "{{#each skills}}{{this}} {{@index}}{{/each}} {{#each jobs}}{{title}}{{/each}}",
        "{{#with company}}{{name}}, {{city}}{{/with}}",
        "{{#jobs}}- {{ title }} in {{ city }}\n{{/jobs}}",
        "{{#each jobs}}{{#each tags}}{{ name }}{{/each}} led by {{ lead }}{{/each}}",
        "{% with co = company, n = first_name %}{{ co }} {{ n }}{% endwith %}",
        "{% macro row(label, value=1) %}{{ label }} {{ value }}{% endmacro %}",
    ],
)
def test_names_the_template_binds_itself_are_declared(lint, body):
    assert lint(LOCAL + body + "\n", config={"select": ["OL401"]}) == []


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        ("{{ this }} and {{ loop.index }}", ["{{ this }}", "{{ loop.index }}"]),
        ("{# {% set compnay = 1 %} #}{{ compnay }}", ["{{ compnay }}"]),
        ("{{#if jobs}}{{ titel }}{{/if}}", ["{{ titel }}"]),
        (
            "{% for j in jobs %}{{ j }}{% endfor %} then {{ loop.index }} and {{ j }}.",
            ["{{ loop.index }}", "{{ j }}"],
        ),
    ],
)
def test_names_bound_nowhere_are_still_checked(lint, body, flagged):
    found = lint(LOCAL + body + "\n", config={"select": ["OL401"]})
    assert [f.snippet for f in found] == flagged


def test_a_bound_name_does_not_cover_others(lint):
    body = "{% for skill in skills %}{{ skill }}{% endfor %} {{ title }} {{#each jobs}}{{/each}}"
    (f,) = lint(LOCAL + body + "\n", config={"select": ["OL401"]})
    assert "{{ title }}" in f.message  # outside every block


@pytest.mark.parametrize(("text", "shown"), FIRE)
def test_fires(lint, text, shown):
    (f,) = lint(text, config={"select": ["OL401"]})
    assert f.code == "OL401" and shown in f.message


@pytest.mark.parametrize("text", NO_FIRE)
def test_does_not_fire(lint, text):
    assert lint(text, config={"select": ["OL401"]}) == []


def test_one_finding_per_name(lint):
    text = "---\nvariables: []\n---\n{{ a }} {{ a }} {{ b }}\n"
    assert [(f.column, f.end_column) for f in lint(text, config={"select": ["OL401"]})] == [
        (1, 8),
        (17, 24),
    ]


@pytest.mark.parametrize(
    ("path", "text", "message"),
    [
        pytest.param(
            "t.md",
            "---\nvariables: [role]\n---\nHi {{ first_name }}, about {{ role }}\n",
            "placeholder {{ first_name }} is not declared in 'variables', so it may be sent "
            "blank: add it there, or fix the name (if your sending tool fills it in for every "
            "message, ask whoever set up outreach-lint to add it to 'known-placeholders' in "
            ".outreach-lint.yaml)",
            id="variables",
        ),
        pytest.param(
            "t.md",
            "---\nchannel: email\n---\nHi {{ first_name|default('there') }}\n",
            "placeholder {{ first_name|default('there') }} is not declared in "
            "the config's 'known-placeholders' "
            "(the fields your sending tool fills in): add it there or under 'variables:' in the "
            "front matter, or "
            "fix the name; otherwise every recipient may get its fallback 'there' instead",
            id="front-matter-and-fallback",
        ),
        pytest.param(
            "t.yaml",
            "templates:\n  - name: n\n    body: Hi {{ first_name }}\n",
            "placeholder {{ first_name }} is not declared in the config's 'known-placeholders' "
            "(the fields your sending tool fills in): add it there "
            "or under 'variables:' in this template's entry, or fix the name; otherwise it may "
            "be sent blank",
            id="collection-item",
        ),
        pytest.param(
            "t.txt",
            "Hi {{ first_name|default('there') }}\n",
            "placeholder {{ first_name|default('there') }} is not declared in "
            "the config's 'known-placeholders' "
            "(the fields your sending tool fills in): add it there, or fix the name; otherwise "
            "every recipient "
            "may get its fallback 'there' instead",
            id="text-file",
        ),
        pytest.param(
            "t.txt",
            "Hi,{% if company %} congrats to {{ company }}!{% endif %}\n",
            "placeholder {{ company }} is not declared in the config's 'known-placeholders' "
            "(the fields your sending tool fills in): add it there, "
            "or fix the name; otherwise the text that depends on it may be left out for every "
            "recipient",
            id="guarded",
        ),
        pytest.param(
            "t.txt",
            "Hi {{ first_name|default('') }}\n",
            "placeholder {{ first_name|default('') }} is not declared in the config's "
            "'known-placeholders' "
            "(the fields your sending tool fills in): "
            "add it there, or fix the name; otherwise it may be sent blank",
            id="empty-fallback",
        ),
        pytest.param(
            "t.txt",
            "Subject: About {{ role }}\nHi {{ recruiter_name }}\n",
            "placeholder {{ role }} is not declared in the config's 'known-placeholders' "
            "(the fields your sending tool fills in): add it there, or "
            "fix the name; otherwise it may be sent blank",
            id="subject-line-is-no-front-matter",
        ),
    ],
)
def test_message_names_the_places_to_declare_and_what_is_sent(lint, path, text, message):
    config = {"select": ["OL401"], "known-placeholders": ["recruiter_name"]}
    (f,) = lint(text, path=path, config=config)
    assert f.message == message


def test_an_ampscript_variable_is_set_by_the_template(lint):
    text = (
        "---\nvariables: [FirstName]\n---\n"
        '%%[ SET @greeting = Concat("Hi ", ProperCase(FirstName)) ]%%\n%%=v(@greeting)=%%, at '
        "%%=ProperCase(Employer)=%%\n"
    )
    (f,) = lint(text, config={"select": ["OL401"], "dialects": ["percent"]})
    assert f.message.startswith("placeholder %%=ProperCase(Employer)=%% is not declared")


LABELS = "---\nvariables: [first_name, company]\n---\n"


@pytest.mark.parametrize(
    ("dialects", "body"),
    [
        pytest.param(
            ["jinja", "bracket"], "Hi [First Name], loved what [Company] shipped.", id="b"
        ),
        pytest.param(["jinja", "bracket"], "Hi [FIRST-NAME], how is [company]?", id="b-case"),
        pytest.param(["jinja", "angle"], "Hi <First Name>, how is <Company>?", id="angle"),
        pytest.param(["bracket"], "Hi [first name] at [COMPANY].", id="bracket-only"),
    ],
)
def test_a_label_matches_its_declared_name_case_and_separators_aside(lint, dialects, body):
    """A label a person writes ("[First Name]") is the declared name, as OL405 reads it."""
    found = lint(LABELS + body + "\n", config={"select": ["OL401", "OL405"], "dialects": dialects})
    assert found == []


@pytest.mark.parametrize(
    ("dialects", "body", "shown"),
    [
        pytest.param(["jinja", "bracket"], "Hi [First Name] at [Employer].", "[Employer]", id="b"),
        pytest.param(
            ["jinja", "bracket"], "Hi [First Name] at [Company X].", "[Company X]", id="x"
        ),
        pytest.param(
            ["jinja"], "Hi {{ First_Name }} at {{ company }}.", "{{ First_Name }}", id="j"
        ),
        pytest.param(["jinja"], "Hi {{ firstname }} at {{ company }}.", "{{ firstname }}", id="j2"),
        pytest.param(["mailchimp"], "Hi *|FIRST_NAME|* at *|company|*.", "*|FIRST_NAME|*", id="m"),
    ],
)
def test_an_identifier_must_match_exactly_and_a_label_must_still_match(lint, dialects, body, shown):
    """Jinja tells case apart: "{{ First_Name }}" is sent blank when "first_name" is declared."""
    found = lint(LABELS + body + "\n", config={"select": ["OL401"], "dialects": dialects})
    assert [f.snippet for f in found] == [shown]


@pytest.mark.parametrize(
    ("body", "message"),
    [
        pytest.param(
            "Hi {{ first_name }}, how is {{ compnay }}?",
            "did you mean {{ company }}? {{ compnay }} is not declared in 'variables', so it may "
            "be sent blank",
            id="misspelt",
        ),
        pytest.param(
            "Hi {{ frist_name|default('there') }}, how is {{ company }}?",
            "did you mean {{ first_name|default('there') }}? {{ frist_name|default('there') }} "
            "is not declared in 'variables', so every recipient may get its fallback 'there' "
            "instead",
            id="misspelt-with-fallback",
        ),
        pytest.param(
            "Hi {{ First_Name }}, how is {{ company }}?",
            "did you mean {{ first_name }}? {{ First_Name }} is not declared in 'variables' "
            "(names are case-sensitive), so it may be sent blank",
            id="case",
        ),
    ],
)
def test_a_slip_for_a_declared_name_is_named_and_not_to_be_declared(lint, body, message):
    """Declaring the typo would silence the finding and send the message with a blank."""
    (f,) = lint(LABELS + body + "\n", config={"select": ["OL401"]})
    assert f.message == message
    assert "add it" not in f.message and "known-placeholders" not in f.message


@pytest.mark.parametrize(
    ("body", "shown"),
    [
        pytest.param("Hi {{ last_name }} at {{ company }}.", "{{ last_name }}", id="other-name"),
        pytest.param("Hi {{ first_name }} at {{ company_name }}.", "{{ company_name }}", id="more"),
        pytest.param("Hi {{ first_name }}, how is {{ team }}?", "{{ team }}", id="unrelated"),
    ],
)
def test_a_name_unlike_every_declared_one_is_no_slip(lint, body, shown):
    (f,) = lint(LABELS + body + "\n", config={"select": ["OL401"]})
    assert f.message.startswith(f"placeholder {shown} is not declared in 'variables', so it")


def test_a_slip_for_a_known_placeholder_is_named_too(lint):
    config = {"select": ["OL401"], "known-placeholders": ["first_name", "recruiter_name"]}
    (f,) = lint("Hi {{ first_name }},\n\n{{ recruiter_nmae }}\n", path="t.txt", config=config)
    assert f.message.startswith(
        "did you mean {{ recruiter_name }}? {{ recruiter_nmae }} is not declared in the config's "
        "'known-placeholders'"
    )
