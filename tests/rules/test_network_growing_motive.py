from __future__ import annotations

import pytest

CODE = "OL303"

FIRE = [
    pytest.param("I'm looking to expand my network and would love to connect.", id="expand"),
    pytest.param("Always keen to connect with like-minded professionals!", id="like-minded"),
    pytest.param("I'm growing my network in the fintech space.", id="growing-space"),
    pytest.param(
        "I'm building my network of supply chain leaders in the Midlands.", id="building-of"
    ),
    pytest.param("I’m always happy to connect with fellow HR leaders.", id="curly-always"),
    pytest.param("Keen to grow my professional\nnetwork this year.", id="line-break"),
    pytest.param(
        "I'd love to network with other engineering leaders in Leeds.", id="network-with-other"
    ),
    pytest.param("I’m looking to extend my connections across the NHS.", id="connections"),
    pytest.param("Keen to connect with professionals in the healthcare space.", id="in-the-space"),
    pytest.param("I'm always keen to meet more people in retail.", id="meet-more-people"),
    pytest.param("Trying to build my little black book of buyers.", id="black-book"),
    pytest.param("Happy to connect with others in the insurance world.", id="others-in-the"),
    pytest.param("Would be great to have you in my network!", id="have-you-in-my-network"),
    pytest.param("I'd love to have you in my circle.", id="have-you-in-my-circle"),
    pytest.param("I'd love to welcome you to my network.", id="welcome-you-to-my-network"),
    pytest.param("Would be great to have you in my professional circle.", id="professional-circle"),
    pytest.param("I'd love for you to be part of my network.", id="part-of-my-network"),
    pytest.param("I'm keen to connect with more nurses in the North West.", id="more-nurses"),
    pytest.param("I'm connecting with HR leaders across the region.", id="across-the-region"),
    pytest.param(
        "I'm building a community of cyber professionals and would love you to join.",
        id="community-of",
    ),
    pytest.param(
        "You'll love our wards. I'm keen to connect with more nurses in the North West.",
        id="the-senders-after-a-you",
    ),
    pytest.param(
        "Thank you for accepting; I'm connecting with HR leaders across the region.",
        id="thank-you-then-the-senders",
    ),
    pytest.param(
        "Would you want to connect with other like-minded professionals in my network?",
        id="the-reader-in-the-senders-network",
    ),
    pytest.param(
        "I'd love for you to connect with other HR leaders across the region through me.",
        id="the-reader-through-the-sender",
    ),
]

NO_FIRE = [
    pytest.param("We're growing our network of clinics across the UK.", id="company-network"),
    pytest.param("We're expanding our team in Leeds and hiring a Data Engineer.", id="team"),
    pytest.param(
        "I'm connecting with people I met at the CIPD conference in Manchester.", id="event"
    ),
    pytest.param(
        "Your post on {{ post_topic }} is why I'm expanding my network into data governance.",
        id="their-post",
    ),
    pytest.param("I’d love to connect with other nurses who moved to Dubai.", id="specific-people"),
    pytest.param("Happy to connect?", id="plain-connect"),
    pytest.param("I'd like to connect with people in your payroll team.", id="their-team"),
    pytest.param("We have a network of 5,000 bank nurses across Yorkshire.", id="agency-pool"),
    pytest.param(
        "Your talk on query tuning at PASS Summit is why I'd like to grow my\nnetwork of DBAs.",
        id="named-talk-line-break",
    ),
    pytest.param("You'll meet new colleagues on your first day at the depot.", id="job-detail"),
    pytest.param("I'd love to meet other people who read your Kafka post.", id="meet-specific"),
    pytest.param("Our nurses connect with others in the ward team every morning.", id="the-job"),
    pytest.param("I'd like to connect with more of your team.", id="more-of-your-team"),
    pytest.param(
        "We're building a community of carers across Leeds and I'm hiring two for it.",
        id="a-firms-community",
    ),
    pytest.param(
        "You'll have your own network of suppliers across the region.", id="their-own-network"
    ),
    pytest.param("I have you in my contacts from the Leeds fair, so thought I'd ask.", id="a-fact"),
    pytest.param(
        "The role means you'll connect with more nurses in the North West through our "
        "training hub.",
        id="the-readers-with-the-job",
    ),
    pytest.param(
        "You'll get the chance to network with other engineering leaders in Leeds.",
        id="the-readers-chance",
    ),
    pytest.param(
        "As our regional lead you will be connecting with HR leaders across the region.",
        id="the-readers-as-a-duty",
    ),
]


