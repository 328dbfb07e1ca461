from __future__ import annotations

import pytest

from outreach_lint.cli import main

CODE = "OL406"


def md(body: str) -> str:
    return f"---\nchannel: email\nsubject: Hi\n---\n{body}\n\nWe're hiring.\n"


FIRE = [
    pytest.param(md("Hi {{ first_name }},"), ["jinja"], id="hi-jinja"),
    pytest.param(md("Dear {{ first_name }},"), ["jinja"], id="dear"),
    pytest.param(md("Hey {{ first_name }}!!!"), ["jinja"], id="hey-bangs"),
    pytest.param(md("Hello {{CANDIDATE_FIRST_NAME}} - quick one"), ["jinja"], id="greenhouse"),
    pytest.param(md("Hi {{Candidate first name}},"), ["jinja"], id="lever-spaces"),
    pytest.param(md("Hi {{ first_name | title }},"), ["jinja"], id="filter-is-not-a-fallback"),
    pytest.param(md("Good morning {{ contact.firstname }},"), ["jinja"], id="dotted"),
    pytest.param(md("Hi {first_name},"), ["brace"], id="python-brace"),
    pytest.param(md("👋 Hi {{ first_name }},"), ["jinja"], id="after-a-wave"),
    pytest.param(md("**Hi {{ first_name }},**"), ["jinja"], id="bold"),
    pytest.param(md("Olá {{ first_name }},"), ["jinja"], id="portuguese"),
    pytest.param(md("Hoi {{ first_name }},"), ["jinja"], id="dutch"),
    pytest.param(md("Cześć {{ first_name }},"), ["jinja"], id="polish"),
    pytest.param(md("Buenos días {{ first_name }},"), ["jinja"], id="spanish"),
    pytest.param(md("Liebe {{ first_name }},"), ["jinja"], id="german-dear"),
    pytest.param(md("Hi *|FNAME|*,"), ["mailchimp"], id="mailchimp"),
    pytest.param(md("{{ first_name }}, quick question."), ["jinja"], id="name-alone-before-comma"),
    pytest.param(
        md("Hi {{ candidate.preferred_first_name | capitalize }},"),
        ["jinja"],
        id="long-placeholder",
    ),
    pytest.param(md("Dear Dr. {{ last_name }},"), ["jinja"], id="title-with-full-stop"),
    pytest.param(md("Dear Prof. {{ last_name }},"), ["jinja"], id="prof"),
    pytest.param(md("Dear Ms.{{ last_name }},"), ["jinja"], id="title-no-space"),
    pytest.param(md("Hi {{ first_name|default('') }},"), ["jinja"], id="empty-fallback"),
    pytest.param(md('Hi {{ first_name | d(" ") }},'), ["jinja"], id="blank-d-fallback"),
    pytest.param(md("Hi {{ first_name or '' }},"), ["jinja"], id="empty-or"),
    pytest.param(md("G'day {{ first_name }},"), ["jinja"], id="gday"),
    pytest.param(md("Hi, {{ first_name }},"), ["jinja"], id="comma-then-name"),
    pytest.param(md("Hello, {{ first_name }}."), ["jinja"], id="comma-then-name-full-stop"),
    pytest.param(md("Namaste {{ first_name }},"), ["jinja"], id="namaste"),
    pytest.param(md("Morning {{ first_name }},"), ["jinja"], id="morning"),
    pytest.param(md("Kia ora {{ first_name }},"), ["jinja"], id="kia-ora"),
    pytest.param(md("Guten Tag {{ first_name }},"), ["jinja"], id="guten-tag"),
    pytest.param(md("Dear Dr. *|LNAME|*,"), ["mailchimp"], id="title-mailchimp"),
    pytest.param(md("Dear {{ title }} {{ last_name }},"), ["jinja"], id="title-placeholder"),
    pytest.param(
        md("{% if salutation %}Dear {{ salutation }} {{ last_name }},{% endif %}"),
        ["jinja"],
        id="guard-on-the-title-only",
    ),
    pytest.param(md("Hi {{ first_name }} {{ last_name }},"), ["jinja"], id="one-finding-full-name"),
    pytest.param(md("Hi {{${first_name}}},"), ["jinja"], id="braze"),
    pytest.param(md("Hi {{custom_attribute.${first_name}}},"), ["jinja"], id="braze-custom"),
    pytest.param(md("Hi {{${first_name} | default: ''}},"), ["jinja"], id="braze-empty-fallback"),
]

