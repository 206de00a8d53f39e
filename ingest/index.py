"""Ingest: files → clean text → metadata → chunks → vectors (Chroma) and rows (SQLite store).

Incremental and idempotent: an unchanged file embeds nothing; a changed file replaces its chunks;
prune drops reports whose file is gone. The SQLite row is written last and is the commit point.

Safe to kill: one ingest at a time per data dir (a lock the OS drops with the process); each
report is embedded and committed on its own, its new vectors added before its store row and its
old ones deleted after, so questions see the old version or the new one, never half of one; a
run first deletes vectors no stored chunk has and re-embeds reports whose vectors went missing,
so re-running after a kill gives the index a clean run gives. A file with the same bytes as
another is indexed once and reported as a duplicate.
"""

from __future__ import annotations

import fcntl
import json
import logging
import tomllib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, fields
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

from langchain_core.embeddings import Embeddings

from app.core.locations import fingerprint
from app.core.records import Chunk, Report, ReportMeta
from app.core.settings import Settings
from app.core.tokenize import add_words, tokenize
from app.index.store import DocStore
from app.index.vectors import open_collection
from app.vocab.load import digest, shipped_digest
from ingest.chunk import chunk_text, table_header
from ingest.clean import clean
from ingest.embed import embedder_id, get_embeddings
from ingest.indicators import extract_indicators
from ingest.labels import extract_labels
from ingest.limits import Limits, Reader
from ingest.load import (
    LoadError,
    SourceFile,
    discover,
    read_bytes,
    sha256,
    unsupported,
)
from ingest.metadata import extract_metadata

log = logging.getLogger(__name__)

