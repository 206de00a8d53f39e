"""Prompt and answer templates, rendered with fixed passages so a wording change shows in the diff."""

from app.answer import _fill


def test_figure_answer_template():
    text = _fill("answer_figure.txt", unit="惠东县（2023年度）", label="满意率", figure="95.35%",
                 title="惠东县政务服务数据管理局2023年度部门整体绩效自评报告", section="二、绩效自评",
                 sentence="今年以来，我县12345热线共转办、督办工单49494件，群众满意率达95.35%。", n=1)
    assert text == (
        "惠东县（2023年度）满意率：95.35%。\n"
        "原文（《惠东县政务服务数据管理局2023年度部门整体绩效自评报告》二、绩效自评）："
        "“今年以来，我县12345热线共转办、督办工单49494件，群众满意率达95.35%。”[1]"
    )


def test_not_found_template():
    assert _fill("not_found.txt", reason="语料中没有广州市的报告。") == "未找到：语料中没有广州市的报告。"
