"""Bytes to text: encoding detection and refusal of binary data."""

from __future__ import annotations

import codecs
import unicodedata

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


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """UTF-16 with no byte-order mark, told from binary data by its zero bytes: text mostly in
    Latin script has a zero in every other byte (the high byte), on one side only."""
    sample = data[:8192]
    if len(sample) < 8:
        return None
    sample = sample[:len(sample) // 2 * 2]
    even, odd = sample[0::2], sample[1::2]
    zeros_even, zeros_odd = even.count(0) / len(even), odd.count(0) / len(odd)
    if zeros_odd >= 0.3 and zeros_even <= 0.01:
        encoding = "utf-16-le"
    elif zeros_even >= 0.3 and zeros_odd <= 0.01:
        encoding = "utf-16-be"
    else:
        return None
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        return None
    odd_chars = sum(1 for c in text if unicodedata.category(c) in ("Cc", "Cn", "Co", "Cs") and c not in "\t\n\r\f")
    return (text, encoding) if odd_chars <= len(text) // 1000 else None


def decode(data: bytes, *, location: str) -> tuple[str, str]:
    """Decode `data` to text, returning (text, encoding). Raises InputError for binary data."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError:
                break
    if looks_binary(data):
        utf16 = _utf16_without_bom(data)
        if utf16 is not None:
            return utf16
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
