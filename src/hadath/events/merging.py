"""Merging within a sentence: two triggers that tell one event (a toll and its attack, a meeting and its
talks) become one record, two distinct acts stay two."""

from __future__ import annotations

from collections.abc import Sequence

from hadath.events.grammar import (
    CASUALTY_PATTERNS,
    CLAUSE_PUNCT,
    CONTRAST_WORDS,
    SENTENCE_STOPS,
    TOLL_LINKS,
    _bare_word,
    _conjoined_future,
    _country,
    _has_any,
    _has_pronoun_suffix_norm,
    _words,
)
from hadath.events.numbers import parse_number
from hadath.events.records import Coded
from hadath.events.roles import NON_STATE_ROOTS, VICTIM_SECTORS
from hadath.model import ActorMention, Token
from hadath.text.normalize import TANWEEN_FATH

# "أدى لمقتل"، "أسفه لمقتل": after these the ل-noun is the result or the subject, not an aim.
RESULT_WORDS = _words("أدى", "أدت", "يؤدي", "تؤدي", "أفضى", "أفضت", "أسفر", "أسفرت", "أسف", "أسفه", "أسفها",
                      "أسفنا", "أسفهم", "أسفهما", "أسفا")
TOLL_ASIDES = _words("بينهم", "بينهن", "منهم", "معظمهم", "غالبيتهم", "وأصيب", "واصيب", "وجرح", "وأصيبت")
RESULT_REACH = 25  # words between an attack and the toll told as its result (أسفر عن، أدى إلى)
WHEN_WORDS = _words("عندما", "حينما", "وعندما")

CLAIMED_REACH = 6  # words from a claim of responsibility (تبنى) to the attack it claims, the claimant between


def _claimed_attack_told(tokens: Sequence[Token], events: list[Coded], explain: list[str] | None) -> list[Coded]:
    """"أقدم انتحاري على تفجير نفسه …، وتبنى تنظيم داعش الهجوم": the definite attack a group claims is the
    attack told before it in the sentence, not a second one; the claimant becomes its source when the
    sentence named none (or only a bare sector such as «انتحاري»)."""
    claims = [c for c in events if c.cameo == "015"]
    if not claims:
        return events
    keep: list[Coded] = []
    for c in events:
        claim = next((k for k in claims if k.last < c.first <= k.last + CLAIMED_REACH), None)
        if claim is None or c.etype != "ASSAULT" or not c.noun or not tokens[c.first].norm.startswith("ال"):
            keep.append(c)
            continue
        earlier = next((o for o in events if o is not c and o.etype == "ASSAULT" and o.last < claim.first), None)
        if earlier is None:
            keep.append(c)
            continue
        if not earlier.source or all(m.actor_code is None or len(m.actor_code) <= 3 for m in earlier.source) or (
                not any(m.entity_id for m in earlier.source) and any(m.entity_id for m in claim.source)):
            # round 130: a named group claims it over an unnamed attacker (انتحاري → SOMREB; وتبنت حركة الشباب)
            earlier.source = list(c.source) or list(claim.source)
        earlier.why.append(f"claimed by the group that «{tokens[claim.first].text}» it")
        if explain is not None:
            explain.append(f"{c.pattern.id}: the claimed attack is the one told before, not a second event")
    return keep


