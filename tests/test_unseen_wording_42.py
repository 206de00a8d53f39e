"""Session 42's general rules, each on invented text. Staff: "实有几个人" asks the staff actually there, not the
posts ("核定编制30名…实有27人"). A unit under the reporting organisation, asked by its full name, is the unit
the text goes on to name shorter ("下设…统计普查中心…其中普查中心实有10人"), and a word of its name that
elsewhere asks a whole ("综合行政执法大队": 综合) asks none. Money: raised, taken or earned ("融资多少", "罚了多少钱")
is asked as money, not counted; households asked ("覆盖了多少牧户") are counted, whatever rate word comes before. A form's 填表人 is who filled it in ("自评表是谁填的").
Sentences: a clause that goes on with the doing of the one before ("累计接收社区矫正对象1 206人，2023年当年新
接收158人") is about what that one names, and "当年" asks the year's own figure, not the sum so far. Asking: "满意度咋样" asks the rate, and "执行率比上年高了几个百分点" the
change of that rate, in 个百分点 (no count in 个); "增速比全市平均高了多少" a rate, and "恢复到2019年的多少" a share of
that year. Labels: "国内外游客" are all the 游客. "本级" asks
the organisation's own figure, without its units under it: a sentence's "其中局机关本级支出…" or a table's row
"…人民政府本级".
The whole-department form: its 金额合计 block, a heading and its figure a row under the group's name
("金额合计（万元） | 年初预算数 | 3 218.40", " | 全年执行数 | 3 281.27", " | 其中：基本支出 | 1 427.77"), is read.
A table's section heading says what its rows are ("三个重点项目合计执行率" of the 合计 row under "二、重点项目实施情况").
Sub-projects: "托养服务子项目" names the sub-project 托养服务, 子项目 says only whose ("适配子项目" is no 配子).
Tables: a table set out by spaces with its columns' units on a line under its header ("（万元）        （万元）")
is read with those units, and a word of its caption that its column says ("…资金拨付情况如下", "已拨付资金") asks
that column; a table copied one cell a line whose headings end with their units ("受益学生数（人）", "补助资金（万元）")
is read; a table in Markdown keeps its header over the rule under it ("| 项目 | 年初预算 |…" / "|---|---|").
Scoping: the names of other organisations in a report's opening ("所属…食品药品检验检测中心") say nothing of
what the report is about ("药品抽检合格率" is not its 食品 one).
A figure's name no report uses, said before the word of its kind ("外贸进出口总额"), is asked of none of them.
A row's other cells with words name it too ("石桥村…受益多少户" of the row "三胡乡 | 石桥村 | … | 188户"), not its own
name's words ("年初预算" of a form is the 年度资金总额's, not the row 一般公共预算拨款's).
Words: "几栋" counts in 栋; "自评表" is a word ("基本公卫自评表" holds no 公卫自).
Who: the department a unit is 所属 of is its 主管部门 ("…福利院是…县民政局所属公益一类事业单位"), and "所属" ends no
name ("民政局所" is none).
Payers: a city said with its level ("宿迁市级资金") names who pays, not a place asked beside the county.
Places: a corps regiment numbered with one character ("第一师十团") is a place.
Years: a year with its plans ("2024年我馆将…") is not the year evaluated.
Budgets: what was added to a budget ("年中追加区级资金315.30万元") is no 年初预算 said before it, and is
asked whoever paid it ("年中追加了多少").
Ranges: a figure that bounds a range ("约90万元—110万元", "120-150人次") is answered with the whole range.
Changes: "提升", "变化" say a change, and a change of a named budget is its subject's ("年初安排…120万元，较上年
增加20万元"); a figure's section heading ("（二）食品安全") says what a change of its
subject is of ("食品抽检合格率比上年变化了多少").
A change's sentence may give the base it is said against before it ("支出较上年289.05万元增加16.86万元"): the change is
still the 支出's. "满意度测评结果" asks the rate.
提升 in a project's name ("能力提升项目") asks no change.
Yes or no: a question whether a figure reached a level it states ("满意度达到90%了吗", "执行率有没有超过95%",
"到95%了没", "400人次的目标完成了吗", "达标了吗") asks the figure achieved.
Titles: one broken over two lines is read whole where the line above names the project in quotation marks
("2023年度“X”…项目" over "支出绩效自评报告"), a place the table lacks before the year ("第八师石河子市2023年度…项目"),
or a place alone over the project and its year ("天津滨海高新技术产业开发区" over "…项目2023年度绩效自评报告").
"""

