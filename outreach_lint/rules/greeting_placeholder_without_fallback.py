"""## What it does

Flags a name placeholder in the greeting ("Hi {{ first_name }},", "Dear Dr. {{ last_name }},",
"Dear *|FNAME|*,", "G'day {{ first_name }},") with no fallback for an empty name, or an empty
one (`{{ first_name|default('') }}`), in the placeholder styles that have one. Jinja's
`|d('there')` is a fallback too, and so is `|default('there', true)` (read as its first
argument: "Dear {{ first_name|default('there', true) }}," sends "Dear there,").

It also flags a fallback that makes a bad greeting once filled in: "there" after "Dear", after
a title or with no salutation before it ("Dear {{ first_name|default('there') }}," sends "Dear
there,", "Dear Dr {{ last_name|default('there') }}," sends "Dear Dr there,"), or a word that
labels the reader ("Hi {{ first_name|default('Candidate') }}," sends "Hi Candidate,", the
greeting OL103 flags written out; likewise "Applicant", "Valued Candidate", "Jobseeker"). "Hi
there" reads right, and a fallback such as "colleague" or "mate" is left to the writer.

The styles checked are Jinja, Liquid, Django, Handlebars and other double-curly tools
(`{{ first_name|default('there') }}`, or a `{% if %}` / `{{#if}}` block), Teamtailor's single
braces (`{first-name there}`) and Mailchimp (`*|IF:FNAME|*…*|ELSE:|*…*|END:IF|*`). The
greeting is the opening of the body's first line: a salutation and the name ("Hi
{{ first_name }},"), or the name alone before a comma ("{{ first_name }}, quick question"). The
name checked is the last one in the greeting: what comes before it is a title ("Dr", "Prof.",
`{{ title }}`) or a first name.

The message says what an empty name sends and what to write in the template's own syntax: a
fallback (`{{ first_name|default('there') }}`, Liquid's `| default: "there"` in `.liquid`
files, Braze's `{{${first_name} | default: "there"}}`, `{first_name there}`), or a greeting
used only when the name is there where a fallback would read wrong ("Dear Dr there") or the
style has no fallback (Handlebars and Mustache, from `.hbs`, `.handlebars` and `.mustache`
files or `{{#if}}` blocks, and Mailchimp). For a style with neither a fallback nor a
condition (Lever's `{{Candidate first name}}`, Greenhouse's tokens, upper case with underscores
and no filter, such as `{{CANDIDATE_FIRST_NAME}}`, `Dear Dr {last_name}` in single braces), it
says to make sure the sending tool has the name for everyone, or to turn the rule off for those
templates (a greeting without a name would be OL103's generic greeting). For Teamtailor's
"Dear {first-name there}" it offers "Hi {first-name there}" too, but not after a title ("Dear
Dr {last-name there}"): "Hi Patel," would read no better.

## Why is this bad?

A template with no fallback for the name sends "Hi ," whenever the field is empty, and
contact lists always have some empty or junk first names. That broken first line is the first
thing the reader sees, and it says "mail-merge" louder than anything else in the message.

## Example

Any of these greetings, at the start of a template:

```markdown
Hi {{ first_name }},

Dear Dr {{ last_name }},

Dear {{ first_name|default('there') }},

Hi {{ first_name|default('Candidate') }},
```

## Use instead

```markdown
Hi {{ first_name|default('there') }},

Your write-up on {{ project }} is why I thought of you for the Lead Engineer role at
Northwind: it's the system they're building. Could we talk on Thursday?
```

After a title or "Dear", where a fallback would read "Dear Dr there" or "Dear there", greet by
name only when there is one:
`{% if last_name %}Dear Dr {{ last_name }},{% else %}Hello,{% endif %}` (in Braze,
`{% if ${last_name} %}…`). In other styles:
`{first-name there}` (Teamtailor), `{{#if first_name}}Hi {{first_name}},{{else}}Hello,{{/if}}`
(Handlebars), or `*|IF:FNAME|*Hi *|FNAME|*,*|ELSE:|*Hello,*|END:IF|*` (Mailchimp).

## Options

- `dialects` (list, default `["jinja", "brace", "mailchimp"]`): the placeholder styles
  checked. Styles with no fallback syntax (percent, hand-written brackets) are left out by
  default, since there is nothing to write instead (a greeting an AMPscript block builds,
  `%%=v(@greeting)=%%`, is no name, and a condition in the block is not read as a fallback);
  a team whose tool fills in a default on its own can drop its style from the list.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from typing import NamedTuple

from outreach_lint.check import RuleContext
from outreach_lint.language import in_english
from outreach_lint.message import MASK, Message
from outreach_lint.model import Diagnostic, Option, Placeholder, Rule, Severity
from outreach_lint.patterns import compile_regex
from outreach_lint.rules.greetings import GENERIC_WHO, TITLES, greeting
from outreach_lint.scan import BRAZE_NAME

_DEFAULT_DIALECTS = ("jinja", "brace", "mailchimp")
_SALUTATION = compile_regex(
    r"(?:hi|hello|hey|hiya|dear|greetings|good\s+(?:morning|afternoon|evening|day)|howdy|yo)"
    r"\b[ \t]*",
    re.IGNORECASE,
)
_NAME_END = compile_regex(r"[ \t]*(?:[,!.:;?—–-]|$)", re.MULTILINE)
_ABBREVIATED_TITLE = compile_regex(r"[ \t]*(?:" + "|".join(TITLES) + r")\.", re.IGNORECASE)
"""A title with a full stop, which ends the greeting pattern's match early: "Dear Dr."."""
# A fallback the dialect's pattern may not capture: ``|default("there", true)``,
# ``|default_if_none:"there"``, ``or "there"``.
_RAW_FALLBACK = compile_regex(r"\|\s*(?:default\w*\s*[(:]|d\s*\()|\bor\s+['\"]")
_EMPTY_FALLBACK = compile_regex(r"(?:\|\s*(?:default\w*|d)\s*[(:]\s*|\bor\s+)(['\"])\s*\1")
"""A fallback that is no text: ``|default('')``, ``|d(" ")``, ``or ''``."""
_FALLBACK_AND_ARGUMENT = compile_regex(r"\|\s*(?:default|d)\s*\(\s*(['\"])([^'\"\n]*)\1\s*,")
"""A fallback with a second argument, which the placeholder's own reading leaves out: Jinja's
``|default('there', true)``, the form that also covers an empty string."""
_SHOWN = 30
"""Characters of a line quoted at most, after a name that opens it."""
_HANDLEBARS_BLOCK = compile_regex(r"\{\{(?:#if|/if\}\}|else\}\}|#unless|#each)")
_ENGLISH_HELLOS = frozenset(
    [
        *"hi hello hey hiya dear greetings howdy yo g'day morning afternoon evening".split(),
        *("respected", "good morning", "good afternoon", "good evening", "good day"),
    ]
)
"""Salutations after which "there" reads right ("Hi there"); after "Hola" it would not."""
_NOT_BEFORE_THERE = frozenset(["", "dear", "my dear", "respected"])
"""Salutations (or none) after which a fallback "there" reads wrong: "Dear there,", "there,
quick question"."""
_STAND_INS = frozenset(
    "candidate candidates applicant applicants jobseeker jobseekers seeker seekers talent "
    "professional professionals user member members connection connections candidato "
    "candidata candidat kandidat kandidaat bewerber bewerberin".split()
)
"""Words a fallback may call the reader by that label them rather than greet them ("Hi
Candidate", "Dear Valued Applicant"): OL103 flags such a greeting written out."""
_WORD = compile_regex(r"[^\W\d_]+(?:'[^\W\d_]+)?")
_COLON_FILTER = compile_regex(r"\{\{[^{}]*?(?P<space>\s)?\|\s*default\s*:")
"""A fallback written with a colon: Django's ``|default:"x"``, Liquid's ``| default: "x"``."""
_GREENHOUSE_TOKEN = compile_regex(r"\{\{\s*[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\s*\}\}")
"""A token in Greenhouse's style, upper case with underscores and no filter:
``{{CANDIDATE_FIRST_NAME}}``. Greenhouse's tokens take no filters."""
_STYLE_BY_SUFFIX = {
    ".hbs": "handlebars",
    ".handlebars": "handlebars",
    ".mustache": "mustache",
    ".liquid": "liquid",
}


