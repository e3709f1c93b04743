"""Typed errors: the library raises them, the CLI turns each into one line and an exit code."""


class KgError(Exception):
    """Base of every error the library raises on purpose."""

    exit_code = 1

    def __init__(self, message: str, *, where: str | None = None, hint: str | None = None):
        super().__init__(message)
        self.message = message
        self.where = where
        self.hint = hint

    def __str__(self) -> str:
        text = f"{self.where}: {self.message}" if self.where else self.message
        return f"{text}. {self.hint}" if self.hint else text


class SourceError(KgError):
    """A document cannot be read: missing, empty, binary, undecodable, malformed."""


class ExtractionError(KgError):
    """The extractor cannot process a document (too large, broken patterns file)."""


class StoreError(KgError):
    """The triple store cannot be opened, read or written."""


class RemoteError(StoreError):
    """A remote SPARQL endpoint failed, refused the credentials or cannot be reached."""


class QueryError(KgError):
    """A query is malformed, unknown, missing a parameter, refused or timed out."""


class ValidationError(KgError):
    """The graph does not conform to the SHACL shapes."""


class ExportError(KgError):
    """An export format is unknown or the output cannot be written."""


class UsageError(KgError):
    """The command was called wrongly."""

    exit_code = 2
