"""Every error Flashpoint reports, with a stable code.

Codes are part of the public surface: they appear in the CLI's one-line errors, in the
`failures` table of the store and (later) in HTTP error bodies, so users can filter and
script on them. Add new codes; never rename or reuse one.
"""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    """Process exit codes of the `flashpoint` command (documented in docs/cli.md)."""

    OK = 0
    ERROR = 1  # the command could not do its job (bad option value, store unreachable, ...)
    USAGE = 2  # the command line itself was wrong (click's own convention)
    PARTIAL = 3  # the command ran to the end but some inputs failed; see `flashpoint failures`
    MODEL = 4  # the spaCy model is missing or is not the expected one


# code -> one-line description. Input codes are recorded per file or per document.
CODES: dict[str, str] = {
    # input (ingest) problems
    "not-found": "the path does not exist",
    "unreadable": "the file cannot be read (permissions, I/O error)",
    "empty": "the file or document has no text",
    "binary": "the file is binary, not text",
    "too-large": "the file or document is larger than the size limit",
    "bad-encoding": "the text encoding could not be detected",
    "bad-json": "malformed JSON",
    "bad-html": "malformed HTML or no article text in it",
    "bad-xml": "malformed XML or feed",
    "bad-parquet": "a Parquet file or row group that cannot be read",
    "unsafe-xml": "XML with entity declarations or external references, refused",
    "bad-front-matter": "malformed YAML front matter",
    "bad-field": "a document field has the wrong type or value",
    "unknown-format": "the input format could not be recognised",
    "not-a-file": "a named pipe, device or socket, not a regular file; refused without reading it",
    "symlink-loop": "a symbolic link that leads back to itself",
    "bad-text": "the text holds characters that are not valid Unicode (lone surrogates) or a NUL",
    "reader-error": "a reader failed unexpectedly on this input (a bug: please report it)",
    # processing problems
    "stage-error": "a pipeline stage failed on this document",
    "pipeline-order": "a stage needs an annotation that no earlier stage adds",
    "unknown-stage": "no stage of that name is registered",
    "unknown-field": "a stage declares a name that is no field of the document state, record or event",
    # environment and store
    "model-missing": "the spaCy model package is not installed",
    "model-mismatch": "the installed spaCy model is not the expected one",
    "missing-dependency": "an optional package this command needs is not installed",
    "store-error": "the store could not be opened or written",
    "store-too-new": "the store was written by a newer Flashpoint",
    "bad-option": "an option has an invalid value",
    # watch: sources, rules, delivery
    "http-error": "a watched URL answered with an HTTP error status",
    "timeout": "a watched URL did not answer in time",
    "unreachable": "a watched URL could not be reached (connection refused, DNS, reset)",
    "source-error": "a watched source failed in an unexpected way (see the message)",
    "bad-rules": "the alert rules file is malformed",
    "delivery-failed": "an alert could not be delivered (webhook, e-mail, file)",
    # HTTP API
    "unauthorized": "a write needs 'Authorization: Bearer <token>'",
    "forbidden": "the token is not valid, or the server refuses writes",
    "bad-host": "the request's Host header names a host this server does not answer to (see serve --allowed-host)",
}


class FlashpointError(Exception):
    """An error with a stable code and a message meant for a person."""

    exit_code: ExitCode = ExitCode.ERROR

    def __init__(self, code: str, message: str, *, location: str | None = None):
        if code not in CODES:
            raise ValueError(f"unknown error code {code!r}")
        self.code = code
        self.message = message
        self.location = location
        super().__init__(self.one_line())

    def one_line(self) -> str:
        where = f"{self.location}: " if self.location else ""
        return f"{where}{self.message} [{self.code}]"


class InputError(FlashpointError):
    """One input (file, record, feed entry) could not be read; the batch goes on."""


class ModelError(FlashpointError):
    exit_code = ExitCode.MODEL


class StoreError(FlashpointError):
    pass


class PipelineError(FlashpointError):
    pass
