"""The row builder's short paths (UTC instants, remembered prices, search text) change nothing."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from decimal import Context, Decimal, localcontext

from hypothesis import given, settings
from hypothesis import strategies as st

from gigadesk.domain.items import Money
from gigadesk.store import cache_rows


@settings(max_examples=300)
@given(
    st.datetimes(min_value=datetime(1, 1, 2), max_value=datetime(9999, 12, 30)),
    st.integers(min_value=-14 * 60, max_value=14 * 60),
)
def test_an_instant_counts_the_same_microseconds_in_any_zone(naive: datetime, minutes: int) -> None:
    moment = naive.replace(tzinfo=UTC)
    elsewhere = moment.astimezone(timezone(timedelta(minutes=minutes)))
    micros = cache_rows.to_micros(moment)
    assert micros == cache_rows.to_micros(elsewhere) == cache_rows.to_micros(naive)
    assert type(micros) is int
    assert cache_rows.from_micros(micros) == moment


def padded(amount: Decimal, zeros: int) -> Decimal:
    """The same amount with `zeros` more trailing zeros."""
    sign, digits, exponent = amount.as_tuple()
    assert isinstance(exponent, int)
    return Decimal((sign, digits + (0,) * zeros, exponent - zeros))


def reference_columns(amount: Decimal) -> tuple[int, str | None]:
    """money_columns worked out by hand: exact ten-thousandths, or rounded plus the text."""
    with localcontext(Context(prec=200)):
        scaled = amount.scaleb(4)
        whole = int(scaled.to_integral_value())
    clamped = max(-(2**63), min(2**63 - 1, whole))
    return clamped, None if whole == scaled and whole == clamped else str(amount)


AMOUNTS = st.one_of(
    st.decimals(min_value=Decimal(-(10**6)), max_value=Decimal(10**6), places=2),
    st.decimals(min_value=Decimal(-(10**6)), max_value=Decimal(10**6), places=6),
    st.decimals(min_value=Decimal(-(10**20)), max_value=Decimal(10**20), allow_nan=False),
    st.sampled_from(
        [Decimal("6.4"), Decimal("0"), Decimal("-0"), Decimal("0E+5"), Decimal("1E+16")]
    ),
)


@settings(max_examples=400)
@given(st.lists(AMOUNTS, min_size=1, max_size=8), st.integers(min_value=0, max_value=7))
def test_prices_get_the_same_columns_however_often_or_however_written(
    amounts: list[Decimal], extra_zeros: int
) -> None:
    # Each amount also written with more decimals (6.4 as 6.40000): equal, but other text.
    variants = amounts + [padded(amount, extra_zeros) for amount in amounts]
    for amount in variants + variants[::-1]:
        units, exact, currency = cache_rows.money_columns(Money(amount, "EUR"))
        assert (units, exact) == reference_columns(amount), amount
        assert currency == "EUR"


def test_an_amount_remembered_first_written_plainly_keeps_its_text_when_it_needs_it() -> None:
    assert cache_rows.money_columns(Money(Decimal("6.4"), "USD")) == (64_000, None, "USD")
    assert cache_rows.money_columns(Money(Decimal("6.400000"), "USD")) == (64_000, None, "USD")
    assert cache_rows.money_columns(Money(Decimal("6.40001"), "USD")) == (64_000, "6.40001", "USD")
    assert cache_rows.money_columns(Money(Decimal("NaN"), "USD")) == (None, "NaN", "USD")


FIELD_TEXT = st.text(
    alphabet=st.sampled_from(list("aZ09 .@-_ΣσςİıßĞ\x1f\u0345'ǅ\U0001f600")), max_size=12
)


def folded_field_by_field(name: str, uid: str, iccid: str, email: str, metatag: str) -> str:
    return "".join(cache_rows.fold(field) + "\x1f" for field in (name, uid, iccid, email, metatag))


@settings(max_examples=500)
@given(FIELD_TEXT, FIELD_TEXT, FIELD_TEXT, FIELD_TEXT, FIELD_TEXT)
def test_search_text_is_each_field_folded_and_closed_by_the_separator(
    name: str, uid: str, iccid: str, email: str, metatag: str
) -> None:
    expected = folded_field_by_field(name, uid, iccid, email, metatag)
    assert cache_rows.search_text(name, uid, iccid, email, metatag) == expected
    assert cache_rows.search_text(name, uid, None, None, None) == folded_field_by_field(
        name, uid, "", "", ""
    )


def test_a_capital_sigma_folds_as_it_does_alone_in_its_field() -> None:
    # str.lower() looks at the neighbours of a capital sigma; the separator must hide them.
    fields = ("ΟΔΟΣ", "Σ", "ΑΣ'", "'Σ", "x\x1fΣ")
    expected = folded_field_by_field(*fields)
    assert cache_rows.search_text(*fields) == expected
    assert expected.startswith("οδος\x1fσ\x1f")
