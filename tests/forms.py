"""A 项目支出绩效自评表 as departments attach it: an Excel form with merged header cells and formulas,
made with openpyxl and saved by LibreOffice (which computes the formulas and stores their values,
as Excel does) as .xlsx and as .xls. The figures are made up for the tests."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

TITLE = "项目支出绩效自评表"
SHEET = "自评表"


def write_form(path: Path) -> Path:
    """The form as openpyxl writes it: formulas without computed values (LibreOffice adds them)."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = SHEET
    rows = [
        [TITLE],
        ["（2023年度）"],
        ["项目名称", "博罗县高标准农田建设项目"],
        ["主管部门", "博罗县农业农村局", None, None, "实施单位", "博罗县农田建设服务中心"],
        ["项目资金（万元）", None, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        [None, "年度资金总额", 860, 912.5, 874.36, 10, "=E6/D6", "=ROUND(F6*G6,2)"],
        [None, "其中：当年财政拨款", 800, 850, 815.2, None, "=E7/D7", None],
        [None, "上年结转资金", 60, 62.5, 59.16, None, "=E8/D8", None],
        ["年度总体目标", "预期目标", None, None, "实际完成情况"],
        [None, "新建高标准农田1.2万亩，配套灌溉渠道40公里。", None, None, "建成高标准农田1.26万亩，灌溉渠道42.5公里。"],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因"],
        [None, "产出指标", "数量指标", "新建高标准农田面积", "≥1.2万亩", "1.26万亩", 20, 20],
        [None, None, None, "配套灌溉渠道长度", "≥40公里", "42.5公里", 10, 10],
        [None, None, "质量指标", "工程验收合格率", "100%", "98.6%", 15, 14, "两处渠段返修"],
        [None, "效益指标", "社会效益指标", "受益农户数", "≥3000户", "3268户", 15, 15],
        [None, "满意度指标", "服务对象满意度指标", "受益农户满意度", "≥90%", "95.4%", 10, 10],
        ["总分", None, None, None, None, None, 100, "=SUM(H6,H12:H16)"],
    ]
    for row in rows:
        ws.append(row)
    for ref in ("A1:I1", "A2:I2", "B3:I3", "B4:D4", "F4:I4", "A5:B5", "A6:A8", "A9:A10", "B9:D9", "E9:I9",
                "B10:D10", "E10:I10", "A11:A16", "B12:B14", "C12:C13", "A17:F17"):
        ws.merge_cells(ref)
    for r in range(6, 9):
        ws.cell(r, 7).number_format = "0.00%"
        for c in (3, 4, 5):
            ws.cell(r, c).number_format = "0.00"
    wb.save(str(path))
    return path


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def convert(path: Path, fmt: str, out_dir: Path, timeout: float = 180) -> Path:
    """path saved by LibreOffice headless as fmt ("xlsx", "xls", "doc", "docx"…) in out_dir."""
    exe = soffice()
    if exe is None:
        raise RuntimeError("LibreOffice (soffice) is not installed: apt-get install libreoffice-calc")
    out_dir.mkdir(parents=True, exist_ok=True)
    profile = out_dir / ".lo-profile"
    subprocess.run(
        [exe, f"-env:UserInstallation={profile.resolve().as_uri()}", "--headless", "--norestore",
         "--convert-to", fmt, "--outdir", str(out_dir), str(path)],
        check=True, capture_output=True, timeout=timeout, env={**os.environ, "HOME": str(profile)},
    )
    shutil.rmtree(profile, ignore_errors=True)
    out = out_dir / f"{path.stem}.{fmt.split(':')[0]}"
    if not out.is_file():
        raise RuntimeError(f"LibreOffice made no {fmt} of {path.name}")
    return out