# Bump when the code of cleaning, chunking or extraction changes what ingest writes: every report
# is then re-ingested on the next run, so an index never mixes the output of two versions. A
# change to the vocabulary files (app/vocab/data: jieba's user words, the indicator wordings)
# needs no bump: their hash is part of the key.
INDEX_VERSION = 111  # 4: tables joined across pages, rows indexed with their header; 5: roster lines are no headings;
# 6: traditional characters read as simplified, spaced digit groups, a unit cut by a line break or given in a table header
# 7: metadata read from any report (title read, national gazetteer, any organisation, places and organisations named)
# 8: labelled figures (forms and prose, ingest.labels)
# 9: PDF pages without usable text (a junk text layer was indexed as it was) read by OCR; spreadsheets, web pages, .doc
# 10: over-long sentences cut into clause pieces (chunks bounded); documents read in a worker within limits
# 11: a prose figure its parts follow (其中…) is a whole; small counts in words ("三个嘎查") are figures;
#     a cell under a heading that says plan or done (预期目标, 实际完成情况) takes its qualifier; a part's
#     figure in a breakdown by who pays is labelled with the part (中央资金预算执行率)
# 12: a table's rule drawn in text ("||||", "---|---|") is no heading; the signing date gives the filing date;
#     a unit on a line of its own is named with the organisation it belongs to
# 13: a prose figure of a numbered item has the item as subject; qualifiers said with their own figure
#     ("预算46万元，支出45.12万元") are not carried on; a label ending in a word keeps its last character
#     (综合审计); companies named in full and never a report's department
# 14: a form's money headings run together with their values are read in pairs; a row's digit groups set
#     apart by spaces are one value; a unit cut by a line break in the form's header is read
# 15: a prose label said after a year's name starts after 年度 ("2023年度收入合计" → 收入合计)
# 16: a corps regiment (第八师一四三团) is a place, with or without 兵团 before it
# 17: a quoted word is part of a prose label ("“三公”经费支出" → 三公经费支出)
# 18: last year said before a bracket cutting the label ("上年（2023年）全年支出") makes the figure last year's
# 19: an indicator's name in a form may hold digits ("65岁及以上老年人健康管理人数")
# 20: 下属/所属/直属 lead no organisation's name (app/core/data/organisations.toml)
# 21: a form's money unit stated once in its head (单位:万元) or after its values (资金投入情况(万元))
# 22: a tab- or "|"-separated form row keeps its empty cells' places (values bound by their column)
# 23: a table set out with "|" or runs of spaces is a table (rows not joined, cells tab-separated); 金额：万元
# 24: every table's cells labelled by row and column (any headings); a row's number is no value
# 25: a title whose place, year and project stand on the line above ("…2022年城镇老旧小区改造项目" over "支出绩效自评报告")
# 26: an autonomous county by its short name and level (长白县); a one-character suffix opening a word (委托)
#     ends no name; a bracketed word inside a prose label is part of it (路面修复（中修）支出)
# 27: words of policy are no places (惠民, 惠农, 安居); a shared short name (五华) is the library's place; a title
#     under a line naming its organisation and year (五华县文化馆2023年度)
# 28: a bare sum in a listed item ("就业补助资金预算3280万元，支出3196.58万元；") is that item's, not the plan
# 29: a report without a title whose body says 部门整体 is one; 2起 and 120例 are counts; a label's trailing aside
#     (非遗保护传承（含山歌培训）) is not its label
# 30: a form row whose name ends in 资金总额 or 资金合计 (部门预算资金总额) is the row of the whole
# 31: a table column that counts gives its unit (合格人数 over 918: 918人); a table set right below another is read by its own header; a table's rows are named by the column that tells them apart
# 32: a numbered item's later sentences are its own; an item's name may hold a comma; "为" after 得分 connects (得分, 总得分, 总分 are words)
# 33: the bare 支出 said after an item's plan ("…经费预算28.00万元，支出27.15万元") is the spending done (执行)
# 34: a bare change or share after a named figure of its sentence is that figure's ("支出合计…，较上年增加187.36万元，增长5.85%")
# 35: a table's bare numbers under 分值/得分 are points; a total row's merged cells put its figures in the last columns; a row of form headings starts a table of its own
# 36: a numbered item named in a sentence of its own ("3.茶山村村内道路硬化项目。") owns the sentences after it on its line
# 37: a heading cut mid-word by a line break ("（3）桑溪镇危桥改" / "造工程。…") is joined; 家次, 场次, 台次… are count units
# 38: 营山乡村振兴局 names 营山县 (乡村 is a word, not a township's 乡)
# 39: "效益指标30分中得28分": 30分 is the part's 分值, 28分 its 得分
# 40: a bound ("≥60人", "不少于40次", "40万亩以上") is not what was done, whatever the sentence says before it
# 41: a table's figures are of what the line leading to it says ("重点乡镇住院救助情况见下表：")
# 42: a 新区's short name is its name without 新区 (浦东 of 浦东新区)
# 43: a bound followed in its row by what was done ("≥5.6万人5.74万人") is the target
# 44: "惠州市场监管局" names 惠州 and its 市场监管局 (the 市 of 市场 ends no city's name)
# 45: short forms of autonomous units read by their peoples (喀喇沁左翼, 黔西南, 新疆), and of 旗 (喀喇沁, 伊金霍洛);
#     a title's name on the line above its dated kind; no unit across a tab or from a line's first word
#     ("2,531.66\t项目支出"); a form's cells that hold their own row's name ("基本支出：2,531.66"); "未达到100%" a bound
# 46: a count right after another shares its label ("提起公诉356件487人"); 合作社 are organisations; a
#     notice's issuer named by its level ("根据州财政局《…》") is not the report's department
# 47: a fund is named by who pays with its own name between (“中央水利救灾资金”), so its figures are
#     that payer's part
# 48: a form saved as comma-separated values is read as a table; a tab-separated form's cell under a
#     heading that says plan or done (预期目标, 实际完成情况) takes its qualifier
# 49: "每村", "单村" name no village (places.toml)
# 50: who is paid is no payer ("中央补助地方…资金" is 中央's part, not 地方's)
# 51: a table's column of last year's sums ("2022年" beside 2023年) is last year's, its 支出 beside the
#     plan's columns what was done; a comparison base ("较上年240.00万元") is a level, no change; a form's
#     field name before a heading ("项目名称 | 预算 | 执行") has no value
# 52: a fund's bracketed note before its sum is its label's ("中央水利发展资金（农村供水）320.00万元");
#     roads by who keeps them (县道, 乡道) are one word
# 53: a form row's 分值/得分 pair is its last two cells after two values ("≥56 | 63 | 10 | 10", not 63 and 10);
#     重庆市江北区 is in the gazetteer; the municipalities go by their short forms (重庆, 北京); a branch
#     named after its district (…局城区分局) is one name and the district its place; a row's unit after its
#     name ("读者满意度（%）") is its values'; concentrations (38微克/立方米) are figures, PM2.5's 2.5 none; a two-character
#     label spaced out across its cell ("合  计") is one cell; courses are counted in 门; a table row naming
#     its money unit ("查出违规金额（万元） | 2 316.45") gives it to its bare numbers; a heading given with its
#     sum ("（一）技能培训23.68万元") names an item; 县本级 is the 县级 part
# 54: a sentence's sum with thousands separators ("全年预算数48,356,200.00元，…") is no form cell pair (was
#     "全年预算数 | 48"); a title over two lines without a place ("2023年度X项目" over "支出绩效自评报告") is one
#     title; a form's value cell alone on its line ("936人次", "≥85%") is no heading; 西安 over 长安区 is 西安市
# 55: doses, couples and days of work counted (剂次, 对, 工日…); a bound's sign is no part of its label, and a bare
#     target ("，目标值≥27,000剂次") or a bracket's figure ("（上年26.1%）") is of what its sentence measured; a form
#     row's bracketed figure makes its cells no last year's; spending said after a plan ("项目预算…，全年支出…")
#     is what was spent; "按支出用途分" names no item; a spaced form's "3 200" is one value; an organisation and
#     its year over "绩效自评报告" is one title; 禾丰镇 and 富宁街街道 are no mention of 丰镇市 or 富宁县
# 56: a count after the clause naming it ("…来信来访，共计369件") is that clause's; a long label keeps its last
#     words; "（已支付/到位资金）" is no part of a label; a bracket's target and the bare figure after it are of the
#     name before it ("庭审直播率（目标值≥60%）实际达到78.3%"); what was done after a plan is of its measure; the
#     base in "比上年（…）" is last year's and the change after it this year's; 执行案件 is no spending
# 57: "年中追加预算后调整为…" is the budget as adjusted (调整后预算), not what was added; "按到位资金计算执行率"
#     is 执行率 and "4．自评得分" 自评得分; "（三）自评得分：88分" names no item; a numbered sentence with its figure
#     ("4．自评得分 92 分。") carries text; "3个项目实际支出…" is the whole of the items counted; a form row with a
#     breakdown's cell before its name ("按收入性质分 | 其中：财政拨款 | …") is read; the organisation signing an
#     excerpt that speaks as one of its kind ("我院") is its department; 转移支付 and 占补 are no qualifiers
# 58: a table whose cells one space sets apart ("项目 2022年 2023年 增减" over rows of bare figures) is read as
#     one, its commas the thousands' ("补贴 450,000 450,000 100%"); a row's name gives its bare figures' unit
#     ("签约人数（人）") and may hold a figure ("65岁及以上…人数"); "年度预算数" and "预算数" head a form's columns
#     (not the merged cell before 年初预算数); a form row's lone sum under several money columns is of none; the
#     figures under a heading of targets ("（三）年度绩效目标") and a bound in a sentence of targets ("年度目标：…；
#     满意度≥95%") are targets; points taken off ("扣2分") are 扣分, not 得分; 盏, 部, 根, 叶 and 页 count things
# 59: a per-mille figure ("婴儿死亡率3.12‰") is a rate; a form row whose label takes fewer cells than its
#     header leaves, and a second money grid of a form in the unit stated over the first, are read; a score
#     cell may carry 分 ("总分 100 98.1分"); a row of figures whose digit groups one space sets apart ("500 000
#     515 000 …") is a table row; a line of figures ends there (a form's cells one per line); the merged cell
#     "年度预算" names no row; a branch named by its district's short form ("宝鸡市公安局凤翔分局") is 凤翔区's;
#     a part's row with fewer sums than columns is placed where no sum exceeds the whole's and they add up to
#     it, or in the one order-keeping way its values fit; "预算数、执行数分别为x、y" labels x and y; a town's
#     office under its district's government ("…城区人民政府西上庄街道办事处") is one name
# 60: a sentence's label drops a list of places before what was done ("思林镇等乡镇完成中幼林抚育") and an as-of
#     date ("截至2023年底累计完成"); a part of the year, an aside or a base ("比上年的") names no measure a change
#     after it is of; an organisation on a line of its own over a title opening with a year is the title's, and
#     so is "关于…自评报告"; a county renamed in its city ("沙县" → 沙县区) is read as the current one; "计划…完成"
#     is a target; a table's columns copied one after another bind no value to their headings, nor does a run
#     of figures on one line ("100%100%81.83%"); a "自评得分" column holds points
# 61: a form cell's date ("完工时间 2023年11月30日") is no publication date, and a report's dates give its year
#     when nothing else does; an organisation over "关于…的报告" is the report's, an addressee ("区财政局：") is
#     not; an organisation named without its place that the text speaks for ("作为X镇中心卫生院，我院") is the
#     department, "乡镇分馆" no level-named one, and a town opening its name its region; "计划更换、延伸管网…"
#     is a target of 延伸管网 and "实际完成…" after it is 延伸管网's; "较上年的X" is last year's; a form heading
#     without 数 ("全年预算") is the heading; a row's 偏差原因 cell is read; a scan's "万兀" and "l0" are 万元 and 10;
#     a table copied one cell a line ("指标" / "2021年" / "2022年" / …) is read from the file's own lines; a town
#     opening a department's name is its region only where nothing larger is named
# 62: a scan's column headings run together ("年初预算数全年预算数…", "实际完成" / "值分值得分…") are read apart, and
#     its slips in figures with digit groups ("l,69O.26", "l 872.5") and in words ("执行卒") as meant; a row's name
#     broken over lines ("当年财政拨" / "款", "…列养里" / "程") or run into its groups ("产出指标数量指标…") is read
#     whole; a table one cell a line takes its unit from the line above ("（单位：万元）") and its "全年支出" column is
#     what was done; a table set out by spaces whose header is indented over the rows' names is read, its unit
#     perhaps on the line below it; a table of sums stating no unit takes the one the text around it states
#     one of its figures or column totals in; a form row's name run into its target ("…（大中修）≥20公里") is
#     read apart; an organisation the text names only as under the one reporting ("下属…即X中心") is not its
#     department; a cell that says only "实际48名" in a row of tab-separated cells is labelled with the row's name;
#     a money row's name ending on a line of its own after the row's figures ("当年财政拨 … 98.43% —" / "款");
#     a count listed after an organisation's ("…创作中心编制5名、实有4人") is that organisation's
# 63: a title broken over two lines is read whole where the line above names the project in quotation marks,
#     or a place the table lacks before the year ("第八师石河子市2023年度…项目"), or is a place alone over the
#     project and its year ("天津滨海高新技术产业开发区" / "…项目2023年度绩效自评报告")
# 64: a Markdown table's rule under its header ("|---|---|") is a row of the table that holds nothing, so the
#     header stays over its rows; a year with its plans ("2024年我馆将…") is not the year evaluated
# 65: a table copied one cell a line whose headings end with their units ("受益学生数（人）") is read; what
#     was added to a budget ("年中追加区级资金…") takes no 年初预算 said before it
# 66: a table set out by spaces with its columns' units on a line under its header ("（万元）        （万元）")
#     is read with those units
# 67: the 金额合计 block of a whole-department form, a heading and its figure a row under the group's name
#     ("金额合计（万元） | 年初预算数 | 6 218.40", " | 全年执行数 | 6 981.27"), is read
# 68: a corps regiment numbered with one character ("第一师十团") is a place
# 69: "所属", "所辖", "所在" end no organisation's name ("…民政局所属…" names 民政局)
# 70: what was added to a budget ("年中追加412.35万元") is of the budget (预算), no 年初预算 said before it
# 71: flattened indicator rows: two cells run together after a row's name are its target and what was done
# (under a header naming both, or after a bound), a row's name follows
# its group and not the last row's points; a form's column of last year's value (上年完成值) is read; "50分得
# 47.5分" gives the points possible, then those got; "由5个工作日压缩至3个工作日" gives the level now the
# label's (and 个工作日 is a unit); a sum after its name's aside ("…购置（12台）38.52万元") is the name's; a date
# in Chinese numerals ("二〇二四年四月十日") is a date, and signs a report
# 72: Markdown's marks (#, **, a table's |---| row) and a spreadsheet's quotes and field commas stand for nothing
# (its commas for cell borders); an indicator table with 得分 and no 分值 is read row by row; a change signed
# against its base ("同比-7.2%") is a signed figure and a change; a district several cities have (鼓楼区) is the
# one of the city the body names; a title after an export's label ("文本内容：") or a project's line over
# "支出绩效自评报告", and "报告日期" as a date of publication
# 73: a party or tax body's own word before its place ("中共浏阳市委党校", "国家税务总局…税务局") and names ending
# 组织部/宣传部/统战部; a title's 年度 over its project's span, and a project's name cut over two lines; a signature
# in brackets under the title, as "2024.3.12", or above a colophon (抄送, 印发); 州级 and 盟级 parts of money
# 74: a sum after an aside that counts what was done ("老旧公租房维修改造（5个小区）1 268.37万元") is its name's; a
# colophon's rules (a line of underscores) stand below the signature too
# 75: a numbered item of a list whose opening line says it was spent ("…支出1 926.38万元。具体为：") stands in a
# column of spending (支出)
# 76: what is left of a part of a sum said after it ("县级配套资金到位412.50万元，尚有247.50万元未到位") is that part's;
# a unit's 结余 after its 预算 and 支出 ("局机关…，结余75.18万元；") is the unit's; the columns of last year beside this
# year's ("2023年预算 | 2023年决算 | 2022年决算") are last year's; a form's row named by a band ("90—99周岁享受人数")
# is a row; remains are counted in 具 and horses in 匹
# 77: a head said once for two figures ("固定资产原值…，净值…") is the second's too; a unit's numbered sentence or
# heading ("（二）区疾病预防控制中心。", "（一）机关本级") makes what follows it the unit's; what a project's form
# says in prose ("全年执行数：348.62万元") is that project's, and its "自评得分：99.2" a score; a header cell broken
# over two lines ("全年预算数" / "（万元）"), a row's name over two lines of a table set out by spaces, and a form
# one cell a line ("执行率" / "89.50%") are read whole; the title's department over its projects' forms' 实施单位,
# the one 主管部门 over several 实施单位, the signer over departments named as often; "五、…" is no title; places
# whose names hold 于, 从, 将… (于都县, 从化区) open organisations' names
# 78: a heading naming the year's targets ("二、绩效目标") makes its own numbered items' figures targets, to the next
# heading of its level; a figure with no plan or done word of its own takes the one its sentence said last; each
# column of years side by side ("2021年 | 2022年 | 2023年") is its year's; a row of values ("预算执行率 | 98.52% | 98.25%")
# is no heading with its value; a numbered line ending in "；" is an item of a list, no heading
# 79: a table set out with "|" or commas keeps its empty cells ("| 合计 |  | 77.8 |"), and a row set out by spaces that
# leaves its text columns empty ("合  计      125.50   122.68") has its figures under the columns they stand under, so
# a row's figures stay under their own headings; a form's heading a narrow column broke over two lines ("年初预" over
# "算数") is read whole; a bare spending after a sum naming money is that money's; sums under "资金构成" are the plan
# 80: "2023年年初部门预算…，全年实际支出…": 部门 names no item of a list, so the year's spending stays the department's
# 81: a form's fields of bare sums take the unit a line above them gives ("项目资金（万元）" over "全年预算数：10 312.75");
# fields set apart by spaces on one line stay apart; rows set out by spaces may leave their group's cells or the last
# column empty, and a cell's text broken onto lines of its own stays in its column
# 82: a form's cells one a line stay apart ("≥40项" then "43项"); a row name broken in its column is one ("C级危房户均"
# over "补助 …"); numbers in words ("一百二十六个", "百分之九十五", "九十四分") and a numbered item's date ("2.2023年2月7日")
# 83: "比上年多442万元（上年为1,874万元）" is last year's of what the sentence measured; "与…相比增加42.44万元" is the
# change of the level named before it
# 84: fields on one line are set apart by "；", no table's cells (a line of fields heads no table); rows set out by
# spaces leave cells empty at either end only under a header of words
# 85: a form's target and what was done one cell a line run together again ("≥2900人2968人"), never into a signed
# figure or a cell of words
# 86: a PDF's page numbers and running heads dropped, the sentence or table they cut joined back; a line with a
# bracket open goes on though it opens as a field ("其中：…（人员经费…，公用经费"); a form's level without its 指标
# ("可持续影响") is no part of the row's name; a form cell's words of change ("较上年减少37处") qualify its figure
# 87: a sentence listing units after a field's label ("所属预算单位包括县人民医院、…") is no form field (metadata)
# 88: a table's units listed ("单位：万元、分") or closed by "。" give its money columns theirs; a tab-separated row keeps
# its empty cells where the table's rows are that wide; a row set out by spaces under a header out of line with it may
# leave its last cell empty ("一级项目：乡村建设        2,190.00        1,965.20        89.74%")
# 89: a running head is one printed beside two page numbers, or the title beside one ("续表" heads nothing); a form's
# cells run together stop before the next heading by the line they ended with; "（金额单位：万元；得分单位：分）"
# gives the money's unit; "由治理前的38%提高到52%" labels both with what moved
# 90: a change is of the measure said before it in its unit ("事故4起、死亡2人，较上年减少3起"), not of the numbered
# item ("3.费用控制：药占比…，较上年下降1.8个百分点"); "较上年的1,224批次多完成236批次" is a change
# 91: a table one cell a line may hold words in a column headed by no sum ("主要建设内容" / "教学楼维修改造")
# 92: "由上年的74.12%提高到74.36%": the level now is no last year's, and last year's says so once
# 93: "2023年结转资金" in a 2024 report is carried in (上年结转), no part of the fund listed before it; box-drawn
# tables ("│车购税资金│4,620.00│") read as "|" tables; a title over three lines ("X局" / "关于…项目" / "2024年度…报告")
# 94: points taken off ("…资助人数2,547人，低于年度指标值，扣0.5分", "预算执行率98.24%，该项扣0.2分") are the indicator's
# 95: so are "馆藏档案数字化未完成年度目标，扣1.4分" (what fell short) and "预算执行率扣0.3分" (without its 扣)
# 96: "项目主管部门为X，实施单位为Y" in a sentence gives the fields 项目主管部门 and 实施单位, as a form's head would
# 97: lengths of time are figures ("7.2分钟", "3个月"); a task set right before its figure ("筛查任务8,000人") is a
# target; "较年初预算调增" is a change; a sentence goes on across a page's footer and running head; a numbered table's
# title ("表1 2023年度项目支出执行情况") is what its rows are of; a title's first line may hold a number
# ("…12345政务服务便民热线运行维护项目"); "南京东路街道" names no 南京市
# 98: a money grid ends at the form's 绩效指标 part; a header one space sets apart heads rows set apart by runs of
# spaces; rows take the unit their name says of those listed above the table ("单位：人、元、万元"); a form's money
# field said as a sentence ("项目资金（万元）：年初预算数…") says its sums' unit once; 巴州, 锡盟… and 神农架 are places
# 99: "政协X县委员会办公室" is one organisation's name (not "政协X县委"); "赵各庄镇" is a town's
# 100: units listed above a table for its columns ("单位：公里、万元") go to the columns whose headings say them
# 101: a figure "的年度目标" is a target; a form's cells one a line under 预期目标 / 实际完成情况 are the plan and what was
# done; BM25 tokens keep a word with a suffix the dictionary left alone ("网格员")
# 102: a form's cells "年初预算数 2,900.00 | 全年执行数 2,943.48" under "项目资金（万元）：" take its unit
# 103: a clause of what a figure goes by ("根据上级下达的储备计划，…规模为25,000吨") sets no target of the figures after it
# 104: a count after one of organisations listed by kind ("其中幼儿园98所、小学112所") is no measure of that organisation
# 105: a form row whose target and value achieved are words ("脱贫人口务工规模 | 稳中有增 | 稳中有增 | 15 | 15") is no reason
# given for the row above it, nor is one whose name is broken over two cells ("3岁以下儿童系统管" / "理率"); a standard in an
# aside after a sum ("免学费补助690.60万元（标准为每生每年2,000元）") is the sum's item's, and so is a sum in an aside
# after a count ("购置水罐消防车1辆（采购金额86.50万元）"); "职业中等专业学校" is an organisation; a row of a table set
# apart by single spaces may end with a bound ("… 67.7% ≥65%"); a money row under a merged breakdown cell takes its name
# copied after its values ("按支出性质分 682.30 701.15 701.15" / "：基本支出")
# 106: a line of cells with sums or rates is no table's header; headings under a merged heading are said with it ("预算数"
# over "年初 | 调整后": 年初预算数); a row's name broken after its level ("时效指标 | 传染病疫情网络报告" / "及时率 | …") is read
# whole; a row with all its points gives no reason in words without a mark (the next row's name: "肺结核可疑症状者" /
# "筛查人数"), and a reason that goes on in a sentence ("个别村（居）法律顾问" / "服务频次不足，…") is no next row
# 107: a form row whose level and name were both wrapped in their columns ("质量 | 农村集中供水工程 | ≥90% | 91.5% | 7 | 7"
# over "指标 | 水质达标率") has the name's rest, which is no part of the next row's name; labels of a finding reported
# ("…测评结果显示患者满意度") start after the reporting words; "同比分别下降20%和33.3%" after two figures gives each its
# change; a tab-separated row under merged cells ("\t\t安全生产培训\t≥20,000人次\t22,460人次") keeps its empty cells
# 108: a rate per so many ("报告发病率187.3/10万") is a rate; a level the measure before moved to from a time on
# ("补助标准为每生每天4元，2021年秋季学期起提高至5元") is labelled by that measure; a task set that names nothing ("…生物防火
# 隔离带86公里，计划任务80公里") is the measure's before it, and no frame for what follows its "；"; a batch named before
# its date ("第二批于2024年3月下达2.26亿元") labels its sum; points taken off said in a form's reason cell ("…，扣0.8分")
# are the row's 扣分; a figure right after an aside of what it holds ("美丽乡村建设（含…等5个示范村）1,215.8万元") is the
# name's before the aside; a target said of a figure ("未达到70%的年度目标") frames no parts said after it
# 109: so is one after an aside and the words that say how much it was ("代表性传承人补助（国家级每人2万元…）共支出166.40
# 万元"); a corps regiment's number in figures ("185团") is folded to its name (一八五团) where places are matched
# 110: a "|" row whose part is indented after its bar ("|   其中：疫情防控 | …") stays a row; the end of a row's name on
# the line below it ("      资金", " | | 改造里程") is moved into its cell, in the clean text and a form's rows; a 单位
# column gives its row's bare figures their unit (in a table one cell a line too); a year's column with its unit
# ("2022年（万元）") is that year's; places a list names ("涉及武宁、修水…等5个县") are not the report's own; a date may
# give a part of its month ("12月中旬"); organisations named by a station's or office's kind ("…监管所", "气象台")
# 111: a form as a PDF's text gives it: headings wrapped under a spaced header ("年初预算" / "数"), a row's name ending
# alone under it ("率"), words, units and dates set apart by spaces; a money table's group rows name their rows and 小计;
# indicator rows without points one cell a line; rows named by two short columns ("猪 | 口蹄疫"); "由每公顷X提高到每公顷Y"


