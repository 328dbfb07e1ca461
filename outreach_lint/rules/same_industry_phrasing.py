"""## What it does

Flags the generic shared-field excuse for reaching out: "since we're in the same industry",
"as fellow professionals in the same space", "as a fellow fintech person", "since we both work
in logistics", "as someone who also works in the legal sector", "our shared field".

"Since we're both in retail", "we're both part of the security community", "as a fellow
roboticist", "as someone who also works in local government" (or "in IT": in capitals, the
field, not the pronoun "it") and "as two people in the cyber space" are flagged when the same
sentence gives them as the reason to connect, network, reach out, add the reader or get in
touch ("..., I'd love to connect"). They are not flagged
when that sentence names something of the reader's ("as a fellow Rust contributor, I loved
your PR on the borrow checker"); when what is shared is a place or a state ("since we're both
in London", "both in the same city", "both in the hiring process"); when it is a name, since
a named community, employer or project is specific ("as a fellow Googler", "a fellow Rust
contributor": a capitalised word is read as a name); or when it is part of something named
after it ("as a fellow speaker at DevOpsDays", "a fellow hiring manager for the platform
team"). A shared event or employer ("we both spoke at RustConf") is specific, and not flagged.

The message quotes the words that make the excuse.

## Why is this bad?

Recruiting leaders name "Since we're in the same industry I wanted to connect" as the
archetypal empty reason: it fits every person in a field of millions, so it tells the reader
nothing about why you chose them.

## Example

```markdown
Hi {{ first_name }}, since we're both in the same industry I thought we should connect.
```

## Use instead

```markdown
Hi {{ first_name|default('there') }}, I read your post on {{ post_topic }} and I'm working on
the same problem at Northwind: would you be open to comparing notes?
```

## Options

None.
"""

from __future__ import annotations

from collections.abc import Iterator

from outreach_lint.check import RuleContext
from outreach_lint.message import Message, Span
from outreach_lint.model import Diagnostic, Rule, Severity
from outreach_lint.patterns import compile_folded
from outreach_lint.prefilter import prefiltered
from outreach_lint.rules.phrasing import VAGUE_TOPIC, specific_in

_FIELD = (
    r"(?:industr(?:y|ies)|fields?|space|spaces|sectors?|line\s+of\s+work|lines\s+of\s+work|"
    r"professions?|niches?|verticals?|arenas?|domains?|markets?|circles|world)"
)
_BECAUSE = r"\b(?:(?:since|as|because|given(?:\s+that)?|seeing\s+(?:as|that)|now\s+that)\s+)?"
_CLAUSE_WORD = (
    r"(?:i|we|you|it|and|or|so|but|who|that|which|where|when|while|let|would|should|could|"
    r"might|can|will|thought|think|wanted|want|to|at|from|with|on|for|of|by|like|as|is|are|"
    r"was|were|here|there|too|also|now|my|our|your|the|a|an)"
)
_NOUN = r"(?!" + _CLAUSE_WORD + r"\b)[^\W\d_][\w&-]*"
_WORDS = rf"{_NOUN}(?:\s+{_NOUN}){{0,3}}"
"""One to four words, none of them "I", "and", "to"...: a field or a trade ("game
developer", "financial services")."""

