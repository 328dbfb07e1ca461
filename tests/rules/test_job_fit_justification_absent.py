from __future__ import annotations

import pytest

FIRE = [
    pytest.param(
        "Hi {{ first_name }}, we're hiring a Senior Data Engineer at Northwind. Open to a chat?",
        id="hiring",
    ),
    pytest.param("Hi {{ first_name }}, I have an exciting opportunity for you!", id="opportunity"),
    pytest.param("Hi {{ name }}, my client is looking for a Staff Nurse in Leeds.", id="client"),
    pytest.param("Hello {{ name }}, would you consider our {{ role }} position?", id="job-ph"),
    pytest.param("Hi {{ name }}, I'm recruiting for a\nsales team lead. Keen?", id="line-break"),
    pytest.param("Hi {{ name }}, you'd be a perfect fit for this role!", id="empty-fit-claim"),
    pytest.param("Hi {{ name }}, I came across your profile. We're hiring.", id="generic-profile"),
    pytest.param(
        "Hello, we currently have openings for forklift drivers in Crewe.", id="have-openings"
    ),
    pytest.param(
        "Hi {{ name }}, we urgently need Night Porters for a hotel in Bath.", id="need-titles"
    ),
    pytest.param(
        "Hi {{ name }}, I'm working on two finance searches right now. Free?", id="searches"
    ),
    pytest.param(
        "Hi {{ name }}, given your time at {{ company }}, are you free to talk about a "
        "Controller role?",
        id="tenure-is-not-fit",
    ),
    pytest.param("Hi {{ name }}, one of my clients wants a payroll lead. Keen?", id="my-client"),
    pytest.param(
        "Hi {{ name }}, thanks for the calls about our temp roles! We still have Christmas "
        "Warehouse Operative roles in Daventry. Interested?",
        id="still-have-roles",
    ),
    pytest.param(
        "Hi {{ name }}, a builder that's hiring site managers asked me to reach out.",
        id="thats-hiring",
    ),
    pytest.param(
        "Hi {{ name }}, I see you work at {{ company }}. We're hiring a Data Engineer. Chat?",
        id="where-is-not-why",
    ),
    pytest.param(
        "Hi {{ name }}, I saw your profile and reckon you'd suit a role we have. Chat?",
        id="profile-suits-is-not-why",
    ),
    pytest.param(
        "Hi {{ name }}, we're hiring pickers in Leeds. Reply and I'll get you booked in.",
        id="get-you-booked",
    ),
    pytest.param(
        "Hi {{ name }}, your background jumped out at me. We're hiring a Data Engineer. Chat?",
        id="at-me-is-not-an-employer",
    ),
    pytest.param(
        "Hi {{ name }}, your profile is exactly what our client needs for a Data Engineer role.",
        id="profile-is-exactly-what",
    ),
    pytest.param(
        "Hi {{ name }}, you are exactly what we need for our Data Engineer role!",
        id="you-are-exactly-what",
    ),
    pytest.param(
        "Hi {{ name }}, you have a great background, which is exactly what we need. We're "
        "hiring a Data Engineer.",
        id="great-background-is-no-reason",
    ),
    pytest.param(
        "Hi {{ name }}, I see you work at {{ company }}. Python experience is exactly what our "
        "client needs. We're hiring a Data Engineer.",
        id="a-requirement-is-not-their-fit",
    ),
    pytest.param(
        "Hi {{ name }}, I see you're at {{ company }}. Managing people is exactly what our "
        "client needs in a Team Leader.",
        id="an-activity-that-is-not-theirs",
    ),
    pytest.param(
        "Hi {{ name }}, I see you've been at {{ current_pharmacy }} for a few years now. We're "
        "hiring a Pharmacist Manager.",
        id="current-workplace-is-where-not-why",
    ),
    pytest.param(
        "Hi {{ name }}, we're hiring a Data Engineer in Leeds. Would you be interested? If not, "
        "do you know anyone who might be?",
        id="pitch-then-referral",
    ),
    pytest.param(
        "---\nchannel: email\nsubject: Staff Backend Engineer\n---\nHi {{ name }},\n"
        "Following up on the Staff Backend Engineer role at Quillmark. Free this week?\n",
        id="follow-up-in-words-only",
    ),
    pytest.param(
        "Hi {{ name }}, I noticed you're open to work. A hotel in Leeds needs a Night Porter.",
        id="noticed-is-not-told",
    ),
    pytest.param(
        "Hi {{ name }}, the studio wants a Senior Motion Designer in Bristol. Keen?",
        id="a-business-wants-a-role",
    ),
    pytest.param(
        "Hi {{ name }}, we are growing fast, so I thought of you for a Store Manager role.",
        id="thought-of-you-for-no-reason",
    ),
    pytest.param(
        "Hi {{ name }}, I see you work at {{ company }}. That's why I'm writing: we're hiring a "
        "Store Manager in Cardiff. Keen?",
        id="where-they-work-is-why-i-am-writing",
    ),
    pytest.param(
        "Hi {{ name }}, I see you work at {{ company }}. We're hiring a Store Manager in Cardiff, "
        "and the role is mostly the same. Keen?",
        id="where-they-work-is-mostly-the-role",
    ),
    pytest.param(
        "Hi {{ name }}, we're hiring a Store Manager in Cardiff, and the role is mostly that: "
        "running the shop floor. Keen?",
        id="the-role-is-mostly-that-after-nothing-of-theirs",
    ),
    pytest.param(
        "Hi {{ name }}, we're hiring a Data Engineer at Acme. I have two engineers who report to "
        "me, and they'd be your peers. Keen?",
        id="engineers-of-the-senders-own-offer-nobody",
    ),
    pytest.param(
        "Hi {{ name }}, you've been on my list for a while: we're hiring a Store Manager.",
        id="been-on-my-list",
    ),
    pytest.param(
        "Hi {{ name }}, I came across your profile and thought of you for a Store Manager role.",
        id="thought-of-you-after-the-profile",
    ),
    pytest.param(
        "Hi {{ name }}, your two years at {{ company }} caught my eye. We're hiring a Team "
        "Manager.",
        id="years-at-is-where-not-why",
    ),
    pytest.param(
        "Hi {{ name }}, we need a Team Manager with two years coaching new starters. Keen?",
        id="years-doing-as-the-jobs-need",
    ),
    pytest.param(
        "Hi {{ name }}, you've been on the books at {{ company }} for years. We're hiring a "
        "Team Manager.",
        id="on-the-books-is-where",
    ),
    pytest.param(
        "Hi {{ name }}, this is exactly the role a great candidate wants. We're hiring a PM.",
        id="exactly-the-role-wanted-is-not-theirs",
    ),
    pytest.param(
        "Hi {{ name }}, the Council of Governors has prioritised NHS experience. We're hiring "
        "a Chair.",
        id="prioritised-is-not-theirs",
    ),
    pytest.param(
        "Hi {{ name }}, we're interviewing for a Senior Cyber Engineer role. Could I send details?",
        id="interviewing-others-is-a-pitch",
    ),
    pytest.param(
        "Hi {{ name }}, we're appointing a Finance Director for a trust in Derby. Your time at "
        "{{ organisation }} has been impressive. Would you speak with me?",
        id="appointing",
    ),
    pytest.param(
        "Hi {{ name }}, a trust that's appointing a Chair asked me to get in touch.",
        id="thats-appointing",
    ),
    pytest.param(
        "Hi {{ name }}, our clients are hiring across the North West. Keen?",
        id="our-clients-are-hiring",
    ),
    pytest.param(
        "Hi {{ name }}, I'm writing on behalf of one of our clients in Leeds. Keen?",
        id="on-behalf-of-one-of-our-clients",
    ),
    pytest.param(
        "Hi {{ name }}, our clients want a charge nurse in Kent. Keen?", id="our-clients-want"
    ),
    pytest.param(
        "Hi {{ name }}, our clients in Kent are after two HCAs for nights. Keen?",
        id="our-clients-are-after",
    ),
    pytest.param(
        "Hi {{ name }}, our clients would like a charge nurse for nights. Keen?",
        id="our-clients-would-like",
    ),
    pytest.param("Hi {{ name }}, our clients want a charge nurse. Keen?", id="clients-want-ends"),
    pytest.param(
        "Hi {{ name }}, our clients want two HCAs to cover nights. Keen?", id="clients-to-cover"
    ),
    pytest.param(
        "Hi {{ name }}, our clients want more nurses who can start in May. Keen?",
        id="clients-want-nurses-who",
    ),
    pytest.param(
        "Hi {{ name }}, thanks for connecting. We're hiring a Senior Cyber Engineer. Keen?",
        id="thanks-for-connecting-is-no-application",
    ),
    pytest.param(
        # the "you" after '."' is in the next sentence: the skills are not said to be theirs
        "Hi {{ first_name }}, we are hiring a Senior Data Engineer at Acme in Leeds. The team "
        'needs {{ skills }}." You should apply.',
        id="you-after-a-quoted-sentence-end",
    ),
]
NO_FIRE = [
    pytest.param(
        "Hi {{ first_name }}, we are hiring a Senior Data Engineer at Acme in Leeds. The team "
        "needs {{ skills }} and you should apply.",
        id="you-in-the-placeholders-sentence",
    ),
    pytest.param(
        "Hi {{ first_name }}, I see you've been at {{ company }} for a while now. Are you open "
        "to new opportunities?",
        id="asks-if-open-to-moving-offers-no-job",
    ),
    pytest.param(
        "Hi {{ name }}, you've been top SDR at {{ company }} for two years. A Manchester SaaS "
        "firm is looking for an SDR Team Lead. Worth 10 minutes?",
        id="been-top-at-their-company",
    ),
    pytest.param(
        "Hi {{ name }}, {{ current_store }} won region of the year under you, so I thought of "
        "you for a Store Manager role in Cardiff. Could I tell you more?",
        id="under-you-so-thought-of-you",
    ),
    pytest.param(
        "Hi {{ name }}, {{ current_store }} won region of the year under you. A retailer is "
        "hiring a Store Manager for its Cardiff flagship and I thought of you. Keen?",
        id="thought-of-you-after-what-they-did",
    ),
    pytest.param(
        "Hi {{ name }}, I'm hiring an Epic Clinical Analyst at Lakeview Health. You're certified "
        "in {{ epic_module }}, and this role is mostly that: building order sets. Could we talk?",
        id="what-they-hold-is-mostly-the-role",
    ),
    pytest.param(
        "Hi {{ name }}, we're hiring a Senior Rust Engineer at Kade. I've been reading "
        "{{ contribution }} in {{ repo_name }}. This role is mostly the same problem: async code "
        "that talks to hardware. Could we talk?",
        id="their-work-then-the-role-is-the-same-problem",
    ),
    pytest.param(
        "Hi {{ name }}, I've been reading through {{ project_name }} on GitHub. The way you "
        "handle drift detection is cleaner than what we run, and it's the reason I'm writing. "
        "I'm hiring a Platform Engineer at Banksia Pay. Could we talk this week?",
        id="what-they-did-is-why-i-am-writing",
    ),
    pytest.param(
        "Hi {{ name }}, having opened three stores for {{ current_store }}, you'd know how to "
        "launch a flagship: a homeware retailer is hiring a Store Manager in Cardiff.",
        id="having-done-you-would-know",
    ),
    pytest.param(
        "Hi {{ name }}, your seasonal menus are exactly what my client is after: they "
        "need a Head Chef in Bath.",
        id="is-after",
    ),
    pytest.param(
        "Hi {{ name }}, your work on {{ project }} is what our payments team needs: "
        "we're hiring a Staff Engineer.",
        id="profile-placeholder-your",
    ),
    pytest.param(
        "Hi {{ name }}, you've scaled Kafka at {{ company }}, which is the core of our "
        "open Data Engineer role.",
        id="you-have-scaled",
    ),
    pytest.param(
        "Hi {{ name }}, given your background in ICU nursing, our Charge Nurse "
        "position seems a close match.",
        id="given-background",
    ),
    pytest.param(
        "Hi {{ name }}, your experience with B2B pricing is exactly what this "
        "Product Manager role needs.",
        id="experience-with",
    ),
    pytest.param(
        "Hi {{ name }}, I enjoyed your talk on {{ talk_topic }}. Coffee sometime?", id="no-job"
    ),
    pytest.param(
        "Hi {{ name }}, how is your current role going? Fancy a catch-up?",
        id="their-role-not-a-pitch",
    ),
    pytest.param(
        "Hi {{ name }}, I'd love to connect and learn about your team's approach.", id="networking"
    ),
    pytest.param(
        "Hi {{ name }}, you rebuilt the rota system at {{ company }}; our Ops Manager "
        "role starts with exactly that.",
        id="you-past-tense",
    ),
    pytest.param(
        "Hi {{ name }}, your claims handling for motor fleets at Aviva is why I'm "
        "writing about our Claims Lead job.",
        id="your-work-at-org",
    ),
    pytest.param(
        "Hi {{ name }}, your {{ n }} seasons running kitchens at {{ company }} fit the "
        "Head Chef post we have.",
        id="your-x-fit",
    ),
    pytest.param("Thank you given the short notice. See you at the meetup.", id="no-pitch"),
    pytest.param(
        "Hi {{ name }}, I'm hiring a Night Shift Manager in Bristol. You run nights at "
        "{{ company }}, so you know the 6am deadline.",
        id="you-run-x-at-company",
    ),
    pytest.param(
        "Hi {{ name }}, I'm recruiting an Area Manager. You look after a cluster of stores "
        "for {{ company }}, which is the job.",
        id="you-look-after-x-for-company",
    ),
    pytest.param(
        "Hi {{ name }},\n\nRunning the Christmas rota for a 40-strong team at {{ current_store }}"
        " is no small thing, and it's exactly what a sportswear brand wants in an Assistant "
        "Store Manager.\n\nHappy to share the full job description first.",
        id="their-work-as-the-subject",
    ),
    pytest.param(
        "Hi {{ name }}, congratulations on the Good CQC rating at {{ current_home }}. Taking a "
        "home from Requires Improvement to Good is the one thing a family-owned group wants in "
        "its next Registered Manager. The role pays £52k.",
        id="after-congratulations",
    ),
    pytest.param(
        "Hi {{ name }}, your stm32-can-bootloader repo (v2.3.1, with A/B slots) is close to "
        "what our motor controllers need, and it's why I thought of you for our Firmware Lead "
        "role.",
        id="version-number-in-the-sentence",
    ),
    pytest.param(
        "Hi {{ name }}, I read your write-up of CVE-2024-1234. The way you got from a crash in "
        "the fuzzer to a working exploit is the work our team does every week. We're hiring a "
        "Security Researcher.",
        id="the-way-you",
    ),
    pytest.param(
        "Hi {{ name }}, we're hiring a Motion Planning Engineer, and {{ company }} has clearly "
        "given you the kind of real-world manipulation work this role needs.",
        id="given-you-the-kind-of-work",
    ),
    pytest.param(
        "Dear {{ name }}, you've sat on the audit committee of {{ company }} for six years, "
        "and that is the experience an insurer wants in its next Audit Committee Chair.",
        id="sat-on",
    ),
    pytest.param(
        "Dear {{ name }}, a FTSE 250 group wants a Non-Executive Director. Your tenure as CPO "
        "at {{ company }}, and your oversight of pay under the Remuneration Code there, "
        "closely match the brief.",
        id="match-the-brief",
    ),
    pytest.param(
        "Hi {{ name }}, you have held SMF16 at {{ company }}, which is what they need in a "
        "Head of Compliance.",
        id="held",
    ),
    pytest.param(
        "Hi {{ name }}, a pharmacy in Exeter is hiring a Pharmacy Technician, and your ACPT "
        "accreditation is on their must-have list.",
        id="must-have-list",
    ),
    pytest.param(
        "Hi {{ name }}, we're hiring forklift drivers in Crewe. Your reach truck licence is a "
        "big plus here.",
        id="a-big-plus",
    ),
    pytest.param(
        "Hi {{ name }}, I was at {{ recent_event }} and the guest flow was the smoothest I've "
        "seen. We're hiring an Events Manager, and that is the skill the job needs.",
        id="that-points-back",
    ),
    pytest.param(
        "Hi {{ name }}, we're hiring two Robotics Software Engineers. Would you know anyone "
        "from your old team who might want to hear about it?",
        id="asks-for-a-referral",
    ),
    pytest.param(
        "Hi {{ name }}, I'm not writing about a job for you this time. I'm looking for a "
        "Band 7 MSK lead in Chester. Is there anyone you think I should speak to?",
        id="asks-who-to-speak-to",
    ),
    pytest.param(
        "---\nchannel: email\nsubject: 'Re: Staff Backend Engineer'\n---\nHi {{ name }},\n"
        "Following up on the Staff Backend Engineer role at Quillmark. Free this week?\n",
        id="reply-in-the-thread",
    ),
    pytest.param(
        "---\nchannel: email\nsubject: Staff Backend Engineer\nsequence_step: 2\n---\n"
        "Hi {{ name }},\nStill keen to tell you about the Staff Backend Engineer role.\n",
        id="sequence-step-2",
    ),
    pytest.param(
        "Hi {{ name }}, you mentioned you're after more hours than {{ current_venue }} can give "
        "you. A hotel kitchen in Salford needs a Kitchen Porter, 40 hours a week.",
        id="what-they-told-you",
    ),
    pytest.param(
        "Hi {{ name }}, the industry needs more women in engineering. Coffee next week?",
        id="needs-more-women-is-no-hire",
    ),
    pytest.param(
        "---\nchannel: email\n---\nHi {{ name }},\n\nYour two years coaching new starters at "
        "{{ company }} are why I'm writing. We're opening a second floor in Leeds and need a "
        "Team Manager for 15 advisers. Could we talk this week?\n",
        id="your-years-doing",
    ),
    pytest.param(
        "Hi {{ name }}, with two years coaching new starters at {{ company }}, you'd suit our "
        "Team Manager role. Could I send details?",
        id="with-years-doing-you-would",
    ),
    pytest.param(
        "Hi {{ name }}, your merchant accounts across the South West at {{ company }} are "
        "exactly the patch a building products manufacturer wants covered. They're hiring a "
        "Field Sales Manager.",
        id="exactly-the-patch-they-want",
    ),
    pytest.param(
        "Hi {{ name }}, a trust in Derby is hiring a Chair. Your chairmanship of "
        "{{ organisation }} through its merger is the experience the Council of Governors has "
        "prioritised.",
        id="has-prioritised",
    ),
    pytest.param(
        "Hi {{ name }}, you've been on counterbalance and reach at {{ current_site }} for a "
        "while. A depot in Crewe needs a Counterbalance Forklift Driver.",
        id="been-on-the-trucks-at",
    ),
    pytest.param(
        "---\nchannel: email\nsubject: Your application\n---\nHi {{ first_name }},\n\n"
        "Thanks for applying for the Senior Cyber Engineer role. The team has offered it to "
        "someone else. Could I keep you in mind for future roles?\n",
        id="rejection",
    ),
    pytest.param(
        "---\nchannel: email\nsubject: Your application\n---\nHi {{ first_name }},\n\n"
        "Thank you for interviewing for the {{ role }} role. The team has offered it to "
        "someone else.\n",
        id="rejection-after-interview",
    ),
    pytest.param(
        "---\nchannel: email\nsubject: Your application\n---\nHi {{ first_name }},\n\n"
        "Thanks for applying for the Customer Adviser role with us last month. We've just "
        "opened 40 more places. Shall I put you forward?\n",
        id="re-engaging-an-applicant",
    ),
    pytest.param(
        "Hi {{ first_name }}, I saw {{ company }} is opening a second site in Corby. We supply "
        "nurses to three of our clients in Kent, usually with 48 hours' notice. Would it be "
        "useful to talk about your peak staffing plan next week?",
        id="business-development-note-to-a-client",
    ),
    pytest.param(
        "Hi {{ first_name }}, our nurses are known for going above and beyond for our clients. "
        "Would it be useful to talk about your winter cover?",
        id="for-our-clients",
    ),
    pytest.param(
        "Hi {{ first_name }}, our clients want a supplier who can staff a ward in 48 hours. "
        "Would it be useful to talk about your winter cover?",
        id="what-clients-want-from-an-agency",
    ),
    pytest.param(
        "Hi {{ first_name }}, our clients tell us they want a named account manager. Would it "
        "be useful to talk about your winter cover?",
        id="what-clients-tell-us",
    ),
    pytest.param(
        "Hi {{ first_name }}, our clients want more nurses to hear about flexible work, so we run "
        "free CPD events. Would it be useful to talk about your winter cover?",
        id="clients-want-nurses-to-hear",
    ),
    pytest.param(
        "Hi {{ first_name }}, our clients want a nurse agency that can fill shifts in 48 hours. "
        "Would it be useful to talk about your winter cover?",
        id="clients-want-a-nurse-agency",
    ),
    pytest.param(
        "Hi {{ first_name }}, our clients want a software engineer's view on our new rota app. "
        "Would it be useful to talk about your winter cover?",
        id="clients-want-an-engineers-view",
    ),
]


