from __future__ import annotations

import pytest

CODE = "OL601"

FIRE = [
    pytest.param("What is your current salary?", "What is your current salary", id="what-is"),
    pytest.param("What are you earning now?", "What are you earning", id="earning-now"),
    pytest.param("Please share your current CTC and notice period.", "your current CTC", id="ctc"),
    pytest.param("Could you send over your salary history?", "salary history", id="history"),
    pytest.param("How much do you make at {{ company }}?", "How much do you make", id="how-much"),
    pytest.param(
        "Before I put you forward, what are you on at the moment?", "what are you on", id="uk-on"
    ),
    pytest.param(
        "Could you tell me your current\nbasic, bonus and car allowance?",
        "your current\nbasic",
        id="line-break",
    ),
    pytest.param(
        "What’s your current salary, and what were you paid before?",
        "What’s your current salary",
        id="curly",
    ),
    pytest.param(
        "Let me know what you currently earn.", "what you currently earn", id="let-me-know"
    ),
    pytest.param("What salary are you on now?", "What salary are you on", id="salary-on"),
    pytest.param(
        "Please include your last three payslips.", "your last three payslips", id="payslips"
    ),
    pytest.param(
        "What's your hourly rate at the moment?", "What's your hourly rate", id="rate-now"
    ),
    pytest.param(
        "What was your day rate in your last role?", "What was your day rate", id="rate-before"
    ),
    pytest.param("How much are you on an hour now?", "How much are you on", id="on-an-hour"),
    pytest.param(
        "What was your total comp last year?", "What was your total comp", id="total-comp"
    ),
    pytest.param(
        "They'd like to see your last three payslips too.",
        "your last three payslips",
        id="like-to-see-payslips",
    ),
    pytest.param("Could you send me a recent payslip?", "a recent payslip", id="a-payslip"),
    pytest.param(
        "The client also asks to see your last three payslips.",
        "your last three payslips",
        id="client-asks-to-see-payslips",
    ),
    pytest.param(
        "The client requires your last two payslips.", "your last two payslips", id="requires"
    ),
    pytest.param(
        "And could you share your P60 so I can pitch you at the right level?",
        "your P60",
        id="p60",
    ),
    pytest.param("Please forward your W-2 from last year before the call.", "your W-2", id="w-2"),
    pytest.param("What do they pay you now?", "What do they pay you", id="what-do-they-pay"),
    pytest.param(
        "What are they paying you at the moment?", "What are they paying you", id="are-paying"
    ),
    pytest.param(
        "How much is {{ company }} paying you now?",
        "How much is {{ company }} paying you",
        id="is-employer-paying",
    ),
    pytest.param("Which pay band are you on now?", "Which pay band are you", id="which-pay-band"),
    pytest.param(
        "What's your current band and pay point?",
        "What's your current band and pay point",
        id="band-and-pay-point",
    ),
]

