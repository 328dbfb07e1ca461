from __future__ import annotations

import pytest

CODE = "OL205"

FIRE = [
    pytest.param(
        "I have a lucrative money-making opportunity for you!",
        "a lucrative money-making opportunity",
        id="money-making",
    ),
    pytest.param(
        "I'm working on an exciting opportunity with a major company. Open to a call?",
        "an exciting opportunity",
        id="exciting-opportunity",
    ),
    pytest.param(
        "I have a role that matches your profile. Interested?", "a role", id="matches-profile"
    ),
    pytest.param(
        "Our client, a leading firm in the industry, needs rockstar talent. Interested?",
        "Our client",
        id="our-client",
    ),
    pytest.param(
        "I’ve got a few roles on that I think you’d be perfect for.", "a few roles", id="curly"
    ),
    pytest.param(
        "I'm working on several senior\nroles with top firms in the region.",
        "several senior\nroles",
        id="line-break",
    ),
    pytest.param(
        "We're hiring SALES ROCKSTARS to join our team!", "hiring SALES ROCKSTARS", id="rockstars"
    ),
    pytest.param(
        "I'm working with a number of clients in cyber security and would love to hear what "
        "your ideal next role looks like.",
        "working with a number of clients",
        id="clients-and-next-role",
    ),
    pytest.param(
        "You'd be a valuable addition to one of my clients. Let me know a good time.",
        "valuable addition to",
        id="valuable-addition",
    ),
    pytest.param(
        "We are currently hiring! Send me your CV.", "We are currently hiring", id="hiring"
    ),
    pytest.param("We're appointing! Send me your CV.", "We're appointing", id="appointing"),
    pytest.param(
        "Our clients have numerous vacancies right now.", "numerous vacancies", id="numerous"
    ),
    pytest.param(
        "I'm building a team for a new business opportunity.",
        "a new business opportunity",
        id="business-opportunity",
    ),
    pytest.param(
        "Be your own boss! I have a lucrative money-making opportunity for you.",
        "a lucrative money-making opportunity",
        id="own-boss",
    ),
    pytest.param("Our client needs a boss. Interested?", "Our client", id="needs-a-boss"),
]

NO_FIRE = [
    pytest.param(
        "We're hiring a Payments Engineer at Northwind to rebuild our money-making checkout.",
        id="money-making-not-a-pitch",
    ),
    pytest.param(
        "We're hiring a Senior Data Engineer at Northwind. Interested?", id="title-and-company"
    ),
    pytest.param("I'm hiring an ICU nurse for St Mary's in Boston.", id="nurse"),
    pytest.param("An exciting opportunity: Account Executive at Northwind.", id="cliche-but-named"),
    pytest.param("We're recruiting a {{ role }} at {{ our_company }}.", id="placeholders"),
    pytest.param(
        "A fast-growing SaaS scale-up in Manchester is hiring an Enterprise\nAccount Executive.",
        id="described-employer-line-break",
    ),
    pytest.param(
        "We work with major construction clients across the UK. I'd love to tell you about us.",
        id="agency-intro-no-opportunity",
    ),
    pytest.param("Thanks for the opportunity to chat last week.", id="opportunity-to-chat"),
    pytest.param("Congratulations on the new role at {{ company }}!", id="congrats"),
    pytest.param("Are you open to new opportunities?", id="openness-question"),
    pytest.param(
        "Our client, a 40-person practice in Clifton, needs a Senior Accountant.",
        id="client-described",
    ),
    pytest.param(
        "We’re looking for someone to lead our payroll team in Leeds.", id="leads-team-curly"
    ),
    pytest.param("I have a few openings in my calendar next week for a call.", id="calendar"),
    pytest.param(
        "We're hiring a Business Analyst at Northwind. Interested?", id="business-analyst-role"
    ),
    pytest.param(
        "Your group audit work fits an Audit Senior role at a Top 10 firm in Leeds (£48-52k).",
        id="audit-senior",
    ),
    pytest.param("We have an opening for a pentester in our red team.", id="pentester"),
    pytest.param("We're hiring a red teamer for a bank's security team.", id="red-teamer"),
    pytest.param("I have an opening for a technical artist on our next game.", id="artist"),
    pytest.param("I have funding for a two-year postdoc in soft robotics.", id="postdoc"),
    pytest.param("Our client needs a Tax Senior for their Leeds office.", id="tax-senior"),
    pytest.param("We're appointing a Chair for a trust in Derby. Keen?", id="appointing-a-chair"),
    pytest.param(
        "My client needs an Underground Shift Boss with exactly that experience in hard-rock "
        "operations.",
        id="shift-boss",
    ),
    pytest.param("Our client is hiring two Crew Bosses. Interested?", id="crew-bosses"),
    pytest.param("We're taking on foremen for a Leeds housing site.", id="foremen"),
]


