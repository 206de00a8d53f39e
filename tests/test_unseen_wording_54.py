"""Session 54's general rules, each on invented text.
"这几个项目" points at projects and counts nothing: "这几个项目总体执行率" asks the rate. What was achieved of a label whose name
says a value ("免疫密度实际完成多少") is the indicator's value, a rate here, not the count of the clause before. A count asked
of a thing named right after the interrogative ("借出去多少书") is no length of time ("全年开放305天");
"借出去" is what a library's report calls 外借. A money grid ends where the form's 绩效指标 part begins,
so the indicator rows under it are no budget columns. Those a grant "资助" are its form's 受助 people.
"病人" are the reports' 患者, and "根据" (by) names no figure: the passage says "依据".
A header whose headings one space sets apart heads rows set apart by runs of spaces. A table whose line above lists its
rows' units ("单位：人、元、万元") gives each row the unit its name says. A form's money field said as one sentence
("项目资金（万元）：年初预算数…，全年执行数…") says its sums' unit once. "2023年初中" is the year's junior schools, not 年初.
A density ("免疫密度") is the indicator's value, whatever it measures; a dictionary word of four characters no report
says ("布鲁氏菌") is an item the library does not hold. "巴州" is 巴音郭楞蒙古自治州 where the library holds it.
A county the question names inside the prefecture whose report it asks ("恩施州林业局…给利川市下达了多少") asks that report's
row of it. A corps division one with its city ("兵团第八师水利局") is that city's. A programme's name ("“雨露计划”") plans
nothing. "劳务报酬", "工业总产值" are money. A label's means ("通过一卡通兑付到户") says nothing of what. "天保" opens with
天 and is no unit.
"赵各庄镇" is a town (各 of "各乡镇" is no name's); a town no report names is not the county's other town. "核定的编制数" is the
编制数 a report says. "政协灵璧县委员会办公室" is one organisation, the 灵璧县政协办公室. "无形资产", a word the report never
opens, is an item it does not hold. A form's row that says another word before the question's ("电工培训人次" asked "焊工培训
人次") is of another item. "2023年中式烹调师"
and "2023年中央资金" say no 年中 (mid-year). A table whose line above lists units for its columns ("单位：公里、万元" over
"乡镇 | 养护里程 | 安排资金") gives each column the unit its heading says, not a money unit its sums agree with; a payer's
part named by what it is ("区级配套168.32万元") answers "区级配套资金". "2023年度报告里，2022年…" asks the 2022 column of
the 2023 report's table; a figure in another year's column is no answer. A town a report names ("湖镇镇") is no slip of
another report's town that sounds alike ("壶镇镇"). A short form the report spells out ("疾控中心" of 疾病预防控制中心) is no
item it does not hold. A row's name in the question's own words reordered ("新造的林子成活率" of "当年造林成活率") is no other item; a means
of more than a few characters ("借助视频监控破获…") says what was done. A year said inside an aside closed before a figure ("（2022年为68 954人次），其中…24 105人次") is
not that figure's.
"""

from app.answering.when import year_of
from app.core.gazetteer import corps_as_city
from app.core.numbers import find_figures
from tests.conftest import library_fixture, refused, says

