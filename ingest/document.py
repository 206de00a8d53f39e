"""What a reader gives for one file: the text govqa reads (citation offsets index it), the regions
of that text that know their place in the file (OCR'd lines, spreadsheet cells), and what the file
says about itself outside its text (a web page's publication date)."""

from __future__ import annotations

from dataclasses import dataclass, field

from app.core.records import Region


@dataclass
class Extracted:
    text: str
    regions: list[Region] = field(default_factory=list)
    published: str | None = None  # ISO date a web page was published
    ocr_pages: int = 0  # PDF pages read by OCR
