"""Session 48's general rules, each on invented text.
Villages: a figure whose part of the sentence opens with a village ("坪上村依托…，全年集体经济收入61.2万元") answers only
a question naming that village, which it does even when its own label is bare ("大田村入股…，收入28.4万元"); the town's
total ("集体经济收入合计") is the town's, its note "（社区）" aside. A row naming two villages ("东坑村、西坑村") is of both,
not of one. A row's cell with words beside its figure ("路灯安装146盏") says them. "帮扶资金中镇本级…" names no town.
Dates: "截至6月30日，全镇累计支出…" is the half year's, "截至2023年底累计支出…" the year's.
Targets: the items under "二、绩效目标" are targets; a figure with no plan or done word of its own takes the one said
last before it; a result is called by its target's words ("村组道路实际硬化" of "实际完成硬化30.8公里"); a target and
its result asked together are answered together, each cited.
Tables: a reservoir named after a place ("白水水库") is no mention of the place; the 合计 of a table under
"（一）重点交通项目建设" is no department's; a table of years ("2021年 | 2022年 | 2023年") answers each year from its
column, and a row of values ("预算执行率 | 98.52% | 98.25%") is no heading with its value.
Which item stands first: "哪座水库总库容最大", "最长的是哪条", "哪一家执行率最低" of one report's table or list.
"""

import pytest

from tests.conftest import library_of, refused, says


@pytest.fixture(scope="module")
def invented(tmp_path_factory):
    services = library_of(tmp_path_factory.mktemp("unseen48"), {
        "town.txt": "乐业县同乐镇人民政府2022年度部门整体支出绩效自评报告\n一、预算执行情况\n"
                    "截至6月30日，全镇累计支出1 208.44万元，执行进度41.07%；下半年加快拨付，全年支出2 942.16万元。\n"
                    "二、村级集体经济发展情况\n2022年全镇12个村（社区）集体经济收入合计402.7万元。\n"
                    "分村情况：坪上村依托茶叶加工厂租赁，全年集体经济收入61.2万元，居全镇首位；大田村入股油茶合作社，"
                    "收入28.4万元；其余10个村（社区）收入合计313.1万元。\n"
                    "三、驻镇帮镇扶村资金\n帮扶资金中镇本级统筹安排860万元，村级项目安排540万元。\n"
                    "四、以奖代补项目\n村名 | 建设内容 | 奖补资金（万元） | 受益户数\n"
                    "坪上村 | 村道硬化1.4公里 | 58.00 | 322户\n大田村 | 路灯安装146盏 | 31.00 | 405户\n"
                    "东坑村、西坑村 | 共建污水处理站1座 | 96.00 | 1 012户\n"
                    "东坑村、西坑村共建污水处理站受益户数中，东坑村588户、西坑村424户。\n",
        "street.txt": "宜都市陆城街道2023年省级美丽乡村项目支出绩效自评报告\n二、资金使用情况\n"
                      "项目资金上半年支出214.30万元，截至2023年底累计支出796.52万元，执行率95.97%。\n",
        "roads.txt": "泾源县乡村振兴局2022年度衔接资金项目绩效自评报告\n二、绩效目标\n"
                     "（一）肉牛养殖：补贴新增基础母牛6 800头。\n"
                     "（二）村组道路：在香水镇、六盘山镇硬化村组道路32.6公里。\n"
                     "三、自评情况\n1.肉牛养殖：实际补贴新增基础母牛6 912头。\n"
                     "2.道路硬化：实际完成硬化30.8公里，1.8公里因征地顺延。\n"
                     "3.小区改造：完成改造小区13个，计划2023年6月完工；完成外墙保温11.6万平方米，更换供热管网8.3公里。\n"
                     "4.管道：铺设PE管道19.4公里。\n",
        "water.txt": "龙胜各族自治县水利局2023年度部门整体支出绩效自评报告\n一、小型水库运行管护\n"
                     "1.大坪水库（瓢里镇），总库容312万立方米，维修养护经费38.60万元；\n"
                     "2.白水水库（三门镇），总库容258万立方米，维修养护经费31.20万元；\n"
                     "3.洋湾水库（伟江乡），总库容45万立方米，维修养护经费9.60万元。\n"
                     "二、农村公路\n路线名称\t建设里程（公里）\t完成投资（万元）\n"
                     "平等—龙脊连接线\t12.4\t1 860.00\n和平—泗水路\t5.3\t742.50\n马堤—伟江路\t8.1\t1 095.20\n",
        "transport.txt": "西峡县交通运输局2023年度部门整体支出绩效自评报告\n一、部门基本情况\n"
                         "（二）预算收支情况。2023年部门全年预算18 642.30万元，全年支出17 985.16万元，预算执行率96.48%。\n"
                         "二、绩效目标完成情况\n（一）重点交通项目建设\n项目名称 | 年度计划投资（万元） | 完成投资（万元） | 完成率\n"
                         "国道311西峡段改建工程 | 8 200.00 | 7 862.80 | 95.89%\n"
                         "二郎坪至米坪旅游公路 | 3 400.00 | 3 132.76 | 92.14%\n"
                         "合计 | 11 600.00 | 10 995.56 | 94.79%\n",
        "party.txt": "建平县纪委监委2023年度部门整体支出绩效自评报告\n二、部门预算收支近三年情况\n单位：万元\n"
                     "指标              2021年        2022年        2023年\n"
                     "支出合计          1 401.88      1 496.30      1 560.46\n"
                     "人员经费          1 052.14      1 118.65      1 164.92\n"
                     "项目支出            181.44        206.56        219.26\n"
                     "\"三公\"经费          14.26         12.83         11.05\n",
        "office.txt": "中共涞水县委办公室2023年度部门整体支出绩效自评报告\n（三）预算收支情况\n单位：万元\n"
                      "项目\t2022年\t2023年\n年初预算\t1 186.40\t1 243.75\n全年支出\t1 371.55\t1 442.37\n"
                      "预算执行率\t98.52%\t98.25%\n",
    })
    yield services
    services.close()


