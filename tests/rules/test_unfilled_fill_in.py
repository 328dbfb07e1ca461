from __future__ import annotations

import re

import pytest

from outreach_lint import Dialect, hookimpl, testing

FIRE = [
    pytest.param("Hi [First Name], hello", "[First Name]", id="bracket"),
    pytest.param("Bonjour [Prénom], merci", "[Prénom]", id="french"),
    pytest.param("Je recrute un [INTITULÉ DU POSTE].", "[INTITULÉ DU POSTE]", id="french-caps"),
    pytest.param("Hallo [Vorname], danke", "[Vorname]", id="german"),
    pytest.param("Trabajo en [Empresa].", "[Empresa]", id="spanish"),
    pytest.param("Werk bij <bedrijf>.", "<bedrijf>", id="dutch-angle"),
    pytest.param("Cześć [Imię], dzięki", "[Imię]", id="polish"),
    pytest.param("Hi [Recipient], hello", "[Recipient]", id="recipient"),
    pytest.param("Termin: [Datum], in Köln", "[Datum]", id="german-date"),
    pytest.param("Gespräch um [Uhrzeit]", "[Uhrzeit]", id="german-time"),
    pytest.param("Hi NAME, thanks.", "NAME", id="name-in-capitals"),
    pytest.param("It's with CLIENT NAME in Slough.", "CLIENT NAME", id="client-name"),
    pytest.param(
        "It's with CLIENT NAME AND ADDRESS.", "CLIENT NAME AND ADDRESS", id="client-name-and-more"
    ),
    pytest.param("You'd start on START DATE in Leeds.", "START DATE", id="start-date-caps"),
    pytest.param("Interviews are on INTERVIEW DATE.", "INTERVIEW DATE", id="interview-date-caps"),
    pytest.param("Call me on PHONE NUMBER today.", "PHONE NUMBER", id="phone-number-caps"),
    pytest.param("Reply to EMAIL ADDRESS today.", "EMAIL ADDRESS", id="email-address-caps"),
    pytest.param("You'd be based in LOCATION.", "LOCATION", id="location-caps-after-in"),
    pytest.param(
        "We have Band 5 roles in LOCATION and TOWN.",
        "LOCATION and TOWN",
        id="places-caps-joined-by-and",
    ),
    pytest.param("Shifts are SHIFT PATTERN, in Leeds.", "SHIFT PATTERN", id="shift-pattern-caps"),
    pytest.param("The ward is WARD NAME at the Royal.", "WARD NAME", id="ward-name-caps"),
    pytest.param(
        "It's a (insert length) month contract.", "(insert length)", id="insert-in-brackets"
    ),
    pytest.param("Send it to (ADD DETAILS).", "(ADD DETAILS)", id="add-details"),
    pytest.param("It starts on DD/MM/YYYY.", "DD/MM/YYYY", id="date-template"),
    pytest.param("It pays £??k.", "£??k", id="unknown-amount"),
    pytest.param("It is with #CLIENT# in Leeds.", "#CLIENT#", id="hashes"),
    pytest.param("It is with ((client)) in Leeds.", "((client))", id="double-brackets"),
    pytest.param("Le poste est à [Ville].", "[Ville]", id="french-city"),
    pytest.param("I work at [Company Name].", "[Company Name]", id="company-name"),
    pytest.param("Hello <name>, hello", "<name>", id="angle"),
    pytest.param("Hello <<first name>>, hello", "<<first name>>", id="double-angle"),
    pytest.param("Salary: XXX per year", "XXX", id="xxx"),
    pytest.param("The CTC is XX LPA.", "XX", id="xx-lpa"),
    pytest.param("It pays £XXk plus bonus.", "XXk", id="xx-thousand-pounds"),
    pytest.param("It pays $XX,XXX a year.", "XX,XXX", id="xx-dollars"),
    pytest.param("A XX% bonus.", "XX", id="xx-percent"),
    pytest.param("Pay is XX cents per mile.", "XX", id="xx-cents-per-mile"),
    pytest.param("Mileage is XXp per mile.", "XX", id="xx-pence-per-mile"),
    pytest.param("Solo drivers start at XX CPM.", "XX", id="xx-cpm"),
    pytest.param("TODO: add the salary band", "TODO", id="todo"),
    pytest.param("We're at insert_company_name now", "insert_company_name", id="insert-id"),
    pytest.param("Join us at [insert company] today", "[insert company]", id="insert-bracket"),
    pytest.param("Hi ____, welcome", "____", id="blank"),
    pytest.param("Dear Insert name, hello", "Insert name", id="insert-capitalised"),
    pytest.param("Pay: INSERT salary here", "INSERT salary here", id="insert-upper"),
    pytest.param("Pay: add-salary-band a year", "add-salary-band", id="add-hyphen"),
    pytest.param("Pay: add_salary a year", "add_salary", id="add-underscore"),
    pytest.param("Start on enter_date please", "enter_date", id="enter-underscore"),
    pytest.param("Start on enter-date please", "enter-date", id="enter-hyphen"),
    pytest.param("Apply at put_link today", "put_link", id="put-underscore"),
    pytest.param("Apply at put-link today", "put-link", id="put-hyphen"),
    pytest.param("Apply at insert-link today", "insert-link", id="insert-hyphen"),
    pytest.param("Nights on [ward] this month.", "[ward]", id="ward"),
    pytest.param("Nights at [hospital] this month.", "[hospital]", id="hospital"),
    pytest.param("Your [specialty] background.", "[specialty]", id="specialty"),
    pytest.param("Your [speciality] background.", "[speciality]", id="speciality"),
    pytest.param("Based in [area].", "[area]", id="area"),
    pytest.param("Based in [town].", "[town]", id="town"),
    pytest.param("On a [shift pattern] rota.", "[shift pattern]", id="shift-pattern"),
    pytest.param("Through [agency].", "[agency]", id="agency"),
    pytest.param("Apply for [Vacancy] today.", "[Vacancy]", id="vacancy"),
    pytest.param("The rate is INSERT RATE an hour.", "INSERT RATE", id="insert-rate-caps"),
    pytest.param("The rate is Insert rate an hour.", "Insert rate", id="insert-rate"),
    pytest.param(
        "Nights at INSERT HOSPITAL NAME.", "INSERT HOSPITAL NAME", id="insert-caps-two-fields"
    ),
    pytest.param("It starts INSERT START DATE.", "INSERT START DATE", id="insert-caps-start"),
    pytest.param("The rate is [Band X] pay.", "[Band X]", id="band-left-to-fill"),
    pytest.param("We'll pay Insert your rate an hour.", "Insert your rate", id="insert-your"),
    pytest.param(
        "Insert the hospital name here.", "Insert the hospital name here", id="insert-the"
    ),
    pytest.param(
        "The Staff Nurse role at insert a company name suits you.",
        "insert a company",
        id="insert-a",
    ),
    pytest.param("Join [Company 2] today.", "[Company 2]", id="a-field-and-a-number"),
    pytest.param("Book at [Calendar link 2].", "[Calendar link 2]", id="a-link-and-a-number"),
    pytest.param(
        "I loved the tasting menu at [Restaurant] last spring.", "[Restaurant]", id="restaurant"
    ),
    pytest.param("We both know [Mutual Connection].", "[Mutual Connection]", id="connection"),
    pytest.param("Your [post] on hiring was sharp.", "[post]", id="their-post"),
    pytest.param("Congrats on the [Award]!", "[Award]", id="award"),
    pytest.param("Fellow [University] alumni here.", "[University]", id="university"),
    pytest.param("Chefs at HOTEL NAME love it.", "HOTEL NAME", id="a-places-name-in-capitals"),
]
NO_FIRE = [
    pytest.param("Tags: [Remote] [Full-time] [Part time] [Senior].", id="two-word-tags"),
    pytest.param("Next steps:\n- [x] CV received\n- [ ] call booked\n", id="task-list"),
    pytest.param("The NAME Foundation funds it.", id="name-as-an-acronym"),
    pytest.param("Note the CLOSING DATE is Friday.", id="a-fields-name-as-a-noun"),
    pytest.param("It pays a £450 DAY RATE.", id="a-fields-name-after-its-value"),
    pytest.param("START DATE: 3 March\nSHIFT PATTERN\n4 on, 4 off", id="a-fields-name-as-a-label"),
    pytest.param(
        "Nurses, START DATE Monday, or START DATE 3 March.", id="a-label-before-its-value"
    ),
    pytest.param("IMMEDIATE START DATE for nurses.", id="a-fields-name-in-a-longer-run"),
    pytest.param("Note the INTERVIEW DATE is Friday.", id="an-interview-date-as-a-noun"),
    pytest.param("Send it to my EMAIL ADDRESS.", id="a-contacts-field-as-a-noun"),
    pytest.param("PHONE NUMBER: 0113 496 0000", id="a-contacts-field-as-a-label"),
    pytest.param("Please quote JOB NUMBER when you apply.", id="a-number-not-a-contacts"),
    pytest.param("Jobs in LOCATION UK are open.", id="a-place-in-a-longer-run"),
    pytest.param("Roles in LEEDS and TOWN CENTRE clinics.", id="a-place-joined-after-a-name"),
    pytest.param("Call me (add me on WhatsApp) later?", id="add-in-brackets"),
    pytest.param("My name is Sam.", id="name-in-lower-case"),
    pytest.param("Uniform sizes from S to XXL.", id="xxl"),
    pytest.param("Our XX Chromosome network for women in engineering.", id="xx-as-a-name"),
    pytest.param("Pay is 62 cents per mile, XX Logistics pays 58.", id="xx-in-a-firms-name"),
    pytest.param("See [the job post](https://x.test/jobs/1).", id="markdown-link"),
    pytest.param("He said it was fine [sic] and left [1].", id="sic-and-footnote"),
    pytest.param("Use <b>bold</b> or <br> breaks.", id="html"),
    pytest.param("I love <3 this team", id="heart"),
    pytest.param("Todo lists are great; the xxx-large size", id="lowercase"),
    pytest.param("Your snake_case_name variable", id="underscores-in-words"),
    pytest.param("Please insert your card", id="verb-insert"),
    pytest.param("Your fix to insert_node() in the rbtree was neat.", id="function-name"),
    pytest.param("The add_on_pricing endpoint is yours?", id="add-underscore-code"),
    pytest.param("We sell an add-on and a put-together kit", id="hyphenated-words"),
    pytest.param("Enter-key users and add_on fans", id="hyphen-and-underscore-words"),
    pytest.param("See [our Leeds hospital](https://x.test/sjh) for more.", id="a-link-to-a-place"),
    pytest.param("Press INSERT to paste, or Insert the card.", id="the-insert-key"),
    pytest.param("The role is Staff Nurse [Band 5] on our cardiac ward.", id="a-band-value"),
    pytest.param("You'd be on <Ward 12> nights.", id="a-ward-value-in-angles"),
    pytest.param("I'll insert the rate into your contract.", id="insert-the-verb"),
    pytest.param("We can insert your name on the rota today.", id="insert-after-a-modal"),
    pytest.param("Just insert a link to your portfolio.", id="insert-a-link-to-your"),
    pytest.param("It's [Grade 7], [Level 3] or [Year 2] in school terms.", id="graded-values"),
    pytest.param("Press INSERT NOW to apply.", id="insert-now"),
    pytest.param("Read [our post on rotas](https://x.test/p) first.", id="a-link-to-a-post"),
    pytest.param("Our NEW PRODUCT launches in May.", id="a-things-word-said-loudly"),
    pytest.param("Tags: [Remote] [Hybrid] [Urgent]", id="subject-style-tags"),
]