class Greeting(NamedTuple):
    start: int
    """Where the greeting starts ("Dear", or the name when there is no salutation)."""
    after_salutation: int
    """Where what follows the salutation starts: a title, the name."""
    end: int
    """Where it ends: after its closing comma (or other mark), or at the end of the line."""


def greeting_span(message: Message) -> Greeting | None:
    """Where the greeting is: the first line's greeting ("Dear Dr. {{ last_name }},"), or a
    first line that opens with a placeholder followed by a comma ("{{ first_name }}, ...")."""
    m = greeting(message)
    prose = message.prose
    if m is not None:
        end = m.end()
        # "Dear Dr. {{ last_name }},", and "Hi, {{ first_name }}," with the name after a comma
        if _ABBREVIATED_TITLE.fullmatch(prose, m.start("who"), end) or not m["who"].strip():
            end = _names_end(prose, end) or end
        return Greeting(m.start("greeting"), m.start("who"), end)
    start = len(prose) - len(prose.lstrip())
    salutation = _SALUTATION.match(prose, start)
    name = salutation.end() if salutation else start
    names_end = _names_end(prose, name)
    return None if names_end is None else Greeting(start, name, names_end)


def _names_end(prose: str, start: int) -> int | None:
    """Where placeholders from ``start`` and the mark closing the greeting after them end
    ("{{ last_name }}," after "Dear Dr."); ``None`` when something else follows."""
    end = start
    while end < len(prose) and prose[end] in (MASK, " ", "\t"):
        end += 1
    closing = _NAME_END.match(prose, end)
    return closing.end() if closing and MASK in prose[start:end] else None