@pytest.mark.parametrize("text", FIRE)
def test_fires(lint, text):
    assert [f.code for f in lint(text, config={"select": [CODE]})] == [CODE]


@pytest.mark.parametrize("text", NO_FIRE)
def test_does_not_fire(lint, text):
    assert lint(text, config={"select": [CODE]}) == []


def test_one_finding_per_sentence(lint):
    text = "I'm expanding my network and keen to connect with like-minded professionals."
    assert len(lint(text, config={"select": [CODE]})) == 1


def test_position_after_front_matter(lint):
    text = """\
        ---
        channel: linkedin_connection_note
        ---
        Hi {{ first_name }}! I'm looking to expand my network with
        like-minded professionals in healthcare.
        """
    (finding,) = lint(text, config={"select": [CODE]})
    assert (finding.line, finding.column, finding.end_line, finding.end_column) == (4, 37, 4, 54)
    assert finding.snippet == "expand my network"
    assert "not a reason" in finding.message


def test_position_in_yaml_collection(lint):
    text = """\
        templates:
          - name: note
            channel: linkedin_connection_note
            body: |
              Hi {{ first_name }}, I'm growing my network of finance leaders in Leeds.
        """
    (finding,) = lint(text, path="notes.yaml", config={"select": [CODE]})
    assert (finding.line, finding.column) == (5, 32)
    assert finding.template == "note"


@pytest.mark.parametrize(
    "sentence",
    [
        "In the role you'll network with other nurse leaders across the region, and I can "
        "introduce you to the matron before you apply.",
        "Once you start, you'll connect with other leaders in the trust, and I'd like you to "
        "meet the matron first.",
        # the sender's network offered to the reader, not the reader added to it
        "The role means you'll connect with more nurses across the region, and I'm happy to "
        "introduce you to my contacts at the trust before you start.",
        "In this role you'll connect with more nurses across the North West, and I'd be glad to "
        "introduce you to my network of ward managers before you decide.",
    ],
)
def test_the_senders_words_in_another_clause_leave_the_jobs_network(lint, sentence):
    text = f"Hi {{{{ first_name }}}}, your ICU work fits our charge nurse role. {sentence}\n"
    assert lint(text, config={"select": ["OL303"]}) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "You could connect with other like-minded professionals in the region, and I'd love for "
        "you to join my network.",
        # the reader in the sender's network, after the job's network
        "The role means you'll connect with more nurses across the region, and it would be great "
        "for you to be part of my network too.",
        "The role means you'll connect with more nurses across the region, and I hope you'll be "
        "part of my network as well.",
    ],
)
def test_the_senders_network_in_another_clause_is_still_the_motive(lint, sentence):
    text = f"Hi {{{{ first_name }}}}, your ICU work fits our charge nurse role. {sentence}\n"
    assert [f.code for f in lint(text, config={"select": ["OL303"]})] == ["OL303"]


def test_the_senders_network_in_another_clause_about_something_else(lint):
    text = (
        "Hi {{ first_name }}, your ICU work fits our charge nurse role. The role means you'll "
        "connect with more nurses across the region, and several nurses in my network have "
        "loved working there.\n"
    )
    assert lint(text, config={"select": ["OL303"]}) == []


def test_having_the_reader_in_the_senders_circle_is_the_motive(lint):
    text = (
        "Hi {{ first_name }}, your ICU work fits our charge nurse role. The role means you'll "
        "connect with more nurses across the region, and I'd love to have you in my circle.\n"
    )
    assert [f.code for f in lint(text, config={"select": ["OL303"]})] == ["OL303"]