NO_FIRE = [
    pytest.param(md("Hi {{ first_name|default('there') }},"), ["jinja"], id="jinja-default"),
    pytest.param(md('Hi {{ first_name | default: "there" }},'), ["jinja"], id="liquid-default"),
    pytest.param(md('Hi {{ first_name|default:"there" }},'), ["jinja"], id="django-default"),
    pytest.param(
        md("{% if first_name %}Hi {{ first_name }},{% else %}Hello,{% endif %}"),
        ["jinja"],
        id="jinja-if",
    ),
    pytest.param(
        md("{{#if first_name}}Hi {{first_name}},{{else}}Hello,{{/if}}"), ["jinja"], id="handlebars"
    ),
    pytest.param(md("Hi {first-name there},"), ["brace"], id="teamtailor"),
    pytest.param(
        md("*|IF:FNAME|*Hi *|FNAME|*,*|ELSE:|*Hello,*|END:IF|*"), ["mailchimp"], id="mailchimp-if"
    ),
    pytest.param(md("Hi %FIRSTNAME%,"), ["percent"], id="percent-has-no-fallback-syntax"),
    pytest.param(md("Hi [First Name],"), ["bracket"], id="bracket-has-no-fallback-syntax"),
    pytest.param(
        md("Hi there,\n\nHow is {{ first_name }} doing?"), ["jinja"], id="not-in-greeting"
    ),
    pytest.param(md("Hi {{ company }} team,"), ["jinja"], id="not-a-name"),
    pytest.param(md("{{ company }}, congrats on the launch."), ["jinja"], id="org-before-comma"),
    pytest.param(
        md('Hi {{ first_name|default("there", true) }},'), ["jinja"], id="jinja-default-boolean"
    ),
    pytest.param(md("Thanks for connecting, {{ first_name }}."), ["jinja"], id="no-greeting-word"),
    pytest.param(md("Dear Dr. Okafor,"), ["jinja"], id="title-and-written-name"),
    pytest.param(
        md("Dear Dr. {{ last_name|default('Colleague') }},"), ["jinja"], id="title-and-default"
    ),
    pytest.param(
        md("{% if last_name %}Dear Dr. {{ last_name }},{% else %}Hello,{% endif %}"),
        ["jinja"],
        id="title-in-if",
    ),
    pytest.param(md("Dear Dr. Okafor, {{ first_name }} said hello."), ["jinja"], id="after-comma"),
    pytest.param(md("Hi {{ first_name|d('there') }},"), ["jinja"], id="jinja-d-alias"),
    pytest.param(md("Hi,\n{{ first_name }} said hello."), ["jinja"], id="comma-line-break"),
    pytest.param(md("Hi {{${first_name} | default: 'there'}},"), ["jinja"], id="braze-default"),
    pytest.param(
        md("{% if ${last_name} != blank %}Dear Dr {{${last_name}}},{% else %}Hello,{% endif %}"),
        ["jinja"],
        id="braze-if",
    ),
]


@pytest.mark.parametrize(("text", "dialects"), FIRE)
def test_fires(lint, text, dialects):
    found = lint(text, config={"select": [CODE], "dialects": dialects})
    assert [f.code for f in found] == [CODE]


@pytest.mark.parametrize(("text", "dialects"), NO_FIRE)
def test_does_not_fire(lint, text, dialects):
    assert lint(text, config={"select": [CODE], "dialects": dialects}) == []


