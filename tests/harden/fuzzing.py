"""The command-line fuzzer (issue 14): every input a user gives ``simulator``, mutated.

Inputs: scenario, SOP and exam YAML; replies, actions, script and sitting JSON; database
URLs; passwords on standard input; and special files (a FIFO, /dev/zero, a folder, a link
loop) in place of any file. Mutations: byte flips, truncation, spliced tokens (deep
nesting, NaN, huge numbers, anchors, tabs, BOMs, NULs), and on the parsed data: deleted
keys, wrong types, huge numbers, NaN and infinity, deep nesting.

The oracle for each case: exit 0, 1 or 2; an exit 2 is one line ``simulator: ...`` on
standard error; no crash report, no traceback; no password we put in shows up; done
within ``HANG_S`` seconds.

Two drivers share ``make_case`` and ``run_case``: the hypothesis suite
(``test_fuzz_cli.py``, a bounded number of examples in CI) and ``make fuzz``
(``python -m tests.harden.fuzzing --cases 10000``), which runs cases in a worker process
so that a segfault or a hang is counted (and the worker restarted), not fatal, and
prints the counts.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import queue
import random
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
EXAMS_LIBRARY = REPO / "tests" / "core" / "exams" / "data" / "library"
SHIPPED = REPO / "scenarios"
HANG_S = 10.0
MEMORY_BLOWUP_MB = 1500  # growth of the peak resident size in one case
SECRET = "Fuzz-Sekret-91"
GOOD_SCRIPT = [{"at": "20s", "reply": {"thread": "main", "text": "hello, happy to help"}}]
KINDS = (
    "scenario",
    "sop",
    "exam",
    "replies",
    "actions",
    "script",
    "sitting",
    "url",
    "password",
    "special",
)


class Chooser:
    """Where a case's randomness comes from: ``random.Random`` or hypothesis's ``data``."""

    def __init__(
        self, integers: Callable[[int, int], int], rng: random.Random | None = None
    ) -> None:
        self._integers = integers

    @classmethod
    def from_random(cls, rng: random.Random) -> Chooser:
        return cls(lambda lo, hi: rng.randint(lo, hi))

    @classmethod
    def from_hypothesis(cls, data: Any) -> Chooser:
        from hypothesis import strategies as st

        return cls(lambda lo, hi: data.draw(st.integers(lo, hi)))

    def integer(self, lo: int, hi: int) -> int:
        return self._integers(lo, hi)

    def choice(self, items: Sequence[Any]) -> Any:
        return items[self.integer(0, len(items) - 1)]

    def chance(self, in_: int) -> bool:
        return self.integer(1, in_) == 1


# -- mutations ------------------------------------------------------------------------

HUGE_INT = "1" + "0" * 4400
TOKENS = (
    "[" * 2000 + "]" * 2000,
    "{a: " * 300 + "1" + "}" * 300,
    "[" * 60,
    ".nan",
    ".inf",
    "-.inf",
    "NaN",
    "Infinity",
    '"nan"',
    "1e400",
    HUGE_INT,
    "1" + "0" * 400,
    "-1",
    "0",
    "&a x",
    "*a",
    "<<: *a",
    "!!python/object:os.system",
    "!secret",
    "\t",
    "\x00",
    "\ufeff",
    "---\n",
    "? ",
    ": ",
    "- ",
    "\n  - ",
    "'",
    '"',
    "\\",
    "%",
    "{",
    "}",
    "/etc/passwd",
    "../../../etc/passwd",
    "^(a|a)+$",
    "(",
    "{name}",
    "{nope}",
    "null",
    "true",
    "~",
    "12:30:00",
    "2026-13-45",
    "é",
    "مرحبا",
    "\u202e",
    "\r",
    "\x85",
)


def flip_bytes(raw: bytes, c: Chooser) -> bytes:
    if not raw:
        return raw
    out = bytearray(raw)
    for _ in range(c.integer(1, 4)):
        i = c.integer(0, len(out) - 1)
        out[i] = c.integer(0, 255)
    return bytes(out)


def truncate(raw: bytes, c: Chooser) -> bytes:
    return raw[: c.integer(0, len(raw))]


def splice(raw: bytes, c: Chooser) -> bytes:
    out = raw
    for _ in range(c.integer(1, 3)):
        i = c.integer(0, len(out))
        token = str(c.choice(TOKENS)).encode("utf-8")
        cut = c.integer(0, 8) if c.chance(2) else 0
        out = out[:i] + token + out[i + cut :]
    return out


class _Huge:
    """A number too big for float, written out as digits."""


NASTY_VALUES: tuple[Any, ...] = (
    None,
    True,
    0,
    -1,
    2**63,
    1e308,
    float("nan"),
    float("inf"),
    "",
    "nan",
    "inf",
    "-1s",
    "1e400",
    "x" * 300,
    [],
    [[[]]],
    {},
    {"a": {"b": {}}},
    ["lookup"],
    _Huge(),
)


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    """Every place in a JSON-like value (mappings' keys and lists' indexes)."""
    yield prefix
    if len(prefix) > 40:  # a deeply nested value from an earlier mutation: stop there
        return
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _paths(v, (*prefix, k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from _paths(v, (*prefix, i))


def _set(value: Any, path: tuple[Any, ...], new: Any) -> Any:
    if not path:
        return new
    head, rest = path[0], path[1:]
    if isinstance(value, dict):
        copy = dict(value)
        copy[head] = _set(value[head], rest, new)
        return copy
    copy_list = list(value)
    copy_list[head] = _set(value[head], rest, new)
    return copy_list


def _delete(value: Any, path: tuple[Any, ...]) -> Any:
    if not path:
        return value
    head, rest = path[0], path[1:]
    if not rest:
        if isinstance(value, dict):
            return {k: v for k, v in value.items() if k != head}
        return [v for i, v in enumerate(value) if i != head]
    if isinstance(value, dict):
        return {**value, head: _delete(value[head], rest)}
    return [(_delete(v, rest) if i == head else v) for i, v in enumerate(value)]


def mutate_data(data: Any, c: Chooser) -> Any:
    """Structural mutations of parsed data: delete a key, put a nasty value, nest deeply."""
    for _ in range(c.integer(1, 3)):
        places = list(_paths(data))
        path = c.choice(places)
        op = c.integer(0, 3)
        if op == 0 and path:
            data = _delete(data, path)
        elif op == 1:
            data = _set(data, path, c.choice(NASTY_VALUES))
        elif op == 2:
            depth = c.choice((70, 120, 1000, 3000))
            nested: Any = "x"
            for _ in range(depth):
                nested = [nested]
            data = _set(data, path, nested)
        elif isinstance(data, dict) or path:
            data = _set(data, path, {"unknown-key": c.choice(NASTY_VALUES)})
    return data


def to_text(data: Any) -> bytes:
    """JSON text (valid YAML too), writing NaN, infinity and huge numbers literally."""

    def default(o: Any) -> Any:
        if isinstance(o, _Huge):
            return "__HUGE__"
        return str(o)

    try:
        text = json.dumps(data, ensure_ascii=False, default=default)
    except (ValueError, RecursionError):
        text = json.dumps("unserialisable")
    return text.replace('"__HUGE__"', HUGE_INT).encode("utf-8")


def mutate(raw: bytes, c: Chooser, *, structured: bool = True) -> bytes:
    """One of: byte flips, truncation, spliced tokens, or a structural mutation."""
    op = c.integer(0, 3 if structured else 2)
    if op == 0:
        return flip_bytes(raw, c)
    if op == 1:
        return truncate(raw, c)
    if op == 2:
        return splice(raw, c)
    data = _parse(raw)
    if data is None:
        return splice(raw, c)
    return to_text(mutate_data(data, c))


def _parse(raw: bytes) -> Any:
    """The JSON or YAML seed as plain data (None when it cannot be read)."""
    text = raw.decode("utf-8-sig")
    try:
        return json.loads(text)
    except ValueError:
        pass
    from ruamel.yaml import YAML

    try:
        data = YAML(typ="safe", pure=False).load(text)
    except Exception:
        return None
    return json.loads(json.dumps(data, default=str))


# -- cases ----------------------------------------------------------------------------


@dataclass
class Case:
    kind: str
    argv: list[str]
    files: dict[str, bytes] = field(default_factory=dict)  # relative path -> content
    special: dict[str, str] = field(default_factory=dict)  # relative path -> what
    stdin: bytes = b""
    secrets: tuple[str, ...] = ()

    def describe(self) -> str:
        files = {k: v[:200].decode("utf-8", "replace") for k, v in self.files.items()}
        return json.dumps(
            {
                "kind": self.kind,
                "argv": self.argv,
                "files": files,
                "special": self.special,
                "stdin": self.stdin[:100].decode("utf-8", "replace"),
            },
            ensure_ascii=False,
        )[:2000]


def _seed_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.glob("*.yaml") if p.is_file())


def make_case(c: Chooser, kind: str | None = None) -> Case:
    """A mutated input and the command that reads it. Paths in ``argv`` and ``files``
    are relative to the case's folder: ``lib/`` (the exams test library), ``shipped/``
    (the shipped library), ``scripts/``."""
    kind = kind or c.choice(KINDS)
    good_replies = b'{"main": "hello, happy to help"}'
    if kind == "scenario":
        shipped = c.chance(2)
        folder = SHIPPED / c.choice(("en", "ar")) if shipped else EXAMS_LIBRARY / "en"
        seed = c.choice(_seed_files(folder))
        rel = f"{'shipped' if shipped else 'lib'}/{seed.parent.name}/fuzz-case.yaml"
        raw = mutate(seed.read_bytes(), c)
        command = c.choice(("validate", "grade", "play"))
        if command == "validate" or shipped:
            argv = ["validate", rel]
        elif command == "grade":
            argv = ["grade", rel, "--replies", "replies.json"]
        else:
            argv = ["play", rel, "--script", "scripts/easy-a.json"]
        return Case(kind, argv, {rel: raw, "replies.json": good_replies})
    if kind == "sop":
        seed = c.choice(_seed_files(EXAMS_LIBRARY / "sops"))
        rel = f"lib/sops/{seed.name}"
        argv = c.choice(
            (["validate", rel], ["validate", "lib/en/easy-a.yaml"], ["validate", "lib"])
        )
        return Case(kind, argv, {rel: mutate(seed.read_bytes(), c)})
    if kind == "exam":
        seed = EXAMS_LIBRARY / "exams" / "mini.yaml"
        rel = "lib/exams/fuzz-exam.yaml"
        argv = c.choice((["exam", "validate", rel], ["exam", "play", rel, "--scripts", "scripts"]))
        return Case(kind, argv, {rel: mutate(seed.read_bytes(), c)})
    if kind in ("replies", "actions"):
        if kind == "replies":
            seed = good_replies
        else:
            seed = b'[{"type": "lookup"}, {"type": "tag", "value": "x", "thread": "main"}]'
        raw = mutate(seed, c)
        argv = ["grade", "lib/en/easy-a.yaml", "--replies", "replies.json"]
        if kind == "actions":
            argv += ["--actions", "input.json"]
            return Case(kind, argv, {"replies.json": good_replies, "input.json": raw})
        return Case(kind, argv, {"replies.json": raw})
    if kind == "script":
        seed = json.dumps(
            [
                *GOOD_SCRIPT,
                {"at": "30s", "action": {"type": "lookup", "value": None, "thread": "main"}},
                {"at": "40s", "keys": {"thread": "main", "chars": 10}},
                {"at": "5m", "end": True},
            ]
        ).encode()
        return Case(
            kind,
            ["play", "lib/en/easy-a.yaml", "--script", "input.json"],
            {"input.json": mutate(seed, c)},
        )
    if kind == "sitting":
        seed = json.dumps(
            {
                "skip": ["hard-sensitive"],
                "briefing": "1m",
                "breaks": {"1": "10m"},
                "support": {"3": {"at": "10s", "for": "2m"}},
            }
        ).encode()
        argv = ["exam", "play", "lib/exams/mini.yaml", "--scripts", "scripts"]
        return Case(kind, argv, {"scripts/sitting.json": mutate(seed, c)})
    if kind == "url":
        return _url_case(c)
    if kind == "password":
        password = mutate(f"{SECRET}-pw".encode(), c, structured=False)
        if c.chance(4):
            password = bytes(c.integer(0, 255) for _ in range(c.integer(0, 20)))
        text = password.decode("utf-8", "replace")
        secrets = (text,) if len(text) >= 8 and "\n" not in text and "\r" not in text else ()
        argv = [
            "--database-url",
            "sqlite:///store/fuzz.db",
            "user",
            "add",
            "first",
            "--role",
            "admin",
            "--password-stdin",
        ]
        if c.chance(3):
            argv = ["--database-url", "sqlite:///store/fuzz.db", "user", "list", "--as", "first"]
        return Case(kind, argv, stdin=password + b"\n", secrets=secrets)
    # special files in place of any file argument
    base = make_case(c, c.choice(("scenario", "replies", "actions", "script", "exam")))
    targets = [a for a in base.argv if a.endswith((".yaml", ".json"))]
    target = c.choice(targets)
    what = c.choice(("fifo", "/dev/zero", "/dev/urandom", "folder", "loop", "broken", "empty"))
    base.files.pop(target, None)
    base.special[target] = what
    return Case("special", base.argv, base.files, base.special)


_URL_QUERY_KEYS = ("password", "sslmode", "application_name", "options", "connect_timeout", "x")


def _url_case(c: Chooser) -> Case:
    """A database URL. Only loopback is ever contacted: the host is fixed, mutations only
    touch the user, password, port, database and harmless query keys."""
    from urllib.parse import quote

    password = SECRET + c.choice(("", "%40", "@:/", "é", "'\"", "&x=1"))
    scheme = c.choice(("postgresql+psycopg", "postgresql", "sqlite", "mysql", "post gres", ""))
    user = c.choice(("postgres", "", "bob", "a:b", "é"))
    if scheme == "sqlite":
        path = c.choice(
            ("store/x.db", "store/no/such/x.db", "store", "/dev/zero", "store/x.db?mode=rw")
        )
        url = f"sqlite:///{path}"
        if c.chance(2):
            url += f"{'&' if '?' in url else '?'}password={quote(password)}"
        secrets: tuple[str, ...] = (password,)
    else:
        port = c.choice(("1", "5432", "0", "99999", "-1", "x", ""))
        database = c.choice(("test", "nope", "", "a/b", "%00"))
        userinfo = f"{quote(user)}:{quote(password, safe='') if c.chance(2) else password}@"
        url = f"{scheme}://{userinfo}127.0.0.1{':' + port if port else ''}/{database}"
        key = c.choice(_URL_QUERY_KEYS)
        value = (
            password if key == "password" else c.choice(("1", "disable", "-csearch_path=x", "%zz"))
        )
        url += f"?{key}={value}&connect_timeout=2"
        secrets = (password,)
    raw = url.encode()
    if c.chance(3):  # byte-level, on the parts after the host and port only
        at = raw.find(b"127.0.0.1")
        cut = raw.find(b"/", at) if at >= 0 else len(b"sqlite:///")
        cut = cut if cut >= 0 else len(raw)
        raw = raw[:cut] + mutate(raw[cut:], c, structured=False)
    url = raw.decode("utf-8", "replace")
    if "127.0.0.1" in url:
        url = url[: url.index("127.0.0.1")] + "127.0.0.1" + url[url.index("127.0.0.1") + 9 :]
        for risky in ("host=", "hostaddr=", "service=", "passfile="):
            url = url.replace(risky, "x=")
    command = c.choice((["db", "check"], ["db", "audit"], ["exam", "verify", "0" * 20]))
    return Case(
        "url", ["--database-url", url, *command], secrets=tuple(s for s in secrets if len(s) >= 8)
    )


# -- running a case -------------------------------------------------------------------


@dataclass
class Outcome:
    kind: str
    code: int
    seconds: float
    problem: str = ""  # empty when the case is fine
    crash_report: bool = False
    hang: bool = False
    memory_blowup: bool = False

    @property
    def ok(self) -> bool:
        return not self.problem


class _Hang(BaseException):
    """Raised by the alarm when a case runs longer than HANG_S (BaseException: the CLI's
    own ``except Exception`` must not turn it into a crash report)."""


class Workspace:
    """Base libraries copied once; each case gets its own folder with its files."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.data = root / "data"
        self.data.mkdir(parents=True, exist_ok=True)
        self.base = root / "base"
        shutil.copytree(EXAMS_LIBRARY, self.base / "lib")
        shutil.copytree(SHIPPED, self.base / "shipped")
        scripts = self.base / "scripts"
        scripts.mkdir()
        for sid in ("easy-a", "easy-b", "hard-sensitive", "lighter", "pool-x", "pool-y"):
            (scripts / f"{sid}.json").write_text(json.dumps(GOOD_SCRIPT))
        self.count = 0

    def prepare(self, case: Case) -> Path:
        self.count += 1
        folder = self.root / f"case-{self.count}"
        # Links to the base's files (cheap), real files where the case writes.
        shutil.copytree(self.base, folder, copy_function=os.link)
        (folder / "store").mkdir()
        for rel, raw in case.files.items():
            path = folder / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            if path.exists():
                path.unlink()
            path.write_bytes(raw)
        for rel, what in case.special.items():
            path = folder / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            if path.exists() or path.is_symlink():
                path.unlink()
            if what == "fifo":
                os.mkfifo(path)
            elif what == "folder":
                path.mkdir()
            elif what == "loop":
                path.symlink_to(path.name)
            elif what == "broken":
                path.symlink_to("nowhere")
            elif what == "empty":
                path.write_bytes(b"")
            else:
                path.symlink_to(what)
        return folder

    def crash_reports(self) -> int:
        folder = self.data / "crash-reports"
        return len(list(folder.iterdir())) if folder.is_dir() else 0


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def check_output(case: Case, code: int, out: str, err: str) -> str:
    """What is wrong with this result ('' when nothing)."""
    if code not in (0, 1, 2):
        return f"exit {code}"
    if "Traceback" in err or "Traceback" in out:
        return "a traceback"
    if "unexpected error" in err or "crash report" in err:
        return "an unexpected error: " + err.strip()[:300]
    if code == 2:
        lines = err.strip().splitlines()
        if len(lines) != 1 or not lines[0].startswith("simulator: "):
            return "not one error line: " + err[:300]
    for secret in case.secrets:
        if secret and (secret in out or secret in err):
            return "the password was shown"
    return ""


