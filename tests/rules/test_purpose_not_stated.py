from __future__ import annotations

import pytest

CODE = "OL201"

FIRE = [
    pytest.param("Hi {{ first_name }}, let's connect!", id="lets-connect"),
    pytest.param("I'd like to add you to my professional network.", id="default-invite"),
    pytest.param(
        "Hi {{ first_name }}, I'm a recruiter at Northbeam specialising in data roles. "
        "Would love to connect!",
        id="self-description",
    ),
    pytest.param(
        "Hi {{ first_name }},\n\nI thought it would be good to introduce myself. I've been in "
        "recruitment for ten years.\n\nWould you be free for a call?",
        id="introduce-myself",
    ),
    pytest.param(
        "Hi {{ first_name }}, it’s been a while! I’d love to catch up. How are things at "
        "{{ company }}?",
        id="catch-up-curly",
    ),
    pytest.param(
        "Hi {{ first_name }}, I noticed you've been at {{ company }} for a while and thought it "
        "would be good to get\nacquainted. Do you have 15 minutes this week?",
        id="get-acquainted-line-break",
    ),
    pytest.param(
        "Hi {{ first_name }}, since we're both in the fintech space I'd love to connect. "
        "Always happy to swap notes on what I'm seeing in the market.",
        id="vague-notes",
    ),
    pytest.param(
        "Hi {{ first_name }}, just circling back on my last message. Let me know!", id="chaser"
    ),
    pytest.param("Hi {{ first_name }}, wondered if you'd like to connect?", id="wondered-connect"),
    pytest.param(
        "Hi {{ first_name }}, would you be interested in hearing more?", id="hearing-more-of-what"
    ),
    pytest.param("Hi {{ first_name }}, I'd love to pick your brain sometime.", id="pick-brain"),
    pytest.param(
        "Hi {{ first_name }}, it's been ages since you started as a connection of mine! Hope "
        "all is well.",
        id="since-you-started-is-when",
    ),
]

NO_FIRE = [
    pytest.param(
        "Hi {{ first_name }}, a Manchester SaaS firm is looking for an SDR Team Lead, £45k + "
        "£20k OTE. Worth 10 minutes?",
        id="a-business-is-looking-for-a-role",
    ),
    pytest.param(
        "Hi {{ first_name }}, the studio wants a Senior Motion Designer. Worth a chat?",
        id="a-business-wants-a-role",
    ),
    pytest.param(
        "Hi {{ first_name }}, I'm reaching out because our platform team is rebuilding "
        "on-call and you've written about it.",
        id="reaching-out-because",
    ),
    pytest.param(
        "Hi {{ first_name }}, would you be open to a chat about your move from Java to Go?",
        id="chat-about",
    ),
    pytest.param(
        "Hi {{ first_name }}, I'm hiring a Senior Data Engineer at Northwind.", id="hiring"
    ),
    pytest.param(
        "Hi {{ first_name }}, I’d love your advice on moving payroll from Sage to Xero.",
        id="advice-curly",
    ),
    pytest.param(
        "Hi {{ first_name }}, your post on {{ post_topic }} made me rethink our diary studies. "
        "Happy to connect?",
        id="their-work",
    ),
    pytest.param(
        "Hi {{ first_name }}, we met at the CIPD conference last week. I'd like to keep the\n"
        "conversation on flexible rotas going.",
        id="shared-event-line-break",
    ),
    pytest.param(
        "Hi {{ first_name }}, is there anyone on your team you'd recommend I speak to about "
        "our Leeds office?",
        id="referral",
    ),
    pytest.param(
        "Hi {{ first_name }}, I recruit hotel general managers across Scotland, so it would be "
        "good to be connected.",
        id="i-recruit",
    ),
    pytest.param(
        "Hi {{ first_name }}, I'm working on an exciting opportunity and would love to connect.",
        id="vague-job-is-still-a-purpose",
    ),
    pytest.param(
        "Hi {{ first_name }}, I'm organising a charity 5k for NHS nurses in Leeds and wondered "
        "if your team would like to take part.",
        id="wondered-if",
    ),
    pytest.param(
        "Hi {{ first_name }}, would you be interested in joining our mentoring scheme?",
        id="interested-in",
    ),
    pytest.param(
        "Hi {{ first_name }}, I'd like to share what salaries and notice periods look like in "
        "Leeds.",
        id="offer",
    ),
    pytest.param(
        "Hi {{ first_name }}, we're appointing a Finance Director for a trust in Derby. Your "
        "time at {{ organisation }} has been impressive. Would you speak with me?",
        id="appointing",
    ),
    pytest.param(
        "Hi {{ first_name }}, a trust in Derby is appointing a Non-Executive Director.",
        id="a-trust-is-appointing",
    ),
    pytest.param(
        "Hi {{ first_name }}, I appoint non-executive directors to NHS boards, so it would be "
        "good to be connected.",
        id="i-appoint",
    ),
    pytest.param(
        "Hi {{ first_name }}, as we're appointing to the board, I'd value a word.",
        id="as-we-are-appointing",
    ),
    pytest.param(
        "Hi {{ first_name }}, I'd love to pick your brain on flexible rotas.", id="pick-brain-on"
    ),
    pytest.param(
        "Hi {{ first_name }}, could I pick your brains about how your team runs nights?",
        id="pick-brains-about",
    ),
]