def _absorb_tolls(tokens: Sequence[Token], events: list[Coded], explain: list[str] | None) -> list[Coded]:
    """"قُتل ثلاثة جنود … في هجوم مسلح"، "أفاد … بمقتل أحد عشر شخصاً … في غارة إسرائيلية": the deaths are the
    toll of the attack named after them (linked by في، جراء، إثر), one event: the attack keeps the victims
    as its target and the count as its size; the killing is not a second record."""
    keep: list[Coded] = []
    for c in events:
        attack = None
        if c.etype == "ASSAULT" and c.pattern.id in CASUALTY_PATTERNS:
            # the toll's clause, past asides that only add to it ("قُتل سبعة مدنيين، بينهم ثلاثة أطفال، وأصيب آخرون
            # في غارات"): a comma followed by بينهم / وأصيب does not close it
            end = next((k for k in range(c.last + 1, len(tokens)) if tokens[k].norm in CLAUSE_PUNCT and not (
                tokens[k].norm in ("،", ",") and k + 1 < len(tokens) and _has_any(tokens[k + 1], TOLL_ASIDES))),
                len(tokens))
            attack = next((o for o in events if o is not c and o.etype == "ASSAULT" and o.noun
                           and o.pattern.id not in CASUALTY_PATTERNS and c.last < o.first < end
                           and o.first - c.last <= 14 and o.status == c.status
                           and any(_has_any(tokens[k], TOLL_LINKS) or tokens[k].prefix.lstrip("وف") == "ب"
                                   for k in range(max(c.last + 1, o.first - 2), o.first + 1))), None)
            if attack is None:  # round 28: "43 شخصاً قتلوا … عندما قصفت جماعة الحوثي": the attack in a «عندما» clause
                attack = next((o for o in events if o is not c and o.etype == "ASSAULT"
                               and o.pattern.id not in CASUALTY_PATTERNS and c.last < o.first < end
                               and o.first - c.last <= 14 and tokens[o.first - 1].norm in WHEN_WORDS), None)
            if attack is None:  # "شنت الطائرات غارات …، ما أسفر عن مقتل سبعة مدنيين": the toll told as the result
                attack = next((o for o in reversed(events) if o is not c and o.etype == "ASSAULT"
                               and o.pattern.id not in CASUALTY_PATTERNS and o.last < c.first
                               and c.first - o.last <= RESULT_REACH and o.status == c.status
                               and any(_has_any(tokens[k], RESULT_WORDS) for k in range(o.last + 1, c.first))
                               and not any(tokens[k].norm in SENTENCE_STOPS for k in range(o.last + 1, c.first))),
                              None)
        if attack is None:
            keep.append(c)
            continue
        # (a source is the unmarked passive's subject — قتل ثلاثة جنود في هجوم، جندي تركي قتل برصاص — unless it stands
        # before a verb with its own count of dead after it: "القوات الحكومية … وقتلت 12 آخرين في المواجهات", round 54)
        killer = not c.target and parse_number(tokens, c.last + 1) is not None
        # (the toll's own target is its victims whoever they are — قتل قيادي في تنظيم القاعدة في غارة, round 172;
        # a party standing as its subject only when it is one that suffers)
        victims = list(c.target) + [m for m in c.source if (m.start > c.trig_end or not killer)
                                    and (m.sector in VICTIM_SECTORS or m.sector in ("MIL", "COP"))]
        if attack.source and attack.first > c.last and all(m.end <= attack.trig_start for m in attack.source) \
                and {(m.start, m.end) for m in attack.source} <= {(m.start, m.end) for m in victims}:
            # round 166: "قتل جندي تركي … عندما انفجر لغم": the attack's source, taken from before it, is the toll's
            # victim
            attack.source = []
        if not attack.target and victims:
            attack.target = [m for m in victims if all(m.actor_code != s.actor_code for s in attack.source)]
        if attack.size.is_empty():
            attack.size = c.size
        attack.why.append(f"the toll told before it («{tokens[c.first].text}») is part of this attack")
        if explain is not None:
            explain.append(f"{c.pattern.id}: the toll of the attack named after it, not a second event")
    return keep


INVITE_VERB_PATTERNS = frozenset({"agree.invite"})


def participant_key(c_source: list[ActorMention], c_target: list[ActorMention]) -> frozenset[str]:
    """Participants as a set of country roots (or codes): what dedup and reciprocal checks compare.  An
    organisation counts by its own code: the World Bank and the EU are two parties, not one "IGO"."""
    return _merge_keys(c_source + c_target)


def _codes(mentions: Sequence[ActorMention]) -> set[str | None]:
    return {m.actor_code for m in mentions if m.actor_code}


def _specificity(c: Coded) -> tuple[int, int, int]:
    """Prefer a pattern that names a mode, then a non-generic code, then the longer phrase."""
    return (1 if c.mode else 0, 0 if c.cameo.endswith("0") else 1, c.last - c.first)


def _other_counterparts(a: Coded, b: Coded) -> bool:
    """Round 155: two meetings of one party with counterparts of no code in common (زيارة عمل إلى قطر …، كما اجتمع مع
    رئيس المكتب السياسي لحركة حماس) are two events, not one."""
    if _etype(a) != "CONSULT":
        return False
    ours, theirs = _codes(a.target), _codes(b.target)
    return bool(ours) and bool(theirs) and ours.isdisjoint(theirs)


