from __future__ import annotations

import pytest

from outreach_lint.message import MASK
from outreach_lint.rules import text_stats
from outreach_lint.rules.reading_level_too_high import _like
from outreach_lint.rules.text_stats import SYLLABLES, syllables

CODE = "OL701"

DENSE = (
    "Our client, a vertically integrated international manufacturing organisation with "
    "considerable operational complexity across multiple jurisdictions, is undertaking a "
    "comprehensive transformation of its operational infrastructure and is consequently seeking "
    "an exceptionally accomplished Chief Operating Officer. The successful appointee will assume "
    "responsibility for the strategic optimisation of manufacturing, procurement and distribution "
    "capabilities."
)
PLAIN = (
    "I'm Grace, nurse lead at Salford Royal. We need a ward manager for our stroke unit, and "
    "your time leading {{ current_ward }} is what our matron wants. It's 37.5 hours, no nights, "
    "and there's a £1,500 welcome payment. Could we have a 15-minute call this week? You can "
    "pick a time here: {{ calendar_link }}"
)


CORPORATE = (
    "I hope this message finds you well. I am reaching out regarding a Senior Financial Analyst "
    "position with our organization. Based on your experience at {{ company }}, I believe your "
    "background in financial planning and analysis would be a strong fit. The role offers "
    "competitive compensation, comprehensive benefits, and opportunities for professional "
    "development.\n\nWould you be available for a brief conversation this week?"
)


def md(body: str, channel: str = "email") -> str:
    front = f"---\nchannel: {channel}\nsubject: Hi\n---\n"
    return front + "Hi {{ first_name }},\n\n" + body + "\n\nThanks,\nGrace\n"


FIRE = [
    pytest.param(md(DENSE), id="dense"),
    pytest.param(md(DENSE, "linkedin_inmail"), id="dense-inmail"),
    pytest.param(md(DENSE + "\n\nCould we talk?"), id="dense-then-a-plain-question"),
    pytest.param(md(DENSE.replace("Officer.", "Officer;")), id="semicolons"),
    pytest.param(
        md(
            "I am writing in connection with a significant appointment that I am currently "
            "managing on behalf of a privately-owned, international healthcare services "
            "organisation headquartered in London, which is presently seeking to appoint a Head "
            "of Financial Planning and Analysis to support its continued expansion across "
            "European territories."
        ),
        id="one-long-sentence",
    ),
]

NO_FIRE = [
    pytest.param(md(PLAIN), id="plain"),
    pytest.param(md(CORPORATE), id="formal-but-not-college-level"),
    pytest.param(
        md("Our client seeks an exceptionally accomplished operational executive."), id="too-short"
    ),
    pytest.param(
        md(
            PLAIN + " See https://careers.example.com/international-organisation-transformation/"
            "comprehensive-responsibilities or e-mail talent.acquisition@organisation.example.com"
        ),
        id="links-ignored",
    ),
    pytest.param(
        md(
            "- 25 days holiday\n- Free parking on site\n- Company pension\n- Free hot food\n"
            "- Staff discount at a garden centre\n- Paid overtime after 45 hours\n- A real chance "
            "to move up\n- Days only, Monday to Friday\n- Free uniform and boots"
        ),
        id="bullet-list",
    ),
    pytest.param(md("{{ a }} {{ b }} {{ c }} {{ d }} {{ e }} " * 10), id="placeholders-are-short"),
]


@pytest.mark.parametrize("text", FIRE)
def test_fires(lint, text):
    found = lint(text, config={"select": [CODE]})
    assert [f.code for f in found] == [CODE]
    assert "grade" in found[0].message


@pytest.mark.parametrize("text", NO_FIRE)
def test_does_not_fire(lint, text):
    assert lint(text, config={"select": [CODE]}) == []


def test_templates_without_a_channel_are_judged_too(lint):
    assert [f.code for f in lint(DENSE + "\n", config={"select": [CODE]})] == [CODE]