def _reports(message: str, shown: str) -> bool:
    """Is ``message`` OL403's on the fill-in ``shown`` (one in brackets says what to write)?"""
    return message.startswith((f"'{shown}' is a fill-in", f"'{shown}' would be sent exactly"))


@pytest.mark.parametrize(("text", "shown"), FIRE)
def test_fires(lint, text, shown):
    (f,) = lint(text, config={"select": ["OL403"]})
    assert _reports(f.message, shown)


@pytest.mark.parametrize("text", NO_FIRE)
def test_does_not_fire(lint, text):
    assert lint(text, config={"select": ["OL403"]}) == []


def test_active_dialect_makes_them_placeholders(lint):
    assert (
        lint(
            "Hi [First Name] at <company>",
            config={"select": ["OL403"], "dialects": ["bracket", "angle"]},
        )
        == []
    )


def test_markers_option(lint):
    cfg = {"select": ["OL403"], "rules": {"OL403": {"markers": ["TBD"]}}}
    assert [f.message[:5] for f in lint("Start date TBD. TODO later", config=cfg)] == ["'TBD'"]


def _email(subject: str) -> str:
    return f'---\nchannel: email\nsubject: "{subject}"\n---\nHi, the data engineer job is yours?\n'


@pytest.mark.parametrize(
    "subject",
    [
        "[Job] Senior Data Engineer, Leeds",
        "[Poste] Ingénieur données",
        "[Role] 2 nurses",
        "[Job] – Senior Data Engineer",
        "[Job] - Senior Data Engineer",
        "[Job] — Senior Data Engineer",
        "[Job] | Senior Data Engineer",
        "[Job]: Senior Data Engineer",
    ],
)
def test_a_tag_opening_the_subject_is_not_a_fill_in(lint, subject):
    assert lint(_email(subject), config={"select": ["OL403"]}) == []


