"""Check the connection: what the server speaks, learned with requests that move no money."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from typing import Any

from gigadesk import __version__
from gigadesk.api import wire
from gigadesk.api.client import DOCUMENTED_PREFIX, OTHER_PREFIX, GigastoreClient
from gigadesk.api.errors import ApiError, BadRequest, Offline
from gigadesk.domain.items import month_start, next_month, previous_month
from gigadesk.services.failures import Failure, failure_of
from gigadesk.services.server_profile import ProfileKeeper, now_text
from gigadesk.store.server_profiles import ServerProfile

DAY = timedelta(days=1)
MONTHS_BACK = 3  # months looked at for items when the current one has none
# The item fields whose presence the contract leaves open, as dotted paths in the raw JSON.
FIELDS = (
    "status",
    "refundedAt",
    "customer",
    "customer.email",
    "iccid",
    "metatag",
    "balance.activatedAt",
    "balance.expiresAt",
    "balance.availableBalance",
    "balance.countrySet",
    "purchasePrice",
    "retailPrice",
)
ROUTE_NAMES = {DOCUMENTED_PREFIX: "documented (no prefix)", OTHER_PREFIX: "/gigastore prefix"}
NO_CUSTOMER_DATA = "This report holds no secret, no token and no customer data."


@dataclass(frozen=True, slots=True)
class Finding:
    """One thing the check found: a topic, what was found, and whether it is fine."""

    topic: str
    text: str
    ok: bool = True


@dataclass
class DoctorReport:
    """Everything the check found, in order; `text()` is safe to copy for Gigastore support."""

    base_url: str
    findings: list[Finding] = field(default_factory=list)
    checked_at: str = ""
    # Why the server could not be reached or would not let GigaDesk in (None: it did).
    failure: Failure | None = None

    def add(self, topic: str, text: str, ok: bool = True) -> None:
        """Note one finding."""
        self.findings.append(Finding(topic, text, ok))

    @property
    def healthy(self) -> bool:
        """True when nothing the check found is a problem."""
        return all(finding.ok for finding in self.findings)

    def text(self) -> str:
        """The redacted report: the server's address and what it speaks, nothing private."""
        width = max((len(f.topic) for f in self.findings), default=0)
        lines = [
            f"GigaDesk {__version__} connection check, {self.checked_at}",
            f"{'server':>{width}}: {self.base_url}",
        ]
        for finding in self.findings:
            mark = "" if finding.ok else "PROBLEM: "
            lines.append(f"{finding.topic:>{width}}: {mark}{finding.text}")
        lines.append(NO_CUSTOMER_DATA)
        return "\n".join(lines) + "\n"


async def check_connection(
    client: GigastoreClient, keeper: ProfileKeeper, now: datetime | None = None
) -> DoctorReport:
    """Look at the server with safe requests only (never a refund POST), remember what was
    learned in `keeper`, and report it."""
    moment = now or datetime.now(UTC)
    report = DoctorReport(keeper.profile.base_url, checked_at=now_text())
    report.add("proxy", client.proxy.describe())
    profile = replace(keeper.profile, checked_at=report.checked_at)
    try:
        version = await client.version()
    except ApiError as exc:
        report.add("reachable", _short(exc), ok=False)
        report.failure = failure_of(exc)
        report.add("trust store", client.trust_store or "not reached")
        if not isinstance(exc, Offline):
            await _rest(client, keeper, report, profile, moment)
        return report
    report.add("reachable", f"yes, version {_safe(version)}")
    plain = client.base_url.startswith("http://")
    report.add(
        "trust store", client.trust_store + (" (unused: plain http on loopback)" if plain else "")
    )
    profile = replace(profile, version=_safe(version))
    await _rest(client, keeper, report, profile, moment)
    return report


async def _rest(
    client: GigastoreClient,
    keeper: ProfileKeeper,
    report: DoctorReport,
    profile: ServerProfile,
    moment: datetime,
) -> None:
    try:
        await client.authenticate()
    except ApiError as exc:  # Unauthorized among them: the words say which
        report.add("authentication", _short(exc), ok=False)
        report.failure = report.failure or failure_of(exc)
        keeper.update(profile)
        return
    lifetime = client.token_lifetime
    report.add("authentication", f"accepted; a token lives {_duration(lifetime)}")
    profile = replace(profile, token_lifetime=lifetime or None)
    keeper.update(profile)
    await _dates(client, keeper, report, moment)
    sample = await _items(client, keeper, report, moment)
    await _route(client, keeper, report, sample)


