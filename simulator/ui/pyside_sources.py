"""Keep PySide6 from holding the source of every module in memory.

Once PySide6 is imported, it asks of every module imported after it (and once of every
module imported before) whether its source mentions "PySide6", to decide whether the
module may switch PySide's ``__feature__`` options (PYSIDE-2029). It asks with
``inspect.getsource``, which keeps each file's lines in ``linecache`` for the life of the
process: some 650 modules, about 30 MB at the desk, and a file split into lines at every
import. ``stop_caching_sources`` gives PySide the same answer from the file's bytes,
read and dropped. A PySide6 without that hook is left alone.
"""

from __future__ import annotations

import linecache
import sys
from types import ModuleType


def _reads_file(original):
    def mod_uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as source:
                    return b"PySide6" in source.read()
            except OSError:
                pass
        return bool(original(module))

    mod_uses_pyside.reads_file = True
    return mod_uses_pyside


def stop_caching_sources() -> bool:
    """Patch PySide's import hook (once) and drop the files it has read so far from
    ``linecache``; False when this PySide6 has no such hook."""
    import shiboken6  # noqa: F401  (loads shibokensupport, where the hook lives)

    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or original is None:
        return False
    if not getattr(original, "reads_file", False):
        feature._mod_uses_pyside = _reads_file(original)  # type: ignore[attr-defined]
    # Files only: code made at run time (e.g. SQLAlchemy's "<generated __init__>") has
    # no file to read its lines back from.
    for name in [name for name in linecache.cache if not name.startswith("<")]:
        linecache.cache.pop(name, None)
    return True
