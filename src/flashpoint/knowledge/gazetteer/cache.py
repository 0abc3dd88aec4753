"""The process-wide gazetteer: loaded once per process from the cache under the user's cache
dir, built and cached when the cache is missing, damaged or of other sources or code."""

from __future__ import annotations

import gzip
import hashlib
import os
import pickle
import tempfile
import threading
from pathlib import Path

from ...lexicon import DATA as LEXICON_DATA
from .build import BUILD_VERSION, EXTRA, build_data, versions
from .entries import Gazetteer

# What the cache depends on besides the source packages: the hand-written additions, the word
# lists of the build and this package's code.
_PACKAGE = Path(__file__).parent
_LEXICON = LEXICON_DATA / "places_gazetteer.yaml"

_lock = threading.Lock()
_instance: Gazetteer | None = None


def cache_dir() -> Path:
    if os.environ.get("FLASHPOINT_CACHE_DIR"):
        return Path(os.environ["FLASHPOINT_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "flashpoint"


def cache_path() -> Path:
    # Any change to the sources, to the hand-written additions, to the build's word lists or to this
    # package's build rules makes a new cache.
    code = b"".join(path.read_bytes() for path in sorted(_PACKAGE.glob("*.py")))
    digest = hashlib.sha1(f"{BUILD_VERSION};{versions()}".encode() + EXTRA.read_bytes() + _LEXICON.read_bytes() + code).hexdigest()[:12]
    return cache_dir() / f"gazetteer-{BUILD_VERSION}-{digest}.pickle.gz"


def get_gazetteer() -> Gazetteer:
    """The gazetteer, loaded once per process (from the cache; built and cached when missing)."""
    global _instance
    if _instance is not None:
        return _instance
    with _lock:
        if _instance is None:
            _instance = _load_or_build()
    return _instance


def _load_or_build() -> Gazetteer:
    path = cache_path()
    if path.exists():
        try:
            with gzip.open(path, "rb") as f:
                data = pickle.load(f)
            if data.get("version") == BUILD_VERSION:
                return Gazetteer(data)
        except Exception:  # a damaged cache is rebuilt
            pass
    data = build_data()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".gazetteer-", suffix=".tmp")
        with os.fdopen(fd, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=1) as f:
            pickle.dump(data, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)  # atomic: concurrent builders never see half a file
        for old in path.parent.glob("gazetteer-*.pickle.gz"):
            if old != path:  # caches of earlier versions
                old.unlink(missing_ok=True)
    except OSError:
        pass  # an unwritable cache dir only costs the next process a rebuild
    return Gazetteer(data)
