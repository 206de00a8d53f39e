import pytest

from ingest.clean import clean
from ingest.metadata import extract_metadata
from tests.conftest import raw_text

EXPECTED = {
    "wuchuan-2023.txt": ("吴川市政务服务数据管理局", "吴川市", "湛江市", "市", 2023, "2024-04-29"),
    "zhanjiang-2024.txt": ("湛江市政务服务和数据管理局", "湛江市", "", "市", 2024, "2025-05-14"),
    "meijiang-2023.txt": ("梅州市梅江区政务服务数据管理局", "梅江区", "梅州市", "区", 2023, "2024-07-22"),
    "huidong-2023.txt": ("惠东县政务服务数据管理局", "惠东县", "惠州市", "县", 2023, "2024-10-20"),
    "jiangmen-2021.txt": ("江门市政务服务数据管理局", "江门市", "", "市", 2021, "2022-05-16"),
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_metadata_of_each_report(name):
    meta = extract_metadata(clean(raw_text(name)).text)
    assert (meta.department, meta.region, meta.city, meta.admin_level, meta.year, meta.filing_date) == EXPECTED[name]
    assert meta.title_read and meta.title.endswith("绩效自评报告")  # the report's own title line
    assert meta.title in raw_text(name).replace("\n", "").replace(" ", "")  # read, never composed


def test_blank_department_line_is_recognised_from_the_body():
    text = clean(raw_text("meijiang-2023.txt")).text
    assert "部门名称：\n" in text  # the field really is empty
    assert extract_metadata(text).department == "梅州市梅江区政务服务数据管理局"


def test_manifest_overrides_win():
    meta = extract_metadata(clean(raw_text("huidong-2023.txt")).text, overrides={"year": 2022})
    assert meta.year == 2022 and meta.region == "惠东县"