async def _dates(
    client: GigastoreClient, keeper: ProfileKeeper, report: DoctorReport, moment: datetime
) -> None:
    day_start = moment.replace(hour=0, minute=0, second=0, microsecond=0)
    working: list[str] = []
    before = client.date_format
    for form in wire.DATE_FORMATS:
        client.date_format = form
        try:
            await client.items_payload(day_start, day_start + DAY)
        except BadRequest:
            continue
        except ApiError as exc:
            report.add("date format", _short(exc), ok=False)
            client.date_format = before
            return
        working.append(form)
    if not working:
        client.date_format = before
        report.add("date format", "neither an ISO instant nor a plain date is taken", ok=False)
        return
    chosen = before if before in working else working[0]
    _learn(client, keeper, "date_format", chosen)
    names = {wire.INSTANT: "ISO instants (2026-10-01T00:00:00Z)", wire.DATE: "plain dates"}
    report.add("date format", ", ".join(names[form] for form in working) + " work")
    start = month_start(moment)
    days = (next_month(start) - start) // DAY
    refused: int | None = None
    try:
        while days >= 1 and not await _window_taken(client, start, days):
            refused, days = days, days // 2
        # Between the longest length taken and the shortest refused: a few more reads
        # find the server's limit itself.
        while refused is not None and days >= 1 and refused - days > 1:
            middle = (days + refused) // 2
            if await _window_taken(client, start, middle):
                days = middle
            else:
                refused = middle
    except ApiError as exc:
        report.add("window", _short(exc), ok=False)
        return
    if days < 1:
        report.add("window", "even a one-day window is refused", ok=False)
    elif start + DAY * days >= next_month(start):
        _learn(client, keeper, "max_window_days", None)
        report.add("window", "a calendar month is taken whole")
    else:
        _learn(client, keeper, "max_window_days", days)
        report.add("window", f"a month is refused; {days}-day windows work")


async def _window_taken(client: GigastoreClient, start: datetime, days: int) -> bool:
    try:
        await client.items_payload(start, start + DAY * days)
    except BadRequest:
        return False
    return True


async def _items(
    client: GigastoreClient, keeper: ProfileKeeper, report: DoctorReport, moment: datetime
) -> str | None:
    from gigadesk.services.windows import WindowReader

    reader = WindowReader(client)
    month = month_start(moment)
    payload = b"[]"
    try:
        for _ in range(MONTHS_BACK + 1):
            payload = await reader.read(month, next_month(month))
            if payload.strip() not in (b"[]", b""):
                break
            month = previous_month(month)
        document = wire.loads(payload)
    except ApiError as exc:
        report.add("list", _short(exc), ok=False)
        return None
    if not isinstance(document, list):
        report.add("list", "the history is not a JSON array", ok=False)
        return None
    objects = [item for item in document if isinstance(item, Mapping)]
    report.add("list", f"a JSON array; {len(objects)} items in {month:%Y-%m}")
    counts: Counter[str] = Counter()
    for item in objects:
        counts.update(name for name in FIELDS if _present(item, name))
    shares = {name: round(counts[name] / len(objects), 3) for name in FIELDS} if objects else {}
    if objects:
        present = ", ".join(f"{name} {shares[name]:.0%}" for name in FIELDS)
        report.add("item fields", present)
        if shares.get("status", 0) == 0:
            report.add(
                "status",
                "items carry no status: refunds GigaDesk saw itself are kept as the truth",
            )
    keeper.update(replace(keeper.profile, field_shares=shares, items_seen=len(objects)))
    first = objects[0].get("uid") if objects else None
    return first if isinstance(first, str) and first.strip() else None


async def _route(
    client: GigastoreClient, keeper: ProfileKeeper, report: DoctorReport, sample: str | None
) -> None:
    try:
        found = await client.probe_refund_routes(sample or "connection-check")
    except ApiError as exc:
        report.add("refund route", _short(exc), ok=False)
        return
    exists = [prefix for prefix, status in found.items() if status == 405]
    said = ", ".join(f"{ROUTE_NAMES[p]}: GET {status}" for p, status in found.items())
    learned = keeper.profile.refund_prefix
    if learned is not None and keeper.profile.refund_route_source == "refund":
        report.add("refund route", f"{ROUTE_NAMES[learned]}, learned from a refund ({said})")
    elif exists:
        chosen = DOCUMENTED_PREFIX if DOCUMENTED_PREFIX in exists else exists[0]
        client.refund_prefix = chosen
        keeper.learn("refund_prefix_probed", chosen)
        report.add("refund route", f"{ROUTE_NAMES[chosen]}, probed ({said})")
    else:
        report.add(
            "refund route",
            f"not settled by the probe ({said}); the documented route is tried first",
        )


def _learn(client: GigastoreClient, keeper: ProfileKeeper, fact: str, value: object) -> None:
    """Put a fact into use now, and remember it (whether or not the client tells `keeper`)."""
    client.learn(fact, value)
    keeper.learn(fact, value)


def _present(item: Mapping[str, Any], dotted: str) -> bool:
    value: Any = item
    for part in dotted.split("."):
        if not isinstance(value, Mapping) or value.get(part) is None:
            return False
        value = value[part]
    return True


def _duration(seconds: int | None) -> str:
    if not seconds:
        return "an unknown time"
    if seconds % 3600 == 0:
        return f"{seconds // 3600} h"
    if seconds >= 120:
        return f"{seconds // 60} min"
    return f"{seconds} s"


def _short(exc: ApiError) -> str:
    return " ".join(exc.message.split())


def _safe(text: str) -> str:
    # A version is the server's text: printable, one line, short.
    cleaned = "".join(ch for ch in text if ch.isprintable())
    return cleaned[:60]