_SAME = prefiltered(
    # "same/similar field" with a shared subject earlier in the sentence
    _BECAUSE + r"(?:we|us|both|you\s+and\s+(?:I|me)|like\s+(?:you|me|myself)|fellow)\b"
    r"(?:[^.!?\n]|\n(?!\s*\n)){0,60}?"
    r"\b(?:the\s+)?(?:same|similar|related)\s+" + _FIELD + r"\b"
    r"|\b(?:same|similar)\s+" + _FIELD + r"\s+as\s+(?:you|yourself|me|myself)\b"
    # "we're both in the X industry"
    r"|\b(?:we(?:'re|\s+are)|we)\s+both\s+(?:work\s+)?(?:in|from)\s+(?:the\s+)?"
    r"(?:[\w-]+\s+){0,2}?" + _FIELD + r"\b"
    # "as fellow professionals", "fellow HR professionals", "a fellow fintech person"
    r"|\bfellow\s+(?:[\w-]+\s+){0,3}?(?:professionals?|people|person|"
    r"folks?|practitioners?|peers?|types?|insiders?|veterans?)\b"
    # "since we both work in logistics", "as we both come from the retail side"
    r"|\b(?:since|as|seeing\s+(?:as|that)|because|given\s+that|now\s+that)\s+we(?:'re|\s+are)?"
    r"\s+both\s+(?:(?:work|working|operate|operating|earn|earning|make|making)\b[^.!?\n]{0,30}?"
    r"\bin\b(?:\s+(?:the\s+)?" + _WORDS + r")?|(?:come|came)\s+from\s+(?:the\s+|an?\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:side|world|background|" + _FIELD + r")\b|(?:[\w-]+\s+){1,3}?"
    r"(?:people|folks|professionals|lifers|veterans|insiders|types|natives)\b)"
    # "being in the same line of work"
    r"|\bbeing\s+in\s+(?:the\s+)?(?:same|similar)\s+" + _FIELD + r"\b"
    # "as someone who also works in the legal sector", "as another person in the industry"
    r"|\bas\s+(?:someone|somebody|another\s+person|one)\s+(?:(?:who|that)\s+)?(?:also\s+|else\s+)?"
    r"(?:(?:works?|working|is|operates?)\s+)?in\s+(?:the\s+|this\s+|your\s+)?"
    r"(?:[\w-]+\s+){0,3}?" + _FIELD + r"\b"
    r"|\b(?:share|sharing)\s+(?:an?|the\s+same|a\s+common)\s+(?:[\w-]+\s+)?" + _FIELD + r"\b"
    r"|\bour\s+(?:shared|common|mutual)\s+(?:[\w-]+\s+)?" + _FIELD + r"\b",
    locate=True,
)


def _group(name: str) -> str:
    """What the sender says they share with the reader, as the group ``name``: ``_WORDS`` up
    to the end of the clause ("security community"), but not a shared employer, event or
    school, or a part of something ("speaker at DevOpsDays", "member of the Rust team",
    "hiring manager for the platform team")."""
    return rf"(?P<{name}>{_WORDS}){_GROUP_END}"


_GROUP_END = r"(?=\s*(?:[^\w\s&-]|$)|\s+(?!(?:at|from|with|of|for|on)\b)" + _CLAUSE_WORD + r"\b)"


_NOT_A_FIELD = compile_folded(
    r"\b(?:uk|us|usa|eu|emea|apac|city|town|area|region|country|state|county|neighbou?rhood|"
    r"office|building|time\s*zone|boat|process|stages?|loop|middle|agreement|touch|charge|"
    r"contact|favou?r|talks|discussions?|conversation|meeting|call|thread|same\s+team)\b"
)
"""Places and states, not fields: "we're both in the same city", "both in the hiring
process"."""
_PEOPLE = compile_folded(
    r"(?:ers|ors|ists|ians|ants|ents|nurses|staff|folks|people|professionals|geeks|nerds)$"
)
"""The end of a group of people: "educators", "data scientists", "fellow nurses"."""
_SHARED_GROUP = prefiltered(
    # "since we're both in retail", "we are both in the security community"
    r"\b(?:we(?:'re|\s+are)|you\s+and\s+(?:i|me)\s+are)\s+both\s+(?P<within>(?:in|part\s+of)\s+"
    rf"(?:the\s+)?)?{_group('both')}"
    # "as a fellow roboticist", "as fellow game developers", "as fellow members of the legal
    # community"
    rf"|\bas\s+(?:an?\s+)?fellow\s+(?:members?\s+of\s+(?:the\s+)?)?{_group('fellow')}"
    # "as someone who also works in local government" (the "also" is the claim to share it)
    r"|\bas\s+(?:someone|somebody|another\s+person|one)\s+(?:(?:who|that)\s+)?also\s+"
    rf"(?:works?|working|is)\s+in\s+(?:(?:the\s+)?{_group('someone')}|(?P<it>it){_GROUP_END})"
    # "as two people in the cyber space", "as two engineers in fintech"
    r"|\bas\s+two\s+(?:[\w-]+\s+){0,2}?(?:people|professionals|folks|[\w-]+(?:ers|ors|ists|"
    rf"ians))\s+(?:(?:working|who\s+work)\s+)?in\s+(?:the\s+)?{_group('two')}",
    locate=True,
)
"""A field, community or trade the sender shares with the reader, which is the excuse when
the sentence gives it as the reason to connect (``_CONNECT``)."""
_CONNECT = compile_folded(
    r"\b(?:connect(?:ed|ing)?|network(?:ing)?|reach(?:ing)?\s+out|add(?:ing)?\s+you|"
    r"get(?:ting)?\s+in\s+touch|link(?:ing)?\s+up|touch\s+base|introduce\s+myself|"
    r"say\s+(?:hi|hello))\b"
)
"""Reaching out for its own sake: "I'd love to connect", "I thought I'd add you"."""
_NAMED_WORK = compile_folded(
    r"\byour\s+(?:[\w-]+\s+){0,3}?[\w-]+\s+(?:on|about)\s+(?!" + VAGUE_TOPIC.pattern + r")\S"
)
"""Something of theirs and what it was about: "your PR on the borrow checker"."""


