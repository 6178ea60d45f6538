"""Evaluation gate: the dev-set score may not fall below the floor pinned in devset_floor.json.

Runs the shared scorer over ../shared/devset with this checkout's `procurement-archive extract`,
as trafilatura's evaluation does in CI. Skips cleanly when ../shared/devset is absent.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SCORER = SHARED / "tools" / "score_extraction.py"
DEVSET = SHARED / "devset"
FLOOR = json.loads((ROOT / "tests" / "devset_floor.json").read_text(encoding="utf-8"))

pytestmark = pytest.mark.skipif(
    not (SCORER.is_file() and DEVSET.is_dir()), reason="../shared/devset or its scorer is absent"
)


def extractor_command() -> str:
    exe = Path(sys.executable).with_name("procurement-archive")
    found = str(exe) if exe.exists() else shutil.which("procurement-archive")
    if not found:
        pytest.fail("the procurement-archive command is not installed (pip install -e .)")
    return f"{found} extract"


@pytest.fixture(scope="module")
def score_report() -> str:
    proc = subprocess.run(
        [sys.executable, str(SCORER), str(DEVSET), "--cmd", extractor_command()],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert proc.returncode == 0, f"scorer failed:\n{proc.stdout}\n{proc.stderr}"
    return proc.stdout


def figure(report: str, pattern: str) -> float:
    match = re.search(pattern, report, re.MULTILINE)
    assert match, f"no line matching {pattern!r} in the scorer's report:\n{report}"
    return float(match.group(1))


def test_macro_f1_holds_the_floor(score_report):
    assert figure(score_report, r"^macro F1 ([\d.]+)") >= FLOOR["macro_f1"], score_report


def test_kind_accuracy_holds_the_floor(score_report):
    assert figure(score_report, r"^kind accuracy ([\d.]+)") >= FLOOR["kind_accuracy"], score_report


@pytest.mark.parametrize("field", sorted(FLOOR["fields_f1"]))
def test_field_f1_holds_the_floor(score_report, field):
    f1 = figure(score_report, rf"^{field}\s+[\d.]+\s+[\d.]+\s+([\d.]+)")
    assert f1 >= FLOOR["fields_f1"][field], score_report
