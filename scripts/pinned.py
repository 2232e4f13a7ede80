"""One pinned registry file, downloaded once and checked: shared by the derive scripts."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path


def pinned_download(requirement: str, filename: str, sha256: str, workdir: Path) -> Path:
    """``pip download`` ``requirement`` into ``workdir`` (once) and stop unless ``filename`` has ``sha256``."""
    path = workdir / filename
    if not path.exists():
        workdir.mkdir(parents=True, exist_ok=True)
        subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "-q", "-d", str(workdir), requirement],
                       check=True)
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    if digest != sha256:
        raise SystemExit(f"{path} has sha256 {digest}, expected {sha256}")
    return path
