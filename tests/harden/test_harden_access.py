"""Issue 14, "who may do what": the CLI needs a sign-in to change people or passwords or
to read someone's results; the store's private reads take a real sign-in; a wrong
password costs the same time for known and unknown names."""

from __future__ import annotations

import statistics
import time

import pytest

from simulator.access import AccessError, Action, allowed
from simulator.store import open_store
from simulator.store.records import SignedIn
from tests.harden.conftest import one_line

ADMIN_PW = "admin1-password"


@pytest.fixture
def url(migrated_url):
    with open_store(migrated_url) as store:
        store.create_person("admin1", "admin", password=ADMIN_PW)
        store.create_person("tarek", "trainer", password="tarek-password")
        store.create_person("amal", "trainee", password="amal-password")
        store.create_person("badr", "trainee", password="badr-password")
    return migrated_url


def test_nobody_may_change_a_password_or_add_an_admin_without_signing_in(cli, url):
    line = one_line(
        cli(
            "--database-url",
            url,
            "user",
            "passwd",
            "admin1",
            "--password-stdin",
            stdin="pwned-pw-1\n",
        ),
        "sign in first: --as NAME",
    )
    assert "admin1" in line
    one_line(
        cli("--database-url", url, "user", "add", "mallory", "--role", "admin"), "sign in first"
    )
    one_line(cli("--database-url", url, "user", "list"), "sign in first")
    one_line(cli("--database-url", url, "exam", "sittings", "--person", "amal"), "sign in first")
    with open_store(url) as store:
        assert store.authenticate("admin1", ADMIN_PW) is not None
        assert store.person("mallory") is None


@pytest.mark.parametrize(
    ("who", "password", "args", "words"),
    [
        (
            "amal",
            "amal-password",
            ("user", "passwd", "admin1", "--password-stdin"),
            "amal (trainee) may not",
        ),
        (
            "tarek",
            "tarek-password",
            ("user", "passwd", "admin1", "--password-stdin"),
            "tarek (trainer) may not",
        ),
        (
            "tarek",
            "tarek-password",
            ("user", "add", "mallory", "--role", "admin"),
            "only admin may",
        ),
        (
            "amal",
            "amal-password",
            ("user", "add", "mallory", "--role", "trainee"),
            "amal (trainee) may not",
        ),
        (
            "amal",
            "amal-password",
            (
                "user",
                "list",
            ),
            "amal (trainee) may not",
        ),
        (
            "amal",
            "amal-password",
            ("exam", "sittings", "--person", "badr"),
            "amal (trainee) may not",
        ),
        (
            "amal",
            "wrong-password",
            (
                "user",
                "list",
            ),
            "wrong name or password",
        ),
        (
            "ghost",
            "whatever-pw",
            (
                "user",
                "list",
            ),
            "wrong name or password",
        ),
    ],
)
def test_roles_are_enforced_on_the_command_line(cli, url, who, password, args, words):
    r = cli("--database-url", url, *args, "--as", who, stdin=f"{password}\nnew-password-1\n")
    one_line(r, words.replace("only admin may", "admin may"))
    with open_store(url) as store:
        assert store.authenticate("admin1", ADMIN_PW) is not None
        assert store.person("mallory") is None


def test_what_each_role_may_do_on_the_command_line(cli, url):
    def run(who: str, pw: str, *args: str, stdin: str = ""):
        return cli("--database-url", url, *args, "--as", who, stdin=f"{pw}\n{stdin}")

    new_pw = {"stdin": "a-new-password-1\n"}
    assert (
        run(
            "admin1",
            ADMIN_PW,
            "user",
            "add",
            "zain",
            "--role",
            "admin",
            "--password-stdin",
            **new_pw,
        ).code
        == 0
    )
    assert (
        run(
            "tarek",
            "tarek-password",
            "user",
            "add",
            "dana",
            "--role",
            "trainee",
            "--password-stdin",
            **new_pw,
        ).code
        == 0
    )
    r = run(
        "tarek",
        "tarek-password",
        "user",
        "passwd",
        "amal",
        "--password-stdin",
        stdin="amal-new-pw\n",
    )
    assert r.code == 0, r.err
    r = run(
        "badr", "badr-password", "user", "passwd", "badr", "--password-stdin", stdin="badr-new-pw\n"
    )
    assert r.code == 0, r.err
    assert run("tarek", "tarek-password", "user", "list").code == 0
    assert run("badr", "badr-new-pw", "exam", "sittings", "--person", "badr").code == 0
    assert run("tarek", "tarek-password", "exam", "sittings", "--person", "badr").code == 0
    with open_store(url) as store:
        assert store.authenticate("amal", "amal-new-pw") is not None
        assert store.person("zain").role == "admin" and store.person("dana").role == "trainee"