def index_key(embedder: str, vocabulary: Traversable | Path | None = None) -> str:
    """What a report's row records it was indexed with: the embedder, the pipeline version and the
    vocabulary (a hash of the files of app/vocab/data, or of the folder given)."""
    words = shipped_digest() if vocabulary is None else digest(vocabulary)
    return f"{embedder}|v{INDEX_VERSION}|w{words}"


@dataclass
class IngestResult:
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    pruned: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    duplicates: list[tuple[str, str]] = field(default_factory=list)  # (file, the file indexed in its place)
    not_read: list[tuple[str, str]] = field(default_factory=list)  # files in the folders of a type not read
    chunks_embedded: int = 0

    @property
    def ok(self) -> bool:
        return not self.failed


def context_line(report: Report) -> str:
    """The report context indexed with every chunk, so a passage is found by its county's name."""
    m = report.meta
    parts = [m.department, m.region, m.city, f"{m.year}年" if m.year else ""]
    return " ".join(p for p in parts if p)


def index_text(report: Report, section: str, text: str) -> str:
    return f"{context_line(report)}\n{section}\n{text}"


def chunk_index_text(report: Report, chunk: Chunk) -> str:
    """What is embedded and BM25-indexed for a chunk: its report context, its section, and for the
    rows of a table the table's header row, so a row is found by what its columns mean."""
    header = table_header(report.clean.text, chunk.clean_start) if report.clean else ""
    return index_text(report, chunk.section, f"{header}\n{chunk.text}" if header else chunk.text)


