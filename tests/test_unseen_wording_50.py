"""Session 50's general rules, each on invented text.
Money: "2023年年初部门预算…，经年中追加调整，全年预算数为…，全年实际支出…" is the whole department's spending: "年初部门"
names no item of a list, only which sum and whose, so the year's spending is not taken for an item's and the department's
question is not answered from a project form appended after the prose.
Changes: "收入同比增长了多少" asks the rate a report gives beside the amount ("增加41.82万元，增长6.99%"), as reports say
同比; "比上年增加了多少万元" still asks the amount, and "堵漏增收比上年多了多少" money.
Two at once: "基本支出和项目支出分别是多少" and "基本支出多少，项目支出多少" ask two figures, each answered with its own
passage; "吴川和湛江…分别" still compares places.
Forms: a form's fields of bare sums under a line that gives their unit ("项目资金（万元）" over "全年预算数：10 312.75", or
"填报单位：…    单位：万元") are sums in it, and so are a field's parts in its bracket ("（中央资金1 720.00，…）"); fields set
apart by runs of spaces on one line stay apart ("执行率：100%        分值：10"). An indicator table set out by spaces
whose rows leave their group's cells, or the last column, empty keeps each cell under its heading; a cell's text broken
onto lines of its own stays in its column. "到年底实际支出了多少" is the year's 全年执行数, and a standard per person
("实际完成值：118元/人·月") is no spending.
Given: "就业率达到多少？目标是80%" gives the target, which no figure need say; where only the target is said ("就业率不低于
80%；烈士纪念设施完好率100%"), another rate's figure beside it is no answer.
Sections: an organisation's own sections listed in its opening ("内设…政府采购监督管理股等12个股室") say nothing of what its
report is about: "政府采购实际采购了多少钱" is no row of the 三公 table.
Grades: "C级危房每户补多少" asks the C级 row, never "D级危房户均补助"; a row's name broken over two lines in its column
("C级危房户均" over "补助    ≤1.8万元/户 …") is read whole. A form copied one cell a line runs its target and what was done
together as before ("≥40项43项"), but never into a signed figure ("≤0" then "-6.2%") or a cell of words, and a row's last
cell does not run into the next row's "产出指标".
Quantities: "志愿服务时长累计多少" asks hours, never a sum of money; "城乡居民养老补助绩效自评得了几分" of a report about
"城乡居民基本养老保险补助资金" is its 自评得分, though an item of it ("基础养老金按时足额发放") shares 养老.
Numbers in words: "一百二十六个", "四百六十三家", "一万四千余人" are counts, "九十四分" points (never "十分", very) and
"百分之九十五" a rate; a numbered item's date ("2.2023年2月7日举办…") is the date, not the number 2.2023.
Whose figure: a table row's figure is never named by the row under it ("带动企业研发投入 | ≥1亿元 | 1.47亿元" over
"技术合同登记额增长 | ≥10% | 16.3%": no 技术合同登记额); words said only as a change's cause ("…增加42.44万元，主要是新增科技
特派员专项工作经费") label none of its figures; "比上年多442万元（上年为1,874万元）" gives last year's 增收, no other sum.
Levels: "公务接待费支出了多少" of "公务接待费预算0.50万元，支出0.35万元" is what was spent, and "居民医保基金支出了多少" of
"…收入9.87亿元，支出9.41亿元" never what came in; "2023年底有几个在职人员" of "2023年末在职6人" keeps 年底 a word of its own.
Parts: "重大传染病防控经费中结核病防治安排了多少预算" asks the 结核病防治 row, and no passage of the whole answers it; a
numbered task's head ("4.严重精神障碍管理。在册患者规范管理率88.45%") names its figures; the money the opening says was
received ("共获得…项目资金460.5万元") is no rival to what was spent ("项目资金实际支出438.27万元").
Both ways: "三公经费同比减少了多少" of "…同比减少5.84万元，下降12.95%" gives the rate and the amount, as the report states
them; "药品抽检批次比上年多了多少" is counted in 批次, never a 场次 of the item after it.
Reasons: "老年食堂为啥没建够12个" asks why a target was missed; the passage giving the reason need not repeat the 12.
"""