def test_villages_of_a_town(invented):
    says(invented, "同乐镇大田村2022年集体经济收入多少", "28.4万元")
    says(invented, "同乐镇2022年村集体经济收入合计多少", "402.7万元")
    says(invented, "乐业县同乐镇2022年集体经济收入多少", "402.7万元")
    says(invented, "同乐镇大田村那个路灯项目受益多少户", "405户")
    says(invented, "同乐镇西坑村污水处理站受益户数", "424户")
    says(invented, "同乐镇帮扶资金中镇本级统筹安排了多少", "860万元")


def test_sums_so_far_are_of_their_date(invented):
    says(invented, "同乐镇政府2022年截至6月30日累计支出了多少", "1208.44万元")
    says(invented, "陆城街道美丽乡村项目截至2023年底支出多少", "796.52万元")


def test_targets_and_results(invented):
    says(invented, "泾源县2022年村组道路实际硬化了多少公里", "30.8公里")
    says(invented, "泾源县2022年更换了多少公里供热管网", "8.3公里")
    answer = invented.ask("泾源县2022年肉牛补贴计划补多少头基础母牛、实际补了多少头？")
    assert answer.found and "6912头" in answer.answer.replace(" ", "") and "6800头" in answer.answer.replace(" ", "")
    assert len(answer.citations) == 2, answer.answer


def test_tables_and_what_they_are_of(invented):
    says(invented, "龙胜县白水水库2023年维修养护经费多少", "31.20万元")
    says(invented, "西峡县交通局2023年部门预算执行率是多少", "96.48%")
    says(invented, "建平县纪委监委2023年人员经费是多少", "1164.92")
    says(invented, "建平县纪委监委2022年项目支出是多少", "206.56")
    says(invented, "建平县纪委监委2023年三公经费花了多少", "11.05")
    says(invented, "涞水县委办2023年预算执行率是多少", "98.25%")


def test_which_item_stands_first(invented):
    says(invented, "龙胜县2023年哪座水库总库容最大", "大坪水库")
    says(invented, "龙胜县2023年维修养护经费最少的是哪座水库", "洋湾水库")
    says(invented, "龙胜县2023年农村公路里最长的是哪条", "平等—龙脊连接线")
    says(invented, "西峡县交通运输局2023年重点项目中哪个完成率最低", "二郎坪至米坪旅游公路")
    refused(invented, "建平县纪委监委2023年哪个部室人数最多")


