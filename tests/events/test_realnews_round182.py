"""Round 182 (coder section 202): a reaction — condemning, criticising, describing, rejecting, welcoming — whose
object is an act told earlier in the sentence is aimed at that act's doer: the act named again by a definite noun
(بالغارات), or the verb's pronoun when its subject follows it (رفضته الحكومة، وهو ما نددت به أنقرة)."""

from __future__ import annotations

from datetime import date

from .helpers import parties_of

DAY = date(2019, 3, 5)


def test_a_condemnation_of_strikes_named_again_is_aimed_at_their_doer(pipeline) -> None:
    text = "شنت إسرائيل غارات جوية على مواقع قرب دمشق، ونددت موسكو بالغارات ووصفتها بأنها انتهاك للسيادة."
    assert (["RUSGOV"], ["ISRMIL"]) in parties_of(pipeline, text, "111", DAY)


def test_a_reaction_in_a_pronoun_whose_subject_follows_is_aimed_at_the_act_before(pipeline) -> None:
    text = "اعتقلت الشرطة الهندية ثلاثة صحفيين صينيين في نيودلهي، وهو ما نددت به بكين بشدة."
    assert parties_of(pipeline, text, "111", DAY) == [(["CHNGOV"], ["INDCOP"])]


def test_the_noun_of_a_stance_is_no_act_to_react_to(pipeline) -> None:
    # near miss: the relative clause's head is a stance, not the act told before it
    text = "اعتقلت الشرطة الإيرانية ناشطين معارضين في طهران، وهو الموقف الذي أشادت به موسكو."
    assert parties_of(pipeline, text, "051", DAY) == [(["RUSGOV"], [])]


def test_a_reaction_with_its_subject_before_and_a_pronoun_of_its_own_looks_back_at_nothing(pipeline) -> None:
    # near miss: «رفضها» with its subject before it is the subject's own refusal (a noun), not a pronoun of the act
    text = "قصفت القوات التركية قرى في شمال العراق، وجددت بغداد رفضها لهذه الانتهاكات."
    assert parties_of(pipeline, text, "120", DAY) == [(["IRQGOV"], [])]
