"""Answers bound to what the question names inside a report: a township's row, a village's project,
one of the parts a sum was used for, one year of two, a change rather than a level, a figure per
household, the points got rather than the points possible. The reports are written for these tests
(real places, invented figures) in the forms real ones take."""

from __future__ import annotations

import pytest

from app.answering.question import analyse
from app.core.gazetteer import default_gazetteer
from app.core.numbers import find_figures
from app.index.catalog import Catalog
from ingest.clean import clean
from tests.conftest import headline, library_of, refused, says

RELIEF = """平武县医疗保障局2023年医疗救助资金绩效自评报告
一、项目基本情况
2023年全县医疗救助资金安排1,860万元，全年实施住院救助6,215人次，门诊救助11,402人次。
重点乡镇住院救助情况见下表：
乡镇	住院救助人次	救助金额（元）
龙安镇	1342人次	1762400元
响岩镇	876人次	1098200元
江油关镇	659人次	853100元
二、绩效目标完成情况
住院救助目标值6000人次，实际完成6,215人次；受助群众满意度目标值≥90%，实际完成94.6%。
"""

VILLAGES = """旺苍县农业农村局2022年农村人居环境整治项目绩效自评报告
一、项目基本情况
2022年共实施项目3个，安排资金512万元，共支付资金485.7万元，支付率94.86%。具体如下：
1.黄洋村污水处理设施建设项目。铺设管网2.4公里。安排资金210万元，支付201.5万元，支付率95.95%。
2.檬子村道路硬
化项目。硬化道路3.1公里。安排资金168万元，支付150.2万元，支付率89.40%。
3.全县农村垃圾收运项目。购置垃圾车4台。安排资金134万元，支付134万元，支付率100%。
二、绩效目标完成情况
全县农村生活污水排放量较2021年削减1,230吨，污水治理率较上年提高3.2个百分点。
受益群众满意度目标值≥90%，实际完成93.1%。
"""

CULTURE = """泸水市文化和旅游局2023年度部门整体支出绩效自评报告
一、部门基本情况
核定编制32名，实有人员29人，退休人员11人。
二、收支情况
2023年支出合计2,846.30万元，其中基本支出612.40万元，项目支出2,233.90万元。
项目支出主要用于：景区基础设施维修养护1,120.50万元，非物质文化遗产保护与传承86.40万元，文化馆燃气管道老化更新改造206.40万元，公共文化场馆免费开放820.60万元。2022年支出合计为2,610.80万元。
三、绩效目标完成情况
全年接待游客486.2万人次，实现旅游总收入39.6亿元，分别比上年增长8.4%和12.7%。
开展送戏下乡演出120场次，较计划多20场次。
完成困难群众文化设施改造80户，户均补助0.6万元；改造项目合计支出48万元。
四、自评结果
部门整体自评得分93分，其中产出指标50分中得47分、效益指标30分中得28分。
"""

CIVIL_2022 = """宁蒗彝族自治县民政局2022年度部门整体支出绩效自评报告
一、部门基本情况
宁蒗彝族自治县民政局内设5个股室。
二、绩效目标完成情况
全年为困难群众发放临时救助资金312.5万元，救助2,140人次。
"""

CIVIL_2023 = """宁蒗彝族自治县民政局2023年度部门整体支出绩效自评报告
一、部门基本情况
宁蒗彝族自治县民政局内设5个股室。
二、绩效目标完成情况
全年为困难群众发放临时救助资金348.2万元，救助2,365人次。
2023年支出合计412.6万元，较上年增加38.4万元。开展困难群众技能培训120人次，帮助36名困难群众实现就业。
"""

FORM = """项目支出绩效自评表
（2022年度）
项目名称	巴林右旗农村牧区供水工程维修养护项目
主管部门	巴林右旗水利局
实施单位	巴林右旗农村饮水安全管理站
项目资金（万元）	年初预算数	全年预算数	全年执行数	分值	执行率	得分
年度资金总额	268.40	292.10	280.35	10	95.98%	9.60
其中：当年财政拨款	238.40	262.10	250.35	—	—	—
上年结转资金	30.00	30.00	30.00	—	—	—
"""

