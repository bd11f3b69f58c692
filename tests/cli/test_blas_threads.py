"""The command-line entry point asks numpy's BLAS for one thread per process, before numpy is loaded."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from hadath.cli import BLAS_THREAD_VARIABLES

PROBE = """
import json, os, sys
{before}
import hadath.cli as cli
cli._one_blas_thread_per_process()
print(json.dumps({{name: os.environ.get(name) for name in cli.BLAS_THREAD_VARIABLES}}))
"""


def _probe(before: str = "", **env: str) -> dict[str, str | None]:
    clean = {k: v for k, v in os.environ.items() if k not in BLAS_THREAD_VARIABLES}
    out = subprocess.run([sys.executable, "-c", PROBE.format(before=before)], env={**clean, **env},
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def test_one_thread_is_asked_for_before_numpy_loads() -> None:
    assert _probe() == {name: "1" for name in BLAS_THREAD_VARIABLES}


def test_a_users_own_setting_is_kept() -> None:
    got = _probe(OPENBLAS_NUM_THREADS="4")
    assert got["OPENBLAS_NUM_THREADS"] == "4"
    assert got["OMP_NUM_THREADS"] == "1"


def test_nothing_is_set_once_numpy_is_loaded() -> None:
    """Too late to matter then; the environment is left as it was rather than made to look as if it applied."""
    assert _probe(before="import numpy") == {name: None for name in BLAS_THREAD_VARIABLES}
