"""`midad check` and `midad fix` from the command line."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from editor.cli.main import main
from editor.core.article import parse_article
from editor.core.proofing.rules import all_rules
from editor.core.textdecode import decode_bytes
from proofing_helpers import require_arabic_dictionary

ISSUE_KEYS = {
    "start",
    "end",
    "line",
    "column",
    "text",
    "kind",
    "rule",
    "message",
    "suggestions",
    "safe",
}


@pytest.fixture(autouse=True)
def _dictionary() -> None:
    require_arabic_dictionary()


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_check_json_offsets_point_into_the_decoded_file(
    samples_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = samples_dir / "draft-with-errors.md"
    code, out, _ = run(capsys, "check", str(path), "--json")
    assert code == 1
    report = json.loads(out)
    assert report["file"] == str(path)
    text = decode_bytes(path.read_bytes()).text
    lines = text.split("\n")
    assert len(report["issues"]) >= 18
    for issue in report["issues"]:
        assert set(issue) >= ISSUE_KEYS
        assert text[issue["start"] : issue["end"]] == issue["text"]
        line = lines[issue["line"] - 1]
        assert line[issue["column"] - 1 :].startswith(issue["text"].split("\n")[0])
        assert issue["kind"] in ("spelling", "typography", "style")
        assert isinstance(issue["suggestions"], list) and isinstance(issue["safe"], bool)


def test_check_plain_format_and_exit_codes(
    samples_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = samples_dir / "draft-with-errors.md"
    code, out, _ = run(capsys, "check", str(path))
    assert code == 1
    assert f"{path}:15:43: typography/latin-punctuation: " in out
    assert all(
        re.match(rf"{re.escape(str(path))}:\d+:\d+: \w+/[\w-]+: ", line)
        for line in out.splitlines()
    )
    assert "→ على الرغم" in out
    clean = tmp_path / "clean.md"
    clean.write_text("---\ntitle: مقال\n---\n\nنص سليم تماماً.\n", "utf-8")
    assert run(capsys, "check", str(clean)) == (0, "", "")


def test_check_rules_and_no_spelling(samples_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = str(samples_dir / "draft-with-errors.md")
    _, out, _ = run(capsys, "check", path, "--json", "--rules", "double-space,repeated-word")
    assert {i["rule"] for i in json.loads(out)["issues"]} == {"double-space", "repeated-word"}
    _, out, _ = run(capsys, "check", path, "--json", "--no-spelling")
    kinds = {i["kind"] for i in json.loads(out)["issues"]}
    assert "spelling" not in kinds and "typography" in kinds


def test_check_user_errors_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "check", str(tmp_path / "missing.md"))
    assert code == 2 and out == "" and err.count("\n") == 1 and "does not exist" in err
    article = tmp_path / "a.md"
    article.write_text("نص", "utf-8")
    code, _, err = run(capsys, "check", str(article), "--rules", "no-such-rule")
    assert code == 2 and "no-such-rule" in err
    assert run(capsys, "check")[0] == 2


def test_list_rules(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "check", "--list-rules")
    assert code == 0
    listed = [line.split()[0] for line in out.splitlines()]
    assert listed == [rule.id for rule in all_rules()]


def test_check_reads_legacy_and_crlf_files(
    samples_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    crlf = tmp_path / "crlf.md"
    crlf.write_bytes("سطر أول\r\nقال المدير ، ثم\r\n".encode())
    _, out, _ = run(capsys, "check", str(crlf), "--json", "--no-spelling")
    [issue] = json.loads(out)["issues"]
    assert (issue["start"], issue["line"], issue["column"]) == (18, 2, 11)
    code, out, _ = run(capsys, "check", str(samples_dir / "legacy-windows-1256.txt"), "--json")
    assert code in (0, 1) and json.loads(out)["issues"] is not None


def test_fix_safe_to_output_then_idempotent(
    samples_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "draft.md"
    shutil.copy(samples_dir / "draft-with-errors.md", source)
    original = source.read_bytes()
    out_path = tmp_path / "fixed.md"
    code, out, _ = run(capsys, "fix", str(source), "--safe", "-o", str(out_path))
    assert code == 0 and "fixes applied" in out
    assert source.read_bytes() == original
    _, report, _ = run(capsys, "check", str(out_path), "--json")
    assert [i for i in json.loads(report)["issues"] if i["safe"]] == []
    fixed = out_path.read_bytes()
    code, out, _ = run(capsys, "fix", str(out_path), "--safe")
    assert code == 0 and out.startswith("0 fixes applied")
    assert out_path.read_bytes() == fixed
    assert "الماضي. وقال" in fixed.decode() and "في  الربيع" not in fixed.decode()


def test_fix_in_place_keeps_newlines_and_front_matter(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "a.md"
    path.write_bytes(
        "---\r\ntitle: خطة النقل ، الجديدة\r\n---\r\n\r\nقال و أضاف  شيئاً.\r\n".encode()
    )
    assert run(capsys, "fix", str(path), "--safe")[0] == 0
    data = path.read_bytes()
    assert data == "---\r\ntitle: خطة النقل، الجديدة\r\n---\r\n\r\nقال وأضاف شيئاً.\r\n".encode()
    assert parse_article(data.decode().replace("\r\n", "\n")).metadata.title == "خطة النقل، الجديدة"


def test_fix_never_breaks_the_front_matter(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "a.md"
    # Adding the space after ":" would turn the title into a YAML mapping: left undone.
    path.write_text("---\ntitle: ملاحظة:الخطة\n---\n\nنص.\n", "utf-8")
    assert run(capsys, "fix", str(path), "--safe")[0] == 0
    assert parse_article(path.read_text("utf-8")).metadata.title == "ملاحظة:الخطة"


def test_fix_requires_safe(samples_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "fix", str(samples_dir / "draft-with-errors.md"))
    assert code == 2 and "--safe" in err


def test_fix_leaves_yaml_comments_alone(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "a.md"
    text = "---\ntitle: خطة النقل  #تعليق ، هنا\n---\n\nنص.\n"
    path.write_text(text, "utf-8")
    assert run(capsys, "fix", str(path), "--safe")[0] == 0
    assert path.read_text("utf-8") == text


def test_check_skips_an_unreadable_front_matter(
    samples_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "check", str(samples_dir / "bad" / "broken-front-matter.md"))
    assert "front matter could not be read" in err
    assert all(int(line.split(":")[1]) > 4 for line in out.splitlines())
    assert code in (0, 1)
