from __future__ import annotations

import pytest

CODE = "OL203"

FIRE = [
    pytest.param("I see you're open to new opportunities, so here's a role.", id="i-see-open"),
    pytest.param("I know you're looking for your next challenge.", id="i-know-looking"),
    pytest.param("I imagine you're open to new opportunities.", id="i-imagine-open"),
    pytest.param("Are you looking for your next role?", id="next-role"),
    pytest.param("Are you open to new opportunities at the moment?", id="open-to-new"),
    pytest.param("What would it take for you to consider a move?", id="what-would-it-take"),
    pytest.param("Ready for your next challenge? We're hiring.", id="ready-next-challenge"),
    pytest.param("Tired of your current job? Let's talk.", id="tired-of"),
    pytest.param("Are you currently\nlooking for a new role?", id="line-break"),
    pytest.param("I see you’re looking for a new challenge.", id="curly"),
    pytest.param("Would you consider a move for the right package?", id="consider-a-move"),
    pytest.param("Are you happy in your current role?", id="happy-in-role"),
    pytest.param("Are you ready to take the next step in your career?", id="next-step"),
    pytest.param("Looking for a new role? I can help.", id="fragment-question"),
    pytest.param("Are you actively looking at the moment?", id="actively-looking"),
    pytest.param("I'd love to help you find your next role.", id="find-next-role"),
    pytest.param("Would you be open to exploring new opportunities?", id="would-you-be-open"),
    pytest.param("Have you thought about your next step?", id="thought-about"),
    pytest.param("Fed up with the hours at {{ company }}? Let's talk.", id="fed-up-with-hours"),
    pytest.param("Tired of the hours at {{ company }}?", id="tired-of-the-hours"),
    pytest.param("I'm hiring for a days-only unit. Sick of nights?", id="sick-of-nights"),
    pytest.param("Thinking of leaving {{ company }}?", id="thinking-of-leaving"),
    pytest.param("Could you be tempted away from {{ company }}?", id="tempted-away"),
    pytest.param("Could I tempt you away from {{ company }}?", id="tempt-you-away"),
    pytest.param("Fancy a change of scenery?", id="fancy-a-change"),
    pytest.param("Are you considering your options?", id="considering-options"),
    pytest.param("Why not take your next career step with us?", id="why-not"),
    pytest.param("Aren't you ready for your next challenge?", id="negative-question"),
    pytest.param(
        "I'm not one to pry, but could I tempt you away from {{ company }}?",
        id="negation-in-another-clause",
    ),
    pytest.param("Don't you fancy a change of scenery?", id="dont-you-fancy"),
    pytest.param("You'd be mad not to take your next step with us.", id="mad-not-to"),
    pytest.param("Don't take your next role without talking to us.", id="dont-take-without"),
    pytest.param("You won't find your next career move anywhere better.", id="you-wont-find"),
    pytest.param("Is there any reason not to make your next move with us?", id="reason-not-to"),
    pytest.param("Could I not tempt you away from {{ company }}?", id="could-i-not-tempt"),
    # the same complaints asked as questions, and leaving or escaping where they work
    pytest.param("Are you sick of nights?", id="are-you-sick-of-nights"),
    pytest.param("Sick and tired of nights?", id="sick-and-tired-of-nights"),
    pytest.param("Are you sick and tired of your current job?", id="sick-and-tired-of-your-job"),
    pytest.param("Are you tired of night shifts?", id="are-you-tired-of-night-shifts"),
    pytest.param("Are you fed up with the hours at {{ company }}?", id="are-you-fed-up"),
    pytest.param("Hi, fed up with the caseloads at {{ council }}?", id="caseloads-at"),
    pytest.param("Ready to leave the NHS?", id="ready-to-leave"),
    pytest.param("Are you ready to leave {{ company }}?", id="are-you-ready-to-leave"),
    pytest.param("Are you ready to leave your current role?", id="leave-your-current-role"),
    pytest.param("Fancy escaping the call centre?", id="fancy-escaping"),
    pytest.param("Fancy leaving {{ company }}?", id="fancy-leaving-their-employer"),
]

