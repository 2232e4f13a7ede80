"""Shared fixtures: the repository's seeds and one build of them per test session."""

from __future__ import annotations

import os
import tempfile

# The tests never read or write the user's caches (set before geo is imported).
os.environ["GEO_CACHE_DIR"] = tempfile.mkdtemp(prefix="geo-test-cache-")

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from geo.cli import main

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
TEST_ARTICLES = ROOT / "tests" / "articles"
GOLD = ROOT / "tests" / "gold"


@pytest.fixture(scope="session")
def seeds() -> Path:
    return SEEDS


@pytest.fixture(scope="session")
def built(tmp_path_factory) -> Path:
    """out/ of `geo build` on the seeds (built once per session)."""
    out = tmp_path_factory.mktemp("build") / "out"
    result = CliRunner().invoke(main, ["-q", "build", "--seeds", str(SEEDS), "--out", str(out)])
    assert result.exit_code == 0, result.output
    return out


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def seeds_copy(tmp_path) -> Path:
    folder = tmp_path / "articles"
    shutil.copytree(SEEDS, folder)
    return folder