import pytest

from app.answering.parts import two_asks
from ingest.clean import clean
from tests.conftest import headline, library_fixture, refused, says

education = library_fixture("unseen50", {
        "edu.txt": "临泽县教育局2023年度部门整体支出绩效自评报告\n一、部门基本情况\n我局下辖中小学、幼儿园共41所。\n"
                   "二、部门整体支出及执行情况\n2023年年初部门预算52 410.60万元，经年中追加调整，全年预算数为55 873.12万元，"
                   "全年实际支出54 906.35万元，预算执行率98.27%。其中基本支出41 220.18万元，项目支出13 686.17万元。\n"
                   "三、自评结论\n我局2023年度部门整体支出绩效自评得分93.5分。\n"
                   "附件：项目支出绩效自评表\n项目名称\t营养改善计划补助资金\n"
                   "主管部门\t临泽县教育局\t实施单位\t临泽县学生资助管理中心\n"
                   "项目资金（万元）\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n"
                   "年度资金总额\t1 460.00\t1 532.80\t1 517.44\t10\t99.00%\t9.9\n",
        "elder.txt": "高台县民政局2023年度社区居家养老服务项目支出绩效自评报告\n二、绩效目标实现情况\n"
                     "（1）新建村级老年食堂：指标值≥12个，实际完成9个，得分6分（分值8分）。\n"
                     "（2）上门服务老年人数：指标值≥1800人，实际完成1 926人，得分10分（分值10分）。\n"
                     "三、偏差原因分析\n老年食堂建设未达目标，主要是3个村的闲置校舍改建手续未办结，已顺延至2024年。\n",
    })


def test_the_departments_spending_after_its_budget_opening(education):
    says(education, "临泽县教育局2023年部门整体实际花了多少钱", "54906.35万元")


def test_a_reason_need_not_repeat_the_figure_missed(education):
    answer = education.ask("高台县老年食堂为啥没建够12个？")
    assert answer.found and "闲置校舍改建手续未办结" in answer.citations[0].quote, answer.answer


archives = library_fixture("unseen50b", {
        "archives.txt": "青川县档案馆2023年度部门整体支出绩效自评报告\n一、基本情况\n"
                        "2023年支出612.40万元，其中：基本支出418.36万元（人员经费371.20万元、公用经费47.16万元），"
                        "项目支出194.04万元。\n"
                        "2023年部门收入640.12万元，比2022年的598.30万元增加41.82万元，增长6.99%。\n"
                        "二、绩效目标完成情况\n全年完成馆藏档案数字化3.6万卷，接待查档利用1 286人次。\n",
        "tax.txt": "旺苍县财政局2023年度综合治税工作经费项目支出绩效自评报告\n二、绩效目标完成情况\n"
                   "全年通过综合治税堵漏增收税款1 316万元，比上年多214万元，增长19.42%。\n",
    })


def test_a_change_said_with_tongbi_is_its_rate(archives):
    says(archives, "青川县档案馆2023年收入同比增长了多少？", "6.99%")
    says(archives, "青川县档案馆2023年收入比上年增加了多少万元？", "41.82万元")
    says(archives, "旺苍县2023年综合治税堵漏增收比上年多了多少？", "214万元")


@pytest.mark.parametrize("question", ["青川县档案馆2023年基本支出和项目支出分别是多少？",
                                      "青川县档案馆2023年基本支出多少，项目支出多少？"])
def test_two_figures_asked_at_once(archives, question):
    answer = archives.ask(question)
    assert answer.found and "418.36万元" in answer.answer and "194.04万元" in answer.answer, answer.answer
    assert len(answer.citations) == 2 and [c.n for c in answer.citations] == [1, 2]
    assert "[2]" in answer.answer


