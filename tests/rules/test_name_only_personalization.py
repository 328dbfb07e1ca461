from __future__ import annotations

import pytest

CODE = "OL102"


def md(body: str, front: str = "channel: linkedin_connection_note\n") -> str:
    return f"---\n{front}---\n{body}\n"


FIRE = [
    pytest.param(md("Hi {{ first_name }}, I'm hiring a Data Engineer. Fancy a chat?"), id="name"),
    pytest.param(
        md("Hi {{ first_name|default('there') }}, would love to connect!"), id="name-fallback"
    ),
    pytest.param(
        md("Hello {{ first_name }}, let's connect.\n{{ recruiter_name }}, Brightwater"),
        id="name-and-sender",
    ),
    pytest.param(
        md("Hi {{CANDIDATE_FIRST_NAME}}, we're hiring a {{JOB_TITLE}} in Reading."),
        id="name-and-job",
    ),
    pytest.param(
        md("Hi {{ first_name }} {{ last_name }}, quick question about a role."), id="two-names"
    ),
    pytest.param(
        md("Hi {{ first_name }}, new roles in {{ town }} this week.", "channel: email\n"),
        id="other-kind-does-not-count",
    ),
    pytest.param(
        md("Hi {{ first_name }}, I use {{ gadget }} in production. Open to a chat?"),
        id="other-kind-not-said-to-be-theirs",
    ),
    pytest.param(
        md("Hi {{ first_name }}, I loved your post about the industry. Open to a chat?"),
        id="their-post-about-nothing-specific",
    ),
    pytest.param(
        md("Hi {{ first_name }}, would you be interested in {{ opportunity }}?"),
        id="other-kind-after-you-is-not-theirs",
    ),
]

NO_FIRE = [
    pytest.param(
        md("Hi {{ first_name }}, how are things at {{ company }}?"), id="name-and-company"
    ),
    pytest.param(md("Hi {{ first_name }}, your talk on {{ talk_topic }} was great."), id="profile"),
    pytest.param(md("Hello, we're hiring a {{ role }} in Leeds."), id="no-recipient-placeholder"),
    pytest.param(md("Hi Sarah, loved your talk at PyCon."), id="no-placeholders-at-all"),
    pytest.param(
        md("Hi {{ first_name }}, you've run nights on {{ ward_name }} for three years."),
        id="other-kind-said-to-be-theirs",
    ),
    pytest.param(
        md("Hi {{ first_name }}, your latest {{ exhibit }} made me laugh."),
        id="other-kind-after-your",
    ),
    pytest.param(
        md("Hi {{ first_name }}, your PyData talk on backfilling Airflow DAGs was our problem."),
        id="their-talk-written-out",
    ),
    pytest.param(md("Your work at {{ company }} caught my eye."), id="company-only"),
    pytest.param(
        md("Hi {{ contact.firstname }}, your post on {{ contact.recent_post }} stood out."),
        id="dotted-profile",
    ),
    pytest.param(
        md("Hi {{ first_name }}, {{ mutual_connection }} suggested we talk."), id="mutual"
    ),
]


@pytest.mark.parametrize("text", FIRE)
def test_fires(lint, text):
    assert [f.code for f in lint(text, config={"select": [CODE]})] == [CODE]


@pytest.mark.parametrize("text", NO_FIRE)
def test_does_not_fire(lint, text):
    assert lint(text, config={"select": [CODE]}) == []


def test_placeholder_kinds_config_teaches_a_profile_field(lint):
    text = md("Hi {{ first_name }}, {{ opener }}")
    assert [f.code for f in lint(text, config={"select": [CODE]})] == [CODE]
    config = {"select": [CODE], "placeholder-kinds": {"profile": ["opener"]}}
    assert lint(text, config=config) == []


def test_other_dialects(lint):
    text = md("Hi *|FNAME|*, new roles in *|TOWN|* this week.", "channel: email\n")
    found = lint(text, config={"select": [CODE], "dialects": ["mailchimp"]})
    assert [f.code for f in found] == [CODE]
    text = md("Hi [First Name], your work at [Company] fits.")
    assert lint(text, config={"select": [CODE], "dialects": ["bracket"]}) == []


def test_points_at_the_name_placeholder(lint):
    text = """\
        ---
        channel: linkedin_connection_note
        variables: [first_name]
        ---
        Hi {{ first_name }}, would love to connect!
        """
    (f,) = lint(text, config={"select": [CODE]})
    assert (f.line, f.column, f.end_line, f.end_column) == (5, 4, 5, 20)
    assert "{{ first_name }}" in f.message and "company" in f.message


def test_points_at_the_name_in_a_yaml_collection(lint):
    text = """\
        templates:
          - name: note
            channel: linkedin_connection_note
            body: |
              Thanks for connecting!
              Hi {{ first_name }}, shall we talk?
        """
    (f,) = lint(text, path="notes.yaml", config={"select": [CODE]})
    assert (f.line, f.column) == (6, 10)
    assert f.template == "note"