PROSECUTORS = """兰坪白族普米族自治县人民检察院2023年度部门整体支出绩效自评报告
一、部门基本情况
本院内设6个部门，核定政法专项编制48名。
二、绩效目标完成情况
（二）司法救助。向41名生活陷入困境的被害人及其近亲属发放司法救助金52.80万元。
（三）社会捐赠。全年接收社会捐赠款物合计31.24万元；已按捐赠人意愿使用28.67万元。
（四）救助复核。复核撤销不符合条件的救助对象6户15人。
"""


@pytest.fixture(scope="module")
def services(tmp_path_factory):
    services = library_of(tmp_path_factory.mktemp("parts-and-places"), {
        "relief.txt": RELIEF, "villages.txt": VILLAGES, "culture.txt": CULTURE, "civil2022.txt": CIVIL_2022,
        "civil2023.txt": CIVIL_2023, "form.txt": FORM, "prosecutors.txt": PROSECUTORS,
    })
    yield services
    services.close()


# -- towns and villages inside a report -------------------------------------------------------------


def test_a_township_named_in_a_question_is_answered_by_its_row(services):
    says(services, "平武县响岩镇2023年住院救助多少人次？", "876人次")
    # the table's caption says what its cells are of: 住院 is in no cell's row or column
    says(services, "响岩镇住院救助金额是多少？", "1098200元")


def test_a_township_no_report_names_is_not_answered_by_another(services):
    """豆叩镇 is nowhere in the library: neither the county's total nor another township's row answers."""
    refused(services, "平武县2023年豆叩镇住院救助了多少人次？")


def test_a_village_named_alone_scopes_the_question_to_the_report_that_names_it(services):
    says(services, "檬子村道路硬化项目支付率是多少？", "89.40%")
    says(services, "黄洋村污水处理设施项目支付了多少钱？", "201.5万元")


def test_a_question_names_towns_and_villages_by_pattern():
    catalog = Catalog([])
    names = [p.name for q in ("互助县2022年南门峡镇住院救助了多少人次？", "竹源乡黄上村文化礼堂拿到多少补助资金？",
                              "阿拉善左旗乌力吉苏木沙日扎嘎查有多少户")
             for p in catalog.local_places_in(q, [], [])]
    assert names == ["南门峡镇", "竹源乡", "黄上村", "乌力吉苏木", "沙日扎嘎查"]
    for words in ("2023年农村户厕改造多少户", "送文化下乡多少场", "全县新建村级服务站多少个", "开展全镇环境整治多少次",
                  "美丽乡村建设多少个"):
        assert catalog.local_places_in(words, [], []) == [], words


def test_a_place_before_a_word_that_holds_a_unit_suffix_is_a_place():
    """营山乡村振兴局 is 营山县's bureau: 乡村 is a word, not the 乡 of a township 营山乡."""
    assert [m.place.name for m in default_gazetteer().find("营山乡村振兴局实有多少人")] == ["营山县"]


def test_a_heading_cut_in_the_middle_of_a_word_is_joined():
    text = clean("2.檬子村道路硬\n化项目。硬化道路3.1公里。\n（一）项目基本情况\n2022年共实施项目3个。").text
    assert "2.檬子村道路硬化项目。硬化道路3.1公里。" in text
    assert "（一）项目基本情况\n2022年" in text


# -- what the question names of a sum, a change, a part ---------------------------------------------


def test_what_a_sum_was_used_for_is_named_before_the_way_of_asking(services):
    """"燃气管道老化改造用了多少钱": 支出 is what is measured, the figure follows 燃气管道老化…改造, not 项目支出."""
    says(services, "泸水市文旅局2023年燃气管道老化改造用了多少钱？", "206.40万元")


def test_a_change_is_answered_by_a_change_and_respectively_pairs_them(services):
    says(services, "泸水市2023年旅游总收入比上年增长了多少？", "12.7%")
    says(services, "泸水市2023年接待游客比上年增长了多少？", "8.4%")


def test_a_change_asked_in_a_unit_is_answered_in_that_unit_whatever_year_it_is_compared_with(services):
    """"较2021年削减1,230吨" is 2022's reduction: 2021 is what it is compared with; the rate's change is
    no answer to "多少吨"."""
    says(services, "旺苍县2022年农村生活污水排放量削减了多少吨？", "1,230吨")