def _style(ctx: RuleContext, p: Placeholder) -> str:
    """The placeholder style, as far as its fallback is written: the dialect, or for double
    curly braces, Handlebars, Mustache, Liquid, Braze's Liquid, Lever, Greenhouse or (the
    default) Jinja."""
    if p.dialect != "jinja":
        return p.dialect
    if " " in p.name:  # "{{Candidate first name}}": Lever's tokens take no filter
        return "lever"
    if _GREENHOUSE_TOKEN.fullmatch(ctx.body.text, p.start, p.end):
        return "greenhouse"
    if "$" in ctx.body.text[p.start : p.end]:  # "{{${first_name}}}"
        return "braze"
    style = _STYLE_BY_SUFFIX.get(os.path.splitext(ctx.template.path)[1].lower())
    if style is not None:
        return style
    text = ctx.body.text
    if _HANDLEBARS_BLOCK.search(text):
        return "handlebars"
    # the template's own filters say: Django or Liquid
    colon = _COLON_FILTER.search(text) if "default" in text else None
    if colon is not None:
        return "liquid" if colon["space"] else "django"
    return "jinja"


def _conditional(style: str, names: list[str], written: str, hello: str) -> str | None:
    """The greeting ``written`` when all of ``names`` are filled in, else ``hello``, in
    ``style`` (styles without "and" nest one condition in another)."""
    hello += written[-1] if written[-1] in ",!.:;?—–-" else ""
    if style in ("jinja", "liquid", "django", "braze"):
        return f"{{% if {' and '.join(names)} %}}{written}{{% else %}}{hello}{{% endif %}}"
    if style == "handlebars":
        opened = "".join(f"{{{{#if {n}}}}}" for n in names)
        closed = f"{{{{else}}}}{hello}{{{{/if}}}}" * len(names)
        return opened + written + closed
    if style == "mustache":
        opened = "".join(f"{{{{#{n}}}}}" for n in names)
        closed = "".join(f"{{{{/{n}}}}}{{{{^{n}}}}}{hello}{{{{/{n}}}}}" for n in reversed(names))
        return opened + written + closed
    if style == "mailchimp":
        opened = "".join(f"*|IF:{n}|*" for n in names)
        return opened + written + f"*|ELSE:|*{hello}*|END:IF|*" * len(names)
    return None


def _default(style: str, name: str, word: str) -> str | None:
    """The placeholder with the fallback ``word``, in ``style`` (``None``: it has none)."""
    if style == "jinja":
        return f"{{{{ {name}|default('{word}') }}}}"
    if style == "liquid":
        return f'{{{{ {name} | default: "{word}" }}}}'
    if style == "braze":
        return f'{{{{{name} | default: "{word}"}}}}'
    if style == "django":
        return f'{{{{ {name}|default:"{word}" }}}}'
    if style == "brace":
        return f"{{{name} {word}}}"
    return None


def _written_name(p: Placeholder, text: str) -> str:
    """The name as the template writes it in a filter or a condition: Braze's ``${first_name}``
    or ``custom_attribute.${city}`` as written, any other the placeholder's name."""
    written = text[p.start : p.end]
    if "$" not in written:
        return p.name
    m = BRAZE_NAME.search(written)
    return p.name if m is None else m[0]


def _sent(text: str, g: Greeting, empty: list[Placeholder], titles: list[Placeholder]) -> str:
    """The greeting as sent when the names in ``empty`` are, with a title in ``titles`` filled
    in ("Dear Dr ,"); for names alone before a comma, the start of their line (", quick
    question")."""
    kept, at = [], g.start
    for p in empty:
        kept.append(text[at : p.start] + ("Dr" if p in titles else ""))
        at = p.end
    sent = " ".join(("".join(kept) + text[at : g.end]).split())
    if any(c.isalnum() for c in sent):
        return sent
    line_end = text.find("\n", at)
    rest = " ".join(text[at : line_end if line_end >= 0 else len(text)].split())
    return rest if len(rest) <= _SHOWN else rest[:_SHOWN].rstrip() + "…"