PROJECTS = (
    "锦屏县民政局2023年度困难群众救助等项目支出绩效自评报告\n一、项目资金情况\n"
    "2023年4个项目共安排预算资金1860.40万元，实际支出1822.15万元，总体执行率97.94%。\n"
)
HERDS = (
    "孟连县农业农村局2023年度部门整体支出绩效自评报告\n三、绩效目标完成情况\n"
    "新建标准化养殖小区2.4万平方米；动物强制免疫密度目标值≥90%，实际完成95.8%。\n"
)
LIBRARY = (
    "松阳县文化和广电旅游体育局2023年度公共文化设施免费开放项目绩效自评报告\n三、绩效目标实现情况\n"
    "县图书馆全年开放305天，全年接待读者19.4万人次，外借图书15.6万册次，新增馆藏图书1.1万册。\n"
)
BOARDERS = (
    "项目支出绩效自评表\n（2023年度）\n项目名称：义务教育家庭经济困难学生生活补助（寄宿生）\n"
    "主管部门：蒙山县教育局　实施单位：蒙山县第三中学　单位：元\n"
    "项目资金 年初预算数 全年预算数 全年执行数 分值 执行率 得分\n"
    "年度资金总额 420 000 436 000 436 000 10 100% 10\n"
    "绩效指标\n"
    "产出指标 数量指标 受助寄宿生人数 ≥340名 349名 20 20\n"
    "效益指标 社会效益指标 家庭经济困难寄宿生因贫辍学人数 0人 0人 20 20\n"
    "总分 100 98\n"
)

CLINIC = (
    "龙泉驿区洛带镇卫生院2022年度基本公共卫生服务项目绩效自评报告\n二、绩效目标完成情况\n"
    "孕产妇系统管理率92.1%，高血压患者规范管理率74.6%，糖尿病患者规范管理率71.3%。\n"
)
SAMPLING = (
    "乐清市市场监督管理局2023年度食品安全监督抽检项目绩效自评报告\n三、绩效目标完成情况\n"
    "1.抽检任务：完成抽检4,120批次。\n2.案件查处：依据抽检结果立案查处47件，罚没款51.2万元。\n"
)
# other reports that say 病人 and 根据, as a library of many reports does
WARD = (
    "永嘉县人民医院2023年度部门整体支出绩效自评报告\n一、主要工作\n全年收治住院病人2.1万人次。"
    "根据县卫健局要求，开展义诊活动36场。\n"
)

ESTATES = (
    "依安县住房和城乡建设局\n2023年城镇老旧小区改造项目绩效自评报告\n二、各小区改造情况\n"
    "序号 小区名称     楼栋（栋） 户数（户） 投资（万元） 进度\n"
    "1    新华小区       12         438        566.20      已完工\n"
    "2    粮库小区       7          215        290.45      已完工\n"
    "3    电业小区       9          301        402.80      主体完工\n"
    "     合计           28         954        1,259.45\n"
)
STAGES = (
    "双辽市教育局\n2023年度城乡义务教育经费保障机制项目绩效自评报告\n二、分学段资金安排\n"
    "                     单位：人、元、万元\n"
    "  项  目                    小学            初中\n"
    "  在校学生数                21,304          9,876\n"
    "  生均公用经费标准          720             940\n"
    "  寄宿生人数                1,120           2,415\n"
    "  公用经费补助资金          1,533.89        928.34\n"
    "  小  计                    1,533.89        928.34\n"
)
VACCINES = (
    "渠县农业农村局\n2023年度项目支出绩效自评表\n项目名称：动物疫病强制免疫补助\n"
    "项目资金（万元）：年初预算数180.00，全年预算数196.40，全年执行数190.12，执行率96.80%，分值10，得分9.7。\n\n"
    "一级  二级      三级指标                            指标值    完成值    分值  得分\n"
    "产出  数量指标  生猪口蹄疫免疫密度                  ≥90%     95.7%     6     6\n"
    "                高致病性禽流感免疫密度              ≥90%     93.9%     6     6\n"
    "                小反刍兽疫免疫密度                  ≥90%     92.4%     6     6\n"
)
PREFECTURE = (
    "巴音郭楞蒙古自治州卫生健康委员会2023年度基本公共卫生服务项目绩效自评报告\n一、资金情况\n"
    "全年到位资金18,420.60万元，支出17,905.33万元，执行率97.20%。\n"
)

