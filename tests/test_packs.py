"""YAML rule packs: the four kinds on real templates, their docs, and every error's position."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from conftest import scanned

from outreach_lint.cli import main
from outreach_lint.model import Severity
from outreach_lint.packs import PackError, load_pack, read_pack
from outreach_lint.rules import text_stats
from outreach_lint.testing import lint_text

ISSUE_PACK = (
    "rules:\n"
    "  - code: ACME101                 # required; same code rules as plugins\n"
    "    name: client-named-too-early  # required; kebab-case\n"
    "    kind: existence               # existence | substitution | required | limit\n"
    '    message: "Don\'t name the client in a first message"\n'
    "    severity: error               # error | warning | info (default warning)\n"
    "    channels: [email, linkedin_inmail]   # optional: only these channels\n"
    "    scope: body                   # body | subject | all (default all)\n"
    '    docs: "Why, and what to write instead."\n'
    '    phrases: ["Goliath Bank", "re:\\\\bGBank\\\\b"]'
    "   # existence: words/phrases, `re:` for a regex\n"
    "  - {code: ACME102, name: plain-job-words, kind: substitution,"
    ' message: "Say what the job is",\n'
    "     swap: {rockstar: experienced engineer, ninja: specialist}}"
    "   # message names found and suggested\n"
    "  - {code: ACME103, name: unsubscribe-link, kind: required, channels: [email],\n"
    '     message: "Bulk e-mail needs an unsubscribe link",'
    ' any-of: ["{{unsubscribe_link}}", "unsubscribe"]}\n'
    "  - {code: ACME104, name: inmail-word-budget, kind: limit, channels: [linkedin_inmail],\n"
    '     message: "Keep InMails under 80 words", metric: words, max: 80}'
    "   # words|characters|sentences|questions|placeholders; min/max\n"
)
"""The rule pack of the issue that asked for packs, as written there."""


HOUSE_PACK = ISSUE_PACK.replace("ACME", "HOUSE")
"""The issue's pack under the prefix HOUSE: the example plugin, when installed, owns ACME."""


@pytest.fixture
def pack_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "house-style.yaml").write_text(HOUSE_PACK)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def lint(text: str, **config: object) -> list[str]:
    """``line:col CODE message`` of the findings of the issue's pack (and ``config``)."""
    settings = {"rule-packs": ["house-style.yaml"], "select": ["HOUSE"], **config}
    findings = lint_text(textwrap.dedent(text), config=settings)
    return [f"{f.line}:{f.column} {f.code} {f.message}" for f in findings]


# --- the four kinds ---------------------------------------------------------------------------


@pytest.mark.usefixtures("pack_dir")
def test_existence_in_the_body_of_listed_channels_only() -> None:
    text = """\
        ---
        channel: email
        subject: Goliath Bank role
        ---
        Hi {{ first_name }}, goliath
        bank is hiring. GBank! Not GBanking. Unsubscribe: {{ unsubscribe_link }}
        """
    assert lint(text) == [
        "5:22 HOUSE101 Don't name the client in a first message: 'goliath bank'",
        "6:17 HOUSE101 Don't name the client in a first message: 'GBank'",
    ]
    note = "---\nchannel: linkedin_connection_note\n---\nHi {{ first_name }}, Goliath Bank.\n"
    assert lint(note) == []


@pytest.mark.usefixtures("pack_dir")
def test_substitution_names_found_and_suggested_with_curly_quotes_and_case() -> None:
    assert lint("Hi {{ first_name }}, our team’s Ninja\nand ROCKSTAR roles.\n") == [
        "1:33 HOUSE102 Say what the job is: use 'specialist' instead of 'Ninja'",
        "2:5 HOUSE102 Say what the job is: use 'experienced engineer' instead of 'ROCKSTAR'",
    ]


def test_substitution_leaves_text_that_already_says_the_replacement(tmp_path: Path) -> None:
    (tmp_path / "pack.yaml").write_text(
        "rules:\n  - {code: PK102, name: no-contractions, kind: substitution,\n"
        '     message: Write it out, swap: {"we\'re": we are, "don\'t": do not}}\n'
    )
    findings = lint_text(
        "We are hiring and we're quick. Don't worry, we do not bite.\n",
        config={"rule-packs": [str(tmp_path / "pack.yaml")], "select": ["PK"]},
    )
    assert [f.message for f in findings] == [
        "Write it out: use 'we are' instead of 'we're'",
        "Write it out: use 'do not' instead of 'Don't'",
    ]


