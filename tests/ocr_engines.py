"""The OCR engine comparison behind ingest/ocr.py's choice, for BENCHMARKS.md.

    python -m tests.ocr_engines [--pages 6]

Renders the made-up report of tests/scanned.py to page images (200 dpi) and reads them with
RapidOCR (the `rapidocr-onnxruntime` wheel; its default input limit and govqa's) and, when Debian's
`tesseract` with `chi_sim` is installed, Tesseract (`--psm 6`). Prints per engine: seconds per page,
figures read exactly (after ingest.ocr.normalise for RapidOCR), full stops kept, the load average."""

from __future__ import annotations

import argparse
import io
import os
import shutil
import subprocess
import time

import numpy as np
import pypdfium2 as pdfium

from ingest.ocr import DPI, MAX_SIDE, normalise
from tests import scanned


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=6)
    pages = scanned.report_pages(parser.parse_args().pages)
    pdf = pdfium.PdfDocument(scanned.scanned_pdf(pages))
    images = [pdf[i].render(scale=DPI / 72).to_pil().convert("RGB") for i in range(len(pdf))]
    stops = sum("".join(p).count("。") for p in pages)

    def report(name: str, texts: list[str], seconds: float) -> None:
        exact, total = scanned.figure_accuracy(pages, texts)
        print(f"{name}: {seconds / len(images):.1f} s/page; figures {exact}/{total} exact; "
              f"full stops {sum(t.count('。') for t in texts)}/{stops}; load avg {os.getloadavg()[0]:.1f}")

    from rapidocr_onnxruntime import RapidOCR

    for label, engine in (("RapidOCR 1.4.4, default input limit", RapidOCR()),
                          (f"RapidOCR 1.4.4, max_side_len={MAX_SIDE} (govqa)", RapidOCR(max_side_len=MAX_SIDE))):
        started = time.perf_counter()
        texts = ["\n".join(normalise(line[1]) for line in (engine(np.asarray(im))[0] or [])) for im in images]
        report(label, texts, time.perf_counter() - started)
    if shutil.which("tesseract"):
        started = time.perf_counter()
        texts = []
        for im in images:
            png = io.BytesIO()
            im.convert("L").save(png, format="PNG")
            texts.append(subprocess.run(["tesseract", "stdin", "stdout", "-l", "chi_sim", "--psm", "6"],
                                        input=png.getvalue(), capture_output=True, check=True).stdout.decode())
        report("Tesseract (Debian chi_sim, --psm 6)", texts, time.perf_counter() - started)


if __name__ == "__main__":
    main()
