"""One form for every UTC stamp the crawl writes."""
from datetime import datetime, timedelta, timezone

from crawler.timestamps import utc_stamp


def test_stamp_is_utc_whole_seconds_with_z():
    when = datetime(2026, 3, 1, 14, 30, 5, 123456, tzinfo=timezone(timedelta(hours=2)))
    assert utc_stamp(when) == "2026-03-01T12:30:05Z"
    assert utc_stamp(datetime(2026, 3, 1, 12, 30, 5)) == "2026-03-01T12:30:05Z"  # naive = UTC


def test_stamp_of_now_parses_back_and_sorts_as_text():
    before = utc_stamp(datetime.now(timezone.utc) - timedelta(seconds=2))
    now = utc_stamp()
    assert before < now
    assert abs(datetime.fromisoformat(now) - datetime.now(timezone.utc)) < timedelta(seconds=5)
