"""## What it does

Flags the stock phrases of recruiting copy and, where there is one, suggests a plainer alternative:
"rockstar", "ninja", "guru", "wizard" ("a coding wizard"; not "the setup wizard"), "unicorn",
"jedi", "superstar", "A-player", "go-getter", "dream job", "exciting opportunity",
"once-in-a-lifetime opportunity", "I hope this email finds you well", "I trust this email finds you
well", "touch base", "circle back", "hit the ground running", "work hard, play hard", "wear many
hats", "like a family" ("like a big family", "like a second family", "like a close-knit family",
"like one happy family"), "self-starter", "fast-paced environment" (with words between too:
"fast-paced, high-energy environment", "fast-paced & friendly team", "fast-paced, collaborative and
supportive environment", "fast-paced and team-oriented environment", "a fast-paced, though
supportive, environment you'll love", "a fast-paced—though supportive—environment"), "top talent",
"best-in-class", "perfect fit", "think outside the box". Inflections, line breaks and the dashes
Word and Outlook put in a word count ("circling back", "rock stars", "work hard and play hard",
"fast–paced", "self‑starter"), and the finding quotes the words as they were typed. Uses that are
not the cliché don't count: "a fintech unicorn" valued at a billion, "a family-owned firm", "ICU is
fast-paced, though team leaders are on every shift" and "A&E is fast-paced, though never rushed,
team leaders are on every shift", where a new clause starts, and "the residents say it feels like a
family" or "patients tell us the GP surgery feels like a family", the people a care home or
practice looks after speaking of the place (when they say "the nurses here are like a family", it
is the team again); nor do names: "Rockstar North", "Ninja Theory", "Star Wars Jedi: Survivor", a
lawyer who "trained in the Magic Circle back in 2016".

"Reach out" is common and plain, and is not flagged.

## Why is this bad?

Recipients say clichés read as mail-merge: they are the words of every bulk message, so the
reader skims past them, and "rockstar" or "ninja" says nothing about what the job needs.
Plain words also keep the reading level down; Boomerang found text at a 3rd-grade reading level
got 36% more replies than text at college level.

## Example

```markdown
Hi {{ first_name }}, I hope this email finds you well! We're looking for a rockstar engineer
who can hit the ground running in our fast-paced environment.
```

## Use instead

```markdown
Hi {{ first_name|default('there') }}, we're hiring an experienced backend engineer to take
over our billing service in their first month; the team ships twice a day. Your work on
{{ project }} at {{ company }} is why I thought of you. Open to a call?
```

## Options

- `extra-phrases` (list of phrases, or a mapping of phrase to a plainer alternative, default
  `[]`): more phrases to flag, e.g. `{"synergy": "working together"}`. Phrases match whole
  words, case-insensitively, across line breaks; a phrase starting with `re:` is a regular
  expression.
- `disabled-phrases` (list of phrases, default `[]`): built-in phrases not to flag, named as
  listed above, e.g. `["perfect fit", "top talent"]`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any, NamedTuple

from outreach_lint.check import RuleContext
from outreach_lint.config import did_you_mean
from outreach_lint.message import Message
from outreach_lint.model import Diagnostic, Option, Rule, Severity
from outreach_lint.patterns import compile_folded, compile_regex
from outreach_lint.phrases import compile_phrases, phrase_problem
from outreach_lint.prefilter import Prefiltered, prefiltered, which_may_match
from outreach_lint.rules.common import OCCUPATION


class Cliche(NamedTuple):
    phrase: str
    """The name used in messages' docs and in ``disabled-phrases``."""
    pattern: re.Pattern[str] | Prefiltered
    instead: str | None
    folded: bool = True
    """Does ``pattern`` match ``Message.folded`` (built-in) or ``Message.prose`` (extra)?"""