def _merge_in_sentence(events: list[Coded], tokens: Sequence[Token]) -> list[Coded]:
    """Two events of one type, status and compatible actors in a sentence are one event."""
    out: list[Coded] = []
    for c in events:
        merged = False
        for o in out:
            if _separate_clauses(tokens, o, c):
                continue
            same_meeting = (_same_meeting(o, c, tokens) or _same_protest(o, c, tokens)
                            or _one_attack_phrase(o, c, tokens)) and (o.status == c.status or (
                {o.status, c.status} <= {"asserted", "intended", "claimed"} and (o.noun != c.noun or _etype(o) != _etype(c))))
            if (o.pattern.role == c.pattern.role == "event" and (same_meeting or (_etype(o) == _etype(c) and
                    o.status == c.status and _compatible(o.source, c.source) and not _distinct_acts(o, c)
                    and not _other_counterparts(o, c)))):
                better, worse = (c, o) if _specificity(c) > _specificity(o) else (o, c)
                if same_meeting and _etype(better) != _etype(worse) and _etype(worse) != "CONSULT":
                    better, worse = worse, better  # "سيعقدان محادثات … في أول لقاء": the planned meeting
                if same_meeting and better.noun and not worse.noun:
                    better.status = worse.status  # "سيزور … في أول زيارة له": the verb says when
                # (a one-sided force record takes over no party it has on the other side: "نجا رئيس المحكمة من
                # محاولة اغتيال، استهدفته": the survivor, its target, is no doer of the attempt; meetings and clashes
                # name their parties on both sides)
                one_sided = _etype(better) in ("ASSAULT", "COERCE") and not better.pattern.reciprocal
                if not better.source:
                    better.source = [m for m in worse.source
                                     if not (one_sided and m.actor_code in _codes(better.target))]
                if not better.target:
                    better.target = [m for m in worse.target
                                     if not (one_sided and m.actor_code in _codes(better.source))]
                if better.location is None:
                    better.location = worse.location
                if better.size.is_empty():
                    better.size = worse.size
                for r in worse.reported_by:
                    if r not in better.reported_by:
                        better.reported_by.append(r)
                better.why.append(f"merged with pattern {worse.pattern.id} in the same sentence")
                out[out.index(o)] = better
                merged = True
                break
        if not merged:
            out.append(c)
    return out


def _separate_clauses(tokens: Sequence[Token], a: Coded, b: Coded) -> bool:
    """Two acts in clauses of their own: a comma then a verb conjoined with و (حمّلت …، واتهمتها؛ اقتحموا …،
    وأعلنوا الدخول في اعتصام), or فيما / بينما between them — each is told as an act, not one act told twice."""
    first, second = (a, b) if a.first < b.first else (b, a)
    if second.noun and tokens[second.first].prefix.lstrip("وف").startswith("ال") \
            or tokens[second.first].text.endswith(TANWEEN_FATH):
        return False  # "خلال الاحتجاجات": a definite noun points back; "، واصفاً": a participle of the same act
    if _conjoined_future(tokens, second):
        return True  # section 23: "ستعلّق المفاوضات وستفرض عقوبات": a second future verb with its own object
    if second.pattern.id in LEAD_AWAY_PATTERNS and first.cameo == second.cameo:
        return False  # section 27: "أوقفت الشرطة المعارض …، واقتادته إلى مركز": the arrest's own leading-away
    for k in range(first.last + 1, second.first + 1):
        tok = tokens[k]
        if tok.norm in CONTRAST_WORDS:
            return True
        if tok.norm in ("،", ",") and k + 1 <= second.first and tokens[k + 1].prefix.lstrip("ف") == "و" \
                and _bare_word(tokens[k + 1]) not in CONJOINED_NON_VERBS:
            return True
    return False


LEAD_AWAY_PATTERNS = frozenset({"coerce.lead_away"})
CONJOINED_NON_VERBS = _words("ذلك", "سط", "هو", "هي", "هذا", "هذه", "التي", "الذي", "منها", "منه", "بينها")