MANIFEST_NAMES = ("manifest.toml", "manifest.json")


def read_manifest(path: Path) -> dict[str, dict[str, Any]]:
    """A manifest: file name (or path relative to the manifest) → the metadata fields that
    override what is read from the file's text. TOML (a table per file) or JSON (an object)."""
    try:
        text = path.read_text("utf-8")
        data = tomllib.loads(text) if path.suffix == ".toml" else json.loads(text)
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        log.warning("ignoring the manifest %s: %s", path, exc)
        return {}
    if not isinstance(data, dict):
        log.warning("ignoring the manifest %s: not a table of files", path)
        return {}
    known = {f.name for f in fields(ReportMeta)} - {"origin", "places", "organisations"}
    out: dict[str, dict[str, Any]] = {}
    for name, entry in data.items():
        if not isinstance(entry, dict):
            log.warning("%s: %s is not a table of fields; ignored", path, name)
            continue
        unknown = sorted(set(entry) - known)
        if unknown:
            log.warning("%s: %s: unknown fields %s ignored", path, name, ", ".join(unknown))
        out[name] = {k: v for k, v in entry.items() if k in known}
    return out


def manifest_entry(path: Path, manifest: Path | None = None) -> dict[str, Any]:
    """The overrides for one file: from the manifest given, else from a manifest.toml or
    manifest.json in the file's folder."""
    candidates = [manifest] if manifest else [path.parent / n for n in MANIFEST_NAMES]
    for candidate in candidates:
        if candidate is not None and candidate.is_file():
            entries = read_manifest(candidate)
            try:
                relative = str(path.resolve().relative_to(candidate.resolve().parent))
            except ValueError:
                relative = path.name
            return entries.get(relative) or entries.get(path.name) or {}
    return {}