@pytest.mark.usefixtures("pack_dir")
def test_required_placeholder_matches_in_any_active_dialect() -> None:
    email = "---\nchannel: email\nsubject: Hi\n---\nHi {name}, see you. %s\n"
    brace = {"dialects": ["brace"]}
    assert lint(email % "{unsubscribe_link}", **brace) == []
    assert lint(email % "{UNSUBSCRIBE_LINK}", **brace) == []
    assert lint(email % "{unsubscribeLink}", **brace) == []
    assert lint(email % "Unsubscribe here.", **brace) == []
    missing = [
        "5:1 HOUSE103 Bulk e-mail needs an unsubscribe link (write one of: "
        "{{unsubscribe_link}}, unsubscribe)"
    ]
    assert lint(email % "{unsubscribe_url}", **brace) == missing
    # The placeholder in an inactive dialect is text, and its name is not the word.
    assert lint(email % "%UNSUBSCRIBE_LINK%", **brace) == missing
    assert lint(email % "%UNSUBSCRIBE_LINK%", dialects=["brace", "percent"]) == []


@pytest.mark.usefixtures("pack_dir")
def test_limit_points_at_the_first_word_over_and_counts_a_placeholder_as_one() -> None:
    head = "---\nchannel: linkedin_inmail\nsubject: Hi\n---\nHi {{ first_name }}"
    assert lint(head + " word" * 77 + "\n") == []  # subject 1 + body 2 + 77 = 80 words
    assert lint(head + " word" * 79 + "\n") == [
        f"5:{len('Hi {{ first_name }}') + 77 * 5 + 2} HOUSE104 Keep InMails under 80 words "
        "(82 words; at most 80)"
    ]


@pytest.mark.parametrize(
    ("scope", "what", "example"),
    [
        (
            "all",
            "the subject and body of `linkedin_inmail` templates together must have at most 80 "
            "words.",
            "The subject and body of `linkedin_inmail` templates with 81 words between them.",
        ),
        (
            "body",
            "the body of `linkedin_inmail` templates must have at most 80 words.",
            "The body of `linkedin_inmail` templates with 81 words.",
        ),
    ],
    ids=["all", "body"],
)
def test_limit_docs_say_the_fields_are_counted_together(
    pack_dir: Path, capsys: pytest.CaptureFixture[str], scope: str, what: str, example: str
) -> None:
    pack = HOUSE_PACK.replace("metric: words,", f"scope: {scope}, metric: words,")
    (pack_dir / "house-style.yaml").write_text(pack)
    (pack_dir / ".outreach-lint.yaml").write_text("rule-packs: [house-style.yaml]\n")
    assert main(["rule", "HOUSE104"]) == 0
    out = capsys.readouterr().out
    assert f"\n\nA `limit` rule: {what}\n\n" in out
    assert f"## Example\n\n{example}\n\n" in out
    # what the docs say is what the rule counts: a 10-word subject and a 74-word body
    text = "---\nchannel: linkedin_inmail\nsubject: " + "word " * 10 + "\n---\n" + "word " * 74
    findings = lint_text(text, config={"rule-packs": ["house-style.yaml"], "select": ["HOUSE"]})
    assert [f.message for f in findings] == (
        ["Keep InMails under 80 words (84 words; at most 80)"] if scope == "all" else []
    )


def pack_rules(body: str, **kw: object) -> list[str]:
    """Findings of a one-rule pack ``body`` (its YAML fields) on a LinkedIn message."""
    fields = "".join(f"    {k}: {v}\n" for k, v in kw.items())
    pack = f"rules:\n  - code: XY101\n    name: one-rule\n    message: Too much\n{fields}"
    Path("p.yaml").write_text(pack)
    text = "---\nchannel: linkedin_message\n---\n" + body
    findings = lint_text(text, config={"rule-packs": ["p.yaml"], "select": ["XY"]})
    return [f"{f.line}:{f.column}-{f.end_line}:{f.end_column} {f.message}" for f in findings]


@pytest.mark.usefixtures("pack_dir")
@pytest.mark.parametrize(
    ("metric", "limit", "expected"),
    [
        ("characters", "max: 10", ["4:18-4:24 Too much (16 characters; at most 10)"]),
        ("sentences", "max: 1", ["4:18-4:24 Too much (2 sentences; at most 1)"]),
        ("questions", "max: 0", ["4:1-4:17 Too much (1 question; at most 0)"]),
        ("placeholders", "min: 2", ["4:1-4:1 Too much (1 placeholder; at least 2)"]),
        ("words", "min: 2", []),
    ],
    ids=["characters", "sentences", "questions", "placeholders", "words-ok"],
)
def test_limit_metrics(metric: str, limit: str, expected: list[str]) -> None:
    key, value = limit.split(": ")
    body = "Hi {{ x }}, you? Great.\n"  # 16 characters the recipient sees, "Great." at 18
    assert pack_rules(body, kind="limit", metric=metric, **{key: value}) == expected


