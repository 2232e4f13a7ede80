"""The output folder of a build: what may be replaced, and how it is replaced whole.

A build writes into a temporary folder beside ``--out`` (``.<out>.geo-tmp-<pid>-…``) and
swaps it in only once it is complete, so a failed or killed build never loses what an
earlier build made. Only a folder holding the build marker (settings.OUTPUT_MARKER) is
ever replaced; files a user put there (notes, a QGIS project) move into the new build;
temporary folders that killed builds left behind are removed on the next build.
"""

from __future__ import annotations

import json
import os
import re
import signal
import shutil
import tempfile
from pathlib import Path

from . import settings
from .errors import OutputError


def check_output_folder(out: Path) -> None:
    """Refuse to write over anything that is not a previous geo output."""
    if out.exists() and not out.is_dir():
        raise OutputError(f"{out} is a file, not a folder; choose another --out")
    if out.is_dir() and any(out.iterdir()) and not (out / settings.OUTPUT_MARKER).exists():
        raise OutputError(
            f"{out} exists and is not a previous geo output (no {settings.OUTPUT_MARKER}); "
            "choose an empty or new folder for --out"
        )
    parent = out.resolve().parent
    if not parent.exists():
        raise OutputError(f"the parent folder {parent} of --out does not exist")
    if not os.access(parent, os.W_OK):
        raise OutputError(f"cannot write into {parent} (read-only); choose another --out")
    if out.is_dir() and not os.access(out, os.W_OK):
        raise OutputError(f"cannot replace {out} (read-only); choose another --out")
    new_build_folder(out).rmdir()  # find out now, not after the work, that the build could not be written


def new_build_folder(out: Path) -> Path:
    """An empty folder beside ``out`` to build into, with the permissions an output folder has."""
    try:
        tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.geo-tmp-{os.getpid()}-", dir=out.resolve().parent))
        umask = os.umask(0)
        os.umask(umask)
        tmp.chmod(0o777 & ~umask)  # mkdtemp makes it private; the output folder is not
    except OSError as err:
        raise OutputError(f"cannot write next to {out}: {err.strerror or err}; choose another --out") from err
    return tmp


def remove_leftovers(out: Path) -> None:
    """Temporary folders that killed builds of ``out`` left behind.

    Only folders this module names (``.<out>.geo-tmp-<pid>-…``, ``.<out>.geo-old-<pid>``),
    holding its marker, whose build process is no longer running: never another
    output's folder, never a build still at work. If a build was killed between the two
    renames of its swap, ``out`` is missing: the newest complete build among them is put
    back as ``out`` first, so the only complete build is never deleted.
    """
    pattern = re.compile(rf"\.{re.escape(out.name)}\.geo-(?:tmp|old)-(\d+)(?:-\w+)?")
    leftovers = []
    for path in out.parent.iterdir():
        match = pattern.fullmatch(path.name)
        if (match and path.is_dir() and not path.is_symlink() and (path / settings.OUTPUT_MARKER).exists()
                and not _running(int(match.group(1)))):
            leftovers.append(path)
    if not out.exists():
        complete = [p for p in leftovers if _complete(p)]
        if complete:
            newest = max(complete, key=lambda p: (p / settings.OUTPUT_MARKER).stat().st_mtime)
            os.replace(newest, out)
            leftovers.remove(newest)
    for path in leftovers:
        shutil.rmtree(path, ignore_errors=True)


def _complete(folder: Path) -> bool:
    """Whether ``folder`` holds a finished build: its marker has the summary written last."""
    try:
        marker = json.loads((folder / settings.OUTPUT_MARKER).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(marker, dict) and "summary" in marker


def _running(pid: int) -> bool:
    if pid == os.getpid():
        return False  # ours, from an earlier build in this process: finished or failed
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's live process
    return True


def keep_user_files(out: Path, tmp: Path) -> list[str]:
    """Move what a user put in ``out`` (notes, a QGIS project), which a build does not write,
    into the new build ``tmp``, so that a rebuild never deletes it: the names moved."""
    kept: list[str] = []
    if not out.is_dir():
        return kept
    for folder in (Path("."), Path("layers")):
        source, target = out / folder, tmp / folder
        if not source.is_dir() or not target.is_dir():
            continue
        for entry in sorted(source.iterdir()):
            if entry.name == settings.OUTPUT_MARKER or (target / entry.name).exists():
                continue
            try:
                os.replace(entry, target / entry.name)
            except OSError:
                continue  # left in the previous build, which is removed: said below as not kept
            kept.append(str(folder / entry.name) if str(folder) != "." else entry.name)
    return kept


def swap_in(tmp: Path, out: Path) -> None:
    """Replace ``out`` by the finished ``tmp`` folder: two renames that Ctrl-C and SIGTERM cannot
    come between (they wait until both are done); a kill -9 between them is repaired by the next
    build (:func:`remove_leftovers`). The old copy is deleted last."""
    old = None
    blocked = {signal.SIGINT, signal.SIGTERM}
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, blocked)
    try:
        if out.exists():
            old = out.with_name(f".{out.name}.geo-old-{os.getpid()}")
            os.replace(out, old)
        try:
            os.replace(tmp, out)
        except OSError:
            if old is not None and not out.exists():
                os.replace(old, out)  # the previous build goes back
            raise
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
