"""## What it does

Flags the generic shared-field excuse for reaching out: "since we're in the same industry",
"as fellow professionals in the same space", "as a fellow fintech person", "since we both work
in logistics", "as someone who also works in the legal sector", "our shared field". A shared
event or employer ("we both spoke at RustConf") is specific, and not flagged.

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
Hi {{ first_name }}, I read your post on {{ post_topic }} and I'm working on the same problem
at Northwind: would you be open to comparing notes?
```

## Options

None.
"""

from __future__ import annotations

from collections.abc import Iterator

from outreach_lint.check import RuleContext
from outreach_lint.model import Diagnostic, Rule, Severity
from outreach_lint.prefilter import prefiltered

_FIELD = (
    r"(?:industr(?:y|ies)|fields?|space|spaces|sectors?|line\s+of\s+work|lines\s+of\s+work|"
    r"professions?|niches?|verticals?|arenas?|domains?|markets?|circles|world)"
)
_SAME = prefiltered(
    # "same/similar field" with a shared subject earlier in the sentence
    r"\b(?:(?:since|as|because|given(?:\s+that)?|seeing\s+(?:as|that)|now\s+that)\s+)?"
    r"(?:we|us|both|you\s+and\s+(?:I|me)|like\s+(?:you|me|myself)|fellow)\b"
    r"(?:[^.!?\n]|\n(?!\s*\n)){0,60}?"
    r"\b(?:the\s+)?(?:same|similar|related)\s+" + _FIELD + r"\b"
    r"|\b(?:same|similar)\s+" + _FIELD + r"\s+as\s+(?:you|yourself|me|myself)\b"
    # "we're both in the X industry"
    r"|\b(?:we(?:'re|\s+are)|we)\s+both\s+(?:work\s+)?(?:in|from)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
    + _FIELD
    + r"\b"
    # "as fellow professionals", "fellow HR professionals", "a fellow fintech person"
    r"|\bfellow\s+(?:[\w-]+\s+){0,3}?(?:professionals?|people|person|folks?|practitioners?|"
    r"peers?|types?|insiders?|veterans?)\b"
    # "since we both work in logistics", "as we both come from the retail side"
    r"|\b(?:since|as|seeing\s+(?:as|that)|because|given\s+that|now\s+that)\s+we(?:'re|\s+are)?"
    r"\s+both\s+(?:(?:work|working|operate|operating|earn|earning|make|making)\b[^.!?\n]{0,30}?"
    r"\bin\b|(?:come|came)\s+from\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,3}?(?:side|world|"
    r"background|" + _FIELD + r")\b|(?:[\w-]+\s+){1,3}?(?:people|folks|professionals|lifers|"
    r"veterans|insiders|types|natives)\b)"
    # "as someone who also works in the legal sector", "as another person in the industry"
    r"|\bas\s+(?:someone|somebody|another\s+person|one)\s+(?:(?:who|that)\s+)?(?:also\s+|else\s+)?"
    r"(?:(?:works?|working|is|operates?)\s+)?in\s+(?:the\s+|this\s+|your\s+)?"
    r"(?:[\w-]+\s+){0,3}?" + _FIELD + r"\b"
    r"|\b(?:share|sharing)\s+(?:an?|the\s+same|a\s+common)\s+(?:[\w-]+\s+)?" + _FIELD + r"\b"
    r"|\bour\s+(?:shared|common|mutual)\s+(?:[\w-]+\s+)?" + _FIELD + r"\b",
    locate=True,
)


def check(ctx: RuleContext) -> Iterator[Diagnostic]:
    for message in ctx.messages:
        for m in _SAME.finditer(message.folded):
            yield Diagnostic(
                m.start(),
                m.end(),
                "'being in the same industry' is not a reason to write: say what "
                "about this person made you reach out",
                field=message.field.name,
            )


RULE = Rule(
    code="OL301",
    name="same-industry-phrasing",
    docs=__doc__ or "",
    check=check,
    severity=Severity.WARNING,
)
