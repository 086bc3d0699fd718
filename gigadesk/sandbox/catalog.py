"""The demo reseller's package catalogue, customers, uids and ICCIDs."""

from __future__ import annotations

import json
import random
from dataclasses import dataclass, field
from typing import NamedTuple

DAY = 86400
NOW, FIRST_USE, ON_DEMAND = "NOW", "FIRST_USE", "ON_DEMAND"
MODES = (NOW, FIRST_USE, ON_DEMAND)

CHANNELS = (  # salesChannel, salesChannelTypeCode
    ("Application Programming Interface", "API"),
    ("Reseller Portal", "PORTAL"),
    ("Software Development Kit", "SDK"),
)


@dataclass(frozen=True, slots=True)
class Package:
    """A package the demo reseller sells: allowance, validity and prices."""

    name: str
    country_set: str
    size_value: int | float
    size_unit: str
    validity_days: int
    price: float
    retail: float
    currency: str = "USD"

    hundredths: int = field(init=False)  # the allowance in hundredths of its unit

    def __post_init__(self) -> None:
        # Kept as an exact integer: balances are computed in hundredths, never in floats.
        object.__setattr__(self, "hundredths", round(self.size_value * 100))


CATALOG: tuple[Package, ...] = (
    Package("eSIM Europe 5 GB", "EU", 5, "GB", 30, 4.5, 9.0),
    Package("eSIM Europe 10 GB", "EU", 10, "GB", 30, 7.9, 14.9, "EUR"),
    Package("Europe 500 MB 7 days", "EU", 500, "MB", 7, 0.9, 2.49),
    Package("Europe 50 MB trial", "EU", 0.05, "GB", 1, 0.1, 0.99),
    Package("Global 10 GB 30 days", "GLOBAL", 10, "GB", 30, 18, 29.99),
    Package("Global 3.2 GB 15 days", "GLOBAL", 3.2, "GB", 15, 7.5, 12.99),
    Package("USA 1 GB 7 days", "US", 1, "GB", 7, 1.8, 4.99),
    Package("USA 20 GB 30 days", "US", 20, "GB", 30, 16, 27.5),
    Package("Asia 3 GB 15 days", "ASIA", 3, "GB", 15, 3.75, 7.99),
    Package("Japan 5 GB 10 days", "JP", 5, "GB", 10, 4.2, 8.99),
    Package("Turkey 2 GB 7 days", "TR", 2, "GB", 7, 2.1, 5, "EUR"),
    Package("United Kingdom 8 GB 30 days", "UK", 8, "GB", 30, 6.4, 12, "EUR"),
    Package("Latin America 2 GB 15 days", "LATAM", 2, "GB", 15, 5.5, 11),
    Package("Switzerland 1 GB 7 days", "CH", 1, "GB", 7, 2.6, 5.9, "EUR"),
    Package("Global Unlimited 1 TB 365 days", "GLOBAL", 1, "TB", 365, 299, 449),
)
# How often each package sells: the trial and the terabyte package are rare.
WEIGHTS: tuple[int, ...] = (30, 10, 12, 3, 12, 6, 14, 5, 8, 6, 5, 5, 4, 4, 1)

# Weighted picking by one random index: each package appears as often as its weight.
PICK: tuple[Package, ...] = tuple(
    p for p, w in zip(CATALOG, WEIGHTS, strict=True) for _ in range(w)
)

BY_NAME: dict[str, Package] = {package.name: package for package in CATALOG}

_SMALLER_UNIT = {"TB": "GB", "GB": "MB"}


def balance_value(package: Package, hundredths: int, smaller_unit: bool) -> tuple[int | float, str]:
    """`hundredths` of the package's size unit as (sizeValue, sizeUnit), maybe one unit down."""
    if smaller_unit and package.size_unit in _SMALLER_UNIT:
        # 1 unit = 1000 of the next smaller one, so this stays a whole number.
        return hundredths * 10, _SMALLER_UNIT[package.size_unit]
    whole, rest = divmod(hundredths, 100)
    return (whole if rest == 0 else hundredths / 100), package.size_unit


def new_uid(rng: random.Random, taken: set[str]) -> str:
    """A fresh UUID-shaped uid, unique within `taken` (which it joins)."""
    while True:
        text = rng.randbytes(16).hex()
        uid = f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}"
        if uid not in taken:
            taken.add(uid)
            return uid


def new_iccid(rng: random.Random) -> str:
    """An ICCID of 19 or 20 digits, as eSIM operators issue them."""
    if rng.random() < 0.5:
        return f"8937204016{int(rng.random() * 10**10):010d}"
    return f"8937204016{int(rng.random() * 10**9):09d}"


_FIRST = ("anna", "ben", "carla", "dmitri", "emma", "farid", "greta", "hiro", "ines", "jonas")
_LAST = ("schmidt", "rossi", "garcia", "novak", "dubois", "tanaka", "smith", "silva", "berg")
_DOMAINS = ("example.com", "mail.example.org", "travel.example.net")


class Customer(NamedTuple):
    """A customer of the reseller, with its JSON text rendered once."""

    uid: str
    email: str
    json: str


def customers(rng: random.Random, count: int, taken: set[str]) -> list[Customer]:
    """A pool of `count` customers who buy again and again."""
    pool = []
    for number in range(count):
        uid = new_uid(rng, taken)
        email = f"{rng.choice(_FIRST)}.{rng.choice(_LAST)}{number}@{rng.choice(_DOMAINS)}"
        text = json.dumps({"uid": uid, "email": email}, separators=(",", ":"))
        pool.append(Customer(uid, email, text))
    return pool
