"""The ``--faults`` syntax: the faults of :class:`~ordermock.FaultController` written as one string."""

from __future__ import annotations

from ._faults import DEFAULT_HANG_SECONDS, WHEN, FaultController, FaultSpecError, Where

__all__ = ["FAULT_SYNTAX", "parse_faults"]

FAULT_SYNTAX = """\
Items are comma-separated, fields colon-separated. N is how many requests: a number, * (all,
until stopped) or a share such as 20% (of all matching requests, seeded):

    fail:N[:STATUS]        the next N requests fail with STATUS (default 503)
    share:P[:STATUS]       a share P (0..1) of all requests fail
    429:N[:SECONDS]        the next N requests get 429 with Retry-After SECONDS (default 1)
    slow:SECONDS[:N]       delay responses (every request)
    drop:N                 close the connection without a complete response
    hang:N[:SECONDS]       answer nothing (the client times out); drop after SECONDS (default 30)
    html:N[:STATUS]        an HTML error page (default 502)
    truncate:N             the body cut in half

Aim an item with @OPERATION_ID or @METHOD /path (the spec's template or a concrete path), and
put after: in front to let the server process the request before the response fails (the write
happens; for fail, drop, hang, html), before: (the default) to fail it instead of the server:

    after:fail:1:503@add_purchase_order, drop:20%@POST /orders, after:hang:1@create_order"""


def parse_faults(text: str, controller: FaultController) -> None:
    """Arm ``controller`` from a ``--faults`` string (the syntax is :data:`FAULT_SYNTAX`).

    >>> parse_faults("fail:2:502,slow:0.2,429:1:5", FaultController())
    >>> parse_faults("after:fail:1:503@add_purchase_order,drop:20%@POST /orders", FaultController())
    """
    for item in filter(None, (part.strip() for part in text.split(","))):
        try:
            _arm(controller, item)
        except (ValueError, IndexError, TypeError) as exc:
            raise FaultSpecError(f"bad fault {item!r}: {exc}") from exc


def _arm(controller: FaultController, item: str) -> None:
    spec, at, aimed = item.partition("@")
    where: Where = _where(aimed.strip()) if at else {}
    kind, *fields = spec.strip().split(":")
    kind = kind.lower()
    if kind in WHEN:
        where["when"] = "after" if kind == "after" else "before"
        kind, *fields = fields
        kind = kind.lower()
    first = fields[0] if fields else None
    second = fields[1] if len(fields) > 1 else None
    if len(fields) > 2:
        raise ValueError(f"too many fields for {kind}")
    if kind == "slow":
        if where:
            raise ValueError("slow applies to every request: it takes no @target or before:/after:")
        controller.slow(float(first or 1), count=_count(second, default=None)[0])
        return
    if kind == "share":
        controller.fail_share(float(first or 0.5), status=int(second or 503), **where)
        return
    count, share = _count(first)
    if kind == "fail":
        controller.fail_next(count, status=int(second or 503), share=share, **where)
    elif kind in ("429", "ratelimit"):
        controller.rate_limited(float(second or 1), count=count, share=share, **where)
    elif kind == "drop":
        controller.drop_connection(count, share=share, **where)
    elif kind in ("hang", "timeout"):
        seconds = float(second) if second else DEFAULT_HANG_SECONDS
        controller.hang(count, seconds=seconds, share=share, **where)
    elif kind == "html":
        controller.html_error(count, status=int(second or 502), share=share, **where)
    elif kind == "truncate":
        controller.truncate(count, share=share, **where)
    else:
        raise ValueError("kind must be one of fail, share, 429, slow, drop, hang, html, truncate")


def _where(target: str) -> Where:
    """``add_purchase_order`` → operation; ``POST /orders`` (or ``POST`` / ``/orders``) → method / path."""
    if not target:
        raise ValueError("nothing after @")
    method, _, path = target.partition(" ")
    if target.startswith("/"):
        return {"path": target}
    if path.strip():
        return {"method": method, "path": path.strip()}
    if target.isupper():
        return {"method": target}
    return {"operation": target}


def _count(field: str | None, default: int | None = 1) -> tuple[int | None, float]:
    """(count, share): ``N`` → N; ``*`` → until stopped; ``P%`` → until stopped, each matching request with chance P."""
    if field is None or field == "":
        return default, 1.0
    if field == "*":
        return None, 1.0
    if field.endswith("%"):
        return None, float(field[:-1]) / 100
    return int(field), 1.0
