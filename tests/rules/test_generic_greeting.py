from __future__ import annotations

import pytest

CODE = "OL103"

FIRE = [
    pytest.param("Hola Candidato,\n\nTenemos una vacante.", "Hola Candidato", id="spanish"),
    pytest.param("Hallo zusammen,\n\nwir suchen.", "Hallo zusammen", id="german-all"),
    pytest.param("Hola a todos,\n\nbuscamos.", "Hola a todos", id="spanish-to-all"),
    pytest.param("Bonjour à tous,\n\nnous cherchons.", "Bonjour à tous", id="french-to-all"),
    pytest.param("Liebe Damen und Herren,\n\nwir suchen.", "Liebe Damen und Herren", id="de"),
    pytest.param("Estimado Señor,\n\nbuscamos.", "Estimado Señor", id="spanish-sir"),
    pytest.param("Dear Doctor,\n\nWe need locums.", "Dear Doctor", id="doctor"),
    pytest.param("Dear Dr,\n\nWe need locums.", "Dear Dr", id="dr-alone"),
    pytest.param("Hello GP,\n\nWe need locums.", "Hello GP", id="gp"),
    pytest.param("Dear Locum,\n\nShifts in Leeds.", "Dear Locum", id="locum"),
    pytest.param(
        "Dear Candidate,\n\nWe have HGV Class 1 shifts in Derby.", "Dear Candidate", id="candidate"
    ),
    pytest.param("Dear Applicant,\nThanks for your interest.", "Dear Applicant", id="applicant"),
    pytest.param(
        "Hi there,\n\nI’m Sam, a recruiter at Northbeam.", "Hi there", id="hi-there-curly"
    ),
    pytest.param(
        "Hello Sir/Madam,\n\nWe supply chefs to hotels.", "Hello Sir/Madam", id="sir-madam"
    ),
    pytest.param(
        "Dear Sir or Madam,\nPlease find our brochure.", "Dear Sir or Madam", id="sir-or-madam"
    ),
    pytest.param(
        "To whom it may\nconcern,\n\nMy name is Anthony.",
        "To whom it may\nconcern",
        id="whom-line-break",
    ),
    pytest.param(
        "Dear Professional,\n\nWe are recruiting.", "Dear Professional", id="professional"
    ),
    pytest.param("Greetings! I’m a life sciences recruiter.", "Greetings", id="greetings"),
    pytest.param("Hi all,\n\nWe have care shifts this weekend.", "Hi all", id="hi-all"),
    pytest.param("Hello everyone!\nNew roles this week.", "Hello everyone", id="everyone"),
    pytest.param("Hey friend, quick one about a role.", "Hey friend", id="friend"),
    pytest.param("Hi,\nI'm hiring a Staff Data Engineer at Quillmark.", "Hi", id="bare-hi"),
    pytest.param("Hello,\n\nWe're looking for JIB electricians.", "Hello", id="bare-hello"),
    pytest.param(
        "Dear Valued Candidate,\nThank you.", "Dear Valued Candidate", id="valued-candidate"
    ),
    pytest.param("Hi there 👋 hope your week is going well!", "Hi there", id="emoji"),
    pytest.param("Respected Sir,\nI am a recruiter.", "Respected Sir", id="respected-sir"),
    pytest.param("Dear Teacher,\nWe place teachers.", "Dear Teacher", id="dear-teacher"),
    pytest.param("Morning all,\nNew shifts this week.", "Morning all", id="morning-all"),
    pytest.param("Dear Driver,\nWe have Class 2 shifts.", "Dear Driver", id="dear-driver"),
    pytest.param("Hello Chef,\nWe have a head chef role.", "Hello Chef", id="hello-chef"),
    pytest.param("Hi Cleaners,\nNew contracts in Leeds.", "Hi Cleaners", id="hi-cleaners"),
    pytest.param(
        "Dear Sir Or Madam,\nWe supply chefs.", "Dear Sir Or Madam", id="sir-or-madam-capitals"
    ),
    pytest.param("Dear Doctor or Nurse,\nWe need locums.", "Dear Doctor or Nurse", id="dr-or"),
    pytest.param("Dear Dr Colleague,\nWe need locums.", "Dear Dr Colleague", id="dr-colleague"),
    pytest.param(
        "Dear Doctor Candidate,\nWe need locums.", "Dear Doctor Candidate", id="doctor-candidate"
    ),
    pytest.param("Dear Sir Madame,\nWe need locums.", "Dear Sir Madame", id="sir-madame"),
]

