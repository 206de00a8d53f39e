"""Read the vocabulary files (app/vocab/data/*.toml), each validated by a pydantic model.

The files ship inside the package and are read through importlib.resources, so an installed wheel
reads the same words as the source tree. A file that does not fit its model (a wrong type, an
unknown key, an empty list or word) stops the program with a message naming the file and the key,
instead of answering with half a vocabulary.
"""

from __future__ import annotations

import hashlib
import re
import tomllib
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Annotated, Any, TypeVar

from pydantic import BaseModel, ConfigDict, Field, StrictStr, StringConstraints, ValidationError

DATA: Traversable = resources.files("app.vocab").joinpath("data")

# A word is a non-empty string (an empty one would be found in every text); a list of words
# holds at least one. An optional list is left out of the file, not written empty.
Word = Annotated[StrictStr, StringConstraints(min_length=1)]
Char = Annotated[StrictStr, StringConstraints(min_length=1, max_length=1)]
Words = Annotated[tuple[Word, ...], Field(min_length=1)]
Chars = Annotated[tuple[Char, ...], Field(min_length=1)]


class VocabularyError(ValueError):
    """A vocabulary file that cannot be read or does not fit its model."""


class Strict(BaseModel):
    """A part of a vocabulary file: no key the model does not know, never changed once read."""

    model_config = ConfigDict(extra="forbid", frozen=True)


M = TypeVar("M", bound=BaseModel)


def load(name: str, model: type[M], root: Traversable | Path | None = None) -> M:
    """The vocabulary file `name` of root (the package's data folder), validated by model."""
    path = (root if root is not None else DATA).joinpath(name)
    try:
        data = tomllib.loads(path.read_text("utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise VocabularyError(f"{path}: {exc}") from None
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        # the file's arrays are read into tuples; the file's reader knows them as lists
        problems = "; ".join(f"{_key(data, e['loc'])}: {_as_lists(e['msg'])}" for e in exc.errors())
        raise VocabularyError(f"{path}: {problems}") from None


def _as_lists(message: str) -> str:
    return message.replace("Tuple", "List").replace("tuple", "list")


def _key(data: Any, loc: Iterable[int | str]) -> str:
    """Where a problem is, as written in the file: "concepts.spend.asked[2]", and for an entry of an
    array of tables its name: 'indicator[4] (基本支出).labels'."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
            item = data[part] if isinstance(data, list) and part < len(data) else None
            if isinstance(item, dict) and isinstance(item.get("name"), str):
                out += f" ({item['name']})"
            data = item
        else:
            out += f".{part}" if out else part
            data = data.get(part) if isinstance(data, dict) else None
    return out or "(top level)"


def alternatives(words: Iterable[str]) -> str:
    """A regex alternation of literal words, in their order ("a|b|c"): the first that fits wins."""
    return "|".join(map(re.escape, words))


def char_class(chars: Iterable[str]) -> str:
    """The inside of a regex character class of literal characters ("[...]" without the brackets)."""
    return "".join(map(re.escape, chars))


def digest(root: Traversable | Path | None = None) -> str:
    """A short hash of the vocabulary files' names and bytes: it changes when any word does."""
    folder = root if root is not None else DATA
    files = sorted((f for f in folder.iterdir() if f.is_file() and f.name.endswith((".toml", ".json"))),
                   key=lambda f: f.name)
    h = hashlib.sha256()
    for f in files:
        content = f.read_bytes()
        h.update(f"{f.name}\0{len(content)}\0".encode())
        h.update(content)
    return h.hexdigest()[:12]


@lru_cache(maxsize=1)
def shipped_digest() -> str:
    """digest() of the package's own vocabulary files, read once."""
    return digest()
