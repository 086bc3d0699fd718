"""The cache's tables and their forward migrations, versioned by SQLite's `user_version`."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence

from gigadesk.store.cache_rows import search_text

# The rule behind the REFUNDABLE filter that does not depend on the time: bought with credits
# (or status unknown: the server decides), expiry known, allowance known and untouched. A
# partial index holds just these rows, keyed by status and expiry and carrying the columns
# of the rule, so "refundable now" is two short range scans that never read the table.
# SQLite uses a partial index only when the query repeats its WHERE terms word for word:
# build queries from these constants.
REFUND_UNTOUCHED = "expires_at IS NOT NULL AND total_bytes > 0 AND remaining_bytes >= total_bytes"
REFUND_CANDIDATE = f"status IN ('PURCHASED', 'UNKNOWN') AND {REFUND_UNTOUCHED}"
REFUNDED_AT = "status = 'REFUNDED'"  # the partial index of refunds by time

_V1 = f"""
CREATE TABLE items (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL,
    name TEXT NOT NULL,
    status TEXT NOT NULL,
    sales_date INTEGER NOT NULL,
    activated_at INTEGER,
    expires_at INTEGER,
    refunded_at INTEGER,
    total_bytes INTEGER NOT NULL,
    remaining_bytes INTEGER NOT NULL,
    activation_mode TEXT,
    activation_type TEXT,
    validity_size INTEGER,
    validity_unit TEXT,
    purchase_amount INTEGER,
    purchase_exact TEXT,
    purchase_currency TEXT,
    retail_amount INTEGER,
    retail_exact TEXT,
    retail_currency TEXT,
    country_set TEXT,
    customer_email TEXT,
    customer_uid TEXT,
    iccid TEXT,
    metatag TEXT,
    sales_channel TEXT,
    sales_channel_code TEXT,
    valid_until INTEGER,
    expired_from INTEGER NOT NULL,
    used_bytes INTEGER NOT NULL
);
CREATE TABLE item_raw (
    id INTEGER PRIMARY KEY REFERENCES items(id) ON DELETE CASCADE,
    raw BLOB NOT NULL
);
CREATE TABLE windows (
    starts_at INTEGER NOT NULL,
    ends_at INTEGER NOT NULL,
    synced_at INTEGER NOT NULL,
    item_count INTEGER NOT NULL,
    open_items INTEGER NOT NULL,
    PRIMARY KEY (starts_at, ends_at)
) WITHOUT ROWID;
CREATE TABLE journal (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL,
    at INTEGER NOT NULL,
    outcome TEXT NOT NULL,
    message TEXT NOT NULL
);
CREATE INDEX journal_at ON journal(at);
CREATE UNIQUE INDEX items_uid ON items(uid);
-- One index per sort key (see cache_sql.order_by); items_state answers the time-dependent
-- quick filters from the index alone. The cache never runs ANALYZE: these indexes are
-- shaped so that SQLite's plain choices are right, and sampled statistics misled it.
CREATE INDEX items_sold ON items(sales_date);
CREATE INDEX items_package ON items(name COLLATE NOCASE, sales_date);
CREATE INDEX items_region ON items(country_set COLLATE NOCASE, sales_date);
CREATE INDEX items_volume ON items(total_bytes, sales_date);
CREATE INDEX items_used ON items(used_bytes);
CREATE INDEX items_expires ON items(valid_until);
CREATE INDEX items_status ON items(status, sales_date);
CREATE INDEX items_price ON items(purchase_amount);
CREATE INDEX items_customer ON items(customer_email COLLATE NOCASE);
CREATE INDEX items_state ON items(expired_from, status, activated_at);
CREATE INDEX items_refund_candidates
    ON items(status, expired_from, expires_at, total_bytes, remaining_bytes)
    WHERE {REFUND_UNTOUCHED};