NO_FIRE = [
    pytest.param("If now isn't the right time, no worries.", id="no-worries"),
    pytest.param("I know you're not looking, but this is close to your work.", id="not-looking"),
    pytest.param("Would you be open to a chat about this role?", id="this-role"),
    pytest.param("Even if you're happy where you are, I'd value 10 minutes.", id="even-if"),
    pytest.param("If you're ever open to a move, I'd love to hear from you.", id="if-ever"),
    pytest.param(
        "Are you looking for a Senior Data Engineer for your team?", id="bd-hiring-manager"
    ),
    pytest.param("I see you’re looking for a Head of Data at {{ company }}.", id="bd-curly"),
    pytest.param("Are you open to relocating to Leeds?", id="relocating"),
    pytest.param("Are you interested in hearing more about\nthe role?", id="interested-line-break"),
    pytest.param("Whenever you're ready for your next move, I'm here.", id="whenever"),
    pytest.param(
        "As you're exploring data mesh at {{ company }}, this may help.", id="exploring-tech"
    ),
    pytest.param("Open to a chat?", id="open-to-a-chat"),
    pytest.param("Would you be interested in the Leeds role?", id="interested-in-role"),
    pytest.param("Are you the right person to talk to about hiring?", id="right-person"),
    pytest.param("No pressure if you're settled.", id="no-pressure-if-settled"),
    pytest.param("If you're sick of nights, this one is days only.", id="if-sick-of-nights"),
    pytest.param(
        "If you're sick and tired of nights, this one is days only.", id="if-sick-and-tired"
    ),
    pytest.param("If you are sick of nights, this one is days only?", id="if-you-are-sick"),
    pytest.param("When you're ready to leave, could you give me a call?", id="when-ready-to-leave"),
    pytest.param("Are you ready to leave it to the experts? We do the paperwork.", id="leave-it"),
    # "leave your mark" is making an impact, not leaving a job ("ready to leave the NHS?" is)
    pytest.param("Ready to leave your mark?", id="leave-your-mark"),
    pytest.param("Are you ready to leave your mark on the Leeds skyline?", id="leave-your-mark-on"),
    pytest.param("Fancy leaving at 3pm on Fridays? The role has early finishes.", id="leave-early"),
    pytest.param("Fancy escape rooms? Our team does one a month.", id="escape-rooms"),
    pytest.param("If you ever fancy a change, I'm here.", id="if-you-fancy-a-change"),
    pytest.param("Clients are fed up with the hours agencies take. Shall we talk?", id="clients"),
    pytest.param("Fancy a chat on Thursday?", id="fancy-a-chat"),
    pytest.param("Thinking about moving to Leeds? The role is in Bradford.", id="relocating-q"),
    pytest.param("Are you considering options for your team?", id="options-for-team"),
    pytest.param(
        "I'm not trying to tempt you away from {{ company }}, just sharing a role.",
        id="not-trying-to-tempt",
    ),
    pytest.param(
        "No pressure: I know you're happy there and I'm not looking to tempt you away.",
        id="not-looking-to-tempt",
    ),
    pytest.param("I won't try to tempt you away, just curious.", id="wont-try-to-tempt"),
    pytest.param("I don't want to poach you away from your team.", id="dont-want-to-poach"),
    pytest.param("I'm never going to try to lure you away.", id="never-going-to"),
    pytest.param("We're not out to lure you away from the ward.", id="were-not-out-to"),
    pytest.param("Not trying to poach you away, just sharing a role.", id="not-trying-fragment"),
]


@pytest.mark.parametrize("text", FIRE)
def test_fires(lint, text):
    assert [f.code for f in lint(text, config={"select": [CODE]})] == [CODE]


@pytest.mark.parametrize("text", NO_FIRE)
def test_does_not_fire(lint, text):
    assert lint(text, config={"select": [CODE]}) == []


def test_position_after_front_matter(lint):
    text = """\
        ---
        channel: linkedin_inmail
        subject: Quick question
        ---
        Hi {{ first_name }},

        Are you open to new opportunities? I have a Payroll Manager role in Croydon.
        """
    (finding,) = lint(text, config={"select": [CODE]})
    assert (finding.line, finding.column, finding.end_line, finding.end_column) == (7, 1, 7, 34)
    assert "presumes" in finding.message


def test_position_in_yaml_collection(lint):
    text = """\
        templates:
          - name: after-connect
            channel: linkedin_message
            body: |
              Hi {{ first_name }}, thanks for connecting! Are you looking for a new role?
        """
    (finding,) = lint(text, path="sequence.yaml", config={"select": [CODE]})
    assert (finding.line, finding.column) == (5, 51)
    assert finding.snippet == "Are you looking for a new role"


@pytest.mark.parametrize(
    "sentence",
    [
        "I really don't want to tempt you away from {{ company }}.",
        "We aren't trying to tempt you away from {{ company }}, but it's worth a look.",
        "I shan't try to tempt you away.",
        "I'd not try to lure you away.",
    ],
)
def test_more_ways_of_denying_the_poaching(lint, sentence):
    text = f"Hi {{{{ first_name }}}}, your ICU work fits our charge nurse role. {sentence}\n"
    assert lint(text, config={"select": ["OL203"]}) == []
