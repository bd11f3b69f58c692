"""Story threads: articles joined by duplicate pairs, similar titles/leads and shared event clusters.

A story is a connected component of those links (union-find, linear in the number of links).  Shared
clusters join articles only when both tell the event in their lead, were published within
:data:`STORY_WINDOW_DAYS` of each other, and the cluster is reported by a few articles at most, so that
roundups and routine, widely reported kinds of event cannot chain unrelated reports into one story.
"""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import date

STORY_WINDOW_DAYS = 3
MAX_CLUSTER_ARTICLES = 30
TITLE_STORY_SCORE = 0.6  # title/lead Jaccard that joins two stories on its own
LEAD_SENTENCES = 2  # a shared event joins two articles' stories only when both tell it in their lead:
# a roundup or a background paragraph mentions many events that are not what the article is about
MAX_STORY_JOIN = 40
MAX_TITLE_JOIN = 25  # title links never join two stories into one larger than this: formulaic titles
# ("the King receives …", "the leadership congratulates …") would otherwise chain a week of news


class UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}
        self.size: dict[str, int] = {}

    def find(self, item: str) -> str:
        parent = self.parent.setdefault(item, item)
        root = item
        while parent != root:
            root = parent
            parent = self.parent[root]
        while item != root:  # path compression
            self.parent[item], item = root, self.parent[item]
        return root

    def union(self, a: str, b: str, max_size: int | None = None) -> None:
        """Join the groups of ``a`` and ``b`` (unless the result would exceed ``max_size``)."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return
        joined = self.size.get(ra, 1) + self.size.get(rb, 1)
        if max_size is not None and joined > max_size:
            return
        self.parent[rb] = ra
        self.size[ra] = joined


def _near_in_time(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return True
    try:
        return abs((date.fromisoformat(a[:10]) - date.fromisoformat(b[:10])).days) <= STORY_WINDOW_DAYS
    except ValueError:
        return True


def story_id_for(article_id: str) -> str:
    return "st-" + hashlib.sha1(article_id.encode("utf-8")).hexdigest()[:12]


def build_stories(conn: sqlite3.Connection) -> dict[str, str]:
    """article id → story id for every linked article; the id is that of the story's first article."""
    order: dict[str, int] = {}
    days: dict[str, str | None] = {}
    for seq, article_id, day in conn.execute("SELECT seq, article_id, day FROM link_articles ORDER BY seq"):
        order[article_id] = seq
        days[article_id] = day
    groups = UnionFind()
    for article_id in order:
        groups.find(article_id)
    for a, b, kind in conn.execute("SELECT article_id, duplicate_of, kind FROM link_duplicates"
                                   " ORDER BY kind != 'excerpt', article_id, duplicate_of"):
        if a in order and b in order:
            # a roundup holds excerpts of several stories: excerpt links never grow a story past the cap
            groups.union(a, b, MAX_STORY_JOIN if kind == "excerpt" else None)
    for a, b in conn.execute("SELECT article_id, other_id FROM link_title_pairs WHERE score >= ?"
                             " ORDER BY score DESC, article_id, other_id", (TITLE_STORY_SCORE,)):
        if a in order and b in order:
            groups.union(a, b, MAX_TITLE_JOIN)
    cursor = conn.execute(
        "SELECT m.cluster_id, m.article_id FROM link_cluster_members m JOIN events e ON e.id = m.event_id"
        " WHERE e.sentence <= ? AND m.cluster_id IN (SELECT cluster_id FROM link_cluster_members"
        " GROUP BY cluster_id HAVING count(DISTINCT article_id) BETWEEN 2 AND ?) ORDER BY m.cluster_id, m.seq",
        (LEAD_SENTENCES - 1, MAX_CLUSTER_ARTICLES))
    current, first = None, None
    for cluster_id, article_id in cursor:
        if article_id not in order:
            continue
        if cluster_id != current:
            current, first = cluster_id, article_id
        elif first is not None and _near_in_time(days.get(first), days.get(article_id)):
            groups.union(first, article_id, MAX_STORY_JOIN)
    earliest: dict[str, str] = {}
    for article_id in sorted(order, key=order.__getitem__):
        earliest.setdefault(groups.find(article_id), article_id)
    return {article_id: story_id_for(earliest[groups.find(article_id)]) for article_id in order}
