"""Rules added in the round of the eighth blind batch, each checked on sentences written for these tests,
with a counter-example where the rule could overreach."""

from __future__ import annotations

from tests.events.helpers import codes, lexical, of_type

# ---- a joint drill whose parties are listed after بمشاركة, and the drill's own quoted name


def test_a_drill_with_two_forces_taking_part_is_joint(make_doc):
    doc = make_doc("بدأت صباح اليوم مناورات «سيف العرب» بمشاركة قوات مصرية وأردنية في قاعدة محمد نجيب.",
                   actors=[("قوات مصرية وأردنية", ["EGYMIL", "JORMIL"])])
    [e] = lexical(of_type(doc, "COOPERATE"))
    assert e.cameo == "062"
    assert sorted(codes(e.source)) == ["EGYMIL", "JORMIL"]


def test_a_drill_with_one_force_taking_part_is_not_joint(make_doc):
    doc = make_doc("بدأت صباح اليوم مناورات «سيف العرب» بمشاركة وحدات من الجيش المصري.",
                   actors=[("الجيش المصري", "EGYMIL")])
    assert of_type(doc, "COOPERATE") == []


def test_a_quotation_after_the_trigger_still_ends_its_clause(make_doc):
    # a long quotation is speech, not a name: the actor inside it is not the drill's party
    doc = make_doc("انتهت المناورات «التي أظهرت جاهزية القوات المصرية والأردنية» بمشاركة واسعة.",
                   actors=[("القوات المصرية والأردنية", ["EGYMIL", "JORMIL"])])
    assert of_type(doc, "COOPERATE") == []


# ---- a negation before a verb of continuing means "still"


def test_a_negated_verb_of_continuing_is_still_not_a_negation(make_doc):
    for text in ("لا يزال الجيش الإثيوبي يحاصر بلدة شري.", "لم يزل الجيش الإثيوبي يحاصر بلدة شري.",
                 "ما زال الجيش الإثيوبي يحاصر بلدة شري."):
        doc = make_doc(text, actors=[("الجيش الإثيوبي", "ETHMIL")])
        [e] = of_type(doc, "COERCE")
        assert e.status == "asserted", text


def test_a_negated_act_after_a_verb_of_continuing_stays_negated(make_doc):
    doc = make_doc("لا يحاصر الجيش الإثيوبي بلدة شري.", actors=[("الجيش الإثيوبي", "ETHMIL")])
    assert [e.status for e in of_type(doc, "COERCE")] == ["negated"]
