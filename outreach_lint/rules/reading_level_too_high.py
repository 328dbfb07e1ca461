"""## What it does

Flags a body whose Flesch–Kincaid grade level is above 12 (college level), and points at its
hardest sentence. The grade is a US school grade, the years of school it takes to read the
text: 8 reads like a newspaper, 13 to 16 like a university textbook, above 16 like an academic
paper.
The grade grows with longer sentences and longer words: 0.39 × words per sentence + 11.8 ×
syllables per word − 15.59. A sentence ends at `.`, `!`, `?`, `;`, `:` or a line break, so a
greeting, a list item or a signature line counts as a sentence of its own; but a line break
after a line of 50 characters or more, before a word in lower case, wraps a paragraph and
ends nothing. A placeholder is a
word of one syllable; web and e-mail addresses are skipped. Bodies of fewer than 30 words are
not judged: a grade from one or two sentences says little.

## Why is this bad?

Boomerang's study of 40 million e-mails found that messages written at a 3rd-grade reading
level got 36% more replies than those at college level. Candidates read outreach on a phone
between other things; "the appointee will be accountable for the development of
comprehensive forecasting methodologies" is skimmed and deleted.

## Example

```markdown
Our client, a vertically integrated international manufacturing organisation with
considerable operational complexity across multiple continents and regulatory jurisdictions,
is consequently seeking an exceptionally accomplished Chief Operating Officer to institutionalise
transformational operational excellence.
```

## Use instead

```markdown
Our client makes car parts in six countries. They need a COO to run their factories and
supply chain. You ran three plants at {{ company }}, so I thought of you. Could we talk this
week?
```

## Options

- `max-grade` (number, default `12`): the highest grade level allowed. Boomerang compared
  3rd-grade text with college-level text (grade 13 and up), so the default flags text at
  college level, where replies drop. Plain recruiting messages score 4–8 even with the names of
  roles, firms and qualifications in them, and dense corporate prose 15 or more; a team that
  wants a plainer house style can lower it to 8, in the config file, `.outreach-lint.yaml`:
  `rules: {OL701: {max-grade: 8}}`.
- `min-words` (integer, default `30`): bodies with fewer words are not judged.
"""

from __future__ import annotations

from collections.abc import Iterator

from outreach_lint.check import RuleContext
from outreach_lint.model import Diagnostic, Option, Rule, Severity
from outreach_lint.rules.text_stats import SENTENCE_SYLLABLES, sentence_words

_DEFAULT_GRADE = 12.0
_DEFAULT_MIN_WORDS = 30


def grade(word_count: int, sentence_count: int, syllable_count: int) -> float:
    """The Flesch–Kincaid grade level."""
    return 0.39 * word_count / sentence_count + 11.8 * syllable_count / word_count - 15.59


def check(ctx: RuleContext) -> Iterator[Diagnostic]:
    max_grade = float(ctx.options.get("max-grade", _DEFAULT_GRADE))
    min_words = int(ctx.options.get("min-words", _DEFAULT_MIN_WORDS))
    body = ctx.body
    found = sentence_words(body)
    counts = list(map(len, found.words))
    total = sum(counts)
    if total < max(min_words, 1):
        return
    syllables = list(map(SENTENCE_SYLLABLES.__getitem__, found.words))
    level = grade(total, len(counts) - counts.count(0), sum(syllables))
    if level <= max_grade:
        return
    # (start, end, words, syllables) of each sentence with words
    units = [
        (start, end, count, sentence_syllables)
        for start, end, count, sentence_syllables in zip(
            found.starts, found.ends, counts, syllables, strict=True
        )
        if count
    ]
    start, end, _, _ = max(units, key=lambda u: grade(u[2], 1, u[3]))
    sentence = body.prose[start:end]
    start += len(sentence) - len(sentence.lstrip())  # the sentence, not the space before it
    yield Diagnostic(
        start,
        end,
        f"this message is as hard to read as {_like(level)} (US school grade "
        f"{_shown(level, max_grade)}; aim for {max_grade:g} or under): use shorter sentences and "
        "everyday words, starting with this one (the plainest messages get about a third more "
        "replies)",
        field=body.field.name,
    )


_LIKE = ((8, "a newspaper"), (12, "a secondary-school textbook"), (16, "a university textbook"))
"""The highest US school grade of each kind of text, in plain words."""


def _like(level: float) -> str:
    """What text of the US school grade ``level`` reads like: "a university textbook" (13 to
    16), "an academic paper" (above 16)."""
    return next((like for top, like in _LIKE if level <= top), "an academic paper")


def _shown(level: float, max_grade: float) -> str:
    """The grade as the message shows it: a whole number (13 for 12.6), with as many decimals
    as it takes to be above the grade it is compared with (12.4, not 12, above grade 12)."""
    for digits in range(7):
        shown = f"{level:.{digits}f}"
        if float(shown) > max_grade:
            return shown
    return repr(level)


RULE = Rule(
    code="OL701",
    name="reading-level-too-high",
    docs=__doc__ or "",
    check=check,
    severity=Severity.INFO,
    options={
        "max-grade": Option(_DEFAULT_GRADE, "highest Flesch-Kincaid grade allowed", (float,)),
        "min-words": Option(_DEFAULT_MIN_WORDS, "bodies with fewer words are not judged", (int,)),
    },
)