def prepare(source: SourceFile, settings: Settings, data: bytes | None = None,
            manifest: Path | None = None, reader: Reader | None = None) -> Report:
    """Load, clean, describe and chunk one file (pure but for reading it, unless given its bytes);
    documents are read by reader (within the limits of ingest.limits)."""
    data = read_bytes(source.path, settings.max_file_bytes) if data is None else data
    if reader is None:
        with Reader(Limits.of(settings)) as own:
            doc = own.document(data, source.path.suffix)
    else:
        doc = reader.document(data, source.path.suffix)
    raw, sha = doc.text, sha256(data)
    cleaned = clean(raw)
    if not cleaned.text.strip():
        raise LoadError("no text left after cleaning")
    overrides = manifest_entry(source.path, manifest)
    meta = extract_metadata(cleaned.text, overrides=overrides, name=source.path.name, raw=raw,
                            published=doc.published)
    report = Report(doc_id=source.doc_id, source=source.source, sha256=sha, raw=raw, meta=meta, clean=cleaned,
                    layout=doc.regions)
    report.chunks = chunk_text(cleaned, source.doc_id, settings.chunk_target_chars, settings.chunk_max_chars)
    if not report.chunks:
        raise LoadError("no text to index")
    return report


def ingest(
    paths: list[Path],
    settings: Settings,
    embeddings: Embeddings | None = None,
    prune: bool = False,
    progress: bool = True,
    manifest: Path | None = None,
) -> IngestResult:
    """Bring the index in line with the given files; manifest: a file of metadata overrides
    (else each folder's manifest.toml or manifest.json)."""
    embeddings = embeddings or get_embeddings(settings.embeddings, settings.threads)
    embedder = embedder_id(embeddings)
    key = index_key(embedder)
    result = IngestResult()
    with _one_ingest_at_a_time(settings.data_dir):
        store = DocStore(settings.store_path)
        try:
            collection = _reconcile(settings, embedder, store, key)
            files, problems = discover(paths, settings.project_root, settings.follow_symlinks)
            result.failed += problems
            result.not_read += unsupported(paths)
            known = store.sources()
            with Reader(Limits.of(settings)) as reader:
                pending = _read(files, settings, store, key, result, reader, manifest)

            from tqdm import tqdm

            add_words([w for r, _ in pending for w in (r.meta.region, r.meta.department)])
            total = sum(len(r.chunks) for r, _ in pending)
            with tqdm(total=total, desc="embedding", unit="chunk", disable=not progress or not total) as bar:
                for report, replaces in pending:
                    texts = [chunk_index_text(report, c) for c in report.chunks]
                    vectors = _embed(embeddings, texts, settings.embed_batch_size, bar.update)
                    _write(report, vectors, collection, store, embedder, replaces)
                    (result.updated if report.doc_id in known else result.added).append(report.doc_id)
                    result.chunks_embedded += len(texts)

            if prune:
                present = {f.doc_id for f in files} | set(result.added) | set(result.updated)
                for doc_id, known_source in known.items():
                    path = Path(known_source)
                    path = path if path.is_absolute() else settings.project_root / path
                    if doc_id not in present and not path.exists() and doc_id in store.sources():
                        store.delete_report(doc_id)  # the commit point first, then its vectors
                        collection.delete(where={"doc_id": doc_id})
                        result.pruned.append(doc_id)
        finally:
            store.close()
    return result


