from __future__ import annotations

import pytest

CODE = "OL602"

FIRE = [
    pytest.param("Age limit: 32 years.", "Age limit: 32", id="age-limit"),
    pytest.param("Maximum age 35.", "Maximum age 35", id="maximum-age"),
    pytest.param(
        "Candidates should be under 30.", "Candidates should be under 30", id="should-be-under"
    ),
    pytest.param(
        "We want a recent graduate for this role.", "recent graduate", id="recent-graduate"
    ),
    pytest.param("It's ideal for a new grad.", "new grad", id="ideal-new-grad"),
    pytest.param("Digital natives only!", "Digital natives", id="digital-native"),
    pytest.param("We're a young and energetic agency.", "young and energetic", id="young-and"),
    pytest.param("Join our young, dynamic team.", "young, dynamic", id="young-dynamic"),
    pytest.param("You'll work in a young team.", "young team", id="young-team"),
    pytest.param(
        "Open to candidates who graduated between 2018 and 2022.",
        "graduated between 2018 and 2022",
        id="graduated-between",
    ),
    pytest.param("Class of 2019-2021 only.", "Class of 2019-2021", id="class-of"),
    pytest.param(
        "No more than 5 years of experience, please.",
        "No more than 5 years of experience",
        id="max-experience",
    ),
    pytest.param(
        "A great fit for young professionals.", "young professionals", id="young-professionals"
    ),
    pytest.param(
        "Ideally you finished university in\nthe last two years.",
        "finished university in\nthe last two years",
        id="line-break",
    ),
    pytest.param("We’re looking for recent graduates.", "recent graduates", id="curly"),
    pytest.param("The trust is appointing recent graduates.", "recent graduates", id="appointing"),
    pytest.param("Recent graduates are encouraged to apply.", "Recent graduates", id="encouraged"),
    pytest.param("A maximum of 3 years’ PQE.", "A maximum of 3 years' PQE", id="max-pqe-curly"),
    pytest.param(
        "We're looking for a recent PhD graduate.", "recent PhD graduate", id="recent-phd"
    ),
    pytest.param(
        "Ideal for someone who finished their PhD in the last two years.",
        "finished their PhD in the last two years",
        id="phd-last-two-years",
    ),
    pytest.param(
        "The lab wants someone who got their PhD in 2023 or 2024.",
        "got their PhD in 2023 or 2024",
        id="phd-years",
    ),
    pytest.param(
        "The partner wants someone who qualified between 2020 and 2023.",
        "qualified between 2020 and 2023",
        id="qualified-between",
    ),
    pytest.param(
        "A US firm wants a solicitor who qualified in the last two years.",
        "qualified in the last two years",
        id="qualified-last-two-years",
    ),
    pytest.param(
        "They want someone who qualified no more than three years ago.",
        "qualified no more than three years ago",
        id="qualified-years-ago",
    ),
    pytest.param(
        "Ideally you'll have qualified within the past two years.",
        "qualified within the past two years",
        id="you-will-have-qualified",
    ),
    pytest.param(
        "Ideally between 25 and 35 years old.", "between 25 and 35 years old", id="years-old"
    ),
    pytest.param("We need someone who is 25-35.", "who is 25-35", id="who-is"),
    pytest.param(
        "They're after an auditor, ideally under 35, to grow with the team.",
        "ideally under 35",
        id="ideally-under",
    ),
    pytest.param(
        "They want graduates from the last two years.",
        "graduates from the last two years",
        id="graduates-from-the-last-years",
    ),
    pytest.param(
        "It suits someone fresh out of university.", "fresh out of university", id="fresh-out-of"
    ),
    pytest.param(
        "They'd like someone ideally early twenties.",
        "ideally early twenties",
        id="ideally-early-twenties",
    ),
    pytest.param("Aged mid-20s preferably.", "Aged mid-20s", id="aged-mid-20s"),
    pytest.param(
        "You'll join a team of energetic millennials.",
        "team of energetic millennials",
        id="team-of-millennials",
    ),
    pytest.param(
        "They want someone with under 5 years' experience.",
        "under 5 years' experience",
        id="with-under-experience",
    ),
    pytest.param(
        "It's ideal for an engineer with less than 3 years' experience.",
        "less than 3 years' experience",
        id="with-less-than-experience",
    ),
    pytest.param(
        "They want no more than 10 years in the trade.",
        "no more than 10 years in the trade",
        id="max-years-in-the-trade",
    ),
    # what they studied between "recent" and "graduate"
    pytest.param("It's ideal for a recent law graduate.", "recent law graduate", id="law"),
    pytest.param(
        "They need a recent psychology graduate.", "recent psychology graduate", id="psychology"
    ),
    pytest.param(
        "We're looking for recent design graduates.", "recent design graduates", id="design"
    ),
    pytest.param("It suits a recent LLB graduate.", "recent LLB graduate", id="llb"),
]

