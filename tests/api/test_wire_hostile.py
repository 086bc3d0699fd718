"""Hostile JSON bodies: numbers out of reach, huge texts, odd and repeated uids, never a crash."""

from __future__ import annotations

import json

import pytest

from gigadesk.api import json_guard, wire
from gigadesk.api.errors import BadPayload
from gigadesk.api.wire import error_message, parse_item_payload, parse_items, parse_token

HUGE = "1E+99999999999999999999"
LONG = "9" * 5000


def item_text(uid: str, size: str = "5", extra: str = "", name: str = "Europe 5 GB") -> str:
    """One item's JSON text, with `size` and `extra` spliced in as raw JSON."""
    return (
        f'{{"uid": {json.dumps(uid)}, "salesDate": "2026-09-14T08:31:02Z", "status": "PURCHASED",'
        f' "balance": {{"name": {json.dumps(name)}, "expiresAt": "2026-10-14T08:31:05Z",'
        f' "size": {{"sizeValue": {size}, "sizeUnit": "GB"}},'
        f' "availableBalance": {{"sizeValue": 5, "sizeUnit": "GB"}}}}{extra}}}'
    )


@pytest.mark.parametrize("number", [HUGE, LONG, "-" + HUGE, "1e-99999999999999999999"])
def test_a_number_out_of_reach_skips_its_item_with_the_field_named(number: str) -> None:
    body = "[" + ", ".join(
        [
            item_text("good-1"),
            item_text("bad-size", size=number),
            item_text("bad-extra", extra=f', "futureField": {{"deep": [{number}]}}'),
            item_text("good-2"),
        ]
    )
    items, skipped = parse_items((body + "]").encode())
    assert [item.uid for item in items] == ["good-1", "good-2"]
    reasons = {entry.uid: entry.reason for entry in skipped}
    assert set(reasons) == {"bad-size", "bad-extra"}
    assert "balance.size.sizeValue" in reasons["bad-size"]
    assert "futureField.deep[0]" in reasons["bad-extra"]
    assert all(len(reason) < 200 for reason in reasons.values())  # never echoed whole


def test_a_bare_number_out_of_reach_in_a_list_is_one_skipped_element() -> None:
    items, skipped = parse_items(f"[{item_text('ok')}, {LONG}, {HUGE}]".encode())
    assert [item.uid for item in items] == ["ok"]
    assert len(skipped) == 2 and all("out of range" in s.reason for s in skipped)


def test_one_item_token_and_error_bodies_with_huge_numbers_never_crash() -> None:
    with pytest.raises(BadPayload, match=r"balance\.size\.sizeValue"):
        parse_item_payload(item_text("x", size=HUGE).encode())
    with pytest.raises(BadPayload, match="expiresIn"):
        parse_token(f'{{"accessToken": "t", "expiresIn": {HUGE}}}'.encode())
    # A number nobody reads does not matter.
    assert parse_token(f'{{"accessToken": "t", "odd": {LONG}}}'.encode())[0] == "t"
    words, code = error_message(
        400, "application/json", f'{{"message": "no", "code": {HUGE}}}'.encode()
    )
    assert words == "no" and code is None
    words, _ = error_message(500, "application/json", f"{{{LONG}".encode())
    assert words


def test_huge_texts_are_cut_with_a_mark_and_the_item_kept() -> None:
    name = "N" * 1_000_000
    extra = f', "metatag": "{"m" * 10_000}", "customer": {{"email": "{"e" * 9_000}@x.org"}}'
    items, skipped = parse_items(f"[{item_text('big', extra=extra, name=name)}]".encode())
    assert not skipped
    item = items[0]
    limit = json_guard.MAX_TEXT_CHARS
    assert item.name.startswith("N" * limit) and "995,904 more characters cut" in item.name
    assert len(item.name) < limit + 50
    assert item.metatag is not None and len(item.metatag) < limit + 50
    assert item.customer_email is not None and len(item.customer_email) < limit + 50
    # The raw JSON the cache keeps is the cut one too.
    assert getattr(item.raw, "json_text", None) is None
    assert len(json.dumps(item.raw, default=str)) < 4 * limit


def test_uids_that_are_not_plain_segments_are_skipped() -> None:
    uids = ["..", ".", "a/b", "..\\x", "u" * 300, "fine-1"]
    items, skipped = parse_items(("[" + ",".join(item_text(u) for u in uids) + "]").encode())
    assert [item.uid for item in items] == ["fine-1"]
    assert len(skipped) == 5
    assert all("uid" in entry.reason for entry in skipped)


def test_a_uid_listed_twice_is_one_item_and_is_named() -> None:
    body = f"[{item_text('twice', size='1')}, {item_text('once')}, {item_text('twice', size='2')}]"
    items, skipped = parse_items(body.encode())
    assert sorted(item.uid for item in items) == ["once", "twice"]
    kept = next(item for item in items if item.uid == "twice")
    assert kept.data.total_bytes == 2 * 10**9  # the later copy
    assert [(s.uid, "listed again as item #3" in s.reason) for s in skipped] == [("twice", True)]


def test_an_answer_listing_too_many_items_is_refused_while_reading(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(wire, "MAX_ITEMS", 10)
    assert len(parse_items(("[" + ",".join(["{}"] * 10) + "]").encode())[1]) == 10
    with pytest.raises(BadPayload, match="more than 10 items"):
        parse_items(("[" + ",".join(["{}"] * 11) + "]").encode())
    with pytest.raises(BadPayload, match="more than 10 items"):  # the guarded way too
        parse_items(("[" + ",".join([HUGE] * 11) + "]").encode())
