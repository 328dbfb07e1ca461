from __future__ import annotations

import pytest

FIRE = [
    pytest.param("Hello, we are hiring a Data Engineer. Interested?", id="no-placeholders"),
    pytest.param("Hi, we're hiring a {{ role }} at {{ our_company }}.", id="job-and-sender-only"),
    pytest.param("Hey! Book a slot: {{ calendar_link }}\n{{ recruiter_name }}", id="sender-only"),
    pytest.param("Dear Candidate, an opening: {{ job_title }}, {{ salary_range }}.", id="job-only"),
    pytest.param("Hi there,\nwe have roles in {{ location }}.", id="unknown-kind"),
    pytest.param("Hello {{ sender.first_name }} here from Acme.", id="sender-name"),
    # capitalised like a name, but words that fit anyone: not a message written to one person
    pytest.param("Hello Valued Candidate,\nwe have a Data Engineer role.", id="valued-candidate"),
    pytest.param("Hi Recruiters, we're hiring in Leeds.", id="recruiters"),
    pytest.param("Dear Future Colleague, we're hiring.", id="future-colleague"),
    pytest.param("Dear Driver, we have Class 2 shifts.", id="the-job-as-a-name"),
    pytest.param("Dear Paralegal, we have a role in Leeds.", id="a-job-as-a-name"),
    pytest.param("Hello Store Manager, we have a role in Leeds.", id="a-job-title-as-a-name"),
    pytest.param("Dear Dr Colleague, we have locum shifts.", id="a-generic-word-after-a-title"),
]
NO_FIRE = [
    pytest.param("Hi {{ first_name }}, quick question about our data role.", id="name"),
    pytest.param("Congrats on the launch at {{ company }}!", id="org"),
    pytest.param("Loved your post on {{ post_topic }}.", id="profile"),
    pytest.param("{{ mutual_connection }} suggested I write.", id="mutual"),
    pytest.param("Hi Sarah, I loved your talk at PyCon on typing.", id="hand-written-message"),
    pytest.param("Dear Dr Okafor, I read your paper on sepsis.", id="hand-written-title"),
    pytest.param("Dear Mr Driver, thanks for your reply.", id="a-surname-after-a-title"),
    pytest.param("Dear Sarah Cook, thanks for your reply.", id="a-job-surname-after-a-name"),
    pytest.param("Hello, I hear your {{ theatre }} team is short of cover.", id="other-after-your"),
    pytest.param("Hi *|FNAME|*, hello.", id="mailchimp-name"),
    pytest.param("   \n", id="blank-is-ol503"),
]


@pytest.mark.parametrize("text", FIRE)
def test_fires(lint, text):
    cfg = {"select": ["OL101"], "dialects": ["jinja", "mailchimp"]}
    assert [f.code for f in lint(text, config=cfg)] == ["OL101"]


@pytest.mark.parametrize("text", NO_FIRE)
def test_does_not_fire(lint, text):
    cfg = {"select": ["OL101"], "dialects": ["jinja", "mailchimp"]}
    assert lint(text, config=cfg) == []


def test_points_at_first_line_of_the_body(lint):
    (f,) = lint(
        "---\nchannel: email\n---\n\n  Hello, we are hiring.\n", config={"select": ["OL101"]}
    )
    assert (f.line, f.column) == (5, 3)


BODY = "\n\nI have a charge nurse role on nights at St James's. Could we talk on Thursday?\n"


