"""Session 45's general rules, each on invented text.
Counts: the new ones after a stock ("在册…对象312人，新接收146人") are of the stock's kind; a thing counted by its own
measure word ("…案件624件") is what the clauses after it count in that word ("提起公诉571件"); a sentence opening with
"全" and a whole ("全系统…"), or with a clause counting in another measure ("主体班次24期，培训学员…"), is of it;
"覆盖了几个村" counts what its 个 is followed by there, and a count that names nothing after it borrows it.
Words: "起诉" asks what was 提起公诉, never the cases received for review ("受理审查起诉案件"); "出警", "着火", "救了多少人",
"查档案", "孩子", "山火", "死了", "讨回", "工钱", "补贴" are read as reports word them; "多少次" is answered in 起; posts
are counted in 名; a preamble and courtesies ("领导让我查一下", "麻烦给个数") ask nothing.
Sums: a prefecture's part (州级资金) is one part of a breakdown; "累计" asks the whole, never "其中…当年"; the clause that
opens a sentence before any figure says what its figures are of; "调减/追加了多少" asks what was taken off or added; the
one payer a report names pays for all.
Years: "占比2022年" compares with no year; a level risen from an earlier year ("由2022年的…提高到…") answers for it.
Names: a long name said by its first and last words ("衔接资金" of 衔接推进乡村振兴补助资金); "抄送给了谁" asks 抄送.
Bodies: a party or tax body's own word before its place ("中共浏阳市委党校", "国家税务总局…綦江区税务局").
Lists: an item of a list of spending ("…，具体为：" / "（二）…工程，…，744.50万元；") is spent, whatever its line says,
and of the place its head names; a sum after an aside that counts ("（4个小区）") is its name's; a numbered item's sum is
not its project's.
Dates: "哪天" is never answered by a year; a signature may stand in brackets under the title or as "2024.3.12", above a
colophon ("抄送：…", "…印发"); "什么时候印发的" asks the colophon's day. A title's 年度 is its year, not its project's
span's end, and a project's name cut over two lines is one title.
"""

import pytest

from tests.conftest import library_of, refused, says


