"""The index as a LangChain retriever: a question is analysed (its places and years scope the
search), then searched in the reports it names."""

from __future__ import annotations

from typing import Any

from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever
from pydantic import ConfigDict

from app.answering.question import Question, analyse
from app.index.retrieval import Index


def analyse_in(index: Index, text: str, max_chars: int = 500) -> Question:
    """A question analysed against the index's catalog, reloaded first when ingest has moved on."""
    index.refresh()
    return analyse(text, index.catalog, max_chars)


class HybridRetriever(BaseRetriever):
    """LangChain retriever over an Index; the question's named regions and years scope the search."""

    model_config = ConfigDict(arbitrary_types_allowed=True)
    index: Any
    k: int = 8
    mode: str = "hybrid"

    def _get_relevant_documents(
        self, query: str, *, run_manager: CallbackManagerForRetrieverRun
    ) -> list[Document]:
        question = analyse_in(self.index, query)
        hits = self.index.search(question, question.doc_ids, self.k, self.mode)
        return [
            Document(
                page_content=h.chunk.text,
                metadata={"chunk_id": h.chunk.id, "doc_id": h.chunk.doc_id, "section": h.chunk.section,
                          "start": h.chunk.start, "end": h.chunk.end, "score": h.score},
            )
            for h in hits
        ]
