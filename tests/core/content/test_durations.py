import pytest

from simulator.content.durations import format_duration, parse_duration
from simulator.content.placeholders import fill, names


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("45s", 45),
        ("2m", 120),
        ("1h30m", 5400),
        ("1h", 3600),
        (90, 90),
        ("90", 90),
        ("1m30s", 90),
        ("0s", 0),
        (2.5, 2.5),
    ],
)
def test_durations_as_trainers_write_them(text, seconds):
    assert parse_duration(text) == seconds


@pytest.mark.parametrize("bad", ["", "soon", "5 minutes", "-3", -1, True, None, "1m1h", [1]])
def test_bad_durations_say_what_to_write(bad):
    with pytest.raises(ValueError, match="duration"):
        parse_duration(bad)


def test_format_duration_round_trips():
    for s in (0, 59, 61, 3600, 5430):
        assert parse_duration(format_duration(s)) == s


def test_placeholders_fill_known_names_and_keep_unknown():
    assert (
        fill("Hi {name}, I am {agent} {x}", {"name": "Lina", "agent": "Sam"})
        == "Hi Lina, I am Sam {x}"
    )
    assert names("{a} {b} {a}") == ["a", "b", "a"]