@pytest.fixture(scope="module")
def invented(tmp_path_factory):
    services = library_of(tmp_path_factory.mktemp("unseen45"), {
        "justice.txt": "监利市司法局2023年度部门整体支出绩效自评报告\n一、部门基本情况\n全系统编制数126名，实有在职人数117名，退休人员64名。\n二、预算执行情况\n全年支出1 862.40万元，预算执行率96.80%。\n"
                       "三、绩效目标完成情况\n（一）社区矫正。全年在册社区矫正对象488人，新接收203人，解除矫正176人，"
                       "再犯罪率0.2%。\n",
        "procuratorate.txt": "宁化县人民检察院2023年度部门整体支出绩效自评报告\n一、预算执行情况\n"
                             "全年支出2 317.52万元，预算执行率98.12%。\n二、绩效目标完成情况\n"
                             "全年受理审查逮捕案件174件233人，批准逮捕96人；受理审查起诉案件402件561人，提起公诉368件497人。\n",
        "relief.txt": "巍山彝族回族自治县民政局2023年度困难群众救助补助资金项目支出绩效自评报告\n一、资金情况\n"
                      "全年预算资金8 642.30万元，其中：中央资金6 120.00万元，省级资金1 804.30万元，州级资金318.00万元，"
                      "县级资金400.00万元。全年实际支出8 511.26万元。\n",
        "villages.txt": "镇宁布依族苗族自治县2023年度财政衔接推进乡村振兴补助资金项目绩效自评报告\n一、基本情况\n"
                        "全县共安排衔接资金21 306.50万元，共实施项目142个，覆盖16个乡镇（街道）97个村。\n",
        "wages.txt": "宜昌市西陵区人力资源和社会保障局2023年度部门整体支出绩效自评报告\n一、绩效目标完成情况\n"
                     "持续推进“护薪”专项行动，行动开展以来累计为劳动者追讨工资等待遇3.46亿元，其中2023年当年追讨1.12亿元。\n",
        "fire.txt": "峄城区消防救援大队2023年度部门整体支出绩效自评报告\n一、绩效目标完成情况\n"
                    "全年接警出动2 184起，其中火灾扑救612起、抢险救援988起；营救被困人员236人，疏散群众1 420人。\n"
                    "武安市公安局交通警察大队接处警情况：道路交通事故接处警4 512起。\n",
        "archive.txt": "大连市旅顺口区档案馆2023年度部门整体支出绩效自评报告\n一、绩效目标完成情况\n"
                       "全年接待查档利用者2 716人次，调阅档案8 410卷次。\n",
        "union.txt": "成都市新都区总工会2023年度部门整体支出绩效自评报告\n一、绩效目标完成情况\n"
                     "开展“金秋助学”，资助困难职工子女186名，发放助学金55.80万元。\n",
        "talks.txt": "中共醴陵市委宣传部2023年度理论宣讲专项经费项目支出绩效自评报告\n一、绩效目标完成情况\n"
                     "全年开展各类宣讲864场次（年度目标≥800场次），受众6.2万人次。其中深入田间地头、厂矿车间开展"
                     "“微宣讲”312场次。\n",
        "school.txt": "中共桃江县委党校2023年度部门整体支出绩效自评报告\n一、预算执行情况\n"
                      "全年支出1 086.42万元，预算执行率97.36%。\n",
        "tax.txt": "项目支出绩效自评表\n（ 2023 年度）\n项目名称：纳税服务专项经费\n"
                   "主管部门：国家税务总局重庆市税务局        实施单位：国家税务总局重庆市璧山区税务局\n"
                   "项目资金（万元）      年初预算数    全年预算数    全年执行数    分值    执行率     得分\n"
                   "  年度资金总额         182.00        182.00        176.35       10      96.90%     9.69\n",
        "commerce.txt": "浠水县电子商务进农村综合示范项目2023年度绩效自评报告\n（浠水县商务局  2024年3月18日）\n"
                        "一、项目概况\n2021年，我县获批国家电子商务进农村综合示范县。截至2023年12月31日，项目累计支出"
                        "1 412.60万元。\n",
        "span.txt": "吉安市青原区义务教育薄弱环节改善与能力提升项目\n（2022—2024年）2023年度绩效自评报告\n\n"
                    "一、项目概况\n项目周期为2022—2024年。2023年度实际支出1 264.80万元。\n\n吉安市青原区教育局\n2024.3.12\n",
        "colophon.txt": "钦北区住房和城乡建设局2023年城镇保障性安居工程项目支出绩效自评报告\n一、资金情况\n"
                        "项目实际支出6 218.40万元，执行率95.12%。\n\n钦州市钦北区住房和城乡建设局\n2024年4月9日\n"
                        "（联系人：黄丽，联系电话：0777-0000000）\n\n抄送：区财政局，区审计局。\n"
                        "钦州市钦北区住房和城乡建设局办公室        2024年4月10日印发\n",
        "disabled.txt": "靖宇县残疾人联合会2023年度部门整体支出绩效自评报告\n三、主要项目完成情况\n"
                        "| 项目名称 | 预算 | 执行 | 主要产出 |\n"
                        "| 残疾人两项补贴 | 212.00万元 | 208.35万元 | 惠及困难残疾人1102人、重度残疾人1268人 |\n"
                        "| 残疾儿童康复救助 | 74.20万元 | 70.66万元 | 救助0-6岁残疾儿童41名 |\n",
        "veterans.txt": "文昌市退役军人事务局2023年度重点优抚对象抚恤和生活补助资金项目绩效自评报告\n"
                        "二、绩效目标完成情况\n4.义务兵家庭优待金。全年为356户义务兵家庭发放优待金，2022年为331户。\n",
        "civil.txt": "霍山县民政局2023年度部门整体支出绩效自评报告\n一、预算执行情况\n"
                     "2023年支出较2022年的18 204.36万元增长6.12%，主要是农村低保标准提高。\n"
                     "二、绩效目标完成情况\n农村低保标准由2022年的每人每年5 520元提高到6 000元，增长8.70%。"
                     "敬老院护理型床位占比由2022年的45%提高到58%。\n",
        "audit.txt": "连南瑶族自治县审计局2023年度部门整体支出绩效自评报告\n一、部门预算收支情况\n"
                     "2023年年初预算836.40万元。年度执行中，按照过紧日子要求压减一般性支出，调减预算31.60万元；"
                     "因开展专项审计调查追加预算72.00万元；调整后全年预算数为876.80万元。\n",
        "excluded.txt": "江城区政务服务数据管理局2023年度部门整体支出绩效自评报告\n一、资金使用情况\n"
                        "截至2023年12月31日，剔除市政数局年底追加下达的项目预算138.20万元后，项目实际支出1 512.36万元。\n",
        "ecommerce.txt": "英山县电子商务进农村综合示范项目2023年度绩效自评报告\n一、项目概况\n"
                         "2021年，我县获批国家电子商务进农村综合示范县，中央财政支持资金1 500万元，项目实施期为2021—2023年。\n"
                         "二、资金使用情况\n（一）累计情况。截至2023年12月31日，项目累计支出中央财政资金1 462.30万元。\n"
                         "（二）分年度情况。2021年支出318.20万元，2022年支出602.45万元，2023年支出541.65万元。\n",
        "roads.txt": "林周县交通运输局2023年农村公路建设项目支出绩效自评报告\n一、项目基本情况\n"
                     "2023年，我局实施农村公路建设项目4个，涉及甘丹曲果镇、春堆乡等乡镇。项目资金总额5 200.00万元。\n"
                     "二、资金到位及执行情况\n截至2023年12月31日，累计支出4 862.30万元，执行率93.51%。资金具体使用情况如下：\n"
                     "（一）甘丹曲果镇至强嘎村通村公路改建工程，改建12.6公里，2 106.40万元；\n"
                     "（二）春堆乡危桥改造工程，改造危桥2座，744.50万元；\n"
                     "（三）农村公路日常养护，养护里程248公里，412.00万元。\n",
        "street.txt": "哈尔滨市香坊区通天街道办事处2023年度部门整体支出绩效自评报告\n一、预算执行情况\n"
                      "全年支出1 684.22万元，预算执行率96.12%。其中，基本支出1 102.40万元，项目支出581.82万元，具体为：\n"
                      "1.社区工作者补贴196.30万元；\n2.冬季清冰雪及环境卫生104.72万元；\n3.社区网格化管理64.00万元。\n",
        "housing.txt": "南宁市横州市住房和城乡建设局2023年城镇保障性安居工程项目支出绩效自评报告\n（二）资金使用\n"
                       "截至2023年12月31日，共支出9 816.42万元，执行率94.08%，具体为：\n"
                       "1.棚户区改造征收补偿及安置房建设7 402.10万元；\n2.老旧公租房维修改造（4个小区）986.20万元；\n"
                       "3.城镇住房保障家庭租赁补贴（712户）218.64万元。\n",
        "ruled.txt": "长春市宽城区住房和城乡建设局文件\n\n关于2023年城镇老旧小区改造项目绩效自评情况的报告\n\n"
                     "一、资金情况\n实际支出16 204.38万元。\n\n                        长春市宽城区住房和城乡建设局\n"
                     "                              2024年3月14日\n（联系人：孙丽，联系电话：0431-00000000）\n\n"
                     "________________________________________________\n抄送：区发展和改革局，区审计局。\n"
                     "长春市宽城区住房和城乡建设局办公室     2024年3月15日印发\n"
                     "________________________________________________\n",
        "linked.txt": "民和回族土族自治县乡村振兴局\n2023年度衔接推进乡村振兴补助资金项目支出绩效自评报告\n"
                      "一、资金情况\n全县共下达补助资金6 214.80万元。\n五、自评结果\n本项目自评得分92分。\n"
                      "联系人：马成林        联系电话：0972-0000000\n",
        "finance.txt": "盐池县财政局\n关于2022年度部门整体支出绩效自评情况的报告\n一、预算执行情况\n全年支出1 286.40万元。\n"
                       "抄送：县审计局，吴忠市财政局。\n盐池县财政局办公室              2023年3月28日印发\n",
        "partyschool.txt": "中共攸县县委党校2023年度部门整体支出绩效自评报告\n一、绩效目标完成情况\n"
                           "全年举办各类主体班次18期，培训学员1 426人次，其中中青年干部培训班1期、学员62人。\n"
                           "二、人员情况\n在职人员40人，退休12人。\n",
        "fitness.txt": "延川县体育局2022年全民健身工程项目支出绩效自评报告\n一、项目概况\n"
                       "项目主要建设内容为新建健身路径、更新老旧健身器材和新建多功能运动场。项目预算资金合计412.50万元。\n"
                       "二、项目实施及资金使用情况\n截至2022年12月31日，项目实际支出396.20万元，执行率96.05%。具体为：\n"
                       "1.新建健身路径38个，支出118.40万元；\n2.更新老旧健身器材860件，支出72.80万元；\n"
                       "3.新建多功能运动场5个，支出205.00万元。\n",
        "signer.txt": "晋中市太谷区司法局文件\n太谷司发〔2023〕12号　　　　　　　　签发人：赵立新\n\n"
                      "晋中市太谷区司法局关于报送2022年度部门整体支出绩效自评报告的报告\n一、人员情况\n"
                      "局机关核定行政编制26名，实有在职人员24人。\n二、预算执行情况\n全年支出842.16万元。\n",
        "coptis.txt": "黔江区2023年中药材产业发展专项资金绩效自评报告\n二、资金使用及管理情况\n"
                      "截至2023年12月31日，项目实际支出1 486.20万元，资金执行率95.80%。具体为：\n"
                      "1.标准化基地建设补助812.40万元；\n2.良种繁育214.00万元；\n3.初加工设施补助298.60万元；\n"
                      "4.品牌宣传及市场开拓161.20万元。\n",
        "health.txt": "商城县卫生健康委员会2023年度部门整体支出绩效自评报告\n二、部门整体支出情况\n"
                      "2023年我委年初预算10 412.60万元，年中追加转移支付资金等，调整后预算为12 806.44万元。全年实际支出"
                      "12 402.18万元。与上年相比，支出总额增加1 126.50万元，增长9.99%。\n",
        "elders.txt": "旌阳区民政局2023年度高龄津贴项目支出绩效自评报告\n一、资金情况\n"
                      "全年实际发放高龄津贴912.40万元，执行率97.10%。\n截至2023年12月底，全区享受高龄津贴老年人13 208人。\n",
        "chat.txt": "喀喇沁旗人力资源和社会保障局2023年度部门整体支出绩效自评报告\n一、绩效目标完成情况\n"
                    "（四）劳动关系。追讨农民工工资1 624.80万元，涉及农民工2 046人。\n",
        "hills.txt": "盐边县林业局2023年度森林草原防灭火项目支出绩效自评表\n"
                     "实际完成：组建专业扑火队2支共84人，发生森林火灾3起，过火面积12.6公顷。\n"
                     "效益指标\t社会效益\t火灾亡人数\t≤2人\t0人\t10\t10\n",
        "channel.txt": "项目支出绩效自评表\n（2023年度）\n项目名称\n航道养护项目\n主管部门\n海安市交通运输局\n"
                       "一级指标\n二级指标\n三级指标\n年度指标值\n实际完成值\n分值\n得分\n产出指标\n数量指标\n疏浚土方量\n"
                       "≥9万立方米\n8.6万立方米\n15\n14\n",
    })
    yield services
    services.close()


