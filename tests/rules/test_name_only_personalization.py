from __future__ import annotations

import pytest

CODE = "OL102"


def md(body: str, front: str = "channel: linkedin_connection_note\n") -> str:
    return f"---\n{front}---\n{body}\n"


# Bodies of LinkedIn connection notes, by test id.
FIRE = {
    "name": "Hi {{ first_name }}, I'm hiring a Data Engineer. Fancy a chat?",
    "name-fallback": "Hi {{ first_name|default('there') }}, would love to connect!",
    "name-and-sender": "Hello {{ first_name }}, let's connect.\n{{ recruiter_name }}, Brightwater",
    "name-and-job": "Hi {{CANDIDATE_FIRST_NAME}}, we're hiring a {{JOB_TITLE}} in Reading.",
    "two-names": "Hi {{ first_name }} {{ last_name }}, quick question about a role.",
    "other-kind-does-not-count": "Hi {{ first_name }}, new roles in {{ town }} this week.",
    "a-place-near-them": "Hi {{ first_name }}, new roles near {{ home_town }} this week.",
    "a-place-we-would-send-them": "Hi {{ first_name }}, we'd love to place you at {{ base }}.",
    "other-kind-not-said-to-be-theirs": "Hi {{ first_name }}, I use {{ gadget }} in production.",
    "post-about-nothing": "Hi {{ first_name }}, I loved your post about the industry.",
    "project-where-not-what": "Hi {{ first_name }}, I saw your project on GitHub. We're hiring.",
    "your-work-on-it-at-a-place": (
        "Hi {{ first_name }}, I came across your work on sales at {{ region }}. We're hiring."
    ),
    "your-work-on-projects-at-a-place": (
        "Hi {{ first_name }}, I loved your work on projects at {{ location }}. We're hiring."
    ),
    "your-work-on-it-at-an-industry": (
        "Hi {{ first_name }}, your work on claims at {{ industry }} is why I'm writing."
    ),
    "your-work-on-nothing-at": (
        "Hi {{ first_name }}, I've seen your work on things at {{ town_name }}. We're hiring."
    ),
    "after-you-not-theirs": "Hi {{ first_name }}, would you be interested in {{ opportunity }}?",
    "a-detail-everyone-shares": "Hi {{ first_name }}, good to meet you at the careers fair.",
    "a-licence-everyone-has": "Hi {{ first_name }}, your reach truck licence is a big plus.",
    "did-something-unnamed": "Hi {{ first_name }}, you led the team for years. Keen on a chat?",
    "told-us-only-pay": "Hi {{ first_name }}, you told us what you want: better pay! Reply YES.",
    "said-only-pay": "Hi {{ first_name }}, you said you wanted more money. We pay £13/hr.",
    "some-of-you-told-us": (
        "Hi {{ first_name }}, lots of you told us you wanted a supervisor role. Reply with your CV."
    ),
    "agency-is-the-senders": "Hi {{ first_name }}, news from {{ agency_name }} this week.",
    "signature-is-the-senders": "Hi {{ first_name }}, new roles this week.\n{{ signature }}",
    "honorific-title": "Dear {{ title }} {{ last_name }}, I'm hiring a Tax Manager in Leeds.",
    "honorific": "Dear {{ honorific }} {{ surname }}, I'm hiring a Tax Manager in Leeds.",
    "interviewing-others": "Hi {{ first_name }}, we're interviewing for a BDM role. Keen?",
    "a-candidates-name-is-theirs-alone": "Hi {{ candidate_name }}, we're hiring a QS. Keen?",
    "a-candidate-offered-to-them": (
        "Hi {{ first_name }}, I have a Site Manager, {{ candidate_name }}, free from Monday."
    ),
    "when-last-contacted": "Hi {{ first_name }}, it's been a while since {{ last_contacted }}.",
    "our-agency": "Hi {{ first_name }}, news from our agency {{ agency }} this week.",
    "at-the-agency": "Hi {{ first_name }}, I'm at {{ agency }} and we're hiring carers.",
    "shifts-with-us-before": (
        "Hi {{ first_name }}, you've done shifts with {{ agency }} before, so you know we pay "
        "weekly."
    ),
    "could-you-work-for-the-agency": "Hi {{ first_name }}, could you work for {{ agency }} soon?",
    "our-last-role": "Hi {{ first_name }}, our {{ last_role }} vacancy got 200 applicants!",
    "our-previous-role": "Hi {{ first_name }}, we've just filled our {{ previous_role }} vacancy.",
    "thanks-for-recommending-us": "Hi {{ first_name }}, thanks for recommending us! Keen?",
    "thanks-for-putting-us-forward": (
        "Hi {{ first_name }}, thanks for putting us forward for the tender. Keen?"
    ),
    "supposed-certified": (
        "Hi {{ first_name }}, if you're certified in {{ epic_module }}, we're hiring analysts."
    ),
    "asked-if-they-interpret": (
        "Hi {{ first_name }}, do you interpret {{ languages }}? We're hiring interpreters."
    ),
    "if-they-translate": "Hi {{ first_name }}, if you translate {{ languages }}, let's connect!",
    "years-as-unnamed": (
        "Hi {{ first_name }}, I saw you did three years as Third Engineer on a DP2 vessel. My "
        "client is hiring a Second Engineer."
    ),
    "years-unsaid": "Hi {{ first_name }}, you've spent years as an engineer at Sea. Keen?",
    "asked-years-as": (
        "Hi {{ first_name }}, have you spent three years as an engineer at the Top? Keen?"
    ),
    "came-across": "Hi {{ first_name }}, you came across my feed. We're hiring baristas.",
    "placed-unnamed": "Hi {{ first_name }}, you came second in a barista competition. Keen?",
    "placed-asked": (
        "Hi {{ first_name }}, did you come second in the Swedish Barista Championship? Keen?"
    ),
    "placed-if": "Hi {{ first_name }}, if you came first in the UK Barista Cup, let's talk.",
    "work-on-day-one-at": "Hi {{ first_name }}, your work on day one would be at {{ base }}.",
    "placed-in-a-search": (
        "Hi {{ first_name }}, you came first in LinkedIn Recruiter search for baristas. Keen?"
    ),
}
NO_FIRE = {
    "name-and-company": "Hi {{ first_name }}, how are things at {{ company }}?",
    "profile": "Hi {{ first_name }}, your talk on {{ talk_topic }} was great.",
    "no-recipient-placeholder": "Hello, we're hiring a {{ role }} in Leeds.",
    "no-placeholders-at-all": "Hi Sarah, loved your talk at PyCon.",
    "other-kind-said-to-be-theirs": "Hi {{ first_name }}, you've run nights on {{ bay }}.",
    "other-kind-after-your": "Hi {{ first_name }}, your latest {{ exhibit }} made me laugh.",
    "their-talk-written-out": "Hi {{ first_name }}, your PyData talk on backfilling Airflow DAGs.",
    "their-project-on-a-topic": "Hi {{ first_name }}, your project on GPU scheduling. Chat?",
    "company-only": "Your work at {{ company }} caught my eye.",
    "dotted-profile": "Hi {{ contact.firstname }}, your post on {{ contact.recent_post }}.",
    "mutual": "Hi {{ first_name }}, {{ mutual_connection }} suggested we talk.",
    "a-signature-dish": "Hi {{ first_name }}, your {{ signature_dessert }} on Instagram!",
    "current-workplace": "Hi {{ first_name }}, how is the new rota at {{ current_store }}?",
    "since-you-joined": "Hi {{ first_name }}, since you joined {{ hotel }} its score has risen.",
    "you-manage-at": "Hi {{ first_name }}, you manage the bar team at {{ restaurant }}.",
    "you-work-at": "Hi {{ first_name }}, you work at {{ council }} on planning, right?",
    "you-are-at": "Hi {{ first_name }}, you're currently at {{ trust }} in Leeds.",
    "you-took": "Hi {{ first_name }}, you took {{ hotel }} from 3.9 to 4.6 stars.",
    "their-agency": "Hi {{ first_name }}, your work at {{ current_agency }} is why I'm writing.",
    "their-application": "Hi {{ first_name }}, thanks for applying for the BDM role. Free Monday?",
    "their-interview": "Hi {{ first_name }}, thank you for interviewing for the BDM role.",
    "what-they-led": "Hi {{ first_name }}, you led the UK launch of the Ninja Foodi range.",
    "what-they-said": "Hi {{ first_name }}, you mentioned you're after commercial work: this fits.",
    "pay-and-more": "Hi {{ first_name }}, you told us you wanted more pay than nights give you.",
    "thought-of-you": "Hi {{ first_name }}, I thought of you: you said you wanted nights.",
    "their-job-title": "Hi {{ first_name }}, as {{ title }} at Arup you'll know the problem.",
    "title-after-the-name": "Hi {{ first_name }} - {{ title }} roles like yours are rare.",
    "their-hospital": "Hi {{ first_name }}, I saw {{ hospital }} is expanding.",
    "their-practice": "Hi {{ first_name }}, I saw {{ practice_name }} is expanding.",
    "their-care-home": "Hi {{ first_name }}, I saw {{ care_home }} got a Good rating.",
    "their-depot": "Hi {{ first_name }}, I hear {{ depot }} is moving to Daventry.",
    "their-council": "Hi {{ first_name }}, I noticed the news from {{ council }} this week.",
    "their-authority": "Hi {{ first_name }}, I saw {{ local_authority }} is restructuring.",
    "their-chambers": "Hi {{ first_name }}, I saw {{ chambers }} took on three tenants.",
    "their-studio": "Hi {{ first_name }}, I saw {{ studio }} won a D&AD pencil.",
    "their-lab": "Hi {{ first_name }}, I saw {{ lab }} got the Wellcome grant.",
    "their-call-centre": "Hi {{ first_name }}, I hear {{ call_centre }} is moving to Bolton.",
    "supported-at": "Hi {{ first_name }}, you've supported implant surgery at {{ group }}.",
    "nursed-on": "Hi {{ first_name }}, you've nursed on {{ theatre_list }} for years.",
    "covered-at": "Hi {{ first_name }}, you've covered nights at {{ base }}.",
    "driven-for": "Hi {{ first_name }}, you've driven trunking routes for {{ haulier }}.",
    "been-a": "Hi {{ first_name }}, you've been a charge nurse at {{ base }} since 2019.",
    "done-at": "Hi {{ first_name }}, you've done sessions at {{ base }}.",
    "placed-you": "Hi {{ first_name }}, it's a year since we placed you at {{ last_placement }}.",
    "their-last-role": "Hi {{ first_name }}, a step up from {{ last_role }} is open near you.",
    "your-last-role": "Hi {{ first_name }}, your {{ last_role }} job took you to Leeds.",
    "their-previous-job": "Hi {{ first_name }}, you moved on from {{ previous_job_title }}.",
    "done-with-their-agency": (
        "Hi {{ first_name }}, I saw you've done home care with {{ agency }} in Queens. We're "
        "hiring Home Health Aides in Brooklyn at $22/hr with set schedules. Want me to send "
        "details?"
    ),
    "work-for-their-agency": "Hi {{ first_name }}, you work for {{ agency_name }}, right?",
    "recommended-someone": "Hi {{ first_name }}, thank you for recommending {{ candidate_name }}.",
    "put-someone-forward": "Hi {{ first_name }}, thanks for putting Priya Shah forward for it.",
    "named-as-referee": "Hi {{ first_name }}, {{ candidate_name }} has named you as a referee.",
    "years-as-named": (
        "Hi {{ first_name }}, I came across your profile while looking for engineers with DP2 "
        "experience, and saw you did three years as Third Engineer on the Skandi Acergy."
    ),
    "placed-named": (
        "Hi {{ first_name|default('there') }}, you came second in the Swedish Barista "
        "Championship, and Kaffebaren is hiring a Barista Trainer."
    ),
    "placed-named-at": "Hi {{ first_name }}, you finished 3rd at the 2023 UK Latte Art Open!",
    "your-work-on-it-at": (
        "Hi {{ first_name|default('there') }}, your work on falls response at "
        "{{ ambulance_service }} is why I'm writing: our urgent care service in Bath needs a "
        "Clinical Team Leader to set one up."
    ),
    "their-industry": "Hi {{ first_name }}, your {{ industry }} background stood out.",
    "their-branch-in-a-town": (
        "Hi {{ first_name }}, your branch in {{ branch_town }} topped the lettings league again."
    ),
    "they-are-certified-in-it": (
        "Hi {{ first_name }}, you're certified in {{ epic_module }}, and our analyst role is "
        "mostly that. Could we talk?"
    ),
    "they-modelled-it": (
        "Hi {{ first_name }}, you modelled flood frequency for {{ catchment_study }}. Could we "
        "talk about a Senior Hydrologist role?"
    ),
    "they-interpret": (
        "Hi {{ first_name }}, I saw you interpret {{ languages }} for NHS clinics. Could we "
        "connect?"
    ),
}