@pytest.mark.parametrize("text", FIRE)
def test_fires(lint, text):
    assert [f.code for f in lint(text, config={"select": [CODE]})] == [CODE]


@pytest.mark.parametrize("text", NO_FIRE)
def test_does_not_fire(lint, text):
    assert lint(text, config={"select": [CODE]}) == []


def test_subject_naming_the_job_is_a_purpose(lint):
    text = """\
        ---
        channel: linkedin_inmail
        subject: Senior SRE at Kestrel Payments
        ---
        Hi {{ first_name }}, would love to connect!
        """
    assert lint(text, config={"select": [CODE]}) == []


def test_position_after_front_matter(lint):
    text = """\
        ---
        channel: linkedin_connection_note
        ---
        Hi {{ first_name }}, I'm a recruiter at Northbeam.
        Let's connect!
        """
    (finding,) = lint(text, config={"select": [CODE]})
    assert (finding.line, finding.column, finding.end_line, finding.end_column) == (5, 1, 5, 14)
    assert "why you are writing" in finding.message


def test_a_message_that_asks_for_a_call_is_not_told_it_never_says_what_it_wants(lint):
    """It asks for a call; what it lacks is why this person, or what the call is about."""
    text = """\
        ---
        channel: linkedin_inmail
        subject: Quick questions
        ---
        Hi {{ first_name|default('there') }},

        Are you happy at {{ current_company }}? Would you relocate to Birmingham? Could we talk
        Friday?
        """
    (finding,) = lint(text, config={"select": [CODE]})
    assert finding.message == (
        "this never says why you are writing to them: name the role, what about their work "
        "made you write, or what you would like to talk about, in one line"
    )
    assert "what you want" not in finding.message


def test_without_an_ask_the_whole_template_is_flagged(lint):
    text = """\
        ---
        channel: email
        subject: Introduction
        ---
        To whom it may concern,

        Please find attached our company brochure.
        """
    (finding,) = lint(text, config={"select": [CODE]})
    assert (finding.line, finding.column) == (5, 1)


def test_position_in_yaml_collection(lint):
    text = """\
        templates:
          - name: note
            channel: linkedin_connection_note
            body: |
              Hi {{ first_name }}, would love to connect!
        """
    (finding,) = lint(text, path="notes.yaml", config={"select": [CODE]})
    assert (finding.line, finding.column, finding.end_column) == (5, 34, 49)
    assert finding.template == "note"


