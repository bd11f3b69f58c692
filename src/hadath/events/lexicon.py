"""The event coder's knowledge: CAMEO codebook, trigger patterns and status cue words.

Three JSON Lines files in ``hadath/lexicon/events/``, validated on load (``file:line`` errors):

* ``cameo.jsonl`` — one CAMEO code per line with name, Goldstein score, QuadClass and its PLOVER
  type/mode/context/intensity (null type for the CAMEO-only roots 01 and 02).
* ``triggers.jsonl`` — trigger patterns.  Verbs are given once as ``[past, imperfect]`` (third person
  masculine singular) and expanded here into their conjugations, so the file stays short and a new
  verb gets every person, number and gender; nouns also get their indefinite accusative (هجوماً).
* ``cues.jsonl`` — words that change an event's status (claim, hope, intent, negation, condition),
  introduce speech, or mark a sentence as outside politics (sport).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hadath.errors import LexiconError, LexiconIssue
from hadath.lexicon import data_path, load_jsonl, require
from hadath.text.matcher import PhraseMatcher, phrase_key
from hadath.text.normalize import normalize

PLOVER_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
    "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
CUE_KINDS: tuple[str, ...] = ("claim", "speech", "hope", "intent", "negation", "condition", "sport",
                              "history", "report_noun", "accident", "fiction", "question", "modal", "opinion",
                              "analyst", "verbal")
ROLE_KINDS: tuple[str, ...] = ("event", "deny", "statement")


@dataclass(frozen=True, slots=True)
class Code:
    """One CAMEO code with everything an event record needs from it."""

    code: str
    root: str
    name: str
    goldstein: float
    quad_class: int
    plover_type: str | None
    plover_mode: str | None
    plover_context: str | None
    intensity: float | None


PhraseIndex = dict[str, tuple[tuple[str, ...], ...]]


@dataclass(frozen=True, slots=True)
class ObjectRule:
    """A complement that refines the code: أعرب عن «أمل» → 013, هدد «بفرض عقوبات» → 1312."""

    words: tuple[tuple[str, ...], ...]
    cameo: str
    mode: str | None = None

    @property
    def first_words(self) -> frozenset[str]:
        return frozenset(w[0] for w in self.words)


@dataclass(frozen=True, slots=True)
class Pattern:
    """One trigger pattern (already expanded to its matching phrases)."""

    id: str
    cameo: str
    pos: str  # verb | noun
    role: str = "event"  # event | deny (a denial: the coded event inside gets status denied) | statement
    type_override: str | None = None
    mode: str | None = None
    context: str | None = None
    target_preps: frozenset[str] = frozenset()
    # prepositions the pattern's noun alone takes, right after it (الاتهام إلى إيران), not its verb (اتهم X … إلى Y)
    noun_target_preps: frozenset[str] = frozenset()
    object_target: bool = False
    genitive: str | None = None  # role of a bare actor right after a noun trigger: source | target
    reciprocal: bool = False
    needs_before: frozenset[str] = frozenset()
    needs_after: frozenset[str] = frozenset()
    window: int = 5
    block_after: frozenset[str] = frozenset()
    # multi-word entries of needs_before / needs_after, by first word: matched as phrases, not per token
    before_phrases: PhraseIndex = field(default_factory=dict)
    after_phrases: PhraseIndex = field(default_factory=dict)
    # needed words written with a final ه (سفيره "his ambassador"): a word written with ة (السفيرة) is never one
    before_ha: frozenset[str] = frozenset()
    after_ha: frozenset[str] = frozenset()
    objects: tuple[ObjectRule, ...] = ()
    object_index: dict[str, tuple[tuple[tuple[str, ...], ObjectRule], ...]] = field(default_factory=dict)
    requires_object: bool = False
    requires_actor: bool = True
    requires_target: bool = False
    speaker_source: bool = False  # the speaker is the actor, the sentence's subject the target (يقوم بفبركة)
    subject_received: bool = False  # the subject before the noun received the act (لاقت القرارات ترحيباً)
    needed_object: bool = False  # a needs_after word heads the verb's object, never its subject (استدعت السفير)
    block_before: frozenset[str] = frozenset()
    excluded_words: frozenset[str] = frozenset()  # whole words (clitics and all) that are other words: فدان
    verb_forms: frozenset[str] = frozenset()  # single-word conjugated forms (to tell verb from noun use)
    noun_forms: frozenset[str] = frozenset()  # single-word noun forms listed for the pattern
    past_stems: frozenset[str] = frozenset()  # normalized past stems (ندد): نددت is past, not a present in ن
    first_person_forms: frozenset[str] = frozenset()  # present forms of «I» and «we» (أدعو، نطالب): the speaker acts
    jussive_forms: frozenset[str] = frozenset()  # short forms (يزر، تلغ) that are the verb only after a negator
    priority: int = 0  # tried first among the fitting patterns of one phrase
    source_line: str = ""


@dataclass(slots=True)
class EventLexicon:
    """Codebook, trigger matcher, cue matcher and the pre-filter word set, built once by :meth:`load`."""

    codes: dict[str, Code]
    patterns: dict[str, Pattern]
    triggers: PhraseMatcher[Pattern]
    cues: PhraseMatcher[str]
    first_words: frozenset[str]
    cue_words: dict[str, frozenset[str]] = field(default_factory=dict)
    cue_first_words: frozenset[str] = frozenset()
    nisba: dict[str, str] = field(default_factory=dict)  # normalized country adjective → ISO-3
    # single-word verbal nouns of acts: listed nouns and pasts of three letters spelt as their noun (قصف، دعم)
    act_nouns: frozenset[str] = frozenset()

    @classmethod
    def load(cls, root: Path | None = None) -> EventLexicon:
        root = root or data_path("events")
        codes = load_codebook(root / "cameo.jsonl")
        patterns, phrases = load_triggers(root / "triggers.jsonl", codes)
        cues, cue_words = load_cues(root / "cues.jsonl")
        cue_first = cue_words["_first"]
        countries = root.parent / "actors" / "countries.jsonl"  # the actor lexicon's, read-only
        nisba = load_nisba(countries) if countries.exists() else {}
        matcher: PhraseMatcher[Pattern] = PhraseMatcher()
        first: set[str] = set()
        for key, pattern in phrases:
            matcher.add(key, pattern)
            first.add(key[0])
        act_nouns = frozenset(form for p in patterns.values()
                              for form in (*p.noun_forms, *(v for v in p.verb_forms if len(v) == 3)))
        return cls(codes, patterns, matcher, cues, frozenset(first), cue_words, cue_first, nisba, act_nouns)

    def code(self, cameo: str) -> Code:
        return self.codes[cameo]

    def intensity(self, plover_type: str, mode: str, default: float | None) -> float | None:
        """PLOVER score of a type+mode, read from any codebook entry carrying that pair."""
        for c in self.codes.values():
            if c.plover_type == plover_type and c.plover_mode == mode and c.intensity is not None:
                return c.intensity
        return default


# --------------------------------------------------------------------------- conjugation

# short jussive forms that are everyday words of their own (يرد "replies", يخل "breaches", يعد "counts",
# يجب "must", يشد "pulls", يسر "eases", يهب "gives", يجل "reveres")
COMMON_JUSSIVES = frozenset(normalize(w) for w in (
    "يرد", "ترد", "يخل", "تخل", "يعد", "تعد", "يجب", "تجب", "يشد", "تشد", "يسر", "تسر", "يهب", "تهب", "يجل", "تجل",
    "يدع", "تدع", "يلق", "تلق"))


def _is_defective_past(past: str) -> bool:
    return past.endswith(("ى", "ا")) and len(normalize(past)) >= 3


def first_person_forms(past: str, imperfect: str) -> list[str]:
    """The present of «I» and «we» (أدعو، نطالب، ندين), left out where it is also a past form: the verb's own (أعلن:
    I announce, or he announced), or, for «I» of a three-letter stem, any form-IV past or passive (أحرق، أدين); and
    the past of «I» and «we» where it is unambiguous (التقيت)."""
    p = normalize(past)
    base = p[:-1] if _is_defective_past(past) else p
    stem = normalize(imperfect)[1:]
    forms = ["ن" + stem] if len(stem) >= 3 else []
    if len(stem) >= 4 or stem.endswith(("و", "ي")):
        forms.append("ا" + stem)
    forms = [f for f in forms if not f.startswith(base)]
    if past.endswith("ى") and len(p) >= 4:
        # round 98: the past of «I» and «we» of a verb in ى (التقيت، التقينا), unlike a sound verb's (قابلت is also
        # «she met»), can be no one else's
        forms += [base + "يت", base + "ينا"]
    return forms


def jussive_forms(past: str, imperfect: str) -> list[str]:
    """The short forms a verb takes after لم (لم يلتق، لم تلغ، لم يزر): verbs ending in a weak letter and hollow
    verbs lose a letter.  Only after a negator are they verbs (the coder checks): «عروض ليزر» is a laser
    show, not «to visit».  A short form that is a common word of its own (يرد، يخل، يعد، يجب) is left out."""
    p = normalize(past)
    stem = normalize(imperfect)[1:]
    weak_final = stem.endswith(("ي", "و")) and len(stem) >= 3
    forms: list[str] = []
    if weak_final and len(stem) >= 4:  # يلتقي → يلتق (not for short stems: يجلي ↛ نجل)
        forms.extend(person + stem[:-1] for person in ("ي", "ت", "ن"))
    for person in ("ي", "ت"):
        # form IV defective (ألغى: لم تلغ، أنهى: لم ينه) and hollow (أدان: لم تدن، زار: لم يزر) verbs
        short = None
        if weak_final and len(stem) == 3 and p[:1] == "ا":
            short = person + stem[:-1]
        elif len(stem) == 3 and stem[1] in "وي" and p[-2:-1] == "ا" and (len(p) == 3 or (len(p) == 4 and p[:1] == "ا")):
            short = person + stem[0] + stem[2]
        if short is not None and short not in COMMON_JUSSIVES:
            forms.append(short)
    return forms


def conjugate(past: str, imperfect: str, jussive: bool = True) -> list[str]:
    """Normalized surface forms of a verb: past and imperfect, every person, number and gender.

    ``past``/``imperfect`` are the third person masculine singular (اتفق / يتفق).  Proclitics
    (و ف س) and object pronouns are handled by the tokenizer's ``forms``, so only inflection is
    generated here.  Defective verbs (نفى/ينفي, دعا/يدعو) drop their final weak letter before a suffix.
    With ``jussive``, also the short forms after لم (:func:`jussive_forms`).
    """
    forms: dict[str, None] = {}
    p = normalize(past)
    if _is_defective_past(past):
        base = p[:-1]
        for f in (p, base + "ت", base + "تا", base + "وا", base + "نا", p + "ا", base + "يا", base + "ينا",
                  base + "يت", base + "يتم", base + "ون"):
            forms.setdefault(f, None)
    else:
        for suffix in ("", "ت", "ا", "تا", "وا", "ن", "نا", "تم", "تما"):
            forms.setdefault(p + suffix, None)
    i = normalize(imperfect)
    if not i.startswith("ي") or len(i) < 3:
        raise ValueError(f"imperfect {imperfect!r} must start with ي")
    stem = i[1:]
    weak_final = i.endswith(("ي", "و")) and len(stem) >= 3
    for person in ("ي", "ت", "ن", "ا"):
        forms.setdefault(person + stem, None)
    plural_stem = stem[:-1] if weak_final else stem
    for form in jussive_forms(past, imperfect) if jussive else ():
        forms.setdefault(form, None)
    for person in ("ي", "ت"):
        forms.setdefault(person + stem + "ان", None)
        forms.setdefault(person + plural_stem + "ون", None)
        forms.setdefault(person + plural_stem + "وا", None)
        forms.setdefault(person + stem + "ن", None)
    return list(forms)


def noun_forms(noun: str) -> list[str]:
    """A noun phrase and, for a single indefinite word ending in a consonant, its accusative (هجوماً)."""
    n = normalize(noun)
    out = [n]
    words = n.split()
    last = words[-1]
    if not last.startswith("ال") and not last.endswith(("ه", "ا", "ي", "و", "ات")) and last.isalpha():
        out.append(" ".join([*words[:-1], last + "ا"]))
    return out


# --------------------------------------------------------------------------- codebook

_CODE_SPEC: dict[str, Any] = {"code": str, "root": str, "name": str, "goldstein": (int, float),
                              "quad_class": int, "plover_type": (str, type(None)),
                              "plover_mode": (str, type(None)), "plover_context": (str, type(None)),
                              "intensity": (int, float, type(None))}


def _validate_code(obj: dict[str, Any]) -> list[str]:
    problems = require(obj, _CODE_SPEC)
    if problems:
        return problems
    code = obj["code"]
    if not code.isdigit() or not 2 <= len(code) <= 4 or code[:2] != obj["root"]:
        problems.append(f"bad code {code!r} (2-4 digits starting with its root)")
    if not 1 <= int(obj["root"]) <= 20:
        problems.append(f"root {obj['root']!r} outside 01-20")
    if obj["quad_class"] not in (1, 2, 3, 4):
        problems.append("quad_class must be 1-4")
    if not -10 <= obj["goldstein"] <= 10:
        problems.append("goldstein must be within -10..10")
    ptype = obj["plover_type"]
    if obj["root"] in ("01", "02"):
        if ptype is not None:
            problems.append("CAMEO 01/02 codes have no PLOVER type")
    elif ptype not in PLOVER_TYPES:
        problems.append(f"unknown PLOVER type {ptype!r}")
    return problems


def load_codebook(path: Path) -> dict[str, Code]:
    codes: dict[str, Code] = {}
    issues: list[LexiconIssue] = []
    for entry in load_jsonl(path, _validate_code):
        d = entry.data
        if d["code"] in codes:
            issues.append(LexiconIssue(entry.path, entry.line, f"duplicate code {d['code']!r}"))
            continue
        codes[d["code"]] = Code(d["code"], d["root"], d["name"], float(d["goldstein"]), d["quad_class"],
                                d["plover_type"], d["plover_mode"], d["plover_context"],
                                None if d["intensity"] is None else float(d["intensity"]))
    if issues:
        raise LexiconError(issues)
    return codes


# --------------------------------------------------------------------------- triggers

_TRIGGER_SPEC: dict[str, Any] = {"id": str, "cameo": str}
_TRIGGER_OPTIONAL: dict[str, Any] = {
    "verbs": list, "nouns": list, "forms": list, "role": str, "type": str, "mode": str, "context": str,
    "target": list, "noun_target": list, "genitive": str, "reciprocal": bool, "needs_before": list, "needs_after": list,
    "needs_before_verbs": list, "window": int, "block_after": list, "objects": list,
    "requires_object": bool, "requires_actor": bool, "requires_target": bool, "block_before": list, "speaker_source": bool,
    "subject_received": bool, "needed_object": bool, "note": str, "priority": int, "pos": str, "exclude": list,
}


def _is_verb_pair(item: Any) -> bool:
    return isinstance(item, list) and len(item) == 2 and all(isinstance(x, str) and x for x in item)


def _validate_trigger(obj: dict[str, Any]) -> list[str]:
    problems = require(obj, _TRIGGER_SPEC, _TRIGGER_OPTIONAL)
    if problems:
        return problems
    if not any(obj.get(k) for k in ("verbs", "nouns", "forms")):
        problems.append("a pattern needs at least one of verbs, nouns, forms")
    for key in ("verbs", "needs_before_verbs"):
        for item in obj.get(key) or []:
            if not _is_verb_pair(item):
                problems.append(f"{key}: {item!r} must be [past, imperfect]")
            elif not normalize(item[1]).startswith("ي"):
                problems.append(f"{key}: imperfect {item[1]!r} must start with ي")
    for key in ("nouns", "forms", "target", "noun_target", "needs_before", "needs_after", "block_after", "block_before", "exclude"):
        for item in obj.get(key) or []:
            if not isinstance(item, str) or not item.strip():
                problems.append(f"{key}: {item!r} must be a non-empty string")
    if obj.get("role", "event") not in ROLE_KINDS:
        problems.append(f"role must be one of {', '.join(ROLE_KINDS)}")
    if obj.get("type") is not None and obj["type"] not in PLOVER_TYPES:
        problems.append(f"unknown PLOVER type {obj['type']!r}")
    if obj.get("pos") not in (None, "verb", "noun"):
        problems.append("pos must be verb or noun")
    if obj.get("genitive") not in (None, "source", "target"):
        problems.append("genitive must be source or target")
    for rule in obj.get("objects") or []:
        if not (isinstance(rule, dict) and isinstance(rule.get("words"), list) and isinstance(rule.get("cameo"), str)
                and set(rule) <= {"words", "cameo", "mode"}):
            problems.append(f"objects: {rule!r} must be {{words: [...], cameo: str, mode?: str}}")
    return problems


def _expand_phrases(obj: dict[str, Any]) -> tuple[list[tuple[str, ...]], str]:
    """Every matching phrase of a pattern as a normalized word tuple, and the pattern's part of speech."""
    phrases: dict[tuple[str, ...], None] = {}
    pos = "noun"
    for past, imperfect in obj.get("verbs") or []:
        pos = "verb"
        for form in conjugate(past, imperfect):
            phrases.setdefault((form,), None)
    for noun in obj.get("nouns") or []:
        for form in noun_forms(noun):
            phrases.setdefault(phrase_key(form), None)
    for form in obj.get("forms") or []:
        phrases.setdefault(phrase_key(form), None)
    excluded = {phrase_key(x) for x in obj.get("exclude") or []}  # generated forms that are other words
    return [p for p in phrases if p and p not in excluded], pos