def test_the_new_ones_after_a_stock(invented):
    says(invented, "监利司法局2023年新接收了多少名社区矫正对象", "203人")


def test_a_whole_the_sentence_opens_with(invented):
    says(invented, "监利市司法局系统实有在职多少人", "117名")


def test_what_was_taken_to_court(invented):
    says(invented, "宁化检察院2023年起诉了多少件案子", "368件")
    says(invented, "宁化检察院2023年一共起诉了多少人", "497人")
    says(invented, "宁化检察院受理审查起诉案件多少件", "402件")


def test_a_prefectures_part_of_the_money(invented):
    says(invented, "巍山救助资金中州级资金是多少", "318.00万元")
    says(invented, "巍山救助资金州里给了多少", "318.00万元")


def test_what_a_count_counts(invented):
    says(invented, "镇宁衔接资金项目覆盖了几个村", "97个")


def test_a_count_followed_by_another_rows_name(invented):
    says(invented, "靖宇县残疾儿童康复救助项目救助了多少名儿童", "41名")  # not "1268人" of the row above


def test_a_count_that_borrows_what_it_counts(invented):
    says(invented, "文昌市2022年给多少户义务兵家庭发了优待金", "331户")


def test_a_cumulative_sum_is_the_whole(invented):
    says(invented, "西陵人社局护薪行动开展以来累计帮劳动者追讨了多少钱", "3.46亿元")