def _one_attack_phrase(a: Coded, b: Coded, tokens: Sequence[Token]) -> bool:
    """Two force words of one phrase ("أقدم انتحاري على تفجير نفسه"، "هجوم انتحاري بسيارة مفخخة"): one attack,
    whatever actors each found on its own."""
    if _etype(a) != "ASSAULT" or _etype(b) != "ASSAULT" \
            or a.pattern.id in CASUALTY_PATTERNS or b.pattern.id in CASUALTY_PATTERNS:  # tolls: _absorb_tolls
        return False
    first, second = (a, b) if a.first < b.first else (b, a)
    gap = range(first.last + 1, second.first)
    return len(gap) <= 1 and all(tokens[k].norm in ("علي", "في", "ب") for k in gap)


def _same_protest(a: Coded, b: Coded, tokens: Sequence[Token]) -> bool:
    """A protest act and "the protests" in one sentence (أحرق متظاهرون … في ثالث أيام الاحتجاجات): the definite
    noun names the protests the act belongs to."""
    if _etype(a) != "PROTEST" or _etype(b) != "PROTEST":
        return False
    return any(c.noun and tokens[c.first].norm.startswith("ال") for c in (a, b))


def _own_visit(tokens: Sequence[Token], c: Coded) -> bool:
    """A meeting noun possessed by a pronoun (زيارته، زيارة له، لقائها): the meeting of someone just named."""
    if not c.noun:
        return False
    after = tokens[c.last + 1].norm if c.last + 1 < len(tokens) else ""
    return after in ("له", "لها", "لهم", "لهما") or _has_pronoun_suffix_norm(tokens[c.last].norm)


def _same_meeting(a: Coded, b: Coded, tokens: Sequence[Token]) -> bool:
    """A meeting and its talks or visit told in one sentence (استقبل X Y، وتناولت المحادثات …، يستقبل …
    ويبحثان، استقبل … الرئيس الذي يقوم بزيارة، سيستقبل … لإجراء مباحثات): the parties of one are among the
    parties of the other, or a noun meeting names no party of its own.  Future meetings are AGREE 036 by now."""
    if not (_meeting(a) and _meeting(b)) or (_etype(a) != _etype(b) and not (a.noun or b.noun)):
        return False
    if _etype(a) != _etype(b) and INVITE_VERB_PATTERNS & {a.pattern.id, b.pattern.id} and not (a.noun and b.noun):
        return False  # section 22: "وجّه رسالة إلى الرئيس، دعاه فيها إلى زيارة": the invitation, not the letter
    if _own_visit(tokens, b) and not a.noun or _own_visit(tokens, a) and not b.noun:
        return True  # "سيزور … أنقرة في أول زيارة له": the noun's pronoun is the visitor of the verb
    pa, pb = participant_key(a.source, a.target), participant_key(b.source, b.target)
    if not pa or not pb:
        return (not pa and a.noun and bool(pb)) or (not pb and b.noun and bool(pa))
    return pa <= pb or pb <= pa


def _meeting(c: Coded) -> bool:
    """A meeting told as one (CONSULT), or planned (AGREE 036, PLOVER's form of a future meeting)."""
    return _etype(c) == "CONSULT" or c.cameo == "036"


def _distinct_acts(a: Coded, b: Coded) -> bool:
    """Two triggers with different specific codes, neither a refinement of the other, are two acts of one
    type (قطعت العلاقات … وأمهلت الدبلوماسيين: a break and an expulsion), not one act told twice
    (داهمت … وصادرت: a raid and its seizure, 171 and 1711, stay one)."""
    specific = not a.cameo.endswith("0") and not b.cameo.endswith("0")
    related = a.cameo.startswith(b.cameo) or b.cameo.startswith(a.cameo)
    one_scene = a.etype in ("ASSAULT", "PROTEST")  # a killing in an explosion, a riot in a protest: one act
    return specific and not related and not one_scene and (a.last < b.first or b.last < a.first)


def _etype(c: Coded) -> str:
    return c.etype


def _compatible(a: list[ActorMention], b: list[ActorMention]) -> bool:
    """Sources that could be one actor: a shared country, or for organisations (IGO, NGO …) the same
    organisation — the World Bank and the EU share the root IGO but are two actors."""
    if not a or not b:
        return True
    return bool(_merge_keys(a) & _merge_keys(b))


def _merge_keys(actors: list[ActorMention]) -> frozenset[str]:
    keys = ((m.actor_code if m.actor_code and m.actor_code[:3] in NON_STATE_ROOTS else _country(m)) or m.text
            for m in actors)
    return frozenset(k for k in keys if k)
