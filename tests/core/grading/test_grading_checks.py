"""Each check type on its own: pass, fail, scope, no-reply rules and evidence."""

import pytest

from simulator.content.model import Check, Criterion, Rubric, Scenario, Thread
from simulator.errors import ContentError
from simulator.grading.checks import CHECKS, word_count
from simulator.grading.grader import Record, Reply, TakenAction, grade

THREADS = (Thread("main", "email"), Thread("chat", "chat"))


def judge(kind, value, record, *, thread=None, options=None, values=None):
    """The single criterion's result for a one-criterion rubric."""
    criterion = Criterion("c", Check(kind, value, options or {}), weight=10, thread=thread)
    scenario = Scenario("s", "en", "t", "sop", 1, THREADS, (), Rubric(80, (criterion,)))
    return grade(scenario, None, record, values or {}).criteria[0]


def replies(*pairs, **kw):
    return Record(replies=tuple(Reply(t, x) for t, x in pairs), **kw)


def test_registry_has_every_spec_check_type():
    spec = {"mentions", "avoids", "language", "replied_within", "action", "order"}
    assert spec | {"length", "regex"} <= set(CHECKS)


# mentions
def test_mentions_passes_when_some_reply_has_a_phrase_and_says_where():
    rec = replies(("main", "Hello there"), ("chat", "Hi"), ("chat", "Sorry, Lina!"))
    r = judge("mentions", ("sorry", "apologise"), rec)
    assert r.passed and r.applicable
    (m,) = r.evidence["matches"]
    assert (m["thread"], m["reply"], m["start"], m["end"], m["text"]) == (
        "chat",
        1,
        0,
        5,
        "Sorry",
    )
    assert m["phrase"] == "sorry" and m["fuzzy"] is False


def test_mentions_fails_and_lists_what_was_looked_for():
    r = judge("mentions", ("sorry",), replies(("main", "Hello")))
    assert not r.passed
    assert r.evidence["missing"] == ["sorry"] and r.evidence["matches"] == []


def test_mentions_fills_placeholders():
    rec = replies(("main", "مرحبا يا أحمد"))
    r = judge("mentions", ("{name}",), rec, values={"name": "أحمد"})
    assert r.passed and r.evidence["matches"][0]["phrase"] == "أحمد"
    assert not judge("mentions", ("{name}",), rec, values={"name": "Lina"}).passed


def test_mentions_all_needs_every_phrase_in_any_reply():
    rec = replies(("main", "Sorry about that."), ("chat", "Anything else?"))
    assert judge("mentions", ("sorry", "anything else"), rec, options={"all": True}).passed
    r = judge("mentions", ("sorry", "goodbye"), rec, options={"all": True})
    assert not r.passed and r.evidence["missing"] == ["goodbye"]
    assert len(r.evidence["matches"]) == 1


def test_mentions_scoped_to_a_thread():
    rec = replies(("main", "Sorry"), ("chat", "Hi"))
    assert not judge("mentions", ("sorry",), rec, thread="chat").passed
    assert judge("mentions", ("sorry",), rec, thread="main").passed


def test_mentions_with_no_reply_fails():
    r = judge("mentions", ("sorry",), Record())
    assert not r.passed and r.evidence["reason"] == "no reply"


# avoids
def test_avoids_passes_when_no_reply_contains_a_phrase():
    r = judge("avoids", ("password",), replies(("main", "Use the reset link")))
    assert r.passed and r.evidence["found"] == []


def test_avoids_fails_with_the_span_of_what_was_found():
    text = "Please send me your password."
    r = judge("avoids", ("password", "كلمة المرور"), replies(("main", "ok"), ("main", text)))
    assert not r.passed
    (f,) = r.evidence["found"]
    assert (f["thread"], f["reply"], f["text"]) == ("main", 1, "password")
    assert text[f["start"] : f["end"]] == "password"


def test_avoids_catches_a_misspelt_phrase():
    assert not judge("avoids", ("password",), replies(("main", "your pasword pls"))).passed


def test_avoids_with_no_reply_passes():
    assert judge("avoids", ("password",), Record()).passed


def test_avoids_scoped_to_a_thread():
    rec = replies(("main", "password?"), ("chat", "hello"))
    assert judge("avoids", ("password",), rec, thread="chat").passed


# language
def test_language_every_reply_must_be_in_it():
    rec = replies(("main", "مرحبا بك"), ("chat", "أهلا وسهلا"))
    assert judge("language", "ar", rec).passed
    rec2 = replies(("main", "مرحبا بك"), ("chat", "Hello there"))
    r = judge("language", "ar", rec2)
    assert not r.passed
    assert r.evidence["failing"] == [{"thread": "chat", "reply": 0, "language": "en"}]


def test_language_rejects_arabizi_for_ar():
    assert not judge("language", "ar", replies(("main", "ahlan ya 7abibi, ma3lesh"))).passed


def test_language_ignores_replies_without_letters():
    assert judge("language", "ar", replies(("main", "مرحبا بك"), ("chat", "..."))).passed
    assert not judge("language", "ar", replies(("chat", "..."))).passed


def test_language_with_no_reply_fails():
    assert not judge("language", "en", Record()).passed


def test_language_value_must_be_ar_or_en():
    with pytest.raises(ContentError, match="language must be ar or en"):
        judge("language", "fr", replies(("main", "bonjour")))