@pytest.mark.parametrize(
    ("subject", "shown"),
    [
        ("[Role] at [Company]", ["[Role]", "[Company]"]),  # a lower-case word follows
        ("[Job Title] Leeds", ["[Job Title]"]),  # a field's name, not a tag word
        ("Data Engineer [Role] Leeds", ["[Role]"]),  # not where a tag goes
        ("[Role] - [Company]", ["[Role]", "[Company]"]),  # a fill-in after the dash
        ("[Role] - Locum People Ltd", ["[Role]"]),  # a firm's name: the role is left out
    ],
)
def test_fill_ins_in_a_subject_still_fire(lint, subject, shown):
    found = lint(_email(subject), config={"select": ["OL403"]})
    assert [f.message.split("'")[1] for f in found] == shown
    assert all(f.line == 3 for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "When you apply, please insert the vacancy number in the form.",
        "Just insert the date of your last shift on the form.",
        "See you on [Day 1]. Nights only [Shift 2].",
    ],
)
def test_instructions_and_numbered_days_are_no_fill_ins(lint, text):
    assert lint(text, config={"select": ["OL403"]}) == []


@pytest.mark.parametrize("subject", ["[Job] - Ward Sister, Leeds", "[Job] - HGV Class 1"])
def test_a_job_tag_before_a_dash_is_a_tag(lint, subject):
    assert lint(_email(subject), config={"select": ["OL403"]}) == []


@pytest.mark.parametrize(
    ("subject", "fires"),
    [
        # a colon after the tag is checked like a dash: a title after it is a title
        ("[Job]: Senior Data Engineer", False),
        ("[Job]: Ward Sister, Leeds", False),
        ("[Role]: {{ job_title }}, Leeds", False),
        ("[Update]: Ward Sister roles", False),
        # and a field's name where the title goes is a skeleton
        ("[Job]: Job Title, Location", True),
        ("[Job] - Job Title, Location", True),
        ("[Role]: Locum People Ltd", True),
        ("[Job Title]: Leeds", True),
    ],
)
def test_a_tag_before_a_colon(lint, subject, fires):
    assert bool(lint(_email(subject), config={"select": ["OL403"]})) == fires