NO_FIRE = [
    pytest.param("Dear Dr. Smith,\n\nWe need locums in Leeds.", id="title-and-name"),
    pytest.param("Dear Dr {{ last_name }},\n\nWe need locums.", id="title-and-placeholder"),
    pytest.param("Hola Ana,\n\nte escribo por tu charla.", id="another-language-with-a-name"),
    pytest.param("Evening shifts start at 6 at our Leeds depot.", id="evening-is-no-greeting"),
    pytest.param("Morning Sam,\nGood to meet you at the fair.", id="morning-literal-name"),
    pytest.param(
        "Hi {{ first_name|default('there') }},\n\nYour talk stood out.", id="there-fallback"
    ),
    pytest.param(
        "{% if first_name %}Hi {{ first_name }},{% else %}Hello,{% endif %}\n\nI'm Jo.",
        id="conditional",
    ),
    pytest.param(
        "{% if not first_name %}Hi there,{% else %}Hi {{ first_name }},{% endif %}\nI'm Jo.",
        id="conditional-generic-first",
    ),
    pytest.param("Hi Sarah,\n\nI watched your talk on deprescribing.", id="literal-name"),
    pytest.param("Hi, {{ first_name }}!\nI'm hiring a Sous Chef.", id="comma-then-name"),
    pytest.param("Hello, Marcus.\nGood to meet you at the awards.", id="comma-then-literal"),
    pytest.param("Dear Dr {{ last_name }},\n\nI'm writing about a consultant post.", id="title"),
    pytest.param("Hello again {{ first_name }},\nFollowing up on the role.", id="again-name"),
    pytest.param("Greetings from Leeds, {{ first_name }}!", id="greetings-from"),
    pytest.param("Quick question about your Kafka talk, {{ first_name }}.", id="no-greeting"),
    pytest.param("Hi {{ first_name }},\n\nSay hi there to the team for me.", id="later-line"),
    pytest.param("Hi [First Name],\nI saw your talk.", id="fill-in-left-to-OL403"),
    pytest.param("Dear Mr Driver,\nThanks for your reply.", id="a-surname-after-a-title"),
    pytest.param("Hi Chef Marco,\nLoved the tasting menu.", id="chef-and-a-name"),
    pytest.param("Dear Dr Cook,\nThanks for your reply.", id="dr-without-a-full-stop"),
    pytest.param("Dear Dr Driver,\nThanks for your reply.", id="dr-and-a-job-surname"),
    pytest.param("Dear Doctor Cook,\nThanks for your reply.", id="doctor-and-a-surname"),
    pytest.param("Dear Prof Cook,\nThanks for your reply.", id="prof"),
    pytest.param("Dear Mx Driver,\nThanks for your reply.", id="mx"),
    pytest.param("Dear Rev Cook,\nThanks for your reply.", id="rev"),
    pytest.param("Dear Sr Cook,\nThanks for your reply.", id="sr"),
    pytest.param("Dear Sir Paul Nurse,\nThanks for your reply.", id="sir-and-a-name"),
    pytest.param("Dear Dr Pan,\nThanks for your reply.", id="dr-and-a-generic-word-surname"),
]


