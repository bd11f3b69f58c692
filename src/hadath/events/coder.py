"""Sentence-level event coding: triggers → roles → status → size, place and date.

The rules, in the order they apply.  :class:`SentenceCoder` below runs them; each is a small function in a
module of its own kind: :mod:`~hadath.events.frames` (news or background: history, habits, questions),
:mod:`~hadath.events.senses` (words that read as an act but are none), :mod:`~hadath.events.parties` (who
did it to whom), :mod:`~hadath.events.status` (asserted, claimed, denied, intended, hypothetical),
:mod:`~hadath.events.content` (acts told inside other acts), :mod:`~hadath.events.merging` (one record
from several triggers), on the shared words and token tests of :mod:`~hadath.events.grammar` and the
records of :mod:`~hadath.events.records`.

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
41. **After the fourteenth hand-checked sample of real news** (round 14: who acts).  After a verb of receiving, the
   genitive right after a verbal noun is its doer (تلقى رئيس التحرير تهنئة السفير الأميركي: the ambassador
   congratulates); a name in brackets right after a title with the same code, or a person with none, is that party
   again (وزير الخارجية الأميركي (جون كيري)), kept once, as the lexicon's person when it is one; a clause opened by
   فيما / بينما after the act is no longer searched for its parties, as before it; a noun after «تعليقاً على» is the
   topic of a comment, told in passing; a quoted or bracketed name is read past its mark for its preposition (أمام
   مقر «الأونروا»: no subject); a participle after a comma whose nearest party was named inside what the speaker
   said takes the speaker (… بين المملكة ومصر، نافياً), asserted; consent and a visit take their genitive as
   source (موافقة أميركا وقطر على، زيارة الرئيس الأميركي), past forms of address (صاحب السمو الملكي، فخامة), unless
   the noun holds its own pronoun (زيارتها تونس), and a visit's place after إلى / ل is its host; a number inside a
   date (6 أغسطس 2015) is no toll; a plural verb of force that ends its clause (سبعة عناصر … قتلوا،) is a passive;
   the kind of an attack (الهجوم الانتحاري، العمل الإرهابي) is never its target, and a shorter trigger tried after
   a longer one leaves the longer one's words out of its roles; «مرتقبة» after an indefinite noun plans it.
42. **After the fifteenth hand-checked sample of real news** (round 15).  Not an act: a verb form reached by
   stripping ك (كيدهم is no ك + يدهم: ك never takes a verb); a verb form after a cardinal written as a word (خمسين
   طالباً); «نصف» (half, lexicon); «أجلت» before talks or an operation (postponed, not evacuated); «يدعو
   للقلق / للإعجاب» (a quality, lexicon); a word of a name the statistical tagger found right after a title of
   address (والمهندس نصر الهنداوي).  A negated verb of happening scopes over the act after أن (لم يحدث أبدًا أن
   وافق: negated).  Who acts: a form of address carries its own ب / ل for the name after it (اتصالاً هاتفياً …
   بفخامة الرئيس: the one called); a vehicle «على متن» is no party; a title right after a name the lexicon does not
   know is that person's (دعا إسحق هرتزوغ زعيم المعارضة الإسرائيلية: the opposition calls); a verbal noun whose
   genitive is followed by ل and a party has the genitive as its doer and that party as its object (ضرب تركيا
   لمواقع حزب العمال).
43. **After the sixteenth hand-checked sample of real news** (round 16: who did not attack).  The genitive of
   «استهداف» is its target (استهداف رجال الأمن), unless a bare indefinite object follows the definite genitive
   (استهداف الميليشيا مطار أبها: the militia targets); the subject of a verb of comment with «على» before the attack
   noun (علق الكاتب … على تفجير المسجد), or one separated from it by a word of concern (أعرب عن قلقه إزاء الهجمات),
   did not attack; a person's name after a building or street, past a title (مسجد الإمام الصادق، مطار الملك خالد),
   is the place's name, no party; «رضي الله عنه» marks the Companions of the Prophet: history.
44. **After the seventeenth hand-checked sample of real news** (round 17: whose clause).  A verb with no
   conjunction that opens a clause after a comma, with a coded party right after it, takes that party as subject
   rather than one named in the phrase before the comma (في أعقاب دهس جنود …، هدد وزير الدفاع); a relative aside
   between commas keeps a subject with its verb however long (الجيش، الذي …، قصف داعش); «قام X بـ» + an attack
   noun names X as its doer (a ب-noun is otherwise a toll's cause); «دعا له» is a prayer for someone, unless a
   relative pronoun comes first (التي دعا لها).  Actors: a title with no country followed by a state's formal name
   after ب / في (وزير الداخلية بمملكة البحرين) is that state's.
45. **After the eighteenth hand-checked sample of real news** (round 18).  «مصادر … متطابقة» (concurring sources)
   expresses no accord; the ب-complement of a demand noun (المطالبة بالإفراج عن) is demanded, not done; a body's
   word right before its quoted name (يحتجز تنظيم «داعش») heads the subject, no container; a verb right after an
   indefinite attack noun is a relative clause describing it (بتفجير استهدف دوريتهم), so the party before the noun
   is not its actor; a title and the person it names past forms of address only are one party of one country
   (نائب خادم الحرمين الشريفين صاحب السمو الملكي الأمير محمد بن نايف); a civilian target found from a place word is
   shown on that word; a short quoted name after a body's word (مواقع تنظيم «داعش») ends no clause, and the
   adjective after it, or after an attack noun (الهجوم الإرهابي), is no party at all: it says what kind of actor or
   attack it is.  Actors: «نائب» right before an office holder is that holder's deputy, one party with him.
46. **After the nineteenth hand-checked sample of real news** (round 19).  The party right after a verb of
   accusing, with a ب-word that is no party right after it (واتهمت النقابات بإبداء …), is the accused, whether
   the verb is active with its subject before or passive; mines named behind a preposition (مقاومة للألغام) count
   as things like the others when nothing explodes; «فجراً» after an hour or with its tanween is dawn; a count of a
   party (عدداً من رجال الأمن) right after a relative verb of force is its object, like the party itself.
47. **After the twentieth hand-checked sample of real news** (round 20).  The act right after «من» following a verb
   of managing (تمكنت المقاومة من قتل قائد الحرس) takes the parties after it as objects, never as its subject; a court
   as the subject of «أجلت» postpones, however far its object; a word inside a date (فجر أول أمس) is no trigger.
   Actors: «الأولى / الأول» after a pronoun (الزيارة هي الأولى) is a predicate adjective, not "the former".
48. **After the twenty-first hand-checked sample of real news** (round 21).  A line or a number before a verb form
   (خطوط هاتف) makes it a thing, no call; «الاعتصام بحبله / بالله» is holding fast, no sit-in (lexicon).
49. **After the twenty-second hand-checked sample of real news** (round 22).  «ولا سيما» (especially) negates
   nothing.  A plural past verb (طالبوا إدارة النقل) holds its subject for statements and appeals too: the party
   right after it is its object, never its speaker.  «مسلح» after an attack noun is its kind (هجوم مسلح), no
   party, and a verb after it still describes the attack.  A verbal act's «من قبل» agent past its object is that
   object's doer (أدان الوزير اختطاف الصحفي من قبل جماعة مسلحة), unless «تم» makes the act itself passive.  A
   quotation that opens at a verb (أن المنامة "تدين …") keeps the subject before it.  In a clause opened by a
   light verb, the party right after it is the noun's subject past any length of titles (أجرى صاحب السمو الملكي
   الأمير … وزير الدفاع أمس اتصالاً هاتفياً; with «تلقى», the caller is the one after من).  Animals killed
   (قتلوا نحو 250 حوتا) are no assault; «كاد» (almost) makes a near miss, coded like other modal words (lexicon).
50. **After the twenty-third hand-checked sample of real news** (round 23).  «حيث» opens a clause with a subject
   of its own (…، حيث اعتقلت الاستخبارات التركية), unless a plural past verb right after it holds a pronoun of the
   subject before (حيث التقوا).  A building as a storming's genitive is what was stormed (اقتحام جامعة الأنبار).
   Shots fired for joy (ابتهاجا) are no assault and crowds out to show their joy (فرحتها) no protest.  Civilians
   after ل are a force noun's victims, not its doers (تعذيب لسكانها).  Entering markets or a field and filling
   headlines are metaphors (lexicon).  A device after a blast noun (في انفجار سيارة مفخخة) is linked like the blast,
   and a verb after it still describes the attack.  One's own envoy called home from the state named as his post
   (استدعت الخارجية البحرينية سفير مملكة البحرين لدى إيران للتشاور) is a recall (161) against that state.
51. **After the twenty-fourth hand-checked sample of real news** (round 24).  «تلقّوا أسلحة» (received arms) is no
   form of ألقى, so no disarmament; «تنصّل» (disowned) is a denial; asking to pass on greetings (طلب نقل تحياته) is
   no request (lexicon).  After a verbal noun with a possessive pronoun, ل names its object (استهدافها لتنظيم
   داعش: the pronoun is the doer).  The subject of a verb of announcing right before a death of its own state's
   people (أعلن الجيش التركي مقتل ثلاثة جنود أتراك) announces its loss; it is not the killer.
52. **After the twenty-fifth hand-checked sample of real news** (round 25).  A past verb of force written with the
   damma of the passive (قُتل الجنرال، اعتُقل) takes the party after it, and the one before it, as its victim.  A
   present verb of «I» or «we» (نطالب أميركا، أدعو الحكومة) has the speaker as its subject: a party after it is its
   object, and in a quotation the speaker is its source.  ب before a verb form makes it a noun however the word is
   split (ظفرت بنصر: a victory, not «we insist»).  «نجليه» (his two sons) is no evacuation, and a promise (وعدت …
   بتقديم) is intended (lexicon).  The place stage takes no word with tanween as a name (صبياً: a boy, not Sabya).
53. **After the twenty-sixth hand-checked sample of real news** (round 26).  «عندما / حينما» open a clause with a
   subject of their own (قتلوا عندما فجر مقاتلون أكراد لغماً), and a plural verb before them is a passive toll; a
   past verb after them with no subject keeps the one before (كان الجيش يتقدم عندما قصف).  A party that goes on
   with or takes part in an act told with في is its doer (استمرت ميليشيات الحوثي في استهداف، شارك الطيران
   الأردني في قصف).  A number followed by a unit of time, money or share (أربعة أيام، 5 ملايين دولار، 70 %)
   counts no dead (events.numbers).
54. **After the twenty-seventh hand-checked sample of real news** (round 27).  An «environmental» or sporting
   «massacre» (مذبحة بيئية) is a metaphor (lexicon) and lizards (الضبان) join the animals whose killing is no
   assault.  The actor stage takes no state name with a pronoun after it (توجوها، قطرها، إكراه: no Togo, Qatar
   or Accra).
55. **After the twenty-eighth hand-checked sample of real news** (round 28).  A fire brought under control is
   looked for past a longer subject (… بمنطقة الباحة عصر اليوم الاثنين على حريق), and fires join the accidents
   whose dead are no assault (حرائق غابات أسفرت عن مقتل شرطي; lexicon).  After «تم / جرى» a verb form is a
   passive verbal noun: the party after it is its object (تم وضع تايدووتر على القائمة السوداء).  «عندما» ends
   the trigger's clause on the right as on the left, and a toll told before it is the attack's in its clause
   (43 شخصاً قتلوا … عندما قصفت جماعة الحوثي: one event, events.merging).
56. **After the twenty-ninth hand-checked sample of real news** (round 29).  The subject of a noun act's relative
   verb may stand past a title the lexicon leaves out (لقاء عقده زعيم التمرد عبدالملك الحوثي).  Counts
   (events.numbers): «جريحاً» counts the wounded; a number written «و15» is read; the noun of the count before a
   number is not its count word (40 جريحاً و15 شهيداً: 15 dead), and a number in a token a date overlaps (و30 يونيو)
   counts nothing.
   Checked on a day no round used (2015-08-04), three of this session's rules were narrowed: a quotation opening
   at a verb keeps only a party right before it as subject (not «منطقة «تتعاون فيها الدول»»); a long title chain
   reaches its subject only from أجرى، تلقى، عقد، بعث، وجّه (not أصدر: a ruling «بحق متهمين»); and a light verb
   right after «حيث» takes the subject before it (حيث أجرى مشاورات), but a noun right after any other verb there
   is that verb's subject (عندما اقتحم انتحاري).  A habit (كنا دوماً نتشاور، دائماً ما) is modal (lexicon), and a
   country's own committee meeting with no one from outside is routine.
57. **After the thirtieth hand-checked sample of real news** (round 30).  A genitive followed by people with ل is
   the doer of a verbal noun whose genitive is otherwise its target (اعتقال الشرطة لشخصين); ل of a time leaves it
   the detainee.  Mines or charges removed (استخراج الألغام، تفكيك عبوة) are no attack.  The subject of a verb of
   receiving before a force noun (الحوثيون تلقوا ضربات موجعة) is its target, not its source.
58. **After the thirty-first hand-checked sample of real news** (round 31).  A visit or meeting named just before
   «أُجلت» in its clause was put off, nobody evacuated.  Protection against a weapon (سترات واقية من الرصاص) is no
   attack, and whoever saw a bombing's aftermath (اطلع على آثار التفجير) did not carry it out.  «تبنته» claims an
   attack only with an act of violence just before it (a measure or a resolution adopted is no claim).  Parents
   agreeing on a newborn's name and what polls show are no acts (lexicon for the polls).
59. **After the thirty-second hand-checked sample of real news** (round 32).  A name the tagger found (and no
   lexicon codes) right after a street or building word is the place's name (شارع تايمز سكوير), no party.  The actor
   stage reads «عمّان» written with its shadda as Amman, never Oman.
60. **After the thirty-third hand-checked sample of real news** (round 33).  Something seen «على أنه» or «بمثابة»
   an attack (على أنه ضربة للمجلس العسكري) is a comparison.  Declining a post (اعتذر عن تولي), a motive (دافع لي)
   and a wish for anonymity (طلب التكتم على هويته) are no apology, defence or request (lexicon).  After «تم» the
   party before a verbal noun (اختطاف ابنه عبد الرحمن وتم تعذيبه) is not its doer.
61. **After the thirty-fourth hand-checked sample of real news** (round 34).  «فجر» after a word of dawn breaking
   (انبلاج فجر تحرير اليمن) is the noun dawn, not «فجّر»; «قطع الطريق سياسياً / على» pre-empts someone (lexicon).
62. **After the thirty-fifth hand-checked sample of real news** (round 35).  A short jussive form (يزر، تلغ) is the
   verb only right after لم (عروض ليزر is a laser show, no visit: ``Pattern.jussive_forms``).  Front pages taken
   (احتلت زيارة أوباما الصفحات الأولى), a life's course (مسيرة حياته), what a plan or a law «targets» (خطط تستهدف
   منظومة النفط) and deaths in heavy rain are no acts (lexicon for the march and the rain).  A participle after a
   comma, with no act or speaker before it, takes no subject from inside a relative clause (الحرب التي تشنها
   ميليشيات الحوثي …، داعيا).  «هاجم … قائلاً» attacks in words (lexicon), and a masculine singular verb opening
   its clause right before a party whose head is a noun in ة (فهاجم السلطة الفلسطينية) takes it as its object: a
   feminine subject there would make the verb feminine (هاجمت).
63. **After the thirty-sixth hand-checked sample of real news** (round 36).  A plural verb of force followed by the
   wounded (قتلوا وأصيب 31 آخرون) is a passive: its subject are victims.  «طائرة من دون طيار» is a drone, no
   negation.  «أنّ» never stands right before a verb, so a singular verb after «أن» and a noun that names no party
   (أن طائرة من دون طيار قتلت في سوريا محسن الفضلي، أن فصيلاً كبيراً يدعم) has that noun as subject, and the party a
   few words after the verb is its object (not with a pronoun, a particle, a relative or another verb between).  A
   kidney donated and pilgrims or tourists visiting a site are no aid and no visit (lexicon and senses).
64. **After the thirty-seventh hand-checked sample of real news** (round 37).  A named war or massacre of the past
   (العدوان الثلاثي، حرب أكتوبر، حلبجة، هجمات 11 سبتمبر) makes its sentence history, as the eras of section 15 do
   (lexicon, ``history`` cues).
65. **After the thirty-eighth hand-checked sample of real news** (round 38).  A negator right after «إذا / إن /
   لو» (إذا لم يوافق الحوثيون) makes the act hypothetical, not negated.  Right after «أنها / أنه» the pronoun is the
   verb's subject, so the state after the verb is its object (أعلنت واشنطن أنها سلمت مصر عشر مروحيات: section 63's
   rule).  Political or economic turmoil (الاضطرابات السياسية) is no riot (lexicon).
66. **After the thirty-ninth hand-checked sample of real news** (round 39).  Casualty counts: «اثنين» stands after
   the noun it counts, so it looks back to its count word (مقتل عسكريين تركيين اثنين وجرح أربعة: two dead, four
   wounded), and a dual told twice (جنديين اثنين) is one count.  A late king's course (مسيرة الملك الراحل) is no
   march (lexicon).
67. **After the fortieth hand-checked sample of real news** (round 40).  A death told with the pronoun of its dead
   counts them (شخصاً لقي مصرعه: one; لقي ضابط ومجند مصرعهما: two).  Storms are accidents, and «يهنئون العيش»
   (living at ease) congratulates no one (lexicon).  A definite document right after a verb is its subject (ودعا
   البيان كوريا الشمالية إلى تقديم اعتذار), so the party after it is the object; an indefinite one (دعا بيان
   الخارجية الروسية) names its owner, who speaks.
68. **After the forty-first hand-checked sample of real news** (round 41).  A holder's name between commas after a
   title, even one that runs on past its coded part (منسق الأمم المتحدة الخاص لعملية السلام في الشرق الأوسط، نيكولاي
   ملادينوف،), or right after a title past a degree or a rank (وزير الصحة السعودي المهندس خالد الفالح) is the same
   party, not the act's object; the party after the closing comma is (اتهم وزير الخارجية الإيراني، محمد جواد ظريف،
   السعودية).  A name joined by و (…، وإسماعيل ولد الشيخ أحمد،) is a second party, and a party that is no title names
   no holder.
69. **Section 67 narrowed** (round 42).  A definite document is the subject only of a verb of saying, appealing or
   condemning (CAMEO 01, 02, 11) with the party right after it: other verbs take a document as their object (وقّع
   المذكرة الدكتور …، رفض الاتفاق), and a party after a preposition (عبّر البيان عن تعازي اليمن) is no object of it.
70. **After the forty-third hand-checked sample of real news** (round 43).  Martyrdom counts the dead (استشهاد 15
   وإصابة 33), and a count in brackets (استشهاد (15)) looks past its bracket to its count word.  «بنيران X» names X
   the shooter, as «برصاص X» does (a tank's or an aircraft's fire is heavy weapons or an air attack: lexicon).  A
   plural verb of force followed, past a weekday, by «على يد / على أيدي» is a passive: its subject are victims.
71. **After the forty-fourth hand-checked sample of real news** (round 44).  «فجر» right after a word for an
   operation or a battle (ضمن عملية فجر الكرمة) is the operation's name, Dawn, no bombing; a device fitted with a
   screen or a feature (سيزود بشاشة أكبر) is no supply (lexicon).
72. **The learned backstop's assaults** (round 45).  On four real days most of its ASSAULT events in sentences with
   no word of force or harm were misreadings (منازل نجوم بوليوود، 49 مسجداً في غانا، طيران القطرية، بين مقهى
   ومقهى): :class:`~hadath.events.backstop.BackstopCoder` now codes no ASSAULT without one (``FORCE_CUES``); dev and
   test are unchanged.
73. **Put off or called off** (round 46).  A noun act postponed in its own clause (تأجيل زيارة الرئيس الفرنسي، أجّلت
   زيارتها، زيارة … قد أُجلت، إرجاء المحادثات) is intended, still to come; a meeting or visit called off (ألغى
   زيارته) is negated (:func:`~hadath.events.status._put_off`).  «من أجل» is no postponement, a postponement noun
   after the act (أدت إلى تأجيل التوقيع) is another act's, and an emergency ended (إلغاء مد حالة الطوارئ) is itself
   the act.
74. **After the forty-seventh hand-checked sample of real news** (round 47).  «دافع» with no «عن» in reach is the
   noun, a motive (lexicon); a firm agreeing to buy or sell another is economy; «مسيرة الحج» is no march.  After
   merging, one party named as both the one hitting and the one hit (الغارة استهدفت الفضلي، استهداف … المصلين) is the
   one hit, unless a verb of doing with the act's pronoun names it (هجوم … شنه متمردون أكراد: the attackers).
75. **After the forty-eighth hand-checked sample of real news** (round 48).  Sharks, crocodiles and bears attack no
   one politically (lexicon accident cues); «بأي ثمن» is a price, not «ثمّن» (lexicon); a name right after a
   province or village word in construct (محافظة صلاح الدين، قرية أبو ناعور) is the place's, no party («حكومة
   الإقليم فلاح مصطفى» names the region's official).
76. **After the forty-ninth hand-checked sample of real news** (round 49).  A leader who stays away from a meeting
   (يغيب الرئيس السوداني عمر البشير عن القمة) does not meet: negated, while the summit of the others stands;
   phenomena, rumours, pictures or diseases spreading (فانتشرت ظواهر مقززة) are no deployment (lexicon).
77. **After the fiftieth hand-checked sample of real news** (round 50).  «يدَّعون» written with the shadda of ادّعى
   claims; it calls on no one.  Tournament words (مواجهات الدور، ربع النهائي، كأس الأمم) are sports cues (lexicon).
78. **After the fifty-first hand-checked sample of real news** (round 51).  A dual present verb holds its subject
   as a plural one does (section 35), so the party after it is its object (وتتهمان في المقابل العسكريين الأوكرانيين).
79. **After the fifty-second hand-checked sample of real news** (round 52).  «لقمة سائغة / لقمة العيش» is a morsel,
   no ل + summit; tennis and other ball games are sports cues (lexicon).
80. **After the fifty-third hand-checked sample of real news** (round 53).  The verb's own noun right after it (ينفون
   نفياً قاطعاً، يرفضون رفضاً شرساً) is the verb's emphasis, no second act: the verb alone stands for it.
81. **Targets the gold missed most: the victims of force** (round 54, from the dev set's role errors: 660 matched
   events had a gold target and none coded).  The people a casualty word counts as dead or wounded in the clause of
   a force noun linked to them (في، جراء، إثر، ب) are its target: right after a leading word (أصيب، استشهد، لقي،
   مقتل، إصابة) or right before a trailing one (حتفهم، مصرعهم، بجروح), not a share of them after «بينهم», not a place
   told with في, and only a party the actor stage coded (parties._toll_victims).  A kill verb's subject before it
   is no victim when the verb has its own count after it (وقتلت 12 آخرين).  A dual nisba after a casualty word
   (استشهد فلسطينيان) or a plural one before «اثنين» counts people; a count between an arrest noun and its people
   (اعتقال ثلاثة عشر ناشطاً) keeps them its object; force on a facility named after a foreign town (مطار أبها)
   falls on that town's country; a name joined by و to a place before it and resolved as a whole by the places
   stage (كفرنبل وخان شيخون) is the next town, no party.
82. **A conjoined verb shares its subject** (round 55, from the dev set's source errors).  A verb carrying the
   conjunction و or ف has no subject before it: a party it found there that is the object of the verb it is
   conjoined to (اتهمت الخارجية الجزائرية المغرب …، واستدعت سفيرها) gives way to that verb's subject.  Not after
   a verb whose own first letter is و (في حال وافقت موسكو), nor for nouns (والاعتداءات الإسرائيلية keeps its own).
83. **A reciprocal act's parties are coded alike on both sides** (round 56, from the dev set's target errors): a
   ceasefire two states declare (أعلنت الهند وباكستان وقفاً لإطلاق النار) lists INDGOV and PAKGOV as its target too,
   not the bare countries the target of a material act keeps; members of one back-reference (الجانبين) keep
   their own countries.
84. **Whom a protest with no named target is against** (round 57, from the dev set's target errors): the
   domestic default (its own government) does not hold for Palestinians, whose protests the gold codes against
   the occupying state (every one of them: ISRGOV), nor for a protest at a foreign state's embassy or consulate
   (أضرم محتجون النار في مبنى القنصلية الإيرانية في البصرة → IRNGOV).
85. **The victims' country and the toll's doer** (round 58): unnamed victims of force take the country where they
   are before the attacker's (قتل عشرة مدنيين في غارة شنتها طائرات روسية على بلدة في ريف إدلب → SYRCVL, not
   RUSCVL); a toll with no killer named takes the doer an attack's relative verb names (قُتل 14 مدنياً في ضربة
   بطائرة مسيّرة نفذها الجيش المالي → MLIMIL), also past the attack's instrument (بطائرة مسيّرة).
86. **What a withdrawal leaves** (round 59): a withdrawal, an envoy recalled or relations cut with no target, from
   a place in another country than the withdrawing state's (its location, else the first place in its clause:
   انسحب الجيش الإسرائيلي من بلدة الخيام في جنوب لبنان), leaves that country (LBN; a state's own forces leaving a
   town of their own country name no one).
87. **Whom a court sentences** (round 60): the people a court finds guilty (116: قضت محكمة … بالسجن على أربعة
   متهمين) are its target, civilians of its country, like the people an arrest takes; the participle «متهماً»
   (accusing) is no such noun.
88. **Whom aid goes to** (round 61): a state evacuating its nationals (إجلاء الرعايا، رعاياها) evacuates its own
   civilians wherever they are; the donor's own embassy after a target preposition (حسبما أفاد بيان للسفارة
   اليابانية) is no recipient when a country follows the aid further on (قرض … إلى مصر).
89. **Both parties of a joint act** (round 62): a counterpart joined by و (وقّع الوزير المصري ونظيره القبرصي) is
   coordinated with the party before it, as any actor joined by و is (parties._coordinated), and so is a group
   whose head noun carries the و before its quoted name (وحركة «إم 23»); the actor lexicon
   adds Colombia's ELN and the Sudan Revolutionary Front, whose agreements had lost their second side.
90. **Whom a threat is aimed at** (round 63): a threat with no target of its own is aimed at whom the act it
   threatens would hit, when that act names a state or its organ (هدّدت الحكومة العراقية بقطع علاقاتها مع السويد →
   SWEGOV; توعدت حركة الشباب بمواصلة هجماتها على القوات الكينية → KENMIL); civilians, places and adjectives read
   as parties are left out (they named the wrong party in four of seven dev cases).
91. **Settlers and civilian things** (round 64): settlers (مستوطنون) are Israeli settlers, ISRSET, when nothing
   in the sentence says otherwise (actor lexicon); a country adjective after civilian things joined by و (منازل
   ومركبات فلسطينية) describes all of them, so the vehicles are civilians' (PSECVL), not a force (roles.nisba_sector).
92. **Who condemns, who speaks during a call** (round 65, from a precision read of a real day): a listed person
   followed by the title held that day (الملك عبدالله الثاني ملك الأردن، عادل الجبير وزير الخارجية السعودي) is one
   actor (actor coder), not a source and a target; a comma that closes a verb's subject right after it (أدان
   الملك … ملك الأردن، حادث التفجير) does not end what is condemned or said (content._subject_comma), so the bombing
   is not given the condemner as its doer; and a verb right before «خلاله» after a call or visit noun (تلقى … اتصالاً
   هاتفياً من الملك محمد السادس أعرب خلاله عن إدانته) is said by whoever made the call (_call_during).
93. **Who attacked, who hunts the attackers** (round 66, same read): an attack told as what someone is linked to
   or investigated for (مشتبه به مرتبط بالهجوم الانتحاري، على صلة بالتفجير، اعتقال المتورطين بالتفجير، صلات
   الانتحاري) takes no doer from before that word: the police who identified a suspect did not bomb
   (parties._linked_to; planning or taking part, التخطيط لهجمات, stays the attackers' own).  And «قوات المعارضة»
   (with مسلحو / كتائب المعارضة) are armed rebels, REB, like فصائل المعارضة (actor lexicon).
94. **Places, aims and phones** (round 67, same read): a capital after a place or event noun that carries a
   preposition (بزيارة لمدينة لندن، بمطار القاهرة) is a place, not its government acting (actor coder); a place
   that is the genitive of such a noun after ب (بشوارع الرباط، بمنتجع شرم الشيخ) is where the event happened
   (parties.LOCATIVE_HEADS; not بدور المملكة، بقيادة السعودية); «يستهدف مراقبة / إشعال / النيل من» is an aim and
   «ضربات الشمس» sunstroke, no attack; «هاتف سامسونغ» is a phone, no call (trigger lexicon).
95. **Who is named, and where they go** (round 68, from a second read of a real day): a name the tagger finds
   that ends the name of a listed person told earlier in the article (آشتون كارتر … زيارة كارتر، نوري المالكي …
   تصريحات المالكي) is that person again (actor coder, ``_named_again``), and a ك starting a name is its first
   letter, not "like" (كلينتون، كارتر); a capital after «العاصمة» and its country's adjective (جنوب العاصمة
   اليمنية صنعاء) is a place; a provincial council (مجلس محافظة الأنبار) is the local government; two parties
   joined by a comma alone (طالب مجلس محافظة الأنبار، الولايات المتحدة بـ…) are a subject and its object, not a
   list (_comma_pair: not a person and the title after the comma); and the place a named visitor travels to
   before the visit noun (يتوجه الوزير إلى العاصمة الإيرانية طهران في زيارة) hosts the visit (_destination_before).
96. **Survivors, channels and cut water** (round 69, from a read of 2015-07-25): who survived an attack (نجا وزير
   الداخلية من محاولة اغتيال كان يستعد لتنفيذه مواطن تونسي) is its target, and the party named after it its doer
   (_survived); an outlet after a relative verb of reporting (في نبأ أوردته وكالة أنباء البحرين) is the channel,
   no object (parties._reporter); water cut off «على أهالي المدينة» is no road the residents block (lexicon).
97. **The doer in the genitive** (round 70, from a read of 2015-07-26): a force noun's definite genitive that can
   act, followed by its object with ل (هدم الاحتلال الإسرائيلي لمباني الفلسطينيين، اجتياح الحوثيين للمدينة، قمع
   النظام السوري للمتظاهرين) is its doer, whether or not the object is a party (not an indefinite object, اختطاف
   دبلوماسيين تونسيين لتبادلهم, nor victims); and the Israeli occupation acting (الاحتلال الإسرائيلي، سلطات /
   جرافات الاحتلال) is the Israeli state, as the gold codes it (actor lexicon; a bare «الاحتلال» is left out).
98. **Devices found and words attacked** (round 71, from a read of 2015-07-27): an explosive device found, seized
   or defused (عثرت قوات الأمن على عبوة ناسفة، أبطل الخبراء مفعول عبوة، ضبط سيارات مفخخة) takes no doer from
   before that word (parties._found_device; the learned backstop goes the same way); and «هاجم / يهاجم» with words,
   a policy, a decision or a deal as its object (هاجم الوزير أقوال كيري، هاجمت وسائل الإعلام الاتفاق النووي)
   criticises, 111, no assault (accuse.attack_words).
99. **An uncoded title is still a subject** (round 72): a bare definite title right after a verb, which no party
   codes (وأدان الوزير قصف الجيش الإسرائيلي لمدرسة), is the verb's subject, so the party inside the object is not
   taken for it (_bare_title).  A title that continues (المدير العام، المستشار الألماني، المتحدث باسم، الناطق بلسان)
   is left to the parties it names.
100. **Who was made to suffer** (round 73, from a read of 2015-08-01): the party a toll was inflicted on (كبّد مقاتلو
   الحزب أفراد الحرس الثوري العديد من القتلى، تكبّدت ميليشيات الحوثي عشرات القتلى) is its target, the one who
   inflicted it (before «كبّد»; nobody after «تكبّد») its source (_inflicted).
101. **Where the wounded were taken** (round 74, from a read of 2015-08-02): the clause of an act ends before «نقلهم /
   نقل إلى» (… وجرح ثلاثة آخرين تم نقلهم إلى المستشفى): the hospital is where the wounded went, not whom the attack
   hit (parties._right_boundary).
102. **Names, adjectives and named pairs** (round 75, from a read of 2015-08-04): a name the tagger finds keeps a
   first letter that looks like a proclitic when the news corpus writes the whole word more often (فالون، بلاتر،
   بوروشنكو; actors.coder.name_start); «نصر» is the name or "victory", not "we insist" (request.demand); an
   adjective of the pattern فعيلة after its noun (العلاقات الوثيقة) carries no act for the backstop
   (backstop._attributive); a dual followed by two country adjectives (الجانبين الأردني والفلسطيني) names its two
   parties instead of pointing back to the last pair (actors.coder._named_pair).
103. **Prices, readiness, feddans, canals and recipients** (round 76, from a read of 2015-08-09): «سيكون ثمنه،
   تسدد ثمنها» is a price, no praise, and «رفعت جاهزيتها» operational readiness, no intent (lexicon); a pattern's
   exclude list also bars whole words with their clitics (فدان is no ف + دان); an institution word that opens a
   place the geo stage found (قناة السويس) is no actor, and a bare «القناة» is the channel named before
   (actors.coder); a state after ل is a recipient or the accused (اتهاماته لروسيا، الدعم لتركيا) unless a motion
   word or the geo stage makes it a destination (actors.coder._is_place_use); and a ban told in a relative clause
   with its own doer (جماعة الإخوان التي حظرتها القاهرة) is not the act a charge alleges (content._denied_charge).
104. **Rebutted charges, lasting states and a president's government** (round 77, from a read of 2015-08-09): the one
   who describes, denies or rejects a charge (نفت الوزارة الاتهامات الأمريكية، وصف ظريف اتهامات … بأنها أكاذيب) is
   its target, and its accuser is only a party named after the noun (_rebutted_charge); a «منذ» date after a
   participle of lasting (المستمرة، القائمة منذ 24 عاماً) dates a state, not the act (ONGOING_WORDS); a government
   or administration in construct with a titled person (حكومة الرئيس عبدربه منصور هادي) is that person's country's
   (actors.coder._following_country).
105. **Subjects after pronoun objects, sides, welcomes and the accused** (round 78, from a read of 2015-08-10): a verb
   whose object is its own pronoun has its subject after it, past a prepositional pronoun (بأسلحة حديثة زودتها بها دول
   التحالف، قتلته قوات الأمن), and the party before it received the act (_subject_after_pronoun_object); «الطرفين،
   الجانبين» right after two parties joined by و are those two, before any pair of earlier sentences
   (actors.coder._joined_pair_before); what met a welcome (لاقت القرارات التي أصدرها العبادي ترحيباً) is its target and
   the welcomer only the noun's genitive or a near «من» (subject_received in the lexicon); and «اتهامهم ب…» names
   the accused in its pronoun, so the party before it is the target (_rebutted_charge).
106. **Family names and air arms** (round 79, from a read of 2015-08-11): a listed person's surname after a common
   given name that is not the person's own (سليمان الأسد، رفعت الأسد) is another member of the family, not the
   listed person; the person's own first name within three words before keeps it (عادل بن أحمد الجبير)
   (actors.coder._own_given_name); and «طيران / طائرات / مقاتلات» before a party after a verb with an object
   pronoun is that party acting (يساندها طيران التحالف العربي; MEMBER_HEADS).
107. **Passive agents and corrections** (round 80, from a read of 2015-08-11): a passive act's named agent after it
   (تم إطلاق سراحه بكفالة من قبل فرع هيئة التحقيق والادعاء العام), the party inside its «من قبل / على يد» phrase
   included (_agent_phrase_before), is its doer, not the party of the clause before «تم»; and a denial ends at «بل /
   وإنما» (نفت الشرطة صدور عفو عنه بل تم إطلاق سراحه): what follows is asserted (status.DENY_SCOPE_END).
108. **Clauses with إذ, condemning participles, honorifics** (round 81, from a read of 2015-08-07): «إذ» opens a clause
   whose verb has its subject after it (…، إذ ترفض سلطات الاحتلال الاعتراف به; parties.CLAUSE_OPENERS); «التنقل»
   is moving about, no report (status._carrying_verb); a condemning participle after a comma (مستنكراً / منددا
   الهجوم الإرهابي) is a condemnation by the main clause's actor (accuse.condemn forms), so the attack it names takes
   no doer from before it; an honorific between a title and the name it heads (وزير العدل الدكتور وليد الصمعاني)
   keeps them one mention, and a listed person holding no listed role that day, named by the possessive title of
   the body just named (على لسان متحدثها المستشار أحمد أبو زيد), speaks for that body (actors.coder._merge_titles),
   unless the title is a former one (الرئيس العراقي السابق جلال طالباني).  A participle after a quoted act of another
   side (وقالت الوزارة إن «… فجر انتحاري حزامه …»، منددة) is the speaker's, not the quoted act's doer's.
109. **Adjectives that look like parties** (round 82, from a read of 2015-08-08): a country name that is also its
   nisba after a noun of territory (إلى الأراضي السعودية، عبر الحدود السعودية) locates, so the mortars fired into it
   are not the state's (actors.coder._nisba_of_noun); «المسلح» after a noun that names no person (الهجوم المسلح،
   التسلل المسلح) is "armed", no gunman (actors.coder._armed_adjective).
110. **Replacing, peace processes and bases** (round 83, from a read of 2015-07-23): «يحل محل» replaces, it
   dissolves nothing (coerce.dissolve); «مسيرة السلام / التسوية» is the peace process, no march (protest.demo); and
   «القاعدة» with the indefinite «قاعدة» of a named place earlier in the sentence (في محيط قاعدة العند … قصفوا
   القاعدة) is that base, not al-Qaeda (actors.coder._base_not_group).
111. **Regions, eliminating, dates** (round 84, from a read of 2015-07-31): a capital after «منطقة / أمانة / إمارة /
   ولاية / إقليم» names the region (بمنطقة الرياض; actors.coder.CONSTRUCT_HEADS), «القضاء على» is eliminating, not
   the judiciary, and «الأول / الأخير» after «منذ / في / حتى» is a date or an adverb (منذ الأول من يونيو), no
   back-reference (actors.coder.NOT_BEFORE_LATTER).
112. **Names after subjects, rulings, boards** (round 85, from a read of 2015-08-01): an uncoded name right after the
   subject that follows the verb (دعا رئيس المجلس الوطني الفلسطيني سليم الزعنون إلى …) is that subject's name, not
   the verb's object; «حكم صادر، القرار الصادر» is issued, not confiscated (coerce.confiscate); «أبلغه» informs and
   carries no act for the backstop; a company's board (مجلس الإدارة) is business, never the government (agents).
113. **Meetings as settings, sufferers, convictions** (round 86, from a read of 2015-08-06): a meeting noun after
   «خلال / أثناء / عقب» with no genitive of its own is the meeting the statement was made during, so its source is
   the speaker (أعلن وزير الخارجية التركي أن …، خلال لقاء مع نظيره الأمريكي), not a media speaker and not when the
   meeting already names both sides; who suffered acts of force (إن السعودية عانت من التطرف والتفجيرات) is their
   target (SUFFER_VERBS, beside the verbs of receiving); «أُدين المتهم» is a conviction, not «I condemn»
   (accuse.condemn excludes أدين); adverbs of time (سنوياً، حالياً) carry no act for the backstop.
114. **Terrorist acts** (round 87, from a read of 2015-07-22): «الإرهابي / الإرهابية» after a noun that names no
   person or group (العمل الإرهابي، العملية الإرهابية) is an adjective of the act, no terrorist party, and neither it
   nor «المسلح» carries an act for the backstop; after a group noun (التنظيم الإرهابي، الخلية الإرهابية) it is still
   a party (actors.coder._armed_adjective).
115. **Members' bodies and quoted names** (round 88, from the dev split's missing targets): members counted after
   the act's preposition name their body as its target (عقوبات على سبعة من كبار قادة جماعة الحوثيين، بالسجن على 12
   متهماً من قيادات جماعة الإخوان: _member_object); a short quoted actor's name after «ضد», or after a preposition
   that follows a member or a place of what it names (القيادي البارز في «حزب الله»، مقرات لـ«حزب العمال
   الكردستاني»), stays inside the clause (_prep_before_quote), and «لـ» written apart before such a name is its
   preposition (_detached_clitic); elsewhere (قال لـ«الشرق الأوسط»، على «تويتر») the quotation still ends it.
116. **Compared counts** (round 90, from the dev split's missing targets): «أكثر من / ما لا يقل عن» before a number is
   part of the count, not a preposition (اعتقلت قوات الأمن أكثر من أربعين شخصاً، اختطف مسلحون أكثر من 280 تلميذاً),
   so the people counted are the act's object (COMPARED_COUNTS in _prep_of_word).
117. **Go-betweens** (round 91, from the dev split's wrong targets): the party named right after «بوساطة / برعاية»
   brokered the act and is no party to it (المحادثات بين إيران والولايات المتحدة بوساطة سلطنة عمان، بوساطة قطرية
   أطلقت واشنطن …), though «وساطة» is itself a trigger word whose tokens otherwise stop the look-back (MEDIATION_WORDS).
118. **Exchanged people** (round 92, from the dev split's wrong sources): the people a reciprocal act exchanges, with
   no country of their own, are no side of it when «بين» right after names the sides (تبادل الأسرى بين إسرائيل وحركة
   حماس).  The same read added armed groups the actor lexicon lacked (جبهة تحرير شعب تيغراي، فانو، حركة طالبان
   الباكستانية — which had matched the Afghan Taliban —، جيش تحرير بلوشستان، مجاهدي خلق، جيش العدل، and others).
119. **Agreement and titles' prepositions** (round 93, from the dev split's wrong sources): a feminine past verb that
   opens its clause does not agree with a man its title names right after it (ودعت الرئيس نيكولاس مادورو), so he is
   its object (_masculine_object, the mirror of section 35's _feminine_object; not «النائب»، which names women too,
   nor «التقيت», «I met»); a title word with ب/ل gives its preposition to the body after it and to the holder named
   after that (اعترفت برئيس الجمعية الوطنية الفنزويلية خوان غوايدو: _holder_after_title_body); congratulations go
   to whom «ل» names (تهنئة لمصر).
120. **Summoned envoys and conjoined subjects** (round 94, from the dev split's targets taken as sources): the
   ambassador a summoning verb needs after it is its object, never its subject (needed_object in the lexicon:
   واستدعت على إثره السفير الروسي، استُدعي القائم بالأعمال الإيراني); a verb carrying و with no subject of its own
   takes the subject of the verb it is conjoined to, not a party of that verb's object or complement (اتهمت الخارجية
   السودانية الإمارات بتزويد قوات الدعم السريع …، واستدعت القائم بالأعمال: section 55 had required the party to be
   the earlier verb's target).
121. **Forces and sides** (round 95, from the dev split's missing sources): the forces right after a verb of two sides
   are its subject (اشتبكت قوات الجيش السوداني مع …: FORCE_HEADS), «قوات من» counts its party as «وحدات من» does,
   and «بين» names the sides of a reciprocal act that found no subject at all (جرى تبادل للأسرى بين روسيا وأوكرانيا،
   وجرى خلال الاستقبال بحث العلاقات بين البلدين).
122. **Tolls and passing patrols** (round 96, from the dev split's missing targets): an attack that named no target
   takes the party counted in the toll it led to in its own sentence (ما أدى إلى مقتل عنصرين من حزب الله، أودى بحياة
   سبعة جنود نيجيريين: _result_victims; not «من الطرفين», the dead of both sides), and a device that went off as a
   force passed targeted that force (لدى مرور دورية للجيش المالي: _passing_target).
123. **Organs of a society named beside them** (round 97, from the dev split's uncoded organs): an unnamed state
   organ takes the country of the organised society named in its sentence even in another event of it (يأمل
   الاتحاد العام التونسي للشغل أن تعدل الحكومة …: SOCIETY_SECTORS — unions, parties, the opposition, the press,
   schools, firms, clergy), not of civilians or armed groups (قوات الشرطة … على المواطنين الفلسطينيين).
124. **I, acts judged, topics** (round 98, from a read of 2015-07-23): the past of «I / we» of a verb in ى (التقيت،
   التقينا) is the speaker's, so the party after it is the one met (lexicon.first_person_forms); the party right
   after a verbal noun a few words after the verb (دانت الوزارة بشدة إقدام وزيرة القضاء الإسرائيلية على …، رفض محاولات
   إيران: ACT_OBJECT_HEADS) is that act's doer, the verb's target; «أما X …، فقد / ف + verb» has X as subject, not
   a party of the clause between (_topic_subject).
125. **Titles across a comma** (round 99, from the same read): a comma right before the noun a light verb governs
   closes an adjunct of the verb (عقد الأمير … وزير الدفاع في مكتبه بجدة أمس، اجتماعاً ثنائياً), so the long-titled
   subject after the verb is still the act's source (_long_titled_subject, whose unreachable second loop is gone).
126. **Visitors by ل** (round 101): the party a visit noun names with «ل» right after it is the visitor when the place
   visited follows (زيارة مرتقبة لوفد أمني عراقي إلى دمشق، أول زيارة لمسؤول أميركي رفيع المستوى إلى بغداد); with
   no place after it, «ل» still names where the visit goes (في زيارة لمصر).
127. **Finders** (round 102, from a read of 2015-08-09): whoever found the bodies before the force that killed them
   (عثرت شرطة المحافظة على جثتي رجلين قضيا رمياً بالرصاص) or found a device (section 71) did not do it, named after
   the verb of finding as well as before it (_found_device).
128. **Names called** (round 103, from the same read): an indefinite noun right after «بأنهم / بأنه / أنهم» is what
   someone is called (يصف العراقيون زعماءهم بأنهم لصوص), no party of an act told near it (PREDICATE_OPENERS).
129. **Conditions after talks** (round 106): a condition (إذا، لو، في حال) opens a clause of its own, so the act named
   in it is no content of the talks or plan just before it (ستجمّد مشاركتها في المحادثات إذا استمر استهداف …): it
   is coded, hypothetical (CONDITION_OPENERS).
130. **Needed objects past the subject** (round 107): the window in which a verb's needed object is looked for
   passes over its verb-first subject with the patron or channel linked to it (وتبنت حركة الشباب المرتبطة بتنظيم
   القاعدة الهجوم) and over an aside between commas right after that subject (تبنى تنظيم داعش، في بيان نشرته وكالة
   أعماق التابعة له، الهجوم).
131. **Borders** (round 108): a show of force on a border is aimed at the state beyond it (حشدت إثيوبيا قوات على
   حدودها مع إريتريا → ERI: _border_target), unless the sentence names an armed group it is sent against (لمنع تسلل
   مقاتلي داعش); the state a show of force is aimed at is its land, as for other material acts (ERI, not ERIGOV).
132. **Conditions answered** (round 109): an act of a condition with no target of its own is done to the one who
   answers it in the main clause (بكين سترد بالمثل إذا فرضت واشنطن رسوماً → CHNGOV: _conditioning_act), force to
   that state's land (إذا ضربت إسرائيل منشآتنا فسنستهدف … → IRN) or to the place it would be done at (هجوماً على
   مدينة رفح → PSE); not a show of force or a disarming (done to no one), nor when the answerer is of the act's
   own state.  A name beginning with و (واشنطن) is no conjunct of a place list (actors).
133. **Reported about** (round 110): media that tell about an act (ما تداولته وسائل إعلام إسرائيلية عن نشر مصر
   قوات) are not the doer of the noun after «عن»; the doer is looked for past them.
134. **Vehicles' owners** (round 111): the owner of the vehicle an act is carried on (على متن طائرة الشحن الرابعة
   التابعة للقوات الجوية) is no party of the act, as the vehicle is not.  Actors: a country written as its nisba
   after a force and a generic adjective is that force's (القوات البرية الملكية السعودية → SAUMIL), and a
   counterpart takes the sector of the nearest person or state body before it (ونظيرتها الأمريكية after
   «القوات البرية الكويتية» → USAMIL).
135. **Crowds** (round 112): the crowd police force is used on is the target of force or coercion with none —
   civilians named right after it or after «على / ضد / لتفريق» (لتفريق المحتجين، القبض على المتهمين), or only a crowd
   word there (على تجمع وسط بغداد، فرّقت الشرطة الحشود: _dispersed_crowd) — coded as the civilians of the one
   country the sentence's places are in, else of the force's state.
136. **Left past an aside** (round 113): the place a withdrawal leaves is looked for past an aside between commas right
   after it (انسحب الجيش الإسرائيلي، صباح الثلاثاء، من معظم البلدات الحدودية في جنوب لبنان → LBN).
137. **Aid delivered abroad** (round 114): aid with no recipient delivered at a place in another country than the
   giver's goes to that country (وزّعت منظمة الصحة العالمية أدوية على مستشفيات في شمال غرب سوريا → SYR) — not a
   conference's venue (مؤتمر بروكسل للمانحين) nor the place the aid comes from (فرق إنقاذ من ألمانيا ورومانيا:
   _origin_or_venue).  MEETING_WORDS is normalized: «مؤتمر» had never matched since the hamza on و is folded.
138. **Hosts** (round 115): a visit or an embassy with no target, by a state's actor, in a place of another state (the
   first place after it not the actor's own, else its location) deals with that state's government (افتتحت الإمارات
   سفارتها في دمشق → SYRGOV، يعتزم رئيس الوزراء الماليزي زيارة القاهرة → EGYGOV).
139. **Watchdogs** (round 116): a watchdog that tells about an act after «عن» (ما أوردته لجنة حماية الصحفيين عن
   اعتقال …) is not its doer, as the media are not (§133, REPORTER_SECTORS).
140. **Stormed buildings** (round 117): the state building a crowd storms (اقتحموا مبنى البرلمان الكيني، اقتحام السراي
   الحكومي), taken for the riot's source, names whom the riot is against — that state's government, the gold's
   convention — and the crowd is the source; «قوات مكافحة الشغب» is the riot police, no riot (trigger lexicon).
141. **Conjoined coercion** (round 120): a verb of coercion carrying و whose first bare party after it is civilians or
   counted people (داهمت قوات الاحتلال المنازل، واعتقلت 14 مواطناً) has them as its object and shares the subject of
   the verb it is joined to — unless that party is a nominative plural (واحتجز المزارعون 15 شرطياً: the subject).
142. **Owners of what was hit** (round 121): the owner of the thing an act of force or coercion with no target was
   done to (سفينة شحن مملوكة لشركة أمريكية، قافلة تابعة لبرنامج الأغذية العالمي، معسكر تدريب تابع لحركة حماس) is its
   target (_owned_object) — not past a verb that names the doer (غارة شنها الطيران الحربي التابع للجيش).
143. **Without exception** (round 122): «دون» before a word of manner (دون استثناء، دون توقف، دون تردد) says how an act
   was done and negates nothing (NOT_NEGATING_AFTER).
144. **The sentenced** (round 123): a sentence's verbal noun (قضت محكمة تونسية بسجن رئيس حركة النهضة، حكماً بإعدام
   المعارض الإيراني) has the one sentenced as its genitive, the target (the sentencing patterns' genitive); «بسجن»
   after a ruling word is no prison whose name follows (_sentenced_to_prison: «في سجن صيدنايا» still is).
145. **Containers with a complement** (round 124): the owner with ل after a container and the container's own
   indefinite genitive or adjective (على معسكرات ومخازن أسلحة لميليشيا الحوثي، مواقع عسكرية لحزب العمال، مركز حدودي
   للجيش التركي) takes the container's preposition, as right after the container (section 32) — not after a force
   (قوات موالية للرئيس: a party of its own) nor a container with its own pronoun (بدورها زيارة لأوباما).
146. **Aid to counted civilians** (round 125): the civilians named by plain words after an act of aid, behind one of
   its target prepositions (وزّع … حصصاً غذائية على أكثر من 200 ألف شخص في دارفور), are its recipients, civilians of
   the place's country; elsewhere in an act of aid they stay out (لإجلاء الرعايا: the evacuating state's own).  A
   number of several words (200 ألف) is one step back to the preposition before it (_prep_of_word).
147. **Whom a feeling is for** (round 126): a statement of feeling with no target prepositions of its own (أعرب،
   أبدى، عبّر عن …، معرباً) is for the first party with ل, or with مع right after what is expressed, within six words
   of it (عن دعمها الكامل لجهود الحكومة الصومالية، عن تضامنها الكامل مع المملكة، عن تعازيها للشعب السعودي) — not
   a party before what is expressed (أبدى المدير العام للوكالة … قلقاً: the speaker's title), past a relative clause
   or a comma (عن إدانتها للتفجير الذي استهدف مجمعاً للشرطة), nor of the speaker's own state (_expressed_for).
148. **A trigger's own preposition** (round 127): a trigger phrase that ends in a preposition (ألقت الشرطة التركية …
   القبض على X) has its object behind that preposition — a person, counted people (على 17 شخصاً) or the body a
   member belongs to (على قيادي في تنظيم داعش: _member_object) — but not behind a later preposition (بعد الاعتداء
   على السفارة) (_trigger_preposition).  Such arrests told with the subject between verb and noun had no target.
149. **A gathering struck** (round 128): an attack with no target, told with a gathering noun after «وسط / بين / في»
   right after it (فجّر انتحاري نفسه وسط تجمع لعناصر الأمن، بين صفوف المصلين), is aimed at the party named right
   after that noun (_gathering_target); «وسط بغداد», a place with no gathering, names where, not whom.
150. **Targets as containers** (round 129): «هدفاً، أهداف» is a container whose owner follows with ل (غارات على أكثر
   من ستين هدفاً للحوثيين، ضربات جوية ضد أهداف لتنظيم داعش، قصفت سبعة أهداف لحزب العمال): the owner takes the
   container's preposition, as for «مواقع» (section 32, CONTAINER_NOUNS).
151. **A claim names the bomber** (round 130): a group the lexicon names that claims the attack told before it in the
   sentence (فجّر انتحاري نفسه …، وتبنت حركة الشباب الهجوم) becomes its source over an attacker no entry names
   (انتحاري → SOMREB), not over a named one (merging._claimed_attack_told).
152. **Some of them** (round 131): «عدداً منهم، أربعة عشر منهم» after an act of force or coercion with no target points
   back to the party named last before the act when that party is civilians — protesters, students, workers
   (واعتقلت عدداً منهم، فيما اعتقلت قوات الأمن أربعة عشر منهم): they are its target, civilians of the acting state
   (or of the country the context gives later); fighters named last (تجمعاً لمسلحي داعش) are not (_counted_of_them).
153. **Boycotted votes** (round 132): a boycott of an election or a referendum (أعلنت أحزاب المعارضة مقاطعتها
   الانتخابات التشريعية) with no named target is, like other protests, against its own state's government; a boycott
   of a company (لمقاطعة شركة حليب) still names no government (_boycotted_vote).
154. **Conjoined blame** (round 133): a verb of blame carrying و whose first bare party after it is followed by
   «المسؤولية» (دانت الخارجية الأردنية …، وحمّلت الحكومة الإسرائيلية المسؤولية) has that party as its object and
   shares the subject of the verb it is joined to, as a conjoined verb of coercion does (section 141).
155. **Leaders of coalitions** (round 134): a party named in a relative clause of leading after the act (ضربات
   جوية شنتها مقاتلات التحالف الدولي الذي تقوده الولايات المتحدة) describes the coalition and is no party of the act;
   when the clause is the act's own (الغارات الجوية التي تقودها السعودية) the leader is its doer, as a relative verb
   of performing names it (section 56).  Before the act the leader still stands for the coalition that acts (وعدت
   الدول المنضوية في التحالف الذي تقوده الولايات المتحدة بتقديم مساعدات).
156. **A verbal noun spelt as its verb** (round 135): a form that is both a past verb and its verbal noun (دعم، قصف،
   ثمن), with a bare party right after it and a party with ل right after that (ودعم السيستاني لرئيس الوزراء، دعم طهران
   لنظام بشار الأسد، قصف قوات التحالف لميليشياتهم), is read as the noun: the first party is its doer and the one
   after ل its object, as section 42's genitive doer.  A pattern that names its target with ل (خصص الاتحاد الأوروبي
   للأردن) keeps its verb.
157. **What is recognised** (round 136): the party after «بسيادة، باستقلال، بشرعية» is the target of an act that names
   its target with ب (اعترفت الولايات المتحدة بسيادة المغرب → MAR); «الدولة» before a country's nisba is that state
   (roles.STATE_HEADS: الدولة التركية التي قبضت → TURGOV), recognised as the country itself (اعترافها بالدولة
   الفلسطينية → PSE, as «بدولة فلسطين» is), but not after a word of land (أراضي الدولة السورية).  The recognition
   patterns need «بالدولة» as they needed «بدولة».
158. **Reactions to an uncoded step** (round 137): a reaction told as a relative clause of a step noun (…، في خطوة
   رحبت بها واشنطن، في محاكمة وصفها البيت الأبيض) is aimed at the main clause's subject also when no act of that
   clause was coded: the bare coded party opening the sentence or right after its first verb (not one further in,
   which may be the object: قضت محكمة … بسجن مراسل صحيفة).
159. **A stance told to another** (round 138): a stance noun carrying its own pronoun after «أبلغ» and the one told
   (بغداد أبلغت واشنطن رفضها القاطع، أبلغت ألمانيا وفرنسا كييف دعمهما، past an adverb: أبلغت تل أبيب رسمياً رفضها) is
   the teller's stance aimed at the one told (parties._informed_of); not a noun after a preposition (أبلغت ذوي الأطفال
   باعتقالهم: the children's arrest).
160. **Leave, heads of bodies, quoted holders, meddling** (round 139, from a day of real news, 2015-07-26): the act a
   party is given leave to do is that party's — the party after «سمح / أذن / أجاز / السماح» with ل, the act after it
   with ب on the trigger or on a word of doing (سمحت تركيا للولايات المتحدة بشن غارات → USAMIL;
   parties._permitted_doer), not after a verb of admission (اعترفت تركيا للولايات المتحدة بشن غارات is Turkey's); a
   person the actor stage coded as the head of a body named right after a title word is one party with the body
   (طالب رئيس البرلمان العربي أحمد الجروان إيران: the name is no object; parties._holder_of_body); a title's holder
   in quotes right after it is the title (وزير خارجية إيران “ظريف”); and «التدخل» with a nisba is that state's act
   (دان … التدخل الإيراني → target IRNGOV; roles.GOVERNMENT_HEADS).  The actor stage's side of the round: «الانتحاري»
   after a definite act is its adjective, «الداخلية» after «الشؤون» no interior ministry, a definite «الوزير» in
   construct with nothing, and «رئيس البرلمان العربي» the Arab Parliament's head.
161. **Lineages, calibres, titles with ل** (round 140, from a day of real news, 2015-08-02): the head of a body joined
   to his title by ل, past the title's adjective, is the title's holder and its subject (تعهد الزعيم الجديد لحركة
   طالبان الملا أختر منصور: parties._holder_of_body); an envoy's country with ل between his title and his name is
   part of the title (المبعوث الأممي لليمن إسماعيل ولد الشيخ أحمد: parties._envoy_country); a number after «عيار /
   طراز / رقم» or before «ملم» counts nobody (numbers.QUALIFIED_NUMBER_HEADS).  The actor stage's side: a listed
   name right after «بن» is a father's, in another person's lineage (الأمير سلطان بن سلمان بن عبد العزيز is not the
   king), and a title after ب/ل is governed by the verb, not in apposition with the title before it (التقى الوزير
   بالأمين العام لجامعة الدول العربية).
162. **Aims, relative clauses, plural verbs, publishing** (round 141, from a day of real news, 2015-08-04): more words
   of an aim after «استهدف» (تستهدف ألمانيا الحصول على …، الحد، التوصل، معالجة: lexicon block_after); a party past a
   relative pronoun after a verb is the relative verb's, not this verb's subject (ودان الوزراء الجرائم التي ترتكبها
   داعش: the target, by section 21's doer of the object); a verb in «وا» past a comma does not take one group or state
   named before the comma as its subject (…، واتفقوا: parties._singular_before_plural_verb; a plural of people,
   الحوثيون، still can); and the media «publishing about» troops deployed none (نشرت وسائل إعلام أجنبية عن إنزال قوات:
   «عن» after the media's name).
163. **A government named by its head** (round 142, from a day of real news, 2015-07-27): «حكومة / إدارة / نظام» in
   construct with the person who heads it, coded alike (حكومة نتنياهو، إدارة أوباما), is one party, the government,
   with both words as its evidence — not a subject and its object (parties._government_of); a definite «الحكومة»
   before a name is no construct.  The actor stage's side: «شركة» heads a business as «هيئة» heads a state body, and
   a country named by its nisba after a construct name is that adjective (شركة الاتصالات السعودية → SAUBUS, هيئة
   الاتصالات السعودية → SAUGOV).
164. **Attributed acts** (round 143, from a day of real news, 2015-07-26): an act a party attributes to another —
   «نسب» before the act noun, the other party right after it with إلى, or past the act's own relative clause — is
   that other party's (نسبت هيئة أركان الجيش التركي الهجوم إلى حزب العمال الكردستاني → TURREBPKK, not TURMIL against
   it; parties._attributed_to).  The place stage's side: a one-word generated city right after an unknown word that
   follows «قضاء / حي / منطقة / بلدية» ends a longer name, when the article names no place in its country (قضاء يوكسك
   أوفا is no Ufa, so the police attacked there are no longer Russian).
165. **Owners of places, names, objects after prepositions, distances** (round 144, from a day of real news,
   2015-07-21): the party right after a place noun (مواقع، مقر، منازل …: the place's owner, in the genitive) is no
   subject of a later verb (استهدف الطيران مواقع ميليشيات الحوثي …، وأشادت شخصيتان يمنيتان: OWNED_PLACES); a verb
   right after «بن / ابن / بنت / آل / أبي / أبو» is part of a name (مسجد الإمام علي بن أبي طالب: NAME_HEADS_BEFORE); a word
   in سـ after an act's own preposition is its object, no future predicate (القبض على ستيني); and distances in
   «كيلمترات / ميل» count nobody.
166. **Holders past a place and a rank; blessings** (round 145, from a day of real news, 2015-08-09): a title's holder
   named past the place the title is held in and a rank is the title (استنكر قائد حرس الحدود بمنطقة عسير اللواء سفر
   الغامدي: no longer his own object; parties._degree_at), and the title may be a body's bare head; a body tied by
   ب/ل/في to a bare title before it, merged with the holder named after, is the subject (النائب بمجلس الأمة الكويتي
   الدكتور منصور الظفيري → KWTLEG), but not when the title itself carries the preposition (بقائد حرس الحدود …);
   a support verb with its object pronoun next to «الله / بنصره» is a blessing (أعزه الله وأيده بنصره); «مسيرة
   النماء / التقدم / الإنجاز» is a path, no march (lexicon block_after).
167. **Later clauses, places after ل, security as a good** (round 146, from a day of real news, 2015-08-01): a verb
   joined by و after a comma whose object is never a party takes the coded party right after it as its subject, not
   the subject shared with the verb before (ونددت واشنطن بالهجوم، واعتبرت منظمة التعاون الإسلامي … → IGOOIC;
   parties._party_after_objectless_verb); a party right after such a later verb — an act's or a speech verb's — is
   no object of an act before the comma (parties._later_clause_openings), except the host of a visit (في زيارة عمل،
   واستقبله الرئيس); a place after ل is whom an act is for, not where it happened (استفزاز النصرة لواشنطن), unless a
   journey noun before it goes there (خلال زيارته لموسكو) or the act is a visit (parties._located); «تستهدف … جلب»
   is an aim (lexicon block_after).  The actor stage's side: a bare «الأمن» qualified as national, regional, food …
   security is no police body unless a body or office heads it (جهاز / وكالة / مستشار الأمن القومي).
168. **Likenings, command centres, patronymics** (round 147, from a day of real news, 2015-08-08): an act told within
   three words after «كأنما / فكأنما / وكأن / كأنها» is a comparison, no act (فكأنما قتل الناس جميعاً;
   senses._likened; the short forms are matched as written, since «كأن» normalizes to «كان», was); «العمليات
   المشتركة» after «غرفة / مركز / من» is a centre, no joint drill (lexicon block_before).  The actor stage's side:
   a listed person's surname after his own given name and a lineage of «بن» is one name (عادل بن أحمد الجبير), so
   a title before it heads it and the host is no longer his own guest; the place stage's: «بحري» (maritime) needs
   a cue word to be Khartoum North (stopwords.tsv).
169. **Districts, hastened steps, clauses after «بعدما», staff** (round 148, from a day of real news, 2015-08-10): a
   word right after «مديرية» is the district's name, no act (في مديرية أرحب: no welcome; NAME_HEADS_BEFORE); «يحث
   الخطى» is hastening one's steps (lexicon block_after); «بعدما» opens a clause with a subject of its own, so a
   party in it is no object of the act before (parties.CLAUSE_OPENERS); an appeal addressed to the speaker's staff
   (الموظفين، منسوبي، المفتشين، الضباط) is office routine (senses._staff_addressed).  The tokenizer's side: «وحث،
   فحث، وحض، وشن، فشن» are و/ف + a two-letter doubled verb (text.tokens.SHORT_DOUBLED_VERBS), which the length rule
   had left whole, so «وحث الوزير …» was no appeal.
170. **Markets, domestic adjectives, names in و** (rounds 149–150, from days of real news, 2015-07-22 and 08-11):
   «يستهدف الطبقة الوسطى / شريحة / المستهلكين» is a market aimed at (lexicon block_after).  The actor stage's side:
   «الداخلية» alone right after a definite noun (other than a time word) is its adjective (السياحة الداخلية، الجبهة
   الداخلية), not the interior ministry; a body word in construct with a listed name whose own first letter is و is
   part of that name (ميليشيا وحدات الحماية الكردية → SYRREBYPG).  Tried and dropped: «كما» as a clause opener (it
   cost the senders of a dozen congratulation cables «كما بعث …» and merged-attack sources), and a feminine verb
   before a body with a masculine head as its object (the source then fell back to the police making the arrest).
171. **Acts named by their place** (round 151, from a day of real news, 2015-07-31).  The actor stage's side:
   «الإرهابي / الانتحاري» after an act noun in construct with its place (هجوم سوسة الإرهابي، تفجير عسير الإرهابي)
   is the act's adjective, not a terrorist taking part (actors ACT_HEADS): five records had had a bare REB source.
172. **What a clause caused, the dead before their death word, titles after names** (round 152, from a day of real
   news, 2015-08-02).  «، ما دعاهم للتراجع»: «ما» after a comma is what the clause before caused, like «مما», so its
   verb has no actor for a subject and is no negation (grammar._consequential_ma); «دعم الطاقة / الوقود» is a
   subsidy and «اعتذارها عن عضويتها» declines a seat (lexicon block_after); the party before a casualty word that
   trails its dead (لقي 13 حوثياً مصرعهم، 25 حوثياً … سقطوا قتلى) died, the target (parties._dead_named_before); a
   party that «شهدت» attacks is their place, not their doer (parties._witnessed_by); «اعتداء انتحاري نسبته السلطات
   إلى داعش»: the act's own clause of attribution names its doer, and the attributing body is no party
   (parties._attributed_after); what is said «فيه / فيها» after a call noun is the caller's (SAID_IN_IT); forms of
   address (صاحب السمو، معالي) count for nothing in a window's gap, as the names they head.  The actor stage's side:
   a listed person's own title after his name, also of a place (الشيخ محمد بن زايد آل نهيان ولي عهد أبوظبي, the
   family name «آل X» closing the name), is one mention, and a title of another state never joins a title chain
   (الملك عبدالله الثاني ملك الأردن الرئيس الفلسطيني محمود عباس: two people; the host had been coded as receiving
   Abu Dhabi); «وزير الخارجية في المملكة العربية السعودية» holds the state in its span, so it is no place of the act;
   «هجوماً انتحارياً، هجوم مسلح»: the indefinite adjective is the act's, no bomber or gunman; «حوثياً» after a count,
   «عناصر / قوات التمرد» are actors.
173. **Chairs, attendees, givers, title runs** (round 153, from a day of real news, 2015-08-04).  The party after
   «برئاسة» (past forms of address) chairs the meeting: it is its source, never its target, so a body's own session
   under its head is routine (parties._chaired_by); «حضر اللقاء X» names who attended a meeting already told, no
   meeting of its own (senses ATTENDED_WORDS); a support noun's beneficiary after ل is its target (دعماً حيوياً للأسد),
   and a support noun, lexical or learned, with nobody named who gives it is no event unless hoped for (GIVER_NEEDED);
   «تقديم الولايات المتحدة دعماً» names the giver in its genitive; a speaker who «تحدث عن مقتل» did not kill (parties
   COMMENT_VERBS); ranks and standing (يحتلون مكاناً، مكانة) are no occupation.  The actor stage's side: a listed
   person's run of adjacent titles past «بن X / آل X», one of them the role he holds that day and none of another
   state, is his (الأمير محمد بن نايف بن عبدالعزيز آل سعود ولي العهد نائب رئيس مجلس الوزراء وزير الداخلية), so the
   cable or call of the sentence is his and its light verb is near enough; «قوى / كتل برلمانية» are parliament.
174. **A country's adjective after a verb-noun, the Gulf states, demonstratives** (round 154, from a day of real
   news, 2015-07-26).  A form both past verb and verbal noun (تعهد، دعم) followed by an indefinite masculine country
   adjective is the noun, and the adjective its doer, not a party of the clause before (دون تعهد تركي); a plural of
   people (دعا أفغان) or a feminine adjective after a plural noun (أيدٍ مصرية) is no such adjective.  A preposition
   «ب» written on a demonstrative (بهذه المحكمة) is the next party's, so what is demanded is no target (parties
   _demonstrative_preposition).  The actor stage's side: «دول الخليج (العربية)، الدول الخليجية» are the Gulf states,
   coded as the GCC.
175. **Visits' destinations, «، كما», crowds after a comma** (round 155, from a day of real news, 2015-08-06).  The
   place a visit noun goes to, named within three words (في إطار زيارة عمل إلى قطر), is its target before any party a
   later clause names, and also its location (VISIT_DESTINATION_REACH); a verb right after «، كما» shares the
   sentence's subject, never a party of the clause before the comma (parties._also_after_comma, and
   _conjoined_main); two meetings of one party with counterparts of no code in common are two events
   (merging._other_counterparts); a crowd after a comma (دعت وزارة الداخلية، المواطنين كافة) is the object, as in
   section 95; a feminine past verb before a man's title phrase (قتلت القيادي في حزب الحق أحمد محمد المهدي) has him
   as its object, also inside a clause (parties._masculine_object); «مسيرة تأسيس / إنشاء / تطوير» is a process.
176. **Attributors, resumed topics** (round 156, from a day of real news, 2015-07-27).  Who attributes an act with
   «نسب» did not do it, whether or not the party it is attributed to is coded (نسبت هيئة أركان الجيش التركي الهجوم
   إلى «المنظمة الإرهابية والانفصالية»: the Turkish army had been the attacker); a party fronted before a masculine
   verb whose own target preposition carries «ها» (سورية لمن يدافع عنها، سورية سيدافع عنها الشرفاء) is what the act
   is done to, within three words and the same clause (parties._resumed_as_object).  The actor stage's side:
   «الخارجية» after a noun of policy or trade (السياسة الخارجية المصرية) is "foreign", not the ministry.
177. **Other senses, clause openers, the accused after «إلى»** (round 157, from a day of real news, 2015-08-08).
   «يشيد جدارًا / مسجدًا» builds (lexicon block_after); «طالبًا» followed by «في», an indefinite accusative adjective
   or a present verb is a student (senses._student); «ما / مما تطلّب» required, nobody asked (lexicon block_before).
   A verb right after a verbal noun opens a clause of its own, so the party after it is never the noun's genitive:
   a past in «ت» joined by و (منذ وقع الهجوم وقررت الحكومة) or a verb of the noun's own pattern (في هجوم استهدف
   الجيش; parties._verb_after_noun).  A party right after a verbal noun with ل or ب right after the verb (تدعو لإسقاط
   الحكومة) is that noun's genitive, not the verb's subject.  An indefinite noun of operations right before a verb of
   force is its subject (في عمليات استهدفت تنظيم «داعش»: the group is the object).  A party described by a
   casualty adjective right before the act (ناصر الجهمي المصاب في عملية التفجير) is its victim; the doer of an act
   after «وقف وراء / خلف» is the party right before that verb, or nobody named (العناصر التي وقفت خلف تفجير القديح),
   unless the verb carries و.  The performer's relative verb may stand past two words (الضربة الأخيرة التي وجهتها
   الجهات الأمنية), and a preposition ends its subject's reach (الزيارة التي يقوم بها إلى مملكة إسبانيا).  A passive
   verb after «، و» is a clause of its own, so the party before the comma is not its victim.  The noun «اتهام» also
   names the accused after «إلى» right after it (وجهت أصابع الاتهام إلى إيران; lexicon noun_target), not past a
   pronoun «إليهم»; a country after the act's own preposition, before a party far on, is the target (سلّمت السلطات
   التركية إلى فرنسا مواطنة …)، not after ب or في, which tell where.  «توجيه / إطلاق» before «تهديدات» is the
   threat's light noun.  The actor stage's side: «الجهات الأمنية / فرق الأمن» are the security forces, a rebel
   noun before a quoted name is one mention with it (ميليشيات «فجر ليبيا»), and a place named with an embassy or
   consulate is its host, never its owner (agents' ``abroad``).
178. **Claims, counts, «في حين»** (round 158, from a day of real news, 2015-07-31).  «إذا / مهما تطلب الأمر» (if need
   be) is no request (lexicon block_after).  The party right after a light verb's own indefinite act noun, a word that
   triggers acts itself, is that noun's genitive, not the light verb's subject (تبنى الأكراد قتل شرطيين تركيين; not
   past a definite noun, «تبنى الهجوم تنظيم القاعدة»); a past of three letters spelt as its noun a few words after a
   verb of claiming is the claimed act, so the party after it is its object (parties._claimed_act), and «قتل» is
   among the acts a group claims.  A count of people right after «قتل» (قتل عدد من الحوثيين) or «عددا من» anywhere
   after it counts the killed, its target (not after other verbs: «اقتحم آلاف من أنصار التيار الصدري» are the
   stormers).  «في حين» (whereas) opens a clause of its own, as «بينما» (not «من حين لآخر»), and a verb right
   after «، في حين» with no subject of its own shares the sentence's, as after «، كما».  The actor stage's side: an
   envoy named after «لدى» and his host is one mention with his titles (السفير الألماني لدى المملكة بوريس روغه،
   سفير خادم الحرمين الشريفين لدى الأردن الأمير خالد بن فيصل), an organisation's name after a word for a kind of
   place is that place (منطقة الفاو), and «شرطيين / شرطيان / شرطيون» are the police.
179. **Counted dead, squares** (round 159, from a day of real news, 2015-08-10).  A number a few words before the
   «من» of the party right after «قتل» counts the killed (قتل خمسة جنود من الجيش السوري، قتل 28 عنصرًا على الأقل
   من مقاتلي المعارضة): they are its target, not its doer.  The actor stage's side: a square, street or fair named
   after an institution or a paper is a place (بميدان المحكمة، سوق عكاظ).
180. **Commands, animals, «د.»** (round 160, from a day of real news, 2015-08-01).  «قيادتي / قيادات العمليات
   المشتركة» names commands, no joint operation, and an animal right after «هاجم» (هاجم قرد أحد المنتزهات) is no
   attacker (lexicon block_before, block_after).  The actor stage's side: an abbreviated honorific and its point
   (د. م. أ.) between a title and a name leave them one mention (وزير الصحة السعودي د. خالد الفالح).
181. **A noun's adjective, a body that is no name, an act noun's doer, a denier's relative, whom one met** (round
   161, from a day of real news, 2015-07-22).  A verbal noun's definite adjective, of its gender, may stand between
   its genitive and its object with ل (رفض مصر الكامل للتدخل الإيراني: Egypt rejects, Iran is rejected); an adjective
   that takes its own ل (التابعة للأمم المتحدة، الموالي للأكراد) belongs to the genitive.  A definite body noun
   (المنظمة، المجلس، الهيئة) before an act noun is that act's subject, no head of an organisation's name (only an
   indefinite head in construct is: منظمة شنغهاي للتعاون).  The party after a bare verbal noun that follows the
   verb's definite subject, or an adverb (أدانت المنظمة استهداف الحوثيين، أدانت بشدة استهداف جماعة الحوثي), is that
   noun's doer and never the verb's subject: the condemnation's target, not its source (not for acts of force, whose
   doer a «نتيجة قصف» names).  A relative clause on the denier (نفى فابيوس الذي … خلال المحادثات … ان يكون) is no part
   of what he denies, which starts at أن.  A party after a noun with its doer's pronoun in a time adjunct (عقب لقائه
   بوزير الخارجية الإيطالي) is whom he met, not the verb's target.
182. **Glued sentences, a ministry's back-reference, reinforcements, strongholds, questions** (round 162, from a day
   of real news, 2015-07-24).  The text stage ends a sentence at a stop with no space after it between two Arabic
   words (في إيطاليا.وذكرت الشرطة: one report of two sentences had been one long sentence, its evidence and roles
   mixed), not in acronyms, site names or a credit (إن.بي.سي، العربية.نت، .وفقا للفرنسية).  The actor stage's
   «الوزارة» points back to a state's body or minister, never to an armed group.  A side's reinforcements, convoys
   and strongholds (تعزيزات للحوثيين، معقل الجماعات المتطرفة) are containers of that side: what the act reaches,
   never its doer.  «بجميع أشكاله ومظاهره» is manifestations (lexicon); an unnamed crowd takes no country from an
   international body; «سيارتين» is no future verb; a question word (تأكيد متى وقعت، كيف) opens its act's clause.
   The actor stage reads a bare «المملكة» as the kingdom its text is about (the countries file's «called»: the
   last one named in its sentence, else the one the article names most; never the United Kingdom; not after a
   location preposition).  With it: the genitive of a noun of speech or stance followed by its ل object, past the
   noun's adjectives and a second noun with the genitive's pronoun, is its author (إدانة المملكة واستنكارها
   للجريمة: the kingdom condemns, the settlers are condemned); the party after «بقيادة» leads, it is no target.
183. **Acts that are none, and no state sanctioning itself** (round 163, from a day of real news, 2015-08-11, and
   the records round 162's «المملكة» brought in).  Lexicon: «إثبات أو نفي» denies nothing, «فقتلهم الله» is no
   killing, «لما تحمله المملكة من مسؤولية» no blame, «بما يسمح» no permission, «زيارة الرابط» no visit, «يهدد شبح
   الحصار» nobody's threat.  The first word of a quoted name after an indefinite body word (ائتلاف «دعم صندوق
   تحيا مصر») is no act; after a definite one it is that body's quoted words (إن الحزب «لن يقف مكتوف الأيدي»).  A
   sanction whose two sides are one state keeps the side named nearer the trigger (a clause comma counts as three
   words; one party for both is the one sanctioned), and a side whose country was only guessed from the other
   («السلطات» beside «السفير الفرنسي») goes back to its bare sector.  The actor stage reads «خارج / أراضي / على
   مستوى» before a country as a place, as «في».
184. **Who stands by, crashes, cans, cases** (round 164, from a day of real news, 2015-08-07).  «وقوف X إلى جانب
   Y»: the genitive X stands by (lexicon genitive source); a listed noun that is another listed noun with a pronoun
   (وقوفها beside وقوف) has its genitive already.  A crash told with its noun or a technical fault is an accident
   (cues), and people counted with only the sentence's country are its dead, no attacker.  «عبوة حليب» is a can.
   An act noun right after «قضية / ملف / حادث» (في قضية تفجير مسجد، وصف حادث التفجير) takes no doer from before
   it: the court or the speaker there did not do it.  After two joined nouns a dual adjective of both (إدانة
   المملكة واستنكارها الشديدين للتفجير) still leaves the genitive their author.
185. **A member's object** (round 165, from the records of 2015-07-25 and 07-21).  A party after a member or
   spokesman right after the verb, and after his body (دعا مسؤول في الأمم المتحدة الحكومة اليمنية، طالب أعضاء في
   البرلمان من الولاية الحكومة، ودعا متحدث باسم الأسرة وسائل الإعلام) is the verb's object, never its subject:
   the subject is the member, for his body when it is a party, else for nobody named (status._after_member).
186. **Meetings, pronouns, tolls, convictions** (round 166, from a day of real news, 2015-08-03).  A meeting noun's
   genitive meets the party after ب / مع (خلال لقاء رئيس الوزراء الباكستاني بالرئيس التركي، محادثات لافروف مع
   كيري) when nothing else gave it a source.  An honorific with its pronoun right after the verb (وحث سموه
   المتطوعين) is its uncoded subject, like a bare title; a present verb right after a subject pronoun that agrees
   with it (وهو يتوعد مجلس النواب، وهي تدعم) has the party after it as its object; a party past «بما / مما / عما /
   لما» is in the verb's object clause (أشاد بما قدمه رماة السعودية).  A toll told before an attack in a «عندما»
   clause (قتل جندي تركي … عندما انفجر لغم) gives the attack no source from its victims (merging._absorb_tolls).
   The party counted after «العشرات / المئات من» right after a killing is the one killed.  «ثبوت / ثبت إدانة» is a
   court's finding of guilt (116, sanction.convicted), and a verdict's «يقضي» (حكماً يقضي بثبوت إدانة، يقضي
   بالسجن) tells what was ruled, not a plan's content (content._verdict_term).  The actor stage's side: «للقضاء
   على» is eliminating and «تم أسرهم» a capture, neither the judiciary nor families.
187. **Starting an act, deploring, disorders** (round 167, from a day of real news, 2015-07-27).  A verb of starting
   (بدأ، شرع، باشر) is a verb of doing: the bare party after it did the ب-act that follows, also past a short
   adjunct of time or place (وبدأت تركيا في الأيام الأخيرة باستهداف داعش، قام شرطي أمريكي أبيض بإطلاق النار;
   parties._carried_out_by).  «استهجن» deplores (111).  A disorder one suffers from (المصابين باضطرابات التوحد،
   اضطرابات سلوكية) is no riot.  The actor stage's side: «أميركا اللاتينية / الجنوبية / الشمالية / الوسطى» is a
   continent, not the United States.
188. **Exchanges, attributions, decrees, aftermaths** (round 168, from a day of real news, 2015-08-11).  Exchanging
   fire, shelling or accusations (تبادلتا إطلاق النار مع الشرطة) is no talk, though «مع» follows.  An act noun
   followed within three words by «نسب» in the passive as well (هجمات نُسبت إلى حزب العمال) was done by the party
   after «إلى» (parties._attributed_after).  «يقضي» followed by a ب-noun of office (قراراً يقضي بتعيين العقيد
   محمد علي) stipulates; the name علي is no «على».  A noun right after «غداة / عقب / إثر» dates the promise or plan
   told before it by a past act (وعدت الحكومة بتعزيز الإجراءات غداة هجوم انتحاري): the act is not intended.
189. **Prevention denied, states of alert** (round 169, from a day of real news, 2015-07-24).  «لم تحل / لم يمنع …
   دون X» denies that anything prevented X: neither «لم» nor «دون» negates it, X happened (_prevention_denied).
   «في حالة / في حال» before a state noun (تأهب، طوارئ، حداد، استنفار) tells a state one is in, no condition: an
   act told after it keeps its status (STATE_NOUNS).
190. **Dawn and acting officers** (round 170, from the records of 2015-08-11).  «فجر وصباح أمس» is dawn, no «فجّر»
   (the bombing verb's block_after).  The actor stage's side: «بالنيابة» (acting, on behalf of) is no prosecution,
   unless an adjective of one follows (بالنيابة العامة).
191. **Counted victims and their adjectives** (round 171, from the records of 2015-08-09).  After a verb of
   killing, a party right after people counted (قتل أربعة أطفال وثلاث نساء، قتل فيه 32 ناشطا كرديا شابا) is their
   adjective or their list, not a killer beside them: the counted people are the target.  A counted crowd that
   storms (اقتحم عشرات المستوطنين المتطرفين) keeps its place as the subject.
192. **Pronoun subjects, unnamed doers, no doubt** (round 172, from the records of 2015-07-25 and 07-21).  A toll's
   own target is the attack's victim whatever its sector (قتل قيادي في تنظيم القاعدة في غارة: merging._absorb_tolls).
   A verb right after «إنها / أنهم» agreeing with the pronoun has its subject there; the party after it is its
   object, or its target when the act names none with its own preposition (وإنها اعتقلت مواطنين اثنين؛ not
   «استدعت سفيرها لدى طهران»).  A construct no party covers between «شن / نفذ» and a force noun (وشنت طائرات
   التحالف غاراتها، وشن طيران التحالف) is the doer, so no party before the verb is its source; a time or a place
   there (نفذت يوم السبت، نفذت في العراق) is not (parties._unnamed_light_subject).  «لا شك / لا ريب» negates
   nothing.  A plural verb past a comma does not agree with one person the lexicon names (قبل الناخبون بتوصية
   تسيبراس، ورفضوا).  A bare «قيادة» after مع / على / إلى stands for the party it leads (بحثت … مع قيادة السلطة
   المحلية).  The learned backstop takes no coded noun act's light verb as a second act (بعث … ببرقية تهنئة).
193. **Witnesses, the dead, passives, the article** (round 173, from the records of 2015-07-31).  The party right
   after a relative verb of witnessing after a force noun (أسوأ هجوم تشهده الكويت) is where it took place, not its
   doer (parties._witnessed_after); the sides named further on (بين المقاومة والحوثيين) keep their roles.  A party
   in the genitive of a death or wound (ما أسفر عن مقتل الشرطي محمود أويار، ومصرع مدني) does no later killing
   (parties._killed_genitive).  A vehicle is a container of its owner (هاجمت مجموعة سيارة شرطة).  A verb of force
   followed by «من قبل / على يد» is a passive: the party before it is the victim, the agent or the body its members
   belong to the doer (الملا عمر قتل من قبل قياديين بارزين في طالبان: parties._agent_member).  A verb form read
   past the article is no verb (والدهما, their father, is no «دهما»).  A recording or a picture that spread (وفي
   تسجيل انتشر) is no deployment; devices searched for (بحثاً عن عبوات ناسفة) were not planted by the searchers.
   One's own envoy named by a pronoun after «إنها» (استدعت سفيرها في طهران) is no target.
194. **Sides, victims, opening phrases** (round 174, from the records of 2015-08-04, 08-08 and 08-10).  After the
   first side of a clash «من جهة» marks it, the party after is the other side, its target (بين قوات الأسد وحزب
   الله من جهة والمعارضة السورية من جهة أخرى), not a copy of the first.  A verb of force followed by «وأصيب»
   (أن جنديا أميركيا قتل وأصيب آخرون) is a passive, singular or plural.  A party in the genitive of a noun inside the
   phrase that opens the sentence with a preposition (وفي أول رد فعل على قرارات العبادي طالب النائب) is in that
   phrase, not the subject of the singular verb after it (parties._in_fronted_adjunct); «قرارات» is a container like
   «قرار».  A subsidy of a price (دعم سعر البنزين), a hijacked state (اختطاف مكتسبات الدولة), a court's finding of
   guilt (ثبت لدى المحكمة إدانته), a master stroke (ضربة معلم) and «ظلماً وعدواناً» are no events between parties.
195. **Readiness** (round 175, from the records of 2015-08-02).  Readiness to face, repel or receive (استعدادها
   لمواجهة التقلبات الجوية، مستعدون للتصدي) is preparedness, not the willingness to cooperate (030) that «استعداده
   ل…» otherwise tells (lexicon block_after).
196. **Postponed, sought** (round 176, from the records of 2015-07-26).  Only the word itself is a verb of
   postponing after a noun act, not a place read past its first letter (بمديرية باجل is no «أجل»:
   status._put_off).  The light verb of a deal with the «ل» of purpose (اتصالات بين حماس وإسرائيل للتوصل إلى هدنة)
   names its aim: the deal is intended, not reached.
197. **Letters received, adjuncts, natural deaths** (round 177, from the records of 2015-08-09).  The receiver of a
   letter or a call whose sender is no party (قيادة جماعة الحوثي تسلمت أمس رسالة إنذار من المقاومة الشعبية) is its
   target, not its sender.  A relative clause past a new adjunct joined by و (وبعد الخسائر التي تكبدتها قوات
   الحكومة) names no party of the act before it (parties._doer_of_object).  Deaths from a disease, an accident or a
   flood (تفشي داء الفيالقة … وأسفر عن مقتل عشرة أشخاص) are no act of force, unless the sentence tells an attack
   (senses._natural_death).
198. **Names between commas, drones, loans** (round 178, from the records of 2015-07-22).  A name set off by commas
   after a form of address right after the subject (أشاد وزير الأوقاف الأردني، الدكتور هايل داود، بالتوسعة) is the
   subject's own name, no object.  A country's adjective or an aircraft right before «مسيرة» (طائرة استطلاع
   أمريكية مسيرة) makes it a drone, no march; a loan for next season (بنظام الإعارة، الموسم المقبل) is sport.
199. **Attacks in words** (round 179, from the records of 2015-07-21).  An attack that the next words describe as a
   party's failing (يهاجم السعودية، ويصفها بأنها …؛ بالفاشل) is criticism, not force (verbal cues); not a participle of
   accusing after an attack denied (نفى الجيش أن تكون طائراته قصفت المدنيين، متهماً المتمردين), nor «باءت بالفشل».
   A campaign or sanctions that «تستهدف» people (حملة تستهدف المصابين، العقوبات تستهدف أربعة أفراد) are no attack.
200. **One's own dead** (round 180, from the records of 2015-08-03).  A side's own dead named with their pronoun
   (قبوراً أقامها الحوثيون لقتلاهم، عائلات قتلانا) are buried or mourned, not killed in an act the sentence tells
   (lexicon exclude).
201. **Relative clauses going on** (round 181, from the records of 2015-08-03).  A verb joined by و after a comma
   goes on with the relative clause before it (الذي يرعى هذه العصابات، ويدعم الاستيطان): the party right after the
   relative's own verb is that verb's object, not the subject of the verb joined to it
   (parties._object_of_relative_verb).
202. **Reactions aimed at the act's doer** (round 182, from the dev split's missed targets and the records of
   2015-07-31).  A reaction — condemning, criticising, describing, rejecting, welcoming — with no target of its own
   whose object is an act another side did is aimed at that act's doer: an act coded where the object stands, the
   act told earlier in the sentence named again by a definite noun (شنت إسرائيل غارات …، ونددت موسكو بالغارات;
   a force noun looks back at force only), or the verb's pronoun when the verb's subject follows it (رفضته جبهة
   البوليساريو، وهو ما نددت به بكين) — unless a relative clause's head names something else (الموقف الذي رحب به).
   A verb joined by و after a comma that takes its object only through ب (ندد، رحب، أشاد، نوّه), with a coded party
   right after it and ب after that party, has that party as its own subject (parties._reacted_act,
   parties._subject_before_prep_object).
203. **One person told twice** (round 183, from the records of 2015-07-21 to 08-09).  A bare title right before the
   lexicon's name of its holder, each coded alike (الرئيس الفرنسي فرنسوا هولاند، زعيم حركة طالبان الجديد الملا أختر
   منصور: a given name the lexicon left out, an adjective such as الجديد / السابق may stand between), or such a name
   right before the title of an international body's or a group's office (نبيل العربي الأمين العام لجامعة الدول
   العربية), is the subject told twice: the second is no target.  A title that carries a name of its own is another
   person (النجيفي … رئيس الوزراء السابق نوري المالكي), and a state officer's title after a name may be the verb's
   object (استقبل ظريف السفير الإيراني) (parties._one_person_twice).
204. **Exceptions, deaths met, rulings** (round 184, from the records of 2015-07-21 to 08-10).  «لم … سوى / إلا»
   restricts a past act rather than denying it (لم تقصف تركيا التنظيم سوى ثلاث مرات، لم يفرج عنه إلا بعد عامين): the
   act is asserted; «إلا أن» (however) and «إلا إذا / إلا في» (unless) keep the negation (_restricted_by_exception).
   The dead before a trailing death noun (لقي شرطي مصرعه) are its target also when a bare party after the noun was
   read as the target: that party is the killer (… إثر قيام مسلحين بإطلاق النيران).  «يقضي ب…» right before a
   ruling's word (حكماً يقضي بإدانة مواطن بالتستر على أحد المقاتلين) stipulates; it kills no one (lexicon block_after).
205. **Force on another state's ground** (round 185, from the dev split's missed targets).  Force with no target
   whose object — the verb's, or what follows «على» right after a noun — is a town or capital with its head (على
   العاصمة الأوكرانية كييف), an installation with a country's adjective or a town after «في» (المنشآت النووية
   الإيرانية، مصفاة النفط في مدينة ريازان) is aimed at that country, bare as the gold codes a state's land (GUIDELINES
   §1); towns and homes with the adjective are its civilians (على المدن الإسرائيلية → ISRCVL).  Only for an actor of
   a known state, never on its own ground; an installation with a pronoun (قواعده) is its owner's (_struck_ground).
206. **A state's incursion into another's land** (round 186, from the dev split's missed targets).  An incursion,
   occupation or seizing of control (CAMEO 192) by a state's forces told in a place («في») of another country is
   aimed at that country, as section 24's operations are (توغلت القوات التركية في شمال العراق → IRQ); a group with
   no state behind it seizing a town is a civil war's, aimed at no state (parties._foreign_ground).
207. **Sent far** (round 187, from the dev split's missed targets).  Aid or troops a named sender sends «إلى» a
   country past a long cargo in the same clause (أرسلت الحكومة المكسيكية سفينتين … محملتين بأكثر من 1600 طن من
   المواد الغذائية … إلى كوبا) go to that country, up to 24 words from the verb; with no sender named the far «إلى»
   names no one (SENT_TO_REACH in _place_target).
208. **Vetoes and conditions** (round 188, from the dev split's missed targets).  A veto with no target is cast in
   the UN Security Council: the council named in the sentence, or, unnamed, the draft resolution it kills (مشروع
   قرار) stands for it (IGOUNO, the gold's code); a veto of a law names no UN body, and a council read as the vetoing
   party is no target of itself (parties._veto_body).  A condition (اشترط الأسد انسحاب القوات التركية، اشترطت حماس
   انسحاباً لقوات الاحتلال) is set to the party whose act it names right after the verb and its subject, a state's
   organ as its government (TURGOV); one's own side's act names no target (parties._conditioned_party).
209. **A response threatened for an act** (round 189, from the dev split's missed targets).  A threat of a response
   «على» an act (سترد على أي اعتداء إسرائيلي، برد حاسم على المناورات المشتركة بين واشنطن وسيول) is aimed at the act's
   doer: the country adjective right after the act noun (its government), or the party named with it or after
   «بين»; not a place the act reaches (عبر الحدود السورية), nor the threatener's own people (_answered_party).
210. **Threatened ground** (round 190, from the dev split's missed targets).  A threat of force named with ب
   (باستهداف، بضرب، بقصف) on another state's ground, read as section 205 reads it (هددت جماعة الحوثي باستهداف منشآت
   نفطية سعودية), is aimed at that state's government (_threatened_ground, _ground_at).
211. **A clause joined by و after the object** (round 191, from the records of 2015-08-10).  A verb joined by و — on
   itself or on its negator (ولم تقصف، وتدعمها) — right after a party (past that party's own adjectives with the bare
   article), with a coded party right after the verb, has that party as its subject: the one before is the object
   of the clause before, for a subject before its verb takes no و (استهدفت المتمردين الأكراد ولم تقصف تركيا التنظيم؛
   غارات تقودها السعودية وتدعمها الولايات المتحدة) — when the verb holds its object or an object follows that party;
   a party alone after the verb is its object, the subject shared (التي يقوم بها الحوثيون وتستهدف المارة في
   الشوارع) (parties._wa_verb_with_subject_after).
212. **An audience is no target** (round 192, from the records of 2015-07-31).  The party inside a phrase of «أمام»
   (ندد الوزير أمام لجنة الدفاع بمجلس الشيوخ بالأنشطة …) is the audience a verbal act is made before, never its
   target; material acts keep «أمام» as a place (parties._before_an_audience).
"""

