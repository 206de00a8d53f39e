"""The vocabulary files: read from the package, validated on load, and part of the index key."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.vocab.asking import ASKING, Asking
from app.vocab.indicators import INDICATORS, IndicatorFile, connector_length, ends_word
from app.vocab.lexicon import CONCEPTS, LEXICON, Lexicon
from app.vocab.load import DATA, VocabularyError, load
from ingest.index import index_key

MODELS = {"lexicon.toml": Lexicon, "asking.toml": Asking, "indicators.toml": IndicatorFile}


@pytest.fixture
def data(tmp_path: Path) -> Path:
    """A copy of the shipped vocabulary folder, to spoil."""
    copy = tmp_path / "data"
    copy.mkdir()
    for file in DATA.iterdir():
        if file.is_file():
            (copy / file.name).write_bytes(file.read_bytes())
    return copy


def _edit(folder: Path, name: str, old: str, new: str) -> None:
    path = folder / name
    text = path.read_text("utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), "utf-8")


def test_every_shipped_file_is_read_whole_and_in_its_order(data: Path):
    for name, model in MODELS.items():
        assert load(name, model, data) == load(name, model)
    # 人员工资 is a personnel word before staff's 员工; "花出去几成" the share spent before 花出去 a sum
    assert list(CONCEPTS)[:3] == ["personnel", "execution", "spend"]
    assert INDICATORS[0].name == "总支出" and INDICATORS[0].asked[-1] == "支出"
    assert LEXICON.grade.values.index("优秀") < LEXICON.grade.values.index("优")
    assert list(ASKING.label_ends) == ["value", "score", "rate", "amount", "count"]


def test_words_read_from_the_files_drive_the_rules():
    # written for this test, not taken from a report
    assert connector_length("达到98.5%") == 2 and connector_length("：12项") == 1
    text = "全年实际支出与专项支出"
    assert not ends_word(text, text.index("支出"))  # 实际支出 is still the report's 支出
    assert ends_word(text, text.rindex("支出"))  # 专项支出 names an item


@pytest.mark.parametrize(
    ("name", "old", "new", "key", "message"),
    [
        ("lexicon.toml", 'asked = ["人员工资"', 'asekd = ["人员工资"', "concepts.personnel.asekd",
         "Extra inputs are not permitted"),
        ("lexicon.toml", 'worded = ["支出"]', 'worded = []', "concepts.spend.worded", "at least 1 item"),
        ("lexicon.toml", 'worded = ["支出"]', 'worded = "支出"', "concepts.spend.worded", "valid list"),
        ("lexicon.toml", 'generic_labels = ["支出"', 'generic_labels = [""', "generic_labels[0]",
         "at least 1 character"),
        ("lexicon.toml", 'not_modifiers = ["年"', 'not_modifiers = ["年度"', "not_modifiers[0]",
         "at most 1 character"),
        ("lexicon.toml", 'now_stated = ["截至"', 'now_stated = [1', "now_stated[0]", "valid string"),
        ("lexicon.toml", "[kind_cues]\n", "[kind_cues]\nmoney = [\"钱\"]\n", "kind_cues.money",
         "Extra inputs are not permitted"),
        ("indicators.toml", 'kind = "score"', 'kind = "points"', "indicator[10] (自评得分).kind", "'amount'"),
        ("indicators.toml", 'excluded_before = ["剔除"]', "excluded_before = []",
         "indicator[5] (项目支出).excluded_before", "at least 1 item"),
        ("indicators.toml", "higher_is_better = false", 'higher_is_better = "no"',
         "indicator[8] (三公经费（实际）).higher_is_better", "valid boolean"),
        ("indicators.toml", 'name = "基本支出"', 'name = "项目支出"', "indicator",
         "indicator names must differ: 项目支出 given twice"),
        ("asking.toml", "[label_ends]\n", "[label_ends]\npoints = [\"分\"]\n", "label_ends.points", "'score'"),
        ("asking.toml", 'ask_words = [', 'ask_words = [[', "", "Unclosed array (at line"),  # not TOML
    ],
)
def test_a_malformed_file_is_refused_naming_the_file_and_the_key(data: Path, name, old, new, key, message):
    _edit(data, name, old, new)
    with pytest.raises(VocabularyError) as caught:
        load(name, MODELS[name], data)
    text = str(caught.value)
    assert text.startswith(f"{data / name}: "), text
    assert key in text and message in text, text


def test_a_missing_list_is_named(data: Path):
    _edit(data, "asking.toml", "lowest_words = ", "lowest = ")
    with pytest.raises(VocabularyError, match=r"asking\.toml: .*lowest_words: Field required"):
        load("asking.toml", Asking, data)


def test_the_index_key_follows_the_vocabulary_files(data: Path):
    shipped = index_key("hash-embedder")
    assert index_key("hash-embedder", data) == shipped  # the same bytes, the same key
    _edit(data, "lexicon.toml", '"法定代表人",\n]', '"法定代表人", "政务服务中心",\n]')  # a new jieba word
    with_word = index_key("hash-embedder", data)
    assert with_word != shipped and with_word.startswith("hash-embedder|v")
    _edit(data, "indicators.toml", 'labels = ["基本支出"]', 'labels = ["基本支出", "基本支出合计"]')
    assert index_key("hash-embedder", data) not in (shipped, with_word)
    assert index_key("other-embedder", DATA) != shipped