@pytest.mark.parametrize(
    "greeting",
    [
        # a name by hand, with others or more words after it
        "Dear Dr Smith and team,",
        "Dear Ms Patel and the hiring team,",
        "Hello Dr Khan and colleagues,",
        "Dear Dr Patel & team,",
        "Hi Ms Lee and team!",
        "Dear Dr Ng and the ward team,",
        "Dear Dr Smith hope all is well.",
        "Hello Mr Obi hope the team are well.",
        "Dear Mr and Mrs Patel,",
        # a surname that is a greeting word elsewhere
        "Dear Mr Herren,",
        "Dear Mrs Job,",
        "Dear Dr Amigo,",
        "Dear Mr Mates,",
        "Dear Mr New,",
        "Dear Dr Pal,",
        # the title's full stop, an apostrophe
        "Dear Dr. Patel,",
        "Dear Dr. A. Patel,",
        "Dear Mr. and Mrs. Patel,",
        "Dear Dr O'Brien,",
        "Dear Mr. Johnson,",
        # a surname with a particle in lower case
        "Dear Dr de Souza,",
        "Dear Mr van der Berg,",
        "Dear Ms le Roux,",
        "Dear Mr bin Hassan,",
        "Dear Dr al Rashid,",
        "Dear Dr d’Souza,",
        # a surname, then a sentence with no stop; a pronoun or a verb alone is a surname
        "Dear Mr Evans I hope you're well.",
        "Dear Dr. Smith hope all is well.",
        "Dear Dr. Smith I hope you're well.",
        "Dear Mrs Hope,",
        "Dear Dr You and team,",
        "Dear Dr I Patel,",
    ],
)
def test_a_title_and_a_surname_written_by_hand(lint, greeting):
    assert lint(greeting + BODY, config={"select": ["OL101"]}) == []


@pytest.mark.parametrize(
    "greeting",
    [
        # a stand-in for the name after the title, or no name after it
        "Dear Mr Jobseeker,",
        "Dear Mrs Candidate,",
        "Dear Mr/Ms Candidate,",
        "Dear Mr Hiring Manager,",
        "Dear Dr Colleague,",
        "Dear Sir or Madam,",
        "Dear Mr,",
        "Dear Dr. We need locums in Leeds.",
        # a pronoun or a verb after the title starts a sentence: the name is missing
        "Dear Ms We need locums.",
        "Dear Mr I hope you're well.",
        "Dear Mr I'm Sam from Northbeam.",
        "Dear Ms. Our team needs locums.",
        "Dear Dr Hope you're well.",
    ],
)
def test_a_title_without_a_name(lint, greeting):
    assert [f.code for f in lint(greeting + BODY, config={"select": ["OL101"]})] == ["OL101"]


FRENCH = (
    "---\nchannel: linkedin_inmail\nsubject: Développeur backend à Lyon\n---\n"
    "Bonjour {{ prenom|default('') }},\n\nJ'ai lu votre article sur {{ projet }} : une scale-up "
    "lyonnaise recrute un développeur backend senior. Seriez-vous disponible cette semaine ?\n"
)


def test_names_it_does_not_know_are_named_with_the_setting_that_tells_it(lint):
    """Placeholders in another language say nothing the taxonomy knows: the finding names them
    and the setting, and the setting it suggests silences it."""
    (finding,) = lint(FRENCH, config={"select": ["OL101"]})
    assert "({{ prenom|default('') }} and {{ projet }} don't say what they hold)" in (
        finding.message
    )
    assert "placeholder-kinds: {KIND: [prenom]}, KIND being name, org or profile" in (
        finding.message
    )
    told = {"select": ["OL101"], "placeholder-kinds": {"name": ["prenom"], "profile": ["projet"]}}
    assert lint(FRENCH, config=told) == []


def test_without_names_it_does_not_know_the_setting_is_not_suggested(lint):
    (finding,) = lint("Hello, we're hiring a {{ role }} in Leeds.", config={"select": ["OL101"]})
    assert finding.message.startswith("nothing in this template is about the recipient: add")
    assert "placeholder-kinds" not in finding.message


def test_merge_tags_mailchimp_fills_in_itself_are_not_named(lint):
    """*|UNSUB|* and *|LIST:ADDRESS|* say what they hold: Mailchimp's own links and address."""
    config = {"select": ["OL101"], "dialects": ["mailchimp"]}
    text = "Hello, we're hiring in Leeds.\n\nUnsubscribe: *|UNSUB|*\n*|LIST:ADDRESS|*\n"
    (finding,) = lint(text, config=config)
    assert finding.message.startswith("nothing in this template is about the recipient: add")
    assert "placeholder-kinds" not in finding.message
    # a merge tag of the list's own is still named
    (finding,) = lint(text.replace("in Leeds", "in *|TOWN|*"), config=config)
    assert "(*|TOWN|* doesn't say what it holds)" in finding.message
    assert "UNSUB" not in finding.message


