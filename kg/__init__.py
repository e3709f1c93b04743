"""Yntymaq: a knowledge graph of emergency-management cooperation in Central Asia."""

__version__ = "0.1.0"

from kg.errors import KgError  # noqa: E402
from kg.graph import IngestReport, IngestResult, KnowledgeGraph, run_demo  # noqa: E402

__all__ = ["KnowledgeGraph", "IngestReport", "IngestResult", "KgError", "run_demo", "__version__"]