def test_a_fire_teams_and_an_archives_work_in_plain_words(invented):
    says(invented, "峄城消防2023年一共出警多少次", "2184起")
    says(invented, "峄城消防2023年着了几次火", "612起")
    says(invented, "峄城消防大队2023年救了多少人", "236人")
    says(invented, "旅顺口档案馆2023年来了多少人查档案", "2716人次")
    says(invented, "新都总工会金秋助学2023年资助了几个孩子", "186名")


def test_the_one_word_that_names_the_project_and_its_row(invented):
    says(invented, "醴陵2023年搞了多少场理论宣讲", "864场次")
    says(invented, "醴陵市委宣传部2023年微宣讲开了多少场", "312场次")  # 微宣讲 is no 宣讲 of the whole


def test_a_party_or_tax_body_named_before_its_place(invented):
    says(invented, "桃江党校2023年预算执行率", "97.36%")
    says(invented, "璧山税务2023年纳税服务经费执行率", "96.90%")


def test_a_day_is_never_a_year(invented):
    says(invented, "浠水电商进农村项目这个项目自评报告是哪天出的", "2024年3月18日")
    says(invented, "青原区教育局薄改项目绩效自评报告哪天报的", "2024.3.12")


def test_a_titles_year_and_a_title_over_two_lines(invented):
    says(invented, "青原区义务教育薄弱环节改善与能力提升项目2023年实际支出多少", "1264.80万元")
    refused(invented, "青原区义务教育薄弱环节改善与能力提升项目2024年实际支出多少")