def test_a_variable_an_ampscript_block_sets_is_not_about_the_recipient(lint):
    config = {"select": ["OL101"], "dialects": ["percent"]}
    text = (
        '%%[ IF NOT EMPTY(FirstName) THEN SET @greeting = Concat("Hi ", FirstName) ELSE '
        'SET @greeting = "Hi there" ENDIF ]%%\n%%=v(@greeting)=%%,\n\nWe are hiring in Leeds.\n'
    )
    (finding,) = lint(text, config=config)
    assert finding.message.startswith("nothing in this template is about the recipient: add")
    assert "placeholder-kinds" not in finding.message
    assert lint(text.replace("in Leeds", "near %%=ProperCase(Employer)=%%"), config=config) == []


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        # an answer to their own application, or a note about their own process
        (
            "Dear Candidate,\n\nThank you for applying for the Dental Nurse role at Parkside "
            "Dental. This is to confirm your interview on Tuesday at {{ interview_address }}.",
            False,
        ),
        (
            "Hi there,\n\nAs discussed on our call on Tuesday, I've attached your offer letter for "
            "the Staff Nurse post. Could you sign and return it by Friday?",
            False,
        ),
        (
            "Dear Candidate,\n\nYour interview for the Staff Nurse role is confirmed for Tuesday "
            "at 10am. Could you reply to confirm?",
            False,
        ),
        # a cold pitch in their words
        (
            "Hi there,\n\nAs discussed, we are recruiting Site Managers in Leeds. Keen?",
            True,
        ),
        (
            "Dear Candidate,\n\nWe're hiring Site Engineers in Leeds. Apply at the link below. "
            "Thanks for applying!",
            True,
        ),
        (
            "Dear Candidate,\n\nThanks for applying for our newsletter. We have 40 Site Engineer "
            "roles in Leeds. Keen?",
            True,
        ),
        (
            "Hi there,\n\nYour offer letter could be days away! We're hiring Site Managers in "
            "Leeds. Keen?",
            True,
        ),
    ],
)
def test_a_note_about_their_own_application_is_about_them(lint, text, fires):
    found = lint(text, config={"select": ["OL101"]})
    assert [f.code for f in found] == (["OL101"] if fires else [])


SLIP = (
    "---\nchannel: email\nsubject: Quick question\nvariables: [first_name, company]\n---\n"
    "Hi there, I saw that {{ compnay }} is growing fast. Could we talk on Thursday?\n"
)


def test_a_slip_for_a_declared_name_of_theirs_is_to_be_fixed_not_added_or_named(lint):
    """ "Add a placeholder for their company" would give a second one; placeholder-kinds would
    register the typo."""
    (f,) = lint(SLIP, config={"select": ["OL101"]})
    assert f.message == (
        "nothing in this template is about the recipient as written: {{ compnay }} on line 6 "
        "would count once written as {{ company }} (see OL401)"
    )


def test_a_slip_for_their_name_alone_still_asks_for_something_specific(lint):
    text = SLIP.replace("{{ compnay }}", "your firm").replace("Hi there", "Hi {{ frist_name }}")
    (f,) = lint(text, config={"select": ["OL101"]})
    assert f.message.startswith(
        "nothing in this template is about the recipient as written: {{ frist_name }} on line 6 "
        "would count once written as {{ first_name }} (see OL401), but a name alone is not "
        "personalisation: add a placeholder for something specific to them too"
    )


def test_a_slip_for_a_name_of_the_senders_still_fires_as_before(lint):
    text = SLIP.replace("variables: [first_name, company]", "variables: [recruiter_name]")
    text = text.replace("{{ compnay }}", "your firm") + "{{ recruiter_nme }}\n"
    (f,) = lint(text, config={"select": ["OL101"]})
    assert f.message.startswith("nothing in this template is about the recipient: add")
    assert "placeholder-kinds" not in f.message