import pytest

from app.answering.question import asked_unit
from app.core.numbers import range_span
from ingest.clean import clean
from ingest.metadata import extract_metadata
from tests.conftest import library_of, refused, says


@pytest.fixture(scope="module")
def invented(tmp_path_factory):
    services = library_of(tmp_path_factory.mktemp("unseen42"), {
        "stats.txt": "城口县统计局2023年度部门整体支出绩效自评报告\n一、部门基本情况\n"
                     "（二）机构人员。我局内设办公室、综合股、调查股等5个股室，下设事业单位城口县农业普查中心。"
                     "全局核定编制24名（行政编制15名、事业编制9名），实有22人，其中普查中心实有7人。\n"
                     "二、支出\n2023年支出合计486.20万元。\n",
        "emergency.txt": "镶黄旗应急管理局2023年度部门整体支出绩效自评报告\n一、部门概况\n"
                         "（二）机构及人员。机关内设股室6个，所属事业单位2个：镶黄旗应急管理综合行政执法大队、镶黄旗应急救援保障中心。"
                         "核定编制58名（行政编制18名、事业编制40名），实有52人。其中综合行政执法大队编制30名，实有27人。\n"
                         "二、支出\n2023年支出合计1 206.38万元。\n"
                         "三、产出\n全年执法检查企业812家次；立案处罚64起，罚款318.50万元。\n",
        "chamber.txt": "东丰县工商业联合会2023年度部门整体支出绩效自评报告\n三、绩效目标完成情况\n"
                       "效益指标：协调金融机构为会员企业融资2 480万元；调处涉企矛盾纠纷12件；结对帮扶村18个。\n",
        "form.txt": "部门整体支出绩效自评表\n（2023年度）\n部门名称：米林市自然资源局\n"
                    "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分\n"
                    "产出指标 数量指标 耕地卫片图斑核查率 100% 100% 10 10\n总分 100 95.80 自评等级优\n"
                    "填表人：格桑央金    联系电话：（略）    填报日期：2024年3月20日\n",
        "justice.txt": "岐山县司法局2023年度部门整体支出绩效自评报告\n二、预算执行\n全年收入合计1 402.60万元，其中"
                       "财政拨款收入1 380.20万元，占98.4%；全年实际支出1 329.85万元，较上年增长4.2%，其中基本支出986.17万元，"
                       "项目支出343.68万元，部门整体预算执行率96.2%，比上年提高1.3个百分点。\n三、绩效目标完成情况\n"
                       "（一）法律援助。全年办理法律援助案件612件，结案率97.1%，同比下降0.4个百分点。\n"
                       "（二）公证。办理公证事项2 310件，群众评价满意率99.0%，较上年提高0.9个百分点。\n"
                       "（三）社区矫正。我县累计接收社区矫正对象1 206人，2023年当年新接收158人，解除矫正149人，年末在册214人。\n"
                       "（四）平安建设。持续推进“雪亮工程”建设，新增高清探头1 260个，全县视频监控覆盖率98.6%。\n"
                       "四、自评结果\n其中预算执行率指标得9.6分（满分10分）。全年开展满意度调查，群众满意度为93.2%，比上年提高0.7个百分点。\n",
        "tourism.txt": "长海县文化和旅游局2023年度部门整体支出绩效自评报告\n一、部门概况\n本局负责全县文化、旅游、广电工作。\n"
                       "二、支出\n全年支出合计2 316.40万元。\n三、绩效目标完成情况\n"
                       "（一）文旅市场。2023年全县接待国内外游客612.8万人次，同比增长52.3%，恢复至2019年同期的98.6%；"
                       "实现旅游总收入58.4亿元。其中“五一”“十一”两个假期累计接待游客126.4万人次。\n"
                       "（二）消费。全县社会消费品零售总额达到126.5亿元，同比增长5.6%，增速比全市平均水平高0.6个百分点。\n"
                       "（三）服务质量。全年开展游客满意度抽样调查，满意率为92.6%，较上年提升4.1个百分点。\n",
        "health.txt": "斗门区卫生健康局2023年度部门整体支出绩效自评报告\n一、部门概况\n本局负责全区卫生健康工作，"
                      "下属单位包括区人民医院、区妇幼保健院和社区卫生服务中心。\n二、部门预算执行情况\n"
                      "全年总支出8 412.36万元，同比增长3.9%，其中局机关本级支出1 206.40万元，下属单位支出7 205.96万元。\n",
        "town.txt": "茂县凤仪镇人民政府2023年度部门整体支出绩效自评报告\n一、基本情况\n我镇部门预算单位共2个。\n"
                    "二、支出情况\n2023年部门总支出2 524.80万元，预算执行率96.10%。按单位分：\n"
                    "单位名称                        支出金额（万元）    占比\n"
                    "凤仪镇人民政府本级              1 820.40            72.10%\n"
                    "凤仪镇农业综合服务中心          704.40              27.90%\n"
                    "合计                            2 524.80            100%\n",
        "market.txt": "石狮市市场监督管理局2023年度部门整体支出绩效自评报告\n一、部门概况\n本局内设机构12个，另有所属事业单位"
                      "两个（石狮市市场监管综合服务中心、石狮市食品药品检验检测中心）。\n"
                      "二、预算执行情况（单位：万元）\n"
                      "| 项目 | 年初预算 | 调整后预算 | 实际支出 | 执行率 |\n|------|---------|-----------|---------|-------|\n"
                      "| 基本支出 | 4 412.36 | 4 688.15 | 4 655.02 | 99.29% |\n| 项目支出 | 1 870.00 | 2 236.48 | 2 018.73 | 90.26% |\n"
                      "三、绩效目标实现情况\n（一）市场主体\n全年新增市场主体1 206户。\n（二）食品安全\n"
                      "全年完成食品安全监督抽检3 842批次，计划3 500批次，完成率109.8%；抽检合格率97.6%，较上年下降0.3个百分点。\n"
                      "四、自评结果\n扣分原因：项目支出执行率低于95%，扣1.5分。\n",
        "meals.txt": "互助土族自治县教育局\n2023年度农村义务教育学生营养改善计划项目支出绩效自评报告\n一、项目概况\n"
                     "2023年项目资金总额873.30万元。\n二、资金分配及使用情况\n资金按实际就餐学生人数拨付各校。主要学校补助情况如下：\n"
                     "学校名称\n受益学生数（人）\n补助资金（万元）\n威远镇第一小学\n2 416\n241.60\n丹麻镇中心学校\n1 087\n108.70\n"
                     "塘川镇中学\n1 324\n132.40\n其余学校合计补助资金390.60万元。\n",
        "grassland.txt": "项目支出绩效自评表\n（2023年度）\n项目名称\t草原生态保护补助奖励\n主管部门\t阿拉善右旗林业和草原局\n"
                         "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
                         "产出指标\t数量指标\t补奖资金覆盖牧户\t≥9000户\t9368户\t10\t10\n"
                         "\t质量指标\t补奖资金发放准确率\t100%\t100%\t10\t10\n",
        "relief.txt": "天津市河东区医疗保障局2023年度城乡医疗救助资金项目支出绩效自评报告\n一、项目概况\n"
                      "（二）资金安排。2023年项目年初预算2 860.00万元，其中中央补助资金820.00万元、市级补助资金680.00万元、"
                      "区级配套资金1 360.00万元；年中追加区级资金315.30万元，调整后预算为3 175.30万元。项目实际支出3 098.62万元。\n"
                      "二、存在问题\n救助对象信息系统后期运维资金来源尚不明确，经测算年运维费用约90万元—110万元。\n",
        "houses.txt": "文昌市住房和城乡建设局\n2022年度农村危房改造项目支出绩效自评报告\n一、项目基本情况\n"
                      "2022年计划改造危房139户。\n二、资金分配使用情况\n各镇危房改造任务及资金拨付情况如下：\n"
                      "镇名称    拆除重建    修缮加固    下达补助资金    已拨付资金\n"
                      "                                   （万元）        （万元）\n"
                      "文城镇    18户        26户        109.20          109.20\n"
                      "会文镇    21户        19户        110.40          98.70\n"
                      "东阁镇    9户         16户        59.10           55.10\n",
        "disabled.txt": "富源县残疾人联合会2023年残疾人康复和托养服务项目绩效自评报告\n一、项目概况\n"
                        "本项目包括康复救助、辅助器具适配、残疾人托养服务3个子项目。\n二、子项目资金执行情况\n单位：元\n"
                        "子项目名称 预算金额 实际支出 执行率\n康复救助 1 480 000.00 1 415 600.00 95.65%\n"
                        "辅助器具适配 464 000.00 421 500.00 90.84%\n残疾人托养服务 832 000.00 769 000.00 92.43%\n",
        "dept_form.txt": "部门整体支出绩效自评表\n（2023年度）\n部门（单位）名称\t弥渡县自然资源局\n年度\n主要\n"
                         "任务\t任务名称\t主要内容\t年初预算数\t全年预算数\t全年执行数\t执行率\n"
                         "\t耕地保护\t卫片执法、耕地动态巡查\t452.00\t486.00\t471.32\t96.98%\n"
                         "\t不动产登记服务\t登记发证、档案数字化\t312.50\t312.50\t305.86\t97.88%\n"
                         "金额合计（万元）\t年初预算数\t3 218.40\n\t全年预算数\t3 356.92\n\t全年执行数\t3 281.27\n"
                         "\t其中：基本支出\t1 427.77\n\t项目支出\t1 853.50\n",
        "reading.txt": "宝鸡市图书馆2023年度全民阅读推广活动经费项目绩效自评报告\n一、项目基本情况\n"
                       "2023年市财政年初安排项目资金120万元，较上年增加20万元；年中追加省级补助资金14.6万元，全年预算合计134.6万元。\n",
        "science.txt": "邳州市科学技术局2023年度部门整体支出绩效自评报告\n一、部门概况\n本局内设科室5个。\n二、重点项目实施情况\n"
                       "2023年我局共安排重点项目3个，预算执行情况见下表。\n                                  单位：万元\n"
                       "序号  项目名称                      预算数     执行数     执行率\n"
                       "1     高新技术企业培育奖补          600.00     568.40     94.73%\n"
                       "2     产学研合作项目                260.00     221.55     85.21%\n"
                       "3     科普惠民工程                  96.00      88.43      92.11%\n"
                       "      合计                          956.00     878.38     91.88%\n",
        "linkage.txt": "泗洪县2023年度财政衔接推进乡村振兴补助资金项目绩效自评报告\n一、资金情况\n2023年全县共安排衔接资金1 560.00万元。"
                       "按资金来源分：中央衔接资金560.00万元，占35.9%；省级资金680.00万元，占43.6%；宿迁市级资金120.00万元，占7.7%；"
                       "县级资金200.00万元，占12.8%。\n",
        "ethnic.txt": "来凤县民族宗教事务局2023年少数民族发展资金项目绩效自评报告\n一、项目概况\n"
                      "（单位：万元）\n乡镇\t村\t建设内容\t安排资金\t实际支出\t受益农户\n翔凤镇\t二官寨村\t特色民居改造\t85.00\t85.00\t126户\n"
                      "三胡乡\t石桥村\t特色种植基地\t72.30\t65.10\t188户\n大河镇\t青堡村\t民族文化广场\t46.00\t38.65\t215户\n"
                      "（三）少数民族特色村寨保护：安排13.40万元，全部支出，修缮传统吊脚楼6栋。\n",
        "phs.txt": "项目支出绩效自评表\n（2022年度）\n项目名称\t基本公共卫生服务项目\n主管部门\t永宁县卫生健康局\n"
                   "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
                   "产出指标\t数量指标\t高血压患者规范管理率\t≥60%\t64.2%\t10\t10\n总分\t\t\t\t\t100\t96.20\n",
        "rescue.txt": "大理白族自治州救助管理站2023年度部门整体支出绩效自评报告\n一、部门概况\n我站承担流浪乞讨人员救助工作。\n"
                      "二、收支\n2023年度我站收入312.36万元，全部为财政拨款。全年支出305.91万元，预算执行率98.44%。\n"
                      "2023年支出较上年289.05万元增加16.86万元，主要是受助人员人次增加。\n"
                      "三、满意度\n委托第三方对受助人员开展满意度测评，综合满意度94.05%。\n",
        "welfare.txt": "富川瑶族自治县社会福利院2023年度部门整体支出绩效自评报告\n一、部门概况\n"
                       "富川瑶族自治县社会福利院是富川瑶族自治县民政局所属公益一类事业单位，承担全县特困人员集中供养工作。\n",
        "hospital.txt": "青冈县人民医院2023年度部门整体支出绩效自评报告\n三、重点项目支出情况\n"
                        "1.设备购置项目到位资金120万元，实际支出118.40万元。\n"
                        "2.县域医共体能力提升项目到位资金486万元，实际支出471.30万元，执行率96.98%。\n",
        "forest_form.txt": "部门整体支出绩效自评表\n（2023年度）\n部门（单位）名称      武宁县林业局\n"
                           "填报日期      2024年3月26日                         金额单位：万元\n"
                           "年度预算          年初预算数      全年预算数      全年执行数      分值      执行率      得分\n"
                           "年度资金总额      2812.46      3526.83      3398.17      10      96.35%      9.64\n按收入性质分：\n"
                           "一般公共预算拨款      2412.46      2968.25      2856.40\n政府性基金预算拨款      400.00      558.58      541.77\n",
        "sumu.txt": "2023年我苏木一般公共预算年初预算1 237.60万元，年中追加312.35万元，全年预算1 549.95万元；"
                    "实际支出1 502.81万元，预算执行率96.96%。\n",
    })
    yield services
    services.close()