from __future__ import annotations

import bisect
from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date as Date
from types import MappingProxyType

from hadath.events.backstop import is_backstop
from hadath.events.content import (
    DEAL_TERM_WHY,
    DENIED_CHARGE_WHY,
    SCOPING_ROOTS,
    TIME_INTROS,
    _actor_label,
    _approved_form,
    _background_clause,
    _conjoined_finite,
    _content_scopes,
    _decided_by,
    _denied_charge,
    _meeting_setting,
    _nounish,
    _others_request,
    _own_light_verb,
    _periphrasis,
    _plan_content,
    _relative_done,
    _spoken_by_meeting,
    _stipulated_term,
    _told_as_done,
    _told_with_own_actor,
    _undertaken_by,
)
from hadath.events.frames import (
    AGO_WORDS,
    BACKGROUND_INTRO,
    HISTORY_YEARS,
    IMAGINE_VERBS,
    RESUMPTIVES,
    YEAR_WORDS,
    _anchored,
    _copula_dated,
    _copula_relative,
    _dated_history,
    _dates_a_noun,
    _earlier_year,
    _explicit_years,
    _frame_start,
    _future_predicate,
    _habitual,
    _history_in_background,
    _imagined,
    _later_clause,
    _named_tokens,
    _object_relative,
    _old_month,
    _pluperfect,
    _pluperfect_speech,
    _possible,
    _prior_clause,
    _record_or_repeat,
    _relative_of_background,
    _tag_line,
    _told_as_earlier,
    _trend_or_habit,
    _whether_clause,
    _writer_act,
    _years_ago,
)
from hadath.events.grammar import (
    CASUALTY_PATTERNS,
    CLAUSE_PUNCT,
    COMPLEMENTIZERS,
    FORCE_TYPES,
    HONORIFIC_PRONOUNS,
    NAME_LINKS,
    PREPOSITIONS,
    PRONOUN_COMPLEMENTIZERS,
    QUOTE_MARKS,
    QUOTE_PUNCT,
    RECEIVE_WORDS,
    RELATIVES,
    STATE_SIDE,
    TOLL_LINKS,
    WHAT_RELATIVES,
    _apodosis,
    _aside_end,
    _bare_word,
    _clause_start,
    _conjoined_future,
    _consequence_roles,
    _consequential_ma,
    _country,
    _definite,
    _has_any,
    _has_pronoun_suffix_norm,
    _joined_by_wa,
    _light_verb_at,
    _monitor,
    _negating_ma,
    _norm_forms,
    _object_pronoun,
    _same_country,
    _same_side,
    _taa_marbuta_clipped,
    _window_before,
    _word_before,
    _words,
    governing_speech,
)
from hadath.events.lexicon import CUE_KINDS, EventLexicon, Pattern, conjugate
from hadath.events.merging import (
    RESULT_WORDS,
    _absorb_tolls,
    _claimed_attack_told,
    _merge_in_sentence,
)
from hadath.events.numbers import CARDINAL_WORDS, extract_size, parse_number
from hadath.events.parties import (
    ACCUSE_VERB_PATTERNS,
    APPOSITION_TITLES,
    BUILDING_HEADS,
    CAUSE_AFTER_IN,
    CONTAINER_NOUNS,
    CONTAINER_OBJECT,
    FORCE_HEADS,
    KIND_ADJECTIVES,
    PERFORMED_VERBS,
    STEP_BACK_REFS,
    TWO_WORD_PREPS,
    _act_noun_genitive,
    _act_noun_object,
    _against_target,
    _agent_member,
    _also_after_comma,
    _announced_own_loss,
    _attributed_after,
    _attributed_to,
    _attribution_verb,
    _before_an_audience,
    _border_target,
    _called_foreign,
    _carried_out_by,
    _casualty_described,
    _chained_nisba,
    _chaired_by,
    _charge_follows,
    _circumstantial,
    _civil_object,
    _civil_words,
    _claimed_act,
    _clause_after_comma,
    _commented_on,
    _condition_subject,
    _conditioned_party,
    _conditioning_act,
    _conjoined_main,
    _conjoined_pronoun_object,
    _coordinated,
    _count_between,
    _counted_nationals,
    _counted_of,
    _counted_of_them,
    _counterpart_of_source,
    _crowd_country,
    _dead_named_before,
    _describes_attack_noun,
    _dispersed_crowd,
    _document_subject,
    _doer_of_object,
    _domestic_country,
    _envoy_country,
    _expressed_for,
    _feminine_object,
    _first_object,
    _first_person,
    _foreign_ground,
    _found_device,
    _gap,
    _gathered,
    _gathering_target,
    _genitive_of_prefixed_noun,
    _genitive_then_lam,
    _government_of,
    _holder_after_title_body,
    _holder_of_body,
    _honorifics_between,
    _honoured_name,
    _in_fronted_adjunct,
    _in_relative_clause,
    _informed_of,
    _joint,
    _killed_genitive,
    _kind_adjective,
    _lam_people,
    _later_clause_openings,
    _led_by,
    _left_boundary,
    _light_noun_genitive,
    _linked_to,
    _listed_countries,
    _located,
    _long_titled_subject,
    _main_subject,
    _masculine_object,
    _member_object,
    _met_with,
    _mourned_between,
    _name_apposition,
    _name_of_subject,
    _named_place,
    _noun_subject_before,
    _object_after_genitive,
    _object_hit,
    _object_of_relative_verb,
    _object_slot,
    _object_start,
    _one_party,
    _one_person_twice,
    _opener_subject,
    _other_noun_complement,
    _other_parties,
    _other_side,
    _outcome_parties,
    _own_envoy,
    _owned_object,
    _parenthesised_apposition,
    _party_after_objectless_verb,
    _passing_target,
    _passive_force,
    _past_noun_adjectives,
    _past_subject,
    _performed_by,
    _permitted_doer,
    _plural_past,
    _possessive_noun,
    _prep_of,
    _prep_of_word,
    _pronoun_object_roles,
    _proposal_arg,
    _quoted_name_head,
    _reacted_act,
    _reaction_to_step,
    _relative_aside,
    _reporter,
    _result_victims,
    _resumed_as_object,
    _right_boundary,
    _riot_crowd,
    _singular_before_plural_verb,
    _site_of,
    _sovereign_owner,
    _spelt_as_its_noun,
    _states,
    _stood_behind,
    _subject_before_prep_object,
    _subject_in_the_verb,
    _told_in_it,
    _told_to,
    _toll_performer,
    _toll_victims,
    _topic_subject,
    _trigger_preposition,
    _unnamed_light_subject,
    _verb_after_noun,
    _veto_body,
    _victims,
    _voweled_passive,
    _wa_after_comma,
    _wa_verb_with_subject_after,
    _withdrawn_from,
    _witnessed_after,
    _witnessed_by,
)
from hadath.events.records import Arg, Coded, Speech
from hadath.events.roles import (
    DOMESTIC_CONCESSIONS,
    IGO_NISBA,
    MATERIAL_TARGET_TYPES,
    MODIFIERS,
    PEOPLE_NOUNS,
    PROPOSAL_HEADS,
    STATE_SECTORS,
    TERRITORY_HEADS,
    answering_state,
    civilians_at,
    context_country,
    fill_countries,
    is_bare_country,
    is_generic,
    nisba_sector,
    state_country,
    state_source,
    state_target,
    synthetic_mention,
    with_code,
)
from hadath.events.senses import (
    DEMONSTRATIVES,
    MEETING_WORDS,
    NOUN_GOVERNORS,
    ORG_HEADS,
    QUOTED_NAME_HEADS,
    RECALL_CODE,
    VERB_NEGATORS,
    _admits_loss,
    _characterised_or_generic,
    _compound_head,
    _crowd_act,
    _dawn,
    _demanded,
    _draft_text,
    _endangers,
    _foiled,
    _governed_noun,
    _insists_that,
    _likened,
    _listed_noun,
    _mines_as_things,
    _named_body_purpose,
    _natural_death,
    _needed_near,
    _needed_or_compared,
    _negated_any,
    _nominal_use,
    _not_the_act_it_reads_as,
    _ordered,
    _other_sense,
    _participle_of_state,
    _political_withdrawal,
    _possessed_noun,
    _prayer_or_unnamed,
    _private_party,
    _recall_purpose,
    _routine,
    _rumour_denial,
    _running_toll,
    _student,
    _surname,
    _verbal_force,
    _window_after,
)
from hadath.events.status import (
    AUXILIARIES,
    TRAILING_CLAIMS,
    _after_member,
    _attributions,
    _carrying_verb,
    _clipped_particle,
    _conditional_in,
    _content_end,
    _content_start,
    _deny_scope,
    _future_auxiliary,
    _future_imperfect,
    _future_light_verb,
    _future_verb,
    _joined_conditional,
    _member_of,
    _never_happened,
    _other_statement,
    _outlet_lead,
    _own_report,
    _pronoun_subject,
    _proviso,
    _purpose_light_noun,
    _put_off,
    _relative_toll_between,
    _reporters,
    _scheduled_trip,
    _sentence_outlet,
    _soon_after,
    _speaker,
    _state_outlet,
    _time_of_other,
    _unknown_speaker,
    _unsplit_future,
    _warning_as_threat,
)
from hadath.model import ActorMention, DateMention, PlaceMention, Sentence, Size, Token
from hadath.text.matcher import PhraseMatch
from hadath.text.normalize import SHADDA, normalize

