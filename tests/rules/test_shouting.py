from __future__ import annotations

import pytest

from outreach_lint.cli import main

CODE = "OL703"


def md(body: str, subject: str = "Hi") -> str:
    return f"---\nchannel: email\nsubject: {subject!r}\n---\n{body}\n"


FIRE = [
    pytest.param(md("URGENT: carers needed in Wakefield."), ["'URGENT'"], id="urgent"),
    pytest.param(
        md("WE ARE HIRING!!! Roofers in Kent."), ["'WE ARE HIRING!!!'"], id="run-with-bangs"
    ),
    pytest.param(
        md("Roofers needed - START MONDAY, paid weekly."), ["'START MONDAY'"], id="start-monday"
    ),
    pytest.param(md("HUGE NEWS: new contract won."), ["'HUGE NEWS'"], id="short-words-run"),
    pytest.param(
        md("Labourers needed. CASH IN HAND, start today."), ["'CASH IN HAND'"], id="whole-run"
    ),
    pytest.param(md("JOIN THE NHS today."), ["'JOIN THE NHS'"], id="acronym-in-the-run"),
    pytest.param(md("An AMAZING OPPORTUNITY awaits."), ["'AMAZING OPPORTUNITY'"], id="amazing"),
    pytest.param(md("Thanks for connecting!!"), ["'!!'"], id="two-bangs"),
    pytest.param(md("See this week's HOT jobs."), ["'HOT'"], id="hype-word"),
    pytest.param(md("An EXCLUSIVE role, paid weekly."), ["'EXCLUSIVE'"], id="long-english-word"),
    pytest.param(
        md("Hi there.", subject="NEW ROLES - HGV Class 2 drivers"), ["'NEW ROLES'"], id="subject"
    ),
    pytest.param(
        md("WE NEED YOU!!! PLEASE reply today."), ["'WE NEED YOU!!!'", "'PLEASE'"], id="two-runs"
    ),
    pytest.param(md("I NEED drivers by Monday."), ["'I NEED'"], id="from-a-one-letter-word"),
]

NO_FIRE = [
    pytest.param(md("I think Plan A or B suits: I / A & B both pay weekly."), id="one-letters"),
    pytest.param(md("You'd be our lead SQL DBA in Leeds."), id="acronyms-side-by-side"),
    pytest.param(
        md("We need SQL, AWS and ETL skills for our NHS Trust client, ASAP."), id="acronyms"
    ),
    pytest.param(
        md("CSCS card, FTSE 250 client, TUPE applies, IR35 outside, B2B SaaS."), id="acronyms-2"
    ),
    pytest.param(md("Your talk at PASS Summit on SQL tuning was great."), id="pass-summit"),
    pytest.param(md("I'm hiring a Head of IT in the UK; HR and IT report to the CEO."), id="it-hr"),
    pytest.param(md("NEBOSH and MATLAB skills, plus a CELTA."), id="long-known-acronyms"),
    pytest.param(md("The NASENCO is funded, and CAFCASS work counts."), id="long-unknown-acronyms"),
    pytest.param(md("I'm hiring for TODO in XXX. Thanks!"), id="fill-in-markers"),
    pytest.param(md("Reply STOP to opt out, or text YES."), id="reply-keywords"),
    pytest.param(md("ABOUT THE ROLE\n- Plan routes\n\nBENEFITS:\n- Parking"), id="headings"),
    pytest.param(md("FP&A, M&E, L&D and A&E roles. QSs and SLOs."), id="ampersands-and-plurals"),
    pytest.param(md("Hi, great to meet you! Could we talk? Really?"), id="single-marks"),
    pytest.param(md("Details: https://example.com/JOBS/APPLY-NOW"), id="url"),
]


@pytest.mark.parametrize(("text", "shown"), FIRE)
def test_fires(lint, text, shown):
    found = lint(text, config={"select": [CODE]})
    assert [f.message.split(" reads")[0] for f in found] == shown


@pytest.mark.parametrize("text", NO_FIRE)
def test_does_not_fire(lint, text):
    assert lint(text, config={"select": [CODE]}) == []


def test_allow_option(lint):
    text = md("NHSBSA and SENIOR CARERS wanted.")
    assert [f.code for f in lint(text, config={"select": [CODE]})] == [CODE]
    config = {"select": [CODE], "rules": {CODE: {"allow": ["senior", "CARERS"]}}}
    assert lint(text, config=config) == []
    config = {"select": [CODE], "rules": {CODE: {"allow": ["KUBECON"]}}}
    assert lint(md("See you at KUBECON."), config=config) == []