@contextlib.contextmanager
def _in(folder: Path, data: Path, stdin: bytes) -> Iterator[tuple[io.StringIO, io.StringIO]]:
    saved = (os.getcwd(), sys.stdin, sys.stdout, sys.stderr, sys.argv, dict(os.environ))
    out, err = io.StringIO(), io.StringIO()
    os.chdir(folder)
    os.environ["SIMULATOR_DATA_DIR"] = str(data)
    os.environ.pop("SIMULATOR_DATABASE_URL", None)
    os.environ["XDG_CACHE_HOME"] = str(data / "cache")
    sys.stdin = io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8")
    sys.stdout, sys.stderr = out, err
    try:
        yield out, err
    finally:
        os.chdir(saved[0])
        sys.stdin, sys.stdout, sys.stderr, sys.argv = saved[1:5]
        os.environ.clear()
        os.environ.update(saved[5])


def run_case(case: Case, ws: Workspace) -> Outcome:
    """Run ``case`` in this process through ``simulator.cli.main``."""
    from simulator.cli import main

    folder = ws.prepare(case)
    before_reports, before_mb = ws.crash_reports(), _peak_mb()

    def alarm(*_: Any) -> None:
        raise _Hang

    previous = signal.signal(signal.SIGALRM, alarm)
    signal.setitimer(signal.ITIMER_REAL, HANG_S)
    start = time.perf_counter()
    hang = False
    code = -1
    try:
        with _in(folder, ws.data, case.stdin) as (out, err):
            sys.argv = ["simulator", *case.argv]
            try:
                code = main(case.argv)
            except SystemExit as exc:
                code = exc.code if isinstance(exc.code, int) else 2
            except _Hang:
                hang = True
        stdout, stderr = out.getvalue(), err.getvalue()
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        shutil.rmtree(folder, ignore_errors=True)
    seconds = time.perf_counter() - start
    crash = ws.crash_reports() > before_reports
    blowup = _peak_mb() - before_mb > MEMORY_BLOWUP_MB
    if hang:
        problem = f"hang: more than {HANG_S:g} s"
    else:
        problem = check_output(case, code, stdout, stderr)
        if crash and not problem:
            problem = "a crash report was written"
        if blowup:
            problem = problem or "memory blow-up"
    return Outcome(case.kind, code, seconds, problem, crash, hang, blowup)


