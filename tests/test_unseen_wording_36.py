"""Session 36's general rules, each on invented text: what a count counts said right after its
measure word ("辖6个嘎查", not the label before it); a budget said as adjusted after what was added
("年中追加预算后调整为…"); a count of times something happened never answers a count of things
("消耗炮弹多少枚" of "作业次数…38次"), nor a count of another thing ("几所小学" of "2所幼儿园"); a
form's rows whose label takes a breakdown's cell too ("按收入性质分\t其中：财政拨款\t…"); a county of two
characters opening its department's name ("蠡县气象局"); the organisation that signs an excerpt
with no title ("靖宇县人民医院" over its date) is its department; a city's branch named after the
county it serves ("信阳市生态环境局商城分局") is that county's, and an organisation of two characters
("商城县法院") is never any of the county's reports; in a report of several projects, each project's
rate and score ("按到位资金计算执行率", "4．自评得分 95 分", "（三）自评得分：88分") asked by the project's name,
the score asked in other words ("自评打了多少分"); what was left unspent asked as "没花完的钱"; a count
whose words the report uses for other counts ("教师培训…人次" is not "专任教师176人"); a county's short
name before a department's short word ("秭归公安", though 归公 is a word); the points of a row named
with a change ("…发案数同比下降"); the sum of the items just counted ("3个项目实际支出…") as their whole;
a transfer payment (转移支付) is no payment made; 场 and 场次 count the same; "多少个小时" asks hours; a
kind of what is measured that no report names ("PM10平均浓度") is not answered by another kind (PM2.5); a
form that repeats its merged first cell before each row ("年度预算数 | 年度资金总额 | …"); the district a
street lies in said aside ("道北街道办（麦积区）") is no second place; what arrived ("到位了多少") is never the
spending after "资金全部到位"; in a table of projects, the column the question's words say most of ("实际花掉" of
实际支出, not 实际到位); what was left asked as "没用完的钱" ("结余…")."""

import pytest

from app.answering.question import asked_unit
from ingest.labels import prose_label
from ingest.metadata import extract_metadata
from tests.conftest import library_of, refused, says


