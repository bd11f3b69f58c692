"""Event clusters in the store: each new event joins the first compatible cluster in its blocks, or
starts one.  Candidates come only from the blocking keys (type, month, actor roots), never from a scan
of all clusters; a cluster is joined only when the event is compatible with *every* member, so a chain
of ±1-day tolerances cannot drift across a week.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterator
from typing import Any

from hadath.link.merge import (
    EventFeatures,
    blocks,
    cluster_status,
    features,
    lookup_blocks,
    merge_reasons,
    representative,
)

EVENT_COLUMNS = ("e.id, e.article_id, e.event_type, e.cameo_root, e.mode, e.status, e.date_precision, "
                 "e.date_first, e.date_last, e.source_codes, e.target_codes, e.record, a.date, a.source")
CHUNK = 2000
MAX_CANDIDATE_CLUSTERS = 200  # a block this crowded is searched from its newest clusters only


def cluster_id_for(event_id: str) -> str:
    return "cl-" + hashlib.sha1(event_id.encode("utf-8")).hexdigest()[:16]


def _row_features(row: tuple[Any, ...]) -> EventFeatures:
    (eid, article_id, event_type, cameo_root, mode, status, precision, first, last, src, tgt, record,
     pub_date, outlet) = row
    return features({"id": eid, "article_id": article_id, "event_type": event_type, "cameo_root": cameo_root,
                     "mode": mode, "status": status, "date_precision": precision, "date_first": first,
                     "date_last": last, "source_codes": src, "target_codes": tgt, "record": json.loads(record),
                     "pub_date": pub_date, "outlet": outlet})


def new_events(conn: sqlite3.Connection) -> Iterator[EventFeatures]:
    """Stored events not yet in any cluster, in insertion order, read in chunks."""
    last = 0
    while True:
        rows = conn.execute(
            f"SELECT e.rowid, {EVENT_COLUMNS} FROM events e JOIN articles a ON a.id = e.article_id"
            " WHERE e.rowid > ? AND NOT EXISTS (SELECT 1 FROM link_cluster_members m WHERE m.event_id = e.id)"
            " ORDER BY e.rowid LIMIT ?", (last, CHUNK)).fetchall()
        if not rows:
            return
        last = rows[-1][0]
        for row in rows:
            yield _row_features(row[1:])


class Clusterer:
    """Assigns events to clusters; keeps the clusters it touched in memory for one run."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.by_block: dict[str, list[str]] = {}
        self.members: dict[str, list[EventFeatures]] = {}
        self.touched: set[str] = set()
        self.copies: dict[str, frozenset[str]] = {}
        self.next_seq = int(conn.execute("SELECT ifnull(max(seq), 0) FROM link_cluster_members").fetchone()[0]) + 1

    def _clusters_in(self, block: str) -> list[str]:
        ids = self.by_block.get(block)
        if ids is None:
            ids = [r[0] for r in self.conn.execute(
                "SELECT b.cluster_id FROM link_cluster_blocks b JOIN link_clusters c ON c.id = b.cluster_id"
                " WHERE b.block = ? ORDER BY c.rowid", (block,))]
            self.by_block[block] = ids
        return ids

    def _members_of(self, cluster_id: str) -> list[EventFeatures]:
        found = self.members.get(cluster_id)
        if found is None:
            found = [_row_features(row) for row in self.conn.execute(
                f"SELECT {EVENT_COLUMNS} FROM link_cluster_members m JOIN events e ON e.id = m.event_id"
                " JOIN articles a ON a.id = e.article_id WHERE m.cluster_id = ? ORDER BY m.seq", (cluster_id,))]
            self.members[cluster_id] = found
        return found

    def assign(self, event: EventFeatures) -> tuple[str, list[str], bool]:
        """Put ``event`` in its cluster (found or new); return the cluster id, why it joined, and
        whether the cluster is new."""
        seen: set[str] = set()
        for block in lookup_blocks(event):
            for cluster_id in self._clusters_in(block)[-MAX_CANDIDATE_CLUSTERS:]:
                if cluster_id in seen:
                    continue
                seen.add(cluster_id)
                reasons = self._joins(event, self._members_of(cluster_id), self._copies_of(event.article_id))
                if reasons is not None:
                    self._add_member(cluster_id, event, reasons)
                    return cluster_id, reasons, False
        cluster_id = cluster_id_for(event.event_id)
        self.conn.execute(
            "INSERT INTO link_clusters(id, type_key, actor_key, rep_event, status, n_mentions, n_sources,"
            " n_articles) VALUES (?,?,?,?,?,?,?,?)",
            (cluster_id, event.type_key, " ".join(sorted(event.source_roots | event.target_roots)),
             event.event_id, event.status, 0, 0, 0))
        self.members[cluster_id] = []
        reasons = ["first report of this event"]
        self._add_member(cluster_id, event, reasons)
        return cluster_id, reasons, True

    def _copies_of(self, article_id: str) -> frozenset[str]:
        """Articles linked to ``article_id`` as exact, near or excerpt duplicates."""
        found = self.copies.get(article_id)
        if found is None:
            found = frozenset(r[0] for r in self.conn.execute(
                "SELECT duplicate_of FROM link_duplicates WHERE article_id = ?"
                " UNION SELECT article_id FROM link_duplicates WHERE duplicate_of = ?", (article_id, article_id)))
            if len(self.copies) > 10_000:
                self.copies.clear()
            self.copies[article_id] = found
        return found

    @staticmethod
    def _joins(event: EventFeatures, members: list[EventFeatures], copies: frozenset[str]) -> list[str] | None:
        reasons: list[str] = []
        for member in members:
            why = merge_reasons(event, member, member.article_id in copies)
            if why is None:
                return None
            if not reasons:
                reasons = [f"with {member.event_id}: " + "; ".join(why)]
        return reasons or None

    def _add_member(self, cluster_id: str, event: EventFeatures, reasons: list[str]) -> None:
        self.conn.execute(
            "INSERT INTO link_cluster_members(event_id, cluster_id, article_id, outlet, seq, reasons)"
            " VALUES (?,?,?,?,?,?)",
            (event.event_id, cluster_id, event.article_id, event.outlet, self.next_seq,
             json.dumps(reasons, ensure_ascii=False)))
        self.next_seq += 1
        self.members[cluster_id].append(event)
        self.touched.add(cluster_id)
        for block in blocks(event):
            known = self._clusters_in(block)
            if cluster_id not in known:
                known.append(cluster_id)
                self.conn.execute("INSERT OR IGNORE INTO link_cluster_blocks(block, cluster_id) VALUES (?,?)",
                                  (block, cluster_id))

    def flush(self) -> int:
        """Write the summary (representative, status, counts) of every cluster touched; return how many."""
        for cluster_id in sorted(self.touched):
            members = self.members[cluster_id]
            rep = representative(members)
            status, _, _ = cluster_status(members)
            mentions = [m for f in members for m in f.mentions]
            self.conn.execute(
                "UPDATE link_clusters SET rep_event = ?, status = ?, n_mentions = ?, n_sources = ?, n_articles = ?"
                " WHERE id = ?",
                (rep.event_id, status, len(mentions), len({f.outlet for f in members if f.outlet}) or 1,
                 len({f.article_id for f in members}), cluster_id))
        count = len(self.touched)
        self.touched = set()
        return count
