"""Notices: what the core tells a user besides errors (warnings, import notes, reasons) keeps its
template and parameters, so the window translates it by template. The core is scanned: a
formatted sentence appended as a warning or note fails here, and so does a template the
window's table (editor/ui/core_messages.py) or the Arabic catalogue does not have."""

from __future__ import annotations

import ast
import copy
import json
import pickle
import re
import string
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from lxml import etree
from PySide6.QtWidgets import QApplication

from conftest import REPO_ROOT
from editor.core.article import load_article, parse_article
from editor.core.errors import ArticleError, NotTextError
from editor.core.importing.importer import import_file, paste_as_article
from editor.core.notices import Notice
from editor.core.search import SearchError, SearchOptions, find_all
from editor.ui import core_messages
from editor.ui.core_messages import core_error_message, core_text
from editor.ui.i18n import install_translations, remove_translations

CORE = REPO_ROOT / "src" / "editor" / "core"
ARABIC = re.compile(r"[\u0600-\u06FF]")
LATIN = re.compile(r"[A-Za-z]")
FSI, PDI = "\u2068", "\u2069"

# Lists of things said to the user, and the calls whose argument says why a line was dropped.
NOTICE_LISTS = {"warnings", "notes", "notices"}
REASON_ARGUMENTS = {
    "Removal": (2, "reason"),
    "Verdict": (1, "reason"),
    "remove": (1, "reason"),
    "move": (1, "what"),
}


# -- the type ----------------------------------------------------------------------------------
def test_a_notice_is_its_english_text_and_keeps_template_and_params() -> None:
    notice = Notice("{count} picture(s) were left out: an article holds text only.", count=2)
    assert notice == "2 picture(s) were left out: an article holds text only."
    assert str(notice) == notice and f"midad: {notice}" == "midad: " + str(notice)
    assert notice.template.startswith("{count} picture(s)") and notice.params == {"count": 2}
    # The command line's JSON writes the English text, as before.
    assert json.loads(json.dumps({"notes": [notice]})) == {"notes": [str(notice)]}
    # A parameter that holds braces is filled in, never read as a placeholder.
    named = Notice("“{name}”", name="{odd}.md")
    assert named == "“{odd}.md”"
    for twin in (copy.deepcopy(named), pickle.loads(pickle.dumps(named))):
        assert twin == named and twin.template == "“{name}”" and twin.params == {"name": "{odd}.md"}


def test_the_core_gives_notices_where_it_used_to_give_sentences(tmp_path: Path) -> None:
    legacy = tmp_path / "legacy.md"
    legacy.write_bytes("---\ntitle: عنوان\nstatus: later\n---\n\nنص\n".encode("cp1256"))
    warnings = load_article(legacy).warnings
    assert [w.template for w in warnings] == [
        "The file was read as {encoding}; it will be saved as UTF-8.",
        "Unknown status “{status}”; expected one of: {choices}.",
    ]
    assert warnings[1].params["status"] == "later"
    broken = parse_article("---\n- a\n- b\n---\n\nنص\n").warnings[0]
    assert isinstance(broken.params["problem"], Notice)  # "not a list of key: value lines"
    pasted = paste_as_article("خبر قصير بلا عنوان يبدأ بفقرة طويلة تكفي لتكون فقرة. " * 3)
    assert all(isinstance(note, Notice) for note in pasted.notes) and pasted.notes
    (tmp_path / "مقال.txt").write_bytes("نص المقال الأول.\n".encode("cp1256"))
    notes = import_file(tmp_path / "مقال.txt").notes
    assert all(isinstance(note, Notice) for note in notes)
    assert isinstance(notes[0].params["encoding"], Notice)  # "Windows-1256 (Arabic)"
    with pytest.raises(NotTextError) as caught:
        load_article(_write(tmp_path / "x.md", b"%PDF-1.4"))
    assert all(isinstance(v, Notice) for v in caught.value.params.values())
    with pytest.raises(SearchError) as bad_regex:
        find_all("نص", "(", SearchOptions(regex=True))
    assert isinstance(bad_regex.value, ArticleError)
    assert bad_regex.value.template == "Invalid regular expression: {detail}"


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


# -- scanning the core -------------------------------------------------------------------------
@dataclass(frozen=True)
class Problem:
    where: str
    what: str

    def __str__(self) -> str:
        return f"{self.where}: {self.what}"