def _c(phrase: str, pattern: str, instead: str | None, locate: bool = False) -> Cliche:
    return Cliche(phrase, prefiltered(r"\b(?:" + pattern + r")\b", locate=locate), instead)


_SAY_WHAT = "say what the job needs, e.g. 'experienced engineer'"
_NAME_THE_ROLE = "name the role and one thing that makes it worth their time"
_OPEN_WITH_WHY = "cut it and open with why you're writing"
_PLACES = (
    r"(?:environment|place|team|culture|company|workplace|setting|world|organi[sz]ation|"
    r"business|start-?up|scale-?up|office)"
)
"""The nouns of "fast-paced environment" (a noun ends at a space: "team-oriented" and
"world-class" are adjectives)."""
_PHRASE_ENDS = (
    r"(?:[\w-]+\s+)?" + _PLACES + r"(?![\w-])(?!\s+(?!(?:on|in|at|with|for|of|to|from|where|"
    r"that|which|who|and|or|but|like|you|we|they|i|he|she)\b)[\w-])"
)
"""The noun of the cliché, ending its phrase: "environment.", "team on Ward 7", "environment
you'll love" (a subject and its verb after a noun describe the noun), not "team leaders are on
every shift" (a noun and its verb are a clause of their own)."""
_AND = (
    r",?\s+(?:and|&|but|yet)\s+(?!(?:senior|junior|" + _PLACES + r")(?![\w-]))"
    r"|,\s+(?:though|although)\s+(?=[\w-]+(?:\s+[\w-]+)?,\s+" + _PHRASE_ENDS + r")"
    r"|(?:\s+[-–—]\s+|\s*[–—]\s*)(?:though|although)\s+[\w-]+(?:\s+[\w-]+)?"
    r"(?:\s+[-–—]\s+|\s*[–—]\s*)(?=" + _PHRASE_ENDS + r")|,?\s+"
)
"""What joins "fast-paced" and the words after it: a space or a comma, or "and", "but", "yet"
before another adjective ("fast-paced and team-oriented", "fast-paced, collaborative and
supportive"). A noun right after one of those starts a clause ("…, but team leaders are on every
shift", "…, and senior team members are on every shift"), not the cliché; "team-oriented",
"senior-led" are adjectives all the same. "Though" or "although" joins them too when what it
concedes is set off by commas and the noun after it ends the phrase ("a fast-paced, though
supportive, environment on Ward 7", "a fast-paced, though supportive, environment you'll
love"); otherwise it starts a clause ("ICU is fast-paced, though
team leaders are on every shift", "A&E is fast-paced, though never rushed, team leaders are on
every shift"). Dashes set the concession off as commas do ("a fast-paced – though supportive –
environment", "a fast-paced—though supportive—environment")."""
BUILTIN: tuple[Cliche, ...] = (
    _c("rockstar", r"rock\s*-?\s*stars?", _SAY_WHAT),
    _c("ninja", r"ninjas?", _SAY_WHAT),
    _c("guru", r"gurus?", _SAY_WHAT),
    _c(
        "wizard",
        # a person ("a coding wizard", "an Excel wizard"), not software ("the setup wizard")
        r"(?<!\bthe\s)(?<!setup\s)(?<!set-up\s)(?<!install\s)(?<!installation\s)"
        r"(?<!onboarding\s)(?<!import\s)(?<!export\s)(?<!configuration\s)(?<!booking\s)"
        r"(?<!application\s)wizards?(?!\s+(?:of|will|to|walks|guides|takes)\b)",
        _SAY_WHAT,
    ),
    _c(
        "unicorn",
        r"(?<!fintech\s)(?<!tech\s)(?<!billion\s)(?<!saas\s)(?<!european\s)(?<!\bai\s)unicorns?"
        r"(?!\s+(?:start-?ups?|compan(?:y|ies)|status|valuation|club|fintechs?|scale-?ups?|"
        r"brands?|firms?)\b)",
        _SAY_WHAT,
    ),
    _c("jedi", r"(?<!\bwars\s)jedis?(?!\s*:)", _SAY_WHAT),
    _c("superstar", r"super\s*-?\s*stars?", _SAY_WHAT),
    _c("A-player", r"(?<![\w-])A-players?", _SAY_WHAT),
    _c("go-getter", r"go[\s-]getters?", "say what they'd do, e.g. 'someone who finds new clients'"),
    _c("dream job", r"dream\s+(?:[\w-]+\s+)?(?:job|role)s?", "say what the job offers them"),
    _c(
        "exciting opportunity",
        r"(?:exciting|amazing|fantastic|incredible|unique)\s+(?:new\s+)?opportunit(?:y|ies)",
        _NAME_THE_ROLE,
    ),
    _c(
        "once-in-a-lifetime opportunity",
        r"once[\s-]in[\s-]a[\s-]lifetime\s+(?:new\s+)?opportunit(?:y|ies)",
        _NAME_THE_ROLE,
    ),
    _c(
        "I hope this email finds you well",
        r"hope\s+(?:that\s+)?(?:this|my|the)\s+(?:[\w-]+\s+)?finds\s+you\s+well",
        _OPEN_WITH_WHY,
    ),
    _c(
        "I trust this email finds you well",
        r"trust\s+(?:that\s+)?(?:this|my|the)\s+(?:[\w-]+\s+)?finds\s+you\s+well",
        _OPEN_WITH_WHY,
    ),
    _c("touch base", r"touch(?:es|ed|ing)?\s+base", "use 'talk' or 'catch up' instead"),
    _c(
        "circle back",
        r"(?<!\bmagic\s)(?<!\bsilver\s)circl(?:e|es|ed|ing)\s+back",
        "use 'follow up' instead",
    ),
    _c(
        "hit the ground running",
        r"hit(?:s|ting)?\s+the\s+ground\s+running",
        "say what they'd do in the first weeks",
    ),
    _c(
        "work hard, play hard",
        r"work\s+hard,?\s+(?:and\s+|&\s+)?play\s+hard(?:er)?",
        "describe the real hours and perks",
    ),
    _c(
        "wear many hats",
        r"wear(?:s|ing)?\s+(?:many|multiple|lots\s+of|a\s+lot\s+of|several|different|all\s+the)"
        r"\s+hats",
        "list the main tasks",
    ),
    _c(
        "like a family",
        r"like\s+(?:an?\s+(?:(?:big|second|extended|close[\s-]knit|tight[\s-]knit)\s+)?"
        r"(?:happy\s+)?|one\s+(?:big\s+)?(?:happy\s+)?)?family"
        r"(?![\s-](?:owned|run|business|firm|"
        r"company|friendly))|(?:we(?:'re|\s+are)|it's|it\s+is)\s+(?:a|one)\s+(?:big\s+)?"
        r"(?:happy\s+)?family(?![\s-](?:owned|run|business|firm|company|friendly))",
        "say what the team is like: its size and how it works",
        locate=True,  # it starts with common words: CPython would try it at most of them
    ),
    _c("self-starter", r"self[\s-]starters?", "use 'someone who plans their own work' instead"),
    _c(
        "fast-paced environment",
        # "fast-paced, high-energy environment", "fast-paced & friendly team", "fast-paced but
        # supportive environment" (not "fast-paced, so the environment suits...", "fast-paced,
        # though team leaders...": a function word starts another clause)
        r"fast[\s-]paced(?:" + _AND + r")(?:(?!(?:so|the|an?|and|but|or|nor|yet|then|which|"
        r"that|who|where|while|whilst|whereas|because|since|unless|though|although|as|if|when|"
        r"our|your|its|their|his|her|my|this|these|those|every|each|some|any|all|most|many|both|"
        r"is|are|was|were|be|been|it|we|you|they|he|she|i|in|on|at|of|to|for|with|by|from|there|"
        r"not|no),?\s)[\w-]+(?:" + _AND + r")){0,2}?" + _PLACES + r"(?![\w-])",
        "say what the pace means, e.g. deadlines or volume",
    ),
    _c("top talent", r"top\s+talent", "say who you're looking for"),
    _c("best-in-class", r"best[\s-]in[\s-]class", "say what it does better, and how you know"),
    _c("perfect fit", r"perfect\s+fit", "say why they fit"),
    _c(
        "think outside the box",
        r"think(?:s|ing)?\s+outside\s+(?:of\s+)?the\s+box",
        "use 'find new ways' instead",
    ),
)


