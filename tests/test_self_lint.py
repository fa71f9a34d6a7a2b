"""The project's own code passes flake8 with its own configuration (setup.cfg)."""
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_project_passes_its_own_flake8():
    result = subprocess.run(
        [sys.executable, "-m", "flake8", "keras2_lint", "flake8_keras2", "pylint_keras2",
         "tests", "bench"], cwd=ROOT, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
