"""Messages to someone already in the sender's hiring process: their interview or shift is
arranged, they accepted or are offered a job, they applied, or they spoke to the sender. A
name is all such a message needs of them (OL102), the job it names is theirs already (OL202),
and what it is about is why it was sent (OL201). The rules ask ``in_touch.in_process``, so the
cases are held here once."""

from __future__ import annotations

import pytest

IN_PROCESS = [
    "You asked us to keep an eye out for ICU shifts, and a few have just come in at Parkside "
    "Private. Would you like them?",
    "Thank you for coming to meet {{ site_manager }} and me on site last week. We have a Site "
    "Supervisor post opening next month. Would you like the details?",
    "Your interview for the Staff Nurse role on Ward 12 is confirmed for Tuesday at 10am. Please "
    "bring your NMC PIN and photo ID. Could you reply to confirm you can make it?",
    "Thanks for accepting the Support Worker role with Oakley Care. Before your first shift we "
    "need an enhanced DBS check. Could you complete it by Wednesday?",
    "Great news: Halo Coffee would like to offer you the Senior Analyst role at £58k. Can I call "
    "you at 5pm to go through it?",
    "You applied for the Barista Trainer role at Halo Coffee last week and I tried to call you "
    "yesterday. Are you still interested?",
    "thanks for the call this morning about the Sous Chef role at The Ivy Harrogate. Connecting "
    "here so you can reach me easily. Speak Friday.",
    "A quick update on the Project Manager role at Balfour: they've moved second interviews to "
    "next Thursday. Your slot is now Thursday at 2pm. Does that still work for you?",
    "Thanks for sending your documents for the Band 5 Staff Nurse role. The last thing we need is "
    "two references. Could you reply with their names?",
    "As discussed, the Account Executive role at Brightwave pays $85-95k base. Shall I put you "
    "forward?",
    "Thanks for the call. As discussed yesterday, the Account Executive role at Brightwave pays "
    "$85-95k base. Shall I put you forward?",
    "Welcome to the team at Meridian! A few things for your first week as a Care Assistant at the "
    "Royal Derby: could you send your bank details?",
    "It's three months since you started as Operations Manager at Harland, so I wanted to check "
    "in. How is it going?",
    "To finish your compliance for the agency HCA shifts, we need your immunisation records. Could "
    "you upload them by Friday?",
    "Great to meet you at the NHS Confed Expo on Tuesday. I'll send over the Ward Manager job "
    "spec we talked about. Could you reply with your e-mail?",
    "Confirming your interview with {{ hiring_manager }} for the Staff Nurse role on Tuesday at "
    "10am on Zoom. Could you reply to confirm that still works?",
    "You told us last month that you wanted more supply work. Three schools in Croydon need KS2 "
    "Teachers next week at £150 a day. Which days can you do?",
    "Thanks for the call to talk through the Sous Chef role at The Ivy Harrogate. Speak Friday.",
    "I found your details on our system: you applied for the Barista Trainer role at Halo "
    "Coffee last week. Are you still interested?",
    "Before we can book your first shift, I need a copy of your passport and two references. "
    "Could you send these over by Wednesday?",
    "Before we can book you into schools, I need: a copy of your passport and two references. "
    "Could you send them by Friday?",
    "As discussed on our call on Tuesday, I've attached your offer letter for the Staff Nurse "
    "post on Ward 7. Could you sign and return it by Friday?",
    "Before you start on Monday, we need to do a right to work check. Could you send me your "
    "share code?",
    "On page 2 of your certificate of sponsorship, the field marked XX is blank. The Home Office "
    "needs it filled in. Could you call me this afternoon so we can sort it out?",
    "Here are the details for Monday. Report to the site cabin at 7am and ask for Dave. Can you "
    "confirm you've got your CSCS card ready?",
    "You asked what the Operations Manager role at Arla Leeds pays: it's £48-52k plus a 10% "
    "bonus. Want me to put you forward?",
    "You wanted to know whether the Site Manager role at Keepmoat comes with a car: it does. "
    "Shall I put you forward?",
]
COLD = [
    "Thanks for coming to our open day! We're hiring Site Managers in Leeds. Keen?",
    "Thanks for coming in to our open day! We're hiring Site Managers in Leeds. Keen?",
    "If you asked us to keep an eye out for roles, here's one: we're hiring Site Managers in "
    "Leeds. Keen?",
    # nothing arranged, accepted or said yet: a pitch to someone who has not applied
    "We're hiring a Staff Nurse for Ward 12 at St James's, with interviews on Tuesday. Could you "
    "reply if you're interested?",
    "Your interview could be next week: we're hiring Staff Nurses at St James's. Want to apply?",
    "We'd like to offer you the chance to interview: Oakley Care is hiring Support Workers in "
    "Leeds. Interested?",
    "Thanks for connecting! We're hiring a Barista Trainer at Halo Coffee. Are you interested?",
    "Book your interview slot for the Staff Nurse role at St James's today. Interested?",
    "On your first day you'd run a site of 40: we're hiring Site Managers in Leeds on £55k. Keen?",
    # what is accepted, applied for, discussed or started is no job, or not with the sender
    "Thanks for accepting the invitation to connect! We're hiring Site Managers in Leeds on £55k. "
    "Keen?",
    "Thanks for accepting my connection request. We're hiring Site Managers in Leeds. Keen?",
    "Have you applied for our Christmas roles yet? We're hiring Site Managers in Leeds. Keen?",
    "People like you applied for 300 jobs with us! We're hiring Site Managers in Leeds. Keen?",
    "You applied for our newsletter, so here's a job: we're hiring Site Managers in Leeds. Keen?",
    "As discussed on our blog, builders are in demand. We're hiring Site Managers in Leeds. Keen?",
    "As discussed with my team this morning, we're hiring Site Managers in Leeds. Keen?",
    "Thanks for the call-outs on our last post! We're hiring Site Managers in Leeds. Keen?",
    "Remember the skills gap we talked about in our webinar? We're hiring Site Managers in "
    "Leeds. Keen?",
    "Get a £500 bonus before your first shift! We're hiring Site Managers in Leeds. Keen?",
    # a message that shows it is a first contact claims no conversation, offer or process
    "I came across your profile and, as discussed, we're hiring Site Managers in Leeds. Keen?",
    "I found your CV on Indeed. As discussed, we're hiring Site Managers in Leeds. Keen?",
    "We'd like to offer you the Site Manager role we're hiring for in Leeds, no interview "
    "needed! Keen?",
    # the reader's own first shift, offer or papers, borrowed by a pitch to anyone
    "Your first day could be Monday! We're hiring Site Managers in Leeds. Keen?",
    "Imagine your first shift next week! We're hiring Support Workers in Leeds. Keen?",
    "We need drivers who can start Monday: we're hiring in Leeds on £13 an hour. Keen?",
    "Before we can book you, we need you to apply: we're hiring Site Managers in Leeds. Keen?",
    "Your offer letter could be days away! We're hiring Site Managers in Leeds. Keen?",
    "Get your certificate of sponsorship with us: we're hiring Staff Nurses in Leeds. Keen?",
    "Report to work at 7am and earn £15 an hour: we're hiring Labourers in Leeds. Keen?",
    # a question of the reader's that is no exchange with the sender
    "Have you asked yourself what you're worth? We're hiring Site Managers in Leeds. Keen?",
    "If you asked me what builders earn, I'd say more: we're hiring Site Managers in Leeds. Keen?",
    "Ever asked how far your career could go? We're hiring Site Managers in Leeds. Keen?",
]


