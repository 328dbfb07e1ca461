from __future__ import annotations

import pytest

from outreach_lint.name_words import words
from outreach_lint.taxonomy import Taxonomy, a_person, a_personal_line, a_time
from outreach_lint.theirs import their_agency, theirs


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("first_name", ("first", "name")),
        ("firstName", ("first", "name")),
        ("FIRST_NAME", ("first", "name")),
        ("Candidate first name", ("candidate", "first", "name")),
        ("contact.firstname", ("contact", "first", "name")),
        ("CompanyName", ("company", "name")),
        ("first-name", ("first", "name")),
    ],
)
def test_words_across_naming_styles(name, expected):
    assert words(name) == expected


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("first_name", "name"),
        ("FNAME", "name"),
        ("CANDIDATE_FIRST_NAME", "name"),
        ("contact.firstname", "name"),
        ("Candidate first name", "name"),
        ("FirstName", "name"),
        ("company", "org"),
        ("contact.company", "org"),
        ("current_company", "org"),
        ("CompanyName", "org"),
        ("skill", "profile"),
        ("recent_post", "profile"),
        ("mutual_connection", "profile"),
        ("school", "profile"),
        ("contact.jobtitle", "profile"),
        ("current_role", "profile"),
        # a job they held before is theirs too, as their current one is
        ("last_role", "profile"),
        ("previous_role", "profile"),
        ("prev_role", "profile"),
        ("former_position", "profile"),
        ("past_job_title", "profile"),
        ("lastRole", "profile"),
        ("former_employer", "org"),
        # the team or department they were in, by the same words
        ("former_team", "profile"),
        ("previous_team", "profile"),
        ("last_team", "profile"),
        ("prior_department", "profile"),
        ("former_dept", "profile"),
        ("former_team_name", "profile"),
        ("last_team_name", "profile"),
        ("last_company_name", "org"),
        ("last_team_update", "job"),
        ("last_team_meeting", "job"),
        ("team", "job"),
        ("department", "other"),
        ("last_salary", "job"),
        ("last_contacted", "other"),
        ("last_name", "name"),
        ("role", "job"),
        ("job_title", "job"),
        ("JOB_NAME", "job"),
        ("salary_range", "job"),
        ("hiring_manager", "job"),
        ("client_name", "job"),
        ("recruiter_name", "sender"),
        ("calendar_link", "sender"),
        ("our_company", "sender"),
        ("unsubscribe_link", "sender"),
        ("sender.first_name", "sender"),
        ("date", "other"),
        ("location", "other"),
        # a person's name, in more words
        ("candidate_name", "name"),
        ("contactName", "name"),
        ("display_name", "name"),
        ("first_name_or_there", "name"),
        ("salutation", "name"),
        # the names of other things, and given-name words that name no name
        ("crate_name", "profile"),
        ("town_name", "other"),
        ("event_name", "profile"),
        ("last_company", "org"),
        ("last_post", "profile"),
        ("plugin_name", "profile"),
        ("crate_name", "profile"),
        ("yoe", "profile"),
        # a workplace alone is where they work, as company is their company
        ("hospital", "org"),
        ("hospital_name", "org"),
        ("ward_name", "org"),
        ("venue_name", "org"),
        ("practice_name", "org"),
        ("dental_practice", "org"),
        ("care_home", "org"),
        ("store", "org"),
        ("site", "org"),
        ("unit", "org"),
        ("academy", "org"),
        ("club", "org"),
        ("store_location", "other"),
        ("site_url", "other"),
        ("home_town", "other"),
        ("home", "other"),
        ("practice_manager", "job"),
        ("client_site", "job"),
        ("agency", "sender"),
        # public sector, legal, design, academia and contact-centre workplaces
        ("council", "org"),
        ("local_authority", "org"),
        ("authority", "org"),
        ("chambers", "org"),
        ("studio", "org"),
        ("studio_name", "org"),
        ("lab", "org"),
        ("call_centre", "org"),
        # a charity may be the reader's or the client's: the text decides ("your … at")
        ("charity", "other"),
        ("distribution_center", "org"),
        ("assessment_centre", "other"),
        ("town_centre", "other"),
        ("centre", "other"),
        ("label", "other"),
        ("our_studio", "sender"),
        ("client_studio", "job"),
        # where they work now or worked before is their employer, not a detail of their work
        ("current_store", "org"),
        ("current_pharmacy", "org"),
        ("previous_trust", "org"),
        ("contact.current_home", "org"),
        ("current_ward", "profile"),
        ("school", "profile"),
        # the sender's signature, and a chef's signature dish
        ("signature", "sender"),
        ("email_signature", "sender"),
        ("signature_block", "sender"),
        ("my_signature", "sender"),
        ("signature_dish", "other"),
        ("signature_dessert", "other"),
        # a creative's own agency, and the sending agency
        ("current_agency", "org"),
        ("candidate_agency", "org"),
        ("agency_name", "sender"),
        ("honorific", "name"),
    ],
)
def test_default_kinds(name, kind):
    assert Taxonomy().kind(name) == kind