def test_the_message_says_where_an_abbreviation_is_allowed(lint):
    """The recruiter rewrites it; adding a word to 'allow' is for whoever set up outreach-lint,
    in the config file the message names."""
    (f,) = lint(md("URGENT: carers needed in Wakefield."), config={"select": [CODE]})
    assert f.message == (
        "'URGENT' reads as shouting: write it in sentence case, with one exclamation mark at "
        "most (if it is an abbreviation, ask whoever set up outreach-lint to add it to OL703's "
        "'allow' list in .outreach-lint.yaml)"
    )
    (f,) = lint(md("Carers needed in Wakefield!!"), config={"select": [CODE]})
    assert f.message == "'!!' reads as shouting: one exclamation mark is plenty"


def test_broken_placeholder_name_is_not_shouting(lint):
    text = md("Your work at *|COMPANY| fits.")
    assert lint(text, config={"select": [CODE], "dialects": ["mailchimp"]}) == []


def test_points_at_each_run(lint):
    text = """\
        ---
        channel: linkedin_connection_note
        ---
        Hi {{ first_name }}!!! URGENT: Senior Carers, £13.50/hr. START NEXT WEEK.
        """
    found = lint(text, config={"select": [CODE]})
    assert [(f.line, f.column, f.end_column) for f in found] == [
        (4, 20, 23),
        (4, 24, 30),
        (4, 58, 73),
    ]


def test_points_at_the_run_in_a_yaml_collection(lint):
    text = """\
        templates:
          - name: drivers
            channel: linkedin_inmail
            subject: Class 2 drivers
            body: |
              Hi there,
              HUGE NEWS: a new contract.
        """
    (f,) = lint(text, path="mails.yaml", config={"select": [CODE]})
    assert (f.line, f.column, f.end_column) == (7, 7, 16)


def test_a_fill_in_in_capitals_is_left_to_ol403(lint):
    text = "It's with CLIENT NAME in Slough, or #CLIENT#, see (ADD DETAILS), at INSERT RATE.\n"
    assert lint(text, config={"select": ["OL703"]}) == []
    assert [f.code for f in lint("URGENT: call me.\n", config={"select": ["OL703"]})] == ["OL703"]


def test_a_run_that_holds_a_fill_in_is_left_to_ol403(lint):
    found = lint("Pay is INSERT RATE PER HOUR.\n", config={"select": ["OL403", "OL703"]})
    assert [(f.code, f.message.split("'")[1]) for f in found] == [("OL403", "INSERT RATE")]


@pytest.mark.parametrize(
    ("sentence", "shown"),
    [
        # after a field's name in capitals, the sentence it stands in shouts on its own
        (
            "Hi, CLIENT NAME URGENTLY NEEDS NURSES.",
            [("OL403", "CLIENT NAME"), ("OL703", "URGENTLY NEEDS NURSES")],
        ),
        ("JOB TITLE - APPLY TODAY!", [("OL403", "JOB TITLE"), ("OL703", "APPLY TODAY")]),
        ("COMPANY NAME IS HIRING", [("OL403", "COMPANY NAME"), ("OL703", "IS HIRING")]),
        ("The ward URGENTLY NEEDS NURSES.", [("OL703", "URGENTLY NEEDS NURSES")]),
        # but more fields' names after it, alone or joined by "AND", "IN", "BASED IN", are
        # the same fill-in
        (
            "The role is at CLIENT NAME AND ADDRESS, Leeds.",
            [("OL403", "CLIENT NAME AND ADDRESS")],
        ),
        ("JOB TITLE AND LOCATION: your ward work fits.", [("OL403", "JOB TITLE AND LOCATION")]),
        ("The job is JOB TITLE BASED IN LOCATION.", [("OL403", "JOB TITLE BASED IN LOCATION")]),
        ("We're hiring at COMPANY NAME HOSPITAL in Leeds.", [("OL403", "COMPANY NAME HOSPITAL")]),
        ("JOB TITLE - LOCATION, your ward work fits.", [("OL403", "JOB TITLE - LOCATION")]),
        # but the fill-in alone, what an "INSERT" says to insert, and acronyms are not shouting
        ("It's with CLIENT NAME in Slough.", [("OL403", "CLIENT NAME")]),
        ("Pay is INSERT RATE PER HOUR.", [("OL403", "INSERT RATE")]),
        ("Pay is INSERT RATE PER HOUR PLUS ENHANCEMENTS.", [("OL403", "INSERT RATE")]),
        ("It's a CLIENT NAME SQL DBA role.", [("OL403", "CLIENT NAME")]),
    ],
)
def test_the_words_after_a_fill_in_in_capitals_shout_on_their_own(lint, sentence, shown):
    text = f"Hi {{{{ first_name }}}},\n\n{sentence} Could we talk on Thursday?\n"
    found = lint(text, config={"select": ["OL403", "OL703"]})
    assert [(f.code, f.message.split("'")[1]) for f in found] == shown