@pytest.mark.parametrize(
    "sentence",
    [
        "Kirklees is hiring Social Workers. Could we talk?",
        "{{ charity }} is recruiting Street Fundraisers in Leeds, £12/hr.",
        "a Leeds firm is recruiting paralegals.",
        "a Leeds firm is looking for paralegals.",
        "a Cardiff contact centre wants Customer Advisers.",
        "we're taking on warehouse operatives for peak.",
        "a CRO needs a CRA in the North.",
        "a Leeds firm is hiring a paralegal.",
        "a Leeds firm is hiring two care assistants.",
        "we're adding medical interpreters to our Leeds panel at £30/hr. Could we connect?",
    ],
)
def test_an_employer_hiring_for_a_job_is_a_purpose(lint, sentence):
    text = f"Hi {{{{ first_name|default('there') }}}}, {sentence}\n"
    assert lint(text, config={"select": [CODE]}) == []
    # the job is pitched: whether the reader fits it is OL202's question
    assert [f.code for f in lint(text, config={"select": ["OL202"]})] == ["OL202"]


@pytest.mark.parametrize(
    "text",
    [
        # what they do, then a job that needs it: a purpose, and a fit
        "Hi {{ first_name|default('there') }}, you've been on chilled trunking out of "
        "{{ depot }} for a few years. A Daventry food distributor I work with needs Class 1 "
        "night drivers, £19.50/hr, four on four off. Could I call you this week?",
        "Hi {{ first_name|default('there') }}, you've been a senior carer at {{ care_home }} for "
        "three years, which is the experience a home in Ilkley wants in its new Senior Care "
        "Assistant. Could I call you?",
    ],
)
def test_a_job_an_employer_needs_after_what_they_do_is_a_purpose(lint, text):
    assert lint(text + "\n", config={"select": [CODE, "OL202"]}) == []


def test_what_an_employer_needs_in_its_new_hire_is_a_purpose_without_a_fit(lint):
    text = (
        "Hi {{ first_name|default('there') }}, I see you've been at {{ company }} for years. "
        "That background is exactly what a Crick distribution centre needs for its new "
        "Transport Planner. Open to a chat?\n"
    )
    assert lint(text, config={"select": [CODE]}) == []
    # where they work is no reason they fit: OL202's finding
    assert [f.code for f in lint(text, config={"select": ["OL202"]})] == ["OL202"]


@pytest.mark.parametrize(
    ("sentence", "pitched"),
    [
        # a jobs board, fair or market is no job, but the jobs the sentence counts are
        ("our jobs board has 40 new HGV driver roles this week. Could we talk?", True),
        ("the jobs board lists three open positions in Crewe. Could we talk?", True),
        ("our jobs board has gone live. Would love to connect!", False),
        ("great to meet you at the jobs fair. Would love to connect!", False),
    ],
)
def test_jobs_counted_beside_a_jobs_board_are_a_purpose(lint, sentence, pitched):
    text = f"Hi {{{{ first_name|default('there') }}}}, {sentence}\n"
    assert bool(lint(text, config={"select": [CODE]})) != pitched
    assert bool(lint(text, config={"select": ["OL202"]})) == pitched


@pytest.mark.parametrize(
    ("sentence", "fires"),
    [
        # people offered for the reader's own hiring: what the sender wants is to supply them
        (
            "Congratulations on {{ company }} getting its e-money licence. You've got four "
            "platform roles open, and I've placed three senior platform engineers with London "
            "payments companies this quarter.\n\nWould you be open to seeing two profiles this "
            "week?",
            False,
        ),
        (
            "We have two qualified maths teachers available for long-term supply from January. "
            "Would you be open to a chat?",
            False,
        ),
        ("Your new Leeds site opens in March. Could I send you two CVs?", False),
        (
            "I saw {{ company }} is opening a Leeds hub. I've placed 14 warehouse supervisors in "
            "West Yorkshire this year - would it help to see their CVs?",
            False,
        ),
        ("Would you like to see their resumes? Let's connect.", False),
        ("I'd love to see your CV! Let's connect.", True),
        # no reason, and no people offered: what would the chat be about?
        ("Hope all is well at {{ company }}. Would you be open to a chat?", True),
        (
            "I've placed three senior platform engineers with London payments companies this "
            "quarter. Would you be open to a chat?",
            True,
        ),
        ("Would you be open to seeing some profiles sometime?", True),
        ("I'm seeing two profiles like yours every day! Let's connect.", True),
        ("We have two offices in Leeds. Would you be open to a chat?", True),
    ],
)
def test_people_offered_for_their_hiring_are_a_purpose(lint, sentence, fires):
    assert _flagged(lint, sentence) == fires