def test_config_names_take_precedence_in_any_style():
    taxonomy = Taxonomy({"profile": ["why_you"], "sender": ["Team Name"]})
    assert taxonomy.kind("whyYou") == "profile"
    assert taxonomy.kind("TEAM_NAME") == "sender"


@pytest.mark.parametrize(
    ("before", "expected"),
    [
        ("Hi, your ", True),
        ("I loved your work on ", True),
        ("You've run nights on ", True),
        ("you built ", True),
        ("We use your Ktor plugin, ", True),
        ("Your MSK outpatient work at ", True),
        ('I enjoyed your talk, "', True),
        ("Your talk, the one at PyCon, was great. ", False),
        ("Would you be interested in ", False),
        ("Thank you for ", False),
        ("I use ", False),
        ("Your talk. Now ", False),
        ("Since you joined ", True),
        ("You manage the bar team at ", True),
        ("you work at ", True),
        ("You're currently at ", True),
        ("you've handled licensing at ", True),
        ("Would you like to work at ", False),
        ("You are invited to ", False),
        ("You've supported implant surgery at ", True),
        ("you've nursed on ", True),
        ("You covered nights at ", True),
        ("You've driven trunking routes for ", True),
        ("You've been a charge nurse at ", True),
        ("You've done sessions at ", True),
        ("It's been a year since we placed you at ", True),
        ("We'd love to place you at ", False),
        ("Have a look at ", False),
        ("I saw you interpret ", True),
        ("You've translated ", True),
        ("Do you interpret ", False),
        ("If you translate ", False),
    ],
)
def test_theirs_reads_the_text_before_a_placeholder(before, expected):
    assert theirs(before) is expected


@pytest.mark.parametrize(
    ("before", "after", "expected"),
    [
        ("I saw you've done home care with ", " in Queens.", True),
        ("You work for ", ", right?", True),
        ("you worked at ", " for years.", True),
        ("You've done nights for ", ".", True),
        ("I'm at ", ".", False),
        ("News from our agency ", ".", False),
        ("You've done shifts with ", " before, so you know how we pay.", False),
        ("You've worked for us at ", ".", False),
        ("Could you work for ", " this weekend?", False),
        ("If you work for ", " you're paid weekly.", False),
        ("Thank you for your shifts with ", ".", False),
    ],
)
def test_their_agency_reads_the_text_around_it(before, after, expected):
    assert their_agency(before, after) is expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("interview_date", True),
        ("startTime", True),
        ("date", True),
        ("slot", True),
        ("interview_dt", True),
        ("day", True),
        ("day_rate", False),
        ("town", False),
        ("update", False),
    ],
)
def test_a_date_or_a_time_by_its_name(name, expected):
    assert a_time(name) is expected


@pytest.mark.parametrize(
    ("name", "written_for_each"),
    [
        ("custom_line", True),
        ("icebreaker", True),
        ("personal_note", True),
        ("personalization", True),
        ("personalised_intro", True),
        ("why_you", True),
        ("custom_field", False),
        ("personal_email", False),
        ("first_line", False),
        ("note", False),
        ("hook", False),
    ],
)
def test_a_line_written_for_each_reader(name, written_for_each):
    assert a_personal_line(name) is written_for_each


@pytest.mark.parametrize(
    ("name", "a_persons"),
    [
        ("hiring_manager", True),
        ("site_manager", True),
        ("line_manager_name", True),
        ("contact_person", True),
        ("siteSupervisor", True),
        ("manager_role", False),
        ("role", False),
        ("salary_range", False),
        ("client_name", False),
        ("first_name", False),
    ],
)
def test_a_person_on_the_jobs_side(name, a_persons):
    assert a_person(name) is a_persons