@pytest.mark.parametrize(("text", "flagged"), FIRE)
def test_fires(lint, text, flagged):
    findings = lint(text, config={"select": [CODE]})
    assert [f.code for f in findings] == [CODE]
    assert findings[0].snippet == flagged


@pytest.mark.parametrize("text", NO_FIRE)
def test_does_not_fire(lint, text):
    assert lint(text, config={"select": [CODE]}) == []


def test_blank_body_is_left_to_empty_message(lint):
    assert lint("---\nchannel: email\n---\n\n", config={"select": [CODE]}) == []


def test_position_after_front_matter(lint):
    text = """\
        ---
        channel: email
        subject: Care shifts this weekend
        ---
        Dear Candidate,

        We have shifts at Oakleigh House. Reply if you can cover.
        """
    (finding,) = lint(text, config={"select": [CODE]})
    assert (finding.line, finding.column, finding.end_line, finding.end_column) == (5, 1, 5, 15)
    assert "could be sent to anyone" in finding.message


def test_position_in_yaml_collection(lint):
    text = """\
        templates:
          - name: care-shifts
            channel: email
            subject: Care shifts
            body: |
              Hi there,

              We have shifts this weekend. Reply if you can cover.
        """
    (finding,) = lint(text, path="sequence.yaml", config={"select": [CODE]})
    assert (finding.line, finding.column, finding.end_column) == (6, 7, 15)
    assert finding.template == "care-shifts"


@pytest.mark.parametrize("name", ["Pal", "Pani", "Pan"])
def test_a_surname_that_is_a_word_elsewhere_is_a_surname(lint, name):
    text = f"Dear Dr {name},\n\nYour post on the night rota was spot on. Could we talk?\n"
    assert lint(text, config={"select": ["OL103"]}) == []


def test_generic_words_after_a_title_are_generic(lint):
    text = "Dear Dr Future Colleague,\n\nI have a charge nurse role at St James's. Could we talk?\n"
    assert [f.code for f in lint(text, config={"select": ["OL103"]})] == ["OL103"]


@pytest.mark.parametrize(
    "greeting", ["Dear Dr Future Colleague", "Dear Mr Hiring Manager", "Dear Ms Valued Candidate"]
)
def test_a_generic_titled_greeting_is_no_hand_written_name(lint, greeting):
    """Such a greeting does not make the template a message to one person (OL101 still asks
    for something about the recipient)."""
    text = f"{greeting},\n\nI have a charge nurse role on nights at St James's. Could we talk?\n"
    assert [f.code for f in lint(text, config={"select": ["OL101"]})] == ["OL101"]


@pytest.mark.parametrize("greeting", ["Dear Dr A Patel", "Dear Ms E Okafor", "Dear Mr New"])
def test_initials_and_short_surnames_after_a_title_are_a_name(lint, greeting):
    text = f"{greeting},\n\nI have a charge nurse role on nights at St James's. Could we talk?\n"
    assert lint(text, config={"select": ["OL101", "OL103"]}) == []


@pytest.mark.parametrize("greeting", ["Dear Mr Jobseeker", "Dear Sir Gents"])
def test_generic_words_of_the_greeting_list_after_a_title(lint, greeting):
    text = f"{greeting},\n\nI have a charge nurse role on nights at St James's. Could we talk?\n"
    assert "OL101" in {f.code for f in lint(text, config={"select": ["OL101", "OL103"]})}