@pytest.mark.parametrize(
    ("sentence", "fires"),
    [
        # a programme offered to people back from a break is an opportunity, as a job is
        (
            "You were an Audit Manager at {{ firm }} before your career break, and a Birmingham "
            "firm has opened a paid returner programme for audit managers.\n\nWould you like the "
            "details?",
            False,
        ),
        (
            "A Leeds engineering firm runs a 12-week return-to-work scheme for design engineers. "
            "Would you like the details?",
            False,
        ),
        # a career break, or returners in general, is no programme offered (the job they held,
        # "You were an Audit Manager at {{ firm }}", would be a reason of its own)
        (
            "I see you're on a career break from audit. Would you be open to a chat?",
            True,
        ),
        ("I'm a returner myself after a career break. Would you be open to a chat?", True),
        ("Returner programmes are growing fast. Would you be open to a chat?", True),
    ],
)
def test_a_returner_programme_offered_is_a_purpose(lint, sentence, fires):
    assert _flagged(lint, sentence) == fires


@pytest.mark.parametrize(
    ("sentence", "fires"),
    [
        # what the sender needs of the reader to book them is why it was sent
        (
            "Before we can book you into schools, I need:\n\n- a copy of your passport, for the "
            "right to work check\n- the name and email of your most recent headteacher, for a "
            "reference\n\nCould you send them by Friday?",
            False,
        ),
        (
            "Before we can book you for agency shifts we'll need your immunisation records.\n\n"
            "- hepatitis B\n- MMR\n\nCould you send them by Friday?",
            False,
        ),
        # booking them with nothing asked of them, or a need that is the sender's own
        ("Before we can book you, let's connect!", True),
        ("Before I can place you I'd love to get to know you. Free for a call?", True),
    ],
)
def test_papers_the_sender_needs_to_book_them_are_a_purpose(lint, sentence, fires):
    assert _flagged(lint, sentence) == fires


@pytest.mark.parametrize(
    ("sentence", "fires"),
    [
        # people added to the sender's panel are a job offered; things added to it are not
        (
            "We're adding medical interpreters to our Leeds panel at £30/hr. Could we connect?",
            False,
        ),
        ("We're adding new features to our panel. Could we connect?", True),
        ("We're adding lots of people to our network! Let's connect.", True),
    ],
)
def test_people_added_to_the_senders_panel_are_a_purpose(lint, sentence, fires):
    assert _flagged(lint, sentence) == fires


def _flagged(lint, sentence: str) -> bool:
    """Is an e-mail of ``sentence`` between a greeting and a sign-off flagged?"""
    text = f"Hi {{{{ first_name|default('there') }}}},\n\n{sentence}\n\nPriya\n"
    return bool(lint(text, config={"select": [CODE]}))


_MARKED = 'subject: "Re: Flatbed CDL-A, Gary IN"\nstage: follow-up\n'


