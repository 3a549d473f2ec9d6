"""Size and start-up time of the built Linux bundle (packaging/linux/build.sh makes it).

Run: .venv/bin/python bench/bundle.py [dist/midad]
Each run is a fresh process with `env -i` (no venv, minimal PATH, an empty HOME), as a user
would start it; the first run of each kind is reported apart (cold-ish file cache).
Window: from exec to the smoke switch's report of the shown window with the sample open, and exit.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SAMPLE = REPO.parent / "shared" / "samples" / "clean-article.md"
RUNS = 7


def folder_size(folder: Path) -> int:
    return sum(
        path.stat().st_size
        for path in folder.rglob("*")
        if path.is_file() and not path.is_symlink()
    )  # PyInstaller links shared libs


def timed(command: list[str], extra_env: dict[str, str]) -> float:
    with tempfile.TemporaryDirectory() as home:
        env = {
            "PATH": "/usr/bin:/bin",
            "HOME": home,
            "LANG": "C.UTF-8",
            "QT_QPA_PLATFORM": "offscreen",
            **extra_env,
        }
        start = time.perf_counter()
        subprocess.run(command, env=env, check=True, capture_output=True, timeout=120)
        return time.perf_counter() - start


def report(name: str, times: list[float]) -> None:
    rest = times[1:]
    print(
        f"{name:34} first {times[0]:.2f} s   median {statistics.median(rest):.2f} s   "
        f"min {min(rest):.2f} s   ({len(rest)} runs)"
    )


def main() -> int:
    bundle = Path(sys.argv[1] if len(sys.argv) > 1 else REPO / "dist" / "midad")
    binary = bundle / "midad"
    if not binary.is_file():
        print(f"bench: no bundle at {bundle}; run packaging/linux/build.sh", file=sys.stderr)
        return 2
    print(
        f"bundle folder {bundle}: {folder_size(bundle) / 2**20:.0f} MiB, "
        f"{sum(1 for _ in bundle.rglob('*'))} files"
    )
    for tarball in sorted(bundle.parent.glob("midad-*-linux-*.tar.gz")):
        print(f"tarball {tarball.name}: {tarball.stat().st_size / 2**20:.0f} MiB")
    report("midad --version", [timed([str(binary), "--version"], {}) for _ in range(RUNS)])
    window = {"MIDAD_SMOKE_TEST_QUIT_AFTER_MS": "0"}
    report(
        "window shown with sample, then quit",
        [timed([str(binary), str(SAMPLE)], window) for _ in range(RUNS)],
    )
    with tempfile.TemporaryDirectory() as out:
        report(
            "midad export --to docx",
            [
                timed(
                    [
                        str(binary),
                        "export",
                        str(SAMPLE),
                        "--to",
                        "docx",
                        "-o",
                        os.path.join(out, "a.docx"),
                    ],
                    {},
                )
                for _ in range(RUNS)
            ],
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