@pytest.mark.parametrize("text", FIRE)
def test_fires(lint, text):
    assert [f.code for f in lint(text, config={"select": ["OL202"]})] == ["OL202"]


@pytest.mark.parametrize("text", NO_FIRE)
def test_does_not_fire(lint, text):
    assert lint(text, config={"select": ["OL202"]}) == []


def test_points_at_the_pitch(lint):
    (f,) = lint(
        "---\nchannel: email\n---\nHi {{ n }},\nThanks. We're hiring a PM.\n",
        config={"select": ["OL202"]},
    )
    assert (f.line, f.column) == (5, 9)


@pytest.mark.parametrize(
    "text",
    [
        "Hi {{ first_name }}, are you open to a new opportunity?",
        "Hi {{ first_name }}, open to exploring new opportunities?",
        "Hi {{ first_name }}, I see you've been at {{ company }} for a while now. Are you open "
        "to new\nopportunities?",
    ],
)
def test_asking_whether_they_are_open_to_a_move_pitches_no_job(lint, text):
    assert lint(text + "\n", config={"select": ["OL202"]}) == []
    assert lint(text + "\n", config={"select": ["OL201"]}) == []  # it says what it wants


def test_a_job_pitched_after_that_question_is_still_checked(lint):
    text = (
        "Hi {{ first_name }}, are you open to new opportunities? We're hiring a nurse in Leeds.\n"
    )
    assert [f.code for f in lint(text, config={"select": ["OL202"]})] == ["OL202"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Our clients want a charge nurse this weekend in Leeds.",
        "Our clients would like two HCAs by Friday.",
        "Our clients want an ICU nurse (Band 6) for nights.",
    ],
)
def test_a_clients_need_for_a_job_is_a_pitch_whatever_follows(lint, sentence):
    text = f"Hi {{{{ first_name }}}},\n\n{sentence} Could we talk on Thursday?\n"
    assert [f.code for f in lint(text, config={"select": ["OL202"]})] == ["OL202"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Our clients want more nurses than we can place, so I'd like to talk about a referral "
        "partnership with {{ company }}.",
        "Our clients want developer tooling built around their EHR.",
    ],
)
def test_a_clients_want_that_is_no_job_is_no_pitch(lint, sentence):
    text = f"Hi {{{{ first_name }}}},\n\n{sentence} Could we talk on Thursday?\n"
    assert lint(text, config={"select": ["OL202"]}) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Our clients want nurses like you.",
        "Our clients are after a charge nurse so I thought of you.",
    ],
)
def test_a_clients_need_for_a_job_is_a_pitch_before_any_words(lint, sentence):
    text = f"Hi {{{{ first_name }}}},\n\n{sentence} Could we talk on Thursday?\n"
    assert [f.code for f in lint(text, config={"select": ["OL202"]})] == ["OL202"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Our clients want nurses' feedback on the new rota app.",
        "Our clients want carers paid the real Living Wage, which is why we cap our margin.",
    ],
)
def test_what_clients_want_for_workers_is_no_pitch(lint, sentence):
    text = f"Hi {{{{ first_name }}}},\n\n{sentence} Could we talk on Thursday?\n"
    assert lint(text, config={"select": ["OL202"]}) == []


@pytest.mark.parametrize(
    ("sentence", "fires"),
    [
        # what the workers are trained or involved in: what the job needs
        ("Our clients in Bristol need nurses trained in chemotherapy for a new day unit.", True),
        (
            "Our clients are after electricians trained to 18th Edition for a hospital fit-out.",
            True,
        ),
        ("Our clients want chefs trained in classical French technique for two openings.", True),
        ("Our clients want engineers involved in payments for a London fintech.", True),
        ("Our clients want HGV drivers trained in ADR for nights, £19.50 an hour.", True),
        ("my clients would like pharmacists trained in independent prescribing in Bristol.", True),
        ("Our clients are after developers trained in Rust for a fintech in Canary Wharf.", True),
        # how the workers are treated: what the clients want for them, no job
        ("Our clients want nurses' feedback on the new rota app.", False),
        (
            "Our clients want carers paid the real Living Wage, which is why we cap our margin.",
            False,
        ),
        ("Our clients want nurses treated fairly, which is why we cap our margin.", False),
        ("Our clients want developers supported by a platform team, so we built one.", False),
        ("Our clients want carers trained properly, which is why we run our own academy.", False),
    ],
)
def test_what_workers_are_trained_in_is_a_need_and_how_they_are_treated_is_not(
    lint, sentence, fires
):
    text = f"Hi {{{{ first_name }}}},\n\n{sentence} Could we talk on Thursday?\n"
    assert bool(lint(text, config={"select": ["OL202"]})) == fires