@pytest.mark.parametrize(
    ("text", "dialect", "advice"),
    [
        ("Hi {{ first_name }},", "jinja", "{{ first_name|default('there') }}"),
        ("Hi {first_name},", "brace", "{first_name there}"),
        ("Dear *|FNAME|*,", "mailchimp", "*|IF:FNAME|*Dear *|FNAME|*,*|ELSE:|*Hello,*|END:IF|*"),
    ],
)
def test_message_says_what_to_write(lint, text, dialect, advice):
    (f,) = lint(md(text), config={"select": [CODE], "dialects": [dialect]})
    assert advice in f.message


def test_a_condition_on_several_names_guards_each(lint):
    text = md(
        "{% if salutation and last_name %}Dear {{ salutation }} {{ last_name }},"
        "{% else %}Dear Sir or Madam,{% endif %}"
    )
    assert lint(text, config={"select": [CODE], "dialects": ["jinja"]}) == []


@pytest.mark.parametrize(
    ("text", "dialect", "message"),
    [
        # after a title, a fallback would read "Dear Dr there": a greeting used only with a name
        (
            "Dear Dr {{ last_name }},",
            "jinja",
            "{{ last_name }} in the greeting has no fallback, so an empty name sends 'Dear Dr ,': "
            "write {% if last_name %}Dear Dr {{ last_name }},{% else %}Hello,{% endif %} instead",
        ),
        (
            "Dear Dr. {{ last_name }},",
            "jinja",
            "{{ last_name }} in the greeting has no fallback, so an empty name sends "
            "'Dear Dr. ,': write {% if last_name %}Dear Dr. {{ last_name }},{% else %}Hello,"
            "{% endif %} instead",
        ),
        (
            "Dear {{ title }} {{ last_name }},",
            "jinja",
            # a title just before the name is part of it ("Dr"): both are guarded, and the
            # title is shown filled in
            "{{ last_name }} in the greeting has no fallback, so an empty name sends "
            "'Dear Dr ,': write {% if title and last_name %}Dear {{ title }} {{ last_name }},"
            "{% else %}Hello,{% endif %} instead",
        ),
        (
            "Dear Dr *|LNAME|*,",
            "mailchimp",
            "*|LNAME|* in the greeting has no fallback, so an empty name sends 'Dear Dr ,': "
            "write *|IF:LNAME|*Dear Dr *|LNAME|*,*|ELSE:|*Hello,*|END:IF|* instead",
        ),
        (
            "Dear Dr {last_name},",
            "brace",
            "{last_name} in the greeting has no fallback, so an empty name sends 'Dear Dr ,': "
            "this placeholder style has no fallback, so make sure your sending tool has the "
            "name for everyone it sends to, or turn OL406 off for these templates",
        ),
        # Lever's placeholders take no fallback
        (
            "Hi {{Candidate first name}},",
            "jinja",
            "{{Candidate first name}} in the greeting has no fallback, so an empty name sends "
            "'Hi ,': this placeholder style has no fallback, so make sure your sending tool has "
            "the name for everyone it sends to, or turn OL406 off for these templates",
        ),
        # nor do Greenhouse's tokens, upper case with underscores
        (
            "Hi {{CANDIDATE_FIRST_NAME}},",
            "jinja",
            "{{CANDIDATE_FIRST_NAME}} in the greeting has no fallback, so an empty name sends "
            "'Hi ,': this placeholder style has no fallback, so make sure your sending tool has "
            "the name for everyone it sends to, or turn OL406 off for these templates",
        ),
        (
            "Dear {{ CANDIDATE_NAME }},",
            "jinja",
            "{{ CANDIDATE_NAME }} in the greeting has no fallback, so an empty name sends "
            "'Dear ,': this placeholder style has no fallback, so make sure your sending tool has "
            "the name for everyone it sends to, or turn OL406 off for these templates",
        ),
        # a name alone: what its line is left with
        (
            "{{ first_name }}, quick question.",
            "jinja",
            "{{ first_name }} in the greeting has no fallback, so an empty name sends "
            "', quick question.': write {{ first_name|default('there') }} instead",
        ),
    ],
)
def test_message_after_a_title_or_with_no_fallback_syntax(lint, text, dialect, message):
    (f,) = lint(md(text), config={"select": [CODE], "dialects": [dialect]})
    assert f.message == message