def _salutation(text: str, g: Greeting) -> str:
    """The greeting's salutation, lower case ("dear", "good morning"; "" for none)."""
    return " ".join(text[g.start : g.after_salutation].split()).lower().rstrip(",!.:;—–-")


def _fallback(p: Placeholder, text: str) -> str | None:
    """The placeholder's fallback, also when a second argument follows it
    (``|default('there', true)``)."""
    if p.fallback is not None or p.dialect != "jinja":
        return p.fallback
    m = _FALLBACK_AND_ARGUMENT.search(text, p.start, p.end)
    return None if m is None else m[2]


def _advice(
    ctx: RuleContext, g: Greeting, empty: list[Placeholder], written: str | None = None
) -> str:
    """What to write instead: the placeholder with a fallback, or, where a fallback would
    read wrong after a title or another name ("Dear Dr there", "Hi there Smith"), after "Dear"
    or with no salutation ("Dear there", "there, quick question") or the style has none, a
    greeting used only when the names in ``empty`` are filled in. ``written``: the greeting to
    use then, when not the one in the template."""
    text = ctx.body.text
    p = empty[-1]
    style = _style(ctx, p)
    written = written or " ".join(text[g.start : g.end].split())
    after_title = bool(text[g.after_salutation : p.start].strip())
    # English words for an English message; in another language, a mark for the writer's own
    salutation = _salutation(text, g)
    english = in_english(ctx.body) and (not salutation or salutation in _ENGLISH_HELLOS)
    word, hello = ("there", "Hello") if english else ("…", "…")
    fallback = _fallback(p, text)
    there_reads = not after_title and (fallback is None or salutation not in _NOT_BEFORE_THERE)
    instead = _default(style, _written_name(p, text), word) if there_reads else None
    argument = _FALLBACK_AND_ARGUMENT.search(text, p.start, p.end) if instead else None
    if argument is not None:  # keep "|default('there', true)": it covers an empty string
        instead = text[p.start : argument.start(2)] + word + text[argument.end(2) : p.end]
    if instead is None:
        instead = _conditional(style, [_written_name(q, text) for q in empty], written, hello)
    if instead is None and fallback is not None and after_title:
        # (Teamtailor's, after a title: "Hi {last-name there}" would send "Hi Patel,")
        return "make sure your sending tool has the name for everyone it sends to"
    if instead is None and fallback is not None:  # (Teamtailor's: it has no condition)
        return (
            "make sure your sending tool has the name for everyone it sends to, or open with "
            f"'Hi {_default(style, p.name, word)}' instead"
        )
    if instead is None:
        # (not "open with 'Hello,'": that is a greeting anyone could get, OL103)
        return (
            "this placeholder style has no fallback, so make sure your sending tool has the "
            "name for everyone it sends to, or turn OL406 off for these templates"
        )
    tail = "" if english else ", with a word in the template's language for '…'"
    return f"write {instead} instead{tail}"


def _names_without_fallback(ctx: RuleContext, g: Greeting) -> list[Placeholder]:
    """The greeting's names in the checked styles that have no fallback, when the name it
    ends with is one of them ("Dear {{ title }} {{ last_name }}": the last name is checked,
    and what comes before it is a title; "Hi {{ first_name }} {{ last_name }}": both)."""
    dialects = ctx.options.get("dialects", _DEFAULT_DIALECTS)
    text = ctx.body.text
    checked = [p for p in ctx.body.placeholders_in(g.start, g.end) if p.dialect in dialects]
    names = [p for p in checked if ctx.kind(p) == "name" and not _has_fallback(p, text, g)]
    return names if names and checked[-1] == names[-1] else []


def _has_fallback(p: Placeholder, text: str, g: Greeting) -> bool:
    if p.guarded:
        return not _guard_sends_nothing(p, text, g)
    written = text[p.start : p.end]
    if _EMPTY_FALLBACK.search(written):
        return False
    return p.fallback is not None or _RAW_FALLBACK.search(written) is not None


_GUARD_OPEN = compile_regex(r"\{%-?\s*(?:if|unless)\b|\{\{~?#(?:if|unless)\b|\*\|IF(?:NOT)?:")
_GUARD_NEXT = compile_regex(
    r"\{%-?\s*(?P<else>else|elif)\b|\{%-?\s*end(?:if|unless)\b"
    r"|\{\{~?(?P<else2>else)\b|\{\{~?/(?:if|unless)\b"
    r"|\*\|(?P<else3>ELSE:|ELSEIF:)|\*\|END:IF"
)


