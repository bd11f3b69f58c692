"""``hadath serve``: a local, offline web dashboard over the SQLite store (standard library only)."""

from hadath.web.server import make_server, serve

__all__ = ["make_server", "serve"]