@pytest.mark.parametrize(
    ("path", "text", "advice"),
    [
        (
            "note.hbs",
            "Hi {{first_name}},",
            "{{#if first_name}}Hi {{first_name}},{{else}}Hello,{{/if}}",
        ),
        (
            "note.handlebars",
            "Hey {{first_name}}!",
            "{{#if first_name}}Hey {{first_name}}!{{else}}Hello!{{/if}}",
        ),
        (
            "note.mustache",
            "Hi {{first_name}},",
            "{{#first_name}}Hi {{first_name}},{{/first_name}}{{^first_name}}Hello,{{/first_name}}",
        ),
        ("note.liquid", "Hi {{ first_name }},", '{{ first_name | default: "there" }}'),
        (
            "note.md",
            "Hi {{first_name}},\n\n{{#if role}}We're hiring a {{role}}.{{/if}}",
            "{{#if first_name}}Hi {{first_name}},{{else}}Hello,{{/if}}",
        ),
        ("note.md", "Hi {{first_name}},", "{{ first_name|default('there') }}"),
        # lower case (Gem, Outreach, HubSpot), or with a filter: a tool that takes filters
        ("note.txt", "Hi {{first_name}},", "{{ first_name|default('there') }}"),
        ("note.md", "Hi {{ FIRST_NAME | title }},", "{{ FIRST_NAME|default('there') }}"),
        ("note.md", "Hi {{FNAME}},", "{{ FNAME|default('there') }}"),
        (
            "note.txt",
            'Hi {{ first_name|default:"" }}, at {{ company|default:"your firm" }}',
            '{{ first_name|default:"there" }}',
        ),
        ("note.md", 'Hi {{ first_name | default: "" }},', '{{ first_name | default: "there" }}'),
        # Braze's Liquid: the attribute as written, in .liquid files too
        ("note.liquid", "Hi {{${first_name}}},", '{{${first_name} | default: "there"}}'),
        (
            "note.md",
            "Hi {{custom_attribute.${first_name}}},",
            '{{custom_attribute.${first_name} | default: "there"}}',
        ),
        (
            "note.liquid",
            "Dear Dr {{${last_name}}},",
            "{% if ${last_name} %}Dear Dr {{${last_name}}},{% else %}Hello,{% endif %}",
        ),
    ],
)
def test_advice_is_in_the_templates_own_syntax(lint, path, text, advice):
    (f,) = lint(md(text), path=path, config={"select": [CODE], "dialects": ["jinja"]})
    assert f.message.endswith(f": write {advice} instead")


def test_full_name_is_one_finding_on_the_last_name(lint):
    (f,) = lint(md("Hi {{ first_name }} {{ last_name }},"), config={"select": [CODE]})
    assert f.message.startswith("{{ last_name }} in the greeting has no fallback, so an empty ")
    assert "name sends 'Hi ,': write {% if first_name and last_name %}Hi {{ first_name }} " in (
        f.message
    )


def test_the_advice_for_a_full_name_passes_the_rule(lint):
    (f,) = lint(md("Hi {{ first_name }} {{ last_name }},"), config={"select": [CODE]})
    advice = f.message.split(": write ")[1].removesuffix(" instead")
    assert lint(md(advice + " a role in Leeds."), config={"select": [CODE]}) == []


@pytest.mark.parametrize(
    ("path", "advice"),
    [
        ("note.hbs", "{{#if first_name}}{{#if last_name}}Hi {{first_name}} {{last_name}},"),
        ("note.mustache", "{{#first_name}}{{#last_name}}Hi {{first_name}} {{last_name}},"),
    ],
)
def test_styles_without_and_nest_the_conditions(lint, path, advice):
    text = md("Hi {{first_name}} {{last_name}},")
    (f,) = lint(text, path=path, config={"select": [CODE], "dialects": ["jinja"]})
    assert f": write {advice}" in f.message