def test_two_asks_read_apart():
    assert two_asks("三台县信访局2023年基本支出和项目支出的决算数各是多少？") == (
        "三台县信访局2023年基本支出的决算数是多少", "三台县信访局2023年项目支出的决算数是多少")
    assert two_asks("于都县2023年居民医保基金收入和支出分别是多少") == (
        "于都县2023年居民医保基金收入是多少", "于都县2023年居民医保基金支出是多少")
    assert two_asks("结余多少，怎么处理的") is None
    assert two_asks("目标是多少，实际完成多少") is None
    assert two_asks("2022年和2023年支出分别是多少") is None


FORM = (
    "岚皋县2022年度城乡居民基本养老保险补助资金项目支出绩效自评表\n\n"
    "项目名称：城乡居民基本养老保险补助资金\n主管部门：岚皋县人力资源和社会保障局\n"
    "项目资金（万元）\n年初预算数：4 856.40\n全年预算数：5 312.75\n全年执行数：5 287.31\n"
    "分值：10\n执行率：99.52%\n得分：9.95\n其中：中央补助资金：3 420.00\n县级配套资金：787.15\n\n"
    "年度总体目标\n三级指标：基础养老金最低标准；年度指标值：≥118元/人·月；实际完成值：118元/人·月；分值：10；得分：10\n"
)
SPACED = (
    "宁陕县2023年义务教育薄弱环节改善与能力提升补助资金绩效自评表\n"
    "填报单位：宁陕县教育和体育局                     单位：万元\n"
    "年初预算数：650.00\n全年预算数：846.00（中央资金720.00，省级资金126.00）\n全年执行数：846.00\n"
    "执行率：100%        分值：10        得分：10\n"
    "一级指标      二级指标      三级指标                  年度指标值          实际完成值        分值    得分    偏差原因分析\n"
    "产出指标      数量指标      改造提升学校数            ≥8所                8所               5       5\n"
    "                            新增学位                  ≥400个              460个             5       5\n"
    "                            项目完工率                ≥90%                87.5%             10      8       城关小学综合楼\n"
    "                                                                                                          冬季停工\n"
    "              成本指标      校舍建设单位成本          ≤2800元/平方米      2 640元/平方米    5       5\n"
    "满意度指标    满意度指标    师生及家长满意度          ≥90%                95.2%             10      10\n"
)


forms = library_fixture("unseen50c", {"form.txt": FORM, "spaced.txt": SPACED})


def test_bare_sums_of_a_forms_fields_take_the_unit_above_them(forms):
    says(forms, "岚皋县2022年城乡居民养老保险补助资金全年预算是多少？", "5,312.75万元")
    says(forms, "岚皋县2022年城乡居民养老保险补助里县级配套是多少钱？", "787.15万元")
    says(forms, "宁陕县2023年薄改资金中中央资金有多少？", "720.00万元")
    says(forms, "宁陕县2023年薄改补助资金全年预算数是多少？", "846.00万元")


def test_the_years_spending_asked_at_its_end_and_no_standard_for_it(forms):
    says(forms, "岚皋县2022年城乡居民养老保险补助到年底实际支出了多少？", "5,287.31万元")
    says(forms, "岚皋县2022年城乡居民养老保险补助实际支出了多少？", "5,287.31万元")


def test_a_table_set_out_by_spaces_with_empty_group_cells(forms):
    text = clean(SPACED).text
    assert "执行率：100%\n分值：10\n得分：10" in text
    assert "\t\t新增学位\t≥400个\t460个\t5\t5" in text
    assert "产出指标\t数量指标\t改造提升学校数\t≥8所\t8所\t5\t5" in text
    assert "\t\t\t\t\t\t\t冬季停工" in text
    says(forms, "宁陕县2023年薄改项目新增学位实际完成多少个？", "460个")
    says(forms, "宁陕县2023年薄改项目的师生及家长满意度是多少？", "95.2%")