@pytest.mark.parametrize(
    ("sentence", "fires"),
    [
        # after a hiring verb, a noun phrase that ends in a job, with or without an article
        ("Kirklees is hiring Social Workers. Could we talk?", True),
        ("a Leeds firm is recruiting paralegals.", True),
        ("a Leeds firm is looking for paralegals.", True),
        ("a Cardiff contact centre wants Customer Advisers.", True),
        ("we're taking on warehouse operatives for peak.", True),
        ("a CRO needs a CRA in the North.", True),
        ("a Daventry food distributor I work with needs Class 1 night drivers, £19.50/hr.", True),
        ("a Bristol practice is after two dental nurses.", True),
        ("the council is recruiting social workers to its children's team.", True),
        ("a Leeds firm is hiring a paralegal.", True),
        ("a Leeds firm is hiring two care assistants.", True),
        # no job after the verb, or no employer hiring for it
        ("the team is after feedback from engineers on the new rota.", False),
        ("the form needs a reply by Friday.", False),
        ("my manager wants to know how your team handles nights.", False),
        ("the site is after driver training for its new starters.", False),
        ("a busy ward needs more nursing support than it gets.", False),
        ("everyone is hiring nurses right now, so how is your ward coping?", False),
        ("no one is hiring paralegals in January, so how are you finding it?", False),
        ("if you're looking for HGV drivers at short notice, we can help.", False),
        # the reader's own team or employer hiring: a note to a client, which offers them
        # people, not a job (an employer the note introduces is a pitch, as above)
        (
            "I hear your ward is after two Band 5 nurses for nights. We supply RGNs across "
            "Leeds; could I send you our rates?",
            False,
        ),
        (
            "I saw your team is hiring paralegals. I run a legal recruitment desk in Leeds; "
            "could I send you two CVs this week?",
            False,
        ),
        ("I hear your Leeds office is looking for two paralegals. Could I send you CVs?", False),
        (
            "I noticed {{ company }} has 5 open positions for Site Managers on LinkedIn. We "
            "supply vetted site managers across Yorkshire; could I send you our terms?",
            False,
        ),
        # an employer near them, or their employer's rival, is not theirs: a job for them
        (
            "your local hospital is hiring Band 5 nurses for nights, £28k plus enhancements. "
            "Could we talk?",
            True,
        ),
        (
            "your nearest Amazon site is taking on warehouse operatives this month, £12.50 an "
            "hour. Could we talk?",
            True,
        ),
        (
            "your firm's biggest competitor is hiring a Senior Associate in Leeds. Could we talk?",
            True,
        ),
        (
            "I see {{ company }} needs agency nurses for winter. We supply RGNs across Leeds; "
            "could I send you our rates?",
            False,
        ),
        (
            "I saw your team is hiring paralegals. We're hiring a Site Manager in Leeds too. "
            "Would you be interested?",
            True,
        ),
        ("I hear a ward in Leeds is after two Band 5 nurses for nights. Could we talk?", True),
        # an employer named by a placeholder: the sender's side, or the reader's own
        ("{{ charity }} is recruiting Street Fundraisers in Leeds, £12/hr. Interested?", True),
        (
            "I saw {{ company }} is hiring six engineers there, and my team places backend "
            "engineers in Leeds. Could I have 15 minutes next week?",
            False,
        ),
        ("the NHS needs more nurses, and I'd love your view on it.", False),
        ("hiring paralegals is hard in Leeds at the moment: how are you finding it?", False),
        ("I work with hiring managers at firms across Leeds.", False),
        # people taken on for the sender's panel or bank are hired, work added to it is not
        ("we're adding medical interpreters to our Leeds panel at £30/hr. Could we connect?", True),
        ("we're adding two Band 5 nurses to our bank this month. Could we talk?", True),
        ("we're adding new features to our panel. Could we connect?", False),
        ("we're adding interpreters' notes to our booking system. Could we talk?", False),
        (
            "I saw you interpret {{ languages }} for NHS clinics. We're adding medical "
            "interpreters to our Leeds panel at £30/hr. Could we connect?",
            False,
        ),
    ],
)
def test_an_employer_hiring_for_a_job_is_a_pitch(lint, sentence, fires):
    assert _fires(lint, sentence) == fires


@pytest.mark.parametrize(
    ("sentence", "fires"),
    [
        # what they do or the job they hold where they work: something of theirs the job uses
        (
            "you've been on chilled trunking out of {{ depot }} for a few years. A Daventry food "
            "distributor I work with needs Class 1 night drivers, £19.50/hr. Could I call you?",
            False,
        ),
        (
            "you've been a senior carer at {{ care_home }} for three years, with dementia "
            "training. A family-run home in Ilkley needs a Senior Care Assistant, days only, "
            "£13.50/hr. Could I call you?",
            False,
        ),
        (
            "you've been a senior carer at {{ care_home }} for three years, which is the "
            "experience a home in Ilkley wants in its new Senior Care Assistant.",
            False,
        ),
        # only where they work, or how long: no reason
        (
            "I see you've been at {{ current_pharmacy }} for a few years now. We're hiring a "
            "Pharmacist Manager.",
            True,
        ),
        (
            "you've been on the books at {{ company }} for years. A home in Ilkley needs a "
            "Senior Care Assistant.",
            True,
        ),
        (
            "you've been a member at {{ company }} for years. A home in Ilkley needs a Senior "
            "Care Assistant.",
            True,
        ),
        # time off work out of a depot is no work done there, as work on a route is (above)
        (
            "you've been on furlough out of {{ depot }} since March. We're hiring a Class 1 night "
            "driver for a Daventry food distributor. Could we talk?",
            True,
        ),
        (
            "you've been on holiday out of {{ depot }} all month, I hear. A Daventry food "
            "distributor needs Class 1 night drivers. Could we talk?",
            True,
        ),
        (
            "you've been on maternity leave at {{ company }} this year. A Daventry food "
            "distributor needs Class 1 night drivers. Could we talk?",
            True,
        ),
        (
            "you've been on a career break from {{ company }}, I hear. A Daventry food "
            "distributor needs Class 1 night drivers. Could we talk?",
            True,
        ),
        (
            "you've been on a forklift course at {{ depot }}. A Daventry food distributor needs "
            "Class 1 night drivers. Could we talk?",
            True,
        ),
        (
            "you've been on nights out of {{ depot }} for years. A Daventry food distributor "
            "needs Class 1 night drivers. Could we talk?",
            False,
        ),
        # a desk, team or ward named after time off is work done there, and time off with
        # words before it is still time off
        (
            "I see you've been on the break-fix desk at {{ company }} for two years. We're "
            "hiring a 2nd Line Support Engineer in Leeds. Open to a chat?",
            False,
        ),
        (
            "you've been on the holiday lets team at {{ company }} for three years. We're hiring "
            "a Lettings Manager in Cornwall. Could we talk?",
            False,
        ),
        (
            "you've been on the Sick Children's ward at {{ hospital }} for four years. We're "
            "hiring a Band 6 paediatric nurse in Leeds. Could we talk?",
            False,
        ),
        (
            "you've been on a twelve-month career break out of {{ depot }}. We're hiring a Class "
            "1 night driver in Daventry. Could we talk?",
            True,
        ),
    ],
)
def test_the_job_they_hold_where_they_work_is_a_fit_and_where_alone_is_not(lint, sentence, fires):
    assert _fires(lint, sentence) == fires


@pytest.mark.parametrize(
    ("sentence", "fires"),
    [
        # the job they held before is theirs, as the one they hold now is: not the job pitched
        (
            "we spoke last spring when you were thinking about a step up from {{ last_role }}. "
            "St James's has opened a Band 6 Sister post on its respiratory ward, and your NIV "
            "experience is the first thing on their list. Would you like the job description?",
            False,
        ),
        (
            "we spoke last spring when you were thinking about a step up from {{ current_role "
            "}}. St James's has opened a Band 6 Sister post on its respiratory ward, and your NIV "
            "experience is the first thing on their list. Would you like the job description?",
            False,
        ),
        # (named with nothing said of them, it is no reason)
        (
            "demand for a step up from {{ last_role }} is high. We're hiring a Band 6 Sister at "
            "St James's. Would you like the job description?",
            True,
        ),
    ],
)
def test_the_job_they_held_is_theirs_not_the_one_pitched(lint, sentence, fires):
    assert _fires(lint, sentence) == fires


