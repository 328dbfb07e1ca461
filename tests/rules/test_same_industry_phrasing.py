from __future__ import annotations

import pytest

FIRE = [
    pytest.param("Since we're in the same industry, I thought we should connect.", id="classic"),
    pytest.param("Since we are in the same\nindustry I wanted to connect.", id="line-break"),
    pytest.param("Since we’re both in the same field, let's connect.", id="curly-field"),
    pytest.param("As fellow professionals in the same space, we should talk.", id="fellow"),
    pytest.param("We both work in the recruiting industry, so let's connect!", id="both-in-x"),
    pytest.param("I see we work in similar industries.", id="similar-industries"),
    pytest.param("You and I are in the same line of work.", id="you-and-i"),
    pytest.param("Great to meet fellow HR professionals.", id="fellow-hr"),
    pytest.param("We share a common industry and I'd love to connect.", id="share"),
    pytest.param("As a fellow payments person, I'd like to connect.", id="fellow-person"),
    pytest.param("Hello to a fellow construction veteran!", id="fellow-veteran"),
    pytest.param("Since we both work in pharma, I thought I'd reach out.", id="both-work-in"),
    pytest.param("As we both come from the retail side, let's connect.", id="both-come-from"),
    pytest.param("Since we're both logistics people, I'll keep this short.", id="both-people"),
    pytest.param("As someone who also works in the insurance industry, hello!", id="someone-also"),
    pytest.param("As someone else in the energy sector, I wanted to say hi.", id="someone-else"),
    # A shared field, community or trade given in the same sentence as the reason to connect
    pytest.param(
        "Since we're both in retail, I thought I'd add you to my network.", id="both-in-retail"
    ),
    pytest.param("since we're both in hospitality I wanted to connect", id="both-in-no-comma"),
    pytest.param(
        "Since we're both in the security community, I'd love to connect.", id="both-community"
    ),
    pytest.param("We're both in fintech, so I'd love to get in touch.", id="both-in-so"),
    pytest.param(
        "Since you and I are both part of the DevOps community, I'd like to connect.",
        id="both-part-of",
    ),
    pytest.param("As a fellow roboticist I thought we should connect.", id="fellow-roboticist"),
    pytest.param("As a fellow game developer, I'd love to connect.", id="fellow-two-words"),
    pytest.param("As a fellow UX researcher, I wanted to reach out.", id="fellow-acronym"),
    pytest.param("I thought we should connect as fellow game developers.", id="connect-first"),
    pytest.param(
        "As a fellow open-source contributor, I'd love to connect.", id="fellow-contributor"
    ),
    pytest.param(
        "Hi {{ first_name }}, as a fellow recruiter I'd love to connect!", id="after-greeting"
    ),
    # "as someone who also works in X" and "as two people in X", with no field word
    pytest.param(
        "Hi, as someone who also works in local government, I'd love to connect.",
        id="someone-also-local-government",
    ),
    pytest.param(
        "Hi, as two people in the cyber space, it makes sense to connect.", id="two-people"
    ),
    pytest.param("As two engineers in fintech, let's connect.", id="two-engineers"),
    # "IT" in capitals after "in" is the field, not the pronoun (see "works-in-it" below)
    pytest.param("As someone who also works in IT, I'd love to connect.", id="someone-also-it"),
]
NO_FIRE = [
    pytest.param("I've spent ten years in the same industry as our clients.", id="own-career"),
    pytest.param("We're a fintech in the payments space, hiring in Berlin.", id="company-space"),
    pytest.param("Same time next week works for me.", id="same-time"),
    pytest.param("Your post on the same topic I wrote about last year was great.", id="topic"),
    pytest.param("We both spoke at RustConf 2024 - I loved your talk.", id="specific-shared"),
    pytest.param("Our industry moves fast; your migration post helped us.", id="our-industry"),
    pytest.param("As a fellow speaker at DevOpsDays, I enjoyed your talk.", id="fellow-speaker"),
    pytest.param("We both worked on the Apollo migration at Acme in 2021.", id="shared-project"),
    pytest.param("Since we both studied at Leeds, you might know Prof. Hart.", id="shared-school"),
    pytest.param("As someone who reads your newsletter, thanks for the Kafka issue.", id="reader"),
    pytest.param("Our fellowship programme pairs new nurses with mentors.", id="fellowship"),
    pytest.param("Since we both came from Google, you'll know Borg.", id="shared-employer"),
    pytest.param("Since we both worked in Acme's Leeds office, hello again!", id="ex-colleagues"),
    pytest.param("Since we both started in the 2019 grad cohort, hi!", id="shared-cohort"),
    # "we're both in X" and "as a fellow X" are the excuse only as the reason to connect...
    pytest.param(
        "As a fellow Rust contributor, I loved your PR on the borrow checker.",
        id="fellow-then-work",
    ),
    pytest.param("As a fellow nurse, I know how long night shifts are.", id="fellow-no-connect"),
    pytest.param(
        "We're both in the same Slack group for SREs, where I saw your post on incident reviews.",
        id="shared-group-then-post",
    ),
    # ...and not when the sentence names something of theirs...
    pytest.param(
        "As a fellow open-source contributor, I loved your PR on the borrow checker and would "
        "love to connect.",
        id="fellow-connect-and-their-work",
    ),
    pytest.param(
        "We're both in the SRE Slack, where your post on incident reviews stood out; let's "
        "connect.",
        id="group-connect-and-their-post",
    ),
    # ...or a place, a named community or employer, an event, or a state of affairs
    pytest.param(
        "Since we're both in London, could we meet for coffee about the Data Lead role?",
        id="both-in-a-city",
    ),
    pytest.param("Since we're both in London, I'd love to connect.", id="city-and-connect"),
    pytest.param("Since we're both in the same city, let's connect for coffee.", id="same-city"),
    pytest.param("Since we're both in the UK, happy to connect.", id="country"),
    pytest.param("As a fellow Rust contributor, I'd love to connect.", id="named-community"),
    pytest.param("As a fellow Googler, I'd love to connect.", id="named-employer"),
    pytest.param("As a fellow ex-Monzo engineer, I'd love to connect.", id="named-ex-employer"),
    pytest.param(
        "As a fellow hiring manager for the platform team, I'd love to get in touch.",
        id="fellow-for-a-team",
    ),
    pytest.param(
        "Since we're both in the early stages of the hiring process, let's connect next week.",
        id="both-in-a-process",
    ),
    pytest.param("As a fellow speaker at DevOpsDays, I'd love to connect.", id="fellow-at-event"),
    pytest.param("We're both in agreement on remote work, so let's connect.", id="in-agreement"),
    pytest.param("Since we're both in {{ city }}, I'd love to connect.", id="placeholder"),
    pytest.param("I'd love to connect you with a fellow engineer on my team.", id="introduction"),
    pytest.param("As a fellow network engineer, I enjoyed your talk.", id="network-in-trade"),
    # the same for "as someone who also works in X" and "as two people in X": not without a
    # reason to connect, not for a place or a name, not when the sentence names their work...
    pytest.param(
        "As someone who also works in local government, I know how tight budgets are.",
        id="someone-also-no-connect",
    ),
    pytest.param("As someone who also works in London, I'd love to connect.", id="someone-city"),
    pytest.param(
        "As someone who also works in the same building, let's connect.", id="someone-building"
    ),
    pytest.param(
        "As someone who also works in local government, I loved your post on planning reform "
        "and would love to connect.",
        id="someone-also-and-their-post",
    ),
    pytest.param("As two people in the same boat, let's connect.", id="two-in-the-same-boat"),
    pytest.param("As two nurses in the NHS, I know how short staffed wards are.", id="two-nurses"),
    # ...nor the sender saying who they are, with nothing said to be shared
    pytest.param("As someone who works in recruitment, I'd love to connect.", id="who-i-am"),
    # "it" in lower case is the pronoun; "IT at Barclays" is a shared employer
    pytest.param(
        "You run the Leeds office. As someone who also works in it, I'd love to connect.",
        id="works-in-it",
    ),
    pytest.param(
        "As someone who also works in IT at Barclays, I'd love to connect.", id="it-at-employer"
    ),
]


@pytest.mark.parametrize("text", FIRE)
def test_fires(lint, text):
    assert [f.code for f in lint(text, config={"select": ["OL301"]})] == ["OL301"]


@pytest.mark.parametrize("text", NO_FIRE)
def test_does_not_fire(lint, text):
    assert lint(text, config={"select": ["OL301"]}) == []


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        (
            "Since we both work in robotics I thought we should connect.",
            "Since we both work in robotics",
        ),
        ("As a fellow compliance professional, hello!", "As a fellow compliance professional"),
        ("Since we're both in retail, I'd love to connect.", "Since we're both in retail"),
        ("since we’re in the same industry, hi", "since we’re in the same industry"),
    ],
)
def test_message_quotes_the_template(lint, text, quoted):
    (f,) = lint(text, config={"select": ["OL301"]})
    assert f.message == (
        f"'{quoted}' is not a reason to write: say what about this person made you reach out"
    )