@pytest.mark.usefixtures("pack_dir")
def test_limit_on_questions_starts_at_the_first_question_over() -> None:
    body = "Are you free? Is Monday ok? Or Tuesday?\n"
    assert pack_rules(body, kind="limit", metric="questions", max=1) == [
        "4:15-4:40 Too much (3 questions; at most 1)"
    ]


@pytest.mark.usefixtures("pack_dir")
def test_limit_counts_words_as_the_built_in_rules_do() -> None:
    """Web and e-mail addresses are no words, "9:30" and "e-mail" are one each, "3.5-day" is
    two: the count a recruiter sees from OL502 too."""
    body = "See https://ex.com/a-b today at 9:30, e-mail jo@ex.com about the 3.5-day week.\n"
    assert pack_rules(body, kind="limit", metric="words", max=8) == [
        "4:70-4:78 Too much (10 words; at most 8)"
    ]
    message = scanned(body, ())
    assert text_stats.word_count(message) == 10


@pytest.mark.usefixtures("pack_dir")
def test_limit_counts_letters_with_digits_as_one_word() -> None:
    body = "Our B2B Web3 team: Q3 start, H1B ok, Python3.\n"
    assert pack_rules(body, kind="limit", metric="words", max=9) == []
    assert pack_rules(body, kind="limit", metric="words", max=8) == [
        "4:38-4:45 Too much (9 words; at most 8)"
    ]


@pytest.mark.usefixtures("pack_dir")
def test_scope_subject() -> None:
    pack = "rules:\n  - {code: SU101, name: no-re, kind: existence, scope: subject,\n"
    pack += "     message: No fake replies, phrases: ['re:^\\s*re:']}\n"
    Path("s.yaml").write_text(pack)
    text = "---\nchannel: email\nsubject: 'RE: your talk'\n---\nre: your talk, {{ first_name }}\n"
    findings = lint_text(text, config={"rule-packs": ["s.yaml"], "select": ["SU"]})
    assert [(f.line, f.column, f.snippet) for f in findings] == [(3, 11, "RE:")]


# --- same treatment as Python rules -----------------------------------------------------------


@pytest.mark.usefixtures("pack_dir")
def test_noqa_severity_and_ignore_apply_to_pack_rules() -> None:
    text = "Hi {{ first_name }}, a ninja role. <!-- outreach-lint: noqa: HOUSE102 -->\nrockstar\n"
    assert lint(text) == [
        "2:1 HOUSE102 Say what the job is: use 'experienced engineer' instead of 'rockstar'"
    ]
    findings = lint_text(
        text,
        config={"rule-packs": ["house-style.yaml"], "rules": {"HOUSE102": {"severity": "error"}}},
    )
    assert [(f.code, f.severity) for f in findings if f.code.startswith("HOUSE")] == [
        ("HOUSE102", Severity.ERROR)
    ]
    assert lint(text, ignore=["HOUSE1"]) == []


WHAT = (
    "An `existence` rule: flags any of these phrases in the body of `email`, `linkedin_inmail` "
    "templates: `Goliath Bank`, `re:\\bGBank\\b`."
)


