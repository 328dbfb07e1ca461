from __future__ import annotations

import pytest

from outreach_lint.config import ConfigError

CODE = "OL304"

FIRE = [
    pytest.param(
        "We're hiring rockstar developers.", "rockstar", "say what the job needs", id="rockstar"
    ),
    pytest.param("Looking for a tech ninja!", "ninja", "say what the job needs", id="ninja"),
    pytest.param("We need a coding wizard.", "wizard", "say what the job needs", id="wizard"),
    pytest.param("Are you an Excel wizard?", "wizard", "say what the job needs", id="excel-wizard"),
    pytest.param(
        "We need a Rockstar Developer in Leeds.",
        "Rockstar",
        "say what the job needs",
        id="title-case-job-ad",
    ),
    pytest.param(
        "Wanted: a Ninja Sales Executive.", "Ninja", "say what the job needs", id="title-case-two"
    ),
    pytest.param(
        "Land your dream job in tech sales.", "dream job", "what the job offers", id="dream-job"
    ),
    pytest.param(
        "It's a genuinely exciting opportunity.",
        "exciting opportunity",
        "name the role",
        id="exciting",
    ),
    pytest.param(
        "I hope this email\nfinds you well!",
        "hope this email finds you well",
        "open with why",
        id="line-break",
    ),
    pytest.param("Wanted to touch base next week.", "touch base", "'talk'", id="touch-base"),
    pytest.param(
        "Just circling back on my last note.", "circling back", "'follow up'", id="circling"
    ),
    pytest.param(
        "You'll hit the ground running.",
        "hit the ground running",
        "first weeks",
        id="hit-the-ground",
    ),
    pytest.param(
        "Work hard and play hard culture.",
        "Work hard and play hard",
        "hours and perks",
        id="work-hard",
    ),
    pytest.param("You’ll wear many hats here.", "wear many hats", "main tasks", id="hats-curly"),
    pytest.param("Honestly, we’re like a family here.", "like a family", "its size", id="family"),
    pytest.param("We want a self-starter.", "self-starter", "own work", id="self-starter"),
    pytest.param(
        "You'll thrive in our fast-paced environment.",
        "fast-paced environment",
        "what the pace means",
        id="fast-paced",
    ),
    pytest.param("We attract top talent.", "top talent", "who you're looking for", id="top-talent"),
    pytest.param(
        "I think you'd be a perfect fit.", "perfect fit", "why they fit", id="perfect-fit"
    ),
    pytest.param(
        "Our sales team are ROCK STARS.", "ROCK STARS", "say what the job needs", id="rock-stars"
    ),
    pytest.param(
        "I trust this email finds you well.",
        "trust this email finds you well",
        "open with why",
        id="trust-this-email",
    ),
    pytest.param(
        "It's a once-in-a-lifetime opportunity.",
        "once-in-a-lifetime opportunity",
        "name the role",
        id="once-in-a-lifetime",
    ),
    pytest.param(
        "You'll join a fast-paced, high-energy environment.",
        "fast-paced, high-energy environment",
        "what the pace means",
        id="fast-paced-and-more",
    ),
    pytest.param(
        "Join a fast-paced and friendly team in Leeds.",
        "fast-paced and friendly team",
        "what the pace means",
        id="fast-paced-and-friendly",
    ),
    pytest.param(
        "It is a fast-paced but supportive environment.",
        "fast-paced but supportive environment",
        "what the pace means",
        id="fast-paced-but-supportive",
    ),
    pytest.param(
        "You'd join a fast-paced yet friendly team.",
        "fast-paced yet friendly team",
        "what the pace means",
        id="fast-paced-yet-friendly",
    ),
]