def test_dialects_option(lint):
    config = {"select": [CODE], "rules": {CODE: {"dialects": ["brace"]}}}
    assert lint(md("Hi {{ first_name }},"), config=config) == []
    config = {"select": [CODE], "dialects": ["percent"], "rules": {CODE: {"dialects": ["percent"]}}}
    assert [f.code for f in lint(md("Hi %FIRSTNAME%,"), config=config)] == [CODE]


def test_points_at_the_placeholder(lint):
    text = """\
        ---
        channel: linkedin_connection_note
        variables: [first_name]
        ---
        Hi {{ first_name }}, would love to connect!
        """
    (f,) = lint(text, config={"select": [CODE]})
    assert (f.line, f.column, f.end_line, f.end_column) == (5, 4, 5, 20)


def test_points_at_the_placeholder_in_a_yaml_collection(lint):
    text = """\
        templates:
          - name: note
            channel: linkedin_connection_note
            body: |
              Hello {{ first_name }},
              thanks for connecting.
        """
    (f,) = lint(text, path="notes.yaml", config={"select": [CODE]})
    assert (f.line, f.column, f.end_column) == (5, 13, 29)


def test_an_empty_fallback_is_named_as_such(lint):
    [finding] = lint(md("Hi {{ first_name|default('') }},"), config={"select": [CODE]})
    assert finding.message == (
        "{{ first_name|default('') }} in the greeting has an empty fallback, so an empty name "
        "sends 'Hi ,': write {{ first_name|default('there') }} instead"
    )
    [finding] = lint(md("Hi {{ first_name|default('', true) }},"), config={"select": [CODE]})
    assert finding.message == (
        "{{ first_name|default('', true) }} in the greeting has an empty fallback, so an empty "
        "name sends 'Hi ,': write {{ first_name|default('there', true) }} instead"
    )


@pytest.mark.parametrize(
    ("text", "dialects"),
    [
        ("Hi {% if first_name %}{{ first_name }}{% endif %},", ["jinja"]),
        ("Hi {{#if first_name}}{{first_name}}{{/if}},", ["jinja"]),
        ("Hi *|IF:FNAME|**|FNAME|**|END:IF|*,", ["mailchimp"]),
    ],
)
def test_a_condition_with_no_else_around_the_name_alone_is_no_fallback(lint, text, dialects):
    (f,) = lint(md(text), config={"select": [CODE], "dialects": dialects})
    assert f.message.endswith(
        "in the greeting is inside a condition with no else, so an empty name sends 'Hi ,': "
        "add an else with a word such as 'there'"
    )


@pytest.mark.parametrize(
    "text",
    [
        "{% if first_name %}Hi {{ first_name }},{% endif %}",  # the greeting goes with it
        "Hi {% if first_name %}{{ first_name }}{% else %}there{% endif %},",
        "Hi {{#if first_name}}{{first_name}}{{else}}there{{/if}},",
        "Hi{% if first_name %} {{ first_name }}{% endif %},",  # the space goes too: "Hi,"
        "Hi{{#if first_name}} {{first_name}}{{/if}},",
    ],
)
def test_a_condition_around_the_greeting_or_with_an_else_is_a_fallback(lint, text):
    assert lint(md(text), config={"select": [CODE]}) == []


def test_in_another_language_the_advice_leaves_the_word_to_the_writer(lint):
    text = md(
        "Bonjour {{ first_name }}, votre parcours chez {{ company }} m'a interpellé. "
        "Seriez-vous disponible pour un échange sur un poste de Data Engineer ?"
    )
    (f,) = lint(text, config={"select": [CODE]})
    assert f.message.endswith(
        "write {{ first_name|default('…') }} instead, with a word in the template's language "
        "for '…'"
    )


def test_after_another_languages_hello_there_is_not_offered(lint):
    (f,) = lint(md("Hola {{ first_name }}, a role in Leeds."), config={"select": [CODE]})
    assert "{{ first_name|default('…') }}" in f.message and "there" not in f.message


@pytest.mark.parametrize(
    "text",
    [
        "Liebe {{ first_name|default('Kollegin') }},",
        "Olá {{ first_name|default('pessoal') }},",
        "👋 Hi {{ first_name|default('there') }},",
    ],
)
def test_other_greetings_with_a_fallback_pass(lint, text):
    assert lint(md(text), config={"select": [CODE]}) == []


