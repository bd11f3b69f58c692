"""Sentence-level event coding: triggers → roles → status → size, place and date.

The rules, in the order they apply (each is a small function below):

1. **Triggers.**  A sentence is skipped unless one of its token forms starts a trigger phrase (a set
   lookup).  Matched patterns must pass their constraints: light verb before (فرض عقوبات), object
   after (وقع على اتفاق), no blocking word (حرب الأسعار, وقف إطلاق النار for gunfire).  A verb-only
   pattern whose token carries a ل/ب proclitic is a verbal noun of purpose (لدعم سورية) and is skipped;
   a noun after a demonstrative (هذه الضربات) refers back to an event already told and is skipped;
   a noun introduced by خلال/أثناء/على هامش is an adjunct of another event and only stands when the
   sentence has no other event; a bare noun after بعد/إثر/عقب is a cause told in passing.  Sentences
   in a sports, fiction or anniversary context, or dated only before 1990, code nothing.  A frame
   drops the triggers after it (not those before: an event told, then commented on): a question
   (هل/ماذا لو in a sentence ending in ؟), speculation or habit (من المرجح، ربما، عادة ما), a legal
   provision (ينص على), or an analyst's opinion (a belief/forecast verb within four words of an
   analyst noun: يرى محللون).  Last, an event dated five or more years before the article's
   publication date (its nearest date, or an explicit "عام 1188") is history; "منذ" dates stay; so is a
   sentence opening "قبل أربعين عاماً" or telling an anniversary "مرور عشرين عاماً على".  A question
   opened by an interrogative (لماذا، إلى متى) and a story a writer imagines (في روايته … يتخيل) code nothing.
   Words that look like acts but are not: the second noun of a compound (مركز الاعتقال، كاسحات ألغام،
   قانون حظر، نتائج المفاوضات), a participle naming people (المتهمين، متهمين بـ), a present verb in a
   relative clause (التي تهدد: a description), a verb form after a preposition or مثل (في دعم، مثل قتل:
   a verbal noun, unless an undertaking verb governs it: أقدم على قتل; "يقوم بفبركة" is the doing of the
   act, not a plan resting on it), a counted participle (ثلاثة متهمين: people), a learned trigger of purpose
   (لبحث), and a site's tag line (سمات …).
2. **Arguments.**  Actor mentions of the sentence (compounds expanded to their members) are grouped
   into arguments; coordinated mentions (روسيا وتركيا، روسيا – تركيا) form one argument.  Each argument
   records the preposition that introduces it (a proclitic ب/ل or a preposition up to two words back:
   "على مواقع تنظيم داعش").
3. **Roles.**  Source: for verbs, the nearest bare argument before the trigger within the clause (SVO,
   also nominal sentences) else the first bare argument after it (VSO); for nouns, the bare argument
   right after (genitive/adjective: غارات روسية) when the pattern says so, an argument introduced by
   ل or من قبل (غارات للطيران الروسي), else the nearest bare argument before (the light verb's subject).
   Target: the first argument after the trigger introduced by one of the pattern's prepositions, or
   the next bare argument after the source for direct objects.  A demonstrative right before a verb
   is its subject (وهذا يتفق): a proposition, so no event; a pronoun (هو، التي) blocks the SVO
   subject: no actor found means an empty source, never a guess.
   **Reciprocal events** (اتفقتا، تبادل الطرفان): PLOVER makes all participants the actor; the
   project's gold lists them on both sides, so a compound subject of a reciprocal pattern becomes both
   source and target.  With an explicit counterpart (X بحث مع Y) the sentence's direction is kept,
   source X and target Y; evaluation compares a reciprocal record's participants as a set.
   A visit is hosted when the meeting place lies in the source's country (CAMEO 043, else 042);
   "تلقى اتصالاً من X" makes X the source; "من الجانب الروسي" after a noun names who did it, and the party
   that suspends an agreement acts against the others named "بين".  A participle after a comma with no
   act before it speaks for the main clause's speaker (وأكد … أن …، واصفاً); a pronoun subject in reported
   speech is the reported clause's own named subject (أن المجموعة … رغم أنها), else the speaker.
   Plain words can be arguments too (:mod:`hadath.events.roles`): a nisba after a military, civilian
   or proposal noun (طائرات روسية، منازل فلسطينية، مقترحاً فرنسياً), counted people (15 شخصاً), a
   noun trigger's own nisba (غارة إسرائيلية → source), and a country or town after the pattern's
   target preposition (مساعدات إلى غزة).  Civilians are never the actors of force: after a verb with
   no subject before it they are its passive subject, i.e. the target (قُتل 12 مدنياً، اعتُقل صحفيان);
   "تعرض X لـ<event>" makes X the target; "على دورية للجيش" keeps the container's preposition.  A
   verb whose subject is a pronoun of the speaker (أعلنت واشنطن أنها ستسحب، طائراته قصفت) takes the
   speaker as its source.  Last, codes that depend on the event: a country acting is its state, an
   unnamed agent takes the event's country, and the gold's domestic defaults (GUIDELINES §1).
   A summit named by its region adjective (القمة العربية، قمة خليجية) has that organisation as actor; the
   parties named "between" (الهدنة بين X و Y) before or after a joint noun act together; a crowd of a
   nationality (آلاف الجزائريين) is that country's civilians; a promised consequence (ستدفع ثمناً، ردنا
   سيكون) is threatened by the speaker against the one who will pay it or the actor of the condition.
4. **Content of verbal acts.**  An act named inside an appeal, demand, promise, threat, accusation,
   refusal or praise (roots 02, 03, 05, 09, 10, 11, 12, 13; 055, 114) is that act's content and is
   not coded on its own, up to the next clause break: "هدد بفرض عقوبات … إذا لم" is one THREATEN
   (asserted: the threat is made whatever the condition).  A condition with no threat around it
   ("إذا هاجمت إيران …") gives the act with status hypothetical.  Hopes are the exception: their
   content is coded with status hoped.  PLOVER's future rule: an intended CONSULT is AGREE 036, an
   intended RETREAT is CONCEDE.
5. **Status**, nearest cue first: negation right before the trigger (≤ 3 tokens) → negated; a
   condition (إذا، لو، في حال) earlier in the clause → hypothetical; a hope (أمل، نأمل) or intent
   (يعتزم، سوف، من المقرر) cue earlier in the sentence → hoped / intended; inside the scope of a denial
   (نفى … ما تناقلته / «…» / أن …) → denied; inside reported speech whose speaker is not on the
   event's side, or after a claim verb (زعم، نقل، أفاد، بحسب) → claimed (not when a state's own news agency
   reports its state's act; always when a monitor reports); else asserted.  A noun that is the object of
   a verb negated by لم/لن (لم ينفذوا إضرابهم) is negated; a future auxiliary (ستبدأ، سيتم) or a date after
   the publication date makes the act intended; the main clause after فإن/فسـ is outside the condition,
   and an announced coercive act under a condition is a THREATEN (GUIDELINES §3).  A threat's
   future wording is the threat itself (never intended); a condition cue that is part of the
   trigger (في حالة تأهب) is no condition.  A future verb that no trigger covers, announced in the main
   clause of a hostile condition or under a warning (حذّر من أن بلاده ستتخذ …، إذا ضربت … فسنستهدف), is a
   threat too.  A source named after the report (بحسب …) is no claim when it is a statement (بيان), the
   actor's own spokesman or the state's own news agency; reported content stops at فيما/بينما.  Speech of a
   bare name the actor stage did not know («وقال كولو إن المسلحين …») is a third party's report: claimed
   when the act has named actors; a short particle cue (لو) read off the end of a name is no cue.
6. **Dropped.**  An adverbial purpose noun (احتجاجاً على، تضامناً مع) beside another event is that
   event's purpose; an event right before خلالها is part of the one told before it; an assault with
   no actor in a sentence about a road accident, a drowning or a natural cause (a virus, floods) is
   an accident; a force word followed by words of speech (هجوماً حاداً، بوابل من الانتقادات) is a
   verbal attack; a verbal act (quad 1/3) none of whose actors has a country, a state sector, a
   political sector or an IGO/NGO code (a newspaper, a landlord, a charity, residents, a company) is
   routine; so are inspection visits and visits to institutions among one country's officials, seminars,
   legal time limits and pledges to keep fighting; a first person outside quotes is the writer; a trend
   or a rate (ارتفاع في عمليات، سنوياً) is a statistic; a threat verb whose object is a state of affairs
   (يهدد أمن) endangers.  Protesters storming or attacking riot (PROTEST 145), they do not assault; deaths
   told before the attack that caused them (قُتل … في هجوم) are its toll, one event; leaving a political
   process (انسحب من الانتخابات) is no retreat; a cabinet approving a bill, chairing its own meeting, or an
   official meeting residents is routine; a noun a speaker describes (ووصف الهجوم بأنه) was told before.
   Also figures, not events: a toll summed over a year or more with no actor, a count (عدد الهجمات); and
   no political act: marches of a celebration, a court postponing a hearing (أجّلت … نظر), a body's own
   meeting (في اجتماعه), a denial of rumours naming no act, police or courts against ordinary crime, a noun
   after منذ / وسط / قمع, hostages handed over (no new abduction), a stabbing or a murder case (جريمة قتل) with no
   armed or political killer named.  Roles added after the fourth blind
   batch: the outlet in an attribution («…، بحسب X») is never the target; a state's own agency (الأناضول،
   سانا) keeps its state's act asserted; a light verb's subject and object frame a noun trigger (سلّمت X
   Y مذكرة احتجاج); a participle after a comma (…، متهمة) speaks for the main actor; force whose direct
   object is a civilian place targets that place's civilians; unnamed protesters are the place's CVL
   (strikers LAB); a curfew, an emergency or a cut of the internet falls on the state's own population;
   a joint exercise of two states' forces is COOPERATE 062.
7. **Merging.**  Within a sentence two events of one type with compatible actors are one event (the more
   specific pattern wins), unless their specific codes differ and neither refines the other (قطع العلاقات
   … وطرد السفير: two acts); organisations are compared by their own codes, not the root IGO.  Within an article, events of one type with the same participants (and
   compatible place and date) are mentions of one event: a claim told in one sentence and denied in
   another becomes one denied event with the claim's reporters and counts; an act and the act back (source
   and target swapped: sanctions, then a suspension in return) stay two.  A "منذ" date after a clause
   break is the duration of that clause's act and dates nothing before the break.
8. **Real-news background** (from hand-checked 2015 news): an act after a past copula (وكانت … قد اعتقلت،
   التي كانت تحتلها) unless the clause names yesterday or a weekday; an earlier year written before it
   (وفي عام 2014) but not "منذ عام"; a habit in its clause (كل عام، عادة); a quantified or characterised
   noun (أي هجوم، يشكل اعتداء) unless negated; another sense (احتلت المرتبة، قمة الهرم، عبر with no عن, a
   visit to the injured); a family name after a person (عبد الله العدوان); a toll since a date or a series
   with no actor.  A noun whose own predicate is a future verb (الاجتماع سيشهد) is intended.
9. **After the fifth blind batch**: a member or spokesman (قيادي في، مسؤول في، متحدث باسم) speaks for the
   body named after him, for verbal acts and speech only; a party's own letter or decree keeps its act
   asserted; the accused denying a charge (…، وهو ما نفته X) leaves the accusation made; a meeting and its
   talks or visit in one sentence are one meeting, a planned one absorbing its noun; what a draft
   resolution calls for, a poll's shares, a possible act (قمة محتملة), areas under control and a cabinet
   chaired by a finite verb are no acts; a quarrel between neighbours is crime; the conditions of a
   detention are no arrest; an aside between a demand and its complement is left out of the content; an
   anniversary or era named as an occasion, a comparison (منذ الحرب العالمية الثانية) or a topic (اعتذر عن)
   leaves the act news, while acts of a past era are history; a meeting no code names is routine.
10. **After the eighth blind batch**: a negation before a verb of continuing (لا يزال، لم يزل، ما زالت) means
   "still"; a named party right before a relative clause with no subject after its verb is the verb's
   subject (…، التي نددت); a past verb in ن after a relative is no description; the parties of a joint drill
   may follow بمشاركة, and a drill's short quoted name (مناورات «درع الخليج») does not end its clause; a date
   far after the trigger, past a comma, dates a later clause's act, not this one; «مسلسل» before a definite
   noun is a run of acts, not a television series.  A subjectless conjoined act (…، ووجّه إليه دعوة؛ وجرى
   اعتقال؛ وأمر بنشر الجيش) shares the subject of the sentence's earlier act, unless a complementizer or
   فيما/بينما opens a clause between; «بلاده» in reported speech is the speaker's state; a word of a person's
   name is no trigger (وقال دان لويد).
11. **After the ninth to eleventh blind batches**: periphrases (تم التوصل، جرى التوقيع، قامت … بقطع even after
   على إثره) are the act itself, and the parties of a joint noun may follow بين up to eight words on; a toll
   told as the result (، ما أسفر عن مقتل) or past asides (بينهم …، وأصيب) is part of its attack; a claimed
   definite attack is the one told before; a threat in a warning is the warner's; a charge denied by the
   accused was still made by its author; a pledge of help is that help intended; unnamed protesters take the
   one country the sentence names; a treaty's old date or an anniversary named as the occasion does not make
   the act history; firms' takeovers, vaccination campaigns, car thieves and officials touring their own
   schools or hospitals are no political acts.
12. **After the fourth hand-checked sample of real news** (round 4): an act marked as earlier (سبق أن، تعهداً
   سابقاً، العام الماضي in its clause but not منذ / خلال العام الماضي) or dated three or more months back right
   after it is background; so is a past verb in an object relative clause with its own subject and a pronoun back to
   the noun (الحوار الذي دعا إليه الرئيس), unless that noun is the act itself (العفو الذي أصدره), the clause
   comments (وهو الموقف الذي) or names a recent day; so is what a statement in the past perfect says (وكان … قد أقر
   بأن، وكان بوتين أعلن), a noun after منذ and a light noun (منذ فرض العقوبات), and a relative clause on a noun told
   in passing as a cause (رد على الهجوم الذي استهدف). An act in a whether-question (عما إذا، سئل … إذا ما), a noun a
   thing needs (لا تحتاج إلا إلى اجتماع), compares with (على غرار هجوم), an inquiry looks into (تحقق في هجوم، تحقيق
   حول استخدام) or an answer points back to (رد على الهجوم), a chance, risk or fear names (احتمالات التوصل، خطر
   الاعتداءات، الخوف من أن), a verb of preventing stops (لمنع القوات من قصف، حالت دون قيامه بزيارة) or a
   characteriser describes (اتسم بالهجوم), or an obligation names (يجب، لا بد من) is no act; nor are a prayer
   (داعياً المولى) or a request for anonymity (طالباً عدم الكشف), mines named as things with no blast (كاشفات
   الألغام), a verb form after ب (بتوقفه: a noun), released funds, a lead in polls (احتل الطليعة), an imminent
   danger (خطر داهم), a looming problem (يلوح في الأفق), patronage of a ceremony and welcoming guests;
   hostage-taking (احتجاز رهائن) is no arrest, and a date after a verb of happening (الذي وقع يوم) is no future
   date. A future light verb far before its noun (سيجري خلال زيارته … لقاءات) and a noun of intent (عن نيتها،
   باعتزام) make the act intended — not when a denial in the same clause scopes over the cue — and so does ل + a
   noun of carrying out before it (خرجوا لتنفيذ الهجوم).
13. **Recall round on dev** (status and coverage): a quantified act inside a condition (إذا شنت أي هجوم) is a
   hypothetical act, not a kind of act; «إنْ» before a verb opens a condition like إذا; a proviso «، على أن» + verb
   and a present verb of travel heading a visit (يتوجه الرئيس الجمعة إلى … في زيارة) make the act intended, as does
   a future light verb the tokenizer left whole (ستضع … في حالة تأهب); the truce a deal is for or the parties
   consent to (اتفاق لوقف إطلاق النار، وافقا على هدنة) is coded beside the agreement, intended, and dropped when
   the deal is only hoped for; an invitation another party made stays a record when it is refused; praise made
   during a call or visit (أشاد خلاله) is an act of its own; a trailing «بحسب مصادر <nisba>» is the actor's own
   side only for a state actor; a circumstantial participle that takes the main actor is asserted when that
   actor's side is the speaker.
14. **Targets** (who the act is done to): a threat with no object is made against the subject of its condition
   (هدد … إذا لم تتراجع بكين؛ في حال اقتحم الجيش رفح فإن مصر ستعلق), not across a فيما/بينما clause; an unnamed
   state organ facing a union, an opposition or civilians of one country is that country's (their own government),
   and one given by context the very code of the named actor is left out; ب right after the subject (past one
   adverb) is the object marker of a verb whose only target preposition it is (اعترفت فرنسا رسمياً بدولة فلسطين);
   a town's noun keeps its preposition for acts other than force (انسحبت من مدينة خيرسون), unless the town lies in
   the actor's own country; members or leaders named as the object (اعتقلت قيادياً بارزاً في تنظيم داعش، عقوبات على
   قادة الحركة، أصول عدد من قادة الميليشيات) make their body the target; a direct object may follow an aside
   between commas after the subject (اتهمت الرئاسة، في بيان …، المغرب), and a party inside the aside is never the
   object; a verb of telling or handing over frames a noun trigger: teller, then the one told (أبلغت بغداد واشنطن
   رفضها).  Second round: a reaction told as a relative clause of a step noun after a comma (…، في خطوة رحبت بها
   باريس / انتقدتها موسكو، في حكم وصفته) has its subject after the verb and is aimed at the actor of the first act
   of the sentence, unless both are one side; a counterpart object of a state organ that is no person (الاستخبارات
   التركية نظيرتها العراقية) is the same organ of the other country; after a verb of giving (سلّم، منح، زوّد، باع)
   the bare name right after its verb-first subject is the receiver, also for a noun of aid after both (منحت
   اليابان مصر قرضاً); praise, blame, refusal or consent of a thing whose relative verb carries its pronoun
   (بالجهود التي تبذلها باكستان، الدور الذي أدته السعودية) is aimed at the bare name right after that verb, its doer
   (without the pronoun the name is the verb's object); a verb conjoined with و whose object is a pronoun (the
   trigger, or the light verb before a noun trigger: داهمت … منزل الغنوشي واقتادته، استدعت الخارجية القائم بالأعمال
   التركي وسلّمته مذكرة احتجاج) takes the subject and object of the act told before it when its own subject was
   guessed inside that act's object, else of a verb-first clause with exactly two bare parties; "تلقى X اتصالاً من
   Y" makes Y the caller also when X is a long name with titles (names are not counted in the look-back).
   Round 5: a noun act's relative light verb carrying its pronoun (اتصال هاتفي أجراه X بنظيره Y، زيارة يقوم بها X)
   names its doer, the bare party right after it, also when a target follows (it was read only by the backstop
   when the noun found no actor, so a found target lost the source).
15. **Thwarted acts**: an attack or abduction named right after أحبط / أفشل / أجهض or their verbal nouns (أحبطت
   قوات الأمن هجوماً، إحباط هجوم انتحاري) did not take place and is not coded; the thwarting force was coded as the
   attacker before.
16. **After the fifth hand-checked sample of real news** (round 5): an act named by a noun in the clause of a past
   copula opening the sentence (وكانت القوات بدأت مطلع الشهر الماضي هجوماً، وكان التفجير … يوم 26 يونيو) and dated
   to an earlier month (two months for a month-only date) is background; so is a past verb right after a relative pronoun in
   that copula's clause (وكانت رواندا من بين الدول التي دعت), and an act whose date stands in the adverbial
   phrases opening the sentence (وفي أولى ليالي رمضان، في 28 يونيو 2014، قامت …) when that date is months back.
   إنْ joined to ف/و right before a bare verb (فإن اتفقت الفصائل) is a condition.  Insisting that something is
   so (تصر الإدارة على أنها ستُخضع) asserts, it demands nothing.  A learned trigger on a grammar word or a noun
   naming no act (بكل حزم، بذلك، خلال الفترة، جنسيات، البحر) is dropped.  Lexicon: aiming at forming something
   (تستهدف تشكيل تحالف), occupying attention (ستحتل اهتماماً), goals that meet (تلتقي مع أهداف), a park (سنترال
   بارك), an animal's attack (هجوم سمكة قرش), an application form (استمارة طلب) and the place of a detention
   (مكان احتجاز) are no acts.
17. **Status round** (future times and deal terms): a future time after the act (المقبل، a date after publication)
   is not the act's own when a scheduled noun (الانتخابات)، a stipulating word (يقضي، بموجبه، عقد) or another act
   stands between, or a scheduling participle (المقررة، المرتقب) past a noun of its own (مقاطعة الانتخابات
   المبكرة المقررة في أكتوبر المقبل: announced now, asserted); a hope's own verb (يأمل) is never made intended by
   a future adjective in its content; a noun act after «يقضي ب / بموجبه» following a deal reached or signed
   (اتفاقاً يقضي بوقف القتال …، وتبادل الأسرى) is a term still to be carried out: intended.
18. **Claimed or asserted** (who tells the act, GUIDELINES §3): نقل reports only after ما/حسبما or with عن/أن in
   its clause (نقل سكان غزة، نُقلوا جواً، وزارة النقل carry or move); reported content ends at «في حين» like
   فيما/بينما; a lead of plain speech by the state's own agency (ذكرت وكالة «إرنا» أن طهران) keeps its state's act
   asserted, and a trailing agency does so when its country is a party of the act or of the sentence's first act,
   wherever it stands in the attribution (وفق بيان لوزارة الخارجية نقلته وكالة الأنباء السعودية); a relative clause
   with a number between the act and a trailing source (…، الذي أوقع 137 قتيلاً بحسب السلطات) gives the source
   of the toll only; an act in a relative clause on the reporter (وفق ما أفادت به منظمة X، التي نددت) is the
   reporter's own, asserted; a statement of a named state organ of no country of the act's (وفق بيان صادر عن
   البيت الأبيض on Israel's act) is a third party's report, claimed.  A quoted source (نقلت … عن مسؤول) stays
   claimed.
19. **Recall round 3** (acts the coder's own gates lost).  A noun after بعد / عقب / إثر / وسط / رداً على /
   احتجاجاً على … that names its own party after it, in its own clause — a nisba (بعد ساعات من بدء الهجوم التركي), a
   genitive doer (اقتحام محتجين), a relative verb's subject (مفاوضات أجرتها القاهرة، هجمات شنتها الميليشيا،
   اتهامات أطلقتها باكو), a meeting's or a clash's counterpart (اشتباكات مع مسلحي الحوثي), never a mediator
   (بوساطة أمريكية) nor a speaker's name for it (ما وصفه بـ«العدوان») — is an earlier act the writer reports, not a
   cause told in passing (بعد احتجاجات واسعة stays dropped); so is a protest or a clash after خلال with its own party
   (خلال احتجاج نظمه الحزب); a deal's terms (بموجبه) stop at a time clause (وذلك عقب).  Two acts of one type in
   clauses of their own (a comma then a verb with و: حل الوزير بالجزائر في زيارة …، واستقبله الرئيس; or فيما /
   بينما between) are not merged — not a definite noun pointing back (خلال الاحتجاجات), nor a participle (، واصفاً).
   The act a condemnation, a regret or a protest note is about (111, 055, 114) is coded too when told as done — a
   relative clause with a past verb (التفجير الذي هز، الغارة التي استهدفت) or its own party (مقتل القاضي برصاص
   جنودها، إقدام المجلس العسكري على إعدام) — unless an unarmed party "storms" (settlers at a holy site); condemned
   force told only by a relative clause must name its toll (وأوقع ستة قتلى: "أدان الهجوم الذي استهدف مسجداً" stays
   the condemnation's topic), while an apology is about a particular act of the one who apologises (اعتذر عن الغارة
   التي استهدفت: his side's raid).  Two country adjectives after a joint noun are its two parties (المباحثات
   الأردنية العراقية، التدريب المصري السوداني); one country adjective after any noun act is its actor (رفض
   أذربيجاني), unless the pattern reads its genitive as the target; a meeting that "brought together" X and Y (قمة
   جمعت X و Y) has them as parties; representatives «عن» a party stand for it (ممثلون عن الحكومة وطالبان التقوا).
   A verbal noun with ب after a verb of ordering (أمر بنشر الجيش، سيأمر برفع العقوبات) is the ordered act, not a
   noun of purpose.  A killing "during them" (قُتل خلالها … برصاص الشرطة) is dropped as part of an act only when
   one of its type was told before it; «وسيطرت» is a past verb (س of the root), not a future; an anniversary after
   «في» (هدنة في ذكرى النصر، التظاهر في ذكرى الثورة) is the day the act falls on, not a history context.  A body's
   approval of material help or a deployment (وافق البرلمان على منح أوكرانيا قرضاً، على إرسال قوات) is that act,
   the approver its source, and no consent record.  What a verbal act says ends at a finite verb joined by و that
   no verbal noun shares (نددت بها الحكومة واستدعت سفراءها، أعربت عن أسفها ورفضت): the subject's next act; "بوقف
   القصف وسحب القوات" stays one content, and so does a three-letter form (وقتل: a verbal noun as well).  A second
   noun object of one light verb joined by و with a code of its own (أعلنت حالة الطوارئ وحظر التجوال) is a second
   act, not the first one's object.
20. **Status round 2** (intended).  A short future verb the tokenizer left whole (سيشن، ستشن، سيضخ، ستضع) is a
   future verb like any سـ + imperfect; «قريباً» (not «قريباً من», near) or «في / بـ أقرب وقت / الآجال» after an
   act in its clause makes it intended — after a hope cue has had its say (أمله في أن تستأنف … قريباً stays hoped),
   and never for a verbal act (a demand or an invitation is made now).  A future time after a demand, an appeal, a
   charge or a refusal (roots 02, 05, 09–13: تطالب بانسحاب القوات بحلول سبتمبر المقبل) is its content's time, not
   the act's: no intended from a trailing future adjective or date; an agreement (03: اتفقا على استئناف المحادثات
   السبت المقبل) still plans its act.  Not done, by dev gold: «قرر + verbal noun» stays asserted (the decision is
   the act: قررت طرد السفير), and a hope about an upcoming meeting keeps the meeting's own status.  (The article
   fold in events/stage.py no longer merges two records of one sentence told in clauses of their own.)
21. **Recall round 4: content narrowed** (acts told as done inside a verbal act).  A three-letter verb that no
   verbal noun shares — a feminine past (ودعت، وشنت) or a doubled root (وهدد) — ends what the act before says like
   any finite verb joined by و (section 19); a consented act written like its verb right after على (وافق المجلس على
   صرف شريحة) is the approved act; the act of a decision another party took (رحبت الحكومة بقرار الاتحاد الأوروبي رفع
   العقوبات) is told as done, the party named between the two its source; a meeting noun with its own parties right
   after a verbal act's verb (دعت القمة العربية إلى …) is that act's subject, a meeting of its own, and the act's source;
   a meeting with its own counterpart after «في» right after the verbal act's verb or subject (أصرّ الوفد الروسي في
   محادثات إسطنبول مع الجانب الأوكراني على …) is where the act is made, not what it says.
22. **Parties passed on.**  An outcome with no party (أسفرت المباحثات الأردنية العراقية عن تفاهم) takes the parties
   of the act that yielded it; an ordered act's subject is that of the verb of ordering (أعلن أنه سيأمر برفع
   العقوبات: the speaker); a verb with a pronoun object after a comma and «فيها» (وجّه رسالة إلى الرئيس، دعاه فيها
   إلى زيارة) has the parties of the act it is told in, and that invitation is no part of the letter (not merged).
23. **A conjoined future verb** (ستعلّق المفاوضات وستفرض عقوبات، وسوف تفرض) is the subject's next act with an
   object of its own: neither content of the act before nor that act's object, and not merged with it.
24. **Targets.**  A warning folded into the warner's threat (section 30) gives the threat its target: the
   warning's target, else the first bare party after the warning verb that is not the warner's side (حذّرت إيران
   الولايات المتحدة من أنها ستتحمل العواقب: USA), and never the warner's own side.  An operation or an aid that
   needs a target, told in a place («في») of another country than its named actor's (وسّعت إسرائيل عملياتها البرية
   في جنوب لبنان، ستموّل قطر الوقود في قطاع غزة), is aimed at that country; at home it still finds none.
25. **Recall for consultations**: «للتشاور» after an envoy's recall in its clause is the recall's purpose, no meeting.
26. **Verbal nouns after governors**: a form the pattern lists both as verb and noun (قصف، صرف، هدم) right after a
   preposition or a governing noun (على خلفية قصف، بعد هدم) is the noun — the cause and adjunct rules then apply.
27. **Leading away**: «واقتادته» after an arrest of the same code (أوقفت … ، واقتادته إلى) completes that arrest; it
   is merged with it even in a clause of its own.  A summons and the protest note handed over at it (استدعت …
   وسلّمته مذكرة احتجاج) stay one record, as dev gold has them.
28. **A request received**: an indefinite request noun whose nisba or tanween-marked adjective names another party
   (رفضت الحكومة طلباً تركياً بإقامة …) was made by that party — a record aimed at the one who answers it; a
   genitive (طلب المجموعة) or a definite «الطلب» stays the answer's content.
29. **A charge denied**: the act an accusation alleges (اتهم X Y بتزويد …) is coded when the accused — the bare
   party after the charge verb that is not the accuser, else the charge's target — denies it later in the sentence
   (وهو ما نفته Y، في حين نفى متحدث باسم Y): the accused's act, status denied.  A verb joined by و is the accuser's
   next act (section 19), never the charge.  Section 21 also keeps a past verb right after a relative pronoun
   whose doer is named after it and is of another side than the verbal act's (رفض المجلس الاتفاق الذي وقعته
   إثيوبيا): an act told as done.
30. **Matching limits** (found by the lexicon review): a multi-word entry of needs_before / needs_after (غير مقبول،
   القائم بالأعمال، الرصاص الحي) is matched as a phrase starting in the window, indexed by its first word at load;
   a word written with ة (السفيرة) never matches a needed entry written with ه (سفيره "his ambassador"), which the
   normalizer folds together.  The complement search goes on past a complementizer that opens the trigger's own
   clause (حذّر من أن، بأن for ب, or أن right after the trigger and its named subject); a warning (012) whose clause
   holds the warner's threat (حذّرت X من أنها ستتحمل العواقب) is that threat, one record.  «دائماً» right after an
   indefinite accusative noun agrees with it (اتفاقاً دائماً، عضواً دائماً) and is no habit adverb.  A truce a deal
   stipulates (اتفاقاً يقضي بوقف إطلاق النار) is the deal's term, intended, not a plan's content.  A crowd storming
   a building (المتظاهرون اقتحموا مقر البرلمان) riots like a crowd storming anything else (PROTEST 145, not a
   1711 raid), and the riot's unnamed crowd is the civilians of its one country.
31. **After the sixth hand-checked sample of real news** (round 6, precision of the recall rounds' new events):
   a referral counts as an inquiry only when it is sent "إلى التحقيق / للتحقيق", not to the prosecution body
   «هيئة التحقيق والادعاء العام», and any investigation act in a sentence naming that body is criminal procedure;
   «تقديم الخدمة الطبية» is a service, not aid, and aid named after بشأن / في شأن / حول is what a document or
   talks are about (not "الشأن اليمني": affairs).  A visit whose clause names care (للاطمئنان على، مصابي) or an
   inspection tour (الزيارة التفقدية) is no consultation whoever comes along, and a definite visit or meeting noun
   after its verb in one sentence (زار … وعقب الزيارة) is that visit again.  A phone call "لـ«صحيفة»" or
   "لوكالة" is a press interview.  Cooperation whose parties carry one and the same state code is one
   government's own agencies working together.  A verbal noun joined by و after the comma that closes a
   demand opened by a ب-verbal noun (بتحمل مسؤوليته، ورفع الحظر) is one more thing demanded; a verb joined by و
   to a past perfect or past habit (وكان … قد رحب … وبارك، كان الوزير ينتقد … ويطالب) is background like the
   first; «لماذا» in a sentence ending in ؟ opens a question frame wherever it stands; fire "في الهواء" shoots
   at nobody; and an indefinite accusative دعماً in a sentence opened by تأتي / جاء is what a thing comes as.
   Routine of a host or an office: receiving the injured, bereaved families or Eid well-wishers (استقبل …
   المهنئين), a meeting with one's own staff (اجتماعاً مع وكلاء الوزارة، لقاءً بمنسوبي الفرع) and welcoming staff or
   guests (رحب … بجميع الموظفين، بالمدعوات; not "رحبت الحكومة بجميع المبادرات"), a body's own session chaired by
   its head (عقدت اللجنة اجتماعاً برئاسة …) and an inquiry opened by a police station (مخفر) are no political acts;
   «بما يوافق تطلعات» means "in line with", no consent (lexicon).  Cooperation of one state code on both sides
   is dropped only when the clause names generic agencies (الجهات، الأجهزة، منسوبيها): a code repeated by a
   role error keeps its event.
32. **Targets, round 6** (dev role disagreements).  A party after «ضد / بحق / في حق» in the clause of a hostile act
   (force, coercion, threat, sanction, charge, protest, mobilization) is its target when the pattern found none,
   also past the act's own object (هدد باستخدام السلاح النووي ضد أوكرانيا، استخدمت الرصاص الحي ضد المتظاهرين) —
   not across a comma, never the actor's own state, and for a charge or a penalty not after its «ب…» or «بسبب»
   (اتهمها بالتمييز ضد …: the victims of the charged act).  A threat made against the actor of its condition
   (إذا هاجمت إيران …، إذا استهدفت إسرائيل …) is made against the state that answers for it: a bare country coded MIL
   for using force there becomes its government (IRNMIL → IRNGOV); forces the text names (القوات الكينية) stay MIL.  A country's land, waters or airspace named by its
   adjective after a preposition (داخل الأراضي العراقية، تنسحب من الأراضي الليبية) is that country for force and
   coercion on it and for a withdrawal «من» it — force «من» a land comes from there, troops sent to a land are left to
   their pattern, and the actor's own land names no one.  An indefinite nisba right after a number (اعتقلت 25
   فلسطينياً، ثلاثة سعوديين) counts people of that country, its CVL — not after «بينهم / منهم» (a share of people
   counted already), and never the source of an act told after it.  The subject of a verb of receiving or obtaining
   in an aid noun's clause (تسلم الجيش اللبناني شحنة من المساعدات، يأمل لبنان أن يحصل على قرض) is the one helped — a
   country there its government — and the donor the party after «من» in that clause, else the aid's adjective
   (المساعدات العسكرية القطرية); the pattern of received arms (aid.received_arms) reads its own roles.

33. **After the seventh hand-checked sample of real news** (round 7).  A ل-noun after a body's head and the name of
   its patron, or one adjective of rank (مركز الملك سلمان للإغاثة، اللجنة العليا للإغاثة), is the purpose in the
   body's name, not an act (the head may sit inside an actor mention; «لجنة تحقيق», a compound, stays an inquiry).
   A learned support on an admission verb whose ب-word in the clause is a defeat, a loss or a fault (اعترفت الجماعة
   بالهزائم، اعترف … بفشل جماعته) is an admission, no recognition.  Lexicon: «كلما» opens a habit like «عادة ما»
   (كلما اشتدت الأزمة اجتمع …: nothing after it is news), and stealing the eyes, the spotlight or the taste (يخطف
   الأنظار، الأضواء، الأذواق) abducts nobody.
34. **After the eighth hand-checked sample of real news** (round 8).  "Back then" in two or three words (في السابق، في
   ذلك الوقت، في تلك الفترة; not «في وقت سابق», which news uses for earlier the same day) places an act in the
   story's past, like «آنذاك»; a verb of قبض carrying its object pronoun (الثمن الذي ستقبضه) receives or grasps, an
   arrest is «قبض على»; and «يستهدف» near a programme word (ندوات، برنامجاً، التوعية) aims at an audience, no attack.
35. **After the ninth hand-checked sample of real news** (round 9).  A verb that already holds its subject — a plural
   ending on an act other than force (استنكروا، يعارضون، حمّلوا; a plural verb of force is as often a passive), or for
   an act of force a relative pronoun right before it with no object pronoun on it (العمل الإرهابي الذي استهدف رجال
   الأمن) — never takes the bare actor after it as its subject; right after it, that actor is its object (the
   relative's own antecedent may still be the source).  Statements and appeals, which are coded only with a speaker,
   are left as they were.  A cue word read after a bare ك (كاملة as ك + أمله) is no cue.
36. **Round 9, continued.**  A plural verb of force with its subject before it and a cause right after it (قتلوا
   أمس إثر انفجار لغم، أصيبوا جراء القصف، قتلوا في هجوم) is a passive: the subject is the victim, not the actor.  An
   attack noun after a word of mourning (تعازي، مواساة، شهداء، ضحايا: "نقل تعازي الملك لأسر شهداء الواجب في حادث
   التفجير") takes no source from before that word: the one who mourns did not attack.
37. **After the tenth hand-checked sample of real news** (round 10).  «ثمن» after a verb of paying (دفعت حقوق
   الإنسان ثمن عودة إيران، يدفع السوريون … ثمن) is a price, not «ثمّن» (praised); control over a fire (سيطرت فرق
   الدفاع المدني على حريق) seizes nothing; «خط الهجوم» is a team's forward line (lexicon).  Cooperation with no
   party named (تعاون كافة الشركات، تتطلب تعاوناً مع دول الجوار), and any act other than force that only the classifier
   saw with no party named (حركة الشاحنات), are too little to code, even with a place.  Warnings counted (وجهت
   14 إنذاراً) are an inspector's citations, not an ultimatum.
38. **After the eleventh hand-checked sample of real news** (round 11).  «طالب» before a nisba (طالب تونسي مسلح) is
   a student; «نصف» by a number or a unit of time (14 عاماً ونصف العام) is a half; a killing that is a sentence
   carried out (الحكم بقتله تعزيراً، حكم القتل حداً) is a court's penalty; «يستهدف» before a verbal noun of trade or
   planning (تستهدف الحكومة شراء الغاز; lexicon) or before «أن» (تستهدف مصر أن تصل عائداتها) aims, it does not
   attack.
39. **After the twelfth hand-checked sample of real news** (round 12).  «احتل» with a rank a few words on (احتل
   سهم «زين» المركز الأول), or as the relative clause of a rank told before (المركز الأول … والذي احتلته), holds a
   place in a table; «رحب» whose object is a guest (رحب السيسي … بضيف مصر) is hospitality, not praise; «احتجز»
   in a sentence that names civil defence, with no party but the rescuers as its source, says people were trapped
   (أنقذت فرق الدفاع المدني 7 أشخاص احتجزوا داخل شقة); hostages the army freed from an armed group were held.
40. **After the thirteenth hand-checked sample of real news** (round 13).  «ثمن» after a pronoun or a demonstrative
   (هذا هو ثمن المراوغة) is a price, not «ثمّن»; a blow (ضرب، ضربة) beside an economy (ضربت اقتصادها وسياحتها ضربة
   موجعة) is a figure of speech; «قواعد إطلاق النار» are rules of engagement and «كذباً» (falsely) is no denial
   (lexicon).  An attack noun after a word for its site (أغلقت قوات الأمن منطقة الاعتداء الانتحاري) takes no source
   from before it: the forces went to the site, they did not attack.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date as Date
from types import MappingProxyType

from hadath.events.backstop import is_backstop
from hadath.events.lexicon import CUE_KINDS, EventLexicon, ObjectRule, Pattern, PhraseIndex, conjugate
from hadath.events.numbers import extract_size, parse_number
from hadath.events.roles import (
    DOMESTIC_CONCESSIONS,
    FOREIGN_WORDS,
    IGO_NISBA,
    MODIFIERS,
    NISBA_QUALIFIERS,
    NON_STATE_ROOTS,
    PEOPLE_NOUNS,
    PROPOSAL_HEADS,
    SOCIAL_SECTORS,
    STATE_SECTORS,
    VICTIM_SECTORS,
    answering_state,
    context_country,
    fill_countries,
    is_bare_country,
    is_generic,
    nisba_sector,
    state_country,
    state_source,
    state_target,
    synthetic_mention,
)
from hadath.model import ActorMention, DateMention, PlaceMention, Sentence, Size, Token
from hadath.text.matcher import PhraseMatch
from hadath.text.normalize import normalize

# Grammar words (closed classes), normalized.
PREPOSITIONS = frozenset({"علي", "ضد", "مع", "الي", "في", "من", "عن", "حول", "بين", "لدي", "عند", "امام",
                          "بحق", "نحو", "تجاه", "قبل", "لصالح"})
TWO_WORD_PREPS = {("في", "حق"): "في حق", ("من", "قبل"): "من قبل", ("علي", "يد"): "علي يد",
                  ("الي", "جانب"): "جانب", ("بالتعاون", "مع"): "مع"}
PARTITIVES = frozenset({"اي", "احد", "بعض", "عدد", "عشرات", "مئات", "الاف", "جميع", "كل", "عددا", "مجموعه"})
# members or units of a force (عناصر من الشرطة، وحدات من الحرس الوطني): the force is the argument
UNIT_NOUNS = frozenset(normalize(w) for w in ("عناصر", "عنصر", "وحدات", "وحدة", "أفراد", "فرد", "دورية", "دوريات",
                                             "قوة", "سرية", "كتيبة", "فرق", "فرقة", "ضباط", "جنود", "مقاتلو",
                                             "مقاتلين", "مسلحو", "مسلحين"))
CONTAINER_OBJECT = "of"  # prep of an actor named through a container noun with no preposition: an object
COMPLEMENTIZERS = frozenset({"ان", "انه", "انها", "انهم", "بان", "بانه", "بانها", "وان", "وانه", "فان", "لان"})
BOUNDARY_PUNCT = frozenset({":", "«", "»", '"', "؛", ";", "“", "”"})
CLAUSE_PUNCT = frozenset({"،", ",", ".", "؟", "!"})
QUOTE_MARKS = frozenset({"«", '"', "“"})
QUOTE_PUNCT = frozenset({":", "«", "»", '"', "؛", ";", "“", "”"})
DEMONSTRATIVES = frozenset({"هذا", "هذه", "ذلك", "تلك", "هذين", "هاتين", "هولاء", "اولييك"})
PRONOUN_SUBJECTS = frozenset({"هذا", "هذه", "ذلك", "تلك", "هو", "هي", "هم", "التي", "الذي", "الذين", "ما",
                              "وهذا", "وهذه", "وهو", "وهي", "وذلك", "مما"})
DEMONSTRATIVE_SUBJECTS = frozenset({"هذا", "هذه", "ذلك", "وهذا", "وهذه", "وذلك", "فهذا", "مما"})
CONTAINER_NOUNS = frozenset({"مواقع", "موقع", "مقر", "مقرات", "معسكر", "معسكرات", "منزل", "منازل", "عناصر", "مسلحي",
                             "مقاتلي", "تجمع", "تجمعات", "دوريه", "موكب", "قافله", "مخازن", "مراكز", "مركز", "نقاط",
                             "نقطه", "تنظيم", "جماعه", "حركه", "قوات", "مقار", "سفاره", "قاعده", "ثكنه",
                             "جهود", "دور", "مبادره", "موقف", "مواقف", "خطوه", "قرار", "مقترح", "اليه", "اليات",
                             "مستشفيات", "مستشفي", "مخيمات", "مخيم", "سكان", "اهالي", "مدن", "مناطق"})
ADJUNCT_INTRO = frozenset({"خلال", "اثناء", "هامش", "ختام"})
SETTING_WORDS = frozenset({"خلال", "اثناء"})
BACKGROUND_INTRO = frozenset({"عقب", "اثر", "بعد", "اعقاب", "غداه", "لضحايا", "ضحايا", "التحقيق", "تحقيق", "تحقيقات",
                              "التحقيقات", "ملابسات", "اتساع", "رقعه", "تصاعد", "تزايد", "موجه", "خلفيه",
                              # a cause, an example, an allusion, a perpetrator or a role in a past act
                              "بسبب", "مثل", "اشاره", "منفذي", "منفذو", "منفذ", "مرتكبي", "مرتكبو",
                              # the act a protest or condemnation answers (احتجاجاً على الاعتداء على سفارتها)
                              "احتجاجا", "تنديدا", "استنكارا",
                              # round 4: the act an answer or a justification points back to (رد على الهجوم)
                              "رد", "ردا", "وردا", "ردها", "رده",
                              "تورط", "تورطه", "تورطها", "تورطهم", "ضلوع", "ضلوعه", "ضلوعها", "ضلوعهم",
                              "مناسبه", "بمناسبه", "لمناسبه", "احباط", "لاحباط", "باحباط",
                              # circumstances, repression of a protest told in passing
                              "وسط", "قمع", "لقمع", "بقمع",
                              # an ongoing state told in passing (استمرار الغارات سيؤدي إلى …)
                              "استمرار", "لاستمرار", "باستمرار",
                              # the conditions or length of a detention (ظروف احتجازهم، طوال فترة اعتقاله)
                              "ظروف", "لظروف", "بظروف", "طوال", "مده", "فتره",
                              # an act told as the time of another (قبل انسحابها): background
                              "قبل"})
LOCATION_PREPS = frozenset({"في", "قرب", "علي", "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي",
                            "غربي", "داخل", "محيط", "ريف", "اطراف", "الي", "وسط", "مدينه", "بلده", "قريه",
                            "محافظه", "منطقه", "ضواحي", "اجتماع", "مؤتمر", "قمه", "محادثات", "مفاوضات",
                            "مدن", "مناطق", "حي", "مخيم"})
# Section 32: "against" and "in the case of": the party a hostile act is aimed at, whatever the pattern's own
# target prepositions are
AGAINST_PREPS = frozenset({"ضد", "بحق", "في حق"})
AGAINST_TYPES = frozenset({"ASSAULT", "COERCE", "THREATEN", "SANCTION", "ACCUSE", "PROTEST", "MOBILIZE"})
# a charge or a penalty names what the other side did with ب / بسبب; a ضد after it is that act's victim
CHARGE_TYPES = frozenset({"ACCUSE", "SANCTION"})
AGAINST_REACH = 10
# Section 32: a country's land, waters or airspace (الأراضي الليبية، المياه الإقليمية الإيرانية) that force falls
# on or a withdrawal leaves: that country (troops sent there are left to the pattern: the dev gold names no target)
TERRITORY_TYPES = frozenset({"ASSAULT", "RETREAT", "COERCE"})
TERRITORY_HEADS = frozenset({"اراضي", "الاراضي", "اجواء", "الاجواء", "المياه", "مياه", "الاقليم", "التراب"})
TERRITORY_QUALIFIERS = frozenset({"الاقليميه", "الجوي", "الوطني"})
TERRITORY_PREPS = frozenset({"من", "داخل", "علي", "الي", "في", "عبر", "نحو", "خارج"})
TERRITORY_REACH = 10
# Section 32: the endings of a counted nisba (فلسطينياً، فلسطينيا، سعوديين، سعوديون): people, not an adjective
COUNTED_NISBA_ENDINGS = ("يا", "يين", "يون")
AMONG_WORDS = frozenset({"بينهم", "بينهن", "منهم", "منهن", "وبينهم", "ومنهم"})
AGENT_PREPS = frozenset({"ل", "من قبل", "علي يد"})
# "تعليقها من الجانب الروسي": after a noun trigger, من + the side of a party names who did it.
SIDE_HEADS = frozenset({"الجانب", "جانب", "الطرف", "طرف"})
# Suspending an agreement: the party that suspends it acts against the other parties named "between".
AGREEMENT_SUSPENSIONS = frozenset({"sanction.suspend_agreement", "sanction.suspend_agreement_back"})
SUSPENDED_REACH = 12
# Words after which the parties of a joint act are listed: "مناورات بين الجيشين"، "مناورات بمشاركة قوات من X وY".
PARTICIPANTS_HEADS = frozenset({"بين", "بمشاركه"})
BETWEEN_REACH = 8  # "عودة اتفاقية أمن التحليقات بين البلدين": the parties of a joint noun after its complement
DENY_SCOPE_END = frozenset({"»", "،", ",", ":", ".", "؛", '"', "”"})
MEDIA_GENERIC = ("وسائل اعلام", "وسائل الاعلام", "مصادر", "ناشطون", "ناشطين", "تقارير")
NEG_WINDOW = 3
TV_SERIES_WORDS = frozenset({"مسلسل", "المسلسل", "لمسلسل"})  # a TV series, or a run of acts before a definite noun
# Verbs of continuing that a negation turns into "still" (لا يزال، ما زالت، لم يبرح، لا تنفك), normalized.
STILL_VERBS = frozenset({
    "زال", "زالت", "زالوا", "يزال", "تزال", "يزالون", "يزالان", "تزالان", "ازال", "نزال", "يزل", "تزل", "يزالوا",
    "برح", "برحت", "يبرح", "تبرح", "فتي", "فتيت", "يفتا", "تفتا", "انفك", "انفكت", "ينفك", "تنفك",
})
_MARKS = "".join(chr(c) for c in range(0x064B, 0x0660)) + "\u0640"
SHADDA = "\u0651"
LOCATION_WINDOW = 6
SCOPING_ROOTS = frozenset({"02", "03", "05", "09", "10", "11", "12", "13"})
# Section 20: verbal acts made when told, a future time after them their content's (not 03: "اتفقا على عقد اجتماع
# السبت المقبل" is the meeting planned)
DATED_CONTENT_ROOTS = SCOPING_ROOTS - {"03"}
SCOPING_CODES = frozenset({"055", "114", "164"})  # 164: the talks a party halts are its content, not a meeting
FUTURE_ADJECTIVES = frozenset({"المقبل", "المقبله", "القادم", "القادمه", "المرتقب", "المرتقبه"})
MEETING_WORDS = frozenset({"اجتماع", "مؤتمر", "قمه", "محادثات", "مفاوضات", "اجتماعات", "لقاء", "منتدي"})
RECEIVE_WORDS = frozenset({"تلقي", "تلقت", "يتلقي", "تتلقي", "تلقيا", "تلقوا", "استلم", "استلمت", "تسلم", "تسلمت",
                           "يتسلم", "تتسلم"})
# Section 32: verbs of receiving (and of obtaining, حصل على) whose subject is the one an aid noun helps
RECEIPT_VERBS = RECEIVE_WORDS | frozenset({"حصل", "حصلت", "يحصل", "تحصل", "نحصل", "الحصول", "للحصول"})
RECEIPT_REACH = 8
RECEIPT_PATTERNS = frozenset({"aid.received_arms"})
EXPOSED_WORDS = frozenset({"تعرض", "تعرضت", "تعرضوا", "تعرضا", "تعرضتا", "يتعرض", "تتعرض", "يتعرضون",
                           "تعرضها", "تعرضه", "تعرضهم", "لتعرض", "بتعرض"})  # X تعرض لـ<event>: X is its target
FORCE_TYPES = frozenset({"ASSAULT", "COERCE"})
PLACE_NOT_TARGET = frozenset({"في", "ب", "مع", "عند", "بين", "حول"})  # a place after these is where, not whom
ADVERBIAL_NOUNS = frozenset({"احتجاجا", "تضامنا", "تنديدا", "رفضا", "تاييدا", "دعما"})
MEETING_TYPES = frozenset({"CONSULT", "AGREE"})  # a meeting told within a visit or call is part of it
DURING_IT = frozenset({"خلالها", "خلاله", "اثناءها", "اثناءه", "خلالهما"})
SPONSOR_WORDS = frozenset({"رعايه", "برعايه", "وساطه", "بوساطه", "حضور", "بحضور", "مشاركه", "بمشاركه", "اشراف",
                           "باشراف", "بدعوه", "دعوه", "بحمايه", "حمايه"})
SPONSOR = "sponsor"
DIRECTIONS = frozenset({"شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي", "وسط", "داخل", "قرب",
                        "محيط", "اطراف", "ضواحي", "ريف", "شمالا", "جنوبا", "شرقا", "غربا"})
POSSESSIVES = frozenset({"ه", "ها", "هم", "هما", "هن", "نا", "كم", "كما"})
HEADLINE_TOKENS = 16  # a verbless headline is short
CARRY_REACH = 9  # نقل reports when عن/أن follows this close (نقلت وكالة الأنباء الرسمية «إرنا» عن مصدر)
TRAILING_CLAIMS = frozenset({"بحسب", "حسب", "وفق", "وفقا", "نقلا", "وبحسب", "ووفق", "ووفقا", "حسبما"})
AUXILIARIES = frozenset({"قد", "تكون", "يكون", "كانت", "كان", "لم", "لن", "سوف"})
PRONOUN_COMPLEMENTIZERS = frozenset({"انها", "انه", "انهم", "بانها", "بانه", "بانهم", "وانها", "وانه", "انهما"})
OWN_FORCES = frozenset({"قواته", "قواتها", "قواتهم", "طايراته", "طايراتها", "جنوده", "جنودها", "عناصره",
                        "عناصرها", "مقاتليه", "مقاتليها", "وحداته", "وحداتها", "طيرانها", "طيرانه", "جيشها",
                        "جيشه", "مدفعيته", "مدفعيتها",
                        # the speaker's own state: "أعلنت الوزيرة أن بلادها ستقدم مساعدات"
                        "بلاده", "بلادها", "بلادهم", "حكومته", "حكومتها", "حكومتهم"})
VERBAL_QUADS = (1, 3)


def _words(*items: str) -> frozenset[str]:
    """Normalized closed-class word sets, written in ordinary spelling."""
    return frozenset(normalize(w) for w in items)


# A sentence opening with one of these is a site's tag list, share bar or link line, not news text.
TAG_LABELS = _words("سمات", "وسوم", "الوسوم", "تصنيفات", "التصنيفات", "الكلمات الدلالية", "كلمات دلالية",
                    "الكلمات المفتاحية", "كلمات مفتاحية", "اقرأ أيضا", "رابط الخبر", "رابط المقال",
                    "مواضيع ذات", "أخبار ذات", "شارك من", "شارك عبر")
# Heads of a compound whose genitive is a trigger noun naming a kind of thing, place or outcome, not an
# act told: مركز الاعتقال، كاسحات ألغام، قانون حظر، قوات الطوارئ، نتائج المفاوضات، مسودة اتفاق.
COMPOUND_HEADS = _words("مركز", "مراكز", "معسكر", "معسكرات", "مستودع", "مستودعات", "مخزن", "مخازن", "قانون",
                        "قوانين", "مشروع", "مسودة", "لائحة", "قائمة", "قوائم", "كاسحة", "كاسحات", "برنامج",
                        "برامج", "نتائج", "نتيجة", "نتاج", "مخرجات", "ملف", "فشل", "تعثر", "إفشال",
                        "قوات", "وحدات", "وحدة", "فرق", "فرقة", "أجهزة", "معدات", "أدوات", "مدرسة", "كلية",
                        "أكاديمية", "معهد", "قاعدة", "خبراء", "خبير", "ضباط", "متحف", "معرض", "صفقة", "صفقات")
# Heads that are things, never agents: a bare verb-looking word after them is a verbal noun (قانون حظر).
THING_HEADS = _words("صفقة", "صفقات", "مركز", "مراكز", "معسكر", "معسكرات", "مستودع", "مستودعات", "مخزن", "مخازن", "قانون", "قوانين",
                     "مشروع", "مسودة", "لائحة", "قائمة", "قوائم", "كاسحة", "كاسحات", "برنامج", "برامج")
# Words a finite verb never follows: a verb-looking word after them is a verbal noun (مثل قتل، بعد دعم).
NOUN_GOVERNORS = _words("مثل", "بمثل", "خلال", "أثناء", "عقب", "إثر", "جراء", "بسبب", "ضمن", "عبر", "رغم", "بعد",
                        "قبيل", "إطار", "أجل", "سبيل", "بشأن", "حيال", "إزاء")
RELATIVES = _words("التي", "الذي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان", "اللاتي", "اللواتي")
# Places a local official visits or inspects: with no party visited, such a visit is domestic routine.
INSTITUTIONS = _words("مستشفى", "مستشفيات", "مدرسة", "مدارس", "جامعة", "كلية", "مقر", "مبنى", "مشروع",
                      "مشاريع", "مصنع", "معرض", "مستودع", "مركز", "مراكز", "إدارة", "محطة", "مستوصف",
                      "جناح", "ورشة", "مختبر", "مزرعة", "سوق", "مطار", "ميناء", "منفذ", "موقع", "مواقع")
INSPECTION_WORDS = _words("تفقدية", "تفقدي", "تفقدا", "تفقد", "تفقدها", "تفقده", "ميدانية")
# Seminars, workshops and forums: what they "discuss" is a programme, not a consultation between parties.
SEMINAR_WORDS = _words("ورشة", "ورش", "ندوة", "ندوات", "ملتقى", "الملتقى", "محاضرة", "حلقة نقاش",
                       "دورة تدريبية", "الدورة", "تحت عنوان", "بعنوان", "منتدى")
# A legal time limit (مهلة للاستئناف) is procedure, not an ultimatum.
APPEAL_WORDS = _words("للاستئناف", "الاستئناف", "استئناف", "للطعن", "الطعن", "للتظلم", "للاعتراض")
# A pledge to keep fighting (تعهد بمواصلة الزحف) is no agreement to cooperate.
PLEDGE_PATTERNS = frozenset({"agree.promise", "agree.ready"})  # pledges and readiness, not consent (وافق على)
FIGHT_WORDS = _words("الزحف", "زحف", "القتال", "قتال", "الحرب", "المعركة", "المعارك", "الحسم", "القضاء",
                     "سحق", "الثأر", "الانتقام", "تحرير", "التحرير", "ملاحقة", "محاربة", "مقاومة", "الجهاد",
                     "قصف", "ضرب", "مهاجمة", "استهداف", "هجوم", "الهجوم", "اجتياح", "اقتحام", "ضربات", "ضربة",
                     "غارات", "غارة", "بضربات", "بغارات")
DISAPPOINTMENT = _words("خيبة", "وخيبة", "بخيبة")  # خيبة أمل is the loss of a hope, not a hope
# "أقدم على قتل"، "تمكنوا من قتل"، "أعرب عن تضامنه": the verbal noun after these is the act itself.
UNDERTAKE_VERBS = _words("أقدم", "أقدمت", "أقدموا", "يقدم", "تمكن", "تمكنت", "تمكنوا", "يتمكن", "تتمكن", "نجح",
                         "نجحت", "نجحوا", "عمد", "عمدت", "عمدوا", "شرع", "شرعت", "شرعوا", "بادر", "بادرت",
                         "أعرب", "أعربت", "يعرب", "تعرب", "معربا", "معربة", "معربين", "عبر", "عبرت", "يعبر", "تعبر",
                         "معبرا", "معبرة", "معبرين", "أبدى", "أبدت", "يبدي", "تبدي")
VERB_NEGATORS = _words("لم", "لن", "ولم", "ولن", "فلم", "فلن")
NEG_OBJECT_REACH = 7  # a negated verb's object noun stands this close after the particle
AUX_WINDOW = 4  # a future auxiliary (ستبدأ، سيتم) this close before a trigger makes it intended
# Imperfect auxiliaries and light verbs that take an act as complement: with the future سـ they announce it.
FUTURE_AUXILIARIES = _words("يبدأ", "تبدأ", "نبدأ", "يبدآن", "يبدأون", "يتم", "تتم", "يقوم", "تقوم", "نقوم", "يقومون",
                            "يشرع", "تشرع", "نشرع", "يعود", "تعود", "يواصل", "تواصل", "نواصل", "يجري", "تجري", "نجري",
                            "يعقد", "تعقد", "نعقد", "ينفذ", "تنفذ", "يتخذ", "تتخذ", "يطلق", "تطلق", "يباشر",
                            "تباشر", "يعيد", "تعيد", "يرسل", "ترسل", "يوقع", "توقع", "ينظم", "تنظم", "يصدر",
                            "تصدر", "ينطلق", "تنطلق", "تنطلق", "يعلن", "تعلن", "يشارك", "تشارك")
FUTURE_DATE_REACH = 15  # tokens after the trigger in which its own date may stand
UNTIL_WORDS = _words("إلى", "الى", "حتى", "لغاية", "موعد", "أرجأ", "أرجأت", "تأجيل", "أجل", "أجلت", "إرجاء")
# Section 17: a future time after one of these belongs to what they head, not to the act told before them:
# a scheduled thing of its own (مقاطعة الانتخابات المقبلة) or a term the act stipulates (اتفاق يقضي بنزع … العام المقبل).
SCHEDULED_NOUNS = _words("الانتخابات", "انتخابات", "الاستفتاء", "استفتاء", "الاقتراع", "الموسم", "البطولة", "الدورة")
STIPULATING_WORDS = _words("يقضي", "تقضي", "بموجبه", "بموجبها", "ينص", "تنص", "عقد", "إجراء", "تنظيم")
TERM_HEADS = _words("يقضي", "تقضي", "بموجبه", "بموجبها")  # "اتفاقاً يقضي بوقف …": what follows is the deal's term
TERM_REACH = 20  # tokens after the term head over which conjoined terms may run
SCHEDULED_PARTICIPLES = _words("المقرر", "المقررة", "المزمع", "المزمعة", "المرتقب", "المرتقبة", "المنتظر", "المنتظرة")
APODOSIS = _words("فإن", "فإنه", "فإنها", "فإنهم", "فسوف", "فلن")
# An announced coercive act under a condition becomes this threat code (by the act's own CAMEO code).
THREAT_CODES: Mapping[str, Mapping[str, str]] = MappingProxyType({
    "ASSAULT": MappingProxyType({"": "138"}),
    "MOBILIZE": MappingProxyType({"": "138"}),
    "COERCE": MappingProxyType({"": "137", "191": "1381", "192": "1382", "1724": "1324", "1723": "1323"}),
    "SANCTION": MappingProxyType({"": "131", "161": "1313", "163": "1312", "164": "134", "1622": "1311"}),
    "REJECT": MappingProxyType({"": "130"}),
    "PROTEST": MappingProxyType({"": "133"}),
})
STATE_OUTLET_WORDS = _words("الرسمية", "الرسمي", "الحكومية", "الحكومي")
# "أدى لمقتل"، "أسفه لمقتل": after these the ل-noun is the result or the subject, not an aim.
RESULT_WORDS = _words("أدى", "أدت", "يؤدي", "تؤدي", "أفضى", "أفضت", "أسفر", "أسفرت", "أسف", "أسفه", "أسفها",
                      "أسفنا", "أسفهم", "أسفهما", "أسفا")
TREND_REACH = 4
TREND_WORDS = _words("ارتفاع", "ارتفاعا", "انخفاض", "انخفاضا", "تراجع", "تراجعا", "زيادة", "معدل", "معدلات", "نسبة",
                     "إحصاءات", "إحصائيات", "أرقام")
CELEBRATION_WORDS = _words("تحتفل", "يحتفل", "احتفلت", "احتفل", "احتفالات", "احتفالا", "احتفالاً", "الاحتفالات",
                           "احتفالية", "بالعيد", "العيد الوطني", "مهرجان", "كرنفال")
POSTPONED_WORDS = _words("نظر", "جلسة", "الجلسة", "موعد", "النطق", "محاكمة", "المحاكمة", "التصويت", "الاجتماع",
                         "اجتماع", "زيارة", "زيارته", "زيارتها", "الانتخابات", "البت", "مناقشة", "القمة", "المباراة")
RUMOUR_WORDS = _words("صحة", "تردد", "يتردد", "الشائعات", "شائعات", "الإشاعات", "إشاعات", "شائعة", "الأنباء", "أنباء")
PLACE_TARGET_REACH = 12  # a place after the target preposition may follow a long object
DOMESTIC_RESTRICTIONS = frozenset({"172", "1723", "1724"})
# National news agencies owned by their state, known by their short names (facts, not prose).
STATE_AGENCIES = _words("الأناضول", "سانا", "واس", "وام", "قنا", "كونا", "بترا", "إرنا", "ارنا", "وفا", "سبأ",
                        "بنا", "شينخوا", "تاس", "نوفوستي", "العمانية", "الأنباء الرسمية")
CRIME_WORDS = _words("المخدرات", "مخدرات", "المخدرة", "عصابة", "عصابات", "سرقة", "السرقة", "احتيال", "الاحتيال",
                     "المافيا", "مافيا", "كارتل", "الكارتل",
                     "التهرب الضريبي", "التهرب", "سطو", "تزوير", "التزوير", "السطو", "الغش", "رشوة", "الرشوة",
                     "تسرق", "يسرق", "سرقات", "المسروقة", "مسروقة", "المسروقات")
STAB_WORDS = _words("طعنا", "طعناً", "طعنًا", "بسكين", "بالسكين", "سكين", "طعنه", "طعنها", "طعنات")
MURDER_HEADS = _words("جريمة", "الجريمة", "جرائم", "بجريمة", "جناية", "بجناية")
KIN_WORDS = _words("والده", "والدته", "زوجته", "زوجها", "شقيقه", "شقيقته", "ابنه", "ابنته", "أخاه", "أخيه", "أباه",
                   "طفله", "طفلها", "ابنها", "ابنتها", "والدها", "والدتها", "شقيقها", "جاره", "جارته", "جيرانه",
                   "جارها", "صديقه", "زميله", "طليقته", "خطيبته")
ROBBERY_WORDS = _words("سلب", "وسلب", "سلبه", "سلبوا", "صرافة", "للصرافة", "سطو", "السطو", "سرقة", "السرقة",
                       "المافيا", "مافيا", "كارتل")
# a quarrel (شجار على حدود أرض، مشاجرة بين عائلتين): a killing in it by nobody political is a criminal case
QUARREL_WORDS = _words("شجار", "الشجار", "مشاجرة", "المشاجرة", "مشادة", "عراك", "خلاف عائلي", "ثأر", "الثأر")
CIVIL_OBJECT_REACH = 3
CIVIL_OBJECTS = frozenset(normalize(w) for w in (
    "مستشفى", "مستشفيات", "سوق", "سوقا", "أسواق", "أحياء", "حي", "منزل", "منازل", "منزلا", "بيوت", "مدرسة",
    "مدارس", "مسجد", "مساجد", "قرية", "قرى", "بلدة", "بلدات", "مخيم", "مخيمات", "مدنيين", "مدنيا", "سكان",
    "تجمع", "تجمعا", "حافلة", "سيارة", "سيارات", "مزارع", "مزارعين", "صيادين", "أطفال", "نازحين", "مصلين"))
HOSTAGE_NOUNS = frozenset({"assault.abduct"})
JOINT_DRILLS = frozenset({"mobilize.drill"})
# joint acts of armed forces: two country adjectives after them name two militaries (التدريب المصري السوداني)
DRILL_NOUNS = _words("تدريب", "التدريب", "تدريبات", "التدريبات", "مناورات", "المناورات", "مناورة", "المناورة",
                     "تمرين", "التمرين", "تمارين", "التمارين", "دورية", "الدورية", "دوريات", "الدوريات")
JOINT_WORDS = _words("مشترك", "مشتركة", "المشترك", "المشتركة", "مشتركا", "مشتركاً", "ثنائية", "ثنائي")
COUNT_HEADS = frozenset({"عدد", "اعداد", "اجمالي", "حصيله"})
PERIOD_INTROS = frozenset({"خلال", "طوال", "منذ"})
PERIOD_UNITS = frozenset({"العام", "عام", "العقد", "عقد", "السنوات", "الاعوام", "النصف", "سنوات", "اعوام"})
RATE_ADVERBS = _words("سنويا", "يوميا", "شهريا", "أسبوعيا", "سنوياً", "يومياً", "شهرياً", "أسبوعياً")
ENDANGERED = _words("قدرة", "قدرته", "قدرتها", "قدرات", "أمن", "الأمن", "استقرار", "الاستقرار", "حياة", "حياته", "حياتها",
                    "مستقبل", "مستقبله", "مستقبلها", "مصير", "سلامة", "وحدة", "السلم", "السلام", "بقاء", "مصالح",
                    "الاقتصاد", "اقتصاد", "صحة", "جهود", "العملية", "مسار", "الأمن القومي", "وجود", "بانهيار")
DELEGATION_WORDS = _words("وفد", "وفدا", "وفداً", "بوفد", "لوفد", "الوفد", "وفود", "وفودا", "بوفود", "ممثلين", "ممثلي",
                          "ممثلون", "ممثلو", "ممثل", "ممثلا", "مندوبين", "مندوبون", "مندوبو", "مندوب")  # (… عن X: X's)
# A member or spokesman of a body speaks for it: "نفى قيادي في حركة حماس"، "قال مسؤول في الخارجية"، "مصدر مقرب من".
MEMBER_WORDS = _words("مسؤول", "مسؤولا", "مسؤولون", "مسؤولين", "قيادي", "قياديا", "قياديون", "قياديين", "عضو",
                      "عضوا", "أعضاء", "مصدر", "مصادر", "متحدث", "متحدثا", "ناطق", "ناطقا", "دبلوماسي", "دبلوماسيون",
                      "ضابط", "ضباط", "مستشار", "ممثل", "مندوب", "مقرب", "مقربة", "مقربون", "مقربين")
MEMBER_LINKS = _words("في", "من", "باسم")
# a decision or plan noun: the actor after it is whose decision it is (قرار الرباط تجميد …، خطة واشنطن نشر …)
DECISION_HEADS = _words("قرار", "القرار", "قرارات", "خطة", "خطط", "نية", "عزم", "اعتزام")
# "ردّت باريس بالمثل بطرد …": in kind — no "مثل" that gives an example of a past act
IN_KIND = _words("بالمثل", "وبالمثل", "بمثله", "بمثلها")
# officials named by title alone in an attribution (وفق ما أعلنه وزير الداخلية)
OFFICIAL_TITLES = _words("وزير", "الوزير", "وزيرة", "رئيس", "الرئيس", "رئيسة", "المتحدث", "متحدث", "الناطق", "ناطق",
                         "محافظ", "المحافظ", "قائد", "القائد")
FIRST_PERSON = _words("لي", "لنا", "عندنا", "بنا")
CONTRAST_WORDS = _words("فيما", "بينما", "وفيما", "وبينما")
# Crowds storming or attacking a building (اقتحم محتجون البرلمان، هاجم متظاهرون مقر الحزب) riot; they do not assault.
PROTESTER_WORDS = _words("محتجون", "محتجين", "المحتجون", "المحتجين", "متظاهرون", "متظاهرين", "المتظاهرون",
                         "المتظاهرين", "أنصار", "مناصرو", "مناصري", "محتجو", "متظاهرو", "غاضبون", "حشود", "الحشود")
# (a crowd storming a building riots too, §30: «المتظاهرون اقتحموا مقر البرلمان» is no raid of 1711)
STORM_PATTERNS = frozenset({"assault.storm", "assault.attack", "assault.arson", "coerce.storm_building"})
# "قُتل … في غارة"، "بمقتل … في هجوم": the killing is the attack's toll, told before the attack itself.
CASUALTY_PATTERNS = frozenset({"assault.kill", "assault.massacre"})
TOLL_ASIDES = _words("بينهم", "بينهن", "منهم", "معظمهم", "غالبيتهم", "وأصيب", "واصيب", "وجرح", "وأصيبت")
RESULT_REACH = 25  # words between an attack and the toll told as its result (أسفر عن، أدى إلى)
TOLL_LINKS = _words("في", "جراء", "إثر", "اثر", "بسبب", "خلال")
# Heads of organisation names: "منظمة شنغهاي للتعاون"، "منظمة التعاون الإسلامي" name a body, not an act.
ORG_HEADS = _words("منظمة", "منظمات", "مجلس", "هيئة", "مؤسسة", "صندوق", "وكالة", "معهد", "منتدى", "رابطة", "جمعية")
# Heads of a body's name whose purpose comes after a patron's name or an adjective (مركز الملك سلمان للإغاثة،
# اللجنة العليا للإغاثة): only a ل-noun after them is the name's purpose, «لجنة تحقيق» stays an act
NAMED_BODY_HEADS = ORG_HEADS | _words("مركز", "لجنة", "اللجنة", "المركز", "المنظمة", "الهيئة", "المؤسسة",
                                      "الجمعية", "الوكالة", "الصندوق")
# Nouns a side admits to (اعترف بهزائم جماعته، يعترف بخطئه): an admission, no recognition or support
ADMITTED_LOSSES = _words("هزيمة", "الهزيمة", "هزائم", "الهزائم", "هزيمته", "هزيمتها", "هزيمتهم", "خسارة",
                         "الخسارة", "خسائر", "الخسائر", "خسارته", "خسارتها", "فشل", "الفشل", "فشله", "فشلها",
                         "خطأ", "الخطأ", "خطئه", "خطئها", "أخطاء", "الأخطاء", "تقصير", "التقصير", "تقصيره",
                         "انكسار", "تراجع", "التراجع", "انسحاب", "الانسحاب")
# A warning or threat verb governing a future (حذّر من أن بلاده ستتخذ …)
WARN_WORDS = _words("حذر", "حذرت", "يحذر", "تحذر", "محذرا", "محذرة", "توعد", "توعدت", "يتوعد", "أنذر", "أنذرت",
                    "هدد", "هددت", "مهددا", "مهددة")
# Acts whose hypothetical record in a condition makes the future announced beside it a threat.
CONFLICT_TYPES = frozenset({"ASSAULT", "MOBILIZE", "COERCE", "SANCTION", "REJECT", "AID", "COOPERATE", "THREATEN"})
FUTURE_COPULAS = _words("يكون", "تكون", "يصبح", "تصبح", "يبقى", "تبقى", "يظل", "تظل")
ARMS_CODES = frozenset({"072", "062"})  # military aid or military cooperation
# "إذا ضربت إسرائيل منشآتنا فسنستهدف قواعدها": a future act announced against the one in the condition is a
# threat made now (GUIDELINES §3), whatever the verb; this pattern codes it when no trigger word does.
CONDITIONAL_THREAT = Pattern(id="threaten.conditional_future", cameo="130", pos="verb", requires_actor=True,
                             source_line="hadath.events.coder (a future under a condition)")
# "بحسب بيان …": an official statement, issued by a party, not a third party's report.
# "بحسب بيان"، "وفق رسالة وجهها الرئيس": a party's own statement or letter, not a third party's report
STATEMENT_WORDS = _words("بيان", "بيانا", "البيان", "بلاغ", "بلاغا", "البلاغ", "رسالة", "الرسالة", "مرسوم", "المرسوم")
# A withdrawal from a political process (انسحاب تياره من العملية السياسية) is no retreat of forces.
POLITICAL_PROCESS = _words("العملية السياسية", "الانتخابات", "السباق", "الحكومة", "الائتلاف", "البرلمان",
                           "الترشح", "الحوار الوطني", "الانتخابية", "البرلمانية", "الرئاسية")
# Verbs of striving: the verbal noun after their إلى is an aim (تسعى القوات إلى إحكام سيطرتها).
AIM_VERBS = _words("سعى", "سعت", "يسعى", "تسعى", "يسعون", "هدف", "هدفت", "يهدف", "تهدف", "ترمي", "يرمي", "تطمح",
                   "يطمح", "حرص", "حرصت", "يحرص", "تحرص")
# "ووصف الهجوم بأنه …"، "واصفاً القرار بأنه …": the noun a speaker describes is an act already told, not a new one.
DESCRIBE_VERBS = _words("وصف", "وصفت", "وصفوا", "يصف", "تصف", "واصفا", "واصفة", "واصفين", "ووصف", "ووصفت")
# A threat that promises a consequence (ستدفع ثمناً، فستواجه مقاومة، ردنا سيكون): the speaker threatens, and
# the party that "will pay" or "will face" it is the one threatened.
WARNING_CODE = "012"  # a warning of a dire outcome (stmt.warn)
CONSEQUENCE_THREATS = frozenset({"threaten.consequence", "threaten.response", "threaten.warn_response"})
# Region adjectives that name the organisation holding a summit (القمة العربية → the Arab League).
SUMMIT_NOUNS = _words("قمة", "القمة", "مؤتمر", "المؤتمر", "اجتماع", "الاجتماع")
SUMMIT_HOSTS: Mapping[str, str] = MappingProxyType({
    normalize("العربية"): "IGOARL", normalize("الخليجية"): "IGOGCC", normalize("الأفريقية"): "IGOOAU",
    normalize("الإفريقية"): "IGOOAU", normalize("الإسلامية"): "IGOOIC", normalize("الأوروبية"): "IGOEUREEC",
    normalize("عربية"): "IGOARL", normalize("خليجية"): "IGOGCC", normalize("أفريقية"): "IGOOAU",
    normalize("إسلامية"): "IGOOIC", normalize("أوروبية"): "IGOEUREEC"})
# A domestic body's own business: its approval of a bill or a budget, its chair's meeting of the cabinet.
DOMESTIC_BUSINESS = _words("تنظيم", "اعتماد", "إنشاء", "تشكيل", "مشروع قانون", "قانون", "الموازنة", "موازنة", "الميزانية", "ميزانية", "مرسوم", "مراسيم",
                           "لائحة", "مشروع", "مشاريع", "خطة", "التعديلات", "تعديل", "تعديلات", "الحساب الختامي",
                           "تعيين", "تعيينات")
CABINET_WORDS = _words("مجلس", "الوزراء", "للحكومة", "الحكومة", "للجنة", "اللجنة", "الوزاري",
                       "الوزارية", "لمجلس المحافظين", "الدوري", "الأسبوعي", "الأسبوعية", "الدورية")
SESSION_WORDS = _words("جلسته", "جلستها", "جلسة", "الجلسة", "جلساته", "جلساتها", "دورته", "دورتها")
CHAIR_VERBS = _words("ترأس", "ترأست", "يترأس", "تترأس", "رأس", "ترؤس", "برئاسة")
# the finite verbs: "ترأس رئيس الوزراء الباكستاني في إسلام آباد اجتماعاً" puts subject and place between
CHAIR_FINITE = _words("ترأس", "ترأست", "يترأس", "تترأس")
# "قبل أربعين عاماً"، "مرور عشرين عاماً على": an act that many years back, or its anniversary.
AGO_WORDS = _words("قبل", "وقبل", "مرور", "بمرور", "لمرور", "ومرور", "مضي")
AGO_BEFORE = _words("قبل", "وقبل")
AFTER_WORDS = _words("بعد", "وبعد")
YEAR_UNITS = _words("عاما", "عام", "أعوام", "سنة", "سنوات", "عاماً")
# Interrogatives that open a question (in a sentence ending in ؟) besides هل: why, when, how long.
QUESTION_OPENERS = _words("لماذا", "متى", "كيف", "أين", "ما الذي", "إلى متى", "الى متى", "هل", "أي", "ماذا")
# Words of an imagined story told in a sentence of its own (روايته الأخيرة، يتخيل الكاتب).
IMAGINE_VERBS = _words("يتخيل", "تتخيل", "تخيل", "تخيلت", "يتخيلون", "ويتخيل", "وتتخيل", "فيتخيل")
STORY_NOUNS = _words("روايته", "روايتها", "الرواية", "قصته", "قصتها", "القصة", "حكايته", "حكايتها")


@dataclass(slots=True)
class Arg:
    """One argument: an actor mention (or coordinated mentions) with its token range and preposition."""

    mentions: list[ActorMention]
    first: int
    last: int
    prep: str

    def actors(self) -> list[ActorMention]:
        out: list[ActorMention] = []
        for m in self.mentions:
            out.extend(m.members or [m])
        return out


@dataclass(slots=True)
class Speech:
    """A speech or claim cue with its speaker and the token where its content starts."""

    cue_first: int
    cue_last: int
    content_start: int
    content_end: int
    speaker: Arg | None
    claim: bool
    reporters: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Coded:
    """An event found in one sentence, before it becomes a :class:`hadath.model.Event`."""

    pattern: Pattern
    cameo: str
    first: int
    last: int
    trig_start: int
    trig_end: int
    source: list[ActorMention]
    target: list[ActorMention]
    status: str
    reported_by: list[str]
    denied_by: list[str] = field(default_factory=list)
    deny_scope: tuple[int, int] | None = None  # for a denial record: token range it denies
    location: PlaceMention | None = None
    date: DateMention | None = None
    size: Size = field(default_factory=Size)
    mode: str | None = None
    speaker: Arg | None = None
    etype: str = ""
    noun: bool = False
    why: list[str] = field(default_factory=list)


def _norm_forms(tok: Token) -> tuple[str, ...]:
    return tok.forms or (tok.norm,)


def _has_any(tok: Token, words: frozenset[str]) -> bool:
    """Whether any form of the token is one of ``words`` (one C-level set test: called ~100 places, per token)."""
    return not words.isdisjoint(tok.forms or (tok.norm,))


TRIGGER_BIT, CUE_BIT, SPEECH_BIT = 1, 2, 4


class WordScan:
    """One pass over a sentence's tokens: which can begin a trigger phrase, which a cue phrase, and
    whether it can hold a quote (a speech/claim word or a quote mark).

    Words repeat a lot, so the answer per surface word is a small bit mask remembered in a bounded
    per-instance cache: one dict lookup per token.  The matchers then walk only from the tokens found
    (``PhraseMatcher.find(starts=…)``).
    """

    def __init__(self, trigger_first: frozenset[str], cue_first: frozenset[str], speech: frozenset[str],
                 limit: int = 200_000) -> None:
        self.trigger_first = trigger_first
        self.cue_first = cue_first
        self.speech = speech
        self.limit = limit
        self._seen: dict[str, int] = {}

    def mask(self, t: Token) -> int:
        forms = t.forms or (t.norm,)
        bits = TRIGGER_BIT if not self.trigger_first.isdisjoint(forms) else 0
        if not self.cue_first.isdisjoint(forms):
            bits |= CUE_BIT
        if t.norm in QUOTE_MARKS or not self.speech.isdisjoint(forms):
            bits |= SPEECH_BIT
        return bits

    def scan(self, tokens: Sequence[Token]) -> tuple[list[int], list[int], bool]:
        """(trigger start indices, cue start indices, quote possible)."""
        seen = self._seen
        triggers: list[int] = []
        cues: list[int] = []
        speech = False
        for i, t in enumerate(tokens):
            bits = seen.get(t.text)
            if bits is None:
                bits = self.mask(t)
                if len(seen) < self.limit:
                    seen[t.text] = bits
            if bits:
                if bits & TRIGGER_BIT:
                    triggers.append(i)
                if bits & CUE_BIT:
                    cues.append(i)
                if bits & SPEECH_BIT:
                    speech = True
        return triggers, cues, speech


class SentenceCoder:
    """Codes one sentence at a time against an :class:`EventLexicon` (no state between calls)."""

    def __init__(self, lexicon: EventLexicon) -> None:
        self.lex = lexicon
        cw = lexicon.cue_words
        self.sport = cw.get("sport", frozenset())
        self.history = cw.get("history", frozenset())
        self.negation = cw.get("negation", frozenset())
        self.prefilter = lexicon.first_words
        self.speech_words = cw.get("speech", frozenset()) | cw.get("claim", frozenset())
        self.stop_words = lexicon.first_words | cw.get("speech", frozenset()) | cw.get("claim", frozenset())
        self.nisba = lexicon.nisba
        self.word_arg_keys = frozenset(lexicon.nisba) | PEOPLE_NOUNS | frozenset(IGO_NISBA)
        self._scan = WordScan(lexicon.first_words, lexicon.cue_first_words, self.speech_words)
        # verbs that may follow the conditional «إنْ» (إن أقدمت الشرطة، إن نفّذت إسرائيل): every trigger verb of the
        # lexicon, and the verbs of undertaking or going on with an act (not needs_before: it holds nouns too)
        self.condition_verbs = frozenset().union(*(p.verb_forms for p in lexicon.patterns.values()),
                                                 *(conjugate(past, present) for past, present in CONDITION_VERBS))

    # ------------------------------------------------------------------ public

    def candidates(self, sent: Sentence) -> bool:
        """Cheap pre-filter: does any token form start a trigger phrase?"""
        first = self.prefilter
        return any(not first.isdisjoint(t.forms or (t.norm,)) for t in sent.tokens)

    def trigger_starts(self, tokens: Sequence[Token]) -> list[int]:
        """Indices of the tokens that can begin a trigger phrase."""
        return self._scan.scan(tokens)[0]

    def scan(self, tokens: Sequence[Token]) -> tuple[list[int], list[int], bool]:
        """One pass: (trigger start indices, cue start indices, whether a quote is possible)."""
        return self._scan.scan(tokens)

    def headline_visit(self, sent: Sentence, entities: Sequence[ActorMention], places: Sequence[PlaceMention]
                       ) -> list[Coded]:
        """A verbless headline "الوزير X في دمشق" is a visit (GUIDELINES §2): a government actor that
        opens a short sentence, then في and a place of another country."""
        tokens = sent.tokens
        if not entities or not places or len(tokens) > HEADLINE_TOKENS or "consult.visit" not in self.lex.patterns:
            return []
        actor = min(entities, key=lambda e: e.start)
        if actor.start != tokens[0].start or actor.sector != "GOV" or actor.members or not actor.country:
            return []
        k = next((i for i, t in enumerate(tokens) if t.start >= actor.end), None)
        if k is None or k + 1 >= len(tokens) or tokens[k].norm != "في":
            return []
        place = next((p for p in places if p.start == tokens[k + 1].start), None)
        if place is None or not place.country or place.country == actor.country:
            return []
        where = ActorMention(place.start, place.end, place.text, type="GPE", name=place.name_ar,
                             name_latin=place.name, actor_code=place.country, country=place.country, how="place",
                             sentence=sent.index)
        last = max(k + 1, bisect.bisect_left([t.start for t in tokens], place.end) - 1)
        pattern = self.lex.patterns["consult.visit"]
        c = Coded(pattern, "042", k, last, tokens[k].start, tokens[last].end, [actor], [where], "asserted", [],
                  location=place, mode="visit", etype="CONSULT", noun=True)
        c.why.append("verbless headline: an official «في» a foreign place is a visit (GUIDELINES §2)")
        self._contextual_codes(sent, c, places, entities)
        return [c]

    def code(self, sent: Sentence, entities: Sequence[ActorMention], places: Sequence[PlaceMention],
             dates: Sequence[DateMention], explain: list[str] | None = None, cue_matches: list | None = None,
             trigger_starts: list[int] | None = None, published: Date | None = None,
             forced: list[PhraseMatch[Pattern]] | None = None) -> list[Coded]:
        """Events of one sentence; ``trigger_starts`` (from :meth:`trigger_starts`) saves recomputing them.
        ``published`` (the article's date) lets an event dated years before it be recognised as history.
        ``forced`` replaces the lexicon's matches (the learned backstop's trigger and synthetic pattern):
        roles, status and every context filter then apply to it exactly as to a lexicon match."""
        tokens = sent.tokens
        if forced is not None:
            starts_at = [m.first for m in forced]
        else:
            starts_at = self.trigger_starts(tokens) if trigger_starts is None else trigger_starts
        if not tokens or not starts_at:
            if explain is not None:
                explain.append("no trigger word in the sentence")
            return []
        matches = forced if forced is not None else self.lex.triggers.find(tokens, starts=starts_at)
        if not matches:
            if explain is not None:
                explain.append("trigger words present but no full trigger phrase matched")
            return []
        starts = [t.start for t in tokens]
        cues = self._cues(tokens, cue_matches)
        history_cut = _history_in_background(tokens, cues["history"])
        norms = {t.norm for t in tokens}  # one set for the cheap gates of the rarer frames below
        ago = _years_ago(tokens) if not norms.isdisjoint(AGO_WORDS) or not norms.isdisjoint(AFTER_WORDS) else None
        if cues["sport"] or (cues["history"] and history_cut is None) or cues["fiction"] \
                or self._historical(sent, dates, starts) or (ago is not None and ago >= HISTORY_YEARS) \
                or (not norms.isdisjoint(IMAGINE_VERBS) and _imagined(tokens)):
            if explain is not None:
                explain.append("sports, fiction or history context: nothing coded")
            return []
        if _tag_line(tokens):
            if explain is not None:
                explain.append("a tag list, share bar or link line: nothing coded")
            return []
        frame = _frame_start(tokens, cues)
        bounds = (starts, [t.end for t in tokens])
        named = _named_tokens(tokens, [*entities, *dates], bounds=bounds)
        names = named | _named_tokens(tokens, places, bounds=bounds)  # a name is never a future verb (سيناء)
        long_named = _named_tokens(tokens, [*entities, *dates], LONG_NAME, bounds)
        dated = _named_tokens(tokens, dates, bounds=bounds)
        args = self._args(sent, starts, entities, places)
        speeches = self._speeches(tokens, cues, args)
        reporters = {id(m) for a in _attributions(tokens, args, norms) for m in a.actors()}
        out: list[Coded] = []
        # a word of a person's name is no trigger: "وقال دان لويد" (Dan, not دان "condemned")
        # (a name the statistical tagger found counts only right after a speech verb: it also tags verbs)
        said_starts = {tokens[last + 1].start for _, last in cues["speech"] if last + 1 < len(tokens)}
        person_names = _named_tokens(tokens, [m for m in entities if m.type == "PERS" and not m.members and (
            m.entity_id or (m.how == "ner" and m.start in said_starts))], bounds=bounds)
        for longest in matches:
            if forced is None and longest.first in person_names:
                if explain is not None:
                    explain.append(f"«{tokens[longest.first].text}» is part of a person's name, not a trigger")
                continue
            # when no pattern of the longest phrase fits, a shorter phrase at the same word may (قرض ميسر → قرض)
            tries = [longest] if forced is not None else [longest, *self.lex.triggers.shorter(tokens, longest)]
            for m in tries:
                coded = None
                for pattern in self._choose(tokens, m.first, m.last, m.values, m.first_form, explain, named,
                                            long_named, dated):
                    noun = self._is_noun_use(tokens, m.first, m.last, pattern, m.first_form)
                    coded = self._roles(sent, m.first, m.last, m.start, pattern, args, noun, places, explain, named)
                    if coded is not None and reporters:
                        coded.target = [a for a in coded.target if id(a) not in reporters]
                    if coded is not None:  # else the next pattern of the phrase may fit (drill alone → 150)
                        out.append(coded)
                        break
                if coded is not None:
                    break
        if history_cut is not None:
            if explain is not None:
                explain.extend(f"{c.pattern.id}: inside a background clause about history" for c in out
                               if c.first >= history_cut)
            out = [c for c in out if c.first < history_cut]
        out = self._drop_adjuncts(tokens, out, named)
        if forced is not None and out:
            # a learned trigger inside what a lexicon act says or supplies (وقّعتا اتفاقية تشمل التدريب المشترك،
            # زودت … بطائرات مسيّرة) is that act's content, as a lexicon trigger there would be
            told = self.code(sent, entities, places, dates, published=published)
            scopes = _content_scopes(tokens, told, cues["condition"], SCOPING_ROOTS | {"07"})
            if explain is not None:
                explain.extend(f"{c.pattern.id}: inside the content of a coded act" for c in out
                               if any(lo <= c.first < hi for lo, hi in scopes))
            out = [c for c in out if not any(lo <= c.first < hi for lo, hi in scopes)]
        out = self._drop_embedded(tokens, out, explain, cues["condition"], args)
        if frame is not None:
            if explain is not None:
                explain.extend(f"{c.pattern.id}: inside a question, opinion or speculation frame"
                               for c in out if c.first > frame)
            out = [c for c in out if c.first <= frame]
        if cues["condition"] and not any(c.etype == "THREATEN" for c in out):
            threat = self._conditional_future(sent, cues, speeches, out, args)
            if threat is not None:
                out.append(threat)
        sentence_size: Size | None = None
        for c in out:
            if c.pattern.id in CONSEQUENCE_THREATS:
                _consequence_roles(c, speeches, out, args)
            self._status(tokens, c, cues, speeches, out, args, names)
            if c.status == "asserted" and _future_predicate(tokens, c):
                c.status = "intended"
                c.why.append("intended: the noun's own predicate is a future verb (الاجتماع سيشهد)")
            c.date = self._date(tokens, starts, c, dates)
            self._future_date(tokens, starts, c, dates, published, out)
            if (head := _stipulated_term(tokens, c, out)) is not None:
                c.status, c.reported_by = "intended", []
                c.why.append(f"intended: a term the deal stipulates («{tokens[head].text}»)")
            self._conditional_threat(tokens, c, cues, speeches, out, args)
            if c.pattern is CONDITIONAL_THREAT and c.status in ("hypothetical", "intended"):
                c.status = "asserted"  # the threat is made now, whatever the condition (GUIDELINES §3)
            self._future_form(c)
            if not c.target and c.etype == "THREATEN" and cues["condition"]:
                against = _condition_subject(tokens, c, cues["condition"], args)
                codes = {m.actor_code for m in c.source}
                if against is not None and not codes & {m.actor_code for m in against.actors()}:
                    # "هدد … إذا لم تتراجع بكين": the party of the condition (its state: section 32)
                    c.target = answering_state(against.actors())
                    c.why.append(f"target «{against.mentions[0].text}»: the subject of the threat's condition")
            c.location = self._location(tokens, starts, c, places)
            if not c.target and c.etype in FORCE_TYPES and c.location is not None and c.location.country \
                    and _civil_object(tokens, c):
                # "قصفت الطائرات مستشفى في ريف حماة": the civilians of the place the force hit
                off = sent.start
                country = c.location.country
                c.target = [ActorMention(c.trig_start, c.trig_end, sent.text[c.trig_start - off:c.trig_end - off],
                                         actor_code=country + "CVL", country=country, sector="CVL",
                                         how="civil-object", sentence=sent.index)]
                c.why.append(f"target: {country}CVL (a civilian place or people as the object, in {country})")
            crowd_country = _crowd_country(sent, c, places, entities) if c.etype == "PROTEST" and not c.source else None
            if crowd_country:
                # "خرج الآلاف في شوارع الخرطوم": unnamed protesters are the civilians (strikers the workers) there;
                # with no place near the protest, the one country the sentence speaks of ("قضت محكمة تونسية …،
                # فيما نظم أنصارها وقفة احتجاجية")
                off, country = sent.start, crowd_country
                sector = "LAB" if c.mode == "strike" else "CVL"
                c.source = [ActorMention(c.trig_start, c.trig_end, sent.text[c.trig_start - off:c.trig_end - off],
                                         actor_code=country + sector, country=country, sector=sector,
                                         how="unnamed-crowd", sentence=sent.index)]
                c.why.append(f"source: {country}{sector} (unnamed protesters in {country})")
            if not c.target and c.source and c.etype in DOER_TYPES:
                doer = _doer_of_object(tokens, c, args)
                if doer is not None:
                    c.target = doer.actors()
                    c.why.append(f"target «{doer.mentions[0].text}»: the doer of the thing the act answers")
            if not c.target and c.source and c.etype != "RETREAT":
                receiver = _first_object(tokens, c, args)
                if receiver is not None:
                    c.target = receiver.actors()
                    c.why.append(f"target «{receiver.mentions[0].text}»: the first object of a verb of giving")
            self._contextual_codes(sent, c, places, entities)
            if c.pattern.role == "event" and (self.lex.code(c.cameo).quad_class in (2, 4)):
                if sentence_size is None:
                    sentence_size = extract_size(tokens)  # the same for every event of the sentence: count once
                c.size = replace(sentence_size)  # each event its own copy (a merge may fill it in place)
        # a truce named only as a deal's term (اتفاق لوقف إطلاق النار) stands as that term, still to come; a deal
        # hoped for, denied or merely reached leaves it uncoded
        out = [c for c in out if c.pattern.id not in DEAL_TERMS or (
            DEAL_TERM_WHY in c.why and c.status in ("asserted", "claimed", "intended"))]
        for c in out:
            if DEAL_TERM_WHY in c.why and c.status in ("asserted", "claimed"):  # "أعلن المبعوث أن الطرفين وافقا على هدنة": the
                c.status = "intended"  # report makes the consent claimed; the truce it provides for is still to come
                c.reported_by = []
        for c in out:
            if c.etype in FORCE_TYPES and c.pattern.id in STORM_PATTERNS and _crowd_act(tokens, c):
                c.etype, c.cameo, c.mode = "PROTEST", "145", "riot"
                c.target = [m for m in c.target if m.sector not in ("CVL",)]
                c.why.append("a crowd storming or attacking: a riot (PROTEST 145), not an assault")
                _riot_crowd(sent, c, _crowd_country(sent, c, places, entities) if not c.source else None)
                self._contextual_codes(sent, c, places, entities)
        for c in out:
            if _circumstantial(tokens, c):  # "…، متهمة كييف بدعم المتمردين": the main clause's actor speaks
                main = next((o for o in reversed(out) if o.last < c.first and o.source and o is not c
                             and JUDGED_WHY not in o.why and DECIDED_WHY not in o.why), None)
                # (not the act a condemnation is about, nor the act of a decision welcomed: section 21)
                said = next((s for s in reversed(speeches) if s.cue_last < c.first and s.speaker is not None), None)
                if main is not None and main.source != c.source:
                    c.source = list(main.source)
                    c.target = [m for m in c.target if m.actor_code not in {x.actor_code for x in c.source}]
                    c.why.append("source: the actor of the main clause (a circumstantial participle after a comma)")
                    said_by = governing_speech(speeches, c)
                    if c.status == "claimed" and said_by and not any(x.claim for x in said_by) and all(
                            x.speaker is not None and _same_side(x.speaker.actors(), c.source) for x in said_by):
                        c.status = "asserted"  # "أعلن الوزير أن لندن ستستأنف …، مشترطاً": its own side speaks
                        c.why.append("asserted: the speaker is on the side of the main clause's actor")
                elif main is None and not c.source and said is not None:
                    # "وأكد المتحدث أن …، واصفاً …": no act coded before the comma; the speaker speaks on
                    c.source = said.speaker.actors()
                    c.target = [m for m in c.target if m.actor_code not in {x.actor_code for x in c.source}]
                    c.why.append("source: the speaker of the main clause (a circumstantial participle after a comma)")
            counterpart = _counterpart_of_source(c)
            if counterpart:
                c.target = counterpart
                c.why.append(f"target: {counterpart[0].actor_code} (the acting organ's counterpart)")
            step = _reaction_to_step(tokens, c)
            if step is not None:
                main = next((o for o in out if o.last < step and o.source and o is not c), None)
                k = c.last + 1 + (c.last + 1 < len(tokens) and tokens[c.last + 1].norm in STEP_BACK_REFS)
                # the relative clause is verb-first: its subject follows (رحبت بها باريس)
                subject = next((a for a in args if k <= a.first <= k + 1 and not a.prep), None)
                reactor = subject.actors() if subject is not None else c.source
                own = {m.actor_code for m in reactor}
                if main is not None and own and not own & {m.actor_code for m in main.source}:
                    c.source = list(reactor)
                    c.target = list(main.source)  # "أفرجت طهران عن …، في خطوة رحبت بها باريس": Tehran
                    c.why.append("target: the actor of the main clause (the step a reaction clause refers to)")
            if c.pattern.id in POSSESSED_SETTINGS:
                # "أشاد العاهل … لدى استقباله وزير الخارجية": the pronoun is the main clause's actor, the guest after
                main = next((o for o in reversed(out) if o.last < c.first and o.source and o is not c), None)
                if main is not None:
                    guests = [m for m in (c.target or c.source) if m.actor_code not in
                              {x.actor_code for x in main.source}]
                    c.source, c.target = list(main.source), guests
                    c.why.append("source: the main clause's actor (the possessive pronoun); target: the guest")
            if not c.source and c.etype == "THREATEN":
                said = governing_speech(speeches, c)
                if said and said[-1].speaker is not None:
                    # "حذّرت حركة حماس من أن المقاومة «سترد بكل قوة» في حال …": a threat in a warning whose
                    # subject names no party is the warner's
                    c.source = said[-1].speaker.actors()
                    c.why.append("source: the one who warns (a threat told as the content of a warning)")
            if not c.source:
                main = _conjoined_main(tokens, c, out)
                if main is not None:  # "رفض أوربان تنفيذ المذكرة، ووجّه إليه دعوة لزيارة بودابست": one subject
                    c.source = list(main.source)
                    c.target = [m for m in c.target if m.actor_code not in {x.actor_code for x in c.source}]
                    c.why.append("source: the subject of the verb it is conjoined to (و + verb, no subject of its own)")
            if not c.target and _conjoined_pronoun_object(tokens, c):
                roles = _pronoun_object_roles(tokens, c, out, args)
                if roles is not None:
                    c.source, c.target = roles
                    c.why.append("source and target: the subject and object of the verb before it (a pronoun "
                                 "object on a conjoined verb)")
            if c.pattern.id in JOINT_DRILLS and _joint(tokens, c):
                c.etype, c.cameo, c.mode = "COOPERATE", "062", None
                c.target = list(c.source)
                c.why.append("a joint exercise of two or more forces: military cooperation (062), not a show of force")
        released = [o.last for o in out if o.etype == "RETREAT" and o.mode == "release" or o.cameo == "0841"]
        if released:  # "سلمت حماس الصليب الأحمر ثلاث رهائن": the hostages released, not a new abduction
            out = [c for c in out if not (c.noun and c.pattern.id in HOSTAGE_NOUNS and any(r < c.first for r in released))]
        if any(c.pattern.role == "deny" for c in out) and not any(c.status == "denied" for c in out):
            dropped = [c for c in out if c.pattern.role == "deny" and _rumour_denial(tokens, c)]
            if explain is not None:
                explain.extend(f"{c.pattern.id}: a denial of a rumour that names no act" for c in dropped)
            out = [c for c in out if c not in dropped]
        told = list(out)  # acts the sentence tells, before the checks of actors and background below
        out = _absorb_tolls(tokens, out, explain)
        out = _claimed_attack_told(tokens, out, explain)
        out = [c for c in out if not _political_withdrawal(tokens, c, explain)]
        out = [c for c in out if not _trend_or_habit(tokens, c, explain) and not _endangers(tokens, c, args, explain)]
        for c in out:
            if DENIED_CHARGE_WHY in c.why:
                c.status = "denied"
            if not c.source and not c.target:
                _outcome_parties(tokens, c, out)
            if not c.source or not c.target:
                _told_in_it(tokens, c, out)
            if not c.source and _conjoined_future(tokens, c):  # "ستعلّق المفاوضات وستفرض عقوبات": one subject
                c.source = next((list(o.source) for o in reversed(out) if o.last < c.first and o.source), [])
        if any(c.cameo == RECALL_CODE for c in out):
            out = [c for c in out if not _recall_purpose(tokens, c, out, explain)]
        out = [c for c in out if self._enough(c, explain) and not self._accident(c, cues)
               and not _verbal_force(c, cues, explain) and not _routine(tokens, c, explain)
               and not _writer_act(tokens, c, speeches, explain) and not _draft_text(tokens, c, explain)
               and not _possible(tokens, c, explain)]
        if out:
            person_ends = {m.end for m in entities if m.type == "PERS"}.intersection(bounds[1])  # ends on a token end
            out = [c for c in out if not _surname(tokens, c, person_ends, explain)]
        out = [c for c in out if not _pluperfect(tokens, c, explain) and not _other_sense(tokens, c, explain)
               and not _habitual(tokens, c, explain) and not _characterised_or_generic(tokens, c, explain)
               and not _running_toll(tokens, c, explain) and not _prior_clause(tokens, c, told, explain)
               and not _plan_content(tokens, c, explain) and not _record_or_repeat(tokens, c, explain)
               and not _private_party(tokens, c, explain) and not _not_the_act_it_reads_as(tokens, c, explain)]
        out = [c for c in out if not _told_as_earlier(tokens, c, explain) and not _object_relative(tokens, c, told, explain)
               and not _relative_of_background(tokens, c, explain)
               and not _pluperfect_speech(tokens, c, speeches, explain) and not _whether_clause(tokens, c, explain)
               and not _needed_or_compared(tokens, c, explain) and not _prayer_or_unnamed(tokens, c, explain)
               and not _mines_as_things(tokens, c, explain) and not _foiled(tokens, c, explain)
               and not _insists_that(tokens, c, explain)
               and not _copula_relative(tokens, c, explain)]
        if published is not None and out:
            years = _explicit_years(tokens)
            out = [c for c in out if not _dated_history(c, years if c.date is None else [], published, explain, tokens)
                   and not _earlier_year(tokens, c, published, years, explain)
                   and not _old_month(tokens, starts, c, published, explain)
                   and not _copula_dated(tokens, c, published, explain)]
        return _merge_in_sentence(_warning_as_threat(tokens, out, explain, args), tokens)

    @staticmethod
    def _historical(sent: Sentence, dates: Sequence[DateMention], starts: Sequence[int]) -> bool:
        """A date more than 30 years before the article's own dates marks history, not news — unless it
        only dates a document or state named in passing ("اتفاق فض الاشتباك الموقع عام 1974"، "منذ 1967")."""
        years = [int(d.value[:4]) for d in dates if d.value and d.value[:4].isdigit()
                 and not _dates_a_noun(sent.tokens, bisect.bisect_right(starts, d.start) - 1)]
        return bool(years) and min(years) < 1990 and max(years) < 1990

    # ------------------------------------------------------------------ triggers

    def _choose(self, tokens: list[Token], first: int, last: int, values: list[Pattern], form: str,
                explain: list[str] | None, named: frozenset[int] = frozenset(),
                long_named: frozenset[int] = frozenset(), dated: frozenset[int] = frozenset()
                ) -> list[Pattern]:
        """The patterns of a matched phrase whose constraints hold, constrained patterns first."""
        ordered = sorted(values, key=lambda p: (-p.priority,
                                                not (p.needs_before or p.needs_after or p.requires_object), p.id))
        fitting: list[Pattern] = []
        for p in ordered:
            why = self._reject_reason(tokens, first, last, p, form, named, long_named, dated)
            if why is None:
                fitting.append(p)
            elif explain is not None:
                explain.append(f"pattern {p.id} at «{tokens[first].text}»: {why}")
        return fitting

    def _reject_reason(self, tokens: list[Token], first: int, last: int, p: Pattern, form: str,
                       named: frozenset[int] = frozenset(), long_named: frozenset[int] = frozenset(),
                       dated: frozenset[int] = frozenset()) -> str | None:
        tok = tokens[first]
        if first == last and form in p.verb_forms and _nominal_use(tok, form) and not _listed_noun(p, form) \
                and not _ordered(tokens, first):
            return "verb form used as a noun (article, or ل/ب of purpose)"
        if _taa_marbuta_clipped(tok, form):
            return "the word ends in ة: a noun, not the verb (وزارة is not زار)"
        if first == last and p.role == "event" and form in p.verb_forms and not p.object_target \
                and _possessed_noun(tok, form):
            return "a noun in ة with a possessive (سيطرتها، موافقتهم), not a verb taking no object"
        if first == last and form not in p.verb_forms and tok.norm == form + "ي":
            return "an adjective in -ي (اجتماعي is not اجتماع)"
        # only long names are looked past before a noun: a short one may be the light verb's object
        # («أرسلت المملكة المتحدة فريقاً لمساعدة»), a long one is a verb-first subject with its titles
        if p.needs_before and not _needed_near(tokens, _window_before(tokens, first, p.window, long_named),
                                               p.needs_before, p.before_phrases, p.before_ha, first):
            return "needed light verb / governing word not found before it"
        if p.needs_after and not _needed_near(tokens, _window_after(tokens, last, p.window, named, dated),
                                              p.needs_after, p.after_phrases, p.after_ha) \
                and not _needed_near(tokens, [k for k in range(last + 1, min(len(tokens), last + 1 + p.window))
                                              if k in named],  # «طردت القائم بالأعمال الأوكراني»
                                     p.needs_after, p.after_phrases, p.after_ha):
            return "needed object word not found after it"
        if p.block_after:
            nxt = [tokens[k] for k in range(last + 1, min(len(tokens), last + 3))]
            if nxt and _has_any(nxt[0], p.block_after):
                return f"blocked by «{nxt[0].text}»"
            if len(nxt) == 2 and f"{nxt[0].norm} {nxt[1].norm}" in p.block_after:
                return f"blocked by «{nxt[0].text} {nxt[1].text}»"
            past = last + 1
            while past < len(tokens) and past in named:
                past += 1  # "علق وزير الخارجية الروسي على": the verb's named subject stands between
            if past > last + 1 and past < len(tokens) and (_has_any(tokens[past], p.block_after) or (
                    past + 1 < len(tokens) and f"{tokens[past].norm} {tokens[past + 1].norm}" in p.block_after)):
                return f"blocked by «{tokens[past].text}» after its subject"
        if p.block_before and first > 0 and _has_any(tokens[first - 1], p.block_before):
            return f"blocked by «{tokens[first - 1].text}» before it"
        if first > 0 and tokens[first - 1].norm in DEMONSTRATIVES and self._is_noun_use(tokens, first, last, p, form):
            return "a demonstrative points back to an event told before"
        if ((first > 0 and _has_any(tokens[first - 1], ORG_HEADS))
                or (first > 1 and tok.prefix.lstrip("وف")[:1] == "ل" and _has_any(tokens[first - 2], ORG_HEADS))):
            return "part of an organisation's name (منظمة شنغهاي للتعاون), not an act"
        if tok.prefix.lstrip("وف")[:1] == "ل" and _named_body_purpose(tokens, first, named):
            return "the purpose in a body's name after its patron or rank (مركز الملك سلمان للإغاثة), not an act"
        if first > 0 and _has_any(tokens[first - 1], DESCRIBE_VERBS) and self._is_noun_use(tokens, first, last, p, form) \
                and not (p.role == "event" and self.lex.code(p.cameo).quad_class in VERBAL_QUADS
                         and last + 1 in named and not tokens[last].prefix.startswith("ال")
                         and not tokens[last].norm.startswith("ال")):
            # (but "ووصفت اتهامات أوتاوا بأنها سخيفة": a verbal act with its author is told here first)
            return "the object of a description (ووصف الهجوم بأنه): an act already told, not a new one"
        if first > 0 and _compound_head(tokens[first - 1]) and (
                self._is_noun_use(tokens, first, last, p, form)
                or (tok.norm == form and _has_any(tokens[first - 1], THING_HEADS))):
            return f"the second noun of a compound («{tokens[first - 1].text} …»): a thing or an outcome, not an act"
        ptype = p.type_override or self.lex.code(p.cameo).plover_type
        if first == last and ptype != "PROTEST" and _participle_of_state(tokens, first, form, p):
            return "a participle naming people (المتهمين، متهمين بـ): a state, not an act"
        learned = is_backstop(p.id)
        bare = tok.norm.lstrip("وف")
        if learned and ptype == "SUPPORT" and _admits_loss(tokens, first, last):
            return "an admission of a defeat or a fault (اعترف بهزائم جماعته), not recognition or support"
        if learned and first > 1 and tokens[first - 1].norm in ("الي", "علي") and any(
                _has_any(tokens[k], AIM_VERBS) for k in range(max(0, first - 5), first - 1)):
            return "the aim a party strives for (تسعى إلى إحكام سيطرتها): not an act"
        if learned and first > 0 and (tok.prefix.lstrip("وف") == "ل" or (
                bare[:1] == "ل" and bare[1:2] != "ل" and bare[1:] in self.lex.first_words)):
            return "a verbal noun of purpose (لبحث، لمناقشة): the aim of another act, not an act"
        if first == last and form in p.verb_forms and first > 0 and not _listed_noun(p, form):
            prev = tokens[first - 1]
            counted = prev.norm.isdigit() and (first < 2 or tokens[first - 2].norm not in YEAR_WORDS)
            if counted or prev.norm in ("الف", "مليون", "الاف", "ملايين"):  # not a year: «في عام 2006 قصفت»
                return "a verb form after a number is a counted noun (745 ألف طالب)"
            if _bare_word(prev) in RELATIVES and form[:1] in ("ي", "ت", "ن") and not tok.prefix.endswith("س") \
                    and not any(form.startswith(stem) for stem in p.past_stems):  # التي نددت، الذي تعهد: past
                return "a present verb in a relative clause describes, it reports no act (التي تهدد)"
            if form[:1] in ("ي", "ت") and not tok.prefix and not prev.prefix and prev.norm.endswith("ات") \
                    and first - 1 not in named and prev.is_word:
                return "a present verb after an indefinite plural describes it (شعارات ترفض، لافتات تطالب)"
            if (prev.norm in PREPOSITIONS or _has_any(prev, NOUN_GOVERNORS)) and not learned and not any(
                    _has_any(tokens[k], UNDERTAKE_VERBS) for k in range(max(0, first - 6), first - 1)):
                return "a verb form right after a preposition is a verbal noun (في حث)"
        return None

    @staticmethod
    def _is_noun_use(tokens: list[Token], first: int, last: int, p: Pattern, form: str) -> bool:
        """Whether this match is a noun (verbal noun, phrase) rather than a finite verb."""
        if last == first and form not in p.verb_forms and form.lstrip("وف")[:1] == "س" \
                and form.lstrip("وف")[1:] in p.verb_forms:
            return False  # a future form the lexicon lists whole (ستدفع، فسيدفع): still the verb
        if last > first or form not in p.verb_forms:
            return True
        return _nominal_use(tokens[first], form) or _governed_noun(tokens, first, p, form)

    def cue_matches(self, tokens: list[Token], starts: list[int] | None = None) -> list:
        """Cue phrase matches of a sentence, walked from ``starts`` (from :meth:`scan`) when given."""
        starts = self._scan.scan(tokens)[1] if starts is None else starts
        return self.lex.cues.find(tokens, overlapping=True, starts=starts) if starts else []

    def speech_possible(self, tokens: list[Token]) -> bool:
        """Whether a sentence can hold a quote: quote marks or a speech/claim word."""
        return self._scan.scan(tokens)[2]

    def _cues(self, tokens: list[Token], matches: list | None = None) -> dict[str, list[tuple[int, int]]]:
        found: dict[str, list[tuple[int, int]]] = {k: [] for k in CUE_KINDS}
        for m in (self.cue_matches(tokens) if matches is None else matches):
            if _taa_marbuta_clipped(tokens[m.first], m.first_form) or _clipped_particle(tokens[m.first], m):
                continue
            for kind in set(m.values):
                found[kind].append((m.first, m.last))
        found["hope"] = [(f, la) for f, la in found["hope"] if f == 0 or tokens[f - 1].norm not in DISAPPOINTMENT]
        # "لا يزال الجيش يحاصر المدينة"، "لم يزل": a negation before a verb of continuing means "still"
        found["negation"] = [(f, la) for f, la in found["negation"]
                             if la + 1 >= len(tokens) or tokens[la + 1].norm not in STILL_VERBS]
        # "في مسلسل التضييق على الصحافة"، "مسلسل الاغتيالات": a series of acts, not a television series
        found["fiction"] = [(f, la) for f, la in found["fiction"]
                            if not (f == la and tokens[f].norm in TV_SERIES_WORDS and la + 1 < len(tokens)
                                    and tokens[la + 1].norm.startswith("ال")
                                    and not tokens[la + 1].norm.endswith(("ي", "يه")))]  # المسلسل المغربي: a show
        # «إنْ» + a verb is a condition like إذا (إن أقدمت الشرطة على توقيفه); before a noun it is إنّ (قال إن الجيش)
        found["condition"].extend((k, k) for k in range(len(tokens) - 1)
                                  if _conditional_in(tokens[k]) and _has_any(tokens[k + 1], self.condition_verbs))
        found["condition"].sort()
        sport_hits = len(found["sport"])
        if sport_hits < 2:  # one sports word alone (هدف = aim) is not a sports context
            found["sport"] = []
        return found

    # ------------------------------------------------------------------ arguments

    def _args(self, sent: Sentence, starts: list[int], entities: Sequence[ActorMention],
              places: Sequence[PlaceMention] = ()) -> list[Arg]:
        tokens = sent.tokens
        units: list[Arg] = []
        covered: set[int] = set()
        for e in sorted([*entities, *_listed_countries(sent, places, entities)], key=lambda x: x.start):
            first = max(0, bisect.bisect_right(starts, e.start) - 1)
            last = max(first, bisect.bisect_left(starts, e.end) - 1)
            if first == last and self._owned_proposal(tokens, first, e):
                continue  # "وساطة تركية": the adjective is read as the country's name; the proposal is the actor
            covered.update(range(first, last + 1))
            units.append(Arg([e], first, last, _prep_of(tokens, first, e, self.stop_words)))
        units.extend(self._word_args(sent, covered))
        units.sort(key=lambda a: (a.first, a.mentions[0].start))
        grouped: list[Arg] = []
        for u in units:
            if grouped and _coordinated(tokens, grouped[-1], u):
                g = grouped[-1]
                g.mentions.extend(u.mentions)
                g.last = u.last
            else:
                grouped.append(u)
        return grouped

    def _owned_proposal(self, tokens: Sequence[Token], k: int, e: ActorMention) -> bool:
        """A bare country the actor stage found in a nisba right after a proposal noun (مبادرة تركية، وساطة
        تركية): the whole phrase is that state's proposal, coded by :meth:`_word_args`."""
        if k == 0 or not is_bare_country(e):
            return False
        forms = tokens[k].forms or (tokens[k].norm,)
        if self.nisba.get(next((f for f in forms if f in self.nisba), ""), None) != e.country:
            return False
        return not PROPOSAL_HEADS.isdisjoint(tokens[k - 1].forms or (tokens[k - 1].norm,))

    def _word_args(self, sent: Sentence, covered: set[int]) -> list[Arg]:
        """Actors named by plain words the actor stage leaves alone (see :mod:`hadath.events.roles`):
        a nisba after a military, civilian or proposal noun (طائرات روسية، منازل فلسطينية، مقترحاً
        فرنسياً), and counted people (15 شخصاً) as civilians of a country found later from context."""
        tokens = sent.tokens
        out: list[Arg] = []
        taken: set[int] = set()
        keys = self.word_arg_keys
        last_nisba: tuple[int, str] | None = None
        for k, tok in enumerate(tokens):
            forms = tok.forms or (tok.norm,)
            if keys.isdisjoint(forms) or k in covered or k in taken:
                continue
            country = next((self.nisba[f] for f in forms if f in self.nisba), None)
            igo = None if country is not None else next((IGO_NISBA[f] for f in forms if f in IGO_NISBA), None)
            if country is not None or igo is not None:
                chained = _chained_nisba(tokens, k, last_nisba)
                hit = (k, last_nisba[1]) if chained and last_nisba is not None else nisba_sector(tokens, k)
                if hit is None and country is not None and _counted_nationals(tokens, k):
                    # section 32: "اعتقلت الشرطة 25 فلسطينياً"، "إصابة 12 فلسطينياً": people of that country
                    m = synthetic_mention(tokens, sent.text, sent.start, k, k, country + "CVL", country, "CVL",
                                          "counted-nisba", sent.index)
                    taken.add(k)
                    out.append(Arg([m], k, k, _prep_of(tokens, k, m, self.stop_words)))
                    continue
                if hit is None or any(j in covered or j in taken for j in range(hit[0], k)):
                    continue
                head, sector = hit
                if igo is not None and sector != "GOV":
                    continue  # only a body's proposal or side (المقترح الأوروبي), not "قوات أممية"
                last_nisba = (k, sector)
                code, country, sector_of = (igo, None, None) if igo is not None else (country + sector, country, sector)
                m = synthetic_mention(tokens, sent.text, sent.start, head, k, code or "", country, sector_of,
                                      "nisba", sent.index)
                taken.update(range(head, k + 1))
                if chained == "asyndetic" and out and out[-1].last == k - 1:
                    out[-1].mentions.append(m)  # "المقترح القطري المصري": both adjectives own the one proposal
                    out[-1].last = k
                    continue
                out.append(Arg([m], head, k, _prep_of(tokens, head, m, self.stop_words)))
            elif not PEOPLE_NOUNS.isdisjoint(forms):
                nxt = tokens[k + 1] if k + 1 < len(tokens) else None
                if nxt is not None and any(f in self.nisba for f in (nxt.forms or (nxt.norm,))):
                    continue  # "مدنيين سوريين": the nisba makes the actor
                m = synthetic_mention(tokens, sent.text, sent.start, k, k, "CVL", None, "CVL", "people-noun",
                                      sent.index)
                taken.add(k)
                out.append(Arg([m], k, k, _prep_of(tokens, k, m, self.stop_words)))
        return out

    def _speeches(self, tokens: list[Token], cues: dict[str, list[tuple[int, int]]], args: list[Arg]
                  ) -> list[Speech]:
        out: list[Speech] = []
        for kind in ("speech", "claim"):
            for first, last in cues[kind]:
                if kind == "claim" and _carrying_verb(tokens, first):
                    continue  # section 18: "نقل سكان غزة"، "نُقلوا جواً"، "وزارة النقل": no report
                content = _content_start(tokens, last)
                speaker = _speaker(args, first, last, content, tokens)
                reporters = _reporters(tokens, args, first, last, content) if kind == "claim" else []
                end = _content_end(tokens, content)
                if kind == "claim" and content == last + 1 and tokens[first].norm in TRAILING_CLAIMS and first > 2:
                    # "…، بحسب منظمات طبية، واتهم الائتلاف …": an attribution after the act names its source, up
                    # to the next comma; the clause after it is no part of what it reports (one heading the
                    # sentence, "بحسب تقرير لمنظمة …، احتجزت …", reports what follows it)
                    end = next((j - 1 for j in range(content, end + 1) if tokens[j].norm in ("،", ",")), end)
                out.append(Speech(first, last, content, end, speaker, kind == "claim", reporters))
        out.sort(key=lambda s: s.cue_first)
        return out

    # ------------------------------------------------------------------ roles

    def _roles(self, sent: Sentence, first: int, last: int, start: int, p: Pattern, args: list[Arg],
               noun: bool, places: Sequence[PlaceMention], explain: list[str] | None,
               named: frozenset[int] = frozenset()) -> Coded | None:
        tokens = sent.tokens
        ptype = p.type_override or self.lex.code(p.cameo).plover_type
        if ptype not in FORCE_TYPES and ptype != "PROTEST":
            # counted people and civilian things name the victims of force only (or the crowd of a protest:
            # "خرج آلاف التونسيين في مسيرات")
            args = [a for a in args if not _civil_words(a)]
        left = _left_boundary(tokens, first)
        right = _right_boundary(tokens, last)
        before = [a for a in args if left <= a.first and a.last < first]
        after = [a for a in args if last < a.first <= right]
        source: Arg | None = None
        target: Arg | None = None
        object_after_verb: Arg | None = None
        pronoun_subject = first > 0 and tokens[first - 1].norm in PRONOUN_SUBJECTS and not (
            not noun and _negating_ma(tokens, first - 1))  # "إن الطيران ما استهدف": a negation, no relative
        if not noun and first > 0 and tokens[first - 1].norm in DEMONSTRATIVE_SUBJECTS:
            if explain is not None:
                explain.append(f"pattern {p.id}: its subject is «{tokens[first - 1].text}», a statement, not an actor")
            return None
        if ptype in FORCE_TYPES:  # civilians, journalists … are the victims of force, not its actors
            before = [a for a in before if not _victims(a)]
        if not noun:
            bare_before = [a for a in before if not a.prep and first - a.last <= 8]
            if first == 0 == last - first and ptype not in FORCE_TYPES and len(tokens) > 2 \
                    and tokens[2].norm[:1] == "ل":
                # a headline opening on a verbal noun, its nisba and its object with ل (رفض أذربيجاني لأي دور): a
                # verb is never followed by a bare adjective; force is left out (قُتل فلسطيني: the victim)
                source = self._nisba_source(sent, last, ptype)
            if source is None and bare_before and not pronoun_subject:
                if ptype in FORCE_TYPES and _passive_by_cause(tokens, first, last):
                    target = target or bare_before[-1]  # section 36: "ثلاثة جنود … قتلوا أمس إثر انفجار لغم"
                else:
                    source = bare_before[-1]
            elif source is None:
                # a container noun between (استهدف مواقع داعش) makes the actor an object — but right after the verb
                # and before من it is the subject's unit (دهمت عناصر من الشرطة)
                bare_after = [a for a in after if not a.prep and _gap(tokens, last, a.first, named, commas=False) <= 6
                              and not any(_has_any(tokens[k], CONTAINER_NOUNS) and not (
                                  k == last + 1 and tokens[k + 1].norm == "من" and _has_any(tokens[k], UNIT_NOUNS))
                                  for k in range(last + 1, a.first))
                              and not _proposal_arg(tokens, a)]  # "رفضت مبادرة جزائرية": the object
                if not bare_after and (p.role != "event" or self.lex.code(p.cameo).quad_class in VERBAL_QUADS):
                    # "نفى قيادي في حركة حماس"، "رفض مسؤول في الخارجية": the body a member speaks for (not for
                    # material acts: "قُتل قيادي في حزب الله" names the victim's party, not the killer)
                    bare_after = [a for a in after[:1] if _member_of(tokens, a) and a.first - last <= 4]
                if bare_after and _subject_in_the_verb(tokens, first, bare_after[0].first, ptype in FORCE_TYPES) \
                        and not (p.role != "event" or p.cameo[:2] in SPEAKER_ROOTS):
                    # section 35: "هاجموا مقر الشرطة"، "العمل الذي استهدف رجال الأمن": the actor after a verb whose
                    # subject it already holds is no subject; right after it, it is the object (a statement or
                    # appeal, which needs its speaker named, is left as it was)
                    if target is None and bare_after[0].first == last + 1 and (p.object_target or ptype in FORCE_TYPES):
                        target = object_after_verb = bare_after[0]
                    bare_after = []
                if bare_after:
                    source = bare_after[0]
                    counted = source.first > 0 and parse_number(tokens, source.first - 1) is not None
                    if ptype in FORCE_TYPES and (_victims(source) or counted) and (
                            len(bare_after) == 1 or bare_after[1].first - last > 6):
                        # "قُتل 12 مدنياً"، "اعتُقل صحفيان"، "قُتل أربعة جنود": a passive; the victims, civilians or
                        # counted people, are the targets
                        target, source = source, None
            if source is None:
                # a passive's agent: "اعتُقل أكثر من ألف شخص على يد الشرطة التركية"، "من قبل قوات الأمن"
                source = next((a for a in after if a.prep in ("من قبل", "علي يد") and a is not target), None)
            if source is None and (target is None or target is object_after_verb) and pronoun_subject \
                    and _bare_word(tokens[first - 1]) in RELATIVES:
                # "منظمة هيومن رايتس ووتش، التي نددت …": with no subject after the verb, the relative is the
                # subject and the actor it follows is the source ("الهجوم الذي شنته القوات" has its own)
                # (a named party only: "الهجوم الانتحاري الذي استهدف" ends in a bare sector word, not the actor)
                source = next((a for a in reversed(before) if not a.prep and all(
                    tokens[k].norm in CLAUSE_PUNCT for k in range(a.last + 1, first - 1)) and all(
                    m.actor_code and len(m.actor_code) > 3 for m in a.actors())), None)
        else:
            performer = _performed_by(tokens, last, after)
            adjacent = after[0] if after and not after[0].prep and after[0].first - last <= 2 else None
            gathered = _gathered(tokens, last, after) if ptype == "CONSULT" else None
            if gathered is not None:  # "عقب قمة ثنائية جمعت X و Y": the parties the meeting brought together
                source, target = gathered
                adjacent = performer = None
            if performer is not None:  # "اتصال هاتفي أجراه الرئيس": the relative verb's subject, no genitive
                source, adjacent = performer, None
            if adjacent is not None and adjacent.first - last == 2 and _has_any(tokens[last + 1], CONTAINER_NOUNS):
                if p.object_target:  # "قصف مواقع داعش": the container's owner is the object, not the agent
                    target = adjacent
                adjacent = None
            described = first > 0 and _has_any(tokens[first - 1], DESCRIBE_VERBS)  # "ووصفت اتهامات أوتاوا بأنها"
            after_adjacent = tokens[adjacent.last + 1] if adjacent is not None and adjacent.last + 1 < len(tokens) else None
            # "اتهامات يريفان لقواتها بقصف": the charge's author, then the accused after ل ("اتهام إيران بدعم" has
            # the accused right after the noun, then ب)
            authored = (adjacent is not None and _has_any(tokens[first], CHARGE_NOUNS) and adjacent.first == last + 1
                        and after_adjacent is not None and after_adjacent.prefix.lstrip("وف")[:1] == "ل")
            if adjacent is not None and (p.genitive == "source" or (described or authored)
                                         and adjacent.first == last + 1):
                source = adjacent
            elif p.genitive == "target" and adjacent is not None:
                target = adjacent
            met = _met_with(tokens, first)
            if met is not None and source is None:
                # "قوبلت الغارات الباكستانية بإدانة من حكومة طالبان": who met it with the act, and whose act met it
                source = next((a for a in after if a.prep == "من" and a.first - last <= 3), None)
                if target is None:
                    target = (next((a for a in before if met < a.first and not a.prep), None)
                              or self._nisba_source(sent, met + 1, ptype) or self._nisba_source(sent, met + 2, ptype)
                              ) if source is not None else target
            if source is None:
                agents = [a for a in after if (a.prep in AGENT_PREPS and a.first - last <= 1
                                               # "اعتقال ثلاثة ناشطين من قبل الشرطة": an explicit agent may
                                               # follow the noun's object
                                               or a.prep in ("من قبل", "علي يد") and a.first - last <= 8
                                               or a.prep == "من" and a.first - last <= 2
                                               and _has_any(tokens[a.first], SIDE_HEADS))
                          and a.prep not in p.target_preps]
                if agents:
                    source = agents[0]
            if source is None and p.reciprocal:
                between = next((k for k in range(last + 1, min(len(tokens), last + 1 + BETWEEN_REACH))
                                if tokens[k].norm in PARTICIPANTS_HEADS), None)
                if between is not None:
                    parts = [a for a in after if a.first > between and a.first - between <= 8]
                    # "بمشاركة قوات من X وY": a joint act needs two parties; one force taking part is no pair
                    if parts and (tokens[between].norm == "بين" or len(parts[0].actors()) >= 2):
                        source = parts[0]
            exposed = any(_has_any(tokens[k], EXPOSED_WORDS) for k in range(max(left, first - 8), first))
            if exposed and target is None:
                # "تعرض معتقلون للتعذيب"، "تعرضت مواقعها لهجوم": the exposed party is the target
                exposed_arg = [a for a in before if not a.prep and first - a.last <= 6]
                if exposed_arg:
                    target = exposed_arg[-1]
            if source is None and p.reciprocal:
                source = self._nisba_pair(sent, last, ptype)  # "المباحثات الأردنية العراقية": both parties
            if source is None and p.genitive != "target" and adjacent is None:
                source = self._nisba_source(sent, last, ptype)  # (round 3: any noun's own nisba, رفض أذربيجاني)
            linked = first > 0 and (_has_any(tokens[first - 1], TOLL_LINKS) or tokens[first].prefix.lstrip("وف") == "ب") \
                and not p.needs_before and ptype == "ASSAULT"
            if source is None and not exposed and not linked:
                # (a noun after في/جراء/ب is an adjunct — "قُتل جنود في هجوم": the subject before is the victims)
                bare_before = [a for a in before if not a.prep and first - a.last <= 10]
                light = _light_verb_at(tokens, first, p) if len(bare_before) >= 2 else None
                inside = [a for a in bare_before if light is not None and a.first > light]
                if len(inside) >= 2 and not pronoun_subject:
                    # "سلّمت الخارجية العراقية القائم بالأعمال الأمريكي مذكرة احتجاج": the light verb's subject
                    # comes first, its object second
                    source = inside[0]
                    if target is None and p.object_target:
                        target = inside[1]
                elif len(bare_before) >= 2 and not pronoun_subject and _told_to(tokens, bare_before[-2], bare_before[-1],
                                                                               first):
                    # "أبلغت بغداد واشنطن رفضها"، "أبلغتا كييف دعمهما": the teller acts, the one told is the target
                    source, target = bare_before[-2], target or bare_before[-1]
                elif bare_before and not pronoun_subject and not (ptype in FORCE_TYPES and (
                        _mourned_between(tokens, bare_before[-1].last, first) or _site_of(tokens, first))):
                    source = bare_before[-1]
            if source is None and p.reciprocal:
                # "دخلت اتفاقية الشراكة بين الإمارات وتركيا حيز التنفيذ": the parties named between them
                between = next((k for k in range(first - 1, max(left, first - 10) - 1, -1) if tokens[k].norm == "بين"),
                               None)
                parts = [a for a in before if between is not None and a.first > between]
                if parts:
                    source = parts[0]
            if source is None and ptype == "CONSULT" and _has_any(tokens[first], SUMMIT_NOUNS):
                source = self._summit_host(sent, last)
        if target is None:
            for a in after:
                if a is source:
                    continue
                if a.prep and a.prep in p.target_preps:
                    target = a
                    break
        if noun and ptype == "AID" and target is None and p.id not in RECEIPT_PATTERNS:
            # section 32 (a pattern of receipt reads its own roles)
            received = self._aid_received(sent, first, last, args, ptype)
            if received is not None:
                target, donor = received
                source = donor if source is None or source is target else source
        if source is not None and source.last < first and all(m.how == "counted-nisba" for m in source.mentions):
            source = None  # section 32: people counted before the act ("بينهم عشرة تايلانديين، … إطلاق سراح") did not do it
        if target is None and ptype in AGAINST_TYPES:
            target = _against_target(tokens, last, after, source, named, ptype in CHARGE_TYPES)  # section 32: "… ضد أوكرانيا"
        if target is None and p.object_target:
            # an aside between commas right after the verb and its subject holds no object ("، في بيان نقلته وكالة
            # …،"); the object may follow it ("اتهمت الرئاسة الجزائرية، في بيان …، المغرب بـ…")
            slot = _object_start(last, source)
            aside = _aside_end(tokens, slot)
            rest = [a for a in after if a is not source and a.prep in ("", CONTAINER_OBJECT)
                    and not (aside is not None and slot < a.first < aside)]
            if rest and (source is None or rest[0].first > source.last) and _gap(tokens, last, rest[0].first,
                                                                                  named) <= 8:
                target = rest[0]
            elif aside is not None:
                target = next((a for a in after if a.first == aside + 1 and not a.prep and a is not source), None)
        if target is None and (p.target_preps or p.object_target):
            target = _member_object(tokens, last, after, source, p, self.stop_words)
        if target is None and (p.target_preps or p.object_target):
            target = self._place_target(sent, last, right, p, ptype, source, args, places)
        if target is None and ptype in TERRITORY_TYPES:
            target = self._territory_target(sent, last, right, ptype, source)  # section 32: "من الأراضي الليبية"
        cameo = p.cameo
        mode = None
        if p.objects:
            hit = _find_object(tokens, last, p, named)
            if hit is not None:
                cameo, mode = hit.cameo, hit.mode
            elif p.requires_object:
                if explain is not None:
                    explain.append(f"pattern {p.id}: no complement that says what was expressed")
                return None
        if p.id == "consult.press_conf" and (target is None or target.prep != "مع"):
            if explain is not None:
                explain.append("press conference without a counterpart (مع …): not a meeting")
            return None
        if target is not None and target.prep == "من" and any(
                _has_any(tokens[k], RECEIVE_WORDS) for k in _window_before(tokens, first, 4, named)):
            # تلقى اتصالاً من X: X is the caller (the receiver's name and titles between are not counted)
            source, target = target, source
        src = source.actors() if source else []
        tgt = target.actors() if target else []
        tgt = [t for t in tgt if all(t is not s for s in src)]
        if p.reciprocal and not tgt and len(src) >= 2:
            tgt = list(src)  # a joint act: every participant on both sides (the gold's convention)
        if p.id in AGREEMENT_SUSPENSIONS and src and not tgt:
            tgt = _other_parties(tokens, before, first, src)
        if p.requires_target and not tgt:
            if explain is not None:
                explain.append(f"pattern {p.id}: needs a target and none was found")
            return None
        if cameo[:2] == "14" and "احتج" in tokens[first].norm and "احتجاجات" not in tokens[first].norm and src and all(
                m.sector == "GOV" or (m.country and m.actor_code == m.country) for m in src):
            cameo, mode = "114", "disapprove"  # a government's "protest" is a diplomatic complaint
        code = self.lex.code(cameo)
        etype = p.type_override or code.plover_type or f"CAMEO:{code.root}"
        mode = mode or p.mode or code.plover_mode
        coded = Coded(p, cameo, first, last, start, tokens[last].end, src, tgt, "asserted", [], mode=mode,
                      etype=etype, noun=noun)
        coded.why.append(f"pattern {p.id} ({p.source_line})")
        if source:
            coded.why.append(f"source «{' + '.join(m.text for m in source.mentions)}» "
                             f"({'before' if source.last < first else 'after'} the trigger"
                             f"{', prep ' + source.prep if source.prep else ''})")
        if target:
            coded.why.append(f"target «{' + '.join(m.text for m in target.mentions)}» (prep {target.prep or 'none'})")
        return coded

    def _aid_received(self, sent: Sentence, first: int, last: int, args: Sequence[Arg], ptype: str | None
                      ) -> tuple[Arg, Arg | None] | None:
        """Section 32: the subject of a verb of receiving before an aid noun (تسلم الجيش اللبناني شحنة من المساعدات،
        يأمل لبنان أن يحصل على قرض) is the one helped, not the donor: ``(receiver, donor)``, the donor the party
        after «من» in the receiving verb's clause, else the aid's own adjective (المساعدات العسكرية القطرية), else
        none.  None with no such verb in the aid's clause."""
        tokens = sent.tokens
        verb = None
        for k in range(first - 1, max(-1, first - 1 - RECEIPT_REACH), -1):
            if tokens[k].norm in CLAUSE_PUNCT:
                return None
            if _has_any(tokens[k], RECEIPT_VERBS):
                verb = k
                break
        if verb is None:
            return None
        receiver = next((a for a in args if not a.prep and verb < a.first < first), None)  # تسلم الجيش … شحنة
        if receiver is None:  # "يأمل لبنان أن يحصل على": the subject before the verb (past one أن)
            receiver = next((a for a in args if not a.prep and 0 < verb - a.last <= 2 and all(
                tokens[j].norm in COMPLEMENTIZERS for j in range(a.last + 1, verb))), None)
        if receiver is None:
            return None
        donor = next((a for a in args if a.prep == "من" and a.first > verb and a is not receiver and not any(
            tokens[k].norm in CLAUSE_PUNCT for k in range(verb, a.first))), None)
        # a country that receives or obtains is its state acting (يحصل لبنان على قرض → LBNGOV), not its land
        receiver = replace(receiver, mentions=[state_source(m, None) for m in receiver.mentions])
        return receiver, donor or self._nisba_source(sent, last, ptype)

    def _territory_target(self, sent: Sentence, last: int, right: int, ptype: str | None, source: Arg | None
                          ) -> Arg | None:
        """Section 32: a country's land, waters or airspace named by its adjective after a preposition (تنسحب من
        الأراضي الليبية، قصفت أهدافاً داخل الأراضي العراقية) is that country, as a town there would be; never the
        actor's own land (انتشرت القوات في الأراضي السورية said of Syria's army)."""
        tokens = sent.tokens
        own = {state_country(m) for m in source.actors()} if source is not None else set()
        for k in range(last + 1, min(right, last + TERRITORY_REACH) + 1):
            if tokens[k].norm in CLAUSE_PUNCT:
                return None
            if not _has_any(tokens[k], TERRITORY_HEADS) or k + 1 >= len(tokens):
                continue
            before = tokens[k - 1].norm if k - 1 > last else ""
            if not (tokens[k].prefix.lstrip("وف")[:1] == "ب" or before in TERRITORY_PREPS) \
                    or (before == "من") != (ptype == "RETREAT"):
                continue  # force "من الأراضي اللبنانية" comes from there; a withdrawal leaves it
            j = k + 1 if tokens[k + 1].norm not in TERRITORY_QUALIFIERS else k + 2
            country = next((self.nisba[f] for f in _norm_forms(tokens[j]) if f in self.nisba), None) \
                if j < len(tokens) else None
            if country is None or country in own:
                return None
            m = synthetic_mention(tokens, sent.text, sent.start, k, j, country, country, None, "territory",
                                  sent.index)
            return Arg([m], k, j, before or "ب")
        return None

    def _nisba_source(self, sent: Sentence, last: int, ptype: str | None) -> Arg | None:
        """A noun trigger's own country adjective is its actor: غارة إسرائيلية، قصف تركي، تهديدات إيرانية."""
        tokens = sent.tokens
        k = last + 1
        if k < len(tokens) and tokens[k].norm in MODIFIERS:
            k += 1
        if k >= len(tokens):
            return None
        forms = tokens[k].forms or (tokens[k].norm,)
        country = next((self.nisba[f] for f in forms if f in self.nisba), None)
        if country is None:
            return None
        sector = "MIL" if ptype in ("ASSAULT", "MOBILIZE") else "GOV"
        m = synthetic_mention(tokens, sent.text, sent.start, k, k, country + sector, country, sector, "nisba",
                              sent.index)
        return Arg([m], k, k, "")

    def _nisba_pair(self, sent: Sentence, last: int, ptype: str | None) -> Arg | None:
        """Two country adjectives after a joint noun name its two parties (المباحثات الأردنية العراقية، القمة
        السعودية الأمريكية، التدريب المصري السوداني المشترك); one alone is not a pair."""
        tokens = sent.tokens
        k = last + 1
        if k < len(tokens) and tokens[k].norm in MODIFIERS:
            k += 1
        if k + 1 >= len(tokens):
            return None
        one = next((self.nisba[f] for f in _norm_forms(tokens[k]) if f in self.nisba), None)
        two = next((self.nisba[f] for f in _norm_forms(tokens[k + 1]) if f in self.nisba), None) if one else None
        if one is None or two is None or one == two:
            return None
        sector = "MIL" if ptype in ("ASSAULT", "MOBILIZE", "COOPERATE") and _has_any(tokens[last], DRILL_NOUNS) \
            else "GOV"
        mentions = [synthetic_mention(tokens, sent.text, sent.start, j, j, country + sector, country, sector,
                                      "nisba-pair", sent.index) for j, country in ((k, one), (k + 1, two))]
        return Arg(mentions, k, k + 1, "")

    def _conditional_future(self, sent: Sentence, cues: dict[str, list[tuple[int, int]]], speeches: list[Speech],
                            events: list[Coded], args: list[Arg]) -> Coded | None:
        """A future verb (سنستهدف، ستتخذ، سيعتبر) in the main clause of a condition whose act is a hostile one
        (إذا ضربت، في حال دفع، إذا زودت), or governed by a warning (حذّر من أن …): a threat, said now by the
        speaker against the actor of the condition.  Not a copula (فسيكون), nor a verb already coded."""
        tokens = sent.tokens
        conditions = [(f, la) for f, la in cues["condition"] if tokens[la].norm not in ("لم", "لن")
                      and (la + 1 >= len(tokens) or tokens[la + 1].norm not in ("لم", "لن"))]
        if not conditions:
            return None
        # aid or cooperation in a condition is hostile only as arms (إذا زودت … بأسلحة), not a loan or a grant
        hostile = [c for c in events if c.etype in CONFLICT_TYPES and any(f < c.first for f, _ in conditions)
                   and (c.etype not in ("AID", "COOPERATE") or c.cameo in ARMS_CODES)]
        warned = any(_has_any(t, WARN_WORDS) for t in tokens)
        if not hostile and not warned:
            return None
        taken = {k for c in events for k in range(c.first, c.last + 1)}
        cond_first = min(f for f, _ in conditions)
        for k, tok in enumerate(tokens):
            if k in taken or not tok.is_word:
                continue
            if tok.prefix.lstrip("وف").startswith("س"):
                stem = tok.norm[len(tok.prefix):]
            else:  # a short stem the tokenizer left whole: "سترد" (forms: ترد)
                lead = 2 if tok.norm[:2] in ("وس", "فس") else 1
                if tok.norm[lead - 1:lead] != "س" or tok.norm[lead:] not in tok.forms:
                    continue
                stem = tok.norm[lead:]
            if stem[:1] not in ("ي", "ت", "ن", "ا") or len(stem) < 3 or _has_any(tok, FUTURE_COPULAS) \
                    or stem in FUTURE_COPULAS:
                continue
            main = k < cond_first or _apodosis(tok) or any(_apodosis(tokens[j]) for j in range(cond_first, k))
            if not main:
                continue
            said = [s_ for s_ in speeches if s_.speaker is not None]
            speaker = said[0].speaker if said else None
            apodosis = next((j for j in range(cond_first, k) if _apodosis(tokens[j])), None)
            if apodosis is not None:  # "… فإن الحرس الثوري سيضرب": the main clause names who will act
                named = next((a for a in reversed(args) if not a.prep and apodosis < a.first and a.last < k
                              and k - a.last <= 3), None)
                if named is None and any(tokens[j].is_word for j in range(apodosis + 1, k)):
                    continue  # "فإن المنطقة ستدخل في حرب": a subject that is no party: a forecast, no threat
                speaker = named or speaker
            if speaker is None:  # "…، قال قائد الحرس الثوري."
                speaker = next((a for s_ in speeches for a in args
                                if not a.prep and s_.cue_last < a.first <= s_.cue_last + 3), None)
            if speaker is None and warned:  # "حذّرت حركة حماس من أن المقاومة «سترد» في حال …": the one who warns
                warn_at = next(j for j, t in enumerate(tokens) if _has_any(t, WARN_WORDS))
                speaker = next((a for a in args if not a.prep and warn_at < a.first <= warn_at + 3 and a.last < k),
                               None)
            if speaker is None:
                return None
            target = answering_state(next((list(c.source) for c in hostile if c.source), []))
            src = speaker.actors()
            target = [m for m in target if all(m.actor_code != x.actor_code for x in src)]
            c = Coded(CONDITIONAL_THREAT, "130", k, k, tok.start, tok.end, src, target, "asserted", [],
                      etype="THREATEN")
            c.why.append(f"a future «{tok.text}» announced against the act of a condition: a threat made now")
            return c
        return None

    def _summit_host(self, sent: Sentence, last: int) -> Arg | None:
        """"القمة العربية"، "قمة عربية إسلامية"، "القمة الخليجية الخامسة والأربعون": the region adjective
        names the organisation whose members meet; no state need be named."""
        tokens = sent.tokens
        found: list[ActorMention] = []
        first_k = None
        for k in range(last + 1, min(len(tokens), last + 3)):
            code = next((SUMMIT_HOSTS[f] for f in _norm_forms(tokens[k]) if f in SUMMIT_HOSTS), None)
            if code is None:
                break
            first_k = k if first_k is None else first_k
            found.append(synthetic_mention(tokens, sent.text, sent.start, k, k, code, None, None, "summit",
                                           sent.index))
        if not found or first_k is None:
            return None
        return Arg(found, first_k, first_k + len(found) - 1, "")

    def _place_target(self, sent: Sentence, last: int, right: int, p: Pattern, ptype: str | None,
                      source: Arg | None, args: list[Arg], places: Sequence[PlaceMention]) -> Arg | None:
        """A country or town introduced by the pattern's target preposition is the target, as its country
        (أرسلت مساعدات إلى غزة → PSE; سلمت … إلى العراق); for force, a place right after the verb and its
        subject is the object (اقتحم الجيش رفح)."""
        tokens = sent.tokens
        if not places or ptype == "CONSULT":  # a meeting's place is where it happens, not a party
            return None
        starts = [t.start for t in tokens]
        taken = {k for a in args for k in range(a.first, a.last + 1)}
        for pl in sorted(places, key=lambda x: x.start):
            if not pl.country:
                continue
            k = max(0, bisect.bisect_right(starts, pl.start) - 1)
            if k <= last or k > right or k - last > PLACE_TARGET_REACH or k in taken:
                continue
            m = ActorMention(pl.start, pl.end, pl.text, type="GPE", name=pl.name_ar, name_latin=pl.name,
                             actor_code=pl.country, country=pl.country, how="place", sentence=sent.index)
            prep = _prep_of(tokens, k, m, self.stop_words)
            if not prep and k - 1 > last and ptype not in ("ASSAULT", "MOBILIZE") and _has_any(tokens[k - 1], PLACE_HEADS) \
                    and not (source is not None and pl.country in {state_country(a) for a in source.actors()}):
                # "انسحبت من مدينة خيرسون": the town's من (force on a town falls on its people, §6; troops sent to,
                # or a faction taking, a town of its own country faces no state named by it)
                prep = _prep_of_word(tokens, k - 1, self.stop_words)
            if prep and prep not in PLACE_NOT_TARGET and prep in p.target_preps:
                return Arg([m], k, k, prep)  # (the object may be long: فرقاً من الحماية المدنية ومساعدات إلى)
            if _foreign_ground(p, ptype, prep, source, pl.country):
                return Arg([m], k, k, prep)  # section 24: "وسّعت إسرائيل عملياتها في جنوب لبنان": on Lebanon
            if k - last > 8:
                continue
            after_subject = _object_start(last, source)
            if prep == "ب" and p.target_preps == {"ب"} and _object_slot(tokens, after_subject, k):
                # "اعترفت فرنسا بدولة فلسطين": ب is the verb's own object marker right after the subject (a
                # place after ب further on is where: "رحب الوزير بالاتفاق بالدوحة")
                return Arg([m], k, k, prep)
            if not prep and p.object_target and ptype in FORCE_TYPES and k == after_subject:
                return Arg([m], k, k, "")
        return None

    def _contextual_codes(self, sent: Sentence, c: Coded, places: Sequence[PlaceMention],
                          entities: Sequence[ActorMention] = ()) -> None:
        """Codes that depend on the event (see :mod:`hadath.events.roles`): a country acting is its state,
        unnamed agents take the event's country, and the gold's domestic defaults for protests and
        concessions."""
        partner = next((m.sector for m in c.source if m.sector in STATE_SECTORS), None) if len(c.source) > 1 else None
        c.source = [state_source(m, c.etype, partner) for m in c.source]
        partner = next((m.sector for m in c.target if m.sector in STATE_SECTORS), None) if len(c.target) > 1 else None
        c.target = [state_target(m, c.etype, c.cameo, partner) for m in c.target]
        if any(is_generic(m) for m in c.source + c.target):
            verbal = self.lex.code(c.cameo).quad_class in VERBAL_QUADS
            loc = None if verbal else c.location
            # the state it deals with, or the one named beside it (الحكومة السورية والمعارضة)
            everyone = c.source + c.target
            # "صحفيان أجنبيان في الجزائر": foreigners named as such belong to no country the context gives
            kept = {id(m): m for m in everyone if is_generic(m) and _called_foreign(sent.tokens, m)}
            c.source = fill_countries(c.source, context_country(loc, everyone, places if not verbal else ()))
            c.target = fill_countries(c.target, context_country(loc, everyone, places if not verbal else ()))
            if verbal and c.location is not None:
                c.source = fill_countries(c.source, c.location.country)
                c.target = fill_countries(c.target, c.location.country)
            own = _domestic_country(c.source + c.target)
            if own is not None:  # "هدد الاتحاد التونسي للشغل … إذا لم تتراجع الحكومة": the union's own government
                c.source = [fill_countries([m], own)[0] if m.sector in STATE_SECTORS else m for m in c.source]
                c.target = [fill_countries([m], own)[0] if m.sector in STATE_SECTORS else m for m in c.target]
            if kept:
                c.source = [kept.get(id(o), m) for o, m in zip(everyone[:len(c.source)], c.source, strict=True)]
                c.target = [kept.get(id(o), m) for o, m in zip(everyone[len(c.source):], c.target, strict=True)]
            acting = {m.actor_code for m in c.source if "context-country" not in (m.how or "")}
            # an unnamed organ given the country of the party it deals with is never that party itself ("هدد الرئيس
            # الفرنسي … إذا لم تتراجع الحكومة": some government, not France's)
            c.target = [m for m in c.target if not ("context-country" in (m.how or "") and m.actor_code in acting)]
        if c.target or not c.source:
            return
        own = next((state_country(m) for m in c.source if state_country(m)), None)
        if own is None:
            return
        foreign = {x for e in entities for x in (state_country(m) for m in (e.members or [e])) if x}
        implied: str | None = None
        if c.etype == "PROTEST" and c.mode != "boycott" and all(m.sector not in STATE_SECTORS for m in c.source):
            implied = "GOV"
        elif c.etype == "CONCEDE" and c.cameo.startswith(DOMESTIC_CONCESSIONS) and all(
                m.sector in STATE_SECTORS for m in c.source) and foreign <= {own}:
            implied = "CVL"
        elif c.etype == "COERCE" and c.cameo in DOMESTIC_RESTRICTIONS and all(
                m.sector in STATE_SECTORS for m in c.source) and foreign <= {own}:
            implied = "CVL"  # a curfew, an emergency, a cut of the internet: imposed on its own population
        if implied is not None:
            off = sent.start
            c.target = [ActorMention(c.trig_start, c.trig_end, sent.text[c.trig_start - off:c.trig_end - off],
                                     actor_code=own + implied, country=own, sector=implied,
                                     how="implied-domestic", sentence=sent.index)]
            c.why.append(f"target implied: {own + implied} (domestic {c.etype.lower()}, GUIDELINES §1)")

    def _drop_embedded(self, tokens: list[Token], events: list[Coded], explain: list[str] | None,
                       conditions: Sequence[tuple[int, int]] = (), args: Sequence[Arg] = ()) -> list[Coded]:
        """An act named inside an appeal, demand, promise, threat, accusation or refusal is its content.

        "هدد بشن عملية"، "رفضت الإفراج عن"، "ندد باقتحام": only the verbal act is coded; the content
        runs to the next clause break, or to a condition (إذا، في حال) that opens a clause of its own:
        the act in "… إذا هاجمت" is a separate hypothetical record (GUIDELINES §3), while "إذا لم"
        is a demand in disguise and stays inside.  (Hopes are different: their content is coded with
        status hoped.)
        """
        # a pledge of material help (تعهدت ألمانيا بتقديم مليار يورو) is that help intended (GUIDELINES §2): the
        # pledged act is kept as the record, the promise itself is not a second one
        pledges = [(p, _content_scopes(tokens, [p], conditions)) for p in events if p.pattern.id in HELP_PLEDGES]
        pledged = [c for c in events if c.etype in PLEDGED_TYPES and any(
            p.last < c.first and any(lo <= c.first < hi for lo, hi in scopes) for p, scopes in pledges)]
        pledged_ids = {id(c) for c in pledged}
        if pledged:
            for c in pledged:
                c.status = "intended"
                c.why.append("intended: the content of a pledge (تعهد بـ)")
                if not c.source:
                    c.source = next((list(p.source) for p, _ in pledges if p.last < c.first and p.source), [])
            fulfilled = {id(p) for p, _ in pledges if any(x.first > p.last for x in pledged)}
            events = [c for c in events if id(c) not in fulfilled]
        # the truce or withdrawal a deal provides for (اتفاق لوقف إطلاق النار) is a term still to be carried out:
        # the agreement and its term are both records, the term intended
        deals = [(a, _content_scopes(tokens, [a], conditions)) for a in events if a.etype == "AGREE"
                 and a.cameo in AGREEMENT_CODES]  # (consent to a truce, وافقا على هدنة, as well as a deal reached)
        for c in events:
            if c.etype in AGREED_TYPES and id(c) not in pledged_ids and any(
                    a.last < c.first and (c.pattern.id in DEAL_TERMS or (a.noun and a.cameo == "057"))
                    and any(lo <= c.first < hi for lo, hi in sc) for a, sc in deals):
                pledged_ids.add(id(c))
                c.status = "intended"
                c.why.append(DEAL_TERM_WHY)
        # round 3: a body's approval of material help or a deployment (وافق المجلس التنفيذي للصندوق على صرف شريحة،
        # وافق البرلمان على إرسال قوات) is that act, decided: the act is the record, the consent is not a second one
        approvals = [(a, _content_scopes(tokens, [a], conditions)) for a in events if a.pattern.id in APPROVALS
                     and not a.noun]
        approved = [c for c in events if _approved_form(tokens, c) and c.etype in APPROVED_TYPES and any(
            a.last < c.first and any(lo <= c.first < hi for lo, hi in sc) for a, sc in approvals)]
        if approved:
            pledged_ids.update(id(c) for c in approved)
            for c in approved:
                approver = next((list(a.source) for a, _ in reversed(approvals) if a.last < c.first and a.source), [])
                if approver and {m.actor_code for m in approver} != {m.actor_code for m in c.source}:
                    # "وافق البرلمان على منح الفلبين قرضاً": the body gives; the name read as the noun's subject
                    # is the receiver
                    c.target = c.target or [m for m in c.source if m.actor_code not in {x.actor_code for x in approver}]
                    c.source = approver
                c.why.append("the act a body approved (وافق … على): coded as that act")
            done = {id(a) for a, _ in approvals if any(a.last < c.first for c in approved)}
            events = [c for c in events if id(c) not in done]
        scopes = _content_scopes(tokens, events, conditions)
        if not scopes:
            return events
        # round 3: the act a condemnation, a regret or a protest note is about, told as done (الهجوم الذي شنته
        # الميليشيا، الغارة التي استهدفت، مقتل القاضي برصاص جنودها), is an act of its own as well
        judged = [sc for e in events if e.cameo in JUDGING_CODES for sc in _content_scopes(tokens, [e], conditions)]
        apologised = [(e, sc) for e in events if e.cameo == REGRET_CODE and APOLOGY_STEM in tokens[e.first].norm
                      for sc in _content_scopes(tokens, [e], conditions)]
        keep = []
        for c in events:
            undertaken = _undertaken_by(tokens, c) if judged else None
            if judged and c.noun and c.etype in JUDGED_TYPES and any(lo <= c.first < hi for lo, hi in judged) \
                    and not any(lo <= c.first < hi for lo, hi in scopes if (lo, hi) not in judged) \
                    and (_told_with_own_actor(tokens, c) or undertaken is not None or _told_as_done(
                        tokens, c, toll=not any(lo <= c.first < hi for _, (lo, hi) in apologised))):
                # (a party before it is the one who condemns, unless it undertook the act: أدان إقدام المجلس على)
                cut = tokens[undertaken].start if undertaken is not None else c.trig_end
                own = [m for m in c.source if m.start >= cut]
                # force needs an armed doer, or a state's for acts other than storming (settlers or a minister
                # "storming" a holy site is a provocation left to the condemnation)
                if c.etype not in FORCE_TYPES or not own or any(m.sector in ARMED_SECTORS for m in own) or (
                        "storm" not in c.pattern.id and all(m.sector in STATE_SIDE for m in own)):
                    # "قدّم نتنياهو اعتذاراً عن الغارة التي استهدفت": one apologises for one's own side's act
                    c.source = own or next((list(e.source) for e, (lo, hi) in apologised if lo <= c.first < hi), [])
                    c.why.append(JUDGED_WHY)
                    keep.append(c)
                    continue
            if c.noun and c.pattern.id in OTHERS_OFFERS and c.source and not any(
                    _same_side(o.source, c.source) for o in events if o is not c and o.last < c.first):
                keep.append(c)  # "رفض الأسد دعوة وجهها إليه أردوغان": another party's invitation was made; only
                continue  # its acceptance is refused
            if _denied_charge(tokens, c, events, conditions, args):
                keep.append(c)  # section 29: "اتهم X Y بمنع القوافل، في حين نفى Y ذلك": the charged act, denied
                continue
            if _relative_done(tokens, c, events):
                keep.append(c)  # section 21: "رفضه مذكرة التفاهم التي وقعتها إثيوبيا": a past act with its own doer
                continue
            if c.noun and c.etype == "REQUEST" and _others_request(tokens, c, events):
                keep.append(c)  # section 28: "رفضت الحكومة طلباً تركياً بإقامة …": the request was made
                continue
            if id(c) not in pledged_ids and any(lo < c.first < hi for lo, hi in scopes) and (
                    _conjoined_finite(tokens, c) or _conjoined_future(tokens, c)):
                keep.append(c)  # "نددت بها الحكومة واستدعت سفراءها": a second verb of the subject, not what was said
                continue
            if _meeting_setting(tokens, c, events, args):
                keep.append(c)  # section 21: "أصرّ الوفد الروسي في محادثات إسطنبول مع الجانب الأوكراني على …"
                continue
            speaking = _spoken_by_meeting(tokens, c, events)
            if speaking is not None:
                # section 21: "دعت القمة العربية إلى …": the meeting right after a verbal act speaks it
                speaking.source = list(c.source)
                keep.append(c)
                continue
            decider = _decided_by(tokens, c, args) if id(c) not in pledged_ids else None
            if decider is not None and any(lo <= c.first < hi for lo, hi in scopes):
                # section 21: "رحبت الحكومة بقرار مجلس الأمن رفع حظر الأسلحة": the decision is taken, its act told as done
                c.source = decider.actors()
                codes = {m.actor_code for m in c.source}
                c.target = [m for m in c.target if m.actor_code not in codes]
                c.status = "asserted"
                c.why.append(DECIDED_WHY)
                keep.append(c)
                continue
            if id(c) not in pledged_ids and any(lo <= c.first < hi for lo, hi in scopes):
                if explain is not None:
                    explain.append(f"{c.pattern.id}: content of another act (appeal, threat, refusal …), not coded")
                continue
            keep.append(c)
        return keep

    def _future_form(self, c: Coded) -> None:
        """PLOVER: a future meeting is AGREE (036); an announced future withdrawal is CONCEDE (GUIDELINES §2:
        other intended acts, a truce or a release among them, keep their own type)."""
        if c.status != "intended":
            return
        if c.etype == "CONSULT":
            c.cameo, c.etype, c.mode = "036", "AGREE", None
            c.why.append("future meeting or visit: AGREE 036 (PLOVER)")
        elif c.etype == "RETREAT" and c.mode == "withdraw":
            c.etype = "CONCEDE"
            c.why.append("announced future withdrawal: CONCEDE (PLOVER); other planned retreats keep their type")

    def _drop_adjuncts(self, tokens: list[Token], events: list[Coded], named: frozenset[int] = frozenset()
                       ) -> list[Coded]:
        keep: list[Coded] = []
        for c in events:
            intro = {f for k in range(max(0, c.first - 3), c.first) for f in _norm_forms(tokens[k])
                     if tokens[k].norm not in IN_KIND}
            others = [o for o in events if o is not c and o.pattern.role == "event"]
            if c.noun and intro & ADJUNCT_INTRO and others and not (
                    c.etype == "CONSULT" and (c.source or c.target) and not _has_any(tokens[c.first], SUMMIT_NOUNS)) \
                    and not (c.etype == "PROTEST" and any(o.etype == "COERCE" for o in others)) \
                    and not (c.etype in FORCE_TYPES | {"PROTEST"} and _told_with_own_actor(tokens, c)):
                # (protests during which the police arrest or disperse: two acts, "اعتقلت … خلال احتجاجات"; a
                # protest or a clash with its own party, "خلال احتجاج نظمه الحزب", round 3)
                continue  # (a meeting of named parties, خلال لقائه ترامب, is an event; a summit there is the setting)
            amid = c.first >= 2 and tokens[c.first - 2].norm == "علي" and tokens[c.first - 1].norm == "وقع"
            amid = amid or (c.first >= 1 and tokens[c.first - 1].norm == "منذ")  # "منذ مقتل …": a time since
            since_light = c.noun and c.first >= 2 and _bare_word(tokens[c.first - 2]) == "منذ" \
                and _has_any(tokens[c.first - 1], SINCE_LIGHT)  # round 4: "منذ فرض العقوبات": a time since
            own = c.noun and not intro.isdisjoint(OWN_ACTOR_INTROS) and _told_with_own_actor(tokens, c)
            if c.noun and (((intro & BACKGROUND_INTRO and not own or amid)
                            and not c.pattern.needs_before) or since_light) \
                    and not _periphrasis(tokens, c.first):
                continue  # "بعد احتجاجات واسعة"، "على وقع الاحتجاجات": a cause told in passing, not the reported act
            if c.noun and c.pattern.needs_before and any(
                    o.etype == c.etype and o.last < c.first and o.first in _window_before(
                        tokens, c.first, c.pattern.window, named)
                    and not (o.noun and o.cameo != c.cameo and _joined_by_wa(tokens[c.first]))
                    and not _own_light_verb(tokens, c, o)
                    for o in others):
                # (a second object of the same light verb with a code of its own is a second act: "أعلنت حالة
                # الطوارئ وحظر التجوال", round 3)
                continue  # "وقّع … اتفاقية": the noun is the object of the act already coded, not a second act
            bg = _background_clause(tokens, c)
            if bg is None and not c.noun:  # "بعد مقتل سبعة في غارة استهدفت قافلتهم": the noun's own relative verb
                bg = next((b for o in others if _nounish(tokens, o) and o.last == c.first - 1
                           for b in [_background_clause(tokens, o)] if b is not None), None)
            if bg is not None and not c.pattern.needs_before and any(o.last < bg for o in others) \
                    and not (c.noun and _told_with_own_actor(tokens, c)) \
                    and not _periphrasis(tokens, c.first):
                continue  # "…، على خلفية إسقاط الجيش طائرة"، "بعد أن أعلنت …": the cause of the act told, not news
            adverbial = c.noun or (c.last + 1 < len(tokens) and (tokens[c.last + 1].prefix.lstrip("وف")[:1] == "ل"
                                                                 or tokens[c.last + 1].norm in ("علي", "مع", "ل")))
            if (others or c.noun) and adverbial and c.first == c.last and _bare_word(tokens[c.first]) in ADVERBIAL_NOUNS:
                continue  # "استدعى سفيره احتجاجاً على …": the purpose of the act told, not a second act
            if others and c.noun and not c.pattern.needs_before and tokens[c.first].prefix.lstrip("وف") == "ل" \
                    and tokens[c.first].norm not in c.pattern.noun_forms \
                    and not _has_any(tokens[c.first - 1], RESULT_WORDS) \
                    and not any(_has_any(tokens[k], EXPOSED_WORDS) for k in range(max(0, c.first - 6), c.first)):
                continue  # "فرض عقوبات … لاتهامهم بتهديد السلام": the reason or aim of the act told
            if c.noun and c.etype in ("COERCE", "MOBILIZE") and any(
                    tokens[k].norm == "في" for k in range(max(0, c.first - 2), c.first)) and any(
                    o.etype == c.etype and not o.noun and o.last < c.first for o in others):
                continue  # "اعتقلت … في عمليات مداهمة": the operation the act was done in, not a second act
            if c.etype == "SUPPORT" and any(o.etype == "AID" and 0 < c.first - o.last <= 3 for o in others):
                continue  # "قدّمت دعماً اقتصادياً": the support given is the aid's own object, not a second act
            if others and c.last + 1 < len(tokens) and tokens[c.last + 1].norm in DURING_IT and (
                    c.etype in MEETING_TYPES or any(o.etype == c.etype and o.last < c.first for o in others)):
                continue  # "في زيارة … يلتقي خلالها": a part of the event already told (praise or a pledge made
                # during a call or visit, "اتصالاً هاتفياً أشاد خلاله", is an act of its own)
            keep.append(c)
        return keep

    def _accident(self, c: Coded, cues: dict[str, list[tuple[int, int]]]) -> bool:
        """Deaths in a road accident, a fire or a drowning with nobody named as the actor: no assault; and
        forces mobilised against a natural threat (النفير العام لمواجهة الجراد، الفيضانات) are no show of force."""
        if c.etype not in ("ASSAULT", "MOBILIZE", "AID") or not cues["accident"]:
            return False
        if c.etype == "MOBILIZE" or c.pattern.id == "aid.evacuate":
            return True  # (and residents evacuated from a fire, a blast or a flood: civil protection, no aid)
        if c.etype == "AID":
            return False
        # counted or generic people («11 شخصاً»، «مدنيون») are the dead, not an attacker; nor is a bare country
        # name taken as a state's forces (اجتاح الإعصار سواحل موزمبيق مخلفاً عشرات القتلى)
        return all((m.sector == "CVL" and not m.country and not m.name) or "state-actor" in (m.how or "")
                   for m in c.source)

    # ------------------------------------------------------------------ status

    def _status(self, tokens: list[Token], c: Coded, cues: dict[str, list[tuple[int, int]]],
                speeches: list[Speech], events: list[Coded], args: Sequence[Arg] = (),
                names: frozenset[int] = frozenset()) -> None:
        clause_start = _clause_start(tokens, c.first)
        light_lo = c.first - c.pattern.window if c.pattern.needs_before else c.first
        said = governing_speech(speeches, c)
        if said and said[-1].speaker is not None and _pronoun_subject(tokens, c):
            inner = [a for a in args if not a.prep and said[-1].content_start <= a.first and a.last < c.first
                     and a is not said[-1].speaker]
            if inner:  # "أشار إلى أن المجموعة … رغم أنها لم تجتمع": the reported clause's own subject
                c.source = inner[0].actors()
                c.why.append("its subject is a pronoun of the reported clause's subject")
            else:
                c.source = said[-1].speaker.actors()
                c.why.append("its subject is a pronoun of the speaker (أعلنت واشنطن أنها …، طائراته)")
        light = _light_verb_at(tokens, c.first, c.pattern) if c.noun else None
        if light is None and c.noun:
            light = _light_verb_at(tokens, c.first, c.pattern, past_asides=True)
        for first, last in cues["negation"]:
            if c.first - NEG_WINDOW <= last < c.first or (light_lo <= first < c.first and c.pattern.needs_before
                                                          and first >= c.first - c.pattern.window - NEG_WINDOW) \
                    or (light is not None and last == light - 1) \
                    or (c.noun and _negated_any(tokens, c.first) and first < c.first - 1) \
                    or self._negated_object(tokens, c, first, events):
                c.status = "negated"
                c.why.append(f"negated by «{tokens[first].text}»")
                return
        if light is not None and light > 0 and _negating_ma(tokens, light - 1) and not tokens[light].prefix:
            c.status = "negated"  # "إن القاهرة ما تقدّمت بأي طلب": ما before the light verb
            c.why.append(f"negated by «{tokens[light - 1].text}» before its light verb")
            return
        if c.first > 0 and not c.noun and tokens[c.first].norm in c.pattern.verb_forms:
            before = tokens[c.first - 1]
            if _conditional_in(before) or _joined_conditional(before, tokens[c.first]):
                c.status = "hypothetical"
                c.why.append("condition «إنْ» right before the verb")
                return
            if _negating_ma(tokens, c.first - 1):
                c.status = "negated"
                c.why.append(f"negated by «{before.text}» at the head of the clause")
                return
        for first, last in cues["condition"]:
            if clause_start <= first < c.first and last < c.first and not any(  # "في حالة تأهب" is the trigger
                    _apodosis(tokens[k]) for k in range(last + 1, c.first + 1)):  # "… فإن الرد"، "فسنستهدف": the main clause
                c.status = "hypothetical"
                c.why.append(f"condition «{tokens[first].text}» before it")
                return
        clause_end = next((k for k in range(c.last + 1, len(tokens)) if tokens[k].norm in CLAUSE_PUNCT), len(tokens))
        imperfect = not c.noun and tokens[c.first].norm[:1] in ("ي", "ت", "ن") and c.etype != "THREATEN" \
            and c.cameo[:2] not in DATED_CONTENT_ROOTS  # section 20: "تطلب إنهاء المهمة بحلول أكتوبر المقبل"
        for first, _last in cues["intent"]:
            if (c.last < first <= c.last + 3 or (imperfect and c.last < first < min(clause_end, c.last + 10))) \
                    and tokens[first].norm in FUTURE_ADJECTIVES and not _time_of_other(tokens, c, first) \
                    and c.pattern.role == "event":  # section 17: a hope's own verb is no plan (يأمل أن تفضي الجولة المقبلة)
                c.status = "intended"
                c.why.append(f"intended: «{tokens[first].text}» (future time)")
                return
        future_ok = c.etype != "THREATEN"  # a threat speaks of the future: its future wording is no intent
        for kind, status in (("hope", "hoped"), ("intent", "intended")):
            for first, last in cues[kind] if future_ok else ():
                if clause_start <= first and last < c.first and not (
                        c.pattern.needs_before and first >= light_lo and _has_any(tokens[first], c.pattern.needs_before)) \
                        and c.pattern.role == "event" and tokens[first].norm not in FUTURE_ADJECTIVES \
                        and not any(d.pattern.role == "deny" and d.last < first and not any(
                            tokens[j].norm in CLAUSE_PUNCT for j in range(d.last, first)) for d in events):
                    # (a denial before the cue scopes over it: "نفت بكين تقارير عن اعتزامها تزويد …" is denied)
                    c.status = status
                    c.why.append(f"{status}: «{tokens[first].text}» before it")
                    return
        if c.pattern.role == "event" and c.etype != "THREATEN" and c.cameo[:2] not in SCOPING_ROOTS \
                and (soon := _soon_after(tokens, c, clause_end, events)) is not None:
            c.status = "intended"  # section 20: "استئناف العلاقات في أقرب الآجال"، "فتح السفارة قريباً"
            c.why.append(f"intended: «{tokens[soon].text}» (soon) after it")
            return
        if c.etype == "CONSULT" and c.noun and _scheduled_trip(tokens, clause_start, c.first):
            c.status = "intended"  # "يتوجه الرئيس الجمعة إلى كييف في زيارة": a trip announced in the present tense
            c.why.append("intended: a present-tense verb of travel heads the visit")
            return
        if future_ok and c.pattern.role == "event" and _proviso(tokens, clause_start, c.first):
            c.status = "intended"  # "…، على أن تنسحب القوات خلال شهر": a term still to be carried out
            c.why.append("intended: a proviso «على أن» heads its clause")
            return
        light = range(max(0, c.first - c.pattern.window), c.first) if c.pattern.needs_before else range(0)
        aux = range(max(clause_start, c.first - AUX_WINDOW), c.first)
        if future_ok and c.pattern.role == "event" and (
                (_future_verb(tokens[c.first], c.pattern) and not c.noun)
                or (c.last > c.first and tokens[c.first].prefix.lstrip("وف") == "س"  # a phrase opening on a future verb
                    and not tokens[c.first].norm.endswith("ه"))  # (not a noun in ة: سيارة مفخخة)
                or any((tokens[k].prefix.endswith("س") and _has_any(tokens[k], c.pattern.needs_before))
                       or _unsplit_future(tokens[k], c.pattern.needs_before) for k in light)
                or any(_future_auxiliary(tokens[k]) for k in aux)
                or (c.noun and _future_light_verb(tokens, clause_start, c, events))
                or (c.noun and _purpose_light_noun(tokens, c))
                or any(_future_imperfect(tokens[k]) and k not in names and not any(a.first <= k <= a.last for a in args)
                       for k in range(max(clause_start, c.first - FUTURE_VERB_REACH), c.first))
                or (c.noun and any(_future_auxiliary(t) for t in tokens[c.last + 1: c.last + 3]))):
            c.status = "intended"
            c.why.append("future prefix سـ")
            return
        for d in events:
            if d.pattern.role == "deny" and d is not c and d.deny_scope is None:
                back = {tokens[k].norm for k in range(max(0, d.first - 2), d.first)}
                d.deny_scope = (0, d.first - 1) if back & {"ما", "وهو", "وهذا", "الامر"} else _deny_scope(tokens, d.last)
            if d.pattern.role == "deny" and d is not c and d.deny_scope and d.deny_scope[0] <= c.first <= d.deny_scope[1]:
                if c.etype == "ACCUSE" and c.noun and c.source and not _same_country(d.source, c.source) \
                        and _has_any(tokens[c.first], CHARGE_NOUNS):
                    # "نفت وزارة الدفاع الأذربيجانية اتهامات يريفان لقواتها": Yerevan's accusation was made; what
                    # is denied is the act it alleges
                    c.why.append(f"«{tokens[d.first].text}»: the charge is denied, not that it was made")
                    return  # (the denier tells a charge made against its side: the charge is a fact, asserted)
                if c.etype == "ACCUSE" and d.deny_scope[0] == 0 and _same_country(d.source, c.target):
                    # "اتهم السودان الإمارات بتزويد …، وهو ما نفته أبوظبي": the accused denies the charge, and the
                    # accusation itself was made
                    c.why.append(f"«{tokens[d.first].text}»: the accused denies the charge, not that it was made")
                    continue
                if _pronoun_subject(tokens, c):
                    c.source = list(d.source)
                    c.why.append("its subject is a pronoun of the denier (أن تكون قواته …)")
                c.status = "denied"
                c.denied_by = [_actor_label(a) for a in d.source]
                c.why.append(f"denied by «{tokens[d.first].text}»")
                for s in speeches:
                    if s.claim and d.deny_scope[0] <= s.cue_first <= c.first:
                        c.reported_by.extend(r for r in s.reporters if r not in c.reported_by)
                return
        governing = governing_speech(speeches, c)
        if c.pattern.speaker_source and governing and governing[-1].speaker is not None:
            subject = c.source
            c.source = governing[-1].speaker.actors()
            own = {state_country(m) or m.actor_code for m in c.source}  # "أهداف روسيا وأمريكا متطابقة" said by Russia
            c.target = [m for m in subject if (state_country(m) or m.actor_code) not in own]
            c.why.append("the speaker is the actor (speaker_source)")
            return
        for s in governing:
            if s.claim and c.pattern.role == "deny":
                continue  # "زعمت … وهو ما نفته X": the denial is X's own statement, not part of the claim
            c.speaker = s.speaker
            if (s.claim or _outlet_lead(s)) and s.speaker is not None and _state_outlet(tokens, s.speaker) \
                    and _same_country(s.speaker.actors(), c.source + c.target):
                c.reported_by.extend(r for r in s.reporters if r not in c.reported_by)
                c.why.append(f"asserted: «{s.speaker.mentions[0].text}» is the state's own outlet")
            elif s.claim and _own_report(tokens, s, c):
                c.reported_by.extend(r for r in s.reporters if r not in c.reported_by)
                c.why.append(f"asserted: «{s.speaker.mentions[0].text if s.speaker else ''}» reports its own act")
            elif s.claim:
                c.status = "claimed"
                c.reported_by.extend(r for r in s.reporters if r not in c.reported_by)
                c.why.append(f"claimed: «{tokens[s.cue_first].text}»")
            elif s.speaker is not None and not _same_side(s.speaker.actors(), c.source):
                c.status = "claimed"
                c.why.append(f"claimed: reported speech of «{s.speaker.mentions[0].text}», not the actor's side")
            elif s.speaker is None and c.source and (name := _unknown_speaker(tokens, s)):
                c.status = "claimed"
                c.why.append(f"claimed: reported speech of «{name}», a person outside the act's actors")
        if c.status == "asserted" and c.pattern.role == "event":
            self._trailing_claim(tokens, c, speeches, args, events)
        if c.status == "asserted" and not governing:
            c.why.append("asserted (no status cue)")

    def _negated_object(self, tokens: list[Token], c: Coded, neg: int, events: list[Coded]) -> bool:
        """«لم ينفّذ سائقو الشاحنات إضرابهم»: a noun trigger that is the object of a verb negated by لم/لن in the
        same clause did not happen either.  Not after a speech verb (لم يعلن الجيش مقتل …: the silence is
        negated, not the act), nor when a preposition or another act stands between."""
        if not c.noun or not _has_any(tokens[neg], VERB_NEGATORS) or not neg + 1 < c.first <= neg + NEG_OBJECT_REACH:
            return False
        verb = tokens[neg + 1]
        if not verb.is_word or _has_any(verb, self.speech_words) or verb.norm in AUXILIARIES:
            return False
        between = tokens[neg + 1: c.first]
        if any(t.norm in CLAUSE_PUNCT or t.norm in QUOTE_PUNCT or t.norm in COMPLEMENTIZERS for t in between):
            return False
        if tokens[c.first - 1].norm in PREPOSITIONS or tokens[c.first].prefix.lstrip("وف")[:1] in ("ب", "ل"):
            return False
        return not any(o is not c and neg < o.first < c.first for o in events)

    def _future_date(self, tokens: list[Token], starts: list[int], c: Coded, dates: Sequence[DateMention],
                     published: Date | None, events: Sequence[Coded] = ()) -> None:
        """An act dated after the article's own date (الاثنين المقبل، يومي 26 و27 يناير) is planned: intended.
        Only a date after the trigger in its clause counts, and not one that says "until" (أرجأت إلى 10 أغسطس)."""
        if published is None or c.status not in ("asserted", "claimed") or c.etype == "THREATEN" \
                or c.pattern.role != "event" or c.cameo[:2] in DATED_CONTENT_ROOTS:
            return  # section 20: a demand's or an appeal's date is its content's (تطلب إنهاء المهمة بحلول أكتوبر)
        end = next((k for k in range(c.last + 1, len(tokens)) if tokens[k].norm in CLAUSE_PUNCT), len(tokens))
        for d in dates:
            if not d.value or d.relation != "on" or d.value <= published.isoformat() or "future" in d.how:
                continue  # a date read as future only because its clause looked future proves nothing more
            k = max(0, bisect.bisect_right(starts, d.start) - 1)
            if not c.last < k < min(end, c.last + 1 + FUTURE_DATE_REACH):
                continue
            if any(_has_any(tokens[j], UNTIL_WORDS) for j in range(max(c.last + 1, k - 2), k + 1)):
                continue
            if any(_has_any(tokens[j], HAPPENED_VERBS) for j in range(c.last + 1, k)):
                continue  # round 4: "الهجوم الذي وقع يوم 31 يوليو": a past verb says the date is behind us
            if _time_of_other(tokens, c, k, events):
                continue  # section 17: the date of a scheduled thing or a stipulated term after the act, not its own
            c.status = "intended"
            c.why.append(f"intended: dated «{d.text}», after the report")
            return

    def _conditional_threat(self, tokens: list[Token], c: Coded, cues: dict[str, list[tuple[int, int]]],
                            speeches: list[Speech], events: list[Coded], args: Sequence[Arg]) -> None:
        """An announced coercive act tied to a condition ("ستجمّد مشاركتها … إذا استمر"، "إذا اقتحم … فإن مصر
        ستعلق") is a threat made now (GUIDELINES §3): THREATEN, asserted or claimed like any threat."""
        if c.status != "intended" or c.etype not in THREAT_CODES or not any(
                first > c.last or any(_apodosis(tokens[k]) for k in range(last + 1, c.first + 1))  # (فسنستهدف)
                for first, last in cues["condition"]):
            return
        c.cameo = THREAT_CODES[c.etype].get(c.cameo, THREAT_CODES[c.etype][""])
        code = self.lex.code(c.cameo)
        c.etype, c.mode, c.status = "THREATEN", code.plover_mode, "asserted"
        c.why.append(f"an announced act under a condition is a threat: THREATEN {c.cameo}")
        if not c.noun and tokens[c.first].norm[len(tokens[c.first].prefix):].startswith("ن"):
            _consequence_roles(c, speeches, events, args)  # "إذا ضربت إسرائيل … فسنستهدف": we, the speaker
        self._status(tokens, c, cues, speeches, events, args)

    def _trailing_claim(self, tokens: list[Token], c: Coded, speeches: list[Speech], args: Sequence[Arg],
                        events: Sequence[Coded] = ()) -> None:
        """"…، بحسب تقرير لمنظمة X"، "وفق ما أعلن X": a source named after the report makes it a claim,
        unless that source is the actor's own side."""
        for s in speeches:
            if not s.claim or s.cue_first <= c.last or tokens[s.cue_first].norm not in TRAILING_CLAIMS:
                continue
            if _relative_toll_between(tokens, c.last, s.cue_first):
                return  # section 18: "الهجوم …، الذي أوقع 137 قتيلاً بحسب السلطات": the source of the toll
            named = [a for a in args if s.cue_last < a.first <= s.cue_last + 5]
            if named and _same_side(named[0].actors(), c.source) and c.source:
                return
            if named and _state_outlet(tokens, named[0]) and _same_country(named[0].actors(), c.source + c.target):
                return  # "…، بحسب ما أوردته وكالة الأنباء السعودية": the state tells its own act
            outlet = _sentence_outlet(tokens, named, c, events)
            if outlet is not None:
                c.why.append(f"asserted: «{outlet.mentions[0].text}» is the state's own outlet (section 18)")
                return
            window = tokens[s.cue_last + 1: s.cue_last + 6]
            own = {_country(m) for m in c.source if _country(m) and m.sector in STATE_SECTORS}
            if _other_statement(named, c):
                c.status = "claimed"  # section 18: "وفق بيان صادر عن البيت الأبيض" on Israel's act
                c.reported_by.extend(r for r in s.reporters if r not in c.reported_by)
                c.why.append("claimed: a statement of a party outside the act (section 18)")
                return
            if not any(_monitor(m) or m.sector == "MED" for a in named for m in a.actors()) and (
                    any(_has_any(t, STATEMENT_WORDS) for t in window[:3])
                    or self._nisba_country(window) in {_country(m) for m in c.source
                                                       if _country(m) and (not m.sector or m.sector in STATE_SECTORS)}
                    or (own and not named and any(_has_any(t, OFFICIAL_TITLES) for t in window[:3])
                        and self._nisba_country(window) is None)):
                # "بحسب بيان للجيش"، "بحسب ما أعلنه متحدث عسكري إسرائيلي"، a state's act "وفق ما أعلنه وزير
                # الداخلية" (an official of no other country): the actor's side tells it
                return
            if named and c.target and (c.pattern.reciprocal or c.etype == "CONSULT") and _same_side(
                    named[0].actors(), c.target):
                return  # "يلتقي أردوغان بوتين …، بحسب ما أعلنه الكرملين": one participant tells the meeting
            c.status = "claimed"
            c.reported_by.extend(r for r in s.reporters if r not in c.reported_by)
            c.why.append(f"claimed: «{tokens[s.cue_first].text}» after the report")
            return

    def _nisba_country(self, window: Sequence[Token]) -> str | None:
        """The country of the first nisba adjective in a few words (متحدث عسكري إسرائيلي → ISR)."""
        return next((self.nisba[f] for t in window for f in _norm_forms(t) if f in self.nisba), None)

    # ------------------------------------------------------------------ place, date, sufficiency

    def _location(self, tokens: list[Token], starts: list[int], c: Coded, places: Sequence[PlaceMention]
                  ) -> PlaceMention | None:
        actors = c.source + c.target
        best: tuple[int, PlaceMention] | None = None
        for pl in places:
            if any(a.start < pl.end and pl.start < a.end for a in actors):
                continue
            k = max(0, bisect.bisect_right(starts, pl.start) - 1)
            dist = k - c.last if k > c.last else c.first - k
            near_target = bool(c.target) and 0 < pl.start - max(t.end for t in c.target) <= 12
            window = LOCATION_WINDOW if self.lex.code(c.cameo).quad_class in (2, 4) else 3
            if k > 0 and _has_any(tokens[k - 1], MEETING_WORDS):
                window = 10  # "توصلت لاتفاق … خلال اجتماع أستانا": the meeting's place is the event's
            if (dist > window and not near_target) or not _located(tokens, k, pl):
                continue
            rank = dist if k > c.last else dist + 2  # places after the trigger are preferred
            if best is None or rank < best[0]:
                best = (rank, pl)
        return best[1] if best else None

    def _date(self, tokens: list[Token], starts: list[int], c: Coded, dates: Sequence[DateMention]
              ) -> DateMention | None:
        best: tuple[int, DateMention] | None = None
        for d in dates:
            if d.value is None:
                continue
            k = max(0, bisect.bisect_right(starts, d.start) - 1)
            if k > c.last and tokens[k].norm == "منذ" and any(
                    tokens[j].norm in CLAUSE_PUNCT for j in range(c.last + 1, k)):
                continue  # "…، بينما تنفذ روسيا عملية منذ 2015": a duration of the later clause's own act
            if _later_clause(tokens, c, k):
                continue  # "طرد 18 دبلوماسياً، بعد أن خلص تحقيق إلى تورطهم في تفجير … عام 2014": a later clause's
            since = next((j for j in range(c.last + 1, k) if tokens[j].norm == "منذ"), None)
            if since is not None and any(tokens[j].norm in CLAUSE_PUNCT for j in range(c.last + 1, since)):
                continue  # "…، في أول اجتماع منذ قطع العلاقات قبل سبع سنوات": the date of that earlier act
            dist = abs(k - c.first)
            if best is None or dist < best[0]:
                best = (dist, d)
        return best[1] if best else None

    def _enough(self, c: Coded, explain: list[str] | None) -> bool:
        has_actor = bool(c.source or c.target)
        if (has_actor and c.cameo[:2] not in ("01", "02") and self.lex.code(c.cameo).quad_class in VERBAL_QUADS
                and not any(_anchored(a) for a in (*c.source, *c.target))):
            if explain is not None:
                explain.append(f"{c.pattern.id}: a verbal act between actors of no country or state: routine")
            return False
        if (c.etype == "CONSULT" and has_actor and not any(m.actor_code for a in (*c.source, *c.target)
                                                            for m in (a.members or [a]))):
            if explain is not None:
                explain.append(f"{c.pattern.id}: a meeting of people no code names (officials of firms, "
                               "clubs, agencies): routine")
            return False
        if c.status in ("denied", "hoped") and c.pattern.role == "event":
            return True  # the denial or hope says what is meant, with or without a named actor
        if (c.pattern.role != "event" or c.cameo[:2] in SPEAKER_ROOTS) and not c.source:
            if explain is not None:
                explain.append(f"{c.pattern.id}: a statement/denial needs its speaker")
            return False
        if c.pattern.requires_actor and not has_actor:
            if explain is not None:
                explain.append(f"{c.pattern.id}: no actor found, and this kind of event needs one")
            return False
        if not has_actor and (c.etype == "COOPERATE" or (
                c.pattern.id.startswith("backstop.") and c.etype not in FORCE_TYPES)):
            if explain is not None:  # section 37: "تعاون كافة الشركات"، a classifier's word with nobody named
                explain.append(f"{c.pattern.id}: cooperation, or an act only the classifier saw, with no party named")
            return False
        if not has_actor and c.location is None and c.size.is_empty():
            if explain is not None:
                explain.append(f"{c.pattern.id}: no actor, place or casualty count: too little to code")
            return False
        return True


# ---------------------------------------------------------------------- helpers (pure)

QUESTION_MARKS = frozenset({"؟", "?"})
OPINION_WINDOW = 4  # an opinion verb and its analyst subject (يرى محللون، كتب الصحفي في مقاله) stand this close
POLITICAL_SECTORS = frozenset({"OPP", "REB", "UAF", "INS", "SEP", "LAB", "IMG", "ELI", "PTY"})
VERBAL_WINDOW = 5  # words of speech this close after a force word make it a verbal attack
FAR_DATE = 10  # tokens after a trigger, past a comma, beyond which a date belongs to a later clause's act
HISTORY_YEARS = 5  # an event dated this many years before its report is background or history, not news


def _frame_start(tokens: Sequence[Token], cues: dict[str, list[tuple[int, int]]]) -> int | None:
    """Token index where a frame opens that makes what follows no event: a question (هل …؟، ماذا لو …؟),
    speculation or habit (من المرجح، ربما، عادة ما), or an analyst's opinion (يرى محللون أن).  Triggers
    before it (an event told, then commented on) still stand."""
    starts: list[int] = [m[0] for m in cues["modal"]]
    if cues["question"] and tokens and tokens[-1].norm in QUESTION_MARKS:
        starts.extend(m[0] for m in cues["question"])
    opener = _question_opener(tokens)
    if opener is not None:
        starts.append(opener)
    for a_first, _ in cues["analyst"]:
        for o_first, _ in cues["opinion"]:
            if abs(a_first - o_first) <= OPINION_WINDOW:
                starts.append(min(a_first, o_first))
        for s_first, s_last in cues["speech"]:  # "قال الخبير العسكري إن …": an analyst speaking gives an opinion
            if 0 < a_first - s_last <= 2:
                starts.append(s_first)
    return min(starts) if starts else None


def _political_withdrawal(tokens: Sequence[Token], c: Coded, explain: list[str] | None) -> bool:
    """"أعلن انسحاب تياره من العملية السياسية"، "انسحب من السباق الرئاسي": leaving a political process, not
    pulling forces back."""
    if c.etype not in ("RETREAT", "CONCEDE") or c.mode != "withdraw" and c.cameo != "0874":
        return False
    frm = next((k for k in range(c.last + 1, min(len(tokens), c.last + 5)) if tokens[k].norm == "من"), None)
    if frm is None:
        return False
    nxt = tokens[frm + 1: frm + 3]
    pair = " ".join(t.norm for t in nxt)
    hit = any(_has_any(t, POLITICAL_PROCESS) for t in nxt) or pair in POLITICAL_PROCESS
    if hit and explain is not None:
        explain.append(f"{c.pattern.id}: a withdrawal from a political process, not of forces")
    return hit


def _crowd_act(tokens: Sequence[Token], c: Coded) -> bool:
    """Protesters or supporters as the subject of a storming or an attack: right after the trigger (VSO,
    the genitive of a noun: اقتحام محتجين، also counted: اقتحم مئات من أنصار) or just before it (SVO)."""
    near = list(range(c.last + 1, min(len(tokens), c.last + 5))) + list(range(max(0, c.first - 3), c.first))
    return any(_has_any(tokens[k], PROTESTER_WORDS) for k in near)


def _other_parties(tokens: Sequence[Token], before: Sequence[Arg], first: int, src: list[ActorMention]
                   ) -> list[ActorMention]:
    """"اتفاقية … بين البلدين بعد تعليقها من الجانب الروسي": the party that suspends an agreement acts against
    the other parties named between them (not against itself)."""
    between = next((k for k in range(first - 1, max(-1, first - 1 - SUSPENDED_REACH), -1)
                    if tokens[k].norm == "بين"), None)
    if between is None:
        return []
    own = {state_country(m) or m.actor_code for m in src}
    parts = [m for a in before if a.first > between for m in a.actors()]
    return [m for m in parts if (state_country(m) or m.actor_code) not in own]


STEP_HEADS = _words("خطوة", "قرار", "حكم", "إجراء", "خطوات", "إجراءات", "محاكمة")
STEP_BACK_REFS = _words("بها", "به", "عليها", "عليه", "لها", "له")


def _reaction_to_step(tokens: Sequence[Token], c: Coded) -> int | None:
    """The «في» of "…، في خطوة رحبت بها باريس / انتقدتها موسكو": a verb right after an indefinite step noun is a
    relative clause whose pronoun is the step the main clause told, so the one reacting reacts to that clause's
    actor.  Without the pronoun (في خطوة تهدف إلى) the verb is not about the step."""
    k = c.first - 2
    if k < 1 or tokens[k].norm not in ("في", "وفي") or not _has_any(tokens[k + 1], STEP_HEADS) \
            or tokens[k - 1].norm not in ("،", ","):
        return None
    last = tokens[c.last].norm
    after = tokens[c.last + 1].norm if c.last + 1 < len(tokens) else ""
    return k if last.endswith(("ها", "ه")) or after in STEP_BACK_REFS else None


GIVING_VERBS = frozenset(f for v in ("سلم", "سلمت", "يسلم", "تسلم", "منح", "منحت", "يمنح", "تمنح", "زود", "زودت",
                                      "يزود", "تزود", "اعطي", "اعطت", "يعطي", "تعطي", "اقرض", "اقرضت", "يقرض", "تقرض",
                                      "باع", "باعت", "يبيع", "تبيع", "سلموا", "منحوا")
                         for f in (v, "و" + v))  # verbs with two objects: the receiver first, then the thing given


def _first_object(tokens: Sequence[Token], c: Coded, args: Sequence[Arg]) -> Arg | None:
    """"سلّمت السلطات الأردنية نظيرتها العراقية ثلاثة متهمين"، "منحت اليابان مصر قرضاً": after a verb of giving
    the first bare noun right after its subject is the receiver, the second the thing given.  The verb is the
    trigger itself or, for a noun trigger (قرضاً), the word right before the subject."""
    starts = {m.start for m in c.source}
    subject = next((a for a in args if not a.prep and any(m.start in starts for m in a.actors())), None)
    if subject is None:
        return None
    verb_first = subject.last < c.first if c.noun else subject.first - 1 == c.last
    if not verb_first or subject.first == 0 or not _has_any(tokens[subject.first - 1], GIVING_VERBS):
        return None  # a verb trigger with its subject right after it (VSO); a noun trigger after both objects
    obj = next((a for a in args if a.first == subject.last + 1), None)
    if obj is None or obj.prep or (c.noun and obj.last >= c.first):
        return None
    return obj if not {m.actor_code for m in obj.actors()} & {m.actor_code for m in c.source} else None


DOER_TYPES = frozenset({"SUPPORT", "ACCUSE", "REJECT", "AGREE"})  # acts that answer what another party did
DOER_REACH = 6  # words from the trigger to the relative pronoun of its object's clause (بـ«الدور البنّاء» الذي)


def _doer_of_object(tokens: Sequence[Token], c: Coded, args: Sequence[Arg]) -> Arg | None:
    """"نوّه المجلس بالجهود التي تبذلها باكستان"، "رفضت المقترح الذي قدمته واشنطن": the object of praise,
    blame or refusal is a thing another party does; the relative verb carries the object's pronoun (تبذلها،
    قدمته), so the bare name right after it is that party, the one the act answers.  Without the pronoun (الهجوم
    الذي استهدف X) the name after the verb is its object, not its doer."""
    starts = {m.start for m in c.source}
    after = max([c.last, *(a.last for a in args if any(m.start in starts for m in a.actors()))])
    for k in range(after + 1, min(after + 1 + DOER_REACH, len(tokens) - 2)):
        if tokens[k].norm in CLAUSE_PUNCT or tokens[k].norm in ASIDE_STOPS:
            return None
        rel = _bare_word(tokens[k])
        if rel not in ("التي", "الذي"):
            continue
        verb = tokens[k + 1].norm
        if not verb.endswith("ها" if rel == "التي" else "ه") or any(a.first <= k + 1 <= a.last for a in args):
            return None
        doer = next((a for a in args if a.first == k + 2 and not a.prep), None)
        if doer is None or {m.actor_code for m in doer.actors()} & {m.actor_code for m in c.source}:
            return None
        return doer
    return None


def _conjoined_pronoun_object(tokens: Sequence[Token], c: Coded) -> bool:
    """"استدعت الخارجية القائم بالأعمال التركي وسلّمته مذكرة احتجاج"، "داهمت منزله واقتادته": a verb conjoined with
    و whose object is a pronoun (the trigger, or the light verb right before a noun trigger) points back to the
    object of the act before it.  A bare ه must follow a stem of four letters or ت (ووجّه، وواجه: no pronoun)."""
    k = c.first - 1 if c.noun else c.first
    if k < 1 or not tokens[k].norm.startswith("و"):
        return False
    word = tokens[k].norm[1:]
    if tokens[k].text.endswith(("ة", "ى")):
        return False  # a noun or adjective (وأردنية), not a verb with a pronoun
    for suffix in ("هما", "هم", "ها", "ه"):
        if word.endswith(suffix):
            stem = word[: -len(suffix)]  # the tokenizer splits the pronoun off a verb it knows (وسلمته → سلمت)
            return stem in _norm_forms(tokens[k]) and len(stem) >= 3 and (
                suffix != "ه" or stem.endswith("ت") or len(stem) >= 4)
    return False


def _pronoun_object_roles(tokens: list[Token], c: Coded, events: Sequence[Coded], args: Sequence[Arg]
                          ) -> tuple[list[ActorMention], list[ActorMention]] | None:
    """Subject and object for a conjoined verb with a pronoun object: those of the act told before it when its
    own subject was guessed inside that act's object (داهمت قوات الأمن منزل الغنوشي واقتادته), else those of a
    verb-first clause naming two bare parties before it (استدعت الخارجية القائم بالأعمال التركي وسلّمته مذكرة)."""
    first = c.first - 1 if c.noun else c.first
    prior = next((o for o in reversed(events) if o.last < first and o.source and o.target and o is not c), None)
    if prior is not None:
        guessed = all(max(x.end for x in prior.source) <= m.start and prior.trig_end <= m.start
                      and m.end <= tokens[first].start for m in c.source)
        if guessed and not {m.actor_code for m in prior.source} & {m.actor_code for m in prior.target}:
            return list(prior.source), list(prior.target)
        return None
    start = _clause_start(tokens, first)
    bare = [a for a in args if start < a.first and a.last < first and not a.prep]
    if len(bare) != 2 or bare[0].first != start + 1:
        return None
    subject, obj = bare[0].actors(), bare[1].actors()
    if {m.actor_code for m in subject} & {m.actor_code for m in obj}:
        return None
    return subject, obj


def _counterpart_of_source(c: Coded) -> list[ActorMention] | None:
    """"زوّدت الاستخبارات التركية نظيرتها العراقية": a counterpart is the same organ of the country its adjective
    names, so it takes the sector of the (one) state organ acting, not that of the last person named."""
    sectors = {m.sector for m in c.source}
    if len(sectors) != 1 or not c.target or not all(m.how == "counterpart" for m in c.target):
        return None
    sector = next(iter(sectors))
    if sector not in STATE_SIDE or any(m.type == "PERS" for m in c.source) \
            or all(m.sector == sector for m in c.target):
        return None
    return [replace(m, actor_code=f"{m.country}{sector}", sector=sector) for m in c.target if m.country]


def _circumstantial(tokens: Sequence[Token], c: Coded) -> bool:
    """A participle opening a clause after a comma (…، متهمة / مؤكداً / محذراً): its subject is the main
    clause's, not the nearest name before the comma."""
    if c.first == 0 or tokens[c.first - 1].norm not in ("،", ",") or c.last != c.first:
        return False
    tok = tokens[c.first]
    if not tok.prefix and tok.norm[:1] == "م" and tok.norm.endswith(("ا", "ه", "ين", "ون")):
        return True
    word = tok.norm  # the active participle of a bare verb (واصفاً، نافياً، رافضة): فاعل + the accusative ending
    return len(word) in (5, 6) and word[1] == "ا" and word.endswith(("ا", "ه", "ين"))


# Light verbs that carry a noun trigger after them (ووجّه إليه دعوة، وقدّم اعتذاراً), normalized, without و.
CONJOINED_LIGHT_VERBS = frozenset({"وجه", "وجهت", "قدم", "قدمت", "اجري", "اجرت", "عقد", "عقدت", "اصدر", "اصدرت",
                                   "شن", "شنت", "نفذ", "نفذت", "فرض", "فرضت", "وقع", "وقعت",
                                   "جري", "تم", "امر", "امرت", "قرر", "قررت"})  # passive periphrases, orders, decisions
PRONOUN_OBJECTS = frozenset({"اليه", "اليها", "اليهم", "له", "لها", "لهم", "معه", "معها", "معهم", "عليه", "عليها"})
POSSESSED_SETTINGS = frozenset({"consult.host_noun"})  # a setting noun whose pronoun is the main actor
HELP_PLEDGES = frozenset({"agree.promise"})  # a promise whose content, when material help, is that help intended
PLEDGED_TYPES = frozenset({"AID", "COOPERATE"})  # material help that a pledge announces
AGREEMENT_CODES = frozenset({"030", "057"})  # consent, a deal reached or signed (only a truce is a term of consent)
OTHERS_OFFERS = frozenset({"agree.invite", "agree.invite_attend"})  # an offer another party made, then answered
DEAL_TERM_WHY = "intended: a term of an agreement (اتفقا على، اتفاق لـ)"
STIPULATED_WHY = "intended: a term the deal stipulates"  # the why _stipulated_term's mark begins with
DEAL_HEADS = _words("القاضي", "القاضية")  # "الاتفاق القاضي بوقف …": the participle of يقضي
DEAL_TERMS = frozenset({"retreat.deal_truce"})  # patterns that name a deal's term, coded only as that term
AGREED_TYPES = frozenset({"RETREAT"})  # terms of a deal (اتفاق لوقف إطلاق النار، اتفاق تسحب بموجبه قواتها)
CHARGE_INTROS = _words("بتهمة", "تهمة", "بتهم", "بتهمه", "تهم")  # "بتهمة تمويل احتجاجات": what a charge alleges
CHARGE_NOUNS = _words("اتهامات", "الاتهامات", "اتهام", "الاتهام", "مزاعم", "المزاعم", "ادعاءات", "الادعاءات")
CONJOINED_REACH = 25  # words between a verb and the verb conjoined to it that inherits its subject


# A noun act's relative verb whose pronoun is the act itself, its doer next (اتصال هاتفي أجراه الرئيس، زيارة
# يجريها الوزير، محادثات عقدها وفد، الهجوم الذي قام به الجيش), normalized, without و: light verb stems × pronouns.
PERFORMED_VERBS = frozenset(stem + pron for stem in ("اجرا", "اجرت", "اجريا", "يجري", "تجري", "عقد", "عقدت", "عقدا",
                                                     "يعقد", "تعقد", "ادا", "ادت",
                                                     # round 3: "هجمات شنتها الميليشيا"، "احتجاجات نظمها سكان"
                                                     "شن", "شنت", "شنو", "نفذ", "نفذت", "نفذو", "نظم", "نظمت", "نظمو",
                                                     "ارتكب", "ارتكبت", "ارتكبو", "اطلق", "اطلقت", "اطلقو")
                            for pron in ("ه", "ها", "هما")) | {"قادها", "قادوها"}  # (not قادة، قادته: leaders)
GATHERED_VERBS = frozenset({"جمعت", "جمع"})  # "قمة جمعت X و Y": the meeting's two parties follow
PERFORMED_WITH = frozenset({"قام", "قامت", "قاما", "قاموا", "يقوم", "تقوم"})  # + به / بها: "قام به الجيش"
PERFORMED_PRONOUNS = frozenset({"به", "بها", "بهما"})
PERFORMED_REACH = 2  # words (an adjective, a relative) between the noun and its relative verb


def _performed_by(tokens: Sequence[Token], last: int, after: Sequence[Arg]) -> Arg | None:
    """The doer of a noun act told by its relative verb (اتصال هاتفي أجراه أردوغان بنظيره): the bare party right
    after the verb is the act's source, whatever target follows; a party after the noun itself is not."""
    k = last + 1
    while k < len(tokens) and k - last <= PERFORMED_REACH and tokens[k].is_word:
        word = tokens[k].norm
        if word in PERFORMED_VERBS or (word in PERFORMED_WITH and k + 1 < len(tokens)
                                       and tokens[k + 1].norm in PERFORMED_PRONOUNS):
            verb_end = k if word in PERFORMED_VERBS else k + 1
            return next((a for a in after if a.first > verb_end and not a.prep and a.first - verb_end <= 2), None)
        if any(a.first <= k <= a.last for a in after):
            return None  # a party between: "زيارة وزير الخارجية التي أجراها" has its own genitive
        k += 1
    return None


def _gathered(tokens: Sequence[Token], last: int, after: Sequence[Arg]) -> tuple[Arg, Arg | None] | None:
    """The parties a meeting "brought together" (قمة جمعت الرئيس X والرئيس Y): the first is the source, the
    second the target; one coordinated argument holds both."""
    k = last + 1
    while k < len(tokens) and k - last <= PERFORMED_REACH and tokens[k].is_word:
        if tokens[k].norm in GATHERED_VERBS:
            parts = [a for a in after if a.first > k and not a.prep and a.first - k <= 8]
            if parts and parts[0].first == k + 1:
                return parts[0], (parts[1] if len(parts) > 1 and _coordinated(tokens, parts[0], parts[1]) else None)
            return None
        k += 1
    return None


# Verbs whose ب-object is the act itself: "قامت تيرانا على إثره بقطع علاقاتها"، "أقدمت السلطات على ترحيل".
PERIPHRASIS_VERBS = frozenset({"قام", "قامت", "قاموا", "يقوم", "تقوم", "يقومون", "اقدم", "اقدمت", "اقدموا", "يقدم",
                               "تقدم", "عمد", "عمدت", "يعمد", "تعمد", "باشر", "باشرت", "شرع", "شرعت"})


def _periphrasis(tokens: Sequence[Token], first: int) -> bool:
    """A verbal noun governed by قام ب / أقدم على / عمد إلى / باشر / شرع في a few words before it: the act
    itself, even when a time phrase (على إثره، بعد ذلك) stands between."""
    return any(any(f in PERIPHRASIS_VERBS for f in _norm_forms(tokens[k]))
               for k in range(max(0, first - 5), first))


def _crowd_country(sent: Sentence, c: Coded, places: Sequence[PlaceMention], entities: Sequence[ActorMention]
                   ) -> str | None:
    """Where unnamed protesters are: the protest's place, else the one country the sentence's places and
    actors name; none for protests that are only what a charge alleges (بتهمة تمويل احتجاجات).  Stricter than
    roles.context_country, which lets one state actor outweigh the places: a crowd needs a single country."""
    if c.location is not None and c.location.country:
        return c.location.country
    if any(_has_any(t, CHARGE_INTROS) for t in sent.tokens[max(0, c.first - 3):c.first]):
        return None
    found = {p.country for p in places if sent.start <= p.start < sent.end and p.country}
    for m in entities:
        if sent.start <= m.start < sent.end:
            found |= {x.country for x in (m.members or [m]) if x.country}
    return next(iter(found)) if len(found) == 1 else None


def _riot_crowd(sent: Sentence, c: Coded, country: str | None) -> None:
    """§30: the unnamed crowd of a riot converted from a storming or an attack is the civilians of its one country
    (force drops civilians as actors, so the source was left empty)."""
    if country is None:
        return
    off = sent.start
    c.source = [ActorMention(c.trig_start, c.trig_end, sent.text[c.trig_start - off:c.trig_end - off],
                             actor_code=country + "CVL", country=country, sector="CVL", how="unnamed-crowd",
                             sentence=sent.index)]
    c.why.append(f"source: {country}CVL (the rioting crowd in {country})")


def _closes_aside(tokens: Sequence[Token], o: Coded, comma: int) -> bool:
    """The comma at ``comma`` closes an aside opened after the act ``o`` by a comma and a participle
    ("رفضت حماس المقترح، معتبرة أنه …، ودعت"): what the participle's clause reports stays inside it."""
    opener = next((j for j in range(o.last + 1, comma) if tokens[j].norm in CLAUSE_PUNCT), None)
    return opener is not None and opener + 1 < len(tokens) and tokens[opener + 1].norm[:1] == "م"


def _conjoined_main(tokens: Sequence[Token], c: Coded, events: Sequence[Coded]) -> Coded | None:
    """The event whose subject a subjectless conjoined act shares: "استقبل الملك الرئيس وبحث معه …"، "…،
    ووجّه إليه دعوة".  The act's verb (or the light verb right before its noun, past a pronoun object)
    carries the conjunction و; the earlier act (a verb's, or a noun's with its own subject: "أعلن الرئيس حالة
    الطوارئ وأمر بنشر الجيش") is in the same sentence with no complementizer or contrast word (فيما، بينما)
    between, which would open a clause with a subject of its own."""
    head = c.first
    if c.noun:
        k = c.first - 1
        while k >= 0 and tokens[k].norm in PRONOUN_OBJECTS and c.first - k <= 2:
            k -= 1
        if k < 0 or not any(f in CONJOINED_LIGHT_VERBS for f in _norm_forms(tokens[k])):
            return None
        head = k
    tok = tokens[head]
    if head == 0 or not (tok.prefix.startswith("و") or (tok.norm[:1] == "و" and tok.norm[1:] in _norm_forms(tok))):
        return None
    for o in reversed(events):
        if o is c or o.last >= head or not o.source or head - o.last > CONJOINED_REACH:
            continue
        if o.first > 0 and _bare_word(tokens[o.first - 1]) in RELATIVES:
            continue  # "المتظاهرين الذين خرجوا …، واعتقلت": the relative clause's verb is not the main one
        # (a complementizer in an aside closed by a comma before the verb — "…، معتبرة أنه …، ودعت" — is the
        # aside's own)
        last_break = max((j for j in range(o.first, head) if tokens[j].norm in CLAUSE_PUNCT), default=o.first)
        lo = last_break if _closes_aside(tokens, o, last_break) else o.first
        if any(tokens[j].norm in CONTRAST_WORDS for j in range(o.first, head)) or any(
                tokens[j].norm in COMPLEMENTIZERS for j in range(lo, head)):
            return None
        return o
    return None


def _civil_object(tokens: Sequence[Token], c: Coded) -> bool:
    """A civilian place or people right after a force trigger (قصفت مستشفى، أحياء، سوقاً شعبية، منازل)."""
    for k in range(c.last + 1, min(len(tokens), c.last + 1 + CIVIL_OBJECT_REACH)):
        t = tokens[k]
        if t.norm in CLAUSE_PUNCT or t.norm in PREPOSITIONS or t.norm in LOCATION_PREPS:
            return False  # "انفجرت عبوة قرب سوق": where it happened, not whom it hit
        if t.prefix.lstrip("وف")[:1] in ("ب", "ل") and t.norm not in CIVIL_OBJECTS:
            continue  # an instrument or a purpose (بالبراميل المتفجرة) stands between verb and object
        if t.norm in CIVIL_OBJECTS or any(f in CIVIL_OBJECTS for f in _norm_forms(t)):
            return True
    return False


def _joint(tokens: Sequence[Token], c: Coded) -> bool:
    """An exercise held jointly: "مشترك" right after the drill noun, or forces of two countries acting."""
    if any(_has_any(t, JOINT_WORDS) for t in tokens[c.last + 1: c.last + 3]):
        return True
    return len({_country(m) for m in c.source} - {None}) >= 2


def _rumour_denial(tokens: Sequence[Token], c: Coded) -> bool:
    """"نفى … صحة الأنباء عن تسريب الأسئلة": with no coded act denied in the sentence, a denial of news,
    rumours or what was said (or by a company) is no political event (GUIDELINES: 016 goes with the
    denied act)."""
    if c.source and all(m.sector in ("BUS", "CVL") for m in c.source):
        return True
    return any(_has_any(t, RUMOUR_WORDS) for t in tokens[c.last + 1: c.last + 7])


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
        if not earlier.source or all(m.actor_code is None or len(m.actor_code) <= 3 for m in earlier.source):
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
            if attack is None:  # "شنت الطائرات غارات …، ما أسفر عن مقتل سبعة مدنيين": the toll told as the result
                attack = next((o for o in reversed(events) if o is not c and o.etype == "ASSAULT"
                               and o.pattern.id not in CASUALTY_PATTERNS and o.last < c.first
                               and c.first - o.last <= RESULT_REACH and o.status == c.status
                               and any(_has_any(tokens[k], RESULT_WORDS) for k in range(o.last + 1, c.first))
                               and not any(tokens[k].norm in (".", "؛", ";") for k in range(o.last + 1, c.first))),
                              None)
        if attack is None:
            keep.append(c)
            continue
        victims = [m for m in c.target + c.source if m.sector in VICTIM_SECTORS or m.sector in ("MIL", "COP")]
        if not attack.target and victims:
            attack.target = [m for m in victims if all(m.actor_code != s.actor_code for s in attack.source)]
        if attack.size.is_empty():
            attack.size = c.size
        attack.why.append(f"the toll told before it («{tokens[c.first].text}») is part of this attack")
        if explain is not None:
            explain.append(f"{c.pattern.id}: the toll of the attack named after it, not a second event")
    return keep


def _content_scopes(tokens: Sequence[Token], events: Sequence[Coded], conditions: Sequence[tuple[int, int]] = (),
                    roots: frozenset[str] = SCOPING_ROOTS) -> list[tuple[int, int]]:
    """Token ranges holding the content of verbal acts (see :meth:`SentenceCoder._drop_embedded`).  The
    content runs to the next clause break; a break that only opens an aside before the complement
    ("اتفقت الحكومة والحوثيون، برعاية أممية، على تبادل …") is passed over."""
    scopes: list[tuple[int, int]] = []
    for c in events:
        if c.pattern.role == "event" and (c.cameo[:2] in roots or c.cameo in SCOPING_CODES):
            parts = _with_coordinated_noun(tokens, _scope_parts(tokens, c.last + 1), events)  # §31
            end = parts[-1][1]
            end = min([first for first, last in conditions if c.last < first < end and tokens[last].norm not in ("لم", "لن")
                       and (last + 1 >= len(tokens) or tokens[last + 1].norm not in ("لم", "لن"))], default=end)
            scopes.extend((lo, min(hi, end)) for lo, hi in parts if lo < end)
    return scopes


ASIDE_REACH = 10  # words of an aside between a verbal act and its complement (، خلال محادثاتها مع …،)


def _scope_parts(tokens: Sequence[Token], start: int) -> list[tuple[int, int]]:
    """The token ranges of a verbal act's content: up to the clause break that ends it; "خلال لقائه"، "على
    هامش" open the act's setting, which is not part of what was said.  An aside between commas before the
    complement ("أصرّت الحركة، خلال محادثاتها مع الوسطاء، على الإفراج …") is passed over and left out: an
    act told in it (the talks) is no content."""
    end = next((k for k in range(start, len(tokens)) if tokens[k].norm in (".", "؛", "،", ",")
                or tokens[k].norm in SETTING_WORDS), len(tokens))
    if end < len(tokens) and tokens[end].norm in ("،", ","):
        close = next((k for k in range(end + 1, min(len(tokens), end + 1 + ASIDE_REACH))
                      if tokens[k].norm in ("،", ",")), None)
        short_aside = close is not None and close - end <= SHORT_ASIDE and tokens[end + 1].norm in ASIDE_OPENERS
        if close is not None and close + 1 < len(tokens) and (
                tokens[close + 1].norm == "علي" or tokens[close + 1].prefix.lstrip("وف") == "ب" or short_aside):
            return [(start, end), *_scope_parts(tokens, close + 1)]
    return [(start, end)]


SHORT_ASIDE = 5  # "، في بيان،"، "، خلال مؤتمر صحفي،": a setting between a verbal act and its object
ASIDE_OPENERS = frozenset({"في", "خلال", "عبر", "اثناء", "امس", "اليوم"})


def _consequence_roles(c: Coded, speeches: Sequence[Speech], events: Sequence[Coded], args: Sequence[Arg]
                       ) -> None:
    """"ستدفع أي دولة … ثمناً باهظاً، قال وزير الدفاع"، "إذا استهدفت إسرائيل منشآتنا فإن ردنا سيكون …": the
    speaker threatens; the one who will pay or face it (the verb's subject, else the actor of the
    condition) is threatened.  With no speaker named, nobody is known to threaten."""
    speaker = next((s.speaker for s in speeches if s.speaker is not None and not s.claim), None)
    if speaker is None:  # "…، قال وزير الدفاع الإيراني.": the speech verb follows what was said
        speaker = next((a for s in speeches if s.cue_first > c.last and not s.claim for a in args
                        if not a.prep and s.cue_last < a.first <= s.cue_last + 3), None)
    subject = list(c.source)
    c.source = speaker.actors() if speaker is not None else []
    codes = {m.actor_code for m in c.source}
    if not subject or any(m.actor_code in codes for m in subject):
        subject = answering_state(next((list(o.source) for o in events if o is not c and o.first < c.first
                                        and o.source), []))
    c.target = [m for m in subject if m.actor_code not in codes]
    c.why.append("a promised consequence: the speaker threatens, the one who will face it is the target")


def _attributions(tokens: Sequence[Token], args: list[Arg], norms: set[str]) -> list[Arg]:
    """Arguments named in an attribution («…، بحسب منظمة العفو الدولية»، «وفق المرصد السوري»): the
    outlet or monitor reports the act, it is not the act's target."""
    if norms.isdisjoint(TRAILING_CLAIMS):
        return []
    spans: list[tuple[int, int]] = []
    for k, t in enumerate(tokens):
        if t.norm in TRAILING_CLAIMS and t.prefix.lstrip("و") == "":
            end = k + 1
            while end < len(tokens) and tokens[end].norm not in CLAUSE_PUNCT \
                    and tokens[end].norm not in COMPLEMENTIZERS:  # «نقلاً عن مسؤولين أن …»: the content
                end += 1
            spans.append((k, end))
    return [a for a in args if any(lo < a.first and a.last < hi for lo, hi in spans)]


def _light_verb_at(tokens: Sequence[Token], first: int, p: Pattern, past_asides: bool = False) -> int | None:
    """The nearest light verb of the pattern (سلّم، فرض، قدّم) in the 12 words before a noun trigger, within its
    clause.  ``past_asides`` looks 25 words back across the commas of an aside (لم يتوصل الوفدان، في الجولة
    الرابعة …، إلى تفاهم), up to a full stop or a complementizer: for the negation of that light verb."""
    if not p.needs_before:
        return None
    reach, stops = (25, ASIDE_STOPS) if past_asides else (12, CLAUSE_PUNCT)
    for k in range(first - 1, max(-1, first - 1 - reach), -1):
        if tokens[k].norm in stops or (past_asides and tokens[k].norm in COMPLEMENTIZERS):
            return None
        if _has_any(tokens[k], p.needs_before):
            return k
    return None


ASIDE_STOPS = frozenset({".", "؛", ";", ":"})


def _question_opener(tokens: Sequence[Token]) -> int | None:
    """A sentence ending in ؟ whose first clause opens with an interrogative (لماذا، إلى متى، كيف) asks; the
    whole of it reports nothing.  Only the first three words are looked at: a question word inside a
    statement (لا يعرف أحد متى) is no question."""
    if not tokens or tokens[-1].norm not in QUESTION_MARKS:
        return None
    for k in range(min(3, len(tokens))):
        if _has_any(tokens[k], QUESTION_OPENERS) or (
                k + 1 < len(tokens) and f"{tokens[k].norm} {tokens[k + 1].norm}" in QUESTION_OPENERS):
            return k
    return None


def _years_ago(tokens: Sequence[Token]) -> int | None:
    """"قبل أربعين عاماً" opening the sentence, or an anniversary "مرور عشرين عاماً على" anywhere: the number
    of years the act told lies back, in digits or words.  "قبل" later in a sentence may date only a
    background clause (فرّ قبل عشر سنوات), so it counts only at the head."""
    for k, tok in enumerate(tokens):
        after_years = tok.norm.lstrip("و") == "بعد" and k <= 2  # "بعد ستة أعوام على حصار حلب": an anniversary
        if (tok.norm not in AGO_WORDS and not after_years) or (tok.norm in AGO_BEFORE and k > 2):
            continue
        hit = parse_number(tokens, k + 1)
        if hit is None or hit[0] <= 0 or hit[1] >= len(tokens) or not _has_any(tokens[hit[1]], YEAR_UNITS):
            continue
        if after_years and not (hit[1] + 1 < len(tokens) and tokens[hit[1] + 1].norm in ("علي", "من")):
            continue
        if tok.norm not in AGO_BEFORE and any(
                tokens[j].norm.lstrip("وف") in OCCASION_WORDS for j in range(max(0, k - OCCASION_REACH), k)):
            continue  # "أصدر عفواً بمناسبة عيد الفطر ومرور 25 عاماً على توليه": the occasion of a present act
        return hit[0]
    return None


OCCASION_WORDS = frozenset({"بمناسبه", "لمناسبه", "مناسبه", "عشيه", "ذكري", "الذكري", "احتفالا", "احياء"})
OCCASION_REACH = 6


def _imagined(tokens: Sequence[Token]) -> bool:
    """A novel or story in which a writer imagines (في روايته الأخيرة، يتخيل الكاتب جنرالاً …): fiction.
    Both words are needed: رواية alone is also a party's account of events (وفق رواية الجيش)."""
    return any(_has_any(t, IMAGINE_VERBS) for t in tokens) and any(_has_any(t, STORY_NOUNS) for t in tokens)


# Words right before a date that make it the date of a document or a state named in passing, not of the act.
NOUN_DATERS = _words("الموقع", "الموقعة", "المبرم", "المبرمة", "الصادر", "الصادرة", "منذ", "المعتمد", "المعتمدة",
                     "لعام", "حدود")


def _dates_a_noun(tokens: Sequence[Token], k: int) -> bool:
    """The date starting at token ``k`` follows a word that makes it a noun's date: "الموقع عام 1974"،
    "حدود 1967" (a year word and one preposition may stand between)."""
    j = k - 1
    while j >= 0 and (tokens[j].norm in YEAR_WORDS or tokens[j].norm in ("في", "عام")):
        j -= 1
    return j >= 0 and _has_any(tokens[j], NOUN_DATERS)


def _later_clause(tokens: Sequence[Token], c: Coded, k: int) -> bool:
    """Token ``k`` (a date) lies far after the trigger, past a comma: it dates a later clause's act."""
    return k - c.last > FAR_DATE and any(tokens[j].norm in CLAUSE_PUNCT for j in range(c.last + 1, k))


def _dated_history(c: Coded, years: list[tuple[int, int]], published: Date, explain: list[str] | None,
                   tokens: Sequence[Token]) -> bool:
    """An event whose own date lies years before the article's is history or background (في عام 2003،
    قبل عشر سنوات); "منذ عام 2015" is an ongoing state, not a past event, so it stays.  With no resolved
    date, an explicit year the date stage left out (``years``: عام 1188، a chronology line "1970 - …") counts."""
    d = c.date
    if d is not None and d.value and d.value[:4].isdigit():
        if d.relation == "since":
            return False
        year = int(d.value[:4])
    else:
        own = [(k, y) for k, y in years if not _later_clause(tokens, c, k)]
        if not own:
            return False
        year = min(own, key=lambda k_y: abs(k_y[0] - c.first))[1]
    if year > published.year - HISTORY_YEARS:
        return False
    if explain is not None:
        explain.append(f"{c.pattern.id}: dated {year}, years before the report: history")
    return True


def _verbal_force(c: Coded, cues: dict[str, list[tuple[int, int]]], explain: list[str] | None) -> bool:
    """A force word whose next words are words of speech (شن هجوماً حاداً، قصفت … بوابل من الانتقادات)
    is a verbal attack told as a metaphor, not an assault."""
    if c.etype != "ASSAULT" or not any(c.last < first <= c.last + VERBAL_WINDOW for first, _ in cues["verbal"]):
        return False
    if explain is not None:
        explain.append(f"{c.pattern.id}: followed by words of speech: a verbal attack, not an assault")
    return True


def _anchored(m: ActorMention) -> bool:
    """An actor that says whose act it is: a country, an IGO/NGO, a named group, an unnamed state organ
    (قوات الأمن), an opposition, union or armed group, a named person.  A bare social sector with no country (الصحيفة → MED, جمعية خيرية, المالك) names
    nobody in particular: its praise, criticism, threats and meetings are routine, not political events."""
    code = m.actor_code or ""
    social = m.sector in SOCIAL_SECTORS  # residents, investors, a university of some country: nobody in particular
    return ((bool(m.country) and not social) or m.sector in STATE_SECTORS or m.sector in POLITICAL_SECTORS
            or code[:3] in NON_STATE_ROOTS or _proper_name(m) or any(_anchored(x) for x in m.members))


def _proper_name(m: ActorMention) -> bool:
    """A named person the actor stage could not code (جنتيلوني، الملا محمد عمر) is still somebody in
    particular; a single definite noun the recogniser took for a name (المالك) is not."""
    if m.actor_code or m.type not in ("PERS", "ORG"):
        return False
    return " " in m.text.strip() or not normalize(m.text).startswith("ال")


YEAR_WORDS = frozenset({"عام", "العام", "سنه", "السنه", "عامي", "سنتي"})
CHRONOLOGY_MARKS = frozenset({"-", "–", "—", ":"})


def _explicit_years(tokens: Sequence[Token]) -> list[tuple[int, int]]:
    """(token index, year) for four-digit years written as such: after عام/سنة, or opening a
    chronology line ("1970 - …").  A bare number elsewhere may be a count, so it is not a year."""
    out: list[tuple[int, int]] = []
    for k, t in enumerate(tokens):
        if len(t.norm) != 4 or not t.norm.isdigit():
            continue
        dated = (k > 0 and _bare_word(tokens[k - 1]) in YEAR_WORDS) or (
            k == 0 and len(tokens) > 1 and tokens[1].norm in CHRONOLOGY_MARKS) or _month_or_in_year(tokens, k)
        if dated and 1000 <= int(t.norm) <= 2100:
            out.append((k, int(t.norm)))
    return out


MONTH_NAMES = _words("يناير", "فبراير", "مارس", "أبريل", "إبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر",
                     "أكتوبر", "نوفمبر", "ديسمبر", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول",
                     "كانون", "تشرين")
ORDINAL_MONTH_PARTS = _words("الأول", "الثاني")  # كانون الأول، تشرين الثاني
COUNTED_AFTER = _words("شخص", "شخصا", "قتيل", "قتيلا", "جريح", "طن", "طنا", "دولار", "دولارا", "ريال", "متر", "مترا",
                       "كيلومتر", "عنصر", "عنصرا", "جندي", "جنديا", "مقاتل", "مقاتلا", "لاجئ", "لاجئا", "نسمة")
IN_YEAR_REACH = 4  # "في مايو (أيار) 2013": the month (or its Levantine name in brackets) stands this close


def _month_or_in_year(tokens: Sequence[Token], k: int) -> bool:
    """"في 2011"، "في مايو (أيار) 2013": a four-digit number after في or a month name is a year even
    without عام; a number followed by a counted noun (في 2000 شخص) is a count."""
    if k + 1 < len(tokens) and _has_any(tokens[k + 1], COUNTED_AFTER):
        return False
    for j in range(k - 1, max(-1, k - 1 - IN_YEAR_REACH), -1):
        t = tokens[j]
        if t.norm in ("(", ")") or (j < k - 1 and t.norm in ORDINAL_MONTH_PARTS):
            continue
        if _has_any(t, MONTH_NAMES):
            return True
        return j == k - 1 and t.norm == "في"
    return False


def _inside_quote(tokens: Sequence[Token], k: int) -> bool:
    """Whether token ``k`` stands inside a quotation opened before it and not yet closed."""
    depth = 0
    plain = 0
    for t in tokens[:k]:
        if t.norm in ("«", "“"):
            depth += 1
        elif t.norm in ("»", "”"):
            depth = max(0, depth - 1)
        elif t.norm == '"':
            plain += 1
    return depth > 0 or plain % 2 == 1


def _apodosis(tok: Token) -> bool:
    """The main clause after a condition opens with فـ: فإن، فسوف، فسنستهدف (a future after فـ)."""
    if not tok.norm.startswith("ف"):
        return False
    forms = set(_norm_forms(tok))
    return tok.norm in APODOSIS or any(f.startswith("س") and len(f) > 3 and f[1:] in forms for f in forms)


FUTURE_VERB_REACH = 10  # "رئيس البرلمان ورئيس الحزب … سيقومان بزيارة": a future verb after a long subject


def _stipulated_term(tokens: Sequence[Token], c: Coded, events: Sequence[Coded]) -> int | None:
    """Section 17: a noun act after «يقضي ب / بموجبه» that follows a deal (وقّعا اتفاقاً يقضي بوقف إطلاق النار وانسحاب …
    وتبادل الأسرى) is a term still to be carried out; returns the head's index.  Not past a sentence end or a
    فيما/بينما clause, nor for a deal hoped, denied or only supposed."""
    if c.pattern.role != "event" or not (c.noun or _bare_word(tokens[c.first]) in c.pattern.noun_forms) \
            or c.etype in ("AGREE", "THREATEN") \
            or c.status not in ("asserted", "claimed"):
        return None  # (a verb after the deal, ورحّبت دمشق بالاتفاق, is an act of its own)
    for k in range(c.first - 1, max(-1, c.first - TERM_REACH - 1), -1):
        if tokens[k].norm in (".", "؟", "!") or _has_any(tokens[k], CONTRAST_WORDS) \
                or _bare_word(tokens[k]) in TIME_INTROS:  # "…، وذلك عقب محادثات": an earlier act, no term
            return None
        if _has_any(tokens[k], TERM_HEADS) and any(
                o.etype == "AGREE" and o.last < k and o.status in ("asserted", "claimed") for o in events):
            return k
    return None


def _time_of_other(tokens: Sequence[Token], c: Coded, k: int, events: Sequence[Coded] = ()) -> bool:
    """Section 17: a future time at token k is another thing's when a scheduled noun, a stipulating word, another
    act or a scheduling participle past a noun of its own stands between the trigger and it (مقاطعة الانتخابات
    التشريعية المقبلة، اتفاق تسحب بموجبه … سبتمبر المقبل، اتفقا على عقد اجتماع الشهر المقبل)."""
    for j in range(c.last + 1, k):
        if _has_any(tokens[j], SCHEDULED_NOUNS) or _has_any(tokens[j], STIPULATING_WORDS):
            return True
        if j > c.last + 1 and _has_any(tokens[j], SCHEDULED_PARTICIPLES) and any(
                t.is_word and not t.norm.endswith(("يه", "ي", "ين")) for t in tokens[c.last + 1: j]):
            return True  # "مقاطعة الانتخابات المبكرة المقررة في أكتوبر": the elections are scheduled, not the boycott
    return any(o is not c and o.pattern.role == "event" and c.last < o.first < k for o in events)


def _future_imperfect(tok: Token) -> bool:
    """سيقومان، ستتيح، وسنعمل: a verb whose سـ was split off as the future particle (not سيطرت, where س is the
    root), with an imperfect prefix after it; or a short one the tokenizer left whole (ستشن، سيضخ: section 20)."""
    if not tok.prefix.lstrip("وف").startswith("س"):
        return _bare_word(tok) in SHORT_FUTURES
    bare = _bare_word(tok)
    # a final ي is more often a name (سيرغي); nouns in ة that open with س (سيارة، سيطرة، سياسة) are not verbs,
    # while an imperfect may end in a root ه (سيتوجه، ستواجه)
    noun_in_a = bare.endswith("ه") and (bare[2:3] == "ا" or bare.endswith("ره"))
    return len(bare) > 4 and bare[:1] == "س" and bare[1:2] in ("ي", "ت", "ن") and not bare.endswith("ي") \
        and not noun_in_a and not bare.startswith(ROOT_SIN)


# Section 20: future verbs of a doubled or hollow root too short for the tokenizer to split off their سـ
SHORT_FUTURES = _words("سيشن", "ستشن", "سنشن", "سيضخ", "ستضخ", "سيمد", "ستمد", "سيحل", "ستحل", "سيصل", "ستصل",
                       "سيضع", "ستضع", "سيبث", "ستبث")
SOON_WORDS = _words("قريبا", "قريباً")  # "ستعيد فتح سفارتها قريباً": soon, a time still to come
SOON_PHRASE_HEADS = _words("اقرب", "أقرب")  # "في أقرب وقت"، "بأقرب الآجال"
SOON_REACH = 12  # tokens after the act, in its clause, in which its "soon" may stand


def _soon_after(tokens: Sequence[Token], c: Coded, clause_end: int, events: Sequence[Coded]) -> int | None:
    """Section 20: «قريباً» or «في/بـ أقرب وقت» after an act in its clause says it is still to come; not when another
    act or a scheduled thing stands between (it is then that one's time)."""
    for k in range(c.last + 1, min(clause_end, c.last + 1 + SOON_REACH)):
        tok = tokens[k]
        bare = _bare_word(tok)
        near = k + 1 < len(tokens) and tokens[k + 1].norm == "من"  # "قريباً من الحدود": near, a place
        soon = (bare in SOON_WORDS and not near) or (tok.norm[len(tok.prefix):] in SOON_PHRASE_HEADS and (
            tok.prefix.lstrip("و") == "ب" or (k > 0 and tokens[k - 1].norm == "في")))
        if soon:
            return None if _time_of_other(tokens, c, k, events) else k
    return None


ROOT_SIN = ("سيطر",)  # "وسيطرت القوات": the س of the root (to take control), not the future particle


def _future_auxiliary(tok: Token) -> bool:
    """ستبدأ، سيتم، وسيعقد: an auxiliary or light verb with the future سـ (not a word that merely starts with س)."""
    bare = _bare_word(tok)
    return bare[:1] == "س" and bare[1:] in FUTURE_AUXILIARIES


def _state_outlet(tokens: Sequence[Token], a: Arg) -> bool:
    """A national news agency or an outlet called official (وكالة الأنباء السعودية، التلفزيون الرسمي):
    the state speaking through its own outlet, as GUIDELINES §3 counts an actor's own outlet."""
    ms = a.actors()
    if not ms or not all(m.sector == "MED" and m.country for m in ms):
        return False
    text = normalize(" ".join(m.text for m in ms)).replace("«", " ").replace("»", " ")  # وكالة «سانا»
    after = tokens[a.last + 1] if a.last + 1 < len(tokens) else None
    words = text.split()
    return "وكاله الانباء" in text or "وكاله انباء" in text or any(w in words for w in STATE_OUTLET_WORDS) or (
        after is not None and after.norm in STATE_OUTLET_WORDS) or any(w in STATE_AGENCIES for w in words)


def _while_clause(tokens: Sequence[Token], j: int) -> bool:
    """Section 18: «في حين» opens a clause of another subject like فيما/بينما (…، في حين اتهمت قوات الدعم
    السريع الجيش): reported content ends before it."""
    return _bare_word(tokens[j]) == "في" and j + 1 < len(tokens) and tokens[j + 1].norm == "حين"


def _outlet_lead(s: Speech) -> bool:
    """Section 18: a lead of plain speech (ذكرت وكالة «إرنا» أن طهران طلبت) is checked for a state outlet
    like a claim verb is (a switch of its own, so that the rule can be measured off)."""
    return s.speaker is not None


def _own_report(tokens: Sequence[Token], s: Speech, c: Coded) -> bool:
    """Section 18: an act told in a relative clause on the reporter itself (وفق ما أفادت به منظمة X، التي
    نددت / التي طالبت) is the reporter's own act, not part of its report: GUIDELINES §3 asserted."""
    k = c.first - 1
    return bool(c.source) and s.cue_last < k - 1 and not c.noun and _bare_word(tokens[k]) in RELATIVES \
        and not any(_bare_word(tokens[j]) in RELATIVES for j in range(s.cue_last + 1, k))


def _relative_toll_between(tokens: Sequence[Token], last: int, cue: int) -> bool:
    """Section 18: a relative clause with a number between the act and a trailing source (…، الذي أوقع 137
    قتيلاً على الأقل بحسب السلطات الروسية) is what the source vouches for: the toll, not the act."""
    rel = next((k for k in range(last + 1, cue) if _bare_word(tokens[k]) in RELATIVES), None)
    return rel is not None and any(parse_number(tokens, k) is not None for k in range(rel + 1, cue))


def _sentence_outlet(tokens: Sequence[Token], named: Sequence[Arg], c: Coded, events: Sequence[Coded]
                     ) -> Arg | None:
    """Section 18: a state's own agency named in the attribution (not only first: وفق بيان لوزارة الخارجية
    نقلته وكالة الأنباء السعودية) whose country is a party of this act or of the sentence's first act
    (استقبل الملك … وبحث معه …، وفق وكالة الأنباء الأردنية): the state tells its own news."""
    parties = list(c.source) + list(c.target)
    if events:
        parties += list(events[0].source) + list(events[0].target)
    return next((a for a in named if _state_outlet(tokens, a) and _same_country(a.actors(), parties)), None)


def _other_statement(named: Sequence[Arg], c: Coded) -> bool:
    """Section 18: a statement (بيان صادر عن X) of a named state party of no country of the act's is a third
    party's report: claimed, not the actor's own statement."""
    if not named or not c.source or not any(m.country for m in c.source):
        return False
    who = [m for m in named[0].actors() if m.country and m.sector in STATE_SIDE and not _monitor(m)]
    return bool(who) and not _same_country(who, list(c.source) + list(c.target))


def _carrying_verb(tokens: Sequence[Token], first: int) -> bool:
    """نقل also means carry or move (نقل رسالة، نُقلوا جواً، وزارة النقل): it reports only after ما/حسبما
    (بحسب ما نقلته) or when عن / أن / إن follows in its clause (نقلت رويترز عن مصادر)."""
    tok = tokens[first]
    if re.match(r"^(?:[وفبل])?ال(?:نقل|منقول)", tok.norm):
        return True  # "وزارة النقل": a noun
    if not re.match(r"^(?:[وف])?[يتن]?نقل", tok.norm):
        return False
    if first > 0 and _bare_word(tokens[first - 1]) in ("ما", "حسبما"):
        return False
    for k in range(first + 1, min(len(tokens), first + CARRY_REACH)):
        if tokens[k].norm in CLAUSE_PUNCT:
            break
        if tokens[k].norm in ("عن", "أن", "ان", "إن", "بأن", "بان") or tokens[k].norm.startswith("عن") and len(
                tokens[k].norm) <= 4:
            return False
    return True


def _same_country(speakers: list[ActorMention], actors: list[ActorMention]) -> bool:
    own = {_country(s) for s in speakers} - {None}
    return bool(own) and any(_country(a) in own for a in actors)


def _tag_line(tokens: Sequence[Token]) -> bool:
    """A site's tag list, share bar or "related links" line (سمات امريكا داعش ضربات) opens with its label."""
    if not tokens:
        return False
    head = tokens[0].norm
    two = f"{head} {tokens[1].norm}" if len(tokens) > 1 else head
    return head in TAG_LABELS or two in TAG_LABELS


def _compound_head(tok: Token) -> bool:
    """An indefinite head noun (مركز، كاسحات، قانون) whose genitive is the trigger: the trigger names a kind
    of place, thing or outcome (مركز الاعتقال), not an act.  A definite word is no compound head."""
    if not tok.is_word or tok.norm.lstrip("وفبل").startswith("ال"):
        return False
    return _has_any(tok, COMPOUND_HEADS)


def _participle_of_state(tokens: Sequence[Token], k: int, form: str, p: Pattern) -> bool:
    """A participle listed as a trigger form (متهما إياه: accusing) names people instead when it carries the
    article (المتهمين: the accused), is counted (ثلاثة متهمين) or is followed by the charge (متهمين بتشكيل)."""
    tok = tokens[k]
    if not form.startswith("م") or form in p.verb_forms or form in p.noun_forms or not tok.norm.endswith(form):
        return False
    if "ال" in tok.norm[: len(tok.norm) - len(form)]:
        return True
    if k > 0 and (parse_number(tokens, k - 1) or (None, -1))[1] == k:
        return True  # "ثلاثة متهمين": counted, they are people (the accused), not someone accusing
    if k > 0 and tokens[k - 1].norm in ("،", ",") and p.cameo[:2] == "11":
        return False  # "…، متهماً بيونغ يانغ بانتهاك": a circumstantial participle after a comma accuses
    nxt = next((t for t in tokens[k + 1: k + 3] if t.is_word), None)
    return nxt is not None and nxt.prefix.lstrip("وف").startswith("ب")


FIRM_WORDS = _words("شركة", "شركه", "الشركة", "شركات", "مجموعة")
TAKEOVER_WORDS = _words("استحواذ", "الاستحواذ", "اندماج", "الاندماج", "حصة", "أسهم", "الأسهم")
VACCINATION_WORDS = _words("تلقيح", "للتلقيح", "التلقيح", "تطعيم", "للتطعيم", "التطعيم", "لقاح", "اللقاح", "اللقاحات")
ROUTINE_HOSTS = frozenset({"EDU", "HLH", "BUS", "MED"})  # a state's own institutions an official tours or receives


def _routine(tokens: Sequence[Token], c: Coded, explain: list[str] | None) -> bool:
    """Domestic routine told with political words (GUIDELINES §4): an inspection visit (زيارة تفقدية), a
    visit to an institution (مستشفى، مدرسة، مقر) among one country's own officials, a seminar or
    workshop that "discusses" its programme, a legal time limit (مهلة للاستئناف), a pledge to keep fighting,
    and the routine of a host or an office found on real news (:func:`_office_routine`)."""
    why = None
    near = tokens[c.last + 1: c.last + 7]
    if c.etype in ("CONSULT", "AGREE") and c.source and len({state_country(m) for m in c.source + c.target}) == 1 \
            and all(state_country(m) for m in c.source + c.target) \
            and any(_has_any(t, SESSION_WORDS) for t in near):
        why = "a session of a country's own assembly or council"
    elif c.pattern.id.startswith("consult.") and not c.target and c.noun and _own_meeting(tokens[c.first]) and len(
            {_country(m) for m in c.source} - {None}) <= 1 and all(state_country(m) for m in c.source):
        why = "a government body's own meeting (مجلس الحكومة … في اجتماعه)"
    elif c.etype == "CONSULT":
        countries = {_country(m) for m in c.source + c.target} - {None}
        at_home = c.location is None or c.location.country in countries
        if not c.target and any(_has_any(t, INSPECTION_WORDS) for t in tokens[c.last + 1: c.last + 3]):
            why = "an inspection visit"
        elif c.mode == "visit" and len(countries) <= 1 and at_home and any(
                _institution(t) for t in tokens[c.last + 1: c.last + 11]):  # past the visitor's long title
            why = "a visit to an institution among one country's own officials"
        elif not c.target and any(_has_any(t, SEMINAR_WORDS) for t in tokens):
            why = "a seminar or workshop"
        elif c.mode == "visit" and not c.target and c.location is not None and c.location.country in countries:
            why = "an official touring a place of his own country: nobody visited"
        elif c.target and len(countries) <= 1 and all(m.sector == "CVL" for m in c.target):
            why = "an official meeting residents or citizens of his own country"
        elif c.target and len(countries) <= 1 and all(m.sector in ROUTINE_HOSTS for m in c.target):
            why = "an official meeting or visiting his own country's schools, hospitals, firms or media"
        elif len(countries) <= 1 and (any(_has_any(t, CHAIR_VERBS) for t in tokens[max(0, c.first - 6):c.first])
                                      or any(_has_any(t, CHAIR_FINITE) for t in tokens[max(0, c.first - 9):c.first])) \
                and any(_has_any(t, CABINET_WORDS) for t in tokens[c.last + 1: c.last + 4]):
            why = "a meeting of a government's own cabinet or committee"
    elif c.etype in ("AGREE", "COOPERATE") and any(_has_any(t, FIRM_WORDS) for t in tokens) and any(
            _has_any(t, TAKEOVER_WORDS) for t in tokens):
        why = "firms agreeing on a takeover, merger or stake: economy"
    elif c.etype == "ASSAULT" and c.pattern.id == "assault.attack" and any(
            _has_any(t, VACCINATION_WORDS) for t in tokens):
        why = "a vaccination or health campaign 'targeting' people"
    elif c.etype == "PROTEST" and c.mode in (None, "demo") and any(_has_any(t, CELEBRATION_WORDS) for t in tokens):
        why = "marches of a celebration (العيد الوطني، احتفالات)"
    elif c.etype in ("COERCE", "SANCTION", "ASSAULT") and _common_crime(tokens, c):
        why = "common crime (a drug gang, fraud, a family murder) with no political party"
    elif c.pattern.id == "aid.evacuate" and not c.noun and any(
            _has_any(t, POSTPONED_WORDS) for t in tokens[c.last + 1: c.last + 7]):
        why = "a postponement (أجّلت المحكمة نظر القضية), not an evacuation"
    elif c.etype == "AGREE" and c.pattern.id == "agree.consent" and len(
            {_country(m) for m in c.source + c.target} - {None}) <= 1 and _domestic_business(tokens, c):
        why = "a government body approving a bill, a budget or an appointment"
    elif c.etype == "THREATEN" and any(_has_any(t, APPEAL_WORDS) for t in near):
        why = "a legal time limit"
    elif c.etype == "AGREE" and c.pattern.id in PLEDGE_PATTERNS and any(
            _has_any(t, FIGHT_WORDS) for t in tokens[c.last + 1: c.last + 7]):
        why = "a pledge to keep fighting"
    if why is None:
        why = _office_routine(tokens, c)
    if why is not None and explain is not None:
        explain.append(f"{c.pattern.id}: {why}: domestic routine or procedure, not a political event")
    return why is not None


POSSIBLE_WORDS = _words("محتمل", "محتملة", "المحتمل", "المحتملة", "محتملا", "محتملين", "المحتملين")


MET_VERBS = _words("قوبل", "قوبلت", "قوبلا", "قوبلوا", "جوبه", "جوبهت", "واجه", "واجهت", "يواجه", "تواجه")
MET_REACH = 10


def _met_with(tokens: Sequence[Token], first: int) -> int | None:
    """Where "قوبل / جوبه / واجه" stands when a ب-noun trigger completes it (قوبلت الغارات … بإدانة)."""
    if tokens[first].prefix.lstrip("وف")[:1] != "ب":
        return None
    for k in range(first - 1, max(-1, first - 1 - MET_REACH), -1):
        if tokens[k].norm in CLAUSE_PUNCT:
            return None
        if _has_any(tokens[k], MET_VERBS):
            return k
    return None


def _possible(tokens: Sequence[Token], c: Coded, explain: list[str] | None) -> bool:
    """A noun act called possible (قمة محتملة، هجوم محتمل، الانسحاب المحتمل) is a prospect, not a report."""
    if not c.noun or c.last + 1 >= len(tokens) or not _has_any(tokens[c.last + 1], POSSIBLE_WORDS):
        return False
    if explain is not None:
        explain.append(f"{c.pattern.id}: «{tokens[c.last + 1].text}»: a possibility, not an act")
    return True


DRAFT_WORDS = _words("مشروع", "مشروعا", "مسودة", "مسوده")
DRAFT_REACH = 6  # words between "مشروع قرار" and the verb of its text (مشروع قرار غربياً في مجلس الأمن يطالب)


def _draft_text(tokens: Sequence[Token], c: Coded, explain: list[str] | None) -> bool:
    """What a draft calls for (مشروع قرار … يدعو إلى هدنة) is its text, not anyone's appeal: voted down or
    not yet voted, it is nobody's act (the vote, a veto, is the event)."""
    if c.cameo[:2] != "02" or c.noun:
        return False
    k = next((j for j in range(c.first - 1, max(-1, c.first - 1 - DRAFT_REACH), -1)
              if tokens[j].norm in CLAUSE_PUNCT or _has_any(tokens[j], DRAFT_WORDS)), None)
    if k is None or tokens[k].norm in CLAUSE_PUNCT:
        return False
    if explain is not None:
        explain.append(f"{c.pattern.id}: the text of a draft («{tokens[k].text}»), nobody's appeal")
    return True


def _common_crime(tokens: Sequence[Token], c: Coded) -> bool:
    """Police and courts dealing with ordinary crime (عصابة مخدرات، التهرب الضريبي، قتل والده، جريمة قتل),
    and a stabbing or murder case by nobody named: no target beyond criminals, businessmen or unnamed
    people, and a crime word in the sentence."""
    if any(m.sector not in ("CRM", "BUS", "CVL") and (m.sector or m.actor_code) for m in c.target):
        return False  # (a target with no code at all is an unnamed person)
    if c.cameo in ("1723", "1724") and any(m.sector == "GOV" for m in c.source):
        return False  # a government's curfew or state of emergency is a political act, whatever crime caused it
    if c.etype == "ASSAULT":
        if any(_has_any(t, KIN_WORDS) for t in tokens[c.last + 1: c.last + 3]):
            return True
        # a murder case (طعناً، جريمة قتل) with no political or armed party named as the killer
        # the killing named by "جريمة قتل" is the case the police or a court deal with; an armed party or
        # settlers committing "جريمة قتل" stay an assault
        named_case = c.first > 0 and _has_any(tokens[c.first - 1], MURDER_HEADS) and all(
            m.sector in ("CRM", "COP", "JUD") for m in c.source)
        if all(m.sector in ("CRM", "CVL") for m in c.source) and any(
                _has_any(t, QUARREL_WORDS) or _has_any(t, CRIME_WORDS) for t in tokens):
            return True  # a quarrel, a robbery, a gang: a criminal case when nobody political is named
        if all(m.sector in ("CRM", "CVL", "UAF") for m in c.source) and any(_has_any(t, ROBBERY_WORDS) for t in tokens):
            return True  # "أطلق مسلح النار على صاحب محل للصرافة وسلب منه": a gunman's robbery
        return named_case or (all(m.sector == "CRM" for m in c.source) and _murder_case(tokens))
    return any(_has_any(t, CRIME_WORDS) for t in tokens) or _murder_case(tokens)


def _murder_case(tokens: Sequence[Token]) -> bool:
    """The words of a criminal case of killing: a stabbing, or "جريمة قتل" (a murder case), but not the
    "جريمة" of a terrorist or political crime."""
    return any(_has_any(t, STAB_WORDS) for t in tokens) or any(
        _has_any(t, MURDER_HEADS) and tokens[k + 1].norm in ("قتل", "القتل")
        for k, t in enumerate(tokens[:-1]))


def _own_meeting(tok: Token) -> bool:
    """A meeting noun with a possessive pronoun (اجتماعه، اجتماعها): the body's own meeting."""
    norm = tok.norm
    for suffix in ("ها", "ه"):
        if norm.endswith(suffix) and _has_any_norm(norm[: -len(suffix)], MEETING_WORDS):
            return True
    return False


def _institution(tok: Token) -> bool:
    """An institution noun, also in the indefinite accusative (زار مصنعاً، افتتح مستشفىً)."""
    return _has_any(tok, INSTITUTIONS) or (tok.norm.endswith("ا") and _has_any_norm(tok.norm[:-1], INSTITUTIONS))


def _named_body_purpose(tokens: Sequence[Token], first: int, named: frozenset[int]) -> bool:
    """"مركز الملك سلمان للإغاثة"، "اللجنة العليا للإغاثة": a ل-noun after a body's head and its patron's name (or one
    adjective) names the body's purpose, it reports no act."""
    for k in range(first - 1, max(-1, first - 5), -1):
        if k < first - 1 and _has_any(tokens[k], NAMED_BODY_HEADS):
            return True
        adjective = k == first - 1 and tokens[k].is_word and tokens[k].norm.startswith("ال") \
            and tokens[k].norm.endswith(("ي", "يا", "يه"))  # one nisba or elative: «العليا»، «الوطنية»
        if k not in named and not adjective:
            return False
    return False


def _admits_loss(tokens: Sequence[Token], first: int, last: int) -> bool:
    """Whether an admission verb (اعترف، يعترف) takes a defeat, loss or fault as its ب-object in its clause."""
    if not tokens[first].norm.lstrip("وف").startswith(("اعترف", "يعترف", "تعترف", "معترف")):
        return False
    for k in range(last + 1, min(len(tokens), last + 12)):
        if tokens[k].norm in (".", "؟", "!", "؛"):
            return False
        if tokens[k].norm.lstrip("وف")[:1] == "ب" and _has_any(tokens[k], ADMITTED_LOSSES):
            return True  # any ب-word of the clause (the split may be missing: «بفشل» keeps no prefix)
    return False


def _has_any_norm(norm: str, words: frozenset[str]) -> bool:
    return norm in words or (norm[:2] == "ال" and norm[2:] in words)


def _domestic_business(tokens: Sequence[Token], c: Coded) -> bool:
    """"وافق مجلس الوزراء على مشروع قانون الموازنة": the object of consent is a bill, budget or decree."""
    on = next((k for k in range(c.last + 1, min(len(tokens), c.last + 10)) if tokens[k].norm == "علي"), c.last)
    after = tokens[on + 1: on + 5]
    for k, t in enumerate(after):
        pair = f"{t.norm} {after[k + 1].norm}" if k + 1 < len(after) else ""
        if _has_any(t, DOMESTIC_BUSINESS) or pair in DOMESTIC_BUSINESS:
            return True
    return False


def _trend_or_habit(tokens: Sequence[Token], c: Coded, explain: list[str] | None) -> bool:
    """A count over time is a statistic, not an event: "ارتفاعاً ملحوظاً في عمليات الخطف"، "اختطاف مئات
    الأشخاص سنوياً".  A trend word shortly before a noun trigger, or a rate adverb shortly after it."""
    trend = c.noun and any(_has_any(tokens[k], TREND_WORDS) for k in range(max(0, c.first - TREND_REACH), c.first))
    trend = trend or (c.noun and c.first > 0 and tokens[c.first - 1].norm in COUNT_HEADS
                      and tokens[c.first].prefix.endswith("ال"))  # "عدد الهجمات": a count, not an attack
    habit = any(_has_any(tokens[k], RATE_ADVERBS) for k in range(c.last + 1, min(len(tokens), c.last + 1 + TREND_REACH)))
    habit = habit or (not c.source and c.etype in FORCE_TYPES and _period_total(tokens))
    if (trend or habit) and explain is not None:
        explain.append(f"{c.pattern.id}: a trend or a rate (ارتفاع في عمليات، سنوياً): a statistic, not an event")
    return trend or habit


def _period_total(tokens: Sequence[Token]) -> bool:
    """"قُتل أكثر من 3500 مدني خلال العام الماضي": deaths or arrests summed over a year or more, with
    nobody named as the actor, are a statistic (a yearly toll, a report's figures), not an event."""
    norms = [t.norm for t in tokens]
    for k, w in enumerate(norms[:-1]):
        if w in PERIOD_INTROS:
            span = norms[k + 1: k + 6]
            if any(u in PERIOD_UNITS for u in span) and (
                    w in ("خلال", "طوال") or "بدايه" in span or "مطلع" in span):
                return True
    return False


def _endangers(tokens: Sequence[Token], c: Coded, args: Sequence[Arg], explain: list[str] | None) -> bool:
    """"تهدد قدرتها"، "يهدد أمن المنطقة": a threat verb whose object is a state of affairs endangers it; a
    threat is made against a party (هدد إيران) or with an act (هدد بـ)."""
    if c.etype != "THREATEN" or c.noun or c.last + 1 >= len(tokens):
        return False
    obj = tokens[c.last + 1]
    if not _has_any(obj, ENDANGERED) or any(a.first == c.last + 1 for a in args):
        return False
    if explain is not None:
        explain.append(f"{c.pattern.id}: its object «{obj.text}» is a state of affairs: it endangers, no one threatens")
    return True


def _writer_act(tokens: Sequence[Token], c: Coded, speeches: Sequence[Speech], explain: list[str] | None) -> bool:
    """Outside quotes a first person is the writer (التقينا شاباً، آخر زيارة لي): a reporter's own errand,
    not a political event.  In reported speech "we" is the speaker, so quotes keep theirs."""
    if _inside_quote(tokens, c.first) or governing_speech(list(speeches), c) or any(
            t.norm == ":" for t in tokens[: c.first]):
        return False  # "محافظ عدن: اعتقلنا …": a colon gives the floor to the one named before it
    tok = tokens[c.first]
    first_person = not c.noun and c.first == c.last and any(
        f.endswith("نا") and len(f) > 4 and f[-3] != "ن" and f in c.pattern.verb_forms for f in _norm_forms(tok))
    if c.noun and c.last + 1 < len(tokens) and tokens[c.last + 1].norm in FIRST_PERSON:
        first_person = True
    if first_person and explain is not None:
        explain.append(f"{c.pattern.id}: told in the first person outside quotes: the writer's own doing")
    return first_person


def _taa_marbuta_clipped(tok: Token, form: str) -> bool:
    """A form made by clipping the ة of a noun as if it were a pronoun (الشرطة → شرط, وزارة → زار)."""
    return tok.text.rstrip(_MARKS).endswith("ة") and not form.endswith("ه")


def _possessed_noun(tok: Token, form: str) -> bool:
    """``form`` ends in ت and the token adds a pronoun to it: سيطرتهم is سيطرة + هم, not سيطرت + هم."""
    if not form.endswith("ت"):
        return False
    at = tok.norm.rfind(form)
    return at >= 0 and tok.norm[at + len(form):] in POSSESSIVES


def _nominal_use(tok: Token, form: str) -> bool:
    """A verb-looking form that the article or a ل/ب proclitic marks as a verbal noun (القتل، لدعم).  ل before
    an imperfect is a verb of purpose (لتوقف), but ب never takes a verb: بتوقفه is a noun (his stopover)."""
    if tok.prefix.lstrip("وف") == "ب" and form[:1] in ("ي", "ت", "ن"):
        return True
    if not tok.norm.endswith(form) or tok.norm == form:
        return False
    stripped = tok.norm[: len(tok.norm) - len(form)].lstrip("وف")
    if "ال" in stripped:
        return True
    return stripped in ("ل", "ب", "لل") and form[:1] not in ("ي", "ت", "ن")


ORDER_VERBS = _words("أمر", "أمرت", "يأمر", "تأمر", "أوعز", "أوعزت", "يوعز", "وجه", "وجهت")  # (not توجه: heads to)
ORDER_REACH = 5  # "أمرت النيابة العامة بحبس": the orderer's name may stand between the verb and its ب


def _ordered(tokens: Sequence[Token], first: int) -> bool:
    """A verbal noun with ب after a verb of ordering (أمر بنشر الجيش، سيأمر برفع العقوبات، وجّه بتسيير): the act
    ordered, coded as the orderer's act (as the gold does), not a noun of purpose."""
    if tokens[first].norm.lstrip("وف")[:1] != "ب":
        return False
    for k in range(first - 1, max(-1, first - 1 - ORDER_REACH), -1):
        if tokens[k].norm in CLAUSE_PUNCT:
            return False
        if _has_any(tokens[k], ORDER_VERBS) or _has_any(tokens[k], FUTURE_ORDER_VERBS):
            return True
    return False


FUTURE_ORDER_VERBS = _words("سيأمر", "ستأمر", "سيوعز")


def _listed_noun(p: Pattern, form: str) -> bool:
    return form in p.noun_forms


def _prep_of(tokens: list[Token], first: int, mention: ActorMention, stop: frozenset[str] = frozenset()) -> str:
    tok = tokens[first]
    clitic = ""
    if mention.start > tok.start:
        clitic = normalize(tok.text[: mention.start - tok.start])
    elif tok.norm not in normalize(f"{mention.name or ''} {mention.text}").split() or _has_any(tok, COUNTERPART_WORDS):
        clitic = tok.prefix  # the mention kept its proclitic (لوزير الخارجية، بنظيره البريطاني ديفيد كاميرون)
    clitic = clitic.lstrip("وف")
    if clitic.endswith("ال"):
        clitic = clitic[:-2]
    if clitic in ("ب", "ل", "ك", "لل"):
        if clitic in ("ل", "لل") and first > 0 and _has_any(tokens[first - 1], CONTAINER_NOUNS):
            # "على مواقع لحركة حماس"، "قصفت مواقع لوحدات …": ل marks whose the container is; the
            # container's own preposition (or none: a direct object) is the argument's
            outer = _prep_of_word(tokens, first - 1, stop)
            return outer or CONTAINER_OBJECT
        return "ل" if clitic == "لل" else clitic
    return _prep_of_word(tokens, first, stop)


# "counterpart" with its possessive endings: the actor stage keeps a proclitic on it (بنظيره البريطاني)
COUNTERPART_WORDS = frozenset({"نظير", "نظيره", "نظيرها", "نظيرته", "نظيرتها", "نظيريه", "نظيرهم", "نظراءه",
                               "نظرايه", "نظراءها", "نظرايها"})


def _prep_of_word(tokens: list[Token], first: int, stop: frozenset[str]) -> str:
    """The preposition up to a few words before token ``first``, looking past containers and numbers."""
    k = first - 1
    steps = 0
    while k >= 0 and steps < 3:
        norm = tokens[k].norm
        if not tokens[k].is_word:
            if norm in ("«", "(", '"', "“") and k > 0 and k == first - 1:
                prev = tokens[k - 1].norm
                prev = prev[1:] if prev[:1] in ("و", "ف") and prev[1:] in PREPOSITIONS else prev
                return prev if prev in PREPOSITIONS else ""
            return ""
        if norm in COMPLEMENTIZERS or _has_any(tokens[k], stop):
            return ""
        bare = norm[1:] if norm[:1] in ("و", "ف") and len(norm) > 2 and norm[1:] in PREPOSITIONS else norm
        if k == first - 1 and norm in DECISION_HEADS:
            return ""  # "عن قرار الرباط تجميد علاقاتها": whose decision it is, not the preposition's object
        if k > 0 and (tokens[k - 1].norm, bare) in TWO_WORD_PREPS:
            return TWO_WORD_PREPS[(tokens[k - 1].norm, bare)]
        if _has_any(tokens[k], DIRECTIONS):
            return "في"
        if _has_any(tokens[k], SPONSOR_WORDS):
            return SPONSOR  # "برعاية الأمم المتحدة": the sponsor is no party to the talks  # "بشمال شرقي نيجيريا"، "جنوب لبنان": a place, wherever the preposition is
        if bare == "عن" and k > 0 and _has_any(tokens[k - 1], DELEGATION_WORDS):
            return _prep_of_word(tokens, k - 1, stop)  # "ممثلون عن الحكومة وطالبان التقوا": whom they represent
        if bare == "من" and k > 0 and _has_any(tokens[k - 1], DELEGATION_WORDS):
            # "استقبل … وفداً من حركة حماس": the delegation's party is the argument the delegation would be
            return _prep_of_word(tokens, k - 1, stop) or CONTAINER_OBJECT
        if bare == "من" and k > 0 and (tokens[k - 1].norm in PARTITIVES or _has_any(tokens[k - 1], UNIT_NOUNS)):
            k -= 2  # "عن أي من المعتقلين"، "على عدد من المواقع": the partitive is not the argument's
            steps += 1
            continue
        if bare in PREPOSITIONS:
            return bare
        if _has_any(tokens[k], CONTAINER_NOUNS) and tokens[k].prefix.lstrip("وف")[:1] in ("ب", "ل"):
            return tokens[k].prefix.lstrip("وف")[:1]  # "رحبت بمبادرة السعودية": the container's own ب
        if not _has_any(tokens[k], CONTAINER_NOUNS) and parse_number(tokens, k) is None:
            return ""  # look past container nouns and numbers only: "على مواقع تنظيم داعش"، "على ثلاثة مسؤولين"
        steps += 1
        k -= 1
    return ""


# time words, prepositions and anonymous attribution heads: what may stand between قال and إن but names no person
_NOT_A_NAME = _words("أمس", "أيضا", "كذلك", "اليوم", "مجددا", "مؤخرا", "سابقا", "لاحقا", "بدوره", "بدورها", "على",
                     "إلى", "حول", "لدى", "عبر", "بعد", "قبل", "مصدر", "مصادر", "مسؤول", "مسؤولون", "متحدث",
                     "ناطق", "شهود", "مراسل", "مسعفون", "سكان", "ناشطون", "ناشط", "خبراء", "خبير", "محللون")


def _unknown_speaker(tokens: list[Token], s: Speech) -> str | None:
    """The bare name of a speaker the actor stage did not recognise («وقال كولو إن المسلحين …»): one or
    two words between the speech verb and إن/أن, with no article, ل or pronoun suffix.  Such a speaker
    is a third party to an act with named actors, so the act is reported, not asserted; a title (المتحدث
    باسم الجيش) may be the actor's own voice and is left alone."""
    comp = s.content_start - 1
    if comp <= s.cue_last or not (tokens[comp].norm in COMPLEMENTIZERS
                                   or any(f in COMPLEMENTIZERS for f in tokens[comp].forms)):
        return None
    words = tokens[s.cue_last + 1:comp]
    if not 1 <= len(words) <= 2:
        return None
    for tok in words:
        # a name may look as if it had a proclitic (بيترسون), but not a ل (لرويترز: the addressee)
        if "ل" in tok.prefix or tok.suffix or not tok.text.isalpha() or tok.norm.startswith("ال") \
                or _has_any(tok, _NOT_A_NAME) or len(tok.norm) < 3:
            return None
    if len(words) == 2 and words[1].norm.endswith("ي"):
        return None  # a noun and its nisba (مصدر عسكري، مسؤول محلي): an anonymous source, maybe the actor's own
    return " ".join(t.text for t in words)


_PROCLITICS = re.compile("[وف]?[بلس]?(ال)?")


def _clipped_particle(tok: Token, m: PhraseMatch[str]) -> bool:
    """A short cue (لو، ولو، أمل) read off the end of a longer word (the name كولو split as ك+ولو, كامل as
    ك+امل) is no cue: what stands before a real cue word is و، ف، ب، ل، س or ال (بشرط، بعدم، لنقل).  Nor is a cue
    of any length after a bare ك (section 35: كاملة read as ك + أمله, "his hope"): "like" heads no statement."""
    form = normalize(m.first_form or "")
    if m.first != m.last or not tok.norm.endswith(form) or tok.norm == form:
        return False
    rest = tok.norm[:-len(form)]
    if rest in LIKE_PROCLITICS:
        return True
    return len(form) <= 3 and _PROCLITICS.fullmatch(rest) is None


def governing_speech(speeches: list[Speech], c: Coded) -> list[Speech]:
    """The speech or claim cues whose content holds the event."""
    return [s for s in speeches if s.content_start <= c.first <= s.content_end and s.cue_last < c.first]


def _pronoun_subject(tokens: list[Token], c: Coded) -> bool:
    """A verb with no named subject whose subject is a pronoun pointing at the speaker: أنها ستسحب،
    طائراته قصفت، أن تكون قواته قد اعتقلت."""
    if c.source:
        return False
    anchor = c.first
    if c.noun:  # a light-verb noun (ستتخذ إجراءات): the light verb carries the subject
        lo = max(0, c.first - c.pattern.window)
        verbs = [k for k in range(lo, c.first) if c.pattern.needs_before and _has_any(tokens[k], c.pattern.needs_before)]
        # no light verb before the span: the span itself starts with it (شنت غارات)
        anchor = verbs[-1] if verbs else _order_verb_before(tokens, c.first)
    k = anchor - 1
    while k >= 0 and anchor - k <= 4:
        tok = tokens[k]
        if tok.norm in PRONOUN_COMPLEMENTIZERS or _has_any(tok, OWN_FORCES):
            return True
        if tok.norm not in AUXILIARIES:
            return False
        k -= 1
    return False


def _conditional_in(tok: Token) -> bool:
    """«إنْ» (hamza below, no shadda) right before a verb is the conditional particle: «إنّ» never precedes one.
    Written without the hamza (ان) it could be أنْ (بعد أن هاجمت), so only the marked spelling counts."""
    return tok.norm == "ان" and SHADDA not in tok.text and "".join(ch for ch in tok.text if ch not in _MARKS) == "إن"


def _negating_ma(tokens: Sequence[Token], k: int) -> bool:
    """«ما» heading its clause right before a bare verb negates it (ما قصفت الطائرات); the relative «ما»
    (ما قصفته الطائرات، بما، مما) carries a resumptive pronoun or follows a word, so the caller checks
    the verb is bare and here the particle must open the sentence or follow clause punctuation."""
    if tokens[k].norm not in ("ما", "وما", "فما"):
        return False
    if k == 0 or tokens[k].norm != "ما" or tokens[k - 1].norm in CLAUSE_PUNCT or tokens[k - 1].norm in QUOTE_PUNCT:
        return True
    # "قال إن الطيران الروسي ما استهدف …": after the reported clause's own subject, right after إنّ/أنّ
    prev = tokens[k - 1].norm
    return prev.startswith("ال") and prev not in RELATIVES and any(
        tokens[j].norm in ("ان", "انه", "انها", "بان") for j in range(max(0, k - 5), k - 1))


def _bare_word(tok: Token) -> str:
    """The token without a leading و/ف (وتضامناً → تضامنا)."""
    return tok.norm[1:] if tok.norm[:1] in ("و", "ف") and len(tok.norm) > 3 else tok.norm


def _counted_nationals(tokens: Sequence[Token], k: int) -> bool:
    """Section 32: an indefinite nisba right after a number (25 فلسطينياً، ثلاثة سعوديين) counts people of that
    country; not a definite adjective (القوات الـ3 الروسية) nor one after a noun it describes, nor a share of people
    counted already (290 محتجزاً، بينهم ثلاثة سعوديين: the released are the 290, the party is not the Saudis)."""
    tok = tokens[k]
    return k > 0 and not tok.norm.startswith("ال") and tok.norm.endswith(COUNTED_NISBA_ENDINGS) \
        and parse_number(tokens, k - 1) is not None and not (k > 1 and tokens[k - 2].norm in AMONG_WORDS)


def _civil_words(a: Arg) -> bool:
    """An argument made from plain words naming civilians (15 شخصاً، منازل فلسطينية), not a named actor."""
    return all(m.how in ("people-noun", "nisba") and m.sector == "CVL" for m in a.mentions)


def _victims(a: Arg) -> bool:
    """Every actor of the argument is of a sector that suffers force rather than uses it."""
    return all(m.sector in VICTIM_SECTORS for m in a.actors())


LONG_NAME = 3  # an actor name this long (titles and a full name) is not counted in a window; a short one is
NAMED_SKIP_MAX = 24  # tokens of names and dates a window may look past (a verb-first subject with titles)


def _named_tokens(tokens: Sequence[Token], mentions: Sequence[ActorMention | DateMention | PlaceMention], shortest: int = 1,
                  bounds: tuple[Sequence[int], Sequence[int]] | None = None) -> frozenset[int]:
    """Tokens inside actor names and dates: a window counts words of the clause, and a long subject
    («وقّع وزير البترول المصري طارق الملا ونظيره القبرصي في القاهرة، الثلاثاء، اتفاقية») must not use it up.

    ``bounds`` (the tokens' starts and ends, in text order) saves rebuilding them when a caller asks often."""
    if not mentions:
        return frozenset()
    starts, ends = bounds if bounds is not None else ([t.start for t in tokens], [t.end for t in tokens])
    out: set[int] = set()
    for m in mentions:
        # the tokens overlapping the mention: those ending after it starts and starting before it ends
        span = range(bisect.bisect_right(ends, m.start), bisect.bisect_left(starts, m.end))
        if isinstance(m, DateMention) or len(span) >= shortest:
            out.update(span)
    return frozenset(out)


def _against_target(tokens: Sequence[Token], last: int, after: Sequence[Arg], source: Arg | None,
                     named: frozenset[int], charge: bool) -> Arg | None:
    """Section 32: a party after «ضد / بحق / في حق» in a hostile act's clause is whom it is aimed at, also past the
    act's own object (هدد باستخدام السلاح النووي ضد أوكرانيا، رفعت دعوى أمام المحكمة ضد ألمانيا)."""
    sides = {state_country(m) for m in source.actors()} - {None} if source is not None else set()
    for a in after:
        if a is source or a.prep not in AGAINST_PREPS or _gap(tokens, last, a.first, named) > AGAINST_REACH:
            continue
        between = tokens[last + 1:a.first]
        if any(t.norm in CLAUSE_PUNCT for t in between):
            return None  # "…، بسبب انتهاكات بحق المدنيين": another clause's act
        if charge and any(t.prefix.lstrip("وف")[:1] == "ب" or t.norm == "بسبب" for t in between):
            return None  # "اتهمها بالتمييز ضد وسائل الإعلام": the victims of the charged act, not the accused
        if any(state_country(m) in sides for m in a.actors()):
            return None  # "… ضد الجيش السوري" by Syria's own forces: a side's own, not read here
        return a
    return None


def _gap(tokens: Sequence[Token], last: int, first: int, named: frozenset[int], commas: bool = True) -> int:
    """Words between ``last`` and ``first``, the names and dates (and, with ``commas``, the commas
    around a fronted adjunct) of a long clause not counted."""
    free = sum(1 for k in range(last + 1, first) if k in named or (commas and tokens[k].norm in ("،", ",")))
    return first - last - min(free, NAMED_SKIP_MAX)


def _window_after(tokens: Sequence[Token], last: int, window: int, named: frozenset[int],
                  dated: frozenset[int] = frozenset()) -> list[int]:
    """Token indexes after ``last`` within ``window`` words: the names right after it (a verb-first
    subject), dates and commas are not counted; names further on are (they may be the next clause's)."""
    out: list[int] = []
    budget, skipped = window, 0
    subject = True
    k = last + 1
    while k < len(tokens) and budget > 0:
        out.append(k)
        free = (subject and k in named) or k in dated or tokens[k].norm in ("،", ",")
        if free and skipped < NAMED_SKIP_MAX:
            skipped += 1
        else:
            budget -= 1
            subject = False
        k += 1
    return out


BACKGROUND_SCOPE = frozenset({"عقب", "اثر", "بعد", "اعقاب", "خلفيه", "ردا"})
BACKGROUND_REACH = 12  # a background clause's act stands this many tokens after its intro at most
# an anniversary named as the occasion or the time of an act (بمناسبة، عشية، قبيل، غداة الذكرى), or an era
# named for comparison (منذ الحرب العالمية الثانية): the act before it is news
HISTORY_SCOPE = BACKGROUND_SCOPE | frozenset({"بمناسبه", "لمناسبه", "مناسبه", "عشيه", "قبيل", "غداه",
                                              "بالتزامن", "تزامنا", "تزامن",  # "بالتزامن مع الذكرى الثالثة"
                                              "منذ",  # "أكبر هجوم منذ الحرب العالمية الثانية": a comparison
                                              "عن"})  # "اعتذر عن … خلال الحقبة الاستعمارية": what it is about


ANNIVERSARY_WORDS = frozenset({"ذكري", "الذكري"})  # normalised ذكرى


def _history_in_background(tokens: Sequence[Token], hits: list[tuple[int, int]]) -> int | None:
    """Where the background clause holding every history cue begins («…، على خلفية احتفالهم بذكرى
    الثورة»), or None: an anniversary told as the cause of an act leaves the act before it news."""
    if not hits:
        return None
    cuts: list[int] = []
    for first, _ in hits:
        k = first - 1
        while k >= max(0, first - BACKGROUND_REACH) and tokens[k].norm not in CLAUSE_PUNCT:
            if tokens[k].norm.lstrip("وف") in HISTORY_SCOPE or _has_any(tokens[k], HISTORY_SCOPE):
                break
            if k == first - 1 and tokens[k].norm == "في" and _has_any(tokens[first], ANNIVERSARY_WORDS):
                break  # round 3: "هدنة … في ذكرى النصر"، "التظاهر في ذكرى الثورة": the day it falls on, an occasion
            k -= 1
        if k < max(0, first - BACKGROUND_REACH) or tokens[k].norm in CLAUSE_PUNCT or k == 0:
            return None
        cuts.append(k)
    return min(cuts)


# round 3 of recall: the time words of a clause telling an earlier act ("بعد ساعات من الهجوم التركي")
TIME_INTROS = frozenset({"عقب", "اثر", "بعد", "اعقاب", "غداه", "وسط"})
# ... and the words of an answer, a protest or a toll before it (رداً على اتهامات أطلقتها باكو، احتجاجاً على
# الهجمات الإسرائيلية، ضحايا في غارة نفذتها مقاتلات هولندية); not an ongoing state (استمرار غارات تركيا سيؤدي)
OWN_ACTOR_INTROS = TIME_INTROS | frozenset({"رد", "ردا", "وردا", "ردها", "رده", "احتجاجا", "تنديدا", "استنكارا",
                                            "ضحايا", "لضحايا"})


def _told_with_own_actor(tokens: Sequence[Token], c: Coded) -> bool:
    """Whether a noun act names its own actor after it, in its own clause: a nisba (الهجوم التركي), a genitive
    doer (اقتحام محتجين، اتهام كييف), a relative verb's subject (مفاوضات أجرتها القاهرة) or the parties
    "بين" — an earlier act the writer reports as news, not a cause told in passing ("بعد احتجاجات")."""
    # a meeting's or a clash's party after it is its own too (محادثات جمعته بنظيره، اشتباكات مع مسلحي الحوثي)
    parties = c.source + c.target if c.etype == "CONSULT" or c.pattern.reciprocal else c.source
    if not parties or any(tokens[k].norm.startswith(DESCRIBE_STEMS) for k in range(max(0, c.first - 3), c.first)):
        return False  # (ما وصفه بـ«العدوان الأمريكي»: a speaker's name for something, not a reported act)
    k = c.last + 1
    while k < len(tokens) and not (tokens[k].norm in CLAUSE_PUNCT or tokens[k].prefix[:1] == "و"):
        if any(tokens[k].start <= m.start < tokens[k].end for m in parties) and not (
                _has_any(tokens[k], SPONSOR_WORDS) or _has_any(tokens[k - 1], SPONSOR_WORDS)):
            # (a mediator or a sponsor, بوساطة أمريكية، برعاية أممية, is no party)
            return True
        k += 1
    return False  # (a verb conjoined with و opens a clause of its own)


def _joined_by_wa(tok: Token) -> bool:
    """A word carrying the conjunction و (وحظر، ووقف), whether or not the tokenizer split it off (وقف، وضع are
    whole words: no form without the و)."""
    return tok.prefix.lstrip("ف")[:1] == "و" or (tok.norm[:1] == "و" and tok.norm[1:] in _norm_forms(tok))


def _conjoined_finite(tokens: Sequence[Token], c: Coded) -> bool:
    """A finite verb joined by و that cannot be read as a verbal noun (واستدعت، وقضت، ورفضت، وطالبت): it tells the
    subject's next act, while "بوقف الحرب وسحب القوات" coordinates verbal nouns (سحب is both; its noun form is listed)."""
    tok = tokens[c.first]
    if c.noun or c.first != c.last or not _joined_by_wa(tok):
        return False
    bare = tok.norm[1:]  # (three letters, وقتل، وقصف, may be a verbal noun of the first form as well)
    return (len(bare) > 3 or _short_finite(bare)) and bare in c.pattern.verb_forms and bare not in c.pattern.noun_forms


def _approved_form(tokens: Sequence[Token], c: Coded) -> bool:
    """Section 21: the approved act is a verbal noun, also one written like its verb right after على (وافق المجلس على
    صرف شريحة: صرف is read as a verb form, yet it is the consent's object)."""
    return c.noun or (c.first > 0 and c.first == c.last and tokens[c.first - 1].norm == "علي")


DECISION_NOUNS = frozenset({"قرار", "بقرار", "القرار", "بالقرار", "قرارات", "بقرارات"})
DECISION_REACH = 6  # "بقرار مجلس الأمن الدولي رفع": the deciding party's words between the decision and its act
DECIDED_WHY = "the act of a decision another party took (بقرار X رفع …): told as done"


def _decided_by(tokens: Sequence[Token], c: Coded, args: Sequence[Arg]) -> Arg | None:
    """Section 21: the party named between «قرار» and an act that is the decision's own content (بقرار الاتحاد
    الأوروبي رفع العقوبات), within the clause; None otherwise.  The act is a verbal noun."""
    if not c.noun or c.first < 2:
        return None
    for k in range(c.first - 1, max(-1, c.first - 1 - DECISION_REACH), -1):
        if tokens[k].norm in CLAUSE_PUNCT:
            return None
        if tokens[k].norm in DECISION_NOUNS:
            return next((a for a in args if k < a.first and a.last + 1 == c.first), None)
    return None


def _meeting_setting(tokens: Sequence[Token], c: Coded, events: Sequence[Coded], args: Sequence[Arg]) -> bool:
    """Section 21: a meeting noun with its own counterpart after «في» right after a verbal act's subject or verb
    (أصرّ الوفد الروسي في محادثات إسطنبول مع الجانب الأوكراني على …) is where the act is made, a meeting of its
    own; "دعا إلى المشاركة في محادثات" (after a noun of the content) stays content."""
    if not c.noun or c.etype != "CONSULT" or not c.target or c.first < 2 or tokens[c.first - 1].norm != "في":
        return False
    head = c.first - 2
    acts = [e for e in events if e is not c and not e.noun and e.last <= head]
    return any(e.last == head for e in acts) or any(
        a.last == head and not a.prep and any(e.source and _same_side(a.actors(), e.source) for e in acts)
        for a in args)


def _spoken_by_meeting(tokens: Sequence[Token], c: Coded, events: Sequence[Coded]) -> Coded | None:
    """Section 21: the verbal act whose subject is a meeting noun with its own parties right after the verb (دعت
    القمة العربية، طالب المؤتمر الدولي): the meeting is no content of it; None otherwise."""
    if not c.noun or c.etype != "CONSULT" or not c.source or tokens[c.first].prefix not in ("", "ال"):
        return None
    return next((e for e in events if e is not c and not e.noun and e.last + 1 == c.first), None)


OUTCOME_VERBS = _words("أسفرت", "أسفر", "تسفر", "يسفر", "أثمرت", "أثمر", "تمخضت", "تمخض")
OUTCOME_REACH = 10  # "أسفرت المباحثات الأردنية العراقية في عمّان عن تفاهم": the subject act lies between


def _outcome_parties(tokens: Sequence[Token], c: Coded, events: Sequence[Coded]) -> None:
    """Section 22: an outcome with no party of its own (أسفرت المحادثات الأردنية العراقية عن تفاهم) inherits the
    parties of the act that yielded it, the subject of أسفرت / أثمرت / تمخضت between that verb and the outcome."""
    verb = next((k for k in range(c.first - 1, max(-1, c.first - 1 - OUTCOME_REACH), -1)
                 if _has_any(tokens[k], OUTCOME_VERBS)), None)
    if verb is None or any(tokens[k].norm in CLAUSE_PUNCT for k in range(verb + 1, c.first)):
        return
    cause = next((o for o in events if o is not c and verb < o.first < c.first and o.source), None)
    if cause is not None:
        c.source, c.target = list(cause.source), list(cause.target)
        c.why.append("parties: those of the act that yielded it (أسفرت … عن)")


def _conjoined_future(tokens: Sequence[Token], c: Coded) -> bool:
    """Section 23: a future verb joined by و (وستفرض عقوبات، وسيسحب، وسوف تفرض), the trigger or the light verb
    of a noun trigger: the subject's next act, with an object of its own, not the content of the act before."""
    k = c.first if not c.noun else _light_verb_at(tokens, c.first, c.pattern)
    if k is None or k == 0 or (c.noun and k == c.first):
        return False
    tok = tokens[k]
    if tok.prefix.lstrip("ف") == "وس" and tok.stem[:1] in IMPERFECT_PREFIXES:
        return True
    return tokens[k - 1].norm in ("وسوف", "فسوف") and tok.norm[:1] in IMPERFECT_PREFIXES


IMPERFECT_PREFIXES = frozenset("تينا")


def _own_light_verb(tokens: Sequence[Token], c: Coded, o: Coded) -> bool:
    """Section 23: the noun's light verb, joined by و, stands after the act ``o`` told before it (ستعلّق المفاوضات
    وستفرض عقوبات): the noun is that verb's object, a second act, not ``o``'s object.  A light verb's noun inside
    the object (دمّرت منصات إطلاق الصواريخ) is no verb of its own."""
    k = _light_verb_at(tokens, c.first, c.pattern)
    return k is not None and k > o.last and _joined_by_wa(tokens[k]) and "ال" not in tokens[k].prefix


RECALL_CODE = "161"
RECALL_REACH = 8  # "استدعت سفيرها لدى أديس أبابا للتشاور": the envoy and his post between


def _recall_purpose(tokens: Sequence[Token], c: Coded, events: Sequence[Coded], explain: list[str] | None) -> bool:
    """Section 25: consultation with ل after an envoy's recall in its clause (استدعت سفيرها لدى كندا للتشاور) is the
    recall's purpose, part of that act, no meeting."""
    if c.etype != "CONSULT" or "ل" not in tokens[c.first].prefix:
        return False
    hit = any(o.cameo == RECALL_CODE and o.last < c.first <= o.last + RECALL_REACH and not any(
        tokens[k].norm in CLAUSE_PUNCT for k in range(o.last + 1, c.first)) for o in events)
    if hit and explain is not None:
        explain.append(f"{c.pattern.id}: the purpose of an envoy's recall (للتشاور), part of that act")
    return hit


GENITIVE_HEADS = _words("خلفية", "وقع")  # "على خلفية قصف"، "على وقع قصف": a noun governing a verbal noun


def _governed_noun(tokens: Sequence[Token], first: int, p: Pattern, form: str) -> bool:
    """Section 26: a form the pattern lists both as verb and as noun (قصف، صرف) right after a preposition or a
    governing noun (على خلفية قصف، بعد قصف، على صرف) is the verbal noun: a finite verb never follows them."""
    if first == 0 or not _listed_noun(p, form) or tokens[first].prefix.lstrip("وف"):
        return False
    prev = tokens[first - 1]
    return prev.norm in PREPOSITIONS or _has_any(prev, NOUN_GOVERNORS) or _has_any(prev, GENITIVE_HEADS)


def _others_request(tokens: Sequence[Token], c: Coded, events: Sequence[Coded]) -> bool:
    """Section 28: an indefinite request noun whose nisba names another party (رفضت طالبان طلباً أمريكياً بـ …) was
    made by that party: a record of its own, aimed at the one who answers it (an act before it of another
    side).  "طلب المجموعة" or "الطلب" (told before) stay the answer's content."""
    if tokens[c.first].prefix.lstrip("وف") or c.last + 1 >= len(tokens) or not c.source:
        return False
    if c.source[0].start != tokens[c.last + 1].start or not (
            "nisba" in (c.source[0].how or "") or TANWEEN_FATH in tokens[c.last].text):
        return False  # (a genitive, طلب المجموعة، carries no tanween)
    answer = next((o for o in events if o is not c and o.last < c.first and o.source), None)
    if answer is None or _same_side(answer.source, c.source):
        return False
    c.target = c.target or list(answer.source)
    return True


def _order_verb_before(tokens: Sequence[Token], first: int) -> int:
    """Section 22: the verb of ordering right before an ordered act (أعلن أنه سيأمر برفع العقوبات) carries its
    subject; else the act's own first token."""
    return first - 1 if first > 0 and _has_any(tokens[first - 1], ORDER_VERBS) else first


IN_IT_WORDS = _words("فيها", "فيه")  # (a call's «خلاله» is left to the praise rules of section 13)


def _told_in_it(tokens: Sequence[Token], c: Coded, events: Sequence[Coded]) -> None:
    """Section 22: a verb with a pronoun object after a comma, followed by «فيها / خلاله» (وجّه رسالة إلى الرئيس،
    دعاه فيها إلى زيارة) is said in the act told before it: that act's parties, sender and addressee."""
    if c.noun or c.first == 0 or c.last + 1 >= len(tokens) or tokens[c.first - 1].norm not in ("،", ","):
        return
    tok = tokens[c.first]
    if not (tok.suffix or (len(tok.norm) > 3 and tok.norm.endswith(("ه", "هم")))) \
            or not _has_any(tokens[c.last + 1], IN_IT_WORDS):
        return
    told = next((o for o in reversed(events) if o is not c and o.last < c.first and o.source), None)
    if told is not None and (not c.source or _same_side(c.source, told.source)):
        c.source, c.target = list(told.source), list(told.target) or c.target
        c.why.append("parties: those of the act it is told in (، دعاه فيها)")


INVITE_VERB_PATTERNS = frozenset({"agree.invite"})


def _relative_done(tokens: Sequence[Token], c: Coded, events: Sequence[Coded]) -> bool:
    """Section 21: a past verb right after a relative pronoun whose doer is named after it, of another side than
    the verbal act's (رفض المجلس مذكرة التفاهم التي وقعتها إثيوبيا): an act told as done, not what is said."""
    if c.first != c.last or c.first == 0 or _bare_word(tokens[c.first - 1]) not in RELATIVES:
        return False
    tok = tokens[c.first]
    if c.pattern.past_stems:
        if not any(tok.norm.startswith(stem) for stem in c.pattern.past_stems):
            return False
    elif c.pattern.verb_forms or tok.norm[:1] in IMPERFECT_PREFIXES:
        return False  # (a pattern of listed forms, وقعتها: the past unless it opens like an imperfect)
    own = [m for m in c.source if m.start >= c.trig_end]
    speaker = next((o for o in reversed(events) if o is not c and o.last < c.first and o.source), None)
    return bool(own) and speaker is not None and not _same_side(speaker.source, own)


CHARGE_CODE = "112"
DENIED_CHARGE_WHY = "denied: the act a charge alleges, which the accused denies in the sentence"


def _denied_charge(tokens: Sequence[Token], c: Coded, events: Sequence[Coded],
                   conditions: Sequence[tuple[int, int]], args: Sequence[Arg]) -> bool:
    """Section 29: the act an accusation alleges (اتهم السودان الإمارات بتزويد …) when the accused denies it later in
    the sentence (وهو ما نفته أبوظبي، في حين نفى متحدث باسم القوات): a record of the accused's act, denied."""
    charge = next((e for e in events if e is not c and e.cameo.startswith(CHARGE_CODE)
                   and e.last < c.first and any(lo <= c.first < hi for lo, hi in _content_scopes(
                       tokens, [e], conditions))), None)
    if charge is None or _conjoined_finite(tokens, c) or _conjoined_future(tokens, c):
        return False  # (a verb joined by و is the accuser's next act: حمّلت بغداد أنقرة المسؤولية واستدعت سفيرها)
    # the accused: the bare party right after the charge verb (its direct object), else the charge's target
    accused = next((a.actors() for a in args if charge.last < a.first < c.first and not a.prep
                    and not _same_side(a.actors(), charge.source)), charge.target)
    denial = next((d for d in events if d.pattern.role == "deny" and d.first > c.last and d.source and accused
                   and _same_country(d.source, accused)), None)
    if denial is None:
        return False
    if not c.source or _same_side(c.source, charge.source):
        c.source = list(accused)
    c.denied_by = [_actor_label(a) for a in denial.source]
    c.why.append(DENIED_CHARGE_WHY)
    return True


GROUND_TYPES = frozenset({"ASSAULT", "AID"})


def _foreign_ground(p: Pattern, ptype: str | None, prep: str, source: Arg | None, country: str) -> bool:
    """Section 24: an operation or an aid that needs a target, told in a place («في») of another country than its
    named actor's (وسّعت إسرائيل عملياتها البرية في جنوب لبنان، ستموّل قطر الوقود في قطاع غزة), is aimed at that
    country."""
    return (prep == "في" and p.requires_target and ptype in GROUND_TYPES and source is not None
            and country not in {state_country(a) for a in source.actors()})


def _short_finite(bare: str) -> bool:
    """Section 21: a three-letter verb form no verbal noun shares: a feminine past (دعت، شنت) or a doubled root
    (هدد، حدد: its noun is تهديد).  وقتل، وقصف stay ambiguous."""
    return len(bare) == 3 and (bare.endswith("ت") or bare[1] == bare[2])


APPROVALS = frozenset({"agree.consent"})  # a consent whose material content is coded as that act
APPROVED_TYPES = frozenset({"AID", "MOBILIZE"})
DESCRIBE_STEMS = ("وصف", "ووصف", "يصف", "تصف", "واصف")  # with any ending: وصفوه، وصفته، واصفاً
JUDGING_CODES = frozenset({"111", "055", "114"})
REGRET_CODE = "055"
APOLOGY_STEM = "عتذ"  # اعتذر، اعتذاراً، يعتذر (normalised): an apology, not a regret (أسف)
JUDGED_WHY = "the act a condemnation, a regret or a protest is about, told as done: an act of its own"  # condemn, regret or apologise, protest formally
JUDGED_TYPES = frozenset({"ASSAULT", "COERCE", "AGREE", "SANCTION"})  # acts a judgement may tell as done
ARMED_SECTORS = frozenset({"MIL", "COP", "SPY", "REB", "INS", "IMG", "UAF", "SEP"})
RELATIVE_REACH = 3  # "الهجوم الإرهابي الذي": adjectives between the noun and its relative pronoun


def _undertaken_by(tokens: Sequence[Token], c: Coded) -> int | None:
    """The index of «إقدام» in "إقدام المجلس العسكري على إعدام": the noun of undertaking whose genitive is the
    act's doer, or None."""
    if c.first < 3 or tokens[c.first - 1].norm != "علي":
        return None
    return next((k for k in range(c.first - 2, max(-1, c.first - 2 - UNDERTAKE_REACH), -1)
                 if _bare_word(tokens[k]).lstrip("ب") in UNDERTAKE_NOUNS), None)


UNDERTAKE_NOUNS = frozenset({"اقدام"})
UNDERTAKE_REACH = 6  # the doer's name between «إقدام» and «على»


def _told_as_done(tokens: Sequence[Token], c: Coded, toll: bool = True) -> bool:
    """A noun act followed by a relative clause with a past verb (التفجير الذي هز، الغارة التي استهدفت): a
    particular act that took place, not a kind of act.  Force condemned must name its toll too (``toll``); an
    apology or a regret is about a particular act already (اعتذر عن الغارة التي استهدفت)."""
    for k in range(c.last + 1, min(len(tokens) - 1, c.last + 1 + RELATIVE_REACH)):
        if tokens[k].norm in CLAUSE_PUNCT:
            return False
        if tokens[k].norm in RELATIVES:
            verb = tokens[k + 1]
            if verb.prefix or verb.norm[:1] in ("ي", "ت", "ن", "س"):
                return False  # a past verb, not يهدد
            # force told as done names its toll (وأوقع ستة قتلى، وأودى بحياة): "الهجوم الذي استهدف مسجداً" alone
            # is the condemnation's topic
            return not toll or c.etype not in FORCE_TYPES or any(
                _has_any(tokens[j], TOLL_VERBS) for j in range(k + 2, min(len(tokens), k + 2 + TOLL_REACH))
                if tokens[j].norm not in CLAUSE_PUNCT)
    return False


TOLL_VERBS = _words("أوقع", "وأوقع", "أوقعت", "وأوقعت", "أودى", "وأودى", "أودت", "وأودت", "أسفر", "وأسفر", "أسفرت",
                    "وأسفرت", "قتل", "وقتل", "قتلت", "وقتلت", "خلف", "وخلف", "خلفت", "وخلفت")
TOLL_REACH = 12  # words of the relative clause searched for its toll


def _nounish(tokens: Sequence[Token], c: Coded) -> bool:
    """A noun use, or a verb form right after a preposition («في قصف»): a verbal noun either way."""
    return c.noun or (c.first > 0 and tokens[c.first - 1].norm in PREPOSITIONS)


def _background_clause(tokens: Sequence[Token], c: Coded) -> int | None:
    """Where the background clause holding ``c`` begins («على خلفية»، «بعد»، «إثر»، «رداً على»), or None.
    A verbal noun in it is scoped over the clause, up to a comma; a finite verb («بعد أن هاجمت») is a
    clause of its own and stays news."""
    for k in range(c.first - 1, max(-1, c.first - 1 - BACKGROUND_REACH), -1):
        tok = tokens[k]
        if tok.norm in CLAUSE_PUNCT or tok.norm in (":", "؛", ";"):
            return None
        if tok.norm.lstrip("وف") in BACKGROUND_SCOPE or (tok.prefix.lstrip("وف") == "" and _has_any(tok, BACKGROUND_SCOPE)):
            return k if _nounish(tokens, c) else None
    return None


def _window_before(tokens: Sequence[Token], first: int, window: int, named: frozenset[int]) -> list[int]:
    """Token indexes before ``first`` within ``window`` words, names, dates and commas not counted
    («أصدر الرئيس المصري عبد الفتاح السيسي قراراً بالعفو»)."""
    out: list[int] = []
    budget, skipped = window, 0
    k = first - 1
    while k >= 0 and budget > 0:
        out.append(k)
        free = k in named or tokens[k].norm in ("،", ",")
        if free and skipped < NAMED_SKIP_MAX:
            skipped += 1
        else:
            budget -= 1
        k -= 1
    return out


LIST_INTRO = ("كل", "من")  # "أدانت كل من السعودية ومصر": a list of countries acting together


def _listed_countries(sent: Sentence, places: Sequence[PlaceMention], entities: Sequence[ActorMention]
                      ) -> list[ActorMention]:
    """Countries listed after «كل من» as actors: the actor stage reads them as places there, yet the list
    names the parties of the act (its members coordinated by و or commas)."""
    tokens = sent.tokens
    intros = [k + 2 for k in range(len(tokens) - 2)
              if tokens[k].norm == LIST_INTRO[0] and tokens[k + 1].norm == LIST_INTRO[1]]  # (no pair built per token)
    if not intros:
        return []
    taken = [(e.start, e.end) for e in entities]
    by_token: dict[int, PlaceMention] = {}
    for pl in places:
        if pl.feature != "country" or not pl.country or any(s < pl.end and pl.start < e for s, e in taken):
            continue
        k = next((i for i, t in enumerate(tokens) if t.start <= pl.start < t.end), None)
        if k is not None:
            by_token[k] = pl
    out: list[ActorMention] = []
    for k in intros:
        while k in by_token:
            pl = by_token[k]
            out.append(ActorMention(pl.start, pl.end, pl.text, type="ORG", actor_code=pl.country,
                                    country=pl.country, sector=None, how="list", sentence=sent.index))
            nxt = k + 1
            if nxt < len(tokens) and tokens[nxt].norm in ("،", ","):
                nxt += 1
            if nxt in by_token and (nxt > k + 1 or tokens[nxt].norm.startswith("و")):
                k = nxt
            else:
                break
    return out


def _called_foreign(tokens: Sequence[Token], m: ActorMention) -> bool:
    """The word right after the mention is أجنبي (صحفيان أجنبيان، عمال أجانب)."""
    k = next((i for i, t in enumerate(tokens) if t.start >= m.end), None)
    return k is not None and not FOREIGN_WORDS.isdisjoint(tokens[k].forms or (tokens[k].norm,))


def _proposal_arg(tokens: Sequence[Token], a: Arg) -> bool:
    """A proposal, plan or mediation named by its adjective (مبادرة جزائرية): a thing, never an agent."""
    return all(m.how == "nisba" for m in a.mentions) and not PROPOSAL_HEADS.isdisjoint(
        tokens[a.first].forms or (tokens[a.first].norm,))


def _chained_nisba(tokens: Sequence[Token], k: int, last_nisba: tuple[int, str] | None) -> str | None:
    """Whether the nisba at ``k`` shares the head of the one right before it: "و" (الجانبان الروسي والصيني) or
    "asyndetic" (المقترح القطري المصري, same definiteness, not "أمريكية الصنع")."""
    if last_nisba is None or last_nisba[0] != k - 1:
        return None
    if tokens[k].norm[:1] == "و":
        return "و"
    if k + 1 < len(tokens) and tokens[k + 1].norm in NISBA_QUALIFIERS:
        return None
    same = tokens[k].norm.startswith("ال") == tokens[k - 1].norm.startswith("ال")
    return "asyndetic" if same else None


def _coordinated(tokens: list[Token], a: Arg, b: Arg) -> bool:
    """``b`` continues the coordination of ``a`` (روسيا وتركيا، روسيا – تركيا- ايران)."""
    if b.first <= a.last:
        return b.first == a.last and bool(b.mentions[0].start >= a.mentions[-1].end)
    between = tokens[a.last + 1: b.first]
    if len(between) > 2:
        return False
    joiners = {"و", "،", ",", "-", "–", "—", "ـ", "/"}
    ok_between = all(t.norm in joiners for t in between)
    starts_with_and = tokens[b.first].norm.startswith("و") and (
        b.mentions[0].start > tokens[b.first].start or b.mentions[0].how == "nisba")
    if not between:
        return starts_with_and and b.prep in ("", "و")
    return ok_between and b.prep == ""


def _content_start(tokens: list[Token], cue_last: int) -> int:
    """Where reported content begins: after أن/إن, a colon or an opening quote within a few tokens."""
    k = cue_last + 1
    while k < min(len(tokens), cue_last + 12):
        norm = tokens[k].norm
        if norm in ("«", '"', "“") and _quoted_name(tokens, k):
            k = _quoted_name(tokens, k) + 1  # "زعمت صحيفة «الأخبار» أن …": a name in quotes, not the content
            continue
        if norm in COMPLEMENTIZERS or norm in (":", "«", '"', "“") or any(f in COMPLEMENTIZERS for f in tokens[k].forms):
            return k + 1
        k += 1
    return cue_last + 1


QUOTED_NAME_WORDS = 3  # «الأخبار»، «أكسيوس»، «وول ستريت جورنال»: a short quoted outlet or title


QUOTE_PAIRS = MappingProxyType({"«": "»", "“": "”", '"': '"'})


def _quote_partner(tokens: Sequence[Token], k: int, forward: bool = True) -> int | None:
    """The mark that closes (``forward``) or opens the short quotation — at most ``QUOTED_NAME_WORDS`` words —
    whose other mark is token ``k``: a quoted name («حزب الله»، «درع الخليج»), not a quotation of speech."""
    mark = tokens[k].norm
    if forward:
        partner, span = QUOTE_PAIRS.get(mark), range(k + 1, min(len(tokens), k + 2 + QUOTED_NAME_WORDS))
    else:
        partner = next((o for o, c in QUOTE_PAIRS.items() if c == mark), None)
        span = range(k - 1, max(-1, k - 2 - QUOTED_NAME_WORDS), -1)
    return None if partner is None else next((j for j in span if tokens[j].norm == partner), None)


def _quoted_name(tokens: Sequence[Token], k: int) -> int | None:
    """The closing quote of a short quoted name opening at ``k`` that is followed by more of the sentence
    before any content starts (صحيفة «هآرتس» عن مسؤولين أن), else None."""
    end = _quote_partner(tokens, k)
    if end is None or end + 1 >= len(tokens):
        return None
    rest = range(end + 1, min(len(tokens), end + 8))
    return end if any(tokens[j].norm in COMPLEMENTIZERS or any(f in COMPLEMENTIZERS for f in tokens[j].forms)
                      for j in rest) else None


def _content_end(tokens: list[Token], content: int) -> int:
    """Last token of reported content: the closing quote when it opens with one, else the sentence end."""
    for k in (content - 1, content):
        if 0 <= k < len(tokens) and tokens[k].norm in ("«", '"', "“"):
            close = {"«": "»", '"': '"', "“": "”"}[tokens[k].norm]
            return next((j for j in range(k + 1, len(tokens)) if tokens[j].norm == close), len(tokens) - 1)
    # unquoted content ends where a contrast opens a clause of another subject (…، فيما انتشر الجيش اللبناني)
    return next((j for j in range(content, len(tokens)) if tokens[j].norm in ("»", '"', "”")
                 or (tokens[j].norm in CONTRAST_WORDS and j > content)
                 or (j > content and _while_clause(tokens, j))), len(tokens) - 1)


def _member_of(tokens: Sequence[Token], a: Arg) -> bool:
    """Whether an argument is the body of a member or spokesman named just before it (قيادي في حماس)."""
    return a.first >= 2 and tokens[a.first - 1].norm in MEMBER_LINKS and _has_any(tokens[a.first - 2], MEMBER_WORDS)


def _speaker(args: list[Arg], first: int, last: int, content: int, tokens: Sequence[Token]) -> Arg | None:
    """The actor governing a speech verb: after it (VSO, عن X قوله, a member of X) before the content, else
    just before."""
    after = [a for a in args if last < a.first < content and (
        a.prep in ("", "عن") or (a.first - last <= 4 and _member_of(tokens, a)))]
    if after:
        named = [a for a in after if a.prep == "عن"]
        return named[0] if named else after[0]
    before = [a for a in args if a.last < first and first - a.last <= 4 and a.prep in ("", "ل")]
    return before[-1] if before else None


def _reporters(tokens: list[Token], args: list[Arg], first: int, last: int, content: int) -> list[str]:
    """Outlets, media or sources named by a claim cue (نقلت رويترز، تناقلته وسائل إعلام، بحسب مصادر)."""
    out: list[str] = []
    specific = False
    for a in args:
        if last < a.first <= min(content, last + 6) or (a.last < first and first - a.last <= 4):
            for m in a.actors():
                if m.sector == "MED":
                    generic = not m.country or m.actor_code == "MED"
                    label = m.text if generic else (m.name_latin or m.name or m.text)
                    if label not in out:
                        out.append(label)
                    if not generic:
                        specific = True
    if specific:  # "وكالة «سبوتنيك»": the outlet's name, not the word وكالة
        named = {m.text for a in args for m in a.actors() if m.sector == "MED" and m.country and m.actor_code != "MED"}
        out = [o for o in out if o in named or o not in {m.text for a in args for m in a.actors()}]
    if not out:
        window = " ".join(t.norm for t in tokens[last + 1: min(len(tokens), last + 4)])
        for generic in MEDIA_GENERIC:
            if window.startswith(generic) or f" {generic}" in f" {window}"[: len(generic) + 6]:
                text = " ".join(t.text for t in tokens[last + 1: last + 1 + len(generic.split())])
                out.append(text.strip("«»\"") or generic)
                break
    if not out and tokens[first].norm in ("بحسب", "حسب", "مصادر", "ناشطون", "ناشطين", "تقارير"):
        out.append(tokens[first].text)
    return out


def _left_boundary(tokens: list[Token], first: int) -> int:
    """Where the trigger's clause begins: punctuation that closes a clause, a complementizer, or a
    conjunction of contrast (فيما، بينما) that opens a second clause with a subject of its own."""
    k = first - 1
    while k >= 0:
        norm = tokens[k].norm
        if norm == "»":  # "وكان «حزب الله» قد هدد": a short quoted name is the subject, not a quotation's end
            opening = _quote_partner(tokens, k, forward=False)
            if opening is not None:
                k = opening - 1
                continue
        if norm in BOUNDARY_PUNCT or norm in COMPLEMENTIZERS or norm in CONTRAST_WORDS:
            return k + 1
        k -= 1
    return 0


def _right_boundary(tokens: list[Token], last: int) -> int:
    """Last token of the trigger's clause.  A short quoted name right after the trigger is the act's own name
    (مناورات «درع الخليج» بمشاركة …، عملية «الفجر الجديد» ضد …), not a quotation that ends the clause."""
    k = last + 1
    while k < len(tokens):
        norm = tokens[k].norm
        if norm == "«" and k <= last + 2:  # also "قوات «المجلس الانتقالي»": a name right after a unit word
            close = _quote_partner(tokens, k)
            if close is not None:
                k = close + 1
                continue
        if norm in (":", "؛", ";", "«", "»") or norm in COMPLEMENTIZERS:
            return k - 1
        k += 1
    return len(tokens) - 1


CONDITION_VERBS = (("أقدم", "يقدم"), ("نفذ", "ينفذ"), ("شن", "يشن"), ("قام", "يقوم"), ("حاول", "يحاول"),
                   ("واصل", "يواصل"), ("استمر", "يستمر"), ("مضى", "يمضي"), ("أعاد", "يعيد"), ("وسع", "يوسع"))
TRIP_VERBS = frozenset({"يصل", "تصل", "يتوجه", "تتوجه", "يصلان", "يتوجهان", "يبدا", "تبدا", "يستهل", "تستهل"})
TRIP_REACH = 12  # words between the travel verb heading the clause and the visit noun (يتوجه مودي الجمعة إلى كييف في زيارة)


def _scheduled_trip(tokens: Sequence[Token], clause_start: int, first: int) -> bool:
    """News leads tell a scheduled trip in the present tense ("يصل الرئيس غداً إلى الرياض في زيارة"): the
    visit noun after a present verb of arriving or setting out, with no past copula before it, is planned.
    (A past verb, وصل، or a present one naming something else leaves the visit as it was.)"""
    for k in range(max(clause_start, first - TRIP_REACH), first):
        if _has_any(tokens[k], PAST_COPULAS):
            return False
        tok = tokens[k]  # (the verb itself, or after و: فيصل is a name, not ف + يصل)
        if tok.norm in TRIP_VERBS or (tok.prefix == "و" and tok.norm[1:] in TRIP_VERBS):
            return True
    return False


def _proviso(tokens: Sequence[Token], clause_start: int, first: int) -> bool:
    """"…، على أن يُستكمل الانسحاب": «على أن» right after a comma states a term of the deal or plan told
    before it, an act still to come.  (After a verb, "أكد على أن …" is a complement, not a proviso.)"""
    k = clause_start
    return k > 0 and k + 1 < first and tokens[k - 1].norm in ("،", ",") and tokens[k].norm == "علي" \
        and not tokens[k].prefix and tokens[k + 1].norm == "ان"


def _clause_start(tokens: list[Token], first: int) -> int:
    for k in range(first - 1, -1, -1):
        norm = tokens[k].norm
        if norm in CLAUSE_PUNCT or norm in QUOTE_PUNCT:
            return k + 1
    return 0


DENY_COMPLEMENT_REACH = 12  # tokens after the denial verb in which its complement (أن / ما / «) may start


def _deny_scope(tokens: list[Token], last: int) -> tuple[int, int]:
    """Tokens a denial covers: to the end of the quoted report, or to the next clause break.

    The denier and adverbials may stand between the verb and what it denies ("نفت الوزارة، اليوم
    الخميس، أن تكون طائراتها قد شنت غارات"): the scope then starts at the complement.
    """
    for k in range(last + 1, min(len(tokens), last + 1 + DENY_COMPLEMENT_REACH)):
        norm = tokens[k].norm
        if norm in (".", "؛", ";", ":"):
            break
        if k > last + 1 and tokens[k - 1].norm in ("،", ",") and (norm in COMPLEMENTIZERS or norm in ("ان", "ما")):
            last = k - 1
            break
    end = len(tokens) - 1
    opened = False
    for k in range(last + 1, len(tokens)):
        norm = tokens[k].norm
        if norm in ("«", "“") or (norm == '"' and not opened):
            opened = True
            continue
        if opened and norm in ("»", "”", '"'):
            end = k
            break
        if not opened and norm in DENY_SCOPE_END and k > last + 1:
            end = k
            break
    return last + 1, end


def _find_object(tokens: list[Token], last: int, p: Pattern, named: frozenset[int] = frozenset()
                 ) -> ObjectRule | None:
    """The first complement after the trigger (within 14 tokens, before a full stop) that refines the code;
    a complementizer ends the search unless it opens the trigger's own complement clause (§30: حذّر من أن)."""
    hi = min(len(tokens), last + 15)
    index = p.object_index
    best: tuple[int, ObjectRule] | None = None
    for k in range(last + 1, hi):
        if tokens[k].norm in (".", "؛") or tokens[k].norm in COMPLEMENTIZERS and k > last + 2 \
                and not _own_clause(tokens, last, k, p, named):
            break
        for form in _norm_forms(tokens[k]):
            for phrase, rule in index.get(form, ()):
                if _phrase_at(tokens, k, phrase):
                    order = p.objects.index(rule)
                    if best is None or order < best[0]:
                        best = (order, rule)
        if best is not None:
            return best[1]
    return None


def _warning_as_threat(tokens: Sequence[Token], events: list[Coded], explain: list[str] | None,
                       args: Sequence[Arg] = ()) -> list[Coded]:
    """A warning (012) whose own clause holds a threat of the warner's («حذّرت X من أنها ستتحمل العواقب») is
    that threat, one record (§30): its complement found past أن names the threatened outcome, not a second act."""
    if len(events) < 2 or not any(c.etype == "THREATEN" for c in events):
        return events
    keep: list[Coded] = []
    for c in events:
        threat = next((o for o in events if c.pattern.role == "statement" and c.cameo == WARNING_CODE
                       and o.etype == "THREATEN" and o.first > c.last and (
                           not o.source or not c.source or _same_side(c.source, o.source))
                       and not any(tokens[k].norm in (".", "؛") for k in range(c.last + 1, o.first))), None)
        if threat is not None:
            _warned_party(tokens, c, threat, args)
            if explain is not None:
                explain.append(f"{c.pattern.id}: a warning whose clause holds the warner's threat: the threat")
            continue
        keep.append(c)
    return keep


def _warned_party(tokens: Sequence[Token], warning: Coded, threat: Coded, args: Sequence[Arg]) -> None:
    """Section 24: the party a warning names as its object (حذّرت إيران الولايات المتحدة من أنها ستتحمل العواقب) is
    the one the threat is made against, the warner makes it: the warning's target, else the first bare party
    after the warning verb in its clause that is not the warner."""
    if not warning.source:
        return
    threat.source = threat.source or list(warning.source)
    warner = {m.actor_code for m in threat.source}
    sides = {m.country or m.actor_code for m in (*threat.source, *warning.source)}
    warned = [m for m in warning.target if m.actor_code not in warner]
    if not warned:
        bare = next((a for a in args if warning.last < a.first < threat.first and not a.prep
                     and not any((m.country or m.actor_code) in sides for m in a.actors())), None)
        if bare is not None and not any(tokens[k].norm in CLAUSE_PUNCT or tokens[k].norm in COMPLEMENTIZERS
                                        for k in range(warning.last + 1, bare.first)):
            warned = [state_target(m, threat.etype, threat.cameo) for m in bare.actors()]
    if warned:
        threat.target = warned
        threat.why.append("target: the party the warning names (حذّر X Y من أن …)")
    else:  # "حذّرت روسيا من أنها ستتحمل …": the warner threatens no one of its own side
        threat.target = [m for m in threat.target if (m.country or m.actor_code) not in sides]


def _own_clause(tokens: Sequence[Token], last: int, k: int, p: Pattern, named: frozenset[int]) -> bool:
    """Whether the complementizer at ``k`` opens the trigger's own complement clause (§30): after one of the
    pattern's target prepositions («حذّر الوزير من أن»، «بأن» for ب), or right after the trigger and its named
    subject («حذّرت المنظمة الدولية أن»).  Any other أن (وأن، فإن، لأن, or after other words) belongs to
    another verb."""
    norm = tokens[k].norm
    if norm[:1] == "ب":
        return "ب" in p.target_preps
    if norm[:1] != "ا":
        return False
    if tokens[k - 1].norm == "من":
        return "من" in p.target_preps
    return all(j in named or tokens[j].norm in ("،", ",") for j in range(last + 1, k))


def _needed_near(tokens: Sequence[Token], ks: Sequence[int], words: frozenset[str], phrases: PhraseIndex,
                 ha: frozenset[str] = frozenset(), before: int | None = None) -> bool:
    """Whether a token at one of ``ks`` is a needed word, or opens a needed phrase (§30: «غير مقبول»,
    «القائم بالأعمال»); with ``before``, the phrase must end before that token.  Per-token set test first;
    a word written with ة is no entry written with ه (``ha``: السفيرة is not سفيره, his ambassador)."""
    for k in ks:
        forms = tokens[k].forms or (tokens[k].norm,)
        if not words.isdisjoint(forms) and (not ha or not tokens[k].text.rstrip(_MARKS).endswith("ة")
                                            or not words.difference(ha).isdisjoint(forms)):
            return True
    if not phrases:
        return False
    for k in ks:
        for form in tokens[k].forms or (tokens[k].norm,):
            for phrase in phrases.get(form, ()):
                if (before is None or k + len(phrase) <= before) and _phrase_at(tokens, k, phrase):
                    return True
    return False


def _phrase_at(tokens: Sequence[Token], k: int, phrase: tuple[str, ...]) -> bool:
    if k + len(phrase) > len(tokens):
        return False
    return all(phrase[i] in _norm_forms(tokens[k + i]) or phrase[i] == tokens[k + i].norm
               for i in range(len(phrase)))


def _located(tokens: list[Token], k: int, place: PlaceMention) -> bool:
    """A place is the event's location when a location preposition (or ب) introduces it."""
    tok = tokens[k]
    if place.start > tok.start or tok.prefix.lstrip("وف").startswith("ب"):
        clitic = tok.norm[: max(0, len(tok.norm) - len(tok.stem))].lstrip("وف")
        if clitic.startswith("ب") or place.start > tok.start:
            return True
    for j in range(k - 1, max(-1, k - 3), -1):
        norm = tokens[j].norm
        bare = norm[1:] if norm[:1] in ("و", "ف") and norm[1:] in LOCATION_PREPS else norm
        if bare in LOCATION_PREPS or any(f in LOCATION_PREPS for f in tokens[j].forms):
            return True
        if not tokens[j].is_word:
            return False
    return False


def _country(m: ActorMention) -> str | None:
    if m.country:
        return m.country
    return m.actor_code[:3] if m.actor_code else None


def _same_side(speakers: list[ActorMention], actors: list[ActorMention]) -> bool:
    """The speaker speaks for the actor: same code, or same country outside the media.  With no actor
    named, a monitor (media, rights group, NGO, IGO) reports what others did: not the same side."""
    if not actors:
        return not any(_monitor(s) for s in speakers)
    for s in speakers:
        if s.sector == "MED" or (_monitor(s) and not any(s.actor_code == a.actor_code for a in actors)):
            return False  # "قال المرصد إن قوات النظام قصفت": a monitor reports others' acts
        for a in actors:
            if s.actor_code and s.actor_code == a.actor_code:
                return True
            if _country(s) and _country(s) == _country(a) and (
                    _state_side(s) and _state_side(a) or s.sector == a.sector):
                return True  # (a party or movement reporting its own state's police acts is not their side)
    return False


STATE_SIDE = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})


def _state_side(m: ActorMention) -> bool:
    """The mention speaks or acts for its state: a state organ, or the country itself."""
    return m.sector is None or m.sector in STATE_SIDE


def _monitor(m: ActorMention) -> bool:
    code = m.actor_code or ""
    return m.sector in ("MED", "HRI", "NGO") or code[:3] in ("NGO", "IGO") or code in ("MED", "HRI")


def _unsplit_future(tok: Token, light_verbs: frozenset[str]) -> bool:
    """«ستضع القوات وحداتها في حالة تأهب»: a future light verb the tokenizer left whole (no سـ prefix split
    off), read as سـ + an imperfect form of the pattern's light verb."""
    bare = _bare_word(tok)
    return bare[:1] == "س" and bare[1:2] in ("ي", "ت", "ن") and bare[1:] in light_verbs


def _future_verb(tok: Token, p: Pattern) -> bool:
    """A future سـ before the verb (ستسحب), not an س of the verb itself (سيطرت)."""
    if not tok.prefix.endswith("س"):
        return False
    with_s = tok.norm[len(tok.prefix) - 1:]
    return with_s not in p.verb_forms


def _actor_label(m: ActorMention) -> str:
    return m.actor_code or m.name_latin or m.name or m.text


def participant_key(c_source: list[ActorMention], c_target: list[ActorMention]) -> frozenset[str]:
    """Participants as a set of country roots (or codes): what dedup and reciprocal checks compare.  An
    organisation counts by its own code: the World Bank and the EU are two parties, not one "IGO"."""
    return _merge_keys(c_source + c_target)


def _specificity(c: Coded) -> tuple[int, int, int]:
    """Prefer a pattern that names a mode, then a non-generic code, then the longer phrase."""
    return (1 if c.mode else 0, 0 if c.cameo.endswith("0") else 1, c.last - c.first)


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
                    o.status == c.status and _compatible(o.source, c.source) and not _distinct_acts(o, c)))):
                better, worse = (c, o) if _specificity(c) > _specificity(o) else (o, c)
                if same_meeting and _etype(better) != _etype(worse) and _etype(worse) != "CONSULT":
                    better, worse = worse, better  # "سيعقدان محادثات … في أول لقاء": the planned meeting
                if same_meeting and better.noun and not worse.noun:
                    better.status = worse.status  # "سيزور … في أول زيارة له": the verb says when
                if not better.source:
                    better.source = worse.source
                if not better.target:
                    better.target = worse.target
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
TANWEEN_FATH = "\u064b"  # the accusative ending written out (واصفاً، مؤكداً): a participle, not a finite verb
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


def _has_pronoun_suffix_norm(norm: str) -> bool:
    """A verbal noun carrying a possessive pronoun (زيارته، لقائها، مباحثاته)."""
    # (normalized: the ة before a pronoun is ت, the ئ of لقائه is ي; a bare زياره ends in ه and is no possessive)
    return norm.endswith(("ته", "تها", "تهم", "تهما", "ايه", "ايها", "ايهم"))


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



# ---------------------------------------------------------------------- real-news precision rules
# Added after hand-checking samples of coded events from 2015 Saudi outlets: most wrong events were
# background told in passing, habits, other senses of a trigger word and earlier years.

PAST_COPULAS = frozenset({"كان", "كانت", "كانوا", "كانا", "كانتا"})
COPULA_CONDITIONS = _words("إذا", "اذا", "لو", "سواء", "وإذا", "ولو", "فإذا", "وسواء")  # not إن: it reads as أن
PLUPERFECT_REACH = 8  # "وكانت قوات الأمن قد اعتقلت": the copula stands this close before the trigger
RECENT_DAYS = _words("أمس", "البارحة", "اليوم", "الليلة", "الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء",
                     "الخميس", "الجمعة", "السبت")
COPULA_VERB_REACH = 5  # "وكان مستوطنون اضرموا"، "التي كانت تحتلها": a finite verb this close after it
RANK_WORDS = _words("الطليعة", "طليعة", "المرتبة", "مرتبة", "المراتب", "مراتب", "المركز", "مركز", "مركزا", "المراكز", "مراكز",
                    "الصدارة", "صدارة", "نصيب", "نصيبا", "حصة", "الترتيب", "ترتيب", "مساحة", "حيزا", "مكانة", "المكانة",
                    "مقاعد", "مقعد", "المقعد", "مقعدا", "منصب", "المنصب", "مناصب", "منصبا")
RANK_REACH = 4  # "تحتل حركة الأراضي نصيب الأسد": the rank noun may follow the verb's subject
EXPRESS_REACH = 10  # عبّر … عن: a long subject (a spokesman of an office) may stand between
CARE_VISITS = _words("المصاب", "مصاب", "المصابين", "مصابين", "الجرحى", "جرحى", "المرضى", "مرضى", "أهل", "أسرة",
                     "الأسرة", "عائلة", "العائلة", "ذوي", "قرية", "القرية", "منزل", "المنزل")
TOP_WORDS_FOR: Mapping[str, frozenset[str]] = MappingProxyType({normalize("قمة"): _words(
    "الهرم", "هرم", "الجبل", "جبل", "القائمة", "قائمة", "أولويات", "اولويات", "الترتيب", "ترتيب", "السلم", "المجد",
    "التألق", "الدوري", "العطاء", "الأداء", "الروعة", "الشجرة", "رأس")})
EXPRESS_VERBS = frozenset(normalize(w) for w in ("عبر", "عبرت", "عبروا", "يعبر", "تعبر", "يعبرون", "عبرا", "عبرتا"))
# "تستهدف الصناديق عائداً"، "يستهدف شريحة الشباب": a target of a market or an audience, not of force
MARKET_TARGETS = _words("عائد", "عائدا", "عوائد", "أرباح", "أرباحا", "نمو", "نموا", "نسبة", "معدل", "شريحة", "فئة",
                        "السوق", "أسواق", "المستثمرين", "العملاء", "المستهلكين", "جمهور", "الجمهور", "مبيعات")
SENSE_TESTS: Mapping[str, frozenset[str]] = MappingProxyType({"coerce.occupy": RANK_WORDS, "consult.visit": CARE_VISITS,
                                                               "assault.attack": MARKET_TARGETS})
SENSE_BEFORE: Mapping[str, frozenset[str]] = MappingProxyType({
    "protest.demo": _words("طائرة", "طائرات", "الطائرة", "الطائرات", "طائرتان", "طائرتين"),
    # round 4: "خطر داهم" is an imminent danger, not a raid
    "coerce.raid": _words("خطر", "خطرا", "خطراً", "الخطر", "كخطر", "بخطر")})
INTENSIFY_VERBS = _words("كثف", "كثفت", "يكثف", "تكثف", "كثفوا", "يكثفون", "صعد", "صعدت", "يصعد", "تصعد",
                         "صعدوا", "يصعدون", "ضاعف", "ضاعفت", "يضاعف", "تضاعف")
POSSESSIVE_ENDINGS = ("ها", "هم", "هما", "اته")
HABIT_UNITS = _words("عام", "سنة", "موسم", "مرة", "عيد", "صيف", "شتاء", "حج")
HABIT_PHRASES = _words("عادة", "وعادة", "غالبا", "غالباً", "دائما", "دائماً", "عادةً", "دأب", "دأبت", "دأبوا", "يدأب",
                      "تدأب", "اعتاد", "اعتادت", "اعتادوا", "يعتاد", "تعتاد")
# habit adverbs that are also the accusative of an adjective (اتفاقاً دائماً: a lasting deal)
ADJECTIVE_HABITS = _words("دائما", "دائماً")
# "وقد قتل آنذاك خمسة جنود": "back then" places the act at an earlier time the story recalls
BACK_THEN = _words("آنذاك", "حينذاك", "وقتذاك", "وقتئذ", "حينئذ", "يومذاك", "وقتها", "حينها")
# the same in two or three words: "تعهدت السلطات في السابق"، "وصفت واشنطن الطلب في ذلك الوقت بأنه مؤسف"
# ("في وقت سابق" is not one: news tells with it what was said earlier the same day)
BACK_THEN_PHRASES = frozenset(tuple(normalize(w) for w in phrase.split()) for phrase in (
    "في السابق", "في ذلك الوقت", "في تلك الفترة", "في ذلك الحين", "في تلك الأيام", "في تلك المرحلة", "فيما مضى"))
CHARACTERISERS = _words("يشكل", "تشكل", "يشكلان", "يعد", "تعد", "يعتبر", "تعتبر", "يمثل", "تمثل", "بمثابة",
                        "يرقى", "ترقى", "اتسم", "اتسمت", "يتسم", "تتسم", "اتصف", "اتصفت", "يتصف", "تتصف")
QUANTIFIERS = frozenset({"اي", "ايه", "كل", "لاي", "لكل", "باي", "بكل", "لايه", "بايه"})
NEGATORS = _words("لم", "لن", "لا", "ليس", "ليست", "عدم", "دون", "بدون", "ولم", "ولن", "ولا", "فلم")
NEG_REACH = 5  # "لم تفرض الهند أي قيود": a negator this close before the noun makes it a negated act
GENERIC_REACH = 2  # "أي محاولة لمصادرة"، "كل عمل إرهابي": the quantifier stands this close before the noun
SHORT_SINCE = _words("ساعات", "ساعة", "ساعتين", "صباح", "مساء", "فجر", "ظهر", "أمس", "اليوم", "الليلة", "البارحة",
                     "يومين", "منتصف")
SERIES_WORDS = _words("سلسلة", "سلسله", "موجة", "مسلسل")
YEAR_AFTER_REACH = 5  # "تبنى هجوماً في العام 2013": a year this close after the act, in its clause
OPENING_REACH = 4  # a year in the first words of a sentence dates all of it (وفي عام 2014 فرض …)


def _clause_bounds(tokens: Sequence[Token], first: int, last: int) -> tuple[int, int]:
    """The clause holding tokens first..last: between the nearest punctuation marks either side."""
    lo = first
    while lo > 0 and tokens[lo - 1].norm not in CLAUSE_PUNCT and tokens[lo - 1].norm not in BOUNDARY_PUNCT:
        lo -= 1
    hi = last
    while hi + 1 < len(tokens) and tokens[hi + 1].norm not in CLAUSE_PUNCT and tokens[hi + 1].norm not in BOUNDARY_PUNCT:
        hi += 1
    return lo, hi


def _clause_names_recent_day(tokens: Sequence[Token], lo: int, hi: int) -> bool:
    """Whether tokens lo..hi (a clause) name yesterday, today or a weekday: an act of the last days told
    in it is still news, however the clause recalls it."""
    return any(_has_any(tokens[k], RECENT_DAYS) for k in range(lo, hi + 1))


def _pluperfect(tokens: Sequence[Token], c: Coded, explain: list[str] | None) -> bool:
    """"وكانت القوات قد اعتقلت"، "وكان مستوطنون أضرموا النار"، "المواقع التي كانت تحتلها": a past copula
    before the act places it before the story's time: background the writer recalls, not the news.  A
    copula after إذا/لو is a condition, not a past (إذا كان …); a clause naming yesterday or a weekday
    recalls an act of the last days, which is still news."""
    if _copula_conjunct(tokens, c):  # (§31) "وكان … قد رحب … وبارك": the conjoined verb shares the past perfect
        if explain is not None:
            explain.append(f"{c.pattern.id}: a verb joined by و to a past perfect or past habit (وكان … قد رحب … "
                           "وبارك): background")
        return True
    lo, hi = _clause_bounds(tokens, c.first, c.last)
    if _clause_names_recent_day(tokens, lo, hi):
        return False  # "وكانت مصر والسودان اتفقتا أمس": yesterday's act recalled in today's story is still news
    k = _past_copula_before(tokens, c.first, lo, PLUPERFECT_REACH)
    if k is None:
        return False
    perfect = any(tokens[j].norm == "قد" for j in range(k + 1, c.first))
    # a learned trigger is any word of the clause (الإغاثة، عقوباته): the copula scopes over it as over a verb
    verbal = is_backstop(c.pattern.id) or (not c.noun and c.first - k <= COPULA_VERB_REACH)
    if perfect or verbal:
        if explain is not None:
            explain.append(f"{c.pattern.id}: after «{tokens[k].text}» (a past perfect or past habit): background")
        return True
    return False


def _past_copula_before(tokens: Sequence[Token], first: int, lo: int, reach: int) -> int | None:
    """Index of the nearest past copula (كان، كانت …) within ``reach`` words before ``first`` and not before
    ``lo``; None when there is none, or when the nearest one follows إذا/لو (a condition, not a past)."""
    for k in range(first - 1, max(lo, first - 1 - reach) - 1, -1):
        if _bare_word(tokens[k]) not in PAST_COPULAS and tokens[k].norm not in PAST_COPULAS:
            continue
        return None if k > 0 and _has_any(tokens[k - 1], COPULA_CONDITIONS) else k
    return None


def _other_sense(tokens: Sequence[Token], c: Coded, explain: list[str] | None) -> bool:
    """A trigger whose neighbours give it another sense: "احتلت المرتبة الأولى"، "تحتل حركة الأراضي نصيب
    الأسد" rank or share, not occupation (the rank noun may follow the verb's own subject); a visit to the
    injured, a bereaved family or a village is a social or inspection call, not a political consultation;
    "قمة الهرم" is a top, and عبر with no عن after it crossed something or means "via"."""
    after = range(c.last + 1, min(len(tokens), c.last + 1 + RANK_REACH))
    stem = tokens[c.first].stem or _bare_word(tokens[c.first])
    if c.first == c.last and stem in TOP_WORDS_FOR:  # "قمة الهرم"، "قمة القائمة": the top of something
        hit = any(_has_any(tokens[k], TOP_WORDS_FOR[stem]) for k in after)
    elif c.first == c.last and not c.noun and stem in EXPRESS_VERBS:  # عبر without عن: crossed, or "via"
        # (its subject may stand between: "عبّر المتحدث باسم الأمين العام للأمم المتحدة عن تطلعه")
        hit = not any(tokens[k].norm == "عن" for k in range(c.last + 1, min(len(tokens), c.last + 1 + EXPRESS_REACH))
                      if not any(tokens[j].norm in CLAUSE_PUNCT for j in range(c.last + 1, k)))
    elif c.pattern.id in SENSE_BEFORE:  # "بطائرة أميركية مسيّرة": a drone, not a march
        hit = any(_has_any(tokens[k], SENSE_BEFORE[c.pattern.id]) for k in range(max(0, c.first - 2), c.first))
    else:
        words = SENSE_TESTS.get(c.pattern.id)
        if words is None:
            return False
        hit = any(_has_any(tokens[k], words) for k in after)
    if hit and explain is not None:
        explain.append(f"{c.pattern.id}: a rank or share follows: another sense of the word")
    return hit


def _habitual(tokens: Sequence[Token], c: Coded, explain: list[str] | None) -> bool:
    """"يقدمون المساعدة للحجاج كل عام"، "عادة ما تضطر السلطات": a habit in the act's own clause is no single
    new event; nor is a party stepping up its own acts (كثفت هجماتها، يصعّد غاراته) with no day named."""
    if _stepped_up_series(tokens, c):
        if explain is not None:
            explain.append(f"{c.pattern.id}: a series stepped up (كثفت هجماتها) with no day: a trend, not one act")
        return True
    lo, hi = _clause_bounds(tokens, c.first, c.last)
    found = any((_has_any(tokens[k], HABIT_PHRASES) and not _agreeing_adjective(tokens, k)) or (
        _bare_word(tokens[k]).lstrip("ب") == "كل" and k + 1 <= hi
        and (_has_any(tokens[k + 1], HABIT_UNITS) or _bare_word(tokens[k + 1]) in HABIT_UNITS))
        for k in range(lo, hi + 1))
    if found and explain is not None:
        explain.append(f"{c.pattern.id}: a habit (كل عام، عادة): no single new event")
    return found


def _agreeing_adjective(tokens: Sequence[Token], k: int) -> bool:
    """«دائماً» right after an indefinite accusative noun agrees with it (اتفاقاً دائماً، عضواً دائماً: lasting,
    permanent), it is no habit adverb (§30).  The noun ends in the ا of its tanween; a plural verb (كانوا) does not."""
    if k == 0 or tokens[k].norm not in ADJECTIVE_HABITS:
        return False
    prev = tokens[k - 1].norm
    return prev.endswith("ا") and not prev.endswith("وا") and len(prev) >= 4 and tokens[k - 1].is_word


def _stepped_up_series(tokens: Sequence[Token], c: Coded) -> bool:
    """An intensifying verb right before the actor's own attacks (كثفت هجماتها، يكثف المتمردون هجومهم)
    tells a trend over a series; a day in the sentence (صعّدت … قصفها أمس) makes it that day's act."""
    if c.etype != "ASSAULT" or not c.noun or not tokens[c.first].norm.endswith(POSSESSIVE_ENDINGS):
        return False  # stepping up threats or protests is itself the statement of the day (صعّدت تهديداتها)
    if not any(_has_any(tokens[k], INTENSIFY_VERBS) for k in range(max(0, c.first - 3), c.first)):
        return False
    return not any(_has_any(t, RECENT_DAYS) for t in tokens)


def _earlier_year(tokens: Sequence[Token], c: Coded, published: Date, years: list[tuple[int, int]],
                  explain: list[str] | None) -> bool:
    """"وفي عام 2014 فرض مجلس الأمن …"، "اعترض سنة 2013": a year written out before the act, earlier than
    the report's own year, dates it as background (a month named alone may still be recent news).  It
    must open the sentence or stand in the act's clause; "منذ عام 2014" is an ongoing state."""
    year: int | None = None
    lo, _ = _clause_bounds(tokens, c.first, c.last)
    for k, y in years:  # the date stage's nearest date may belong to a later clause, so only years before count
        if y >= published.year or k > c.first:
            continue
        if k >= 2 and _bare_word(tokens[k - 2]) in ("منذ", "حتى"):
            continue
        written = k > 0 and _bare_word(tokens[k - 1]) in YEAR_WORDS  # "عام 2011", not only "في 2011"
        if k >= lo or k <= OPENING_REACH or (written and y <= published.year - 2):  # an older year anywhere before
            year = y
    _, hi = _clause_bounds(tokens, c.first, c.last)
    if year is None and not any(_has_any(tokens[j], RECENT_DAYS) for j in range(lo, hi + 1)):
        # "اعتقلت السلطات في 2012 عشرات": an earlier year right after the act, in its clause, dates it too
        year = next((y for k, y in years if c.last < k <= min(hi, c.last + YEAR_AFTER_REACH) and y < published.year
                     and _bare_word(tokens[k - 2] if k >= 2 else tokens[k]) not in ("منذ", "حتى")), None)
    if year is None:
        return False
    if explain is not None:
        explain.append(f"{c.pattern.id}: dated {year}, before the report's year: background")
    return True


def _future_predicate(tokens: Sequence[Token], c: Coded) -> bool:
    """"الاجتماع سيشهد تدارس …": a noun act whose own predicate is a future verb has not happened yet."""
    k = c.last + 1
    if not c.noun or k >= len(tokens) or not tokens[k].prefix.lstrip("وف").startswith("س"):
        return False
    bare = _bare_word(tokens[k])  # سيشهد، ستبدأ: س + an imperfect prefix; سيارة (ending in ة) is a noun
    return len(bare) > 3 and bare[1:2] in ("ي", "ت", "ن") and not bare.endswith("ه")


def _characterised_or_generic(tokens: Sequence[Token], c: Coded, explain: list[str] | None) -> bool:
    """"التمرد يشكل اعتداءً على حق الشعوب": a noun that characterises something else is no act; "ضد كل عمل
    إرهابي"، "أي محاولة لمصادرة": a quantified noun names a kind of act, not one that happened."""
    if not c.noun:  # "أي هجوم يستهدف أمنها": a present verb describing a quantified noun is generic too
        prev = range(max(0, c.first - 1 - GENERIC_REACH), c.first - 1)
        generic = c.first > 0 and not tokens[c.first].prefix and tokens[c.first].norm[:1] in ("ي", "ت") \
            and any(tokens[k].norm in QUANTIFIERS for k in prev)
        if generic and explain is not None:
            explain.append(f"{c.pattern.id}: a present verb describing a quantified noun: generic")
        return generic
    before = range(max(0, c.first - GENERIC_REACH), c.first)
    why = None
    if any(_has_any(tokens[k], CHARACTERISERS) for k in before):
        why = "characterises something else (يشكل اعتداء)"
    elif c.status != "hypothetical" and any(tokens[k].norm in QUANTIFIERS for k in before) and not any(
            _has_any(tokens[k], NEGATORS) for k in range(max(0, c.first - NEG_REACH), c.first)) \
            and not _negated_any(tokens, c.first):
        why = "quantified (أي، كل): a kind of act, not one act"  # "لم تشن أي ضربات" is a negated act
    if why is not None and explain is not None:
        explain.append(f"{c.pattern.id}: a noun that {why}")
    return why is not None


ANY_REACH = 12  # "لم يُجرِ الرئيس الأمريكي جو بايدن حتى الآن أي اتصال": لم … أي spans the whole clause


def _negated_any(tokens: Sequence[Token], first: int) -> bool:
    """«أي» right before a noun with a negator heading its clause (لم يُجرِ … أي اتصال، لن تقبل … أي وساطة):
    the act is denied outright, not a kind of act."""
    if first == 0 or tokens[first - 1].norm not in ("اي", "ايه", "باي", "لاي", "لايه", "بايه"):
        return False  # (بأي طلب: the quantifier may carry a preposition)
    for k in range(first - 2, max(-1, first - 1 - ANY_REACH), -1):
        if tokens[k].norm in CLAUSE_PUNCT:
            return False
        if _has_any(tokens[k], VERB_NEGATORS) or _negating_ma(tokens, k):
            return True
    return False


def _surname(tokens: Sequence[Token], c: Coded, person_ends: set[int], explain: list[str] | None) -> bool:
    """"عضو المجلس عبد الله العدوان": a definite noun right after a person's name, with nothing between, is
    the rest of the name (a family name), not the act the word also means."""
    if not c.noun or c.first != c.last or c.first == 0 or not tokens[c.first].prefix.endswith("ال"):
        return False
    hit = tokens[c.first - 1].end in person_ends
    if hit and explain is not None:
        explain.append(f"{c.pattern.id}: right after a person's name: a family name, not an act")
    return hit


def _running_toll(tokens: Sequence[Token], c: Coded, explain: list[str] | None) -> bool:
    """"قُتل تسعة مهاجرين منذ أوائل يونيو"، "سلسلة من التفجيرات": deaths or attacks with nobody named as the
    actor, counted since a date or told as a series, are a running total, not one new event ("منذ صباح
    اليوم" is still one day's news)."""
    if c.etype != "ASSAULT" or c.source:
        return False
    series = any(_has_any(tokens[k], SERIES_WORDS) for k in range(max(0, c.first - 3), c.first))
    # deaths counted since a date anywhere in the sentence; attacks only with منذ in their own clause
    # ("سقط في الغارات المستمرة منذ أربعة أشهر أكثر من 3500 قتيل")
    lo, hi = (0, len(tokens) - 1) if c.pattern.id in CASUALTY_PATTERNS else _clause_bounds(tokens, c.first, c.last)
    since = any(_bare_word(tokens[k]) == "منذ" and k + 1 < len(tokens) and not _has_any(tokens[k + 1], SHORT_SINCE)
                for k in range(lo, hi + 1))
    if (series or since) and explain is not None:
        explain.append(f"{c.pattern.id}: a series or a total since a date, with no actor: a running toll")
    return series or since


# ---------------------------------------------------------------------- real-news precision rules, round 2
# Added after a second hand-checked sample: background with no copula (بعد أن رفضت), the content of a
# plan (القائمة على انسحاب), records and repeated acts told as a description (أول رئيس يزور، يقصفون يومياً),
# cumulative tolls, and private people or refusals to comment taken for political acts.

PRIOR_INTROS = _words("بعدما", "عقبما", "منذما")  # one word; "بعد أن"، "منذ أن" are two
PRIOR_HEADS = _words("بعد", "عقب", "منذ", "إثر")
PRIOR_REACH = 4  # "بعد أن قام متطرفون بهجمات": the act stands this close after the complementizer
DEATH_WORDS = _words("مصرعه", "مصرعها", "مصرعهم", "مصرع", "قتل", "قتلت", "قتلوا", "مقتل", "أصيب", "أصيبت", "أصيبوا",
                     "إصابة", "جرح", "جرحت", "جرحوا", "قتيل", "قتيلا", "قتلى", "لقي", "لقيت", "لقوا", "اعتقل", "اعتقلت")
PLAN_WORDS = _words("القائمة", "القائم", "القائمتين", "تقوم", "يقوم", "تعتمد", "يعتمد", "المعتمدة", "ترتكز",
                    "يرتكز", "المرتكزة", "تستند", "يستند", "المستندة", "تتضمن", "يتضمن", "المتضمنة", "تنص", "ينص",
                    "تقضي", "يقضي", "القاضية", "القاضي",
                    # what talks are about (التفاوض على حزمة إنقاذ): the subject of a negotiation, not an act done
                    "التفاوض", "تفاوض", "مفاوضات", "المفاوضات", "محادثات", "المحادثات", "مباحثات", "المباحثات")
DO_VERBS = _words("يقوم", "تقوم", "يقومون", "نقوم")  # with ب on the next noun: the doing of that act
HALT_WORDS = _words("وقف", "إيقاف", "تعليق", "تجميد")  # with their ب/ل proclitics (بوقف، لإيقاف) through the forms
PLAN_REACH = 3  # "الخطة القائمة على انسحاب"، "تعتمد على وقف الحرب": the act is the plan's content
RECORD_WORDS = _words("أول", "آخر", "ثاني", "ثالث", "أكثر", "أقل")
RECORD_REACH = 4  # "أول رئيس أمريكي يزور": a present verb this close after an ordinal describes a record
REPEAT_PAIRS = frozenset({("بشكل", "يومي"), ("بصورة", "يوميه"), ("عده", "مرات"), ("مرات", "عده"),
                          ("مرات", "عديده"), ("بشكل", "متكرر"), ("بصوره", "متكرره")})
REPEAT_WORDS = _words("يوميا", "يومياً", "مرارا", "مراراً", "تكرارا", "باستمرار")
TOTAL_PAIRS = frozenset({("حتي", "الان"), ("حتي", "اليوم"), ("منذ", "بدء"), ("منذ", "بدايه"), ("منذ", "اندلاع"),
                         ("منذ", "انطلاق")})
CONFLICT_NOUNS = _words("الصراع", "النزاع", "الحرب", "الأزمة", "الاقتتال")
PRIVATE_VISITORS = _words("سياح", "السياح", "سائح", "السائح", "زوار", "الزوار", "حجاج", "الحجاج", "معتمرين",
                          "المعتمرين", "المعتمرون", "السائحين", "سائحين", "المتسوقين", "المصطافين", "طلاب", "الطلاب")
PRIVATE_REACH = 4
NON_ACT_OBJECTS: Mapping[str, frozenset[str]] = MappingProxyType({
    # "رفض التعليق"، "رفض الكشف عن"، "طلب عدم نشر اسمه": declining to comment or asking for anonymity
    "reject.reject": _words("التعليق", "الإفصاح", "الكشف", "الإدلاء", "الرد", "ذكر"),
    "request.ask": _words("عدم", "التعليق", "الإفصاح"),
})
NON_ACT_REACH = 4  # the verb's own subject may stand between (رفضت الخارجية التركية التعليق)


def _prior_clause(tokens: Sequence[Token], c: Coded, others: Sequence[Coded], explain: list[str] | None) -> bool:
    """"تصاعد التوتر بعد أن رفضت الحكومة"، "منذ أن سيطر التنظيم": an act told as what came before a state of
    affairs is background even with no copula.  It stays news when the main clause tells an act or a death
    it caused (انسحبت الفصائل بعد أن هاجمت القوات، لقي مصرعه بعد أن فجّر نفسه) or names yesterday."""
    lo, hi = _clause_bounds(tokens, c.first, c.last)
    for k in range(c.first - 1, max(lo, c.first - 1 - PRIOR_REACH) - 1, -1):
        bare = _bare_word(tokens[k])
        opened = bare in PRIOR_INTROS or (bare in ("ان", "ما") and k > 0 and _bare_word(tokens[k - 1]) in PRIOR_HEADS)
        if not opened:
            continue
        if any(_has_any(tokens[j], RECENT_DAYS) for j in range(lo, hi + 1)) or any(
                _has_any(tokens[j], DEATH_WORDS) for j in range(max(0, k - PRIOR_REACH * 2), k)) or any(
                o is not c and o.last < k for o in others):
            return False  # "لقي مصرعه بعد أن فجّر نفسه": the act that caused the news is the news
        if explain is not None:
            explain.append(f"{c.pattern.id}: in a clause after «{tokens[k].text}» (what came before): background")
        return True
    return False


def _plan_content(tokens: Sequence[Token], c: Coded, explain: list[str] | None) -> bool:
    """"المبادرة القائمة على انسحاب القوات"، "خطة تعتمد على وقف الحرب": a noun after a verb or participle of
    content names what a plan, proposal or text contains, not an act that happened; "أمر بوقف الغارات" halts
    the act named, it does not report a new one."""
    if not c.noun:
        return False
    if c.first > 0 and _has_any(tokens[c.first - 1], HALT_WORDS):
        if explain is not None:
            explain.append(f"{c.pattern.id}: the act that «{tokens[c.first - 1].text}» halts, not a new one")
        return True
    for k in range(c.first - 1, max(-1, c.first - 1 - PLAN_REACH), -1):
        if tokens[k].norm in CLAUSE_PUNCT:
            return False
        if k == c.first - 1 and _bare_word(tokens[k]) in DO_VERBS and "ب" in tokens[c.first].prefix:
            continue  # "يقوم بفبركة": the light verb of the act, not a plan resting on it (تقوم على)
        if _has_any(tokens[k], PLAN_WORDS) or _bare_word(tokens[k]) in PLAN_WORDS:
            if _deal_term(tokens[k], c):
                return False
            if explain is not None:
                explain.append(f"{c.pattern.id}: the content of a plan or text («{tokens[k].text}»)")
            return True
    return False


def _deal_term(head: Token, c: Coded) -> bool:
    """§30: the act a signed or reached deal stipulates (اتفاقاً يقضي بوقف إطلاق النار) is the deal's term, coded
    intended (§13, §17), not the content of a plan or a legal text (قرار يقضي بـ، ينص على stay plans)."""
    return (_has_any(head, TERM_HEADS) or _bare_word(head) in DEAL_HEADS) and c.status == "intended" and any(
        w == DEAL_TERM_WHY or w.startswith(STIPULATED_WHY) for w in c.why)


def _back_then_phrase(tokens: Sequence[Token], k: int, hi: int) -> bool:
    """Whether one of ``BACK_THEN_PHRASES`` starts at token ``k`` (its first word may carry و) and ends by ``hi``."""
    first = tokens[k].norm
    first = first[1:] if first.startswith("و") and len(first) > 2 else first
    return any(phrase[0] == first and k + len(phrase) - 1 <= hi
               and all(tokens[k + j].norm == word for j, word in enumerate(phrase[1:], 1))
               for phrase in BACK_THEN_PHRASES)


def _record_or_repeat(tokens: Sequence[Token], c: Coded, explain: list[str] | None) -> bool:
    """"أول رئيس أمريكي يزور كينيا": a present verb describing a record names a kind of act; "يقصفون المدنيين
    بشكل يومي"، "قصفوا عدة مرات": acts repeated over time are a characterisation, not one new event."""
    lo, hi = _clause_bounds(tokens, c.first, c.last)
    why = None
    if any(_has_any(tokens[k], BACK_THEN) or (k < hi and tokens[k].norm == "ذات" and tokens[k + 1].norm == "مره")
           or _back_then_phrase(tokens, k, hi) for k in range(lo, hi + 1)):
        why = "told at an earlier time (آنذاك، في ذلك الوقت)"
    present = not c.noun and not tokens[c.first].prefix.lstrip("وف") and tokens[c.first].norm[:1] in ("ي", "ت")
    if why is None and present and any(_bare_word(tokens[k]) in RECORD_WORDS
                       for k in range(max(lo, c.first - RECORD_REACH), c.first)):
        why = "a present verb describing a record (أول من يزور)"
    elif any(_bare_word(tokens[k]) in REPEAT_WORDS or (k < hi and (tokens[k].norm, tokens[k + 1].norm) in REPEAT_PAIRS)
             for k in range(_after_complementizer(tokens, lo, c.first), hi + 1)):
        why = "repeated over time (يومياً، عدة مرات)"
    if why is not None and explain is not None:
        explain.append(f"{c.pattern.id}: {why}: no single new event")
    return why is not None


def _after_complementizer(tokens: Sequence[Token], lo: int, first: int) -> int:
    """The start of the act's own clause: after the last إن/أن before it ("قلنا مراراً إننا لا نتفاوض": the
    adverb belongs to the speaking, not to the act)."""
    return next((k + 1 for k in range(first - 1, lo - 1, -1) if tokens[k].norm in COMPLEMENTIZERS
                 or tokens[k].norm in PRONOUN_COMPLEMENTIZERS or _bare_word(tokens[k]) in ("اننا", "انني")), lo)


def _private_party(tokens: Sequence[Token], c: Coded, explain: list[str] | None) -> bool:
    """Tourists, pilgrims or students "visiting" a country travel, they do not consult; "رفض التعليق" and
    "طلب عدم نشر اسمه" decline to speak, they reject or request no political act.  Last, a running total:
    deaths or attacks counted "حتى الآن" or "منذ بدء"/"في الصراع" sum a campaign, not one new event."""
    why = None
    if c.etype == "CONSULT" and any(_has_any(tokens[k], PRIVATE_VISITORS) for k in range(
            max(0, c.first - PRIVATE_REACH), min(len(tokens), c.last + 1 + PRIVATE_REACH))):
        why = "private visitors (tourists, pilgrims, students): travel, not consultation"
    words = NON_ACT_OBJECTS.get(c.pattern.id)
    if why is None and words is not None and any(
            _has_any(tokens[k], words) for k in range(c.last + 1, min(len(tokens), c.last + 1 + NON_ACT_REACH))):
        why = "declining to comment or asking for anonymity: no political act"
    if why is None and c.etype == "ASSAULT":
        lo, hi = _clause_bounds(tokens, c.first, c.last)
        total = any((tokens[k].norm, tokens[k + 1].norm) in TOTAL_PAIRS for k in range(lo, hi))
        conflict = not c.source and c.pattern.id in CASUALTY_PATTERNS and any(
            _has_any(tokens[k], CONFLICT_NOUNS) for k in range(c.last + 1, min(hi + 1, c.last + 8)))
        if total or conflict:
            why = "a running total of a campaign or a conflict (حتى الآن، في الصراع)"
    if why is not None and explain is not None:
        explain.append(f"{c.pattern.id}: {why}")
    return why is not None


OLD_MONTH_AFTER = 8  # round 4: a date this close after the act, with no comma between, dates that act too
OLD_MONTHS = 3  # "وفي ديسمبر الماضي قتل …" in a July report: a month this many months back is background


def _old_month(tokens: Sequence[Token], starts: list[int], c: Coded, published: Date,
               explain: list[str] | None) -> bool:
    """"وفي ديسمبر (كانون الأول) الماضي، قُتل خمسة مدنيين": a date resolved to a month three or more months
    before the report, written before the act (opening the sentence or in its clause), dates a recalled act,
    not the news; "منذ ديسمبر" is an ongoing state and stays."""
    d = c.date
    if d is None or d.relation != "on" or not d.value or len(d.value) < 7 or not d.value[:4].isdigit() \
            or not d.value[5:7].isdigit():
        return False
    months = published.year * 12 + published.month - (int(d.value[:4]) * 12 + int(d.value[5:7]))
    if months < OLD_MONTHS:
        return False
    k = max(0, bisect.bisect_right(starts, d.start) - 1)
    lo, hi = _clause_bounds(tokens, c.first, c.last)
    after = c.last < k <= min(hi, c.last + OLD_MONTH_AFTER)  # "وخطفت … في 24 فبراير الماضي": its own clause
    if (k >= c.first and not after) or not (k >= lo or k <= OPENING_REACH or _opening_adverbial(tokens, k, c.first)) \
            or (k > 0 and _bare_word(tokens[k - 1]) in ("منذ", "حتى")):
        return False
    if explain is not None:
        explain.append(f"{c.pattern.id}: dated {d.value}, months before the report: background")
    return True


# ---------------------------------------------------------------------- real-news precision rules, round 4
# Added after a fourth hand-checked sample (2015 news): acts told as earlier (سبق أن، تعهد سابق), an object
# relative clause describing a thing by an act done to it (الحوار الذي دعا إليه الرئيس), the content of a
# statement the writer places in the past (وكان الوزير قد أقر بأن), a whether-question (سئل عما إذا),
# what something needs (لا تحتاج إلا إلى اجتماع), a comparison (على غرار هجوم), a prayer or a request for
# anonymity read as an appeal, and mines named as things (كاشفات الألغام).

EARLIER_HEADS = _words("سبق", "وسبق", "سبقت", "وسبقت", "سبق وأن")
EARLIER_ADJECTIVES = _words("سابق", "سابقا", "سابقاً", "سابقة", "السابق", "السابقة", "سابقتين", "سابقين")
LAST_YEAR = frozenset({("العام", "الماضي"), ("العام", "المنصرم"), ("العام", "الفايت"), ("السنه", "الماضيه"),
                       ("السنه", "المنصرمه"), ("عام", "مضي")})  # normalised word pairs
# "منذ العام الماضي" is an ongoing state; "خلال العام الماضي" sums a period (a toll by a named force stays an event)
LAST_YEAR_SPANS = frozenset({"منذ", "مقارنه", "بمقارنه", "خلال", "طوال", "طيله", "مدي"})
EARLIER_REACH = 4  # "سبق أن وعدت"، "سبق لها أن أعلنت": the act stands this close after سبق
NEED_WORDS = _words("تحتاج", "يحتاج", "تحتاجان", "يحتاجان", "نحتاج", "بحاجة", "يتطلب", "تتطلب", "يستلزم", "تستلزم")
NEED_REACH = 4  # "لا تحتاج إلا إلى اجتماع": the noun needed stands this close after the need word
LIKENESS_HEADS = _words("غرار", "شاكلة", "أسوة")
LIKENESS_REACH = 3  # "على غرار هجوم سوسة": the act compared with stands this close after the head
OBLIGATION_WORDS = _words("يجب", "ينبغي", "يتعين", "يتوجب", "لابد", "بد")  # "لا يجب رفض المبادرة"، "لا بد من"
PREVENT_VERBS = _words("منع", "منعت", "يمنع", "تمنع", "يمنعون", "لمنع", "بمنع", "ومنع", "منعوا", "تمنعه", "منعه")
BAR_VERBS = _words("حال", "حالت", "يحول", "تحول", "حالا", "يحولان")  # "حالت … دون قيام الرئيس بزيارة"
PREVENT_REACH = 5
CHANCE_WORDS = _words("احتمال", "احتمالات", "الاحتمالات", "احتمالية", "خطر", "الخطر", "مخاطر", "خطورة", "مخاوف",
                      "المخاوف", "خشية", "الخوف", "تخوف", "تخوفات", "مخافة")  # "خطر الاعتداءات"، "الخوف من أن يستهدف"
INQUIRY_WORDS = _words("تحقيق", "التحقيق", "تحقيقا", "تحقيقاً", "تحقيقات", "التحقيقات", "للتحقيق", "تحقق", "يحقق",
                       "تحقيقها", "تحقيقه", "بالتحقيق", "والتحقيق")
INQUIRY_LINKS = _words("ملابسات", "ظروف", "حادثة", "حادث", "استخدام", "وقوع", "ارتكاب")  # "التحقيق في ملابسات مقتل"
WHETHER_HEADS = frozenset({"ما", "عما", "فيما"})  # "عما إذا كان": whether, not if
ASK_WORDS = _words("سئل", "وسئل", "سأل", "سألت", "يسأل", "تسأل", "تساءل", "تساءلت", "يتساءل", "تتساءل", "متسائلا",
                   "سؤال", "السؤال", "سؤالا", "التساؤل", "تساؤل")
ASK_REACH = 14  # "سئل رئيس الوزراء … خلال مؤتمر صحافي إذا ما جاء التفجير": the question verb may stand this far back
WHETHER_REACH = 6  # and the act this close after إذا
PRAYER_WORDS = _words("الله", "المولى", "للمولى", "لله", "ربه", "ربها", "ربهم", "الرب", "بالرحمة", "بالشفاء",
                      "بالتوفيق", "بالمغفرة", "بالسداد", "بالرحمة والمغفرة")
PRAYER_REACH = 2  # "داعياً المولى عز وجل أن يحفظ": God right after the verb makes it a prayer
UNNAMED_WORDS = frozenset({"الكشف", "ذكر", "نشر", "الافصاح", "كشف"})  # after "عدم": anonymity asked
UNNAMED_REACH = 3
MINE_NOUNS = frozenset({"الغام", "الالغام", "لغم", "اللغم", "والالغام", "والغام"})
BLAST_WORDS = _words("انفجر", "انفجرت", "انفجار", "انفجارات", "فجر", "فجرت", "تفجير", "أسفر", "أسفرت", "مقتل", "مصرع",
                     "قتل", "قتلت", "أصيب", "أصيبت", "إصابة", "زرع", "زرعت", "زرعوا", "يزرع", "تزرع", "زراعة", "بزرع",
                     "بتر", "ضحايا", "ضحية")
OBJECT_RELATIVE_REACH = 4  # the relative clause's own subject stands this close after its verb
RESUMPTIVES = frozenset({"اليه", "اليها", "اليهم", "عليه", "عليها", "عليهم", "به", "بها", "فيه", "فيها", "منه",
                         "منها", "عنه", "عنها"})  # prepositions with a pronoun back to the noun (not بموجبها: "under which")
RELATIVE_HEAD_REACH = 3  # "العفو الملكي الذي أصدره": the act noun stands this close before the relative
COMMENT_HEADS = frozenset({"وهو", "وهي", "وهذا", "وهذه", "وذلك", "هو", "هي"})  # "وهو الموقف الذي رحب به"


def _told_as_earlier(tokens: Sequence[Token], c: Coded, explain: list[str] | None) -> bool:
    """"والتي سبق أن وعدت بتقديم"، "احترم البرلمان تعهداً سابقاً"، "المحتجز الذي قُتل العام الماضي": an act the
    writer marks as earlier (سبق أن, a noun with سابق, last year in its clause but not "منذ / خلال العام الماضي") is
    recalled as background, not told as news — unless its clause names a recent day."""
    lo, hi = _clause_bounds(tokens, c.first, c.last)
    if _clause_names_recent_day(tokens, lo, hi):
        return False
    why = None
    for k in range(lo, hi):
        if (_bare_word(tokens[k]), tokens[k + 1].norm) in LAST_YEAR and not (
                k > 0 and _bare_word(tokens[k - 1]) in LAST_YEAR_SPANS):
            why = f"dated «{tokens[k].text} {tokens[k + 1].text}» (last year)"
            break
    for k in range(c.first - 1, max(lo, c.first - 1 - EARLIER_REACH) - 1, -1):
        if why is not None:
            break
        if _has_any(tokens[k], EARLIER_HEADS) and any(tokens[j].norm in ("ان", "وان") for j in range(k + 1, c.first)):
            why = f"after «{tokens[k].text} … أن» (told as earlier)"
            break
    if why is None and c.last + 1 < len(tokens) and _has_any(tokens[c.last + 1], EARLIER_ADJECTIVES):
        why = f"a noun described as «{tokens[c.last + 1].text}» (an earlier act)"
    if why is not None and explain is not None:
        explain.append(f"{c.pattern.id}: {why}: background")
    return why is not None


def _object_relative(tokens: Sequence[Token], c: Coded, told: Sequence[Coded], explain: list[str] | None) -> bool:
    """"الحوار الوطني الذي دعا إليه الرئيس"، "المنطقة التي اتفق عليها الطرفان": a past verb right after a
    relative pronoun, with its own subject after it and a pronoun back to the noun before (إليه، عليها،
    بتنفيذه), describes that noun by an act done to or about it: something known, not the news.  It stays
    when the noun is itself the act the verb performs (العفو الذي أصدره), when the clause comments on the
    story (وهو الموقف الذي رحب به), or when it names a recent day."""
    actors = c.source + c.target  # (the coder may have taken the clause's subject for the target)
    if c.noun or c.first < 2 or _bare_word(tokens[c.first - 1]) not in RELATIVES or not actors:
        return False
    if tokens[c.first].norm[:1] in ("ي", "ن") or tokens[c.first].prefix.lstrip("وف"):
        return False  # a present verb is judged at the trigger; a prefixed form is no plain past verb
    verb_end = tokens[c.last].end
    limit = tokens[min(len(tokens) - 1, c.last + OBJECT_RELATIVE_REACH)].end
    if not all(verb_end < m.start for m in actors) or not any(m.start <= limit for m in actors):
        return False
    after = range(c.last + 1, min(len(tokens), c.last + 1 + OBJECT_RELATIVE_REACH))
    verb = tokens[c.first].norm  # "المواقع التي احتلها الإرهابيون": the pronoun may be the verb's own object
    suffixed = c.first == c.last and (verb.endswith(("ها", "هم", "هما")) or (
        verb.endswith("ه") and verb[:-1] in c.pattern.verb_forms))
    if not suffixed and not any(tokens[k].norm in RESUMPTIVES or ("ب" in tokens[k].prefix and tokens[k].norm.endswith(("ه", "ها"))
                                                   and not tokens[k].norm.startswith("بموجب"))
               for k in after):
        return False
    if any(o is not c and o.noun and c.first - 1 - RELATIVE_HEAD_REACH <= o.last < c.first - 1 for o in told):
        return False  # "العفو الذي أصدره": the noun before is the act itself
    if any(_bare_word(tokens[k]) in COMMENT_HEADS for k in range(max(0, c.first - 4), c.first - 1)):
        return False
    if _clause_names_recent_day(tokens, *_clause_bounds(tokens, c.first, c.last)):
        return False
    if explain is not None:
        explain.append(f"{c.pattern.id}: a relative clause with its own subject describes the noun before it")
    return True


HAPPENED_VERBS = _words("وقع", "وقعت", "جرى", "جرت", "حدث", "حدثت", "نفذ", "نفذت")  # a date after these is past
SINCE_LIGHT = _words("فرض", "بدء", "بداية", "اندلاع", "انطلاق", "إعلان", "توقيع", "إبرام", "شن", "تشديد")
PURPOSE_LIGHT = frozenset({"تنفيذ", "شن", "ارتكاب"})  # normalised: "لتنفيذ الهجوم"، "لشن هجمات"
SPEECH_COPULA_REACH = 4  # "وكان بوتين أعلن": the copula stands this close before the speech verb
NOUN_AUX_REACH = 8  # "سيجري خلال زيارته لموسكو عدداً من اللقاءات": a future light verb this far before its noun


def _future_light_verb(tokens: Sequence[Token], clause_start: int, c: Coded, events: Sequence[Coded]) -> bool:
    """A future auxiliary or light verb (سيجري، ستعقد) heading a noun act in its clause, past an adjunct that
    puts more than four words between them, announces that act: it is intended, whoever reports it."""
    for k in range(c.first - 1, max(clause_start, c.first - NOUN_AUX_REACH) - 1, -1):
        if tokens[k].norm in COMPLEMENTIZERS or any(o is not c and o.first <= k <= o.last for o in events):
            return False  # another act or a new reported clause stands between
        if _future_auxiliary(tokens[k]):
            return not any(o is not c and k < o.first < c.first for o in events)
    return False


def _purpose_light_noun(tokens: Sequence[Token], c: Coded) -> bool:
    """"خرجوا من المنزل لتنفيذ الهجوم"، "يخططون لشن هجمات": an act named after ل + a noun of carrying out is
    the aim of the people named, not yet done: intended."""
    if c.first == 0:
        return False
    tok = tokens[c.first - 1]
    return tok.prefix.lstrip("وف") in ("ل", "لل") and tok.norm[len(tok.prefix):] in PURPOSE_LIGHT


def _relative_of_background(tokens: Sequence[Token], c: Coded, explain: list[str] | None) -> bool:
    """"رد على الهجوم الانتحاري الذي استهدف ناشطين"، "بعد الاجتماع الذي عقد": a verb in a relative clause on a noun
    told in passing as a cause or an antecedent (after بعد، رد على، بسبب …) tells that same background act."""
    if c.noun or c.first < 3 or _bare_word(tokens[c.first - 1]) not in RELATIVES:
        return False
    for ante in (c.first - 2, c.first - 3):
        if ante < 1 or tokens[ante].norm in CLAUSE_PUNCT:
            break
        if not tokens[ante].prefix.lstrip("وف").endswith("ال") and not tokens[ante].norm.startswith("ال"):
            continue  # the antecedent of الذي is definite (الهجوم، الاجتماع)
        intro = {f for k in range(max(0, ante - 3), ante) for f in _norm_forms(tokens[k])}
        if intro & BACKGROUND_INTRO:
            if _clause_names_recent_day(tokens, *_clause_bounds(tokens, c.first, c.last)):
                return False
            if explain is not None:
                explain.append(f"{c.pattern.id}: a relative clause on a noun told in passing as a cause: background")
            return True
    return False


def _pluperfect_speech(tokens: Sequence[Token], c: Coded, speeches: Sequence[Speech], explain: list[str] | None
                       ) -> bool:
    """"وكان وزير الداخلية، قد أقر بأن الوحدات نجحت في القبض على …"، "وكان بوتين أعلن في يونيو تعزيز …": the
    content of a statement the writer places before the story's time (a past copula, then قد and the verb, then
    أن; or a copula right before a speech verb's subject) is background too — not a claim (زعمت), which reports
    an act the article may tell or deny elsewhere."""
    said = governing_speech(list(speeches), c)
    if said and said[-1].claim:
        return False  # "وكانت رويترز زعمت أن …": an earlier report of an act, linked to its denial, stays
    if said:
        cue = said[-1].cue_first
        copula = next((k for k in range(cue - 1, max(-1, cue - 1 - SPEECH_COPULA_REACH), -1)
                       if _bare_word(tokens[k]) in PAST_COPULAS or tokens[k].norm in PAST_COPULAS), None)
        if copula is not None and not any(tokens[j].norm in CLAUSE_PUNCT for j in range(copula, cue)) and not (
                copula > 0 and _has_any(tokens[copula - 1], COPULA_CONDITIONS)) and not any(
                _has_any(tokens[j], RECENT_DAYS) for j in range(copula, min(len(tokens), c.last + 1))):
            if explain is not None:
                explain.append(f"{c.pattern.id}: inside what was said in the past perfect (كان … أعلن): background")
            return True
    for q in range(c.first - 1, 0, -1):
        if tokens[q].norm in ASIDE_STOPS:
            return False
        if tokens[q].norm != "قد" or not any(tokens[j].norm in COMPLEMENTIZERS for j in range(q + 2, c.first)):
            continue
        for k in range(q - 1, max(-1, q - 1 - PLUPERFECT_REACH), -1):
            if tokens[k].norm in ASIDE_STOPS:
                return False
            if _bare_word(tokens[k]) in PAST_COPULAS or tokens[k].norm in PAST_COPULAS:
                if (k > 0 and _has_any(tokens[k - 1], COPULA_CONDITIONS)) or any(
                        _has_any(tokens[j], RECENT_DAYS) for j in range(k, min(len(tokens), c.last + 1))):
                    return False
                if explain is not None:
                    explain.append(f"{c.pattern.id}: inside what was said in the past perfect (كان … قد … أن): "
                                   "background")
                return True
        return False
    return False


def _whether_clause(tokens: Sequence[Token], c: Coded, explain: list[str] | None) -> bool:
    """"سئل … إذا ما جاء التفجير رداً"، "لم يتضح ما إذا كانت القوات قصفت": an act inside a whether-question is
    asked about, neither told nor a condition."""
    for k in range(c.first - 1, max(-1, c.first - 1 - WHETHER_REACH), -1):
        if tokens[k].norm in ASIDE_STOPS or tokens[k].norm in QUESTION_MARKS:
            return False
        if _bare_word(tokens[k]) not in ("اذا", "إذا"):
            continue
        whether = k > 0 and tokens[k - 1].norm in WHETHER_HEADS
        if not whether and k + 1 < len(tokens) and tokens[k + 1].norm == "ما":
            whether = any(_has_any(tokens[j], ASK_WORDS) for j in range(max(0, k - ASK_REACH), k)
                          if not any(tokens[i].norm in ASIDE_STOPS for i in range(j, k)))
        if whether and explain is not None:
            explain.append(f"{c.pattern.id}: inside a whether-question («{tokens[k].text}»): asked, not told")
        return whether
    return False


def _needed_or_compared(tokens: Sequence[Token], c: Coded, explain: list[str] | None) -> bool:
    """"لا تحتاج إلا إلى اجتماع موسع": a noun a thing needs is no act; "على غرار هجوم سوسة": a noun the
    news is compared with names an earlier, known act; so does "التحقيق في مقتل …" (the inquiry is the news); a
    chance, risk or fear (احتمالات التوصل لاتفاق، خطر الاعتداءات، الخوف من أن يستهدف) or an act prevented (لمنع
    القوات من قصف المدينة) names no act that happened; nor does an obligation (يجب، لا بد من، لا يجب رفض)."""
    why = None
    for k in range(c.first - 1, max(-1, c.first - 1 - max(NEED_REACH, LIKENESS_REACH)), -1):
        if tokens[k].norm in CLAUSE_PUNCT:
            break
        if tokens[k].norm in ("من", "دون") and _prevented(tokens, k):
            why = f"an act prevented («{tokens[k].text}» after a verb of preventing): it did not happen"
            break
        if _has_any(tokens[k], OBLIGATION_WORDS) and c.pattern.role == "event":
            why = f"what someone says must or must not be done («{tokens[k].text}»): an opinion, not an act"
            break
        if not c.noun and not _has_any(tokens[k], CHANCE_WORDS):
            continue  # a finite verb is judged only after a fear (الخوف من أن يقصف) or a prevention
        if c.first - k <= NEED_REACH and _has_any(tokens[k], NEED_WORDS):
            why = f"what something needs («{tokens[k].text}»), not an act"
            break
        if c.first - k <= LIKENESS_REACH and _has_any(tokens[k], LIKENESS_HEADS):
            why = f"a comparison («{tokens[k].text}»): an earlier act named, not the news"
            break
        if c.first - k <= NEED_REACH and _has_any(tokens[k], CHANCE_WORDS) and (c.noun or any(
                tokens[j].norm in ("ان", "بان") for j in range(k + 1, c.first))):
            why = f"a chance, risk or fear («{tokens[k].text}»), not an act that happened"
            break
        if tokens[k].norm in ("في", "حول", "بشان") and k > 0 and _has_any(tokens[k - 1], INQUIRY_WORDS) and all(
                _has_any(tokens[j], INQUIRY_LINKS) for j in range(k + 1, c.first)):
            why = f"what an inquiry looks into («{tokens[k - 1].text} في»): the earlier act investigated"
            break
    if why is not None and explain is not None:
        explain.append(f"{c.pattern.id}: {why}")
    return why is not None


def _prevented(tokens: Sequence[Token], k: int) -> bool:
    """"لمنع قوات النظام من قصف المدينة"، "حالت التهمة دون قيام الرئيس بزيارة": «من» after منع, or «دون» after
    حال, within a few words (the one prevented may stand between) introduces an act that was stopped."""
    words = PREVENT_VERBS if tokens[k].norm == "من" else BAR_VERBS
    return any(_has_any(tokens[j], words) for j in range(max(0, k - PREVENT_REACH), k)
               if not any(tokens[i].norm in CLAUSE_PUNCT for i in range(j, k)))


def _prayer_or_unnamed(tokens: Sequence[Token], c: Coded, explain: list[str] | None) -> bool:
    """"داعياً المولى عز وجل أن يحفظ الوطن": a call on God is a prayer; "طالباً عدم الكشف عن اسمه" asks for
    anonymity: neither is a political appeal."""
    if c.cameo[:2] not in ("02", "10"):
        return False
    after = range(c.last + 1, min(len(tokens), c.last + 1 + max(PRAYER_REACH, UNNAMED_REACH)))
    why = None
    if any(k <= c.last + PRAYER_REACH and _has_any(tokens[k], PRAYER_WORDS) for k in after):
        why = "a prayer (a call on God)"
    elif any(tokens[k].norm == "عدم" and k + 1 < len(tokens) and tokens[k + 1].norm in UNNAMED_WORDS for k in after):
        why = "asking not to be named"
    if why is not None and explain is not None:
        explain.append(f"{c.pattern.id}: {why}: no political appeal")
    return why is not None


def _mines_as_things(tokens: Sequence[Token], c: Coded, explain: list[str] | None) -> bool:
    """"كاشفات الألغام"، "حقول الألغام": mines named in a sentence where none explodes, is laid or hurts anybody
    are things (equipment, clearance, stocks), not a bombing."""
    if c.pattern.id != "assault.roadside" or tokens[c.first].norm not in MINE_NOUNS:
        return False
    if any(_has_any(t, BLAST_WORDS) for t in tokens):
        return False
    if explain is not None:
        explain.append(f"{c.pattern.id}: mines named as things, with no blast, victim or laying: no attack")
    return True


# ---------------------------------------------------------------- target rules (section 14)

# Members and leaders named as the object of an act (اعتقلت قيادياً في حماس، جمّدت أصول قادة الميليشيات): the body
# they belong to is the target.
OBJECT_MEMBERS = _words("قيادي", "قياديا", "قياديين", "القيادي", "قادة", "قائد", "قائدين", "عناصر", "عنصر", "عنصرين",
                        "أعضاء", "عضو", "عضوين", "مقاتلي", "مسلحي", "زعيم", "أنصار", "مناصري", "ناشطين", "ناشطا",
                        "كوادر", "رئيس")
OBJECT_MEMBER_ADJECTIVES = _words("بارز", "بارزا", "بارزين", "كبير", "كبيرا", "كبار", "سابق", "سابقا", "السابق",
                                  "الأسبق", "ميداني", "ميدانيا", "عسكري", "عسكريا")
MEMBER_OBJECT_REACH = 8  # words from the trigger to the member noun
ASSET_HEADS = _words("أصول", "أموال", "ممتلكات", "حسابات", "أرصدة")
# Words that open an aside between commas after the subject: "اتهمت الرئاسة، في بيان …، المغرب"، "، مساء الأحد،".
PAREN_OPENERS = _words("في", "خلال", "عبر", "على", "لدى", "مساء", "صباح", "فجر", "ظهر", "أمس", "اليوم", "بعد",
                       "قبل", "أثناء", "وفق", "بحسب", "حسب")
PAREN_REACH = 16  # words of an aside between two commas
# Verbs of telling or handing over with two objects: "أبلغت بغداد واشنطن رفضها"، "سلّمت الخارجية السفير مذكرة".
TELL_VERBS = _words("أبلغ", "أبلغت", "أبلغتا", "أبلغا", "أبلغوا", "يبلغ", "تبلغ", "سلم", "سلمت", "سلمتا", "يسلم",
                    "تسلم", "نقل", "نقلت", "ينقل", "تنقل")
# Nouns of a settlement or area before its name: "من مدينة خيرسون"، "على العاصمة كييف" keep the preposition.
PLACE_HEADS = _words("مدينة", "المدينة", "بلدة", "البلدة", "قرية", "القرية", "مخيم", "المخيم", "منطقة", "المنطقة",
                     "إقليم", "الإقليم", "ولاية", "الولاية", "محافظة", "المحافظة", "عاصمة", "العاصمة", "ريف", "حي")
# Adverbs that may stand between a verb's subject and its object: "اعترفت إسبانيا رسمياً بدولة فلسطين".
OBJECT_ADVERBS = _words("رسميا", "رسمياً", "مجددا", "مجدداً", "أيضا", "أيضاً", "فعليا", "فعلياً", "علنا", "علناً",
                        "رسمي", "اليوم", "أمس", "رسميًا")


# Particles between a condition word and its verb: "إذا لم تنسحب"، "شريطة أن تلتزم"، "ما لم يتراجع".
CONDITION_PARTICLES = _words("لم", "لن", "ما", "أن", "ان", "قد")
CONDITION_REACH = 25  # words from a threat to the condition it is made under (a long object between)


def _object_slot(tokens: Sequence[Token], slot: int, k: int) -> bool:
    """Whether token ``k`` is where the verb's object stands: the first word after the subject, or after one
    adverb there."""
    return k == slot or (k == slot + 1 and _has_any(tokens[slot], OBJECT_ADVERBS))


def _condition_subject(tokens: Sequence[Token], c: Coded, conditions: Sequence[tuple[int, int]],
                       args: Sequence[Arg]) -> Arg | None:
    """The party a conditional threat is made against: the subject of its condition ("هدد … بفرض عقوبات إذا لم
    تتراجع بكين"، "في حال اقتحم الجيش رفح فإن مصر ستعلق").  The condition follows the threat in its sentence
    (no contrast clause between), or opens the sentence with the main clause (فإن/فـ) between it and the threat;
    its verb comes first, the subject right after it, bare."""
    for cf, cl in conditions:
        if cf > c.last:
            if cf - c.last > CONDITION_REACH or any(tokens[k].norm in CONTRAST_WORDS or tokens[k].norm in (".", "؛")
                                                    for k in range(c.last + 1, cf)):
                continue
        elif cl < c.first:
            if not any(_apodosis(tokens[k]) for k in range(cl + 1, c.first)):
                continue
        else:
            continue
        verb = cl + 1
        while verb < len(tokens) and tokens[verb].norm in CONDITION_PARTICLES:
            verb += 1
        if verb >= len(tokens) or not tokens[verb].is_word or any(a.first <= verb <= a.last for a in args):
            continue
        subject = next((a for a in args if a.first == verb + 1 and not a.prep), None)
        if subject is not None and (cl < c.first or subject.first > c.last):
            return subject
    return None


def _domestic_country(actors: Sequence[ActorMention]) -> str | None:
    """The one country of the non-state parties (a union, an opposition, civilians) facing an unnamed state organ
    (الحكومة، الشرطة with no country): a society confronts its own state."""
    if not any(is_generic(m) and m.sector in STATE_SECTORS for m in actors):
        return None
    own = {state_country(m) for m in actors if m.sector and m.sector not in STATE_SECTORS and not is_generic(m)}
    return own.pop() if len(own) == 1 and None not in own else None


def _member_object(tokens: Sequence[Token], last: int, after: Sequence[Arg], source: Arg | None, p: Pattern,
                   stop: frozenset[str]) -> Arg | None:
    """The body of members named as the act's object (اعتقلت الشرطة قيادياً بارزاً في تنظيم داعش، فرضت عقوبات على
    قادة حركة الشباب، جمّدت أصول عدد من قادة الميليشيات): the member noun names the body by a genitive or by
    في/من, and its phrase — with counts, partitives and a possessed thing before it — stands where the object
    does: right after the verb and its subject, or after one of the pattern's prepositions.  Only the first
    argument after the trigger (past the subject) is looked at."""
    rest = [a for a in after if a is not source and (source is None or a.first > source.last)]
    if not rest:
        return None
    a = rest[0]
    k = a.first - 1
    if k > last and tokens[k].norm in ("في", "من"):
        k -= 1
    if k > last and _has_any(tokens[k], OBJECT_MEMBER_ADJECTIVES):
        k -= 1
    if k <= last or k - last > MEMBER_OBJECT_REACH or not _has_any(tokens[k], OBJECT_MEMBERS):
        return None
    head = k  # the start of the object phrase: "أصول عدد من قادة"، "أربعة من عناصر"
    while head - 1 > last and (tokens[head - 1].norm in PARTITIVES or tokens[head - 1].norm == "من"
                               or _has_any(tokens[head - 1], ASSET_HEADS) or parse_number(tokens, head - 1) is not None):
        head -= 1
    owned = any(_has_any(tokens[j], ASSET_HEADS) for j in range(head, k))
    outer = _prep_of_word(tokens, head, stop)
    if outer and outer in p.target_preps:
        return Arg(a.mentions, a.first, a.last, outer)
    if not outer and head == _object_start(last, source) and (p.object_target or owned):
        return Arg(a.mentions, a.first, a.last, CONTAINER_OBJECT)
    return None


def _aside_end(tokens: Sequence[Token], k: int) -> int | None:
    """The closing comma of an aside that opens at token ``k`` (a comma, then a preposition or a time word:
    "، في بيان صدر عقب اجتماع للمجلس،"، "، مساء الأحد،"), or None."""
    if k + 1 >= len(tokens) or tokens[k].norm not in ("،", ",") or not _has_any(tokens[k + 1], PAREN_OPENERS):
        return None
    for j in range(k + 2, min(len(tokens), k + 2 + PAREN_REACH)):
        norm = tokens[j].norm
        if norm in ("،", ","):
            return j
        if norm in BOUNDARY_PUNCT or norm in (".", "؟", "!") or norm in COMPLEMENTIZERS or norm in CONTRAST_WORDS:
            return None
    return None


def _object_start(last: int, source: Arg | None) -> int:
    """Where a verb's object begins: right after its subject when the subject follows the verb (ending at
    ``last``), else right after the verb."""
    return source.last + 1 if source is not None and source.first > last else last + 1


def _told_to(tokens: Sequence[Token], teller: Arg, told: Arg, first: int) -> bool:
    """"أبلغت بغداد واشنطن رفضها": a verb of telling or handing over, its subject, the one told, then the noun
    trigger, each right after the other."""
    k = teller.first - 1
    return (k >= 0 and _has_any(tokens[k], TELL_VERBS) and told.first == teller.last + 1
            and first == told.last + 1 and not told.prep and not teller.prep)


# Words of thwarting: the act after them did not take place ("أحبطت قوات الأمن هجوماً"، "إحباط مخطط لتفجير").
FOIL_WORDS = _words("أحبط", "أحبطت", "أحبطتا", "أحبطا", "أحبطوا", "يحبط", "تحبط", "يحبطون", "إحباط", "أفشل", "أفشلت",
                    "أفشلوا", "يفشل", "تفشل", "إفشال", "أجهض", "أجهضت", "أجهضوا", "يجهض", "تجهض", "إجهاض", "أحبطنا",
                    "أفشلنا", "أجهضنا")
FOIL_REACH = 4  # words from the thwarting word to the act's noun ("أحبطت محاولة إرهابية لاغتيال")


def _foiled(tokens: Sequence[Token], c: Coded, explain: list[str] | None) -> bool:
    """"أحبطت قوات الأمن هجوماً على كنيسة"، "إحباط مخطط لتفجير مسجد": an attack or abduction named as thwarted
    did not happen; coding it would make the foiling force the attacker.  (The arrests that often follow are
    acts of their own.)"""
    if c.etype not in FORCE_TYPES:
        return False
    k = next((j for j in range(c.first - 1, max(-1, c.first - 1 - FOIL_REACH), -1)
              if _has_any(tokens[j], FOIL_WORDS)), None)
    if k is None or any(tokens[j].norm in (".", "؛", "،", ",") for j in range(k + 1, c.first)):
        return False
    if not c.noun and not is_backstop(c.pattern.id) and k != c.first - 1:
        return False  # a lexicon verb further on is an act of its own (أحبط الجيش هجوماً وقتل …)
    if explain is not None:
        explain.append(f"{c.pattern.id}: «{tokens[k].text}» before it: a thwarted act, not one that took place")
    return True


# ---------------------------------------------------------------------- real-news precision rules, round 5
# Added after a fifth hand-checked sample (2015 news): a sentence opened by a past copula and dated to an
# earlier month recalls background even when the act is a noun (وكانت القوات بدأت مطلع الشهر الماضي هجوماً),
# and insisting that something is so (تصر الإدارة على أنها ستُخضع) asserts a view, it demands nothing.

LAST_MONTH = frozenset({("الشهر", "الماضي"), ("الشهر", "المنصرم"), ("الشهر", "الفايت")})  # normalised word pairs
COPULA_OPENING = 2  # "وكانت قوات النظام …": a past copula this close to the head frames the whole sentence
RECALLED_DAYS = 21  # a day-dated act under such a copula this many days before the report is recalled
RECALLED_MONTHS = 2  # … and a month-dated one this many months back (الشهر الماضي itself is read from the words)
INSIST_PATTERNS = frozenset({"request.demand"})
INSIST_THAT = _words("أنه", "أنها", "أنهم", "أننا", "أنني", "أنهما", "بأنه", "بأنها", "بأنهم", "بأننا")
INSIST_REACH = 8  # "تصر الإدارة الأمريكية على أنها": words from the verb (and its subject) to على


def _opening_copula(tokens: Sequence[Token]) -> int | None:
    """The past copula opening the sentence (وكانت، وكان), if any."""
    return next((j for j in range(min(len(tokens), COPULA_OPENING)) if _bare_word(tokens[j]) in PAST_COPULAS), None)


def _earlier_month(c: Coded, published: Date) -> bool:
    """Whether the act's own date lies well before the report's: three weeks for a day, two months for a month."""
    d = c.date
    if d is None or d.relation != "on" or not d.value or len(d.value) < 7 or not d.value[:4].isdigit() \
            or not d.value[5:7].isdigit():
        return False
    year, month = int(d.value[:4]), int(d.value[5:7])
    if len(d.value) >= 10 and d.value[8:10].isdigit() and 1 <= month <= 12:
        try:
            return (published - Date(year, month, int(d.value[8:10]))).days >= RECALLED_DAYS
        except ValueError:
            return False
    # a month-precision value may stand for "last week" across a month's end: only two months back is sure
    return published.year * 12 + published.month - (year * 12 + month) >= RECALLED_MONTHS


def _copula_dated(tokens: Sequence[Token], c: Coded, published: Date, explain: list[str] | None) -> bool:
    """"وكانت قوات النظام وحزب الله بدآ مطلع الشهر الماضي هجوماً"، "وكان التفجير الثالث في الكويت يوم 26 يونيو":
    an act named by a noun in the clause of a past copula opening the sentence, dated to an earlier month, recalls
    background.  :func:`_pluperfect` leaves a noun alone (after كان it may be the copula's subject); the earlier
    month settles it.  A sentence naming yesterday or a weekday recalls an act of the last days, which is still news."""
    if not c.noun:
        return False  # a verb after the copula is :func:`_pluperfect`'s («وكانت «حركة الشباب» قد هددت» stays a record)
    k = _opening_copula(tokens)
    if k is None or c.first <= k or _clause_names_recent_day(tokens, 0, len(tokens) - 1) \
            or any(tokens[j].norm in CLAUSE_PUNCT for j in range(k + 1, c.first)):
        return False  # past a comma the act may be a later clause's own (…، رداً على هجوم اتهمت واشنطن)
    if not (_earlier_month(c, published)
            or any((tokens[j].norm, tokens[j + 1].norm) in LAST_MONTH for j in range(k + 1, len(tokens) - 1))):
        return False
    if explain is not None:
        explain.append(f"{c.pattern.id}: under «{tokens[k].text}» opening the sentence, dated an earlier month: "
                       "background")
    return True


def _insists_that(tokens: Sequence[Token], c: Coded, explain: list[str] | None) -> bool:
    """"تصر الإدارة على أنها ستُخضع إيران للمساءلة"، "أصر على أن هذا الوقت غير كاف": insisting that something is
    so (أن with a pronoun, or before a noun) asserts a view; a demand names what must be done (أصر على انسحاب
    القوات، على أن تنسحب القوات) and stays."""
    if c.pattern.id not in INSIST_PATTERNS or c.noun:
        return False
    for j in range(c.last + 1, min(len(tokens) - 1, c.last + 1 + INSIST_REACH)):
        if tokens[j].norm in CLAUSE_PUNCT or tokens[j].norm in BOUNDARY_PUNCT:
            return False
        if tokens[j].norm == "علي":
            nxt = tokens[j + 2] if j + 2 < len(tokens) else None
            noun_after = tokens[j + 1].norm in ("ان", "بان") and nxt is not None and (
                nxt.norm.startswith("ال") or nxt.norm in DEMONSTRATIVES)  # "على أن هذا الوقت غير كاف"
            if not _has_any(tokens[j + 1], INSIST_THAT) and not noun_after:
                return False
            if explain is not None:
                explain.append(f"{c.pattern.id}: insisting «{tokens[j + 1].text}» …: an assertion, not a demand")
            return True
    return False


ADVERBIAL_HEADS = _words("في", "وفي", "خلال", "وخلال")


def _opening_adverbial(tokens: Sequence[Token], k: int, first: int) -> bool:
    """Whether token ``k`` lies in the adverbial phrases opening the sentence before the act, each headed by
    في/خلال and closed by a comma ("وفي أولى ليالي رمضان، في 28 يونيو 2014، قامت الجماعة …"): their date
    dates the whole sentence, however far from its head."""
    start = 0
    while start < first and _has_any(tokens[start], ADVERBIAL_HEADS):
        comma = next((j for j in range(start + 1, first) if tokens[j].norm in ("،", ",")), None)
        if comma is None:
            return False
        if start <= k < comma:
            return True
        start = comma + 1
    return False


def _joined_conditional(tok: Token, verb: Token) -> bool:
    """«فإن اتفقت الفصائل على إجراء الانتخابات»: إنْ joined to ف/و (hamza below) right before a bare verb is a
    condition too; only checked right before a lexicon verb, since «فإنّ الرد» (a noun in ال) is the answer
    of a condition, not one."""
    text = "".join(ch for ch in tok.text if ch not in _MARKS)
    bare_verb = not verb.prefix and not verb.norm.startswith("ال")
    return tok.norm in ("فان", "وان") and text in ("فإن", "وإن") and SHADDA not in tok.text and bare_verb


def _copula_relative(tokens: Sequence[Token], c: Coded, explain: list[str] | None) -> bool:
    """"وكانت رواندا من بين الدول التي دعت لتأجيل الانتخابات": under a past copula opening the sentence, a
    past verb right after a relative pronoun, in the same clause, recalls what a party had done: background.
    A clause naming yesterday or a weekday is still news."""
    verb = tokens[c.first].norm
    present = verb[:1] in ("ي", "ت", "ن") and not any(verb.startswith(stem) for stem in c.pattern.past_stems)
    if c.noun or c.first < 2 or _bare_word(tokens[c.first - 1]) not in RELATIVES or tokens[c.first].prefix \
            or present:
        return False  # a present verb after a relative describes a standing state (التي تطالب)
    k = _opening_copula(tokens)
    if k is None or any(tokens[j].norm in CLAUSE_PUNCT or tokens[j].norm in BOUNDARY_PUNCT
                        for j in range(k + 1, c.first)):
        return False
    if _clause_names_recent_day(tokens, k, _clause_bounds(tokens, c.first, c.last)[1]):
        return False
    if explain is not None:
        explain.append(f"{c.pattern.id}: a relative clause under «{tokens[k].text}» opening the sentence: background")
    return True


# ---------------------------------------------------------------------- §31: real-news round 6 (precision)

CARE_PURPOSES = _words("للاطمئنان", "للإطمئنان", "الاطمئنان", "مصابي", "لمصابي", "جرحى", "لجرحى")
CARE_REACH = 16  # "زار مدير عام الخدمات الطبية … اللواء طبيب … مصابي الحادث": past the visitor's long title
MEDIA_NOUNS = _words("وكالة", "صحيفة", "جريدة", "قناة", "قناه", "مجلة", "موقع", "إذاعة", "تلفزيون", "فضائية")
TOPIC_WORDS = _words("بشأن", "وبشأن", "حول", "بخصوص")  # and "في شأن" (not "الشأن اليمني": affairs)
TOPIC_REACH = 2  # "بشأن تقديم المساعدة": the topic word, then the light noun, then the aid noun
PROSECUTION_NEXT = _words("والادعاء", "والإدعاء")  # "هيئة التحقيق والادعاء العام": the public prosecution
AIR_WORDS = _words("الهواء", "الهوا", "السماء")  # "أطلقوا الرصاص في الهواء"
AIR_REACH = 6  # the subject and the fired object (الجنود … النار) stand between the verb and «في الهواء»
COME_VERBS = _words("تأتي", "يأتي", "جاء", "جاءت", "تاتي", "ياتي")
OBJECT_PRONOUNS = ("هما", "هم", "هن", "ها", "ه")  # endings of a verb's object (قبضه، قبضها), longest first
# what "يستهدف" aims at an audience (ندوات تستهدف الشباب), as words near the verb
PROGRAMME_WORDS = _words("ندوة", "ندوات", "الندوة", "الندوات", "محاضرة", "محاضرات", "المحاضرة", "المحاضرات",
                         "برنامج", "برنامجا", "برامج", "البرنامج", "البرامج", "دورة", "دورات", "الدورة", "الدورات", "ورشة",
                         "ورش", "الورشة", "الورش", "مبادرة", "المبادرة", "مسابقة", "المسابقة", "فعالية",
                         "فعاليات", "الفعالية", "الفعاليات", "الملتقى", "ملتقى", "المعرض", "التوعية", "توعوية",
                         "التوعوية", "توعوي", "التوعوي", "المنتدى")
PROGRAMME_REACH = 3
HOSTED_ROUTINE = _words("المهنئين", "المهنئات", "المعايدة", "مصابي", "أسر", "وذوي", "ذويهم")
OWN_STAFF = _words("منسوبي", "منسوبيها", "منسوبيه", "وكلاء", "الموظفين", "العاملين")
STAFF_REACH = 6  # "عقد الوزير في مكتبه بجدة اجتماعاً مع وكلاء الوزارة"
# the generic agencies of one government (كافة الجهات، الأجهزة المعنية، منسوبيها): with both parties carrying one
# and the same state code, cooperation among them is domestic (a code repeated by a role error keeps its event)
POLICE_STATIONS = _words("مخفر", "مخافر")  # "فتح مخفر شرطة البتراء تحقيقاً في وفاة طفلة"
CHAIRED_BY = _words("برئاسة")
CHAIR_REACH = 10  # "عقد مجلس الشؤون الاقتصادية اجتماعاً مساء أمس في قصر السلام بجدة برئاسة …"
HOME_AGENCIES = _words("الجهات", "جهات", "القطاعات", "الأجهزة", "الإدارات", "منسوبي", "منسوبيها", "منسوبيه")
ALL_WORDS = _words("بجميع", "بكافة", "بكل")
GUEST_WORDS = _words("الحضور", "الحاضرين", "المدعوين", "المدعوات", "الموظفين", "الموظفات", "الضيوف",
                     "المشاركين", "المشاركات", "الزوار", "زوار", "الزائرين", "المهنئين", "ضيوف", "موظفي")
CONJUNCT_COPULA_REACH = 16
HABIT_VERB_REACH = 4  # "كان الوزير الإيراني ينتقد": the copula's subject stands before the present verb
MONTHS_IN_YA = _words("يناير", "يونيو", "يوليو", "يونيه", "يوليه")  # "وكان المدير قد رحب في بداية الحفل بالوزير وبارك له": the copula's clause


def _office_routine(tokens: Sequence[Token], c: Coded) -> str | None:
    """§31, the routine of a host or an office (part of :func:`_routine`): a visit to check on the injured, an
    inspection tour whoever accompanies it, the injured or well-wishers received, staff met or welcomed, a body's
    own session under its head, one government's agencies cooperating with each other, and a case at the public
    prosecution or a police station."""
    lo, hi = _clause_bounds(tokens, c.first, c.last)
    if c.pattern.id == "consult.visit":
        if any(_has_any(tokens[k], CARE_PURPOSES) for k in range(c.last + 1, min(hi + 1, c.last + 1 + CARE_REACH))):
            return "a visit to check on the injured (للاطمئنان على، مصابي): a call of care, not a consultation"
        if c.noun and c.last + 1 < len(tokens) and _has_any(tokens[c.last + 1], INSPECTION_WORDS):
            return "an inspection tour (الزيارة التفقدية): nobody is consulted, whoever goes along"
    if c.pattern.id == "consult.host" and any(_has_any(tokens[k], HOSTED_ROUTINE) or _has_any(tokens[k], CARE_VISITS)
                                              for k in range(c.last + 1, min(hi + 1, c.last + 1 + CARE_REACH))):
        return "receiving the injured, bereaved families or Eid well-wishers (استقبل … المهنئين): no consultation"
    if c.pattern.id == "consult.meet" and any(_has_any(tokens[k], OWN_STAFF) for k in range(
            c.last + 1, min(hi + 1, c.last + 1 + STAFF_REACH))):
        return "a meeting with one's own staff (اجتماعاً مع وكلاء الوزارة، لقاءً بمنسوبي الفرع): internal business"
    if c.pattern.id == "support.praise" and "رحب" in tokens[c.first].norm and _welcomes_guests(tokens, c, hi):
        return "welcoming staff or guests (رحب … بجميع الموظفين، بالمدعوات): hospitality, no praise of an act"
    if c.etype == "ACCUSE" and c.cameo[:2] == "09" and (_names_prosecution_body(tokens) or any(
            _has_any(tokens[k], POLICE_STATIONS) for k in range(lo, c.first))):
        return "a case at the prosecution body or a police station (هيئة التحقيق والادعاء العام، مخفر): criminal procedure"
    if c.pattern.id.startswith("consult.") and c.noun and not c.target and c.source and len(
            {state_country(m) for m in c.source}) == 1 and all(state_country(m) for m in c.source) and any(
            _has_any(tokens[k], CHAIRED_BY) for k in range(c.last + 1, min(hi + 1, c.last + 1 + CHAIR_REACH))):
        return "a body's own session chaired by its head (عقد المجلس اجتماعاً … برئاسة): no consultation"
    codes = {m.actor_code for m in (*c.source, *c.target)}
    if c.etype == "COOPERATE" and c.source and c.target and len(codes) == 1 and None not in codes \
            and all(state_country(m) for m in (*c.source, *c.target)) and any(
                _has_any(tokens[k], HOME_AGENCIES) for k in range(lo, hi + 1)):
        return "one government's own agencies cooperating (بتعاون كافة الجهات وتعاون منسوبيها): domestic routine"
    return None


def _not_the_act_it_reads_as(tokens: Sequence[Token], c: Coded, explain: list[str] | None) -> bool:
    """§31, §34, §37, words of an act that tell none here: a definite noun naming again a visit or meeting whose verb
    the sentence already told, a newspaper's phone interview, aid named as the topic of a document or talks, fire
    into the air, a purpose a thing "comes as" (تأتي … دعماً), قبض with its object pronoun (ستقبضه: receives), a
    programme that «يستهدف» its audience, a price paid (دفع … ثمن, not ثمّن), a fire brought under control,
    warnings counted by an inspector (§37), a student, a half and a death sentence carried out (§38), a rank held, a
    guest welcomed and people trapped in a wreck or a fire (§39), a price named after a pronoun and a blow to an
    economy (§40)."""
    why = None
    if c.etype == "CONSULT" and c.noun and tokens[c.first].norm.lstrip("وف").startswith("ال") and any(
            _bare_word(tokens[k]) in c.pattern.verb_forms and not tokens[k].prefix.lstrip("وف")
            for k in range(c.first)):
        why = "a definite noun naming again the visit or meeting a verb of the sentence told (زار … وعقب الزيارة)"
    elif c.pattern.id == "consult.phone" and _press_interview(tokens, c.last + 1):
        why = "a phone interview given to a newspaper or an agency (في اتصال هاتفي لـ«…»): no consultation"
    elif c.etype == "AID" and c.noun and any(tokens[k].norm in TOPIC_WORDS or (
            tokens[k].norm == "شان" and k > 0 and tokens[k - 1].norm == "في")
            for k in range(max(0, c.first - TOPIC_REACH), c.first)):
        why = "aid named as the topic of a document or talks (اتفاقية بشأن تقديم المساعدة): not given"
    elif c.cameo == "193" and any(
            _has_any(tokens[k], AIR_WORDS) and tokens[k - 1].norm == "في" for k in range(c.last + 1, min(
                len(tokens), c.last + 1 + AIR_REACH))):
        why = "fire into the air (أطلقوا الرصاص في الهواء): a warning or a celebration, nobody is shot at"
    elif c.pattern.id == "support.support" and _purpose_of_coming(tokens, c):
        why = "«تأتي الرعاية … دعماً»: the purpose a writer gives a thing, not an act of support"
    elif c.pattern.id == "coerce.catch" and not c.noun and _object_pronoun(tokens[c.first]):
        why = "قبض with an object pronoun (الثمن الذي ستقبضه): received or grasped, an arrest is قبض على"
    elif c.etype == "ASSAULT" and "ستهدف" in tokens[c.first].norm and any(
            _bare_word(tokens[k]) in PROGRAMME_WORDS for k in range(
                max(0, c.first - PROGRAMME_REACH), min(len(tokens), c.last + 1 + PROGRAMME_REACH))):
        why = "a programme aimed at its audience (تستهدف الندوات الأهالي): no attack"
    elif c.etype == "ASSAULT" and not c.noun and "ستهدف" in tokens[c.first].norm and any(
            tokens[k].norm in ("ان", "أن") for k in range(c.last + 1, min(len(tokens), c.last + 4))):
        why = "«يستهدف … أن»: aims that something happen (تستهدف مصر أن تصل عائداتها), no attack"
    elif c.pattern.id == "support.praise" and _bare_word(tokens[c.first]) == "ثمن" and (any(
            _has_any(tokens[k], PAY_VERBS) for k in range(max(0, c.first - PAY_REACH), c.first)) or (
            c.first > 0 and tokens[c.first - 1].norm in PRICE_BEFORE)):
        why = "«دفع … ثمن»، «هذا هو ثمن»: the price paid for something, nobody praised (ثمّن)"
    elif c.pattern.id == "coerce.seize_control" and _fire_controlled(tokens, c):
        why = "control of a fire (سيطرت فرق الدفاع المدني على حريق): no seizure"
    elif c.etype == "THREATEN" and c.noun and c.first > 0 and parse_number(tokens, c.first - 1) is not None:
        why = "warnings counted (وجهت 14 إنذاراً): an inspector's citations, not an ultimatum"
    elif c.pattern.id == "appeal.call" and tokens[c.first].norm == "طالب" and c.first > 0 \
            and tokens[c.first - 1].norm not in CLAUSE_PUNCT and _nisba_after(tokens, c.last):
        why = "«طالب» before a nisba (طالب تونسي مسلح): a student, no appeal"
    elif _bare_word(tokens[c.first]) == "نصف" and _half(tokens, c.first):
        why = "«نصف» by a number or a unit of time (14 عاماً ونصف العام): a half, nobody described"
    elif c.etype == "ASSAULT" and _judicial_killing(tokens, c):
        why = "a death sentence carried out (الحكم بقتله تعزيراً): a court's penalty, not an attack"
    elif c.etype == "ASSAULT" and "ضرب" in tokens[c.first].norm and any(
            _has_any(tokens[k], ECONOMY_WORDS) for k in range(max(0, c.first - 3), min(len(tokens), c.last + 4))):
        why = "a blow to an economy (ضربت اقتصادها وسياحتها ضربة موجعة): a figure of speech, no attack (§40)"
    elif c.pattern.id == "coerce.occupy" and _rank_held(tokens, c):
        why = "a rank held (احتل سهم «زين» المركز الأول، المركز الأول الذي احتلته): a place in a table, no land"
    elif c.pattern.id == "support.praise" and not c.noun and _welcomes_a_guest(tokens, c):
        why = "«رحب … بضيف»: a host welcoming a guest, no act praised"
    elif c.pattern.id == "coerce.arrest" and ("حتجز" in tokens[c.first].norm or "حتجاز" in tokens[c.first].norm) \
            and _rescue_told(tokens) and all(_is_rescuer(m) for m in c.source):
        why = "people trapped and freed by rescuers (احتجزوا داخل المركبة … الدفاع المدني): nobody detained"
    if why is not None and explain is not None:
        explain.append(f"{c.pattern.id}: {why}")
    return why is not None


def _object_pronoun(tok: Token) -> bool:
    """Whether the word ends in an object pronoun that the tokenizer left on the stem (ستقبضه: its forms hold تقبض)."""
    stem = tok.stem or tok.norm
    return any(stem.endswith(p) and stem[:-len(p)] in tok.forms for p in OBJECT_PRONOUNS)


def _names_prosecution_body(tokens: Sequence[Token]) -> bool:
    """Whether the sentence names the public prosecution by its name «(هيئة|دائرة) التحقيق والادعاء العام»: cases
    referred to it or investigated there are ordinary criminal procedure, whoever the suspect."""
    return any(tokens[k].norm == "التحقيق" and tokens[k + 1].norm in PROSECUTION_NEXT for k in range(len(tokens) - 1))


def _purpose_of_coming(tokens: Sequence[Token], c: Coded) -> bool:
    """"وتأتي رعاية الأمير للحفل تتويجاً لهذا النجاح ودعماً معنوياً": an indefinite accusative (دعماً) in a sentence
    opened by a verb of coming (تأتي، جاء) says what a thing comes as, its purpose; no act of support is told."""
    tok = tokens[c.first]
    return c.first == c.last and not tok.norm.lstrip("وف").startswith("ال") and tok.norm.endswith("ا") and any(
        _bare_word(t) in COME_VERBS for t in tokens[:2])


def _welcomes_guests(tokens: Sequence[Token], c: Coded, hi: int) -> bool:
    """The first ب-object after «رحب» (past its long untitled subject) is staff, guests or those present."""
    obj = next((k for k in range(c.last + 1, min(hi + 1, c.last + 1 + CARE_REACH))
                if tokens[k].prefix.lstrip("وف")[:1] == "ب"), None)
    if obj is not None and _bare_word(tokens[obj]) in ALL_WORDS and obj + 1 < len(tokens):
        obj += 1  # "بجميع الموظفين": the guests follow the quantifier (بجميع المبادرات stays praise)
    return obj is not None and _has_any(tokens[obj], GUEST_WORDS)


def _press_interview(tokens: Sequence[Token], k: int) -> bool:
    """"في اتصال هاتفي لـ«الشرق الأوسط»"، "لوكالة الأنباء": the call is an interview with the outlet after ل."""
    if k >= len(tokens):
        return False
    tok = tokens[k]
    if tok.norm == "ل":  # "لـ" written apart: the outlet's name follows in quotes or as a media noun
        return k + 1 < len(tokens) and (tokens[k + 1].norm in ("«", '"', "“") or _has_any(tokens[k + 1], MEDIA_NOUNS))
    return tok.prefix.lstrip("وف")[:1] == "ل" and _has_any(tok, MEDIA_NOUNS)


def _copula_conjunct(tokens: Sequence[Token], c: Coded) -> bool:
    """A finite verb joined by و in the clause of a past copula that governs an earlier verb — "وكان المدير قد رحب
    … وبارك له"، "كان ينتقده ويطلب القرب منه" — shares that past perfect or past habit: background, as the
    first verb is (§8).  A clause naming yesterday or a weekday is still news; a copula after إذا is a condition."""
    if c.noun or c.first != c.last or not _joined_by_wa(tokens[c.first]):
        return False
    lo = c.first  # the clause, past quote marks around a name (كان ينتقد «فرعون» ويحبه)
    while lo > 0 and tokens[lo - 1].norm not in CLAUSE_PUNCT and tokens[lo - 1].norm not in (":", "؛", ";"):
        lo -= 1
    k = _past_copula_before(tokens, c.first, lo, CONJUNCT_COPULA_REACH)
    if k is None:
        return False
    perfect = any(tokens[j].norm == "قد" for j in range(k + 1, c.first))
    habit = any(_imperfect_like(tokens[j], j == k + 1) for j in range(k + 1, min(c.first, k + 1 + HABIT_VERB_REACH)))
    return (perfect or habit) and not _clause_names_recent_day(tokens, lo, c.last)


def _imperfect_like(tok: Token, right_after: bool) -> bool:
    """A present verb after a past copula (كانت تطالب، كان الوزير ينتقد): a past habit.  Right after the copula
    ت- or ي- will do; past its subject only ي- (many nouns start with ت: تعزيزات), not a month (يناير)."""
    if tok.prefix or len(tok.norm) < 4 or tok.norm in MONTHS_IN_YA:
        return False
    return tok.norm[:1] == "ي" or (right_after and tok.norm[:1] == "ت")


def _with_coordinated_noun(tokens: Sequence[Token], parts: list[tuple[int, int]], events: Sequence[Coded]
                           ) -> list[tuple[int, int]]:
    """§31: "طالبت الحكومة المجتمع الدولي بتحمل مسؤوليته، ورفع الحظر المفروض …": a verbal noun joined by و after
    the comma that ends a content opened by a ب-verbal noun is one more thing demanded, not an act done."""
    lo, end = parts[-1]
    if end + 1 >= len(tokens) or tokens[end].norm not in ("،", ",") or not _joined_by_wa(tokens[end + 1]):
        return parts
    if not any(tokens[k].prefix.lstrip("وف")[:1] == "ب" for k in range(lo, min(end, lo + 6))):
        return parts
    if not any(e.noun and e.first == end + 1 for e in events):
        return parts
    return [*parts, _scope_parts(tokens, end + 1)[0]]


# ---------------------------------------------------------------------- §35: real-news round 9 (precision)

SPEAKER_ROOTS = ("01", "02")  # statements and appeals: coded only with their speaker named
LIKE_PROCLITICS = frozenset({"ك", "وك", "فك"})  # "like, as": a cue after it is a clipped word (كاملة ≠ ك + أمله)
PLURAL_VERB_MIN = 6  # "يستهدفون" (an imperfect in ون); shorter ones are singular verbs of a hollow root (يكون)


def _plural_past(tok: Token) -> bool:
    """A past verb with the plural ending «وا» (استنكروا، قتلوا): its subject is in the verb or before it."""
    stem = tok.stem or tok.norm
    return stem.endswith("وا") and len(stem) >= 4


def _subject_in_the_verb(tokens: Sequence[Token], first: int, actor_at: int, force: bool) -> bool:
    """Whether the verb at ``first`` already holds its subject, so that the bare actor at ``actor_at`` after it is
    no subject: a plural ending (استنكروا، يعارضون) on an act other than force, or, for an act of force, a relative
    pronoun right before it and the actor right after it, with no object pronoun on the verb (الهجوم الذي شنته
    القوات) and none between.  A plural verb of force is as often a passive (قُتلوا في انفجار ألغام تركها
    الحوثيون، أُعدموا على أيدي متشددي داعش), and other relative clauses often put their own subject after the
    verb (المواقع التي وافقت إيران على دخولها، الموقف الذي رحب به التحالف), so those are left alone."""
    tok = tokens[first]
    stem = tok.stem or tok.norm
    if not force and (_plural_past(tok) or (
            stem.endswith("ون") and stem[:1] in ("ي", "ت") and len(stem) >= PLURAL_VERB_MIN)):
        return True
    return force and first > 0 and actor_at == first + 1 and _bare_word(tokens[first - 1]) in RELATIVES \
        and not _object_pronoun(tok)


# ---------------------------------------------------------------------- §36: round 9, continued

CAUSE_WORDS = _words("إثر", "اثر", "جراء", "بسبب", "بنيران", "برصاص", "بانفجار", "بقصف", "بغارة", "بغارات",
                     "بقذيفة", "بقذائف", "بهجوم", "بتفجير")
CAUSE_AFTER_IN = _words("انفجار", "هجوم", "غارة", "غارات", "قصف", "اشتباكات", "تفجير", "حادث", "حادثة", "مواجهات",
                        "معارك", "كمين", "هجمات", "الانفجار", "الهجوم", "الغارة", "القصف", "التفجير", "الاشتباكات")
PASSIVE_SKIP = _words("أمس", "امس", "اليوم", "الليلة", "صباح", "مساء", "فجر", "ظهر", "صباحا", "ليلا",
                      "جميعا", "جميعهم", "كلهم")  # time and "all of them" between the verb and its cause
MOURNING_WORDS = _words("تعازي", "التعازي", "تعازيه", "تعازيها", "تعزية", "التعزية", "مواساة", "المواساة", "عزاء",
                        "العزاء", "شهداء", "الشهداء", "ضحايا", "الضحايا", "مصابي", "جرحى")


def _passive_by_cause(tokens: Sequence[Token], first: int, last: int) -> bool:
    """A plural verb of force (قتلوا، أصيبوا) followed, past a time word, by its cause (إثر، جراء، بنيران، في
    هجوم): read as a passive, since an active verb there would have its object right after it."""
    if not _plural_past(tokens[first]):
        return False
    k = last + 1
    while k < len(tokens) and _has_any(tokens[k], PASSIVE_SKIP):
        k += 1
    if k >= len(tokens):
        return False
    if _has_any(tokens[k], CAUSE_WORDS):
        return True
    return tokens[k].norm == "في" and k + 1 < len(tokens) and _has_any(tokens[k + 1], CAUSE_AFTER_IN)


def _site_of(tokens: Sequence[Token], first: int) -> bool:
    """§40: an attack noun in construct after a word for its site (أغلقت قوات الأمن منطقة الاعتداء، طوقت الشرطة
    موقع الانفجار): the attack is told as a place the actor before went to, and that actor did not carry it out."""
    return any(_has_any(tokens[k], SITE_WORDS) for k in range(max(0, first - 2), first))  # منطقة الاعتداء الانتحاري


def _mourned_between(tokens: Sequence[Token], after: int, before: int) -> bool:
    """A word of mourning between an actor and an attack noun: the actor mourns the attack's dead."""
    return any(_has_any(tokens[k], MOURNING_WORDS) for k in range(after + 1, before))


# ---------------------------------------------------------------------- §37: real-news round 10 (precision)

PAY_VERBS = _words("دفع", "دفعت", "يدفع", "تدفع", "ندفع", "يدفعون", "دفعوا", "سيدفع", "ستدفع", "يدفعها", "دفعها")
PAY_REACH = 10  # "يدفع السوريون المقيمون في محافظة الحسكة (شمال شرق)، حيث …، ثمن": the subject and an aside between
FIRE_WORDS = _words("حريق", "الحريق", "حرائق", "الحرائق", "النيران", "النار", "نيران", "حريقا")
FIRE_REACH = 8  # "سيطرت فرق الدفاع المدني بسكاكا، عصر اليوم، على حريق": the subject and a time between


def _fire_controlled(tokens: Sequence[Token], c: Coded) -> bool:
    """The first «على» after a verb of taking control introduces a fire: a fire brought under control."""
    on = next((k for k in range(c.last + 1, min(len(tokens), c.last + 1 + FIRE_REACH)) if tokens[k].norm == "علي"), None)
    return on is not None and on + 1 < len(tokens) and _has_any(tokens[on + 1], FIRE_WORDS)


# ---------------------------------------------------------------------- §38: real-news round 11 (precision)

CONSTRUCT_PLURALS = _words("أهالي", "ممثلي", "مسؤولي", "مقاتلي", "منتسبي", "موظفي", "مواطني", "ناشطي", "معلمي")
HALF_UNITS = _words("عام", "العام", "عاما", "أعوام", "سنة", "السنة", "سنوات", "شهر", "الشهر", "أشهر", "ساعة", "الساعة",
                    "ساعات", "يوم", "اليوم", "أيام", "قرن", "القرن", "مليون", "المليون", "مليار", "ألف", "دقيقة", "الدقيقة")
SENTENCE_HEADS = _words("حكم", "الحكم", "بحكم", "حكما", "بالحكم", "أحكام")
PENALTY_WORDS = _words("تعزيرا", "حدا", "قصاصا", "تعزير", "حد", "قصاص")


def _nisba_after(tokens: Sequence[Token], last: int) -> bool:
    """The word after is an indefinite nisba adjective (تونسي، كيني) and not a plural in construct (أهالي قرية،
    ممثلي الحكومة): the word before it is a noun it describes.  (Called for «طالب» inside a clause only: at its
    head, or after و, «طالب قباني» is a man making an appeal.)"""
    if last + 1 >= len(tokens):
        return False
    nxt = tokens[last + 1].norm
    after = tokens[last + 2].norm if last + 2 < len(tokens) else ""
    return len(nxt) >= 4 and nxt.endswith("ي") and not nxt.startswith(("ال", "وال")) \
        and nxt not in CONSTRUCT_PLURALS and not after.startswith("ال")


def _half(tokens: Sequence[Token], k: int) -> bool:
    """«نصف» with a number or a unit of time or count beside it: "half", not "we describe"."""
    before = tokens[k - 1] if k > 0 else None
    after = tokens[k + 1] if k + 1 < len(tokens) else None
    return (before is not None and (parse_number(tokens, k - 1) is not None or _has_any(before, HALF_UNITS))) or (
        after is not None and _has_any(after, HALF_UNITS))


def _judicial_killing(tokens: Sequence[Token], c: Coded) -> bool:
    """A killing named by a sentence: «الحكم بقتله»، «حكم القتل», or a penalty word after it (قتله تعزيراً، حداً)."""
    before = tokens[c.first - 1] if c.first > 0 else None
    after = tokens[c.last + 1] if c.last + 1 < len(tokens) else None
    return (before is not None and _has_any(before, SENTENCE_HEADS)) or (after is not None and _has_any(after, PENALTY_WORDS))


# ---------------------------------------------------------------------- §39: real-news round 12 (precision)

TABLE_RANKS = _words("المرتبة", "مرتبة", "المراتب", "الصدارة", "صدارة", "الترتيب", "الطليعة")
NUMBERED_RANKS = _words("المركز", "مركز", "المراكز", "مراكز")  # المركز الثقافي is a building one can occupy
ORDINALS = _words("الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع", "العاشر",
                  "الأخير", "الأولى", "الثانية", "الثالثة", "الرابعة", "الخامسة", "الأخيرة", "الأوائل")
TABLE_RANK_REACH = 7  # "احتل سهم «زين السعودية» المركز الأول": a subject in quotes between (§34's RANK_REACH is 4)
GUEST_REACH = 10  # "رحب الرئيس المصري عبدالفتاح السيسي في كلمته خلال الحفل بضيف مصر"
RESCUERS = (normalize("الدفاع المدني"), normalize("الهلال الأحمر"))


def _table_rank(tokens: Sequence[Token], k: int) -> bool:
    """A rank in a table: المرتبة، الصدارة …, or المركز followed by an ordinal or a number (المركز الأول، المركز 12)."""
    if _has_any(tokens[k], TABLE_RANKS):
        return True
    return _has_any(tokens[k], NUMBERED_RANKS) and k + 1 < len(tokens) and (
        _has_any(tokens[k + 1], ORDINALS) or parse_number(tokens, k + 1) is not None)


def _rank_held(tokens: Sequence[Token], c: Coded) -> bool:
    """«احتل» takes a rank in a table a few words on (a long subject between, beyond §34's reach), or is the relative
    clause of a rank told before (المركز الأول بتصنيف هذا العام والذي احتلته): a place in a table or a ranking."""
    if any(_table_rank(tokens, k) for k in range(c.last + 1, min(len(tokens), c.last + 1 + TABLE_RANK_REACH))):
        return True
    rel = next((k for k in range(c.first - 1, max(-1, c.first - 4), -1) if _has_any(tokens[k], RELATIVES)), None)
    return rel is not None and any(_table_rank(tokens, k) for k in range(max(0, rel - TABLE_RANK_REACH), rel))


def _welcomes_a_guest(tokens: Sequence[Token], c: Coded) -> bool:
    """The first word starting with ب after «رحب» (its object, when the preposition is there) is one of the guests the
    pattern blocks right after the verb (رحب … بضيف مصر، بسمو الأمير; lexicon ``block_after``), however far."""
    if _bare_word(tokens[c.first]) not in ("رحب", "يرحب", "ترحب", "رحبت"):
        return False
    for k in range(c.last + 1, min(len(tokens), c.last + 1 + GUEST_REACH)):
        if tokens[k].norm in CLAUSE_PUNCT:
            return False
        if tokens[k].norm.startswith("ب"):  # the object (بضيف), or a word that ends the search (بعد، بين)
            return tokens[k].norm in c.pattern.block_after
    return False


def _rescue_told(tokens: Sequence[Token]) -> bool:
    """The sentence names civil defence (الدفاع المدني، للدفاع المدني), the service that frees people trapped in a
    wreck, a flood or a fire.  A rescue word alone is not enough: «أنقذ الجيش 178 شخصاً كانت بوكو حرام تحتجزهم»
    frees hostages, and their detention is an event."""
    return any(tokens[k].stem == "دفاع" and (tokens[k + 1].stem or tokens[k + 1].norm) == "مدني"
               for k in range(len(tokens) - 1))


def _is_rescuer(actor: ActorMention) -> bool:
    """An actor that is civil defence or the Red Crescent: read as the «source» of people trapped, it holds nobody."""
    text = normalize(actor.text)
    return any(r in text for r in RESCUERS)


# ---------------------------------------------------------------------- §40: real-news round 13 (precision)

PRICE_BEFORE = _words("هو", "هي", "هذا", "هذه", "ذلك", "تلك", "كان", "كانت", "يكون", "تكون", "إن", "أن", "وإن", "وأن")
SITE_WORDS = _words("منطقة", "موقع", "مكان", "مسرح", "محيط", "بمنطقة", "بموقع", "بمكان", "لمنطقة", "لموقع", "لمكان",
                    "ومحيط", "ومكان", "وموقع")
ECONOMY_WORDS = _words("اقتصاد", "الاقتصاد", "اقتصادها", "اقتصاده", "اقتصادنا", "اقتصادات", "الاقتصادات", "السياحة",
                       "سياحتها", "سياحته", "البورصة", "الأسواق", "أسواق", "العملة", "الاستثمار", "الاستثمارات")

