"""## What it does

Flags a first-contact e-mail that does not tell the candidate where their details came from,
or how to have them removed. One finding per missing part, for templates on the `email`
channel.

A source is a line such as "I found your profile on GitHub", "I saw on your LinkedIn profile
that...", "your details came from the RICS directory", "{{ referrer }} passed me your name", or
the candidate's own public work ("I watched your talk at GDC", "I read your write-up on your
blog", "your {{ dish }} on Instagram caught my eye"). "I came across your details" or "your
background stood out" name no source. A way to be removed is "reply 'remove'",
"unsubscribe", "opt out", "we'll delete your details" or a link to your privacy notice.

Follow-ups are not first contact and are skipped: a subject starting "Re:", a body that says it
is following up ("following up on my email", "my last message"), a template whose name or file
name says follow-up, or metadata `stage: follow-up`, `follow_up: true` or a `sequence_step`
above 1. Nor is an answer to the candidate's own application or interview ("Thanks for applying
for the Site Engineer role…", "Thank you for interviewing for…", or "Thanks for applying!" as
the e-mail opens): they gave you their details themselves, so Article 14 doesn't apply. "Thanks
for applying!" at the end of a cold e-mail, "thanks for applying for our newsletter" and "thank
you for interviewing our candidate" are no such answer. Off by default: an agency that sources
candidates from third parties turns it on with `extend-select: [OL605]`.

## Why is this bad?

Under GDPR Article 14, a candidate whose details you got from somewhere other than them (a
job board, LinkedIn, a directory, a referral) must be told at first contact, or within a
month at the latest, where the data came from and that they can object and have it erased.
Candidates notice when they aren't told, and ask.

## Example

```markdown
---
channel: email
subject: Your Kubernetes migration
---
Hi {{ first_name|default('there') }}, your Kubernetes migration at {{ company }} is the
project our platform team starts in May. Could we talk on Thursday?
```

## Use instead

```markdown
---
channel: email
subject: Your Kubernetes migration
---
Hi {{ first_name|default('there') }}, I found your profile on GitHub: your Kubernetes
migration at {{ company }} is the project our platform team starts in May. Could we talk on
Thursday? If you'd rather not hear from us, reply "remove" and we'll delete your details.
```

## Options

None.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from outreach_lint.check import RuleContext
from outreach_lint.model import Diagnostic, Placeholder, Rule, Severity
from outreach_lint.name_words import words as name_words
from outreach_lint.patterns import compile_regex
from outreach_lint.rules.common import marked_follow_up
from outreach_lint.rules.in_touch import answers_application
from outreach_lint.rules.text_stats import OPT_OUT, opt_out_placeholder

_DATA = (
    r"(?:profile|details|CV|résumé|resume|e-?mail(?:\s+address)?|address|contact\s+"
    r"(?:details|info\w*)|info\w*|data|name|number|listing|entry|record|post|work|talk|paper|"
    r"article|blog|repo\w*|project|portfolio|page|application)"
)
_PERSONAL_DATA = (
    r"(?:profile|details|CV|résumé|resume|e-?mail(?:\s+address)?|contact\s+(?:details|info\w*)|"
    r"information|data|name|number)"
)
_SITES = (
    r"(?:linked\s*in|github|gitlab|instagram|insta|twitter|tiktok|facebook|youtube|behance|"
    r"dribbble|medium|substack|stack\s*overflow|kaggle|researchgate|google\s+scholar|orcid|"
    r"mastodon|bluesky|reddit|indeed|totaljobs|cv-library|glassdoor|xing|doximity)\b(?![-']\w)"
)
"""Sites where candidates are found (not "medium-sized", not "Indeed's search team")."""
_PAGE = (
    r"(?:(?:your|the|their)\s+(?:\S+\s+){0,2}?(?:profile|CV|résumé|resume|website|site|blog|"
    r"page|portfolio|feed|account|bio|listing|channel)\b|(?:your\s+)?" + _SITES + r")"
)
"""Where something was seen: "your LinkedIn profile", "your blog", "GitHub"."""
_PUBLIC_WORK = (
    r"(?:talk|presentation|keynote|session|lecture|webinar|podcast|panel|write-?up|article|"
    r"paper|post|blog|thread|video|poster|thesis|dissertation|publications?|book|newsletter|"
    r"demo)"
)
"""Work the candidate published, which is where a recruiter who read or saw it found them."""
_SOURCE = compile_regex(
    # "I found your CV on Indeed", "we got your e-mail from your GitHub profile"
    r"\b(?:found|got|came\s+across|saw|spotted|sourced|obtained|pulled|took|received|"
    r"picked\s+up|noticed|read|(?:was|were)\s+(?:given|passed|sent))\s+"
    r"(?:you|your\s+(?:[\w'-]+\s+){0,3}?" + _DATA + r")(?:\s+[\w'-]+){0,2}?\s+"
    r"(?:on|through|via|from|in|at|by)\s"
    r"|\bwhere\s+(?:I|we)\s+(?:found|got|came\s+across|saw|spotted)\b"
    # "I saw on your LinkedIn profile that...", "I see from your website that..."
    r"|\b(?:saw|seen|see|noticed|notice|read|spotted|found)\s+(?:on|in|from|via)\s+"
    + _PAGE
    # "I watched your talk at GDC", "I read your write-up of CVE-2024-1234"
    + r"|\b(?:watched|attended|heard|read|listened\s+to|caught)\s+your\s+(?:\S+\s+){0,4}?"
    + _PUBLIC_WORK
    + r"\b"
    # "your {{ dish }} on Instagram", "your portfolio on Behance"
    r"|\byour\s+(?:\S+\s+){1,3}?(?:on|via)\s+"
    + _SITES
    # "your details came from the RICS directory", "your profile is public on GitHub"
    + r"|\byour\s+(?:[\w'-]+\s+){0,2}?"
    + _PERSONAL_DATA
    + r"\s+(?:came|come|were|was|is|are)\s+"
    r"(?:publicly\s+)?(?:from|passed|shared|given|sent|provided|forwarded|taken|sourced|"
    r"obtained|listed|public|on|in|held)\b"
    r"|\byour\s+name\s+came\s+up\b"
    # "{{ referrer }} passed me your details", "passed on your name"
    r"|\b(?:gave|passed|shared|forwarded|sent|provided)\s+(?:on\s+)?(?:me\s+|us\s+)?(?:on\s+)?"
    r"your\s+(?:[\w'-]+\s+){0,2}?" + _PERSONAL_DATA + r"\b"
    r"|\b(?:referred|recommended|introduced)\s+(?:you|me|us)\b"
    r"|\byou\s+were\s+(?:referred|recommended|suggested|introduced)\b"
    r"|\bsuggested\s+(?:I|we)\s+(?:contact|reach|get|write|message|e-?mail)"
    # the candidate gave the data themselves
    r"|\byou(?:'ve|\s+have)?\s+(?:applied|registered|signed\s+up|uploaded|submitted|"
    r"subscribed|opted\s+in|attended|enquired|downloaded)\b"
    r"|\byou(?:'re|\s+are)\s+(?:on|in|listed\s+(?:on|in)|a\s+member\s+of)\s+(?:the|our)\b"
    r"|\byou\s+told\s+(?:us|me)\b"
    r"|\b(?:we|I)\s+met\s+(?:at|last|on|in|when|during|briefly)\b|\bmet\s+you\b"
    r"|\b(?:good|great|nice|lovely)\s+to\s+(?:meet|see|speak\s+(?:to|with))\s+you\b",
    re.IGNORECASE,
)
_REMOVAL = compile_regex(
    r"\bremov(?:e|ed|al)\b|\bdelet(?:e|ed|ion)\b|\beras(?:e|ed|ure)\b|\bobject\s+to\b"
    r"|\b(?:stop|no\s+longer)\s+(?:hearing|receiving|contacting|e-?mailing)\b"
    r"|\b(?:don't|do\s+not|rather\s+not|prefer\s+not\s+to)\s+(?:want\s+to\s+)?hear\s+from\b"
    r"|\bwon't\s+(?:[\w-]+\s+){1,3}?again\b|\bno\s+further\s+(?:contact|e-?mails|messages)\b"
    r"|\breply\s+[\"']?stop\b|\b(?:take|taken)\s+(?:you\s+)?off\s+(?:my|our|the)\b"
    r"|\bprivacy\s+(?:notice|policy|statement)\b",
    re.IGNORECASE,
)
_FOLLOW_UP_TEXT = compile_regex(
    r"\bfollow(?:ing)?[\s-]up\s+on\b|\bjust\s+following\s+up\b|\bcircling\s+back\b"
    r"|\b(?:my|our)\s+(?:last|previous|earlier)\s+(?:e-?mail|message|note)\b"
    r"|\bas\s+per\s+my\s+(?:last\s+)?(?:e-?mail|message)\b",
    re.IGNORECASE,
)
_SOURCE_NAMES = frozenset({"source", "sourced", "referrer", "referral", "referred", "origin"})
_REMOVAL_NAMES = frozenset({"privacy", "gdpr", "remove", "removal", "delete", "erase"})


def is_follow_up(ctx: RuleContext) -> bool:
    """Is this template a follow-up rather than a first contact (see the rule's docs)?"""
    return marked_follow_up(ctx) or _FOLLOW_UP_TEXT.search(ctx.body.prose) is not None


def _named(p: Placeholder, names: frozenset[str]) -> bool:
    ws = set(name_words(p.name))
    return bool(ws & names) and "open" not in ws


def check(ctx: RuleContext) -> Iterator[Diagnostic]:
    if ctx.channel is None or ctx.channel.name != "email" or ctx.body.is_blank:
        return
    if is_follow_up(ctx) or answers_application(ctx.body):
        return  # not a first contact, or details the candidate gave themselves
    prose = ctx.body.prose
    placeholders = ctx.body.placeholders
    if not (_SOURCE.search(prose) or any(_named(p, _SOURCE_NAMES) for p in placeholders)):
        yield Diagnostic(
            -1,
            -1,
            "this first e-mail doesn't say where the candidate's details came from: add a line "
            "such as 'I found your profile on GitHub' (GDPR Article 14)",
            field="",
        )
    removal = (
        _REMOVAL.search(prose)
        or OPT_OUT.search(prose)
        or any(opt_out_placeholder(p) or _named(p, _REMOVAL_NAMES) for p in placeholders)
    )
    if not removal:
        yield Diagnostic(
            -1,
            -1,
            "this first e-mail doesn't say how the candidate can have their details removed: "
            "add a line such as 'If you'd rather not hear from us, reply \"remove\" and we'll "
            "delete your details' (GDPR Article 14)",
            field="",
        )


RULE = Rule(
    code="OL605",
    name="data-source-notice",
    docs=__doc__ or "",
    check=check,
    severity=Severity.WARNING,
    default=False,
)
