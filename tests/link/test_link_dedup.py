"""Near-duplicate articles: exact copies, rewrites, excerpts; incremental and idempotent linking."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from hadath.link import link_stats, link_store
from hadath.link.shingles import (
    Signer,
    containment,
    content_words,
    normalized_hash,
    shingles,
    shingles_of_hashes,
)
from hadath.model import Document
from hadath.store import Store

from .link_synth import LOOKALIKE, OTHER_SIGNATURE, WIRE, article, wire_text

DAY = date(2024, 5, 14)
LINK_TABLES = ("link_articles", "link_duplicates", "link_title_pairs", "link_clusters", "link_cluster_blocks",
               "link_cluster_members", "link_stories")


@pytest.fixture
def store(tmp_path: Path):
    with Store(tmp_path / "link.db") as s:
        yield s


def add(store: Store, article_id: str, text: str, outlet: str = "وكالة", day: date = DAY,
        title: str | None = None) -> None:
    assert store.add(Document(article=article(article_id, text, outlet, day, title)))


def pairs(store: Store) -> dict[tuple[str, str], tuple[str, float]]:
    return {(a, b): (k, s) for a, b, k, s in
            store.conn.execute("SELECT article_id, duplicate_of, kind, score FROM link_duplicates")}


def dump(store: Store) -> dict[str, list[tuple]]:
    return {t: sorted(store.conn.execute(f"SELECT * FROM {t}").fetchall()) for t in LINK_TABLES}


# -- content keys ----------------------------------------------------------------------------------
def test_normalized_hash_ignores_spelling_variants_punctuation_and_digits() -> None:
    plain = "أعلنت الوزارة أن 3 مسؤولين وصلوا إلى القاهرة، اليوم."
    variant = "اعلنت الوزارةُ «أن» ٣ مسؤولين وصلوا الى   القاهرة؛ اليـــوم؟"
    assert normalized_hash(content_words(plain)) == normalized_hash(content_words(variant))
    changed = "أعلنت الوزارة أن 4 مسؤولين وصلوا إلى القاهرة، اليوم."
    assert normalized_hash(content_words(plain)) != normalized_hash(content_words(changed))


def test_shingles_are_ordered_word_trigrams() -> None:
    words = content_words("الف باء تاء ثاء")
    assert len(shingles(words)) == 2
    assert shingles(content_words("تاء باء الف ثاء")) != shingles(words)  # order matters
    assert len(shingles(content_words("كلمة"))) == 1
    assert shingles([]) == set()
    assert containment({1, 2}, {1, 2, 3}) == 1.0 and containment({1, 4}, {1, 2, 3}) == 0.5


def test_signature_round_trips_through_bytes() -> None:
    from hadath.link.shingles import signature_bytes

    signer = Signer()
    sig = signer.minhash(shingles(content_words(wire_text())))
    again = signer.from_bytes(signature_bytes(sig))
    assert sig.jaccard(again) == 1.0
    other = signer.minhash(shingles(content_words(" ".join(LOOKALIKE))))
    assert sig.jaccard(other) < 0.2


# -- linking in the store --------------------------------------------------------------------------
def test_rewrite_excerpt_and_copy_are_found_and_a_different_report_is_not(store: Store) -> None:
    add(store, "wire", wire_text(), "وكالة")
    add(store, "rewrite", wire_text(order=(1, 0, 3, 2), signature=OTHER_SIGNATURE), "صحيفة المساء")
    add(store, "excerpt", "\n\n".join(WIRE[:2]), "موقع مختصر")
    copy = wire_text().replace("عمان", "عمّان").replace("،", " ,").replace("إ", "ا")
    add(store, "copy", copy, "موقع ناسخ")
    add(store, "other", "\n\n".join(LOOKALIKE), "وكالة")
    counts = link_store(store)
    found = pairs(store)
    assert found[("rewrite", "wire")][0] == "near" and found[("rewrite", "wire")][1] >= 0.5
    assert found[("excerpt", "wire")][0] == "excerpt" and found[("excerpt", "wire")][1] >= 0.8
    assert found[("copy", "wire")] == ("exact", 1.0)
    assert not [p for p in found if "other" in p]
    assert counts["linked_articles"] == 5 and counts["exact_duplicates"] == 1
    assert counts["excerpts"] >= 1 and counts["near_duplicates"] >= 1


def test_linking_twice_changes_nothing(store: Store) -> None:
    add(store, "wire", wire_text())
    add(store, "rewrite", wire_text(order=(3, 2, 1, 0), signature=OTHER_SIGNATURE))
    first = link_store(store)
    before = dump(store)
    second = link_store(store)
    assert first["linked_articles"] == 2 and first["duplicate_pairs"] == 1
    assert second["linked_articles"] == 0 and second["duplicate_pairs"] == 0
    assert dump(store) == before


def test_an_article_added_later_joins_the_stored_ones(store: Store) -> None:
    add(store, "wire", wire_text())
    add(store, "other", "\n\n".join(LOOKALIKE))
    link_store(store)
    stories_before = dict(store.conn.execute("SELECT article_id, story_id FROM link_stories"))
    add(store, "later", wire_text(order=(0, 2, 1, 3), signature=OTHER_SIGNATURE), day=date(2024, 5, 15))
    counts = link_store(store)  # a new run: the index is rebuilt from stored signatures, not text
    assert counts["linked_articles"] == 1
    assert pairs(store)[("later", "wire")][0] == "near"
    stories_after = dict(store.conn.execute("SELECT article_id, story_id FROM link_stories"))
    assert stories_after["later"] == stories_after["wire"] == stories_before["wire"]
    assert stories_after["other"] != stories_after["wire"]


def test_empty_and_tiny_texts_link_to_nothing(store: Store) -> None:
    add(store, "blank", "«» ، ؛ ؟")
    add(store, "blank2", "...")
    add(store, "tiny", "خبر عاجل")
    add(store, "tiny2", "خبر عاجل جدا")
    link_store(store)
    assert pairs(store) == {}


def test_link_stats_counts_pairs_by_kind(store: Store) -> None:
    add(store, "wire", wire_text())
    add(store, "copy", wire_text())
    add(store, "excerpt", WIRE[2] + "\n\n" + WIRE[3])
    link_store(store)
    stats = link_stats(store)
    assert stats["linked_articles"] == 3
    assert stats["duplicate_pairs"].get("exact") == 1
    assert stats["duplicate_pairs"].get("excerpt") == 1  # the excerpt matches the original, not the copy too
    assert stats["articles_with_duplicates"] == 3
    assert stats["stories"] == 1 and stats["stories_multi_article"] == 1


def test_cached_word_reading_equals_plain_reading() -> None:
    signer = Signer()
    text = "قالَ الوزيـــرُ: «إنّ ٣ اتفاقيات وُقِّعت» في عمّان، والرياض.\nSPA_2015 وكالة-الأنباء"
    for _ in range(2):  # the second time from the cache
        words, hashes = signer.words(text)
        assert words == content_words(text)
        assert shingles_of_hashes(hashes) == shingles(words)


def test_band_index_proposes_similar_signatures_only() -> None:
    from hadath.link.dedup import BandIndex

    signer = Signer()
    base = shingles(content_words(wire_text()))
    rewrite = shingles(content_words(wire_text(order=(1, 0, 2, 3), signature=OTHER_SIGNATURE)))
    other = shingles(content_words(" ".join(LOOKALIKE)))
    index = BandIndex(64, 2)
    index.insert(1, signer.minhash(base))
    index.insert(2, signer.minhash(other))
    assert 1 in index.query(signer.minhash(rewrite))
    assert 2 not in index.query(signer.minhash(rewrite))
    assert index.query(signer.minhash(shingles(content_words("نص آخر لا علاقة له بأي خبر مخزن هنا")))) == set()