@pytest.fixture(scope="module")
def invented(tmp_path_factory):
    services = library_of(tmp_path_factory.mktemp("unseen36"), {
        "township.txt": "阿荣旗音河达斡尔鄂温克民族乡人民政府2023年度部门整体支出绩效自评报告\n一、部门基本情况\n"
                        "音河乡位于阿荣旗北部，辖9个行政村，总人口11,206人。\n"
                        "二、预算执行情况\n2023年本单位年初预算2,316.40万元，年中追加预算后调整为2 604.18万元。"
                        "全年实际支出2,571.93万元，预算执行率98.76%。\n"
                        "三、绩效目标完成情况\n扶持3个行政村发展集体经济，新建2所幼儿园，改造农村公路18.6公里。\n",
        "weather.txt": "部门整体支出绩效自评表\n（2023年度）\n部门名称\t蠡县气象局\n"
                       "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
                       "产出指标\t数量指标\t人工增雨作业次数\t≥30次\t41次\t10\t10\n"
                       "产出指标\t数量指标\t发布气象预警信息\t≥300条\t388条\t10\t10\n",
        "hospital.txt": "部门整体支出绩效自评表\n（2023年度）\n部门（单位）名称\t宁河区中医医院\n"
                        "年度预算申请（万元）\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n"
                        "年度资金总额\t12806.40\t13512.75\t13020.18\t10\t96.36%\t9.64\n"
                        "按收入性质分\t其中：财政拨款\t2310.60\t2688.20\t2604.35\t—\t—\t—\n"
                        "按收入性质分\t其他资金\t10495.80\t10824.55\t10415.83\t—\t—\t—\n"
                        "按支出性质分\t基本支出\t11020.10\t11466.05\t11233.71\t—\t—\t—\n"
                        "\t项目支出\t1786.30\t2046.70\t1786.47\t—\t—\t—\n",
        "branch.txt": "信阳市生态环境局商城分局2022年度部门整体支出绩效自评报告\n一、部门概况\n"
                      "我分局负责商城县生态环境保护工作。\n二、预算执行情况\n"
                      "2022年全年预算1,406.20万元，实际支出1,352.71万元，预算执行率96.20%。\n",
        "projects.txt": "绩溪县自然资源和规划局2023年度项目支出绩效自评报告\n"
                        "根据县财政局工作部署，我局对2023年度两个项目开展了绩效自评，现将情况报告如下：\n"
                        "一、地质灾害综合防治项目\n1.资金情况。项目预算420.00万元，实际支出401.10万元，预算执行率95.50%。\n"
                        "2.产出情况。完成地质灾害隐患点工程治理9处。\n4．自评得分 91 分。\n"
                        "二、耕地占补平衡项目\n1.资金情况。项目预算58.00万元，实际到位52.00万元，支出49.87万元，"
                        "按到位资金计算执行率95.90%。\n2.产出情况。新增耕地326.5亩。\n（三）自评得分：88分。\n"
                        "三、存在问题\n一是部分治理工程受雨季影响开工较晚。\n",
        "school.txt": "甘南县第一中学2023年度学生资助项目支出绩效自评报告\n一、基本情况\n"
                      "我校现有教职工210人，其中专任教师183人。\n二、履职情况\n"
                      "组织教师参加国家、省、市级培训及校本研修1 284人次。\n"
                      "三、项目资金\n学生资助项目到位资金186.40万元，全年实际支出171.25万元，执行率91.87%。"
                      "未支出部分15.15万元为春季学期助学金，已结转下年。\n",
        "police.txt": "部门整体支出绩效自评表\n（2023年度）\n部门（单位）名称\t秭归县公安局\n"
                      "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析\n"
                      "产出指标\t数量指标\t破获刑事案件数\t≥300起\t352起\t10\t10\t\n"
                      "效益指标\t社会效益指标\t电信网络诈骗案件发案数同比下降\t≥10%\t下降7.4%\t10\t7.4\t手法翻新\n",
        "bureau.txt": "盐亭县公安局2023年度项目支出绩效自评报告\n一、项目总体情况\n"
                      "2023年我局纳入自评范围的项目共3个，预算总额412.6万元，其中：中央转移支付资金90万元，"
                      "县级财政资金322.6万元。截至2023年12月31日，3个项目实际支出398.2万元，总体执行率96.51%。\n"
                      "二、各项目情况\n（一）执法装备购置项目。预算236.00万元，实际支出231.40万元，执行率98.05%。\n"
                      "（二）禁毒专项经费。预算52万元，全部支出。开展禁毒宣传94场次，比上年增加12场次。\n",
        "ecology.txt": "驻马店市生态环境局正阳分局2022年度部门整体支出绩效自评报告\n一、环境质量\n"
                       "全年PM2.5平均浓度43微克/立方米，较上年下降3.1%；优良天数281天。\n"
                       "二、履职情况\n图书室每周开放40小时，在全县19个乡镇设立环保宣传点。\n",
        "street_form.txt": "部门整体支出绩效自评表\n（2023年度）\n单位：万元\n"
                           "部门（单位）名称\t天水市秦州区西关街道办事处\n"
                           "年度预算数\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n"
                           "年度预算数\t年度资金总额\t812.30\t866.45\t851.20\t10\t98.24%\t9.82\n"
                           "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
                           "产出指标\t数量指标\t城镇新增就业人数\t≥500人\t562人\t10\t10\n",
        "relief.txt": "单县医疗保障局2023年度项目支出绩效自评报告\n一、医疗救助补助资金项目\n"
                      "（一）资金投入和使用情况\n2023年医疗救助补助资金预算21,400,000元，其中中央补助13,500,000元。"
                      "截至年底资金全部到位，实际支出20,682,150元，执行率96.65%。\n",
        "veterans.txt": "射阳县退役军人事务局2023年度项目支出绩效自评报告\n一、项目基本情况\n"
                        "表1　2023年度项目资金安排及执行情况\n单位：万元\n"
                        "项目名称\t年初预算\t调整后预算\t实际到位\t实际支出\t执行率\n"
                        "优抚对象抚恤和生活补助\t4210.50\t4388.20\t4388.20\t4388.20\t100%\n"
                        "退役士兵教育培训及就业创业扶持\t198.00\t198.00\t176.40\t163.85\t82.75%\n"
                        "合计\t4408.50\t4586.20\t4564.60\t4552.05\t99.26%\n"
                        "二、农机购置补贴\n年度预算640.00万元，实际兑付512.30万元，执行率80.05%，结余127.70万元。\n",
    })
    yield services
    services.close()