@pytest.mark.parametrize(
    ("sentence", "fires"),
    [
        # a jobs fair is an event, and a referral they made is someone else's job
        (
            "great to meet you at the jobs fair at {{ venue }} on Saturday. Could we have a "
            "coffee next week to talk about what you're after?",
            False,
        ),
        ("how is the job market in Leeds this spring? Coffee next week?", False),
        ("our jobs board has gone live this week. Coffee next week?", False),
        # the jobs it counts beside "jobs board" are still jobs
        ("our jobs board has 40 new HGV driver roles this week. Could we talk?", True),
        (
            "thanks for the referral of {{ candidate_name }} for the Site Manager job. Could I "
            "buy you lunch?",
            False,
        ),
        (
            "thank you for putting {{ candidate_name }} forward for the Site Manager job. Could "
            "I buy you lunch?",
            False,
        ),
        # a job pitched to them after either still needs a reason
        (
            "great to meet you at the jobs fair at {{ venue }} on Saturday. We're hiring a Site "
            "Manager in Leeds. Could I call you?",
            True,
        ),
        (
            "thanks for the referral of {{ candidate_name }} for the Site Manager job. We're "
            "also hiring a QS in Leeds. Could I call you?",
            True,
        ),
        # in the same sentence, after the clause that thanks them: pitched to them
        (
            "thanks for referring {{ candidate_name }} for the Site Manager job, and we also "
            "have a Quantity Surveyor role that you might like. Could we talk on Friday?",
            True,
        ),
        (
            "thanks for the referral of {{ candidate_name }}; we're also hiring a Site Manager "
            "in Leeds. Would you be interested?",
            True,
        ),
        (
            "thanks for the introduction to {{ candidate_name }}, and would you be interested in "
            "our Site Manager role yourself?",
            True,
        ),
        (
            "thanks for referring {{ candidate_name }} for the Site Manager job — we're "
            "hiring a QS too. Could I call you?",
            True,
        ),
        # the job named in the thanks, whatever follows it in the clause: theirs to refer
        (
            "thanks for referring {{ candidate_name }}, who starts Monday in the Site Manager "
            "job. Could I buy you lunch?",
            False,
        ),
        (
            "thanks for referring Sam for the Site Manager job, and Priya for the QS role. Both "
            "have interviews next week. Could we catch up after?",
            False,
        ),
        (
            "thanks for the referral of {{ candidate_name }} – the Site Manager job at Keepmoat "
            "is exactly what they wanted. I'll keep you posted.",
            False,
        ),
        # a clause that only goes on about the referral or their new job offers nothing
        (
            "thanks for referring Sam, we've placed him in the Site Manager job at Keepmoat. "
            "I'll keep you posted.",
            False,
        ),
        (
            "thanks for referring {{ candidate_name }}, they've accepted the Site Manager job at "
            "Keepmoat! I'll keep you posted.",
            False,
        ),
        (
            "congratulations on the new role at {{ company }}: I'd love to hear how the Head of "
            "Operations job is going.",
            False,
        ),
        # a new clause to the reader after a comma or colon pitches to them
        (
            "thanks for referring {{ candidate_name }}, we're also hiring a Site Manager in "
            "Leeds. Would you be interested?",
            True,
        ),
        # … and so does one that holds, opens or offers the job to the reader (not "we've
        # placed him in …", "they've accepted …" nor "I'd love to hear how … is going" above)
        (
            "congratulations on graduating, I've got the perfect role for you: Junior Developer "
            "at Acme in Leeds on £28k. Could we talk?",
            True,
        ),
        (
            "congratulations on graduating, I have the ideal Junior Developer role for you in "
            "Leeds on £28k. Could we talk?",
            True,
        ),
        (
            "congratulations on graduating, we've just opened a Junior Developer role in Leeds "
            "on £28k. Could we talk?",
            True,
        ),
        (
            "congratulations on graduating, we'd love you to join us as a Junior Developer in "
            "Leeds on £28k. Could we talk?",
            True,
        ),
        (
            "thanks for referring Sam, I'd love to put you forward for the Site Manager role at "
            "Keepmoat too, on £55k. Fancy a chat?",
            True,
        ),
        (
            "thanks for referring Sam, I've put him forward for the Site Manager role at "
            "Keepmoat. I'll keep you posted.",
            False,
        ),
        # (a job opened for the one referred is still the referral's)
        (
            "thanks for referring Priya, we've just opened a Quantity Surveyor role at Keepmoat "
            "that suits her down to the ground, so I'll call her on Monday. I'll keep you posted.",
            False,
        ),
        (
            "thanks for recommending Priya for the Senior Associate role, we've also opened a "
            "Paralegal role she may like, so I've sent her both. I'll keep you posted.",
            False,
        ),
        # (or named again, or held rather than opened)
        (
            "thanks for referring Priya, we've just opened a Quantity Surveyor role at Keepmoat "
            "that suits Priya down to the ground, so I'll call Priya on Monday. I'll keep you "
            "posted.",
            False,
        ),
        (
            "thanks for recommending Sam, we now have a Sous Chef role at The Ivy that suits him "
            "perfectly, so I'll call him tomorrow. I'll keep you posted.",
            False,
        ),
        (
            "thanks for referring Priya, we've just opened a Quantity Surveyor role at Keepmoat "
            "on £55k. Fancy a chat?",
            True,
        ),
        (
            "thanks for recommending Sam, we now have a Sous Chef role at The Ivy on £38k. Fancy "
            "a chat?",
            True,
        ),
        # (though a second job offered after it is the reader's)
        (
            "thanks for recommending Sam, we now have a Sous Chef role at The Ivy that suits him, "
            "and a Head Chef role at their Leeds site on £48k. Fancy a chat?",
            True,
        ),
        (
            "thanks for referring Priya, we now have a QS role that suits her, and a Site Manager "
            "role on £60k for you.",
            True,
        ),
        (
            "thanks for recommending Sam, we now have a Sous Chef role at The Ivy that suits him, "
            "and the head chef is keen to meet him. I'll keep you posted.",
            False,
        ),
        # (but not a second job for the one referred too)
        (
            "thanks for referring Priya, we now have a Band 5 Staff Nurse role that suits her, and "
            "a Band 6 post for her within 18 months if she wants it. I'll keep you posted.",
            False,
        ),
        (
            "thanks for recommending Sam, we now have a Sous Chef role at The Ivy that suits him, "
            "and another vacancy at their Leeds site he might prefer. I'll keep you posted.",
            False,
        ),
        (
            "thanks for referring Marcus, we now have a temp Paralegal assignment at Irwin "
            "Mitchell that suits him, and a permanent contract for him after six months. I'll let "
            "you know how it goes.",
            False,
        ),
        (
            "thanks for recommending Sam, we now have a Sous Chef role at The Ivy that suits him, "
            "and another vacancy at their Leeds site on £48k. Fancy a chat?",
            True,
        ),
        # (though not a "her" of someone else named after the job)
        (
            "thanks for referring Priya, we now have a Staff Nurse role on Ward 7 at St James's, "
            "where the ward manager runs her rota around school hours. Would you like to hear "
            "more?",
            True,
        ),
        # (but one they act on is the one referred: "wants to meet him", "support her")
        (
            "thanks for referring Arjun, we've just opened a Backend Developer role in the "
            "payments squad, where the engineering manager wants to meet him next week. I'll keep "
            "you posted.",
            False,
        ),
        (
            "thanks for referring Priya, we now have a Staff Nurse role on Ward 7, where the ward "
            "manager is keen to support her through preceptorship. I'll keep you posted.",
            False,
        ),
        (
            "thanks for referring Priya, we now have a Staff Nurse role on Ward 7, where the ward "
            "manager is keen to support her team through the change. Fancy a chat?",
            True,
        ),
        # (the job's own title after the role word is no one else)
        (
            "thanks for referring Priya, we now have a role as a Staff Nurse on Ward 7 that would "
            "suit her well. I'll keep you posted.",
            False,
        ),
        (
            "thanks for recommending Tom, we've just opened a post for a Site Engineer on the "
            "Leeds scheme that suits him down to the ground. I'll let you know how he gets on.",
            False,
        ),
        (
            "thanks for referring Priya, we now have a role as a Staff Nurse on Ward 7, where the "
            "ward manager runs her rota around school hours. Would you like to hear more?",
            True,
        ),
        (
            "thanks for referring Priya, we now have a Staff Nurse role on Ward 7 at St James's "
            "that suits her, as she wants school hours. I'll keep you posted.",
            False,
        ),
        (
            "thanks for recommending Sam, we now have a Sous Chef role at The Ivy that I think "
            "you'd like, and I'll call Sam tomorrow.",
            True,
        ),
        (
            "thanks for referring Priya, I've got the perfect role for you, and Priya agrees.",
            True,
        ),
        # (the name as written: "Will", not the word "will")
        (
            "thanks for referring Will, we've just opened a Senior Paralegal role at Irwin "
            "Mitchell on £38k that will suit you down to the ground. Fancy a chat?",
            True,
        ),
        (
            "thanks for recommending Will, we now have a Sous Chef role at The Ivy on £38k which "
            "will be filled quickly. Fancy a chat this week?",
            True,
        ),
        (
            "thanks for recommending Will, we now have a Sous Chef role at The Ivy that suits "
            "Will down to the ground. I'll keep you posted.",
            False,
        ),
        # (also in the possessive, with either apostrophe)
        (
            "thanks for referring Priya, we now have a Staff Nurse role on Ward 7 that fits "
            "Priya's theatre experience perfectly. I'll keep you posted.",
            False,
        ),
        (
            "thanks for referring Priya, we now have a Staff Nurse role on Ward 7 that fits "
            "Priya\u2019s theatre experience perfectly. I'll keep you posted.",
            False,
        ),
        (
            "thanks for referring Priya, we now have a Staff Nurse role on Ward 7 that fits "
            "Priyanka's theatre experience. Fancy a chat?",
            True,
        ),
        # (though not one the reader is told of before he or she is named)
        (
            "thanks for referring Tom, we've just opened a Senior Paralegal role on £38k that I "
            "think you'd like, and I'll give him a ring tomorrow. Fancy a chat?",
            True,
        ),
        (
            "thanks for referring Priya, we've just opened a Quantity Surveyor role in Leeds on "
            "£55k, and I'd love to tell you about it before I call her.",
            True,
        ),
        (
            "thanks for referring Priya, we've just opened a Quantity Surveyor role, one of them "
            "in Leeds on £55k. Fancy a chat?",
            True,
        ),
        # a job of their own they are congratulated on is not offered to them either
        (
            "congratulations on the new role at {{ company }}! Fancy a coffee next week?",
            False,
        ),
        (
            "congratulations on the new contract. I hear {{ company }} needs Class 1 night "
            "drivers for the Daventry site: we supply drivers to three depots nearby. Could we "
            "talk about what you need?",
            False,
        ),
        (
            "congratulations on the new role at {{ company }}. We're hiring a QS in Leeds too. "
            "Could I call you?",
            True,
        ),
        (
            "congrats on the new role, and we're hiring a QS in Leeds if you'd like a change "
            "later. Could I call you?",
            True,
        ),
        (
            "congratulations on the work anniversary: we have a Site Manager role in Leeds on "
            "£55k. Fancy a chat?",
            True,
        ),
        (
            "congratulations on graduating, we have three open positions for junior developers "
            "in Manchester. Could we talk?",
            True,
        ),
        # an employer hiring after the dash pitches to them too
        (
            "congratulations on graduating – Acme Digital is hiring junior developers in "
            "Manchester on £28k. Could we talk?",
            True,
        ),
        (
            "congratulations on the work anniversary — Keepmoat is looking for a Site Manager in "
            "Leeds on £55k. Fancy a chat?",
            True,
        ),
        (
            "congratulations on the work anniversary — {{ client }} is hiring a Site Manager in "
            "Leeds on £55k. Fancy a chat?",
            True,
        ),
        ("thanks for connecting. We're hiring a Site Manager in Leeds. Could I call you?", True),
        # a job someone else named them as a referee for is the candidate's
        (
            "{{ candidate_name }} has named you as a referee for the role of Finance Director at "
            "Ashgrove Trust. Could we speak for 15 minutes this week?",
            False,
        ),
        (
            "{{ candidate_name }} has named you as a referee. We're hiring a Finance Director at "
            "Ashgrove Trust too. Could we speak for 15 minutes this week?",
            True,
        ),
        (
            "{{ candidate_name }} has named you as a referee for the role of Finance Director, "
            "and we're also hiring a Head of Audit. Could we speak this week?",
            True,
        ),
    ],
)
def test_a_jobs_fair_or_thanks_for_a_referral_pitches_no_job(lint, sentence, fires):
    assert _fires(lint, sentence) == fires


def test_the_jobs_fair_is_no_purpose_but_what_they_want_to_talk_about_is(lint):
    text = (
        "Hi {{ first_name|default('there') }}, great to meet you at the jobs fair at {{ venue }} "
        "on Saturday. Could we have a coffee next week to talk about what you're after?\n"
    )
    assert lint(text, config={"select": ["OL201", "OL202"]}) == []


@pytest.mark.parametrize(
    ("sentence", "fires"),
    [
        # what they told you is a reason, whoever they told it to
        (
            "you told us at the jobs fair that you wanted daytime hours after years of evening "
            "shifts at {{ company }}. Our Cardiff team is hiring Customer Advisers, 9 to 5.",
            False,
        ),
        (
            "you told me you wanted daytime hours. Our Cardiff team is hiring Customer "
            "Advisers, 9 to 5.",
            False,
        ),
        (
            "you told us you wanted more pay than your nights at {{ company }} give. Our Cardiff "
            "team is hiring Customer Advisers, 9 to 5.",
            False,
        ),
        # what everyone wants is not
        (
            "you told us what you want: better pay! Our Cardiff team is hiring Customer "
            "Advisers at £13/hr.",
            True,
        ),
        (
            "you said you wanted more money. Our Cardiff team is hiring Customer Advisers at "
            "£13/hr.",
            True,
        ),
        # what the sender told them is not
        (
            "I told you about our Cardiff team at the jobs fair. Our Cardiff team is hiring "
            "Customer Advisers, 9 to 5.",
            True,
        ),
        (
            "we told you we'd be in touch. Our Cardiff team is hiring Customer Advisers, 9 to 5.",
            True,
        ),
    ],
)
def test_what_they_told_us_is_a_reason(lint, sentence, fires):
    assert _fires(lint, sentence) == fires


@pytest.mark.parametrize(
    ("sentence", "fires"),
    [
        # said of some of the list, or guessed: no more the reader's than anyone's
        (
            "some of you have worked for us before, some of you haven't. We're hiring Care "
            "Assistants in Wakefield. Reply YES and a consultant will call you.",
            True,
        ),
        (
            "maybe you've worked for us before, maybe not. We're taking on Warehouse Operatives "
            "in Doncaster. Reply to get booked in.",
            True,
        ),
        (
            "perhaps you've managed a team before. We're hiring Warehouse Supervisors in Corby.",
            True,
        ),
        (
            "lots of you told us when you were looking to move into a supervisor role. We're "
            "hiring Warehouse Supervisors in Corby now. Reply with your CV.",
            True,
        ),
        (
            "many of you told us you wanted daytime hours. Our Cardiff team is hiring Customer "
            "Advisers, 9 to 5.",
            True,
        ),
        (
            "chances are you've worked in care before. We're hiring Care Assistants in Leeds.",
            True,
        ),
        (
            "I'm guessing you've worked nights before. We're hiring Care Assistants in Leeds.",
            True,
        ),
        ("probably you've led a shift before. We're hiring Senior Carers in Leeds.", True),
        # a condition: true of some on the list, whoever reads it
        (
            "if you've worked for us before, you'll know we pay weekly. We're hiring Pickers in "
            "Corby.",
            True,
        ),
        (
            "whether you've managed a team or not, we'd like to hear from you. We're hiring "
            "Warehouse Supervisors in Corby.",
            True,
        ),
        # the reader, said of them
        (
            "you've worked for us at the Henley regatta, so you know the drill. We're hiring Bar "
            "Staff for Silverstone.",
            False,
        ),
        (
            "I bet you remember the night you led the ward through the flood at {{ hospital }}: "
            "you've run a ward under pressure, which is what the Band 7 post needs.",
            False,
        ),
        (
            "when you told us at the jobs fair that you wanted daytime hours, I made a note. Our "
            "Cardiff team is hiring Customer Advisers, 9 to 5.",
            False,
        ),
        (
            "we spoke last spring when you were looking to move from nights on reception into a "
            "day-time supervisor role. A hotel in Bath has asked me for a Front Desk Supervisor.",
            False,
        ),
        (
            "I thought of you: you told me you wanted daytime hours. Our Cardiff team is hiring "
            "Customer Advisers, 9 to 5.",
            False,
        ),
        (
            "most of your work at {{ company }} is exactly what our client needs. They're hiring a "
            "Transport Planner in Crick.",
            False,
        ),
    ],
)
def test_what_some_of_the_list_did_or_might_have_done_is_no_fit(lint, sentence, fires):
    assert _fires(lint, sentence) == fires


def test_the_finding_points_at_the_hiring_not_the_jobs_fair(lint):
    text = (
        "---\nchannel: email\n---\nHi {{ first_name }},\n\nI met you at the jobs fair. Our "
        "Cardiff team is hiring Customer Advisers, 9 to 5.\n"
    )
    (f,) = lint(text, config={"select": ["OL202"]})
    assert (f.line, f.column) == (6, 41)  # "team is hiring", not "the jobs fair"


@pytest.mark.parametrize(
    ("sentence", "fires"),
    [
        # "that … work" points back at the work of theirs the sentence before named
        (
            "Your post about rebuilding the multi-drop routes at {{ company }} after the Christmas "
            "peak stuck with me. A retail distribution centre at Crick is hiring a Transport "
            "Planner for its 80-vehicle fleet, and that routing work is what they need most.",
            False,
        ),
        (
            "Your post about rebuilding the multi-drop routes at {{ company }} stuck with me. A "
            "retail distribution centre at Crick is hiring a Transport Planner, and that kind of "
            "routing work is what they need most.",
            False,
        ),
        # not when the sentence before names nothing of theirs, nor when "that" is the job
        (
            "I loved the Christmas lights in Leeds. A retail distribution centre at Crick is "
            "hiring a Transport Planner, and that routing work is what they need most.",
            True,
        ),
        (
            "Your post about rebuilding the multi-drop routes at {{ company }} stuck with me. A "
            "retail distribution centre at Crick is hiring a Transport Planner, and that role is "
            "what they need most.",
            True,
        ),
        # nor when the sentence before says only where they work
        (
            "I see you've been at {{ company }} for years. That background is exactly what a "
            "Crick distribution centre needs for its new Transport Planner. Open to a chat?",
            True,
        ),
        (
            "I see you've been at {{ company }} for years. That experience is exactly what a "
            "Crick distribution centre is after in its new Transport Planner. Open to a chat?",
            True,
        ),
        (
            "I see you've been with {{ company }} for years. A Crick distribution centre is "
            "hiring a Transport Planner and I thought of you. Open to a chat?",
            True,
        ),
        # but what they do there is more than where
        (
            "I see you've been at {{ company }} for years, running the night shift. That "
            "experience is exactly what a Crick distribution centre needs for its new Night "
            "Manager. Open to a chat?",
            False,
        ),
        (
            "I see you've been planning multi-drop routes at {{ company }} for years. That "
            "experience is exactly what a Crick distribution centre needs for its new Transport "
            "Planner. Open to a chat?",
            False,
        ),
    ],
)
def test_that_work_of_theirs_named_before_is_a_fit(lint, sentence, fires):
    assert _fires(lint, sentence) == fires


