from __future__ import annotations

import pytest

CODE = "OL204"

FIRE = [
    pytest.param(
        "Thanks for your time. The door to the office is open from 9am.", id="a-door-open"
    ),
    pytest.param("We're hiring drivers. Yes, the pay is £19.50 an hour.", id="a-yes-alone"),
    pytest.param(
        "Dear Candidate,\n\nWe have vacancies for HGV Class 1 drivers, £17-19 per hour.\n\n"
        "Regards,\nMidshires Driver Solutions",
        id="vacancies",
    ),
    pytest.param(
        "Hi {{ first_name }}, a manufacturer is hiring a Regional Sales Director. The package "
        "is £95k base and a 30% bonus.",
        id="pitch-only",
    ),
    pytest.param(
        "To whom it may concern,\n\nPlease find attached our company brochure for your reference.",
        id="brochure",
    ),
    pytest.param(
        "Hi {{ first_name }}, we’ve been running our nursery for 15 years and we’d love to "
        "keep in touch!",
        id="keep-in-touch-curly",
    ),
    pytest.param(
        "Hello,\n\nWe have jobs for Chef de Partie, Sous Chef and\nHead Chef, perm and temp.",
        id="line-break",
    ),
    pytest.param(
        "Hi {{ first_name }},\n\nI'm Elena at The Bellmont. We're hiring a Head of "
        "Housekeeping, £38-42k.\n\nKind regards,\nElena\nelena@bellmont.example",
        id="email-in-signature",
    ),
    pytest.param(
        "Hi {{ first_name }}, we're hiring a Data Engineer, and shout-outs to the team that "
        "built our new pipeline.",
        id="a-shout-out-asks-nothing",
    ),
]

NO_FIRE = [
    pytest.param("We're hiring a Data Engineer. Interested?", id="question"),
    pytest.param(
        "I'll take the silence as a no for now and won't chase again. If things change, my "
        "door's open.",
        id="door-open",
    ),
    pytest.param("Thanks again. Our inbox is always open.", id="inbox-open"),
    pytest.param(
        "The hiring manager interviews on the 14th, so if you'd like to be considered I'd need "
        "to hear from you by Friday.",
        id="a-deadline",
    ),
    pytest.param("A Pune developer is hiring. Kindly share your updated CV.", id="kindly-share"),
    pytest.param("Have a read and tell me what you think.", id="tell-me-what-you-think"),
    pytest.param(
        'If you want it, just text "yes" to {{ reply_number }} and I\'ll book you in.',
        id="text-yes",
    ),
    pytest.param("Message YES and the shifts are yours.", id="message-yes"),
    pytest.param("I'd value your thoughts on the brief.", id="value-your-thoughts"),
    pytest.param(
        "We're hiring a Data Engineer. Let me know if you'd like the details.", id="let-me-know"
    ),
    pytest.param("Book a time here: {{ calendar_link }}", id="calendar-placeholder"),
    pytest.param("Happy to share the job description.", id="happy-to-share"),
    pytest.param("I'd love to connect.", id="connect-note"),
    pytest.param("Call or text Dean on 07700 900872 today.", id="call-or-text"),
    pytest.param("Please reply if you’d like the\njob description.", id="reply-curly-line-break"),
    pytest.param("Drop me a message if that's you.", id="drop-me"),
    pytest.param("Shout if you'd like more info.", id="shout-if"),
    pytest.param("Shout me when you're free for ten minutes.", id="shout-me"),
    pytest.param("If the shifts suit, just shout.", id="just-shout"),
    pytest.param("The full brief is here: https://example.com/jobs/123", id="link"),
    pytest.param(
        "Since we're both in fintech, I thought it made sense to connect.", id="to-connect"
    ),
    pytest.param("Looking forward to hearing from you.", id="looking-forward"),
]


@pytest.mark.parametrize("text", FIRE)
def test_fires(lint, text):
    assert [f.code for f in lint(text, config={"select": [CODE]})] == [CODE]


@pytest.mark.parametrize("text", NO_FIRE)
def test_does_not_fire(lint, text):
    assert lint(text, config={"select": [CODE]}) == []


def test_blank_body_is_left_to_empty_message(lint):
    assert lint("---\nchannel: email\n---\n{# TODO #}\n", config={"select": [CODE]}) == []


def test_question_in_subject_counts(lint):
    text = """\
        ---
        channel: email
        subject: Open to a chat about our Leeds SRE role?
        ---
        Hi {{ first_name }}, we're hiring an SRE in Leeds, £90k.
        """
    assert lint(text, config={"select": [CODE]}) == []


def test_position_after_front_matter(lint):
    text = """\
        ---
        channel: email
        subject: Regional Sales Director
        ---
        Hi {{ first_name }},

        A building products firm is hiring a Regional Sales Director.
        """
    (finding,) = lint(text, config={"select": [CODE]})
    assert (finding.line, finding.column) == (5, 1)
    assert "next step" in finding.message


def test_position_in_yaml_collection(lint):
    text = """\
        templates:
          - name: about-us
            channel: linkedin_message
            body: |
              Hi {{ first_name }}, we've run our nursery in Didsbury for 15 years.
        """
    (finding,) = lint(text, path="sequence.yaml", config={"select": [CODE]})
    assert (finding.line, finding.column) == (5, 7)
    assert finding.template == "about-us"


@pytest.mark.parametrize(
    ("channel", "flagged"),
    [("linkedin_connection_note", False), ("linkedin_message", True), ("email", True)],
)
def test_staying_in_touch_is_the_ask_of_a_connection_note_only(lint, channel, flagged):
    text = (
        f"---\nchannel: {channel}\n---\nHi {{{{ first_name }}}}, we met at {{{{ event_name }}}}"
        " and talked about ASHRAE 90.1. I'd like to stay in touch.\n"
    )
    assert bool(lint(text, config={"select": [CODE]})) is flagged


@pytest.mark.parametrize(
    "body",
    [
        "I've attached your offer letter for the Staff Nurse post. Sign and return it, and join "
        "us on 3 March.",
        "Your trial shift for the Barista role is booked for Saturday at 9am. Please bring your "
        "right to work documents.",
        "Your induction is on Monday at 8am. Please come to main reception and ask for Priya.",
    ],
)
def test_a_request_in_the_imperative_is_a_next_step(lint, body):
    assert lint(body, config={"select": [CODE]}) == []


@pytest.mark.parametrize(
    "body",
    [
        # "please" before what is no request of them
        "Your trial shift for the Barista role is booked for Saturday at 9am. Please note "
        "parking is limited.",
        "We're hiring Baristas in Leeds. Please be aware we pay weekly.",
    ],
)
def test_please_before_no_request_is_no_next_step(lint, body):
    assert [f.code for f in lint(body, config={"select": [CODE]})] == [CODE]