@pytest.mark.parametrize(
    ("line", "fires"),
    [
        ("Subject: [Job]: Job Title, Location", True),
        ("Subject: [Job]: Senior Data Engineer", False),
    ],
)
def test_a_tag_before_a_colon_in_a_text_files_subject(lint, line, fires):
    text = f"{line}\n\nHi there, the data engineer job is yours?\n"
    found = lint(text, path="t.txt", config={"select": ["OL403"]})
    assert [(f.line, f.message.split("'")[1]) for f in found] == ([(1, "[Job]")] if fires else [])


def test_a_link_definition_in_the_body_is_no_fill_in(lint):
    text = "Hi there, see the job [1].\n\n[1]: https://jobs.example.com/ward-sister\n"
    assert lint(text, config={"select": ["OL403"]}) == []


def test_a_shouting_run_that_holds_a_fill_in_is_still_shouting(lint):
    text = "Hi, THE PAY IS HUGE AND THE JOB TITLE IS YOURS. Pay is INSERT RATE PER HOUR.\n"
    found = lint(text, config={"select": ["OL403", "OL703"]})
    assert [(f.code, f.message.split("'")[1]) for f in found] == [
        ("OL703", "THE PAY IS HUGE AND THE JOB TITLE IS YOURS"),
        ("OL403", "JOB TITLE"),
        ("OL403", "INSERT RATE"),
    ]


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("Send your CV to [Address Line 1], Leeds.", "[Address Line 1]"),
        ("Start at [Day 1 start time].", "[Day 1 start time]"),
        ("Nights pay time and a half, or insert rate here.", "insert rate here"),
        ("Salary is £38k and insert benefits details here.", "insert benefits details here"),
    ],
)
def test_fill_ins_beside_values_and_instructions_still_fire(lint, text, shown):
    (f,) = lint(text, config={"select": ["OL403"]})
    assert _reports(f.message, shown)


@pytest.mark.parametrize(
    "subject",
    ["[Position] - Locum People Ltd", "[Job] - Acme Care LLP, Leeds", "[Role] - Hays plc"],
)
def test_a_tag_before_a_firms_name_is_a_fill_in(lint, subject):
    """A legal form ends a firm's name, never a job: the role was left out before it."""
    (f,) = lint(_email(subject), config={"select": ["OL403"]})
    assert f.line == 3


def test_a_shouting_run_that_starts_with_a_fill_in_is_the_fill_in(lint):
    found = lint(
        "Pay is INSERT RATE PER HOUR PLUS ENHANCEMENTS.\n", config={"select": ["OL403", "OL703"]}
    )
    assert [f.code for f in found] == ["OL403"]


@pytest.mark.parametrize(
    "subject", ["[Job] - Phlebotomist, Leeds", "[Job] - Cabin Crew, Leeds", "[Job] | ODP, Leeds"]
)
def test_a_job_tag_before_a_dash_is_a_tag_whatever_the_job(lint, subject):
    assert lint(_email(subject), config={"select": ["OL403"]}) == []


@pytest.mark.parametrize(
    "text",
    [
        "You can insert your availability here: https://cal.com/sam-ward/15min.",
        "The post is [Band 5-6], or [Band 6 or 7] depending on experience.",
    ],
)
def test_a_readers_insert_and_a_band_range_are_no_fill_ins(lint, text):
    assert lint(text, config={"select": ["OL403"]}) == []


def test_a_long_shouting_run_after_a_fill_in_is_shouting(lint):
    found = lint("CLIENT NAME IS HIRING NOW AND THE PAY IS HUGE.\n", config={"select": ["OL703"]})
    assert [f.code for f in found] == ["OL703"]