@pytest.mark.parametrize(
    ("sentence", "fires"),
    [
        # a reply to their own application: the job is one they chose themselves
        (
            "thanks for applying for the Customer Adviser role with us last month. We've just "
            "opened 40 more places. Shall I put you forward?",
            False,
        ),
        (
            "thanks for applying! We've just opened 40 more Customer Adviser places. Shall I put "
            "you forward?",
            False,
        ),
        # thanks in advance at the end of a cold pitch, or for something that is no job
        (
            "we're hiring Site Engineers across Yorkshire, £45-52k. Apply at the link below. "
            "Thanks for applying!",
            True,
        ),
        (
            "thanks for applying for our newsletter. This month: 40 new Site Engineer roles "
            "across Yorkshire, £45-52k.",
            True,
        ),
    ],
)
def test_only_a_reply_to_their_own_application_needs_no_reason(lint, sentence, fires):
    assert _fires(lint, sentence) == fires


@pytest.mark.parametrize(
    ("sentence", "fires"),
    [
        # what they did, in the past tense, is a reason
        (
            "you managed the Headingley site for {{ company }}. We're hiring a Site Manager in "
            "Leeds. Could we talk on Friday?",
            False,
        ),
        (
            "you've delivered two schools for {{ company }}. We're hiring a Site Manager in Leeds. "
            "Could we talk on Friday?",
            False,
        ),
        (
            "you've guaranteed same-day dispatch at {{ company }} for years. We're hiring a "
            "Warehouse Manager in Leeds. Open to a chat?",
            False,
        ),
        # "need", "succeed", "proceed" end in "-ed" but are no past tense: nothing they did
        (
            "we're hiring a Site Manager in Leeds, and here is everything you need to know about "
            "the role. Could we talk on Friday?",
            True,
        ),
        (
            "we're hiring a Site Manager in Leeds. If you succeed, you'd run the Headingley site. "
            "Could we talk on Friday?",
            True,
        ),
        (
            "we're hiring a Site Manager in Leeds. If you proceed, I'll send the job description. "
            "Could we talk on Friday?",
            True,
        ),
    ],
)
def test_a_word_ending_in_eed_is_nothing_they_did(lint, sentence, fires):
    assert _fires(lint, sentence) == fires


@pytest.mark.parametrize(
    ("sentence", "fires"),
    [
        # when they started says nothing they did
        (
            "has a lot changed since you started as a nurse? We're hiring Staff Nurses now. "
            "Interested?",
            True,
        ),
        (
            "bet pay has hardly moved since you joined {{ company }}! We're hiring Class 1 "
            "drivers at £18/hr. Fancy a chat?",
            True,
        ),
        # what they started, or did since, does
        (
            "you started the night-trunking desk at {{ company }}. We're hiring a Transport "
            "Planner in Crick. Fancy a chat?",
            False,
        ),
        (
            "since you started at {{ company }} you've cut empty miles by a fifth. We're hiring "
            "a Transport Planner in Crick. Fancy a chat?",
            False,
        ),
    ],
)
def test_when_they_started_is_nothing_they_did(lint, sentence, fires):
    assert _fires(lint, sentence) == fires


@pytest.mark.parametrize(
    ("sentence", "fires"),
    [
        # how long they were there, and where, says not what they did
        (
            "your time at {{ company }} is exactly the experience our client wants. They're "
            "hiring a Finance Director in Leeds. Open to a chat?",
            True,
        ),
        (
            "your days at {{ company }} mean you know the drill. We're hiring Class 1 drivers "
            "in Crick. Interested?",
            True,
        ),
        (
            "your holidays at {{ company }} are what a Crick depot needs in its new Transport "
            "Planner. Interested?",
            True,
        ),
        # what they did there does
        (
            "your nights on the chilled bay at {{ company }} mean you know the drill. We're "
            "hiring Class 1 drivers in Crick. Interested?",
            False,
        ),
        (
            "your month-end close at {{ company }} is exactly the experience our client wants. "
            "They're hiring a Finance Director in Leeds. Open to a chat?",
            False,
        ),
    ],
)
def test_where_they_spent_their_time_is_no_fit(lint, sentence, fires):
    assert _fires(lint, sentence) == fires


@pytest.mark.parametrize(
    ("sentence", "fires"),
    [
        # what anyone does, at work or not, is no work of theirs
        (
            "you plan ahead at {{ company }}, which is what a Crick depot needs in its new "
            "Transport Planner. Interested?",
            True,
        ),
        (
            "you plan your holidays at {{ company }} months ahead, which is what a Crick depot "
            "needs in its new Transport Planner. Interested?",
            True,
        ),
        (
            "you maintain a great LinkedIn profile at {{ company }}! We're hiring Maintenance "
            "Engineers in Leeds. Interested?",
            True,
        ),
        (
            "you service customers at {{ company }}, I'm sure. We're hiring Sales Executives in "
            "Leeds. Interested?",
            True,
        ),
        (
            "your time leading a busy life at {{ company }} is the experience our client wants: "
            "they're hiring a Head of HR. Interested?",
            True,
        ),
        (
            "you were keen and ran to apply last time we posted, so here's another: Warehouse "
            "Operative in Daventry. Interested?",
            True,
        ),
        # the work they do there still is
        (
            "you plan multi-drop routes ahead of the peak at {{ company }}, which is what a Crick "
            "depot needs in its new Transport Planner. Interested?",
            False,
        ),
        (
            "you maintain the packing lines at {{ company }}. We're hiring Maintenance Engineers "
            "in Leeds. Interested?",
            False,
        ),
        (
            "your time leading the HR team at {{ company }} is the experience our client wants: "
            "they're hiring a Head of HR. Interested?",
            False,
        ),
        (
            "you were keen and ran the goods-in team at {{ company }}. We're hiring a Warehouse "
            "Manager in Daventry. Interested?",
            False,
        ),
    ],
)
def test_what_anyone_does_is_no_work_of_theirs(lint, sentence, fires):
    assert _fires(lint, sentence) == fires


@pytest.mark.parametrize(
    ("sentence", "fires"),
    [
        # a condition, or praise for finding the sender, says nothing they did
        (
            "if you've done shifts with {{ agency }} before, you'll know we pay weekly. We're "
            "hiring Care Assistants now. Interested?",
            True,
        ),
        (
            "you've done well to find {{ agency }}! We're hiring Support Workers in Leeds. "
            "Interested?",
            True,
        ),
        # what they have done does
        (
            "you've done nights on the dementia unit with {{ agency }}. We're hiring Care "
            "Assistants now. Interested?",
            False,
        ),
        (
            "you've done well on the dementia unit at {{ care_home }}, which is what our client "
            "needs in a Senior Carer. Interested?",
            False,
        ),
    ],
)
def test_what_they_might_have_done_is_no_fit(lint, sentence, fires):
    assert _fires(lint, sentence) == fires


def test_a_job_of_theirs_made_the_senders_is_the_job_pitched(lint):
    sentence = (
        "our {{ last_role }} vacancy got 200 applicants last week! Here's another: Warehouse "
        "Operative in Daventry. Interested?"
    )
    assert _fires(lint, sentence)


@pytest.mark.parametrize(
    ("sentence", "fires"),
    [
        # what they do where they work, then what the job needs: a reason
        (
            "You plan multi-drop routes at {{ company }}, which is what a Crick depot needs in "
            "its new Transport Planner. It's days, £38k. Would you like the full details?",
            False,
        ),
        # what the job gives them, the job's own duties, or a condition: no reason
        (
            "we have an exciting Transport Planner role in Crick, which is what you need for "
            "your next step. Interested?",
            True,
        ),
        (
            "in this role you plan multi-drop routes, which is what a Crick depot needs in its "
            "new Transport Planner. Would you like the full details?",
            True,
        ),
        (
            "if you plan multi-drop routes at {{ company }}, which is what a Crick depot needs "
            "in its new Transport Planner, get in touch.",
            True,
        ),
        (
            "I see you work at {{ company }}, which is what a Crick depot needs in its new "
            "Transport Planner. Would you like the full details?",
            True,
        ),
    ],
)
def test_what_they_do_now_where_they_work_before_the_need_is_a_fit(lint, sentence, fires):
    assert _fires(lint, sentence) == fires


@pytest.mark.parametrize(
    ("sentence", "fires"),
    [
        # what their own work means they know: a reason, however the need is put
        (
            "Severnside Medical Group is a practice in south Bristol. They need a locum GP for "
            "Tuesday sessions, and your current sessions at {{ practice_name }} mean you know the "
            "local referral pathways already. Could we talk this week?",
            False,
        ),
        (
            "A Bristol practice needs a locum GP for Tuesday sessions, and your current sessions "
            "at {{ practice_name }} mean you know the local referral pathways already. Could we "
            "talk this week?",
            False,
        ),
        # not their profile, how long they have been there, or what the job will teach them
        (
            "They need a locum GP for Tuesday sessions, and your profile means you know the local "
            "referral pathways already. Could we talk this week?",
            True,
        ),
        (
            "They need a locum GP for Tuesday sessions, and your time at {{ practice_name }} means "
            "you know the local referral pathways already. Could we talk this week?",
            True,
        ),
        (
            "They need a locum GP for Tuesday sessions, and your first week with us means you'll "
            "know the local referral pathways. Could we talk this week?",
            True,
        ),
    ],
)
def test_what_their_work_means_they_know_is_a_fit(lint, sentence, fires):
    assert _fires(lint, sentence) == fires


@pytest.mark.parametrize(
    ("sentence", "fires"),
    [
        # the job they held is why the sender writes, and then what the job needs: a reason
        (
            "I'm supporting Leeds Mind as it appoints a Non-Executive Director. Your time as "
            "Chief Nurse at {{ organisation }} is why I'm writing: the board wants clinical "
            "leadership at the table.\n\nThe role is about two days a month. Would you be open "
            "to an informal conversation with the Chair?",
            False,
        ),
        (
            "I'm supporting Leeds Mind as it appoints a Non-Executive Director. Your time as "
            "Chief Nurse at {{ organisation }} is why I'm writing \u2013 the board wants clinical "
            "leadership at the table. The role is about two days a month. Would you be open to "
            "an informal conversation?",
            False,
        ),
        # a profile is no background, where they work is not what they did, and a job on offer
        # is no need their background meets
        (
            "Your profile is why I'm writing: we have a great Site Manager role. Could we talk "
            "on Friday?",
            True,
        ),
        (
            "I'm supporting Leeds Mind as it appoints a Non-Executive Director. Your profile is "
            "why I'm writing: the board wants clinical leadership at the table. The role is "
            "about two days a month. Could we talk?",
            True,
        ),
        (
            "I'm supporting Leeds Mind as it appoints a Non-Executive Director. Your time at "
            "{{ organisation }} is why I'm writing: the board wants clinical leadership at the "
            "table. The role is about two days a month. Could we talk?",
            True,
        ),
        (
            "I'm supporting Leeds Mind as it appoints a Non-Executive Director. The board wants "
            "clinical leadership at the table, which is why I'm writing. The role is about two "
            "days a month. Could we talk?",
            True,
        ),
    ],
)
def test_the_job_they_held_as_why_the_sender_writes_then_the_need_is_a_fit(lint, sentence, fires):
    assert _fires(lint, sentence) == fires