# the organised society of a state (unions, parties, the opposition, the press, schools, firms, clergy), whose
# country names an unnamed state organ beside it (round 97); not civilians or armed groups, who are as often a
# foreign force's victims or foes (قوات الشرطة … على المواطنين الفلسطينيين)
SOCIETY_SECTORS = frozenset({"LAB", "OPP", "PTY", "EDU", "MED", "BUS", "NGO", "REL", "HLH", "AGR"})
PREDICATE_OPENERS = PRONOUN_COMPLEMENTIZERS | frozenset({"بانهما"})  # «describe them as …» (round 103)
PRONOUN_SUBJECTS = frozenset({"هذا", "هذه", "ذلك", "تلك", "هو", "هي", "هم", "التي", "الذي", "الذين", "ما",
                              "وهذا", "وهذه", "وهو", "وهي", "وذلك", "مما"})
DEMONSTRATIVE_SUBJECTS = frozenset({"هذا", "هذه", "ذلك", "وهذا", "وهذه", "وذلك", "فهذا", "مما"})
ADJUNCT_INTRO = frozenset({"خلال", "اثناء", "هامش", "ختام"})
CALL_STEM = normalize("دعا")  # the verb of calling and inviting, which «ادّعى» (claim) resembles without its shadda
JUSSIVE_NEGATORS = frozenset({"لم", "ولم", "فلم", "لما", "ولما", "الم", "اولم"})  # the words a short jussive follows
AGAINST_TYPES = frozenset({"ASSAULT", "COERCE", "THREATEN", "SANCTION", "ACCUSE", "PROTEST", "MOBILIZE"})
# a charge or a penalty names what the other side did with ب / بسبب; a ضد after it is that act's victim
CHARGE_TYPES = frozenset({"ACCUSE", "SANCTION"})
# Section 32: a country's land, waters or airspace (الأراضي الليبية، المياه الإقليمية الإيرانية) that force falls
# on or a withdrawal leaves: that country (troops sent there are left to the pattern: the dev gold names no target)
TERRITORY_TYPES = frozenset({"ASSAULT", "RETREAT", "COERCE"})
TERRITORY_QUALIFIERS = frozenset({"الاقليميه", "الجوي", "الوطني"})
TERRITORY_PREPS = frozenset({"من", "داخل", "علي", "الي", "في", "عبر", "نحو", "خارج"})
TERRITORY_REACH = 10
AGENT_PREPS = frozenset({"ل", "من قبل", "علي يد"})
RECEIVED_REACH = 7  # words from the receiver to the letter or call it received (في المحافظة تسلمت أمس رسالة)
WITNESS_SUBJECT_REACH = 2  # words from «تشهده / شهدتها» to the place that witnessed the act (المحافظة، مديرية X)
PASSIVE_AGENT_PREPS = AGENT_PREPS - {"ل"}  # «من قبل / على يد»: the agent of a passive
# "تعليقها من الجانب الروسي": after a noun trigger, من + the side of a party names who did it.
SIDE_HEADS = frozenset({"الجانب", "جانب", "الطرف", "طرف"})
# Suspending an agreement: the party that suspends it acts against the other parties named "between".
AGREEMENT_SUSPENSIONS = frozenset({"sanction.suspend_agreement", "sanction.suspend_agreement_back"})
# Words after which the parties of a joint act are listed: "مناورات بين الجيشين"، "مناورات بمشاركة قوات من X وY".
PARTICIPANTS_HEADS = frozenset({"بين", "بمشاركه"})
BETWEEN_REACH = 8  # "عودة اتفاقية أمن التحليقات بين البلدين": the parties of a joint noun after its complement
NEG_WINDOW = 3
TV_SERIES_WORDS = frozenset({"مسلسل", "المسلسل", "لمسلسل"})  # a TV series, or a run of acts before a definite noun
# Verbs of continuing that a negation turns into "still" (لا يزال، ما زالت، لم يبرح، لا تنفك), normalized.
STILL_VERBS = frozenset({
    "زال", "زالت", "زالوا", "يزال", "تزال", "يزالون", "يزالان", "تزالان", "ازال", "نزال", "يزل", "تزل", "يزالوا",
    "برح", "برحت", "يبرح", "تبرح", "فتي", "فتيت", "يفتا", "تفتا", "انفك", "انفكت", "ينفك", "تنفك",
})
# round 22: «ولا سيما الهجوم على الجامعة» means "especially the attack": no negation, like the verbs of continuing
CONDITIONS_BEFORE_NEGATOR = frozenset({"اذا", "واذا", "فاذا", "ان", "وان", "فان", "لو", "ولو"})  # إذا لم، إن لم
# round 36: «طائرة من دون طيار» (a drone) negates nothing either; round 122: nor do «دون استثناء / تمييز / توقف /
# تردد» (without exception, distinction, stopping, hesitation), which say how an act was done
# (round 172: nor does «لا شك / لا ريب» — no doubt — which asserts what follows: مما لا شك فيه أن توقيع الاتفاق)
NOT_NEGATING_AFTER = STILL_VERBS | {"سيما", "طيار"} | _words("استثناء", "تمييز", "توقف", "انقطاع", "تردد", "هوادة",
                                                            "شك", "ريب", "مراء")