def note(body: str) -> str:
    return (
        "---\nchannel: email\nsubject: Next steps\n---\n"
        f"Hi {{{{ first_name|default('there') }}}},\n\n{body}\n\nAlastair\n"
    )


@pytest.mark.parametrize("code", ["OL102", "OL202"])
@pytest.mark.parametrize("body", IN_PROCESS)
def test_a_message_to_someone_in_the_process_is_not_a_cold_pitch(lint, code, body):
    assert not lint(note(body), config={"select": [code]})


@pytest.mark.parametrize("code", ["OL102", "OL202"])
@pytest.mark.parametrize("body", COLD)
def test_a_cold_pitch_is_still_flagged(lint, code, body):
    assert [f.code for f in lint(note(body), config={"select": [code]})] == [code]


WITH_US = [
    "Congratulations again on accepting our training contract. Before you start on {{ start_date "
    "}}, please upload your degree certificate and proof of your right to work in the UK. Could "
    "you do this by 31 May?",
    "Congratulations on accepting our Trainee Solicitor offer! Could you upload your degree "
    "certificate by 31 May?",
    "Thanks for registering with us for supply teaching. Before we can book you into schools, I "
    "need a copy of your passport. Could you send it by Friday?",
    "You registered with us last spring for KS2 supply. Greenfields Primary need a Year 5 "
    "Teacher from Monday at £165 a day. Can you do it?",
    "A Harrogate practice needs a locum GP for two sessions a week from March, £95 an hour. "
    "You're on our locum list for North Yorkshire, so I wanted you to hear first. Could you let "
    "me know by Friday?",
    "You're still on our books for warehouse work, and DHL Daventry need pickers from Monday at "
    "£12.60 an hour. Can you do it?",
    "You worked the Christmas temp season with us at Meadowhall last year, and Boots have asked "
    "for 20 customer assistants from 15 November. Would you like to come back?",
    "Your timesheet for the week ending 12 January hasn't come through yet, so we can't pay you "
    "on Friday. Could you submit it on the app by 5pm tomorrow?",
    "Thank you for coming in for the trial shift and interview on Tuesday. I'm sorry to say "
    "they've offered the job to a chef with more experience running a pass. Is it all right if I "
    "get in touch when a senior role comes up?",
    "I'm sorry to say they've offered the Sous Chef job to another candidate. Is it all right if I "
    "get in touch when a senior role comes up?",
    "Thanks for covering at our Morriston branch in March; the manager asked for you by name. We "
    "have eight days of locum pharmacist cover in Swansea in July at £45 an hour. Could you reply "
    "with the dates you're free?",
    "You covered ED registrar nights for us at Chesterfield in the spring, and Royal Derby have "
    "now asked for a locum registrar for 12 nights across July. Would you like me to hold them?",
    "Your contract with Halden Bank's payments team ends on {{ end_date }}. They'd like to extend "
    "you for six months at the same day rate. Could you let me know by Friday?",
    "Cobalt Health would like to extend your contract as a Data Engineer through December at "
    "your current rate. Can you confirm by Friday?",
    "Oakwood care home were really pleased with your nights last week and have asked for you "
    "again. They have nights on Monday and Saturday. Can you let me know which ones you can take?",
    "Thanks again for the three shifts you did for us at the Henley regatta. We're staffing the "
    "hospitality village at Silverstone on 5 to 7 July. Can you let me know which days you can do?",
    "Good news: Halcyon want to extend your contract for another three months, to {{ end_date }}, "
    "at the same day rate. Are you happy to carry on?",
    "Your enhanced DBS certificate is three years old next month, so we need to renew it before "
    "you can keep working with us in schools. Could you complete the online form by Friday?",
    "Congratulations again on the role. Could you send me your share code before Monday?",
    "Thanks again for the three shifts you did at the Henley regatta; the bar manager asked for "
    "you by name. Can you do 5 to 7 July at Silverstone?",
    "You reached the final round for our Senior Associate post last spring, and the partners "
    "still mention your interview. We now have a new opening in our Employment team. Would you "
    "like the details?",
    "We've decided to offer the Assistant Site Manager job to another candidate who has run a "
    "larger team. We have a Site Supervisor post opening next month. Would you like the details?",
    "A few ICU shifts have come in at Parkside Private, with the same team as on your last "
    "booking. Would you like them?",
    "Thanks again for working {{ last_event }} with us. Our client at Edgbaston is hiring bar "
    "staff for 20 and 21 June. Can you do both days?",
    "You're already registered with us, so there's no new paperwork. Edgbaston needs bar staff "
    "on 20 and 21 June. Would you like both days?",
    "Hallam Logistics needs pickers next week. Which shifts would you like? If none suit, that's "
    "fine, and you'll stay on our list for the next ones.",
]
COLD_WITH_US = [
    # the same words, said of something other than work the reader did for the sender
    "Thanks for registering for our newsletter! We're hiring Site Managers in Leeds. Keen?",
    "Thanks for registering with us for the careers webinar! We're hiring Site Managers in "
    "Leeds. Keen?",
    "Once you've registered with us, we're hiring Site Managers in Leeds. Keen?",
    "Have you registered with us yet? We're hiring Site Managers in Leeds. Keen?",
    "Once you're on our books, we're hiring Site Managers in Leeds. Keen?",
    "If you are on our list already, we're hiring Site Managers in Leeds. Keen?",
    "Are you on our books? We're hiring Site Managers in Leeds. Keen?",
    "You're on our mind: we're hiring Site Managers in Leeds. Keen?",
    "Submit your timesheets on our app and get paid weekly: we're hiring Site Managers in Leeds. "
    "Keen?",
    "Congratulations on your new job! We're hiring Site Managers in Leeds, if it doesn't work "
    "out. Keen?",
    "Congratulations on accepting the Head of Data role at Monzo! We're hiring Site Managers in "
    "Leeds, if it doesn't work out. Keen?",
    "Your contract ends soon? We have Site Manager roles in Leeds on £55k. Keen?",
    "We'd like to extend you an invitation: we're hiring Site Managers in Leeds. Keen?",
    "Unfortunately they've offered the job to 300 people like you, so apply now: we're hiring "
    "Site Managers in Leeds. Keen?",
    "Sorry to say the job market is tough, but we're hiring Site Managers in Leeds. Keen?",
    "Unfortunately most agencies have given the job to someone else before you hear of it. "
    "We're hiring Site Managers in Leeds. Keen?",
    "Thanks for covering the NHS pay story for us. We're hiring Site Managers in Leeds. Keen?",
    "Looking for your next contract? We're hiring Site Managers in Leeds. Keen?",
    "Want your contract extended? Join us: we're hiring Site Managers in Leeds. Keen?",
    "Want to extend your contract? We're hiring Site Managers in Leeds. Keen?",
    "Do you want to extend your contract, or move on? We're hiring Site Managers in Leeds. Keen?",
    "Has a client ever asked for you again? We're hiring Site Managers in Leeds. Keen?",
    "Want clients who ask for you by name? We're hiring Site Managers in Leeds. Keen?",
    "Do you want to keep working with us? We're hiring Site Managers in Leeds. Keen?",
    "Congratulations on your new role! We're hiring Site Managers in Leeds, if it doesn't work "
    "out. Keen?",
    "Imagine the shifts you could do for us: we're hiring Support Workers in Leeds. Keen?",
    "If you reach the final round, we pay your travel: we're hiring Site Managers in Leeds. Keen?",
    "Have you reached the final round anywhere this year? We're hiring Site Managers in Leeds. "
    "Keen?",
    "We've decided to offer the job to the best candidate, whoever it is: we're hiring Site "
    "Managers in Leeds. Keen?",
    "How long since your last booking? We're hiring Site Managers in Leeds. Keen?",
    "Join us and you'll stay on our list for every new role: we're hiring Site Managers in "
    "Leeds. Keen?",
    "Once you're registered with us, we're hiring Site Managers in Leeds. Keen?",
]