@pytest.mark.parametrize(
    ("text", "said"),
    [
        pytest.param(
            "Subject: Forklift Driver roles\nHi %FIRSTNAME%,\n\nYour forklift work at "
            "%CURRENTCOMPANY% is why I'm writing. Could I call you Tuesday?\n",
            "%FIRSTNAME% on line 2 would count once written as {{ first_name }}, and "
            "%CURRENTCOMPANY% on line 4 as {{ current_company }} (see OL407)",
            id="percent",
        ),
        pytest.param(
            "Hi *|FNAME|*,\n\nYour work leading *|CURRENT_HOME|* stood out. Could we talk?\n",
            "*|FNAME|* on line 1 would count once written as {{ first_name }}, and "
            "*|CURRENT_HOME|* on line 3 as {{ current_home }} (see OL407)",
            id="mailchimp",
        ),
        pytest.param(
            "Hi *|FNAME:there|*,\n\nYour work leading *|CURRENT_HOME|* stood out. Could we talk?\n",
            "*|FNAME:there|* on line 1 would count once written as {{ first_name }}, and "
            "*|CURRENT_HOME|* on line 3 as {{ current_home }} (see OL407)",
            id="mailchimp-fallback",
        ),
        pytest.param(
            "Hi [First Name], I saw your work at [Company]. Could we talk?\n[Your Name]\n",
            "[First Name] on line 1 would count once written as {{ first_name }}, and [Company] "
            "on line 1 as {{ company }} (see OL403)",
            id="fill-in",
        ),
        pytest.param(
            "---\nvariables: [first_name, company]\n---\nHi {first_name}, {company} keeps "
            "coming up. Could we talk?\n",
            "{first_name} on line 4 would count once written as {{ first_name }}, and {company} "
            "on line 4 as {{ company }} (see OL402)",
            id="brace",
        ),
    ],
)
def test_a_placeholder_of_theirs_in_a_style_that_is_off_is_to_be_rewritten(lint, text, said):
    """As typed, the message is sent with the text, so it still fires; but "add a placeholder
    for their company" would give the message the company twice."""
    (f,) = lint(
        text, path="t.md" if text.startswith("---") else "t.txt", config={"select": ["OL101"]}
    )
    assert f.message == f"nothing in this template is about the recipient as written: {said}"


def test_only_their_name_in_a_style_that_is_off_still_asks_for_something_specific(lint):
    (f,) = lint(
        "Hi %FIRSTNAME%, we're hiring drivers. Call me?\n",
        path="t.txt",
        config={"select": ["OL101"]},
    )
    assert f.message == (
        "nothing in this template is about the recipient as written: %FIRSTNAME% on line 1 "
        "would count once written as {{ first_name }} (see OL407), but a name alone is not "
        "personalisation: "
        "add a placeholder for something specific to them too (their company, their work, a "
        "post, a shared connection)"
    )


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Hi there, we're hiring a [Job Title] in [Location]. Call me?\n[Your Name]\n",
            id="not-theirs",
        ),
        pytest.param(
            "---\nvariables: [first_name]\n---\nHi there, [Company Name] is growing. Call me?\n",
            id="undeclared-fill-in",
        ),
    ],
)
def test_a_fill_in_not_of_theirs_is_not_offered(lint, text):
    """A generic note with fill-ins for the job or the sender still asks for something about
    them; so does one whose fill-in, written as a placeholder, would be undeclared."""
    (f,) = lint(text, config={"select": ["OL101"]})
    assert f.message.startswith("nothing in this template is about the recipient: add")


def test_a_field_of_a_record_in_a_style_that_is_off_keeps_its_name(lint):
    text = "Hi there, {contact.company} keeps coming up. Could we talk?\n"
    (f,) = lint(text, path="t.txt", config={"select": ["OL101"]})
    assert f.message.endswith(
        "{contact.company} on line 1 would count once written as {{ contact.company }} (see OL402)"
    )


@pytest.mark.parametrize(
    ("variables", "fixed"),
    [
        pytest.param("", "{{ first_name }}", id="undeclared"),
        pytest.param("variables: [first_name]\n", "{{ first_name }}", id="declared-as-first-name"),
        pytest.param("variables: [FNAME]\n", "{{ FNAME }}", id="declared-as-fname"),
    ],
)
def test_mailchimps_name_field_is_their_first_name(lint, variables, fixed):
    text = f"---\nchannel: email\nsubject: Hello\n{variables}---\nHi *|FNAME|*, we're hiring.\n"
    (f,) = lint(text, config={"select": ["OL101"]})
    assert f"*|FNAME|* on line {5 + bool(variables)} would count once written as {fixed} " in (
        f.message
    )