@pytest.mark.parametrize("body", FIRE.values(), ids=FIRE.keys())
def test_fires(lint, body):
    assert [f.code for f in lint(md(body), config={"select": [CODE]})] == [CODE]


@pytest.mark.parametrize("body", NO_FIRE.values(), ids=NO_FIRE.keys())
def test_does_not_fire(lint, body):
    assert lint(md(body), config={"select": [CODE]}) == []


FOLLOW_UP = "Hi {{ first_name }},\nFollowing up on my note about the Firmware Lead role."


@pytest.mark.parametrize(
    "front",
    [
        "subject: 'Re: Firmware Lead at Voltrix'\n",
        "sequence_step: 2\n",
        "follow_up: true\n",
        "stage: follow-up\n",
    ],
    ids=["reply-subject", "sequence-step", "follow-up-flag", "stage"],
)
def test_a_step_marked_as_a_follow_up_is_not_flagged(lint, front):
    text = md(FOLLOW_UP, "channel: email\n" + front)
    assert lint(text, config={"select": [CODE]}) == []


def test_a_follow_up_in_words_only_is_still_flagged(lint):
    text = md(FOLLOW_UP, "channel: email\nsubject: Firmware Lead at Voltrix\n")
    assert [f.code for f in lint(text, config={"select": [CODE]})] == [CODE]