@pytest.mark.parametrize("code", ["OL102", "OL202"])
@pytest.mark.parametrize("body", WITH_US)
def test_a_message_to_someone_who_works_with_the_sender_is_not_a_cold_pitch(lint, code, body):
    assert not lint(note(body), config={"select": [code]})


@pytest.mark.parametrize("code", ["OL102", "OL202"])
@pytest.mark.parametrize("body", COLD_WITH_US)
def test_a_cold_pitch_in_their_words_is_still_flagged(lint, code, body):
    assert [f.code for f in lint(note(body), config={"select": [code]})] == [code]


@pytest.mark.parametrize(
    "body",
    [
        "Your contract at Balfour ends on 31 March? We have Site Manager roles in Leeds. Keen?",
        "You covered this topic in your post, so: we're hiring Site Managers in Leeds. Keen?",
        "Have you worked for us before? We're hiring Site Managers in Leeds. Keen?",
        "Is your DBS due for renewal? We're hiring Site Managers in Leeds. Keen?",
        "Your DBS will be renewed free when you join us. We're hiring Site Managers in Leeds.",
        "If your DBS needs renewing, we pay. We're hiring Site Managers in Leeds. Keen?",
        "Keep working with us all summer! We're hiring Site Managers in Leeds. Keen?",
        "We need to do a right to work check on all applicants. We're hiring Site Managers in "
        "Leeds. Keen?",
        "Thanks for the shifts you could do with us: we're hiring Support Workers. Keen?",
        "If you worked for us, you'd know: we're hiring Site Managers in Leeds. Keen?",
    ],
)
def test_a_name_is_still_not_enough_for_a_cold_pitch_in_their_words(lint, body):
    assert [f.code for f in lint(note(body), config={"select": ["OL102"]})] == ["OL102"]