SUMMON_PATTERN = "accuse.summon"
SELF_DISARM_ROOT = "087"  # de-escalation (ألقت الحركة سلاحها): done by its actor to no one
PASSIVE_AUX = _words("تم", "وتم", "يتم", "ويتم", "سيتم", "وسيتم", "تمت", "وتمت", "جرى", "وجرى", "يجري")
LOCATION_WINDOW = 6
# Section 20: verbal acts made when told, a future time after them their content's (not 03: "اتفقا على عقد اجتماع
# السبت المقبل" is the meeting planned)
DATED_CONTENT_ROOTS = SCOPING_ROOTS - {"03"}
FUTURE_ADJECTIVES = frozenset({"المقبل", "المقبله", "القادم", "القادمه", "المرتقب", "المرتقبه",
                               "مرتقب", "مرتقبه"})  # "زيارة مرتقبة": indefinite, after an indefinite noun
# Section 32: verbs of receiving (and of obtaining, حصل على) whose subject is the one an aid noun helps
RECEIPT_VERBS = RECEIVE_WORDS | frozenset({"حصل", "حصلت", "يحصل", "تحصل", "نحصل", "الحصول", "للحصول"})
RECEIPT_REACH = 8
RECEIPT_PATTERNS = frozenset({"aid.received_arms"})
EXPOSED_WORDS = frozenset({"تعرض", "تعرضت", "تعرضوا", "تعرضا", "تعرضتا", "يتعرض", "تتعرض", "يتعرضون",
                           "تعرضها", "تعرضه", "تعرضهم", "لتعرض", "بتعرض"})  # X تعرض لـ<event>: X is its target
PLACE_NOT_TARGET = frozenset({"في", "ب", "مع", "عند", "بين", "حول"})  # a place after these is where, not whom
ADVERBIAL_NOUNS = frozenset({"احتجاجا", "تضامنا", "تنديدا", "رفضا", "تاييدا", "دعما"})
MEETING_TYPES = frozenset({"CONSULT", "AGREE"})  # a meeting told within a visit or call is part of it
DURING_IT = frozenset({"خلالها", "خلاله", "اثناءها", "اثناءه", "خلالهما"})
SAID_IN_IT = DURING_IT | {"فيه", "فيها"}  # round 152: "اتصالاً هاتفياً … أعرب فيه": what was said in the call
HEADLINE_TOKENS = 16  # a verbless headline is short
VERBAL_QUADS = (1, 3)
# Heads that are things, never agents: a bare verb-looking word after them is a verbal noun (قانون حظر).
THING_HEADS = _words("خطوط", "خط", "رقم", "أرقام",  # «خطوط هاتف»: phone lines, not «هاتَفَ» (phoned)
                     "صفقة", "صفقات", "مركز", "مراكز", "معسكر", "معسكرات", "مستودع", "مستودعات", "مخزن", "مخازن", "قانون", "قوانين",
                     "مشروع", "مسودة", "لائحة", "قائمة", "قوائم", "كاسحة", "كاسحات", "برنامج", "برامج")
DISAPPOINTMENT = _words("خيبة", "وخيبة", "بخيبة")  # خيبة أمل is the loss of a hope, not a hope
# "أقدم على قتل"، "تمكنوا من قتل"، "أعرب عن تضامنه": the verbal noun after these is the act itself.
UNDERTAKE_VERBS = _words("أقدم", "أقدمت", "أقدموا", "يقدم", "تمكن", "تمكنت", "تمكنوا", "يتمكن", "تتمكن", "نجح",
                         "نجحت", "نجحوا", "عمد", "عمدت", "عمدوا", "شرع", "شرعت", "شرعوا", "بادر", "بادرت",
                         "أعرب", "أعربت", "يعرب", "تعرب", "معربا", "معربة", "معربين", "عبر", "عبرت", "يعبر", "تعبر",
                         "معبرا", "معبرة", "معبرين", "أبدى", "أبدت", "يبدي", "تبدي")
NEG_OBJECT_REACH = 7  # a negated verb's object noun stands this close after the particle


def _undertaken_with_min(tokens: Sequence[Token], first: int) -> bool:
    """«تمكنت المقاومة من قتل …»: the act right after «من» that follows a verb of managing or setting about."""
    return first > 1 and tokens[first - 1].norm == "من" and any(
        _has_any(tokens[k], UNDERTAKE_VERBS) for k in range(max(0, first - 5), first - 1))
AUX_WINDOW = 4  # a future auxiliary (ستبدأ، سيتم) this close before a trigger makes it intended
FUTURE_DATE_REACH = 15  # tokens after the trigger in which its own date may stand
UNTIL_WORDS = _words("إلى", "الى", "حتى", "لغاية", "موعد", "أرجأ", "أرجأت", "تأجيل", "أجل", "أجلت", "إرجاء")
# An announced coercive act under a condition becomes this threat code (by the act's own CAMEO code).
THREAT_CODES: Mapping[str, Mapping[str, str]] = MappingProxyType({
    "ASSAULT": MappingProxyType({"": "138"}),
    "MOBILIZE": MappingProxyType({"": "138"}),
    "COERCE": MappingProxyType({"": "137", "191": "1381", "192": "1382", "1724": "1324", "1723": "1323"}),
    "SANCTION": MappingProxyType({"": "131", "161": "1313", "163": "1312", "164": "134", "1622": "1311"}),
    "REJECT": MappingProxyType({"": "130"}),
    "PROTEST": MappingProxyType({"": "133"}),
})
PLACE_TARGET_REACH = 12  # a place after the target preposition may follow a long object
SENT_TO_REACH = 24  # round 187: the «إلى» of aid or troops sent, past a long cargo in the same clause
LOCATIVE_PREPS = frozenset({"ب", "في"})  # a place after these is where, before it is whom
NEAR_TARGET = 3  # a party this close after the trigger with its preposition is the target before any place
BLAME_VERB_PATTERNS = frozenset({"accuse.blame_verb"})
RESPONSIBILITY_WORDS = _words("المسؤولية", "مسؤولية")
VOTE_WORDS = _words("الانتخابات", "انتخابات", "الاستفتاء", "استفتاء", "الاقتراع")
VOTE_REACH = 2  # words from a boycott to the vote it boycotts (مقاطعتها الانتخابات، قاطع … وحلفاؤه الانتخابات)


def _boycotted_vote(tokens: Sequence[Token], last: int) -> bool:
    """Round 132: a boycott of an election or a referendum (قاطعت أحزاب المعارضة الانتخابات التشريعية) is a protest
    against the government that holds it; a boycott of a company or its goods is not."""
    return any(_has_any(tokens[k], VOTE_WORDS) for k in range(last + 1, min(len(tokens), last + 1 + VOTE_REACH)))


DOMESTIC_RESTRICTIONS = frozenset({"172", "1723", "1724"})
HOSTAGE_NOUNS = frozenset({"assault.abduct"})
JOINT_DRILLS = frozenset({"mobilize.drill"})
# joint acts of armed forces: two country adjectives after them name two militaries (التدريب المصري السوداني)
DRILL_NOUNS = _words("تدريب", "التدريب", "تدريبات", "التدريبات", "مناورات", "المناورات", "مناورة", "المناورة",
                     "تمرين", "التمرين", "تمارين", "التمارين", "دورية", "الدورية", "دوريات", "الدوريات")
# "ردّت باريس بالمثل بطرد …": in kind — no "مثل" that gives an example of a past act
IN_KIND = _words("بالمثل", "وبالمثل", "بمثله", "بمثلها")
# officials named by title alone in an attribution (وفق ما أعلنه وزير الداخلية)
OFFICIAL_TITLES = _words("وزير", "الوزير", "وزيرة", "رئيس", "الرئيس", "رئيسة", "المتحدث", "متحدث", "الناطق", "ناطق",
                         "محافظ", "المحافظ", "قائد", "القائد")
# verbal nouns whose genitive is what they act on, unless an object follows it (استهداف المصلين / استهداف الميليشيا
# مطار أبها)
DOER_GENITIVE_PATTERNS = frozenset({"assault.targeting"})
# titles of address and profession before a person's name: the statistical tagger's name after one is a name,
# not a verb («والمهندس نصر الهنداوي» is no «نُصرّ», we insist)
NAME_TITLES = _words("المهندس", "المهندسة", "الدكتور", "الدكتورة", "الشيخ", "الشيخة", "الأستاذ", "الأستاذة",
                     "السيد", "السيدة", "المحامي", "المحامية", "الحاج", "الحاجة", "الملا", "العقيد", "اللواء",
                     "العميد", "الرائد", "النقيب", "المقدم", "الفريق", "الزميل", "الزميلة", "الفنان", "الفنانة",
                     "اللاعب", "اللاعبة", "الكاتب", "الكاتبة", "الشاعر", "الشاعرة", "المخرج", "المخرجة")
# (a crowd storming a building riots too, §30: «المتظاهرون اقتحموا مقر البرلمان» is no raid of 1711)
STORM_PATTERNS = frozenset({"assault.storm", "assault.attack", "assault.targeting", "assault.arson", "coerce.storm_building"})
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
# Verbs of striving: the verbal noun after their إلى is an aim (تسعى القوات إلى إحكام سيطرتها).
AIM_VERBS = _words("سعى", "سعت", "يسعى", "تسعى", "يسعون", "هدف", "هدفت", "يهدف", "تهدف", "ترمي", "يرمي", "تطمح",
                   "يطمح", "حرص", "حرصت", "يحرص", "تحرص")
# "ووصف الهجوم بأنه …"، "واصفاً القرار بأنه …": the noun a speaker describes is an act already told, not a new one.
DESCRIBE_VERBS = _words("وصف", "وصفت", "وصفوا", "يصف", "تصف", "واصفا", "واصفة", "واصفين", "ووصف", "ووصفت")
CONSEQUENCE_THREATS = frozenset({"threaten.consequence", "threaten.response", "threaten.warn_response"})
# Region adjectives that name the organisation holding a summit (القمة العربية → the Arab League).
SUMMIT_NOUNS = _words("قمة", "القمة", "مؤتمر", "المؤتمر", "اجتماع", "الاجتماع")
SUMMIT_HOSTS: Mapping[str, str] = MappingProxyType({
    normalize("العربية"): "IGOARL", normalize("الخليجية"): "IGOGCC", normalize("الأفريقية"): "IGOOAU",
    normalize("الإفريقية"): "IGOOAU", normalize("الإسلامية"): "IGOOIC", normalize("الأوروبية"): "IGOEUREEC",
    normalize("عربية"): "IGOARL", normalize("خليجية"): "IGOGCC", normalize("أفريقية"): "IGOOAU",
    normalize("إسلامية"): "IGOOIC", normalize("أوروبية"): "IGOEUREEC"})
AFTER_WORDS = _words("بعد", "وبعد")

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


REPORTER_SECTORS = frozenset({"MED", "NGO", "HRI"})  # who tells about an act after «عن» (round 110)
EMBASSY_PATTERNS = frozenset({"coop.embassy", "coop.embassy_reopen", "coop.embassy_return", "sanction.close_embassy"})
ORIGIN_STOPS = frozenset({"في", "الي"})  # a place after «في / إلى» after «من» is where the act goes, not its origin


