"""A month and its day are reckoned as dateparser reads them, preferring the past."""

from __future__ import annotations

import calendar
import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from claimrecon.extract.dates import _CHECKED_YEARS, _dateparser_reading, _latest_past

PUBLISHED = st.dates(
    min_value=dt.date(_CHECKED_YEARS[0], 1, 1), max_value=dt.date(_CHECKED_YEARS[-1], 12, 31)
)


@given(PUBLISHED, st.integers(1, 12), st.integers(1, 31), st.booleans())
def test_a_month_day_is_dateparsers_reading(
    published: dt.date, month: int, day: int, month_only: bool
) -> None:
    name = calendar.month_name[month]
    expression, day = (name, 1) if month_only else (f"{name} {day}", day)
    known = _latest_past(expression, published, month, day)
    if known is not None:
        assert known == _dateparser_reading(expression, published)
    else:  # left to dateparser: a day the month lacks in a common year
        assert day > calendar.monthrange(2001, month)[1]


@given(PUBLISHED)
def test_the_publication_day_itself_is_this_year(published: dt.date) -> None:
    name = calendar.month_name[published.month]
    expression = f"{name} {published.day}"
    expected = None if (published.month, published.day) == (2, 29) else published
    assert _latest_past(expression, published, published.month, published.day) == expected


def test_other_words_and_unchecked_years_are_left_to_dateparser() -> None:
    published = dt.date(2020, 6, 1)
    assert _latest_past("Jul 4", published, 7, 4) is None
    assert _latest_past("July 4", dt.date(_CHECKED_YEARS[-1] + 1, 6, 1), 7, 4) is None
    assert _latest_past("July", published, 7, 4) is None
    assert _latest_past("July 4", published, 7, 4) == dt.date(2019, 7, 4)