def run_in_subprocess(case: Case, ws: Workspace) -> Outcome:
    """Run ``case`` as a separate ``simulator`` process (a segfault shows as a signal)."""
    if any("\x00" in a for a in case.argv):  # no command line can carry a NUL
        return Outcome(case.kind, 0, 0.0)
    folder = ws.prepare(case)
    env = {
        **os.environ,
        "SIMULATOR_DATA_DIR": str(ws.data),
        "XDG_CACHE_HOME": str(ws.data / "cache"),
    }
    env.pop("SIMULATOR_DATABASE_URL", None)
    before = ws.crash_reports()
    start = time.perf_counter()
    try:
        r = subprocess.run(
            [sys.executable, "-m", "simulator", *case.argv],
            input=case.stdin,
            capture_output=True,
            cwd=folder,
            env=env,
            timeout=HANG_S + 20,  # start-up included
        )
    except subprocess.TimeoutExpired:
        shutil.rmtree(folder, ignore_errors=True)
        return Outcome(case.kind, -1, time.perf_counter() - start, "hang (subprocess)", hang=True)
    shutil.rmtree(folder, ignore_errors=True)
    out, err = r.stdout.decode("utf-8", "replace"), r.stderr.decode("utf-8", "replace")
    problem = (
        f"killed by signal {-r.returncode}"
        if r.returncode < 0
        else check_output(case, r.returncode, out, err)
    )
    crash = ws.crash_reports() > before
    if crash and not problem:
        problem = "a crash report was written"
    return Outcome(case.kind, r.returncode, time.perf_counter() - start, problem, crash)


