import pytest

from ingest.load import LoadError, decode, discover, read_report


def test_utf8_gbk_and_bom_are_decoded():
    text = "惠东县政务服务数据管理局：群众满意率达95.35%。"
    assert decode(text.encode("utf-8")) == text
    assert decode(text.encode("gb18030")) == text
    assert decode(text.encode("gbk")) == text
    assert decode(b"\xef\xbb\xbf" + text.encode("utf-8")) == text
    assert decode(text.encode("utf-16")) == text


@pytest.mark.parametrize(("data", "reason"), [(b"", "empty"), (b"  \n", "empty"), (b"\x00\x01PK\x03\x04" * 50, "binary")])
def test_bad_content_says_why(data, reason):
    with pytest.raises(LoadError, match=reason):
        decode(data)


def test_oversized_and_vanished_files(tmp_path):
    big = tmp_path / "big.txt"
    big.write_text("字" * 100, "utf-8")
    with pytest.raises(LoadError, match="too large"):
        read_report(big, max_bytes=10)
    with pytest.raises(LoadError, match="vanished"):
        read_report(tmp_path / "gone.txt", max_bytes=10)


def test_discover_reports_missing_and_unsupported_paths(tmp_path):
    (tmp_path / "a.txt").write_text("甲", "utf-8")
    (tmp_path / "b.md").write_text("乙", "utf-8")
    (tmp_path / "c.zip").write_bytes(b"PK\x03\x04")  # an archive: not read
    (tmp_path / "d.pdf").write_bytes(b"%PDF")
    (tmp_path / "e.docx").write_bytes(b"PK")
    files, problems = discover([tmp_path, tmp_path / "nope", tmp_path / "c.zip"], tmp_path)
    assert sorted(f.doc_id for f in files) == ["a", "b", "d", "e"]
    assert [p for p, _ in problems] == [str(tmp_path / "nope"), str(tmp_path / "c.zip")]
    assert "supported: .txt, .md, .docx, .pdf, .xlsx" in problems[1][1]
    assert all(f.source in ("a.txt", "b.md", "d.pdf", "e.docx") for f in files)


def test_undecodable_bytes_and_a_broken_utf16_file_say_why():
    with pytest.raises(LoadError, match="not readable text"):
        decode(bytes(range(0x80, 0x100)) * 8)
    with pytest.raises(LoadError, match="UTF-16"):
        decode(b"\xff\xfe\x41")  # a byte order mark, then half a character


def test_a_file_that_grows_past_the_limit_while_read_is_refused(tmp_path, monkeypatch):
    path = tmp_path / "growing.txt"
    path.write_text("字", "utf-8")
    monkeypatch.setattr(type(path), "stat", lambda self: type("S", (), {"st_size": 3})())
    path.write_text("字" * 100, "utf-8")  # the size it had when looked at is not the size it has
    with pytest.raises(LoadError, match="grew past the limit"):
        read_report(path, max_bytes=10)