@pytest.mark.parametrize(
    "text", ["In this role you will insert duties here.", "Pay: please insert rate here."]
)
def test_insert_here_is_a_fill_in_after_any_word(lint, text):
    assert [f.code for f in lint(text, config={"select": ["OL403"]})] == ["OL403"]


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        # the writer, or nobody (an instruction), inserts: a fill-in
        ("Pay: please insert rate here.", True),
        ("Just reply with a time, or insert rate here.", True),
        ("I'll insert the job spec link here once the client signs it off.", True),
        # someone else inserts, and "here" ends the sentence: a fill-in all the same
        ("In this role you will insert duties here.", True),
        # someone else inserts, and the sentence goes on: "here" is the workplace
        ("On our vascular access team you'll insert PICC lines here and at the Royal.", False),
        ("As an IR nurse you would insert lines here every day.", False),
        ("Our theatre nurses insert central lines here under supervision.", False),
        ("You'll assess patients and insert cannulas here on days.", False),
    ],
)
def test_who_inserts_here(lint, text, fires):
    assert bool(lint(text, config={"select": ["OL403"]})) == fires


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        # what goes there is the reader's: theirs to do
        ("Please insert your availability here and I'll send a calendar invite.", False),
        ("Simply insert your salary expectations here.", False),
        ("You can insert your CV link here: https://apply.example.com", False),
        ("You can insert your availability here: https://cal.com/sam-ward/15min.", False),
        ("Thanks, please insert your availability here.", False),
        ("Please insert your name here so the ward can expect you.", False),
        # the sender's, though it says "your": a booking link, a name in the sign-off
        ("Happy to chat: grab a slot in my diary, or insert your Calendly link here.", True),
        ("Book a time that suits you, then insert your booking link here.", True),
        ("Best wishes, and insert your name here.", True),
        ("Thanks for reading. Kind regards, insert your full name here", True),
        ("Thanks for reading.\n\nKind regards,\ninsert your name here\n", True),
        # and so is anything else a signature holds, in the sign-off, and a firm's address
        ("Thanks for reading. Kind regards, insert your mobile number here.", True),
        (
            "Thanks for reading.\n\nKind regards,\n\nPlease insert your name and job title here",
            True,
        ),
        ("Insert your company address here.", True),
        # a signature ends at a P.S.: what follows speaks to the reader again
        (
            "I'd love to talk.\n\nThanks,\nTom\n\nP.S. Not interested? Insert your email "
            "address here to unsubscribe: {{ unsubscribe_link }}",
            False,
        ),
        (
            "I'd love to talk.\n\nThanks,\nTom\n\nPS: insert your email address here to hear "
            "of more roles.",
            False,
        ),
        (
            "I'd love to talk.\n\nThanks,\nTom\n\nPS Not interested? Insert your email address "
            "here to unsubscribe.",
            False,
        ),
        (
            "I'd love to talk.\n\nThanks,\nTom\n\nPS if you'd rather not hear from me, insert "
            "your email address here.",
            False,
        ),
        ("I'd love to talk.\n\nThanks,\nInsert your email address here\n", True),
        # (and "PS" before a capital that is no firm's name)
        (
            "We have Band 5 roles in Leeds.\n\nThanks,\nTom\nPS To stop hearing from me, "
            "insert your email address here: {{ unsubscribe_link }}",
            False,
        ),
        (
            "We have Band 5 roles in Leeds.\n\nThanks,\nTom\nPS To stop hearing from Harper "
            "Healthcare insert your email address here: {{ unsubscribe_link }}",
            False,
        ),
        (
            "We have Band 5 roles in Leeds.\n\nThanks,\nTom\nPS To opt out insert your email "
            "address here: {{ unsubscribe_link }} and you'll hear nothing more from Harper "
            "Healthcare",
            False,
        ),
        # (and "PS" with a dash straight after it)
        (
            "We have Band 5 roles in Leeds.\n\nThanks,\nTom\nHarper Healthcare\nPS\u2014to stop "
            "hearing from Harper Healthcare, insert your email address here: {{ unsubscribe }}",
            False,
        ),
        (
            "We have Band 5 roles in Leeds.\n\nThanks,\nTom\nHarper Healthcare\nPS\u2013to stop "
            "hearing from us, insert your email address here: {{ unsubscribe_link }}",
            False,
        ),
        (
            "We have Band 5 roles in Leeds.\n\nThanks,\nTom\nPS Harper Healthcare\nInsert "
            "your email address here",
            True,
        ),
        # ("PS Healthcare Recruitment Ltd" is a firm's name: still the signature)
        (
            "The Band 5 role pays £28k. Could we talk?\n\nThanks,\nTom\nPS Healthcare "
            "Recruitment Ltd\nInsert your phone number here",
            True,
        ),
        # (and so is a "PS" line with no word in lower case: a firm's name, or name and address)
        (
            "The Band 5 role pays £28k. Could we talk?\n\nThanks,\nTom Hadley\nPS Healthcare "
            "Ltd, 12 Park Row, Leeds LS1 5HD\nInsert your mobile number here",
            True,
        ),
        # (or a firm's name in lower case as well, that ends in its legal form)
        (
            "The role pays £13.50 an hour. Could we talk?\n\nKind regards,\nJo Patel\nPS Care "
            "at Home Ltd\nInsert your mobile number here",
            True,
        ),
        (
            "The role pays £13.50 an hour. Could we talk?\n\nKind regards,\nJo Patel\nPS I've "
            "just joined Care at Home Ltd.\nInsert your email address here for more roles.",
            False,
        ),
        # (a P.S. that is a sentence, or dotted, is one, even if it ends in a legal form)
        (
            "The role pays £13.50 an hour. Could we talk?\n\nKind regards,\nJo Patel\nCare at "
            "Home Ltd\nP.S. We're now part of Bluebird Care Ltd\nNot interested? Insert your "
            "email address here to unsubscribe: {{ unsubscribe_link }}",
            False,
        ),
        (
            "The role pays £13.50 an hour. Could we talk?\n\nKind regards,\nJo Patel\nCare at "
            "Home Ltd\nPS I've just joined Bluebird Care Ltd\nNot interested? Insert your "
            "email address here to unsubscribe: {{ unsubscribe_link }}",
            False,
        ),
        (
            "The role pays £13.50 an hour. Could we talk?\n\nKind regards,\nJo Patel\nPS care "
            "at home ltd\nInsert your mobile number here",
            True,
        ),
        # (a name leaves only linking words in lower case: "with", "from", not "now" or "just")
        (
            "The role pays £13.50 an hour. Could we talk?\n\nKind regards,\nJo Patel\nPS Care "
            "with Dignity Ltd\nInsert your mobile number here",
            True,
        ),
        (
            "The role pays £13.50 an hour. Could we talk?\n\nKind regards,\nJo Patel\nPS Care "
            "as Family Ltd\nInsert your mobile number here",
            True,
        ),
        (
            "The role pays £13.50 an hour. Could we talk?\n\nKind regards,\nJo Patel\nPS Care "
            "across Yorkshire Ltd\nInsert your mobile number here",
            True,
        ),
        (
            "The role pays £13.50 an hour. Could we talk?\n\nKind regards,\nJo Patel\nCare at "
            "Home Ltd\nPS I'm now at Bluebird Care Ltd\nNot interested? Insert your email "
            "address here to unsubscribe: {{ unsubscribe_link }}",
            False,
        ),
        (
            "The role pays £13.50 an hour. Could we talk?\n\nKind regards,\nJo Patel\nPS To "
            "opt out insert your email address here: {{ unsubscribe_link }} from Care at Home Ltd",
            False,
        ),
        (
            "The Band 5 role pays £28k. Could we talk?\n\nThanks,\nTom Hadley\nPS Legal\n"
            "Insert your job title here",
            True,
        ),
        (
            "The Band 5 role pays £28k. Could we talk?\n\nThanks,\nTom Hadley\nPS Legal "
            "wants you\nInsert your email address here to hear of more roles",
            False,
        ),
        ("I'd love to talk.\n\nThanks,\nTom\n\nP.S. Insert your company address here.", True),
        # but not the reader's details in a sentence that goes on after "here"
        ("Thanks, please insert your phone number here and I'll call you.", False),
    ],
)
def test_whose_insert_here(lint, text, fires):
    assert bool(lint(text, config={"select": ["OL403"]})) == fires


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("Pay: please insert the hourly rate here.", "insert the hourly rate here"),
        (
            "Pay: please insert the agreed hourly rate for nights here.",
            "insert the agreed hourly rate for nights here",
        ),
        (
            "Location: just insert the name of the care home here.",
            "insert the name of the care home here",
        ),
        ("Start date: please insert start date here", "insert start date here"),
        ("Pay: please INSERT RATE HERE.", "INSERT RATE HERE"),
        # an aside between commas is part of the phrase
        (
            "Pay: insert the hourly rate, plus enhancements, here.",
            "insert the hourly rate, plus enhancements, here",
        ),
        # and so is "and" before a word that is not a field's
        (
            "Hi there, pay: insert hourly rate, plus enhancements and mileage, here.",
            "insert hourly rate, plus enhancements and mileage, here",
        ),
        (
            "I'd love to talk.\n\nKind regards,\nInsert your full name and mobile here",
            "Insert your full name and mobile here",
        ),
    ],
)
def test_insert_here_is_quoted_whole_however_long(lint, text, shown):
    (f,) = lint(text, config={"select": ["OL403"]})
    assert _reports(f.message, shown)


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        # "and" between two fields' names is one phrase
        ("Pay: please insert rate and shift pattern here.", "insert rate and shift pattern here"),
        # a new clause between "insert" and "here": no "insert … here", but a field after it
        ("Insert the rate and we'll talk it through here.", "Insert the rate"),
        ("Insert your full name and we'll talk it through here.", "Insert your full name"),
        ("Pay: insert hourly rate, then call me here.", "insert hourly rate"),
        ("Insert the card and tap here.", None),
        ("Press insert and click here.", None),
        ("Insert the card, then tap here.", None),
        ("Insert the card, here's how.", None),
    ],
)
def test_insert_here_is_one_phrase(lint, text, shown):
    found = lint(text, config={"select": ["OL403"]})
    assert [f.message.split("'")[1] for f in found] == ([shown] if shown else [])


