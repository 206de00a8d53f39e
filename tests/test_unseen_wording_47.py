"""Session 47's general rules, each on invented text.
Heads said once: "固定资产原值8 412.36万元，净值5 106.92万元" gives 固定资产净值; "开工42个、完工37个" gives 完工 of
what 开工 was said of. A query without an interrogative ("年末固定资产原值", "支出合计") asks what its last word
names: 原值 and a 合计 of 支出 are money, a 合计 of 人数 a count.
Units of a department: a numbered sentence or heading that names a unit ("（二）县疾病预防控制中心。", "（一）机关本级")
makes what follows it that unit's: "部门整体执行率" is the department's, "疾控中心执行率" the centre's, and
"部门（含所属单位）" is the whole, no unit. A unit named short ("职教中心", "卫健局") names it.
Several projects in one file: a department's report with its projects' forms after it keeps the title's department
(not the first form's 实施单位); "部门整体…" asks the department's own figure, never a project form's; a question
naming one project ("送戏下乡项目实际花了多少钱", "非遗那个项目") is answered by that project's figure or none; what a
form says in prose ("全年执行数：348.62万元") and its "自评得分：99.2" are the project's.
Tables as copied: a header cell broken over two lines ("全年预算数" / "（万元）"), a row's name broken over two
lines in a table set out by spaces, a form one cell a line ("执行率" / "89.50%").
Villages and dates: a village no report names ("那拔村集体经济收入") is refused, not answered with another
village's; "截至6月底" figures answer only a question asking that date, "第四季度" the quarter's.
Words: "钱花了多少比例" asks the 执行率; "兑付多少" money; "一天清运多少垃圾" a count, no sum; "多少支出" no unit 支;
"支出了多少经费" money (经费 asked as the sum); "贷了多少笔" of a 公积金 centre's report counts its 笔; "缴存职工有多少人" is
the row 缴存职工人数 (its 人数 said by the unit), not 新增缴存职工; of two sentences, a figure of the one that does not say
what is asked ("…实际支出1 752.16万元。其中，委托银行代办业务支出236.80万元。") answers nothing; "实际支出多少万元" of a
sum said rounded in 亿元 and to the 元 in a table in 万元 is the table's.
"""

import pytest

from tests.conftest import library_of, refused, says