# -- make fuzz --------------------------------------------------------------------------


def _worker(start: int, count: int, seed: int, sample_every: int) -> None:
    """Run cases ``start`` .. ``start + count - 1``, one JSON line each on stdout."""
    resource.setrlimit(resource.RLIMIT_AS, (6 * 1024**3, resource.RLIM_INFINITY))
    report = sys.stdout
    with tempfile.TemporaryDirectory(prefix="frontline-fuzz-") as tmp:
        ws = Workspace(Path(tmp))
        for i in range(start, start + count):
            case = make_case(Chooser.from_random(random.Random(seed * 1_000_003 + i)))
            report.write(json.dumps({"start": i}) + "\n")
            report.flush()
            outcome = run_case(case, ws)
            line: dict[str, Any] = {"case": i, **asdict(outcome)}
            if sample_every and i % sample_every == 0:
                sub = run_in_subprocess(case, ws)
                line["subprocess"] = asdict(sub)
            if not outcome.ok:
                line["input"] = case.describe()
            report.write(json.dumps(line) + "\n")
            report.flush()


def _parent(cases: int, seed: int, sample_every: int, log: Path | None) -> int:
    counts = {
        "cases": 0,
        "crash_reports": 0,
        "segfaults": 0,
        "hangs": 0,
        "memory_blowups": 0,
        "other_failures": 0,
        "subprocess_samples": 0,
    }
    by_kind: dict[str, int] = {}
    failures: list[dict[str, Any]] = []
    slowest = 0.0
    started = time.time()
    next_case = 0
    while next_case < cases:
        proc = subprocess.Popen(
            [sys.executable, "-m", "tests.harden.fuzzing", "--worker", str(next_case),
             str(cases - next_case), str(seed), str(sample_every)],
            cwd=REPO,
            stdout=subprocess.PIPE,
            text=True,
        )  # fmt: skip
        assert proc.stdout is not None
        lines: queue.Queue[str | None] = queue.Queue()

        def pump(stream: Any = proc.stdout, out: queue.Queue[str | None] = lines) -> None:
            for raw_line in stream:
                out.put(raw_line)
            out.put(None)

        threading.Thread(target=pump, daemon=True).start()
        in_flight: int | None = None
        watchdog_killed = False
        while True:
            try:
                raw = lines.get(timeout=HANG_S + 30)
            except queue.Empty:  # stuck where the alarm cannot reach (inside C code)
                proc.kill()
                watchdog_killed = True
                break
            if raw is None:
                break
            msg = json.loads(raw)
            if "start" in msg:
                in_flight = msg["start"]
                continue
            in_flight = None
            next_case = msg["case"] + 1
            counts["cases"] += 1
            by_kind[msg["kind"]] = by_kind.get(msg["kind"], 0) + 1
            slowest = max(slowest, msg["seconds"])
            sub = msg.get("subprocess")
            if sub:
                counts["subprocess_samples"] += 1
                if sub["problem"].startswith("killed by signal"):
                    counts["segfaults"] += 1
            problems = [m for m in (msg, sub) if m and m["problem"]]
            for m in problems:
                if m["crash_report"]:
                    counts["crash_reports"] += 1
                elif m["hang"]:
                    counts["hangs"] += 1
                elif m["memory_blowup"]:
                    counts["memory_blowups"] += 1
                elif not m["problem"].startswith("killed by signal"):
                    counts["other_failures"] += 1
            if problems:
                failures.append(msg)
            if counts["cases"] % 1000 == 0:
                sys.stderr.write(f"fuzz: {counts['cases']} cases ({time.time() - started:.0f} s)\n")
        code = proc.wait()
        if in_flight is not None:  # the worker died in the middle of a case
            counts["cases"] += 1
            kind = "hangs" if watchdog_killed else "segfaults" if code < 0 else "other_failures"
            counts[kind] += 1
            failures.append({"case": in_flight, "problem": f"worker exit {code} ({kind})"})
            next_case = in_flight + 1
        elif code != 0 and next_case < cases:
            sys.stderr.write(f"fuzz: worker exit {code}\n")
            return 2
    if log is not None:
        log.write_text("\n".join(json.dumps(f, ensure_ascii=False) for f in failures) + "\n")
    print(f"fuzz: {counts['cases']} cases in {time.time() - started:.0f} s (seed {seed})")
    print("fuzz: by input: " + ", ".join(f"{k} {v}" for k, v in sorted(by_kind.items())))
    for key in ("crash_reports", "segfaults", "hangs", "memory_blowups", "other_failures"):
        print(f"fuzz: {key.replace('_', ' ')}: {counts[key]}")
    print(f"fuzz: subprocess samples (segfault check): {counts['subprocess_samples']}")
    print(f"fuzz: slowest case {slowest:.2f} s; limit {HANG_S:g} s")
    for f in failures[:20]:
        print("fuzz: FAILED " + json.dumps(f, ensure_ascii=False)[:600])
    bad = sum(
        counts[k]
        for k in ("crash_reports", "segfaults", "hangs", "memory_blowups", "other_failures")
    )
    return 1 if bad else 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="fuzz", description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=int(os.environ.get("FUZZ_SEED", "14")))
    parser.add_argument(
        "--sample-every", type=int, default=25, help="run every Nth case also as a subprocess"
    )
    parser.add_argument("--log", type=Path, help="write the failing cases here (JSON lines)")
    parser.add_argument("--worker", nargs=4, type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        _worker(*args.worker)
        return 0
    return _parent(args.cases, args.seed, args.sample_every, args.log)


if __name__ == "__main__":
    raise SystemExit(main())