def test_the_staff_actually_there_is_not_the_posts(invented):
    says(invented, "城口县统计局实有几个人？", "22人")
    says(invented, "镶黄旗应急管理局实有几人", "52人")


def test_a_unit_asked_by_its_full_name_is_the_one_named_shorter(invented):
    says(invented, "城口县农业普查中心实有几个人？", "7人")
    says(invented, "镶黄旗应急管理综合行政执法大队编制多少名？", "30名")


def test_a_word_of_a_units_name_asks_no_whole(invented):
    says(invented, "镶黄旗应急管理综合行政执法大队实有多少人？", "27人")
    says(invented, "镶黄旗应急管理局一共实有多少人？", "52人")


def test_money_raised_or_taken_is_asked_as_money(invented):
    says(invented, "东丰县工商联帮会员企业协调融资多少？", "2480万元")
    says(invented, "镶黄旗应急管理局2023年罚了多少钱？", "318.50万元")
    says(invented, "镶黄旗应急管理局2023年处罚了多少起", "64起")


def test_who_filled_in_a_form_is_its_field(invented):
    says(invented, "米林市自然资源局2023年自评表是谁填的", "格桑央金")
    says(invented, "米林市自然资源局自评表的填报人是谁", "格桑央金")


@pytest.mark.parametrize(("head", "title"), [
    ("2023年度“乌蒙欢歌”文化惠民演出项目\n支出绩效自评报告\n", "2023年度“乌蒙欢歌”文化惠民演出项目支出绩效自评报告"),
    ("第七师奎屯市2023年度困难群众救助项目\n支出绩效自评报告\n", "第七师奎屯市2023年度困难群众救助项目支出绩效自评报告"),
    ("苏州工业园区\n人才公寓运营项目2023年度绩效自评报告\n", "苏州工业园区人才公寓运营项目2023年度绩效自评报告"),
    # a site's name over the title is none of it
    ("苏州市人民政府门户网站\n人才公寓运营项目2023年度绩效自评报告\n", "人才公寓运营项目2023年度绩效自评报告"),
])
def test_a_title_broken_over_two_lines(head: str, title: str):
    text = head + "\n一、项目概况\n项目资金总额120.00万元。\n"
    assert extract_metadata(clean(text).text, name="r.txt", raw=text).title == title


