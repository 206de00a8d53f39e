"""Hostile inputs (issue 16): each test names the finding it guards against."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from app.core.settings import Settings
from app.index.store import DocStore
from ingest.index import ingest
from ingest.load import LoadError, discover, read_bytes
from tests.conftest import CORPUS, HashEmbeddings

REPORT = CORPUS / "huidong-2023.txt"


@pytest.fixture
def folder(tmp_path):
    reports = tmp_path / "reports"
    reports.mkdir()
    shutil.copy(REPORT, reports / "huidong-2023.txt")
    return reports


# -- 1. symbolic links and absolute paths --------------------------------------------------------


def test_a_symlink_to_a_system_file_is_not_ingested_and_is_named(tmp_path, folder):
    secret = tmp_path / "outside" / "shadow"
    secret.parent.mkdir()
    secret.write_text("root:*:20228:0:99999:7:::\n" * 20, "utf-8")
    (folder / "x.txt").symlink_to(secret)
    (folder / "sub").symlink_to(secret.parent, target_is_directory=True)
    settings = Settings(data_dir=tmp_path / "data", project_root=tmp_path / "elsewhere")
    result = ingest([folder], settings, HashEmbeddings(), progress=False)
    assert result.added == ["huidong-2023"]
    reasons = dict(result.failed)
    assert "symbolic link" in reasons[str(folder / "x.txt")]
    assert "symbolic link" in reasons[str(folder / "sub")]
    store = DocStore(settings.store_path)
    try:
        assert "root:*" not in "".join(c.text for c, _ in store.chunks())
    finally:
        store.close()


def test_a_symlink_named_on_the_command_line_or_swapped_in_is_refused(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("机密内容。", "utf-8")
    link = tmp_path / "link.txt"
    link.symlink_to(secret)
    files, problems = discover([link], tmp_path)
    assert files == [] and "symbolic link" in problems[0][1]
    with pytest.raises(LoadError, match="symbolic link"):
        read_bytes(link, 1000)  # found as a file, then replaced by a link: still refused
    assert read_bytes(link, 1000, follow_symlinks=True) == secret.read_bytes()


def test_with_follow_symlinks_only_links_inside_the_folder_are_followed(tmp_path, folder):
    (folder / "copy.txt").symlink_to(folder / "huidong-2023.txt")
    outside = tmp_path / "o.txt"
    outside.write_text("外部文件。", "utf-8")
    (folder / "out.txt").symlink_to(outside)
    files, problems = discover([folder], tmp_path, follow_symlinks=True)
    assert [f.path.name for f in files] == ["huidong-2023.txt"]  # the inside link is the same file
    assert [(Path(p).name, "outside" in r) for p, r in problems] == [("out.txt", True)]


def test_sources_outside_the_project_root_are_not_absolute_paths(tmp_path, folder):
    files, _ = discover([folder, folder / "huidong-2023.txt"], tmp_path / "root")
    assert [f.source for f in files] == ["reports/huidong-2023.txt"]
    files, _ = discover([folder / "huidong-2023.txt"], tmp_path / "root")
    assert [f.source for f in files] == ["huidong-2023.txt"]
    files, _ = discover([folder], tmp_path)
    assert [f.source for f in files] == ["reports/huidong-2023.txt"]


def test_a_file_name_that_is_not_utf8_is_reported_readably(tmp_path, folder):
    bad = os.fsdecode(bytes(folder) + b"/\xff\xfe-report.txt")
    shutil.copy(REPORT, bad)
    settings = Settings(data_dir=tmp_path / "data", project_root=tmp_path)
    result = ingest([folder], settings, HashEmbeddings(), progress=False)
    assert result.added == ["huidong-2023"]
    [(name, reason)] = result.failed
    assert name.endswith("/\\xff\\xfe-report.txt") and "UTF-8" in reason
    name.encode("utf-8")  # printable


# -- 7. honest ingest ------------------------------------------------------------------------------


def _changing_while_read(monkeypatch, times: int) -> list[int]:
    """Make the file change (grow by a line, so its size and mtime move) during the first `times` reads."""
    import ingest.load as load

    real = load._read_at_most
    calls: list[int] = []

    def read(f, max_bytes):
        data = real(f, max_bytes)
        calls.append(1)
        if len(calls) <= times:
            with open(f.name, "ab") as w:
                w.write("补充内容。\n".encode())
        return data

    monkeypatch.setattr(load, "_read_at_most", read)
    return calls


def test_a_file_that_changes_while_read_is_read_again(tmp_path, monkeypatch):
    path = tmp_path / "a.txt"
    path.write_text("惠东县政务服务数据管理局。\n", "utf-8")
    calls = _changing_while_read(monkeypatch, times=1)
    data = read_bytes(path, 10_000)
    assert data == path.read_bytes() and len(calls) == 2  # the complete file, read a second time


def test_a_file_that_keeps_changing_is_refused(tmp_path, monkeypatch):
    path = tmp_path / "a.txt"
    path.write_text("惠东县政务服务数据管理局。\n", "utf-8")
    _changing_while_read(monkeypatch, times=99)
    with pytest.raises(LoadError, match="kept changing"):
        read_bytes(path, 10_000)
