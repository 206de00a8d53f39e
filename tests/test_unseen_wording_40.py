"""Session 40's general rules, each on invented text. Metadata: a form cell's date ("完工时间 2023年11月30日")
is no publication date, and a report whose only years are in dates is of their year; an organisation on
its own line over "关于…的报告" is the report's, and a letter's addressee ("区财政局：") is not; an
organisation named without its place is the report's where its text speaks as one of its kind ("作为X镇中心
卫生院，我院…", "X中心小学…本校"), and "乡镇分馆" names no place's library. Scoping: a county written over the
town a report names ("勉县武侯镇…"), or over an organisation whose report never says its county, asks that
report. Figures: "预算" inside "预算执行率" labels no sum, "年度目标覆盖多少人" asks the target, "计划更换、延伸
管网142公里，实际完成148.5公里" gives the plan and what was done of 延伸管网. Forms: a heading without its 数
("全年预算") is the heading, a scan's "万兀" and "l0" are 万元 and 10, and why a row fell short is its
偏差原因 cell."""

import pytest

from tests.conftest import library_of, refused, says


@pytest.fixture(scope="module")
def invented(tmp_path_factory):
    services = library_of(tmp_path_factory.mktemp("unseen40"), {
        "village.txt": "项目名称\n坪上村美丽乡村示范点建设项目\n主管部门\n龙泉市农业农村局\n实施单位\n龙泉市安仁镇人民政府\n"
                       "项目资金\n（万元）\n年初预算数\n全年预算数\n全年执行数\n分值\n执行率\n得分\n"
                       "年度资金总额\n300.00\n340.00\n322.15\n10\n94.75%\n9.48\n"
                       "一级指标\n二级指标\n三级指标\n年度指标值\n实际完成值\n分值\n得分\n偏差原因分析及改进措施\n"
                       "产出指标\n数量指标\n村道硬化长度\n≥2公里\n2.4公里\n10\n10\n"
                       "时效指标\n项目完工时间\n2023年10月31日前\n2023年11月20日\n10\n8\n"
                       "受9月连续降雨影响，路基施工延后。今后合理安排工期。\n"
                       "满意度指标\n服务对象满意度指标\n村民满意度\n≥90%\n95.1%\n10\n10\n"
                       "资金支付及时率\n≥95%\n90%\n10\n9\n部分工程款因决算审计未完成暂缓支付\n"
                       "总分\n100\n96.2\n",
        "training.txt": "新安县人力资源和社会保障局\n关于2023年度职业技能培训补贴项目绩效自评情况的报告\n\n"
                        "县财政局：\n按照县财政局通知要求，我局对职业技能培训补贴项目开展自评，现报告如下：\n"
                        "一、项目资金\n项目资金总额612.00万元，实际支出580.40万元，执行率94.84%。\n"
                        "二、产出\n全年开展培训3 105人次，比上年增加402人次。\n",
        "clinic.txt": "作为石门镇中心卫生院，我院承担全镇14个行政村的基本医疗和公共卫生服务。\n"
                      "一、收支情况\n2022年度本院总收入986.20万元，总支出970.45万元，其中人员经费612.30万元。\n"
                      "二、业务开展\n全年门诊诊疗38 406人次，住院2 115人次。\n"
                      "三、自评结果\n我院2022年度部门整体支出绩效自评得分92分。\n",
        "school.txt": "二、部门整体支出绩效情况\n城关第二中心小学2023年秋季在校学生1 122名，在编教职工71名，"
                      "本校为县教育局下属二级预算单位。\n全年预算数1 560.20万元，实际支出1 538.66万元，预算执行率98.62%。\n"
                      "本校2023年度绩效自评得分95分。\n",
        "library.txt": "一、项目基本情况\n临朐县图书馆为国家一级图书馆。2023年本馆免费开放补助资金60.00万元。\n"
                       "二、产出\n全年新建乡镇分馆3个，乡镇分馆累计达到12个，乡镇分馆借阅量4.2万册次。\n"
                       "三、资金使用\n全年实际支出57.80万元，执行率96.33%。\n",
        "overseas.txt": "泉州市鲤城区归国华侨联合会2023年度侨务专项经费项目绩效自评报告\n"
                        "一、资金情况\n2023年区财政安排项目预算52.40万元，全年实际支出50.12万元，预算执行率95.65%。\n",
        "elderly.txt": "德州市陵城区民政局2023年度养老服务补贴项目绩效自评报告\n"
                       "一、数量指标\n高龄津贴年度目标覆盖不少于6 200人，实际发放6 518人。\n"
                       "二、完成情况\n1.数量指标：计划维修改造养老机构8处，实际完成9处；计划更换、新增适老化设施420套，实际完成436套。\n",
        "forest.txt": "项目支出绩效自评表\n（2022年度）\n项目名称 森林生态效益补偿资金\n主管部门 剑河县林业局 实施单位 剑河县林业局\n"
                      "项目资金 年初预算数 全年预算 全年执行数 分值 执行率 得分\n（万兀）\n"
                      "年度资金总额 812.40 905.60 871.30 l0 96.21％ 9.62\n"
                      "其中：当年财政拨款 812.40 812.40 790.10 — 97.26％ —\n",
        "hospital.txt": "宁都县洛口镇卫生院2023年度部门整体支出绩效自评报告\n一、业务开展\n全年门诊诊疗21 406人次，住院1 682人次。\n"
                        "二、项目资金\n3个项目预算合计96.40万元，实际支出92.10万元。\n（一）基本公共卫生服务项目\n"
                        "1.项目资金：预算60.00万元，其中中央资金40.00万元、县级配套资金20.00万元；实际支出57.30万元。\n"
                        "三、满意度\n第三方调查显示，住院患者满意度96.3%。\n",
        "solar.txt": "一、项目概况\n阜平县光伏扶贫电站共62座，全年使用光伏电站收益资金1 806.40万元。\n"
                     "二、发电收益\n全年结算电费收入2 215.36万元，其中已到账1 980.12万元。\n",
        "police.txt": "吉林市公安局船营分局2023年度社会治安防控项目绩效自评报告\n"
                      "一、产出\n全区视频监控点位总数达1 386个，在线完好率97.4%。\n",
        "town.txt": "新乐市东王镇人民政府2023年度部门整体支出绩效自评报告\n二、部门整体支出情况\n2023年度支出合计1 862.40万元。"
                    "与2022年支出1 705.12万元相比，增加157.28万元，增长9.22%，主要是道路硬化项目支出增加。\n"
                    "三、绩效目标完成情况\n“三公”经费支出较上年下降5.1%。\n",
        "middle.txt": "原州区张易中学2023年度部门整体支出绩效自评报告\n一、教师培训\n全年组织教师参加各级培训218人次。\n",
        "archive.txt": "宝塔区档案馆2022年度部门整体支出绩效自评报告\n"
                       "一、档案数字化\n完成馆藏档案数字化38 620卷，累计数字化率68.5%，较上年提高9.3个百分点。\n"
                       "二、利用\n全年接待查档群众较上年的1.26万人次增长8.7%，达到1.37万人次。\n",
    })
    yield services
    services.close()