@pytest.fixture(scope="module")
def invented(tmp_path_factory):
    services = library_of(tmp_path_factory.mktemp("unseen47"), {
        "school.txt": "临夏县第二中学2023年度部门整体支出绩效自评报告\n一、基本情况\n"
                      "（四）资产。截至2023年底，学校资产总额6 218.40万元，其中固定资产原值4 806.15万元、净值2 973.62万元；"
                      "校舍建筑面积3.4万平方米。\n二、支出情况\n2023年支出合计5 112.08万元，较上年增长3.1%。\n"
                      "在编教职工人数合计186人。\n",
        "housing.txt": "沭阳县住房和城乡建设局2023年老旧小区改造项目支出绩效自评报告\n二、绩效目标完成情况\n"
                       "全年计划改造小区45个，实际开工42个、完工37个，完工率88.1%。\n",
        "health.txt": "丽水市莲都区卫生健康局2023年度部门整体支出绩效自评报告\n一、基本情况\n"
                      "我局所属事业单位2个：莲都区疾病预防控制中心、莲都区卫生健康综合行政执法队。\n"
                      "二、预算执行情况\n2023年部门（含所属单位）全年预算数12 406.30万元，实际支出11 932.55万元，预算执行率96.18%。\n"
                      "（一）机关本级。全年预算数9 120.40万元，支出8 861.02万元，执行率97.16%。\n"
                      "（二）区疾病预防控制中心。全年预算数2 470.10万元，支出2 311.73万元，执行率93.59%。"
                      "全年完成疫苗接种64 218剂次，服务对象满意度92.8%。\n"
                      "（三）区卫生健康综合行政执法队。全年预算数815.80万元，支出759.80万元，执行率93.14%。\n"
                      "三、自评结论\n经第三方调查，部门整体群众满意度93.6%。我局2023年度部门整体支出绩效自评得分92.1分。\n",
        "culture.txt": "龙泉市文化和广电旅游体育局2023年度部门整体支出绩效自评报告\n"
                       "一、部门整体支出情况\n2023年我局全年预算数6 218.44万元，全年支出6 032.19万元，预算执行率97.00%。\n"
                       "二、自评结果\n经自评，我局部门整体支出绩效自评得分94.3分。\n"
                       "附：重点项目支出绩效自评表\n"
                       "【项目一】\n项目名称：2023年农村电影放映\n实施单位：龙泉市电影放映服务中心\n"
                       "年初预算数：96.00万元  全年预算数：102.00万元  全年执行数：99.36万元  执行率：97.41%\n"
                       "放映场次 | ≥2 400场 | 2 612场\n自评得分：97.6\n"
                       "【项目二】\n项目名称：非物质文化遗产保护传承\n实施单位：龙泉市非物质文化遗产保护中心\n"
                       "全年预算数：68.50万元  全年执行数：60.12万元  执行率：87.77%\n"
                       "传承人培训 | ≥120人次 | 136人次\n自评得分：90.4\n",
        "rank.txt": "武平县2022年度部门整体支出绩效自评结果公开\n\n现将主要部门自评结果公开如下：\n"
                    "序号\t单位名称\t全年预算数\n（万元）\t全年执行数\n（万元）\t执行率\t自评得分\n"
                    "1\t武平县教育局\t98 402.16\t96 115.20\t97.68%\t94.2\n"
                    "2\t武平县卫生健康局\t30 215.74\t28 904.31\t95.66%\t92.7\n"
                    "3\t武平县市场监督管理局\t4 306.18\t4 021.55\t93.39%\t90.8\n\n武平县财政局\n2023年6月20日\n",
        "flood.txt": "项目支出绩效自评表\n项目名称\n防汛抗旱物资储备\n实施单位\n永嘉县防汛物资管理站\n"
                     "全年预算数\n240.00\n全年执行数\n211.20\n执行率\n88.00%\n储备编织袋\n≥8万只\n9万只\n",
        "clinics.txt": "缙云县卫生健康局2023年度基本公共卫生服务项目支出绩效自评报告\n二、资金执行情况\n"
                       "单位名称                      下达资金（万元）  执行数（万元）  执行率\n"
                       "壶镇镇中心卫生院              512.40            501.12          97.80%\n"
                       "新建镇社区卫生服务\n"
                       "中心                          388.60            371.05          95.48%\n"
                       "东渡镇卫生院                  206.30            198.77          96.35%\n",
        "town.txt": "天峨县八腊瑶族乡人民政府2022年度部门整体支出绩效自评报告\n三、村级集体经济发展情况\n"
                    "分村情况：五福村依托茶叶加工厂租赁，全年集体经济收入41.3万元，居全乡首位；"
                    "纳合村收入22.6万元。\n"
                    "四、预算执行情况\n截至6月底，全乡支出1 103.52万元，执行率41.20%；截至12月31日，全乡支出2 601.18万元，"
                    "执行率97.10%。\n"
                    "五、以奖代补资金\n上半年完成第一轮考核，兑付首批奖补资金88.00万元；第四季度完成年度考核，兑付剩余资金132.40万元。\n"
                    "六、环境卫生\n全年生活垃圾清运总量3.6万吨，日均清运98.6吨。\n",
        "fund.txt": "白银市住房公积金管理中心2023年度部门整体支出绩效自评报告\n一、部门概况\n"
                    "本中心为市政府直属事业单位，内设5个科室。\n"
                    "二、预算执行\n2023年本中心全年预算1 806.40万元，实际支出1 752.16万元，预算执行率97.00%。"
                    "其中，委托银行代办业务支出236.80万元。\n"
                    "三、主要业务\n全年发放个人住房贷款2 863笔、11.42亿元。\n"
                    "四、绩效指标\n一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\n"
                    "产出指标\t数量指标\t新增缴存职工\t≥1.2万人\t1.31万人\n"
                    "效益指标\t可持续影响\t缴存职工人数\t≥15万人\t15.62万人\n",
        "reform.txt": "鹤岗市发展和改革委员会2023年度部门整体支出绩效自评报告\n二、部门整体支出情况\n"
                      "2023年我委全年预算总额1.52亿元，实际支出1.37亿元，整体预算执行率90.13%。\n"
                      "单位：万元\n项目\t全年预算数\t实际支出数\n基本支出\t2 416.30\t2 398.12\n"
                      "项目支出\t12 783.90\t11 302.65\n合计\t15 200.20\t13 700.77\n",
    })
    yield services
    services.close()


