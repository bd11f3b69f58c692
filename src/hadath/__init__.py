"""Hadath (حدث): Arabic news in, verifiable PLOVER/CAMEO event records out.

>>> import hadath
>>> events = hadath.code("بحث وزير الخارجية الروسي سيرغي لافروف في اتصال هاتفي أمس مع نظيره الأردني",
...                      date="2017-01-19")

Nothing is loaded at import time; the first call loads the lexicons and models once.
"""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"
__all__ = ["Article", "Document", "Event", "Pipeline", "Store", "analyze", "code", "load", "to_pandas"]

_LAZY = {
    "analyze": "hadath.api", "code": "hadath.api", "load": "hadath.api", "to_pandas": "hadath.api",
    "records": "hadath.api", "Pipeline": "hadath.pipeline", "Store": "hadath.store",
    "Article": "hadath.model", "Document": "hadath.model", "Event": "hadath.model",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'hadath' has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(module), name)