NO_FIRE = [
    pytest.param("The age limit for the scheme's pension is set by law.", id="age-limit-no-age"),
    pytest.param("You must be over 18 to work on site.", id="over-18-is-the-law"),
    pytest.param("We're a young company based in Leeds.", id="young-company"),
    pytest.param("A digital-native skincare brand in Dublin is hiring.", id="native-brand"),
    pytest.param("They sell to digital natives across Europe.", id="their-customers"),
    pytest.param("The firm was founded 5 years ago.", id="founded"),
    pytest.param("You'll need 5+ years of experience in Go.", id="minimum"),
    pytest.param("The role needs 3-5 years’ PQE.", id="range"),
    pytest.param("You'll support young people aged 11-19 in Camden.", id="youth-work"),
    pytest.param("As a recent graduate myself, I know the market is tough.", id="sender"),
    pytest.param("Our New Grad RN Residency starts in June.", id="programme"),
    pytest.param("We're a digital-native\nbank hiring designers.", id="digital-native-brand"),
    pytest.param("Our graduate scheme has 20 places.", id="graduate-scheme"),
    pytest.param(
        "Thanks for connecting! Our team mixes recent graduates and 30-year veterans.",
        id="describes-team",
    ),
    pytest.param(
        "Our team mixes recent law graduates and 30-year veterans.", id="describes-team-law"
    ),
    pytest.param("As a recent design graduate myself, I get it.", id="sender-design-graduate"),
    pytest.param("In recent years graduates have moved to Leeds.", id="recent-years"),
    pytest.param("We're hiring new joiners and graduates alike.", id="joiners-and-graduates"),
    pytest.param("Our new grad nurse programme starts in June.", id="new-grad-programme"),
    pytest.param(
        "We're looking for someone to run our new UK graduate programme.", id="graduate-programme"
    ),
    pytest.param("It's open to career changers at any stage.", id="any-stage"),
    pytest.param("Salary up to £50k depending on experience.", id="salary-up-to"),
    pytest.param("Teaching young children to read is the heart of the job.", id="young-children"),
    pytest.param("The NQ salary is £150k for a newly qualified solicitor.", id="newly-qualified"),
    pytest.param("Your PhD in soft robotics caught my eye.", id="phd-in-a-field"),
    pytest.param("They need a qualified accountant in Leeds.", id="qualified-accountant"),
    pytest.param("You qualified with KPMG in 2016 and have led audits since.", id="you-qualified"),
    pytest.param(
        "Since you finished your PhD in the last two years, you've published four papers.",
        id="since-you-finished",
    ),
    pytest.param("Congratulations on qualifying in the last year!", id="congratulations"),
    pytest.param("It's 35 hours a week.", id="hours"),
    pytest.param("Between 25 and 35 hours a week, flexible.", id="hours-range"),
    pytest.param("The salary is £25-35k.", id="salary-range"),
    pytest.param("A ward with 25-35 beds.", id="beds"),
    pytest.param("You'll support young people who are 16-18.", id="young-people-who-are"),
    pytest.param("You'll care for residents between 65 and 90 years old.", id="residents"),
    pytest.param("Team sizes should be 25-35.", id="sizes-should-be"),
    pytest.param("The commute is ideally under 35 minutes.", id="under-minutes"),
    pytest.param("Our graduates from the last two years have all been promoted.", id="our-grads"),
    pytest.param("I was fresh out of uni when I started recruiting.", id="sender-fresh-out"),
    pytest.param("As an Early Career Teacher you get a mentor.", id="early-career-teacher"),
    pytest.param("The firm was founded four years ago.", id="founded-four-years-ago"),
    pytest.param("It's a startup under 5 years old.", id="company-under-5-years-old"),
    pytest.param("Even with under 2 years' experience you'd fit.", id="even-with-under"),
    pytest.param("People with less than 2 years' experience are welcome too.", id="welcome-too"),
    pytest.param("With 10 years in the trade, you know the work.", id="years-in-the-trade"),
    pytest.param("You'll need 5+ years in the industry.", id="minimum-in-the-industry"),
    pytest.param("Temperatures are in the mid 20s all summer.", id="temperatures"),
]


