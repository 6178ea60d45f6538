"""Why a request failed, as a short reason name, and whether that is an error at all.

Errors (recorded in the archive's `crawl_failures` and counted under
``procurement_archive/errors/<reason>``): ``http_<status>``, ``timeout``, ``dns``,
``connection_refused``, ``connection_lost`` (reset or cut off), ``too_large`` (over
DOWNLOAD_MAXSIZE), ``redirect_loop`` (over REDIRECT_MAX_TIMES), ``site_failing`` (not
tried: the crawl gave up on the site), or the exception's class name. Decisions (counted
under ``procurement_archive/skipped/<reason>``, not recorded): ``robots`` (robots.txt
forbids it) and ``offsite`` (a redirect off the site's domains).
"""

from __future__ import annotations

from scrapy import exceptions as scrapy_exceptions
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet import error as net_errors
from twisted.python.failure import Failure
from twisted.web.client import ResponseFailed, ResponseNeverReceived


def _scrapy_errors(*names: str) -> tuple[type[Exception], ...]:
    """The scrapy.exceptions classes of `names` that this Scrapy version has."""
    return tuple(
        getattr(scrapy_exceptions, name) for name in names if hasattr(scrapy_exceptions, name)
    )


# Download failures by kind; Scrapy 2.14+ raises its own classes, older ones Twisted's.
TIMEOUTS = (
    net_errors.TimeoutError,
    net_errors.TCPTimedOutError,
    *_scrapy_errors("DownloadTimeoutError"),
)
UNRESOLVED = (net_errors.DNSLookupError, *_scrapy_errors("CannotResolveHostError"))
REFUSED = (net_errors.ConnectionRefusedError, *_scrapy_errors("DownloadConnectionRefusedError"))
CUT_OFF = (
    net_errors.ConnectionLost,
    net_errors.ConnectionDone,
    ResponseFailed,
    ResponseNeverReceived,
    *_scrapy_errors("ResponseDataLossError", "DownloadFailedError"),
)
CANCELLED = _scrapy_errors("DownloadCancelledError")
DECISIONS = frozenset({"robots", "offsite", "ignored"})


def failure_kind(failure: Failure) -> str:
    """A short name of why a request failed (http_500, timeout, too_large, robots...)."""
    if failure.check(HttpError):
        return f"http_{failure.value.response.status}"
    if failure.check(*TIMEOUTS):
        return "timeout"
    if failure.check(*UNRESOLVED):
        return "dns"
    if failure.check(*REFUSED):
        return "connection_refused"
    if CANCELLED and failure.check(*CANCELLED):
        # DOWNLOAD_MAXSIZE: "...larger than download max size" when the length was announced,
        # an empty message when the body streamed past it
        message = failure.getErrorMessage()
        return "too_large" if "max size" in message or not message.strip() else "cancelled"
    if failure.check(*CUT_OFF):
        return "connection_lost"
    if failure.check(scrapy_exceptions.IgnoreRequest):
        return _ignored_kind(failure.getErrorMessage())
    return failure.type.__name__.lower() if failure.type else "other"


def _ignored_kind(message: str) -> str:
    """The reason a downloader middleware dropped a request, from its message."""
    lowered = message.lower()
    if "robots.txt" in lowered:
        return "robots"
    if "offsite" in lowered:
        return "offsite"
    if "redirect" in lowered:
        return "redirect_loop"
    if "site keeps failing" in lowered:
        return "site_failing"  # not tried: the crawl gave up on the site
    return "ignored"


def failure_status(failure: Failure) -> int | None:
    """The HTTP status of a failure that had a response, else None."""
    if failure.check(HttpError):
        return failure.value.response.status
    return None


def failure_detail(failure: Failure) -> str:
    """What went wrong, for the record: the message, else the exception's name and the
    reasons it wraps (a reset connection's ResponseFailed carries only those)."""
    message = failure.getErrorMessage().strip()
    if message:
        return message[:500]
    name = failure.type.__name__ if failure.type else "error"
    reasons = getattr(failure.value, "reasons", None) or []
    inner = "; ".join(
        f"{reason.type.__name__}: {reason.getErrorMessage()}".rstrip(": ")
        for reason in reasons
        if isinstance(reason, Failure) and reason.type
    )
    if not inner and name == "DownloadCancelledError":
        inner = "the body grew past DOWNLOAD_MAXSIZE"
    return f"{name} ({inner})"[:500] if inner else name


def is_decision(kind: str) -> bool:
    """Whether KIND is a rule followed (robots.txt, offsite), not an error."""
    return kind in DECISIONS
