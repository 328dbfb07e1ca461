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
]
NO_FIRE = [
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
