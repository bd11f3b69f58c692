"""Many reports, one event: near-duplicate articles, event clusters across reports, story threads.

Everything lives in the store (``0002_link.sql``); :func:`link_store` links what is new, incrementally.
"""

from hadath.link.api import cluster_of, cluster_records, link_stats, link_store, stories
from hadath.link.dedup import DedupConfig

__all__ = ["DedupConfig", "cluster_of", "cluster_records", "link_stats", "link_store", "stories"]