def test_what_a_count_counts_is_said_after_its_measure_word(invented):
    says(invented, "音河乡下辖几个行政村", "9个")  # not "扶持3个行政村"
    says(invented, "音河乡扶持了几个行政村发展集体经济", "3个")
    says(invented, "音河乡新建了几所幼儿园", "2所")
    refused(invented, "音河乡新建了几所小学")


def test_a_budget_adjusted_after_an_addition_is_the_adjusted_budget(invented):
    assert prose_label("年中追加预算后调整为") == "调整后预算"
    assert prose_label("经追加后调整为") == "调整后"
    assert prose_label("项目资金后调整为") == "项目资金后调整"  # no addition said: the label stays
    says(invented, "音河乡2023年调整后预算是多少", "2604.18万元")
    says(invented, "音河乡2023年年初预算多少", "2,316.40万元")


def test_times_something_happened_never_count_things(invented):
    says(invented, "蠡县气象局人工增雨作业了多少次", "41次")
    refused(invented, "蠡县气象局人工增雨作业消耗炮弹多少枚")
    says(invented, "蠡县气象局发布了多少条气象预警信息", "388条")


def test_a_two_character_county_opens_its_departments_name(invented):
    # the library's department is one dictionary word ("蠡县气象局"): the county it opens is still named
    assert invented.analyse("蠡县气象局2023年部门整体全年执行数").regions == ["蠡县"]


def test_a_forms_rows_with_a_breakdowns_cell_before_their_names(invented):
    says(invented, "宁河区中医医院2023年财政拨款实际执行了多少", "2604.35")
    says(invented, "宁河中医医院项目支出全年执行了多少", "1786.47")
    says(invented, "宁河区中医医院基本支出年初预算数", "11020.10")
    says(invented, "宁河区中医医院全年执行数是多少", "13020.18")


def test_the_organisation_signing_an_excerpt_is_its_department():
    text = ("（二）项目资金到位及使用情况\n2023年，我院共收到县域医疗服务能力提升项目资金860 000元，"
            "已全部到位。项目实施中，我院与乡镇卫生院建立远程会诊平台，覆盖12家乡镇卫生院。\n"
            "五、下一步工作措施\n进一步加强人才培养。\n\n靖宇县人民医院\n2024年3月6日\n")
    meta = extract_metadata(text, name="excerpt.txt")
    assert (meta.department, meta.region) == ("靖宇县人民医院", "靖宇县")
    sealed = text.replace("靖宇县人民医院\n", "靖宇县人民医院（盖章）\n")
    assert extract_metadata(sealed, name="excerpt.txt").department == "靖宇县人民医院"
    unsigned = text.replace("靖宇县人民医院\n2024年3月6日\n", "")
    assert extract_metadata(unsigned, name="excerpt.txt").department != "靖宇县人民医院"
    # a firm that evaluated the project signs as no department of it
    firm = ("浦江县农村生活污水治理项目绩效评价报告\n一、项目概况\n该项目由浦江县住房和城乡建设局组织实施，"
            "总投资3,200万元。\n二、评价结论\n项目综合得分84.5分。\n\n浙江正信会计师事务所有限公司\n2022年6月30日\n")
    assert "事务所" not in extract_metadata(firm, name="evaluation.txt").department


