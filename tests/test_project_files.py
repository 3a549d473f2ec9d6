"""The files around the code say the same thing as the code: the licence text and the package
metadata, the pre-commit hook and the pinned ruff, the workflows, and CONTRIBUTING.md's map."""

from __future__ import annotations

import hashlib
import re
import tomllib
from pathlib import Path

import yaml

from conftest import REPO_ROOT

PACKAGE = REPO_ROOT / "src" / "editor"
# sha256 of the GNU GPL version 3 as the FSF publishes it (Debian's common-licenses/GPL-3).
GPL3_SHA256 = "3972dc9744f6499f0f9b2dbf76696f2ae7ad8af9b23dde66d6af86c9dfb36986"


def _pyproject() -> dict:
    return tomllib.loads((REPO_ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def test_license_file_is_the_gpl_version_3() -> None:
    text = (REPO_ROOT / "LICENSE").read_text(encoding="utf-8")
    head = [line.strip() for line in text.splitlines()[:2]]
    assert head == ["GNU GENERAL PUBLIC LICENSE", "Version 3, 29 June 2007"]
    assert "END OF TERMS AND CONDITIONS" in text
    assert hashlib.sha256(text.encode("utf-8")).hexdigest() == GPL3_SHA256, (
        "LICENSE differs from the GPL-3 text: copy /usr/share/common-licenses/GPL-3 verbatim"
    )


def test_package_metadata_declares_the_same_licence() -> None:
    project = _pyproject()["project"]
    assert project["license"] == "GPL-3.0-or-later"  # "or later": the GPL-3 text allows it
    assert project["license-files"] == ["LICENSE"]
    # With an SPDX expression setuptools refuses "License ::" classifiers (PEP 639); one
    # naming another licence would contradict the expression anyway.
    licence_classifiers = [c for c in project["classifiers"] if c.startswith("License ::")]
    assert licence_classifiers == []
    metainfo = (REPO_ROOT / "resources" / "desktop" / "app.midad.Midad.metainfo.xml").read_text(
        encoding="utf-8"
    )
    assert "<project_license>GPL-3.0-or-later</project_license>" in metainfo
    about = (PACKAGE / "ui" / "help_dialogs.py").read_text(encoding="utf-8")
    assert "version 3 or later (GPL-3.0-or-later)" in about


def test_classifiers_match_the_python_and_audience_declared() -> None:
    project = _pyproject()["project"]
    classifiers = project["classifiers"]
    assert len(set(classifiers)) == len(classifiers)
    versions = sorted(
        c.rsplit(" :: ", 1)[1]
        for c in classifiers
        if re.fullmatch(r"Programming Language :: Python :: 3\.\d+", c)
    )
    assert versions and project["requires-python"] == f">={versions[0]}"
    assert "Natural Language :: Arabic" in classifiers
    assert "Environment :: X11 Applications :: Qt" in classifiers
    assert project["authors"] and project["readme"] == "README.md"


def _constraint(name: str) -> str:
    text = (REPO_ROOT / "requirements" / "constraints.txt").read_text(encoding="utf-8")
    found = re.search(rf"^{re.escape(name)}==(\S+)$", text, re.MULTILINE | re.IGNORECASE)
    assert found, f"{name} is not pinned in requirements/constraints.txt"
    return found.group(1)


def test_pre_commit_runs_the_pinned_ruff_lint_and_format() -> None:
    config = yaml.safe_load((REPO_ROOT / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    [ruff] = [repo for repo in config["repos"] if repo["repo"].endswith("/ruff-pre-commit")]
    assert ruff["rev"] == "v" + _constraint("ruff")
    assert {hook["id"] for hook in ruff["hooks"]} == {"ruff-check", "ruff-format"}
    assert "format" in _pyproject()["tool"]["ruff"]


def _workflow(name: str) -> dict:
    workflow = yaml.safe_load(
        (REPO_ROOT / ".github" / "workflows" / name).read_text(encoding="utf-8")
    )
    workflow["on"] = workflow.pop(True)  # YAML 1.1 reads the key `on` as true
    return workflow


def test_tests_workflow_runs_test_sh_on_every_push_and_pull_request() -> None:
    workflow = _workflow("tests.yml")
    assert workflow["on"]["push"] is None and workflow["on"]["pull_request"] is None  # all
    [job] = workflow["jobs"].values()
    assert job["runs-on"] == "ubuntu-latest"
    assert [step["run"] for step in job["steps"] if step.get("name") == "./test.sh"] == [
        "./test.sh"
    ]


def test_package_builds_stay_on_version_tags() -> None:
    triggers = _workflow("build.yml")["on"]
    assert set(triggers) == {"push", "workflow_dispatch"}
    assert triggers["push"] == {"tags": ["v*"]}


# -- CONTRIBUTING.md's architecture map -----------------------------------------------------------
_CODE_SPAN = re.compile(r"`([^`\s]+)`")
_IN_PACKAGE = (
    "core/",
    "ui/",
    "cli/",
    "app/",
    "render/",
)  # paths the map writes relative to src/editor
_IN_REPOSITORY = (
    "src/",
    "tests/",
    "scripts/",
    "bench/",
    "translations/",
    "packaging/",
    "resources/",
    "docs/",
    "requirements/",
    ".github/",
)
_SEARCHED = ("src", "tests", "bench", "scripts", "packaging")


def _contributing_spans() -> set[str]:
    return set(_CODE_SPAN.findall((REPO_ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")))


def _named_thing_exists(token: str) -> bool | None:
    """Whether the file, folder or module a code span names exists; None: not a name we check."""
    if token.startswith(_IN_PACKAGE):
        return (PACKAGE / token).exists()
    if token.startswith(_IN_REPOSITORY):
        return (REPO_ROOT / token).exists()
    if token == "editor.resources":  # the assets' package: resources/, mapped by pyproject.toml
        return (REPO_ROOT / "resources" / "__init__.py").is_file()
    if re.fullmatch(r"editor(\.\w+)+", token):
        path = REPO_ROOT / "src" / Path(*token.split("."))
        return path.is_dir() or path.with_suffix(".py").exists()
    if re.fullmatch(r"\w+\.py", token):
        return any(next((REPO_ROOT / top).rglob(token), None) for top in _SEARCHED)
    return None


def test_contributing_names_only_files_and_modules_that_exist() -> None:
    spans = [token for token in _contributing_spans() if not set("*<…") & set(token)]
    checked = {token: _named_thing_exists(token) for token in spans}
    assert sum(found is not None for found in checked.values()) > 100
    assert sorted(token for token, found in checked.items() if found is False) == []


def test_contributing_maps_every_module_of_the_package() -> None:
    named = {Path(token).name for token in _contributing_spans()}
    unmapped = sorted(
        str(path.relative_to(PACKAGE))
        for path in PACKAGE.rglob("*.py")
        if path.name != "__init__.py" and path.name not in named
    )
    assert unmapped == [], "describe these modules in CONTRIBUTING.md's map"
