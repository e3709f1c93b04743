"""Where the data files live, in a checkout and in an installed wheel alike."""

from pathlib import Path

PACKAGE = Path(__file__).resolve().parent
_CHECKOUT = PACKAGE.parent
_BUNDLED = PACKAGE / "_data"


def _data_dir(name: str) -> Path:
    # A checkout has ontology/ and queries/ beside kg/; a wheel carries them in kg/_data/.
    for root in (_CHECKOUT, _BUNDLED):
        candidate = root / name
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"data folder {name!r} is missing from the installation")


def ontology_dir() -> Path:
    return _data_dir("ontology")


def queries_dir() -> Path:
    return _data_dir("queries")


def ontology_file() -> Path:
    return ontology_dir() / "ecr.ttl"


def shapes_file() -> Path:
    return ontology_dir() / "shapes.ttl"


def context_file() -> Path:
    return ontology_dir() / "context.jsonld"


def reference_files() -> list[Path]:
    return sorted((ontology_dir() / "reference").glob("*.ttl"))


def patterns_dir() -> Path:
    return PACKAGE / "extract" / "patterns"


def corpus_dir() -> Path:
    return PACKAGE / "data" / "corpus"
