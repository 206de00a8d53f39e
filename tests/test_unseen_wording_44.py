"""Session 44's general rules, each on invented text.
Exports: a title after the label an export puts before its body ("文本内容：…绩效自评表（2023年度）…") is read, and a
report's title may be its project's line over "支出绩效自评报告"; "报告日期" is a date of publication.
Converters: Markdown's marks (# headings, **bold**, a table's |---| row) stand for nothing; an indicator table
with a 得分 column and no 分值 is read row by row; a spreadsheet saved as text ("…","1,450,000.00",…) is a
table.
Budgets: "年中追加预算多少" asks what was added ("年中追加…经费等865,000.00元"), never the 年初预算.
Changes: "比上年少了多少" of "与上年实际支出…相比，减少…"; "同比-8.3%" is a signed change; "…件数同比变化" asks one
with no interrogative; the change of another measure in an aside ("（笔数同比-3.9%）") answers no other.
Rates: "整改率" after "排查…隐患…条" is the rate of what its sentence counted.
Counts: "调查项目数" is the number of the item its sentence names ("完成统计调查项目36个").
Words: "budget执行率" and "KPI完成没" are read as the reports word them.
Units: a unit the report names short once named in full ("…交通工程质量监测站" then "监测站") answers a question
naming it in full; the report's own ("本单位核定编制20名") answers for itself; "实际在职" asks the staff there.
Tables: the 合计 of a table under another item's heading ("（三）“三公”经费") is that item's; a cost of a measure's
worth ("吨沥青成本") is asked per unit; "新增了多少个" counts what is new, no change.
Places: of two districts of one name (和平区 of 天津市 and of 沈阳市), a report naming only the district is of the
city its body names; a prefecture named after a people without 族 ("伊犁哈萨克自治州") goes by its short name (伊犁州).
Asking: an age said 岁 or 周岁; "比22年多发了多少钱" asks the change against that year; "追回来" is 追回, and money;
"群众评价咋样" asks the 满意度; "地方的钱" is the 地方 part's money; "比计划多抽了多少" asks what went past the plan.
"""

import pytest

from tests.conftest import library_of, refused, says