def test_a_citys_branch_is_the_county_it_serves(invented):
    says(invented, "商城县生态环境分局2022年预算执行率", "96.20%")
    refused(invented, "商城县法院2022年预算执行率")
    refused(invented, "商城县教育局2022年预算执行率")


def test_each_projects_rate_and_score_in_a_report_of_several(invented):
    assert prose_label("支出49.87万元，按到位资金计算执行率") == "执行率"
    assert prose_label("4．自评得分 ") == "自评得分"
    says(invented, "绩溪县耕地占补平衡项目执行率多少", "95.90%")
    says(invented, "绩溪县地质灾害综合防治项目执行率多少", "95.50%")
    says(invented, "绩溪县自然资源和规划局耕地占补平衡项目自评打了多少分", "88分")
    says(invented, "绩溪县地质灾害综合防治项目自评得分", "91分")


def test_what_was_left_unspent_asked_in_other_words(invented):
    says(invented, "甘南一中学生资助项目没花完的钱有多少", "15.15万元")
    says(invented, "甘南一中学生资助项目实际花了多少钱", "171.25万元")


def test_a_count_whose_words_count_other_figures_is_not_the_one_asked(invented):
    says(invented, "甘南一中教师培训一共多少人次", "1284人次")  # not 专任教师183人
    says(invented, "甘南一中有多少专任教师", "183人")


def test_a_short_county_name_before_a_departments_short_word(invented):
    assert invented.analyse("秭归公安电信网络诈骗那项指标得了几分").regions == ["秭归县"]
    says(invented, "秭归公安电信网络诈骗那项指标得了几分", "7.4")
    says(invented, "秭归县公安局破获刑事案件多少起", "352起")


def test_the_sum_of_items_just_counted_is_their_whole(invented):
    says(invented, "盐亭公安这三个项目实际一共支出了多少", "398.2万元")  # not one project's 231.40万元
    says(invented, "盐亭县公安局中央转移支付资金多少", "90万元")
    says(invented, "盐亭县公安2023年禁毒宣传搞了多少场", "94场次")


def test_hours_asked_with_a_measure_word(invented):
    assert asked_unit("每周实际开放多少个小时") == "小时"
    assert asked_unit("有几个人") == "人"
    says(invented, "正阳县生态环境分局图书室每周开放多少个小时", "40小时")  # not "19个乡镇"


def test_a_kind_of_the_measure_no_report_names(invented):
    says(invented, "正阳县生态环境分局2022年PM2.5平均浓度是多少", "43微克/立方米")
    refused(invented, "正阳县生态环境分局2022年PM10平均浓度是多少")


def test_a_forms_repeated_first_cell_and_a_district_said_aside(invented):
    assert invented.analyse("西关街道办（秦州区）全年执行数多少").regions == ["西关街道"]
    says(invented, "西关街道办（秦州区）全年执行数多少", "851.20")
    says(invented, "秦州区西关街道2023年预算执行率", "98.24%")


def test_what_arrived_is_not_what_was_spent(invented):
    says(invented, "单县医保局2023年医疗救助资金到位了多少", "21,400,000元")  # "资金全部到位": the budget, not the spending
    says(invented, "单县医保局2023年医疗救助资金实际支出多少", "20,682,150元")


def test_the_column_the_question_says_most_of(invented):
    says(invented, "射阳退役士兵培训项目2023年实际花掉多少", "163.85")
    says(invented, "射阳县退役士兵教育培训及就业创业扶持项目实际到位多少", "176.40")
    says(invented, "射阳县退役军人事务局农机购置补贴没用完的钱有多少", "127.70万元")