def _read(files: list[SourceFile], settings: Settings, store: DocStore, key: str,
          result: IngestResult, reader: Reader, manifest: Path | None = None) -> list[tuple[Report, list[str]]]:
    """The reports to (re)index, each with the stored reports it replaces; unchanged files,
    duplicates and files that cannot be read are recorded in result."""
    stored = store.by_sha256()
    contents = store.by_fingerprint()
    indexed: dict[str, str] = {}  # sha256 → the file indexed with these bytes in this run
    indexed_content: dict[str, str] = {}  # content fingerprint → the file indexed with it in this run
    pending: list[tuple[Report, list[str]]] = []
    for source in files:
        try:
            data = read_bytes(source.path, settings.max_file_bytes)
            sha = sha256(data)
            twins = [(d, s) for d, s in stored.get(sha, []) if d != source.doc_id]
            kept = [s for d, s in twins if _still_holds(s, sha, settings)]
            if sha in indexed or kept:
                result.duplicates.append((source.source, indexed.get(sha) or kept[0]))
                continue
            indexed[sha] = source.source
            overrides = manifest_entry(source.path, manifest)
            if store.is_current(source.doc_id, sha, key) and _overridden(store, source.doc_id, overrides):
                result.unchanged.append(source.doc_id)
                continue
            # a stored report read from these same bytes whose file is gone was renamed: replace it
            replaces = [d for d, s in twins if not _resolve(s, settings).exists()]
            report = prepare(source, settings, data, manifest, reader)
            # the same report in another format (.pdf and .docx of one text) is one report
            assert report.clean is not None
            content = fingerprint(report.clean.text)
            same = [s for d, s, h in contents.get(content, []) if d != source.doc_id and d not in replaces
                    and _still_holds(s, h, settings)]
            if content in indexed_content or same:
                result.duplicates.append((source.source, indexed_content.get(content) or same[0]))
                continue
            indexed_content[content] = source.source
            pending.append((report, replaces))
        except LoadError as exc:
            result.failed.append((source.source, str(exc)))
        except Exception as exc:  # a bug on one odd file must not stop the batch: named, and skipped
            log.debug("ingesting %s failed", source.source, exc_info=True)
            result.failed.append((source.source, f"could not be ingested ({type(exc).__name__}: {exc})"))
    return pending


