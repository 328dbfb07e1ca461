"""## What it does

Flags a template whose only placeholders about the recipient are their name (`first_name`, `FNAME`,
`[First Name]`…, with a `title` just before it: "Dear {{ title }} {{ last_name }}" holds "Dr" or
"Ms", not their job title; a `candidate_name` beside a `first_name` is someone else's, the one they
put forward or who named them as a referee): nothing about their organisation (company, employer)
or their profile (a skill, a project, a post, their school, a shared connection, the role or team
they have or had: {{ current_role }}, {{ last_role }}, {{ former_team }}); a workplace alone
({{ hospital }}, {{ practice_name }}, {{ depot }}, {{ venue }}, {{ council }}, {{ chambers }},
{{ studio }}, {{ lab }}, {{ call_centre }}) counts as their organisation, as
{{ company }} does ({{ agency_name }} is the sender's agency, {{ current_agency }} theirs, as is
{{ agency }} after what they did there: "you've done home care with {{ agency }}", "you work for
{{ agency }}"). Templates with no placeholder about the recipient at all are left to OL101, and
placeholders for the sender or the job (recruiter name, calendar link, role, salary) count for
neither side, nor does a job of theirs the text makes the sender's ("our {{ last_role }} vacancy
got 200 applicants"). A placeholder whose name says nothing known counts as theirs where the
text says so ("your {{ hook }}", "your work on falls response at {{ ambulance_service }}" (not
"your work on things at {{ x }}", named by nothing, nor "your work on sales at {{ region }}" or
"… at {{ industry }}", a place or a line of work, not theirs), "you've run nights on {{ bay }}",
"you modelled flood frequency for {{ catchment_study }}", "you're certified in {{ epic_module }}"
(not "if you're certified in …"), "I saw you interpret {{ languages }} for NHS clinics";
not asked: "do you interpret {{ languages }}?"). A
placeholder for their organisation or profile that does not work as written, a slip for a
declared name (`{{ compnay }}` for `company`, which OL401 reports), a broken one around a
declared name (`{{ current_firm }`, OL402's) or one in a style that is off (`{company}`,
`*|COMPANY|*`, `[Company]` in templates that use `{{ }}`, which OL402, OL407 or OL403
reports), does not count: the finding says which one would count once written how, rather than
asking for another. A template whose text names something of
theirs written out ("your PyData talk on backfilling DAGs", "you led the UK launch of the Ninja
Foodi range", "you did three years as Third Engineer on the Skandi Acergy", "you came second in
the Swedish Barista Championship" (not "in a barista competition": a placing needs the event's
name), "you mentioned
you're after more commercial work", "thanks for applying for …", "thank you for interviewing for
…", "thank you for coming in for the trial shift and interview", "thank you for recommending
{{ candidate_name }}", "thanks for
putting Priya forward", "{{ candidate_name }} has named you as a referee") is personalised by hand
and not flagged; a detail that fits everyone the template goes to ("your reach truck licence",
"your project on GitHub", which says where it is, not what,
"good to meet you at the careers fair", "you told us what you want: better pay!"), or said of
some of the list ("lots of you told us you wanted a supervisor role"), is not personal.
A message to someone already in the process, which takes their interview, shift, offer or
application, or an earlier call, for granted ("your interview for the Staff Nurse role is
confirmed", "before your first shift", "thanks for accepting the Support Worker role", "you
applied for …", "thanks for the call this morning", "as discussed", "you asked what the role
pays", "you told us last month…"), or asks for or sends their own papers ("before we can book
your first shift, I need a copy of your passport", "I've attached your offer letter", "we need
to do a right to work check"), needs nothing of them but their name (unless it shows it is a
first contact: "I came across your profile", "no interview needed", or, where nothing that
passed between them is named, a line to a whole list: "jobs in your area", "we interview on the
spot"). Neither is a later step of a sequence that is marked as one (a subject starting "Re:", a
name or file name that says follow-up, or metadata `stage: follow-up`, `follow_up: true` or a
`sequence_step` above 1): it is sent under the first message, which carries the personal part.
Nor is a message to someone who already works with the sender, or has signed up to
("congratulations again on accepting our training contract", "thanks for registering with us for
supply teaching", "you're on our locum list", "I'm sorry to say they've offered the job to a chef
with more experience", "we've decided to offer the job to another candidate", "you reached the
final round for our Senior Associate post", "the same team as on your last booking", "thanks
for covering at our Morriston branch", "you covered ED registrar
nights for us", "you worked the Christmas season with us", "your timesheet for last week", "your
contract with Halden Bank ends on {{ end_date }}", "Halcyon want to extend your contract", "they
have asked for you again", "the three shifts you did for us", "before you can keep working with
us"): their work with the sender is what it is about.

## Why is this bad?

Recruiters who receive these messages say a first name alone is not personalisation: "Hi
Sam, I came across your profile…" is still a bulk send that could go to anyone, and a message
with no real personalisation is ignored or deleted. LinkedIn capped bulk InMail in 2014 after
finding 94% of heavy users' InMails were bulk, non-personalised sends; replies rose 25% after
the cap.

## Example

```markdown
Hi {{ first_name }}, I'm hiring a Senior Data Engineer at Northwind. Fancy a chat?
```

## Use instead

```markdown
Hi {{ first_name|default('there') }}, your work on {{ project }} at {{ company }} is close to
what our data platform team does. I'm hiring a Senior Data Engineer for it. Fancy a chat?
```

## Options

None. When the template also holds placeholders whose names say nothing known ({{ town }},
{{ base }}; not a date or a time such as {{ interview_date }}, nor a merge tag the sending tool
fills in itself, such as Mailchimp's `*|UNSUB|*`, which is not about the reader, nor a slip
for a declared name, which is to be fixed), the finding
names them and the setting below. Teach the taxonomy your own field names with
`placeholder-kinds` in the config, e.g. `placeholder-kinds: {profile: [hook, why_you]}`.
"""

