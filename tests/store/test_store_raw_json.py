"""The raw JSON of items in deflated blocks: the format, and the blocks' counts in the cache."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from store_helpers import NOW, assert_blocks_counted, make_item

from gigadesk.api.wire import RawObject
from gigadesk.domain.items import next_month
from gigadesk.store import raw_json
from gigadesk.store.cache import Cache

NOVEMBER = datetime(2026, 11, 1, tzinfo=UTC)


def test_a_block_gives_back_each_items_json_by_uid() -> None:
    raws = [
        ("a", {"uid": "a", "price": Decimal("4.5"), "text": "Grüße ✓"}),
        ("b\nwith newline", {"uid": "b", "odd": "bad \ud800 text", "n": Decimal("5")}),
        ("c", {"uid": "c", "tiny": Decimal("0.1000000000000000000000001")}),
    ]
    block = raw_json.encode_block(raws)
    assert raw_json.raw_from_block(block, "a") == {
        "uid": "a",
        "price": Decimal("4.5"),
        "text": "Grüße ✓",
    }
    assert raw_json.raw_from_block(block, "b\nwith newline") == {
        "uid": "b",
        "odd": "bad \ud800 text",
        "n": 5,
    }
    assert raw_json.raw_from_block(block, "c") == {
        "uid": "c",
        "tiny": "0.1000000000000000000000001",
    }
    assert raw_json.raw_from_block(block, "missing") is None


def test_a_block_keeps_the_servers_text_as_it_came() -> None:
    # The wire parser's objects carry their source text, which is stored as it is.
    text = '{"uid": "x",  "extra": 1.10}'
    block = raw_json.encode_block([("x", RawObject({"uid": "x", "extra": Decimal("1.1")}, text))])
    found = raw_json.raw_from_block(block, "x")
    assert found is not None and str(found["extra"]) == "1.10"  # the text, not the object


def test_blocks_are_smaller_than_items_stored_alone() -> None:
    raws = [(f"u{n}", make_item(uid=f"u{n}").raw | {"metatag": f"order {n}"}) for n in range(64)]
    alone = sum(len(raw_json.encode_raw(raw)) for _, raw in raws)
    assert len(raw_json.encode_block(raws)) < alone / 2


def test_an_unknown_block_format_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown raw JSON block format"):
        raw_json.raw_from_block(b"\x7fgarbage", "a")


def test_blocks_count_their_items_through_any_mix_of_writes(tmp_path: Path) -> None:
    # Months rewritten with items gone, renamed or added, single items saved (as after a
    # refund): every item still finds its own JSON, and no block outlives its items.
    path = tmp_path / "history.sqlite3"
    chance = random.Random(7)
    latest: dict[str, int] = {}
    with Cache.open(path) as cache:
        for round_number in range(12):
            listed = chance.sample(range(300), chance.randrange(0, 200))
            month = [
                make_item(
                    uid=f"u{n}",
                    sales_date=NOVEMBER + timedelta(hours=n),
                    raw={"uid": f"u{n}", "round": round_number},
                )
                for n in listed
            ]
            cache.replace_window(NOVEMBER, next_month(NOVEMBER), month, NOW)
            latest = {f"u{n}": round_number for n in listed}
            for n in chance.sample(listed, min(len(listed), 5)):
                single = make_item(
                    uid=f"u{n}",
                    sales_date=NOVEMBER + timedelta(hours=n),
                    raw={"uid": f"u{n}", "round": -round_number},
                )
                cache.upsert_item(single)
                latest[f"u{n}"] = -round_number
            assert_blocks_counted(path)
            for uid, expected in latest.items():
                found = cache.get(uid)
                assert found is not None and found.raw == {"uid": uid, "round": expected}