def test_a_change_does_not_answer_a_level_in_visits_of_a_kind(services):
    assert [(f.text, f.unit) for f in find_figures("执法检查5,832家次，演出120场次")] == [
        ("5,832家次", "家次"), ("120场次", "场次")]
    says(services, "泸水市文旅局送戏下乡实际演出了多少场次？", "120场次")


def test_a_figure_per_household_answers_only_per_household(services):
    says(services, "泸水市文旅局困难群众文化设施改造平均每户补了多少？", "0.6万元")


def test_the_points_got_not_the_points_possible(services):
    says(services, "泸水市文旅局效益指标得了几分？", "28分")


def test_the_staff_actually_there_not_the_posts(services):
    says(services, "泸水市文旅局实有多少人？", "29人")


def test_a_year_before_the_reports_own_is_answered_by_the_sentence_naming_it(services):
    """A 2023 report asked of 2022, with another report of 2022 in the library: not its 2023 sum."""
    says(services, "文化和旅游局2022年支出合计是多少？", "2,610.80万元")


def test_a_year_asked_of_a_department_with_two_reports_is_that_years_report(services):
    answer = services.ask("2022年宁蒗民政局发放临时救助资金多少？")
    assert answer.found and "312.5万元" in headline(answer) and "348.2" not in answer.answer, answer.answer


def test_a_sum_named_after_or_before_the_way_of_asking_is_an_amount(services):
    for question in ("兰坪县检察院2023年给困难被害人发了多少司法救助金", "汝城退役军人局给义务兵家庭发优待金一共用了多少",
                     "伊金霍洛旗卖国有建设用地收了多少出让价款"):
        assert analyse(question, Catalog([])).kinds[0] == "amount", question
    says(services, "兰坪县检察院2023年给困难被害人发了多少司法救助金", "52.80万元")
    says(services, "兰坪县检察院捐赠款物已经用出去多少？", "28.67万元")


# -- the national form, asked in users' words -------------------------------------------------------


def test_form_cells_asked_in_users_words(services):
    says(services, "巴林右旗供水工程维修养护项目最后实际花了多少钱？", "280.35")
    says(services, "巴林右旗供水维修养护项目调整后的全年预算是多少万元？", "292.10")
    says(services, "巴林右旗供水工程维修养护项目里，当年财政拨款这部分全年执行了多少？", "250.35")


def test_a_new_districts_short_name_and_a_cap_that_is_no_ranking():
    assert [m.place.name for m in default_gazetteer().find("浦东VOCs治理补贴一家企业最多能拿多少")] == ["浦东新区"]
    assert not analyse("浦东VOCs治理补贴一家企业最多能拿多少", Catalog([])).compare
    assert analyse("吴川和惠东哪个支出最多", Catalog([])).compare


def test_more_than_the_plan_is_a_change_not_the_level(services):
    says(services, "泸水市文旅局2023年开展送戏下乡演出多少场次？", "120场次")


def test_the_market_bureau_of_a_city_said_short():
    """"惠州市场监管局" is 惠州's 市场监管局: the 市 opens 市场, it ends no city's name there."""
    assert [(m.text, m.place.name) for m in default_gazetteer().find("惠州市场监管局2023年支出多少")] == [("惠州", "惠州市")]
    assert [m.text for m in default_gazetteer().find("惠州市市场监管局")] == ["惠州市"]


def test_people_asked_are_counted_in_people_not_households(services):
    says(services, "兰坪县检察院复核撤销了多少不符合条件的救助人员？", "15人")


def test_a_year_compared_with_is_not_a_year_asked(services):
    """"2023年支出比2022年多了多少": the 2023 report's change, not the 2022 report's level."""
    says(services, "2023年宁蒗民政局支出比2022年多了多少钱？", "38.4万元")


def test_the_total_of_a_part_is_that_part(services):
    says(services, "泸水市文旅局2023年项目支出合计多少？", "2,233.90万元")


def test_finding_work_is_employment(services):
    says(services, "2023年宁蒗民政局培训后帮多少困难群众找到了工作？", "36名")
