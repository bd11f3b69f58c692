"""Round 158 (coder section 178), from the 2015-07-31 sample: «إذا تطلب الأمر» (if need be) is no request; the
genitive of a light verb's indefinite act noun is not the light verb's subject, and a verb of three letters after a
verb of claiming is the claimed act's noun (تبنى الأكراد قتل شرطيين تركيين); a count of the killed right after «قتل»
is its victims (قتل عدد من الحوثيين); «في حين» opens a clause of its own, sharing the sentence's subject when it names
none.  The actor stage's side is in tests/actors/test_round158_envoys.py."""

from __future__ import annotations

from datetime import date

from .helpers import code_text, coded_parties, parties_of

DAY = date(2015, 7, 31)


def test_if_need_be_is_no_request(pipeline) -> None:
    text = "وقال وزير الدفاع الأمريكي إن الاتفاق لن يحد من قدرة الولايات المتحدة على استخدام القوة إذا تطلب الأمر."
    assert not [c for c, _s, _t in coded_parties(pipeline, text, DAY) if c.startswith("10")]


def test_the_policemen_killed_did_not_kill(pipeline) -> None:
    text = "في المقابل تبنى الأكراد الأربعاء قتل شرطيين تركيين في جيلان بينار قرب الحدود مع سوريا."
    assert parties_of(pipeline, text, "190", DAY) == [([], ["TURCOP"])]


def test_a_claimed_killing_has_its_claimant(pipeline) -> None:
    # near miss: the claimant is coded, so the killing is his
    text = "وتبنى حزب العمال الكردستاني قتل شرطيين تركيين في جيلان بينار."
    assert parties_of(pipeline, text, "190", DAY) == [(["TURREBPKK"], ["TURCOP"])]


def test_a_definite_claimed_act_keeps_its_subject_after_it(pipeline) -> None:
    # near miss: «تبنى الهجوم تنظيم القاعدة»: a definite act noun has no genitive, the party after it claims
    coded = coded_parties(pipeline, "ويومها تبنى الهجوم تنظيم القاعدة في بلاد المغرب العربي.", DAY)
    assert [s for c, s, _t in coded if c == "015"] == [["IMGMUSALQ"]], coded


def test_a_count_of_the_killed_is_the_victims(pipeline) -> None:
    for text in ("قتل عدد من الحوثيين في محافظة البيضاء.", "قتلت الطائرات عددا من الحوثيين."):
        assert parties_of(pipeline, text, "190", DAY) == [([], ["YEMREBHOU"])], text


def test_a_count_of_a_crowd_still_acts(pipeline) -> None:
    # near miss: a count after a verb other than killing is its subject
    text = "اقتحم آلاف من أنصار التيار الصدري مبنى البرلمان العراقي في المنطقة الخضراء."
    coded = coded_parties(pipeline, text, date(2022, 7, 30))
    assert [s for _c, s, _t in coded if s == ["IRQPTYSDR"]], coded


def test_whereas_opens_a_clause_of_its_own(pipeline) -> None:
    text = "قتل عدد من الحوثيين في محافظة البيضاء، في حين شن طيران التحالف غارات على معاقل المتمردين في مأرب."
    coded = coded_parties(pipeline, text, DAY)
    assert not [s for c, s, _t in coded if c == "195" and "YEMREBHOU" in s], coded


def test_whereas_with_no_subject_shares_the_sentences(pipeline) -> None:
    text = ("لم يلتق الرئيس الإيراني مسعود بزشكيان نظيره الأمريكي جو بايدن على هامش أعمال الجمعية العامة للأمم "
            "المتحدة في نيويورك، في حين عقد لقاءات ثنائية مع عدد من القادة الأوروبيين.")
    coded = coded_parties(pipeline, text, date(2024, 9, 25))
    assert [s for c, s, _t in coded if c == "040" and s] == [["IRNGOV"], ["IRNGOV"]], coded


def test_from_time_to_time_opens_nothing(pipeline) -> None:
    # near miss: «من حين لآخر» is no «في حين»
    text = "حيث تشن العصابات الإرهابية التونسية من حين لآخر هجمات إرهابية على قوات الجيش التونسي."
    coded = coded_parties(pipeline, text, DAY)
    assert [s for c, s, _t in coded if c == "190"] == [["TUNCRM"]], coded


def test_an_envoy_and_his_host_in_one_mention(pipeline) -> None:
    # the actor stage's side, with the tagger that finds the names
    doc = code_text(pipeline, "زار السفير الألماني لدى المملكة بوريس روغه أمس مدينة سدير.", DAY)
    assert ("السفير الألماني لدى المملكة بوريس روغه", "DEUGOV") in [(m.text, m.actor_code) for m in doc.entities]


def test_an_envoy_with_a_ruler_in_his_title(pipeline) -> None:
    doc = code_text(pipeline, "زار سفير خادم الحرمين الشريفين لدى الأردن الأمير خالد بن فيصل المدينة.", DAY)
    mentions = [(m.text, m.actor_code) for m in doc.entities]
    assert ("سفير خادم الحرمين الشريفين لدى الأردن الأمير خالد بن فيصل", "SAUGOV") in mentions, mentions