def test_a_signatures_lines_are_each_a_fill_in(lint):
    text = (
        "Thanks for reading.\n\nKind regards,\nInsert your name here\n"
        "Insert your job title here\nInsert your phone number here\n"
    )
    found = lint(text, config={"select": ["OL403"]})
    assert [f.message.split("'")[1] for f in found] == [
        "Insert your name here",
        "Insert your job title here",
        "Insert your phone number here",
    ]


@pytest.mark.parametrize(
    ("subject", "fires"),
    [
        ("[Role] - Ward Sister, Leeds", False),
        ("[Role] - Locum People Ltd", True),
        ("[Job] - Salary, Location", True),
        # a title made of words that also name fields is a title: only a field's name, a
        # kind of value (title, name, date, rate, salary, place, company), is not
        ("[Job] - Site Manager", False),
        ("[Job] Site Manager", False),
        ("[Job] - Site Manager, Leeds", False),
        ("[Job] \u2013 Ward Manager", False),
        ("[Job] - Practice Manager", False),
        ("[Job] - Venue Manager", False),
        ("[Job] - Depot Manager", False),
        ("[Job] - Project Manager", False),
        ("[Job] - Recruiter", False),
        ("[Job] - Area Manager, North West", False),
        ("[Vacancy] - Branch Manager", False),
        ("[Role] - Ward Manager", False),
        ("[Position] \u2013 Practice Manager", False),
        ("[Job] - Company Secretary, London", False),
        # a skeleton: the title's place holds a field's name
        ("[Job] - Job Title, Town", True),
        ("[Job] - Job Title, Location (Hybrid)", True),
        ("[Job] - Job Title in Location", True),
        ("[Job] \u2013 Job Title, Location \u2013 Permanent", True),
        ("[Job] - Role Title at Company Name", True),
        ("[Job] Job Title, Location", True),
        ("[Role] - Client Name", True),
        ("[Job] - Hourly Rate, Start Date", True),
        ("[Role] - Name of role, location", True),
        ("[Job] - Job, Location", True),
        ("[Job] - Specialty, Band", True),
        ("[Vacancy] - Vacancy Title - Location", True),
        ("[Position] - Hiring Manager Name", True),
        # beside titles that start or end with the same words
        ("[Job] - Location Manager", False),
        ("[Job] - Title Examiner", False),
        ("[Job] - Specialty Doctor, Leeds", False),
        ("[Job] - Head of Nursing", False),
        ("[Position] - Hiring Manager", False),
        ("[Vacancy] - Vacancy Coordinator", False),
    ],
)
def test_what_follows_a_tag_and_a_dash(lint, subject, fires):
    assert bool(lint(_email(subject), config={"select": ["OL403"]})) == fires