def _origin_or_venue(tokens: Sequence[Token], place: PlaceMention) -> bool:
    """Round 114: a place named as where aid comes from (فرق إنقاذ من ألمانيا ورومانيا) or as a conference's venue
    (مؤتمر بروكسل للمانحين) is not where it is delivered."""
    k = next((j for j, t in enumerate(tokens) if t.start <= place.start < t.end), None)
    if k is None or k == 0:
        return False
    if _has_any(tokens[k - 1], MEETING_WORDS):
        return True
    before = [tokens[j].norm for j in range(max(0, k - 3), k)]
    return "من" in before and not ORIGIN_STOPS & set(before[before.index("من"):])


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
        where = place_party(place, sent.index)
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
        if any(m.how == "ner" and m.type == "PERS" for m in entities):  # or right after a title of address
            said_starts.update(tokens[k + 1].start for k in range(len(tokens) - 1)
                               if tokens[k].norm.lstrip("وف") in NAME_TITLES)
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
                # a shorter phrase keeps the longest one's words out of its roles: in «الهجوم الانتحاري» the
                # adjective is the attack's kind, not a party to «الهجوم»
                own_args = args if m is longest else [a for a in args if not longest.first <= a.first <= longest.last]
                for pattern in self._choose(tokens, m.first, m.last, m.values, m.first_form, explain, named,
                                            long_named, dated):
                    if m.first == m.last and m.first_form in pattern.verb_forms and tokens[m.first].prefix.endswith("ال") \
                            and not m.first_form.startswith("ال") and (m.first_form not in pattern.noun_forms or (
                                m.first_form.endswith("ا") and m.first_form[:-1] in pattern.noun_forms)):
                        # round 173: neither a verb nor a noun with its accusative «ـاً» takes the article: «والدهما»
                        # is their father, not «دهما» (a form read past the article, not «التقى» read whole)
                        if explain is not None:
                            explain.append(f"pattern {pattern.id}: «{tokens[m.first].text}» has the article, no verb")
                        continue
                    noun = self._is_noun_use(tokens, m.first, m.last, pattern, m.first_form) \
                        or _genitive_then_lam(tokens, m.first, m.last, pattern, m.first_form, own_args)
                    coded = self._roles(sent, m.first, m.last, m.start, pattern, own_args, noun, places, explain,
                                        named)
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
            hit = _civil_object(tokens, c) if not c.target and c.etype in FORCE_TYPES and c.location is not None \
                and c.location.country else None
            if hit is not None:
                # "قصفت الطائرات مستشفى في ريف حماة": the civilians of the place the force hit (the place's word
                # is the evidence)
                country = c.location.country
                c.target = [civilians_at(sent, hit, country, "civil-object")]
                c.why.append(f"target: {country}CVL (a civilian place or people as the object, in {country})")
            own = {state_country(m) for m in c.source} - {None}
            nationals = next((k for k in range(c.last + 1, min(len(tokens), c.last + 1 + NATIONALS_REACH))
                              if _has_any(tokens[k], NATIONALS)), None) \
                if not c.target and c.pattern.id == EVACUATION and len(own) == 1 else None
            if nationals is not None:
                # section 88: "تخطط السلطات المصرية لإجلاء الرعايا من بورتسودان": a state evacuating its nationals
                # evacuates its own civilians, wherever they are
                country = next(iter(own))
                c.target = [civilians_at(sent, nationals, country, "own-nationals")]
                c.why.append(f"target: {country}CVL (its own nationals evacuated)")
            left = c.location or _withdrawn_from(tokens, c, places) if not c.target and c.mode == "withdraw" else None
            # round 114: "وزّعت منظمة الصحة العالمية أدوية على اثني عشر مستشفى في شمال غرب سوريا": aid delivered at a
            # place in another country than the giver's goes to that country
            delivered = c.location or _withdrawn_from(tokens, c, places) \
                if not c.target and c.etype == "AID" and c.source and left is None else None
            if left is not None and own and left.country and left.country not in own:
                # section 86: "انسحب الجيش الإسرائيلي من بلدة الخيام في جنوب لبنان": a withdrawal from a place in another
                # country than the withdrawing state's leaves that country (the place's word is the evidence)
                country = left.country
                c.target = [place_party(left, sent.index, how="withdrawn-from")]
                c.why.append(f"target: {country} (withdrawn from a place in that country)")
            elif delivered is not None and delivered.country and delivered.country not in own \
                    and delivered.country not in {_country(m) for m in c.source} \
                    and not _origin_or_venue(tokens, delivered):
                country = delivered.country
                c.target = [place_party(delivered, sent.index, how="delivered-to")]
                c.why.append(f"target: {country} (aid delivered at a place in that country)")
            hosted = _withdrawn_from(tokens, c, [pl for pl in places if not any(
                m.start < pl.end and pl.start < m.end for m in c.source)]) or c.location if not c.target and own and (
                c.pattern.mode == "visit" or c.pattern.id in EMBASSY_PATTERNS) else None
            # (the first place after the act not the actor's own: "عدم زيارة البحرين والسعودية، وزار قطر")
            if hosted is not None and hosted.country and hosted.country not in own \
                    and hosted.country not in {_country(m) for m in c.source} and not _origin_or_venue(tokens, hosted):
                # round 115: "افتتحت الإمارات سفارتها في دمشق"، "يعتزم رئيس الوزراء الماليزي زيارة القاهرة": a visit or an
                # embassy in another state's place deals with that state's government
                country = hosted.country
                c.target = [place_party(hosted, sent.index, "GOV", "hosted-by")]
                c.why.append(f"target: {country}GOV (a visit or an embassy in a place of that state)")
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
            if (ground := self._threatened_ground(sent, c, args, places)) is not None:
                c.target = ground  # round 190: "هددت باستهداف منشآت نفطية سعودية": that state's government
                c.why.append(f"target: {ground[0].actor_code} (the ground a threat of force names)")
            if (answered := self._answered_party(sent, c, args)) is not None:
                c.target = answered  # round 189: "سترد على أي اعتداء إسرائيلي": the doer of the act answered
                c.why.append(f"target «{answered[0].text}»: the doer of the act a response is threatened for")
            if (veto := _veto_body(tokens, c, args)) is not None:
                # round 188: "استخدمت روسيا حق النقض ضد مشروع قرار": cast in the Security Council, the UN's
                lo, hi = veto
                c.target = [synthetic_mention(tokens, sent.text, sent.start, lo, hi, "IGOUNO", None, None, "veto-body",
                                              sent.index)]
                c.why.append("target: IGOUNO (the body a veto is cast in)")
            if (conditioned := _conditioned_party(tokens, c, args)) is not None:
                # round 188: "اشترط الأسد انسحاب القوات التركية": the state whose act the condition names
                c.target = [with_code(m, m.country, "GOV", "conditioned-party") if m.country and m.sector in STATE_SECTORS
                            else m for m in conditioned.actors()]
                c.why.append(f"target «{conditioned.mentions[0].text}»: whose act the condition names")
            if not c.target and c.source and (reacted := _reacted_act(tokens, c, out)) is not None:
                # round 182: "شنت الولايات المتحدة وبريطانيا وفرنسا ضربات …، ونددت موسكو بالضربات": the doer of the
                # act a reaction is about
                c.target = list(reacted.source)
                c.why.append(f"target: the doer of the act the reaction is about («{tokens[reacted.first].text}»)")
            if not c.target and c.source and c.etype != "RETREAT":
                receiver = _first_object(tokens, c, args)
                if receiver is not None:
                    c.target = receiver.actors()
                    c.why.append(f"target «{receiver.mentions[0].text}»: the first object of a verb of giving")
            self._contextual_codes(sent, c, places, entities)
            if c.pattern.role == "event" and (self.lex.code(c.cameo).quad_class in (2, 4)):
                if sentence_size is None:  # the same for every event of the sentence; no number inside a date
                    sentence_size = extract_size(tokens, dated=dated)  # (the tokens a date overlaps: و30 يونيو)
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
            main = _conditioning_act(tokens, c, out, cues["condition"]) if (
                not c.target and c.status == "hypothetical" and cues["condition"] and c.etype != "MOBILIZE"
                and not c.cameo.startswith(SELF_DISARM_ROOT) and any(m.actor_code for m in c.source)) else None
            own = {state_country(x) for x in c.source} - {None}
            answerer = [m for m in main.source if m.actor_code not in {x.actor_code for x in c.source}
                        and state_country(m) not in own] if main else []
            place = c.location if c.location is not None and c.location.country else None
            if main is not None and answerer and c.etype in MATERIAL_TARGET_TYPES and place is not None:
                # "ستعيد تقييم دورها إذا شنّت إسرائيل هجوماً على مدينة رفح": force done at a place is done to that
                # place's land, whoever threatens to answer it
                c.target = [place_party(place, sent.index, how="conditioned-place")]
                c.why.append(f"target: {place.country} (the place the act of the condition would be done at)")
            elif main is not None and answerer:
                # round 109: "بكين سترد بالمثل إذا فرضت واشنطن رسوماً جمركية": the act of a condition would be done
                # to the one who answers it; force to a state's land ("إذا ضربت إسرائيل منشآتنا" → IRN)
                c.target = [with_code(m, country, None, "conditioned") if c.etype in MATERIAL_TARGET_TYPES
                            and (country := state_country(m)) else m for m in answerer]
                c.why.append(f"target «{answerer[0].text}»: the actor of the act the condition is set for")
        for c in out:
            riot = c.etype in FORCE_TYPES and c.pattern.id in STORM_PATTERNS and _crowd_act(tokens, c)
            if riot:
                c.etype, c.cameo, c.mode = "PROTEST", "145", "riot"
                c.target = [m for m in c.target if m.sector not in ("CVL",)]
                c.why.append("a crowd storming or attacking: a riot (PROTEST 145), not an assault")
            stormed = [m for m in c.source if m.start >= c.trig_end and m.sector in STATE_SECTORS and m.country] \
                if c.etype == "PROTEST" and c.cameo == "145" else []
            if stormed and len(stormed) == len(c.source):
                # round 117: "اقتحموا مبنى البرلمان الكيني"، "اقتحام السراي الحكومي": the state building a crowd
                # storms names whom the riot is against, its government (the gold's convention), not the rioters
                c.target = c.target or [with_code(stormed[0], stormed[0].country or "", "GOV", "stormed")]
                c.source = []
                c.why.append(f"target: {stormed[0].country}GOV (the state building the crowd stormed)")
                riot = True
            if riot:
                _riot_crowd(sent, c, _crowd_country(sent, c, places, entities) if not c.source else None)
                self._contextual_codes(sent, c, places, entities)
        for c in out:
            if _circumstantial(tokens, c):  # "…، متهمة كييف بدعم المتمردين": the main clause's actor speaks
                main = next((o for o in reversed(out) if o.last < c.first and o.source and o is not c
                             and JUDGED_WHY not in o.why and DECIDED_WHY not in o.why), None)
                # (not the act a condemnation is about, nor the act of a decision welcomed: section 21)
                said = next((s for s in reversed(speeches) if s.cue_last < c.first and s.speaker is not None), None)
                speaker: list[ActorMention] | None = None
                if main is not None and said is not None and said.cue_last < main.first <= said.content_end < c.first \
                        and said.speaker is not None and not said.claim \
                        and not _same_side(said.speaker.actors(), main.source):
                    # round 81: "وقالت وزارة الداخلية في بيانها إن «… فجر انتحاري حزامه …»، منددة بالعمل": the act told
                    # is inside what was said; the participle after it is the speaker's
                    speaker, whose = said.speaker.actors(), "the speaker of the main clause"
                elif main is not None and main.source != c.source:
                    speaker, whose = list(main.source), "the actor of the main clause"
                elif main is None and said is not None and all(
                        m.start >= tokens[said.cue_last].end for m in c.source):
                    # "وأكد المتحدث أن …، واصفاً …": no act coded before the comma; the speaker speaks on (a
                    # party named inside what he said, «… بين المملكة ومصر، نافياً», is not the participle's subject)
                    speaker, whose = said.speaker.actors(), "the speaker of the main clause"
                if speaker is None and main is None and said is None and c.source and all(
                        _in_relative_clause(tokens, m) for m in c.source):
                    # "ودعا الجروان إلى …، الحرب التي تشنها ميليشيات الحوثي …، داعيا": the main subject (no code
                    # here) speaks on; a party inside a relative clause is no subject of the participle
                    c.source = []
                    c.why.append("source: none (the party before the participle is inside a relative clause)")
                if speaker is not None:
                    c.source = speaker
                    c.target = [m for m in c.target if m.actor_code not in {x.actor_code for x in c.source}]
                    c.why.append(f"source: {whose} (a circumstantial participle after a comma)")
                    said_by = governing_speech(speeches, c)
                    if c.status == "claimed" and said_by and not any(x.claim for x in said_by) and all(
                            x.speaker is not None and _same_side(x.speaker.actors(), c.source) for x in said_by):
                        c.status = "asserted"  # "أعلن الوزير أن لندن ستستأنف …، مشترطاً": its own side speaks
                        c.why.append("asserted: the speaker is on the side of the participle's subject")
            counterpart = _counterpart_of_source(c)
            if counterpart:
                c.target = counterpart
                c.why.append(f"target: {counterpart[0].actor_code} (the acting organ's counterpart)")
            step = _reaction_to_step(tokens, c)
            if step is not None:
                main = next((o for o in out if o.last < step and o.source and o is not c), None)
                # round 137: with no act coded in the main clause, its subject — the first bare coded party of the
                # sentence (بدأ مقاتلو حزب العمال الكردستاني تسليم أسلحتهم، في خطوة رحبت بها أنقرة)
                actor = list(main.source) if main is not None else _main_subject(args, step)
                k = c.last + 1 + (c.last + 1 < len(tokens) and tokens[c.last + 1].norm in STEP_BACK_REFS)
                # the relative clause is verb-first: its subject follows (رحبت بها باريس)
                subject = next((a for a in args if k <= a.first <= k + 1 and not a.prep), None)
                reactor = subject.actors() if subject is not None else c.source
                own = {m.actor_code for m in reactor}
                if actor and own and not own & {m.actor_code for m in actor}:
                    c.source = list(reactor)
                    c.target = actor  # "أفرجت طهران عن …، في خطوة رحبت بها باريس": Tehran
                    c.why.append("target: the actor of the main clause (the step a reaction clause refers to)")
            if c.pattern.id in POSSESSED_SETTINGS:
                # "أشاد العاهل … لدى استقباله وزير الخارجية": the pronoun is the main clause's actor, the guest after
                main = next((o for o in reversed(out) if o.last < c.first and o.source and o is not c), None)
                if main is not None:
                    guests = [m for m in (c.target or c.source) if m.actor_code not in
                              {x.actor_code for x in main.source}]
                    c.source, c.target = list(main.source), guests
                    c.why.append("source: the main clause's actor (the possessive pronoun); target: the guest")
            informed = _informed_of(tokens, c, args)
            if informed is not None:
                # round 138: "بغداد أبلغت واشنطن رفضها القاطع": the one who tells its own stance, the one told
                c.source = [state_source(m, c.etype) for m in informed[0].actors()]
                c.target = [state_target(m, c.etype, c.cameo) for m in informed[1].actors()]
                c.why.append("source: the one who informs of its own stance; target: the one informed")
            inflicted = _inflicted(tokens, c)
            if inflicted is not None:
                # round 73: "كبّد مقاتلو الحزب أفراد الحرس الثوري العديد من القتلى": who was made to suffer the dead
                # is the target; the one who inflicted them (before «كبّد»; none after «تكبّد») the source
                k, active = inflicted
                between = [m for m in c.source + c.target if tokens[k].end <= m.start < tokens[c.first].start]
                if between:
                    c.target = between
                    c.source = [m for m in c.source if m.end <= tokens[k].start] if active else []
                    c.why.append(f"target: who suffered the toll («{tokens[k].text}»)")
            rebuttal = _rebutted_charge(tokens, c)
            if rebuttal is not None:
                # round 77: "وصف ظريف اتهامات بأن بلاده تقوم بأنشطة … بأنها أكاذيب"، "نفت الوزارة الاتهامات": the
                # one who rebuts a charge is its target; whoever made it is not named before it
                rebutters = [m for m in entities if tokens[rebuttal].end <= m.start and m.end <= tokens[c.first].start
                             and (m.actor_code or m.members)] or [m for m in c.source
                                                                 if m.start < tokens[c.first].start]
                if rebutters:
                    c.source, c.target = [m for m in c.source if m.start >= c.trig_end], rebutters
                    c.why.append(f"target: who rebuts the charge or is its pronoun («{tokens[rebuttal].text}»)")
            survivor = _survived(tokens, c)
            if survivor is not None:
                # round 69: "نجا وزير الداخلية الليبي من محاولة اغتيال كان يستعد لتنفيذه مواطن تونسي": who survived
                # the attack was its target; a party named after it carried it out
                survivors = [m for m in c.source if m.start < tokens[c.first].start]
                doers = [m for m in c.target if m.start >= c.trig_end] + [m for m in c.source if m.start >= c.trig_end]
                if survivors:
                    c.source, c.target = doers, survivors
                    c.why.append(f"target: who survived it («{tokens[survivor].text}»); source: the doer named after it")
            link = _linked_to(tokens, c)
            found = _found_device(tokens, c) if link is None else None
            link = link if link is not None else found
            if link is not None and any(m.start < tokens[link].start for m in c.source):
                # round 66: "تعرفت الشرطة التركية على مشتبه به مرتبط بالهجوم الانتحاري": the police did not attack
                c.source = [m for m in c.source if m.start > tokens[link].end]
                c.why.append(f"source: none before «{tokens[link].text}» (the attack is what someone is linked to)")
            if found is not None and any(m.start < c.trig_start for m in c.source):
                # round 102: "عثرت الشرطة على جثتي رجلين قضيا رمياً بالرصاص": the finder after its verb did not do it
                c.source = [m for m in c.source if m.start >= c.trig_end]
                c.why.append(f"source: none before the act found («{tokens[found].text}»)")
            host = _meeting_setting_speaker(tokens, c, speeches, entities)
            if host is not None:
                # round 86: "أعلن وزير الخارجية التركي … أن أنقرة ستبدأ بمحاربة داعش، خلال لقاء مع نظيره الأمريكي":
                # the meeting the statement was made during is the speaker's, told by himself
                c.source = host
                c.why.append("source: the speaker, the meeting being the setting of what was said")
                if c.status == "claimed":
                    c.status = "asserted"
            call = _call_during(tokens, c, out)
            if call is not None:
                # section 92: "تلقى الملك اتصالاً هاتفياً من الرئيس الفرنسي أعرب خلاله عن …": what is said "during
                # it" is said by the one who made the call or the visit, not by the main clause's subject
                c.source = list(call.source)
                c.target = [m for m in c.target if m.actor_code not in {x.actor_code for x in c.source}]
                c.why.append("source: the one who made the call or visit the act was told during (خلاله)")
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
            if c.source and not c.noun and tokens[c.first].prefix[:1] in ("و", "ف") \
                    and tokens[c.first].norm not in c.pattern.verb_forms \
                    and (main := _conjoined_main(tokens, c, out)) is not None and all(
                    main.trig_end <= m.start and m.end <= c.trig_start for m in c.source):
                # round 55: "اتهمت الخارجية السودانية الإمارات بتزويد قوات الدعم السريع …، واستدعت القائم بالأعمال":
                # a verb carrying و has no subject before it, so the party it found there, the object of the verb it
                # is conjoined to, is not its subject: the subject is shared (not after a root و: في حال وافقت);
                # round 94: nor is any party of that verb's complement (بتزويد قوات الدعم السريع)
                c.source = list(main.source)
                c.target = [m for m in c.target if m.actor_code not in {x.actor_code for x in c.source}]
                c.why.append("source: the subject of the verb it is conjoined to, not that verb's object")
            if not c.source and c.pattern.id in CASUALTY_PATTERNS and (doer := _toll_performer(tokens, c, args)):
                c.source = doer.actors()
                c.why.append(f"source «{doer.mentions[0].text}»: the doer of the attack the toll is linked to")
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
        out = [c for c in out if not _trend_or_habit(tokens, c, explain) and not _endangers(tokens, c, args, explain)
               and not _natural_death(tokens, c, told, explain)]
        openings = _later_clause_openings(tokens, out, cues["speech"]) if any(c.target for c in out) else []
        for c in out:
            if DENIED_CHARGE_WHY in c.why:
                c.status = "denied"
            if not c.source and not c.target:
                _outcome_parties(tokens, c, out)
            if not c.source or not c.target:
                _told_in_it(tokens, c, out)
            if not c.source and _conjoined_future(tokens, c):  # "ستعلّق المفاوضات وستفرض عقوبات": one subject
                c.source = next((list(o.source) for o in reversed(out) if o.last < c.first and o.source), [])
            if c.target and c.mode != "visit" and (later := {s for k, s in openings if k > c.last + 1}):
                # (the host a later clause names receiving a visit is the one visited: "في زيارة عمل، واستقبله الرئيس")
                kept = [m for m in c.target if m.start not in later]
                if len(kept) < len(c.target):
                    c.target = kept
                    c.why.append("target: none of the parties right after a later verb joined by و after a comma")
        if any(c.cameo == RECALL_CODE for c in out):
            out = [c for c in out if not _recall_purpose(tokens, c, out, explain)]
        out = [c for c in out if self._enough(c, explain, tokens) and not self._accident(c, cues)
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
               and not _likened(tokens, c, explain)
               and not _mines_as_things(tokens, c, explain) and not _foiled(tokens, c, explain)
               and not _insists_that(tokens, c, explain)
               and not _copula_relative(tokens, c, explain)]
        if published is not None and out:
            years = _explicit_years(tokens)
            out = [c for c in out if not _dated_history(c, years if c.date is None else [], published, explain, tokens)
                   and not _earlier_year(tokens, c, published, years, explain)
                   and not _old_month(tokens, starts, c, published, explain)
                   and not _copula_dated(tokens, c, published, explain)]
        out = _merge_in_sentence(_warning_as_threat(tokens, out, explain, args), tokens)
        for c in out:  # round 47: "الغارة استهدفت الفضلي": one named party both hitting and hit is the one hit,
            # unless a verb of doing with the act's pronoun names it (هجوم … شنه متمردون أكراد: the attackers)
            if c.etype in FORCE_TYPES and not c.pattern.reciprocal and len(c.source) == len(c.target) == 1 \
                    and c.source[0].start == c.target[0].start and c.source[0].start >= tokens[c.last].end:
                k = bisect.bisect_right(starts, c.source[0].start) - 1
                if k > 0 and _bare_word(tokens[k - 1]) in PERFORMED_VERBS:
                    c.target = []
                    c.why.append("target: none (the one party named is the one that did it)")
                else:
                    c.source = []
                    c.why.append("source: none (the one party named is the one hit)")
            if c.etype == "SANCTION" and c.source and c.target \
                    and {state_source(m, c.etype).actor_code for m in c.source} \
                    == {state_source(m, c.etype).actor_code for m in c.target}:
                # round 163: no state sanctions itself; the side farther from the trigger is the wrong one ("عائدات
                # روسيا …، وفرض العقوبات على موسكو": not Russia; "ردت باريس بطرد … على أراضيها": France acts)
                # (one party named for both is the one sanctioned; a side whose country was only guessed from the
                # other keeps its bare sector: «أمهلت السلطات المالية السفير الفرنسي» is no French act)
                if any("context-country" in m.how for m in c.source):
                    c.source = [replace(m, actor_code=m.sector, country=None) if "context-country" in m.how else m
                                for m in c.source]
                    c.why.append("source: its country was the sanctioned state's, a guess undone")
                elif min(_words_away(tokens, starts, c, m) for m in c.source) \
                        >= min(_words_away(tokens, starts, c, m) for m in c.target):
                    c.source = []
                    c.why.append("source: none (the state sanctioned is named nearer; no state sanctions itself)")
                else:
                    c.target = []
                    c.why.append("target: none (the sanctioning state is named nearer; no state sanctions itself)")
        return out

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
        if first == last and form in p.jussive_forms and not (first > 0 and tokens[first - 1].norm in JUSSIVE_NEGATORS):
            return "a short jussive form with no لم before it (عروض ليزر: a laser, not a visit)"
        if first > 0 and not tok.prefix and _bare_word(tokens[first - 1]) in p.verb_forms:
            return "the verb's own noun right after it (ينفون نفياً، يرفضون رفضاً): the verb is the act"
        if first == last and CALL_STEM in p.past_stems and SHADDA in tok.text[tok.text.find("د"):tok.text.find("د") + 3]:
            return "«يدّعون» with the shadda of ادّعى: a claim, not «يدعون» (call, invite)"
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
        if first > 0 and not tokens[first].prefix and tokens[first - 1].norm in NAME_HEADS_BEFORE:
            # rounds 144 and 148: "علي بن أبي طالب"، "مديرية أرحب"
            return f"part of a name after «{tokens[first - 1].text}»"
        if _student(tokens, first, last, named):
            return "«طالبًا» described by what follows it: a student, not «demanding»"
        if first == last and tokens[first].norm in p.excluded_words:
            return f"«{tokens[first].text}» is another word (the pattern's exclude list)"
        if first == last and first in dated:
            return "part of a date or time (فجر أول أمس)"
        if first == last and _dawn(tokens, first):
            return "«فجراً» is the time of day (at dawn), not a bombing"
        if p.role == "event" and _demanded(tokens, first):
            return "what a demand asks for (المطالبة بالإفراج عن), not an act done"
        if first > 0 and tokens[first - 1].norm in DEMONSTRATIVES and self._is_noun_use(tokens, first, last, p, form):
            return "a demonstrative points back to an event told before"
        # (an indefinite head in construct: "وأدانت المنظمة استهداف الجيش" is a body condemning an act, round 161)
        if ((first > 0 and _has_any(tokens[first - 1], ORG_HEADS) and not _definite(tokens[first - 1]))
                or (first > 1 and tok.prefix.lstrip("وف")[:1] == "ل" and _has_any(tokens[first - 2], ORG_HEADS)
                    and not _definite(tokens[first - 2]))):
            return "part of an organisation's name (منظمة شنغهاي للتعاون), not an act"
        if first > 1 and tokens[first - 1].norm in QUOTE_MARKS and _has_any(tokens[first - 2], QUOTED_NAME_HEADS) \
                and not _definite(tokens[first - 2]):
            return "the first word of a quoted name (ائتلاف «دعم صندوق تحيا مصر»), not an act"  # round 163
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
            if counted or prev.norm in ("مليون", "ملايين") or prev.norm in CARDINAL_WORDS:  # not a year: «عام 2006 قصفت»
                return "a verb form after a number is a counted noun (745 ألف طالب، ثلاثين طالباً)"
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
                             if la + 1 >= len(tokens) or tokens[la + 1].norm not in NOT_NEGATING_AFTER]
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
            if (e.type == "PERS" or (e.how == "ner" and not e.actor_code)) and not e.members \
                    and _named_place(tokens, first):
                continue  # "مسجد الإمام الصادق": the building's name; round 32: "شارع تايمز سكوير" a street's
            if e.how == "ner" and not e.actor_code and not e.members and e.text[:1] == "و" and any(
                    pl.country and pl.start == e.start + 1 and e.end <= pl.end for pl in places) and any(
                    0 <= e.start - pl.end <= 1 for pl in places):
                # round 54: "بلدات كفرنبل وخان شيخون": a name joined by و to a place before it, and resolved as a
                # whole by the places stage, is the next town of the list, no party
                continue
            if first == last and first > 0 and _has_any(tokens[first], KIND_ADJECTIVES) and (
                    first - 1 in covered or tokens[first - 1].norm in ("»", '"', "”")
                    or _has_any(tokens[first - 1], CAUSE_AFTER_IN)):
                continue  # "تنظيم «داعش» الإرهابي": the adjective of the name before it, no second party
            if first > 0 and tokens[first - 1].norm in PREDICATE_OPENERS and not e.entity_id and not e.members \
                    and not tokens[first].norm.startswith("ال") and e.type != "GPE":
                continue  # round 103: "يصفون زعماءهم بأنهم لصوص": an indefinite noun after «بأنهم» is what they are called
            covered.update(range(first, last + 1))
            units.append(Arg([e], first, last, _prep_of(tokens, first, e, self.stop_words)))
        units.extend(self._word_args(sent, covered))
        units.sort(key=lambda a: (a.first, a.mentions[0].start))
        grouped: list[Arg] = []
        appositive: Arg | None = None  # a name with its title after it: a comma after the title closes it
        absorbed: Arg | None = None  # a unit already made part of the party before it
        for i, u in enumerate(units):
            if u is absorbed:
                continue
            if grouped and i + 1 < len(units) and _envoy_country(tokens, grouped[-1], u, units[i + 1]):
                g = grouped[-1]  # round 140: "المبعوث الأممي لليمن إسماعيل ولد الشيخ أحمد": one party, the envoy
                absorbed = units[i + 1]
                g.mentions, g.last = list(absorbed.mentions), absorbed.last
            elif grouped and (_parenthesised_apposition(tokens, grouped[-1], u) or _honoured_name(tokens, grouped[-1], u)):
                g = appositive = grouped[-1]  # وزير الخارجية الأميركي (جون كيري): one party, named once
                # round 145: "النائب بمجلس الأمة الكويتي الدكتور منصور الظفيري": a body's ب ties it to the bare title
                # before it, whose holder is named after: the one party has no preposition
                body_of_title = g.prep in ("ب", "ل", "في") and g.mentions[0].type == "ORG" and g.first > 0 \
                    and _has_any(tokens[g.first - 1], APPOSITION_TITLES) \
                    and tokens[g.first - 1].prefix.lstrip("و") in ("", "ال")
                g.mentions = [_one_party(g, u)]
                g.last = u.last
                if body_of_title:
                    g.prep = ""
            elif grouped and _government_of(tokens, grouped[-1], u):
                g = grouped[-1]  # round 142: "حكومة نتنياهو": the government, one party, its evidence both words
                gov, person = g.mentions[0], u.mentions[0]
                g.mentions = [replace(gov, end=person.end, text=sent.text[gov.start - sent.start:person.end - sent.start])]
                g.last = u.last
            elif grouped and (holder_prep := _holder_of_body(tokens, grouped[-1], u)) is not None:
                g = grouped[-1]  # round 139: "رئيس البرلمان العربي أحمد الجروان": the body's head, one party
                g.mentions = list(u.mentions)
                g.last, g.prep = u.last, holder_prep
            elif grouped and _name_apposition(tokens, grouped[-1], u, units[i + 1] if i + 1 < len(units) else None):
                g = appositive = grouped[-1]  # إسحق هرتزوغ زعيم المعارضة الإسرائيلية: the title codes the name
                g.mentions = list(u.mentions)
                g.last = u.last
            elif grouped and _coordinated(tokens, grouped[-1], u) and not (
                    grouped[-1] is appositive and tokens[u.first - 1].norm in ("،", ",")
                    and tokens[u.first].prefix[:1] != "و") \
                    and not _comma_pair(tokens, grouped[-1], u, units[i + 1] if i + 1 < len(units) else None):
                # («اتهم ألبرت ديل روساريو وزير خارجية الفلبين، الصين»: the object after the comma; «…، وإسماعيل
                # ولد الشيخ أحمد» joined by و is a second subject)
                g = grouped[-1]
                g.mentions.extend(u.mentions)
                g.last = u.last
            else:
                if grouped and _holder_after_title_body(tokens, grouped[-1], u):
                    u.prep = grouped[-1].prep  # round 93: "برئيس الجمعية الوطنية الفنزويلية خوان غوايدو": the title's
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
                    m = civilians_at(sent, k, country, "counted-nisba")
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
                m = civilians_at(sent, k, None, "people-noun")
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
        if ptype not in FORCE_TYPES and ptype != "PROTEST" and p.cameo not in SENTENCING_CODES:
            # counted people and civilian things name the victims of force only (or the crowd of a protest:
            # "خرج آلاف التونسيين في مسيرات"; or the accused a court sentences: "قضت محكمة … بالسجن على أربعة
            # متهمين", section 87)
            args = [a for a in args if not _civil_words(a) or (
                ptype == "AID" and a.first > last and a.prep in p.target_preps)]  # round 125: aid to civilians
        led = [a for a in args if a.first > last and _led_by(tokens, a)]
        if led:  # round 134: the leader of a coalition or campaign named after the act is no party of it, unless
            # it leads this very act (before the act, the leader of the coalition that acts stands for it)
            performer = _performed_by(tokens, last, led) if noun else None
            args = [a for a in args if a is performer or a not in led]
        left = _left_boundary(tokens, first, verb=not noun, args=args)
        right = _right_boundary(tokens, last, named)
        before = [a for a in args if left <= a.first and a.last < first]
        if noun and first > 0 and _has_any(tokens[first - 1], CASE_HEADS) and not _definite(tokens[first - 1]) \
                and tokens[first].prefix[:1] != "و" and not tokens[first].norm.endswith(("هم", "ها", "هما")):
            # round 164: "رفعت المحكمة برئاسة القاضي … جلستها في قضية تفجير مسجد": a case's act, no one's before
            # (the head in construct with it: not "بمتابعة الحادث والقبض على"; a noun with its own pronoun points back
            # to a party there: في قضية اتهامهم بقتل المتظاهرين)
            before = []
        after = [a for a in args if last < a.first <= right]
        if self.lex.code(p.cameo).quad_class in VERBAL_QUADS:
            after = [a for a in after if not _before_an_audience(tokens, a)]  # round 192: "أمام البرلمان"
        if noun and ptype in FORCE_TYPES and (seen := _witnessed_after(tokens, last)) is not None:
            # round 173: "أسوأ هجوم تشهده الكويت": the party right after the verb is where, not who
            after = [a for a in after if not seen < a.first <= seen + WITNESS_SUBJECT_REACH]
        source: Arg | None = None
        target: Arg | None = None
        object_after_verb: Arg | None = None
        victims_before: Arg | None = None  # the dead or wounded counted before a force noun linked to them
        received_by_subject = False  # a subject far before the noun, of a verb of receiving (تلقى … اتصالاً من)
        after_passive_aux = first > 0 and tokens[first - 1].norm in PASSIVE_AUX  # «تم / جرى» before: a passive act
        attributor = _attribution_verb(tokens, first) if noun else None  # «نسبت … الهجوم إلى»
        pronoun_subject = first > 0 and tokens[first - 1].norm in PRONOUN_SUBJECTS and not (
            not noun and _negating_ma(tokens, first - 1))  # "إن الطيران ما استهدف": a negation, no relative
        if not noun and first > 0 and (tokens[first - 1].norm in DEMONSTRATIVE_SUBJECTS
                                       or _consequential_ma(tokens, first - 1)):
            if explain is not None:
                explain.append(f"pattern {p.id}: its subject is «{tokens[first - 1].text}», a statement, not an actor")
            return None
        if ptype in FORCE_TYPES:  # civilians, journalists … are the victims of force, not its actors
            before = [a for a in before if not _victims(a) and not _killed_genitive(tokens, a)]
        if not noun:
            bare_before = [a for a in before if not a.prep and (first - a.last <= 8 or _relative_aside(tokens, a, first))
                           and not _singular_before_plural_verb(tokens, a, first)
                           and not _in_fronted_adjunct(tokens, a, first, args)
                           and not _object_of_relative_verb(tokens, a, first)
                           # round 144: "استهدف الطيران مواقع ميليشيات الحوثي …، وأشادت": the owner of a place
                           # an earlier act was aimed at is no subject of a later verb
                           and not (a.first > 0 and _has_any(tokens[a.first - 1], OWNED_PLACES))]
            if bare_before and (_clause_after_comma(tokens, bare_before[-1], first, last, after)
                                or _party_after_objectless_verb(tokens, first, last, p, after)
                                or _subject_before_prep_object(tokens, first, last, after)
                                or _wa_verb_with_subject_after(tokens, first, last, bare_before[-1], after)
                                or _also_after_comma(tokens, first)):
                bare_before = []  # "في أعقاب دهس ثلاثة جنود …، هدد وزير الدفاع": the subject after the verb
            if bare_before and _describes_attack_noun(tokens, first):
                bare_before = []  # "قتل جنود بتفجير استهدف دوريتهم": the bombing targeted them, not the dead
            if bare_before and ptype in FORCE_TYPES \
                    and (unnamed := _unnamed_light_subject(tokens, first, args)) is not None:
                # round 172: the learned backstop's word read as a verb (وشن طيران التحالف غارات)
                bare_before = [a for a in bare_before if a.first > unnamed]
            if first == 0 == last - first and ptype not in FORCE_TYPES and len(tokens) > 2 \
                    and tokens[2].norm[:1] == "ل":
                # a headline opening on a verbal noun, its nisba and its object with ل (رفض أذربيجاني لأي دور): a
                # verb is never followed by a bare adjective; force is left out (قُتل فلسطيني: the victim)
                source = self._nisba_source(sent, last, ptype)
            elif first == last and ptype not in FORCE_TYPES and last + 1 < len(tokens) \
                    and _spelt_as_its_noun(tokens[first].norm, p, four_letters=True) \
                    and not tokens[last + 1].prefix and tokens[last + 1].norm.endswith(("ي", "يا")) \
                    and not tokens[last + 1].norm.startswith("ال") \
                    and (nisba := self._nisba_source(sent, last, ptype)) is not None and nisba.first == last + 1:
                # round 154: "دون تعهد تركي": a form both verb and noun (not «اتهم مصري»: a man accused) followed by
                # an indefinite masculine country adjective is the noun, and the adjective its doer, not a party of the clause before (a plural,
                # «دعا أفغان», is people; a feminine one may follow a plural noun: «أيدٍ مصرية», hands)
                source, bare_before = nisba, []
            if source is None and bare_before and not pronoun_subject:
                if ptype in FORCE_TYPES and (_passive_force(tokens, first, last) or _voweled_passive(tokens[first])):
                    if not _wa_after_comma(tokens, first):  # (round 157: not "…، وقُبض على": a clause of its own)
                        target = target or bare_before[-1]  # section 36: "ثلاثة جنود … قتلوا أمس إثر انفجار لغم"
                    # round 173: its agent, or the body the agent's members belong to (على يد أفراد من قوة شرطة
                    # حرس الحدود، من قبل قياديين بارزين في طالبان)
                    source = next((a for a in after if a.prep in PASSIVE_AGENT_PREPS and a.first - last <= 8
                                   and a is not target), None) or _agent_member(tokens, last, after)
                else:
                    source = bare_before[-1]
            elif source is None:
                # a container noun between (استهدف مواقع داعش) makes the actor an object — but right after the verb
                # and before من it is the subject's unit (دهمت عناصر من الشرطة); after a verb of two sides, the
                # forces right after it are its subject (round 95: اشتبكت قوات الجيش السوداني مع الدعم السريع)
                bare_after = [a for a in after if not a.prep and _gap(tokens, last, a.first, named, commas=False) <= 6
                              and not any(_has_any(tokens[k], CONTAINER_NOUNS) and not (
                                  k == last + 1 and _has_any(tokens[k], FORCE_HEADS)
                                  and (tokens[k + 1].norm == "من" and k + 2 == a.first or p.reciprocal))
                                  and not (k == last + 1 and _quoted_name_head(tokens, k, a.first))
                                  for k in range(last + 1, a.first))
                              and not _proposal_arg(tokens, a)  # "رفضت مبادرة جزائرية": the object
                              and not _genitive_of_prefixed_noun(tokens, last, a)
                              # round 158: "تبنى الأكراد قتل شرطيين تركيين"
                              and not (p.needs_after and _light_noun_genitive(tokens, last, a, p, self.lex.first_words))
                              and not (not noun and ptype not in FORCE_TYPES
                                       and _act_noun_genitive(tokens, last, a, self.lex.act_nouns))
                              and not (not noun and _after_member(tokens, last, a, args))
                              # round 141: "ودان الوزراء الجرائم التي ترتكبها داعش": a party past a relative
                              # pronoun is the relative verb's, not this verb's subject (but with an object pronoun
                              # on the verb its subject is the noun after it, whose doer the relative clause names:
                              # "تدعمهم الضربات الجوية التي ينفذها التحالف")
                              and (_object_pronoun(tokens[first])
                                   or not any(_bare_word(tokens[k]) in RELATIVES for k in range(last + 1, a.first)))
                              # round 166: "وأشاد بما قدمه رماة السعودية": nor is a party past «بما»، «عما»
                              and not any(_bare_word(tokens[k]) in WHAT_RELATIVES
                                          and not tokens[k + 1].norm.startswith("في") for k in range(last + 1, a.first))]
                if not bare_after and (p.role != "event" or self.lex.code(p.cameo).quad_class in VERBAL_QUADS):
                    # "نفى قيادي في حركة حماس"، "رفض مسؤول في الخارجية": the body a member speaks for (not for
                    # material acts: "قُتل قيادي في حزب الله" names the victim's party, not the killer)
                    bare_after = [a for a in after[:1] if _member_of(tokens, a) and a.first - last <= 4]
                if bare_after and after_passive_aux:
                    # round 28: "فقد تم وضع تايدووتر على القائمة السوداء": after «تم» the act is passive, the party
                    # after it its object (its agent, if named, comes with «من قبل»)
                    if target is None and p.object_target:
                        target = object_after_verb = bare_after[0]
                    bare_after = []
                if bare_after and not noun and _after_that_pronoun(tokens, first):
                    if target is None and (p.object_target or not any(a.prep in p.target_preps for a in after)) \
                            and not all(m.how == "coref" for m in bare_after[0].mentions):
                        # (the party after its own preposition is the target: استدعت سفيرها لدى طهران; the
                        # subject's own, named by a pronoun, is none: استدعت سفيرها في طهران)
                        target = object_after_verb = bare_after[0]
                    bare_after = []
                if bare_after and (_first_person(tokens[first], p) or (not noun and (
                        _after_subject_pronoun(tokens, first)
                        or _document_subject(tokens, last, bare_after[0], p.cameo)
                        or _feminine_object(tokens, first, bare_after[0], p)
                        or _masculine_object(tokens, first, bare_after[0], p)
                        or (p.needed_object and _has_any(tokens[bare_after[0].first], p.needs_after))
                        or _act_noun_object(tokens, last, bare_after[0])
                        or _claimed_act(tokens, first, last, p)))):
                    # the verb's subject is not the party after it, which is its object: round 25, the speaker is in
                    # the verb ("نطالب أميركا أن تقول"، "أدعو كافة الجهات"); round 40, a document before it speaks
                    # ("ودعا البيان كوريا الشمالية"); round 35, a masculine verb has no feminine subject ("فهاجم
                    # السلطة الفلسطينية قائلاً")
                    if target is None:
                        target = object_after_verb = bare_after[0]
                    bare_after = []
                if bare_after and not noun and _noun_subject_before(tokens, first, args, bare_after[0], p,
                                                                     self.condition_verbs):
                    # round 36: "أن طائرة من دون طيار قتلت … محسن الفضلي": the noun after «أن» is the subject
                    # (a party after the act's own preposition, «طلب من الرئيس», is still its target)
                    if target is None and (p.object_target or ptype in FORCE_TYPES) and not any(
                            a.prep in p.target_preps and last < a.first < bare_after[0].first for a in args):
                        target = object_after_verb = bare_after[0]
                    bare_after = []
                if bare_after and _subject_in_the_verb(tokens, first, bare_after[0].first, ptype in FORCE_TYPES) \
                        and (not (p.role != "event" or p.cameo[:2] in SPEAKER_ROOTS) or (
                            bare_after[0].first == last + 1 and _plural_past(tokens[first]))):
                    # section 35: "هاجموا مقر الشرطة"، "العمل الذي استهدف رجال الأمن": the actor after a verb whose
                    # subject it already holds is no subject; right after it, it is the object (a statement or
                    # appeal, which needs its speaker named, is left as it was)
                    if target is None and bare_after[0].first == last + 1 and (p.object_target or ptype in FORCE_TYPES):
                        target = object_after_verb = bare_after[0]
                    bare_after = []
                if bare_after and not noun and bare_after[0].first > last + 1 and _bare_title(tokens, last + 1, args):
                    # round 72: "وأدان الوزير قصف الجيش الإسرائيلي لمدرسة": a title no party codes, right after the
                    # verb, is its subject; the party further on is in its object
                    bare_after = []
                if bare_after and _undertaken_with_min(tokens, first):
                    # "تمكنت المقاومة من قتل المسؤول الأمني": a verbal noun after «تمكن من»; the party after it is
                    # its object, the subject is the undertaking verb's
                    if target is None:
                        target = object_after_verb = bare_after[0]
                    bare_after = []
                if bare_after and p.id in ACCUSE_VERB_PATTERNS and bare_after[0].first == last + 1 \
                        and _charge_follows(tokens, bare_after[0], after):
                    # "واتهمت النقابات بإبداء عدم احترام": the one party after the verb, its charge after it with
                    # ب, is the accused (whether the verb is active with its subject before, or passive)
                    if target is None:
                        target = object_after_verb = bare_after[0]
                    bare_after = [a for a in bare_after[1:] if a.first < target.first]  # (none before it)
                if bare_after:
                    source = bare_after[0]
                    counted = source.first > 0 and parse_number(tokens, source.first - 1) is not None or (
                        p.id in CASUALTY_PATTERNS and _counted_of(tokens, last, source))
                    # (round 171: a party right after counted people is their adjective: قتل 32 ناشطا كرديا شابا)
                    others = [a for a in bare_after[1:]
                              if not (counted and p.id in CASUALTY_PATTERNS) or a.first > source.last + 2]
                    if ptype in FORCE_TYPES and ((_victims(source) or counted) and (
                            not others or others[0].first - last > 6) or _voweled_passive(tokens[first])):
                        # "قُتل 12 مدنياً"، "اعتُقل صحفيان"، "قُتل أربعة جنود": a passive; the victims, civilians or
                        # counted people, are the targets
                        target, source = source, None
                    elif ptype == "COERCE" and tokens[first].prefix[:1] == "و" and (_victims(source) or counted) \
                            and not tokens[source.first].norm.endswith("ون"):
                        # round 120: "داهمت قوات الاحتلال المنازل، واعتقلت 14 مواطناً": a conjoined verb of coercion
                        # shares its subject; the people right after it are the ones coerced (not a nominative
                        # plural: "واحتجز المزارعون 15 شرطياً" has its own subject)
                        target, source = source, None
                    elif p.id in BLAME_VERB_PATTERNS and tokens[first].prefix[:1] == "و" \
                            and source.last + 1 < len(tokens) and _has_any(tokens[source.last + 1], RESPONSIBILITY_WORDS):
                        # round 133: "دانت الخارجية الأردنية …، وحمّلت الحكومة الإسرائيلية المسؤولية": a conjoined
                        # verb of blame shares its subject; the party right before «المسؤولية» is the one blamed
                        target, source = source, None
            if source is None:
                # a passive's agent: "اعتُقل أكثر من ألف شخص على يد الشرطة التركية"، "من قبل قوات الأمن" — but a
                # verbal act is told in the active voice, so an agent past its object is that object's (أدان الوزير
                # اختطاف الصحفي من قبل جماعة مسلحة: the kidnappers, not the condemner; round 22)
                verbal = self.lex.code(p.cameo).quad_class in VERBAL_QUADS and not (
                    after_passive_aux)  # "وتم طلب تشكيل الهيئة من قبل روسيا"
                source = next((a for a in after if a.prep in PASSIVE_AGENT_PREPS and a is not target
                               and not (verbal and a.first - last > 2)), None)
            if source is None:
                # round 26: "وكان الجيش السوري يتقدم في المنطقة عندما قصف مواقع المعارضة": a verb opening a clause
                # with no subject after it keeps the subject of the clause before
                source = _opener_subject(tokens, first, args, target, ptype in FORCE_TYPES)
            if source is None and (target is None or target is object_after_verb) and pronoun_subject \
                    and _bare_word(tokens[first - 1]) in RELATIVES:
                # "منظمة هيومن رايتس ووتش، التي نددت …": with no subject after the verb, the relative is the
                # subject and the actor it follows is the source ("الهجوم الذي شنته القوات" has its own)
                # (a named party only: "الهجوم الانتحاري الذي استهدف" ends in a bare sector word, not the actor)
                source = next((a for a in reversed(before) if not a.prep and all(
                    tokens[k].norm in CLAUSE_PUNCT for k in range(a.last + 1, first - 1)) and all(
                    m.actor_code and len(m.actor_code) > 3 for m in a.actors())), None)
            if source is not None and ptype == "MOBILIZE" and all(m.sector in REPORTER_SECTORS for m in source.actors()) \
                    and any(tokens[k].norm == "عن" for k in range(source.last + 1, min(len(tokens), source.last + 3))):
                # round 141: "ونشرت وسائل إعلام أجنبية عن إنزال قوات": the media published about it, deployed nothing
                if explain is not None:
                    explain.append(f"pattern {p.id}: «{tokens[first].text}» here is the media publishing, not deploying")
                return None
        else:
            performer = _performed_by(tokens, last, after)
            adjacent = after[0] if after and not after[0].prep and (
                after[0].first - last == 1 or after[0].first - last == 2 and not _verb_after_noun(tokens[last + 1], p)
                or _honorifics_between(tokens, last, after[0].first)
                or _count_between(tokens, last, after[0].first)) else None
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
            # a listed noun with its own pronoun (زيارتها تونس) has its genitive already: the name after is its object
            # (round 164: also a listed form that is another listed form with a pronoun: وقوفها beside وقوف)
            possessed = (_has_pronoun_suffix_norm(tokens[last].norm) or any(
                form.endswith(suffix) and form[:-len(suffix)] in p.noun_forms
                for form in _norm_forms(tokens[last]) for suffix in ("ها", "هم", "هما", "ه"))) \
                and not p.noun_forms.isdisjoint(_norm_forms(tokens[last]))
            # "ضرب تركيا لمواقع حزب العمال"، "قصف الطائرات للمدينة": a verbal noun's doer as its genitive, its
            # object after ل (a party, or a container of one)
            # (past the noun's own definite adjectives: "رفض مصر الكامل للتدخل الإيراني")
            lam_at = _past_noun_adjectives(tokens, adjacent, args, last) if adjacent is not None else len(tokens)
            lam_object = next((a for a in after if a is not adjacent and lam_at < len(tokens)
                               and tokens[lam_at].is_word and tokens[lam_at].prefix.lstrip("وف")[:1] == "ل"
                               and a.first in (lam_at, lam_at + 1)), None) \
                if adjacent is not None and adjacent.first == last + 1 and p.object_target and not possessed else None
            if lam_object is not None:
                source, target = adjacent, lam_object
            elif adjacent is not None and adjacent.first == last + 1 and p.object_target and not possessed \
                    and ptype in FORCE_TYPES and after_adjacent is not None and after_adjacent.is_word \
                    and after_adjacent.prefix.lstrip("وف")[:1] == "ل" and not _has_any(tokens[adjacent.first], BUILDING_HEADS) \
                    and "ال" in tokens[adjacent.first].prefix + tokens[adjacent.first].norm[:2] and not _victims(adjacent):
                # round 70: "هدم الاحتلال الإسرائيلي لمباني الفلسطينيين": a definite genitive that can act is the doer
                # when the object follows with ل, a party or not (not "اختطاف دبلوماسيين تونسيين لتبادلهم"، an
                # indefinite object, nor "استهداف المواطنين لأكثر من مدينة"، victims)
                source = adjacent
            elif adjacent is not None and adjacent.first == last + 1 and p.object_target and not possessed \
                    and ptype not in FORCE_TYPES and p.genitive != "target" and lam_at < len(tokens) \
                    and tokens[lam_at].is_word and tokens[lam_at].prefix.lstrip("وف")[:1] == "ل" \
                    and not _victims(adjacent):
                # round 162: "إدانة المملكة للتفجير الإرهابي": the genitive of a noun of speech or stance, with what
                # it is about after ل (a party or not), is its author, never its object
                source = adjacent
            elif adjacent is not None and p.genitive == "source" and p.object_target \
                    and _has_any(tokens[adjacent.first], BUILDING_HEADS):
                target = adjacent  # round 22: "اقتحام جامعة الأنبار": a building as the genitive is what was stormed
            elif adjacent is not None and (p.genitive == "source" and not possessed or (described or authored)
                                           and adjacent.first == last + 1):
                source = adjacent
            elif p.genitive == "target" and adjacent is not None and p.id in DOER_GENITIVE_PATTERNS \
                    and _object_after_genitive(tokens, adjacent):
                # "استهداف الميليشيا مطار أبها": the genitive targets the object right after it
                source = adjacent
                target = next((a for a in after if a.first == adjacent.last + 1), None)
            elif p.genitive == "target" and adjacent is not None and adjacent.first == last + 1 \
                    and _lam_people(after_adjacent):
                # round 30: "اعتقال الشرطة لشخصين": a genitive followed by people with ل is the doer, they the object
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
                                               or a.prep in PASSIVE_AGENT_PREPS and a.first - last <= 8
                                               or a.prep == "من" and a.first - last <= 2
                                               and _has_any(tokens[a.first], SIDE_HEADS))
                          and a.prep not in p.target_preps
                          and not (ptype in FORCE_TYPES and a.prep == "ل" and _victims(a))]  # تعذيب لسكانها
                if agents and agents[0].prep == "ل" and agents[0].first == last + 1 and _possessive_noun(tokens[last], p):
                    # round 24: "بعد استهدافها للتنظيم": the pronoun on the noun is its doer, ل names its object
                    if target is None and p.object_target:
                        target = agents[0]
                    agents = []
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
                        if target is None and (side := _other_side(tokens, source, after)) is not None:
                            target = side  # round 174: "بين قوات الأسد وحزب الله من جهة والمعارضة من جهة أخرى"
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
            # (the head of the noun phrase: "في انفجار سيارة مفخخة" links the device through the blast before it)
            heads = (first, first - 1) if first > 1 and _has_any(tokens[first - 1], CAUSE_AFTER_IN) else (first,)
            linked = any(h > 0 and (_has_any(tokens[h - 1], TOLL_LINKS) or tokens[h].prefix.lstrip("وف") == "ب")
                         for h in heads) \
                and not p.needs_before and ptype == "ASSAULT" and not _carried_out_by(tokens, first, before)
            if linked:
                victims_before = _toll_victims(tokens, first, [a for a in args if left <= a.first and a.last < first])
            # round 110: "ما تداولته وسائل إعلام إسرائيلية عن نشر مصر قوات": the media (or a watchdog: ما أوردته لجنة
            # حماية الصحفيين عن اعتقال) tell about the act, they do not do it
            reported_about = first > 0 and tokens[first - 1].norm == "عن"
            if source is None and (permitted := _permitted_doer(tokens, first, before)) is not None:
                source = permitted  # round 139: "سمحت تركيا للولايات المتحدة بشن غارات": the party given leave
            if source is None and (blamed := _attributed_to(tokens, last, after, attributor)) is not None:
                source = blamed  # round 143: "نسبت هيئة الأركان الهجوم إلى حزب العمال": the party it is attributed to
            if (blamed := _attributed_after(tokens, last, after)) is not None:
                # round 152: "اعتداء انتحاري نسبته السلطات إلى داعش": the attributing body is no party of the act
                source, target = blamed, None if target is blamed else target
            if source is None and not exposed and not linked:
                # (a noun after في/جراء/ب is an adjunct — "قُتل جنود في هجوم": the subject before is the victims)
                bare_before = [a for a in before if not a.prep and first - a.last <= 10 and not (
                    ptype in FORCE_TYPES and after_passive_aux)  # round 33: تم تعذيبه
                               and not (reported_about and all(m.sector in REPORTER_SECTORS for m in a.actors()))]
                if ptype in FORCE_TYPES and bare_before \
                        and (unnamed := _unnamed_light_subject(tokens, first, args)) is not None:
                    bare_before = [a for a in bare_before if a.first > unnamed]  # round 172: وشنت طائرات التحالف
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
                elif bare_before and (stood := _stood_behind(tokens, first, bare_before)) is not False:
                    source = stood  # round 157: "العناصر التي وقفت خلف تفجير القديح": they, or nobody named
                elif bare_before and not pronoun_subject and ptype in FORCE_TYPES \
                        and _casualty_described(tokens, bare_before[-1], first):
                    target = target or bare_before[-1]  # round 157: "ناصر الجهمي المصاب في عملية التفجير"
                elif bare_before and not pronoun_subject and not (ptype in FORCE_TYPES and (
                        _mourned_between(tokens, bare_before[-1].last, first) or _commented_on(tokens, left, first)
                        or _site_of(tokens, first) or _witnessed_by(tokens, bare_before[-1], first))):
                    source = bare_before[-1]
                elif not bare_before and not pronoun_subject and (opened := _opener_subject(
                        tokens, first, args, target, ptype in FORCE_TYPES, light=p)):
                    source = opened  # round 29: "وصل الوزير إلى بغداد حيث أجرى مشاورات": the light verb's subject
                elif not bare_before and not pronoun_subject:
                    titled = _long_titled_subject(tokens, first, left, p, before)
                    if titled is not None:
                        source, verb_at = titled
                        received_by_subject = _has_any(tokens[verb_at], RECEIVE_WORDS)
            if source is None and p.reciprocal:
                # "دخلت اتفاقية الشراكة بين الإمارات وتركيا حيز التنفيذ": the parties named between them
                between = next((k for k in range(first - 1, max(left, first - 10) - 1, -1) if tokens[k].norm == "بين"),
                               None)
                parts = [a for a in before if between is not None and a.first > between]
                if parts:
                    source = parts[0]
            if source is None and ptype == "CONSULT" and _has_any(tokens[first], SUMMIT_NOUNS):
                source = self._summit_host(sent, last)
        if not noun and source is not None and first - TOPIC_REACH <= source.last < first and target is None \
                and not any(tokens[k].norm in CLAUSE_PUNCT for k in range(source.last + 1, first)) \
                and _resumed_as_object(tokens, first, last, p):
            source, target = None, source  # round 156: "سورية سيدافع عنها الشرفاء": the topic is what is defended
        if attributor is not None and source is not None and source.last < first:
            source = None  # round 156: who attributes the act (before it: نسبت هيئة الأركان الهجوم) did not do it,
            # whether or not its doer is coded
        if not noun and (source is None or source.last < first) and (topic := _topic_subject(tokens, first, args)):
            source = topic  # round 98: «أما مصر …، فقد طلبت»
        if p.reciprocal and (source is None or all(m.sector == "CVL" and not m.country for m in source.actors())):
            # round 92: "تبادل الأسرى بين إسرائيل وحركة حماس": the people exchanged are no side; «بين» names the sides
            # (round 95: also with no subject found at all, "جرى تبادل للأسرى بين روسيا وأوكرانيا")
            between = next((k for k in range(last + 1, min(len(tokens), last + 1 + BETWEEN_REACH))
                            if tokens[k].norm == "بين"), None)
            sides = [a for a in after if between is not None and 0 < a.first - between <= 2]
            if sides:
                source = sides[0]
        own_organ: Arg | None = None  # the source's own state named after a target preposition, kept as a last resort
        if target is None and noun and p.mode == "visit":
            # round 155: "في إطار زيارة عمل إلى قطر": the country visited, named right after the noun, before any
            # party a later clause names (… كما اجتمع مع رئيس المكتب السياسي لحركة حماس)
            target = self._place_target(sent, last, min(right, last + VISIT_DESTINATION_REACH), p, ptype, source,
                                        args, places)

        # round 157: «(وجّه) الاتهام إلى إيران»: a preposition the noun alone takes, right after it
        noun_preps, noun_prep_end = self._noun_target_preps(tokens, first, last, p) if noun else (frozenset(), last)
        if target is None:
            own = _states(source)
            for a in after:
                if a is source:
                    continue
                if a.prep in noun_preps and a.prep not in p.target_preps and a.first > noun_prep_end:
                    continue  # ("وجهت النيابة الاتهام إلى هؤلاء وأحالتهم إلى المحكمة": not the noun's own)
                if _other_noun_complement(tokens, last, a, self.lex.first_words):
                    continue  # round 161: "عقب لقائه بوزير الخارجية الإيطالي": whom the noun's doer met
                if a.prep and (a.prep in p.target_preps or a.prep in noun_preps
                               or (a.prep == "ل" and p.id in LAM_TARGET_NOUNS)):
                    if ptype == "AID" and own and {state_country(m) for m in a.actors()} <= own:
                        # section 88: "تقديم قرض … إلى مصر، حسبما أفاد بيان للسفارة اليابانية": the donor's own
                        # embassy says so; the country further on receives
                        own_organ = own_organ or a
                        continue
                    # a country after the act's own preposition, before a party far on, is the target ("وجهت أصابع
                    # الاتهام إلى إيران …، … للانتحاري"; not a place after ب or في, which tells where)
                    placed = self._near_place_target(sent, last, a.first - 1, p, ptype, source, args, places,
                                                     noun_preps, noun_prep_end) \
                        if a.first - last > NEAR_TARGET and places else None
                    target = placed if placed is not None and placed.prep not in LOCATIVE_PREPS else a
                    break
        if noun and p.reciprocal and source is None and target is not None and target.prep in ("ب", "مع") \
                and not _has_pronoun_suffix_norm(tokens[last].norm):
            # round 166: "خلال لقاء رئيس الوزراء الباكستاني بالرئيس التركي": the genitive of a meeting is the one
            # who meets the party after ب or مع
            source = next((a for a in after if a.first == last + 1 and not a.prep and a.last < target.first), None)
        if target is None and p.id in CASUALTY_PATTERNS:
            # round 166: "قتل فيها العشرات من المقاتلين الحوثيين"، "مقتل وإصابة العشرات من مسلحي التنظيم": the party
            # counted after «من» is the one killed
            target = next((a for a in after if a.prep == "من" and a.first - last <= COUNTED_KILLED_REACH
                           and _counted_of(tokens, last, a)), None)
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
        if target is None and ptype in ("ASSAULT", "COERCE") \
                and (them := _counted_of_them(tokens, first, last, args)) is not None:
            # round 131: "واعتقلت عدداً منهم": some of the civilians named before, of the acting state's country (or
            # of the country the sentence's context gives later, as for counted people)
            own = _states(source)
            country = next(iter(own)) if len(own) == 1 else None
            target = Arg([civilians_at(sent, them, country, "counted-of-them")], them, them, "")
        if target is None and p.object_target:
            # an aside between commas right after the verb and its subject holds no object ("، في بيان نقلته وكالة
            # …،"); the object may follow it ("اتهمت الرئاسة الجزائرية، في بيان …، المغرب بـ…")
            slot = _object_start(last, source)
            aside = _aside_end(tokens, slot)
            # round 127: a phrase that ends in its own preposition (ألقت الشرطة … القبض على الصحفي) has its object
            # behind that preposition (not behind another one further on: "بعد الاعتداء على السفارة")
            own_prep = _trigger_preposition(tokens, last)
            rest = [a for a in after if a is not source and (a.prep in ("", CONTAINER_OBJECT) or (
                a.prep == own_prep and not any(tokens[k].norm in PREPOSITIONS for k in range(last + 1, a.first))))
                    and not (aside is not None and slot < a.first < aside) and not _reporter(tokens, a)]
            if rest and (source is None or rest[0].first > source.last) and _gap(tokens, last, rest[0].first,
                                                                                  named) <= 8:
                target = rest[0]
            elif aside is not None:
                target = next((a for a in after if a.first == aside + 1 and not a.prep and a is not source), None)
        if target is None and (p.target_preps or p.object_target):
            target = _member_object(tokens, last, after, source, p, self.stop_words)
        if target is None and "ب" in p.target_preps:
            target = _sovereign_owner(tokens, last, after, source)  # round 136: "بسيادة المغرب"
        if target is None and (p.target_preps or p.object_target):
            target = self._near_place_target(sent, last, right, p, ptype, source, args, places, noun_preps,
                                             noun_prep_end)
        if target is None and ptype == "ASSAULT":
            target = self._struck_ground(sent, last, right, p, source, args, places)  # round 185
        if noun and p.mode == "visit" and source is None and target is not None and target.prep == "ل" \
                and target.first - last <= 2:
            # round 100: "زيارة مرتقبة لوفد أمني عراقي إلى دمشق": the visitor by ل, the place after إلى visited
            visitor, target = target, None
            destination = self._place_target(sent, last, right, p, ptype, visitor, args, places)
            if destination is not None and destination.first > visitor.last:
                source, target = visitor, destination
            else:
                target = visitor
        if target is None and ptype == "CONSULT" and p.mode == "visit":
            target = _destination_before(sent, first, source, args, places)  # round 68: "يتوجه … إلى طهران في زيارة"
        if target is None and ptype in TERRITORY_TYPES:
            target = self._territory_target(sent, last, right, ptype, source)  # section 32: "من الأراضي الليبية"
        if target is None and ptype == "MOBILIZE":
            target = _border_target(tokens, last, after, args)  # round 108: "حشدت قوات على حدودها مع إريتريا"
        if target is None and ptype == "ASSAULT":
            target = _passing_target(tokens, last, after) or _gathering_target(tokens, last, after) \
                or _result_victims(tokens, last, after)  # round 96; round 128: "وسط تجمع لعناصر الأمن"
            if target is not None and target is source:
                target = None
        if target is None and ptype in ("ASSAULT", "COERCE"):
            target = _owned_object(tokens, last, after)  # round 121: "استهداف سفينة مملوكة لشركة أمريكية"
        if target is None and ptype in ("ASSAULT", "COERCE") and source is not None \
                and len(own := _states(source)) == 1 \
                and (crowd := _dispersed_crowd(tokens, last, after, source)) is not None:
            # round 112: "أطلقت قوات الأمن الغاز المسيل للدموع على تجمع وسط بغداد، لتفريق المحتجين": the crowd, its
            # civilians (of the one country the sentence's places are in, else of the force's state)
            placed = {pl.country for pl in places if pl.country}
            country = next(iter(placed)) if len(placed) == 1 else next(iter(own))  # (the crowd where it gathered)
            if isinstance(crowd, int):
                target = Arg([civilians_at(sent, crowd, country, "crowd")], crowd, crowd, "")
            elif all(m.country is None for m in crowd.actors()):
                target = Arg([with_code(m, country, "CVL", "crowd") for m in crowd.actors()], crowd.first, crowd.last,
                             crowd.prep)
            else:
                target = crowd
        if noun and target is None and source is not None and source.last < first and _dead_named_before(tokens, first):
            source, target = None, source  # round 152: "لقي 13 حوثياً مصرعهم": the dead, not who killed them
        elif noun and target is not None and source is not None and source.last < first and last < target.first \
                and not target.prep and _dead_named_before(tokens, first) and ptype in FORCE_TYPES:
            # round 184: "لقي شرطي مصرعه … إثر قيام مسلحين بإطلاق النيران": the dead before it are the target, the
            # bare party after it the killers
            source, target = target, source
        if target is None and victims_before is not None and victims_before is not source:
            target = victims_before  # round 54: "أصيب ثلاثة جنود بجروح في هجوم"، "استشهد فلسطينيان برصاص"
        expressed = _object_hit(tokens, last, p, named) if p.objects else None  # (where, which) complement
        if target is None and expressed is not None and p.role == "statement" and not p.target_preps:
            target = _expressed_for(tokens, expressed[0], after, source)  # round 126: "عن دعمها لجهود الحكومة"
        target = target or own_organ
        cameo = p.cameo
        mode = None
        if p.objects:
            if expressed is not None:
                cameo, mode = expressed[1].cameo, expressed[1].mode
            elif p.requires_object:
                if explain is not None:
                    explain.append(f"pattern {p.id}: no complement that says what was expressed")
                return None
        if p.id == "consult.press_conf" and (target is None or target.prep != "مع"):
            if explain is not None:
                explain.append("press conference without a counterpart (مع …): not a meeting")
            return None
        genitive = target is not None and target.prep == "" and target.first == last + 1 and (
            noun or tokens[last].text.endswith("ة"))  # a verbal noun (تهنئة، دعوة): no verb ends in ة
        if target is not None and (target.prep == "من" or genitive) and (received_by_subject or any(
                _has_any(tokens[k], RECEIVE_WORDS) for k in _window_before(tokens, first, 4, named))):
            # تلقى اتصالاً من X: X is the caller (the receiver's name and titles between are not counted); so is
            # the genitive right after the noun (تلقى … تهنئة السفير الأميركي: the ambassador congratulated him)
            source, target = target, source
        elif noun and ptype in FORCE_TYPES and source is not None and target is None and source.last < first and any(
                _has_any(tokens[k], RECEIVE_WORDS) or _has_any(tokens[k], SUFFER_VERBS)
                for k in range(source.last + 1, first)):
            source, target = None, source  # round 30: "الحوثيون تلقوا ضربات موجعة": who receives blows is their target
            # (round 86: "إن السعودية عانت من التطرف والتفجيرات": who suffered them too)
        elif noun and ptype == "CONSULT" and source is not None and target is None and source.last < first \
                and first - source.last <= RECEIVED_REACH and any(
                    _has_any(tokens[k], RECEIVE_WORDS) for k in range(source.last + 1, first)) \
                and not any(tokens[k].norm in CLAUSE_PUNCT for k in range(source.last + 1, first)):
            # round 177: "قيادة جماعة الحوثي تسلمت أمس رسالة إنذار من المقاومة": the receiver of a letter or a call
            # whose sender is no party is its target, not its sender
            source, target = None, source
        if p.subject_received and source is not None and source.last < first:
            # round 78: "لاقت القرارات التي أصدرها العبادي ترحيباً": whose step met the welcome is its target; who
            # welcomed it is only a party after the noun (its genitive, or «من»)
            source, target = next((a for a in after if (a.first == last + 1 and not a.prep) or (
                a.prep == "من" and a.first - last <= WELCOMER_REACH)), None), source
        if source is not None and target is not None and not target.prep and source.first > last \
                and _name_of_subject(tokens, source, target) \
                and all(m.type == "PERS" and not m.actor_code for m in target.actors()):
            # round 85: "دعا رئيس المجلس الوطني الفلسطيني سليم الزعنون إلى …": an uncoded name right after the
            # subject after the verb is that subject's name, not the verb's object (round 178: also between commas,
            # with a form of address: "أشاد وزير الأوقاف الأردني، الدكتور هايل داود، بالتوسعة")
            target = None
        elif source is not None and target is not None and not target.prep and not p.reciprocal \
                and _one_person_twice(tokens, source, target):
            # round 183: "دعا زعيم حركة طالبان الجديد الملا أختر منصور إلى …": the title's holder, named by a name the
            # lexicon codes as well, is the subject told twice, not the act's target
            target = None
        if after_passive_aux and source is not None and source.last < first:
            agent = next((a for a in after if a.prep in PASSIVE_AGENT_PREPS), None) or next(
                (a for a in after if not a.prep and _agent_phrase_before(tokens, last, a.first)), None)
            if agent is not None:
                # round 80: "بل تم إطلاق سراحه بكفالة من قبل فرع هيئة التحقيق والادعاء العام": a passive act's named
                # agent is its doer, not the party of the clause before «تم»
                source, target = agent, (None if target is agent else target)
        doer = _subject_after_pronoun_object(tokens, first, last, noun, source, after)
        if doer is not None:
            # round 78: "بأسلحة حديثة زودتها بها دول التحالف"، "مدرعاتها التي زودها بها التحالف": a verb whose object
            # is its own pronoun has its subject after it; the party before it received the act
            source, target = doer, source
        if target is not None and ptype in FORCE_TYPES and _kind_adjective(tokens, last, target):
            # «الهجوم الانتحاري»، «العمل الإرهابي»: the adjective says who attacks, never who is attacked
            source, target = source or target, None
        if ptype == "CONSULT" and target is not None and _chaired_by(tokens, target):
            # round 153: «عقد المجلس اجتماعاً برئاسة الأمير»: the chair holds the meeting, nobody meets him
            source, target = source or target, None
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
        if noun and ptype in FORCE_TYPES and source is not None and tgt and _announced_own_loss(tokens, source, first,
                                                                                             src, tgt):
            src = []
        host = next((a for a in after if a.prep in ("لدي", "من", "في") and 0 < a.first - target.last <= 2),
                    None) if p.id == SUMMON_PATTERN and target is not None and _own_envoy(src, tgt) else None
        if host is not None and not {state_country(m) for m in host.actors()} & {state_country(m) for m in src}:
            # round 22: "استدعت الخارجية البحرينية سفير مملكة البحرين لدى إيران للتشاور": one's own envoy called
            # home from the state named as his post is a recall (161) against that state, not a summons
            cameo, mode, tgt = RECALL_CODE, None, host.actors()
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
            country = self._nisba_country(tokens[j:j + 1])
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
        country = self._nisba_country(tokens[k:k + 1])
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
        one = self._nisba_country(tokens[k:k + 1])
        two = self._nisba_country(tokens[k + 1:k + 2]) if one else None
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

    @staticmethod
    def _noun_target_preps(tokens: Sequence[Token], first: int, last: int, p: Pattern) -> tuple[frozenset[str], int]:
        """The target prepositions a pattern's noun (not its verb or participle) takes beyond the pattern's own
        (the lexicon's ``noun_target``), when one stands right after the noun, and the last token its phrase may reach; none
        when a pronoun form of it comes first (الاتهام إليهم: the accused are the pronoun)."""
        words = p.noun_target_preps
        if not words or p.noun_forms.isdisjoint(_norm_forms(tokens[first])):
            return frozenset(), last
        for k in range(last + 1, min(len(tokens), last + 1 + NOUN_PREP_GAP)):
            if tokens[k].norm in ILA_PRONOUNS:
                break
            if tokens[k].norm in words:
                return words, k + NOUN_PREP_REACH
        return frozenset(), last

    def _near_place_target(self, sent: Sentence, last: int, right: int, p: Pattern, ptype: str | None,
                           source: Arg | None, args: list[Arg], places: Sequence[PlaceMention],
                           noun_preps: frozenset[str], noun_prep_end: int) -> Arg | None:
        """:meth:`_place_target` with the pattern's prepositions, then with its noun's own within their reach."""
        placed = self._place_target(sent, last, right, p, ptype, source, args, places)
        if placed is None and noun_preps:
            placed = self._place_target(sent, last, min(right, noun_prep_end), p, ptype, source, args, places,
                                        p.target_preps | noun_preps)
        return placed

    def _place_target(self, sent: Sentence, last: int, right: int, p: Pattern, ptype: str | None,
                      source: Arg | None, args: list[Arg], places: Sequence[PlaceMention],
                      preps: frozenset[str] | None = None) -> Arg | None:
        """A country or town introduced by the pattern's target preposition (or ``preps``, those of its noun) is
        the target, as its country (أرسلت مساعدات إلى غزة → PSE; سلمت … إلى العراق); for force, a place right
        after the verb and its subject is the object (اقتحم الجيش رفح)."""
        tokens = sent.tokens
        preps = preps or p.target_preps
        if not places or ptype == "CONSULT" and p.mode != "visit":
            return None  # a meeting's place is where it happens, not a party; a visit's is its host (زيارة … إلى العراق)
        starts = [t.start for t in tokens]
        taken = {k for a in args for k in range(a.first, a.last + 1)}
        for pl in sorted(places, key=lambda x: x.start):
            if not pl.country:
                continue
            k = max(0, bisect.bisect_right(starts, pl.start) - 1)
            far = k - last > PLACE_TARGET_REACH
            if k <= last or k > right or k in taken or far and (
                    k - last > SENT_TO_REACH or ptype not in ("AID", "MOBILIZE") or source is None):
                continue  # (``right`` ends the clause: a destination past it is another clause's)
            m = place_party(pl, sent.index)
            prep = _prep_of(tokens, k, m, self.stop_words)
            if far and prep not in TO_WORDS:
                continue  # round 187: only «إلى» carries aid or troops a named sender sent that far (سفينتين … إلى كوبا)
            head = k - 2 if k - 2 > last and _nisba_word(tokens[k - 1]) else k - 1  # (للعاصمة السورية دمشق)
            if not prep and head > last and ptype not in ("ASSAULT", "MOBILIZE") and _has_any(tokens[head], PLACE_HEADS) \
                    and not (source is not None and pl.country in {state_country(a) for a in source.actors()}):
                # "انسحبت من مدينة خيرسون": the town's من (force on a town falls on its people, §6; troops sent to,
                # or a faction taking, a town of its own country faces no state named by it)
                prep = _prep_of_word(tokens, head, self.stop_words)
            if prep and prep not in PLACE_NOT_TARGET and prep in preps:
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
            if not prep and p.object_target and ptype == "ASSAULT" and k == after_subject + 1 \
                    and _has_any(tokens[after_subject], FACILITY_HEADS) \
                    and not (source is not None and pl.country in {state_country(a) for a in source.actors()}):
                # round 54: "استهدفت طائرة مسيّرة حوثية مطار أبها": a facility of a town, struck: on that town's country
                return Arg([m], after_subject, k, "")
        return None

    def _threatened_ground(self, sent: Sentence, c: Coded, args: Sequence[Arg], places: Sequence[PlaceMention]
                           ) -> list[ActorMention] | None:
        """Round 190: a threat of force on another state's ground (هددت جماعة الحوثي باستهداف منشآت نفطية سعودية)
        is aimed at that state's government; ground as :meth:`_struck_ground` reads it."""
        if c.etype != "THREATEN" or c.target or not c.source:
            return None
        tokens = sent.tokens
        own = {state_country(m) for m in c.source} - {None}
        after = _past_subject(c, args)
        for k in range(c.last + 1, min(len(tokens) - 1, after + 1 + THREAT_FORCE_REACH)):
            if tokens[k].norm in CLAUSE_PUNCT:
                return None
            if tokens[k].prefix.lstrip("وف") == "ب" and _has_any(tokens[k], THREATENED_FORCE):
                ground = self._ground_at(sent, k + 1, own, args, places)
                if ground is None:
                    return None
                return [with_code(m, m.country, "GOV", "threatened-ground") if m.country else m
                        for m in ground.actors()]
        return None

    def _answered_party(self, sent: Sentence, c: Coded, args: Sequence[Arg]) -> list[ActorMention] | None:
        """Round 189: a threat of a response «على» an act (سترد على أي اعتداء إسرائيلي، برد حاسم على المناورات
        المشتركة بين واشنطن وسيول، بالرد على الغارات الإسرائيلية) is aimed at the act's doer: its country's adjective
        (its government), or the parties named right after the act noun, or between («بين … و …»)."""
        if c.etype != "THREATEN" or c.target or not c.source:
            return None
        tokens = sent.tokens
        own = {state_country(m) for m in c.source} - {None}
        for k in range(c.first, min(len(tokens) - 2, c.last + 1 + REPLY_REACH)):
            if tokens[k].norm in CLAUSE_PUNCT and tokens[k].norm not in ("«", "»", '"'):
                return None
            if (tokens[k].stem or tokens[k].norm) not in REPLY_WORDS and _bare_word(tokens[k]) not in REPLY_WORDS:
                continue
            on = next((j for j in range(k + 1, min(len(tokens), k + 1 + REPLY_ON_REACH)) if tokens[j].norm in ON_WORDS),
                      None)
            if on is None or on + 1 >= len(tokens):
                return None
            act = on + 1 + (tokens[on + 1].norm in ANY_WORDS and on + 2 < len(tokens))
            for j in range(act + 1, min(len(tokens), act + 1 + REPLY_PARTY_REACH)):
                if tokens[j].norm in CLAUSE_PUNCT or tokens[j].norm in REPLY_STOPS:
                    break  # (the act's own words only: not «التهديد الممتد عبر الحدود السورية»)
                country = self._nisba_country(tokens[j:j + 1])
                if country is not None:
                    if country in own:
                        return None
                    return [synthetic_mention(tokens, sent.text, sent.start, j, j, country + "GOV", country, "GOV",
                                              "answered", sent.index)]
                party = next((a for a in args if a.first == j and a.prep in ("", "من", "بين")), None)
                if party is None and tokens[j].norm == "بين":
                    party = next((a for a in args if a.first == j + 1), None)
                if party is not None:
                    if _same_side(c.source, party.actors()) or any(m.country and m.country in own
                                                                   for m in party.actors()):
                        return None  # (not its own people: «أي استفزاز يستهدف السكان الأرمن»)
                    return [state_target(m, c.etype, c.cameo) for m in party.actors()]
            return None
        return None

    def _struck_ground(self, sent: Sentence, last: int, right: int, p: Pattern, source: Arg | None,
                       args: Sequence[Arg], places: Sequence[PlaceMention]) -> Arg | None:
        """Round 185: force aimed at another state's ground — the object of the verb, or what follows «على» right
        after a noun — is aimed at that country: a town or capital with its head (على العاصمة الأوكرانية كييف، مدينة
        ريازان), an installation with the country's adjective or a town after «في» (المنشآت النووية الإيرانية، مصفاة
        النفط في مدينة ريازان), bare as the gold codes a state's land; towns and homes with the adjective are its
        civilians (على المدن الإسرائيلية → ISRCVL).  Only for an actor of a known state, not on its own ground, and not
        a place past a party; an installation with a pronoun (قواعده) is its owner's."""
        tokens = sent.tokens
        own = {state_country(m) for m in source.actors()} - {None} if source is not None else set()
        if not own:
            return None  # (whose ground it is, with no state behind the act, is a civil war's town: no party)
        k = next((j + 1 for j in range(last + 1, min(right, last + GROUND_PREP_REACH) + 1)
                  if tokens[j].norm in ON_WORDS), None)
        if k is None and p.object_target:
            k = _object_start(last, source)
        return self._ground_at(sent, k, own, args, places)

    def _ground_at(self, sent: Sentence, k: int | None, own: set[str | None], args: Sequence[Arg],
                   places: Sequence[PlaceMention]) -> Arg | None:
        """The state ground whose words start at token ``k`` (see :meth:`_struck_ground`), of no country in ``own``."""
        tokens = sent.tokens
        if k is None or k >= len(tokens) or any(a.first <= k <= a.last for a in args):
            return None
        head = tokens[k]
        starts = [t.start for t in tokens]
        first_place = {max(0, bisect.bisect_right(starts, pl.start) - 1): pl for pl in places if pl.country}
        if _has_any(head, PLACE_HEADS):
            j = k + 1 + (k + 1 < len(tokens) and _nisba_word(tokens[k + 1]) and k + 1 not in first_place)
            pl = first_place.get(j)
            if pl is not None and pl.country not in own:
                return Arg([place_party(pl, sent.index, how="struck-ground")], k, j, "")
            return None
        facility = _has_any(head, GROUND_INSTALLATIONS) and not _object_pronoun(head)  # (قواعده)
        homes = _has_any(head, CIVIL_PLACE_PLURALS)
        if not facility and not homes:
            return None
        for j in range(k + 1, min(len(tokens), k + 1 + GROUND_ADJECTIVE_REACH)):
            if tokens[j].norm in CLAUSE_PUNCT or any(a.first <= j <= a.last for a in args):
                return None
            country = self._nisba_country(tokens[j:j + 1])
            if country is None and facility and tokens[j].norm == "في":
                # "مصفاة النفط في مدينة ريازان": the town right after «في», or past its head
                at = j + 2 if j + 2 < len(tokens) and _has_any(tokens[j + 1], PLACE_HEADS) else j + 1
                country = first_place[at].country if at in first_place else None
            if country is not None:
                if country in own:
                    return None
                sector = "CVL" if homes else None
                m = synthetic_mention(tokens, sent.text, sent.start, k, j, country + (sector or ""), country, sector,
                                      "struck-ground", sent.index)
                return Arg([m], k, j, "")
        return None

    def _contextual_codes(self, sent: Sentence, c: Coded, places: Sequence[PlaceMention],
                          entities: Sequence[ActorMention] = ()) -> None:
        """Codes that depend on the event (see :mod:`hadath.events.roles`): a country acting is its state,
        unnamed agents take the event's country, and the gold's domestic defaults for protests and
        concessions."""
        partner = next((m.sector for m in c.source if m.sector in STATE_SECTORS), None) if len(c.source) > 1 else None
        c.source = [state_source(m, c.etype, partner) for m in c.source]
        partner = next((m.sector for m in c.target if m.sector in STATE_SECTORS), None) if len(c.target) > 1 else None
        # a reciprocal act's parties are coded alike on both sides (أعلنت الهند وباكستان وقفاً لإطلاق النار: INDGOV
        # and PAKGOV as each other's target too, not the bare countries a ceasefire's target would be; section 83)
        # (members of one back-reference share its span: «الجانبين» holds both; each keeps its own country)
        as_source = {(m.start, m.end, m.country or m.actor_code): m for m in c.source}
        c.target = [as_source.get((m.start, m.end, m.country or m.actor_code))
                    or state_target(m, c.etype, c.cameo, partner) for m in c.target]
        if any(is_generic(m) for m in c.source + c.target):
            verbal = self.lex.code(c.cameo).quad_class in VERBAL_QUADS
            loc = None if verbal else c.location
            # the state it deals with, or the one named beside it (الحكومة السورية والمعارضة)
            everyone = c.source + c.target
            # "صحفيان أجنبيان في الجزائر": foreigners named as such belong to no country the context gives
            kept = {id(m): m for m in everyone if is_generic(m) and _called_foreign(sent.tokens, m)}
            c.source = fill_countries(c.source, context_country(loc, everyone, places if not verbal else ()))
            # (the victims of force belong to the country where they are, not the attacker's: "قتل عشرة مدنيين في غارة
            # شنتها طائرات حربية روسية على بلدة في ريف إدلب" → SYRCVL; section 85)
            hit_country = context_country(loc, (), places) if c.etype in FORCE_TYPES and not verbal else None
            c.target = fill_countries(c.target, hit_country or context_country(loc, everyone,
                                                                              places if not verbal else ()))
            if verbal and c.location is not None:
                c.source = fill_countries(c.source, c.location.country)
                c.target = fill_countries(c.target, c.location.country)
            # (round 97: also the society named elsewhere in the sentence, "يأمل الاتحاد العام التونسي للشغل أن تعدل
            # الحكومة عن قرار …", when the event's own parties leave the organ alone)
            own = _domestic_country(c.source + c.target) or _domestic_country(
                [*(m for m in c.source + c.target if is_generic(m)), *(m for e in entities for m in (e.members or [e])
                                                                       if e.sentence == sent.index
                                                                       and m.sector in SOCIETY_SECTORS)])
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
        if c.etype == "PROTEST" and (c.mode != "boycott" or _boycotted_vote(sent.tokens, c.last)) \
                and all(m.sector not in STATE_SECTORS for m in c.source):
            implied = "GOV"  # (round 132: a boycott of a vote too, not of a company: "قاطعت المعارضة الانتخابات")
        elif c.etype == "CONCEDE" and c.cameo.startswith(DOMESTIC_CONCESSIONS) and all(
                m.sector in STATE_SECTORS for m in c.source) and foreign <= {own}:
            implied = "CVL"
        elif c.etype == "COERCE" and c.cameo in DOMESTIC_RESTRICTIONS and all(
                m.sector in STATE_SECTORS for m in c.source) and foreign <= {own}:
            implied = "CVL"  # a curfew, an emergency, a cut of the internet: imposed on its own population
        against = own
        if implied == "GOV":
            # round 57: Palestinians' protests with no named target are against the occupying state (every one in
            # the gold is), and a protest at a foreign state's embassy or consulate is against that state
            missions = {state_country(m) for e in entities if any(w in normalize(e.text) for w in MISSION_STEMS)
                        for m in (e.members or [e])} - {own, None}
            if own in OCCUPYING_STATES:
                against = OCCUPYING_STATES[own]
            elif len(missions) == 1:
                against = next(iter(missions))
        if implied is not None:
            off = sent.start
            c.target = [ActorMention(c.trig_start, c.trig_end, sent.text[c.trig_start - off:c.trig_end - off],
                                     actor_code=against + implied, country=against, sector=implied,
                                     how="implied-domestic" if against == own else "implied-foreign",
                                     sentence=sent.index)]
            c.why.append(f"target implied: {against + implied} (domestic {c.etype.lower()}, GUIDELINES §1)"
                         if against == own else
                         f"target implied: {against + implied} (occupation or a foreign mission, GUIDELINES §1)")

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
        threats = [(e, sc) for e in events if e.etype == "THREATEN" for sc in _content_scopes(tokens, [e], conditions)]
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
                threat = next((e for e, (lo, hi) in threats if lo <= c.first < hi and e is not c), None)
                # (only a state or its organ the text names: not civilians, a place or an adjective read as a party)
                aimed = [m for m in c.target if threat is not None and not threat.target and m.country
                         and (m.sector in STATE_SECTORS or is_bare_country(m))
                         and not any(h in (m.how or "") for h in ("context-country", "place", "nisba"))
                         and m.actor_code not in {x.actor_code for x in threat.source}]
                if aimed:
                    # section 90: "هدّدت الحكومة العراقية بقطع علاقاتها الدبلوماسية مع السويد": a threat is aimed at
                    # whom the act it threatens would hit
                    threat.target = [state_target(m, threat.etype, threat.cameo) for m in aimed]
                    threat.why.append(f"target: that of the act it threatens («{tokens[c.first].text}»)")
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
        # (round 164: nor are people whose country was only filled from the sentence's: قتل 17 شخصا في تحطم مروحية
        # عسكرية أفغانية)
        return all((m.sector == "CVL" and (not m.country or "context-country" in (m.how or "")) and not m.name)
                   or "state-actor" in (m.how or "") for m in c.source)

    # ------------------------------------------------------------------ status

    def _status(self, tokens: list[Token], c: Coded, cues: dict[str, list[tuple[int, int]]],
                speeches: list[Speech], events: list[Coded], args: Sequence[Arg] = (),
                names: frozenset[int] = frozenset()) -> None:
        clause_start = _clause_start(tokens, c.first)
        light_lo = c.first - c.pattern.window if c.pattern.needs_before else c.first
        said = governing_speech(speeches, c)
        if said and said[-1].speaker is not None and not c.source and not c.noun \
                and _first_person(tokens[c.first], c.pattern):
            c.source = said[-1].speaker.actors()  # "وتابع: «… نطالب أميركا أن تقول»": we, the speaker
            c.why.append("its subject is the speaker (a verb of «I» or «we» in the quotation)")
        elif said and said[-1].speaker is not None and _pronoun_subject(tokens, c):
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
                    or (last < c.first and _never_happened(tokens, last, c.first)) \
                    or self._negated_object(tokens, c, first, events):
                if _prevention_denied(tokens, c.first):
                    continue  # round 169: "لم تحل دون الإفراج عن معتقلين": nothing prevented it, so it happened
                if _restricted_by_exception(tokens, first, c.last):
                    continue  # round 184: "ولم تقصف تركيا التنظيم سوى ثلاث مرات": it did, only three times
                if first > 0 and tokens[first - 1].norm in CONDITIONS_BEFORE_NEGATOR:
                    c.status = "hypothetical"  # round 38: "إذا لم يوافق الحوثيون": a condition, not a refusal
                    c.why.append(f"condition «{tokens[first - 1].text} {tokens[first].text}» before it")
                    return
                c.status = "negated"
                c.why.append(f"negated by «{tokens[first].text}»")
                return
        if light is not None and light > 0 and _negating_ma(tokens, light - 1) and not tokens[light].prefix:
            c.status = "negated"  # "إن القاهرة ما تقدّمت بأي طلب": ما before the light verb
            c.why.append(f"negated by «{tokens[light - 1].text}» before its light verb")
            return
        put_off = _put_off(tokens, c)
        if put_off is not None:
            c.status = put_off  # round 46: "تأجيل زيارة الرئيس الفرنسي"، "ألغى زيارته": still to come, or called off
            c.why.append(f"{put_off}: put off or called off (تأجيل، أُجلت، إلغاء)")
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
                    _apodosis(tokens[k]) for k in range(last + 1, c.first + 1)) \
                    and _bare_word(tokens[last + 1]) not in STATE_NOUNS:  # "… فإن الرد"، "فسنستهدف": the main clause
                # (round 169: "والقوات التونسية في حالة تأهب قصوى بعد هجوم …": a state, no condition)
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
                        c.pattern.needs_before and first >= light_lo and _has_any(tokens[first], c.pattern.needs_before)
                        # (round 176: the light verb's noun with the «ل» of purpose is still the aim: "اتصالات بين
                        # حماس وإسرائيل للتوصل إلى هدنة")
                        and not tokens[first].prefix.lstrip("وف").startswith("ل")
                        and not tokens[first].norm.lstrip("وف").startswith("لل")) \
                        and c.pattern.role == "event" and tokens[first].norm not in FUTURE_ADJECTIVES \
                        and not (c.noun and _bare_word(tokens[c.first - 1]) in AFTERMATH_WORDS) \
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
            if any(a.start < pl.end and pl.start < a.end and not (c.mode == "visit" and a.how == "place")
                   for a in actors):
                continue  # (the place a visit goes to is its host and where it happens: round 155)
            k = max(0, bisect.bisect_right(starts, pl.start) - 1)
            dist = k - c.last if k > c.last else c.first - k
            near_target = bool(c.target) and 0 < pl.start - max(t.end for t in c.target) <= 12
            window = LOCATION_WINDOW if self.lex.code(c.cameo).quad_class in (2, 4) else 3
            if k > 0 and _has_any(tokens[k - 1], MEETING_WORDS):
                window = 10  # "توصلت لاتفاق … خلال اجتماع أستانا": the meeting's place is the event's
            if (dist > window and not near_target) or not _located(tokens, k, pl, c.mode == "visit"):
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
            if k > c.last + 1 and tokens[k].norm == "منذ" and _has_any(tokens[k - 1], ONGOING_WORDS):
                continue  # "بمعالجة مشكلة انقطاع التيار المستمرة منذ 24 عاماً": how long a state has lasted
            if _later_clause(tokens, c, k):
                continue  # "طرد 18 دبلوماسياً، بعد أن خلص تحقيق إلى تورطهم في تفجير … عام 2014": a later clause's
            since = next((j for j in range(c.last + 1, k) if tokens[j].norm == "منذ"), None)
            if since is not None and any(tokens[j].norm in CLAUSE_PUNCT for j in range(c.last + 1, since)):
                continue  # "…، في أول اجتماع منذ قطع العلاقات قبل سبع سنوات": the date of that earlier act
            dist = abs(k - c.first)
            if best is None or dist < best[0]:
                best = (dist, d)
        return best[1] if best else None

    def _enough(self, c: Coded, explain: list[str] | None, tokens: Sequence[Token]) -> bool:
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
        if c.pattern.id in GIVER_NEEDED and not c.source and (c.noun or (
                c.first == c.last and tokens[c.first].norm.endswith("ا"))):  # (دعماً، not the verb's dual)
            if explain is not None:  # round 153: "ستحقق دعماً كبيراً لسلاح الجو" (the planes will), "تدعم أذرعها"
                explain.append(f"{c.pattern.id}: support told as a noun with nobody named who gives it")
            return False
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