@pytest.mark.parametrize(
    "body",
    [
        "Thanks for registering with us for supply teaching. Before we can book you into schools, "
        "I need:\n\n- a copy of your passport, for the right to work check\n- the name and email "
        "of your most recent headteacher, for a reference\n\nCould you send them by Friday?",
        "Thanks for covering at our Morriston branch in March. We have eight days of locum "
        "pharmacist cover in Swansea in July at £45 an hour. Could you reply with the dates "
        "you're free?",
        "Before we can book your first shift, I need a copy of your passport and two "
        "references. Could you send these over by Wednesday?",
        "Oakwood care home have asked for you again. They have nights on Monday and Saturday. "
        "Can you let me know which ones you can take?",
        "Thanks again for the three shifts you did for us at the Henley regatta. Can you do 5 to "
        "7 July at Silverstone?",
        "Good news: Halcyon want to extend your contract for another three months at the same "
        "day rate. Are you happy to carry on?",
        "Your enhanced DBS certificate is three years old next month, so we need to renew it "
        "before you can keep working with us in schools. Could you complete the online form?",
        "On page 2 of your certificate of sponsorship, the field marked XX is blank. Could you "
        "call me this afternoon so we can sort it out?",
        "You asked us to keep an eye out for {{ ward_preference }} shifts, and a few have just "
        "come in. Would you like all three?",
    ],
)
def test_a_note_about_their_work_with_the_sender_says_why_it_was_sent(lint, body):
    assert not lint(note(body), config={"select": ["OL201"]})