def test_a_clause_going_on_with_the_doing_before_it(invented):
    says(invented, "岐山县2023年当年新接收社区矫正对象多少人", "158人")
    says(invented, "岐山县累计接收社区矫正对象多少人", "1206人")
    says(invented, "岐山县社区矫正对象年末在册多少人", "214人")


def test_how_a_rate_stands_asks_the_rate(invented):
    says(invented, "岐山县司法局群众满意度咋样", "93.2%")


def test_a_rates_change_in_percentage_points(invented):
    says(invented, "岐山县司法局2023年预算执行率比上年高了几个百分点", "1.3个百分点")
    says(invented, "岐山县司法局群众满意度比上年提高了几个百分点", "0.7个百分点")
    says(invented, "岐山县司法局2023年预算执行率是多少", "96.2%")


def test_percentage_points_are_no_count_in_ge():
    assert asked_unit("预算执行率比上年高了几个百分点") == ""
    assert asked_unit("新建了几个村级服务站") == "个"


def test_growth_and_shares_of_a_base_are_rates(invented):
    says(invented, "长海县2023年社零总额增速比全市平均高了多少", "0.6个百分点")
    says(invented, "长海县2023年游客量恢复到2019年的多少", "98.6%")


def test_visitors_from_home_and_abroad_are_all_the_visitors(invented):
    says(invented, "长海县2023年接待游客多少人次", "612.8万人次")
    says(invented, "长海县2023年五一十一假期累计接待游客多少人次", "126.4万人次")