@pytest.mark.parametrize(("text", "flagged"), FIRE)
def test_fires(lint, text, flagged):
    findings = lint(text, config={"select": [CODE]})
    assert [f.code for f in findings] == [CODE]
    assert findings[0].snippet.replace("’", "'") == flagged


@pytest.mark.parametrize("text", NO_FIRE)
def test_does_not_fire(lint, text):
    assert lint(text, config={"select": [CODE]}) == []


def test_position_after_front_matter(lint):
    text = """\
        ---
        channel: linkedin_inmail
        subject: Audit Associate programme
        ---
        Hi {{ first_name }},

        We're looking for recent graduates (class of 2022 to 2024 only).
        """
    findings = lint(text, config={"select": [CODE]})
    assert [(f.line, f.column, f.end_column) for f in findings] == [(7, 19, 35), (7, 37, 58)]
    assert "age-coded" in findings[0].message


def test_position_in_yaml_collection(lint):
    text = """\
        templates:
          - name: social
            channel: linkedin_connection_note
            body: |
              Hi {{ first_name }}, digital natives only!
        """
    (finding,) = lint(text, path="sequence.yaml", config={"select": [CODE]})
    assert (finding.line, finding.column, finding.end_column) == (5, 28, 43)


def test_a_range_with_a_maximum_is_quoted_whole_and_a_minimum_suggested(lint):
    text = "Hi {{ first_name }}, they want someone with 2-4 years' experience maximum.\n"
    (f,) = lint(text, config={"select": ["OL602"]})
    assert f.message == (
        "'2-4 years' experience maximum' is age-coded: describe the skills and the level of "
        "the job instead (e.g. 'entry-level', or a minimum such as '3+ years' experience')"
    )


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("A maximum of 3 years\u2019 PQE.", "A maximum of 3 years\u2019 PQE"),
        ("We\u2019re looking for a recent law\ngraduate.", "recent law graduate"),
        ("A maximum of 3 years' PQE.", "A maximum of 3 years' PQE"),
    ],
)
def test_the_words_are_quoted_as_written(lint, text, shown):
    (f,) = lint(text, config={"select": [CODE]})
    assert f.message.startswith(f"'{shown}' is age-coded: ")


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        # the graduates a job is for: age-coded
        ("We're looking for recent design graduates.", True),
        ("The trust is appointing recent graduates.", True),
        ("We want to train recent law graduates as paralegals.", True),
        ("We want to mentor a recent graduate into the role.", True),
        # training or coaching them is the employer's wish to hire them, not a service
        ("Our client is open to training a recent graduate in conveyancing.", True),
        ("Our client is hiring paralegals now and is keen to train recent law graduates.", True),
        ("We're recruiting Trainee Accountants and are happy to train recent graduates.", True),
        ("We're hiring and would love to train a recent graduate as a Junior QS.", True),
        # ...but training or coaching them as the purpose of the job being hired is its work
        (
            "{{ company }} is hiring a Graduate Training Manager to train recent graduates "
            "joining its audit scheme.",
            False,
        ),
        (
            "We're hiring a Careers Coach to coach recent graduates at the University of Leeds.",
            False,
        ),
        (
            "We're hiring a Lecturer in Nursing to teach and train recent graduates on the "
            "preceptorship programme.",
            False,
        ),
        ("We're hiring a Paralegal and are keen to train recent law graduates.", True),
        # the graduates a job serves: the hire works with them, and is not one
        ("We're hiring a Careers Adviser to work with recent design graduates in Leeds.", False),
        ("We're hiring a Trainee Supervisor to support recent law graduates.", False),
        ("We're hiring a Graduate Recruitment Manager to look after recent graduates.", False),
        ("We need an Academic Tutor to teach the recent graduates on our MSc.", False),
        ("We're hiring a mentor to work with a recent graduate on each site.", False),
        ("It's ideal for a coach supporting recent graduates in their first job.", False),
    ],
)
def test_graduates_the_job_is_for_or_works_with(lint, text, fires):
    assert bool(lint(text, config={"select": [CODE]})) == fires
