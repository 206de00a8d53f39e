"""Report text is decoded by a fixed rule (UTF-8, UTF-16 with BOM, else GB18030), not guessed: a
short GBK file is read as GBK, where a statistical detector (charset-normalizer 3.5) takes these
bytes for Big5 and UTF-16-BE."""

from ingest.load import decode


def test_a_short_gbk_file_is_read_as_gbk_not_guessed():
    for text in ("甲乙丙", "自评得分：92分"):
        assert decode(text.encode("gbk")) == text
        assert decode(text.encode("utf-16")) == text
