from __future__ import annotations

import pytest

from outreach_lint.rules.too_many_questions import ordinal

CODE = "OL704"


def md(body: str, subject: str = "Hi") -> str:
    return f"---\nchannel: email\nsubject: {subject!r}\n---\n{body}\n"


FIRE = [
    pytest.param(md("Are you happy? Would you move? Is £40k right? Can I call?"), id="four"),
    pytest.param(md("One? Two? Three? Four? Five?"), id="five"),
    pytest.param(md("Do you drive??\nAre you free?\nCan you start?\nWhen?"), id="runs-count-once"),
    pytest.param(
        md("Questions:\n- Are you free?\n- Can you drive?\n- Is 6am OK?\n- Rate?"), id="list"
    ),
    pytest.param(md('"Why me?" you ask. Why now? Why here? Why not?'), id="quoted"),
    pytest.param(md("転職をお考えですか？年収は？勤務地は？来週話せますか？"), id="full-width"),
    pytest.param(md("هل أنت مهتم؟ هل تعمل الآن؟ متى؟ أين؟"), id="arabic"),
]

NO_FIRE = [
    pytest.param(md("Are you free? Can you drive? Could we talk?"), id="three"),
    pytest.param(md("Could we talk?"), id="one"),
    pytest.param(
        md("We're hiring. Interested?", subject="Free? Now? Here? Really?"),
        id="subject-not-counted",
    ),
    pytest.param(
        md(
            "See https://example.com/jobs?id=1&x=2 and https://a.io/?q=3 or ?x. "
            "Free Monday? Or Tuesday?"
        ),
        id="urls",
    ),
    pytest.param(md("No questions here. Just a note."), id="none"),
    pytest.param(md("Is it you? Is it me? Are we free?"), id="exactly-three"),
    pytest.param(md("データ基盤の記事を拝見しました。来週お話しできますか？"), id="one-full-width"),
]


@pytest.mark.parametrize("text", FIRE)
def test_fires(lint, text):
    assert [f.code for f in lint(text, config={"select": [CODE]})] == [CODE]


@pytest.mark.parametrize("text", NO_FIRE)
def test_does_not_fire(lint, text):
    assert lint(text, config={"select": [CODE]}) == []


def test_max_questions_option(lint):
    text = md("Are you happy? Would you move? Is £40k right? Can I call?")
    assert lint(text, config={"select": [CODE], "rules": {CODE: {"max-questions": 4}}}) == []
    found = lint(md("One? Two?"), config={"select": [CODE], "rules": {CODE: {"max-questions": 1}}})
    assert [f.code for f in found] == [CODE]


def test_points_at_the_fourth_question(lint):
    text = """\
        ---
        channel: linkedin_message
        ---
        Hi {{ first_name|default('there') }}, thanks for connecting!
        Do you hold a counterbalance licence? Are you OK with a 6am start? Is £31k about right?
        Can I call you later?
        """
    (f,) = lint(text, config={"select": [CODE]})
    assert (f.line, f.column, f.end_line, f.end_column) == (6, 1, 6, 22)
    assert "4 questions" in f.message


def test_points_at_the_fourth_question_in_a_yaml_collection(lint):
    text = """\
        templates:
          - name: questions
            channel: email
            subject: Physio role
            body: |
              Do you hold on-call competencies? Full time or 30 hours? Driving or bus?
              And when could we talk?
        """
    (f,) = lint(text, path="mails.yaml", config={"select": [CODE]})
    assert (f.line, f.column, f.end_column) == (7, 7, 30)


def test_a_full_width_question_is_pointed_at_from_its_start(lint):
    text = md("記事を拝見しました。一？二？三？四？")
    (f,) = lint(text, config={"select": [CODE]})
    assert (f.line, f.column) == (5, 17)  # "四？": each full-width mark ends its sentence


def test_the_message_quotes_the_research_only_for_the_default_limit(lint):
    found = lint(md("One? Two?"), config={"select": [CODE], "rules": {CODE: {"max-questions": 1}}})
    assert found[0].message.startswith(
        "this message asks 2 questions, more than 1; this is the 2nd: keep the one"
    )
    (f,) = lint(md("One? Two? Three? Four?"), config={"select": [CODE]})
    assert "(messages with one to three get the most replies)" in f.message


def test_the_message_says_which_question_it_points_at(lint):
    (f,) = lint(md("One? Two? Three? Four? Five?"), config={"select": [CODE]})
    assert f.message == (
        "this message asks 5 questions, more than 3 (messages with one to three get the most "
        "replies); this is the 4th: keep the one you most need answered and save the rest for "
        "the call"
    )
    assert f.column == len("One? Two? Three? ") + 1


@pytest.mark.parametrize(
    ("n", "said"),
    [
        (1, "1st"),
        (2, "2nd"),
        (3, "3rd"),
        (4, "4th"),
        (11, "11th"),
        (12, "12th"),
        (13, "13th"),
        (21, "21st"),
        (22, "22nd"),
        (111, "111th"),
    ],
)
def test_ordinals(n, said):
    assert ordinal(n) == said
