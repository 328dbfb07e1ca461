"""## What it does

Flags a template whose wording leans strongly masculine- or feminine-coded: at least 3
different coded words of one kind, and at least twice as many as of the other kind, with the
words named in the finding. One finding per template, never one per word. Off by default:
turn it on with `extend-select: [OL603]`.

The word stems are those of Gaucher, Friesen & Kay (2011), as published by the gender-decoder
project (masculine: competitive, driven, fearless, decisive, dominant, ambitious…; feminine:
nurturing, gentle, compassionate, warm, sensitive…). Words that are everyday in outreach are
not counted: "lead", "connect", "support", "share", "responsible", "trust" (an NHS trust),
"analyst", "individual", "decision", "competitive salary", "confidential", "Kind regards",
"child" (childcare) and the like.

## Why is this bad?

Gaucher, Friesen & Kay (2011) found that job ads worded with masculine-coded words were less
appealing to women and made them feel they belonged less in the job, whatever their ability.
A recruiting message that stacks "competitive, driven, fearless, dominate" narrows the people
who answer. Single words are not the problem: the balance of the whole message is.

## Example

```markdown
We want someone driven, competitive and fearless: a decisive, ambitious closer who thrives on
aggressive targets.
```

## Use instead

```markdown
Hi {{ first_name|default('there') }}, we're hiring a Field Sales Executive, and your fleet
accounts at {{ company }} are why I thought of you. You'd own the West Midlands patch: finding
new fleet customers and growing the accounts you win. Last year the top three reps each brought
in over £1m. Could we talk on Thursday?
```

## Options

- `min-words` (integer, default `3`): the fewest different coded words of one kind that can be
  flagged.
- `ratio` (number, default `2.0`): how many times more words of one kind than of the other.

Both defaults follow the guidance the word lists come with: report the balance of a text, not
single words, since one "challenge" or "enthusiastic" says nothing about a whole message.

The stem lists come from gender-decoder (MIT licence; the notice is in this module's
source).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from outreach_lint.check import RuleContext
from outreach_lint.model import Diagnostic, Option, Rule, Severity
from outreach_lint.patterns import compile_regex

# The stem lists below reproduce those of gender-decoder
# (github.com/lovedaybrooke/gender-decoder, app/wordlists/en.py), under the MIT licence:
#
# The MIT License (MIT)
#
# Copyright (c) 2016 lovedaybrooke
#
# Permission is hereby granted, free of charge, to any person obtaining a copy of this software
# and associated documentation files (the "Software"), to deal in the Software without
# restriction, including without limitation the rights to use, copy, modify, merge, publish,
# distribute, sublicense, and/or sell copies of the Software, and to permit persons to whom the
# Software is furnished to do so, subject to the following conditions:
#
# The above copyright notice and this permission notice shall be included in all copies or
# substantial portions of the Software.
#
# THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING
# BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND
# NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM,
# DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
# OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
FEMININE_CODED = (
    "agree affectionate child cheer collab commit communal compassion connect considerate "
    "cooperat co-operat depend emotiona empath feel flatterable gentle honest interpersonal "
    "interdependen interpersona inter-personal inter-dependen inter-persona kind kinship loyal "
    "modesty nag nurtur pleasant polite quiet respon sensitiv submissive support sympath "
    "tender together trust understand warm whin enthusias inclusive yield share sharin"
).split()
MASCULINE_CODED = (
    "active adventurous aggress ambitio analy assert athlet autonom battle boast challeng "
    "champion compet confident courag decid decision decisive defend determin domina dominant "
    "driven fearless fight force greedy head-strong headstrong hierarch hostil impulsive "
    "independen individual intellect lead logic objective opinion outspoken persist principle "
    "reckless self-confiden self-relian self-sufficien selfconfiden selfrelian selfsufficien "
    "stubborn superior unreasonab"
).split()

# Words with a coded stem that are everyday in recruiting outreach, not a trait of the person
# sought: counted as neither kind.
_EVERYDAY = compile_regex(
    r"lead\w*|connect\w*|respon\w*|shar(?:e|es|ed|ing)|together|child\w*|agree(?!able)\w*|"
    r"support(?:s|ed|ing)?|understand(?:s)?|understood|commit(?:s|ment|ments|tee|tees)?|"
    r"depend(?!able)\w*|feels?|trust(?!worthy)\w*|tender\w*|honestly|warmly|gentlem[ae]n|"
    r"active(?:ly)?|analy(?:st|sts|sis|ses|se|sed|ses|sing|tics|ze|zed|zing)|"
    r"competen\w*|confidential\w*|decid\w*|decisions?|determin(?:e|es|ing)|forces|"
    r"independent(?:ly)?|individual\w*|objectives?|opinions?|principles?|cheers|defendants?|"
    r"competitors?"
)
_EVERYDAY_PHRASES = compile_regex(
    r"\b(?:kind|kindest|warm|warmest)\s+(?:regards|wishes)\b|\bkind\s+of\b|\bto\s+be\s+honest\b"
    r"|\bcompetitive\s+(?:\w+\s+)?(?:salary|salaries|package|pay|rates?|base|benefits|"
    r"compensation|remuneration|bonus|terms)\b|\bunderstanding\s+of\b|\bintellectual\s+property\b"
    r"|\b(?:I'm|I\s+am|we're|we\s+are)\s+(?:very\s+|quite\s+|fully\s+)?confident\b",
    re.IGNORECASE,
)
_WORD = compile_regex(r"[a-z]+(?:-[a-z]+)*")
_DEFAULT_MIN = 3
_DEFAULT_RATIO = 2.0


def coded_words(text: str) -> tuple[list[str], list[str]]:
    """The different masculine- and feminine-coded words of ``text``, in order of appearance."""
    text = _EVERYDAY_PHRASES.sub(" ", text).lower()
    masculine: list[str] = []
    feminine: list[str] = []
    for m in _WORD.finditer(text):
        word = m.group(0)
        if _EVERYDAY.fullmatch(word):
            continue
        if "-" in word and not word.startswith(("self-", "head-", "co-", "inter-")):
            continue
        if word.startswith(tuple(MASCULINE_CODED)) and word not in masculine:
            masculine.append(word)
        elif word.startswith(tuple(FEMININE_CODED)) and word not in feminine:
            feminine.append(word)
    return masculine, feminine


def check(ctx: RuleContext) -> Iterator[Diagnostic]:
    least = int(ctx.options.get("min-words", _DEFAULT_MIN))
    ratio = float(ctx.options.get("ratio", _DEFAULT_RATIO))
    masculine, feminine = coded_words("\n".join(m.prose for m in ctx.messages))
    for kind, words, other, effect in (
        ("masculine", masculine, feminine, "puts women off applying"),
        ("feminine", feminine, masculine, "can make the job sound narrower than it is"),
    ):
        if len(words) >= max(least, 1) and len(words) >= ratio * len(other):
            yield Diagnostic(
                -1,
                -1,
                f"the wording leans {kind}-coded ({', '.join(words)}), which research on job "
                f"ads (Gaucher, Friesen & Kay 2011) shows {effect}: describe what the job "
                "involves in neutral words, or balance the message",
                field="",
            )


RULE = Rule(
    code="OL603",
    name="gender-coded-language",
    docs=__doc__ or "",
    check=check,
    severity=Severity.INFO,
    default=False,
    options={
        "min-words": Option(_DEFAULT_MIN, "fewest different coded words of one kind", (int,)),
        "ratio": Option(_DEFAULT_RATIO, "times more words of one kind than the other", (float,)),
    },
)