def test_rule_docs_through_the_cli(pack_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (pack_dir / ".outreach-lint.yaml").write_text("rule-packs: [house-style.yaml]\n")
    assert main(["rule", "HOUSE101"]) == 0
    assert capsys.readouterr().out == textwrap.dedent(
        """\
        # HOUSE101 client-named-too-early

        Plugin: pack:house-style.yaml. On by default. Severity: error.

        ## What it does

        Don't name the client in a first message.

        {what}

        ## Why is this bad?

        Why, and what to write instead.

        ## Example

        Any of the phrases above in the body of `email`, `linkedin_inmail` templates.

        ## Use instead

        Leave them out or rephrase.

        ## Options

        None: set the severity with `rules: {HOUSE101: {severity: error}}`.

        Defined in the rule pack `house-style.yaml`, line 2.
        """
    ).replace("{what}", WHAT)
    assert main(["rules"]) == 0
    rows = [line.split() for line in capsys.readouterr().out.splitlines()]
    assert ["HOUSE104", "inmail-word-budget", "on", "pack:house-style.yaml"] in [
        r[:4] for r in rows
    ]


def test_check_through_the_cli(pack_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (pack_dir / ".outreach-lint.yaml").write_text(
        "rule-packs: [house-style.yaml]\nselect: [HOUSE]\n"
    )
    (pack_dir / "t.md").write_text("Hi {{ first_name }}, a rockstar role.\n")
    assert main(["check", "--format", "pylint", "t.md"]) == 1
    assert capsys.readouterr().out == (
        "t.md:1: [HOUSE102] Say what the job is: use 'experienced engineer' instead of 'rockstar'\n"
    )


# --- errors: every one names the pack, the line and the field ---------------------------------


def error(text: str) -> str:
    with pytest.raises(PackError) as raised:
        read_pack(textwrap.dedent(text), "house-style.yaml", channels={"email": None})  # type: ignore[dict-item]
    return str(raised.value)


ERRORS = {
    "unknown-field": (
        """\
        rules:
          - code: ACME101
            name: client-named
            kind: existence
            message: No client names
            phrase: [Goliath Bank]
        """,
        "house-style.yaml:6: field 'phrase' of rule ACME101 is not a rule-pack field "
        "(did you mean 'phrases'?)",
    ),
    "field-of-another-kind": (
        """\
        rules:
          - {code: ACME101, name: a, kind: existence, message: m, phrases: [x],
             swap: {a: b}}
        """,
        "house-style.yaml:3: field 'swap' of rule ACME101 belongs to substitution rules, "
        "not to existence",
    ),
    "missing-field": (
        """\
        rules:
          - {code: ACME101, name: a, kind: existence, message: m, phrases: [x]}
          - code: ACME102
            name: b
            kind: substitution
            message: m
        """,
        "house-style.yaml:3: rule ACME102 (substitution rule) is missing the field 'swap'",
    ),
    "missing-code": (
        "rules:\n  - {name: a, kind: existence, message: m, phrases: [x]}\n",
        "house-style.yaml:2: rule 1 (existence rule) is missing the field 'code'",
    ),
    "missing-min-max": (
        "rules:\n  - {code: AB101, name: a, kind: limit, message: m, metric: words}\n",
        "house-style.yaml:2: rule AB101 (limit rule) needs the field 'min' or 'max'",
    ),
    "bad-regex": (
        """\
        rules:
          - code: ACME101
            name: a
            kind: existence
            message: m
            phrases:
              - fine
              - "re:(GBank"
        """,
        "house-style.yaml:8: field 'phrases' of rule ACME101 has a bad regular expression "
        "'re:(GBank': missing ), unterminated subpattern",
    ),
    "regex-matching-nothing": (
        "rules:\n  - {code: AB101, name: a, kind: existence, message: m, phrases: ['re:x*']}\n",
        "house-style.yaml:2: field 'phrases' of rule AB101 has 're:x*', which matches empty text",
    ),
    "bad-regex-in-swap": (
        "rules:\n  - {code: AB101, name: a, kind: substitution, message: m,\n"
        "     swap: {'re:[a-': b}}\n",
        "house-style.yaml:3: field 'swap' of rule AB101 has a bad regular expression 're:[a-': "
        "bad character range a-)",
    ),
    "bad-kind": (
        """\
        rules:
          - code: ACME101
            name: a
            kind: existance
            message: m
        """,
        "house-style.yaml:4: field 'kind' of rule ACME101 must be existence, substitution, "
        "required or limit, not 'existance' (did you mean 'existence'?)",
    ),
    "bad-code": (
        "rules:\n  - {code: acme1, name: a, kind: existence, message: m, phrases: [x]}\n",
        "house-style.yaml:2: field 'code' of rule 1 must be 2-5 capital letters and 3 digits, "
        "like ACME101, not 'acme1'",
    ),
    "bad-name": (
        "rules:\n  - {code: AB101, name: Client Named, kind: existence, message: m,\n"
        "     phrases: [x]}\n",
        "house-style.yaml:2: field 'name' of rule AB101 must be kebab-case, like "
        "client-named-too-early, not 'Client Named'",
    ),
    "bad-severity": (
        "rules:\n  - {code: AB101, name: a, kind: existence, message: m, phrases: [x],\n"
        "     severity: fatal}\n",
        "house-style.yaml:3: field 'severity' of rule AB101 must be error, warning or info, "
        "not 'fatal'",
    ),
    "bad-metric": (
        "rules:\n  - {code: AB101, name: a, kind: limit, message: m, metric: word, max: 3}\n",
        "house-style.yaml:2: field 'metric' of rule AB101 must be words, characters, sentences, "
        "questions or placeholders, not 'word' (did you mean 'words'?)",
    ),
    "min-over-max": (
        "rules:\n  - {code: AB101, name: a, kind: limit, message: m, metric: words,\n"
        "     min: 9, max: 3}\n",
        "house-style.yaml:3: field 'min' of rule AB101 (9) is more than 'max' (3)",
    ),
    "negative-max": (
        "rules:\n  - {code: AB101, name: a, kind: limit, message: m, metric: words, max: -1}\n",
        "house-style.yaml:2: field 'max' of rule AB101 must not be negative, not -1",
    ),
    "fraction-min": (
        "rules:\n  - {code: AB101, name: a, kind: limit, message: m, metric: words, min: 2.5}\n",
        "house-style.yaml:2: field 'min' of rule AB101 must be a whole number, not 2.5",
    ),
    "empty-phrases": (
        "rules:\n  - {code: AB101, name: a, kind: existence, message: m, phrases: []}\n",
        "house-style.yaml:2: field 'phrases' of rule AB101 must be a list of one or more texts",
    ),
    "unknown-channel": (
        "rules:\n  - {code: AB101, name: a, kind: existence, message: m, phrases: [x],\n"
        "     channels: [emial]}\n",
        "house-style.yaml:3: field 'channels' of rule AB101 names the unknown channel 'emial' "
        "(did you mean 'email'?); known channels: email",
    ),
    "duplicate-code": (
        "rules:\n  - {code: AB101, name: a, kind: existence, message: m, phrases: [x]}\n"
        "  - {code: AB101, name: b, kind: existence, message: m, phrases: [y]}\n",
        "house-style.yaml:3: rule AB101: 'AB101' is already used by the rule on line 2",
    ),
    "field-twice": (
        "rules:\n  - code: AB101\n    code: AB102\n",
        "house-style.yaml:3: field 'code' of rule 1 is given twice",
    ),
    "unknown-top-level": (
        "rule:\n  - {code: AB101}\n",
        "house-style.yaml:1: field 'rule' is not a rule-pack field; a pack has only 'rules'",
    ),
    "rules-not-a-list": (
        "rules: {}\n",
        "house-style.yaml:1: field 'rules' must be a list of rules",
    ),
    "rule-not-a-mapping": (
        "rules:\n  - ACME101\n",
        "house-style.yaml:2: rule 1 must be a mapping of fields (code, name, kind, message...)",
    ),
    "invalid-yaml": (
        "rules:\n  - {code: AB101\n",
        "house-style.yaml:2: invalid YAML: did not find expected ',' or '}'",
    ),
}


@pytest.mark.parametrize(("text", "message"), ERRORS.values(), ids=ERRORS.keys())
def test_pack_errors(text: str, message: str) -> None:
    assert error(text) == message


def test_pack_error_is_one_line_exit_2(pack_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (pack_dir / "house-style.yaml").write_text(HOUSE_PACK.replace("phrases:", "phrase:"))
    (pack_dir / ".outreach-lint.yaml").write_text("rule-packs: [house-style.yaml]\n")
    (pack_dir / "t.md").write_text("Hi {{ first_name }}.\n")
    assert main(["check", "t.md"]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err == (
        "outreach-lint: error: house-style.yaml:10: field 'phrase' of rule HOUSE101 is not a "
        "rule-pack field (did you mean 'phrases'?)\n"
    )


def test_missing_pack_file(tmp_path: Path) -> None:
    with pytest.raises(PackError, match=r"^packs/none.yaml: cannot read rule pack: No such file"):
        load_pack(str(tmp_path / "none.yaml"), display="packs/none.yaml")


def test_load_pack_yields_documented_rules(tmp_path: Path) -> None:
    (tmp_path / "p.yaml").write_text(ISSUE_PACK)
    rules = load_pack(str(tmp_path / "p.yaml"), display="p.yaml")
    assert [(r.code, r.name, r.severity) for r in rules] == [
        ("ACME101", "client-named-too-early", Severity.ERROR),
        ("ACME102", "plain-job-words", Severity.WARNING),
        ("ACME103", "unsubscribe-link", Severity.WARNING),
        ("ACME104", "inmail-word-budget", Severity.WARNING),
    ]
    headings = ("## What it does", "## Why is this bad?", "## Example", "## Use instead")
    for rule in rules:
        positions = [rule.docs.find(h) for h in (*headings, "## Options")]
        assert -1 not in positions and positions == sorted(positions)
    assert rules[3].summary == "Keep InMails under 80 words"
