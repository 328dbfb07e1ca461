"""## What it does

Flags an e-mail template with no way to unsubscribe, or with no postal address: what the US
CAN-SPAM Act requires of commercial e-mail. One finding per missing part, for templates on the
`email` channel.

- A way to opt out is the word "unsubscribe" or "opt out", "manage your e-mail preferences",
  or a placeholder for an unsubscribe link (`{{ unsubscribe_link }}`, `*|UNSUB|*`,
  `%%unsub_center_url%%`).
- A postal address is a street address ("55 Princess Street"), a UK postcode or US ZIP code, a
  PO box, or a placeholder for one (`{{ company_address }}`, `*|LIST:ADDRESS|*`).

An answer to the candidate's own application or interview is not flagged: it is a message about
a relationship they started, not commercial e-mail. It thanks them for applying or interviewing
for a job ("Thanks for applying for the Site Engineer role…", "Thank you for interviewing
for…"), or opens with thanks for applying with no word of what for ("Thanks for applying! We'd
like to invite you…"). "Thanks for applying!" after "Apply at the link below" thanks in advance
for a cold e-mail, "thanks for applying for our newsletter" is no job, and "thank you for
interviewing our candidate" thanks a client: all three are flagged like any other e-mail. Off by
default: an agency that sends bulk e-mail turns it on with `extend-select: [OL604]`.

## Why is this bad?

CAN-SPAM requires every commercial e-mail to carry a valid physical postal address and a
working opt-out, and each e-mail that breaks it can be fined. A reply-to-remove sentence with
neither word ("just reply and I'll remove your details") is easy to miss in a busy inbox: say
"unsubscribe" or "opt out" so the reader finds it.

## Example

```markdown
---
channel: email
---
Hi {{ first_name|default('there') }}, ... Could we talk on Monday?

Alastair
```

## Use instead

```markdown
---
channel: email
subject: Farm vet, Hexham
---
Hi {{ first_name|default('there') }}, your calving work at {{ practice_name }} is what our
Hexham farm team needs in its new Farm Vet. Could we talk on Monday?

Alastair

Unsubscribe: {{ unsubscribe_link }}
Tynedale Vets, 4 Station Road, Hexham NE46 1EZ
```

## Options

None.
"""

from __future__ import annotations

from collections.abc import Iterator

from outreach_lint.check import RuleContext
from outreach_lint.model import Diagnostic, Placeholder, Rule, Severity
from outreach_lint.name_words import words as name_words
from outreach_lint.patterns import compile_regex
from outreach_lint.rules.in_touch import answers_application
from outreach_lint.rules.text_stats import has_opt_out

_STREET = (
    r"Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|Way|Place|Pl|Square|Sq|Boulevard|Blvd|"
    r"Court|Ct|Close|Crescent|Terrace|Row|Parade|Hill|Gardens|Park|Quay|Wharf|Walk|Gate|Green|"
    r"Mews|Yard|Circus|Highway|Hwy|Parkway|Pkwy|Plaza|Broadway|Wynd|Suite|Floor"
)
_ADDRESS = compile_regex(
    r"\b\d{1,5}[A-Za-z]?(?:[-–]\d{1,5})?,?[ \t]+(?:[A-Z][\w'.-]*[ \t]+){1,4}(?:" + _STREET + r")\b"
    r"|\b[A-Z]{1,2}\d[A-Z\d]?[ \t]*\d[A-Z]{2}\b"
    r"|\b[A-Z]{2}[ \t]+\d{5}(?:-\d{4})?\b"
    r"|\bP\.?[ \t]?O\.?[ \t]+Box[ \t]+\d+"
)
_MAILCHIMP_ADDRESS = compile_regex(r"\*\|(?:LIST:ADDRESS\w*|HTML:LIST_ADDRESS\w*)\|\*")
_ADDRESS_WORDS = frozenset({"address", "addr", "postal", "street", "mailing", "postcode", "zip"})
_NOT_POSTAL = frozenset({"email", "web", "ip", "url", "website"})


def _address_placeholder(p: Placeholder) -> bool:
    """``{{ company_address }}``, ``%%Member_Addr%%``; not ``{{ email_address }}``."""
    ws = set(name_words(p.name))
    e_mail = {"e", "mail"} <= ws
    return bool(ws & _ADDRESS_WORDS) and not (ws & _NOT_POSTAL) and not e_mail


def has_postal_address(ctx: RuleContext) -> bool:
    body = ctx.body
    return bool(
        _ADDRESS.search(body.prose)
        or _MAILCHIMP_ADDRESS.search(body.text)
        or any(_address_placeholder(p) for p in body.placeholders)
    )


def check(ctx: RuleContext) -> Iterator[Diagnostic]:
    if ctx.channel is None or ctx.channel.name != "email" or ctx.body.is_blank:
        return
    if answers_application(ctx.body):
        return  # about the reader's own application: not commercial e-mail
    if not has_opt_out(ctx):
        yield Diagnostic(
            -1,
            -1,
            "this e-mail gives no way to opt out: add an unsubscribe link, or a line such as "
            "'Reply \"unsubscribe\" and we won't e-mail you again' (CAN-SPAM requires one in "
            "every commercial e-mail)",
            field="",
        )
    if not has_postal_address(ctx):
        yield Diagnostic(
            -1,
            -1,
            "this e-mail has no postal address: add your company's street address to the "
            "footer (CAN-SPAM requires one in every commercial e-mail)",
            field="",
        )


RULE = Rule(
    code="OL604",
    name="commercial-email-requirements",
    docs=__doc__ or "",
    check=check,
    severity=Severity.WARNING,
    default=False,
)