FORESTS = (
    "恩施土家族苗族自治州林业局\n2023年天然林资源保护工程项目支出绩效自评报告\n一、项目概况\n"
    "表1  2023年天保工程资金分配表（单位：万元）\n县市        下达资金      实际支出\n"
    "恩施市      1,386.20      1,362.05\n利川市      1,423.40      1,409.88\n建始县      1,031.70      1,018.46\n"
    "合计        3,841.30      3,790.39\n"
)
DIVISION = (
    "附件\n项目支出绩效自评表\n（2023年度）\n项目名称：高效节水灌溉项目\n"
    "主管部门：第八师石河子市水利局        实施单位：第八师石河子市水利局\n"
    "项目资金（万元）  年初预算数  全年预算数  全年执行数  执行率\n"
    "年度资金总额      5,600.00    6,120.00    5,903.41    96.46%\n"
)
RURAL = (
    "凉山彝族自治州乡村振兴局2022年度衔接推进乡村振兴补助资金项目支出绩效自评报告\n二、绩效目标完成情况\n"
    "1.实施以工代赈项目11个，发放劳务报酬396.2万元，吸纳当地群众务工1,912人；\n"
    "2.落实“雨露计划”职业教育补助1,187人，每人每学期1,500元。\n"
    "表1  绩效指标完成情况\n指标名称                目标值       完成值        得分\n"
    "雨露计划补助人数        ≥1100人      1,187人       10\n"
)
ZONE = (
    "格尔木昆仑经济技术开发区管理委员会2022年度部门整体支出绩效自评报告\n三、绩效目标完成情况\n"
    "园区入驻企业81家，其中规模以上工业企业31家，全年完成工业总产值398.4亿元，同比增长16.2%。\n"
)
PASTURE = (
    "阿拉善左旗农牧局2023年草原生态保护补助奖励项目绩效自评报告\n二、资金投入和使用情况\n"
    "2023年盟财政局转下达我旗草原补奖资金15,284.30万元。截至12月31日，通过“一卡通”兑付到户15,041.77万元，"
    "兑付牧户8,102户，资金执行率98.41%。\n"
)

TOWN = (
    "涞水县三坡镇人民政府2023年度部门整体支出绩效自评报告\n一、部门基本情况\n截至2023年底，我镇编制数41名，实有人数38人。\n"
    "四、自评结论\n经综合评价，我镇2023年度部门整体支出绩效自评得分93.4分，等级为“优”。\n"
    "二、资产情况\n年末资产总额1,204.60万元，其中固定资产986.32万元。2023年末结转结余38,421.50元。\n"
)
CPPCC = (
    "政协灵璧县委员会办公室\n2023年度部门整体支出绩效自评报告\n一、部门基本情况\n截至2023年底，核定编制29名，实有人数27人。\n"
    "二、预算收支情况\n2023年年初预算794.20万元，全年支出781.05万元，其中基本支出526.40万元。\n"
)

TRAINING = (
    "醴陵市人力资源和社会保障局\n2023年职业技能提升培训补贴项目支出绩效自评表\n"
    "实际完成情况：全年共组织培训1,084人次，培训后取得证书951人。\n"
    "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
    "产出指标\t数量指标\t电工培训人次\t≥280人次\t301人次\t8\t8\n"
    "\t\t家政服务员培训人次\t≥350人次\t372人次\t8\t8\n"
    "\t\t中式烹调师培训人次\t≥220人次\t198人次\t8\t7.2\n"
)

ROADS = (
    "晋中市榆次区交通运输局\n2022年度农村公路养护工程项目支出绩效自评报告\n一、项目基本情况\n"
    "项目预算资金318.40万元，其中省级补助191.04万元，区级配套127.36万元。\n"
    "二、分乡镇养护任务及资金安排\n单位：公里、万元\n"
    "  乡镇      养护里程   安排资金   实际支出\n"
    "  东赵乡      52.4      101.62      98.17\n"
    "  长凝镇      48.7      96.15      93.40\n"
    "  庄子乡      61.3      120.63      117.96\n"
    "  合计        162.4     318.40     309.53\n"
)

