"""Validate the shipped actor lexicon and print its size and the names shared between kinds.

Usage: ``python scripts/check_actor_lexicon.py [--shared]``.  Validation errors (file:line) exit with 1.
``--shared`` also lists every normalized phrase that more than one entry claims (a country name that is
also an organization name, an agent word that is also a person's alias …) so a reviewer can judge them.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict

from hadath.errors import LexiconError
from hadath.lexicon import data_path, load_jsonl
from hadath.text.matcher import phrase_key

FILES = ("countries.jsonl", "agents.jsonl", "organizations.jsonl", "persons.jsonl")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", action="store_true", help="list phrases claimed by more than one entry")
    args = parser.parse_args()
    root = data_path("actors")
    try:
        rows = {name: [e.data for e in load_jsonl(root / name)] for name in FILES}
        from hadath.actors.lexicon import ActorLexicon  # the consumer's own validation

        ActorLexicon.load(root)
    except LexiconError as exc:
        print(exc, file=sys.stderr)
        return 1
    countries, agents, orgs, persons = (rows[name] for name in FILES)
    print(f"countries     {len(countries)}")
    print(f"  names       {sum(len(c['names']) for c in countries)}")
    print(f"  adjectives  {sum(len(c['adjectives']) for c in countries)}")
    print(f"  capitals    {sum(len(c['capitals']) for c in countries)}")
    print(f"agents        {len(agents)} entries, {sum(len(a['names']) for a in agents)} phrases")
    print(f"organizations {len(orgs)} ({', '.join(f'{k} {v}' for k, v in sorted(_kinds(orgs).items()))})")
    print(f"persons       {len(persons)}, roles {sum(len(p['roles']) for p in persons)}")
    if args.shared:
        claims: dict[tuple[str, ...], list[str]] = defaultdict(list)
        for c in countries:
            for field in ("names", "capitals", "adjectives", "gov_aliases"):
                for n in c[field]:
                    claims[phrase_key(n)].append(f"country:{c['code']}")
        for a in agents:
            for n in a["names"]:
                claims[phrase_key(n)].append(f"agent:{a['sector']}")
        for o in orgs:
            for n in o["names"]:
                claims[phrase_key(n)].append(f"org:{o['id']}")
        for p in persons:
            for n in p["names"]:
                claims[phrase_key(n)].append(f"person:{p['id']}")
        for o in load_jsonl(data_path("outlets.jsonl")):
            for n in o.data["names"]:
                claims[phrase_key(n)].append(f"outlet:{o.data['id']}")
        for key, owners in sorted(claims.items()):
            if len(set(owners)) > 1:
                print(" ".join(key), "\t", ", ".join(sorted(set(owners))))
    return 0


def _kinds(orgs: list[dict]) -> dict[str, int]:
    counts: dict[str, int] = defaultdict(int)
    for o in orgs:
        counts[o["kind"]] += 1
    return counts


if __name__ == "__main__":
    sys.exit(main())
