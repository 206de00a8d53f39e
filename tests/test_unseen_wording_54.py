"""Session 54's general rules, each on invented text.
"这几个项目" points at projects and counts nothing: "这几个项目总体执行率" asks the rate. What was achieved of a label whose name
says no kind ("免疫密度实际完成多少") is the indicator's value, a rate here, not the count of the clause before. A count asked
of a thing named right after the interrogative ("借出去多少书") is no length of time ("全年开放305天") and no number of people
("接待读者19.4万人次"); "借出去" is what a library's report calls 外借. A money grid ends where the form's 绩效指标 part begins,
so the indicator rows under it are no budget columns. Those a grant "资助" are its form's 受助 people.
"病人" are the reports' 患者, and "根据" (by) names no figure: the passage says "依据".
"""

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

works = library_fixture("unseen54", {
    "projects.txt": PROJECTS, "herds.txt": HERDS, "library.txt": LIBRARY, "boarders.txt": BOARDERS,
    "clinic.txt": CLINIC, "sampling.txt": SAMPLING, "ward.txt": WARD,
})


def test_these_few_projects_count_nothing(works):
    says(works, "锦屏县民政局这几个项目2023年总体执行率是多少", "97.94%")


def test_what_was_achieved_of_an_indicator_is_its_value(works):
    says(works, "孟连县农业农村局2023年动物强制免疫密度实际完成多少？", "95.8%")


def test_a_thing_counted_is_no_length_of_time_nor_people(works):
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