CULTURE = (
    "宝鸡市陈仓区文化和旅游局\n2023年度公共文化服务体系建设专项资金绩效自评报告\n二、绩效目标完成情况\n"
    "（一）主要指标与上年对比\n"
    "  指标名称                      2022年        2023年\n"
    "  送戏下乡演出场次              118场         149场\n"
    "  区图书馆接待读者              7.9万人次     10.6万人次\n"
)
TOWNSHIP = (
    "祁阳市白水镇人民政府2022年度部门整体支出绩效自评报告\n二、部门收支情况\n近两年收支对比如下：\n"
    "                                        单位：万元\n"
    "  项    目                  2021年       2022年\n"
    "  收入合计                  3,462.47     3,815.83\n"
    "    其中：一般公共预算拨款  3,116.20     3,504.66\n"
    "  支出合计                  3,398.15     3,736.92\n"
    "    项目支出                1,473.77     1,719.37\n"
)

FARMLAND = (
    "龙游县农业农村局2023年度高标准农田建设项目绩效自评报告\n二、项目绩效目标完成情况\n各镇建设任务完成情况如下：\n"
    "  镇名        建设面积（亩）   分配资金（万元）\n"
    "  湖镇镇        7,920            642.35\n"
    "  詹家镇        5,320            428.60\n"
)
HUZHEN = (
    "缙云县壶镇镇人民政府2023年度部门整体支出绩效自评报告\n一、部门整体支出情况\n全年支出6,482.30万元，预算执行率97.12%。\n"
)

HEALTH = (
    "平江县卫生健康局2022年度部门整体支出绩效自评报告\n一、部门支出情况\n全年部门支出41,720.49万元。二级单位中，"
    "县疾病预防控制中心全年支出2 186.70万元，主要用于免疫规划工作。\n"
)

AID = (
    "新化县教育局2023年度学生资助项目支出绩效自评报告\n二、绩效目标完成情况\n"
    "（一）数量指标：年度目标资助学生不少于6.5万人次，实际资助69 326人次（2022年为66 954人次），其中脱贫家庭学生22 105人次。\n"
)

AFFORESTATION = (
    "靖宇县林业局2023年国土绿化项目支出绩效自评表\n"
    "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
    "产出指标\t质量指标\t当年造林成活率\t≥85%\t90.4%\t10\t10\n"
)
POLICE_BRANCH = (
    "吉林市公安局昌邑分局2023年度社会治安防控体系建设项目绩效自评报告\n三、绩效目标实现情况\n"
    "全年刑事案件立案1 642起，同比下降9.6%。借助视频监控破获各类刑事案件241起。\n"
)

works = library_fixture("unseen54", {
    "projects.txt": PROJECTS, "herds.txt": HERDS, "library.txt": LIBRARY, "boarders.txt": BOARDERS,
    "clinic.txt": CLINIC, "sampling.txt": SAMPLING, "ward.txt": WARD,
    "estates.txt": ESTATES, "stages.txt": STAGES, "vaccines.txt": VACCINES, "prefecture.txt": PREFECTURE,
    "forests.txt": FORESTS, "division.txt": DIVISION, "rural.txt": RURAL, "zone.txt": ZONE, "pasture.txt": PASTURE,
    "town.txt": TOWN, "cppcc.txt": CPPCC, "training.txt": TRAINING, "roads.txt": ROADS,
    "culture.txt": CULTURE, "township.txt": TOWNSHIP,
    "farmland.txt": FARMLAND, "huzhen.txt": HUZHEN, "health.txt": HEALTH, "aid.txt": AID,
    "afforestation.txt": AFFORESTATION, "police_branch.txt": POLICE_BRANCH,
})


def test_these_few_projects_count_nothing(works):
    says(works, "锦屏县民政局这几个项目2023年总体执行率是多少", "97.94%")