@pytest.mark.parametrize(
    ("sentence", "fires"),
    [
        # a note offering the reader people for their own hiring: their vacancy, their need or
        # the sender's past work is no job offered to them
        (
            "I noticed {{ school }} has had a maths teacher vacancy advertised since October. We "
            "have two qualified maths teachers available for long-term supply from January.\n\n"
            "Would you like me to send you their CVs?",
            False,
        ),
        (
            "I read that {{ firm }} is acting on the Bramley litigation. A matter that size "
            "usually needs extra paralegals for disclosure, and we have 15 who can start within "
            "a week.\n\nWould a 15-minute call help?",
            False,
        ),
        (
            "I read that {{ company }} is opening in Spinningfields this autumn. We've staffed "
            "kitchen brigades for three openings in Manchester this year, including head chefs "
            "and sous chefs.\n\nWould a short call about your kitchen hiring help?",
            False,
        ),
        (
            "I saw {{ company }} posted a {{ job_post }} role last week. I have two candidates "
            "who may save you some time. Would it help if I sent over their anonymised profiles?",
            False,
        ),
        (
            "I saw {{ care_home }} is advertising for nurses on nights. I have two nurses who "
            "could help: one who has just moved to Canterbury and wants a permanent night post.\n\n"
            "Would it help if I emailed you their profiles?",
            False,
        ),
        (
            "Your post about the Management Accountant role at {{ company }} mentioned the move "
            "to NetSuite. I have two candidates who have both been through that migration. "
            "Would you like to meet either of them?",
            False,
        ),
        (
            "We have a Management Accountant role too. I've put anonymised CVs for both of my "
            "shortlisted people in one place. Would you like to meet them?",
            True,
        ),
        # without people offered, the same words pitch a job to the reader
        (
            "I saw {{ company }} posted a {{ job_post }} role last week. Would you like the "
            "details?",
            True,
        ),
        (
            "A nurse who wants a permanent night post would love this one. Would you like the "
            "details?",
            True,
        ),
        (
            "I noticed {{ school }} has had a maths teacher vacancy advertised since October. "
            "Would you like the details?",
            True,
        ),
        ("A school that size usually needs a maths teacher. Would you like the details?", True),
        (
            "We've placed 40 nurses in roles across Leeds this year. Would you like the details?",
            True,
        ),
        (
            "I read that {{ firm }} is acting on the Bramley litigation. Disclosure on a matter "
            "that size usually needs 10-20 extra paralegals, and we have 15 with Relativity "
            "experience who can start within a week.\n\nWorth a call about your numbers?",
            False,
        ),
        ("We have two maths teacher vacancies in Leeds. Would you like the details?", True),
        (
            "A school that size usually needs a maths teacher, and we have two with vacancies "
            "available. Would you like the details?",
            True,
        ),
        # and a job of the sender's is one with people offered too
        (
            "We have two maths teacher vacancies in Leeds, and two qualified maths teachers "
            "available. Would you like the details?",
            True,
        ),
        (
            "We have two maths teacher vacancies in Leeds. Could I send you the job description "
            "and their CVs?",
            True,
        ),
        (
            "We've just opened two maths teacher vacancies in Leeds. Could I send you two CVs?",
            True,
        ),
    ],
)
def test_a_note_offering_people_for_their_hiring_pitches_no_job(lint, sentence, fires):
    text = f"Hi {{{{ first_name|default('there') }}}},\n\n{sentence}\n\nAmira\n"
    assert bool(lint(text, config={"select": ["OL202"]})) == fires


@pytest.mark.parametrize(
    ("sentence", "fires"),
    [
        # the job they hold or held at their employer: a reason
        (
            "You were an Audit Manager at {{ company }}, and a Birmingham firm is hiring an "
            "Audit Manager.\n\nWould you like the details?",
            False,
        ),
        (
            "You're an Audit Manager at {{ company }}, and a Birmingham firm is hiring an Audit "
            "Manager.\n\nWould you like the details?",
            False,
        ),
        (
            "You were an Audit Manager at {{ firm }} before your career break, and a Top 10 firm "
            "in Birmingham has opened a returner programme with a permanent role at the end. "
            "Would you like the details?",
            False,
        ),
        # on a list, at an employer, a compliment or a condition: no job they held
        (
            "You were on our list, and a Birmingham firm is hiring an Audit Manager. Would you "
            "like the details?",
            True,
        ),
        (
            "You were at {{ company }}, and a Birmingham firm is hiring an Audit Manager. Would "
            "you like the details?",
            True,
        ),
        (
            "You're the perfect Audit Manager for {{ company }}, and a Birmingham firm is hiring "
            "an Audit Manager. Would you like the details?",
            True,
        ),
        (
            "You'd be a great Audit Manager at {{ company }}: a Birmingham firm is hiring an "
            "Audit Manager. Would you like the details?",
            True,
        ),
        (
            "if you're an Audit Manager at {{ company }}, a Birmingham firm is hiring an Audit "
            "Manager. Would you like the details?",
            True,
        ),
    ],
)
def test_the_job_they_hold_or_held_at_their_employer_is_a_fit(lint, sentence, fires):
    assert _fires(lint, sentence) == fires


@pytest.mark.parametrize(
    ("sentence", "fires"),
    [
        # a trade's work at their employer: a reason
        (
            "you service VRF systems at {{ company }}, and a Leeds FM firm needs an HVAC "
            "Engineer for hospital sites. Could I send you the details?",
            False,
        ),
        (
            "you install heat pumps for {{ company }}, and a Leeds firm is hiring a Heat Pump "
            "Engineer. Could I send you the details?",
            False,
        ),
        # no employer, a question or a condition: nothing they do
        (
            "you service our area, and we need an HVAC Engineer for hospital sites. Could I send "
            "you the details?",
            True,
        ),
        (
            "do you service VRF systems at {{ company }}? A Leeds FM firm needs an HVAC Engineer "
            "for hospital sites. Could I send you the details?",
            True,
        ),
        (
            "if you maintain lifts for {{ company }}, a Leeds FM firm needs a Lift Engineer for "
            "hospital sites. Could I send you the details?",
            True,
        ),
    ],
)
def test_a_trades_work_at_their_employer_is_a_fit(lint, sentence, fires):
    assert _fires(lint, sentence) == fires


@pytest.mark.parametrize(
    ("sentence", "fires"),
    [
        # what they were, and then what they did: a reason
        (
            "You were QP-eligible and ran batch release at {{ company }}, and a CDMO in Speke "
            "needs a QA Manager.\n\nWould you like the details?",
            False,
        ),
        (
            "You were QP-eligible and ran batch release for sterile injectables at {{ company }}, "
            "and a CDMO in Speke needs a QA Manager for its new aseptic fill line. Would you like "
            "the details?",
            False,
        ),
        # where they were, or on a list, and then the job: nothing they did
        (
            "You were at {{ company }} and a CDMO needs a QA Manager. Would you like the details?",
            True,
        ),
        (
            "You were on our list and a CDMO needs a QA Manager. Would you like the details?",
            True,
        ),
        (
            "You were QP-eligible, and a CDMO in Speke needs a QA Manager. Would you like the "
            "details?",
            True,
        ),
        (
            "You were busy and missed my call, and a CDMO in Speke needs a QA Manager. Would "
            "you like the details?",
            True,
        ),
        (
            "You were busy and ran out of time to reply, so here it is again: a CDMO in Speke "
            "needs a QA Manager. Would you like the details?",
            True,
        ),
    ],
)
def test_what_they_were_and_then_did_is_a_fit(lint, sentence, fires):
    assert _fires(lint, sentence) == fires


@pytest.mark.parametrize(
    ("sentence", "fires"),
    [
        # what they did in their time there, and that the client wants it: a reason
        (
            "An NHS trust is appointing a Non-Executive Director. Your time leading the digital "
            "transformation at {{ company }} is the experience the Chair wants on the board.\n\n"
            "Would you be open to a conversation?",
            False,
        ),
        # a profile, or where they were, is no work of theirs
        (
            "An NHS trust is appointing a Non-Executive Director. Your profile is the experience "
            "the Chair wants on the board. Would you be open to a conversation?",
            True,
        ),
        (
            "An NHS trust is appointing a Non-Executive Director. Your time at {{ company }} is "
            "the experience the Chair wants on the board. Would you be open to a conversation?",
            True,
        ),
        (
            "An NHS trust is appointing a Non-Executive Director. Your time working at "
            "{{ company }} is the experience the Chair wants on the board. Would you be open to a "
            "conversation?",
            True,
        ),
    ],
)
def test_what_they_did_in_their_time_there_as_what_is_wanted_is_a_fit(lint, sentence, fires):
    assert _fires(lint, sentence) == fires


@pytest.mark.parametrize(
    ("sentence", "fires"),
    [
        # a job to do what they did, said just before: a reason
        (
            "I saw your post about taking {{ company }}'s SDR team from 4 to 12 reps in a year. "
            "Quillstack is hiring an SDR Team Lead to do the same thing.\n\nWould you be open to "
            "a call this week?",
            False,
        ),
        (
            "{{ hotel }} moved from 8th to 2nd on TripAdvisor in Edinburgh during your time as "
            "GM. A boutique hotel on the Royal Mile is hiring a General Manager to do the same."
            "\n\nWould you be open to a confidential chat?",
            False,
        ),
        (
            "I saw your post about taking {{ company }}'s SDR team from 4 to 12 reps in a year. "
            "Quillstack, a Denver sales-tech startup, is hiring an SDR Team Lead to do the same "
            "thing from a standing start. Would you be open to a call this week?",
            False,
        ),
        (
            "I saw your Kubernetes GPU scheduler on GitHub and the note that it now runs training "
            "jobs at {{ company }}. We're hiring an ML Infrastructure Engineer at Lumen to build "
            "the same thing for our research cluster: 2,000 GPUs, London, £100,000.",
            False,
        ),
        (
            "I listened to your episode of the Freight Tech podcast about cutting empty miles at "
            "{{ company }} by 18%. A Daventry 3PL is hiring a Head of Transport to do the same "
            "across 200 trucks. Could we talk this week?",
            False,
        ),
        # the same as someone else, or nothing of theirs before it
        (
            "I hope your week is going well. A Daventry 3PL is hiring a Head of Transport to do "
            "the same across 200 trucks. Could we talk this week?",
            True,
        ),
        (
            "I came across your profile. We're hiring an ML Infrastructure Engineer at Lumen to "
            "build the same thing for our research cluster. Open to a chat?",
            True,
        ),
        (
            "I hope your week is going well. We're hiring an ML Infrastructure Engineer to build "
            "the same thing for our research cluster. Open to a chat?",
            True,
        ),
        (
            "I hope your week is going well. Quillstack is hiring an SDR Team Lead to do the same "
            "thing. Would you be open to a call this week?",
            True,
        ),
        (
            "hope you're well! We're hiring an ML Infrastructure Engineer to do the same thing at "
            "a fast-growing company. Open to a chat?",
            True,
        ),
        (
            "I came across your profile. We're hiring an ML Infrastructure Engineer to do the "
            "same thing for our clients. Open to a chat?",
            True,
        ),
        (
            "We're hiring an SDR Team Lead to do the same thing as our last one. Would you be "
            "open to a call this week?",
            True,
        ),
        (
            "hope you're well. Quillstack is hiring an SDR Team Lead to do the same thing. Would "
            "you be open to a call this week?",
            True,
        ),
        (
            "I saw your profile. Quillstack is hiring an SDR Team Lead to do the same thing. "
            "Would you be open to a call this week?",
            True,
        ),
        (
            "I see you've been at {{ company }} for years. Quillstack is hiring an SDR Team Lead "
            "to do the same. Would you be open to a call this week?",
            True,
        ),
        # "to build the same thing" needs a piece of their work named before it
        (
            "I saw your GitHub and was really impressed. We're hiring a Platform Engineer to "
            "build the same thing for our fintech client. Interested?",
            True,
        ),
        (
            "I love what your team at {{ company }} has built. We're hiring a Lead Developer to "
            "build the same thing for our research cluster. Interested?",
            True,
        ),
        (
            "I saw your project on GitHub. We're hiring an ML Infrastructure Engineer to build "
            "the same thing for our research cluster. Interested?",
            True,
        ),
        (
            "I saw your great new project on GitHub. We're hiring an ML Infrastructure Engineer "
            "to build the same thing for our research cluster. Interested?",
            True,
        ),
        (
            "I saw your Kubernetes GPU scheduler on GitHub. We're hiring an ML Infrastructure "
            "Engineer to build the same thing for our research cluster. Interested?",
            False,
        ),
        (
            "I saw your project on payments reconciliation. We're hiring an ML Infrastructure "
            "Engineer to build the same thing for our research cluster. Interested?",
            False,
        ),
        (
            "your SDR team at {{ company }} went from 4 to 12 reps. Quillstack is hiring an SDR "
            "Team Lead. Would you be open to a call this week?",
            False,
        ),
    ],
)
def test_a_job_to_do_the_same_as_they_did_is_a_fit(lint, sentence, fires):
    assert _fires(lint, sentence) == fires