TOPIC_REACH = 3  # words from a fronted topic to the verb whose pronoun resumes it (سورية لمن يدافع عنها)
VISIT_DESTINATION_REACH = 3  # words from a visit noun to the place it goes to (زيارة عمل رسمية إلى قطر)
GIVER_NEEDED = frozenset({"support.support", "backstop.SUPPORT"})  # a support noun is an event only with its giver
# named; support also names its beneficiary with ل (دعماً حيوياً للأسد), kept out of its target prepositions so
# that «دعم طهران لنظام الأسد» is still read as the noun (round 135)
LAM_TARGET_NOUNS = frozenset({"support.support"})
ILA_PRONOUNS = _words("إليه", "إليها", "إليهم", "إليهما")
NOUN_PREP_GAP = 2  # words from the noun to its own preposition («اتهامات مباشرة إلى»)
NOUN_PREP_REACH = 4  # words from that preposition to the party («إلى بعض مسؤولي وزارة الصحة»)
DOER_TYPES = frozenset({"SUPPORT", "ACCUSE", "REJECT", "AGREE"})  # acts that answer what another party did
def _comma_pair(tokens: Sequence[Token], a: Arg, b: Arg, nxt: Arg | None) -> bool:
    """Section 95: two parties joined by a comma alone, with no third joined to the second (طالب مجلس محافظة
    الأنبار، الولايات المتحدة بتكثيف …): a subject and the object after the comma that closes it, not a list —
    Arabic joins a list's last item with و (روسيا، تركيا وإيران)."""
    if len(a.mentions) > 1 or b.first != a.last + 2 or tokens[a.last + 1].norm not in ("،", ",") \
            or tokens[b.first].prefix[:1] == "و":
        return False  # (the last of a list already begun stays in it: روسيا، تركيا، إيران)
    if any(m.type == "PERS" and m.sector != "CVL" for m in (a.mentions[0], b.mentions[0])):
        return False  # (a person and the title after a comma, محمد علي جعفري، رئيس الحرس الثوري: one party; not a
        # crowd, round 155: "دعت وزارة الداخلية، المواطنين كافة، إلى": the citizens are called on)
    return nxt is None or not _coordinated(tokens, b, nxt)


