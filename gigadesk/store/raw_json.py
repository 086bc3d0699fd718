"""How the server's raw JSON of items is stored: deflated blocks of items, or one item alone."""

from __future__ import annotations

import json
import zlib
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any

# The raw JSON is most of the cache's size, and deflating it was a sixth of a sync's work when
# each item was deflated alone: zlib spends about 35 us on any small document, whatever its
# level. Items written together (a synced month) are therefore stored in blocks of up to
# BLOCK_ITEMS documents, deflated at once at level 1: about 8 us an item, and smaller, since
# the documents of a block share their field names. The first byte of a stored value tells its
# format; old formats stay readable forever.
BLOCK_ITEMS = 64
_PLAIN_MARKER = b"{"
_ZLIB_V1_MARKER = b"\x01"  # one item (written by cache versions 1 and 2)
_BLOCK_V1_MARKER = b"\x02"  # a block: a JSON header [[uid, bytes], ...], a newline, the texts
_BLOCK_LEVEL = 1  # level 6 halves the speed for a tenth less size
# Raw deflate with a 2 KB window for one item: a document is under 1 KB. A block uses the full
# 32 KB window, which spans several documents.
_WBITS = -11
_BLOCK_WBITS = -15
# zlib's default memLevel 8 sets up about 136 KB of tables for each item's compressor; 4 sets
# up 16 KB, which compresses a document this size as well (and decoding does not depend on it).
_MEM_LEVEL = 4
# A preset dictionary of the contract's field names: small documents compress well only with
# one. A new dictionary needs new marker bytes.
_ZDICT_V1 = (
    b'"customer":{"uid":"","email":"@gmail.com"},"iccid":"8937204016","status":"PURCHASED",'
    b'"refundedAt":null,"status":"ACTIVATED","status":"REFUNDED","refundedAt":"2026-'
    b'{"uid":"","salesDate":"2026-","metatag":"order ","salesChannel":"Application '
    b'Programming Interface","salesChannelTypeCode":"API","activationType":"DATA_PLAN",'
    b'"purchasePrice":{"sortIndex":0,"priceValue":,"currencyCode":"USD"},"retailPrice":'
    b'{"sortIndex":0,"priceValue":,"currencyCode":"EUR"},"balance":{"name":"eSIM Europe ",'
    b'"activationMode":"FIRST_USE","activationMode":"ON_DEMAND","activationMode":"NOW",'
    b'"activatedAt":null,"activatedAt":"2026-","expiresAt":"2026-","validitySize":30,'
    b'"validityUnit":"days"," GB","size":{"sizeValue":,"sizeUnit":"GB"},"availableBalance":'
    b'{"sizeValue":,"sizeUnit":"GB"},"countrySet":"EU"},"customer":{"uid":"","email":"'
)


def _json_default(value: object) -> object:
    # The wire parser keeps numbers as Decimal; write each as the JSON number it came from.
    if isinstance(value, Decimal):
        if not value.is_finite():
            return str(value)
        if value == value.to_integral_value():
            return int(value)
        as_float = float(value)
        if Decimal(repr(as_float)) == value:
            return as_float
        return str(value)  # more digits than a double holds: keep every digit, as text
    if isinstance(value, Mapping):
        return dict(value)
    if isinstance(value, tuple | set | frozenset):
        return list(value)
    raise TypeError(f"{type(value).__name__} cannot be written as JSON")


# Built once: json.dumps() with options builds a new encoder on every call.
_ENCODER = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False, default=_json_default)


def raw_bytes(raw: Mapping[str, Any]) -> bytes:
    """The compact UTF-8 text of an item's raw JSON object.

    A mapping that carries the JSON text it was parsed from (a `json_text` string, as the wire
    parser's objects do) is stored as that text: encoding it again costs more than the rest
    of the write.
    """
    text = getattr(raw, "json_text", None)
    if not isinstance(text, str) or not text:
        text = _ENCODER.encode(raw if isinstance(raw, dict) else dict(raw))
    # surrogatepass keeps a lone surrogate from a "\ud800" escape instead of failing.
    return text.encode("utf-8", "surrogatepass")


def encode_raw(raw: Mapping[str, Any]) -> bytes:
    """One item's raw JSON alone, in the format of cache versions 1 and 2."""
    plain = raw_bytes(raw)
    packer = zlib.compressobj(
        6, zlib.DEFLATED, _WBITS, _MEM_LEVEL, zlib.Z_DEFAULT_STRATEGY, _ZDICT_V1
    )
    packed = packer.compress(plain) + packer.flush()
    if len(packed) + 1 < len(plain):
        return _ZLIB_V1_MARKER + packed
    return plain


def decode_raw(blob: bytes) -> dict[str, Any]:
    """The raw JSON object of `encode_raw`; numbers with a fraction come back as Decimal."""
    marker = blob[:1]
    if marker == _ZLIB_V1_MARKER:
        unpacker = zlib.decompressobj(_WBITS, _ZDICT_V1)
        plain = unpacker.decompress(blob[1:]) + unpacker.flush()
    elif marker == _PLAIN_MARKER:
        plain = blob
    else:
        raise ValueError(f"unknown raw JSON format {marker!r}")
    return _object(plain)


def encode_block(raws: Sequence[tuple[str, Mapping[str, Any]]]) -> bytes:
    """The raw JSON of several items, each named by its uid, as one stored block."""
    texts = [raw_bytes(raw) for _, raw in raws]
    header = json.dumps([[uid, len(text)] for (uid, _), text in zip(raws, texts, strict=True)])
    packer = zlib.compressobj(
        _BLOCK_LEVEL, zlib.DEFLATED, _BLOCK_WBITS, 8, zlib.Z_DEFAULT_STRATEGY, _ZDICT_V1
    )
    packed = packer.compress(header.encode("ascii") + b"\n" + b"".join(texts)) + packer.flush()
    return _BLOCK_V1_MARKER + packed


def raw_from_block(blob: bytes, uid: str) -> dict[str, Any] | None:
    """The raw JSON object of `uid` in a block of `encode_block`, or None when it has none."""
    if blob[:1] != _BLOCK_V1_MARKER:
        raise ValueError(f"unknown raw JSON block format {blob[:1]!r}")
    unpacker = zlib.decompressobj(_BLOCK_WBITS, _ZDICT_V1)
    plain = unpacker.decompress(blob[1:]) + unpacker.flush()
    header, _, texts = plain.partition(b"\n")
    offset = 0
    for name, size in json.loads(header):
        if name == uid:
            return _object(texts[offset : offset + size])
        offset += size
    return None


def _object(plain: bytes) -> dict[str, Any]:
    value = json.loads(plain.decode("utf-8", "surrogatepass"), parse_float=Decimal)
    if not isinstance(value, dict):
        raise ValueError("the stored raw JSON is not an object")
    return value
