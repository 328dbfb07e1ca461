"""CPython's regular-expression engine and compiler stages, for the modules that rewrite and
cache compiled patterns (``patterns``, ``first_chars``, ``hoist``, ``fold``).

``available`` is false on an interpreter without them; those modules then leave patterns to
``re.compile``. Flags are plain integers here: operations on ``re.RegexFlag`` values are slow,
and ``marshal`` cannot store them.
"""

from __future__ import annotations

import re
import sys
from typing import Any

engine: Any  # the _sre module: builds a pattern object from compiled code
compiler: Any
parser: Any
constants: Any
try:  # CPython only
    import _sre as engine  # type: ignore[import-not-found,no-redef]

    if sys.version_info >= (3, 11):
        from re import _compiler as compiler  # type: ignore[attr-defined,no-redef]
        from re import _constants as constants  # type: ignore[attr-defined,no-redef]
        from re import _parser as parser  # type: ignore[attr-defined,no-redef]
    else:  # pragma: no cover
        import sre_compile as compiler  # type: ignore[no-redef]
        import sre_constants as constants  # type: ignore[no-redef]
        import sre_parse as parser  # type: ignore[no-redef]
except ImportError:  # pragma: no cover
    engine = compiler = parser = constants = None

available = engine is not None and compiler is not None and parser is not None

IGNORECASE = int(re.IGNORECASE)
LOCALE = int(re.LOCALE)
ASCII = int(re.ASCII)
UNICODE = int(re.UNICODE)
MULTILINE = int(re.MULTILINE)

REPEATS: tuple[Any, ...] = tuple(
    getattr(constants, name)
    for name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")
    if constants is not None and hasattr(constants, name)
)
"""The repeat opcodes of the parsed pattern (possessive ones from Python 3.11)."""
ATOMIC: Any = getattr(constants, "ATOMIC_GROUP", object())
"""The atomic group opcode (Python 3.11), or a value that is no opcode."""
