"""The newsroom (team) dictionary, and importing/exporting the personal dictionary: core and CLI."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from editor.cli.main import main
from editor.core.errors import ArticleError, FileAccessError
from editor.core.proofing import (
    PersonalDictionary,
    Proofreader,
    ProofSettings,
    TeamDictionary,
    export_words,
    import_words,
)
from editor.core.proofing.wordlists import TEAM_DICTIONARY_ENV
from proofing_helpers import require_arabic_dictionary

NAME = "قرنفوشي"  # a proper name hunspell does not know
OTHER = "الزمبريطي"
TEXT = f"زار {NAME} المدينة مع {OTHER}"


def write(path: Path, text: str) -> Path:
    """Write ``text`` and move the modification time on, as a later save would."""
    existed = path.exists()
    before = path.stat().st_mtime_ns if existed else 0
    path.write_text(text, encoding="utf-8")
    if existed:
        later = before + 2_000_000_000
        os.utime(path, ns=(later, later))
    return path


def spelling_proofreader(team: TeamDictionary | None = None) -> Proofreader:
    return Proofreader(
        ProofSettings(only_rules=frozenset({"spelling", "probable-name"})), team=team
    )


def flagged(proofreader: Proofreader, text: str = TEXT) -> list[str]:
    return [f.text for f in proofreader.check_body(text).findings]


# -- reading the team list ----------------------------------------------------------------------
def test_team_file_is_one_word_a_line_with_comments(tmp_path: Path) -> None:
    path = write(
        tmp_path / "team.txt",
        "\ufeff# أسماء الأعلام\n\nقَرْنفوشي\n  الزمبريطي   # النائب\n#الزمبريدي\n",
    )
    team = TeamDictionary(path)
    assert team.words == frozenset({NAME, OTHER})  # normalised: no tashkeel
    assert NAME in team and "قرنفوشى" not in team and "الزمبريدي" not in team
    assert team.files == (path,)
    assert len(team) == 2


def test_team_folder_reads_every_txt_file_in_it(tmp_path: Path) -> None:
    folder = tmp_path / "team"
    folder.mkdir()
    write(folder / "names.txt", f"{NAME}\n")
    write(folder / "places.TXT", "القيروان\n")
    write(folder / "notes.md", f"{OTHER}\n")  # not a word list
    write(folder / ".draft.txt", "مسودة\n")  # hidden: an editor's temporary file
    (folder / "old.txt").mkdir()  # a folder that only looks like a list
    team = TeamDictionary(folder)
    assert team.words == frozenset({NAME, "القيروان"})
    assert [p.name for p in team.files] == ["names.txt", "places.TXT"]


def test_refresh_rereads_only_when_a_file_changed(tmp_path: Path) -> None:
    path = write(tmp_path / "team.txt", f"{NAME}\n")
    team = TeamDictionary(path)
    assert team.refresh() is False
    write(path, f"{NAME}\n{OTHER}\n")
    assert team.refresh() is True
    assert team.words == frozenset({NAME, OTHER})
    assert team.refresh() is False


def test_refresh_notices_files_added_to_and_removed_from_a_folder(tmp_path: Path) -> None:
    folder = tmp_path / "team"
    folder.mkdir()
    team = TeamDictionary(folder)
    assert team.words == frozenset()  # an empty folder is a list with no words yet
    write(folder / "names.txt", f"{NAME}\n")
    assert team.refresh() is True and team.words == frozenset({NAME})
    write(folder / "more.txt", f"{OTHER}\n")
    assert team.refresh() is True and team.words == frozenset({NAME, OTHER})
    (folder / "names.txt").unlink()
    assert team.refresh() is True and team.words == frozenset({OTHER})


def test_an_unreadable_team_dictionary_is_a_clear_error(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere" / "team.txt"
    with pytest.raises(FileAccessError) as caught:
        TeamDictionary(missing)
    assert caught.value.message == f"The team dictionary “{missing}” does not exist."
    binary = tmp_path / "team.txt"
    binary.write_bytes("قرنفوشي\n".encode("cp1256"))
    with pytest.raises(FileAccessError, match="is not UTF-8 text"):
        TeamDictionary(binary)


def test_a_team_list_that_goes_missing_keeps_its_words_and_says_so(tmp_path: Path) -> None:
    path = write(tmp_path / "team.txt", f"{NAME}\n")
    team = TeamDictionary(path)
    path.unlink()
    with pytest.raises(ArticleError, match="does not exist"):
        team.refresh()
    assert team.words == frozenset({NAME})  # a share that is briefly away flags nothing new
    write(path, f"{OTHER}\n")
    assert team.refresh() is True and team.words == frozenset({OTHER})


@pytest.mark.skipif(
    os.name != "posix" or os.geteuid() == 0, reason="needs file permissions that bind this user"
)
def test_a_team_list_without_read_permission(tmp_path: Path) -> None:
    path = write(tmp_path / "team.txt", f"{NAME}\n")
    path.chmod(0)
    try:
        with pytest.raises(FileAccessError, match="permission to read the team dictionary"):
            TeamDictionary(path)
    finally:
        path.chmod(0o644)


def test_every_read_failure_names_the_team_dictionary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write(tmp_path / "team.txt", f"{NAME}\n")

    def refuse(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "read_bytes", refuse)
    with pytest.raises(FileAccessError) as caught:
        TeamDictionary(path)
    assert caught.value.message == (
        f"You do not have permission to read the team dictionary “{path}”."
    )

    def fail(self: Path) -> bytes:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(Path, "read_bytes", fail)
    with pytest.raises(FileAccessError) as caught:
        TeamDictionary(path)
    assert caught.value.message == (
        f"The team dictionary “{path}” could not be read: Input/output error."
    )


# -- the proofreader ----------------------------------------------------------------------------
def test_team_words_are_not_flagged_and_changes_are_picked_up(tmp_path: Path) -> None:
    require_arabic_dictionary()
    assert flagged(spelling_proofreader()) == [NAME, OTHER]
    path = write(tmp_path / "team.txt", f"{NAME}\n")
    proofreader = spelling_proofreader(TeamDictionary(path))
    assert flagged(proofreader) == [OTHER]
    assert proofreader.refresh_word_lists() is False  # nothing changed: the cache stays
    write(path, f"{OTHER}\n")  # the team drops one name and adds another
    assert proofreader.refresh_word_lists() is True
    assert flagged(proofreader) == [NAME]
    proofreader.set_team_dictionary(None)
    assert flagged(proofreader) == [NAME, OTHER]


def test_personal_and_team_words_count_together(tmp_path: Path) -> None:
    require_arabic_dictionary()
    team = TeamDictionary(write(tmp_path / "team.txt", f"{NAME}\n"))
    proofreader = spelling_proofreader(team)
    assert proofreader.add_to_dictionary(OTHER) is True
    assert flagged(proofreader) == []
    # the personal dictionary changed on disk (the manager dialog): read again on request
    PersonalDictionary().remove(OTHER)
    assert proofreader.refresh_word_lists() is False
    assert proofreader.refresh_word_lists(personal=True) is True
    assert flagged(proofreader) == [OTHER]


# -- import and export of the personal dictionary ----------------------------------------------
def test_import_merges_and_counts_new_words_export_writes_them_sorted(tmp_path: Path) -> None:
    personal = PersonalDictionary()
    personal.add(NAME)
    source = tmp_path / "words.txt"
    source.write_text(
        f"# from a colleague\n{OTHER}\nقَرْنفوشي\nالقيروان\n\n{OTHER}\n", encoding="utf-8"
    )
    assert import_words(personal, source) == 2  # قرنفوشي was there (tashkeel aside)
    assert import_words(personal, source) == 0
    assert personal.path.read_text("utf-8") == f"{NAME}\n{OTHER}\nالقيروان\n"
    exported = tmp_path / "out" / "mine.txt"
    exported.parent.mkdir()
    assert export_words(personal, exported) == 3
    assert exported.read_text("utf-8").splitlines() == sorted([NAME, OTHER, "القيروان"])
    other = PersonalDictionary(tmp_path / "other.txt")
    assert import_words(other, exported) == 3
    assert other.words == personal.words


def test_import_reads_a_legacy_encoded_list_and_refuses_binary(tmp_path: Path) -> None:
    legacy = tmp_path / "old.txt"
    legacy.write_bytes(
        ("\n".join(["القيروان", "قرنفوشي", "الزمبريطي", "المنستير", "صفاقس"]) + "\n").encode(
            "cp1256"
        )
    )
    personal = PersonalDictionary(tmp_path / "mine.txt")
    assert import_words(personal, legacy) == 5
    assert NAME in personal
    picture = tmp_path / "picture.txt"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    with pytest.raises(ArticleError, match="PNG"):
        import_words(personal, picture)
    with pytest.raises(ArticleError, match="does not exist"):
        import_words(personal, tmp_path / "missing.txt")
    assert len(personal) == 5


def test_export_is_atomic_and_reports_a_missing_folder(tmp_path: Path) -> None:
    personal = PersonalDictionary(tmp_path / "mine.txt")
    personal.add(NAME)
    with pytest.raises(ArticleError, match="could not be saved"):
        export_words(personal, tmp_path / "no-such-folder" / "out.txt")
    target = tmp_path / "out.txt"
    target.write_text("old\n", encoding="utf-8")
    export_words(personal, target)
    assert target.read_text("utf-8") == f"{NAME}\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mine.txt", "out.txt"]


# -- the command line ---------------------------------------------------------------------------
def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def check_words(capsys: pytest.CaptureFixture[str], article: Path, *options: str) -> list[str]:
    """The unknown words `midad check --json` reports, errors or probable names (the exit
    status is 1 only for errors)."""
    code, out, err = run(
        capsys, "check", str(article), "--rules", "spelling,probable-name", "--json", *options
    )
    report = json.loads(out)
    errors = [issue["text"] for issue in report["issues"]]
    assert (code, err) == (1 if errors else 0, "")
    return sorted(
        [*errors, *(name["text"] for name in report["names"])],
        key=lambda word: (word != NAME, word),
    )


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "article.md"
    path.write_text(f"---\ntitle: زيارة\n---\n\n{TEXT}.\n", encoding="utf-8")
    return path


def test_check_takes_a_team_dictionary(
    article: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    require_arabic_dictionary()
    monkeypatch.delenv(TEAM_DICTIONARY_ENV, raising=False)
    assert check_words(capsys, article) == [NAME, OTHER]
    folder = tmp_path / "team"
    folder.mkdir()
    write(folder / "names.txt", f"{NAME}\n")
    assert check_words(capsys, article, "--team-dictionary", str(folder)) == [OTHER]
    write(folder / "more.txt", f"{OTHER}\n")
    assert check_words(capsys, article, "--team-dictionary", str(folder)) == []
    code, out, _ = run(
        capsys, "check", str(article), "--rules", "spelling", "--team-dictionary", str(folder)
    )
    assert (code, out) == (0, "")


def test_check_and_fix_read_the_team_dictionary_from_the_environment(
    article: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    require_arabic_dictionary()
    team = write(tmp_path / "team.txt", f"{NAME}\n{OTHER}\n")
    monkeypatch.setenv(TEAM_DICTIONARY_ENV, str(team))
    assert check_words(capsys, article) == []
    # an explicit empty option turns it off
    assert check_words(capsys, article, "--team-dictionary", "") == [NAME, OTHER]
    monkeypatch.setenv(TEAM_DICTIONARY_ENV, str(tmp_path / "gone.txt"))
    code, _, err = run(capsys, "fix", str(article), "--safe")
    assert code == 2 and "gone.txt" in err


@pytest.mark.parametrize("command", ["check", "fix"])
def test_an_unreadable_team_dictionary_is_a_user_error(
    command: str, article: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "missing.txt"
    extra = ["--safe"] if command == "fix" else []
    before = article.read_bytes()
    code, out, err = run(capsys, command, str(article), *extra, "--team-dictionary", str(missing))
    assert code == 2 and out == ""
    assert err == f"midad: The team dictionary “{missing}” does not exist.\n"
    assert article.read_bytes() == before