def _is_sentence(node: ast.expr | None) -> bool:
    """A literal or formatted string: what a notice must never be made of."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str) and node.value != ""
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add | ast.Mod):
        return _is_sentence(node.left) or _is_sentence(node.right)
    if isinstance(node, ast.IfExp):
        return _is_sentence(node.body) or _is_sentence(node.orelse)
    return (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "format"
        and _is_sentence(node.func.value)
    )


def _name(node: ast.expr) -> str:
    """The last name of ``x``, ``a.b.x`` or ``a.x[:0]``."""
    while isinstance(node, ast.Subscript):
        node = node.value
    if isinstance(node, ast.Attribute):
        return node.attr
    return node.id if isinstance(node, ast.Name) else ""


def _sentences_in(node: ast.expr | None) -> bool:
    if isinstance(node, ast.List | ast.Tuple | ast.Set):
        return any(_is_sentence(element) for element in node.elts)
    if isinstance(node, ast.ListComp):
        return _is_sentence(node.elt)
    return _is_sentence(node)


def _placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def _error_classes(trees: dict[str, ast.Module]) -> set[str]:
    """ArticleError and every class in the core derived from it."""
    known = {"ArticleError"}
    while True:
        more = {
            node.name
            for tree in trees.values()
            for node in ast.walk(tree)
            if isinstance(node, ast.ClassDef) and any(_name(base) in known for base in node.bases)
        } - known
        if not more:
            return known
        known |= more


def _check_template(
    call: ast.Call, kind: str, where: str, found: dict[str, set[str]]
) -> Iterator[Problem]:
    template = call.args[0] if call.args else None
    if template is None:
        return
    if not (isinstance(template, ast.Constant) and isinstance(template.value, str)):
        yield Problem(where, f"{kind}'s template is not a literal string")
        return
    found[kind].add(template.value)
    given = {k.arg for k in call.keywords}
    if None in given:
        yield Problem(where, f"{kind} given **params: its placeholders cannot be checked")
    elif _placeholders(template.value) != given:
        yield Problem(where, f"{kind} {template.value!r} is given {sorted(given)}")


def scan(trees: dict[str, ast.Module], found: dict[str, set[str]] | None = None) -> list[Problem]:
    """Everything in ``trees`` (file name → module) that builds a user message as a string."""
    found = found if found is not None else {"Notice": set(), "ArticleError": set()}
    errors = _error_classes(trees)
    problems: list[Problem] = []
    for file, tree in trees.items():
        returns_notice = {
            id(node)
            for function in ast.walk(tree)
            if isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef)
            and "Notice" in ast.unparse(function.returns or ast.Constant(None))
            for node in ast.walk(function)
            if isinstance(node, ast.Return)
        }
        for node in ast.walk(tree):
            where = f"{file}:{getattr(node, 'lineno', 0)}"
            if isinstance(node, ast.Call):
                callee = _name(node.func)
                if isinstance(node.func, ast.Attribute) and _name(node.func.value) in NOTICE_LISTS:
                    given = node.args[1:] if callee == "insert" else node.args
                    if callee in ("append", "insert", "extend") and any(
                        _sentences_in(arg) for arg in given
                    ):
                        problems.append(
                            Problem(
                                where, f"a string is added to {_name(node.func.value)} ({callee})"
                            )
                        )
                if callee == "Notice":
                    problems.extend(_check_template(node, "Notice", where, found))
                elif callee in errors:
                    problems.extend(_check_template(node, "ArticleError", where, found))
                if callee in REASON_ARGUMENTS:
                    position, keyword = REASON_ARGUMENTS[callee]
                    reason = (
                        node.args[position]
                        if len(node.args) > position
                        else next((k.value for k in node.keywords if k.arg == keyword), None)
                    )
                    if _is_sentence(reason):
                        problems.append(Problem(where, f"a string is the reason of {callee}()"))
            elif isinstance(node, ast.Assign | ast.AugAssign | ast.AnnAssign):
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                if any(_name(t) in NOTICE_LISTS for t in targets) and _sentences_in(node.value):
                    problems.append(Problem(where, "a string is put in a list of notices"))
            elif (
                isinstance(node, ast.Return)
                and id(node) in returns_notice
                and _sentences_in(node.value)
            ):
                problems.append(
                    Problem(where, "a function said to return a Notice returns a string")
                )
    return problems


@pytest.fixture(scope="module")
def core_trees() -> dict[str, ast.Module]:
    return {
        str(path.relative_to(CORE)): ast.parse(path.read_text(encoding="utf-8"))
        for path in sorted(CORE.rglob("*.py"))
    }


@pytest.fixture(scope="module")
def core_templates(core_trees: dict[str, ast.Module]) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {"Notice": set(), "ArticleError": set()}
    scan(core_trees, found)
    return found


def test_the_core_builds_no_message_from_a_formatted_string(
    core_trees: dict[str, ast.Module],
) -> None:
    problems = scan(core_trees)
    assert not problems, "build a Notice from a template (editor/core/notices.py):\n" + "\n".join(
        map(str, problems)
    )


BAD_CORE = """from .notices import Notice
class DocxError(ArticleError): ...
def read(article, result, name, count, line):
    article.warnings.append(f"The file {name} was odd.")
    article.warnings.insert(0, "The file was odd.")
    result.notes += [f"{count} picture(s) were left out."]
    result.notes.extend(["One more note."])
    notes = ["A note: " + name]
    result.notes.append(Notice(f"{count} lines were restored."))
    result.notes.append(Notice("{count} lines were restored.", number=count))
    result.removed.append(Removal(line, "text", f"byline ({name})", "duplicate"))
    self.remove(line, "navigation menu", "menu")
    raise DocxError(f"“{name}” cannot be imported.")
