"""How the sandbox reads the open points of the contract: our reading, or the seed documents'."""

from __future__ import annotations

from dataclasses import dataclass, replace

# Refund routes the sandbox can serve: the documented path has no /gigastore prefix.
DOCUMENTED = "documented"
PREFIXED = "prefixed"
BOTH = "both"
ROUTE_CHOICES = (DOCUMENTED, PREFIXED, BOTH)
ROUTE_PREFIXES = {DOCUMENTED: ("",), PREFIXED: ("/gigastore",), BOTH: ("", "/gigastore")}

# The `from`/`to` formats it takes: ISO instants with a zone, plain dates, or either.
INSTANT = "instant"
DATE = "date"
ANY_FORMAT = "any"
DATE_FORMAT_CHOICES = (INSTANT, DATE, ANY_FORMAT)

DIALECT_NAMES = ("sandbox", "seed")


@dataclass(frozen=True, slots=True)
class Dialect:
    """One reading of every open point; the default is the sandbox's historical one."""

    name: str = "sandbox"
    refund_route: str = BOTH
    date_format: str = INSTANT
    send_status: bool = True  # items carry `status` and `refundedAt`
    refund_body: bool = True  # a refund's 200 carries the item (else an empty body)
    refusal_codes: bool = True  # refusals are 409 with `code` (else a plain 400 with `message`)
    spring_not_found: bool = False  # 404 bodies as Spring Boot writes them

    @property
    def refund_prefixes(self) -> tuple[str, ...]:
        """The path prefixes the refund route is served under."""
        return ROUTE_PREFIXES[self.refund_route]

    def with_knobs(
        self,
        *,
        refund_route: str | None = None,
        date_format: str | None = None,
        no_status: bool = False,
    ) -> Dialect:
        """This dialect with single knobs changed."""
        changed = self
        if refund_route is not None:
            if refund_route not in ROUTE_CHOICES:
                raise ValueError(f"refund_route must be one of {', '.join(ROUTE_CHOICES)}")
            changed = replace(changed, refund_route=refund_route)
        if date_format is not None:
            if date_format not in DATE_FORMAT_CHOICES:
                raise ValueError(f"date_format must be one of {', '.join(DATE_FORMAT_CHOICES)}")
            changed = replace(changed, date_format=date_format)
        if no_status:
            changed = replace(changed, send_status=False)
        return changed


SANDBOX = Dialect()
# The seed documents read literally: the documented refund route only, a 200 with no body,
# items without status or refundedAt, refusals as a plain 400 with a message, Spring 404s.
SEED = Dialect(
    name="seed",
    refund_route=DOCUMENTED,
    send_status=False,
    refund_body=False,
    refusal_codes=False,
    spring_not_found=True,
)


def dialect_named(name: str) -> Dialect:
    """The dialect called `name` (ValueError for another name)."""
    for dialect in (SANDBOX, SEED):
        if dialect.name == name:
            return dialect
    raise ValueError(f"unknown dialect {name!r}; choose one of {', '.join(DIALECT_NAMES)}")
