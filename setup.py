"""The wheel as setuptools builds it, with outreach-lint's patterns compiled into it
(``outreach_lint/prebuild.py``): the first run after an install is then as fast as the
others. The settings are in ``pyproject.toml``."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile

from setuptools import setup
from setuptools.command.build_py import build_py


class BuildPy(build_py):
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):  # an editable install runs the sources
            return
        package = os.path.abspath(self.build_lib)
        kept = os.path.join(package, "outreach_lint", "__pycache__")
        for name in os.listdir(kept) if os.path.isdir(kept) else ():
            if name.endswith(".marshal"):  # left by an earlier build, maybe of other code
                os.unlink(os.path.join(kept, name))
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env["PYTHONPATH"] = os.pathsep.join(filter(None, (package, env.get("PYTHONPATH"))))
        try:
            with tempfile.TemporaryDirectory() as elsewhere:
                env["PYTHONPYCACHEPREFIX"] = elsewhere  # the bytecode: pip writes it at install
                subprocess.run(
                    [sys.executable, "-m", "outreach_lint.prebuild"],
                    cwd=package,
                    env=env,
                    check=True,
                    timeout=600,
                )
        except (OSError, subprocess.SubprocessError) as error:
            # Never a failed install: the first run compiles the patterns instead.
            print(f"outreach-lint: patterns not compiled into the wheel: {error}", file=sys.stderr)


setup(cmdclass={"build_py": BuildPy})
