from hadath.text.clean import Cleaner


def test_footer_lines_and_signature_become_boilerplate_with_text_intact():
    text = ("قال الوزير إن المحادثات كانت مثمرة وستستمر الأسبوع المقبل في العاصمة.\n"
            "وأضاف أن الجانبين اتفقا على تشكيل لجنة مشتركة.\n\n"
            "سانا\n\nمواقع المؤسسة\nشارك")
    spans, outlet = Cleaner.load().find(text)
    found = [s.text for s in spans]
    assert found == ["سانا", "مواقع المؤسسة", "شارك"]
    assert outlet is not None and outlet.name == "SANA"
    for s in spans:
        assert text[s.start:s.end] == s.text


def test_signature_glued_to_following_headline_is_recognised():
    text = "خبر طويل عن اجتماع الوزراء في العاصمة اليوم لبحث الأزمة.\nسيريانيوزعنوان خبر آخر عن موضوع مختلف تماما"
    spans, outlet = Cleaner.load().find(text)
    assert outlet is not None and outlet.id == "syrianews"
    assert spans[-1].text.startswith("سيريانيوز")


def test_content_lines_are_not_boilerplate():
    text = "اجتمع الرئيس بالوزراء.\nوقرر المجلس تمديد العمل بالاتفاق لمدة ستة أشهر إضافية."
    spans, outlet = Cleaner.load().find(text)
    assert spans == [] and outlet is None


def test_outlet_named_takes_the_longest_name_and_ignores_short_ones():
    from hadath.text.clean import Outlet

    short = Outlet("short", "Short", ["نب"])
    agency = Outlet("agency", "Agency", ["الوكالة"])
    agency_news = Outlet("agency-news", "Agency News", ["الوكالة الإخبارية"])
    prefixes = sorted([("نب", short), ("الوكاله", agency), ("الوكاله الاخباريه", agency_news)],
                      key=lambda p: -len(p[0]))
    cleaner = Cleaner([short, agency, agency_news], set(), (), prefixes)
    assert cleaner.outlet_named("- الوكالة الإخبارية للأنباء") is agency_news
    assert cleaner.outlet_named("الوكالةعنوان آخر") is agency
    assert cleaner.outlet_named("نبأ عاجل") is None  # a name under three letters never counts
    assert cleaner.outlet_named("") is None


def test_a_long_line_of_other_articles_by_the_writer_is_boilerplate():
    """«مقالات أخرى للكاتب» heads the other columns' titles run together, well past the length of a footer line."""
    titles = "الرؤية الأمنية لدحر داعش!ماذا يعني انتصار عدن؟من وراء تفجيرات سيناء؟مجزرة الفلوجة القادمة!" * 2
    text = "وختم الكاتب مقاله بالدعوة إلى الحوار بين الأطراف.\nمقالات أخرى للكاتب" + titles
    spans, _outlet = Cleaner.load().find(text)
    assert len(text.split("\n")[1]) > 120
    assert [s.text for s in spans] == [text.split("\n")[1]]


def test_a_long_line_that_merely_begins_with_articles_is_news():
    """Near miss: a body line about opinion articles is kept, however long."""
    text = ("مقالات الرأي في الصحف الأمريكية تناولت أمس الاتفاق النووي مع إيران وأثره على المنطقة وعلى علاقات "
            "واشنطن بحلفائها في الخليج، وانتقد بعضها الإدارة بشدة.\nوقال الوزير إن المحادثات مستمرة.")
    spans, _outlet = Cleaner.load().find(text)
    assert spans == []
