"""parse_timestamp: the formats exports use -> seconds since the epoch (UTC)."""

from __future__ import annotations

import pytest

from relradar.timeparse import iso, parse_timestamp, slash_order

T0 = 1741083300.0  # 2025-03-04T10:15:00Z
DAY = 1741046400.0  # 2025-03-04T00:00:00Z
TWEET = 1509487847.0  # 2017-10-31T22:10:47Z


@pytest.mark.parametrize("value, expected", [
    # ISO 8601
    ("2025-03-04T10:15:00Z", T0),
    ("2025-03-04T10:15:00+00:00", T0),
    ("2025-03-04T12:15:00+02:00", T0),
    ("2025-03-04T05:15:00-05:00", T0),
    ("2025-03-04 10:15:00", T0),          # naive is UTC
    ("2025-03-04T10:15:00.250Z", T0 + 0.25),
    ("2025-03-04", DAY),
    ("  2025-03-04T10:15:00Z  ", T0),
    # epoch seconds / milliseconds, as numbers and strings
    (1741083300, T0),
    (1741083300.5, T0 + 0.5),
    (1741083300000, T0),
    ("1741083300", T0),
    ("1741083300000", T0),
    ("1741083300.5", T0 + 0.5),
    (0, 0.0),
    ("0", 0.0),
    # Twitter
    ("Tue Oct 31 22:10:47 +0000 2017", TWEET),
    ("Tue Oct 31 23:10:47 +0100 2017", TWEET),
    # RFC 2822
    ("Tue, 31 Oct 2017 22:10:47 +0000", TWEET),
    ("Tue, 31 Oct 2017 22:10:47 GMT", TWEET),
    ("Tue, 31 Oct 2017 17:10:47 -0500", TWEET),
    # US month-first and other exports
    ("03/04/2025 10:15", T0),
    ("03/04/2025 10:15:00", T0),
    ("03/04/2025 10:15 AM", T0),
    ("03/04/2025", DAY),
    ("04.03.2025 10:15", T0),
    ("2025/03/04 10:15", T0),
    ("Mar 4, 2025 10:15", T0),
    ("March 4, 2025", DAY),
    ("4 Mar 2025", DAY),
])
def test_parses(value: object, expected: float) -> None:
    assert parse_timestamp(value) == pytest.approx(expected, abs=1e-6)


@pytest.mark.parametrize("value", [
    None, True, False, "", "   ", "not a date", "yesterday", "2025-13-45", "31/31/2025 10:15",
    "nan", "inf", "-inf", "1e20", "Tue Oct 31 25:10:47 +0000 2017",
])
def test_unparseable_is_none(value: object) -> None:
    assert parse_timestamp(value) is None


def test_iso_round_trip() -> None:
    assert iso(parse_timestamp("Tue Oct 31 22:10:47 +0000 2017")) == "2017-10-31T22:10:47Z"
    assert iso(parse_timestamp("03/04/2025 10:15")) == "2025-03-04T10:15:00Z"
    assert iso(None) is None


@pytest.mark.parametrize("value", [float("nan"), float("inf"), 1e20])
def test_non_finite_or_absurd_numbers_are_none(value: float) -> None:
    assert parse_timestamp(value) is None


@pytest.mark.parametrize("value, expected", [
    ("20250304", "2025-03-04T00:00:00Z"),            # ISO 8601 basic, not epoch seconds (1970)
    ("19991231", "1999-12-31T00:00:00Z"),
    (20250304, "2025-03-04T00:00:00Z"),              # a numeric cell (Excel, Parquet, JSON)
    ("20250304T101500Z", "2025-03-04T10:15:00Z"),
    ("20250304T121500+0200", "2025-03-04T10:15:00Z"),
    ("20250304T101500", "2025-03-04T10:15:00Z"),
    ("20251399", "1970-08-23T09:23:19Z"),            # no such month: still epoch seconds
    (12345678, "1970-05-23T21:21:18Z"),
])
def test_iso_basic_dates_before_epoch_numbers(value: object, expected: str) -> None:
    assert iso(parse_timestamp(value)) == expected


@pytest.mark.parametrize("value, day_first, expected", [
    # a slash date that fits one order only is read that way, with or without --day-first
    ("31/12/2024", False, "2024-12-31T00:00:00Z"),
    ("31/12/2024 14:05", False, "2024-12-31T14:05:00Z"),
    ("31/12/2024 14:05:06", True, "2024-12-31T14:05:06Z"),
    ("12/31/2024", True, "2024-12-31T00:00:00Z"),
    ("12/31/2024 2:05 PM", True, "2024-12-31T14:05:00Z"),
    # one both orders allow follows --day-first (default: month first, as US exports)
    ("05/01/2024", False, "2024-05-01T00:00:00Z"),
    ("05/01/2024", True, "2024-01-05T00:00:00Z"),
    ("05/01/2024 10:15", True, "2024-01-05T10:15:00Z"),
    # the other forms do not change
    ("01.05.2024", True, "2024-05-01T00:00:00Z"),
    ("2024/05/01", True, "2024-05-01T00:00:00Z"),
])
def test_slash_dates_day_first(value: str, day_first: bool, expected: str) -> None:
    assert iso(parse_timestamp(value, day_first)) == expected


@pytest.mark.parametrize("value, order", [
    ("31/12/2024", "day"), ("31/12/2024 14:05", "day"), ("12/31/2024", "month"),
    ("05/01/2024", "either"), ("05/05/2024", None), ("2024/05/01", None),
    ("2025-03-04", None),
])
def test_slash_order(value: str, order: str | None) -> None:
    assert slash_order(value) == order