def test_a_confirmation_says_why_it_was_sent(lint):
    body = (
        "You're confirmed for bar shifts at {{ venue }} on Saturday, 6pm to 1am. Ask for Callum "
        "at the staff entrance. Can you reply to confirm?"
    )
    assert not lint(note(body), config={"select": ["OL201"]})


@pytest.mark.parametrize(
    "body",
    [
        "Hope you're well. Can you reply when you get a chance?",
        "Hope you're well and all is good at {{ venue }}. Can you reply to confirm?",
    ],
)
def test_a_message_that_says_nothing_is_still_flagged(lint, body):
    assert [f.code for f in lint(note(body), config={"select": ["OL201"]})] == ["OL201"]


def greeted(greeting: str, body: str) -> str:
    return f"---\nchannel: email\nsubject: Next steps\n---\n{greeting}\n\n{body}\n\nAlastair\n"


@pytest.mark.parametrize("greeting", ["Hi there,", "Dear Candidate,", "Dear Sir or Madam,"])
def test_a_conversation_claimed_to_anyone_is_a_cold_pitch(lint, greeting):
    body = "As discussed, we are recruiting Site Managers across Leeds on £55k. Keen?"
    found = lint(greeted(greeting, body), config={"select": ["OL202"]})
    assert [f.code for f in found] == ["OL202"]


@pytest.mark.parametrize("greeting", ["Hi there,", "Dear Candidate,"])
def test_their_own_paperwork_is_theirs_whatever_the_greeting(lint, greeting):
    body = (
        "As discussed on our call on Tuesday, I've attached your offer letter for the Staff Nurse "
        "post on Ward 7. Could you sign and return it by Friday?"
    )
    assert not lint(greeted(greeting, body), config={"select": ["OL202"]})


@pytest.mark.parametrize(
    "greeting", ["Hi there,", "Dear Candidate,", "Hi {{ first_name|default('there') }},"]
)
def test_an_arranged_interview_needs_no_name(lint, greeting):
    body = (
        "Your interview for the Staff Nurse role on Ward 12 is confirmed for Tuesday at 10am. "
        "Could you reply to confirm you can make it?"
    )
    assert not lint(greeted(greeting, body), config={"select": ["OL202"]})


def test_a_call_to_connect_is_no_call_with_the_reader(lint):
    body = "Thanks for the call to connect! Looking forward to it."
    found = lint(note(body), config={"select": ["OL201"]})
    assert [f.code for f in found] == ["OL201"]


@pytest.mark.parametrize(
    ("body", "fires"),
    [
        # a bare "as discussed" says nothing of what, so nothing of why the note was sent
        ("As discussed, it would be great to connect and keep in touch!", True),
        # what was discussed, or when, does
        ("As discussed yesterday, here's my profile so you can reach me. Speak Friday.", False),
        ("Thanks for the call this morning. Connecting here so you can reach me.", False),
    ],
)
def test_a_bare_as_discussed_says_nothing_of_why(lint, body, fires):
    found = lint(note(body), config={"select": ["OL201"]})
    assert [f.code for f in found] == (["OL201"] if fires else [])


