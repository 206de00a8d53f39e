"""Reports added from the web chat: checked (type, size, name), saved under the data dir, ingested.

A file whose name is already indexed (the same doc_id: a corpus report, an earlier upload) is
refused unless its bytes are the indexed ones, whatever folder the data dir lies in: an upload
never replaces a report.

Only what ingest reads is accepted (ingest.load.SUPPORTED_SUFFIXES); a planned format ingest does
not read yet is refused with a message saying so. A rejected file always says why.
"""

from __future__ import annotations

import logging
import re
import shutil
import tempfile
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from langchain_core.embeddings import Embeddings

from app.core.settings import Settings
from app.index.store import DocStore
from ingest.load import SUPPORTED_SUFFIXES, discover, display_path, sha256

log = logging.getLogger(__name__)
PLANNED_SUFFIXES = tuple(s for s in (".docx", ".pdf") if s not in SUPPORTED_SUFFIXES)
MAX_NAME_CHARS = 80
State = Literal["waiting", "checking", "queued", "indexing", "done", "refused"]
STATE_TEXT = {"waiting": "等待检查", "checking": "正在检查", "queued": "等待索引", "indexing": "正在索引（切分、向量化）",
              "done": "完成", "refused": "未导入"}


@dataclass(frozen=True)
class FileState:
    """Where one file of an upload batch stands, for the progress shown beside the upload button."""

    name: str
    state: State
    message: str = ""


Progress = Callable[[float, list[FileState]], None]  # the batch's fraction done, and each file's state


@dataclass(frozen=True)
class Outcome:
    """What became of one uploaded file."""

    name: str  # as uploaded
    ok: bool
    message: str
    saved_as: str = ""


def supported_text() -> str:
    return "、".join(SUPPORTED_SUFFIXES)


def formats_note(max_bytes: int) -> str:
    """What the upload accepts, for the page: the formats ingest reads (and those still to come), and
    the size limit, worded as every refusal words it."""
    later = f"（{'、'.join(PLANNED_SUFFIXES)} 将在后续版本支持）" if PLANNED_SUFFIXES else ""
    return f"支持 {supported_text()}{later}，单个文件不超过 {size_text(max_bytes)}。"


def size_text(size: int) -> str:
    """A file size as the page says it, in decimal megabytes: 5000000 → "5 MB", 5240000 → "5.2 MB"."""
    return f"{round(size / 1e6, 1):g} MB" if size >= 100_000 else f"{round(size / 1e3, 1):g} KB"


def too_large(size: int, max_bytes: int) -> str:
    """Why a file over the limit is refused (the page's own check says the same, web.js)."""
    return f"文件过大（{size_text(size)}），上限 {size_text(max_bytes)}"


def safe_name(name: str) -> str:
    """A file name safe to write under the uploads folder: no folders, no control or shell
    characters, no leading dot, at most MAX_NAME_CHARS before the extension; "" when nothing is left."""
    base = Path(unicodedata.normalize("NFKC", name).replace("\\", "/").rsplit("/", 1)[-1])
    stem = re.sub(r"[^\w.\-]+", "_", base.stem)
    stem = re.sub(r"_{2,}", "_", stem).strip("._- ")[:MAX_NAME_CHARS].rstrip("._- ")
    suffix = re.sub(r"[^\w.]+", "", base.suffix.lower())
    return f"{stem}{suffix}" if stem else ""


def check_file(name: str, size: int, max_bytes: int) -> str | None:
    """Why an upload is refused, or None when it may be ingested."""
    suffix = Path(name).suffix.lower()
    if suffix in PLANNED_SUFFIXES:
        return f"暂不支持 {suffix} 文件：目前只能导入 {supported_text()}，{suffix} 将在后续版本支持"
    if suffix not in SUPPORTED_SUFFIXES:
        return f"不支持的文件类型“{suffix or '无扩展名'}”：只能导入 {supported_text()}"
    if size <= 0:
        return "空文件"
    if size > max_bytes:
        return too_large(size, max_bytes)
    if not safe_name(name):
        return "文件名无效"
    return None


