"""Scanned reports made in the tests: report text (written here, not from the bundled reports)
rendered to page images with a CJK font and saved as a PDF without a text layer, as a scanner or a
"print to image" driver makes it; and a PDF whose text layer is junk (private-use characters)."""

from __future__ import annotations

import io
import random
import re
from pathlib import Path

from tests.bombs import _pdf

FONT_PATHS = (
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc",
)
FIGURE = re.compile(r"\d[\d,]*(?:\.\d+)?")
DPI = 200


def font_path() -> str | None:
    return next((p for p in FONT_PATHS if Path(p).is_file()), None)


TOWNS = ("青石镇", "白沙镇", "龙溪乡", "南岗街道", "石门镇", "东坪乡", "黄岭镇", "西湖街道", "红旗镇", "柏林乡",
         "新桥镇", "凤凰街道", "金竹乡", "梅花镇", "大河镇", "松岗乡")


def report_pages(n_pages: int = 6, seed: int = 17) -> list[list[str]]:
    """The lines of a made-up 项目支出 self-evaluation report, n_pages pages of 14 lines;
    each paragraph is about one town and one kind of figure (money to two decimals, rates, counts,
    lengths), so each figure is asked for by its town and its label."""
    rng = random.Random(seed)
    paragraphs: list[str] = []
    for town in TOWNS:
        budget = rng.randint(10000, 999999) / 100
        spent = round(budget * rng.uniform(0.8, 1.0), 2)
        paragraphs += [
            f"{town}全年预算数为{budget:,.2f}万元，全年执行数为{spent:,.2f}万元，预算执行率为{spent / budget * 100:.2f}%。",
            f"{town}完成高标准农田建设{rng.randint(1200, 9800)}亩，带动农户{rng.randint(120, 3600)}户增收，"
            f"满意度达到{rng.randint(900, 999) / 10}%。",
            f"{town}新建灌溉渠道{rng.randint(12, 98)}.{rng.randint(1, 9)}公里，修建机耕路{rng.randint(3, 40)}条。",
        ]
    head = ["博罗县农业农村局", "2023年度高标准农田建设项目支出绩效自评报告", "", "一、项目基本情况"]
    lines = head + [line for text in paragraphs for line in _wrap(text, 34)]
    per_page = 14
    return [lines[k * per_page : (k + 1) * per_page] for k in range(n_pages)]


def _wrap(text: str, width: int) -> list[str]:
    return [text[i : i + width] for i in range(0, len(text), width)]


def page_images(pages: list[list[str]], dpi: int = DPI, noise: bool = True) -> list[object]:
    """A4 page images of the lines, 12-point text, slightly grey and speckled like a scan."""
    from PIL import Image, ImageDraw, ImageFont

    path = font_path()
    if path is None:
        raise RuntimeError("no CJK font: apt-get install fonts-noto-cjk")
    width, height = int(8.27 * dpi), int(11.69 * dpi)
    size = round(12 / 72 * dpi)
    font = ImageFont.truetype(path, size)
    rng = random.Random(1)
    images = []
    for lines in pages:
        image = Image.new("L", (width, height), 250)
        draw = ImageDraw.Draw(image)
        y = int(1.0 * dpi)
        for line in lines:
            draw.text((int(1.0 * dpi), y), line, fill=25, font=font)
            y += int(size * 1.9)
        if noise:
            for _ in range(800):
                x, yy = rng.randrange(width), rng.randrange(height)
                draw.point((x, yy), fill=rng.randint(120, 200))
        images.append(image)
    return images


def scanned_pdf(pages: list[list[str]], dpi: int = DPI) -> bytes:
    """A PDF of page images only: no text layer at all."""
    images = page_images(pages, dpi)
    out = io.BytesIO()
    images[0].save(out, format="PDF", save_all=True, append_images=images[1:], resolution=dpi)  # type: ignore[attr-defined]
    return out.getvalue()


def junk_text_pdf(pages: list[list[str]], dpi: int = DPI) -> bytes:
    """A PDF whose pages are images of the text under an invisible text layer that extracts as
    private-use characters (a font whose ToUnicode map points there, as some print-to-PDF drivers
    write): text is there, but not the report's."""
    images = page_images(pages, dpi)
    cmap = (b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Junk def "
            b"1 begincodespacerange <00> <FF> endcodespacerange 1 beginbfrange <20> <7E> <E020> endbfrange "
            b"endcmap CMapName currentdict /CMap defineresource pop end end")
    objects: list[bytes] = [b"", b""]  # 1: catalog, 2: pages (filled in last)
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 4 0 R >>")  # 3
    objects.append(b"<< /Length %d >>\nstream\n" % len(cmap) + cmap + b"\nendstream")  # 4
    kids = []
    w, h = 595, 842
    for image, lines in zip(images, pages, strict=True):
        jpeg = io.BytesIO()
        image.save(jpeg, format="JPEG", quality=85)  # type: ignore[attr-defined]
        data = jpeg.getvalue()
        iw, ih = image.size  # type: ignore[attr-defined]
        objects.append(b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray "
                       b"/BitsPerComponent 8 /Filter /DCTDecode /Length %d >>\nstream\n" % (iw, ih, len(data))
                       + data + b"\nendstream")
        image_ref = len(objects)
        text = b"".join(b"BT 3 Tr /F1 10 Tf 72 %d Td (%s) Tj ET\n" % (770 - 20 * j, bytes(
            0x21 + (ord(ch) % 90) for ch in line)) for j, line in enumerate(lines) if line)
        content = b"q %d 0 0 %d 0 0 cm /Im0 Do Q\n" % (w, h) + text
        objects.append(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
        content_ref = len(objects)
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Contents %d 0 R "
                       b"/Resources << /Font << /F1 3 0 R >> /XObject << /Im0 %d 0 R >> >> >>"
                       % (w, h, content_ref, image_ref))
        kids.append(len(objects))
    objects[0] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objects[1] = b"<< /Type /Pages /Count %d /Kids [%s] >>" % (len(kids), b" ".join(b"%d 0 R" % k for k in kids))
    return _pdf(objects)


def figure_accuracy(expected_pages: list[list[str]], read_pages: list[str]) -> tuple[int, int]:
    """(figures read exactly, figures printed): a figure counts when the page's OCR text, spaces
    removed, holds it character for character."""
    exact = total = 0
    for lines, text in zip(expected_pages, read_pages, strict=True):
        flat = re.sub(r"\s+", "", text)
        figures = FIGURE.findall("".join(lines))  # lines are wrapped: a figure may span two
        total += len(figures)
        exact += sum(1 for f in figures if f in flat)
    return exact, total