@pytest.mark.parametrize(
    "body",
    [
        # a call to apply or sign up, which nobody already in the process is sent
        "Some of you have worked for us before, some haven't. We're hiring Care Assistants in "
        "Wakefield. Reply YES to apply.",
        "Whether you've registered with us before or not, we're hiring Supply Teachers in "
        "Bradford. Call the office to apply.",
        "We're hiring Healthcare Assistants in Manchester. With us, your shifts are confirmed two "
        "weeks in advance. Register today.",
        "We're recruiting Support Workers in Leicester. Before your first shift, we'll pay for "
        "your DBS. Apply here.",
        "We're hiring Kitchen Porters in Edinburgh. Come to the Balmoral Hotel at 10am and ask for "
        "Jade, and bring your CV.",
        "We're hiring Retail Assistants in Leeds. Apply by Friday and your interview is booked "
        "the same day.",
        "We're hiring Band 5 Nurses in London. Sign and return your contract this week for a £500 "
        "bonus. Register today.",
        "We would like to offer you the Customer Service Adviser role, subject to a short online "
        "assessment. Click to start.",
        # a line to the whole list, a link to register, interviews for whoever turns up
        "We have Care Assistant jobs available in your area, days and nights. Before we can place "
        "you, we'll need your CV and two references, so reply with those today.",
        "We're hiring Band 5 Nurses across London. Sign and return your contract this week and "
        "we'll pay a £500 sign-up bonus.\n\nRegister: https://apply.example.com",
        "We're hiring Office Cleaners in Manchester. Interested? Head to our Piccadilly office at "
        "9am and ask for Sam - we interview on the spot.",
        "Come to the Balmoral Hotel at 10am and ask for Jade: on-the-spot interviews for Kitchen "
        "Porters all day.",
        "We're hiring Office Cleaners in Manchester. Interested? Head to our Piccadilly office at "
        "9am and ask for Sam.",
        "We have Care Assistant roles near you. Before we can place you, we'll need two "
        "references, so reply today.",
        # a bonus held out to sign up is no contract of theirs
        "We're hiring Band 5 Nurses. Sign and return your contract this week and we'll pay a £500 "
        "sign-up bonus. Reply to find out more.",
        "We're hiring Band 5 Nurses in London. Sign and return your contract this week for a £500 "
        "bonus.",
        # a perk or a promise of the agency's, not their booking
        "We're hiring Pickers in Corby. With us, your shifts are booked a fortnight ahead. Reply "
        "to find out more.",
        "We're hiring Pickers in Corby. Once you're registered, your shifts are confirmed within "
        "a day. Reply to find out more.",
        # what everyone is told: a rejection quoted, a check on every starter, anyone registered
        "Lots of agencies will say 'sorry, they've offered the job to someone else'. Not us. We're "
        "hiring Care Assistants in Hull.",
        "We're hiring Supply Teachers in Bradford. We need to do a right to work check on everyone "
        "who starts. Reply to find out more.",
        "We're taking on Pickers in Wellingborough. We have to do a right to work check before "
        "anyone starts. Reply to find out more.",
        "We're hiring Supply Teachers in Bradford. Whether or not you registered with us before, "
        "call us.",
        "We're hiring HGV Drivers. Join today and your start date could be Monday. Reply to find "
        "out more.",
        "We're hiring Care Assistants in Leeds. Join us and you can keep working with us all year "
        "round. Reply to find out more.",
        # a condition, a promise or a sales line, said to anyone on the list
        "We're recruiting Support Workers in Norwich. When your DBS needs renewing, we pay for "
        "it. Reply to find out more.",
        "If your contract with your current client ends on 31 March, we have Interim Finance "
        "roles in London. Reply to find out more.",
        "We're hiring contract Software Developers in London. Most clients want to extend your "
        "contract after three months. Reply to find out more.",
        "We're hiring Forklift Drivers in Milton Keynes. Get your start date in 24 hours. Reply "
        "to find out more.",
        "We're hiring Class 2 Drivers in Peterborough. We'll say welcome aboard by Friday! Reply "
        "to find out more.",
        "We're hiring Healthcare Assistants in Birmingham. Download the app and complete your "
        "compliance in 10 minutes.",
        "We would like to offer you the Customer Service Adviser role at our Glasgow client, "
        "subject to a short online assessment. Reply to find out more.",
        # a CV, which a stranger is asked for first, is no paper of someone in the process
        "We're hiring Care Assistants in Leeds. Before we can place you, we'll need your CV and "
        "two references, so reply today.",
        # a guess or a condition, not something the reader did
        "Once you've applied for the role, we'll call you within the hour. We're recruiting Van "
        "Drivers in Bristol.",
        "Has it been years since you started as a Carer? We're hiring Deputy Managers in Essex.",
    ],
)
def test_a_message_that_shows_it_is_cold_is_not_in_touch(lint, body):
    assert [f.code for f in lint(note(body), config={"select": ["OL102"]})] == ["OL102"]


