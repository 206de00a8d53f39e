"""One typed settings object, read from GOVQA_* environment variables."""

from __future__ import annotations

from pathlib import Path

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Everything configurable; built once in an entry point and passed down."""

    model_config = SettingsConfigDict(env_prefix="GOVQA_", extra="ignore")

    data_dir: Path = Field(default=Path(".govqa"), description="Where the index lives.")
    embeddings: str = Field(
        default="e5-small",
        description="'e5-small' (bundled, offline) or 'sentence-transformers:<model id or path>'.",
    )
    corpus_dir: Path = Field(default=Path("corpus"), description="Reports ingested by default.")
    project_root: Path = Field(
        default_factory=Path.cwd, description="Citation 'source' paths are relative to this."
    )
    chroma_url: str | None = Field(
        default=None, description="A `chroma run` server, e.g. http://127.0.0.1:8000; unset = embedded."
    )
    top_k: int = Field(default=8, ge=1, le=50, description="Chunks retrieved per report scope.")
    retrieval_mode: str = Field(default="hybrid", pattern="^(hybrid|bm25|dense)$")
    chunk_target_chars: int = Field(default=360, ge=80)
    chunk_max_chars: int = Field(default=720, ge=120)
    hold_vectors: int = Field(
        default=200_000, ge=0,
        description="Up to this many chunks, the query side holds their vectors and ranks them exactly "
        "in memory (1.5 KB each at 384 dimensions); past it, Chroma ranks them.",
    )
    max_file_bytes: int = Field(default=20_000_000, ge=1, description="Larger files are skipped.")
    follow_symlinks: bool = Field(
        default=False,
        description="Follow symbolic links found while ingesting, only those that stay inside the given folder; "
        "by default no link is followed.",
    )
    max_text_chars: int = Field(default=2_000_000, ge=1000, description="A file with more text is refused.")
    max_inflated_bytes: int = Field(
        default=100_000_000, ge=1, description="A .docx/.xlsx whose parts would inflate to more is refused."
    )
    max_document_elements: int = Field(
        default=200_000, ge=1, description="A .docx/.xlsx with more paragraphs and cells is refused."
    )
    max_pdf_pages: int = Field(default=2000, ge=1, description="A PDF with more pages is refused.")
    max_pdf_stream_bytes: int = Field(
        default=50_000_000, ge=1, description="A PDF with a compressed stream that inflates to more is refused."
    )
    read_memory_mb: int = Field(
        default=3072, ge=128,
        description="Address-space cap of the process that reads documents (.docx, .pdf, OCR of scanned pages).",
    )
    read_timeout_s: float = Field(default=120.0, gt=0, description="Longest time to read one document.")
    read_page_timeout_s: float = Field(
        default=30.0, ge=0, description="More time to read a PDF, per page (a scanned page is read by OCR).")
    max_question_chars: int = Field(default=500, ge=10, description="Longer questions are cut.")
    embed_batch_size: int = Field(default=16, ge=1)
    threads: int = Field(default=0, ge=0, description="Embedder threads; 0 = all cores.")
    serve_threads: int = Field(
        default=1, ge=0, description="Embedder threads of `govqa serve` (it embeds one short question at a time "
                                     "per user; more threads spin on a shared core); 0 = all cores.")
    ingest_nice: int = Field(
        default=10, ge=0, le=19, description="How far `govqa ingest` lowers its CPU priority, so that questions "
                                             "answered on the same machine come first; 0 = not at all.")
    auth: SecretStr | None = Field(
        default=None, description="Web chat logins, 'user:password[,user:password...]'; never logged."
    )
    min_password_chars: int = Field(
        default=10, ge=1, description="A GOVQA_AUTH password shorter than this (or weaker, see access.py) is refused."
    )
    login_attempts: int = Field(
        default=5, ge=1, description="Wrong logins from one client, or for one user name, before it must wait."
    )
    login_wait_s: float = Field(
        default=30.0, gt=0, description="The wait after too many wrong logins; it doubles with each further one."
    )
    concurrency: int = Field(default=8, ge=1, le=64, description="Questions the web chat answers at once.")
    allow_upload: bool = Field(default=False, description="Let web chat users add report files.")
    upload_max_bytes: int = Field(default=5_000_000, ge=1, description="Largest file the web chat accepts.")
    llm_base_url: str | None = Field(
        default=None,
        description="An OpenAI-compatible server, e.g. http://127.0.0.1:8000/v1; unset = extractive answers.",
    )
    llm_model: str | None = Field(default=None, description="The model name the server knows.")
    llm_api_key: SecretStr | None = Field(default=None, description="Bearer key, if the server wants one; never logged.")
    llm_timeout_s: float = Field(default=60.0, gt=0, le=600, description="Longest wait for a whole answer.")
    llm_failures: int = Field(
        default=3, ge=1, description="After this many failed model answers in a row, the model is skipped for a while."
    )
    llm_cooldown_s: float = Field(
        default=60.0, ge=0, description="How long the model is skipped after llm_failures failures in a row."
    )

    @property
    def llm_enabled(self) -> bool:
        """Whether answers are written by a model (both the server and the model are named)."""
        return bool(self.llm_base_url and self.llm_model)

    @property
    def chroma_dir(self) -> Path:
        return self.data_dir / "chroma"

    @property
    def store_path(self) -> Path:
        return self.data_dir / "govqa.sqlite"

    @property
    def feedback_path(self) -> Path:
        return self.data_dir / "feedback.jsonl"

    @property
    def uploads_dir(self) -> Path:
        return self.data_dir / "uploads"