def test_a_head_said_once_for_two_figures(invented):
    says(invented, "临夏县二中2023年末固定资产净值是多少", "2973.62万元")
    says(invented, "临夏县二中2023年末固定资产原值", "4806.15万元")
    says(invented, "沭阳老旧小区改造实际完工了多少个小区", "37个")
    says(invented, "沭阳老旧小区改造实际开工多少个", "42个")


def test_a_query_without_an_interrogative_asks_its_last_word(invented):
    says(invented, "临夏县第二中学2023年支出合计", "5112.08万元")
    says(invented, "临夏县第二中学在编教职工人数合计", "186人")


def test_the_department_and_its_units(invented):
    says(invented, "莲都区卫健局2023年部门整体预算执行率", "96.18%")
    says(invented, "莲都卫健局2023年整体执行率", "96.18%")
    says(invented, "莲都区疾控中心2023年预算执行率是多少", "93.59%")
    says(invented, "莲都区卫生健康局机关本级实际支出多少", "8861.02万元")
    says(invented, "莲都卫健局部门整体群众满意度", "93.6%")
    says(invented, "莲都区卫健局2023年部门整体自评得分", "92.1分")


def test_projects_forms_after_a_departments_report(invented):
    says(invented, "龙泉文广旅体局2023年整体预算执行率", "97.00%")
    says(invented, "龙泉市文化和广电旅游体育局2023年部门整体自评几分", "94.3分")
    says(invented, "龙泉农村电影放映项目实际花了多少钱", "99.36万元")
    says(invented, "龙泉非遗那个项目全年预算多少", "68.50万元")
    says(invented, "龙泉非遗保护项目自评得分", "90.4")
    refused(invented, "龙泉农村电影放映项目预算执行得分")


def test_a_department_named_short_in_a_table_of_departments(invented):
    says(invented, "武平卫健局2022年度自评得分", "92.7")
    says(invented, "武平县市场监管局2022年执行率", "93.39%")
    says(invented, "武平县教育局2022年全年执行数", "96115.20")
    says(invented, "武平县市场监督管理局钱花了多少比例", "93.39%")


def test_a_form_one_cell_a_line_and_a_table_whose_names_wrap(invented):
    says(invented, "永嘉防汛抗旱物资储备项目执行率", "88.00%")
    says(invented, "缙云新建镇社区卫生服务中心公卫资金执行数", "371.05")
    says(invented, "缙云壶镇镇中心卫生院公卫资金执行率", "97.80%")


def test_villages_and_dates(invented):
    refused(invented, "天峨县八腊乡2022年那拔村集体经济收入是多少？")
    says(invented, "八腊乡纳合村2022年集体经济收入多少", "22.6万元")
    says(invented, "天峨八腊乡2022年预算执行率", "97.10%")
    says(invented, "八腊乡截至6月底支出多少", "1103.52万元")
    says(invented, "八腊乡以奖代补第四季度兑付多少", "132.40万元")
    says(invented, "八腊乡一天清运多少垃圾", "98.6吨")


def test_money_and_counts_in_the_askers_words(invented):
    says(invented, "白银公积金中心2023年实际支出了多少经费", "1752.16万元")
    says(invented, "白银公积金2023年贷了多少笔", "2863笔")
    says(invented, "白银市缴存公积金的职工有多少人", "15.62万人")
    says(invented, "白银公积金中心2023年委托银行代办花了多少钱", "236.80万元")
    says(invented, "鹤岗发改委2023年实际支出多少万元？", "13700.77")
