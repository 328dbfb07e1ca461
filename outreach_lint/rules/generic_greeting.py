"""## What it does

Flags a greeting at the start of the message that fits anyone: "Dear Candidate", "Dear
Applicant", "Hi there", "Hello Sir/Madam", "Dear Sir or Madam", "To whom it may concern", "Dear
Professional", "Greetings", "Hi all", "Hello everyone", "Hey friend", the job as a name ("Dear
Nurse", "Dear Driver", "Hello Chef", "Dear Paralegal", "Dear Clinician", "Dear Social Worker",
"Hello Store Manager", "Dear Doctors and Nurses"), a title before a word that stands in for the
name ("Dear Mr Jobseeker", "Dear Mrs Candidate", "Dear Dr Colleague", "Dear Mr Hiring
Manager"), and a bare "Hi," or "Hello," with no name or placeholder after it.

The job as a name is a greeting whose whole addressee is a job: a job noun, or a word with an
ending that makes jobs and no names ("-ician", "-ologist", "-ographer"), after at most two
words that make it a job title, a grade or where the work is done ("Senior", "Store",
"Social", "Kitchen"). A first name is a name, also before a job noun or with a job's ending:
"Dear Sarah Cook", "Hi Tom Baker", "Hi Peter", "Hi Christian" and "Hi Porter" are not flagged.

After a title (Mr, Mrs, Ms, Dr, Prof, Sir, Doctor..., with or without a full stop) and any
initials, any other capitalised word is a surname, also a job or a word that greets anyone
elsewhere, and whatever sentence follows it: "Dear Dr Cook", "Dear Mr Driver", "Dear Mr Baker",
"Dear Mr Herren", "Dear Dr. A. Patel", "Dear Dr Smith and team" and "Dear Dr. Smith hope all is
well." are not flagged. A pronoun or a verb that starts a sentence there is no name ("Dear Dr
We need locums.", "Dear Dr. I hope you're well" are flagged as "Dear Dr"), unless nothing but
"and ..." follows it ("Dear Mrs Hope,", "Dear Dr You and team").

Only the first line of the body is checked. A placeholder with "there" as its fallback
(`Hi {{ first_name|default('there') }}`) or a conditional greeting (`{% if first_name %}Hi
{{ first_name }},{% else %}Hello,{% endif %}`) is fine: the recipient sees their name whenever
the tool has it.

## Why is this bad?

A greeting that could go to anyone is the first thing the reader sees, and it tells them the
message went to hundreds of people. Recruiting leaders say a message with no personalisation
is ignored or deleted, and a first line like "Dear Candidate" is the plainest sign of a bulk
send (LinkedIn found 94% of heavy users' InMails were bulk, non-personalised sends).

## Example

```markdown
Dear Candidate,

We currently have vacancies for HGV Class 1 drivers across the East Midlands.
```

## Use instead

```markdown
Hi {{ first_name|default('there') }},

Your chilled trunking from {{ current_depot }} is the work our Tamworth night drivers do, and
we're hiring two more HGV Class 1 drivers. Could I call you this week?
```

## Options

None.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from outreach_lint.check import RuleContext
from outreach_lint.message import MASK
from outreach_lint.model import Diagnostic, Rule, Severity
from outreach_lint.patterns import compile_regex
from outreach_lint.rules.greetings import (
    GENERIC_WHO,
    greeting,
    is_title,
    job_as_name,
    surname_after_title,
    titles_before_sentence,
    who_end,
)

_WHOM = compile_regex(r"\bto\s+whom\s+it\s+may\s+concern\b", re.IGNORECASE)
_NAME_AFTER = compile_regex(
    rf"[ \t]*(?:{MASK}+|[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?[ \t]*(?:[,!.:]|$))", re.MULTILINE
)
_NOT_WORD = compile_regex(r"[\W\d_]+")
_WORD = compile_regex(r"\S+")
_HEAD = compile_regex(r"(?:[^\W\d_]|['/&. \t])*")
"""The words of ``who`` before anything else (an emoji, a placeholder): any language's letters."""


def _first_line(prose: str) -> tuple[int, int]:
    start = len(prose) - len(prose.lstrip())
    end = prose.find("\n", start)
    return start, len(prose) if end < 0 else end


def check(ctx: RuleContext) -> Iterator[Diagnostic]:
    body = ctx.body
    if body.is_blank:
        return
    start, end = _first_line(body.prose)
    if any(ctx.kind(p) in ("name", "other") for p in body.placeholders_in(start, end)):
        return  # "{% if not first_name %}Hi there,{% else %}Hi {{ first_name }},{% endif %}"
    whom = _WHOM.match(body.prose, start)
    if whom is not None:
        yield Diagnostic(
            whom.start(), whom.end(), _message(body.quote(whom.start(), whom.end())), field="body"
        )
        return
    m = greeting(body)
    if m is None:
        return
    end = who_end(body, m)  # "Dear Dr. Colleague": past the title's full stop
    who = body.prose[m.start("who") : end]
    if MASK in who or (end == m.end("who") and _NAME_AFTER.match(body.prose, m.end())):
        return
    found = _HEAD.match(who)  # "there 👋 hope you're well": the words before the emoji
    head = found.group(0) if found else ""
    titles = titles_before_sentence(head.split())
    if titles:  # "Dear Dr We need locums.": the title, then a sentence
        head = head[: [w.end() for w in _WORD.finditer(head)][titles - 1]]
    if who.strip() and not head.strip():
        return  # "[First Name]": a fill-in, left to unfilled-fill-in
    words = [w for w in _NOT_WORD.split(head.lower().replace("'", "")) if w]
    if job_as_name(head):
        pass  # the job as the name: "Dear Paralegal", "Hello Store Manager"
    elif any(w not in GENERIC_WHO and not is_title(w) for w in words):
        return  # a name: "Hi Sarah", "Dear Mrs Okafor", "Dear Sarah Cook"
    elif words and not any(w in GENERIC_WHO for w in words):
        return  # titles alone, with no stand-in after them: "Dear Mr", "Dear Mr/Ms"
    if surname_after_title(head.split()):
        return  # a surname after a title: "Dear Dr Cook", "Dear Dr. A. Patel", "Dear Dr Pal"
    s, e = m.start("greeting"), m.start("who") + len(head)
    text = body.prose[s:e].rstrip(" \t,!.:—–-")
    yield Diagnostic(s, s + len(text), _message(body.quote(s, s + len(text))), field="body")


def _message(text: str) -> str:
    return (
        f"'{text}' could be sent to anyone: greet the person by name, with a first-name "
        "placeholder that has a fallback"
    )


RULE = Rule(
    code="OL103",
    name="generic-greeting",
    docs=__doc__ or "",
    check=check,
    severity=Severity.WARNING,
)