@pytest.mark.parametrize(
    ("sentence", "fires"),
    [
        # what they did, said just before, as the new hire's first project: a reason
        (
            "I read your write-up on moving {{ company }}'s ledger to double-entry. That is "
            "exactly the first project for our new Senior Backend Engineer, a role in Leeds at "
            "£90,000.\n\nWould you be open to a 20-minute call next week?",
            False,
        ),
        (
            "I read the write-up you co-authored on moving {{ company }}'s ledger to "
            "double-entry. That is almost exactly the first project for our new {{ job_name }}. "
            "Would you be open to a call?",
            False,
        ),
        # nothing of theirs before it, or the job's own work
        (
            "I came across your profile. That is exactly the first project for our new Senior "
            "Backend Engineer, a role in Leeds. Open to a call?",
            True,
        ),
        (
            "I hope your week is going well. That is exactly the first project for our new Senior "
            "Backend Engineer, a role in Leeds. Open to a call?",
            True,
        ),
        (
            "thanks for your interest. That is exactly the kind of person we need for our Senior "
            "Backend Engineer role. Open to a call?",
            True,
        ),
        (
            "your day-to-day work on payments is exactly what our team needs. We're hiring a "
            "Senior Backend Engineer in Leeds. Open to a call?",
            False,
        ),
        (
            "hope you're well. That is exactly the first project for our new Senior Backend "
            "Engineer, a role in Leeds. Open to a call?",
            True,
        ),
        (
            "moving our ledger to double-entry is exactly the first project for our new Senior "
            "Backend Engineer, a role in Leeds. Open to a call?",
            True,
        ),
        (
            "I came across your profile. That is exactly the kind of person we need for our new "
            "Senior Backend Engineer role. Would you be open to a call?",
            True,
        ),
        # the new hire's first project is a pitch: after small talk, a greeting, or their work
        # not named, or where they work, it still fires
        (
            "I hope your week is going well. That is exactly the first project for our new "
            "Senior Backend Engineer. Open to a call?",
            True,
        ),
        ("that is exactly the first project for our new Senior Backend Engineer. Open?", True),
        (
            "I came across your profile. That is exactly the first project for our new Senior "
            "Backend Engineer. Open to a call?",
            True,
        ),
        (
            "I read your post and really enjoyed it! That is exactly the first project for our "
            "new Product Manager. Open to a call?",
            True,
        ),
        (
            "I've heard great things about your work. That is almost exactly the first project "
            "for our new DevOps Engineer. Open to a call?",
            True,
        ),
        (
            "I read your post about the industry. That is exactly the first project for our new "
            "Senior Backend Engineer. Open to a call?",
            True,
        ),
        (
            "I came across your profile and loved what you've been working on. That is exactly "
            "the first project for our new Senior Backend Engineer. Open to a call?",
            True,
        ),
        (
            "I loved what you've been working on. We're hiring a Senior Backend Engineer. Open "
            "to a call?",
            True,
        ),
        (
            "you've been working on payments reconciliation at {{ company }}. We're hiring a "
            "Senior Backend Engineer. Open to a call?",
            False,
        ),
        (
            "I saw your write-up on the work you've been doing at {{ company }}. That is exactly "
            "the first project for our new Senior Backend Engineer. Open to a call?",
            True,
        ),
        (
            "I saw what you've built at {{ company }}. We're hiring a Staff Engineer to build the "
            "same thing for our research cluster. Open to a call?",
            True,
        ),
        (
            "I saw what you've built at {{ company }}: a Kafka pipeline that settles payments in "
            "real time. We're hiring a Staff Engineer. Open to a call?",
            False,
        ),
        (
            "your work at {{ company }} is exactly the first project for our new Platform Lead. "
            "Open to a call?",
            True,
        ),
        # their work named, before the claim or in its sentence
        (
            "I read your write-up on moving {{ company }}'s ledger to double-entry. That is "
            "exactly the first project for our new Senior Backend Engineer. Open to a call?",
            False,
        ),
        (
            "your write-up on moving {{ company }}'s ledger to double-entry is exactly the first "
            "project for our new Platform Lead. Open to a call?",
            False,
        ),
    ],
)
def test_what_they_did_as_the_first_project_of_the_job_is_a_fit(lint, sentence, fires):
    assert _fires(lint, sentence) == fires


@pytest.mark.parametrize(
    ("line", "fires"),
    [
        # a line written for each reader, by hand or by a tool, can say why they fit
        ("{{ custom_line }}", False),
        ("{{ icebreaker }}", False),
        ("{{ personal_note }}", False),
        # a field that is not such a line is no reason
        ("{{ custom_field }}", True),
        ("{{ first_line }}", True),
    ],
)
def test_a_line_written_for_each_reader_can_say_why_they_fit(lint, line, fires):
    text = (
        "---\nchannel: linkedin_connection_note\n---\n"
        f"Hi {{{{ first_name|default('there') }}}}, {line} I'm hiring a Product Analyst at Monzo "
        "in Cardiff. Would you be open to a chat?\n"
    )
    assert bool(lint(text, config={"select": ["OL202"]})) == fires


@pytest.mark.parametrize(
    ("sentence", "fires"),
    [
        # (after the greeting line, as they are sent)
        # years of what they did, or what they hold and did, as what the job needs: a reason
        (
            "\n\nFive years running {{ current_store }} through holiday peaks is exactly the "
            "experience our client needs. They're opening a new store in Columbus and need a "
            "store manager.\n\nCould we talk for 15 minutes this week?",
            False,
        ),
        (
            "\n\nYour CCRN and three years in the ICU at {{ current_hospital }} are what this "
            "contract asks for. It's a 13-week travel ICU assignment in Seattle, three 12s on "
            "nights.\n\nCould I send you the full details?",
            False,
        ),
        # years where they were, or a profile, or the job's own needs, are no work of theirs
        (
            "\n\nFive years at {{ current_store }} is exactly the experience our client needs. "
            "They're opening a new store in Columbus and need a store manager. Could we talk?",
            True,
        ),
        (
            "\n\nFive years working at {{ current_store }} is exactly the experience our client "
            "needs. They're opening a new store in Columbus and need a store manager. Could we "
            "talk?",
            True,
        ),
        (
            "\n\nYour profile is what this contract asks for. It's a 13-week travel ICU assignment "
            "in Seattle. Could I send you the full details?",
            True,
        ),
        (
            "\n\nA CCRN and three years in an ICU are what this contract asks for. It's a 13-week "
            "travel ICU assignment in Seattle. Could I send you the full details?",
            True,
        ),
    ],
)
def test_what_they_did_as_what_the_job_asks_for_is_a_fit(lint, sentence, fires):
    assert _fires(lint, sentence) == fires


@pytest.mark.parametrize(
    ("sentence", "fires"),
    [
        # the unit they work in, and a job in that unit: a reason
        (
            "I see you're in the CVICU at {{ current_hospital }}. I recruit for Memorial Hermann "
            "and have a nights CVICU role. Open to connecting?",
            False,
        ),
        (
            "you've been in the CVICU at {{ current_hospital }} for years. I recruit for "
            "Memorial Hermann and have a nights CVICU role. Open to connecting?",
            False,
        ),
        (
            "I see you work on the NICU at {{ current_hospital }}. We have a night shift post "
            "on the NICU at Memorial Hermann. Open to connecting?",
            False,
        ),
        # where they work, a place, another unit, or a question, is no reason
        (
            "I see you're at {{ current_hospital }}. I recruit for Memorial Hermann and have a "
            "nights CVICU role. Open to connecting?",
            True,
        ),
        (
            "you're in Seattle at {{ current_hospital }}; I recruit for Memorial Hermann and "
            "have a nights CVICU role. Open to connecting?",
            True,
        ),
        (
            "I see you're in the ED at {{ current_hospital }}. I recruit for Memorial Hermann "
            "and have a nights CVICU role. Open to connecting?",
            True,
        ),
        (
            "are you in the CVICU at {{ current_hospital }}? I recruit for Memorial Hermann "
            "and have a nights CVICU role. Open to connecting?",
            True,
        ),
        (
            "if you're in the CVICU at {{ current_hospital }}, I recruit for Memorial Hermann "
            "and have a nights CVICU role. Open to connecting?",
            True,
        ),
    ],
)
def test_a_job_in_the_unit_they_work_in_is_a_fit(lint, sentence, fires):
    text = (
        "---\nchannel: linkedin_connection_note\n---\n"
        f"Hi {{{{ first_name|default('there') }}}}, {sentence}\n"
    )
    assert bool(lint(text, config={"select": ["OL202"]})) == fires


def _fires(lint, sentence: str) -> bool:
    """Does OL202 fire on a note of ``sentence`` after a greeting?"""
    text = f"Hi {{{{ first_name|default('there') }}}}, {sentence}\n"
    return bool(lint(text, config={"select": ["OL202"]}))


@pytest.mark.parametrize(
    ("sentence", "fires"),
    [
        # asking for papers is no job: "need" says what the sender wants of the reader
        ("before your DBS check can go through, I need a copy of your passport. By Friday?", False),
        ("I need your answers to the three questions below by Friday, please.", False),
        ("we need you to sign the timesheet before Friday, please.", False),
        # a hire all the same, however it is written
        ("we urgently need two welders in Hull from Monday. Interested?", True),
        ("we need Senior Carers for nights in Leeds. Interested?", True),
        ("we need experienced HGV drivers in Daventry. Interested?", True),
        ("WE NEED YOU!!! Shifts in Leeds this weekend, £15/hr.", True),
        ("we need people who can wear many hats. Interested?", True),
    ],
)
def test_what_the_sender_needs_is_a_job_only_when_it_is_people(lint, sentence, fires):
    assert _fires(lint, sentence) == fires


@pytest.mark.parametrize(
    ("sentence", "fires"),
    [
        # a person on the job's side holds a name, not the job
        (
            "here are the details for Monday. Go to the site cabin and ask for {{ site_manager }}. "
            "Can you confirm you've got your CSCS card ready?",
            False,
        ),
        ("your {{ line_manager_name }} will meet you at reception. Any questions?", False),
        ("{{ contact_person }} will call you on Tuesday. Is that a good time?", False),
        # the job pitched all the same, beside or without one
        ("we're hiring a {{ role }} in Leeds; {{ hiring_manager }} wants to meet you. Keen?", True),
        (
            "my client needs a Site Manager in Leeds. Ask for {{ site_manager }} on Monday. Keen?",
            True,
        ),
        ("the {{ salary_range }} is negotiable; ask for {{ hiring_manager }}. Keen?", True),
    ],
)
def test_a_person_on_the_jobs_side_is_no_job(lint, sentence, fires):
    assert _fires(lint, sentence) == fires


@pytest.mark.parametrize(
    ("sentence", "fires"),
    [
        # years in a kind of practice, as the reason for writing
        (
            "your years in small animal practice at {{ current_practice }} are why I'm writing. "
            "An independent practice in Exeter needs a small animal vet four days a week.",
            False,
        ),
        (
            "your years in small animal practice at {{ current_practice }} and your interest in "
            "soft-tissue surgery are why I'm writing.\n\nAn independent practice in Exeter needs "
            "a vet four days a week.",
            False,
        ),
        (
            "your years in small animal practice at Westway Vets are why I'm writing. An "
            "independent practice in Exeter needs a small animal vet four days a week.",
            False,
        ),
        (
            "your years in equine practice with {{ practice_name }} are why I'm writing. We're "
            "hiring an equine vet for a busy Kent practice.",
            False,
        ),
        # no kind of practice, only where, no claim, or a kind with no where (every nurse or GP
        # on the list has had years in clinical or general practice): no reason
        # a kind every vet, nurse or GP on the list has had names nothing, wherever it was
        (
            "your years in general practice with {{ practice_name }} are why I'm writing. We're "
            "hiring Salaried GPs for a busy Kent practice.",
            True,
        ),
        (
            "your years in veterinary practice at {{ current_practice }} are why I'm writing: "
            "we're hiring Vet Nurses across the South West. Can I call you?",
            True,
        ),
        (
            "your years in clinical practice at {{ current_practice }} are why I'm writing: "
            "we're hiring Veterinary Nurses. Can we talk?",
            True,
        ),
        (
            "your years in private practice at {{ current_practice }} are why I'm writing. We "
            "have a Locum Vet role in Bristol. Interested?",
            True,
        ),
        (
            "your years in private veterinary practice at Westway Vets are why I'm writing. We "
            "have a Locum Vet role in Bristol. Interested?",
            True,
        ),
        (
            "your years in practice are why I'm writing. A practice in Exeter needs a small "
            "animal vet.",
            True,
        ),
        (
            "your years in clinical practice are why I'm writing: a group of GP surgeries in "
            "Surrey is hiring Practice Nurses, £38-42k, no weekends.",
            True,
        ),
        (
            "your years in general practice are why I'm writing. We're hiring Salaried GPs for a "
            "busy Kent practice, 6 sessions.",
            True,
        ),
        (
            "your years in small animal practice are why I'm writing. A practice in Exeter needs a "
            "small animal vet.",
            True,
        ),
        (
            "your years in general practice at the coalface are why I'm writing. We're hiring "
            "Salaried GPs for a busy Kent practice.",
            True,
        ),
        (
            "your years at {{ current_practice }} are why I'm writing. A practice in Exeter needs "
            "a small animal vet.",
            True,
        ),
        (
            "your years in the industry are why I'm writing. A practice in Exeter needs a small "
            "animal vet.",
            True,
        ),
        (
            "I hope your years in small animal practice have been good. A practice in Exeter "
            "needs a small animal vet.",
            True,
        ),
    ],
)
def test_years_in_a_kind_of_practice_as_the_reason_for_writing_are_a_fit(lint, sentence, fires):
    assert _fires(lint, sentence) == fires


@pytest.mark.parametrize(
    ("sentence", "fires"),
    [
        # someone who has done it before, after what they did
        (
            "I read your post about running the TUPE transfer at {{ current_company }}. The "
            "manufacturer I'm recruiting for is about to go through the same, and they want an "
            "HR Business Partner who has done it before.",
            False,
        ),
        (
            "I read your post about running the TUPE transfer. My client wants an HR Business "
            "Partner who has done it before.",
            False,
        ),
        # nothing of theirs named before it: "it" is anything
        ("my client wants an HR Business Partner who has done it before. Keen?", True),
        (
            "I loved your post! My client wants an HR Business Partner who has done it before.",
            True,
        ),
        (
            "I read your post about the industry. My client wants an HR Business Partner who "
            "has done it before.",
            True,
        ),
    ],
)
def test_a_job_for_someone_who_has_done_what_they_did_is_a_fit(lint, sentence, fires):
    assert _fires(lint, sentence) == fires