@pytest.mark.parametrize("code", ["OL102", "OL202"])
@pytest.mark.parametrize(
    "body",
    [
        # asked to confirm, not to apply: still someone in the process
        "Your interview for the Staff Nurse role on Ward 12 is confirmed for Tuesday at 10am. "
        "Reply YES to confirm you can make it.",
        "Thanks for accepting the Support Worker role with Oakley Care. Before your first shift "
        "we need an enhanced DBS check. Reply YES when you've done it.",
        "You covered ED registrar nights for us at Chesterfield, and Royal Derby have asked for "
        "you again for the Locum Registrar shifts. Call us to confirm which nights.",
    ],
)
def test_an_answer_asked_of_someone_in_the_process_is_no_call_to_apply(lint, code, body):
    assert not lint(note(body), config={"select": [code]})


@pytest.mark.parametrize("code", ["OL102", "OL202"])
@pytest.mark.parametrize(
    "body",
    [
        # shifts near them, to someone registered, are no line to the whole list
        "Thanks for registering with us. We have plenty of Care Assistant shifts in your area. "
        "Before we can book you, I need: a copy of your passport and two references.",
        # papers before a placement, with no sign it went to a list
        "Before we can place you at Oakwood, we'll need two references. Could you send them by "
        "Friday?",
        "Thanks for registering with us. Before we can place you, we'll need your CV and two "
        "references. Could you send them by Friday?",
        # their shifts, their registration
        "Good news: your shifts with us at Oakwood are confirmed for Saturday and Sunday. Can you "
        "reply to confirm?",
        "You registered with us in March, and Oakwood have nights this week. Can you do Saturday?",
        "We're delighted you'll join us, and your start date is Monday 3 March. Any questions?",
        # an offer subject to references, a start date, their contract ending
        "Great news: Halo Coffee would like to offer you the Senior Analyst role at £58k, subject "
        "to references. Can I call you at 5pm?",
        "Your start date is confirmed as Monday 3 March. Could you reply with your bank details?",
        "Your contract with Halden Bank's payments team ends on 31 March, and they'd like to keep "
        "you on. Can we talk on Friday?",
        # their own contract, and the bonus in it
        "I've attached your offer letter for the Staff Nurse post, which includes a £2,000 "
        "signing bonus. Could you sign and return it by Friday?",
        "Please sign and return your contract by Friday to secure your £2,000 signing bonus. Any "
        "questions?",
        # directions for their first day, a register they are on, offers made at an interview
        "Here are the details for your induction as a Kitchen Porter. Head to our Piccadilly "
        "office at 9am and ask for Sam. Can you confirm?",
        "You're confirmed for the Band 5 Staff Nurse shift on Ward 7 on Saturday.\nRegister: NMC\n"
        "Could you reply to confirm?",
        "Your interview for the Staff Nurse role is confirmed for Tuesday at 10am. They make "
        "on-the-spot offers, so bring your NMC PIN.",
    ],
)
def test_what_is_said_to_someone_in_the_process_is_no_sign_it_is_cold(lint, code, body):
    assert not lint(note(body), config={"select": [code]})


