"""SQLite storage of analysed articles and coded events, built by recorded migrations."""

from hadath.store.db import Store, date_bounds
from hadath.store.migrate import Migration, migrate, packaged_migrations

__all__ = ["Migration", "Store", "date_bounds", "migrate", "packaged_migrations"]