def test_placeholder_kinds_config_teaches_a_profile_field(lint):
    text = md("Hi {{ first_name }}, {{ opener }}")
    assert [f.code for f in lint(text, config={"select": [CODE]})] == [CODE]
    config = {"select": [CODE], "placeholder-kinds": {"profile": ["opener"]}}
    assert lint(text, config=config) == []


def test_other_dialects(lint):
    text = md("Hi *|FNAME|*, new roles in *|TOWN|* this week.", "channel: email\n")
    found = lint(text, config={"select": [CODE], "dialects": ["mailchimp"]})
    assert [f.code for f in found] == [CODE]
    text = md("Hi [First Name], your work at [Company] fits.")
    assert lint(text, config={"select": [CODE], "dialects": ["bracket"]}) == []


def test_points_at_the_name_placeholder(lint):
    text = """\
        ---
        channel: linkedin_connection_note
        variables: [first_name]
        ---
        Hi {{ first_name }}, would love to connect!
        """
    (f,) = lint(text, config={"select": [CODE]})
    assert (f.line, f.column, f.end_line, f.end_column) == (5, 4, 5, 20)
    assert "{{ first_name }}" in f.message and "company" in f.message


def test_points_at_the_name_in_a_yaml_collection(lint):
    text = """\
        templates:
          - name: note
            channel: linkedin_connection_note
            body: |
              Thanks for connecting!
              Hi {{ first_name }}, shall we talk?
        """
    (f,) = lint(text, path="notes.yaml", config={"select": [CODE]})
    assert (f.line, f.column) == (6, 10)
    assert f.template == "note"


