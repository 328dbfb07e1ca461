"""Wordings from outreach in marketing, trades, hospitality, schools and India that the
phrase rules must read: each case fires its rule (with the words quoted) or must not."""

from __future__ import annotations

import pytest

NOTE = "---\nchannel: linkedin_connection_note\n---\n"
OPENING = "Hi {{ first_name|default('there') }}, your talk on {{ talk }} was great. "

FIRE = [
    ("OL301", "As we're both educators, I'd love to connect."),
    ("OL301", "We are both data scientists so I'd love to connect."),
    ("OL301", "Being in the same line of work, let's connect."),
    ("OL104", "Your portfolio is stunning."),
    ("OL104", "I've been following your career with great interest."),
    ("OL302", "Please accept my invitation to connect on LinkedIn."),
    ("OL205", "I am hiring a Store Manager for a market leader."),
    ("OL601", "Could you share your fixed and variable pay at {{ company }}?"),
    ("OL601", "Please share your Form 16 for last year."),
    ("OL601", "How much do they pay you?"),
    ("OL203", "When are you looking to make a change?"),
    ("OL203", "Is it time for a move?"),
    ("OL203", "I know you're keen to move on."),
    ("OL104", "I've followed your career with interest."),
    ("OL403", "Salary: XXk plus bonus."),
    ("OL304", "We need a ___rockstar___ now."),
    ("OL601", "Please send your CV with current and expected salary."),
    ("OL601", "What are you on at {{ company }}?"),
    ("OL601", "How much does {{ company }} pay you?"),
    ("OL601", "What are you currently on, roughly?"),
    ("OL601", "Are you currently earning more than £45k?"),
    ("OL601", "Please include your salary details with your CV."),
    ("OL602", "They want someone ideally in their twenties."),
    ("OL602", "It's a Gen Z hire."),
    ("OL602", "They want a millennial who wants to grow with the firm."),
    ("OL602", "Join a youthful, high-energy team."),
    ("OL602", "They want a fresh-faced team player."),
    ("OL302", "I'd like to invite you to join my network."),
    ("OL302", "I would like to connect with you here on LinkedIn."),
    ("OL303", "It would be good to connect and grow our networks."),
    ("OL303", "I'm building a network of care home managers across Yorkshire."),
    ("OL301", "As fellow members of the legal community, let's connect."),
]
NO_FIRE = [
    ("OL301", "We're both busy, so let's connect after the launch."),
    ("OL301", "Since we're both nurses at Leeds General, let's connect."),
    ("OL104", "Your portfolio of bridge designs for Arup is stunning."),
    ("OL205", "Our client, a market leader in payments, is hiring a Store Manager."),
    ("OL601", "We'll issue your Form 16 every April."),
    ("OL601", "Your fixed and variable pay here would be 18 LPA plus a 20% bonus."),
    ("OL203", "You're keen to move on to bigger stages, you said."),
    ("OL203", "When are you looking to make a change to the rota on {{ current_ward }}?"),
    ("OL302", "Please accept my invitation to interview for the Charge Nurse post."),
    ("OL302", "Please accept my request for a 15-minute call on Thursday."),
    ("OL205", "Your company is a market leader, and it shows. We're hiring a Store Manager."),
    ("OL205", "You built {{ company }} into a market leader. We're hiring a Store Manager."),
    ("OL602", "The ward cares for patients with no upper age limit: 18 to 104."),
    ("OL602", "Age limit: 18+ (the legal minimum for night shifts)."),
    ("OL104", "The Leeds hospital redesign in your portfolio is stunning."),
    ("OL601", "Our salary details are on the advert."),
    ("OL601", "The current and expected timelines are in the brief."),
    ("OL602", "Our app is used by Gen Z customers."),
    ("OL602", "I spent my twenties in audit, so I know the work."),
    ("OL602", "Millennials are 40% of our users."),
    ("OL602", "Temperatures in the mid 20s all summer."),
    ("OL302", "I'd like to invite you to an interview for the Charge Nurse post."),
    ("OL303", "Our networks team in Leeds is hiring a Network Engineer."),
    ("OL301", "As fellow members of the Leeds Law Society, let's connect."),
]


@pytest.mark.parametrize(("code", "text"), FIRE, ids=[f"{c}-{t[:30]}" for c, t in FIRE])
def test_fires(lint, code: str, text: str) -> None:
    assert [f.code for f in lint(NOTE + OPENING + text + "\n", config={"select": [code]})] == [code]


@pytest.mark.parametrize(("code", "text"), NO_FIRE, ids=[f"{c}-{t[:30]}" for c, t in NO_FIRE])
def test_does_not_fire(lint, code: str, text: str) -> None:
    assert lint(NOTE + OPENING + text + "\n", config={"select": [code]}) == []


MESSAGE = "---\nchannel: linkedin_message\n---\nHi {{ first_name|default('there') }}, "
HIRING = " I'm hiring a Charge Nurse in Leeds. Could we talk?\n"


@pytest.mark.parametrize(
    "said",
    [
        "you've been at {{ base }} for six years.",
        "you've been running nights on {{ bay }}.",
        "you're running nights on {{ bay }}.",
        "I saw you're now leading the team at {{ base }}.",
        "congratulations on taking {{ home }} from Requires Improvement to Good.",
    ],
)
def test_what_they_are_doing_at_a_place_makes_it_theirs(lint, said: str) -> None:
    """OL102: the placeholder is about the recipient, not only their name."""
    assert lint(MESSAGE + said + HIRING, config={"select": ["OL102"]}) == []


@pytest.mark.parametrize(
    "said",
    [
        "you've been on charity audits at {{ company }}, which is most of what this team does.",
        "your S/4HANA migration at {{ company }} is why I'm writing.",
    ],
)
def test_their_work_somewhere_said_to_fit_is_a_reason(lint, said: str) -> None:
    """OL202: these say why the recipient fits."""
    assert lint(MESSAGE + said + HIRING, config={"select": ["OL202"]}) == []


def test_a_name_alone_is_still_name_only(lint) -> None:
    found = lint(MESSAGE + "hope you're well." + HIRING, config={"select": ["OL102", "OL202"]})
    assert [f.code for f in found] == ["OL102", "OL202"]


@pytest.mark.parametrize(
    "said",
    [
        "I noticed your experience at {{ company }}.",
        "Your background at {{ company }} caught my eye.",
    ],
)
def test_where_they_work_alone_is_no_reason_they_fit(lint, said: str) -> None:
    """OL202: naming only their employer says nothing about why they fit."""
    assert [f.code for f in lint(MESSAGE + said + HIRING, config={"select": ["OL202"]})] == [
        "OL202"
    ]


@pytest.mark.parametrize(
    "said",
    [
        "your experience at {{ company }} scaling payments is what they need.",
        "your work at {{ company }} on the ledger fits.",
        "your public sector bids at {{ company }} fit the brief.",
    ],
)
def test_what_they_did_at_their_employer_is_a_reason(lint, said: str) -> None:
    assert lint(MESSAGE + said + HIRING, config={"select": ["OL202"]}) == []