veterans = library_fixture("unseen50d", {
        "vets.txt": "信宜市退役军人事务局2022年部门整体支出绩效自评报告\n一、基本情况\n"
                    "我局内设办公室、优抚安置股、政府采购管理股等5个股室。\n"
                    "二、绩效目标\n全年确保优抚资金发放准确率100%；组织退役士兵适应性培训，培训后就业率不低于80%；"
                    "烈士纪念设施完好率100%。\n"
                    "三、支出情况\n“三公”经费情况如下（单位：万元）：\n"
                    "项目\t预算数\t实际支出\t上年支出\n公务接待费\t2.40\t1.96\t2.15\n合计\t9.80\t7.46\t8.91\n"
                    "全年政府采购预算86.00万元，实际采购金额79.35万元。\n",
    })


def test_a_given_target_and_no_other_rate_for_it(veterans):
    refused(veterans, "信宜市退役军人事务局2022年退役士兵适应性培训后就业率达到多少？目标是80%")


def test_own_sections_say_nothing_of_the_report(veterans):
    says(veterans, "信宜市退役军人事务局2022年政府采购实际采购了多少钱？", "79.35万元")


GRADES = (
    "宁强县2021年农村危房改造补助资金项目支出绩效自评表\n"
    "一级指标    二级指标    三级指标                年度指标值        实际完成值        分值    得分\n"
    "产出指标    数量指标    D级危房拆除重建         62户              62户              5       5\n"
    "                        C级危房加固改造         104户             104户             5       5\n"
    "            成本指标    D级危房户均补助         ≤4.0万元/户       3.9万元/户        5       5\n"
    "                        C级危房户均\n"
    "                        补助                    ≤1.6万元/户       1.5万元/户        5       5\n"
    "满意度指标  服务对象    改造户满意度            ≥95%              97.6%             10      10\n"
)
CELLS = (
    "西丰县统计局2023年度部门整体支出绩效自评表\n绩效指标\n一级指标\n二级指标\n三级指标\n年度指标值\n实际完成值\n分值\n得分\n"
    "偏差原因分析及改进措施\n产出指标\n数量指标\n完成常规统计调查报表\n≥40项\n43项\n10\n10\n\n"
    "产出指标\n质量指标\n统计数据差错率\n≤1%\n0.4%\n10\n10\n\n"
    "产出指标\n成本指标\n“三公”经费较上年变动率\n≤0\n-6.2%\n5\n5\n\n"
    "效益指标\n可持续影响指标\n乡镇统计规范化建设达标数\n≥15个\n13个\n15\n13\n2个乡镇统计站人员调整，验收推迟至次年\n\n"
    "满意度指标\n服务对象满意度指标\n数据使用单位满意度\n≥90%\n95.3%\n10\n10\n"
)
PENSION = (
    "为加强财政资金绩效管理，按照县财政局统一部署，漾濞县人社局对2023年城乡居民基本养老保险补助资金开展了绩效自评，"
    "现将有关情况报告如下：\n一、基本情况\n2023年，全县城乡居民基本养老保险补助资金共计2964.38万元。\n"
    "二、自评情况\n1.基础养老金按时足额发放：在省标准基础上每人每月增发5元，得分10分。\n"
    "2.参保人数：目标≥7.3万人，实际7.46万人，得分10分。\n"
    "三、自评结论\n综合资金执行、产出、效益和满意度情况，自评得分95分，评价等级为优。\n"
)
VOLUNTEERS = (
    "共青团武乡县委2022年度部门整体支出绩效自评报告\n一、收支情况\n项目支出明细（单位：万元）：\n"
    "序号\t项目\t金额\n1\t希望工程助学\t32.40\n2\t青年志愿服务\t18.60\n"
    "二、产出\n全县新增注册志愿者2 160人，组织志愿服务活动156场，记录志愿服务时长4.8万小时。\n"
)


