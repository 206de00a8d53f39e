import math

from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.numbers import find_figures, normalise_digits


def _figs(text):
    return [(f.text, f.kind, f.value, f.unit) for f in find_figures(text)]


def test_money_in_wan_and_yuan_normalises_to_yuan():
    assert _figs("项目支出7073.75万元，支出数是54941612.82元，评审金额1.28亿元") == [
        ("7073.75万元", "amount", 70737500.0, "元"),
        ("54941612.82元", "amount", 54941612.82, "元"),
        ("1.28亿元", "amount", 128000000.0, "元"),
    ]


def test_rates_scores_counts_and_dates():
    assert _figs("群众满意率达95.35%，工单49494件") == [("95.35%", "rate", 95.35, "%"), ("49494件", "count", 49494.0, "件")]
    assert _figs("得分为 99.95 分")[0][:3] == ("99.95 分", "score", 99.95)
    assert _figs("完成21个分册")[0][1] == "count"  # 分 of 分册 is no score
    assert _figs("成立于2019年3月15日，行政编制12名") == [("2019年3月15日", "date", 0.0, "date"), ("12名", "count", 12.0, "名")]
    assert _figs("1.96万个")[0][2] == 19600.0


def test_bandwidth_and_storage_are_counted_with_their_unit():
    assert _figs("专线提速至500兆，并") == [("500兆", "count", 500.0, "兆")]
    assert _figs("存储100TB，带宽1000Mbps") == [("100TB", "count", 100.0, "TB"), ("1000Mbps", "count", 1000.0, "Mbps")]
    assert _figs("5G网络")[0][1] == "number"  # a generation, not a quantity


def test_full_width_digits_and_thousands_separators():
    assert _figs("满意率９８．７７％")[0][:3] == ("98.77%", "rate", 98.77)
    assert _figs("支出54,941,612.82元")[0][2] == 54941612.82


def test_digit_groups_set_apart_by_spaces_before_a_unit_are_one_figure():
    assert [f[2] for f in _figs("支出1 234.5 万元")] == [12345000.0]
    assert [f[2] for f in _figs("抽检批次 ≥4200批次 4 415批次 10 10 无")] == [4200, 4415, 10, 10]
    assert [f[2] for f in _figs("年度资金总额 3 862.47 96.40%")] == [3, 862.47, 96.4]  # bare: two cells


@given(st.text(max_size=80))
def test_parsing_never_raises(text):
    for fig in find_figures(text):
        assert fig.start < fig.end


_NUMERIC = st.text(alphabet=st.sampled_from(list("0123456789０１２３４５６７８９.．,，%％ 年月日至-—万亿千元分个件项名人次百分点率为得")), max_size=120)


@settings(max_examples=300, deadline=None)
@given(st.one_of(_NUMERIC, st.text(max_size=200)))
def test_figures_are_where_they_say_and_never_raise(text):
    """Every figure is the text at its offsets (full-width digits read as half-width), in order,
    without overlaps, with a value that is a number."""
    figures = find_figures(text)
    plain = normalise_digits(text)
    assert len(plain) == len(text)  # offsets into the normalised text are offsets into the text
    for fig in figures:
        assert 0 <= fig.start < fig.end <= len(text)
        assert plain[fig.start : fig.end].strip() == fig.text
        assert not math.isnan(fig.value) and fig.value >= 0
        assert fig.kind in ("amount", "rate", "score", "count", "date", "number")
    assert [f.start for f in figures] == sorted(f.start for f in figures)
    for a, b in zip(figures, figures[1:], strict=False):
        assert a.end <= b.start
