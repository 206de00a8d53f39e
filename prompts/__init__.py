"""The prompt files (*.txt) of answers and of the optional language model, read with importlib.resources;
the wheel ships this folder as the package govqa_prompts, so a non-editable install finds them too."""