# After a title, a capitalised word is a surname, also a word that greets anyone elsewhere
# ("Herren", "Amigo", "Mates", "Job"), unless it is a recruiting or role noun standing in for the
# name ("Colleague", "Jobseeker", "Hiring Manager"): both sides, next to each other.
TITLE_AND_STAND_IN = [
    pytest.param("Dear Mr Jobseeker", "Dear Mr Jobseeker", id="mr-jobseeker"),
    pytest.param("Dear Mrs Candidate", "Dear Mrs Candidate", id="mrs-candidate"),
    pytest.param("Dear Mr Hiring Manager", "Dear Mr Hiring Manager", id="mr-hiring-manager"),
    pytest.param("Dear Mr/Ms Candidate", "Dear Mr/Ms Candidate", id="mr-or-ms-candidate"),
    pytest.param("DEAR MR JOBSEEKER", "DEAR MR JOBSEEKER", id="capitals"),
    pytest.param("Dear Mr Job Seeker", "Dear Mr Job Seeker", id="job-seeker"),
    pytest.param("Dear Dr. Colleague", "Dear Dr. Colleague", id="dr-full-stop-colleague"),
    pytest.param("Dear Sir Gents", "Dear Sir Gents", id="sir-gents"),
    pytest.param("Dear Dr Colleague", "Dear Dr Colleague", id="dr-colleague"),
    pytest.param("Dear Dr Future Colleague", "Dear Dr Future Colleague", id="future-colleague"),
]
TITLE_AND_SURNAME = [
    "Dear Mr Herren",
    "Dear Dr Herren",
    "Dear Mr Mates",
    "Dear Ms Damen",
    "Dear Ms Dames",
    "Dear Mrs Job",
    "Dear Doctor Job",
    "Dear Dr Amigo",
    "Dear Dr Pal",
    "Dear Dr Cook",
    "Dear Mr New",
    "Dear Dr A Patel",
    "Dear Dr. Patel",
    "Dear Dr. Herren",
    "Dear Dr. A. Patel",
    "Dear Dr O'Brien",
    "Dear Dr de Souza",
    "Dear Mr van der Berg",
    "Dear Mr and Mrs Patel",
    "Dear Dr Smith and team",
    "Dear Ms Patel and the hiring team",
    "Dear Dr Patel & team",
]


@pytest.mark.parametrize(("greeting", "flagged"), TITLE_AND_STAND_IN)
def test_a_title_before_a_stand_in_for_a_name_is_generic(lint, greeting, flagged):
    text = f"{greeting},\n\nI have a charge nurse role on nights at St James's. Could we talk?\n"
    findings = lint(text, config={"select": [CODE]})
    assert [(f.code, f.snippet) for f in findings] == [(CODE, flagged)]


@pytest.mark.parametrize("greeting", TITLE_AND_SURNAME)
def test_the_word_after_a_title_is_otherwise_a_surname(lint, greeting):
    text = f"{greeting},\n\nI have a charge nurse role on nights at St James's. Could we talk?\n"
    assert lint(text, config={"select": ["OL101", CODE]}) == []


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # a full stop after the title and a sentence, not a name: no name at all
        pytest.param("Dear Dr. We need locums in Leeds.", "Dear Dr", id="a-sentence"),
        pytest.param("Dear Dr.,\nWe need locums in Leeds.", "Dear Dr", id="title-alone"),
        # a pronoun or a verb after the title, with or without its full stop, starts a sentence
        pytest.param("Dear Dr We need locums in Leeds.", "Dear Dr", id="pronoun-no-stop"),
        pytest.param("Dear Dr. I hope you're well.", "Dear Dr", id="i-hope"),
        pytest.param("Dear Dr Hope you're well.", "Dear Dr", id="verb"),
        pytest.param("Dear Dr. I'm Sam from Northbeam.", "Dear Dr", id="contraction"),
        pytest.param("Dear Dr. Great to meet you.", "Dear Dr", id="lower-case-after"),
    ],
)
def test_a_title_with_a_full_stop_and_no_name(lint, text, flagged):
    findings = lint(text, config={"select": [CODE]})
    assert [(f.code, f.snippet) for f in findings] == [(CODE, flagged)]