def test_the_organisations_own_level(invented):
    says(invented, "斗门区卫生健康局局机关本级2023年花了多少钱", "1206.40万元")
    says(invented, "斗门区卫生健康局2023年总支出多少", "8412.36万元")
    says(invented, "凤仪镇政府本级2023年支出多少", "1820.40万元")
    says(invented, "凤仪镇2023年部门总支出多少", "2524.80万元")


def test_a_markdown_tables_header_over_its_rule(invented):
    says(invented, "石狮市场监管局2023年项目支出执行率是多少", "90.26%")
    says(invented, "石狮市场监管局2023年基本支出调整后预算多少", "4688.15万元")


def test_a_year_of_plans_is_not_the_year_evaluated():
    text = ("一、项目基本情况\n2023年市财政安排项目资金180万元，全年实际支出176.20万元。\n"
            "二、下一步工作\n2024年我馆将联合各县区图书馆开展阅读活动。\n")
    assert extract_metadata(clean(text).text, name="r.txt", raw=text).year == 2023


def test_another_organisations_name_in_the_opening_says_nothing_of_the_report(invented):
    says(invented, "石狮市场监管局2023年食品抽检合格率是多少", "97.6%")
    refused(invented, "石狮市场监管局2023年药品抽检合格率是多少")


def test_a_measure_no_report_names_is_refused(invented):
    refused(invented, "长海县2023年全县外贸进出口总额是多少")
    says(invented, "长海县2023年社会消费品零售总额是多少", "126.5亿元")