def _names(text: str) -> bool:
    """Does ``text`` hold a capitalised name ("London", "Googler", "ex-Monzo")? That is a place,
    an employer or a project, which is specific, not a field. (A job title written in capitals,
    "fellow Product Manager", is taken for a name too: the rule stays quiet rather than
    guess.)"""
    return any(w.istitle() and w.isalpha() for w in text.replace("-", " ").split())


def _shared_group_excuses(ctx: RuleContext, message: Message) -> Iterator[Span]:
    """ "Since we're both in retail" and "as a fellow roboticist" where the same sentence
    gives them as the reason to connect, and names nothing specific about the reader."""
    folded = message.folded
    for m in _SHARED_GROUP.finditer(folded):
        group = next(g for g in ("both", "fellow", "someone", "two", "it") if m[g] is not None)
        if group == "it" and message.text[m.start(group) : m.end(group)] != "IT":
            continue  # "as someone who also works in it": the pronoun, not the field
        both = group == "both"
        sentence = message.sentence_at(m.start())
        if (
            _names(message.text[m.start(group) : m.end(group)])
            or (group != "fellow" and _NOT_A_FIELD.search(m.group(group)))
            # without "in": people ("we're both educators"), not a state ("both busy")
            or (both and m.group("within") is None and not _PEOPLE.search(m.group(group)))
            or not (
                _CONNECT.search(folded, sentence.start, m.start())
                or _CONNECT.search(folded, m.end(), sentence.end)
            )
            or _NAMED_WORK.search(folded, sentence.start, sentence.end)
            or specific_in(ctx, message, Span(m.start(), m.end()))
        ):
            continue
        yield Span(m.start(), m.end())


_LEAD_IN = compile_folded(
    r"\b(?:(?:since|as|because|given(?:\s+that)?|seeing\s+(?:as|that)|now\s+that)\s+"
    r"(?:an?\s+)?|an?\s+)$"
)
"""Words before an excuse that belong to it, and that the message quotes: "since" in "since
we're both in retail", "as a" in "as a fellow HR professional". (Kept out of the patterns: an
optional word before their first one would make the engine try them at every word.)"""


def _excuses(ctx: RuleContext, message: Message) -> list[Span]:
    found = [Span(m.start(), m.end()) for m in _SAME.finditer(message.folded)]
    for span in _shared_group_excuses(ctx, message):
        if not any(s.start < span.end and span.start < s.end for s in found):
            found.append(span)
    return sorted(_with_lead_in(message.folded, span) for span in found)


def _with_lead_in(folded: str, span: Span) -> Span:
    lead = _LEAD_IN.search(folded, max(0, span.start - 30), span.start)
    return span if lead is None else Span(lead.start(), span.end)


def check(ctx: RuleContext) -> Iterator[Diagnostic]:
    for message in ctx.messages:
        for start, end in _excuses(ctx, message):
            said = message.quote(start, end)
            yield Diagnostic(
                start,
                end,
                f"'{said}' is not a reason to write: say what about this person made you reach out",
                field=message.field.name,
            )


RULE = Rule(
    code="OL301",
    name="same-industry-phrasing",
    docs=__doc__ or "",
    check=check,
    severity=Severity.WARNING,
)
