"""Credentials never leave the program: database URLs are shown with their password
masked, wherever it was written (``user:PASS@host`` or ``?password=PASS``), and any text
that goes to the screen or a crash report is scrubbed of the passwords we know of.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from urllib.parse import parse_qsl, unquote

MASK = "***"
# Query parameters (libpq's and drivers') whose value is a credential.
_SECRET_KEYS = re.compile(r"pass|secret|token|key|credential|auth", re.IGNORECASE)
# user:password@ in any URL-like text (the scheme may be missing or malformed).
_USERINFO = re.compile(r"(?P<head>[^\s:/@]*://[^\s:/@]*):(?P<pw>[^\s@]*?)@")
# password=..., sslpassword=..., in a query string or a libpq conninfo.
_KEYVALUE = re.compile(
    r"(?P<key>\b[\w.\-]*(?:pass|secret|token|apikey|api_key|credential)[\w.\-]*)"
    r"(?P<eq>\s*=\s*)(?P<value>'(?:[^'\\]|\\.)*'|[^\s&;,'\"]+)",
    re.IGNORECASE,
)
_URL_FLAG = ("--database-url",)


def hide_url(url: str) -> str:
    """``url`` with every credential in it replaced by ``***``."""
    return redact(url, secrets_in(url))


def secrets_in(text: str) -> list[str]:
    """The passwords written in ``text`` (a URL or a conninfo), raw and percent-decoded."""
    found: list[str] = []
    for m in _USERINFO.finditer(text):
        found.append(m.group("pw"))
    query = text.split("?", 1)[1] if "?" in text else ""
    for key, value in parse_qsl(query, keep_blank_values=False):
        if _SECRET_KEYS.search(key):
            found.append(value)
    for m in _KEYVALUE.finditer(text):
        found.append(m.group("value").strip("'"))
    out: list[str] = []
    for secret in found:
        for variant in (secret, unquote(secret)):
            if variant and variant != MASK and variant not in out:
                out.append(variant)
    return out


def known_secrets(argv: Iterable[str] = ()) -> list[str]:
    """The passwords in the configured database URL and on the command line."""
    texts = [os.environ.get("SIMULATOR_DATABASE_URL", "")]
    args = list(argv)
    for i, arg in enumerate(args):
        texts.append(arg)
        if arg in _URL_FLAG and i + 1 < len(args):
            texts.append(args[i + 1])
    secrets: list[str] = []
    for text in texts:
        for secret in secrets_in(text):
            if secret not in secrets:
                secrets.append(secret)
    return secrets


def redact(text: str, secrets: Iterable[str] = ()) -> str:
    """``text`` without credentials: ``user:PASS@`` and ``password=PASS`` patterns are
    masked, and so is every occurrence of each of ``secrets`` (longest first)."""
    text = _USERINFO.sub(lambda m: f"{m.group('head')}:{MASK}@", text)
    text = _KEYVALUE.sub(lambda m: f"{m.group('key')}{m.group('eq')}{MASK}", text)
    for secret in sorted(set(secrets), key=len, reverse=True):
        if len(secret) >= 3:  # a one- or two-letter "password" would mask half the text
            text = text.replace(secret, MASK)
    return text


def redact_argv(argv: Iterable[str]) -> list[str]:
    """The command line as it may be recorded: every credential masked."""
    args = list(argv)
    secrets = known_secrets(args)
    return [redact(a, secrets) for a in args]