def test_a_table_one_cell_a_line_with_units_in_its_headings(invented):
    says(invented, "互助县营养改善计划丹麻镇中心学校拿到多少补助？", "108.70万元")
    says(invented, "互助县营养改善计划塘川镇中学受益学生多少人", "1324")


def test_households_asked_are_counted_whatever_rate_word_comes_before(invented):
    says(invented, "阿右旗草原补奖2023年实际覆盖了多少牧户", "9368户")


def test_whether_a_figure_reached_a_level_asks_the_figure(invented):
    says(invented, "岐山县司法局群众满意度达到90%了吗", "93.2%")
    says(invented, "岐山县司法局预算执行率有没有超过95%", "96.2%")
    says(invented, "岐山县司法局群众满意度到95%了没", "93.2%")
    says(invented, "阿右旗草原补奖资金覆盖牧户9000户的目标完成了吗", "9368户")
    says(invented, "阿右旗草原补奖资金发放准确率达标了吗", "100%")
    says(invented, "阿右旗草原补奖资金覆盖牧户达到9000户的目标了吗", "9368户")


def test_a_change_said_in_other_words_and_of_its_sections_subject(invented):
    says(invented, "长海县游客满意率比上年提升了多少", "4.1个百分点")
    says(invented, "石狮市场监管局2023年食品抽检合格率比上年变化了多少", "0.3个百分点")