NO_FIRE = [
    pytest.param("What are your salary expectations?", id="expectations"),
    pytest.param("The range is EUR 85-105k plus bonus.", id="range"),
    pytest.param("What are you looking for in compensation?", id="looking-for"),
    pytest.param("We can beat your current package comfortably.", id="not-asking"),
    pytest.param("What salary would you want?", id="would-want"),
    pytest.param("What’s your expected CTC?", id="expected-ctc-curly"),
    pytest.param("We never ask about salary history.", id="never-ask"),
    pytest.param("This pays more than what you're earning now, I'd guess.", id="statement"),
    pytest.param("What notice period are you on?", id="notice"),
    pytest.param("What are you working on at the moment?", id="working-on"),
    pytest.param("Would a 20% rise on your\ncurrent salary be of interest?", id="rise-line-break"),
    pytest.param("What do you make of the new IR35 rules?", id="make-of"),
    pytest.param("What's your day rate?", id="rate-no-time"),
    pytest.param("What's your day rate for a six-month contract?", id="rate-for-this-job"),
    pytest.param("What's your success rate at the moment?", id="not-a-pay-rate"),
    pytest.param("How much are you hoping for an hour?", id="hoping-for"),
    pytest.param("The total comp last year for this role was $210k.", id="role-comp"),
    pytest.param("We'll never ask for payslips.", id="never-payslips"),
    pytest.param("The client never asks to see your payslips.", id="never-asks-for-payslips"),
    pytest.param("We're not asking for your current salary.", id="not-asking-for"),
    pytest.param("Payslips are weekly, through the payslip portal.", id="payslip-portal"),
    pytest.param("We'll send you your P60 at the end of the tax year.", id="send-you-p60"),
    pytest.param("Would you be open to a W-2 contract through us?", id="w-2-contract"),
    pytest.param("The client will do right-to-work checks.", id="right-to-work"),
    pytest.param("Could you share your salary expectations and notice period?", id="share"),
    pytest.param("What do they pay you for, exactly?", id="pay-you-for"),
    pytest.param("What are they paying you to do there, exactly?", id="paying-you-to"),
    pytest.param("What are they paying for the role? £45k.", id="paying-for-the-role"),
    pytest.param("Which band are you on now?", id="the-grade-of-their-job"),
    pytest.param("The pay point for this post is 3, on Band 6.", id="the-jobs-pay-point"),
    pytest.param("Which pay band is the role? It's Band 6.", id="the-jobs-band"),
]


@pytest.mark.parametrize(("text", "flagged"), FIRE)
def test_fires(lint, text, flagged):
    findings = lint(text, config={"select": [CODE]})
    assert [f.code for f in findings] == [CODE]
    assert findings[0].snippet == flagged


@pytest.mark.parametrize("text", NO_FIRE)
def test_does_not_fire(lint, text):
    assert lint(text, config={"select": [CODE]}) == []


def test_is_an_error_that_suggests_the_range(lint):
    (finding,) = lint("What's your current salary?", config={"select": [CODE]})
    assert finding.severity.value == "error"
    assert "state the range" in finding.message
    assert "anchors the offer" in finding.message and "EU" in finding.message


def test_position_after_front_matter(lint):
    text = """\
        ---
        channel: email
        subject: Procurement Manager, Swindon
        ---
        Hi {{ first_name }},

        To help me benchmark, what's your current salary?
        """
    (finding,) = lint(text, config={"select": [CODE]})
    assert (finding.line, finding.column, finding.end_line, finding.end_column) == (7, 23, 7, 49)


def test_position_in_yaml_collection(lint):
    text = """\
        templates:
          - name: sous-chef
            channel: linkedin_message
            body: |
              Hi {{ first_name }}, what are you on at the moment?
        """
    (finding,) = lint(text, path="sequence.yaml", config={"select": [CODE]})
    assert (finding.line, finding.column) == (5, 28)