def test_what_was_achieved_of_an_indicator_is_its_value(works):
    says(works, "孟连县农业农村局2023年动物强制免疫密度实际完成多少？", "95.8%")


def test_a_thing_counted_is_no_length_of_time(works):
    says(works, "松阳县图书馆2023年借出去多少书", "15.6万册次")
    says(works, "松阳县图书馆2023年全年开放多少天", "305天")
    says(works, "松阳县图书馆2023年接待了多少读者", "19.4万人次")


def test_indicator_rows_after_a_money_grid_are_no_budget(works):
    says(works, "蒙山县第三中学寄宿生生活补助2023年受助寄宿生人数实际完成多少", "349名")
    says(works, "蒙山县第三中学寄宿生生活补助2023年全年执行数是多少", "436000元")
    refused(works, "蒙山县第三中学寄宿生生活补助2023年全年预算数里有多少人")


def test_those_aided_are_the_forms_beneficiaries(works):
    says(works, "蒙山三中寄宿生补助2023年资助了多少名学生", "349名")


def test_patients_and_by_what_are_said_the_reports_way(works):
    says(works, "洛带镇卫生院2022年高血压病人规范管理率多少？", "74.6%")
    says(works, "乐清市场监管局2023年根据抽检结果立案查处了多少件？", "47件")


def test_a_header_one_space_sets_apart_heads_its_rows(works):
    says(works, "依安县住建局2023年老旧小区改造粮库小区改了多少户？", "215户")
    says(works, "依安县住建局2023年电业小区改造投资多少万元？", "402.80万元")


def test_rows_take_the_unit_their_name_says_of_those_listed(works):
    says(works, "双辽市教育局2023年初中在校学生有多少人？", "9,876人")
    says(works, "双辽市教育局2023年初中寄宿生有多少人？", "2,415人")
    says(works, "双辽市教育局2023年小学生均公用经费标准是多少元？", "720元")
    says(works, "双辽市教育局2023年初中公用经费补助资金是多少？", "928.34万元")


def test_a_forms_money_field_said_as_a_sentence_says_its_unit_once(works):
    says(works, "渠县农业农村局2023年动物疫病强制免疫补助全年执行数是多少万元？", "190.12万元")


def test_a_density_is_the_indicators_value(works):
    says(works, "渠县农业农村局2023年高致病性禽流感免疫密度是多少？", "93.9%")
    refused(works, "渠县农业农村局2023年布鲁氏菌病的免疫密度是多少？")


def test_a_short_form_no_rule_derives_names_its_place(works):
    says(works, "巴州卫健委2023年基本公卫资金执行率是多少？", "97.20%")


def test_a_county_inside_the_prefecture_asks_its_row(works):
    says(works, "恩施州林业局2023年天保工程资金分配表里，给利川市下达了多少资金？", "1,423.40万元")
    says(works, "恩施州林业局2023年给利川市下达了多少天保资金？", "1,423.40万元")


def test_a_corps_division_is_its_citys(works):
    says(works, "兵团第八师水利局2023年高效节水灌溉项目全年执行数是多少？", "5,903.41")
    says(works, "兵团第八师石河子市水利局2023年高效节水灌溉项目全年预算数是多少？", "6,120.00")


def test_a_programmes_name_plans_nothing(works):
    says(works, "凉山州乡村振兴局2022年“雨露计划”补助了多少人？", "1,187人")


def test_pay_for_work_and_output_are_money(works):
    says(works, "凉山州乡村振兴局2022年以工代赈项目发放劳务报酬多少？", "396.2万元")
    says(works, "格尔木昆仑经开区2022年完成工业总产值多少？", "398.4亿元")


def test_a_labels_means_says_nothing_of_what(works):
    says(works, "阿左旗2023年草原补奖资金兑付到户多少钱？", "15,041.77万元")