@pytest.mark.parametrize(
    ("subject", "fires"),
    [
        # '[Role]' and '[Position]' are tags before any title, as '[Job]' is; words firms use
        # (agency, recruitment, solutions, group, direct) are in titles too
        ("[Role] - Recruitment Consultant, Manchester", False),
        ("[Role] \u2013 Agency Nurse, Leeds", False),
        ("[Role] - Solutions Architect, London", False),
        ("[Role] - Group Financial Controller", False),
        ("[Position] - Staffing Coordinator, Leeds", False),
        ("[Role] - Direct Care Worker, Hull", False),
        ("[Role] - Scaffolder, Leeds", False),
        ("[Role] - Phlebotomist, Harrogate", False),
        ("[Role] - Sommelier, Mayfair", False),
        ("[Role] - Plasterer, Bristol", False),
        ("[Role] - Recruitment Resourcer", False),
        # a firm without a legal form reads as a title: the price of the above
        ("[Role] - Acme Health", False),
        # only a legal form at the end of the title's first part makes it a firm's name
        ("[Role] - Locum People Ltd", True),
        ("[Role] - Locum People Ltd, Leeds", True),
        ("[Role] - Staff Nurse, Locum People Ltd", False),
        # a firm is named for its people in the plural; after one job in the singular, "PLC"
        # is the job's kit, a programmable logic controller
        ("[Role] - Hays plc", True),
        ("[Job] - Tesco PLC", True),
        ("[Role] - Smith Solicitors LLP", True),
        ("[Job] - Automation Engineer PLC", False),
        ("[Job] \u2013 Automation Engineer PLC", False),
        ("[Job] - Controls Engineer PLC, Hull", False),
    ],
)
def test_a_role_tag_before_any_title_is_a_tag(lint, subject, fires):
    assert bool(lint(_email(subject), config={"select": ["OL403"]})) == fires


@pytest.mark.parametrize(
    "subject",
    ["[Job] {{ job_title }}", "[Role] - {{ job_title }}, {{ town }}", "[Job] - {{ job_title }}"],
)
def test_a_tag_before_a_placeholder_title_is_a_tag(lint, subject):
    assert lint(_email(subject), config={"select": ["OL403"]}) == []


@pytest.mark.parametrize(("subject", "shown"), [("[Role]", "[Role]"), ("[Job] -", "[Job]")])
def test_a_tag_with_nothing_after_it_is_a_fill_in(lint, subject, shown):
    (f,) = lint(_email(subject), config={"select": ["OL403"]})
    assert _reports(f.message, shown)


def test_a_tag_in_a_yaml_collections_subject(lint):
    text = (
        "templates:\n"
        "  - name: ward-manager\n"
        "    channel: email\n"
        '    subject: "[Role] - Ward Manager"\n'
        "    body: Hi {{ first_name|default('there') }}, the ward manager role suits you?\n"
        "  - name: skeleton\n"
        "    channel: email\n"
        '    subject: "[Job] - Job Title, Location"\n'
        "    body: Hi {{ first_name|default('there') }}, the ward manager role suits you?\n"
    )
    found = lint(text, "t.yaml", config={"select": ["OL403"]})
    assert [(f.line, f.message.split("'")[1]) for f in found] == [(8, "[Job]")]


def test_insert_here_in_a_yaml_collections_body(lint):
    text = (
        "templates:\n"
        "  - name: picc\n"
        "    channel: email\n"
        '    subject: "[Role] - Ward Manager"\n'
        "    body: |\n"
        "      Hi {{ first_name|default('there') }}, your ICU work fits this ward manager role.\n"
        "      On our vascular team you'll insert PICC lines here and at the Royal.\n"
        "      Pay: please insert the hourly rate here.\n"
    )
    found = lint(text, "t.yaml", config={"select": ["OL403"]})
    assert [(f.line, f.message.split("'")[1]) for f in found] == [
        (8, "insert the hourly rate here")
    ]


