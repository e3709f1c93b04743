"""SHACL validation of the whole graph against ontology/shapes.ttl."""

from __future__ import annotations

from dataclasses import dataclass

import rdflib
from pyshacl import validate as shacl_validate

from kg import paths

SH = rdflib.Namespace("http://www.w3.org/ns/shacl#")


@dataclass(frozen=True)
class Violation:
    severity: str
    focus: str
    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.severity}: {self.focus} {self.path}: {self.message}"


@dataclass(frozen=True)
class ValidationReport:
    violations: tuple[Violation, ...]

    @property
    def conforms(self) -> bool:
        """True when nothing of severity Violation was found (warnings do not count)."""
        return not any(v.severity == "Violation" for v in self.violations)

    @property
    def warnings(self) -> tuple[Violation, ...]:
        return tuple(v for v in self.violations if v.severity != "Violation")


def validate_graph(data: rdflib.Graph, shapes: rdflib.Graph | None = None) -> ValidationReport:
    """Apply the shapes to a data graph (the ontology is mixed in so that subclasses are targeted)."""
    shapes = shapes if shapes is not None else rdflib.Graph().parse(paths.shapes_file())
    ontology = rdflib.Graph().parse(paths.ontology_file())
    _, results, _ = shacl_validate(data, shacl_graph=shapes, ont_graph=ontology, inference="none",
                                   allow_warnings=True, advanced=True)
    found = []
    for result in results.subjects(rdflib.RDF.type, SH.ValidationResult):
        severity = str(results.value(result, SH.resultSeverity)).rsplit("#", 1)[-1]
        focus = results.value(result, SH.focusNode)
        path = results.value(result, SH.resultPath)
        message = results.value(result, SH.resultMessage)
        found.append(Violation(severity, _short(focus), _short(path), str(message or "does not conform")))
    found.sort(key=lambda v: (v.severity != "Violation", v.focus, v.path, v.message))
    return ValidationReport(tuple(found))


def _short(term) -> str:
    if term is None:
        return ""
    text = str(term)
    for prefix, ns in (("ecrr:", "https://w3id.org/ecr/resource/"), ("ecr:", "https://w3id.org/ecr/ontology#")):
        if text.startswith(ns):
            return prefix + text[len(ns):]
    return f"<{text}>" if "://" in text else text