NO_FIRE = [
    pytest.param("Please reach out if you have questions.", id="reach-out"),
    pytest.param("You led the UK launch of the Ninja Foodi range.", id="product-name"),
    pytest.param("Use the setup wizard on our portal to apply.", id="setup-wizard"),
    pytest.param("Our onboarding wizard takes five minutes.", id="onboarding-wizard"),
    pytest.param("A wizard will walk you through the form.", id="software-wizard"),
    pytest.param("Wizards of the Coast is hiring a Game Designer.", id="wizards-of"),
    pytest.param("Your Dream Job campaign won the Unicorn award at Cannes.", id="campaign-award"),
    pytest.param("We're a fintech unicorn valued at $2bn.", id="unicorn-company"),
    pytest.param("Our client is a family-owned haulage firm.", id="family-owned"),
    pytest.param(
        "Our A&E is a fast-paced department with 300 patients a day.", id="fast-paced-fact"
    ),
    pytest.param("It's a great opportunity to lead a team of eight.", id="great-opportunity"),
    pytest.param("The team is small and ships weekly.", id="plain"),
    pytest.param("Our dream team won the award last year.", id="dream-team"),
    pytest.param("I’d love to talk about the role.", id="curly-plain"),
    pytest.param("We're a player in the\nUK market.", id="a-player-lowercase"),
    pytest.param("Family-friendly hours, 9 to 3.", id="family-friendly"),
    pytest.param("I trust you'll find the brief useful.", id="trust-plain"),
    pytest.param("A fast-paced, 30-bed surgical ward in Leeds.", id="fast-paced-ward"),
    pytest.param("It was a once-in-a-lifetime trip.", id="once-in-a-lifetime-trip"),
    pytest.param(
        "The ward is fast-paced, so the environment suits nurses who like variety.",
        id="fast-paced-so-the",
    ),
    pytest.param("The unit is fast-paced and the team is small.", id="fast-paced-and-the"),
    pytest.param("It's fast-paced, which our team enjoys.", id="fast-paced-which"),
    pytest.param("The ward is fast-paced, it is a busy place.", id="fast-paced-then-clause"),
    pytest.param("Fast-paced, but your team will support you.", id="fast-paced-but-your"),
]


@pytest.mark.parametrize(("text", "phrase", "advice"), FIRE)
def test_fires(lint, text, phrase, advice):
    findings = lint(text, config={"select": [CODE]})
    assert [f.code for f in findings] == [CODE]
    assert findings[0].message.startswith(f"'{phrase}' is a cliché: ")
    assert advice in findings[0].message


@pytest.mark.parametrize("text", NO_FIRE)
def test_does_not_fire(lint, text):
    assert lint(text, config={"select": [CODE]}) == []


def test_each_cliche_is_its_own_finding(lint):
    text = "We need people who can wear many hats, hit the ground running and work hard, play hard."
    findings = lint(text, config={"select": [CODE]})
    assert [f.snippet for f in findings] == [
        "wear many hats",
        "hit the ground running",
        "work hard, play hard",
    ]


def test_extra_phrases_as_a_list(lint):
    config = {
        "select": [CODE],
        "rules": {CODE: {"extra-phrases": ["synergy", "re:game[- ]chang\\w+"]}},
    }
    findings = lint("Real synergy and a game-changing culture.", config=config)
    assert [f.snippet for f in findings] == ["synergy", "game-changing"]
    assert findings[0].message == "'synergy' is a cliché: say it in plain words"


@pytest.mark.parametrize("instead", ["working together", "'working together'"])
def test_extra_phrases_with_alternatives(lint, instead):
    config = {"select": [CODE], "rules": {CODE: {"extra-phrases": {"synergy": instead}}}}
    (finding,) = lint("Lots of synergy here.", config=config)
    assert finding.message == "'synergy' is a cliché: use 'working together' instead"


@pytest.mark.parametrize(
    "text",
    [
        "You shipped Red Dead Redemption 2 at Rockstar North.",
        "Your combat design at Ninja Theory is the work our studio does.",
        "You led the audio on Star Wars Jedi: Survivor.",
        "You trained in the Magic Circle back in 2016.",
        "She trained in the Silver Circle back in 2012.",
    ],
)
def test_names_are_not_cliches(lint, text):
    assert lint(text, config={"select": [CODE]}) == []


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("We need a Rockstar Developer!", "Rockstar"),
        ("Join us as our Sales Ninja.", "Ninja"),
        ("Let's circle back next week.", "circle back"),
        ("A Jedi of SQL.", "Jedi"),
    ],
)
def test_capitalised_cliches_are_still_cliches(lint, text, flagged):
    assert [f.snippet for f in lint(text, config={"select": [CODE]})] == [flagged]


def test_disabled_phrases(lint):
    config = {"select": [CODE], "rules": {CODE: {"disabled-phrases": ["Perfect fit", "rockstar"]}}}
    assert lint("A rockstar would be a perfect fit.", config=config) == []


_VARIANTS = (
    "I hope this email finds you well",
    "I trust this email finds you well",
    "exciting opportunity",
    "once-in-a-lifetime opportunity",
)


@pytest.mark.parametrize("disabled", _VARIANTS)
def test_each_variant_is_a_phrase_disabled_on_its_own(lint, disabled):
    text = (
        "I hope this email finds you well. I trust this email finds you well. An exciting "
        "opportunity, a once-in-a-lifetime opportunity."
    )
    config = {"select": [CODE], "rules": {CODE: {"disabled-phrases": [disabled]}}}
    flagged = [f.snippet for f in lint(text, config=config)]
    assert flagged == [p.removeprefix("I ") for p in _VARIANTS if p != disabled]


