"""## What it does

Flags a body that talks far more about the sender than about the reader: at least 6 of "I",
"me", "my", "we", "us", "our" (and "I'm", "we've"…) and at least 2.5 times as many of them as
of "you" and "your". Off by default: turn it on with `extend-select: [OL702]`.

## Why is this bad?

Recruiters who receive these messages say the ones that work are about the reader: why this
person, how their background fits the job. A message that spends its lines on the agency's
history, its awards and its consultants ("we've placed over 2,000 engineers…") is the pitch
they delete, and an unexplained message about the sender is the most common complaint of all.

## Example

```markdown
We are Brightwater Recruitment, one of the North's leading engineering recruiters. Our team
has placed over 2,000 engineers and our consultants are specialists. I run our aerospace
desk, and we would like to tell you about us.
```

## Use instead

```markdown
Hi {{ first_name|default('there') }}, I run the aerospace desk at Brightwater. Your stress
analysis on {{ project }} is the work our client's wing team needs in a Senior Stress Engineer.
Would you be open to hearing about it?
```

## Options

- `ratio` (number, default `2.5`): how many times more self-references than "you" it takes.
  A message that introduces the sender and then turns to the reader stays under it; one that
  is mostly about the agency ("we… our… I…") goes well over it.
- `min-self` (integer, default `6`): the fewest self-references that can be flagged, so a
  short note with "I'm" and "my" is never judged.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from outreach_lint.check import RuleContext
from outreach_lint.model import Diagnostic, Option, Rule, Severity
from outreach_lint.patterns import compile_regex

_SELF = compile_regex(
    r"\b(?:I(?:'m|'ve|'d|'ll)?|me|my|mine|myself|we(?:'re|'ve|'d|'ll)?|us|our|ours|ourselves)\b",
    re.IGNORECASE,
)
_YOU = compile_regex(
    r"\b(?:you(?:'re|'ve|'d|'ll)?|your|yours|yourself|yourselves)\b", re.IGNORECASE
)
_DEFAULT_RATIO = 2.5
_DEFAULT_MIN_SELF = 6


def check(ctx: RuleContext) -> Iterator[Diagnostic]:
    ratio = float(ctx.options.get("ratio", _DEFAULT_RATIO))
    min_self = int(ctx.options.get("min-self", _DEFAULT_MIN_SELF))
    body = ctx.body
    prose = body.prose
    mine = [m for m in _SELF.finditer(prose) if m.group(0) != "US"]
    yours = len(_YOU.findall(prose))
    if len(mine) < min_self or len(mine) < ratio * yours:
        return
    yield Diagnostic(
        -1,
        -1,
        f"this message says I/we/our {len(mine)} times and you/your "
        + ("not once" if not yours else "only once" if yours == 1 else f"only {yours} times")
        + ": make it about the reader (why them, what's in it for them) and cut what it says "
        "about yourselves",
        field="",
    )


RULE = Rule(
    code="OL702",
    name="self-focused",
    docs=__doc__ or "",
    check=check,
    severity=Severity.INFO,
    default=False,
    options={
        "ratio": Option(_DEFAULT_RATIO, "times more I/we than you", (float,)),
        "min-self": Option(_DEFAULT_MIN_SELF, "fewest I/we that can be flagged", (int,)),
    },
)