def _report(services, word: str) -> dict:
    return next(r for r in services.reports() if word in r["file"])


def test_a_forms_work_date_is_no_publication_date(invented):
    row = _report(invented, "village")
    assert row["year"] == 2023, row  # not 2022, a year before "完工时间 2023年10月31日前"


def test_the_organisation_over_a_letters_title_and_not_its_addressee(invented):
    row = _report(invented, "training")
    assert row["department"] == "新安县人力资源和社会保障局", row
    assert row["region"] == "新安县", row
    says(invented, "新安县人社局2023年职业技能培训补贴实际支出多少", "580.40万元")


def test_an_organisation_named_without_its_place_speaks_as_one_of_its_kind(invented):
    assert _report(invented, "clinic")["department"] == "石门镇中心卫生院"
    assert _report(invented, "school")["department"] == "城关第二中心小学"
    assert _report(invented, "library")["department"] == "临朐县图书馆"  # not 乡镇分馆, named more often


def test_a_county_written_over_a_report_that_never_says_it(invented):
    says(invented, "澧县石门镇卫生院2022年门诊诊疗多少人次", "38406人次")
    says(invented, "澧县石门镇2022年总支出多少", "970.45万元")
    says(invented, "临澧县城关第二中心小学2023年实际支出多少", "1538.66万元")
    refused(invented, "澧县城关第三中心小学2023年实际支出多少")  # another school