@pytest.fixture(scope="module")
def more(tmp_path_factory):
    services = library_of(tmp_path_factory.mktemp("unseen48b"), {
        "soil.txt": "杜尔伯特蒙古族自治县农业农村局2023年东北黑土地保护利用项目绩效自评报告\n三、自评情况\n"
                    "（一）资金执行情况\n全年执行1 468.20万元，执行率97.88%。\n"
                    "（二）产出完成情况\n实际完成黑土地保护利用面积10.26万亩，完成率102.6%。\n",
        "forest.txt": "琼中黎族苗族自治县林业局2023年度森林生态效益补偿资金项目绩效自评报告\n二、资金情况\n"
                      "资金来源\t年初预算数\t全年预算数\t全年执行数\n中央资金\t2 380.00\t2 380.00\t2 296.14\n"
                      "省级资金\t1 066.40\t1 066.40\t1 009.62\n",
        "cppcc.txt": "政协永丰县委员会办公室2023年度部门整体支出绩效自评报告\n三、项目绩效目标完成情况\n"
                     "1.政协全会经费：预算45.00万元，执行43.18万元。\n"
                     "2.提案工作：全年收到提案186件，经审查立案162件，办复率100%。\n",
        "culture.txt": "（一）部门职能\n环江毛南族自治县文化广电体育和旅游局负责全县文化艺术、广播电视、体育和旅游工作。\n"
                       "（二）预算执行\n本年度部门预算2 168.45万元，实际支出2 093.72万元，预算执行率96.55%。\n"
                       "（三）维修养护项目\n项目全年支出211.32万元，支出率97.97%。\n"
                       "环江毛南族自治县文化广电体育和旅游局\n2024年3月5日\n",
        "housing.txt": "和龙市住房和城乡建设局2022年城镇老旧小区改造项目绩效自评报告\n一、项目基本情况\n"
                       "2022年，和龙市城镇老旧小区改造项目共纳入改造小区14个，改造内容包括外墙保温、屋面防水、供热管网更换。\n"
                       "二、绩效自评情况\n截至2022年末，项目累计支出3012.75万元，预算执行率92.42%。\n",
        "court.txt": "竹山县人民法院2023年度部门整体支出绩效自评报告\n三、绩效目标完成情况\n"
                     "（二）司法救助。向58名困难当事人发放司法救助金38.20万元，发放及时率100%。\n"
                     "（三）群众体育。举办“村BA”篮球赛、龙舟赛等群众体育赛事19场，参赛群众3 210人次。\n",
        "fields.txt": "元阳县农业农村局2022年高标准农田建设项目绩效自评报告\n（一）项目基本情况\n"
                      "2022年元阳县高标准农田建设项目建设地点位于牛角寨镇、攀枝花乡、新街镇，计划建设高标准农田2.0万亩。\n",
    })
    yield services
    services.close()


def test_the_questions_own_word_and_a_payers_share(more):
    says(more, "杜蒙县农业农村局2023年黑土地项目执行率多少", "97.88%")
    says(more, "琼中2023年森林生态效益补偿资金中省级资金有多少", "1066.40")
    says(more, "琼中2023年森林生态效益补偿资金中省级资金花了多少", "1009.62")


def test_the_departments_own_name_and_short_names(more):
    says(more, "永丰县政协2023年一共收到多少件提案", "186件")
    says(more, "环江毛南族自治县文体广旅局实际支出多少", "2093.72万元")
    says(more, "环江县文体广旅局维修养护项目支出率是多少", "97.97%")


def test_people_counted_and_a_sentence_opening_with_a_verb(more):
    says(more, "竹山法院给多少困难当事人发了司法救助", "58名")
    says(more, "竹山县法院村BA、龙舟赛这些群众体育赛事办了多少场", "19场")


def test_a_part_or_a_place_the_opening_lists(more):
    from app.answering.labelled import decide
    from app.answering.scope import Scope

    question = more.analyse("和龙市2022年老旧小区改造外墙保温这一项花了多少钱")
    figures = more.labelled(question.doc_ids)
    meta = more.library.meta(question.doc_ids[0])
    raw, _ = more.library.texts(question.doc_ids[0])
    scope = Scope.of_report(meta, "", raw)
    assert decide(question, figures, {question.doc_ids[0]: scope})[0] is None  # the project's total is no part's
    refused(more, "元阳县2022年高标准农田在牛角寨镇建了多少亩")


def test_which_item_grew_most_is_not_which_is_largest(invented):
    refused(invented, "龙胜县2023年哪座水库总库容增长最多")
