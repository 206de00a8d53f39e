"""Session 49's general rules, each on invented text.
Tables: a table set out with "|" keeps an empty cell ("| 合计 |  | 77.8 | 16 250.00 |"), so the row's figures stay under
their own headings and take the units those headings state.
Words: "公车" is the 公务用车 of the 三公.
"""

import pytest

from tests.conftest import library_of, says


@pytest.fixture(scope="module")
def invented(tmp_path_factory):
    services = library_of(tmp_path_factory.mktemp("unseen49"), {
        "roads.txt": "淅川县交通运输局2023年度部门整体支出绩效自评报告\n三、绩效目标完成情况\n（一）重点公路项目\n"
                     "| 项目名称 | 建设性质 | 里程（公里） | 年度计划投资（万元） | 完成投资（万元） |\n|---|---|---|---|---|\n"
                     "| 省道335淅川段 | 改建 | 14.2 | 4 300.00 | 4 126.50 |\n"
                     "| 老城至盛湾公路 | 新建 | 9.6 | 2 150.00 | 2 150.00 |\n"
                     "| 仓房镇危桥改造（2座） | 危桥改造 |  | 520.00 | 487.30 |\n"
                     "| 合计 |  | 23.8 | 6 970.00 | 6 763.80 |\n",
        "office.txt": "青禾县委办公室2023年度部门整体支出绩效自评报告\n一、基本情况\n"
                      "2023年，我办年初预算412.30万元，全年支出405.12万元。\n"
                      "三公经费支出8.64万元，其中公务接待费1.20万元，公务用车运行维护费7.44万元，因公出国（境）费0万元。\n",
    })
    yield services
    services.close()


def test_a_bar_table_keeps_its_empty_cells(invented):
    says(invented, "淅川县交通运输局2023年重点公路项目年度计划投资合计多少万元", "6970.00万元")
    says(invented, "淅川县交通局2023年重点公路项目完成投资合计是多少", "6763.80万元")
    says(invented, "淅川县2023年仓房镇危桥改造完成投资多少", "487.30万元")


def test_plain_words_for_the_three_public(invented):
    says(invented, "青禾县委办2023年公车运行维护费是多少", "公务用车运行维护费：7.44万元")