def test_budget_inside_a_rates_name_labels_no_sum(invented):
    says(invented, "鲤城区侨联2023年侨务专项经费预算多少", "52.40万元")


def test_the_target_asked_in_the_word_target(invented):
    says(invented, "陵城区高龄津贴年度目标覆盖多少人", "6200人")
    says(invented, "陵城区高龄津贴实际发放多少人", "6518人")


def test_a_plan_listed_with_its_words_and_what_was_done_of_it(invented):
    says(invented, "陵城区实际新增适老化设施多少套", "436套")
    says(invented, "陵城区计划新增适老化设施多少套", "420套")


def test_a_forms_heading_without_its_count_word_and_a_scans_slips(invented):
    says(invented, "剑河县林业局2022年森林生态效益补偿资金全年预算数是多少", "905.60万元")
    says(invented, "剑河县森林生态效益补偿资金2022年全年执行数", "871.30万元")


def test_why_a_forms_row_fell_short_is_its_reason_cell(invented):
    says(invented, "龙泉市坪上村示范点项目为什么没按时完工", "受9月连续降雨影响")
    says(invented, "坪上村示范点项目2023年村民满意度", "95.1%")  # the row after the reason is read
    says(invented, "坪上村示范点项目资金支付及时率没达标是什么原因", "部分工程款因决算审计未完成暂缓支付")  # no mark


def test_another_branch_of_the_same_bureau_is_another_organisation(invented):
    refused(invented, "吉林市公安局昌邑分局2023年视频监控点位总数多少")
    says(invented, "吉林市公安局船营分局2023年视频监控点位总数多少", "1386个")


def test_a_level_asked_as_how_much_now_and_the_base_of_a_change(invented):
    says(invented, "宝塔区档案馆档案数字化率到多少了", "68.5%")  # 少了 of 多少了 asks no change
    says(invented, "宝塔区档案馆2022年接待查档群众多少人次", "1.37万人次")  # "较上年的1.26万人次" is the base


def test_the_whole_asked_is_the_sum_said_of_the_whole(invented):
    says(invented, "澧县石门镇卫生院2022年总共支出多少", "970.45万元")
    says(invented, "城关第二中心小学2023年实际花了多少钱", "1538.66万元")


def test_a_change_said_against_a_year_with_相比_is_the_reports_years(invented):
    says(invented, "新乐市东王镇2023年支出比上年多了多少", "157.28万元")


def test_a_school_named_with_its_city_over_its_district(invented):
    says(invented, "固原张易中学2023年老师培训了多少人次", "218人次")
    refused(invented, "固原市教育局2023年老师培训了多少人次")  # a bureau is told apart by its place only


def test_the_self_evaluations_total_asked_in_other_words(invented):
    says(invented, "坪上村美丽乡村示范点建设项目2023年自评总分", "96.2")


def test_another_towns_clinic_is_another_organisation(invented):
    says(invented, "宁都县洛口镇卫生院2023年住院人次是多少", "1682人次")
    refused(invented, "宁都县青塘镇卫生院2023年住院人次是多少")


def test_what_was_done_after_a_breakdown_is_the_items_not_its_last_parts(invented):
    says(invented, "洛口镇卫生院基本公共卫生服务项目实际支出多少", "57.30万元")


def test_a_rate_of_words_no_report_uses_is_answered_only_by_a_rate_named_with_the_others(invented):
    says(invented, "宁都县洛口镇卫生院住院病人满意度多少", "96.3%")  # 住院 said, 病人 its own way
    refused(invented, "宁都县洛口镇卫生院医务人员满意度是多少")  # 满意度 says no whose


def test_an_item_the_opening_names_asks_only_a_sum_labelled_as_asked(invented):
    says(invented, "阜平县光伏电站结算电费收入总共多少", "2215.36万元")  # not the 光伏电站收益资金