# The sender connecting with people who are only where or what they work ("paralegals in the
# North West"), or with as many as they can, is the network motive; the sender connecting with
# someone in particular, or saying what their job is, is not. Both sides, next to each other.
CONNECTING_WITH_ANYONE = [
    pytest.param("I'm connecting with HR leaders in the North West.", id="leaders-in-a-region"),
    pytest.param("I'm connecting with paralegals in the North West.", id="a-job-in-a-region"),
    pytest.param("I'm connecting with as many CRAs as I can this year.", id="as-many-as"),
    pytest.param("Keen to connect with GPs across Yorkshire.", id="keen-to"),
    pytest.param("I've been networking with CRAs across Europe.", id="ive-been"),
    pytest.param("I'm happy to connect with paralegals from across the UK.", id="from-across"),
    pytest.param("I'm currently connecting with paralegals in Leeds.", id="currently"),
    pytest.param("I'd like to connect with nurses in the North West.", id="id-like-to"),
    pytest.param(
        "I'm connecting with nurses in Leeds about opportunities.", id="about-no-role-named"
    ),
    pytest.param(
        "I'm connecting with paralegals in the North West because I want to grow my network.",
        id="because-no-role-named",
    ),
]
CONNECTING_WITH_SOMEONE = [
    pytest.param(
        "I'm connecting with the hiring manager tomorrow and will send you the details.",
        id="the-hiring-manager",
    ),
    pytest.param(
        "Connecting with candidates like you is my job, so I'll keep this short.",
        id="what-the-job-is",
    ),
    pytest.param(
        "I'm connecting with candidates like you about a Band 6 role at St James's.",
        id="candidates-like-you-about-a-role",
    ),
    pytest.param(
        "I'm connecting with the paralegals in the Leeds office this week.", id="the-paralegals"
    ),
    pytest.param(
        "I'd like to connect with paralegals in your conveyancing team.", id="in-your-team"
    ),
    pytest.param("Would you like to connect with nurses in the North West?", id="the-reader"),
    pytest.param(
        "Would you like to connect with like-minded professionals in the region?",
        id="the-readers-wish",
    ),
    pytest.param(
        "Our nurses connect with families in the community every day.", id="the-job-not-me"
    ),
    pytest.param("You'll connect with as many patients as you like.", id="the-readers-many"),
    # a job or a client's need in the same sentence is the reason, not the network
    pytest.param(
        "I'm connecting with sous chefs in Manchester about a head chef opening at a new "
        "Ancoats restaurant.",
        id="about-an-opening",
    ),
    pytest.param(
        "I’m connecting with HGV drivers in Doncaster — our client needs three Class 1 drivers "
        "on nights.",
        id="dash-client-needs",
    ),
    pytest.param(
        "I'm connecting with paralegals in the North West because our client in Preston needs "
        "a conveyancing paralegal.",
        id="because-client-needs",
    ),
    pytest.param(
        "I'm connecting with nurses in Leeds about a Band 6 theatre role at St James's.",
        id="about-a-role",
    ),
    pytest.param(
        "I've been connecting with CRAs across Europe for our client's oncology trial.",
        id="for-a-client",
    ),
]


@pytest.mark.parametrize("sentence", CONNECTING_WITH_ANYONE)
def test_connecting_with_anyone_is_the_motive(lint, sentence):
    text = f"Hi {{{{ first_name|default('there') }}}}, {sentence}\n"
    assert [f.code for f in lint(text, config={"select": [CODE]})] == [CODE]


@pytest.mark.parametrize("sentence", CONNECTING_WITH_SOMEONE)
def test_connecting_with_someone_is_not_the_motive(lint, sentence):
    text = f"Hi {{{{ first_name|default('there') }}}}, {sentence}\n"
    assert lint(text, config={"select": [CODE]}) == []