@pytest.mark.parametrize("code", ["OL102", "OL202"])
@pytest.mark.parametrize(
    "body",
    [
        # a list's line beside something that passed between them: a note to this reader
        "Thanks for registering with us last week for warehouse work. We still need your bank "
        "details.\nRegister: https://portal.example.com/complete\nAny questions?",
        "Before your first shift at the care home on Monday, you need the manual handling "
        "course.\nSign up: https://training.example.com/mh\nAny questions?",
        "Thanks for the three shifts you did for us in November. Some of you asked about "
        "Christmas cover, so I've attached the rota. Any questions?",
        "Oakwood have asked for you again for next week, and they have Saturday overtime as "
        "well. Interested? Head to the app and tick Saturday.",
        "As discussed on the phone yesterday, here are the jobs in your area you asked me to "
        "send: two Care Assistant roles in Harrogate. Which would you like me to put you "
        "forward for?",
        "You're confirmed for bar shifts at the Crown on Saturday. We've got more bar roles near "
        "you next month. Reply if you'd like first pick.",
        "Your contract with Halden Bank ends on Friday. Let me know whether you want to stay on, "
        "and I'll line up roles near you for next month.",
    ],
)
def test_a_lists_line_beside_an_exchange_with_the_reader_is_no_sign_it_is_cold(lint, code, body):
    assert not lint(note(body), config={"select": [code]})


@pytest.mark.parametrize(
    "body",
    [
        # the same lines with nothing that passed between them: cold
        "We have Care Assistant shifts in your area.\nRegister: https://portal.example.com/join\n"
        "Any questions?",
        "Some of you have worked for us before. We're hiring Care Assistants in Wakefield. Any "
        "questions?",
        "We're hiring Kitchen Porters in Leeds. Interested? Head to our office at 9am and ask "
        "for Sam.",
        # a call to apply outweighs what the message claims
        "Thanks for registering with us! We're hiring Care Assistants in Wakefield. Reply YES "
        "to apply.",
        # a condition is no exchange
        "If your contract with your current client ends on 31 March, we have roles near you. "
        "Any questions?",
    ],
)
def test_a_lists_line_with_no_exchange_is_cold(lint, body):
    assert [f.code for f in lint(note(body), config={"select": ["OL102"]})] == ["OL102"]


@pytest.mark.parametrize("code", ["OL102", "OL202"])
@pytest.mark.parametrize(
    "body",
    [
        "As discussed on Tuesday, I've put you forward for the Site Manager role. Can you make "
        "the 14th?",
        "Your interview for the Warehouse Supervisor role is tomorrow at 10am. Any questions?",
        "Both your references are back for the Care Assistant role you accepted. Any questions?",
        "From 1 April your pay for the shifts you do for us will land every Friday. Questions? "
        "Reply here.",
        "Your placement on Ward 7 at Leeds General starts on Monday. Any questions?",
        "Welcome back! Your shifts at the Morriston branch start on Monday. Any questions?",
        "Thanks for covering at {{ practice_name }}. Could you do Thursday as well?",
    ],
)
def test_their_booking_said_another_way_is_in_touch(lint, code, body):
    assert not lint(note(body), config={"select": [code]})


@pytest.mark.parametrize(
    "body",
    [
        # a perk, a possibility or a condition: no booking of theirs
        "With us, your shifts start on Monday if you register today. We're hiring Care "
        "Assistants in Wakefield. Any questions?",
        "Your shifts could start next week. We're hiring Care Assistants in Wakefield. Any "
        "questions?",
        "We're hiring Care Assistants in Wakefield: the shifts you'd do for us are all days. Any "
        "questions?",
    ],
)
def test_a_booking_held_out_to_a_stranger_is_not_in_touch(lint, body):
    assert [f.code for f in lint(note(body), config={"select": ["OL102"]})] == ["OL102"]


def test_an_interest_named_to_a_whole_stand_is_no_exchange(lint):
    """ "You asked about nursing roles", after a careers fair, is what a note to everyone who
    came to the stand says; "you asked what the role pays" answers one reader."""
    fair = (
        "Good to meet you at the careers fair. You asked about nursing roles, so I've got the new "
        "intake dates. Could we talk next week?"
    )
    answer = "You asked what the Staff Nurse role pays: it's £31k. Could we talk next week?"
    assert [f.code for f in lint(note(fair), config={"select": ["OL102"]})] == ["OL102"]
    assert lint(note(answer), config={"select": ["OL102"]}) == []


def test_a_question_about_work_with_the_sender_is_no_such_work(lint):
    """ "Have you worked with us before?" asks; "you worked the Christmas season with us" says."""
    asked = "Have you worked with us before? We're hiring Site Managers in Leeds. Keen?"
    said = "You worked the Christmas season with us last year. We're hiring again. Keen?"
    assert [f.code for f in lint(note(asked), config={"select": ["OL102"]})] == ["OL102"]
    assert lint(note(said), config={"select": ["OL102"]}) == []