class _Dialects:
    """A plugin with two placeholder styles, installed and not in 'dialects'."""

    @hookimpl
    def outreach_lint_dialects(self) -> list[Dialect]:
        return [
            Dialect("parens", re.compile(r"\(\(\s*(?P<name>\w+)\s*\)\)")),
            Dialect("double-square", re.compile(r"\[\[\s*(?P<name>\w+)\s*\]\]")),
        ]


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("Hi ((first_name)), your post on {{ topic }} was great. Could we talk?", "((first_name))"),
        ("Hi [[first_name]], your post on {{ topic }} was great. Could we talk?", "[[first_name]]"),
        ("Hi *|FNAME|*, your post on {{ topic }} was great. Could we talk?", "*|FNAME|*"),
    ],
)
def test_a_placeholder_of_an_installed_style_that_is_off_is_ol407s_alone(text, shown):
    found = testing.lint_text(text, config={"select": ["OL403", "OL407"]}, plugins=[_Dialects()])
    assert [(f.code, f.column, f.message.split("'")[1]) for f in found] == [("OL407", 4, shown)]


@pytest.mark.parametrize(
    ("text", "installed", "shown"),
    [
        ("Hi {{ first_name }}, it's with ((client)) in Leeds.", False, "((client))"),
        ("Hi {{ first_name }}, it's with ((Client Name)) in Leeds.", True, "((Client Name))"),
        ("Hi {{ first_name }}, it's with [Company] in ((city)).", True, "[Company]"),
        ("Hi {{ first_name }}, it's with CLIENT NAME in ((city)).", True, "CLIENT NAME"),
    ],
)
def test_fill_ins_no_installed_style_reads_still_fire(text, installed, shown):
    """Without the plugin "((client))" is a fill-in; with it, a fill-in beside one of its
    placeholders, or one its pattern does not read ("((Client Name))"), still is."""
    plugins = [_Dialects()] if installed else []
    found = testing.lint_text(text, config={"select": ["OL403"]}, plugins=plugins)
    assert [f.message.split("'")[1] for f in found] == [shown]


@pytest.mark.parametrize(
    ("text", "action"),
    [
        pytest.param("Hi [First Name], hello", "write it as {{ first_name }} (or", id="name"),
        pytest.param("I saw [Current Company]'s news.", "{{ current_company }} (or", id="org"),
        pytest.param(
            "Based in [Location].", "{{ location }}, or type in what it stands for", id="other"
        ),
        pytest.param(
            "Thanks,\n[Your Name]", "{{ your_name }}, or type in what it stands for", id="yours"
        ),
        pytest.param("Join us at [insert company] today", "{{ company }} (or", id="insert"),
        pytest.param("Hello <<first name>>, hello", "{{ first_name }} (or", id="angle"),
    ],
)
def test_a_bracket_fill_in_says_what_placeholder_to_write(lint, text, action):
    (f,) = lint(text, config={"select": ["OL403"]})
    assert action in f.message


def test_a_bracket_fill_in_says_how_the_bracket_style_is_turned_on(lint):
    (f,) = lint("Hi [First Name], hello", config={"select": ["OL403"]})
    assert f.message == (
        "'[First Name]' would be sent exactly as typed: write it as {{ first_name }} (or, if "
        "your sending tool fills in [square brackets], ask whoever set up outreach-lint to set "
        "'dialects' to [jinja, bracket] in .outreach-lint.yaml)"
    )
    config = {"select": ["OL403"], "dialects": ["mailchimp", "jinja"]}
    (f,) = lint("Hi [First Name], hello", config=config)
    assert f.message.startswith(
        "'[First Name]' would be sent exactly as typed: write it as *|FNAME|* (or, "
    )
    assert f.message.endswith("to add 'bracket' to the 'dialects' setting in .outreach-lint.yaml)")


@pytest.mark.parametrize(
    ("variables", "fill_in", "written"),
    [
        ("[firstName]", "[First Name]", "{{ firstName }}"),
        ("[company]", "[Company Name]", "{{ company }}"),
        ("[first, company]", "[First Name]", "{{ first_name }}"),
        ("[First Name, Company]", "[First Name]", "{{ first_name }}"),
    ],
)
def test_a_declared_variable_is_written_as_declared(lint, variables, fill_in, written):
    text = f"---\nchannel: email\nvariables: {variables}\n---\nHi {fill_in}, hello\n"
    (f,) = lint(text, config={"select": ["OL403"]})
    assert f"write it as {written} (or" in f.message


def test_each_fill_in_is_one_finding_and_other_fill_ins_keep_their_words(lint):
    found = lint("Hi [First Name], [First Name] again. TODO: pay.", config={"select": ["OL403"]})
    assert [f.column for f in found] == [4, 18, 38]
    assert found[2].message == (
        "'TODO' would be sent exactly as typed: type in what it stands for, or make it a "
        "placeholder"
    )


def test_the_setup_step_for_brackets_is_said_once_per_template(lint):
    """Nine fill-ins in one e-mail need the advice to turn brackets on once, not nine times."""
    found = lint(
        "Hi [First Name], [Company] is hiring in [Location]. TODO: pay.",
        config={"select": ["OL403"]},
    )
    assert [f.snippet for f in found] == ["[First Name]", "[Company]", "[Location]", "TODO"]
    setup = "if your sending tool fills in [square brackets]"
    assert [setup in f.message for f in found] == [True, False, False, False]
    assert (
        found[1].message == "'[Company]' would be sent exactly as typed: write it as {{ company }}"
    )
    # another template gets it again
    (again,) = lint("Dear [First Name], thanks.", config={"select": ["OL403"]})
    assert setup in again.message
