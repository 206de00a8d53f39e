"""`govqa bench`'s synthetic corpus: its templates come from the package govqa_corpus (corpus/ in the
source tree, shipped in the wheel), and every generated report states the figures its questions expect."""

import json
from importlib import resources
from pathlib import Path

from app.core.figures import all_facts
from app.eval.synth import CORPUS, TEMPLATES, generate


def test_templates_are_package_data_not_a_checkout_path() -> None:
    assert Path(str(resources.files("govqa_corpus"))) == CORPUS
    for template in TEMPLATES:
        assert (CORPUS / template.file).is_file(), template.file


def test_generated_reports_state_the_figures_their_questions_expect(tmp_path: Path) -> None:
    reports, questions = generate(5, tmp_path)
    assert [r.file for r in reports] == [f"synth-{i:04d}.txt" for i in range(5)]
    templates = {t.region for t in TEMPLATES}
    for report in reports:
        assert report.region not in templates  # a look-alike, never one of the real reports
        assert (tmp_path / "reports" / report.file).read_text("utf-8") == report.text
        assert all_facts([figure for _, figure in report.facts], report.text), report.facts
    rows = [json.loads(line) for line in questions.read_text("utf-8").splitlines()]
    answerable = [r for r in rows if r["answerable"]]
    assert answerable and all(
        r["expect"] and r["doc"] in {x.region for x in reports} for r in answerable
    )
    assert any(not r["answerable"] for r in rows)
    assert generate(5, tmp_path / "again")[0][0].text == reports[0].text  # deterministic