@pytest.mark.parametrize(
    ("sentence", "fires"),
    [
        # the client asks for the payslips: its verb's object is them
        ("The client requires your last two payslips.", True),
        ("The client also asks to see your last three payslips.", True),
        ("The client asks for your last payslip and P60.", True),
        ("Please send your CV, and your last three payslips.", True),
        ("Please send your CV, and if you can, your last three payslips.", True),
        ("I'd love to chat, and I'll need your current salary.", True),
        # it asks for something else, and the payslips are in a clause of their own
        ("The client requires an enhanced DBS, and your payslips are issued every Friday.", False),
        ("The client requests a DBS check, and your payslips will come weekly from us.", False),
        ("The client asks to see proof of address and will issue your payslips weekly.", False),
        # a passive request after the payslips asks for them, in a clause of their own too
        ("Please complete the registration form, and your last three payslips are needed.", True),
        ("The client will run an enhanced DBS, and your payslips will also be required.", True),
        ("Your payslips should be sent to HR by Friday.", True),
        # (but not one to them: the payslips are delivered to the reader)
        (
            "Weekly pay via our umbrella partner. Your payslips should be sent to you by the "
            "umbrella company every Friday, and holiday pay is itemised.",
            False,
        ),
        # (though one to them and to us, or then forwarded, is still asked for)
        (
            "Your payslips should be sent to you and to us every Friday, so please forward "
            "last month's.",
            True,
        ),
        ("Your payslips should be sent to you every Friday, so please send them on to me.", True),
        # (nor when it is some of them, named by how many or which: "the last three", "a copy")
        (
            "Your payslips should be emailed to you each Friday, so just send me the last three.",
            True,
        ),
        (
            "Your payslips should be emailed to you by Sage each month, so please upload a copy "
            "to the portal.",
            True,
        ),
        (
            "Your payslips should be emailed to you each month, so please forward the most recent "
            "one to me.",
            True,
        ),
        # (not when what is then sent is something else)
        (
            "Your payslips should be emailed to you each Friday, and you can upload your "
            "timesheets in the app.",
            False,
        ),
        (
            "Your payslips should be sent to you every Friday by the umbrella company, so just "
            "send your timesheet to me by Thursday.",
            False,
        ),
        (
            "Your payslips should be emailed to you each Friday, so just send me the last three "
            "timesheets.",
            False,
        ),
    ],
)
def test_the_request_must_be_for_the_pay(lint, sentence, fires):
    text = f"Hi, your payroll work at {{{{ company }}}} is why I am writing. {sentence}\n"
    assert bool(lint(text, config={"select": [CODE]})) == fires


