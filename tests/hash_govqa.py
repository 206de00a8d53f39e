"""`govqa` (app.cli.main) with the tests' hash embedder instead of the bundled model, for tests that
need a real `govqa serve` or `govqa ingest` process in seconds: `python -m tests.hash_govqa serve …`."""

from __future__ import annotations

import os
import sys

_LLM = {k: v for k, v in os.environ.items() if k.startswith("GOVQA_LLM_")}  # tests.conftest drops them

import ingest.embed  # noqa: E402
import ingest.index  # noqa: E402
from app.cli import main  # noqa: E402
from tests.conftest import HashEmbeddings  # noqa: E402


def _hash_embeddings(spec: str, threads: int = 0) -> HashEmbeddings:
    return HashEmbeddings()


if __name__ == "__main__":
    os.environ.update(_LLM)
    ingest.embed.get_embeddings = _hash_embeddings  # type: ignore[assignment]
    ingest.index.get_embeddings = _hash_embeddings  # type: ignore[assignment]
    sys.exit(main(sys.argv[1:]))
