"""Timestamps from the formats exports use: ISO 8601, epoch seconds or ms, Twitter, RFC 2822."""

from __future__ import annotations

import re
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime

MONTH_FIRST = ("%m/%d/%Y %H:%M:%S", "%m/%d/%Y %H:%M", "%m/%d/%Y %I:%M %p", "%m/%d/%Y")
DAY_FIRST = tuple(fmt.replace("%m/%d", "%d/%m") for fmt in MONTH_FIRST)
OTHER_FORMATS = (
    "%a %b %d %H:%M:%S %z %Y",      # Twitter: Tue Oct 31 22:10:47 +0000 2017
    "%Y-%m-%d %H:%M:%S %z",
    "%Y/%m/%d %H:%M:%S",
    "%Y/%m/%d %H:%M",
    "%Y/%m/%d",
    "%d.%m.%Y %H:%M:%S",
    "%d.%m.%Y %H:%M",
    "%d.%m.%Y",
    "%b %d, %Y %H:%M",
    "%b %d, %Y",
    "%B %d, %Y",
    "%d %b %Y %H:%M",
    "%d %b %Y",
    "%d %B %Y",
)
# A slash date is read in the order asked for first, then in the other: 31/12/2024 can only be
# day first and 12/31/2024 only month first, so only 05/01/2024 depends on the order.
FORMATS = {False: MONTH_FIRST + DAY_FIRST + OTHER_FORMATS,
           True: DAY_FIRST + MONTH_FIRST + OTHER_FORMATS}
SLASH_DATE_RE = re.compile(r"\s*(\d{1,2})/(\d{1,2})/\d{4}\b")


def _epoch(moment: datetime) -> float | None:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    try:
        return _in_range(moment.timestamp())
    except (OverflowError, ValueError, OSError):
        return None


EARLIEST, LATEST = -2_208_988_800.0, 7_258_118_400.0    # 1900-01-01 .. 2200-01-01
WINDOW = "1900-01-01 to 2200-01-01"


def _in_range(epoch: float) -> float | None:
    return epoch if EARLIEST <= epoch <= LATEST else None


def _from_number(number: float) -> float | None:
    """Epoch seconds, or milliseconds when too large to be seconds; NaN, inf, absurd -> None."""
    if number != number or abs(number) > 1e14:
        return None
    return _in_range(number / 1000.0 if abs(number) > 1e11 else number)


BASIC_DATE_RE = re.compile(r"\d{8}")       # ISO 8601 basic: 20241231


def _basic_date(text: str) -> float | None:
    """20241231 as that day: eight digits with a valid month and day are a date, not epoch
    seconds of August 1970 (no export writes 8-digit epochs); None when it is no date."""
    if not BASIC_DATE_RE.fullmatch(text):
        return None
    try:
        moment = datetime.strptime(text, "%Y%m%d")
    except ValueError:
        return None
    return _epoch(moment) if moment.year >= 1900 else None


def parse_timestamp(value: object, day_first: bool = False) -> float | None:
    """Seconds since the epoch (UTC; naive times are taken as UTC), or None if unparseable.

    `day_first`: how to read a slash date both orders allow (05/01/2024)."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int) and 10_000_000 <= value <= 99_999_999:
        day = _basic_date(str(value))
        if day is not None:
            return day
    if isinstance(value, (int, float)):
        try:
            return _from_number(float(value))
        except OverflowError:
            return None
    text = str(value).strip()
    if not text:
        return None
    day = _basic_date(text)
    if day is not None:
        return day
    try:
        number = float(text)
    except ValueError:
        pass
    else:
        return _from_number(number)
    moment = _moment(text, day_first)
    return _epoch(moment) if moment is not None else None


def slash_order(text: str) -> str | None:
    """How a slash date must be read: 'day' first (31/12/2024), 'month' first (12/31/2024), or
    'either' (05/01/2024, which --day-first decides); None for no slash date, or 05/05/2024."""
    found = SLASH_DATE_RE.match(text)
    if found is None:
        return None
    first, second = int(found.group(1)), int(found.group(2))
    if first == second or min(first, second) > 12:
        return None
    return "day" if first > 12 else "month" if second > 12 else "either"


def _moment(text: str, day_first: bool = False) -> datetime | None:
    """The date and time a text writes, in any known form, whatever its year."""
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        pass
    for fmt in FORMATS[day_first]:
        try:
            return datetime.strptime(text, fmt)
        except ValueError:
            continue
    try:
        return parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None


def outside_window(value: str, day_first: bool = False) -> bool:
    """Whether a text is a date or epoch number that parse_timestamp refuses only for lying
    outside 1900-2200 (so a message can say so instead of 'not a date')."""
    text = value.strip()
    try:
        number = float(text)
    except ValueError:
        moment = _moment(text, day_first) if text else None
        return moment is not None and _epoch(moment) is None
    return number == number and _from_number(number) is None


def iso(epoch: float | None) -> str | None:
    if epoch is None:
        return None
    try:
        return datetime.fromtimestamp(epoch, tz=timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    except (OverflowError, ValueError, OSError):
        return None
