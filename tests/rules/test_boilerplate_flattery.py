from __future__ import annotations

import pytest

CODE = "OL104"

FIRE = [
    pytest.param(
        "I came across your impressive profile and would love to connect.", id="came-across"
    ),
    pytest.param("Your background is impressive and I'd like to talk.", id="is-impressive"),
    pytest.param("I was really impressed by your experience. Open to a chat?", id="impressed-by"),
    pytest.param("Hi {{ first_name }}, your profile caught my eye!", id="caught-my-eye"),
    pytest.param("You have an amazing background, let's talk.", id="you-have"),
    pytest.param("Your experience really stood out to me.", id="stood-out"),
    pytest.param("I came across your profile and was really impressed.", id="and-was-impressed"),
    pytest.param("I was blown away by your\nbackground. Free this week?", id="line-break"),
    pytest.param("You’ve got such an impressive CV. Can we chat?", id="curly-youve"),
    pytest.param("Great profile! I'm hiring for a Data Engineer.", id="great-profile"),
    pytest.param("Your impressive track record of success caught my attention.", id="track-record"),
    pytest.param("I found your impressive profile on LinkedIn.", id="on-linkedin"),
    pytest.param("Your skills and experience are impressive.", id="skills-and-experience"),
    pytest.param("I was really impressed with what I saw on your profile.", id="what-i-saw"),
    pytest.param("Saw your profile and it looks great! Let's connect.", id="it-looks-great"),
    pytest.param("Hi {{ first_name }}, loved your profile! Open to a chat?", id="loved-no-i"),
    pytest.param("Love your background. Are you open to new roles?", id="love-sentence-start"),
    # "I love your work" and "a wealth of experience", with nothing named here or next
    pytest.param("I love your work.", id="love-your-work"),
    pytest.param("I really love your work and would like to connect.", id="love-your-work-and"),
    pytest.param("I love your work. Could we talk?", id="love-your-work-then-ask"),
    pytest.param("You clearly have a wealth of experience.", id="wealth-of-experience"),
    pytest.param(
        "You've got a wealth of experience. Could we talk on Thursday?", id="wealth-then-ask"
    ),
]

NO_FIRE = [
    pytest.param(
        "Your talk on Kafka at Berlin Buzzwords was impressive. We're hiring.", id="named-talk"
    ),
    pytest.param("I was impressed by your post about rollback plans.", id="named-post"),
    pytest.param("Your experience at {{ company }} really stood out to me.", id="org-placeholder"),
    pytest.param(
        "You have an impressive background in {{ specialty }} nursing.", id="profile-placeholder"
    ),
    pytest.param(
        "I was impressed by your experience scaling payments at Monzo.", id="concrete-tail"
    ),
    pytest.param("You've got a strong background in B2B SaaS sales.", id="domain"),
    pytest.param("Your CV is impressive, especially the NHS frailty work.", id="especially"),
    pytest.param(
        "What an impressive career: nurse to Director of Nursing in ten years.", id="colon-detail"
    ),
    pytest.param("I came across your profile while searching for Go engineers.", id="no-praise"),
    pytest.param("Your experience is exactly what the team needs.", id="fit-not-praise"),
    pytest.param("Your strong payroll experience fits this role.", id="qualified-noun"),
    pytest.param("Your skills in Rust are impressive.", id="named-skill"),
    pytest.param("I’d love your experience on our panel next month.", id="curly-no-praise"),
    pytest.param("Loved your portfolio, especially the Oatly rebrand.", id="loved-especially"),
    pytest.param("Would love your experience on the panel.", id="would-love-no-praise"),
    # the same praise, with the work named in the sentence or the next one
    pytest.param("I love your work on the Crick routing project.", id="love-work-on"),
    pytest.param("I love your work at {{ company }}.", id="love-work-at-org"),
    pytest.param("I love your work, especially the Oatly rebrand.", id="love-work-especially"),
    pytest.param("I love your work — the Oatly rebrand above all.", id="love-work-dash"),
    pytest.param("I love your work. Your rebrand for Oatly was brilliant.", id="named-next"),
    pytest.param("You have a wealth of experience in payroll.", id="wealth-in-a-field"),
    pytest.param(
        "You've got a wealth of experience. Your ten years at {{ company }} fit the role.",
        id="wealth-then-their-company",
    ),
]


@pytest.mark.parametrize("text", FIRE)
def test_fires(lint, text):
    assert [f.code for f in lint(text, config={"select": [CODE]})] == [CODE]


@pytest.mark.parametrize("text", NO_FIRE)
def test_does_not_fire(lint, text):
    assert lint(text, config={"select": [CODE]}) == []


def test_subject_is_checked(lint):
    text = """\
        ---
        channel: email
        subject: Your impressive profile
        ---
        Hi {{ first_name }}, your post on {{ post_topic }} is why I'm writing.
        """
    (finding,) = lint(text, config={"select": [CODE]})
    assert (finding.line, finding.column) == (3, 10)


def test_position_after_front_matter(lint):
    text = """\
        ---
        channel: linkedin_connection_note
        ---
        Hi {{ first_name }}, I came across your impressive profile
        and would love to connect.
        """
    (finding,) = lint(text, config={"select": [CODE]})
    assert (finding.line, finding.column, finding.end_line, finding.end_column) == (4, 36, 4, 59)
    assert finding.snippet == "your impressive profile"
    assert "say what impressed you" in finding.message


def test_position_in_yaml_collection(lint):
    text = """\
        templates:
          - name: intro
            channel: linkedin_inmail
            subject: Hello
            body: |
              Hi {{ first_name }},

              Your background is impressive. Could we talk?
        """
    (finding,) = lint(text, path="sequence.yaml", config={"select": [CODE]})
    assert (finding.line, finding.column) == (8, 7)
    assert finding.snippet == "Your background is impressive"