def test_option_types_are_checked(lint):
    with pytest.raises(ConfigError):
        lint("Hello.", config={"select": [CODE], "rules": {CODE: {"disabled-phrases": "ninja"}}})


def test_position_after_front_matter(lint):
    text = """\
        ---
        channel: email
        subject: Staff Backend Engineer
        ---
        Hi {{ first_name }},

        I hope this message finds you well! We're hiring.
        """
    (finding,) = lint(text, config={"select": [CODE]})
    assert (finding.line, finding.column, finding.end_line, finding.end_column) == (7, 3, 7, 35)


def test_position_in_yaml_collection(lint):
    text = """\
        templates:
          - name: chaser
            channel: linkedin_message
            body: |
              Hi {{ first_name }}, just circling back!
        """
    (finding,) = lint(text, path="sequence.yaml", config={"select": [CODE]})
    assert (finding.line, finding.column, finding.end_column) == (5, 33, 46)


def test_a_plainer_phrase_is_offered_as_one_to_use(lint):
    (f,) = lint("Let's circle back next week.\n", config={"select": ["OL304"]})
    assert f.message == "'circle back' is a cliché: use 'follow up' instead"


@pytest.mark.parametrize(
    "sentence",
    [
        "It's fast-paced, but every team gets a protected lunch break.",
        "Theatres are fast-paced yet each team works a fixed list.",
        "The ward is fast-paced but senior team members are on hand.",
    ],
)
def test_a_clause_after_but_or_yet_is_not_the_cliche(lint, sentence):
    assert lint(f"Hi, {sentence}\n", config={"select": ["OL304"]}) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "We are a fast-paced, but supportive environment.",
        "You'll join a fast-paced senior nursing team.",
    ],
)
def test_the_cliche_with_a_comma_or_a_seniority_still_fires(lint, sentence):
    assert [f.code for f in lint(f"Hi, {sentence}\n", config={"select": ["OL304"]})] == ["OL304"]


@pytest.mark.parametrize(
    ("sentence", "fires"),
    [
        ("We're looking for a fast-paced team player.", True),
        ("ICU is fast-paced, but senior team leads are on every shift.", False),
    ],
)
def test_fast_paced_before_a_person_and_after_but(lint, sentence, fires):
    found = lint(f"Hi, {sentence}\n", config={"select": ["OL304"]})
    assert bool(found) == fires


@pytest.mark.parametrize(
    ("sentence", "fires"),
    [
        ("ICU is fast-paced, but team leaders are on every shift.", False),
        ("A&E is fast-paced, and team leaders debrief after every shift.", False),
        ("We offer a fast-paced yet junior-friendly environment.", True),
    ],
)
def test_fast_paced_and_a_clause_or_a_compound(lint, sentence, fires):
    assert bool(lint(f"Hi, {sentence}\n", config={"select": ["OL304"]})) == fires