@pytest.mark.parametrize(("text", "flagged"), FIRE)
def test_fires(lint, text, flagged):
    findings = lint(text, config={"select": [CODE]})
    assert [f.code for f in findings] == [CODE]
    assert findings[0].snippet == flagged


@pytest.mark.parametrize("text", NO_FIRE)
def test_does_not_fire(lint, text):
    assert lint(text, config={"select": [CODE]}) == []


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("We're hiring a Data Engineer for a leading company. Interested?", id="stock"),
        pytest.param(
            "Our client, one of the top firms in the industry, needs a Tax Manager.", id="top-firms"
        ),
        pytest.param(
            "Hi {{ first_name }},\n\nA leading company is hiring a Senior Rendering Engineer.",
            id="stock-employer-is-hiring",
        ),
        pytest.param(
            "Hi {{ first_name }},\n\nOne of the top firms in the industry is hiring a Tax Senior.",
            id="after-a-greeting-line",
        ),
        pytest.param(
            "A leading organisation is appointing a Finance Director.",
            id="stock-employer-appointing",
        ),
    ],
)
def test_named_role_with_stock_employer(lint, text):
    (finding,) = lint(text, config={"select": [CODE]})
    assert "employer" in finding.message


@pytest.mark.parametrize(
    "text",
    [
        "Northwind is a leading company, and it's hiring a Data Engineer. Interested?",
        "Hi {{ first_name }},\n\nNorthwind, a leading company, is hiring a Data Engineer.",
    ],
)
def test_named_role_with_named_company(lint, text):
    assert lint(text, config={"select": [CODE]}) == []


def test_subject_names_the_role(lint):
    text = """\
        ---
        channel: linkedin_inmail
        subject: Backend Engineer (Go) at Orchard Robotics
        ---
        Hi {{ first_name }}, I'm working on an exciting opportunity. Open to a call?
        """
    assert lint(text, config={"select": [CODE]}) == []


def test_position_after_front_matter(lint):
    text = """\
        ---
        channel: linkedin_inmail
        subject: Hello
        ---
        Hi {{ first_name }},

        I have an exciting opportunity with a leading company in your area.
        """
    (finding,) = lint(text, config={"select": [CODE]})
    assert (finding.line, finding.column, finding.end_line, finding.end_column) == (7, 8, 7, 31)
    assert "name the role" in finding.message


def test_position_in_yaml_collection(lint):
    text = """\
        templates:
          - name: blast
            channel: email
            subject: Hello
            body: |
              Hi {{ first_name }},

              Are you free this week? I have a confidential opportunity with a global bank.
        """
    (finding,) = lint(text, path="sequence.yaml", config={"select": [CODE]})
    assert (finding.line, finding.column) == (8, 38)
    assert finding.snippet == "a confidential opportunity"