def test_the_colophons_issue_day(invented):
    says(invented, "钦北区住建局安居工程自评报告什么时候印发的", "2024年4月10日")
    says(invented, "钦北区住建局安居工程自评报告落款日期是哪天", "2024年4月9日")


def test_a_level_risen_from_an_earlier_year(invented):
    says(invented, "霍山县2022年农村低保标准是每人每年多少", "5520元")
    says(invented, "霍山县敬老院护理型床位占比2022年是多少", "45%")  # 占比 is no 比 of a year
    says(invented, "霍山县农村低保标准2023年涨了百分之几", "8.70%")


def test_what_a_budget_change_added_or_took_off(invented):
    says(invented, "连南审计局23年调减了多少预算", "31.60万元")
    says(invented, "连南审计局23年追加了多少预算", "72.00万元")
    says(invented, "连南审计局2023年调整后预算多少", "876.80万元")
    # what was added, named in passing, is not what is asked
    says(invented, "剔除年底追加下达的项目预算后，江城区政数局2023年项目实际支出是多少", "1512.36万元")


def test_the_one_payer_pays_for_all(invented):
    says(invented, "英山电商进农村项目截至2023年底累计支出多少", "1462.30万元")


def test_an_item_of_a_list_of_spending(invented):
    says(invented, "林周县春堆乡危桥改造花了多少钱", "744.50万元")
    says(invented, "林周交通局甘丹曲果镇至强嘎村公路改建用了多少钱", "2106.40万元")
    says(invented, "通天街道2023年冬季清冰雪花了多少钱", "104.72万元")
    says(invented, "横州市老旧公租房维修改造花了多少", "986.20万元")  # its aside counts what was done