def test_what_was_added_to_a_budget(invented):
    says(invented, "河东区医保局2023年医疗救助资金年中追加了多少？", "315.30万元")
    says(invented, "河东区医疗救助资金年初预算多少", "2860.00万元")
    says(invented, "这个苏木2023年年中追加了多少预算？", "312.35万元")


@pytest.mark.parametrize(("text", "figure", "stated"), [
    ("年运维费用约180万元—220万元。", "180万元", "180万元—220万元"),
    ("目标区间为70%—80%，实际78.3%", "80%", "70%—80%"),
    ("培训120-150人次", "150人次", "120-150人次"),
    ("支出180万元，增长20%", "180万元", "180万元"),
    ("2023—2025年完成12公里", "12公里", "12公里"),
])
def test_a_range_is_stated_whole(text: str, figure: str, stated: str):
    at = text.index(figure)
    start, end = range_span(text, at, at + len(figure))
    assert text[start:end] == stated


def test_a_range_is_answered_whole(invented):
    says(invented, "河东区医疗救助信息系统每年运维大概要多少钱", "90万元—110万元")


def test_units_on_a_line_under_a_tables_header(invented):
    says(invented, "文昌市2022年危房改造会文镇已拨付多少", "98.70万元")
    says(invented, "文昌市2022年危房改造会文镇下达补助资金多少", "110.40万元")
    says(invented, "文昌市2022年东阁镇危房修缮加固多少户", "16户")


def test_a_sub_project_named_by_its_row(invented):
    says(invented, "富源县残联托养服务子项目预算多少", "832000.00元")
    says(invented, "富源县残联2023年辅助器具适配子项目实际支出", "421500.00元")


def test_a_departments_form_sums_block(invented):
    says(invented, "弥渡县自然资源局2023年全年执行数多少", "3281.27万元")
    says(invented, "弥渡县自然资源局2023年年初预算数是多少", "3218.40万元")
    says(invented, "弥渡县自然资源局2023年基本支出多少", "1427.77万元")


def test_a_change_of_a_named_budget(invented):
    says(invented, "宝鸡图书馆阅读推广经费2023年年初比上年多安排了多少", "20万元")


def test_a_corps_regiment_numbered_with_one_character_is_a_place():
    text = "第二师八团2023年度部门整体支出绩效自评报告\n一、部门基本情况\n八团是新疆生产建设兵团第二师所属团场。\n"
    assert extract_metadata(clean(text).text, name="r.txt", raw=text).region == "第二师八团"


def test_a_tables_section_heading_says_what_its_rows_are(invented):
    says(invented, "邳州市科技局三个重点项目合计执行率是多少", "91.88%")


def test_a_city_said_with_its_level_names_who_pays(invented):
    says(invented, "泗洪衔接推进乡村振兴补助资金里宿迁市级资金占比多少", "7.7%")
    says(invented, "泗洪衔接资金宿迁市级资金多少", "120.00万元")


def test_counted_in_dong_and_a_forms_own_word(invented):
    says(invented, "来凤县民族宗教事务局2023年修缮了几栋吊脚楼", "6栋")
    says(invented, "永宁县基本公卫自评表2022年总分得了多少", "96.20")


def test_a_rows_other_cells_name_it(invented):
    says(invented, "来凤县少数民族发展资金石桥村项目受益多少户", "188户")
    says(invented, "来凤县少数民族发展资金青堡村实际支出多少", "38.65万元")


def test_a_change_after_its_base_and_a_rates_result(invented):
    says(invented, "大理州救助站2023年支出比上年增加了多少", "16.86万元")
    says(invented, "大理州救助站满意度测评结果", "94.05%")


def test_the_department_a_unit_belongs_to(invented):
    says(invented, "富川社会福利院的主管部门是哪个", "富川瑶族自治县民政局")
    answer = invented.ask("富川社会福利院的主管部门是哪个")
    assert "民政局所" not in answer.answer.split("\n")[0], answer.answer


def test_a_projects_name_with_tisheng_asks_no_change(invented):
    says(invented, "青冈县人民医院县域医共体能力提升项目实际花了多少钱？", "471.30万元")


def test_a_rows_own_name_is_no_other_cell(invented):
    says(invented, "武宁林业局年初预算是多少？", "2812.46万元")
