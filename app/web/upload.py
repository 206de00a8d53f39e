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

from langchain_core.embeddings import Embeddings

from app.core.settings import Settings
from app.index.store import DocStore
from ingest.load import SUPPORTED_SUFFIXES, discover, display_path, sha256

log = logging.getLogger(__name__)
PLANNED_SUFFIXES = tuple(s for s in (".docx", ".pdf") if s not in SUPPORTED_SUFFIXES)
MAX_NAME_CHARS = 80
Progress = Callable[[float, str], None]


@dataclass(frozen=True)
class Outcome:
    """What became of one uploaded file."""

    name: str  # as uploaded
    ok: bool
    message: str
    saved_as: str = ""


def supported_text() -> str:
    return "、".join(SUPPORTED_SUFFIXES)


def formats_note() -> str:
    """What the upload accepts, for the page: the formats ingest reads, and those still to come."""
    later = f"（{'、'.join(PLANNED_SUFFIXES)} 将在后续版本支持）" if PLANNED_SUFFIXES else ""
    return f"支持 {supported_text()}{later}"


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
        return f"文件过大（{size / 1e6:.1f} MB，上限 {max_bytes / 1e6:.1f} MB）"
    if not safe_name(name):
        return "文件名无效"
    return None


def _doc_id(path: Path, root: Path) -> str:
    """The doc_id ingest will give a file of this name (ingest's own rule, by asking it)."""
    files, _ = discover([path], root)
    return files[0].doc_id


def add_reports(paths: list[Path], settings: Settings, embeddings: Embeddings,
                progress: Progress | None = None) -> list[Outcome]:
    """Check, save and ingest uploaded files; one outcome per file, in order."""
    from ingest.index import ingest

    step = progress or (lambda _f, _d: None)
    outcomes: dict[int, Outcome] = {}
    accepted: dict[int, Path] = {}
    store = DocStore(settings.store_path)
    try:
        known = store.sources()
        indexed_sha = {doc_id: sha for sha, docs in store.by_sha256().items() for doc_id, _ in docs}
    finally:
        store.close()
    settings.uploads_dir.mkdir(parents=True, exist_ok=True)
    taken: dict[str, int] = {}
    with tempfile.TemporaryDirectory() as staging:
        for i, path in enumerate(paths):
            step(i / max(1, len(paths)) * 0.3, f"检查 {path.name}")
            size = path.stat().st_size if path.is_file() else 0
            reason = check_file(path.name, size, settings.upload_max_bytes)
            if reason:
                outcomes[i] = Outcome(path.name, False, reason)
                continue
            name = safe_name(path.name)
            dest = settings.uploads_dir / name
            staged = Path(staging) / name
            shutil.copyfile(path, staged)
            doc_id = _doc_id(staged, settings.project_root)
            if doc_id in taken:
                outcomes[i] = Outcome(path.name, False, "与同一批中的另一个文件同名", name)
                continue
            existing = known.get(doc_id)
            if existing is not None and indexed_sha.get(doc_id) == sha256(staged.read_bytes()):
                outcomes[i] = Outcome(path.name, True, f"已在索引中（与 {existing} 内容相同）", name)
                continue
            if existing is not None:
                outcomes[i] = Outcome(path.name, False, f"与已索引的报告 {existing} 同名，请改名后再上传", name)
                continue
            taken[doc_id] = i
            shutil.copyfile(staged, dest)
            accepted[i] = dest
    if accepted:
        step(0.4, f"索引 {len(accepted)} 个文件（切分、向量化）…")
        result = ingest(list(accepted.values()), settings, embeddings, progress=True)
        failed = dict(result.failed)
        for i, dest in accepted.items():
            shown = display_path(dest, settings.project_root)
            reason = failed.get(shown) or failed.get(str(dest))
            if reason:
                dest.unlink(missing_ok=True)
                outcomes[i] = Outcome(paths[i].name, False, f"无法索引：{reason}", dest.name)
            else:
                outcomes[i] = Outcome(paths[i].name, True, "已索引，可以提问", dest.name)
        log.info("uploaded: %d added, %d updated, %d unchanged, %d failed", len(result.added),
                 len(result.updated), len(result.unchanged), len(result.failed))
    step(1.0, "完成")
    return [outcomes[i] for i in range(len(paths))]