def problem(slug) -> Notice | None:
    return f"A slug should be at most {len(slug)} characters."
"""
GOOD_CORE = """def read(article, result, name, count, line, category):
    article.warnings.append(Notice("The file {name} was odd.", name=name))
    result.notes[:0] = notes
    result.removed.append(Removal(line, "text", category.reason, "menu"))
    words.append(f"{name} {count}")
    return Verdict(0.0, "")
"""


def test_the_scan_finds_every_way_of_writing_a_sentence_in_place_of_a_notice() -> None:
    problems = scan({"bad.py": ast.parse(BAD_CORE)})
    lines = sorted(int(p.where.rsplit(":", 1)[1]) for p in problems)
    assert lines == [4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 15], "\n".join(map(str, problems))
    assert not scan({"good.py": ast.parse(GOOD_CORE)})


# -- the window's tables and the catalogue -----------------------------------------------------
def _arabic_catalogue() -> dict[str, str]:
    tree = etree.parse(str(REPO_ROOT / "translations" / "midad_ar.ts"))
    return {
        m.findtext("source"): m.findtext("translation") or ""
        for context in tree.iter("context")
        if context.findtext("name") == "core"
        for m in context.iter("message")
        if m.find("translation").get("type") is None
    }


@pytest.mark.parametrize(
    "kind, table", [("Notice", "NOTICE_TEMPLATES"), ("ArticleError", "ERROR_TEMPLATES")]
)
def test_every_template_of_the_core_is_in_the_windows_table_and_in_arabic(
    core_templates: dict[str, set[str]], kind: str, table: str
) -> None:
    used = core_templates[kind]
    listed = set(getattr(core_messages, table))
    assert len(used) > 20
    assert not used - listed, f"add to {table} in editor/ui/core_messages.py: {used - listed}"
    assert not listed - used, f"no longer used by the core, remove from {table}: {listed - used}"
    arabic = _arabic_catalogue()
    for template in used:
        assert template in arabic, f"run scripts/update_translations.sh and translate {template!r}"
        translation = arabic[template]
        assert _placeholders(translation) == _placeholders(template), template
        if LATIN.search(re.sub(r"\{\w+\}", "", template)):
            assert ARABIC.search(translation), translation


def test_notices_are_shown_in_arabic_by_template(
    qapp: QApplication, qm_dir: Path, tmp_path: Path
) -> None:
    install_translations(qapp, "ar", qm_dir)
    try:
        # Placeholders are filled in after translating; a name keeps its own direction.
        moved = Notice(
            "No title was found in the text; the file name “{name}” is the title for now.",
            name="draft {1}",
        )
        shown = core_text(moved)
        assert ARABIC.search(shown) and f"«{FSI}draft {{1}}{PDI}»" in shown, shown
        # A notice inside a notice or an error is translated too.
        label = Notice("Windows-1256 (Arabic)")
        read_as = core_text(
            Notice(
                "The file was read as {encoding}; the article is saved as UTF-8.", encoding=label
            )
        )
        assert "Windows-1256 (عربي)" in read_as and "Arabic" not in read_as, read_as
        with pytest.raises(NotTextError) as caught:
            load_article(_write(tmp_path / "picture.md", b"\x89PNG\r\n\x1a\n" + bytes(64)))
        message = core_error_message(caught.value)
        assert not LATIN.search(message.replace("picture.md", "").replace("PNG", "")), message
        # Every notice template in the table, filled with parameters, reads as Arabic.
        for template in core_messages.NOTICE_TEMPLATES:
            params = {name: f"«{name}-42»" for name in _placeholders(template)}
            english = Notice(template, **params)
            shown = core_text(english)
            assert shown != english and all(v in shown for v in params.values()), shown
        # Text that is not a notice is shown as it is (a vocabulary's reason, a user's words).
        assert core_text("A slug is written in lower case.") == "A slug is written in lower case."
    finally:
        remove_translations(qapp)