def _overridden(store: DocStore, doc_id: str, overrides: dict[str, Any]) -> bool:
    """Whether the stored metadata already holds the manifest's values (a changed manifest
    entry makes the report be read again)."""
    if not overrides:
        return True
    stored = store.meta(doc_id)
    return stored is not None and all(getattr(stored, k, None) == v for k, v in overrides.items())


def _resolve(source: str, settings: Settings) -> Path:
    path = Path(source)
    return path if path.is_absolute() else settings.project_root / path


def _still_holds(source: str, sha: str, settings: Settings) -> bool:
    """True when a stored report's file is still there with these bytes."""
    try:
        return sha256(read_bytes(_resolve(source, settings), settings.max_file_bytes)) == sha
    except LoadError:
        return False


@contextmanager
def _one_ingest_at_a_time(data_dir: Path) -> Iterator[None]:
    """An exclusive lock on the data dir's ingest.lock; the OS drops it when the process ends,
    however it ends, so a killed ingest never blocks the next one."""
    data_dir.mkdir(parents=True, exist_ok=True)
    with open(data_dir / "ingest.lock", "a") as lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            log.warning("another ingest is writing %s; waiting for it to finish", data_dir)
            fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def _reconcile(settings: Settings, embedder: str, store: DocStore, key: str) -> Any:
    """Vectors in line with the store after an interrupted run: vectors of no stored chunk are
    deleted; a report some of whose chunks have no vector is marked to be embedded again.
    Returns the collection, opened afresh if the process's open one had gone stale."""
    try:
        collection = open_collection(settings, embedder)
        vector_ids = set(collection.get(include=[])["ids"])
    except Exception as exc:  # an embedded Chroma another process wrote since it was opened
        log.info("reopening the vector store (%s)", exc)
        collection = open_collection(settings, embedder, fresh=True)
        vector_ids = set(collection.get(include=[])["ids"])
    chunks = store.chunk_docs()
    orphans = sorted(vector_ids - chunks.keys())
    if orphans:
        log.info("deleting %d vectors left by an interrupted ingest", len(orphans))
        for i in range(0, len(orphans), 1000):
            collection.delete(ids=orphans[i : i + 1000])
    embedded = store.embedded_with(key)
    for doc_id in sorted({d for c, d in chunks.items() if c not in vector_ids} & embedded):
        log.info("%s lost vectors in an interrupted ingest; it will be embedded again", doc_id)
        store.forget_embedding(doc_id, key)
    return collection