def _guard_sends_nothing(p: Placeholder, text: str, g: Greeting) -> bool:
    """Is ``p`` guarded by a condition that opens after the salutation and closes with no
    else ("Hi {% if first_name %}{{ first_name }}{% endif %},"), so that an empty name still
    sends "Hi ,"? A condition around the whole greeting, or one with an else, is a fallback."""
    opened = _GUARD_OPEN.search(text, g.start, p.start)
    if opened is None or not text[g.start : opened.start()].endswith((" ", "\t")):
        return False  # around the whole greeting, or the space too ("Hi{% if x %} {{ x }}")
    after = _GUARD_NEXT.search(text, p.end)
    return after is not None and not (after["else"] or after["else2"] or after["else3"])


def _bad_fallback(ctx: RuleContext, g: Greeting) -> Diagnostic | None:
    """A finding on a fallback that makes a greeting read wrong once filled in: "there" after
    "Dear", after a title or with no salutation ("Dear there,", "Dear Dr there,"), or a word
    that labels the reader ("Hi Candidate,")."""
    body = ctx.body
    dialects = ctx.options.get("dialects", _DEFAULT_DIALECTS)
    checked = [p for p in body.placeholders_in(g.start, g.end) if p.dialect in dialects]
    if not checked:
        return None
    p = checked[-1]
    text, prose = body.text, body.prose
    written_fallback = _fallback(p, text)
    if written_fallback is None or p.guarded or ctx.kind(p) != "name":
        return None
    fallback = " ".join(written_fallback.split())
    words = [w.lower().replace("'", "") for w in _WORD.findall(fallback)]
    if words == ["there"]:
        before = text[g.after_salutation : p.start].strip()
        if not before and _salutation(text, g) not in _NOT_BEFORE_THERE:
            return None  # "Hi there", "Good morning there"
        why = "which reads wrong"
    elif words and all(w in GENERIC_WHO for w in words) and not _STAND_INS.isdisjoint(words):
        why = "a greeting that could go to anyone"
    else:
        return None
    # as sent: the fallback filled in, a title placeholder as "Dr", others as written
    sent, at = [], g.start
    for q in checked:
        shown = (
            fallback if q is p else "Dr" if ctx.kind(q.name) != "name" else text[q.start : q.end]
        )
        sent.append(prose[at : q.start] + shown)
        at = q.end
    filled = " ".join(("".join(sent) + prose[at : g.end]).split())
    bare = "{" + p.name + "}" if p.dialect == "brace" else "{{ " + p.name + " }}"
    written = " ".join((text[g.start : p.start] + bare + text[p.end : g.end]).split())
    names = [q for q in checked if ctx.kind(q) == "name" and not _has_fallback(q, text, g)]
    return Diagnostic(
        p.start,
        p.end,
        f"{text[p.start : p.end]} in the greeting falls back to '{fallback}', so an empty name "
        f"sends '{filled}', {why}: {_advice(ctx, g, [*names, p], written)}",
        field=body.field.name,
    )


def check(ctx: RuleContext) -> Iterator[Diagnostic]:
    body = ctx.body
    g = greeting_span(body)
    if g is None:
        return
    empty = _names_without_fallback(ctx, g)
    if not empty:
        bad = _bad_fallback(ctx, g)
        if bad is not None:
            yield bad
        return
    p = empty[-1]
    shown = body.text[p.start : p.end]
    titles = [q for q in empty if ctx.kind(q.name) != "name"]  # "Dear {{ title }} {{ name }}"
    sent = _sent(body.prose, g, empty, titles)  # (tags and comments blanked: as sent)
    if p.guarded:
        text = (
            f"{shown} in the greeting is inside a condition with no else, so an empty name "
            f"sends '{sent}': add an else with a word such as "
            + ("'there'" if in_english(body) else "one in the template's language")
        )
    else:
        has = "an empty fallback" if _EMPTY_FALLBACK.search(shown) else "no fallback"
        text = (
            f"{shown} in the greeting has {has}, so an empty name sends '{sent}': "
            f"{_advice(ctx, g, empty)}"
        )
    yield Diagnostic(p.start, p.end, text, field=body.field.name)


RULE = Rule(
    code="OL406",
    name="greeting-placeholder-without-fallback",
    docs=__doc__ or "",
    check=check,
    severity=Severity.WARNING,
    options={
        "dialects": Option(
            list(_DEFAULT_DIALECTS), "placeholder styles whose greeting needs a fallback", (list,)
        )
    },
)
