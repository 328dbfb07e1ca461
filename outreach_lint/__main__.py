"""``python -m outreach_lint``."""

from __future__ import annotations

from outreach_lint.cli import main_exit

if __name__ == "__main__":
    main_exit()
