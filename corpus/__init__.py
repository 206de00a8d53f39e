"""The five bundled reports (*.txt), read with importlib.resources as the templates of `govqa bench`'s
synthetic corpus (app/eval/synth.py); the wheel ships them as the package govqa_corpus."""