def _doc_id(path: Path, root: Path) -> str:
    """The doc_id ingest will give a file of this name (ingest's own rule, by asking it)."""
    files, _ = discover([path], root)
    return files[0].doc_id


def add_reports(paths: list[Path], settings: Settings, embeddings: Embeddings,
                progress: Progress | None = None) -> list[Outcome]:
    """Check, save and ingest uploaded files, one at a time, so that each file's state can be shown;
    one outcome per file, in order."""
    from ingest.index import ingest

    states = [FileState(p.name, "waiting") for p in paths]
    outcomes: dict[int, Outcome] = {}

    def step(fraction: float, i: int | None = None, state: State | None = None, message: str = "") -> None:
        if i is not None and state is not None:
            states[i] = FileState(paths[i].name, state, message)
        if progress is not None:
            progress(fraction, list(states))

    def settle(i: int, outcome: Outcome, fraction: float) -> None:
        outcomes[i] = outcome
        step(fraction, i, "done" if outcome.ok else "refused", outcome.message)

    accepted: dict[int, Path] = {}
    store = DocStore(settings.store_path)
    try:
        known = store.sources()
        indexed_sha = {doc_id: sha for sha, docs in store.by_sha256().items() for doc_id, _ in docs}
    finally:
        store.close()
    settings.uploads_dir.mkdir(parents=True, exist_ok=True)
    taken: dict[str, int] = {}
    checked = 0.1 / max(1, len(paths))
    with tempfile.TemporaryDirectory() as staging:
        for i, path in enumerate(paths):
            step(i * checked, i, "checking")
            size = path.stat().st_size if path.is_file() else 0
            reason = check_file(path.name, size, settings.upload_max_bytes)
            if reason:
                settle(i, Outcome(path.name, False, reason), (i + 1) * checked)
                continue
            name = safe_name(path.name)
            dest = settings.uploads_dir / name
            staged = Path(staging) / name
            shutil.copyfile(path, staged)
            doc_id = _doc_id(staged, settings.project_root)
            existing = known.get(doc_id)
            if doc_id in taken:
                settle(i, Outcome(path.name, False, "与同一批中的另一个文件同名", name), (i + 1) * checked)
            elif existing is not None and indexed_sha.get(doc_id) == sha256(staged.read_bytes()):
                settle(i, Outcome(path.name, True, f"已在索引中（与 {existing} 内容相同）", name), (i + 1) * checked)
            elif existing is not None:
                settle(i, Outcome(path.name, False, f"与已索引的报告 {existing} 同名，请改名后再上传", name),
                       (i + 1) * checked)
            else:
                taken[doc_id] = i
                shutil.copyfile(staged, dest)
                accepted[i] = dest
                step((i + 1) * checked, i, "queued")
    for k, (i, dest) in enumerate(accepted.items()):
        step(0.1 + 0.9 * k / len(accepted), i, "indexing")
        result = ingest([dest], settings, embeddings, progress=False)
        shown = display_path(dest, settings.project_root)
        reason = dict(result.failed).get(shown) or dict(result.failed).get(str(dest))
        twin = dict(result.duplicates).get(shown) or dict(result.duplicates).get(str(dest))
        if reason:
            dest.unlink(missing_ok=True)
            outcome = Outcome(paths[i].name, False, f"无法索引：{reason}", dest.name)
        elif twin:
            dest.unlink(missing_ok=True)
            outcome = Outcome(paths[i].name, True, f"已在索引中（与 {twin} 内容相同）", dest.name)
        else:
            outcome = Outcome(paths[i].name, True, "已索引，可以提问", dest.name)
        settle(i, outcome, 0.1 + 0.9 * (k + 1) / len(accepted))
        log.info("uploaded %s: %d added, %d updated, %d failed", dest.name, len(result.added), len(result.updated),
                 len(result.failed))
    step(1.0)
    return [outcomes[i] for i in range(len(paths))]
