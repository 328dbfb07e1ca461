"""Words inside a web or e-mail address are not the sender's wording: rules about wording
(``Rule.wording``) leave them, rules about placeholders and fill-ins do not."""

from __future__ import annotations

from collections.abc import Iterator

from outreach_lint import Diagnostic, Rule, hookimpl
from outreach_lint.check import RuleContext
from outreach_lint.testing import lint_text

DOCS = "## What it does\n\nFlags 'rockstar'.\n"
LINKS = (
    "Hi {{ first_name|default('there') }}, your talk on {{ talk }} was great.\n"
    "Details: https://jobs.example.com/rockstar-ninja-digital-native-go-getter/apply?ref=TODO\n"
    "Or mail rockstar.ninja@example.com, or see [the role](https://x.example/we-are-a-family)\n"
    "or www.example.com/hit-the-ground-running. Could we talk on Thursday?\n"
)


def test_built_in_wording_rules_leave_addresses_alone() -> None:
    findings = lint_text(LINKS, config={"select": ["OL3", "OL4", "OL6"]})
    assert [(f.code, f.snippet) for f in findings] == [("OL403", "TODO")]


def test_the_same_words_outside_an_address_are_flagged() -> None:
    text = LINKS.replace("https://", "").replace("www.", "").replace("@", " at ").replace("/", " ")
    codes = {f.code for f in lint_text(text, config={"select": ["OL3", "OL6"]})}
    assert codes == {"OL304", "OL602"}


def test_an_address_without_a_scheme_is_an_address_too() -> None:
    text = (
        "Hi {{ first_name|default('there') }}, your talk on {{ talk }} was great. Details: "
        "jobs.stmarys.co.uk/rockstar-ninja-role. Book: calendly.com/sam-rockstar/15min. "
        "A rockstar/ninja mindset, 24/7.\n"
    )
    findings = lint_text(text, config={"select": ["OL304"]})
    assert [f.snippet for f in findings] == ["rockstar", "ninja"]  # the last line only


def _rockstars(ctx: RuleContext) -> Iterator[Diagnostic]:
    prose = ctx.body.prose
    at = prose.find("rockstar")
    while at >= 0:
        yield Diagnostic(at, at + 8, "no rockstars")
        at = prose.find("rockstar", at + 1)


class Plugin:
    @hookimpl
    def outreach_lint_rules(self) -> list[Rule]:
        return [
            Rule("WRD101", "rockstar-words", DOCS, _rockstars, wording=True),
            Rule("LNK101", "rockstar-anywhere", DOCS, _rockstars),
        ]


def test_a_plugin_rule_says_whether_it_is_about_wording() -> None:
    text = "Rockstar? No rockstar here: https://x.example/rockstar or rockstar@example.com\n"
    findings = lint_text(text, config={"select": ["WRD", "LNK"]}, plugins=[Plugin()])
    assert [(f.code, f.column) for f in findings] == [
        ("LNK101", 14),
        ("WRD101", 14),
        ("LNK101", 47),
        ("LNK101", 59),
    ]


def test_a_pack_phrase_rule_is_about_wording(tmp_path) -> None:
    (tmp_path / "pack.yaml").write_text(
        "rules:\n  - code: HOUSE101\n    name: no-rockstars\n    kind: existence\n"
        "    message: say what the job needs\n    phrases: [rockstar]\n"
    )
    config = {"rule-packs": [str(tmp_path / "pack.yaml")], "select": ["HOUSE"]}
    findings = lint_text("A rockstar: https://x.example/rockstar\n", config=config)
    assert [f.column for f in findings] == [3]


def test_the_addresses_found_are_those_a_search_of_the_whole_text_finds() -> None:
    """``addresses`` reads only the lines that may hold one, and nothing of a message that
    cannot (``may_hold_address``): it finds what searching the whole text finds."""
    import random

    from conftest import scanned

    from outreach_lint.addresses import URL_OR_EMAIL, addresses

    pieces = [
        "see", "24/7", "a.b/c", "CALENDLY.COM/Sam", "sam@x.io", "@here", "www.x.org", "WWW.X.ORG",
        "https://x.example/a", "http:/broken", "and/or", "x.co/", "café.fr/menu", "1.5/2",
        "jobs.stmarys.co.uk/role", "\n", "Hi", "{{ link }}", "mailto:a@b.co", "end.", "ſ.com/x",
    ]  # fmt: skip
    rng = random.Random(11)
    texts = [" ".join(rng.choice(pieces) for _ in range(rng.randint(1, 8))) for _ in range(600)]
    for text in texts + pieces:
        message = scanned(text)
        whole = tuple(m.span() for m in URL_OR_EMAIL.finditer(message.prose))
        assert addresses(message) == whole, text
