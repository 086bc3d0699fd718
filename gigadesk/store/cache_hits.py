"""The hits of one search kept on one connection (cache_sql.HITS_TABLE), found whole or only
when the trigram index says they are few."""

from __future__ import annotations

import sqlite3

from gigadesk.store import cache_sql

Version = tuple[int, int]  # Cache._data_version(): the data the hits were found in

# A trigram's share of the items is sampled over this many consecutive ids in the middle of
# their range: a fraction of a millisecond, where reading its whole index list can take ten.
_SAMPLE_IDS = 4_000
_SAMPLES_KEPT = 4_096  # trigram shares kept per connection (estimates: kept across changes)


class KeptHits:
    """What HITS_TABLE holds, how many, and which searches were found to have many hits.

    The caller passes the connection and the data version, inside its own error handling.
    """

    def __init__(self) -> None:
        self._of: tuple[str, Version] | None = None
        self.count = 0
        self._many: tuple[str, Version] | None = None
        self._shares: dict[str, float] = {}

    def holds(self, text: str, version: Version) -> bool:
        """True when HITS_TABLE holds the hits of `text` in the data at `version`."""
        return self._of == (text, version)

    def known_many(self, text: str, version: Version) -> bool:
        """True when `fill_if_few` found too many candidates for `text` at `version`."""
        return self._many == (text, version)

    def fill(self, conn: sqlite3.Connection, text: str, version: Version) -> None:
        """Put every hit of `text` into HITS_TABLE."""
        self.count = self._replace(conn, cache_sql.hits(text), -1)
        self._of = (text, version)

    def fill_if_few(
        self, conn: sqlite3.Connection, text: str, version: Version, at_most: int
    ) -> bool:
        """Put the hits of `text` into HITS_TABLE when the trigram index finds at most
        `at_most` candidates for it; False, and the table left empty, when it finds more."""
        grams = self._selective_trigrams(conn, text, at_most)
        found = self._replace(conn, cache_sql.candidates(text, grams), at_most + 1)
        if found > at_most and grams is not None:
            # The rarer trigrams alone leave too many: all of them may narrow it enough.
            found = self._replace(conn, cache_sql.candidates(text), at_most + 1)
        if found > at_most:
            conn.execute(f"DELETE FROM {cache_sql.HITS_TABLE}")
            self._many = (text, version)
            return False
        if (confirm := cache_sql.confirming(text)) is not None:
            # Candidates hold the trigrams of `text`, not always `text` itself.
            found -= conn.execute(confirm.sql, confirm.params).rowcount
        self._of, self.count = (text, version), found
        return True

    def _replace(self, conn: sqlite3.Connection, found: cache_sql.Clause, limit: int) -> int:
        self._of = None
        conn.execute(f"DELETE FROM {cache_sql.HITS_TABLE}")
        inserted: int = conn.execute(
            f"INSERT INTO {cache_sql.HITS_TABLE} (id) SELECT * FROM ({found.sql}) LIMIT ?",
            (*found.params, limit),
        ).rowcount
        return inserted

    def _selective_trigrams(
        self, conn: sqlite3.Connection, text: str, at_most: int
    ) -> list[str] | None:
        """The trigrams of `text` that few enough items hold to be worth looking up, or None
        for all of them (when all or none are: "order 4242" looks up "424" and "242" and
        leaves "ord" and "er ", which every item in a history of orders holds)."""
        grams = cache_sql.trigrams(text) if len(text) > 3 else []
        if len(grams) < 2:
            return None
        first, last = conn.execute(cache_sql.ID_RANGE).fetchone()
        if first is None:
            return None
        middle = (first + last) // 2
        start, end = max(first, middle - _SAMPLE_IDS // 2), min(last, middle + _SAMPLE_IDS // 2)
        if len(self._shares) >= _SAMPLES_KEPT:
            self._shares.clear()
        for gram in grams:
            if gram not in self._shares:
                held = conn.execute(
                    cache_sql.TRIGRAM_SAMPLE, (cache_sql.trigram_match(gram), start, end)
                ).fetchone()[0]
                self._shares[gram] = held / (end - start + 1)
        # Twice `at_most` items at most: the lists are short, and together narrow further.
        rare = [gram for gram in grams if self._shares[gram] * (last - first + 1) <= 2 * at_most]
        return rare if rare and len(rare) < len(grams) else None