def test_a_town_no_report_names_is_no_other_towns(works):
    refused(works, "涞水县赵各庄镇2023年部门整体支出绩效自评得分是多少？")
    says(works, "涞水县三坡镇2023年部门整体支出绩效自评得分是多少？", "93.4分")


def test_approved_posts_are_the_posts_said(works):
    says(works, "涞水县三坡镇2023年核定的编制数是多少？", "41名")


def test_a_committees_office_is_one_organisation(works):
    says(works, "灵璧县政协办公室2023年年初预算是多少？", "794.20万元")
    says(works, "灵璧县政协办公室2023年基本支出多少？", "526.40万元")


def test_a_word_the_report_never_opens_is_an_item_not_held(works):
    refused(works, "涞水县三坡镇2023年末无形资产是多少？")
    says(works, "涞水县三坡镇2023年末固定资产是多少？", "986.32万元")


def test_a_rows_name_saying_another_item_does_not_answer(works):
    refused(works, "醴陵市人社局2023年焊工培训人次实际完成多少？")
    says(works, "醴陵市人社局2023年电工培训了多少人次？", "301人次")


def test_a_word_after_the_years_nian_is_no_mid_year(works):
    says(works, "醴陵市人社局2023年中式烹调师培训了多少人次", "198人次")


def test_columns_take_the_unit_their_heading_says_of_those_listed(works):
    says(works, "榆次区交通运输局2022年农村公路养护，长凝镇养护了多少公里？", "48.7公里")
    says(works, "榆次区交通运输局2022年农村公路养护，长凝镇实际支出多少？", "93.40万元")


def test_a_payers_part_named_by_what_it_is(works):
    says(works, "榆次区2022年农村公路养护项目区级配套资金多少？", "127.36万元")


def test_last_years_column_of_a_reports_table(works):
    says(works, "陈仓区文化和旅游局2023年度自评报告里，2022年送戏下乡是多少场？", "118场")
    says(works, "陈仓区文旅局2023年送戏下乡演出多少场？", "149场")
    says(works, "白水镇政府2022年度报告里，2021年项目支出是多少万元？", "1,473.77万元")


def test_a_figure_of_another_years_column_is_no_answer(works):
    answer = works.ask("祁阳市白水镇2022年一般公共预算拨款收入多少？")
    assert not answer.found or "3,504.66" in answer.answer.splitlines()[0], answer.answer


def test_a_town_a_report_names_is_no_slip_of_another(works):
    says(works, "龙游县农业农村局2023年湖镇镇的高标准农田建设面积是多少亩？", "7,920亩")


def test_a_short_form_the_report_spells_out_is_held(works):
    says(works, "平江县卫健局报告里县疾控中心2022年自己花了多少", "2186.70万元")


def test_a_year_in_an_aside_closed_before_a_figure_is_not_its(works):
    says(works, "新化县2022年学生资助了多少人次？", "66954人次")
    says(works, "新化县2023年学生资助了多少人次？", "69326人次")


def test_year_of_skips_a_closed_aside():
    text = "实际资助69326人次（2022年为66954人次），其中脱贫家庭学生22105人次。"
    figures = {f.text: f for f in find_figures(text)}
    assert year_of(text, figures["66954人次"]) == 2022
    assert year_of(text, figures["22105人次"]) is None


def test_the_questions_own_words_reordered_name_no_other_row(works):
    says(works, "靖宇县林业局2023年新造的林子成活率多少？", "90.4%")


def test_a_long_means_says_what_was_done(works):
    says(works, "昌邑分局2023年刑事案件立了多少起？", "1642起")


def test_a_division_is_its_city_only_said_as_the_corps():
    assert corps_as_city("兵团第八师水利局") == "石河子市水利局"
    assert corps_as_city("第八师石河子市水利局") == "石河子市水利局"
    assert corps_as_city("第八师一四三团") == "第八师一四三团"
    assert corps_as_city("湖南第一师范学院2023年预算") == "湖南第一师范学院2023年预算"