def _word_set(items: list[str] | None, verbs: list[list[str]] | None = None) -> frozenset[str]:
    out: set[str] = {normalize(w) for w in items or []}
    for past, imperfect in verbs or []:
        out.update(conjugate(past, imperfect))
    return frozenset(out)


def _phrase_index(items: list[str] | None) -> PhraseIndex:
    """First word → the multi-word entries it opens (needs_after «القائم بالأعمال»): a token holds one word,
    so such entries are matched as phrases over the following tokens, built once here."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for item in items or []:
        key = phrase_key(item)
        if len(key) > 1 and key not in index.get(key[0], ()):
            index.setdefault(key[0], []).append(key)
    return {k: tuple(v) for k, v in index.items()}


def _ha_final(items: list[str] | None, verbs: list[list[str]] | None = None) -> frozenset[str]:
    """Normalized single-word entries written with a final ه and not also listed with ة: normalizing folds ة into
    ه, so «سفيره» (his ambassador) would match «السفيرة» (the ambassador) unless the coder checks the spelling."""
    ha = {normalize(w) for w in items or [] if " " not in w.strip() and w.strip().endswith("ه")}
    return frozenset(ha - _word_set([w for w in items or [] if not w.strip().endswith("ه")], verbs))


def _object_index(rules: tuple[ObjectRule, ...]) -> dict[str, tuple[tuple[tuple[str, ...], ObjectRule], ...]]:
    """First word → (phrase, rule) pairs, in rule order, so a complement is found with one lookup per token."""
    index: dict[str, list[tuple[tuple[str, ...], ObjectRule]]] = {}
    for rule in rules:
        for phrase in rule.words:
            index.setdefault(phrase[0], []).append((phrase, rule))
    return {k: tuple(v) for k, v in index.items()}


def load_triggers(path: Path, codes: dict[str, Code]
                  ) -> tuple[dict[str, Pattern], list[tuple[tuple[str, ...], Pattern]]]:
    patterns: dict[str, Pattern] = {}
    phrases: list[tuple[tuple[str, ...], Pattern]] = []
    issues: list[LexiconIssue] = []
    for entry in load_jsonl(path, _validate_trigger):
        d = entry.data
        where = f"{entry.path}:{entry.line}"
        bad = [c for c in [d["cameo"], *(r["cameo"] for r in d.get("objects") or [])] if c not in codes]
        if bad:
            issues.append(LexiconIssue(entry.path, entry.line, f"unknown CAMEO code(s) {', '.join(bad)}"))
            continue
        if d["id"] in patterns:
            issues.append(LexiconIssue(entry.path, entry.line, f"duplicate pattern id {d['id']!r}"))
            continue
        keys, pos = _expand_phrases(d)
        key_set = set(keys)
        targets = [normalize(t) for t in d.get("target") or []]
        pattern = Pattern(
            id=d["id"], cameo=d["cameo"], pos=d.get("pos", pos), role=d.get("role", "event"), type_override=d.get("type"),
            mode=d.get("mode"), context=d.get("context"),
            target_preps=frozenset(t for t in targets if t != "obj"), object_target="obj" in targets,
            noun_target_preps=frozenset(normalize(t) for t in d.get("noun_target") or []),
            genitive=d.get("genitive"), reciprocal=bool(d.get("reciprocal")),
            needs_before=_word_set(d.get("needs_before"), d.get("needs_before_verbs")),
            needs_after=_word_set(d.get("needs_after")), window=int(d.get("window", 5)),
            before_phrases=_phrase_index(d.get("needs_before")), after_phrases=_phrase_index(d.get("needs_after")),
            before_ha=_ha_final(d.get("needs_before"), d.get("needs_before_verbs")), after_ha=_ha_final(d.get("needs_after")),
            block_after=_word_set(d.get("block_after")),
            objects=(rules := tuple(ObjectRule(tuple(phrase_key(w) for w in r["words"]), r["cameo"], r.get("mode"))
                                    for r in d.get("objects") or [])),
            object_index=_object_index(rules),
            requires_object=bool(d.get("requires_object")),
            requires_actor=bool(d.get("requires_actor", codes[d["cameo"]].quad_class in (1, 3))),
            requires_target=bool(d.get("requires_target")),
            speaker_source=bool(d.get("speaker_source")),
            subject_received=bool(d.get("subject_received")),
            needed_object=bool(d.get("needed_object")),
            block_before=_word_set(d.get("block_before")),
            excluded_words=_word_set(d.get("exclude")),
            verb_forms=frozenset(f for past, imp in d.get("verbs") or [] for f in conjugate(past, imp)
                                 if (f,) in key_set)
            | (frozenset(k[0] for k in keys if len(k) == 1) if d.get("pos") == "verb" else frozenset()),
            noun_forms=frozenset(f for n in d.get("nouns") or [] for f in noun_forms(n) if " " not in f),
            past_stems=frozenset(normalize(past) for past, _ in d.get("verbs") or []),
            first_person_forms=frozenset(f for past, imp in d.get("verbs") or [] for f in first_person_forms(past, imp)),
            jussive_forms=frozenset(f for past, imp in d.get("verbs") or [] for f in jussive_forms(past, imp))
            - frozenset(f for past, imp in d.get("verbs") or [] for f in conjugate(past, imp, jussive=False)),
            priority=int(d.get("priority", 0)),
            source_line=where,
        )
        patterns[pattern.id] = pattern
        phrases.extend((k, pattern) for k in keys)
    if issues:
        raise LexiconError(issues)
    return patterns, phrases


# --------------------------------------------------------------------------- country adjectives

def load_nisba(path: Path) -> dict[str, str]:
    """Country adjectives (روسي، الروسية، الروس …) from the actor lexicon's countries file → ISO-3.

    The event coder reads them to name actors the actor stage leaves as plain adjectives (غارة روسية،
    مقترحاً فرنسياً).  The indefinite accusative (سودانياً) and the dual (سودانيان) of a masculine nisba are added here.
    """
    out: dict[str, str] = {}
    names: set[str] = set()
    entries = load_jsonl(path)
    for entry in entries:
        names.update(normalize(n) for n in entry.data.get("names") or [] if isinstance(n, str))
    for entry in entries:
        code = entry.data.get("code")
        if not isinstance(code, str):
            continue
        for adj in entry.data.get("adjectives") or []:
            norm = normalize(adj)
            if len(norm) < 4 or " " in norm:
                continue
            out.setdefault(norm, code)
            if norm.endswith("ي") and not norm.startswith("ال") and norm + "ا" not in names:
                out.setdefault(norm + "ا", code)  # not ايطاليا: that is the country's name
            if norm.endswith("ي") and not norm.startswith("ال") and norm + "ان" not in names:
                out.setdefault(norm + "ان", code)  # the dual (فلسطينيان)
    return out


# --------------------------------------------------------------------------- cues

def _validate_cue(obj: dict[str, Any]) -> list[str]:
    problems = require(obj, {"kind": str}, {"forms": list, "verbs": list, "note": str})
    if problems:
        return problems
    if obj["kind"] not in CUE_KINDS:
        problems.append(f"kind must be one of {', '.join(CUE_KINDS)}")
    if not obj.get("forms") and not obj.get("verbs"):
        problems.append("a cue needs forms or verbs")
    for item in obj.get("verbs") or []:
        if not _is_verb_pair(item):
            problems.append(f"verbs: {item!r} must be [past, imperfect]")
    for item in obj.get("forms") or []:
        if not isinstance(item, str) or not item.strip():
            problems.append(f"forms: {item!r} must be a non-empty string")
    return problems


def load_cues(path: Path) -> tuple[PhraseMatcher[str], dict[str, frozenset[str]]]:
    """A matcher over every cue phrase (value: its kind) and, per kind, the single-word forms
    (``"_first"``: the first word of every cue phrase, for the pre-filter)."""
    matcher: PhraseMatcher[str] = PhraseMatcher()
    words: dict[str, set[str]] = {k: set() for k in (*CUE_KINDS, "_first")}
    for entry in load_jsonl(path, _validate_cue):
        kind = entry.data["kind"]
        surface = [*entry.data.get("forms", [])]
        for past, imperfect in entry.data.get("verbs") or []:
            surface.extend(conjugate(past, imperfect))
        for form in surface:
            key = phrase_key(form)
            matcher.add(key, kind)
            words["_first"].add(key[0])
            if len(key) == 1:
                words[kind].add(key[0])
    return matcher, {k: frozenset(v) for k, v in words.items()}