def test_a_vague_subject_and_a_vague_body_are_two_findings(lint):
    """Each is a place to mend; a suppression comment on the subject's line leaves the body's."""
    text = (
        "---\nchannel: email\nsubject: An exciting opportunity  # NOQA\n---\n"
        "Hi {{ first_name }},\n\nI have an exciting opportunity for you. Open to a call?\n"
    )
    found = lint(text.replace("# NOQA", ""), config={"select": [CODE]})
    assert [(f.line, f.snippet) for f in found] == [
        (3, "An exciting opportunity"),
        (7, "an exciting opportunity"),
    ]
    found = lint(text.replace("NOQA", "outreach-lint: noqa: OL205"), config={"select": [CODE]})
    assert [(f.line, f.snippet) for f in found] == [(7, "an exciting opportunity")]


def _pitch(sentence: str) -> str:
    return (
        "---\nchannel: email\nsubject: Role in Leeds\nvariables: [first_name, company]\n---\n"
        "Hi {{ first_name|default('there') }}, your work at {{ company }} stood out. "
        f"{sentence} Could we talk on Thursday?\n"
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Our team needs someone for our Senior Sales role in Leeds.",
        "Our Head Chef position is open.",
        "The Lead Paralegal vacancy is with a firm in Leeds.",
    ],
)
def test_a_title_in_capitals_before_role_names_the_job(lint, sentence):
    assert lint(_pitch(sentence), config={"select": [CODE]}) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "We have An Exciting New role for you.",
        "I have a Great Opportunity role.",
        "It is A Senior role at a top firm.",
        "I have a Full Time role that could suit you.",
        "I have a Well Paid role for you.",
    ],
)
def test_capitals_on_vague_words_name_no_job(lint, sentence):
    assert [f.code for f in lint(_pitch(sentence), config={"select": [CODE]})] == [CODE]


@pytest.mark.parametrize(
    ("front", "fires"),
    [
        ("stage: follow-up\n", False),
        ("sequence_step: 2\n", False),
        ('subject: "Re: the opportunity"\n', False),
        ("sequence_step: 1\n", True),  # the first message must name the job
        ("owner: recruiting\n", True),
    ],
)
def test_a_marked_follow_up_need_not_name_the_job_again(lint, front, fires):
    text = (
        "---\nchannel: email\n" + front + "---\nHi {{ first_name }}, just following up on the "
        "exciting opportunity I sent last week. Any thoughts?\n"
    )
    assert [f.code for f in lint(text, config={"select": [CODE]})] == (["OL205"] if fires else [])


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Kiln Robotics is hiring a Platform Lead and I have a role you'd be great for.",
            id="platform-lead",
        ),
        pytest.param(
            "We're hiring a Security Lead at Kiln and I have a role you'd suit.", id="security-lead"
        ),
        pytest.param(
            "I'm building a clinical pharmacist team for Walgreens in Chicago, and I have a role "
            "you'd be great for. Could we talk?",
            id="building-a-team-of-a-job",
        ),
        pytest.param(
            "Hi {{ first_name }}, I'm not pitching you a job - I'd value your view on how "
            "payments teams are structured.",
            id="disclaimed-pitch",
        ),
        pytest.param(
            "Hi {{ first_name }}, I'm not recruiting for a role right now - I'd value your view "
            "on how payments teams are structured.",
            id="not-recruiting-for-a-role",
        ),
    ],
)
def test_named_or_disclaimed_jobs_are_not_vague(lint, text):
    assert lint(text, config={"select": [CODE]}) == []


def test_a_lead_title_in_the_subject_names_the_role(lint):
    text = (
        "---\nchannel: email\nsubject: AWS platform lead role at Kiln (remote, UK)\n---\n"
        "Hi there, we have a role you'd be great for. Interested?\n"
    )
    assert lint(text, config={"select": [CODE]}) == []


def test_a_job_after_a_disclaimer_that_names_nothing_is_still_vague(lint):
    text = "I'm not pitching you a job, but I do have an exciting opportunity. Interested?"
    (finding,) = lint(text, config={"select": [CODE]})
    assert finding.snippet == "an exciting opportunity"