@pytest.mark.parametrize(
    ("front", "body", "fires"),
    [
        # a later step names what it follows up on, or offers to hold what was offered
        (
            _MARKED,
            "just following up on the flatbed spots in Gary.\nWe have 6 of the 15 trucks left. "
            "Want me to hold one while you think it over?",
            False,
        ),
        (_MARKED, "just following up on the flatbed spots in Gary.", False),
        (_MARKED, "we have 6 of the 15 trucks left. Want me to hold one for you?", False),
        (
            'subject: "Re: Hi"\n',
            "following up on my note about the flatbed spots in Gary. Any thoughts?",
            False,
        ),
        # marked, but it says nothing: what was the earlier message about?
        ('subject: "Re: Hi"\n', "just following up!", True),
        ('subject: "Re: Hi"\n', "just checking in :)", True),
        (_MARKED, "just following up on my last email. Any thoughts?", True),
        (_MARKED, "just following up on our chat. Any thoughts?", True),
        (_MARKED, "just following up on the below. Any thoughts?", True),
        (_MARKED, "just following up on your profile. Let's connect!", True),
        (_MARKED, "following up on my note about this. Any thoughts?", True),
        (_MARKED, "shall I keep you posted?", True),
        # a bare chaser that is not marked as a later step
        ('subject: "Flatbed CDL-A, Gary IN"\n', "just following up!", True),
        ("", "just following up on my last message. Let me know!", True),
    ],
)
def test_a_marked_follow_up_naming_what_it_follows_up_on_has_a_purpose(lint, front, body, fires):
    text = (
        f"---\nchannel: email\n{front}variables: [first_name]\n---\n"
        f"Hi {{{{ first_name|default('there') }}}}, {body}\n"
    )
    assert bool(lint(text, config={"select": [CODE]})) == fires


def test_a_marked_follow_up_in_a_yaml_collection(lint):
    text = """\
        templates:
          - name: cdl-follow-up
            channel: email
            subject: "Re: Flatbed CDL-A, Gary IN"
            stage: follow-up
            variables: [first_name]
            body: >
              Hi {{ first_name|default('there') }}, just following up on the flatbed spots in
              Gary. We have 6 of the 15 trucks left. Want me to hold one while you think it over?
          - name: chaser-follow-up
            channel: email
            subject: "Re: Hi"
            variables: [first_name]
            body: >
              Hi {{ first_name|default('there') }}, just checking in :)
        """
    findings = lint(text, path="sequences.yaml", config={"select": [CODE]})
    assert [f.template for f in findings] == ["chaser-follow-up"]


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        (
            "Thank you for coming in for the trial shift and interview. Are you free on Wednesday?",
            False,
        ),
        (
            "Thanks for interviewing for the Senior Cyber Engineer role. Could we talk tomorrow?",
            False,
        ),
        # thanks to a client for interviewing our candidate: no reason of the reader's own
        ("Thank you for interviewing our candidate Sam. Are you free on Wednesday?", True),
    ],
)
def test_an_answer_to_their_application_says_why_it_was_sent(lint, text, fires):
    assert bool(lint(text, config={"select": [CODE]})) == fires


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        pytest.param(
            "Hi {{ first_name }} - we place HGV drivers with Tesco's Avonmouth depot (nights, "
            "£16.80/hr, weekly pay). Worth a quick call?",
            False,
            id="we-place-drivers",
        ),
        pytest.param(
            "Hi {{ first_name }}, we recruit for 3PL clients across the Midlands. Open to a chat?",
            False,
            id="we-recruit-for",
        ),
        pytest.param(
            "Hi {{ first_name }}, we place great value on people like you. Let's connect!",
            True,
            id="we-place-value",
        ),
        pytest.param(
            "Hi {{ first_name }}, I'm not pitching you a job - I'm mapping how payments teams in "
            "Leeds are structured. Could I ask you three questions by message?",
            False,
            id="an-advice-request",
        ),
        pytest.param(
            "Hi {{ first_name }}, I'm not pitching you a job. Let's connect!",
            True,
            id="a-disclaimer-alone",
        ),
        pytest.param(
            "Hi {{ first_name }}, this isn't a job offer - who would you talk to first about "
            "on-call in Leeds?",
            False,
            id="who-would-you-talk-to",
        ),
        pytest.param(
            "Hi {{ first_name }}, I'm someone people can always talk to. Let's connect!",
            True,
            id="someone-to-talk-to",
        ),
    ],
)
def test_what_the_sender_does_or_asks_is_a_purpose(lint, text, fires):
    """An agency saying whom it places or recruits for, or a sender saying what they are
    working on and what they would ask, says why they write; a disclaimed pitch does not."""
    found = [f.code for f in lint(text, config={"select": [CODE]})]
    assert found == ([CODE] if fires else [])
