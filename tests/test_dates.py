"""Dates in Swedish, Norwegian, Danish and English, read with python-dateutil."""

from __future__ import annotations

from datetime import date

import pytest

from pipelines.page.dates import find_date, find_dates, parse_date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2018-09-28", date(2018, 9, 28)),
        ("2018-09-28T08:30:00+02:00", date(2018, 9, 28)),
        ("2018-09-28T23:45:10.123456-05:00", date(2018, 9, 28)),  # the date in its own zone
        ("20180928T081500Z", date(2018, 9, 28)),  # compact ISO 8601, as some feeds write it
        ("2018-W39-5", date(2018, 9, 28)),  # ISO week date
        ("28 september 2018", date(2018, 9, 28)),
        ("28 sep. 2018", date(2018, 9, 28)),
        ("28. september 2018", date(2018, 9, 28)),
        ("5. okt. 2018", date(2018, 10, 5)),
        ("30 maj 2023", date(2023, 5, 30)),
        ("1. mai 2020", date(2020, 5, 1)),
        ("3. marts 2020", date(2020, 3, 3)),
        ("3 mars 2020", date(2020, 3, 3)),
        ("17. desember 2019", date(2019, 12, 17)),
        ("September 28, 2018", date(2018, 9, 28)),
        ("Sept. 28, 2018", date(2018, 9, 28)),
        ("28th September 2018", date(2018, 9, 28)),
        ("4 Nov 2022", date(2022, 11, 4)),
        ("28.09.2018", date(2018, 9, 28)),
        ("28/09/2018", date(2018, 9, 28)),
    ],
)
def test_parse_date(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    "text",
    ["", None, "igår", "32 maj 2020", "2018-02-30", "den 8 oktober", "Mayor 3 2020", "12:06"],
)
def test_no_date_rather_than_a_guess(text):
    assert parse_date(text) is None


def test_day_and_month_take_the_reference_year():
    assert parse_date("den 8 oktober", reference=date(2018, 9, 28)) == date(2018, 10, 8)
    assert find_date("överklagas fram till den 8 oktober.", date(2018, 1, 1)) == date(2018, 10, 8)


def test_find_date_in_a_dateline():
    assert find_date("| 2018-09-28") == date(2018, 9, 28)
    assert find_date("Publicerad: 30 maj 2023 kl. 13:06") == date(2023, 5, 30)
    assert find_date("Posted on 4 June 2021 by Kim") == date(2021, 6, 4)
    assert find_date("Ingen tidpunkt här, bara 2 000 anbud.") is None


def test_find_dates_in_reading_order():
    text = "Uppdaterad: 31 maj 2023Publicerad: 30 maj 2023, avtal från 2024-01-01"
    assert find_dates(text) == [date(2023, 5, 31), date(2023, 5, 30), date(2024, 1, 1)]
