"""The packaged app: the smoke-test switch, the Linux bundle built and smoke-tested, and the
Debian package made from it checked, installed into a throw-away root and removed."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

import pytest

from conftest import REPO_ROOT as REPO

LINUX = REPO / "packaging" / "linux"
DESKTOP_DIR = REPO / "resources" / "desktop"  # the desktop files' sources
APP_ID = "app.midad.Midad"
VERSION = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


@pytest.mark.slow
def test_smoke_switch_reports_the_opened_window_and_quits(samples_dir: Path) -> None:
    sample = samples_dir / "clean-article.md"
    env = {
        **os.environ,
        "MIDAD_SMOKE_TEST_QUIT_AFTER_MS": "0",
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(REPO / "src"),
    }
    result = subprocess.run(
        [sys.executable, "-m", "editor.cli.main", str(sample)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    [window] = report["windows"]
    assert window["visible"] and window["path"] == str(sample)
    assert window["article_title"].startswith("الكتابة")
    assert window["body_chars"] > 1000
    assert report["icon_sizes"] == [16, 32, 48, 64, 128, 256, 512]
    assert report["bundled_fonts"] == ["Amiri", "Noto Sans Arabic"]


@pytest.fixture(scope="module")
def linux_dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """build.sh once for this module: the bundle, the tarball and (with dpkg-dev) the .deb."""
    if not sys.platform.startswith("linux"):
        pytest.skip("the Linux bundle")
    work = tmp_path_factory.mktemp("linux-build")
    env = {
        **os.environ,
        "MIDAD_BUILD_PYTHON": sys.executable,
        "MIDAD_DIST_DIR": str(work / "dist"),
        "MIDAD_BUILD_DIR": str(work / "build"),
        # xz takes minutes on two cores; gzip keeps the suite's time (the package is larger)
        "MIDAD_DEB_COMPRESSION": "gzip",
    }
    build = subprocess.run(
        [str(LINUX / "build.sh")],
        env=env,
        capture_output=True,
        text=True,
        timeout=1200,
        check=False,
    )
    assert build.returncode == 0, build.stdout[-3000:] + build.stderr[-3000:]
    return work / "dist"


@pytest.mark.slow
def test_linux_bundle_builds_and_passes_the_smoke_test(linux_dist: Path, samples_dir: Path) -> None:
    """Build the PyInstaller bundle + tarball, then run it with no venv (smoke_test.sh)."""
    [tarball] = linux_dist.glob("midad-*-linux-*.tar.gz")
    env = {**os.environ, "MIDAD_SMOKE_SAMPLE": str(samples_dir / "clean-article.md")}
    smoke = subprocess.run(
        [str(LINUX / "smoke_test.sh"), str(tarball)],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert smoke.returncode == 0, smoke.stdout + smoke.stderr
    assert "smoke: passed" in smoke.stdout
    # Spelling is part of the bundle's promise: these checks may not be skipped here.
    assert "ok   check: the bundled dictionary" in smoke.stdout
    assert "ok   installed: the menu entry's command" in smoke.stdout
    assert "ok   window on an X server" in smoke.stdout  # xvfb is in scripts/setup.sh


def run(*args: str, **kwargs) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, capture_output=True, text=True, timeout=600, check=False, **kwargs)


@pytest.fixture(scope="module")
def deb(linux_dist: Path) -> Path:
    if shutil.which("dpkg-deb") is None or shutil.which("dpkg-shlibdeps") is None:
        pytest.skip("no dpkg-deb/dpkg-shlibdeps (dpkg-dev): build.sh makes no .deb here")
    arch = run("dpkg", "--print-architecture").stdout.strip()
    package = linux_dist / f"midad_{VERSION}_{arch}.deb"
    assert package.is_file(), sorted(path.name for path in linux_dist.iterdir())
    return package


def control_fields(deb: Path) -> dict[str, str]:
    info = run("dpkg-deb", "--field", str(deb))
    assert info.returncode == 0, info.stderr
    fields: dict[str, str] = {}
    key = ""
    for line in info.stdout.splitlines():
        if line[:1].isspace():
            fields[key] += "\n" + line.strip()
        else:
            key, _, value = line.partition(":")
            fields[key] = value.strip()
    return fields


def dependencies(depends: str) -> list[tuple[str, str, str]]:
    """'libc6 (>= 2.36), libegl1' -> [('libc6', '>=', '2.36'), ('libegl1', '', '')]."""
    found = []
    for item in depends.split(","):
        match = re.fullmatch(
            r"\s*([a-z0-9][a-z0-9.+-]+)(?:\s*\((<<|<=|=|>=|>>)\s*([^)]+)\))?\s*", item
        )
        assert match, f"not a simple dependency: {item!r}"
        found.append((match[1], match[2] or "", (match[3] or "").strip()))
    return found


@pytest.mark.slow
def test_deb_control_names_the_package_version_and_system_libraries(deb: Path) -> None:
    info = run("dpkg-deb", "--info", str(deb))
    assert info.returncode == 0, info.stderr
    assert re.search(r"^\s+\d+ bytes,\s+\d+ lines\s+\*\s+postinst\s", info.stdout, re.M)
    assert re.search(r"^\s+\d+ bytes,\s+\d+ lines\s+\*\s+postrm\s", info.stdout, re.M)
    fields = control_fields(deb)
    assert fields["Package"] == "midad"
    assert fields["Version"] == VERSION
    assert fields["Architecture"] == run("dpkg", "--print-architecture").stdout.strip()
    assert fields["Section"] == "editors" and fields["Priority"] == "optional"
    assert re.fullmatch(r".+ <[^@\s]+@[^@\s]+>", fields["Maintainer"])
    assert fields["Description"].startswith("desktop editor for writing and editing articles")
    assert int(fields["Installed-Size"]) > 50_000  # KiB: the bundle is inside
    depends = dependencies(fields["Depends"])
    names = {name for name, _, _ in depends}
    # What the bundle leaves to the system (PyInstaller does not ship glibc, GL/EGL, libxcb);
    # Qt, enchant, fontconfig and the xcb helper libraries travel inside.
    assert {"libc6", "libegl1", "libgl1", "libxcb1"} <= names
    assert not names & {
        "libqt6core6",
        "libenchant-2-2",
        "libhunspell-1.7-0",
        "libfontconfig1",
        "libglib2.0-0",
        "libxkbcommon0",
        "python3",
    }
    # This machine built the bundle, so it must satisfy every dependency, versions included.
    for name, op, version in depends:
        installed = run("dpkg-query", "-W", "-f=${Version}", name)
        assert installed.returncode == 0, f"{name} is not installed here"
        if op:
            relation = {"<<": "lt", "<=": "le", "=": "eq", ">=": "ge", ">>": "gt"}[op]
            assert (
                run("dpkg", "--compare-versions", installed.stdout, relation, version).returncode
                == 0
            ), f"{name} {installed.stdout} is not {op} {version}"


@pytest.mark.slow
def test_deb_contents_lay_out_the_bundle_menu_entry_icons_and_docs(
    deb: Path, tmp_path: Path
) -> None:
    listing = run("dpkg-deb", "--contents", str(deb))
    assert listing.returncode == 0, listing.stderr
    entries = {}
    for line in listing.stdout.splitlines():
        mode, owner, _size, _date, _time, path, *link = line.split()
        entries[path.removeprefix("./").rstrip("/")] = (mode, owner, link)
    assert all(owner == "root/root" for _, owner, _ in entries.values())
    assert all(path.startswith("usr") for path in entries if path), "files outside /usr"
    writable = [
        path
        for path, (mode, _, _) in entries.items()
        if not mode.startswith("l") and "w" in mode[4:]
    ]
    assert not writable, writable[:5]
    assert entries["usr/bin/midad"] == ("lrwxrwxrwx", "root/root", ["->", "../lib/midad/midad"])
    assert entries["usr/lib/midad/midad"][0] == "-rwxr-xr-x"
    assert entries["usr/lib/midad/_internal"][0] == "drwxr-xr-x"
    executables = [
        path for path, (mode, _, _) in entries.items() if mode.startswith("-") and "x" in mode
    ]
    assert executables == ["usr/lib/midad/midad"]  # libraries are 644 as Debian wants
    share = "usr/share/"
    wanted = [
        f"applications/{APP_ID}.desktop",
        f"metainfo/{APP_ID}.metainfo.xml",
        f"mime/packages/{APP_ID}.xml",
        f"icons/hicolor/scalable/apps/{APP_ID}.svg",
        "doc/midad/copyright",
        "doc/midad/changelog.gz",
        "man/man1/midad.1.gz",
        "lintian/overrides/midad",
    ]
    wanted += [f"icons/hicolor/{n}x{n}/apps/{APP_ID}.png" for n in (16, 32, 48, 64, 128, 256, 512)]
    for path in wanted:
        assert entries.get(share + path, ("",))[0] == "-rw-r--r--", path

    root = tmp_path / "x"
    assert run("dpkg-deb", "-x", str(deb), str(root)).returncode == 0
    desktop = root / share / f"applications/{APP_ID}.desktop"
    assert desktop.read_bytes() == (DESKTOP_DIR / f"{APP_ID}.desktop").read_bytes()
    assert "MimeType=text/markdown;" in desktop.read_text(encoding="utf-8")
    if shutil.which("desktop-file-validate"):
        validate = run("desktop-file-validate", str(desktop))
        assert validate.returncode == 0, validate.stdout + validate.stderr
    copyright_ = (root / share / "doc/midad/copyright").read_text(encoding="utf-8")
    assert copyright_.startswith(
        "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n"
    )
    stanzas = {stanza.split("\n")[0]: stanza for stanza in copyright_.split("\n\n")}
    licence_of = {
        first.removeprefix("Files: "): re.search(r"^License: (.+)$", body, re.M)[1]
        for first, body in stanzas.items()
        if first.startswith("Files: ")
    }
    assert licence_of["*"] == "GPL-3+"
    assert licence_of["usr/lib/midad/_internal/fontpkg_amiri/*"] == "OFL-1.1"
    assert licence_of["usr/lib/midad/_internal/fontpkg_noto_sans_arabic/*"] == "OFL-1.1"
    assert licence_of["usr/lib/midad/_internal/PySide6/*"] == "LGPL-3"
    assert (
        licence_of["usr/lib/midad/_internal/editor/resources/dictionaries/hunspell/*"]
        == "GPL-2+ or LGPL-2.1+ or MPL-1.1"
    )
    for name in ("GPL-3+", "LGPL-3", "GPL-2+", "LGPL-2.1+", "MPL-1.1", "OFL-1.1"):
        assert f"License: {name}\n " in copyright_, f"no text for {name}"
    assert "SIL OPEN FONT LICENSE Version 1.1" in copyright_
    assert "Mohamed Kebdani" in copyright_
    assert not re.search(r"@[A-Z_]+@", copyright_), "a template placeholder was left"


@pytest.mark.slow
def test_deb_passes_lintian(deb: Path) -> None:
    if shutil.which("lintian") is None:
        pytest.skip("lintian is not installed (scripts/setup.sh installs it with the test tools)")
    result = run("lintian", "--fail-on", "error,warning", "--tag-display-limit", "0", str(deb))
    assert result.returncode == 0, result.stdout + result.stderr
    assert not re.search(r"^[EW]: ", result.stdout, re.M), result.stdout


@pytest.mark.slow
def test_deb_installs_into_a_throwaway_root_runs_and_purges_cleanly(
    deb: Path, samples_dir: Path
) -> None:
    """dpkg --root: the package's files, its maintainer scripts (chrootless, $DPKG_ROOT), the
    smoke test on ROOT/usr/bin/midad, then dpkg --purge leaves only the regenerated caches."""
    # A world-readable folder: as root, the installed app runs as `nobody` (below).
    work = Path(tempfile.mkdtemp(prefix="midad-deb-"))
    try:
        work.chmod(0o755)
        root = work / "root"
        for folder in ("var/lib/dpkg/info", "var/lib/dpkg/updates", "var/log"):
            (root / folder).mkdir(parents=True)
        (root / "var/lib/dpkg/status").touch()
        sample = work / "clean-article.md"
        shutil.copy(samples_dir / "clean-article.md", sample)
        env = {**os.environ, "PATH": "/usr/sbin:/usr/bin:/sbin:/bin"}  # dpkg wants ldconfig
        dpkg = [
            "dpkg",
            f"--root={root}",
            f"--log={root}/var/log/dpkg.log",
            "--force-not-root",
            "--force-script-chrootless",
        ]
        # --force-depends: the throw-away root has no libc6 package (the host's libraries
        # serve); the dependencies are checked against this machine in the test above.
        install = run(*dpkg, "--force-depends", "--install", str(deb), env=env)
        assert install.returncode == 0, install.stdout + install.stderr
        status = run(
            "dpkg-query",
            f"--admindir={root}/var/lib/dpkg",
            "-W",
            "-f=${Status} ${Version}",
            "midad",
        )
        assert status.stdout == f"install ok installed {VERSION}"
        midad = root / "usr/bin/midad"
        assert midad.is_symlink() and (root / "usr/lib/midad/midad").is_file()
        # postinst refreshed the MIME database inside the root, not on this machine.
        if shutil.which("update-mime-database"):
            globs = (root / "usr/share/mime/globs").read_text(encoding="utf-8")
            assert "text/markdown:*.md" in globs

        version = run(
            str(midad),
            "--version",
            env={"PATH": "/usr/bin:/bin", "HOME": str(work), "QT_QPA_PLATFORM": "offscreen"},
        )
        assert version.stdout.strip() == f"midad {VERSION}", version.stderr

        # The app must not write into its installed files: make them read-only, as a system
        # install is to its users (root ignores modes, so then the smoke test runs as nobody).
        app = root / "usr/lib/midad"
        run("chmod", "-R", "a-w", str(app))
        smoke_env = {**os.environ, "MIDAD_SMOKE_SAMPLE": str(sample)}
        command = [str(LINUX / "smoke_test.sh"), str(midad)]
        if os.geteuid() == 0:
            if shutil.which("setpriv") is None:
                pytest.skip("running as root without setpriv to drop to an ordinary user")
            command = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", *command]
        try:
            smoke = run(*command, env=smoke_env)
        finally:
            run("chmod", "-R", "u+w", str(app))
        assert smoke.returncode == 0, smoke.stdout + smoke.stderr
        assert "smoke: passed" in smoke.stdout
        assert "ok   check: the bundled dictionary" in smoke.stdout
        assert "ok   installed: the menu entry's command (midad %f)" in smoke.stdout

        purge = run(*dpkg, "--purge", "midad", env=env)
        assert purge.returncode == 0, purge.stdout + purge.stderr
        status = run("dpkg-query", f"--admindir={root}/var/lib/dpkg", "-W", "-f=${Status}", "midad")
        assert "installed" not in status.stdout.replace("not-installed", "")
        left = sorted(
            str(path.relative_to(root))
            for path in root.rglob("*")
            if not path.is_dir() and not path.is_relative_to(root / "var")
        )
        caches = [
            path
            for path in left
            if path.startswith("usr/share/mime/") or path.endswith((".cache", "mimeinfo.cache"))
        ]
        assert left == caches, f"left behind: {sorted(set(left) - set(caches))}"
        assert not (root / "usr/lib/midad").exists() and not midad.is_symlink()
    finally:
        run("chmod", "-R", "u+w", str(work))
        shutil.rmtree(work, ignore_errors=True)


def test_runtime_hook_and_build_agree_on_the_enchant_provider_descriptor() -> None:
    """The bundled libenchant is patched to /proc/self/fd/N; the runtime hook must open N."""
    import re

    pyinstaller = REPO / "packaging" / "pyinstaller"
    numbers = [
        re.search(r"^PROVIDER_FD = (\d+)$", (pyinstaller / name).read_text(), re.M)
        for name in ("bundle_parts.py", "pyi_rth_midad_enchant.py")
    ]
    assert all(numbers)
    assert numbers[0].group(1) == numbers[1].group(1)


def test_the_linux_desktop_file_names_what_install_sh_rewrites() -> None:
    """install.sh makes Exec/TryExec absolute by matching `Exec=midad ` and `TryExec=midad`."""
    desktop = (DESKTOP_DIR / "app.midad.Midad.desktop").read_text(encoding="utf-8").splitlines()
    assert "Exec=midad %f" in desktop and "TryExec=midad" in desktop
    install = (LINUX / "install.sh").read_text(encoding="utf-8")
    assert "s|^Exec=midad |" in install and "s|^TryExec=midad\\$|" in install


def test_deb_maintainer_scripts_refresh_caches_under_dpkg_root(tmp_path: Path) -> None:
    """postinst/postrm are POSIX sh, and with $DPKG_ROOT they touch only that root."""
    scripts = {name: LINUX / "debian" / name for name in ("postinst", "postrm")}
    for name, script in scripts.items():
        assert os.access(script, os.X_OK), name
        assert run("sh", "-n", str(script)).returncode == 0, name
    applications = tmp_path / "usr/share/applications"
    applications.mkdir(parents=True)
    shutil.copy(DESKTOP_DIR / f"{APP_ID}.desktop", applications)
    mime = tmp_path / "usr/share/mime/packages"
    mime.mkdir(parents=True)
    shutil.copy(DESKTOP_DIR / f"{APP_ID}.mime.xml", mime / f"{APP_ID}.xml")
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "DPKG_ROOT": str(tmp_path)}
    assert run(str(scripts["postinst"]), "configure", env=env).returncode == 0
    if shutil.which("update-mime-database"):
        globs = (tmp_path / "usr/share/mime/globs").read_text(encoding="utf-8")
        assert "text/markdown:*.md" in globs
    if shutil.which("update-desktop-database"):
        assert f"text/markdown={APP_ID}.desktop" in (applications / "mimeinfo.cache").read_text(
            encoding="utf-8"
        )
    (applications / f"{APP_ID}.desktop").unlink()
    assert run(str(scripts["postrm"]), "remove", env=env).returncode == 0
    if shutil.which("update-desktop-database"):
        assert APP_ID not in (applications / "mimeinfo.cache").read_text(encoding="utf-8")
    assert run(str(scripts["postrm"]), "upgrade", env=env).returncode == 0


def test_deb_copyright_template_has_a_text_for_every_licence_it_names() -> None:
    template = (LINUX / "debian" / "copyright").read_text(encoding="utf-8")
    named = set()
    for expression in re.findall(r"^License: (.+)$", template, re.M):
        named.update(part.strip() for part in expression.split(" or "))
    texts = set(re.findall(r"^License: (\S+)\n[ @]", template, re.M))  # @OFL_TEXT@: filled in
    assert named <= texts, named - texts
    assert "@OFL_TEXT@" in template and "@HUNSPELL_AR_COPYRIGHT@" in template