CREATE INDEX items_refunds ON items(refunded_at) WHERE {REFUNDED_AT};
"""

# Substring search: the folded searchable fields of each item in a narrow table, and a trigram
# index over them. detail=none keeps the index small (no positions), so queries AND the
# trigrams and confirm each candidate with instr() on the text. The index is kept in step by
# the code that writes item_search (cache_writes.py), not by triggers: a trigger into FTS5
# costs four times as much per row.
_V2 = """
CREATE TABLE item_search (
    id INTEGER PRIMARY KEY REFERENCES items(id) ON DELETE CASCADE,
    text TEXT NOT NULL
);
CREATE VIRTUAL TABLE item_fts USING fts5(
    text, content='item_search', content_rowid='id',
    tokenize='trigram case_sensitive 1', detail='none', columnsize=0
);
"""


# The raw JSON of items written together, in deflated blocks (raw_json.encode_block): an item's
# raw_block names its block, and `live` counts the items that still name it, so that a block
# goes when its last item is rewritten or removed. item_raw keeps the copies written by
# earlier versions (raw_block NULL) until their items are written again.
_V3 = """
CREATE TABLE raw_blocks (
    id INTEGER PRIMARY KEY,
    live INTEGER NOT NULL,
    data BLOB NOT NULL
);
ALTER TABLE items ADD COLUMN raw_block INTEGER;
"""


# Indexes that only serve sorting by a column. A first sync into an empty cache drops them and
# builds them once at its end: keeping them up row by row was a third of its writing, and a
# bulk build costs far less. Reading copes without them (cache_views.ViewReader._walk sorts
# instead).
DEFERRABLE_INDEXES = (
    "items_package",
    "items_region",
    "items_volume",
    "items_used",
    "items_expires",
    "items_price",
    "items_customer",
)


def deferrable_index_statements() -> list[str]:
    """The statements that create the deferrable indexes, as version 1 made them, unless
    they exist."""
    found = []
    for statement in _statements(_V1):
        words = statement.split()
        if words[:2] == ["CREATE", "INDEX"] and words[2] in DEFERRABLE_INDEXES:
            found.append(f"CREATE INDEX IF NOT EXISTS {statement.removeprefix('CREATE INDEX ')}")
    return found


# The write-ahead refund journal (store/refund_journal.py): a row per attempt, written as
# 'pending' before its POST and settled after, with the attempt's id (its idempotency key),
# the route, the process and how often it was sent. An "unknown" left by an older version is
# unsettled only when nothing was recorded for its package after it (the rule it was read
# by); it gets an id so that it can be settled like the others. The partial unique index
# keeps to one unsettled attempt per package, whatever several processes try.
_V4 = """
ALTER TABLE journal ADD COLUMN attempt TEXT;
ALTER TABLE journal ADD COLUMN route TEXT;
ALTER TABLE journal ADD COLUMN pid INTEGER;
ALTER TABLE journal ADD COLUMN sends INTEGER NOT NULL DEFAULT 0;
ALTER TABLE journal ADD COLUMN sent_at INTEGER;
ALTER TABLE journal ADD COLUMN settled_at INTEGER;
UPDATE journal SET outcome = 'superseded' WHERE outcome = 'unknown' AND EXISTS (
    SELECT 1 FROM journal AS later WHERE later.uid = journal.uid
    AND (later.at > journal.at OR (later.at = journal.at AND later.id > journal.id))
);
UPDATE journal SET attempt = 'journal-' || id WHERE attempt IS NULL;
CREATE UNIQUE INDEX journal_attempt ON journal(attempt);
CREATE UNIQUE INDEX journal_open ON journal(uid) WHERE outcome IN ('pending', 'unknown');
"""


def _run_script(script: str) -> Callable[[sqlite3.Connection], None]:
    def migrate(conn: sqlite3.Connection) -> None:
        # One statement at a time: executescript() would commit the migration's transaction.
        for statement in _statements(script):
            conn.execute(statement)

    return migrate


def _statements(script: str) -> list[str]:
    statements: list[str] = []
    pending = ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            statements.append(pending.strip())
            pending = ""
    if pending.strip():
        raise ValueError(f"incomplete SQL statement in a migration: {pending.strip()[:60]}")
    return statements


def _add_search(conn: sqlite3.Connection) -> None:
    _run_script(_V2)(conn)
    rows = conn.execute("SELECT id, name, uid, iccid, customer_email, metatag FROM items")
    while batch := rows.fetchmany(10_000):
        conn.executemany(
            "INSERT INTO item_search(id, text) VALUES (?, ?)",
            [(row[0], search_text(*row[1:])) for row in batch],
        )
    conn.execute("INSERT INTO item_fts(item_fts) VALUES ('rebuild')")


# MIGRATIONS[n] takes a cache from version n to n + 1; never edit one that has shipped.
MIGRATIONS: Sequence[Callable[[sqlite3.Connection], None]] = (
    _run_script(_V1),  # 0 -> 1: items, raw JSON, synced windows, refund journal
    _add_search,  # 1 -> 2: substring search over name, uid, ICCID, e-mail and metatag
    _run_script(_V3),  # 2 -> 3: raw JSON in deflated blocks of items
    _run_script(_V4),  # 3 -> 4: the write-ahead refund journal (attempt, route, process)
)
SCHEMA_VERSION = len(MIGRATIONS)