@pytest.mark.parametrize(
    ("max_grade", "said"),
    [
        (12, "(US school grade 21; aim for 12 or under)"),
        (21, "(US school grade 21.4; aim for 21 or under)"),
        (21.3, "(US school grade 21.4; aim for 21.3 or under)"),
    ],
)
def test_the_grade_shown_is_never_the_one_it_is_above(lint, max_grade, said):
    """DENSE reads at grade 21.4: rounded to 21, it would read "grade 21 ... above grade 21"."""
    config = {"select": [CODE], "rules": {CODE: {"max-grade": max_grade}}}
    (found,) = lint(md(DENSE), config=config)
    assert said in found.message


def test_a_grade_just_above_the_maximum_is_shown_above_it(lint):
    """A body at grade 12.005 (a run of one-syllable words in one sentence) is above grade 12;
    shown as 12 or 12.0 it would not look it."""
    body = "Hi {{ first_name }}, your post on {{ topic }} was great. " + "Word " * 70
    text = "---\nchannel: email\nsubject: Hi\n---\n" + body + "Could we talk?\n"
    (found,) = lint(text, config={"select": [CODE]})
    assert "(US school grade 12.005; aim for 12 or under)" in found.message


def test_the_message_says_what_the_grade_means_in_plain_words(lint):
    (found,) = lint(md(DENSE), config={"select": [CODE]})
    assert found.message == (
        "this message is as hard to read as an academic paper (US school grade 21; aim for 12 "
        "or under): use shorter sentences and everyday words, starting with this one (the "
        "plainest messages get about a third more replies)"
    )
    assert "Flesch" not in found.message


@pytest.mark.parametrize(
    ("level", "like"),
    [
        (6.0, "a newspaper"),
        (8.0, "a newspaper"),
        (10.5, "a secondary-school textbook"),
        (12.4, "a university textbook"),
        (16.0, "a university textbook"),
        (16.2, "an academic paper"),
    ],
)
def test_what_each_grade_reads_like(level, like):
    assert _like(level) == like


def test_options(lint):
    config = {"select": [CODE], "rules": {CODE: {"max-grade": 30}}}
    assert lint(md(DENSE), config=config) == []
    config = {"select": [CODE], "rules": {CODE: {"max-grade": 8}}}
    assert [f.code for f in lint(md(CORPORATE), config=config)] == [CODE]
    short = (
        "Comprehensive organisational transformation necessitates exceptionally accomplished "
        "operational leadership.\n"
    )
    assert lint(short, config={"select": [CODE]}) == []
    config = {"select": [CODE], "rules": {CODE: {"min-words": 5}}}
    assert [f.code for f in lint(short, config=config)] == [CODE]


@pytest.mark.parametrize(
    ("word", "count"),
    [
        ("the", 1),
        ("recruiter", 3),
        ("opportunity", 5),
        ("experience", 4),
        ("worked", 1),
        ("wanted", 2),
        ("makes", 1),
        ("changes", 2),
        ("table", 2),
        ("people", 2),
        ("client", 2),
        ("social", 2),
        ("media", 3),
        ("employer", 3),
        ("management", 3),
        ("data-driven", 4),
        ("HGV", 1),
        ("£45k", 1),
        (MASK * 3, 1),
        ("Python3", 3),  # one word: "Python" and the number said after it
        ("B2B", 2),
        ("Web3", 2),
        ("70k", 1),
    ],
)
def test_syllables(word, count):
    assert syllables(word) == count
    SYLLABLES.clear()
    assert SYLLABLES[word] == count  # computed
    assert SYLLABLES[word] == count  # remembered


def test_remembered_syllables_are_forgotten_when_there_are_too_many(monkeypatch):
    monkeypatch.setattr(SYLLABLES, "most", 3)
    SYLLABLES.clear()
    for word in ("one", "two", "three", "media"):
        assert SYLLABLES[word] == syllables(word)
    assert list(SYLLABLES) == ["media"]


