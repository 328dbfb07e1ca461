#!/usr/bin/env python3
"""Generate a deterministic corpus of recruiting-outreach templates for the benchmark.

Template ``i`` depends only on ``(seed, i)``, so ``--n 1000`` is a prefix of ``--n 10000``
and two machines generate byte-identical corpora. The mix follows real template repositories:

- 40% LinkedIn connection notes, body 100-300 characters;
- 40% InMails and e-mails (half each), body 600-1500 characters;
- 20% long e-mails, body 2048-4096 characters.

Each template has YAML front matter (``id``, ``channel``, ``role``, ``variables``, ``subject``
for everything but notes, and sometimes ``owner``, ``tags``, ``max_length``) and a body with
``{{ placeholders }}``. Sentences come from banks of good and bad phrasing (greetings, openers,
pitches, bullet lists, company blurbs, process notes, calls to action, sign-offs); each
template draws bad phrasing with its own probability, so most are mostly fine and a few are
awful. A small share carry template bugs: a fill-in left in (``TODO``, ``[Company Name]``), a
broken placeholder, a variable used but not declared or declared but not used.

Usage::

    python bench/make_corpus.py --n 1000 --out bench/corpus/n1000          # one .md per template
    python bench/make_corpus.py --n 1000 --single bench/corpus/c1000.yaml  # one YAML collection
    python bench/make_corpus.py --n 1000 --out DIR --stats                 # and print sizes

Standard library only; nothing outside this folder is needed.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import sys
from collections.abc import Callable, Sequence

# --------------------------------------------------------------------------------------------
# What is being hired for, by whom
# --------------------------------------------------------------------------------------------

ROLES: dict[str, tuple[str, ...]] = {
    "Senior Data Engineer": ("Airflow", "Kafka", "dbt", "BigQuery", "Spark"),
    "Platform Engineer": ("Kubernetes", "Terraform", "service meshes", "Linux"),
    "Backend Engineer": ("Python", "Django", "PostgreSQL", "event sourcing"),
    "Staff Software Engineer": ("Rust", "distributed databases", "performance work"),
    "Machine Learning Engineer": ("PyTorch", "model serving", "ranking", "evaluation"),
    "Frontend Developer": ("React", "TypeScript", "web performance", "accessibility"),
    "Android Engineer": ("Kotlin", "Jetpack Compose", "offline sync", "app size"),
    "UX Researcher": ("interviews", "usability testing", "survey design"),
    "Engineering Manager": ("coaching", "hiring", "roadmaps", "incident reviews"),
    "Analytics Engineer": ("SQL", "dbt", "Looker", "data modelling"),
    "Security Engineer": ("detection engineering", "cloud IAM", "pen testing"),
    "Product Manager": ("marketplaces", "pricing", "onboarding", "experimentation"),
    "Site Reliability Engineer": ("Prometheus", "SLOs", "capacity planning", "Go"),
    "Test Engineer": ("Playwright", "contract testing", "flaky-test hunting"),
    "Developer Advocate": ("technical writing", "conference talks", "SDK design"),
}

# channel -> (folder, channel name in the front matter)
CHANNELS: dict[str, tuple[str, str]] = {
    "note": ("linkedin_connection_note", "linkedin_connection_note"),
    "inmail": ("linkedin_inmail", "linkedin_inmail"),
    "email": ("email", "email"),
    "long": ("email_long", "email"),
}
BANDS: dict[str, tuple[int, int]] = {
    "note": (100, 300),
    "inmail": (600, 1500),
    "email": (600, 1500),
    "long": (2048, 4096),
}

COMPANIES = (
    "Alderbank",
    "Brightwater Labs",
    "Cinder Systems",
    "Driftwood Health",
    "Emberline",
    "Foxglove Freight",
    "Granite Ledger",
    "Hollow Oak Games",
    "Ironleaf Energy",
    "Juniper Maps",
    "Kiln Robotics",
)
TITLES = (
    "Technical Recruiter",
    "Talent Partner",
    "Lead Recruiter",
    "Head of People",
    "Sourcing Specialist",
    "Recruitment Manager",
)
LOCATIONS = (
    "remote within Europe",
    "hybrid in Manchester",
    "in our Dublin office",
    "remote in North America",
    "hybrid in Munich",
    "in Barcelona, three days a week",
    "remote, Americas time zones",
    "in Stockholm",
)
AREAS = (
    "the payments ledger",
    "search ranking",
    "the event pipeline",
    "our public API",
    "the onboarding funnel",
    "fleet scheduling",
    "the internal developer platform",
    "the recommendations service",
    "billing and invoicing",
    "our analytics warehouse",
)
DOMAINS = (
    "veterinary clinics",
    "regional airlines",
    "solar installers",
    "independent pharmacies",
    "construction crews",
    "public libraries",
)
LEGACY = ("Jenkins", "a hand-rolled cron", "Mesos", "an on-prem Oracle", "Puppet")
SALARIES = ("EUR 80-100k", "GBP 85-110k", "USD 150-185k", "SEK 720-840k")
BUDGETS = ("EUR 2,000", "GBP 1,500", "USD 2,500")

# The placeholders the sending tool fills in, as ``{name}`` in the banks below.
PLACEHOLDERS = (
    "first_name",
    "company",
    "skill",
    "recruiter_name",
    "calendar_link",
    "mutual_connection",
    "job_link",
)

# --------------------------------------------------------------------------------------------
# Sentence banks. ``{x}``: a placeholder when ``x`` is in PLACEHOLDERS, else a literal field.
# --------------------------------------------------------------------------------------------

GREETINGS = (
    "Hi {first_name},",
    "Hello {first_name},",
    "Hey {first_name} -",
    "Hi {first_name_or_there},",
    "{first_name} - hello!",
    "Morning {first_name},",
)
GREETINGS_BAD = (
    "Dear Candidate,",
    "Dear Sir or Madam,",
    "Hello there,",
    "Hi,",
    "Dear Job Seeker,",
    "Hello!",
    "Dear Professional,",
)

NOTE_LINES = (
    "Saw your write-up on {skill} at {company} and it stuck with me.",
    "{mutual_connection} thought we should talk about the {role} opening on my team.",
    "I hire for {our}'s {area} group, and your {skill} work is the closest match I've found.",
    "Your {skill} talk at the meetup last month answered a question my team was stuck on.",
    "Open to a quick chat about a {role} role where you'd own {area}?",
    "Your background in {skill} is why I'm writing: we need someone to run {area}.",
    "I'm growing a small {role} team at {our} and your {skill} projects stood out.",
)
NOTE_LINES_BAD = (
    "I'd like to add you to my professional network on LinkedIn.",
    "We're both in the tech industry, so I figured we should connect.",
    "Since we work in the same space, let's connect!",
    "I have an amazing opportunity you won't want to miss!",
    "Your profile looks really impressive.",
    "Are you open to hearing about new roles?",
    "Looking for a ninja {role} - interested?",
    "Please accept my request to connect.",
    "Hope you are doing great!",
    "As fellow professionals, we should stay in touch.",
)

OPENERS = (
    "My name is {recruiter_name}; I look after engineering hiring at {our}.",
    "Your post on moving {company} to {skill}, especially the part on testing the cut-over, "
    "is why I'm writing.",
    "{mutual_connection} told me you led the {skill} rollout at {company}.",
    "I'm writing because your {skill} experience lines up with a gap we have in {area}.",
    "The {skill} library you maintain is something our team uses every single day.",
    "I read your conference slides on {skill} twice, and the second time I took notes.",
)
OPENERS_BAD = (
    "I hope you are having a wonderful week.",
    "I stumbled upon your outstanding profile and was amazed.",
    "I have a fantastic opportunity that is a perfect match for you.",
    "Because we're in the same industry, I thought I'd say hello.",
    "I would like to add you to my network so that we can stay connected.",
    "I am a recruiter and my name is {recruiter_name}.",
    "I know your inbox is full, but this one is different.",
    "Following up on my last email in case you missed it.",
    "Given that we share a common field, I wanted to reach out.",
)

PITCHES = (
    "You'd join a team of {team_size} engineers who own {area} from design to pager.",
    "The hiring manager is our Director of Engineering, and you'd plan {area} with product.",
    "Pay is {salary} plus equity, and the role is {location}.",
    "We release twice a week, on-call is one week in seven, and big changes start with a "
    "written proposal.",
    "We need someone with your {skill} depth to make {area} quiet and dependable.",
    "Your first quarter would go into taking over {area} alongside the person who built it.",
    "Visa sponsorship and a relocation package are both on the table.",
    "The interview loop is four conversations within two weeks, and there is no homework.",
    "You'd have {budget} a year to spend on conferences and courses.",
)
PITCHES_BAD = (
    "This is a once-in-a-lifetime opportunity at a fast-growing, dynamic startup.",
    "We want a rockstar ninja who can hit the ground running from day one.",
    "Our young, energetic team works hard and parties harder.",
    "We are one big family and everybody goes the extra mile.",
    "The perfect candidate is a digital native with 10+ years of {skill}.",
    "Competitive pay and amazing perks!",
    "Ideal for a recent grad who is a great culture fit.",
    "You must be able to juggle many hats and work well under pressure.",
    "My client, a market leader in its industry, is searching for top talent.",
    "Opportunities like this don't come around often, so don't miss out.",
)

CTAS = (
    "Would a 15-minute call next week work? You can grab a slot here: {calendar_link}",
    "If now isn't a good time, no problem at all - I'm glad to keep in touch.",
    "Could we talk for 20 minutes on Wednesday or Friday?",
    "If this sounds interesting, reply with two times that suit you and I'll send an invite.",
    "Happy to send the full job description first if that helps you decide: {job_link}",
)
CTAS_BAD = (
    "Send over your latest CV ASAP.",
    "Let me know if interested!!!",
    "Kindly revert back at the earliest.",
    "Please do the needful and forward your resume.",
    "Awaiting your positive reply!",
    "Apply now before it's too late!",
)

SIGN_OFFS = (
    "Best,\n{recruiter_name}",
    "Thank you,\n{recruiter_name} | {title} at {our}",
    "All the best,\n{recruiter_name}",
    "Warm regards,\n{recruiter_name}\n{title}, {our}",
)
SIGN_OFFS_BAD = (
    "Regards,\nThe HR Department",
    "Best wishes,\nRecruiting Team",
    "Sent from my phone",
    "Thanks and regards,\nTalent Team",
)
NOTE_SIGN_OFFS = ("- {recruiter_name}", "Thanks! {recruiter_name}", "", "")

BULLET_HEADS = (
    "What you'd do:",
    "**The work**",
    "About the role:",
    "Some specifics:",
    "### What you'll own",
    "Why people stay:",
)
BULLETS = (
    "Run {area} end to end, including on-call.",
    "Use {skill} daily on a codebase that is {stack_age} years old.",
    "Coach two engineers who joined last year.",
    "Help product decide what we should stop building.",
    "Retire our old {legacy} setup.",
    "Thrive in a fast-paced, ever-changing environment.",
    "Be a self-motivated go-getter.",
    "Build features used by millions of people.",
    "Interview and help hire the next four teammates.",
    "Write the engineering guidelines for {area}.",
)
ABOUT = (
    "{our} makes software for {domain}; we're {headcount} people and profitable since {year}.",
    "We closed a Series {series} round this spring and plan to grow engineering from "
    "{team_size} to {team_size2}.",
    "Our customers range from regional hospitals to two national railways.",
    "{our} is an industry-leading provider of cutting-edge, best-of-breed solutions.",
    "We're a world-class disruptor redefining the landscape.",
    "Design docs are public inside the company, and everyone gets a learning budget.",
)
PROCESS = (
    "Interviews are an intro call, a technical conversation, a design session and lunch "
    "with the team.",
    "Most people hear back within two days of each stage, and the whole process takes under "
    "three weeks.",
    "We never ask for unpaid take-home assignments.",
    "Only shortlisted applicants will be contacted.",
    "We welcome applicants from every background and are an equal opportunity employer.",
)
POSTSCRIPTS = (
    "P.S. The full description is at https://careers.example.com/{role_slug}",
    "P.S. Our engineering blog lives at https://example.com/blog.",
    "P.S. No agencies, please.",
)

# Template bugs a linter should catch: fill-ins left in, broken or undeclared placeholders.
BUGS = (
    "TODO: put the salary range here",
    "[Company Name]",
    "XXX check the office location",
    "{{first_name}",
    "{ {company}}",
    "{{ candidate_school }}",
)

SUBJECTS = (
    "{role} at {our}",
    "A {skill} question for you at {company}",
    "Amazing opportunity!!!",
    "{role} - {location}",
    "Open to new roles?",
)

_FIELD = re.compile(r"\{(\w+)\}")


def slug(text: str) -> str:
    """``Senior Data Engineer`` -> ``senior-data-engineer``."""
    return "-".join(re.findall(r"[a-z0-9]+", text.lower()))


class Template:
    """Template ``i`` of the corpus generated from ``seed``: front matter and body."""

    def __init__(self, seed: int, i: int) -> None:
        # A str seed goes through SHA-512 (random.seed version 2): stable across runs,
        # platforms and PYTHONHASHSEED.
        self.rng = rng = random.Random(f"outreach-lint-bench/{seed}/{i}")
        self.i = i
        r = rng.random()
        if r < 0.40:
            self.kind = "note"
        elif r < 0.80:
            self.kind = "inmail" if rng.random() < 0.5 else "email"
        else:
            self.kind = "long"
        self.folder, self.channel = CHANNELS[self.kind]
        self.lo, self.hi = BANDS[self.kind]
        self.role = rng.choice(sorted(ROLES))
        self.our = rng.choice(COMPANIES)
        self.title = rng.choice(TITLES)
        self.p_bad = rng.choice((0.04, 0.12, 0.2, 0.3, 0.45, 0.65))
        self.spaced = rng.random() < 0.5  # {{ x }} or {{x}}
        skill = rng.choice(ROLES[self.role])
        team = rng.randint(3, 35)
        self.fields = {
            "role": self.role,
            "role_slug": slug(self.role),
            "our": self.our,
            "title": self.title,
            "skill_lit": skill,
            "area": rng.choice(AREAS),
            "domain": rng.choice(DOMAINS),
            "legacy": rng.choice(LEGACY),
            "salary": rng.choice(SALARIES),
            "budget": rng.choice(BUDGETS),
            "location": rng.choice(LOCATIONS),
            "team_size": str(team),
            "team_size2": str(team + rng.randint(20, 90)),
            "stack_age": str(rng.randint(2, 11)),
            "headcount": str(rng.randint(25, 1200)),
            "year": str(rng.randint(2010, 2023)),
            "series": rng.choice("ABCD"),
        }
        self.used: set[str] = set()
        self.seen: set[str] = set()
        self.body = self._body()
        self.subject = self._subject()
        self.front = self._front_matter()

    # -- placeholders and sentences --------------------------------------------------------
    def placeholder(self, name: str, fallback: str | None = None) -> str:
        self.used.add(name)
        spaced = self.spaced if self.rng.random() >= 0.08 else not self.spaced  # mixed styles
        inner = name if fallback is None else f"{name}|default('{fallback}')"
        return f"{{{{ {inner} }}}}" if spaced else f"{{{{{inner}}}}}"

    def fill(self, text: str) -> str:
        def one(m: re.Match[str]) -> str:
            name = m.group(1)
            if name == "first_name_or_there":
                return self.placeholder("first_name", "there")
            if name in PLACEHOLDERS:
                return self.placeholder(name)
            return self.fields.get(name, m.group(0))

        return _FIELD.sub(one, text)

    def choose(self, good: Sequence[str], bad: Sequence[str]) -> str:
        """A good or bad sentence (by this template's share of bad phrasing), not yet used."""
        raw = ""
        for _ in range(5):
            raw = self.rng.choice(bad if self.rng.random() < self.p_bad else good)
            if raw not in self.seen:
                break
        self.seen.add(raw)
        return self.fill(raw)

    def several(self, good: Sequence[str], bad: Sequence[str], k: int) -> list[str]:
        return [self.choose(good, bad) for _ in range(k)]

    def distinct(self, bank: Sequence[str], k: int) -> list[str]:
        pool = [s for s in bank if s not in self.seen] or list(bank)
        picked = self.rng.sample(pool, min(k, len(pool)))
        self.seen.update(picked)
        return [self.fill(s) for s in picked]

    # -- body ------------------------------------------------------------------------------
    def _body(self) -> str:
        body = ""
        for _ in range(50):
            self.used, self.seen = set(), set()
            body = self._note() if self.kind == "note" else self._email()
            if self.lo <= len(body.rstrip("\n")) <= self.hi:
                break
        return body

    def _note(self) -> str:
        rng = self.rng
        parts = [self.choose(GREETINGS, GREETINGS_BAD)]
        parts += self.several(NOTE_LINES, NOTE_LINES_BAD, rng.choice((1, 2, 2, 3)))
        sign = self.fill(rng.choice(NOTE_SIGN_OFFS))
        if sign:
            parts.append(sign)
        if rng.random() < 0.04:
            parts.insert(rng.randint(1, len(parts)), rng.choice(BUGS))
        return " ".join(parts) + "\n"

    def _paragraph(self) -> str:
        rng = self.rng
        r = rng.random()
        if r < 0.45:
            return " ".join(self.several(PITCHES, PITCHES_BAD, rng.randint(1, 3)))
        if r < 0.65:
            items = self.distinct(BULLETS, rng.randint(3, 5))
            return rng.choice(BULLET_HEADS) + "\n\n" + "\n".join(f"- {b}" for b in items)
        if r < 0.85:
            return " ".join(self.distinct(ABOUT, rng.randint(1, 2)))
        return " ".join(self.distinct(PROCESS, rng.randint(1, 2)))

    def _email(self) -> str:
        rng = self.rng
        target = rng.randint(self.lo, self.hi)
        top = [
            self.choose(GREETINGS, GREETINGS_BAD),
            " ".join(self.several(OPENERS, OPENERS_BAD, rng.randint(1, 2))),
        ]
        bottom = [self.choose(CTAS, CTAS_BAD), self.choose(SIGN_OFFS, SIGN_OFFS_BAD)]
        middle: list[str] = []

        def render() -> str:
            return "\n\n".join([*top, *middle, *bottom]) + "\n"

        while len(render()) < target and len(middle) < 40:
            middle.append(self._paragraph())
        if len(render()) > self.hi and middle:
            middle.pop()
            while len(render()) < self.lo and len(middle) < 40:
                middle.append(self.choose(PITCHES, PITCHES_BAD))
        if rng.random() < 0.06:
            middle.insert(rng.randint(0, len(middle)), rng.choice(BUGS))
        if self.kind == "long" and rng.random() < 0.3:
            middle.append(self.fill(rng.choice(POSTSCRIPTS)))
        return render()

    # -- front matter ----------------------------------------------------------------------
    def _subject(self) -> str | None:
        if self.kind == "note":
            return None
        raw = self.rng.choice(SUBJECTS).replace("{skill}", "{skill_lit}")
        if "{company}" in raw and self.rng.random() < 0.5:
            raw = raw.replace("{skill_lit}", "{skill}")
        return self.fill(raw)

    def _front_matter(self) -> list[str]:
        """The front-matter lines (without the ``---`` fences)."""
        rng = self.rng
        declared = sorted(self.used)
        r = rng.random()
        if r < 0.05 and declared:  # a placeholder used but not declared
            declared.remove(rng.choice(declared))
        elif r < 0.09:  # declared but never used
            declared.append(rng.choice(("current_title", "school", "referrer")))
        lines = [
            f"id: tpl-{self.i:05d}",
            f"channel: {self.channel}",
            f"role: {self.role}",
        ]
        if declared and rng.random() < 0.15:  # the long form, with a length for the name
            lines.append("variables:")
            for name in declared:
                if name == "first_name":
                    lines.append("  - first_name: {max_length: 20, sample: Sam}")
                else:
                    lines.append(f"  - {name}")
        else:
            lines.append(f"variables: [{', '.join(declared)}]")
        if self.subject is not None:
            lines.append(f'subject: "{self.subject}"')
        if rng.random() < 0.5:
            lines.append(f"owner: {slug(self.title)}")
        if rng.random() < 0.4:
            tags = rng.sample(("sourcing", "follow-up", "referral", "campus", "exec", "rehire"), 2)
            lines.append(f"tags: [{', '.join(tags)}]")
        if rng.random() < 0.2:
            lines.append(f"max_length: {300 if self.kind == 'note' else 2000}")
        return lines

    # -- output forms ----------------------------------------------------------------------
    def relpath(self) -> str:
        return f"{self.folder}/{slug(self.role)}-{self.i:05d}.md"

    def markdown(self) -> str:
        return "---\n" + "\n".join(self.front) + "\n---\n\n" + self.body

    def yaml_item(self, indent: str = "  ") -> str:
        """One item of a ``templates:`` list: the front-matter keys, ``name``, ``body: |``."""
        out = [f"{indent}- name: {slug(self.role)}-{self.i:05d}"]
        out += [f"{indent}  {line}" for line in self.front]
        out.append(f"{indent}  body: |")
        out += [
            f"{indent}    {line}" if line else "" for line in self.body.rstrip("\n").split("\n")
        ]
        return "\n".join(out) + "\n"


def write_files(out: str, n: int, seed: int, on_file: Callable[[Template, int], None]) -> None:
    for i in range(n):
        t = Template(seed, i)
        path = os.path.join(out, t.relpath())
        os.makedirs(os.path.dirname(path), exist_ok=True)
        data = t.markdown().encode()
        with open(path, "wb") as f:
            f.write(data)
        on_file(t, len(data))


def write_collection(
    path: str, n: int, seed: int, on_item: Callable[[Template, int], None]
) -> None:
    folder = os.path.dirname(path)
    if folder:
        os.makedirs(folder, exist_ok=True)
    with open(path, "wb") as f:
        f.write(f"# {n} outreach templates generated with seed {seed}\ntemplates:\n".encode())
        for i in range(n):
            t = Template(seed, i)
            data = t.yaml_item().encode()
            f.write(data)
            on_item(t, len(data))


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Generate outreach templates for the benchmark.")
    ap.add_argument("--n", type=int, default=100, help="number of templates (default 100)")
    ap.add_argument("--seed", type=int, default=1, help="seed (default 1)")
    where = ap.add_mutually_exclusive_group(required=True)
    where.add_argument("--out", metavar="DIR", help="one .md per template, in channel folders")
    where.add_argument("--single", metavar="FILE.yaml", help="one YAML collection (templates:)")
    ap.add_argument("--stats", action="store_true", help="print counts and sizes as JSON")
    args = ap.parse_args(argv)

    stats: dict[str, object] = {"n": args.n, "seed": args.seed, "bytes": 0}
    channels: dict[str, int] = {}
    body_chars = {"note": 0, "inmail": 0, "email": 0, "long": 0}
    size = 0

    def count(t: Template, nbytes: int) -> None:
        nonlocal size
        size += nbytes
        channels[t.folder] = channels.get(t.folder, 0) + 1
        body_chars[t.kind] += len(t.body)

    if args.out:
        write_files(args.out, args.n, args.seed, count)
    else:
        write_collection(args.single, args.n, args.seed, count)
    if args.stats:
        stats["bytes"] = size
        stats["channels"] = dict(sorted(channels.items()))
        kinds = {"note": "linkedin_connection_note", "long": "email_long"}
        stats["mean_body_chars"] = {
            kinds.get(k, k): round(v / max(1, channels.get(CHANNELS[k][0], 0)))
            for k, v in body_chars.items()
        }
        json.dump(stats, sys.stdout, indent=1)
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
