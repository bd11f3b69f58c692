"""Round 143, from a day of real news (2015-07-26): a one-word name that ends a longer district name the gazetteer
lacks («قضاء يوكسك أوفا», Yüksekova in Turkey) is not the foreign city it spells alone (Ufa in Russia)."""

from __future__ import annotations


def test_the_last_word_of_an_unknown_district_is_no_foreign_city(places) -> None:
    found = places("ونقل الجريح بمروحية عسكرية إلى المستشفى في قضاء يوكسك أوفا بولاية هكاري التركية.")
    assert "Ufa" not in [p.name for p in found], [(p.text, p.name) for p in found]


def test_the_city_named_alone_stays(places) -> None:
    # near miss: no unknown word between a district's head and the name
    found = places("وعقد اجتماع دول بريكس في مدينة أوفا الروسية.")
    assert "Ufa" in [p.name for p in found], [(p.text, p.name) for p in found]


def test_the_articles_own_country_keeps_its_city(places) -> None:
    # near miss: the article names the city's country, so «نخلة جميرا» in Dubai keeps Jumeirah
    found = places("وسجلت دبي في الإمارات أعلى المبايعات في منطقة نخلة جميرا بقيمة 38 مليون درهم.")
    assert [p.country for p in found if p.text == "جميرا"] == ["ARE"], [(p.text, p.name) for p in found]
