"""Bytes to text: encoding detection and refusal of binary data."""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

from ..errors import InputError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Bytes that never occur in text but are common in binary formats (images, archives, ...).
_BINARY_BYTES = set(range(0, 9)) | {11, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 28, 29, 30, 31, 127}


_LATIN_SINGLE_BYTE = {
    "cp1250", "cp1252", "cp1254", "cp1257", "latin_1", "iso8859_2", "iso8859_3", "iso8859_4", "iso8859_9",
    "iso8859_10", "iso8859_13", "iso8859_14", "iso8859_15", "iso8859_16", "mac_latin2", "mac_roman", "cp850", "cp858",
}


def looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    odd = sum(1 for b in sample if b in _BINARY_BYTES)
    return odd > max(2, len(sample) // 100)


def decode(data: bytes, *, location: str) -> tuple[str, str]:
    """Decode `data` to text, returning (text, encoding). Raises InputError for binary data."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError:
                break
    if looks_binary(data):
        raise InputError("binary", "binary data, not text", location=location)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    # Not UTF-8: a legacy encoding (cp1252, latin-1, cp1256, ...). Let charset-normalizer choose.
    best = from_bytes(data).best()
    if best is None:
        raise InputError("bad-encoding", "cannot detect the text encoding", location=location)
    if best.encoding in _LATIN_SINGLE_BYTE:
        # Detectors cannot tell the Latin code pages apart on short texts and often pick
        # cp1250 for Western text ("naïve" -> "naďve"); cp1252 is by far the commonest.
        try:
            return data.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:
            pass
    return str(best), best.encoding
