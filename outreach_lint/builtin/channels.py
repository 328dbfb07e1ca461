"""Built-in channels and their limits (see ``docs/rules.md`` for the evidence behind them).

LinkedIn connection note: 300 characters (Premium; 200 on free accounts, set
``channels: {linkedin_connection_note: {body: 200}}``). InMail: subject 200, body 1,900 (LinkedIn's
help says 2,000; guides say 1,900), and InMails under 400 characters get 16-22% more replies.
Message to a connection: about 8,000 characters. E-mail: no practical limit; 50-125 words reply
best (Boomerang, 40M e-mails) and mobile clients show about 35-41 characters of subject.
"""

from __future__ import annotations

from collections.abc import Sequence

from outreach_lint.hookspecs import hookimpl
from outreach_lint.model import Channel

CONNECTION_NOTE = "linkedin_connection_note"
"""LinkedIn's connection request: the note itself asks to connect."""

BUILTIN_CHANNELS = (
    Channel(
        "email",
        "e-mail",
        has_subject=True,
        recommended_body_words=125,
        recommended_subject_chars=50,
    ),
    Channel(CONNECTION_NOTE, "LinkedIn connection note", body_limit=300),
    Channel(
        "linkedin_inmail",
        "LinkedIn InMail",
        body_limit=1900,
        subject_limit=200,
        has_subject=True,
        recommended_body_chars=400,
    ),
    Channel("linkedin_message", "LinkedIn message", body_limit=8000, recommended_body_chars=400),
)


@hookimpl
def outreach_lint_channels() -> Sequence[Channel]:
    return BUILTIN_CHANNELS