@pytest.mark.parametrize(
    "text",
    [
        # a capitalised word after the title is a surname, also when a sentence follows it
        # with no stop, and a pronoun or a verb is one when nothing but "and ..." follows it
        pytest.param("Dear Dr. Smith hope all is well.", id="full-stop-name-sentence"),
        pytest.param("Dear Dr. Smith I hope you're well.", id="full-stop-name-i-hope"),
        pytest.param("Dear Mr Evans I hope you're well.", id="name-i-hope"),
        pytest.param("Dear Dr Smith and team,", id="name-and-team"),
        pytest.param("Dear Mrs Hope,", id="a-verb-as-a-surname"),
        pytest.param("Dear Dr. Hope,", id="a-verb-as-a-surname-full-stop"),
        pytest.param("Dear Dr You and team,", id="a-pronoun-as-a-surname"),
        pytest.param("Dear Dr I Patel,", id="an-initial-i"),
    ],
)
def test_a_surname_then_a_sentence_is_a_name(lint, text):
    body = "\nI have a charge nurse role on nights at St James's. Could we talk?\n"
    assert lint(text + body, config={"select": ["OL101", CODE]}) == []


# The job as the whole addressee, with no name, greets anyone: a job noun (as job titles are
# read elsewhere, or an ending no name has: "-ician", "-ologist", "-ographer"), after at most
# two words that make it a job title (a grade, the place or field of the work). Both sides, next
# to each other: after a title the word is a surname, a first name before a job noun is a name,
# and a first name with a job's ending is a name.
JOB_AS_NAME = [
    pytest.param("Dear Paralegal", id="paralegal"),
    pytest.param("Dear Auditor", id="auditor"),
    pytest.param("Dear Social Worker", id="social-worker"),
    pytest.param("Hi Designer", id="designer"),
    pytest.param("Dear Clinician", id="clinician"),
    pytest.param("Hello Store Manager", id="store-manager"),
    pytest.param("Dear Researcher", id="researcher"),
    pytest.param("Dear Senior Social Worker", id="grade-and-compound"),
    pytest.param("Dear Area Sales Manager", id="two-qualifiers"),
    pytest.param("Hello Kitchen Porter", id="kitchen-porter"),
    pytest.param("Dear Radiographers", id="ending-plural"),
    pytest.param("Dear Doctors and Nurses", id="jobs-joined"),
    pytest.param("Dear Fellow Accountant", id="flattery-and-a-job"),
    pytest.param("Dear Solicitor", id="solicitor"),
    pytest.param("Hello Driver", id="driver"),
]
A_NAME_NOT_A_JOB = [
    pytest.param("Dear Mr Baker", id="title-and-a-job-surname"),
    pytest.param("Dear Dr Carter", id="dr-and-a-surname"),
    pytest.param("Dear Sarah Cook", id="first-name-and-a-job-surname"),
    pytest.param("Hi Tom Baker", id="full-name-with-a-trade-surname"),
    pytest.param("Hi Porter", id="a-first-name-that-is-a-job"),
    pytest.param("Hi Peter", id="er-ending-name"),
    pytest.param("Hi Connor", id="or-ending-name"),
    pytest.param("Hi Christian", id="ian-ending-name"),
    pytest.param("Hi Grant", id="ant-ending-name"),
    pytest.param("Hi Bilal", id="al-ending-name"),
    pytest.param("Dear Recruitment Team", id="a-team"),
    pytest.param("Hi Chef Marco", id="a-job-and-a-name"),
]


@pytest.mark.parametrize("greeting", JOB_AS_NAME)
def test_the_job_as_the_name_is_generic(lint, greeting):
    text = f"{greeting},\n\nI have a charge nurse role on nights at St James's. Could we talk?\n"
    findings = lint(text, config={"select": [CODE]})
    assert [(f.code, f.snippet) for f in findings] == [(CODE, greeting)]


@pytest.mark.parametrize("greeting", A_NAME_NOT_A_JOB)
def test_a_name_that_looks_like_a_job_is_a_name(lint, greeting):
    text = f"{greeting},\n\nI have a charge nurse role on nights at St James's. Could we talk?\n"
    assert lint(text, config={"select": [CODE]}) == []