# A fallback that makes a bad greeting once filled in, beside fallbacks that read right.
BAD_FALLBACK = [
    pytest.param(
        "Dear {{ first_name|default('there') }},",
        "{{ first_name|default('there') }} in the greeting falls back to 'there', so an empty "
        "name sends 'Dear there,', which reads wrong: write {% if first_name %}Dear "
        "{{ first_name }},{% else %}Hello,{% endif %} instead",
        id="dear-there",
    ),
    pytest.param(
        "Dear Dr {{ last_name|default('there') }},",
        "{{ last_name|default('there') }} in the greeting falls back to 'there', so an empty "
        "name sends 'Dear Dr there,', which reads wrong: write {% if last_name %}Dear Dr "
        "{{ last_name }},{% else %}Hello,{% endif %} instead",
        id="dear-dr-there",
    ),
    pytest.param(
        "Hi {{ first_name|default('Candidate') }},",
        "{{ first_name|default('Candidate') }} in the greeting falls back to 'Candidate', so an "
        "empty name sends 'Hi Candidate,', a greeting that could go to anyone: write "
        "{{ first_name|default('there') }} instead",
        id="hi-candidate",
    ),
    pytest.param(
        "Dear {{ first_name|default('Valued Applicant') }},",
        "{{ first_name|default('Valued Applicant') }} in the greeting falls back to 'Valued "
        "Applicant', so an empty name sends 'Dear Valued Applicant,', a greeting that could go "
        "to anyone: write {% if first_name %}Dear {{ first_name }},{% else %}Hello,{% endif %} "
        "instead",
        id="dear-valued-applicant",
    ),
    pytest.param(
        "Dear {{ title }} {{ last_name|default('there') }},",
        "{{ last_name|default('there') }} in the greeting falls back to 'there', so an empty "
        "name sends 'Dear Dr there,', which reads wrong: write {% if title and last_name %}Dear "
        "{{ title }} {{ last_name }},{% else %}Hello,{% endif %} instead",
        id="dear-title-there",
    ),
    pytest.param(
        "{{ first_name|default('there') }}, quick question.",
        "{{ first_name|default('there') }} in the greeting falls back to 'there', so an empty "
        "name sends 'there,', which reads wrong: write {% if first_name %}{{ first_name }},"
        "{% else %}Hello,{% endif %} instead",
        id="there-with-no-salutation",
    ),
    pytest.param(
        "Hello {first-name Candidate},",
        "{first-name Candidate} in the greeting falls back to 'Candidate', so an empty name sends "
        "'Hello Candidate,', a greeting that could go to anyone: write {first-name there} instead",
        id="teamtailor-candidate",
    ),
    pytest.param(
        "Dear {first-name there},",
        "{first-name there} in the greeting falls back to 'there', so an empty name sends 'Dear "
        "there,', which reads wrong: make sure your sending tool has the name for everyone it "
        "sends to, or open with 'Hi {first-name there}' instead",
        id="teamtailor-dear-there",
    ),
    # after a title, "Hi {last-name there}" would send "Hi Patel,": only the sending tool's data
    pytest.param(
        "Dear Dr {last-name there},",
        "{last-name there} in the greeting falls back to 'there', so an empty name sends 'Dear "
        "Dr there,', which reads wrong: make sure your sending tool has the name for everyone "
        "it sends to",
        id="teamtailor-dear-dr-there",
    ),
    # Jinja's "|default('there', true)" (which also covers an empty string) is read the same
    # as "|default('there')"; "Hi {{ first_name|default('there', true) }}," reads right
    pytest.param(
        "Dear {{ first_name|default('there', true) }},",
        "{{ first_name|default('there', true) }} in the greeting falls back to 'there', so an "
        "empty name sends 'Dear there,', which reads wrong: write {% if first_name %}Dear "
        "{{ first_name }},{% else %}Hello,{% endif %} instead",
        id="dear-there-with-true",
    ),
    pytest.param(
        "Hi {{ first_name|d('Candidate', true) }},",
        "{{ first_name|d('Candidate', true) }} in the greeting falls back to 'Candidate', so an "
        "empty name sends 'Hi Candidate,', a greeting that could go to anyone: write "
        "{{ first_name|d('there', true) }} instead",
        id="candidate-with-true",
    ),
]