@pytest.fixture(scope="module")
def invented(tmp_path_factory):
    services = library_of(tmp_path_factory.mktemp("unseen44"), {
        "export.txt": "文本内容：农村危房改造补助资金绩效自评表（2023年度）项目名称农村危房改造补助资金主管部门"
                      "汝城县住房和城乡建设局实施单位汝城县住房和城乡建设局资金投入情况（万元）全年预算数全年执行数"
                      "执行率年度资金总额1262.00 1238.75 98.16%绩效指标一级指标二级指标三级指标年度指标值"
                      "全年实际值产出指标数量指标农村危房改造户数≥300户318户困难群众住房安全保障户数≥1000户1046户"
                      "满意度指标改造户满意度≥90%95.2%填表人：李文填报日期：2024年3月5日",
        "stats.txt": "黄梅县统计局2023年度部门整体支出绩效自评报告\n一、部门预算执行情况\n"
                     "2023年年初预算3,126,400.00元，年中追加第一次全国农业普查经费等865,000.00元，全年预算数"
                     "3,991,400.00元。全年实际支出3,915,780.00元，预算执行率98.11%。与上年实际支出4,102,300.00元"
                     "相比，减少186,520.00元，下降4.55%。\n二、绩效目标完成情况\n"
                     "（一）统计调查。全年完成统计调查项目36个，较上年减少4个，主要原因是部分专项调查并入常规调查；"
                     "开展统计业务培训18场次；聘请辅助调查员120人。\n"
                     "（二）统计执法。排查统计违法线索52条，整改率96.2%；办理统计执法检查214件，同比-8.3%。\n",
        "fund.txt": "通化市住房公积金管理中心2023年度部门整体支出绩效自评报告\n一、主要业务指标完成情况\n"
                    "（一）贷款。全年发放个人住房贷款0.86万笔、32.40亿元，同比下降6.4%（笔数同比-3.9%）；"
                    "年末个人住房贷款余额198.62亿元。\n",
        "markdown.txt": "**宁远县交通运输局**\n\n# 2023年度部门整体支出绩效自评报告\n\n## 一、基本情况\n\n"
                        "**（一）机构设置。** 我局内设办公室、规划建设股等6个股室，下属事业单位宁远县交通工程质量监测站。\n\n"
                        "**（二）人员编制。** 截至2023年12月31日，局机关核定行政编制16名，实有在职人员15人；监测站核定"
                        "事业编制12名，实有10人。另有离退休人员31人。\n\n"
                        "## 二、预算执行情况\n\n**（一）执行情况。** 全年执行数6 812.4300万元，预算执行率95.06%。\n\n"
                        "| 项目 | 年初预算 | 调整后预算 | 执行数 |\n|---|---|---|---|\n"
                        "| 基本支出 | 1 905.2000 | 1 988.6100 | 1 976.0400 |\n"
                        "| 项目支出 | 4 210.0000 | 5 178.1300 | 4 836.3900 |\n"
                        "| 合计 | 6 115.2000 | 7 166.7400 | 6 812.4300 |\n\n"
                        "**（二）“三公”经费。** 三公经费支出10.9600万元。\n\n"
                        "| 经费项目 | 预算数 | 实际支出 |\n|---|---|---|\n"
                        "| 公务用车运行维护费 | 9.3000 | 8.1450 |\n| 公务接待费 | 3.2000 | 2.8150 |\n"
                        "| 合计 | 12.5000 | 10.9600 |\n\n"
                        "## 三、绩效指标完成情况\n\n"
                        "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 得分 |\n"
                        "|---|---|---|---|---|---|\n"
                        "| 产出指标 | 数量指标 | 农村公路养护里程 | ≥860公里 | 874.5公里 | 10 |\n"
                        "| | | 新增港湾式停靠站 | ≥20个 | 24个 | 10 |\n"
                        "| | 成本指标 | 公路小修吨沥青成本 | ≤5200元/吨 | 4980元/吨 | 10 |\n\n"
                        "---\n\n本单位核定编制28名，其中参照公务员法管理编制16名、事业编制12名。\n",
        "sheet.txt": "舒城县农业农村局2023年度项目支出绩效自评结果汇总表,,,,,\n单位：元,,,,,\n"
                     '"序号","项目名称","年初预算数","全年执行数","执行率","自评得分"\n'
                     '"1","高标准农田建设","3,200,000.00","3,046,880.00","95.21%","93"\n'
                     '"2","农机购置补贴","1,450,000.00","1,391,250.00","95.95%","91"\n'
                     '"合计","","4,650,000.00","4,438,130.00","95.44%",""\n',
        "water.txt": "农村饮水工程维修养护项目\n支出绩效自评报告\n\n慈利县水利局\n\n一、项目概况\n"
                     "项目预算186.00万元，实际支出179.35万元，预算执行率96.42%。\n\n报告日期：2023年3月10日\n",
        "tianjin.txt": "天津市和平区档案馆2023年度部门整体支出绩效自评报告\n一、预算执行情况\n"
                       "全年支出1 204.36万元，预算执行率97.12%。\n",
        "shenyang.txt": "和平区档案馆2023年度部门整体支出绩效自评报告\n"
                        "按照《沈阳市和平区财政局关于开展2023年度部门整体支出绩效自评工作的通知》要求，现将自评情况报告如下：\n"
                        "一、预算执行情况\n全年支出866.20万元，预算执行率94.38%。\n",
        "elderly.txt": "德昌县民政局2023年度高龄津贴项目支出绩效自评报告\n一、项目概况\n"
                       "发放标准为：80—89周岁每人每月50元，90—99周岁每人每月100元，100周岁及以上每人每月300元。\n"
                       "二、资金使用情况\n全年实际发放高龄津贴856.20万元。2022年实际发放801.45万元，同比增加54.75万元。\n"
                       "截至2023年12月底，全县享受高龄津贴老年人12 406人，其中80—89周岁10 980人，90—99周岁1 392人，"
                       "100周岁及以上34人。全年开展动态核查4次，停发死亡人员津贴186人，追回违规领取资金2.84万元。\n"
                       "三、满意度\n群众满意度95.1%。\n",
        "weather.txt": "若尔盖县气象局2023年度部门整体支出绩效自评报告\n一、预算收支情况\n"
                       "全年支出合计3 120.40万元，预算执行率97.20%。其中地方财政资金支出412.60万元，主要用于人工影响天气作业。\n",
        "food.txt": "永城市市场监督管理局2023年度食品安全监督抽检项目绩效自评报告\n一、项目概况\n"
                    "计划抽检食品样品2 400批次，覆盖粮食加工品、肉制品等28大类。\n二、绩效目标完成情况\n"
                    "实际完成抽检2 486批次，抽检批次超过计划86批次，主要是节假日期间增加了专项抽检。\n",
        "ili.txt": "伊犁哈萨克自治州文化体育广电和旅游局2023年度部门整体支出绩效自评报告\n一、预算执行情况\n"
                   "全年实际支出2 306.18万元，预算执行率96.35%。\n",
    })
    yield services
    services.close()