_COMPANY_WORD = compile_regex(
    r"[ \t]+(?:Games|Studios?|Theory|Entertainment|Interactive|Labs?|Energy|Productions?|Group|"
    r"Ltd|Limited|Inc|LLC|Records|Capital|Ventures|Academy|Foundation|North|South|East|West)\b"
)
"""A word that makes a capitalised cliché part of a company's name: Rockstar North, Ninja
Theory, Unicorn Capital."""


_NAMED_THING = compile_regex(
    r"[ \t]+(?:campaign|awards?|range|series|programme|program|prize|trophy|app|game|album|"
    r"tour|festival|fund|index|list)\b"
)
"""A word after a capitalised cliché that makes it a name: the Unicorn award, your Dream Job
campaign."""
_CAPITALISED_RUN = compile_regex(r"(?:[ \t]+[A-Z][\w'&-]*)+")
_OCCUPATION = compile_regex(r"\b(?:" + OCCUPATION + r")\b")


def _in_a_name(prose: str, start: int, end: int) -> bool:
    """Is the match at ``prose[start:end]`` part of a name ("at Rockstar North", "the Ninja
    Foodi range", "the Unicorn award") rather than a job ad's title case ("a Rockstar
    Developer")?"""
    if not prose[start].isupper():
        return False
    if _COMPANY_WORD.match(prose, end) or _NAMED_THING.match(prose, end):
        return True
    run = _CAPITALISED_RUN.match(prose, end)
    if run is None or _OCCUPATION.search(run.group().lower()):
        return False
    before = prose[:start].rstrip()
    return bool(before) and before[-1] not in ".!?:;\n\"'(-"  # not a sentence's first word