@pytest.mark.parametrize(
    ("sentence", "shown"),
    [
        # a compound adjective after "and", "but" or "yet" is no noun that starts a clause
        (
            "You'd join a fast-paced and team-oriented environment on our cardiac ward.",
            "fast-paced and team-oriented environment",
        ),
        ("We are a fast-paced yet team-focused culture.", "fast-paced yet team-focused culture"),
        (
            "It's a fast-paced but business-critical environment.",
            "fast-paced but business-critical environment",
        ),
        (
            "Join a fast-paced and world-class organisation.",
            "fast-paced and world-class organisation",
        ),
        ("We're a fast-paced and startup-style company.", "fast-paced and startup-style company"),
        (
            "You'll thrive in a fast-paced and office-based team.",
            "fast-paced and office-based team",
        ),
        ("Our fast-paced & friendly team is growing.", "fast-paced & friendly team"),
        (
            "Join our fast-paced, collaborative and supportive environment.",
            "fast-paced, collaborative and supportive environment",
        ),
        # a noun right after "and", "but" or "yet", or a word such as "though", starts a clause
        ("ICU is fast-paced, but team leaders are on every shift.", None),
        ("ICU is fast-paced, though team leaders are on every shift.", None),
        ("The kitchen is fast-paced, although team briefings keep service calm.", None),
        ("The unit is fast-paced, though calm, and the team is small.", None),
        # (a noun and a verb after "though never rushed," are a clause of their own too)
        ("A&E is fast-paced, though never rushed, team leaders are on every shift.", None),
        ("A&E is fast-paced – though never rushed – team leaders are on every shift.", None),
        # ... but "though" before an adjective set off by commas concedes it: the cliché
        # (a subject and its verb after the noun describe it: "environment you'll love")
        (
            "It's a fast-paced, though supportive, environment you'll love.",
            "fast-paced, though supportive, environment",
        ),
        (
            "It's a fast-paced, though friendly, team we know you'd enjoy.",
            "fast-paced, though friendly, team",
        ),
        (
            "It's a fast-paced, though supportive, environment.",
            "fast-paced, though supportive, environment",
        ),
        (
            "You'll join a fast-paced, although friendly, environment on Ward 7.",
            "fast-paced, although friendly, environment",
        ),
        (
            "We're a fast-paced, though very supportive, team.",
            "fast-paced, though very supportive, team",
        ),
        # (dashes set it off as commas do)
        (
            "It's a fast-paced – though supportive – environment.",
            "fast-paced – though supportive – environment",
        ),
        (
            "It's a fast-paced—though supportive—environment on Ward 7.",
            "fast-paced—though supportive—environment",
        ),
        ("A&E is fast-paced, and senior team members are on every shift.", None),
        ("A&E is fast-paced, and team leaders debrief after every shift.", None),
        ("The ward is fast-paced but senior team members are on hand.", None),
        # (and "team-first" is no team)
        ("We are fast-paced and team-first in everything we do.", None),
    ],
)
def test_fast_paced_and_a_compound_or_a_new_clause(lint, sentence, shown):
    found = lint(f"Hi, {sentence}\n", config={"select": ["OL304"]})
    assert [f.message.split("'")[1] for f in found] == ([shown] if shown else [])


@pytest.mark.parametrize(
    ("sentence", "shown"),
    [
        # the finding quotes the words as the user typed them, dash and all
        ("We offer a fast\u2013paced environment.", "fast\u2013paced environment"),
        ("We offer a fast\u2011paced environment.", "fast\u2011paced environment"),
        ("We want a self\u2013starter.", "self\u2013starter"),
        ("It's a best\u2013in\u2013class product.", "best\u2013in\u2013class"),
        ("We\u2019re a fast\u2013paced environment.", "fast\u2013paced environment"),
        ("Honestly, we\u2019re a big happy family.", "we\u2019re a big happy family"),
        ("We offer a fast-paced environment.", "fast-paced environment"),
    ],
)
def test_the_dashes_word_and_outlook_put_in_a_word_count_as_hyphens(lint, sentence, shown):
    (found,) = lint(f"Hi, {sentence}\n", config={"select": ["OL304"]})
    assert found.message.startswith(f"'{shown}' is a cliché: ")


@pytest.mark.parametrize(
    ("sentence", "fires"),
    [
        # the people a care home looks after, speaking of the place: not the cliché
        ("The care home is family-run and the residents say it feels like a family.", False),
        ("Our residents often tell us the home feels like a family.", False),
        ("The residents say the nursing home feels like a family.", False),
        # a job word before a place names the place, not the team
        ("Patients tell us the GP surgery feels like a family.", False),
        ("Our residents say the nursing unit feels like a family.", False),
        ("Guests tell us the hotel feels like a family.", False),
        # ... but of the people who work there, by their job: the team again
        ("Our residents say the nurses here are like a family.", True),
        ("Our residents say the staff are like a second family to them.", True),
        ("Patients tell us the carers on Ward 7 are like a family to each other.", True),
        ("Guests say the employees here are like a family.", True),
        ("Our customers say the crew feel like a family.", True),
        ("Visitors always say the whole kitchen brigade is like a family.", True),
        ("Residents say the chefs and porters are like a family.", True),
        # the employer, or its staff, calling the team a family: the cliché
        ("Honestly, we're like a family here.", True),
        ("Our team is like a family.", True),
        ("The team here is like a second family.", True),
        ("The team here is like a big family.", True),
        ("We're like a close-knit family on Ward 7.", True),
        ("The kitchen is like an extended family.", True),
        ("We're like one happy family at {{ company }}.", True),
        ("Our residents say the home is like an extended family to them.", False),
        ("Our staff say it feels like a family.", True),
        ("The residents say we're like a family.", True),
        ("The residents say the food is great and our team is like a family.", True),
        ("The residents are lovely. We're like a family here.", True),
    ],
)
def test_like_a_family_said_of_the_place_by_those_it_cares_for(lint, sentence, fires):
    assert bool(lint(f"Hi, {sentence}\n", config={"select": ["OL304"]})) == fires
