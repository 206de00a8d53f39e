"""`govqa` with the fake embedder, for tests that run it as a real process:
`python -m tests.fake_govqa --data-dir DIR ingest ...` (from the project root).

GOVQA_TEST_EMBED_DELAY: seconds to sleep per embedding batch, so that an ingest takes long enough
for a test to kill it part-way. GOVQA_TEST_COMMIT_DELAY: seconds to wait on each side of a report's
commit (its store row), announced on stderr ("commit-start <doc_id>", "commit-done <doc_id>"), so
a test can kill it in the moments that matter: new vectors written but not committed, committed
but the old vectors not yet deleted.
"""

from __future__ import annotations

import os
import sys
import time

from tests.conftest import HashEmbeddings


class SlowHashEmbeddings(HashEmbeddings):
    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        time.sleep(float(os.environ.get("GOVQA_TEST_EMBED_DELAY", "0")))
        return super().embed_documents(texts)


def main() -> int:
    import ingest.embed
    import ingest.index
    from app.cli import main as govqa

    delay = float(os.environ.get("GOVQA_TEST_COMMIT_DELAY", "0"))
    if delay:
        from app.index.store import DocStore

        put_report = DocStore.put_report

        def slow_put_report(self, report, *args, **kwargs):  # type: ignore[no-untyped-def]
            print("commit-start", report.doc_id, file=sys.stderr, flush=True)
            time.sleep(delay)
            put_report(self, report, *args, **kwargs)
            print("commit-done", report.doc_id, file=sys.stderr, flush=True)
            time.sleep(delay)

        DocStore.put_report = slow_put_report  # type: ignore[method-assign]

    fake = SlowHashEmbeddings()
    ingest.embed.get_embeddings = lambda *a, **k: fake  # type: ignore[assignment]
    ingest.index.get_embeddings = lambda *a, **k: fake  # type: ignore[assignment]
    return govqa()


if __name__ == "__main__":
    sys.exit(main())