def test_names_it_cannot_read_are_named_with_the_setting_that_teaches_them(lint):
    text = md("Hi {{ first_name }}, I noticed the news from {{ town }} this week.")
    [finding] = lint(text, config={"select": [CODE]})
    assert finding.message.startswith(
        "{{ first_name }} is the only placeholder in this template known to be about the "
        "recipient ({{ town }} doesn't say what it holds)"
    )
    assert "if {{ town }} is about them" in finding.message
    assert "'placeholder-kinds'" in finding.message
    text = md("Hi *|FNAME|*, news from *|TOWN|* and *|BASE|*.", "channel: email\n")
    [finding] = lint(text, config={"select": [CODE], "dialects": ["mailchimp"]})
    assert "(*|TOWN|* and *|BASE|* don't say what they hold)" in finding.message
    assert "if *|TOWN|* or *|BASE|* is about them" in finding.message


@pytest.mark.parametrize(
    "body",
    [
        "Hi {{ first_name }}, new roles this week.\n{{ recruiter_name }}",
        # a date or a time says what it holds: it is not offered as their organisation
        *(
            f"Hi {{{{ first_name }}}}, we'd like to see you on {{{{ {name} }}}}."
            for name in ["interview_date", "start_time", "slot", "interview_dt", "day"]
        ),
    ],
)
def test_without_unknown_names_the_name_is_the_only_thing_about_them(lint, body):
    [finding] = lint(md(body), config={"select": [CODE]})
    assert finding.message.startswith("{{ first_name }} is the only thing in this template")
    assert "placeholder-kinds" not in finding.message