rows = library_fixture("unseen50e", {
        "grades.txt": GRADES, "cells.txt": CELLS, "pension.txt": PENSION, "volunteers.txt": VOLUNTEERS})


def test_a_grade_names_its_own_row(rows):
    assert "\t\tC级危房户均补助\t≤1.6万元/户\t1.5万元/户\t5\t5" in clean(GRADES).text
    says(rows, "宁强县2021年C级危房加固每户补多少钱？", "1.5万元/户")


def test_a_forms_cells_one_a_line_stay_apart(rows):
    text = clean(CELLS).text
    assert "≥40项43项" in text and "13\n2个乡镇统计站人员调整" in text and "次年\n满意度指标" in text
    assert "≤0\n-6.2%" in text
    says(rows, "西丰县统计局2023年三公经费较上年变动率是多少？", "-6.2%")


def test_a_duration_is_no_sum_and_the_reports_own_score(rows):
    says(rows, "武乡团县委2022年志愿服务时长累计多少？", "4.8万小时")
    says(rows, "漾濞县2023年城乡居民养老补助绩效自评得了几分？", "95分")


WORDS = (
    "宜章县人力资源和社会保障局2023年度部门整体支出绩效自评报告\n一、主要工作\n"
    "1.全年发展村级便民服务点一百二十六个，专项检查定点医药机构四百六十三家。\n"
    "2.2023年2月7日举办“春风行动”专场招聘会，进场企业一百零二家。\n"
    "3.城乡居民养老保险参保一万四千余人，参保率稳定在百分之九十五以上，这项工作十分重要。\n"
    "二、自评结论\n经综合评价，我局2023年度部门整体支出绩效自评得分九十四分。\n"
)


words = library_fixture("unseen50f", {"words.txt": WORDS})


def test_numbers_in_words(words):
    says(words, "宜章县人社局2023年发展了多少个便民服务点？", "一百二十六个")
    says(words, "宜章县人社局2023年专项检查了多少家定点医药机构？", "四百六十三家")
    says(words, "宜章县2023年城乡居民养老保险参保人数大约多少？", "一万四千余人")
    says(words, "宜章县2023年城乡居民养老保险参保率稳定在多少以上？", "百分之九十五")
    says(words, "宜章县人社局2023年部门整体支出自评得分多少？", "九十四分")


def test_a_numbered_items_date(words):
    says(words, "宜章县人社局2023年春风行动专场招聘会是哪天办的？", "2023年2月7日")


WHOSE = (
    "2023年度江油市科技成果转化专项资金绩效自评表\n"
    "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
    "产出指标\t数量指标\t发放科技创新券\t≥80张\t96张\t10\t10\n"
    "效益指标\t经济效益指标\t带动企业研发投入\t≥1亿元\t1.47亿元\t10\t10\n"
    "效益指标\t经济效益指标\t技术合同登记额增长\t≥10%\t16.3%\t10\t10\n"
)
CAUSE = (
    "海城市科学技术局2023年度部门整体支出绩效自评报告\n一、收入情况\n"
    "2023年部门收入218.64万元，与2022年的176.20万元相比增加42.44万元，增长24.09%，主要是新增科技特派员专项工作经费。\n"
    "二、综合治税\n全年通过综合治税堵漏增收税款比上年多442万元（上年为1,874万元），增长23.59%。\n"
)


whose = library_fixture("unseen50g", {"whose.txt": WHOSE, "cause.txt": CAUSE})


def test_no_row_named_by_the_row_below(whose):
    refused(whose, "江油市2023年技术合同登记额是多少万元？")
    says(whose, "江油市2023年带动企业研发投入实际多少？", "1.47亿元")


