import re
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from app.sentences import sentence_spans
from ingest.chunk import chunk_text
from ingest.clean import clean
from tests.conftest import REPORTS, raw_text


def _squash(text: str) -> str:
    return re.sub(r"\s", "", unicodedata.normalize("NFKC", text))


def _check(raw: str, target: int = 360, maximum: int = 720) -> None:
    c = clean(raw)
    chunks = chunk_text(c, "doc", target, maximum)
    # contiguous, in order, covering every non-blank character exactly once
    covered = "".join(c.text[ch.clean_start : ch.clean_end] for ch in chunks)
    assert _squash(covered) == _squash(c.text)
    for a, b in zip(chunks, chunks[1:], strict=False):
        assert a.clean_end <= b.clean_start
    # no sentence is cut: each sentence lies inside one chunk
    for s, e in sentence_spans(c.text):
        assert any(ch.clean_start <= s and e <= ch.clean_end for ch in chunks), c.text[s:e]
    # raw offsets cover the same text
    for ch in chunks:
        assert ch.text == c.text[ch.clean_start : ch.clean_end]
        if "$" not in raw[ch.start : ch.end]:
            assert _squash(raw[ch.start : ch.end]) == _squash(ch.text)


def test_real_reports_chunk_without_cutting_sentences():
    for name in REPORTS.values():
        _check(raw_text(name))


def test_section_path_follows_the_numbering():
    c = clean(raw_text("meijiang-2023.txt"))
    chunk = next(ch for ch in chunk_text(c, "meijiang") if "98.77%" in ch.text)
    assert chunk.section.startswith("一、部门基本情况 > ")
    chunk = next(ch for ch in chunk_text(c, "meijiang") if "95.91%" in ch.text)
    assert chunk.section.startswith("二、绩效自评情况 > （二）部门整体支出绩效指标分析")
    assert "②公众或服务对象满意度" in chunk.section


def test_chunk_ids_are_stable():
    c = clean(raw_text("huidong-2023.txt"))
    assert [x.id for x in chunk_text(c, "h")] == [x.id for x in chunk_text(c, "h")]


_LINES = st.lists(
    st.one_of(
        st.sampled_from(["一、部门基本情况", "（一）主要职能", "1.预算编制情况", "（2）目标设置", "①合理性", "单位基本情况"]),
        st.text(alphabet=st.sampled_from(list("惠东县满意率为95.35%，。工单件")), min_size=1, max_size=120),
    ),
    max_size=30,
)


@settings(max_examples=60, deadline=None)
@given(_LINES, st.integers(min_value=20, max_value=200))
def test_chunking_loses_and_duplicates_nothing(lines, target):
    _check("\n\n".join(lines), target, 2 * target)