def test_a_title_and_a_name_are_shown_together(lint):
    text = md("Dear {{ title }} {{ last_name }},\nI'm hiring a Tax Manager in Leeds.")
    [finding] = lint(text, config={"select": [CODE]})
    assert (finding.line, finding.column, finding.end_column) == (4, 6, 33)
    assert finding.message.startswith("{{ title }} {{ last_name }} is the only thing")


def test_a_candidates_name_beside_theirs_is_someone_elses(lint):
    text = md(
        "Hi {{ first_name }},\nI have a QS, {{ candidate_name }}, free from Monday.",
        "channel: email\nsubject: A QS, {{ candidate_name }}, for your Leeds site\n",
    )
    [finding] = lint(text, config={"select": [CODE]})
    assert (finding.line, finding.column) == (5, 4)
    assert finding.message.startswith("{{ first_name }} is the only thing in this template")
    assert "placeholder-kinds" not in finding.message


def test_beside_a_date_the_name_it_cannot_read_is_the_example(lint):
    text = md("Hi {{ first_name }}, see you on {{ interview_date }} in {{ town }}.")
    [finding] = lint(text, config={"select": [CODE]})
    assert "({{ town }} doesn't say what it holds)" in finding.message
    assert "placeholder-kinds: {org: [town]}" in finding.message
    assert "interview_date" not in finding.message


def test_placeholder_kinds_config_is_not_overruled_by_the_text(lint):
    text = md("Hi {{ first_name }}, I saw you've done home care with {{ agency }} in Queens.")
    assert lint(text, config={"select": [CODE]}) == []
    config = {"select": [CODE], "placeholder-kinds": {"sender": ["agency"]}}
    assert [f.code for f in lint(text, config=config)] == [CODE]


BOOMERANG = (
    "Hi {{ first_name|default('there') }},\n\nIt's been a while since you left the "
    "{{ %s }} team, and people still mention the renewal\nprocess you set up. We're hiring a "
    "Senior Account Manager for the same accounts. Open to a coffee?\n\nMarcus"
)


@pytest.mark.parametrize(
    ("name", "fires"),
    [
        # the team or department they left is theirs, as their last role is
        ("former_team", False),
        ("previous_team", False),
        ("last_department", False),
        ("former_team_name", False),
        # a team with nothing of theirs in its name, or a word that is not a team they had
        ("team", True),
        ("hiring_team", True),
        ("last_team_update", True),
        ("former_colleague", True),
    ],
)
def test_the_team_they_left_is_about_them(lint, name, fires):
    text = md(BOOMERANG % name, f"channel: email\nvariables: [first_name, {name}]\n")
    assert bool(lint(text, config={"select": [CODE]})) == fires


def test_merge_tags_mailchimp_fills_in_itself_are_not_named(lint):
    """*|UNSUB|* is Mailchimp's unsubscribe link: no detail of the reader to ask about."""
    config = {"select": [CODE], "dialects": ["mailchimp"]}
    footer = "\n\nUnsubscribe: *|UNSUB|* | *|UPDATE_PROFILE|* | *|LIST:ADDRESS|*"
    body = "Hi *|FNAME|*, you volunteered with us in *|LAST_YEAR|*." + footer
    [finding] = lint(md(body, "channel: email\n"), config=config)
    assert "(*|LAST_YEAR|* doesn't say what it holds)" in finding.message
    assert "if *|LAST_YEAR|* is about them" in finding.message
    assert "UNSUB" not in finding.message and "UPDATE_PROFILE" not in finding.message
    # the tool's own tags are not about the reader: the name is still all there is
    [finding] = lint(
        md("Hi *|FNAME|*, new roles this week." + footer, "channel: email\n"), config=config
    )
    assert finding.message.startswith("*|FNAME|* is the only thing in this template")
    assert "placeholder-kinds" not in finding.message