_SERVED_SAY = compile_folded(
    r"\b(?:residents|patients|guests|customers|service\s+users|people\s+we\s+support|families|"
    r"relatives|pupils|students|tenants|visitors)\s+(?:[\w-]+\s+){0,2}?(?:say|said|tell\s+(?:us|"
    r"me)|told\s+(?:us|me)|describe\s+it|call\s+it|feel|felt|find)\b"
)
"""The people a service is for, saying how it feels: "the residents say it feels like a family"
is about the care they get, not the employer calling its team a family."""
_THE_TEAM = compile_folded(
    r"\b(?:we|us|our|team|staff|colleagues|employees|workers|workforce|crew|brigade|"
    + OCCUPATION
    + r")\b(?!\s+(?:homes?|surger(?:y|ies)|practices?|clinics?|units?|wards?|hospitals?|"
    r"centres?|centers?|stations?|departments?)\b)"
)
"""Words that name the team: "we", "our", "staff", or the people who work there by their job
("the nurses here", "the carers on Ward 7", "the whole kitchen brigade"); not a job word that
names the place it comes before ("the nursing home", "the GP surgery", "the nursing unit")."""


def _said_by_those_served(message: Message, start: int) -> bool:
    """Is the phrase at ``start`` what residents, patients, guests or customers say of the place
    ("the residents say it feels like a family"), not of the team ("… say we're like a family",
    "… say the nurses here are like a family")?"""
    folded = message.folded
    sentence = message.sentence_at(start)
    said = [m.end() for m in _SERVED_SAY.finditer(folded, sentence.start, start)]
    return bool(said) and _THE_TEAM.search(folded, said[-1], start) is None