@pytest.mark.parametrize(("text", "message"), BAD_FALLBACK)
def test_a_fallback_that_reads_wrong_once_filled_in(lint, text, message):
    dialects = ["brace"] if text.count("{") == 1 else ["jinja"]  # (Teamtailor's single braces)
    (f,) = lint(md(text), config={"select": [CODE], "dialects": dialects})
    assert f.message == message


@pytest.mark.parametrize(
    "text",
    [
        "Hi {{ first_name|default('there') }},",
        "Hi {{ first_name|default('there', true) }},",
        "Hello {{ first_name|default('there') }},",
        "Good morning {{ first_name|default('there') }},",
        "Hi {first-name there},",
        "Dear {{ first_name|default('colleague') }},",
        "Dear Dr. {{ last_name|default('Colleague') }},",
        "G'day {{ first_name|default('mate') }},",
        "Dear {{ first_name|default('Sir or Madam') }},",
        "{{ first_name|default('Hello') }}, I lead the healthcare practice.",
        "Hi {{ first_name|default('there') }}, thanks for applying, Candidate 12.",
    ],
)
def test_a_fallback_that_reads_right_is_not_flagged(lint, text):
    dialects = ["brace"] if text.count("{") == 1 else ["jinja"]
    assert lint(md(text), config={"select": [CODE], "dialects": dialects}) == []


def test_the_advice_for_a_fallback_that_reads_wrong_passes_the_rule(lint):
    (f,) = lint(md("Dear {{ first_name|default('there') }},"), config={"select": [CODE]})
    advice = f.message.split(": write ")[1].removesuffix(" instead")
    assert lint(md(advice + " a role in Leeds."), config={"select": [CODE]}) == []


@pytest.mark.parametrize(
    "text",
    [
        "Hi {{${first_name}}},",
        "Dear Dr {{${last_name}}},",
        "Hi {{${first_name}}} {{${last_name}}},",
    ],
)
def test_the_advice_for_braze_passes_the_rule(lint, text):
    config = {"select": [CODE], "dialects": ["jinja"]}
    (f,) = lint(md(text), path="note.liquid", config=config)
    advice = f.message.split(": write ")[1].removesuffix(" instead")
    assert lint(md(advice + " a role in Leeds."), path="note.liquid", config=config) == []


GREENHOUSE = """\
Subject: SRE Lead, remote UK

Hi {{CANDIDATE_FIRST_NAME}},

Your SREcon talk on paging fatigue is why I'm writing: the on-call redesign you described is the
first thing our SRE Lead will do at Northwind (remote UK, £115,000). Is it worth a short call?
"""


def test_greenhouse_tokens_through_the_cli(tmp_path, capsys, monkeypatch):
    (tmp_path / "all.yaml").write_text("dialects: [jinja, brace, mailchimp, percent]\n")
    (tmp_path / "gh.txt").write_text(GREENHOUSE)
    (tmp_path / "gem.txt").write_text(GREENHOUSE.replace("CANDIDATE_FIRST_NAME", "first_name"))
    monkeypatch.chdir(tmp_path)
    args = ["check", "--no-cache", "--config", "all.yaml", "--select", CODE]
    assert main([*args, "gh.txt", "gem.txt"]) == 1
    assert capsys.readouterr().out.splitlines() == [
        "gem.txt:3:4: OL406 {{first_name}} in the greeting has no fallback, so an empty name "
        "sends 'Hi ,': write {{ first_name|default('there') }} instead",
        "gh.txt:3:4: OL406 {{CANDIDATE_FIRST_NAME}} in the greeting has no fallback, so an empty "
        "name sends 'Hi ,': this placeholder style has no fallback, so make sure your sending "
        "tool has the name for everyone it sends to, or turn OL406 off for these templates",
    ]