# length
def test_length_every_reply_within_bounds():
    rec = replies(("main", "one two three"), ("chat", "one two three four five"))
    assert judge("length", {"min_words": 3, "max_words": 5}, rec).passed
    r = judge("length", {"max_words": 4}, rec)
    assert not r.passed and r.evidence["failing"] == [{"thread": "chat", "reply": 0, "words": 5}]
    assert not judge("length", {"min_words": 4}, rec).passed


def test_length_with_no_reply_fails():
    assert not judge("length", {"max_words": 100}, Record()).passed


def test_word_count_ignores_punctuation_and_tatweel():
    assert word_count("مرحبـــا ، كيف الحال ؟ - ok") == 4


# regex
def test_regex_applies_after_normalisation_and_reports_the_span():
    text = "رقم الطلب: ١٢٣٤٥"
    r = judge("regex", r"\d{5}", replies(("main", text)))
    assert r.passed
    (m,) = r.evidence["matches"]
    assert text[m["start"] : m["end"]] == "١٢٣٤٥" == m["text"]


def test_regex_fills_placeholders_escaped():
    rec = replies(("main", "Hi A.B, welcome"))
    assert judge("regex", r"^hi {name},", rec, values={"name": "A.B"}).passed
    assert not judge(
        "regex", r"^hi {name},", replies(("main", "Hi AxB,")), values={"name": "A.B"}
    ).passed


def test_regex_fails_without_a_match_or_a_reply():
    assert not judge("regex", r"ticket #\d+", replies(("main", "no number"))).passed
    assert not judge("regex", r".*", Record()).passed


def test_bad_regex_is_a_content_error():
    with pytest.raises(ContentError, match="not a valid pattern"):
        judge("regex", "(unclosed", replies(("main", "x")))


# replied_within
def timed(*items, first_user_at):
    return Record(replies=tuple(Reply(t, "ok", at) for t, at in items), first_user_at=first_user_at)


def test_replied_within_not_applicable_without_a_clock():
    r = judge("replied_within", 60.0, replies(("main", "hi")))
    assert not r.applicable


def test_replied_within_on_a_thread():
    rec = timed(("chat", 75.0), first_user_at={"chat": 40.0})
    r = judge("replied_within", 60.0, rec, thread="chat")
    assert r.passed and r.applicable
    assert r.evidence["threads"][0]["elapsed_s"] == 35.0
    assert not judge("replied_within", 30.0, rec, thread="chat").passed


def test_replied_within_fails_when_the_thread_has_no_reply():
    rec = timed(("main", 5.0), first_user_at={"main": 0.0, "chat": 40.0})
    assert not judge("replied_within", "60s", rec, thread="chat").passed
    assert not judge("replied_within", "60s", rec).passed  # every thread counts
    assert judge("replied_within", "60s", rec, thread="main").passed


def test_replied_within_ignores_a_reply_before_the_user_wrote():
    rec = timed(("chat", 10.0), ("chat", 200.0), first_user_at={"chat": 40.0})
    r = judge("replied_within", 60.0, rec, thread="chat")
    assert not r.passed and r.evidence["threads"][0]["first_reply_at_s"] == 200.0


def test_replied_within_not_applicable_on_a_thread_the_user_never_wrote_on():
    rec = timed(first_user_at={"main": 0.0})
    assert not judge("replied_within", 60.0, rec, thread="chat").applicable


# action
ACTS = (
    TakenAction("lookup"),
    TakenAction("tag", "billing", "main"),
    TakenAction("macro", "recovery-link"),
    TakenAction("close"),
)


def test_action_with_and_without_value():
    rec = Record(actions=ACTS)
    assert judge("action", {"type": "lookup"}, rec).passed
    assert judge("action", {"type": "tag"}, rec).passed
    r = judge("action", {"type": "tag", "value": "account-security"}, rec)
    assert not r.passed
    assert r.evidence["taken"][0]["value"] == "billing"
    ok = judge("action", {"type": "macro", "value": "recovery-link"}, rec)
    assert ok.evidence["matched"]["index"] == 2


def test_action_scoped_to_a_thread():
    rec = Record(actions=ACTS)
    assert not judge("action", {"type": "tag"}, rec, thread="chat").passed
    assert judge("action", {"type": "tag"}, rec, thread="main").passed
    assert judge("action", {"type": "close"}, rec, thread="chat").passed  # no thread: all


def test_action_with_no_action_fails():
    assert not judge("action", {"type": "lookup"}, Record()).passed


# order
def test_order_allows_others_between():
    rec = Record(actions=ACTS)
    r = judge("order", ({"type": "lookup"}, {"type": "macro", "value": "recovery-link"}), rec)
    assert r.passed and r.evidence["matched"] == [0, 2]


def test_order_fails_when_reversed_and_names_the_missing_step():
    rec = Record(actions=(TakenAction("macro", "recovery-link"), TakenAction("lookup")))
    r = judge("order", ({"type": "lookup"}, {"type": "macro", "value": "recovery-link"}), rec)
    assert not r.passed
    assert r.evidence["matched"] == [1]
    assert r.evidence["missing"] == {"type": "macro", "value": "recovery-link"}


def test_order_value_must_match():
    rec = Record(actions=(TakenAction("lookup"), TakenAction("macro", "other")))
    assert not judge("order", ({"type": "lookup"}, {"type": "macro", "value": "x"}), rec).passed
    assert judge("order", ({"type": "lookup"}, {"type": "macro"}), rec).passed


def test_unknown_check_type_is_a_content_error():
    with pytest.raises(ContentError, match="unknown check type 'sentiment'"):
        judge("sentiment", "positive", Record())