@pytest.mark.parametrize(
    ("sentence", "fires"),
    [
        ("The client requires your payslips.", True),
        ("The client asks to see your payslips.", True),
        # a request denied is none
        ("The client never asks to see your payslips.", False),
        ("The client won't ask for your payslips, only your right-to-work documents.", False),
        ("Unlike most agencies, the client does not require your payslips.", False),
        ("The client doesn't ask to see your payslips.", False),
        ("The client will not ask for your P60.", False),
        ("There's no need to send your payslips.", False),
        ("If you don't want to share your current salary, that's fine.", False),
        # a "don't" that is a condition on their giving it is no denial
        ("If you don't provide your last three payslips, the client can't progress it.", True),
        # (unless the condition lets them off: reassurance, as with "don't want to share")
        (
            "If you don't send your payslips, that's fine: the client will still consider your "
            "application for the Band 6 role.",
            False,
        ),
        ("If you'd rather not share your payslips, that's absolutely fine.", False),
        # (but not one that only puts it off: a time limit, or a later day after it)
        (
            "If you can't send your payslips today, that's fine, Monday works too. The client "
            "needs them before the interview.",
            True,
        ),
        (
            "If you don't send your last three payslips today, no problem, just get them to me "
            "by Monday.",
            True,
        ),
        ("If you can't send your payslips by Friday, don't worry, next Tuesday is fine.", True),
        ("If you can't send your payslips, that's fine, Monday works too.", True),
        ("If you don't send your payslips, no problem, just get them to me by Monday.", True),
        ("If you can't send your payslips straight away, that's fine, Friday's fine too.", True),
        ("If you can't send your P60 straight away, no problem, I can wait until Monday.", True),
        (
            "If you can't send your payslips straight away, no problem, pop them in the post by "
            "Monday.",
            True,
        ),
        # (a later day for something else puts nothing off)
        (
            "If you'd rather not share your payslips, that's absolutely fine, it won't affect your "
            "interview on Friday.",
            False,
        ),
        (
            "If you'd rather not share your payslips, don't worry, the trial shift is still on for "
            "Saturday.",
            False,
        ),
        # (a later day that works, or is fine, for something named)
        (
            "If you'd rather not share your payslips, that's absolutely fine, Tuesday still works "
            "for your interview.",
            False,
        ),
        (
            "If you'd rather not share your P60 either, no worries, next week is fine for the "
            "trial shift.",
            False,
        ),
        ("If you can't send your payslips straight away, that's fine, Friday works for me.", True),
        (
            "If you can't send your payslips straight away, that's fine, Friday works for the "
            "last three payslips.",
            True,
        ),
        (
            "If you don't send your payslips, no problem, the partners will still see you on "
            "Tuesday.",
            False,
        ),
        (
            "If you'd rather not disclose your salary history, that's fine, I'll put you forward "
            "tomorrow either way.",
            False,
        ),
        (
            "If you'd rather not share your P60 either, that's fine, we can speak later today.",
            False,
        ),
        ("If you don't send your payslips, that's fine, we'll talk on Monday.", False),
        # ("you'd rather not share" is a condition too, and what is asked instead still asks;
        # "rather not" of the sender is no denial)
        ("If you'd rather not share your payslips, please send your P60 instead.", True),
        ("I'd rather not ask twice, so please send your last three payslips by Friday.", True),
        # (though what they would rather not ask for, right after it, is denied)
        ("We'd rather not ask for your payslips: the band sets the pay, and that's all.", False),
        ("I'd rather not ask about your current salary; the band sets the pay.", False),
        # (in other words too, when the pay is named right after them)
        ("We'd prefer not to ask for your payslips; the band sets the pay.", False),
        ("I'd rather not ask you to send your payslips, as the pay follows your service.", False),
        ("We'd rather not ask what you earn now; the band sets the pay.", False),
        ("We'd rather not request your P60 or payslips; the band sets the pay.", False),
        ("We'd rather not request your references, so please send your P60.", True),
        ("I'd rather not ask twice, so please send your payslips.", True),
        ("We'd prefer not to ask for references, so please send your payslips.", True),
        ("I'd rather not ask you to send references; what do you earn now?", True),
        # (unless a clause after it asks)
        (
            "I'd rather not ask for your payslips again, so please send the last three by Friday.",
            True,
        ),
        ("We'd rather not ask for your payslips, so what's your current base salary?", True),
        ("We'd rather not ask for your payslips, so there's no need to send them.", False),
        # (a clause that asks for something else lets the denial stand)
        (
            "We'd rather not ask for your payslips, so please just bring your passport and DBS "
            "certificate to the interview.",
            False,
        ),
        (
            "I'd rather not ask for your payslips, so could you tell me your salary expectations "
            "instead?",
            False,
        ),
        (
            "We'd rather not ask for your payslips, so please just bring them to the interview.",
            True,
        ),
        # ("a copy of each" after other documents is a copy of those)
        (
            "We'd rather not ask for your payslips, so please upload your passport and your NMC "
            "PIN confirmation, a copy of each to the portal by Friday.",
            False,
        ),
        (
            "We'd rather not ask for your payslips, so instead please bring your passport and DBS "
            "certificate to registration, with a copy of both in case the trust asks.",
            False,
        ),
        # (and after "but", what is said of them again says they are needed)
        (
            "We'd prefer not to ask for your payslips, but the client insists on seeing the last "
            "three.",
            True,
        ),
        (
            "We'd prefer not to ask for your payslips, but the client insists on seeing your "
            "passport.",
            False,
        ),
        # (but not when the "but" clause only mentions them, with no one needing them)
        (
            "We'd prefer not to ask for your payslips, but if a trust ever needs them for a "
            "framework check, we'll tell you first.",
            False,
        ),
        (
            "We'd rather not ask for your payslips, but once you start you'll get them every "
            "Friday through the app.",
            False,
        ),
        (
            "We'd rather not ask for your payslips, but you're welcome to keep them private; the "
            "trust never sees them.",
            False,
        ),
        (
            "We'd rather not ask for your payslips, but I know some agencies insist on them, so I "
            "wanted to say so up front.",
            False,
        ),
        (
            "We'd rather not ask for your payslips, but unfortunately the trust requires them for "
            "all agency staff.",
            True,
        ),
        # nor does a denial reach past "but" or "just" to what is then asked for
        ("The client doesn’t ask to see your payslips, but they do need your P60.", True),
        ("No need to send your CV: just your last three payslips and your P60 will do.", True),
    ],
)
def test_a_request_denied_is_none(lint, sentence, fires):
    assert bool(lint(f"Hi, {sentence}\n", config={"select": [CODE]})) == fires