def test_the_first_admin_needs_no_sign_in(cli, migrated_url):
    r = cli("--database-url", migrated_url, "user", "add", "first", "--role", "admin",
            "--password-stdin", stdin="first-admin-pw\n")  # fmt: skip
    assert r.code == 0, r.err
    r = cli("--database-url", migrated_url, "user", "add", "second", "--role", "admin")
    one_line(r, "sign in first")


def test_a_password_that_is_not_utf8_is_one_line(cli, migrated_url):
    r = cli("--database-url", migrated_url, "user", "add", "first", "--role", "admin",
            "--password-stdin", stdin=b"\xff\xfe-not-utf8\n")  # fmt: skip
    one_line(r, "standard input", "not UTF-8")
    with open_store(migrated_url) as store:
        store.create_person("admin1", "admin", password=ADMIN_PW)
    r = cli("--database-url", migrated_url, "user", "list", "--as", "admin1", stdin=b"\xc3\x28\n")
    one_line(r, "standard input", "not UTF-8")


def test_check_ins_need_the_owners_own_sign_in(url):
    with open_store(url) as store:
        amal = store.person("amal")
        store.add_checkin(amal.id, rating=3)
        for fake in (amal, SignedIn(**vars(amal), token="guessed")):
            with pytest.raises(AccessError, match="sign in first"):
                store.checkins_for(fake, amal.id)  # an id or a forged record is not a sign-in
        me = store.authenticate("amal", "amal-password")
        assert [c.rating for c in store.checkins_for(me, amal.id)] == [3]
        badr = store.authenticate("badr", "badr-password")
        with pytest.raises(AccessError, match="only the person who wrote them"):
            store.checkins_for(badr, amal.id)
        for staff in ("admin1", "tarek"):
            person = store.authenticate(staff, f"{staff}-password")
            with pytest.raises(AccessError):
                store.checkins_for(person, amal.id)
        with pytest.raises(AccessError, match=r"badr \(trainee\) may not"):
            store.checkin_aggregate(badr, 1)
    # A sign-in belongs to the store that checked the password.
    with open_store(url) as other, pytest.raises(AccessError, match="sign in first"):
        other.checkins_for(me, amal.id)


def test_the_rules_table():
    class P:
        def __init__(self, pid, role):
            self.id, self.name, self.role = pid, f"p{pid}", role

    admin, trainer, trainee = P(1, "admin"), P(2, "trainer"), P(3, "trainee")
    assert allowed(admin, Action.ADD_PERSON, subject_role="admin")
    assert not allowed(trainer, Action.ADD_PERSON, subject_role="trainer")
    assert allowed(trainer, Action.ADD_PERSON, subject_role="trainee")
    assert not allowed(trainee, Action.READ_RESULTS, subject_id=1)
    assert allowed(trainee, Action.READ_RESULTS, subject_id=3)
    assert not allowed(admin, Action.READ_CHECKINS, subject_id=3)
    assert allowed(trainee, Action.READ_CHECKINS, subject_id=3)
    assert not allowed(None, Action.ADD_PERSON, subject_role="admin", first_admin=False)
    assert allowed(None, Action.ADD_PERSON, subject_role="admin", first_admin=True)
    assert not allowed(None, Action.ADD_PERSON, subject_role="trainee", first_admin=True)


@pytest.mark.slow
@pytest.mark.argon2_production  # the production cost is what makes timing tell names apart
def test_a_wrong_password_takes_as_long_for_an_unknown_name(migrated_url):
    with open_store(migrated_url) as store:
        store.create_person("known", "trainee", password="right-password")
        store.create_person("nopass", "trainee")

        def timing(name: str) -> float:
            runs = []
            for _ in range(5):
                start = time.perf_counter()
                assert store.authenticate(name, "wrong-password") is None
                runs.append(time.perf_counter() - start)
            return statistics.median(runs)

        timing("known")  # warm up (and make the dummy hash)
        known, unknown, nopass = timing("known"), timing("nobody"), timing("nopass")
    assert 0.5 < unknown / known < 2, (known, unknown)  # was 155 ms against 1.2 ms
    assert 0.5 < nopass / known < 2, (known, nopass)