@pytest.mark.parametrize(
    ("sentence", "shown"),
    [
        # a field's name in capitals where its value goes is a fill-in, not shouting
        ("You'd start on START DATE in Leeds.", [("OL403", "START DATE")]),
        ("Pay is SALARY RANGE, plus overtime.", [("OL403", "SALARY RANGE")]),
        ("Shifts are SHIFT PATTERN, in Leeds.", [("OL403", "SHIFT PATTERN")]),
        ("I'm RECRUITER NAME from Acme.", [("OL403", "RECRUITER NAME")]),
        ("The ward is WARD NAME at the Royal.", [("OL403", "WARD NAME")]),
        ("CANDIDATE FIRST NAME, your ward work fits.", [("OL403", "CANDIDATE FIRST NAME")]),
        ("Interviews are on INTERVIEW DATE at our office.", [("OL403", "INTERVIEW DATE")]),
        ("Call me on PHONE NUMBER to talk it through.", [("OL403", "PHONE NUMBER")]),
        ("Text me on MOBILE NUMBER today.", [("OL403", "MOBILE NUMBER")]),
        ("Reply to EMAIL ADDRESS with your CV.", [("OL403", "EMAIL ADDRESS")]),
        (
            "You'd be based in LOCATION, working for COMPANY NAME.",
            [("OL403", "LOCATION"), ("OL403", "COMPANY NAME")],
        ),
        # the same words said loudly as a noun, a label or part of a longer run are shouting
        ("Note the CLOSING DATE is Friday.", [("OL703", "CLOSING DATE")]),
        ("It pays a £450 DAY RATE, weekly.", [("OL703", "DAY RATE")]),
        ("START DATE: 3 March.", [("OL703", "START DATE")]),
        ("START DATE Monday 3 March.", [("OL703", "START DATE")]),
        ("IMMEDIATE START DATE for nurses.", [("OL703", "IMMEDIATE START DATE")]),
        ("START DATE CONFIRMED for Monday.", [("OL703", "START DATE CONFIRMED")]),
        ("Note the INTERVIEW DATE is Friday.", [("OL703", "INTERVIEW DATE")]),
        ("Send it to my EMAIL ADDRESS now.", [("OL703", "EMAIL ADDRESS")]),
        ("PHONE NUMBER: 0113 496 0000.", [("OL703", "PHONE NUMBER")]),
        ("Please quote JOB NUMBER when you apply.", [("OL703", "JOB NUMBER")]),
        ("Jobs in LOCATION UK are open.", [("OL703", "LOCATION UK")]),
        ("Your work at our LOCATION impressed us.", [("OL703", "LOCATION")]),
    ],
)
def test_a_fields_name_in_capitals_is_a_fill_in_where_its_value_goes(lint, sentence, shown):
    text = f"Hi {{{{ first_name }}}},\n\n{sentence} Could we talk on Thursday?\n"
    found = lint(text, config={"select": ["OL403", "OL703"]})
    assert [(f.code, f.message.split("'")[1]) for f in found] == shown


AMPSCRIPT = """\
Subject: Apprentice electrician places, Swansea
%%[ IF NOT EMPTY(FirstName) THEN SET @greeting = Concat("Hi ", FirstName, ",") ELSE
SET @greeting = "Hi there," ENDIF ]%%
%%=v(@greeting)=%%

You told us at the Swansea skills show that you want to be an electrician, and you're finishing
your Level 2 at %%College%%. We have 12 places in September: APPLY NOW for the open day?
"""

APPLY = AMPSCRIPT.splitlines()[6].index("APPLY") + 1


@pytest.mark.parametrize("dialects", [["jinja", "percent"], ["percent"]])
def test_an_ampscript_block_is_code_not_shouting(lint, dialects):
    found = lint(AMPSCRIPT, path="amp.txt", config={"select": [CODE], "dialects": dialects})
    assert [(f.line, f.column, f.message.split("'")[1]) for f in found] == [(7, APPLY, "APPLY NOW")]


def test_an_ampscript_block_is_text_where_the_percent_style_is_off(lint):
    found = lint(AMPSCRIPT, path="amp.txt", config={"select": [CODE]})
    assert [(f.line, f.column) for f in found] == [(2, 5), (7, APPLY)]


def test_ampscript_through_the_cli(tmp_path, capsys, monkeypatch):
    (tmp_path / "all.yaml").write_text("dialects: [jinja, brace, mailchimp, percent]\n")
    (tmp_path / "amp.txt").write_text(AMPSCRIPT.replace("APPLY NOW for", "want a place at"))
    (tmp_path / "loud.txt").write_bytes(AMPSCRIPT.replace("\n", "\r\n").encode())
    monkeypatch.chdir(tmp_path)
    assert main(["check", "--no-cache", "--config", "all.yaml", "amp.txt"]) == 0
    assert capsys.readouterr().out == ""
    assert main(["check", "--no-cache", "--config", "all.yaml", "--select", CODE, "loud.txt"]) == 1
    assert capsys.readouterr().out.startswith(
        f"loud.txt:7:{APPLY}: OL703 'APPLY NOW' reads as shouting"
    )
