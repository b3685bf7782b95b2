"""The installation's signing key (Ed25519): it signs certificates and sealed results.

One key per installation, or per training centre when the admin gives every workstation
the same key file. Where it lives, in this order:

- ``SIMULATOR_SIGNING_KEY``: the path of a PEM private key the admin supplies (PKCS#8,
  unencrypted; ``openssl genpkey -algorithm ed25519 -out key.pem``). It must exist.
- else ``signing-key.pem`` in the data folder (``simulator.paths.data_dir()``), created
  on first need with mode 0600.

A public key is given to a verifier as base64 of its 32 raw bytes, or as a PEM file.
Its fingerprint is the first 16 hex digits of sha256 of the raw bytes, in groups of 4.
See docs/exams.md.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import hashlib
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from simulator.errors import InputError
from simulator.paths import data_dir

KEY_ENV = "SIMULATOR_SIGNING_KEY"
KEY_FILE_NAME = "signing-key.pem"


def fingerprint(raw_public: bytes) -> str:
    """``ABCD-EF01-2345-6789``: the first 64 bits of sha256 of the raw public key."""
    digest = hashlib.sha256(raw_public).hexdigest()[:16].upper()
    return "-".join(digest[i : i + 4] for i in range(0, 16, 4))


@dataclass(frozen=True)
class PublicKey:
    raw: bytes  # 32 bytes

    @property
    def base64(self) -> str:
        return base64.b64encode(self.raw).decode("ascii")

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.raw)

    @property
    def pem(self) -> str:
        key = Ed25519PublicKey.from_public_bytes(self.raw)
        return key.public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        ).decode("ascii")

    def verify(self, signature_b64: str, message: bytes) -> bool:
        """Whether ``signature_b64`` is this key's signature of ``message``."""
        try:
            signature = base64.b64decode(signature_b64, validate=True)
            Ed25519PublicKey.from_public_bytes(self.raw).verify(signature, message)
        except (InvalidSignature, binascii.Error, ValueError):
            return False
        return True


class SigningKey:
    """A private key and what it signs with."""

    def __init__(self, key: Ed25519PrivateKey, path: Path | None = None) -> None:
        self._key = key
        self.path = path
        self.public = PublicKey(
            key.public_key().public_bytes(
                serialization.Encoding.Raw, serialization.PublicFormat.Raw
            )
        )

    @classmethod
    def generate(cls) -> SigningKey:
        return cls(Ed25519PrivateKey.generate())

    @property
    def fingerprint(self) -> str:
        return self.public.fingerprint

    def sign(self, message: bytes) -> str:
        """The signature of ``message``, base64 (Ed25519 is deterministic)."""
        return base64.b64encode(self._key.sign(message)).decode("ascii")

    def pem(self) -> bytes:
        return self._key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )


def key_path() -> Path:
    """Where the installation key is (``SIMULATOR_SIGNING_KEY``, else the data folder)."""
    supplied = os.environ.get(KEY_ENV, "").strip()
    return Path(supplied) if supplied else data_dir() / KEY_FILE_NAME


def _read_key(path: Path) -> SigningKey:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(
            str(path), f"cannot read the signing key ({exc.strerror or exc})"
        ) from None
    try:
        key = serialization.load_pem_private_key(data, password=None)
    except (ValueError, TypeError) as exc:
        raise InputError(str(path), f"is not an unencrypted PEM private key ({exc})") from None
    if not isinstance(key, Ed25519PrivateKey):
        raise InputError(str(path), "is not an Ed25519 key (openssl genpkey -algorithm ed25519)")
    return SigningKey(key, path)


def existing_key() -> SigningKey | None:
    """The installation key if there is one; never creates it."""
    path = key_path()
    if os.environ.get(KEY_ENV, "").strip() or path.exists():
        return _read_key(path)
    return None


def installation_key() -> SigningKey:
    """The installation key, created in the data folder (mode 0600) on first need."""
    found = existing_key()
    if found is not None:
        return found
    path = key_path()
    key = SigningKey.generate()
    # Written whole to a private temporary file, then linked into place: another process
    # making its key at the same moment either wins (and this one reads its key) or
    # loses; nobody ever reads a half-written key.
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".signing-key-", dir=path.parent)  # mode 0600
    except OSError as exc:
        raise InputError(str(path), f"cannot create the signing key ({exc.strerror})") from None
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(key.pem())
            out.flush()
            os.fsync(out.fileno())
        os.chmod(tmp, 0o600)
        try:
            os.link(tmp, path)
        except FileExistsError:  # another process made it meanwhile: use that one
            return _read_key(path)
        except OSError as exc:
            raise InputError(str(path), f"cannot create the signing key ({exc.strerror})") from None
    finally:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
    return SigningKey(key._key, path)


def parse_public_key(text: str) -> PublicKey:
    """A public key given as base64 (32 raw bytes), PEM text, or the path of either."""
    value = text.strip()
    path = Path(value)
    where = "public key"
    if "\n" not in value and len(value) < 4096 and path.is_file():
        where = value
        try:
            value = path.read_text(encoding="utf-8").strip()
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError(where, f"cannot read it ({exc})") from None
    if value.startswith("-----BEGIN"):
        try:
            key = serialization.load_pem_public_key(value.encode("ascii"))
        except (ValueError, UnicodeEncodeError) as exc:
            raise InputError(where, f"is not a PEM public key ({exc})") from None
        if not isinstance(key, Ed25519PublicKey):
            raise InputError(where, "is not an Ed25519 public key")
        return PublicKey(
            key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
        )
    try:
        raw = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        raw = b""
    if len(raw) != 32:
        raise InputError(
            where, "is not a public key (base64 of 32 bytes, a PEM file, or the path of one)"
        )
    return PublicKey(raw)