def test_an_item_of_a_spent_list_in_the_labelled_reading(invented):
    says(invented, "黔江中药材项目初加工设施补助花了多少钱", "298.60万元")
    says(invented, "黔江中药材项目实际花了多少钱", "1486.20万元")


def test_a_signature_above_a_ruled_colophon(invented):
    says(invented, "宽城区住建局老旧小区改造自评报告落款日期是哪天", "2024年3月14日")
    says(invented, "宽城区住建局老旧小区改造自评报告什么时候印发的", "2024年3月15日")


def quotes(services, question: str, said: str) -> None:
    """The question is answered by a passage that says `said`."""
    answer = services.ask(question)
    assert answer.found and any(said in c.quote for c in answer.citations), answer.answer


def test_a_long_name_by_its_first_and_last_words(invented):
    quotes(invented, "民和县乡村振兴局这份衔接资金自评报告的联系人是谁", "马成林")


def test_who_a_report_was_copied_to(invented):
    quotes(invented, "盐池县财政局2022年部门整体自评报告抄送给了谁", "县审计局")


def test_what_an_earlier_clause_counts_in_another_measure(invented):
    says(invented, "攸县党校2023年主体班培训了多少学员", "1426人次")  # not the part's "学员62人"
    says(invented, "攸县党校在职人员多少人", "40人")  # not "退休12人": one staff's two kinds, in one measure


def test_an_items_sum_is_not_its_projects(invented):
    says(invented, "延川县体育局2022年全民健身工程花了多少", "396.20万元")  # not the first item's 118.40万元
    says(invented, "延川县体育局新建健身路径花了多少钱", "118.40万元")


def test_a_reports_signer_and_its_posts(invented):
    quotes(invented, "太谷区司法局报送2022年绩效自评报告的签发人是谁", "赵立新")  # 报送 of its title
    says(invented, "太谷区司法局局机关核定了几个行政编制", "26名")  # posts are counted in 名


def test_questions_as_typed_in_a_chat_box(invented):
    says(invented, "领导让我查一下，商城卫健委2023年比2022年多花了多少钱，麻烦给个数", "1126.50万元")
    says(invented, "商城县卫健委2023年年初安排的预算是多少", "10412.60万元")
    says(invented, "旌阳区23年给老人发了多少高龄补贴", "912.40万元")
    says(invented, "旌阳区2023年底有多少老人在领高龄津贴", "13208人")
    says(invented, "喀喇沁旗2023年帮农民工讨回了多少工钱", "1624.80万元")
    says(invented, "盐边2023年着了几次山火", "3起")
    says(invented, "盐边2023年火灾死了几个人", "0人")


def test_a_volume_counts_no_boats(invented):
    refused(invented, "海安航道养护项目2023年投入疏浚船舶多少艘次")  # not "8.6万立方米"
    says(invented, "海安航道养护项目2023年疏浚土方量实际完成多少", "8.6万立方米")
