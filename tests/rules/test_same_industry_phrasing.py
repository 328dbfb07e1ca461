from __future__ import annotations

import pytest

FIRE = [
    pytest.param("Since we're in the same industry, I thought we should connect.", id="classic"),
    pytest.param("Since we are in the same\nindustry I wanted to connect.", id="line-break"),
    pytest.param("Since we’re both in the same field, let's connect.", id="curly-field"),
    pytest.param("As fellow professionals in the same space, we should talk.", id="fellow"),
    pytest.param("We both work in the recruiting industry, so let's connect!", id="both-in-x"),
    pytest.param("I see we work in similar industries.", id="similar-industries"),
    pytest.param("You and I are in the same line of work.", id="you-and-i"),
    pytest.param("Great to meet fellow HR professionals.", id="fellow-hr"),
    pytest.param("We share a common industry and I'd love to connect.", id="share"),
    pytest.param("As a fellow payments person, I'd like to connect.", id="fellow-person"),
    pytest.param("Hello to a fellow construction veteran!", id="fellow-veteran"),
    pytest.param("Since we both work in pharma, I thought I'd reach out.", id="both-work-in"),
    pytest.param("As we both come from the retail side, let's connect.", id="both-come-from"),
    pytest.param("Since we're both logistics people, I'll keep this short.", id="both-people"),
    pytest.param("As someone who also works in the insurance industry, hello!", id="someone-also"),
    pytest.param("As someone else in the energy sector, I wanted to say hi.", id="someone-else"),
]
NO_FIRE = [
    pytest.param("I've spent ten years in the same industry as our clients.", id="own-career"),
    pytest.param("We're a fintech in the payments space, hiring in Berlin.", id="company-space"),
    pytest.param("Same time next week works for me.", id="same-time"),
    pytest.param("Your post on the same topic I wrote about last year was great.", id="topic"),
    pytest.param("We both spoke at RustConf 2024 - I loved your talk.", id="specific-shared"),
    pytest.param("Our industry moves fast; your migration post helped us.", id="our-industry"),
    pytest.param("As a fellow speaker at DevOpsDays, I enjoyed your talk.", id="fellow-speaker"),
    pytest.param("We both worked on the Apollo migration at Acme in 2021.", id="shared-project"),
    pytest.param("Since we both studied at Leeds, you might know Prof. Hart.", id="shared-school"),
    pytest.param("As someone who reads your newsletter, thanks for the Kafka issue.", id="reader"),
    pytest.param("Our fellowship programme pairs new nurses with mentors.", id="fellowship"),
    pytest.param("Since we both came from Google, you'll know Borg.", id="shared-employer"),
    pytest.param("Since we both worked in Acme's Leeds office, hello again!", id="ex-colleagues"),
    pytest.param("Since we both started in the 2019 grad cohort, hi!", id="shared-cohort"),
]


@pytest.mark.parametrize("text", FIRE)
def test_fires(lint, text):
    assert [f.code for f in lint(text, config={"select": ["OL301"]})] == ["OL301"]


@pytest.mark.parametrize("text", NO_FIRE)
def test_does_not_fire(lint, text):
    assert lint(text, config={"select": ["OL301"]}) == []