@pytest.mark.parametrize(
    ("sentence", "fires"),
    [
        # the job they told the sender they wanted, then one of that kind
        (
            "We spoke last spring when you were looking to move from nights on reception into "
            "a day-time supervisor role. A hotel in Bath has just asked me for a Front Desk "
            "Supervisor on days only.",
            False,
        ),
        # asked, not told; told, but another job; or nothing told
        (
            "are you looking to move into a supervisor role? A hotel in Bath needs a Front Desk "
            "Supervisor.",
            True,
        ),
        (
            "we spoke last spring when you were looking to move into a manager role. A hotel in "
            "Bath needs a Front Desk Supervisor.",
            True,
        ),
        ("we spoke last spring. A hotel in Bath needs a Front Desk Supervisor.", True),
    ],
)
def test_the_job_they_told_us_they_wanted_is_a_fit_for_one_of_its_kind(lint, sentence, fires):
    assert _fires(lint, sentence) == fires


@pytest.mark.parametrize(
    ("sentence", "fires"),
    [
        # years in a job where they did it, by name, then a job of that kind
        (
            "I came across your profile while looking for engineers with DP2 experience, and saw "
            "you did three years as Third Engineer on the Skandi Acergy. My client is hiring a "
            "Second Engineer for a DP2 cable-laying vessel.",
            False,
        ),
        (
            "you did four years as a charge nurse at St James's. We're hiring charge nurses for "
            "a new ward in Leeds.",
            False,
        ),
        # no name, another kind of job, or asked
        (
            "I saw you did three years as Third Engineer on a DP2 vessel. My client is hiring a "
            "Second Engineer.",
            True,
        ),
        (
            "I saw you did three years as Third Engineer on the Skandi Acergy. My client is "
            "hiring a Chief Steward.",
            True,
        ),
        (
            "have you done three years as Third Engineer on the Skandi Acergy? My client is "
            "hiring a Second Engineer.",
            True,
        ),
        (
            "if you did three years as Third Engineer on the Skandi Acergy, my client is hiring "
            "a Second Engineer.",
            True,
        ),
    ],
)
def test_years_in_the_same_kind_of_job_by_name_are_a_fit(lint, sentence, fires):
    assert _fires(lint, sentence) == fires


@pytest.mark.parametrize(
    ("sentence", "fires"),
    [
        # what they know already, named, as a head start in the job
        (
            "I saw that you interpret Spanish for the Manchester Royal Infirmary's cardiology "
            "clinic. We are hiring a Medical Interpreter for a hospital trust in Salford. Because "
            "you already know cardiology terms in both languages, you would start well ahead of "
            "other applicants.",
            False,
        ),
        # what they are, what anyone in the job knows, or a condition
        (
            "We are hiring a Medical Interpreter in Salford. Because you are a nurse, you would "
            "start well ahead of other applicants.",
            True,
        ),
        (
            "We are hiring a Medical Interpreter in Salford. Because you already know the NHS, you "
            "would start well ahead of other applicants.",
            True,
        ),
        (
            "We are hiring a Medical Interpreter in Salford. Because you already know what the job "
            "involves, you would start well ahead of other applicants.",
            True,
        ),
        (
            "We are hiring a Medical Interpreter in Salford. If you already know cardiology terms "
            "in both languages, you would start well ahead of other applicants.",
            True,
        ),
        # what they know must be what was said of their work before: not what anyone in the job
        # knows, nor named with nothing of theirs before it
        (
            "we're recruiting Care Assistants. Because you already know the sector inside out, "
            "you'd start well ahead. Can we call you?",
            True,
        ),
        (
            "our client is hiring a Finance Manager. Because you already know Excel and "
            "accounting terms, you would start well ahead. Fancy a chat?",
            True,
        ),
        (
            "We are hiring a Medical Interpreter in Salford. Because you already know cardiology "
            "terms in both languages, you would start well ahead of other applicants.",
            True,
        ),
        (
            "if you work in cardiology, we are hiring a Medical Interpreter in Salford. Because "
            "you already know cardiology terms in both languages, you would start well ahead.",
            True,
        ),
        (
            "I see you interpret at a cardiology clinic. We are hiring a Medical Interpreter in "
            "Salford. Because you already know cardiology terms in both languages, you would "
            "start well ahead.",
            False,
        ),
    ],
)
def test_what_they_already_know_as_a_head_start_is_a_fit(lint, sentence, fires):
    assert _fires(lint, sentence) == fires


@pytest.mark.parametrize(
    ("sentence", "fires"),
    [
        # what they work on, named, where they work
        (
            "your work on falls response at {{ ambulance_service }} is why I'm writing: our "
            "urgent care service in Bath needs a Clinical Team Leader to set one up.",
            False,
        ),
        (
            "your work on payments reconciliation at {{ company }} is what we need. We're hiring "
            "a Senior Engineer.",
            False,
        ),
        # what they work on, named by nothing: only where they work
        (
            "your work on everything at {{ company }} is exactly what our client needs in their "
            "new Head of Engineering. Can we talk?",
            True,
        ),
        (
            "your work on your team at {{ company }} is exactly why I thought of you for our "
            "Engineering Manager role. Up for a call?",
            True,
        ),
        (
            "your work on projects at {{ company }} is what we need. We're hiring a Project "
            "Manager.",
            True,
        ),
        (
            "I've seen your work on things at {{ company }}, and we're hiring a Marketing "
            "Manager. Fancy a chat?",
            True,
        ),
    ],
)
def test_what_they_work_on_is_a_fit_only_when_it_names_something(lint, sentence, fires):
    assert _fires(lint, sentence) == fires


@pytest.mark.parametrize(
    ("sentence", "fires"),
    [
        # their work on something at a place, an industry or the sender's: not where they work
        (
            "I came across your work on sales at {{ region }}. We're hiring Sales Executives now. "
            "Interested?",
            True,
        ),
        (
            "your work on campaigns at {{ city }} is what we need. We're hiring a Marketing "
            "Manager.",
            True,
        ),
        (
            "your work on claims at {{ industry }} is what we need. We're hiring a Claims Handler.",
            True,
        ),
        (
            "Your work on your career at {{ industry }} is why I'm writing: we're hiring Account "
            "Executives. Open to a chat?",
            True,
        ),
        (
            "your work on payments at {{ sender_company }} is what we need in our new Growth "
            "Manager. Let's chat!",
            True,
        ),
        # where they work, or what they did in a place
        (
            "your work on falls response at {{ ambulance_service }} is why I'm writing: our "
            "urgent care service in Bath needs a Clinical Team Leader to set one up.",
            False,
        ),
        (
            "your branch in {{ branch_town }} topped the lettings league again, nice work. I'm "
            "recruiting a Branch Manager for an independent agency in Guildford. Fancy a chat?",
            False,
        ),
    ],
)
def test_their_work_at_a_place_or_the_senders_is_no_fit(lint, sentence, fires):
    assert _fires(lint, sentence) == fires


@pytest.mark.parametrize(
    ("sentence", "fires"),
    [
        # their placing in an event named for a job, by name, then a job of that kind
        (
            "You came second in the Swedish Barista Championship, and Kaffebaren is hiring a "
            "Barista Trainer to teach that standard across our eight cafés in Malmö and Lund: "
            "SEK 38,000 a month.",
            False,
        ),
        (
            "you finished 3rd at the 2023 UK Barista Championship. We're hiring baristas for a "
            "new roastery in Leeds.",
            False,
        ),
        # no name, no placing, another kind of job, an event for no job, or asked
        (
            "You came second in a barista competition, and Kaffebaren is hiring a Barista Trainer.",
            True,
        ),
        ("You came across my feed, and Kaffebaren is hiring a Barista Trainer.", True),
        (
            "You came second in the Swedish Barista Championship, and Kaffebaren is hiring a "
            "Head Chef.",
            True,
        ),
        (
            "You came second in the Stockholm Marathon, and Kaffebaren is hiring a Barista "
            "Trainer.",
            True,
        ),
        (
            "if you came second in the Swedish Barista Championship, Kaffebaren is hiring a "
            "Barista Trainer.",
            True,
        ),
        (
            "Some of you came second in the Swedish Barista Championship, and Kaffebaren is "
            "hiring a Barista Trainer.",
            True,
        ),
    ],
)
def test_a_placing_in_an_event_for_the_same_kind_of_job_is_a_fit(lint, sentence, fires):
    assert _fires(lint, sentence) == fires


@pytest.mark.parametrize(
    ("body", "said"),
    [
        (
            "Hi {{ first_name }}, your years at {{ current_pharmacy }} are why I'm writing: a "
            "Leicester group needs a Pharmacist Manager, £55k. Could we talk this week?",
            "this pitches a job and mentions {{ current_pharmacy }}, but never says what in their "
            "work there fits the role: say what they did that matches it",
        ),
        (
            "Hi {{ first_name }}, I saw {{ open_source_project }}. We're hiring a Senior "
            "Engineer in Leeds. Could we talk this week?",
            "this pitches a job and mentions {{ open_source_project }}, but never says how it "
            "fits the role: say what in it matches the job",
        ),
        (
            "Hi {{ first_name }}, we're hiring a Senior Engineer in Leeds. Could we talk this "
            "week?",
            "this pitches a job but never says why the recipient's background fits it: name "
            "something from their experience that matches the role",
        ),
    ],
)
def test_the_advice_starts_from_what_the_template_says_of_them(lint, body, said):
    (found,) = lint(body, config={"select": ["OL202"]})
    assert found.message == said


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        pytest.param(
            "Hi {{ first_name }}, I'm not pitching you a job - who would you talk to first if "
            "you were hiring in Leeds?",
            False,
            id="not-pitching-you-a-job",
        ),
        pytest.param(
            "Hi {{ first_name }}, this isn't about a role: could I ask you three questions about "
            "on-call at {{ company }}?",
            False,
            id="isnt-about-a-role",
        ),
        pytest.param(
            "Hi {{ first_name }}, I'm not trying to sell you a job, but we're hiring a Platform "
            "Lead at Kiln. Interested?",
            True,
            id="a-pitch-after-the-disclaimer",
        ),
        pytest.param(
            "Hi {{ first_name }}, I'll never pitch you a job: who would you ask about on-call "
            "in Leeds?",
            False,
            id="never-pitch",
        ),
        pytest.param(
            "Hi {{ first_name }}, I'm not here to sell you a job: who would you ask about "
            "on-call in Leeds?",
            False,
            id="not-here-to-sell",
        ),
        pytest.param(
            "Hi {{ first_name }}, this isn't a job offer - who would you talk to first about "
            "on-call in Leeds?",
            False,
            id="isnt-a-job-offer",
        ),
        pytest.param(
            "Hi {{ first_name }}, I'm not recruiting for a role right now - who would you talk to "
            "first about on-call in Leeds?",
            False,
            id="not-recruiting-for-a-role",
        ),
        pytest.param(
            "Hi {{ first_name }}, we're not just offering a job at Kiln, it's a career. "
            "Interested?",
            True,
            id="not-just-offering",
        ),
        pytest.param(
            "Hi {{ first_name }}, I'm not sure about the title yet, but we're hiring for a new "
            "role at Kiln. Interested?",
            True,
            id="not-sure-is-no-disclaimer",
        ),
    ],
)
def test_a_pitch_the_sender_disclaims_is_no_pitch(lint, text, fires):
    """A referral or advice request often says it is not a job pitch; what follows such words
    pitches nothing, but a job pitched elsewhere in the message still does."""
    found = [f.code for f in lint(text, config={"select": ["OL202"]})]
    assert found == (["OL202"] if fires else [])


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        pytest.param(
            "Hi {{ first_name }}, I came across {{ github_repo }} while looking for people who've "
            "built Terraform modules for multi-account AWS. Kiln is hiring a Platform Lead to "
            "own exactly that. Open to a chat?",
            False,
            id="to-own-exactly-that",
        ),
        pytest.param(
            "Hi {{ first_name }}, Kiln is hiring a Platform Lead to own exactly that: 40 AWS "
            "accounts. Open to a chat?",
            True,
            id="nothing-of-theirs-before",
        ),
        pytest.param(
            "Hi {{ first_name }}, your AWS re:Invent talk on cutting Lambda cold starts at "
            "{{ company }} was great - we're fighting the same thing at Kiln and hiring a Senior "
            "SRE to own it. Open to a chat?",
            False,
            id="fighting-the-same-thing",
        ),
        pytest.param(
            "Hey {{ first_name }}, saw your Postgres partitioning thread - we hit the exact same "
            "bloat issue at Kiln. We're hiring a Staff DBA to fix it for good. Worth 15 min?",
            False,
            id="hit-the-exact-same-issue",
        ),
        pytest.param(
            "Hi {{ first_name }}, we're fighting the same thing as every fintech: slow releases. "
            "We're hiring a Senior SRE to own it. Open to a chat?",
            True,
            id="the-same-thing-as-everyone",
        ),
        pytest.param(
            "G'day {{ first_name }}, saw {{ company }} handed over {{ project }}. I'm hiring a "
            "Site Manager in Brisbane, and running a job like that is the brief. Worth a yarn?",
            False,
            id="is-the-brief",
        ),
        pytest.param(
            "Hi {{ first_name }}, I'm hiring a Site Manager in Brisbane. Here is the brief for "
            "the role: two towers, 18 months. Worth a yarn?",
            True,
            id="the-brief-for-the-role",
        ),
    ],
)
def test_their_work_as_the_job_itself_is_a_fit(lint, text, fires):
    """Saying the job is what they did ("to own exactly that", "… is the brief") says why they
    fit, after something of theirs; with nothing of theirs before it, it says nothing."""
    found = [f.code for f in lint(text, config={"select": ["OL202"]})]
    assert found == (["OL202"] if fires else [])