def test_a_sentence_met_again_has_the_same_words_and_syllables(lint):
    """The words and syllables of a sentence are remembered from one template to the next:
    the grade and the sentence pointed at are those of a template linted alone."""
    hard = (
        "Our organisation's comprehensive transformation programme necessitates "
        "considerable infrastructural modernisation capabilities. "
    )
    text = hard * 3 + "Reply if interested."

    def forget() -> None:
        for known in (*text_stats._KNOWN_SENTENCES.values(), text_stats.SENTENCE_SYLLABLES):
            known.clear()

    forget()
    alone = lint(text, config={"select": [CODE]})  # its sentences met for the first time
    assert alone != []
    forget()  # the same sentences met first in other places, one beside a web address
    for other in (
        "Hi there. " + hard + "Thanks.",
        hard.replace("capabilities.", "capabilities at https://acme.example/modernisation."),
        "Plain words. " * 12,
    ):
        lint(other, config={"select": [CODE]})
    assert lint(text, config={"select": [CODE]}) == alone


def test_remembered_sentences_are_forgotten_when_there_are_too_many(monkeypatch):
    known = text_stats._KNOWN_SENTENCES[text_stats._ASCII_WORD]
    monkeypatch.setattr(known, "most", 2)
    known.clear()
    for sentence in ("One two.", "Three four five.", "Six."):
        assert known[sentence] == tuple(sentence.rstrip(".").split())
    assert list(known) == ["Six."]


def test_points_at_the_hardest_sentence(lint):
    text = f"---\nchannel: email\nsubject: COO\n---\nDear {{{{ first_name }}}},\n\n{DENSE}\n"
    (f,) = lint(text, config={"select": [CODE]})
    assert (f.line, f.column, f.end_line) == (7, 1, 7)
    assert f.snippet.startswith("Our client") and f.snippet.endswith("Officer.")


def test_points_at_the_sentence_not_the_space_before_it(lint):
    body = f"Hi {{{{ first_name }}}}, a quick note. {DENSE}"
    text = f"---\nchannel: email\nsubject: COO\n---\n{body}\n"
    (f,) = lint(text, config={"select": [CODE]})
    assert (f.line, f.column) == (5, 36)
    assert f.snippet.startswith("Our client")


def test_points_at_the_hardest_sentence_in_a_yaml_collection(lint):
    body = "\n".join(f"      {line}" for line in ["Hi,", "", DENSE])
    text = f"templates:\n  - name: coo\n    channel: email\n    subject: COO\n    body: |\n{body}\n"
    (f,) = lint(text, path="mails.yaml", config={"select": [CODE]}, dedent=False)
    assert (f.line, f.column) == (8, 7)


def test_a_wrapped_paragraph_is_read_as_its_sentences(lint):
    """A line break before a word in lower case wraps a sentence; it does not end one."""
    one_line = (
        "Our client, a vertically integrated international manufacturing organisation with "
        "considerable operational complexity across multiple continents and regulatory "
        "jurisdictions, is consequently seeking an exceptionally accomplished Chief Operating "
        "Officer to institutionalise transformational operational excellence.\n"
    )
    wrapped = one_line.replace(" with ", " with\n").replace(" regulatory ", " regulatory\n")
    config = {"select": ["OL701"]}
    (a,) = lint(one_line, config=config)
    (b,) = lint(wrapped, config=config)
    assert a.message == b.message and (b.line, b.column) == (1, 1)


def test_short_lines_in_lower_case_are_a_list_not_one_sentence(lint):
    items = "\n".join(
        [
            "running the weekly release train",
            "looking after our build and test tools",
            "mentoring two engineers",
            "writing the on-call runbooks",
            "reviewing pull requests",
            "keeping the staging stack healthy",
        ]
    )
    text = (
        "Hi {{ first_name|default('there') }}, your work at {{ company }} fits our platform "
        f"team. In the role you would be:\n\n{items}\n\nCould we talk on Thursday?\n"
    )
    config = {"select": ["OL701"], "rules": {"OL701": {"max-grade": 4, "min-words": 1}}}
    assert lint(text, config=config) == []