def _key(phrase: str) -> str:
    return re.sub(r"[^a-z0-9]+", "", phrase.lower())


_KEYS = {c.phrase: _key(c.phrase) for c in BUILTIN}
_BUILTIN_KEYS = frozenset(_KEYS.values())
_PATTERNS = tuple(c.pattern for c in BUILTIN)


_QUOTES = "'\"‘’“”"


def _user_cliches(extra: Any) -> list[Cliche]:
    pairs: Mapping[str, Any] = extra if isinstance(extra, Mapping) else dict.fromkeys(extra)
    return [
        Cliche(
            str(phrase),
            compile_phrases([str(phrase)]),
            f"use '{str(instead).strip(_QUOTES)}' instead" if instead else None,
            folded=False,
        )
        for phrase, instead in pairs.items()
    ]


def _extra_problem(extra: Any) -> str | None:
    """What is wrong with an ``extra-phrases`` setting (checked when the config is read)."""
    pairs = extra.items() if isinstance(extra, Mapping) else ((p, None) for p in extra)
    for phrase, instead in pairs:
        if not isinstance(phrase, str):
            return f"holds {phrase!r}: each phrase must be text"
        problem = phrase_problem(phrase)
        if problem is not None:
            return problem
        if instead is not None and not isinstance(instead, str):
            return f"maps {phrase!r} to {instead!r}: what to write instead must be text"
    return None


def _disabled_problem(disabled: Any) -> str | None:
    """A ``disabled-phrases`` entry that names no built-in phrase (it would disable nothing)."""
    for phrase in disabled:
        if _key(phrase) not in _BUILTIN_KEYS:
            hint = did_you_mean(phrase, [c.phrase for c in BUILTIN])
            return (
                f"holds {phrase!r}, which is not one of the built-in phrases{hint} "
                "(`outreach-lint rule OL304` lists them)"
            )
    return None


def check(ctx: RuleContext) -> Iterator[Diagnostic]:
    disabled = {_key(str(p)) for p in ctx.options.get("disabled-phrases", [])}
    extra = ctx.options.get("extra-phrases", [])
    cliches, patterns = BUILTIN, _PATTERNS
    if disabled or extra:
        cliches = tuple(c for c in BUILTIN if _KEYS[c.phrase] not in disabled)
        cliches += tuple(_user_cliches(extra)) if extra else ()
        patterns = tuple(c.pattern for c in cliches)
    for message in ctx.messages:
        taken: list[tuple[int, int]] = []
        prose, folded = message.prose, message.folded
        hits = [
            (m.start(), m.end(), c)
            for c in map(cliches.__getitem__, which_may_match(patterns, folded))
            for m in c.pattern.finditer(folded if c.folded else prose)
        ]
        for start, end, cliche in sorted(hits, key=lambda h: (h[0], -h[1])):
            if start == end or any(s < end and start < e for s, e in taken):
                continue
            if _in_a_name(prose, start, end):
                continue
            if cliche.phrase == "like a family" and _said_by_those_served(message, start):
                continue
            taken.append((start, end))
            text = message.quote(start, end)
            advice = f"{cliche.instead}" if cliche.instead else "say it in plain words"
            yield Diagnostic(
                start,
                end,
                f"'{text}' is a cliché: {advice}",
                field=message.field.name,
            )


RULE = Rule(
    code="OL304",
    name="recruiting-cliche",
    docs=__doc__ or "",
    check=check,
    severity=Severity.WARNING,
    options={
        "extra-phrases": Option(
            [],
            "more phrases to flag: a list, or a mapping of phrase to alternative",
            (list, dict),
            check=_extra_problem,
        ),
        "disabled-phrases": Option(
            [], "built-in phrases not to flag", (list,), values=(str,), check=_disabled_problem
        ),
    },
)