def test_a_title_after_an_exports_label(invented):
    says(invented, "汝城县农村危房改造困难群众住房安全保障户数是多少", "1046户")


def test_a_project_line_over_the_kind_of_report(invented):
    says(invented, "慈利县水利局2022年农村饮水工程维修养护项目执行率", "96.42%")


def test_what_was_added_to_the_budget(invented):
    says(invented, "黄梅统计局年中追加预算多少", "865,000.00元")


def test_a_change_against_last_years_sum(invented):
    says(invented, "黄梅统计局2023年支出比上年少了多少", "186,520.00元")
    says(invented, "黄梅统计局统计调查项目数比上年少了几个", "4个")


def test_a_signed_change(invented):
    says(invented, "黄梅统计局统计执法检查件数同比变化", "-8.3%")


def test_the_change_of_another_measure_in_an_aside(invented):
    says(invented, "通化公积金2023年个贷发放额降了多少", "6.4%")
    says(invented, "通化公积金贷款笔数同比变化多少", "-3.9%")


def test_a_bare_rate_of_what_its_sentence_counted(invented):
    says(invented, "黄梅统计局违法线索整改率指标完成没，多少", "96.2%")


def test_english_words_in_a_question(invented):
    says(invented, "黄梅统计局budget执行率", "98.11%")
    says(invented, "黄梅统计局统计执法检查KPI完成没，办了几件", "214件")


def test_markdown_marks_stand_for_nothing(invented):
    says(invented, "宁远县交通运输局2023年调整后预算合计多少", "7166.7400")
    says(invented, "宁远交通局2023年实际花了多少", "6812.43")


def test_a_unit_named_short_after_its_full_name(invented):
    says(invented, "宁远县交通工程质量监测站现在实有几个人？", "10人")
    says(invented, "宁远交通局机关实际在职多少人（不含监测站）", "15人")
    says(invented, "宁远交通局本级核定编制几名", "28名")


def test_an_indicator_table_with_a_score_and_no_points(invented):
    says(invented, "宁远交通局2023年新增了多少个港湾式停靠站", "24个")
    says(invented, "宁远交通局公路小修吨沥青成本实际多少", "4980元/吨")


def test_a_spreadsheet_saved_as_text(invented):
    says(invented, "舒城县农业农村局农机购置补贴项目全年执行了多少", "1,391,250.00")
    says(invented, "舒城县高标准农田建设项目自评得了几分", "93")
    says(invented, "舒城县农业农村局两个项目合计执行率是多少", "95.44%")  # its empty cell keeps its place


def test_a_district_of_the_city_its_body_names(invented):
    says(invented, "沈阳和平区档案馆2023年预算执行率", "94.38%")
    says(invented, "天津和平区档案馆2023年预算执行率", "97.12%")
    refused(invented, "沈阳和平区档案馆2022年预算执行率")


def test_an_age_said_either_way(invented):
    says(invented, "德昌90到99岁的老人有多少人领津贴", "1392人")


def test_a_change_against_a_year(invented):
    says(invented, "德昌高龄津贴比22年多发了多少钱", "54.75万元")


def test_money_got_back_as_people_say_it(invented):
    says(invented, "德昌高龄津贴冒领的追回来多少", "2.84万元")


def test_how_those_served_judge_it(invented):
    says(invented, "德昌民政局高龄津贴群众评价咋样", "95.1%")


def test_a_payers_money_in_other_words(invented):
    says(invented, "若尔盖气象局地方的钱实际花了多少", "412.60万元")


def test_a_change_against_the_plan(invented):
    says(invented, "永城市场监管局食品抽检比计划多抽了多少", "86批次")


def test_a_prefecture_named_after_a_people_without_zu(invented):
    assert "伊犁哈萨克自治州" in invented.analyse("伊犁州文旅局2023年实际支出多少").regions
    says(invented, "伊犁州文旅局2023年实际支出多少", "2306.18万元")
