"""`govqa` (app.cli.main) with the tests' hash embedder instead of the bundled model, for tests that
need a real `govqa serve` or `govqa ingest` process in seconds: `python -m tests.hash_govqa serve …`."""

from __future__ import annotations

import sys

import ingest.embed
import ingest.index
from app.cli import main
from tests.conftest import HashEmbeddings


def _hash_embeddings(spec: str, threads: int = 0) -> HashEmbeddings:
    return HashEmbeddings()


if __name__ == "__main__":
    ingest.embed.get_embeddings = _hash_embeddings  # type: ignore[assignment]
    ingest.index.get_embeddings = _hash_embeddings  # type: ignore[assignment]
    sys.exit(main(sys.argv[1:]))