def test_a_slip_for_a_declared_name_of_theirs_is_to_be_fixed_not_added_or_named(lint):
    front = "channel: linkedin_connection_note\nvariables: [first_name, company]\n"
    text = md("Hi {{ first_name }}, {{ compnay }} keeps coming up. Open to connecting?", front)
    [finding] = lint(text, config={"select": [CODE]})
    assert finding.message == (
        "{{ first_name }} is the only placeholder about the recipient that works as written, "
        "and a name alone is not personalisation: {{ compnay }} on line 5 would count once "
        "written as {{ company }} (see OL401)"
    )


def test_a_slip_for_a_name_of_the_job_is_no_help(lint):
    front = "channel: linkedin_connection_note\nvariables: [first_name, job_title]\n"
    text = md("Hi {{ first_name }}, we're hiring a {{ job_titel }}. Open to connecting?", front)
    [finding] = lint(text, config={"select": [CODE]})
    assert finding.message.startswith("{{ first_name }} is the only thing in this template")
    assert "placeholder-kinds" not in finding.message


@pytest.mark.parametrize(
    ("body", "said"),
    [
        pytest.param(
            "Hi {{ first_name|default('there') }}, I hire React engineers in Berlin and "
            "{company} keeps coming up. Open to connecting?",
            "{company} on line 5 would count once written as {{ company }} (see OL402)",
            id="brace",
        ),
        pytest.param(
            "Hi {{ first_name }}, *|COMPANY|* keeps coming up. Open to connecting?",
            "*|COMPANY|* on line 5 would count once written as {{ company }} (see OL407)",
            id="mailchimp",
        ),
        pytest.param(
            "Hi {{ first_name }}, [Company] keeps coming up. Open to connecting?",
            "[Company] on line 5 would count once written as {{ company }} (see OL403)",
            id="fill-in",
        ),
    ],
)
def test_their_company_in_a_style_that_is_off_is_to_be_rewritten_not_added(lint, body, said):
    front = "channel: linkedin_connection_note\nvariables: [first_name, company]\n"
    [finding] = lint(md(body, front), config={"select": [CODE]})
    assert finding.message == (
        "{{ first_name|default('there') }}" * ("default" in body)
        + "{{ first_name }}" * ("default" not in body)
        + " is the only placeholder about the recipient that works as written, and a name alone "
        f"is not personalisation: {said}"
    )


def test_a_placeholder_for_the_job_in_a_style_that_is_off_is_no_help(lint):
    front = "channel: linkedin_connection_note\nvariables: [first_name, job_title]\n"
    text = md("Hi {{ first_name }}, we're hiring a {job_title} in Leeds. Open to it?", front)
    [finding] = lint(text, config={"select": [CODE]})
    assert finding.message.startswith("{{ first_name }} is the only thing in this template")
    assert "add a placeholder for their company" in finding.message


@pytest.mark.parametrize(
    ("written", "offered"),
    [
        pytest.param("{{ current_firm }", True, id="closing-brace-missing"),
        pytest.param("{{current_firm}", True, id="no-spaces"),
        pytest.param("{current_firm}}", True, id="opening-brace-missing"),
        pytest.param("{{ current_frim }", False, id="broken-and-undeclared"),
    ],
)
def test_a_broken_placeholder_of_theirs_is_to_be_fixed_not_added(lint, written, offered):
    front = "channel: email\nsubject: Legal Secretary role\nvariables: [first_name, current_firm]\n"
    body = f"Hi {{{{ first_name }}}},\n\nYour time at {written} stood out. Could we talk Friday?"
    [finding] = lint(md(body, front), config={"select": [CODE]})
    said = f"{written} on line 8 would count once written as {{{{ current_firm }}}} (see OL402)"
    assert finding.message.endswith(said) is offered
    assert ("add a placeholder for their company" in finding.message) is not offered
