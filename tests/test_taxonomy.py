from __future__ import annotations

import pytest

from outreach_lint.taxonomy import Taxonomy, words


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
    ],
)
def test_default_kinds(name, kind):
    assert Taxonomy().kind(name) == kind


def test_config_names_take_precedence_in_any_style():
    taxonomy = Taxonomy({"profile": ["why_you"], "sender": ["Team Name"]})
    assert taxonomy.kind("whyYou") == "profile"
    assert taxonomy.kind("TEAM_NAME") == "sender"