def test_a_cause_names_no_figure_and_last_years_aside(whose):
    refused(whose, "海城市科技局2023年科技特派员专项工作经费支出了多少？")
    says(whose, "海城市科技局2023年收入比上年增加了多少？", "42.44万元")
    refused(whose, "海城市科技局2022年部门整体支出是多少？")


LEVELS = (
    "共青团平顺县委2022年度部门整体支出绩效自评报告\n一、基本情况\n（一）机构人员\n"
    "县团委机关内设办公室、组织部2个部室，核定行政编制5名，工勤编制1名；2022年末在职6人，退休4人。\n"
    "（二）“三公”经费\n团县委无公务用车。2022年公务接待费预算0.50万元，支出0.35万元，上年为0.47万元。\n"
    "二、重点工作\n全县城乡居民医保参保人数约16.2万人。居民医保基金收入1.87亿元，支出1.41亿元，基金运行平稳。\n"
)


levels = library_fixture("unseen50h", {"levels.txt": LEVELS})


def test_what_was_spent_beside_the_plan_and_what_came_in(levels):
    says(levels, "平顺团县委2022年公务接待费支出了多少？", "0.35万元")
    says(levels, "平顺县2022年居民医保基金支出了多少？", "1.41亿元")
    says(levels, "平顺团县委2022年底有几个在职人员？", "6人")


PARTS = (
    "根据县财政局要求，白水县卫健局对2023年重大传染病防控项目资金开展了绩效自评，现将自评情况报告如下：\n"
    "一、项目基本情况\n（一）资金来源。2023年我县共获得重大传染病防控项目资金360.5万元，其中中央补助286.5万元，"
    "省级补助74万元，全部纳入预算管理。\n（二）资金分配。资金按防控任务分配如下：\n单位：万元\n"
    "项目\t预算数\t占比\n免疫规划\t158.30\t43.91%\n结核病防治\t64.50\t17.89%\n严重精神障碍管理\t52.00\t14.42%\n"
    "地方病防治\t85.70\t23.77%\n合计\t360.50\t100%\n"
    "二、绩效自评情况\n（一）资金执行情况。截至2023年12月底，项目资金实际支出338.27万元，执行率93.83%。\n"
    "（二）绩效目标完成情况。\n1.结核病防治。肺结核患者成功治疗率93.1%。\n"
    "2.严重精神障碍管理。在册患者规范管理率88.45%，各镇卫生院均配备精防医生。\n"
    "完成冯原镇、王庄镇2个镇的碘缺乏病监测。\n"
)


parts = library_fixture("unseen50i", {"parts.txt": PARTS})


def test_a_part_of_a_whole_and_a_tasks_head(parts):
    says(parts, "白水县2023年重大传染病防控经费中结核病防治安排了多少预算？", "64.50万元")
    says(parts, "白水县2023年严重精神障碍患者规范管理率达到多少？", "88.45%")
    says(parts, "白水县2023年重大传染病防控资金实际支出多少？", "338.27万元")


BOTH = (
    "达拉特旗应急管理局2023年度部门整体支出绩效自评报告\n一、部门收支情况\n（一）“三公”经费\n"
    "年初预算48.00万元，2023年支出39.26万元，2022年支出45.10万元，同比减少5.84万元，下降12.95%。\n"
    "二、绩效目标完成情况\n1.抽检批次。全年完成安全生产执法抽检1 024批次，上年完成946批次，同比增加78批次。\n"
    "2.宣传活动。全年举办安全生产宣传活动36场次，比上年增加9场次。\n"
)


both = library_fixture("unseen50j", {"both.txt": BOTH})


def test_a_change_both_ways_and_its_measure(both):
    answer = both.ask("达拉特旗应急管理局三公经费同比减少了多少")
    assert answer.found and "12.95%" in headline(answer) and "5.84万元" in headline(answer), answer.answer
    says(both, "达拉特旗应急管理局2023年执法抽检批次比上年多了多少", "78批次")