def _embed(embeddings: Embeddings, texts: list[str], batch: int, done: Any) -> list[list[float]]:
    out: list[list[float]] = []
    for i in range(0, len(texts), batch):
        part = texts[i : i + batch]
        out += embeddings.embed_documents(part)
        done(len(part))
    return out


def _write(report: Report, vectors: list[list[float]], collection: Any, store: DocStore, embedder: str,
           replaces: list[str] | None = None) -> None:
    """New vectors, then the store row that makes them visible (the commit point), then the
    vectors of the version it replaced: every committed chunk has its vector at every moment."""
    replaced = [report.doc_id, *(replaces or [])]
    old_ids = set(collection.get(where={"doc_id": {"$in": replaced}}, include=[])["ids"])
    if report.chunks:
        collection.upsert(
            ids=[c.id for c in report.chunks],
            embeddings=vectors,
            documents=[c.text for c in report.chunks],
            metadatas=[{"doc_id": report.doc_id, "sha256": report.sha256, "ordinal": c.ordinal,
                        "region": report.meta.region, "year": report.meta.year or 0} for c in report.chunks],
        )
    tokens = [tokenize(chunk_index_text(report, c)) for c in report.chunks]
    store.put_report(report, tokens, index_key(embedder), extract_indicators(report), replaces=replaces or [],
                     labelled=extract_labels(report))
    stale = sorted(old_ids - {c.id for c in report.chunks})
    if stale:
        collection.delete(ids=stale)