def _nisba_word(tok: Token) -> bool:
    """A definite adjective of relation (السورية، الإيراني): what stands between «العاصمة» and the capital's name."""
    return tok.norm.startswith("ال") and tok.norm.endswith(("ي", "يه")) and len(tok.norm) > 4


INFLICT_WORDS = _words("كبد", "كبدت", "كبدوا", "يكبد", "تكبد", "تكبدت", "تكبدوا", "يتكبد", "تتكبد", "يكبدون")
SUFFER_WORDS = _words("تكبد", "تكبدت", "تكبدوا", "يتكبد", "تتكبد")
INFLICT_REACH = 8  # words from «كبّد» to the toll (the party made to suffer it between)


def _inflicted(tokens: Sequence[Token], c: Coded) -> tuple[int, bool] | None:
    """Round 73: (index of «كبّد / تكبّد», whether it is active) when a toll noun is what a party was made to suffer
    (كبّدوا أفراد الحرس الثوري العديد من القتلى، تكبّدت الميليشيات خسائر); None otherwise."""
    if not c.noun or c.etype != "ASSAULT":
        return None
    k = _word_before(tokens, c.first, INFLICT_WORDS, INFLICT_REACH)
    return None if k is None else (k, not _has_any(tokens[k], SUFFER_WORDS))


