"""``python -m outreach_lint``."""

from __future__ import annotations

from outreach_lint.console import main

if __name__ == "__main__":
    main()