from __future__ import annotations

from collections.abc import Iterator

from outreach_lint.check import RuleContext
from outreach_lint.model import Diagnostic, Rule, Severity
from outreach_lint.rules.in_touch import already_in_touch
from outreach_lint.rules.miswritten import miswritten, would_count
from outreach_lint.rules.phrasing import names_their_work
from outreach_lint.rules.unknown_kinds import hold, how_to_name, unknown
from outreach_lint.taxonomy import ABOUT_RECIPIENT, SPECIFIC


def check(ctx: RuleContext) -> Iterator[Diagnostic]:
    about = []  # (each placeholder's kind worked out once, and none after one that decides)
    for p in ctx.placeholders:
        kind = ctx.kind(p)
        if kind in ABOUT_RECIPIENT:
            if kind != "name":
                return
            about.append(p)
    if not about:
        return
    if any(names_their_work(m) for m in ctx.messages):
        return  # personalised by hand ("your talk on backfilling DAGs")
    if already_in_touch(ctx):
        return  # personalised in an earlier step, or to someone already in the process ("your
        # interview … is confirmed") or working with the sender ("you covered nights for us")
    first = about[0]
    message = ctx.body if ctx.subject is None or first.field == "body" else ctx.subject
    end = first.end
    for after in about[1:]:  # "{{ title }} {{ last_name }}" is one name
        if after.field != first.field or message.prose[end : after.start].strip():
            break
        end = after.end
    shown = message.text[first.start : end]
    slips = miswritten(ctx)
    names = unknown(ctx, {m.name for m in slips})
    wrong = [m for m in slips if m.kind in SPECIFIC]
    advice = (
        "add a placeholder for their company or something from their profile (a project, a "
        "post, a skill, a shared connection)"
    )
    if wrong:  # their company is there, but miswritten ({{ compnay }}): "add one" makes two
        said = f"{shown} is the only placeholder about the recipient that works as written"
        advice = would_count(wrong)
    elif not names:
        said = f"{shown} is the only thing in this template about the recipient"
    else:  # a name it doesn't know may be theirs: say how to tell it so
        said = (
            f"{shown} is the only placeholder in this template known to be about the recipient "
            f"({hold(names)})"
        )
        advice += "; " + how_to_name(names, "org")
    yield Diagnostic(
        first.start,
        end,
        f"{said}, and a name alone is not personalisation: {advice}",
        field=first.field,
    )


RULE = Rule(
    code="OL102",
    name="name-only-personalization",
    docs=__doc__ or "",
    check=check,
    severity=Severity.WARNING,
)