AGENT_PHRASE_REACH = 6  # words from «من قبل» to a party inside its phrase (من قبل فرع هيئة التحقيق والادعاء العام)


def _agent_phrase_before(tokens: Sequence[Token], last: int, k: int) -> bool:
    """Whether «من قبل / على يد» stands between the trigger and token ``k``, at most AGENT_PHRASE_REACH words before
    it and with no clause punctuation between: ``k`` is inside the agent phrase of a passive."""
    for j in range(k - 1, max(last, k - 1 - AGENT_PHRASE_REACH), -1):
        if tokens[j].norm in CLAUSE_PUNCT:
            return False
        if j > last + 1 and TWO_WORD_PREPS.get((tokens[j - 1].norm, tokens[j].norm)) in PASSIVE_AGENT_PREPS:
            return True
    return False


WELCOMER_REACH = 4  # words from the welcome noun to the «من» of who welcomed (ترحيباً واسعاً من الدول العربية)


def _meeting_setting_speaker(tokens: Sequence[Token], c: Coded, speeches: Sequence[Speech],
                             entities: Sequence[ActorMention]) -> list[ActorMention] | None:
    """Round 86: the speaker whose statement a meeting noun after «خلال / أثناء / عقب» is the setting of, when the
    meeting has no genitive party of its own (not «خلال لقاء الرئيس السيسي …»), does not already name both sides,
    and the speaker is no outlet and not on the meeting's other side; None otherwise."""
    if c.etype != "CONSULT" or not c.noun or c.first == 0 or not _has_any(tokens[c.first - 1], MEETING_SETTINGS):
        return None
    said = next((sp for sp in reversed(speeches) if sp.cue_last < c.first and sp.speaker is not None
                 and not sp.claim), None)
    if said is None or said.speaker is None or said.speaker.last >= c.first:
        return None
    speaker = said.speaker.actors()
    if _same_side(speaker, c.target) or all(m.sector == "MED" for m in speaker) \
            or {m.actor_code for m in c.source} & {m.actor_code for m in c.target}:
        return None
    nxt = tokens[c.last + 1] if c.last + 1 < len(tokens) else None
    if nxt is not None and any(nxt.start <= m.start < nxt.end for m in entities):
        return None
    return speaker


SUFFER_VERBS = _words("عانى", "عانت", "عانوا", "يعاني", "تعاني", "يعانون", "تعانيان")
MEETING_SETTINGS = _words("خلال", "أثناء", "اثناء", "عقب", "إثر")  # «خلال لقاء مع»: the meeting of the main clause
MEMBER_HEADS = _words("دول", "بعض", "إحدى", "أحد", "طيران", "طائرات", "مقاتلات")  # دول التحالف، طيران التحالف
PREPOSITION_PRONOUNS = RESUMPTIVES | _words("بهم", "بهما", "لها", "له", "لهم", "لهما", "منهم")


# heads of a case or an incident an act noun names (في قضية تفجير، ملف اغتيال، حادث تفجير): its parties come after it
CASE_HEADS = _words("قضية", "قضايا", "ملف", "حادث", "حادثة")  # (matched on forms: بقضية، لحادث، الحادثة)


def _words_away(tokens: Sequence[Token], starts: Sequence[int], c: Coded, m: ActorMention) -> int:
    """Words between the trigger and a party, a clause comma between counting as three more."""
    k = max(0, bisect.bisect_right(starts, m.start) - 1)
    end = max(0, bisect.bisect_left(starts, m.end) - 1)  # (the party's last word, when it stands before)
    between = range(c.last + 1, k) if k > c.last else range(end + 1, c.first)
    return len(between) + 3 * sum(tokens[j].norm in CLAUSE_PUNCT for j in between)


def _subject_after_pronoun_object(tokens: Sequence[Token], first: int, last: int, noun: bool, source: Arg | None,
                                  after: Sequence[Arg]) -> Arg | None:
    """Round 78: the bare coded party right after a one-word verb whose object is an attached pronoun (past one
    prepositional pronoun: زودتها بها دول التحالف، قتلته قوات الأمن) when the source guessed stands before the verb:
    the object being the pronoun, that party is the verb's subject.  A verb joined by و/ف is left to the rules
    for conjoined verbs."""
    if noun or first != last or source is None or source.last >= first or tokens[first].norm[:1] in ("و", "ف") \
            or not _object_pronoun(tokens[first]):
        return None
    k = last + 1
    if k < len(tokens) and _has_any(tokens[k], PREPOSITION_PRONOUNS):
        k += 1
    if k < len(tokens) and tokens[k].norm in MEMBER_HEADS:
        k += 1  # "دول التحالف"، "إحدى الميليشيات"
    if k >= len(tokens) or tokens[k].prefix[:1] in ("ب", "ل", "ك"):
        return None  # "أعلنت بكين رفضها للمقترح الأوروبي": a noun with its possessor, then its object
    return next((a for a in after if a.first == k and not a.prep and any(m.actor_code for m in a.actors())), None)



REBUT_WORDS = _words("وصف", "وصفت", "وصفوا", "يصف", "تصف", "نفى", "نفت", "نفوا", "ينفي", "تنفي", "رفض", "رفضت",
                     "رفضوا", "يرفض", "ترفض", "فند", "فندت", "يفند", "تفند", "دحض", "دحضت", "يدحض", "تدحض")
REBUT_REACH = 10  # words from the verb of rebuttal to the charge noun (its subject and titles between)


def _rebutted_charge(tokens: Sequence[Token], c: Coded) -> int | None:
    """Round 77: the index of the verb when a charge noun is what a party describes, denies or rejects (نفت
    الوزارة الاتهامات، وصف ظريف اتهامات … بأنها أكاذيب); None otherwise."""
    if not c.noun or not c.cameo.startswith("112") or c.first < 2 or "اتهام" not in tokens[c.first].norm:
        return None  # (a participle, «محمّلاً الجيش مسؤولية», is the rebutter's own charge)
    if _bare_word(tokens[c.first]) in ACCUSED_PRONOUN_NOUNS and c.first + 1 < len(tokens) \
            and tokens[c.first + 1].norm.startswith("ب"):
        return c.first  # "في قضية اتهامهم بالتخابر": the pronoun is the accused, as the party before it
    return _word_before(tokens, c.first, REBUT_WORDS, REBUT_REACH, past_commas=True)


# a singular charge noun with the accused as its pronoun (اتهامه بالتخابر: accusing him; اتهاماته is his accusations)
ACCUSED_PRONOUN_NOUNS = _words("اتهامه", "اتهامها", "اتهامهم", "اتهامهما", "باتهامه", "باتهامها", "باتهامهم")


SURVIVE_WORDS = _words("نجا", "نجت", "نجوا", "ينجو", "تنجو", "ينجون", "نجاة", "نجاته", "نجاتها")
SURVIVE_REACH = 8  # words from «نجا» to the «من» before the attack (its subject and titles between)


def _survived(tokens: Sequence[Token], c: Coded) -> int | None:
    """Round 69: the index of «نجا / ينجو» when an attack noun is what a party survived (نجا الوزير من محاولة
    اغتيال); None otherwise."""
    if not c.noun or c.etype != "ASSAULT" or c.first < 2 or tokens[c.first - 1].norm != "من":
        return None
    return _word_before(tokens, c.first - 1, SURVIVE_WORDS, SURVIVE_REACH, past_commas=True)


OWNED_PLACES = _words("مواقع", "موقع", "مقر", "مقرات", "معسكر", "معسكرات", "منزل", "منازل", "مخازن", "مراكز",
                      "مستودعات", "تجمعات", "نقاط")  # a place's owner after it is the genitive, not an actor here
# normalized words after which a word is part of a name, not an act: a lineage (round 144: علي بن أبي طالب) or a
# district's head (round 148: في مديرية أرحب, no welcome; not «ناحية»: «من ناحية تدريب» is "as for training")
NAME_HEADS_BEFORE = NAME_LINKS | frozenset({"ابي", "ابو"}) | _words("مديرية")


# round 168: a noun after these dates the promise or plan before it by a past act (وعدت الحكومة بتعزيز الإجراءات
# غداة هجوم انتحاري): the act is no part of what is promised
AFTERMATH_WORDS = _words("غداة", "عقب", "إثر", "اثر")  # (not «بعد»: «عزمها إرسال قوات بعد انسحاب الجيش»)
# round 169: «في حالة / في حال» before one of these names a state one is in, not a condition (normalized)
STATE_NOUNS = _words("تأهب", "التأهب", "طوارئ", "الطوارئ", "استنفار", "الاستنفار", "حرب", "الحرب", "حداد", "الحداد",
                     "ترقب", "غضب", "هلع", "صدمة", "فوضى", "انعقاد", "جمود", "ركود", "إنذار", "الإنذار", "تأهبها")
PREVENT_VERBS = _words("تحل", "يحل", "تحول", "يحول", "يمنع", "تمنع", "يحلن")  # «لم تحل دون …»
PREVENTION_REACH = 3  # words from the preventing verb to «دون» (لم تحل هذه العراقيل دون)
PREVENT_NEGATORS = VERB_NEGATORS | _words("لا", "ولا", "ما")


def _prevention_denied(tokens: Sequence[Token], first: int) -> bool:
    """Round 169: «لم تحل / لم يمنع … دون X»: the negator denies the preventing, so X happened (neither «لم» nor
    «دون» negates it)."""
    if first < 3 or tokens[first - 1].norm != "دون":
        return False
    return any(_bare_word(tokens[k]) in PREVENT_VERBS and tokens[k - 1].norm in PREVENT_NEGATORS
               for k in range(max(1, first - 2 - PREVENTION_REACH), first - 1))


PAST_NEGATORS = _words("لم", "ولم", "فلم")
EXCEPTION_WORDS = _words("سوى", "إلا")
EXCEPTION_REACH = 8  # words from the act to «سوى / إلا» in its clause
# «إلا أن» is "however", «إلا إذا / إلا في حال» "unless": no exception to the act
NOT_EXCEPTION_AFTER = _words("أن", "أنه", "أنها", "أنهم", "إذا", "لو", "في")


def _restricted_by_exception(tokens: Sequence[Token], negator: int, last: int) -> bool:
    """Round 184: «لم … سوى / إلا» restricts a past act rather than denying it (لم تقصف تركيا داعش سوى ثلاث مرات،
    لم يفرج عنه إلا بعد عامين): the act happened, only so far.  Not «إلا أن» (however) nor «إلا إذا / إلا في حال»
    (unless)."""
    if tokens[negator].norm not in PAST_NEGATORS:
        return False
    for k in range(last + 1, min(len(tokens) - 1, last + 1 + EXCEPTION_REACH)):
        if tokens[k].norm in CLAUSE_PUNCT:
            return False
        if tokens[k].norm in EXCEPTION_WORDS:
            return tokens[k + 1].norm not in NOT_EXCEPTION_AFTER
    return False


COUNTED_KILLED_REACH = 5  # "قتل فيها العشرات من"، "قتل 6 من": words from the act to the party counted
# subject pronouns and the prefix of a present verb that agrees with each (وهو يتوعد، وهي تدعم، وهم يطالبون)
SUBJECT_PRONOUNS = MappingProxyType({normalize(w): prefix for w, prefix in (
    ("هو", "ي"), ("وهو", "ي"), ("هم", "ي"), ("وهم", "ي"), ("هما", "ي"), ("وهما", "ي"), ("هي", "ت"), ("وهي", "ت"))})


# «إنّ / أنّ» with the pronoun of a feminine or plural subject (وإنها اعتقلت، لأنهم يدعمون); «أنه» is left out, since
# it is often the pronoun of the matter, before a passive (أكد أنه قتل خمسة أشخاص)
THAT_FEMININE = frozenset(normalize(w) for w in ("إنها", "أنها", "لأنها", "بأنها", "وإنها", "وأنها"))
THAT_PLURAL = frozenset(normalize(w) for w in ("إنهم", "أنهم", "لأنهم", "بأنهم", "وإنهم", "وأنهم"))


def _after_subject_pronoun(tokens: Sequence[Token], first: int) -> bool:
    """Round 166: a present verb right after its subject pronoun (أحد مقاتلي التنظيم، وهو يتوعد مجلس النواب):
    the party after it is its object.  The verb's prefix must agree (not «هو تعاون إيران»، a noun)."""
    prefix = SUBJECT_PRONOUNS.get(tokens[first - 1].norm) if first > 0 else None
    return prefix is not None and tokens[first].norm[:1] == prefix


def _after_that_pronoun(tokens: Sequence[Token], first: int) -> bool:
    """Round 172: a verb right after «إنّ / أنّ» with the pronoun of its subject, agreeing with it (وإنها اعتقلت
    مواطنين اثنين، أنهم قتلوا جنوداً): the party after it is no subject of it."""
    if first == 0:
        return False
    before, verb = tokens[first - 1].norm, tokens[first].norm
    if before in THAT_FEMININE:
        return verb.endswith("ت") or verb[:1] == "ت"
    return before in THAT_PLURAL and (verb.endswith("وا") or (verb[:1] == "ي" and verb.endswith("ون")))


def _bare_title(tokens: Sequence[Token], k: int, args: Sequence[Arg]) -> bool:
    """Round 72: a definite title at ``k`` that no party covers and nothing qualifies (الوزير، الرئيس), or (round
    166) an honorific with its pronoun (سموه، معاليه): an uncoded subject.  A title followed by a definite word,
    «باسم» or a party (المدير العام، المستشار الألماني، المتحدث باسم الأمين العام) is a longer name, left to the
    parties."""
    if k + 1 >= len(tokens):
        return False
    if tokens[k].norm in HONORIFIC_PRONOUNS:  # round 166: "وحثّ سموه المتطوعين" (unless coded, as the person it names)
        return not any(a.first <= k <= a.last for a in args)
    if not tokens[k].norm.startswith("ال") or not _has_any(tokens[k], APPOSITION_TITLES):
        return False
    nxt = tokens[k + 1]
    return not any(a.first <= j <= a.last for a in args for j in (k, k + 1)) and nxt.is_word \
        and not nxt.norm.startswith("ال") and _bare_word(nxt) not in ("باسم", "بلسان", "عن") and nxt.prefix.lstrip("وف")[:1] != "ل"


def place_party(place: PlaceMention, sentence: int, sector: str | None = None, how: str = "place") -> ActorMention:
    """A place named as a party (a visit's host, aid sent to a town): its country — or that country's government or
    civilians, with ``sector`` — with the place's span as the evidence."""
    return ActorMention(place.start, place.end, place.text, type="GPE", name=place.name_ar, name_latin=place.name,
                        actor_code=place.country + sector if place.country and sector else place.country,
                        country=place.country, sector=sector,
                        how=how, sentence=sentence)


DESTINATION_REACH = 8  # words from the place a party travels to back to the visit noun after it
TO_WORDS = frozenset({"الي"})


def _destination_before(sent: Sentence, first: int, source: Arg | None, args: Sequence[Arg],
                        places: Sequence[PlaceMention]) -> Arg | None:
    """Round 68: the place a party travels to, told before the visit noun (يتوجه الوزير إلى العاصمة الإيرانية
    طهران في زيارة، وصل إلى أنقرة في زيارة): its state hosts the visit.  Only after «إلى» or ل (past «العاصمة» and
    its adjective), in the same clause, and not the visitor's own country."""
    if source is None:
        return None  # (a visit nobody named makes "عاد إلى تشاتانوغا لزيارة أسرته" a visit to the United States)
    tokens = sent.tokens
    starts = [t.start for t in tokens]
    taken = {k for a in args for k in range(a.first, a.last + 1)}
    own = {state_country(a) for a in source.actors()}
    for pl in sorted(places, key=lambda x: x.start, reverse=True):
        k = max(0, bisect.bisect_right(starts, pl.start) - 1)
        if not pl.country or k >= first or first - k > DESTINATION_REACH or k in taken or pl.country in own \
                or any(tokens[j].norm in CLAUSE_PUNCT for j in range(k + 1, first)):
            continue
        head = k  # the capital word and its adjective before the name (العاصمة الإيرانية طهران)
        while head > 0 and (_bare_word(tokens[head - 1]).endswith("عاصمه") or (
                head == k and _nisba_word(tokens[head - 1]) and head - 2 >= 0
                and _bare_word(tokens[head - 2]).endswith("عاصمه"))):
            head -= 1
        to_word = head > 0 and _bare_word(tokens[head - 1]) in TO_WORDS
        if to_word or tokens[head].prefix.lstrip("وف")[:1] == "ل":
            m = place_party(pl, sent.index)
            return Arg([m], k, k, "الي")
    return None


CALL_REACH = 16  # words from a call or visit noun to the verb told "during it" (its parties and their titles between)


def _call_during(tokens: Sequence[Token], c: Coded, events: Sequence[Coded]) -> Coded | None:
    """Section 92: the call or visit a verb right before «خلاله / خلالها» was told during (اتصالاً هاتفياً من الملك
    محمد السادس أعرب خلاله), when it names who made it and nothing but its parties stands between: no other act and
    no end of sentence.  None otherwise."""
    if c.noun or c.last + 1 >= len(tokens) or tokens[c.last + 1].norm not in SAID_IN_IT:
        return None
    call = next((o for o in reversed(events) if o is not c and o.noun and o.etype == "CONSULT" and o.last < c.first
                 and c.first - o.last <= CALL_REACH), None)
    if call is None or not call.source or any(o is not c and call.last < o.first < c.first for o in events) \
            or any(tokens[k].norm in (".", "؛", "؟", "!") for k in range(call.last + 1, c.first)):
        return None
    if tokens[c.last + 1].norm not in DURING_IT and c.source and not {m.actor_code for m in c.source} <= {
            m.actor_code for m in call.target}:
        return None  # «، أعرب فيه»: a subject of its own right before the verb (only the receiver is overruled)
    return call


POSSESSED_SETTINGS = frozenset({"consult.host_noun"})  # a setting noun whose pronoun is the main actor
HELP_PLEDGES = frozenset({"agree.promise"})  # a promise whose content, when material help, is that help intended
PLEDGED_TYPES = frozenset({"AID", "COOPERATE"})  # material help that a pledge announces
AGREEMENT_CODES = frozenset({"030", "057"})  # consent, a deal reached or signed (only a truce is a term of consent)
OTHERS_OFFERS = frozenset({"agree.invite", "agree.invite_attend"})  # an offer another party made, then answered
DEAL_TERMS = frozenset({"retreat.deal_truce"})  # patterns that name a deal's term, coded only as that term
AGREED_TYPES = frozenset({"RETREAT"})  # terms of a deal (اتفاق لوقف إطلاق النار، اتفاق تسحب بموجبه قواتها)
CHARGE_NOUNS = _words("اتهامات", "الاتهامات", "اتهام", "الاتهام", "مزاعم", "المزاعم", "ادعاءات", "الادعاءات")

FUTURE_VERB_REACH = 10  # "رئيس البرلمان ورئيس الحزب … سيقومان بزيارة": a future verb after a long subject

LONG_NAME = 3  # an actor name this long (titles and a full name) is not counted in a window; a short one is
# ... and the words of an answer, a protest or a toll before it (رداً على اتهامات أطلقتها باكو، احتجاجاً على
# الهجمات الإسرائيلية، ضحايا في غارة نفذتها مقاتلات هولندية); not an ongoing state (استمرار غارات تركيا سيؤدي)
OWN_ACTOR_INTROS = TIME_INTROS | frozenset({"رد", "ردا", "وردا", "ردها", "رده", "احتجاجا", "تنديدا", "استنكارا",
                                            "ضحايا", "لضحايا"})
DECIDED_WHY = "the act of a decision another party took (بقرار X رفع …): told as done"

APPROVALS = frozenset({"agree.consent"})  # a consent whose material content is coded as that act
APPROVED_TYPES = frozenset({"AID", "MOBILIZE"})
JUDGING_CODES = frozenset({"111", "055", "114"})
REGRET_CODE = "055"
APOLOGY_STEM = "عتذ"  # اعتذر، اعتذاراً، يعتذر (normalised): an apology, not a regret (أسف)
JUDGED_WHY = "the act a condemnation, a regret or a protest is about, told as done: an act of its own"  # condemn, regret or apologise, protest formally
JUDGED_TYPES = frozenset({"ASSAULT", "COERCE", "AGREE", "SANCTION"})  # acts a judgement may tell as done
ARMED_SECTORS = frozenset({"MIL", "COP", "SPY", "REB", "INS", "IMG", "UAF", "SEP"})

CONDITION_VERBS = (("أقدم", "يقدم"), ("نفذ", "ينفذ"), ("شن", "يشن"), ("قام", "يقوم"), ("حاول", "يحاول"),
                   ("واصل", "يواصل"), ("استمر", "يستمر"), ("مضى", "يمضي"), ("أعاد", "يعيد"), ("وسع", "يوسع"))

HAPPENED_VERBS = _words("وقع", "وقعت", "جرى", "جرت", "حدث", "حدثت", "نفذ", "نفذت")  # a date after these is past
# Participles of lasting before «منذ» after the act (الأزمة المستمرة منذ 2011): the date is a state's start.
ONGOING_WORDS = _words("المستمرة", "المستمر", "مستمرة", "مستمر", "المتواصلة", "المتواصل", "متواصلة", "متواصل",
                       "القائمة", "القائم", "الدائرة", "الدائر", "الممتدة", "الممتد", "العالقة", "العالق",
                       "السائدة", "السائد", "المتفاقمة", "المتفاقم")
SINCE_LIGHT = _words("فرض", "بدء", "بداية", "اندلاع", "انطلاق", "إعلان", "توقيع", "إبرام", "شن", "تشديد")
# Nouns of a settlement or area before its name: "من مدينة خيرسون"، "على العاصمة كييف" keep the preposition.
PLACE_HEADS = _words("مدينة", "المدينة", "بلدة", "البلدة", "قرية", "القرية", "مخيم", "المخيم", "منطقة", "المنطقة",
                     "إقليم", "الإقليم", "ولاية", "الولاية", "محافظة", "المحافظة", "عاصمة", "العاصمة", "ريف", "حي")

# installations named after their town (مطار أبها، ميناء الحديدة، قاعدة حميميم): force on them falls on its country
FACILITY_HEADS = _words("مطار", "ميناء", "قاعدة", "منشأة", "محطة", "مصفاة", "معسكر", "معبر", "سجن", "مرفأ")
# round 185: the plural installations and the homes of a state's people that force may be aimed at
INSTALLATION_PLURALS = _words("منشآت", "المنشآت", "منشات", "المنشات", "مطارات", "موانئ", "قواعد", "محطات", "مصافي")
GROUND_INSTALLATIONS = FACILITY_HEADS | INSTALLATION_PLURALS
CIVIL_PLACE_PLURALS = _words("المدن", "مدن", "القرى", "قرى", "البلدات", "بلدات", "الأحياء", "أحياء", "المنازل",
                             "منازل", "المستوطنات", "مستوطنات")
ON_WORDS = _words("على")
# round 189: a response threatened «على» an act (سترد على، برد حاسم على، بالرد على)
REPLY_WORDS = _words("رد", "برد", "الرد", "ردا", "سترد", "سيرد", "ترد", "يرد", "نرد", "سنرد")
ANY_WORDS = _words("أي", "كل")
# round 190: the force a threat names with ب (هددت باستهداف، توعد بضرب، بقصف)
THREATENED_FORCE = _words("استهداف", "ضرب", "قصف", "مهاجمة", "تدمير")
THREAT_FORCE_REACH = 3  # words from the threat (past its subject) to «باستهداف»
ACROSS_WORDS = _words("عبر", "داخل", "خارج", "قرب", "على")  # where the act answered reaches, not who did it
# words that end the answered act's own words: a preposition or a word of reach, but «من / بين» name its doer
REPLY_STOPS = (PREPOSITIONS | ACROSS_WORDS) - _words("من", "بين")
REPLY_REACH = 6  # words from the threat's verb to its «رد»
REPLY_ON_REACH = 8  # words from «رد» to its «على» (past «بحزم ودون تردد»)
REPLY_PARTY_REACH = 4  # words from the act answered to its doer (اعتداء إسرائيلي جديد، المناورات المشتركة بين …)
GROUND_PREP_REACH = 3  # words from a force noun (غارات جوية، صواريخ) to the «على» of what it struck
GROUND_ADJECTIVE_REACH = 3  # words from the installation to its country's adjective (المنشآت النووية الإيرانية)

# a people under occupation protests against the occupying state (GUIDELINES §1), not its own authority
OCCUPYING_STATES = MappingProxyType({"PSE": "ISR"})
# an embassy or a consulate named as a party (السفارة السويدية، القنصلية الإيرانية): a protest there is against its state
MISSION_STEMS = tuple(normalize(w) for w in ("سفارة", "سفارات", "قنصلية", "قنصليات"))

EVACUATION = "aid.evacuate"
# a state's nationals abroad (الرعايا، رعاياها، مواطنيها): those it evacuates are its own civilians
NATIONALS = _words("الرعايا", "رعايا", "رعاياها", "رعاياه", "رعايانا", "مواطنيها", "مواطنيه", "مواطنينا")
NATIONALS_REACH = 5  # words from the evacuation to its nationals (إجلاء نحو ثلاثة آلاف من رعاياها)
SENTENCING_CODES = frozenset({"116"})  # a court finding people guilty: the people it sentences are its target

SPEAKER_ROOTS = ("01", "02")  # statements and appeals: coded only with their speaker named

