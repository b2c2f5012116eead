/**
 * Background document frequencies for sentence similarity's TF-IDF weights, and the words news
 * writes capitalised (names).
 *
 * Source: 10,180 news texts: the 9,198 AllSides article leads of NeuS (Lee et al., NAACL 2022;
 * github.com/HLTCHKUST/framing-bias-metric, MIT) and the 982 documents of ECB+ (Cybulska &
 * Vossen 2014, CC BY 3.0). Built by eval/build-similarity-lexicons.ts with Parallax's own
 * tokeniser and Porter stems. Only counts are kept, no text. Licence of this file: CC BY 3.0.
 */

/** How many texts were counted. */
export const newsDocuments = 10180;

/** One line per document frequency: the count, then the stems seen in that many texts (≥ 2). */
export const newsDocumentFrequencies = `
9567 the
8521 to
8028 a
7829 of
7284 in
6932 and
6590 on
5241 that
5067 for
4161 presid
4061 trump
3699 with
3512 as
3436 is
3331 it
3083 from
3012 by
2940 at
2925 said
2826 wa
2738 an
2717 hi
2628 new
2613 ha
2556 be
2464 he
2445 after
2397 u.s
2125 will
2046 have
1898 state
1838 who
1825 hous
1766 ar
1753 not
1698 donald
1678 but
1648 sai
1572 year
1561 democrat over
1480 report
1466 thi
1420 about
1398 tuesdai
1354 their
1344 had
1343 been
1342 two
1339 more
1300 which
1292 mondai
1291 thursdai
1290 first
1269 were
1253 would
1234 out
1226 dai
1220 time
1195 wednesdai
1186 republican
1184 peopl
1174 fridai
1170 senat
1163 nation
1142 call thei
1139 week
1138 up
1137 into
1118 elect
1099 than
1098 white
1068 offici
1067 administr
1064 former
1061 announc
1057 against
1051 biden
1050 or
1032 last
1024 accord
986 american
950 all
948 when
930 other
920 offic
919 coronaviru
910 vote
908 befor
887 feder
866 dure
841 no
840 us
830 could
828 court
823 plan
822 depart
795 back
786 what
781 month
776 also
775 includ
774 take
771 some
769 her
764 end govern
759 countri
754 we
753 make
725 told
723 him
722 unit
720 19
718 just
714 i
713 while
703 joe
699 million
695 bill covid leader
690 investig
688 down
684 gener
682 now
674 there
670 if
662 case
661 move
653 three
651 she
644 come
642 washington
641 even like
640 get
636 polic
631 presidenti
630 major
624 campaign
623 made
620 releas work
619 claim
613 most
611 night
610 sundai support
605 law
599 off
598 mai
590 sinc
589 secur
587 show
586 kill
584 s
581 attack
580 go
577 polit
574 rule
565 can set
557 public
552 follow
551 so
543 face
542 do
540 right
539 health york
535 expect
533 congress justic
529 order
528 fire
524 issu
523 statement
521 saturdai
518 top
514 deal
513 between death
511 how
502 http
501 group
499 them
498 where
497 attornei
496 suprem
495 parti
494 next
492 act
487 pass
485 second
483 author pandem post
482 charg
481 run
480 forc
479 effort under
475 secretari
473 committe compani
471 critic
468 sign
466 morn
465 high member through
464 ani decis
460 number
458 continu
456 hour
455 mani
449 onli
448 world
445 did
443 anoth chief vaccin
441 power
436 becaus help
435 busi
434 old sever wai
432 person
429 open
428 citi earli
425 appear
424 our
423 record
421 still
420 confirm
419 chang
418 long
417 should you
416 control
414 media
410 center four
407 part
406 accus allow
405 1
404 both
403 alleg want
401 border
400 press protect
399 around
398 10
397 2020
396 ask
394 close
393 ad
392 head
391 com need those
390 meet
389 hit least place
388 servic
387 well
385 famili
384 mark start
383 lawmak
381 polici
377 impeach job
375 remain
374 mr
373 final
372 2
371 gop man
369 lead
368 john shot
367 look
366 receiv team
364 home
362 found took
360 respons shoot
359 amid
357 question
356 block
355 late sen
353 judg
351 protest
349 execut return
345 left live
344 action militari
342 legisl
341 without
340 own
338 came
336 director leav
335 across provid
334 agenc recent
333 fund
331 d
330 win
329 build special then whether
328 6 aid five result
327 point vice
325 todai
324 russia
322 3 much put
321 www
320 emerg
319 candid
318 north
317 possibl
316 12 offer tweet
314 immigr increas nearli school
313 veri
310 11 warn
309 step
307 america base
306 fight stop
305 give obama talk
304 push
303 legal reach
302 earlier
301 commun di
299 nomine
298 repres
297 approv hear later turn
296 name
295 again
294 ban
293 economi
292 believ
291 arrest prevent
290 cnn
288 20 hold
286 despit social
285 far intern march
283 data effect program rep
282 led twitter
280 try
279 relat
277 attempt
276 defens line
274 care trial
273 5 histori
272 billion race third
271 california inform russian seek six why
270 know
269 becom caus robert
268 begin see worker
267 capitol until
266 measur war
265 gov
263 plai texa
262 requir
261 keep manag video
260 4
259 dead tax
258 30 latest such
256 challeng good governor
255 concern
254 awai district wall
253 file juli
252 ahead percent serv
251 big
250 trade
249 near
248 break life
247 children comment congression fbi senior
246 advis
245 current matter r
244 clear fox here hope street
243 china hand known larg rate
242 econom speech
241 15 conserv debat my voter
240 confer interview
239 2016 propos think
238 rais
237 alreadi cut market
236 ago labor
235 area counsel
234 address test
233 defend gun potenti
232 oper past
231 7 yet
230 detail posit
229 among
228 check initi women
227 direct diseas find kei never
226 seven south
225 fail june lawyer organ same spend total
224 began declar process
223 consid system target victori
222 probe
221 black counti hospit nomin unemploy
220 deliv intellig
219 articl sexual strike
218 associ level threat
217 local minut
216 8
215 demand held
214 due threaten
213 few involv launch publish sourc
212 medic outsid
211 2013 9 join p.m
210 aim pelosi spread univers
209 along
208 everi packag
207 complet decid discuss limit tell
206 bring decad enforc full role staff
205 viru
204 agre drop remov reveal suggest
203 side stand
202 behind bipartisan event less term
201 document fall
200 speaker thing woman
199 carri doe monei mueller too
198 account trillion
197 assault deni immedi wrote
196 air eight mean murder nanci
195 novemb share soon thousand
194 afternoon april clinton negoti
193 game onc speak weekend
192 evid florida relief went
191 host injur these
190 battl foreign got michael
189 happen pai promis violat
188 crimin don't prosecutor request restrict stori
187 14 50 send violenc
186 count enter
185 agreement georg
184 central sent suspect toward within
183 activ anti benefit enough expert great insid
182 letter mike taken
181 damag develop prison season though updat
180 half himself hundr minor
179 crime list risk
178 arm dozen let pick rise
176 mexico
175 creat describ
174 almost might respond
173 illeg review
172 figur grow urg watch
171 becam m reject
170 financi southern william
169 addit assist student wit
168 fact lost refus reportedli resign
167 minist
166 13 board co controversi ever global seen
165 convict januari tri west
164 100 free low must pressur
163 best chairman drug privat product shutdown
162 further futur men won
161 differ iran prepar pull union
160 remark
159 gave previou stage
158 howev lawsuit littl primari sentenc surg
157 mcconnel ralli testifi
156 budget declin food mass victim
155 andrew crisi fell histor project replac seem septemb travel
154 ag multipl
153 me site star troop
152 brief employe forward interest opinion unveil
151 advanc jame wide
150 arriv each network page re small walk
148 didn't stai
147 brought fear front mitch resid son
146 given miss poll riot visit
145 appeal better biggest largest
144 17 cite drive hillari prime problem
143 ballot import jan seri
142 24 decemb design independ
141 industri n't
140 argu commit custom delai expand formal human
139 25 ground lot massiv
138 sander
137 a.m capit condit messag panel reopen spokesman strong weapon
136 cover determin ti your
135 16 short
134 alli civil html judiciari kavanaugh present scene
133 done note round session ukrain
132 bid colleg era facebook safe
131 affect chines conduct constitut crowd floor inquiri saw schedul seat suffer whose won't
130 deputi door georgia indic young
129 23 40 dr familiar hard store town
128 carolina cost mayor reason recommend struck
127 abl hill i'm individu loss nuclear
126 abus appar chanc connect estim express guilti infect migrant noth phone
125 avoid brett incid progress resolut struggl
124 lose mile singl view
123 a.p bodi gain pro realli
122 car doctor lower signific vow
121 calif longer mask obtain paul price quickli
120 18 broke deadli doesn't facil handl introduc juri origin previous safeti
119 climat infrastructur korea san testimoni
118 access approach commiss ga perform
117 friend moment natur withdraw
116 2008 danger dollar leadership region research someth stock virginia
115 agent peac summit
114 2012 anthoni dose grant identifi link produc read reform rose situat sought
113 abort avail averag ceo heard instead regul
112 afghanistan bar barack blame david harri seriou
111 admit am choic daili demonstr fourth highest practic save slam treatment
110 accept bank fraud onlin thought wound
109 22 although career east fatal firm fulli gather improv real
108 2005 cdc celebr date employ establish liber payment
107 60 answer fals februari jeff n.y nine ship survei
106 dem explain journalist opposit recov revers score spent
105 berni bomb book clash defeat email guard injuri shortli slow stimulu violent word
104 august church dismiss feel jobless jr sweep
103 d.c homeland signal
102 blast blow can't cast educ rang success treat wait
101 allegedli cancel cours escal ex girl main player technolog ten togeth track
100 apart condemn insist land mother particip room sure vehicl
99 2018 abil bush certain command energi extend jone prior roll
98 29 impact met oppos rush
97 add applic attend boost entir heart impos octob option reduc secret user water worst
96 26 council halt island occur pentagon platform separ suspend transit window
95 child cross degre finish intend memori nov red suppli
94 argument bureau father focu hire schumer shift sit televis wife
93 comput internet iranian learn subpoena we'r
92 angel doubl fan floyd growth institut mount obstruct oil park rare search similar tariff tension
91 confront divis favor felt lo per putin storm
90 activist citizen consum contract p pennsylvania pictur revis rival yesterdai
89 amend chuck j prompt publicli quarter recoveri rescu rest roughli spoke trigger wear
88 2017 27 affair chamber difficult jail leak partner pfizer probabl readi regard saudi spark
87 appli coast conspiraci extrem giant locat terror wake
86 2009 28 bad disput field fuel kind ongo refer reuter standard statu tech
85 anyth either idea obamacar object paid popular smith studi su surpris syria t.v unpreced wing
84 appoint barr contain destroi form green nbc offens pledg sex throw
83 000 35 contact cooper deep ensur european highli often overturn repeal restor worth write
82 200 500 anyon bui contest divid europ gunman higher huge ill insur jump lack mail memo outbreak partisan prove self specif toll wrong
81 abc actual adult agenda elector evacu experi freedom interfer love navi parent speed veteran
80 2011 31 attent everyth examin featur nationwid popul wave
79 2007 coupl directli explos joint rank reserv someon sue t
78 acknowledg caught coach goal mandat non promot quit shut summer throughout
77 0 beat conflict convers corpor custodi draw everyon exist fifth focus hurrican incom isn't missil prais profil richard scandal voic
76 afford alabama arizona cohen diplomat kim lift middl penc respect task
75 anticip chri deadlin distribut franc israel journal movement newli renew thank trip worri
74 2019 32 alwai amount canada christma collaps escap exchang film grand hack influenc pose taliban vladimir websit
73 2010 90 complaint fake fda fill flag hate indict purchas ran retir road themselv titl
72 21 300 domest endors relationship repeatedli sanction u.k unlik version warren
71 financ fix honor moder normal opportun owner punish scale sport steve web
70 abov al anger below collect content distanc doj increasingli integr intent kamala longtim northern patient spot straight
69 47 boi class clinic combin confid dramat holidai light minneapoli oppon space true weekli
68 09 compar earn engag harass mission outlet proceed religi transgend whom
67 airport await captur e failur gulf johnson magazin movi rifl select shock station they'r toni yard
66 36 aggress annual brother earthquak economist essenti iraq mobil monitor plead seiz theori treasuri wage
65 armi award card compromis drew fast foot goe gui imag invest ky lock procedur shop sometim teenag troubl usual
64 2021 anonym cannot chair debt devast draft duti herself inaugur knew mccain necessari predict prioriti pursu resum settl suit surround traffic twice un western wisconsin
63 alexandria ami centuri doubt extens jim ly michigan misconduct newspap pair path patrol tough u.n upon
62 ambassador assess british combat domin fellow flee jong kick matt outlin partial politician section variant wasn't
61 ed especi francisco harm hurt ident la ladi period prohibit rel tout
60 70 afghan broadcast convent disrupt nearbi plant prosecut rather reflect scott strategi terrorist
59 45 48 alarm bear blood cap circuit consult dec e.t ey hall heat ic immun implement intel intens iowa kept larger mid midterm net ohio overhaul philadelphia playoff racial tim u
58 apolog born catch chao client colleagu devic eas elig encourag fauci hotel india manhattan oct regist rememb repeat taylor unanim worldwid
57 club coverag credit daughter de equip flynn fresh googl healthcar islam li lockdown marin meddl novel pardon penalti pompeo profession sea specul split understand virtual weigh written ye
56 55 analyst beyond charl commerc corrupt disast driver elimin exclus femal ford indian maintain puerto style surviv territori tradit ukrainian winner
55 2004 adam comei cop crew curb foundat gen highlight husband isra joseph kid magnitud overal retali scienc screen spike thoma touch train via vulner zone
54 150 advoc cash construct counter displai environ fair frequent gmt grab guidelin hunter jack minnesota pace promin sale sound stretch temporarili tom
53 80 arabia asylum atlanta background bloomberg closer conclud elizabeth exactli expos firearm flight flood happi heavi knock korean massachusett mob nfl particularli permit photo rico scientist stood submit tear trust upcom welcom
52 actress benjamin cabl complic denounc enact exit frustrat gari headquart inc incit laid loan manufactur model mostli outrag pacif pre restaur rock sell super threw
51 08 african broad burn cabinet coordin delta deploi faith feet fiscal fled founder itself kentucki king larri lowest mental motiv numer paper perhap raid rebound saint serious softwar stem susan tap valu warrant
50 05 400 43 bit broken camp chicago civilian complex contribut correct correspond cortez democraci deport detect detroit els environment jackson lai load longest mistak moderna motion notic ocasio overse perman peter piec properti sarah sept suspici temporari ultim villag whistleblow whole
49 1.9 41 alter biontech bob consider grew loom meant miami midnight mind onto prospect quak rebuk rocket signatur spokesperson stake undermin w weaken
48 absolut alaska alon anim approxim audienc boss brian bullet capac ceremoni certainli certifi crash crucial cultur donat emot heavili inch insurrect interior knowledg modern moor phase port resourc solut stun tehran transport veto
47 2006 2015 51 adjust advisori blaze box brown cb choos core daniel departur disappoint experienc factor fine forecast guarante guidanc hollywood machin neighborhood oust parliament poor racist sheriff spring tape truth unrest ve
46 3.5 33 actor blog built christoph citizenship collin congressman cuomo daca discov dow drove edg eric extraordinari gear hunt i'v intercept jersei kabul neg portland provinc rape recess refuge ron suicid trend widespread zero
45 02 07 75 assembl assert aug behavior blue britain chip common compet deficit entertain except explor hide homicid hopkin hot ignor instal physic rout shake shape subject tens unconstitut unusu variou youth
44 00 2003 46 600 adopt appropri automat beij corp engin fighter fish footbal knee leagu microsoft oregon payrol ramp sean silenc stone strongli surgeri tonight typic vallei
43 52 advic analysi avenu booster champion consist dark definit deliber digit discrimin endang eventu excit fly french garden gone helicopt invit legislatur meanwhil ms narrow older overnight pari presenc processor rapidli reelect sens shooter simpli smash soldier talli uk unclear wors
42 achiev alert appl aren't balanc brooklyn camera caucu clearli collus complain consequ downtown equal gang germani headlin inspector jerri kelli listen match oversight pack passag radic reggi ryan scrutini sector sixth statist touchdown type undocu unless usa verdict we'v wind wish
41 11th 38 acquir administ angri anniversari awar backlash bbc bridg brutal cancer chant depend drone easili expir ginsburg milit nevada observ outcom plea predecessor revenu slip societi suspicion vessel watchdog
40 39 53 61 bader bai basic branch brand cell code conei corner g he'll hike houston infecti k margin mari ministri mississippi muslim pin pretti radio recogn roi ruth sharpli shield smoke soar spokeswoman stephen stress strip termin weather
39 49 asian ball barrett beach billionair canadian cia die disclos e.u erupt ethic fit fought gender hang illinoi investor jamal lengthi map materi mexican moscow plu qualifi regular rescind resolv revok rich rioter rip settlement squar staffer tackl text unknown
38 2001 abandon accid alongsid assum b battleground behalf chosen clean climb drag eastern encount exploit geolog icon jon layoff lt mention neighbor pend personnel plane politico purpos quot reaction roger rumor server shouldn't strengthen swing utah
37 04 accomplish basi ben broader capabl censu competit conclus consecut craft crown detent editor escort estat fallen fed heel innoc japan manafort music ocean op particular percentag pois recal scientif seal seattl slightli suppos sustain tie transfer turkei
36 03 44 airstrik altern anchor asia bail breach coalit colorado contend dh dog electr emiss exercis famou feud gai german hacker i.i instruct interim lee louisiana mileston misinform none oval presumpt queen realiti ring stall tip trail
35 58 65 admiss athlet bolster christian comfort contenti convinc drawn egypt fewer greg hampshir hong isi isol kingdom kong lab landmark lash licens minimum mix mock montana n nba paus possess proof regim rehab repair runner santa schiff sharp size sponsor st steven suddenli surrend telephon unabl v vega wast wonder
34 acquisit airlin briefli cloud color couldn't crack crush defin detain don earth giuliani graham hero highwai index indiana indoor instagram jeffrei lie mayb nativ nice physician proud resist runoff sister spy substanti sworn tabl transform vincent viral we'll weak wuhan
33 2022 250 34 59 advantag boat circumst classifi commission conced cori deepli desk divers drama dub enjoi fate fierc firefight flaw footag guid iii impress instanc loot marijuana marri maryland maximum missouri pleas portion postpon princ privaci proce profit provis punch recount resort revel roof scrambl setback shown sort standoff steal surveil throat tight truck upset urgent
32 37 acquit aircraft alex assign avert badli brad casualti cathol charact cold cook decri defer desper easi edit exampl expans feb freez grai hostil indianapoli jen juror kevin label loui maria melania merchant openli oscar palestinian peak photograph plung ram registr reviv romnei rudi sam sight simpl spotlight swift teen tennesse tent terribl tremend vermont wild woodward
31 2002 asid axio c calm chase christin compel contradict destruct dreamer drink ev explod extra fla franchis gavin gaza greatest hasn't inject intensifi london marriag overwhelmingli patch pirat reli reput row shell shook sold spoken spur strength surgeon vacat writer youtub
30 academi acceler aden affirm africa alcohol assur bia centr certif chain childhood clip crackdown creation deserv download embattl enhanc epstein evalu fallout feloni filibust flow god golden grip itali ken languag manchin mitt monthli mountain nixon nurs oklahoma overcom pain pop pound pour privileg quick seventh squad strain tag tour uniqu uniti warm wayn whatev winter wouldn't
29 06 aliv amazon begun bombshel bow bowl chaotic colt deem diego disclosur effici enabl expens f fashion faster favorit flame fun hail incred insult khashoggi naval neck neutral newsom notifi outag patrick pregnant preliminari professor react reinstat retain rick sat scream shortag showdown slate string theresa you'r
28 1.5 2nd 57 advisor appointe art assassin athen audio audit australia belief belong breath channel clock cloth commerci crazi defenc desanti donor doug embrac enemi fault freshman gut ideolog imagin interven invok kansa lisa mandatori mislead moral msnbc narrowli oversea racism reid remot ross shout silent somali steadi strateg structur successor surfac tactic tighten uphold van volatil wealthi wrap yemen zuckerberg
27 advertis alexand arab australian beauti bibl bolton browser caution chemic circl clark clinch compli comprehens confus cyber depth derek disappear el entranc error extremist greek gunfir harvei healthi heighten hugh judici lean mainstream maker manslaught mysteri overwhelm pact paint parol pave persist pivot preced quarterback rampag rapid rod seeker sgt skeptic span stab x younger
26 64 abbott acquitt app arrang arson bannon betti birth booker boston conven cycl defi deleg disagre dispatch ditch driven embassi format fort girlfriend glass handgun he'd implic indonesia inocul ir jet legaci lindsai medicar mnuchin neil netanyahu northeast odd orlean palin panic partnership phil pipelin pittsburgh rand remind retail rhetor rig routin shelter speci steer stuff sun superior surpass switch tomorrow toss vast visa waterg wildlif winston
25 2014 91 99 abroad appreci atlant babi band basketbal billi bond brace campu carl categori compound confeder cyberattack dakota dalla delet dissent easier element england fame flip fortun frank gift graphic greater greec grim h hair hardwar hawaii hijack hint hole howard innov joke latino latter liberti lobbi lohan luxuri male mccarthi mere miller nadler occupi opt patriot perfect piraci plagu polar prayer regain republ root sensit sleep sprawl thwart tool tragic tsunami underwai withhold zealand
24 54 66 acosta adapt admir aftermath allen allianc arkansa attribut betsi bigger biolog blackberri candidaci carter ceas charlottesvil coincid columbia copi credibl dictat distress dress dynam electron elev emir emphas everybodi flash globe gross h.r hama harsh jacob l leg lewi malici marjori massacr mo nato nobodi pierr plot pm probat psaki quarantin rope seed seemingli sidelin somebodi southwest sprai studio tank ted visitor warship wasilla workplac
23 1972 42 a.g abrupt accident affili align amd asset auto bare barricad batteri bitter blasei breakthrough bright bu charger chauvin cheek chenei chose circul communist compil conspir cool courtroom disturb dna echo edt edward empti entri fundament golf gorsuch greet gupta h.p heavyweight hoax inappropri justifi kremlin ll mauric nazi nypd passeng pitch pronounc provoc quiet rain reconcili regulatori retreat robust salman script secretli shoulder sink socialist solid spirit steel stole stream stronger subsequ tara technic telecom thompson thu tick tone transcript upheld upper wallac wrongdo
22 1998 1999 1st 4th 56 85 900 admin amaz astrazeneca attract baltimor barrier bet bizarr boycott caravan classroom clearanc colin connecticut conwai dan davi dean decreas deepen dire dream eighth ellen exclud farm g.m gp gunshot i.e i.t intervent jerusalem jonathan kennedi killer legitim mar medicin militia oath otherwis pat pie pool precinct principl provinci proxi revolv ride ridicul salari scrap shadow slap smart stolen stormi sudden supremacist symbol thick threshold thrown timelin ty uniform unvaccin upend varieti
21 120 125 160 230 73 77 800 94 a.k afraid aftershock aggrav arraign bankruptci baseless bench bernstein boast bold bounti brexit carrier catastroph charlott cheer christ clarifi compon consensu contrast dealt dedic devo dig dnc embarrass epicent esper evansvil float folk function gold grappl herald hush inevit inflat inspir item jordan judgment kellyann klitschko lake letitia macbook mafia mat mom motor obvious offend org overrid pen prize propel pursuit rage reward rooki rural seismic sequel seth shed sick slash smaller smartphon snap sox stabil stanc statewid storag successfulli suffici supermarket survivor takeawai taxpay teixeira tenur thanksgiv they'v tillerson tini transact transmiss tremor unexpectedli unseal va vigil vital waitros walter wi wladimir
20 1.2 1996 3.2 68 72 95 absent alien ammunit apprehend austin borrow bottl bottom bug calib caucus ceil congresswoman consent degener del deposit dept diagnos diamond dismantl doom dorsei downplai dual dui en endur entiti excess extradit farmer forum furiou gordon hanniti harvard haven't hh humanitarian improperli inmat interrupt josh kenosha kilomet lgbtq lone luck maid mainli martin mate mess momentum monument mulvanei murphi nick ninth notabl nra o.k oblig oh olymp outstand peacefulli pete peyton philip portfolio proven quad qualiti rail regularli reluct rex rob rosa s.c sad sanjai scheme segment sieg spare strategist suburb sum supplier suspens swept symptom tire topic tower trap treati tumultu turkish uncertainti underscor util v.p vehicular viewer vision w.va weight wolf wright
19 01 1990s 20th 350 67 abruptli antifa anywai bend bin breonna burglari commut concert contagi contractor counterpart courthous credenti cruis debunk defiant depict deploy diplomaci disgrac drastic elsewher enterpris episod exceed fastest fee flew forens framework fundamentalist gate gotten guess hat height hurdl id interf iraqi jare lane louisvil matthew medicaid mick mitchel moham moratorium multi nationalist nonfarm nor optim pattern peril porn preserv print ratchet ravag rebuild recipi reel refere reign sanctuari scare shatter sole soleimani stagger steep stick strongest stuck stumbl sudan swath taser theme ticket tiktok transpar tribut undo unidentifi wealth worsen xi
18 1.4 63 76ers aceh ambiti anarchist anthem batter bell belt berth besid brain brazen captain chest cleveland comedian confidenti consumpt counselor culmin databas dave deliveri derail dinner dispers drunk dump eager eagl emmanuel epa epidem ethiopian euro evil exact exempt exhibit feed fundrais furi gap garland garner gradual graduat grate grill gubernatori guest halei harder helm hewlett i'd ibf incumb inde interst intimid italian jacksonvil jai jesu jewish jolt justin klobuchar landslid lieuten lincoln lindsei liz loser lynch macron maga manipul mediterranean merrick mirror myself nasdaq nervou notori nyt omar packard parad prone ransomwar rattl reassur reconsid refug regret retweet scath shaken sixer skill skip slowdown smile somalia suburban summari temperatur thin torch tucker unfold unfortun upgrad vancouv vt wed wrai
17 1997 2024 86 abolish abu afp afterward agricultur alejandro archiv arena assail bang burden buttigieg cach cement chariti click climber closur comeback concret corridor cruz curv cybersecur declassifi descend desert desir eat empir emploi equiti evict exposur factori fieri foil forth fulfil gambl gaug grenad grown htm jason jinp jul karen keyboard kurdish laptop lifetim mac manner marshal micro mine misdemeanor nichol nikki npr obviou orlando ossoff outdoor outgo pac parkland pharmaceut php pile podcast prefer pregnanc qwerti realiz referendum rein revolut rosenstein samuel sep shotgun shutter significantli sorri spiritu stir submarin tennant theft thrill tourist tragedi truli twilight vacant volunt wbo wildfir yanke
16 1991 1993 2000 5.4 5th 88 absenc aisl alan anybodi barbara barri beaumont blanket blasio bound bradi cannabi carbon carson cent closest creator cry cuba damn debut default depress dip disabl drugmak dy eddi efficaci elit emmi enrich est experiment expertis fairli fema festiv fi foe frontrunn geneva gibe hesit household impass imperil imposs indefinit info injustic insan intention internation invas jake jennif jeopard jeopardi kati knife kushner kyle laboratori laugh length liabil lineup master mccabe metro mitig mosqu narr neither nicknam nonprofit notebook occas orang outcri outlook parliamentari pastor persian playboi polygami portrai poverti precis premium prevail primarili princip pump pyongyang ralph regardless reiter religion revamp richmond robber royal satisfi scenario scope sidewalk simultan slai slaveri slot solv streak strict succe supervisor suppress swai syrian talent teach teacher traffick tran turkmenistan undisclos unleash vet vietnam warehous xavier
15 10th 1978 1992 3.6 911 abba academ accompani advocaci ambit angela antitrust anymor aspect autopsi ballist basebal bash bathroom beto bomber bori bought bounc c.a capt castro catherin censor centrist championship collud comparison confisc congratul consul dam divert dougla engulf enorm enrol evad evolv exce eyp fetu flake foul frame fumbl g7 gabbard garag gerrymand grasslei greenhous hadn't hardest haul heist hood ignit insurg jab jam janet l.a landscap launcher laura lend leverag levi liar libertarian ltd lunch lung m.v mayorka method michel midwest minim monetari moon mourn neal neighbour neo newton nightclub nike noon o'rourk ownership palm paso paycheck payton petit philli pocket pope powel premier proper quell rear rebel relax reliev repli resurg rev rice rollout rubbl seamicro semi semit shame silicon singapor southeast spate stark sting subsid telecommun they'll thinnest toler toppl tore tournament toxic tulsi tune turnout tyler undercut undersea unemploi unexpect unilater unlaw unnam urban valid valuabl volodymyr weren't whip wield wipe wire withdrew yellen zelenski
14 1.3 117th 14th 162 1957 2.2 2.5 220 3.1 3.8 3rd 700 absente anchorag antibodi atom backer baghdad barrag beaten bed bias bishop blueprint brave brick broadli brook brows bruce bst bump buri butler censorship chancellor commemor companion compass confess context contrari cotton craig crude defam delight dick disapprov disciplin disproportion drunken duncan editori elder espn f.b.i fabric fetal forese forest fred friendli funer glove grigoropoulo guatemala halftim hansbrough hatch hiller hometown horrif hostag hunger hurl i.r immin inaccur infiltr injunct interpret invalid istanbul jenkin jill jose keynot kidnap kiss kraft laps legendari lion log lopez lord loyal marco md melt migrat murkowski newport newsroom o'brien oral outspoken passport payoff pdt plate plenti polygamist precaut pride punt pure qassem qeshm ranch reagan recept redact reloc restart restrain rubio ruin shrink shy sooner spiral stamp stroke sumatra takeov tallgrass tamper tar therefor thiev tortur tougher trash troi tumbl uncov underground underw unfair unpopular usb vacanc vanc ventur wider wikileak willing yahoo yvonn
13 1967 1982 1995 25th 6.6 69 6th 76 8900 92 9th abram agit alik alzheim anderson antivir antoni arrai assad banner baseman beef berlin biloxi birthdai blinken bloodi bone boo breakdown bust caribbean cave ceasefir coloni commenc concentr curtail daunt deadliest denial devin difficulti disastr disband discount drill elabor environmentalist evangel fcc fend firestorm flurri forg fractur gallagh garbag gigant glad grace groceri h.w hardli henri heritag homeless hotspot idaho incendiari inequ infowar interact irregular ivori jaguar julian kaepernick kneel lesson logist loud malwar mechan merkel mormon mouth mt municip museum nashvil neglig nerv northam nvidia occasion ordin organis ortiz pension permiss phillip pit pollut postal pot properli racket rai reader revolutionari rid rift rio risen river roar salut sampl sergeant shore sidestep sixti slew smooth southeastern specialist stewart subsidi sullivan supplement swat taiwan taunt terrifi texan thai theater torn trace trawler truce truste turnov twelv twin unaccept unaccompani uncertain unchang undertak undeserv unfit unload uproar uranium vest vs weinstein welfar witch withheld yemeni yield
12 12th 1950s 1973 1974 1987 2.7 270 334 357 4.4 62 84 aboard accomplic accur adher aerial afc allergi alterc andi angl ariz arsen aviat bailout bargain basket becerra benchmark blake bless bloomington burst calcul campus cargo charter chin cipollon classic cnbc commando concess confin conscienc converg costa costli cousin crystal dade danc danni dariu dear deceas defect delawar dementia diagnosi disagr discharg disinform dispos dodg duck duke egyptian elton elus esther exhaust expel extern fantast fenc finger firework fld forefront franci fulton grave hammer heartbeat hell hook hopefulli horton hype i'll i.d ilhan imparti induc inner intellectu iron ivi jeremi jewel juan kemp lag laru lightest mad mall maneuv markei mcdermott membership memor memorandum merger merit metal metr midwai mild mohammad motorist mute mysor n.j nafta nasti nix nl o opteron ordinari palmer pan parenthood perceiv petrol pioneer plaintiff planet plug premis presum priest prophet purg ratcliff reclaim recruit regina relev rewrit roil ronald roster scaramucci scoop sicili simon simpson sky slain slide slowli soviet spar sprain springfield stadium stuart substanc supervis supremaci swiftli tanker tardi temblor toyota translat tree turkmen twist uae unc unlawfulli unlimit urgenc usmca vaniti vatican venu verbal verita virus visibl vocal volum w.h wade walli wane warp wash widen wilson wise withdrawn
11 1.8 130 140 16gb 170 1955 364 5.8 5.9 6.1 78 87 89 ac aca addict addition adventur albani alexandro alloc ambush ankl antonio aoc aoraki apr arcad attitud authoritarian aw backtrack bag bagman belov bind blackout blister blogspot brennan broker bronx brownsvil buse calendar camri capaldi capito carlson carv character charm chat chohan choke christchurch coal cocktail column comeaux compens composit congreg congresswomen constitu convert cordon coup crise criticis cult cum dad dare deadlock deb deck denver deton devolv dileo dine discourag dissolv distinct divorc elderli eldest embark envoi erdogan everywher excel explan extent extort felon fiction fixer flat formerli freed freewai frenzi g.t gasolin geniu guardian habitat harbor hargrov hasim hawaiian hennepin hispan horribl huckabe hung ibm imprison incorrect indonesian iphon ist ivanka jackman jamaal jean jewelleri jewelri jurisdict ka'loni kate kenyon kilometr kimani ladder lament lawrenc lesbian lineback lori luann lucr magistr marathon matti meaning millionair morningsid muscl n.c ncaa necessarili northwest nyc obstacl offset onboard opioid optimist ourselv ouster outlaw outright overtim pakistan palermo paralyz passion pensacola pepper persecut persuad phrase pill pilot pinup policeman postseason potter pretend preview primetim proclaim protocol quarterfin quest quietli quo raffensperg raj randi raw recognis recreat redirect reduct reed render robberi rodnei rogu rooftop salvag scorch scorer sect seizur sheet slight smell song southwestern specifi spi stabl stave stoke stunt sukanya sundar sunk switzerland technician they'd transmit trio tropic unarm unauthor undergo unhappi unnecessari upward vari vehement venezuela ventil verifi walenski walker walkout wba wellington whereabout who'v widow wive wood wore worship wreck wyom yida yovanovitch zurana
10 101 175 1980s 1983 1984 2.3 232 29th 4.7 82 96 a.r a.t aaron accommod adjourn ala alic alito ann anxiou anywher applaud arctic arsonist auster autonom baker balconi banda bandar banki banstead barn barrel bathrob batr bayou baytown bener blown bondag boom boot bora boulevard boundari bradlei breakfast breitbart brilliant bulletin businessman cage californian cam cambridg cameron cann canva cautiou cbo cheat checker chill clad claus clemenc clerk clot collabor commonli competitor conceal conscious consolid contributor cream creativ creep creighton crippl criteria crosswalk cyru daylight dealer deflect delhi descript deter devot dial distract documentari dossier dubai duel ego elementari elijah english explicitli export exxon facilit faction fade falsehood falter fascist feign fisheri flare forev forthcom fossil frigat ftc geforc genoves gig grief habit hamper handcuf harrison heller herd hid hirono holocaust horn hyde hypocrisi ideal illustr imf impend impli improp incorpor infam infuri inquir invad irrespons jamaica jeb jefferson jerrold jew johnni juliu kany ketsoyan keyston kirkpatrick km kristen lacalamita lago landlord lasal lawn leaker legend lethal lgbt linger lionsgat lobbyist loos lowel lui luther magrud marseil matanuska mckenzi mcmeekin megapixel mend meriah metropolitan microphon microsd millom misus modest nielsen nonpartisan nydailynew o'connor obscur obsess oddfath offshor oriol overrul overstep owen oxford palac password patienc peninsula peterson pichai pizza priorit propaganda provok publicist pundit q10 quinn raft rahman refresh reinforc reproduct rescuer reshap retract ridg rochel roe roman ronni sack sacramento safeguard saga sailor schiller seacom shadowi shellei shoe shower silver skiff slim slump somewhat spain spanish spell spill spiro spree stopgap stride strzok subdu sweden synagogu tast templ tend toronto trudeau turmoil twenti ugli unborn underag understood usatodai utter vendor virolog wale ward wari warrior weitz wheelchair whitak yale yang
9 18th 1940s 1959 1969 1970 1990 212 226 352 3g 4.2 404 4g 6.9 81 97th acr ali aluminum ark ashgabat atmospher attach av bat bedminst benni bigami biologist blackmor bleed bluejai blunt bother bout brandish broadband broaden bruis brush buck buford bull bulldog bunch burnsvil burr button buzzfe bypass carlton casti cellphon chairwoman charleston chart cindi coat coffe col columbu comedi comic complement con configur const constant constitution contin coron councilman crawford d.a darkest dash dawn dayton defianc delic dell densiti detaine deterior diann digniti diminish dirk disciplinari discredit discriminatori disgust dispar dive doc downward drake dunk duo durat echeniqu eclips eleven eleventh eli embodi entrepreneur epidemiologist equat evacue excori exoner expedit feldman fifti filmmak firmli flatbush florenc forget forgo foster fragil fraudul gardner gdp gene gerri geyser gillum glacier glare gome gretchen haaland haiti haitian hallwai hardship harvest haven havoc headphon heal hilli hinder homosexu hp huffingtonpost huntsvil hydroxychloroquin i.n incarcer inclus inconsist inflict influenti insert insuffici intersect irma islamist joiqu junior kain karamanli kathi khan knockout lancet landfal lawless leukemia levin lifestyl locker longstand loyalist loyalti lte lucki macarthur macworld magnum mainland malaysia malcolm malibu manuel maritim martha mazi mcallist meal median memoir meyer mgm mich midst misl mode mood mortal nautic navig netflix niaid nineteen nois notch notion nune nyse nytim o'keef omin omnibu onetim oppal oppress orderli orient orozco output oversaw overshadow panick parallel partli payer perdu pharmaci phoenix phoni pixel plaincloth plastic pneumonia policemen polygam presti proclam programm protestor provision pushback qualif r.b razor rebuf reckless recognit recus reimburs rejoin reliabl renam represent resettl residenti revolt richter rim rnc rollback russel salazar salt scherlinck scout sefton sentiment shakeup shaki showcas shrug sing ski skyrocket slipper smuggl snub sob solo somewher sophist soul sovereignti spat spearhead spectacl squeez sri staf staunton steadili steam stefanski stoneman strand subryan succumb sudanes surrei t.o tall tampa tasman tayyip telecast terri theorist thirti thread tightli titan trader traumat tribe trooper trove tulsa turbul underli unfound unifi uphil usg usp utterli v.a vanish vendom vindman vishwanand walmart warner whatsapp wheel whitehous wilbur woodburn worthi wreak wrench wsj yell za zink
8 051 1.6 106 110 176 1960s 1963 1979 199 1994 19th 1m 2.0 205 207 21st 2m 440 46th 49ers 5.2 50s 67th 79 7th 83 923 a.z abid abraham advers alexi amash amass amplifi analyz andr ankara annex anxieti arabian arteri arthroscop artino aspir ati attende backup basement beast bedford beleagu bernard betrai bigotri biscayn blackfac blew blind bobcat boe bombard boxer boycot broadwai brussel bulli burglar buyer bystand calmli carefulli carjack carpet carrasquillo chad chapter chokehold chronicl cigarett circumv civic clout colbert colo comb concept condon constantli continent cornerback couldn courag cpu crow cumbria dairi decept deeper demolish derid differenti dirti dishonest dolphin drank drift dug easter eldorado emanuel ethernet ethnic exagger excerpt exec explicit extinguish fantasi flagship forgiv foxnew franken frankli freak fret fring fume g.o.p gaetano gaetz gaskin gem ghani gina gotti graze gregg gregori hardwick hawlei hbo hedg helsinki herbert herman heroic hochul horowitz hotli hotlin hourli hourlong hub hut i.x inact incarn incest inexperienc influx infus ink insight instant intact intercontinent intrigu jumaan kathryn katrina kempthorn kenneth kerri khartoum kordofan kroon lame latim laud lebanon leftist lennox liter magic manhunt matchup max mcmaster meantim meat medium merck mercuri metoo mini minn mirag mlb modi moffat moin molotov motorcycl multin mum mumbl mvc nab narendra nebraska necklac nephew newest nfc nile nod northeastern nose nsa nuke oakland offseason okla oman optic orchestr p.c pa pagano papandr papua paranoid pearl perimet perri perspect phenomenon pickup pipe poison pole poorli poster postmast postur prai prematur prestigi priebu punit purpl purportedli puzzl q qanon qatar rancho rapist rebuilt refrain refut relentless remaind remedi rent repriev rerout retaliatori ricochet rigor roadblock rocki roosevelt sabotag salva sandi sank semifin sham shelv shipment sicken sierra sinema sixteen skin smear solicit solidifi sondland sonia stacei stare staunch steeler stern stiff stint strai straw strictest strictli strive succeed succop summar summon superintend supertank surprisingli suv swamp swarm swipe tabar taint teammat teas techniqu teleconfer tender testi thessaloniki thunder tier tmz todd tokyo turnaround turner tv tyson unabash unawar unbeliev unfairli unibodi unravel unrel unsign unwant upheav usatoday30 vape verg versu vigor void vonta waiv waiver wander warnock wartim wheeler whistl wink wireless x.l x86 xeon y yearn yorker youngest zient
7 1.7 1.9t 139 15th 1923 1928 1980 1b 2.6 214 288 3.7 30s 4.8 5.6 50th 6.4 71 81st 93 aclu activex agil altogeth anytim appal arbitrari architect architectur aspx assumpt au bath beer beneath berdymukhamedov bergdahl beta bevin bird bireun birmingham bleak bloc blur bodiford boil boon booth botch brass breaker breast bribe briberi brink bucklei byted c.c ca cake caller candl cannon captiv cassidi castiglion cat categor cautious certainti cfpb cheap clan clandestin clearer cobb cohn coleman collid commentari commonwealth condo constabl covert cruelti cure czar dalembert dana deborah decenc decrimin defraud dejoi demot denuclear deshawn desist desktop destin detach dialogu didn dim disarrai disguis dishonor dismai disorderli disparag distant distributor distrust dock doesn dominion downstair dwi earl earliest earner egg ei ema emancip emphasi encircl enclosur endless enlist ensu entitl envis eras evan evenli exacerb excus factual famous fascin favourit feinstein feminist fiona fisa flank flatli flickr flyov forti frederick friction frighten funni fur furor g.b gallon gallup garrard gasp gavel gazett geopolit gibb ging grade grandchildren grandmoth grandson grapnel greenwich griev grievanc grizzli grope guilt gunmen hakim hamstr hardbal hardlin hassan hatr hawk healdsburg heaven hefner hick hidden holi honestli hors hug hungri ida indi inflam inland instrument introduct j.b japanes jimmi journei jun justif keiwan kit kkk klux ku kyrsten laci lampahan lanka lauer launder leas likelihood limbaugh lodg loeffler logo loophol loosen looter luke macfarlan mafioso maj makeshift mammal manchest manokwari marfin maricopa marketplac math mcf mcgahn megyn meron mic microserv milk miracl mishandl modifi monopoli mortar motherboard mrna mybroadband nake neighbourhood neurosurgeon newman nih nobel norm nowher nugroho obscen oldest oler omaha outreach outset outweigh overtak ow pagliarelli paramed parodi pathwai pb pc peer perfectli pertain plain playbook plummet pointer portia ppp preexist prep prescript pritzker problemat prosper provocateur purport pursuant purwo qaeda quash queri quintero rabbi rait ramirez rancor ratliff rbi rcmp reagin rebuff recep redfield refinitiv reinc remdesivir renown resound restraint resurfac rethink retina rican ricardo richest riski rite roam rochest rode roesler rori rough rue ruse rusher sabathia sacrific sail sandra satellit schenectadi seismolog sensual she'd sheldon shine shopper shtml sicilian slogan slower slur soft somehow sonoma sotomayor spec spectrum spicer spin sprint squander stade stalem stanford starbuck starter statur statut stealth stephanopoulo stepheni sterl steyer stifl strait stronghold stuf suiss supercomput supposedli surrog suryani sutopo swalwel swan swim swiss talat tammi tamp taradis temper tex theatr thorough thoroughli till tobacco tongu tracker triangl tribun tunnel turncoat ultimatum unconsci undercov underlin unexplod unlock unpredict unsettl unsuccess upmarket upris upstair vampir vandal vandeest viabl vinatieri vito volcan voluntari wedg willi wine wiretap workaround workload wrangl wwdc wynn yearbook you'v zadan
6 0.2 0.9 0800 0845 1.1 1000 100th 103 108 117 121 129 135 180 1947 1950 1964 1968 1970s 1981 1986 1988 2030 3.3 3.9 306 320 4.1 480 512 512mhz 52nd 650m 7.3 7.6 750 7ghz 8gb a.j ablaz acc acrimoni adequ adolesc adversari airborn airplan algorithm allevi alphabet amateur amnesti angelo angrili anna apologis applaus apprehens aquat arian artist ascertain ashor asic assang asymptomat atroc authent autumn avenatti aviv awkward az b.c backlit baghdadi bailei bald balk bandwidth barb bashar beg behav bensu bezo biographi biotech biotechnolog bipartisanship bitcoin blacklist blagojevich blockbust bloodsh boll bookmak bore boutiqu brag brandau brandon breyer brigand broward bucket buckingham buddi buffalo buoi bureaucrat buzz cain caliph carlo carnag cathedr cbc cbp cctv centerpiec chairmen champ characterist charli chatter cherish chipset chop choru chp clamp clarenc clarif clue cola collis colonel columnist compat complianc compris concoct condol congest congressmen contempt contracept convei costello costum counterintellig counteroff counterprotest countless cpac cracker crater cri crook crowlei cuban cuccinelli cuf currenc dabnei debri declassif decor decre deer defus demograph denier denni dens depriv deutsch dexter dhow dirt disavow discret disenfranchis disord disqualifi dissid distort divest dod dope downtim downturn drain durham dustin dwindl edgar electrifi elianita elud emce emotion energ enrag enthusiasm essai eua eurozon exarchia exploratori expo extinct extraordinarili faculti fargo fedex ferguson fifteen firewir fist flatten flex flexibl flout fool forgotten fork fraction fraught frisk frontlin froze fruit furlough gag gannon gazan genese genuin ghislain ghost ghz gilead gonna government grass gratitud greatli grei groundbreak groundwork gruel h.d hanoi harlan hast haugen heather hefti hemp hemsworth heroin hilton hing holster hoover horizon hospitalis howel hoyt huawei huddl hurd hutcherson ibo ie6 ilen imped importantli incent inclin incoher incompet incorrectli ind ingraham input insle instantli intc interag interrog irna irrit isaac isp j.j jabaliya jag jami jenna jerom joaquin jointli jumper jussi kafouri kagan keith kent kiir kirbi kirstjen klan knowingli kodak kudlow kyiv lafayett laurenc lawson layer leap lessen liam librari lifelong lighter liken likewis likud limbo lineman lit litig lloyd logjam lure lyon m.d madelin maduro mahmoud mainten mantra margaret marketwatch marti marvel maxin maxwel mcafe meadow medal mediait mehdi melissa menac merci mermaid metastat middai mideast milo miser mismanag misstep mistakenli mistress mogul molest monaco monet mont mortgag mourner mozilla mp mph multimedia mutter nauert nbcnew newer newsweek nicola nightmar niyazov nonessenti nonsens nude o.n occup oem ok okai oligarch omb omiss onslaught ontario oracl orbit orchestra otto overdos overlap overli overlook overpow overreach oxygen p.j p.t pancreat panther parishion parliamentarian pathogen paxton payout pedestrian pelt perez perpetr pharma philanthropist philosophi pigeon pillar piston pitman play plaza podium pompeii pornograph pornographi profan prolong propon prude pruitt pst pulitz pullout quid r.i rack rahal randolph random ranger ransom rant rap raphael rashida ratifi raucou raymond rayshard reassign rebellion reced receptionist recharg redistrict refin rehabilit reignit remembr rental repar repress repuls retire rhode rib rittenhous romanc rosi rosselló rous rowland rubber s.d saparmurat scam schultz sci scottish scrub sculli sdhc seller semiconductor sensat servant sexiest sexism shawn shirt shorten shove shred sibl sicknick sincer sir slave slice smartmat smollett sneak snyder soil solar solemn somerset soro sour spars sped speedili spencer splinter stack stan startl startup statehood statehous steinberg stoppag strap strauss stymi sub substant subvert suez suffoc sunnyval surfsid surgic swap swedish swell swetnick swimmer tack tailor taught teaslei tee teeth tel tenant terrif theacademi theatric timeout timothi tlaib toi tori toughest tourism township trademark tradition traitor treason tue tweak tyranni umbrella unansw unbeaten uncl uncomfort unconfirm uncontrol undecid undersheriff unharm uninsur unlicens unrwa unseat unspecifi usher vain viciou vitali volcano voluntarili vy walsh walther warmbier weiss wet whitmer wholesal wilhelm wittman wolverin wrack wrestl yank yiannopoulo z zion zoom
5 0.1 0.6 00pm 078 105 119 1200 13th 156 1600 16th 1776 17th 184 193 1965 2.1 2222 223rd 240 24th 256gb 256mb 281 286 3.5mm 329 360 4.9 450 45th 4gb 5.7 550 6.2 6.3 6.7 7.5 716 79th 8.3 850 908 ab absorb abund accustom acropoli admonish affidavit ain't alexei allei alt ancient animos apparatu apparel appel arc archbishop ardent armstead arthur asa ashraf astonish atop autonomi avalanch awok azar baehr bahrain baier bake bakr balloon bandit bankrupt barber barcelona barrack battlefield beaufoi behemoth besieg betray bilater biodivers biologi bitterli bivvi blatant blazer blindsid blitz blockad blowback bluetooth bluff bogu bosom boulder boyfriend breakawai bret bride bubba bubbl budd budgetari builder bukit bulk bundl burgeon busiest cafe cal calxeda candlelit canvass cardiac carlesimo carmen cartoon casino castil cede cemeteri centerfold chakrabarti chapel checkpoint cheerlead chelsea chemistri chronic ci clara clariti classmat clown coastal collar collater coloss consequenti conveni conyer coon cope corker couch counterterror crampon crap creameri creston crimestopp crosshair cruiser crunch cultiv curfew curiou d.t dalton dame daniella decidedli decorum deepest denigr descent destroy devis dioxid discomfort discoveri discretionari disgruntl disk displac disregard distinguish division djibouti doha doorwai doral downfal downgrad duckworth durabl durkan dwight dysfunct eav elena elli ellison elyse embed embolden empow encompass ensconc entail entireti entrench epic equival erect erik espionag essex esteem etern evangelist exalt exam expuls expung eyewit factcheck facto falsifi fat ferri fibr fidel firebrand fixtur fledgl fleet floridian flower flown fold forcibl forehead forfeitur fortifi francesca frantic fuller gaff galleri gamestop gangster gatewai genocid getawai gillibrand glanc glitch glow godfath goldberg goldman gotcher goth granit greenlight grifo gruesom guam guardsmen guitar gurbanguli gym halv handshak harrow hastili haut headset heed hei heir hezbollah hip holbrook hollei holm homer hondura hormon hormuz horror hover humbl hunker hurri hutchinson hybrid hydrogen hyperbol hypocrit i.p i7 iguodala immens impair impetu impoverish incomplet inconclus ineffect infest inflammatori infring inhuman insecur intermedi intox irv isna issuanc itv jazeera jurist k.o k.y kathina keen kidnei kirsten ko kristi kurd laden lamb lambast lap lavish lazi le lectur legitimaci leopard lesli lesser liabl lifelin lifespan lighten liner livestream loretta louder loung luciano lump m.e madonna mae maguir mahnefah malaria malign mannheim mansion mantl manual marcher marker marvin mayhem mazar mccluster mcdougal mcenani medan meltdown messi metric mhz miguel millei milwauke mistaken mobster molnupiravir monica monro monster ms08 msft mull mumbai mvp nabisco navalni needl neera nelson nevertheless newslett noem nonbind notif notr nsdq nut o'reilli o.f obei obituari obrador offlin osc ostens ought outdat outfit outpour p.r paperwork paralys parscal parson partygo pathet patricia patron pattinson pavement pawn peabodi perot pertin petroleum petti philando philippin pierc placement plausibl pleasant politic populist portabl portug povetkin precipit prejudic preseason preval profoundli psychiatr publix qasem questionnair quicker rachel rampant rapper ratti raul raven realist reavei rebut reckon reconven recuper redraw referenc regimen rehir relianc remnant remors renter repris resembl reshuffl respiratori restructur retribut reunit reveng revisit rife rippl riva robach robinson robyn rockabilli romant rossi rotten rouhani rulemak saccon sacr sadli safer saikat salahaddin salon sama sand sanit sass schizophrenia scholarship scold scoreboard screenplai scrutin sec seced secreci senseless sergei seventi shanahan shanghai sharehold shave she'll shepard shepherd shim shootout shuffl sic simmer skate slowest smoothli snack snag sneaker snow sobrieti somalian somber sophomor sovereign sow spawn spectacular speedboat spun standalon stanlei starkli stepien stereo steward stimul stockpil stonewal stove straightforward strang stranger stricter stupid submiss sunshin supercharg sweat sweet swirl swoop swore sympathet syndrom systemat t.d tabul tanden tapper tattoo tecton tenet tenth terr thankfulli theguardian theo thereaft therebi thinner thr thrive thumb thunderbolt tiger tilt timmon tirad tomato trackpad traction trainer trajectori tribal trick tricki trim tripl triumph trophi uighur unadjust unapologet uncheck unconvent undercount underwat undoubtedli unexplain uninterrupt unman unoffici unproven unruli unsaf unsubstanti unsur untouch unwelcom upscal uptick upwardli uss veil vent vicin vigilant vindic virgin vollei vulgar w.r waver wbc weakest weed weld welker wen whoopi wifi wilder wisdom withstand wolff wooden workforc wrest wwii wyden x.p xinjiang yourself zarif
4 0.3 0.41 0.8 1100 112 1199 127 13.3 157 1619 1872 190 1930s 1931 1951 1954 1958 197 1976 1985 1t 2.25 2025 203 219 221 222 224 227 256 26.5 269 280 308 322 33.1 380 4.5 401 420 4x4 6.8 658 7.1 7.2 7.4 7.7 74 740 748 768 799 8.6 9.3 9400m 9600m 999 a.n aaa aapi abdul abstent absurd abuzz accent acclaim accuraci adamantli adhanom adm afloat afoul ail airspac airwav aka alfr alishvandi allegi allot amber amen amongst ancestor andrea anecdot antawn antic antiviru appetit arguabl aris arlington aros artilleri asham ashlei atkinson attain atti audaci auditor aunt autom awesom ax ayer baca bachelor backend backlog baddour bait bam bangladesh banish baromet batch baton bearer beirut belgium bemoan benefici beneficiari bentlei berman beset beverli bigot bike bikini billboard bite blatantli bloat blower blowout boister booti brenda breweri bristol broadest broadsid bryant buckhead bullish bungl butina c.d.c c.u cadet calibr canal canist cape cardiff cardin cardona cartel cascad casei catcal cater cattl causal cava cavali cbslocal ccp cdt celeb censur centric cfm cfo champlain changer cheaper chees cherri cheryl chide chopard chunk churn cisco claud clearest cliff cloak clog cluster clutch coin collegi colli columbin combo communion complicit congratulatori conn conor consol constrain consumm conting contractu cooki copper copyright cornerston courtesi cowboi cowork cox cpd cram cramer credenc creek critiqu crossfir crumbl cryptocurr curri cutoff cv cybercrimin cynic dailymail dampen darren daryl davidson ddr3 debacl decim deduct defamatori defunct defund delib delug demean demis dental deplet deterr devil devon diagnost dian dictatorship disbelief discard disinfect dissuad diverg diversifi divulg docket doctrin doggedli dole dot douglass downfield drawdown drinker drown drudg du dubiou dumpster dynasti earlei earnest eccentr ecolog egregi eighti eleg eleph elis elissa em embroil encrypt enslav enthusiast envelop erica erron essenc et everydai evok expenditur explet exxonmobil f.d.a faa facet facial fare feasibl feat feedback fenn fever fewest fiber firebomb firsthand fivethirtyeight flak flick folei foolish footprint footstep forbid forbidden forcefulli foreclosur foreshadow forgot formula frai franklin frequenc friedman friendship frontier frozen funnel furnitur gass gaze geek gentleman gestur ghebreyesu gianfort gigabit gilroi gingrich gird giuffr glenn glimps globalcom glorifi glossi gohmert gomez goodby grandfath greenpeac greenwald greta grid grind groin grudg gsee guantanamo guatemalan guild hadn haig hal hallmark halloween hamburg hanna hannah hanukkah harmless harshest harshli hashtag haspel hasti hater haunt haywood hazard hdmi heap heartbreak heckl helmand hemmer highland hobbl hodgkin hogg holder holdout honest honour hormozgan hottest hound houthi hoyer hpq huh humor hyster hysteria i.g i.s i.v ian identif ie8 illicit imbal immunocompromis impromptu impun inabl inadequ incentiv indec indiscrimin indo inexplic inflect ing ingaldson inher inhibit insensit insidi insinu inspect instig instinct interout intract intraparti inund ioc irrevers it'll iter itun iverson iwork jacket jamison janett javad jeanin jenni jermayn joi joshua jovenel julián juneteenth justli juvenil kasich katherin kayleigh kelton kessler kickoff klaw kreb lacklust lakewood lanc lanni larceni latonya lauderdal lax lectern lehan leisur lev liaison libel lieu ligament lightfoot linda lithium llc longshot lopsid luca lull lurk m.p madison magsaf makeup malfunct mammoth manger manifesto marbl marc marion martial massag mccreadi mcdaniel mcsalli meghan melani melbourn menu merchandis merg meter meth midcourt mill mire misde mm modul mohsen mol mommi monik monkei montag montgomeri monthlong moot morrison mtv mujahid multibillion multilater murdoch murrai muster mutat mutual mweb n.h n.o naacp nascent naughti navarro neglect neurolog newark newsmax nichola node nonetheless norah normalci northwestern norwalk nostalg nostra nsc nuditi nullifi nz o'donnel oak oblivi odor offenc offshoot olympia onset onstag opportunist outboard outburst outer outscor outsourc overcam overcrowd overdu overst overtook packer panagopoulo pant paparazzi paramet paramilitari parlor parna pathologist pediatr pedophil perjuri perth pervers pet petersburg philonis pickel ping pink pirro piss pistol pittman placebo pleasur policymak pollster polym portray posh potent powai powerhous practis precari preciou predat predomin predominantli prei preston projectil prolif promptli proportion proprietari protract puberti pummel puriti pyeongchang quantiti qud quicken quinnipiac raab radiat rahm ramadan ransack rappaport readili reaffirm realdonaldtrump reap reassess reauthor receipt reclus redefin redick ref referr refriger refund rekindl remak renounc renov repai repercuss replenish reset resili retak retriev retrospect reunif revil riddl risqu roadmap roast robertson robin rodriguez rome ronna roseann rosen rot roundtabl rushmor sadomasochist sake salesman salli salvo sane sap savag savvi scalis scarborough scari scavino schizophren schneiderman schoolchildren schroeder scoff scorn scourg scriptur scuttl seaborn seahawk sedan seduct seeth selloff selma semiautomat seoul sequenc serial sexist shallow shapiro sharron shaub shinzo shortfal shortlist shrapnel shun sidnei similarli simplifi sinai skinni slept slug sluggish smw4 snapshot snatch snipe sniper sober solidar solver sore sorrow sotu spear spectat speedi spite spontan spous spout sr standbi stapl starlet starv statesman stefanik stein steni stephenson stepson streamlin stringent stubborn subscrib subsidiari substitut subwai suleimani sundown superpow surplu surreptiti suzann swear sydnei sync t.c t.e t.x tab tablet tame tangl tanya td tedro teeter telegraph tenn terranc terrenc thailand theodor therapeut therapi thom thorni thunberg tide tilli toilet token tomb ton tonban toolkit toughen tow trailblaz trauma trei tunisia turbo twelfth tzipi uaw uber ufc ultra unaccount unavail uncoop underestim undergradu underneath underwhelm unequivoc unfinish unfurl unintention unjust unmark unmask unmistak unprepar unspent unsupport untruth unwav unwil unwind upload upstart vagu valor vaughn vault venezuelan verizon victor viewership viewpoint virtu vista vivid vodka waist waldi walgreen warfight washingtonpost waterfront weaker wealthiest welch westchest wetzler whale whatsoev whenev whirlwind whitefish who'd wildli wilmington woe woefulli worn wrath wreckag xenophob yate yeah yellow yellowston you'd zabihullah zarand zoe
3 0.5 0.98 000ft 1.5m 10.2 10.6 101st 102 1080p 10am 10u 11.1 111 115th 116 11am 12000 128gb 13.5 13.9 136 143 147 1499 15.9 158 15m 16.4 178 1800 1852 1868 1890 1920 1930 1935 1961 1962 1989 2.44 2.66 200ft 206 21.5 225 22nd 234 23rd 244 252 257 284 285 2gb 3.0 3.04 3.4 3.5t 30am 30pm 30th 320gb 358 35am 39am 3d 3pm 4000 40am 41st 431 47s 4811 484 485 5.01 5.1 5.3 5.5 50.4 507 538 555111 579 58th 5b 6.5 6.87 640 680 6am 7.25 737 745 768gb 779 7m 8301 85th 88m 90s 928 94.1 97 98 99.9 abdel abhor abstain abyei acquaint acquiesc acut adgat adjac ado ador adrian aducanumab aduhelm aerospac afflict aggreg agnost airbas airlift airstrip airwai akhal akhund alight allud aloud alpha alpin ama amazingli amazon.com ambul amess amiabl analisa analog analytica anarchi android andrés annoi anomali anselm antimalari antioch antonov anwar ap apolit apologet apt29 aqua arch archdioces archriv ardern armenian armor arrington asad ashli aspen assimil assn atatiana atf atla attir audrei auku aurora autocrat automobil ava awak awaken aziz b.e b.y babbitt backdrop backfield backfir backward backyard badg baffl bahama bakaj bakeri ballgam bandwagon banker baradar barbecu bari barnei barnum barrington barron bartiromo baselin bass battalion bedingfield bedroom bee bel belaru bella benson bern bessem bestow beverag bigg bigstori bile biomed biotherapeut birthright bisexu blair blm blockag blocker blogger bloom blumenth blvd boca bog bois bolsonaro bona bonu bower boyett bragg brake brash brawni brazo breadth bree bremmer brew brig brigad brim brimmer brin britnei brittani bromanc bronco bruno brzezinski buc buchanan buckl budg bunni burger burnt businessmen buyback bye cabal cadillac caeciliu cahil cairo cameo candor canni capo careless carol cart caseload casia caveat celesti cellular char charlamagn chastis chatman cheann chela chic chipmak christi christina chrome chuckl cicillin cincinnati circumstanti clarita clayvin clearlak cleric clever cliffsid closet clotur cloverdal coalesc coburn coca cock cognit collier colon colston coma commend commisso commot communiqu compact compaq complementari compliment compos compress condoleezza conduit confidant conflagr conform congrat conjectur conlei connector conservat consovoi conspiratori consular contemporari contour convoi coolei coptic corbin cordova corei corn cornyn coronado corps corrobor cosa councilor counterproduct coverup covet cowardli cozi crank craze crescent croix croni crowdfund cruciat cruel crusad crypto cto cu cuff culpabl culprit culverhous cunningham cup cupertino curtain curvi cuti cyntoia d'souza dale dali damascu dangl danica dannel dargahan darken davison daytim dazzl debartolo debilit decenni decent deed defac deform demarc demolit demon deng denis denuclearis dep deplor depos deprec deriv dershowitz destabil destini dilig dinesh disadvantag disburs discern disconnect discontinu disdain dish disloy dismal disnei disrespect dissemin dissolut divvi dobb dodger dominiqu dooci doorstep dori dorn dpa draconian dreamgirl dry dubk dud duli dumb dunford dungi dwarf e.w earthjustic easiest eastland ebrahim eccleston ecologist eden edgi edinburgh edwin ehud einhorn elain elicit ellzei elon emili emmet emolu empathi endanger endgam endow englishman enriqu entic entreati epicentr equifax erbil esa escape espi estel ethanol ethiopia etisalat eugen eurasian evanston evapor evas eweek exemplifi exert expressionless extract extramarit fabien fabul fahrenheit faithless falcon fallaci farc farewel farr farrakhan farrow fatigu fauzi fearmong felic ferrer fertil fervent festoon fide fiercest fiji filter finland firefox firemen fisher fishermen flagpol flavor fleme fli flock floodwat flop flounder flourish flournoi flu flynt focal forb fountain foxconn fractiou frail framer frederica freeli frei fri fridg friedrich fruitless fugit fusion g.e gage gala gamut gao garageband garlic garter gase gavarzin gayl gentl gentler geophys georgian geotherm giammattei gillett gilliam giudic glasgow glori goer gofundm goggl goldstein goldwat gonzalez goodyear gospel gov't grandstand granholm grasp gravano greed greenland greenwai greiten gridiron grin grumbl gsa guffa guibert guilfoyl guillain guis gunpoint guthri guyger gwadar gymnast h.q haarsma haggl halcro hallquist hamilton hampton handbag handbook handcuff handedli handel handset hardwork harlei hartnel hash hawkin hay hdd headi headlight healthier heartfelt heater hector heidar hello helmet hermit hernandez herrera hervi heydar hiatu hickenloop hitch hitler hitman hitter holli hollywoodreport homeown honesti hoop horrifi hospic housekeep howl hr hud huffman humili hurtl hurwitz hutchin hysterectomi i5 ici icu idc idf idiot idl ifram ik ilif illegitim illus imit impanel implor imposit inaccuraci inadvert incap inconveni incredul increment incur indiatim indiffer indigen indirectli indoctrin indra induct inelig infight infinit instabl instil insurrectionist interconnect interject interv intim intrud intrus invent inward iowan iphoto ipso irannejad ireland irtc isight ismail jacinda jacki jakarta jemima jeong jetlin jfk jihad joan joyc judd judi juic junk kadhimi kandek kashuv kathimerini kathleen keenli keeper kefauv keisha kenya khale khater kicker kiev kiki kimberli kindergarten kingmak kingpin klausuti klein knelt koch korver kurbanguli kurtz l2 labour lapd latson laundri lawbreak lawfulli lawman leadsom leaflet leana leather lebowski leflor lenienc lenni leo letterman libbi lid lifesav lightn lil limp lingeri lipinski literatur livni locka logic loughlin louie lover lowlif lpl lyndal lynel lópez m.i m.s mackenzi mag magnific mahanoi mailbox makeov malloi mandalai mandela manigault manni manohar marcu marilyn marino marist markup marqu marrero marxism masterpiec matern matur mb mccloskei mcgowan mcinn mcknight mcnutt mead melinda meniscu mentor meritless merritt metadata meteorolog meteorologist meticul metropoli mfo microprocessor microsystem midland midsect mighti mika mileag mimic minu mischaracter misinterpret misogynist misrepres mit mobilis modesto mold momentarili mon moncef mondal monologu montaign moonv morehous morei moreno moreov morgan mortem moulton mow mshtml muddl muhammad mullah multitrillion musk musket mustafa mutant myspac n.e n.f.l n.m nail nambiar namesak napl narcot nascar nbcphiladelphia ndaa neb needi needless neophyt netbook nevil newfound newlyw newshour newsprint newswir newt nicol nieto nightcloth nikol nina nineti noah nobl noel nondisclosur noor noos nooyi normalis northcutt norwegian notorieti ns nuba nuova nutrit nypost o'mallei obfusc obligatori obliter obsolet oddli ol oliv olivia olson omarosa onion onward opa opera opin ordeal ornitholog orput orthodox osborn ostrag ottoman outnumb outpac outskirt ovat overhead overheard overseen overtur overview oz p.a padang padilla pale palo pamphlet pandora papermast paperni par paragraph pare parler partisanship passagewai passer pcworld pdf peacekeep pedal peddl pediatrician peg penal penchant pendleton penitentiari pepsico perenni perish perlo pervert piano pier pimm pinch pinocchio pinpoint pitcher pitt plandem plantat platoon playmat ploi plow plural poem poke poland pomp ponder poplar porta portico portrait posthum powerless pragu preach preckwinkl preclud predatori predetermin prepared prescrib presser pricei printer procur prod profess profound prolifer prologu promo prop proport proposit proudli psychiatrist psycholog pugh pugilist pukal puls purdu purveyor puzder q.b qassim quali quarrel quarterli quebec railroad rainbow rainfal raisi rake rama rambl rancher rapt ratio raton readmit realm reappear rebelli reboot rebutt recanvass recap recklessli redoubl reexamin refintiv refocus reforma regenc regener reinfect reinoehl reinvest reissu releg relent reluctantli remad remand remington reorgan reposit repudi residu reson retort retroact reuleuet rever reverber revit revoc rhythm riddick ridgeback ridgecrest rightward riker rile rivet riviera riyadh robe robinhood roem rogan roller romp ronan rood rosenberg roundli roundup rub ruiz ruler runwai s.a sackler saddl saeed sag sala salerno salvador salvat salvator samantha samoa samsung sanford sanofi satir saugu saul savannah sawarmi sawyer scalp scan scar scatter scheidn scholar schoolteach scooter scotland scottrad scotu scranton scrappi screw scrimmag scurlock sdram seabiscuit seafar secoriea segreg segregationist seminar sensor sentinel septuagenarian serena seventeen sexi shack shade shadi sharper shayn sheikh sherlock sherman shockei shockwav shoddi shondel shorter shulkin sift sikh silbert silli silverman simmon sin sinclair singer singh singular sitcom sizeabl skew skirmish skyscrap slack slaoui sleepi slime slimmest slope slumdog sm snapchat snider snowi soap socket soften solarwind solitari somberli sooth southpaw spank specter speechwrit spillwai spinoff spit sporad sportsnet sprung spurn squabbl squash squeak squelch stadiou stair stalwart stamina standpoint standstil stansburi starpuls starr stat steadfastli steed stelter stent sticki stickman stile stipul stm stockholm stomp storei stressor strickland strident strife stripe stump stung sturgi subcommitte suck sucker suffrag suitabl suitor sunris supersed superspread superstar surf surfer suscept swallow swanson swappabl sweepstak sweetheart sympathi symptomat syntagma synthet t.j taban tailpip takengon tangibl tanio tantrum taskforc tatter taunton taxat tea teflon tempera tenuou teresa terrac terrestri textbook thatcher thirteen thornhil thrust thud thug tibb tiebreak timaru timber timefram timesofindia timet tinder tireless titanium titil toddler toe toil tonn toplin torii torr torrenti torso tova toxin tradecraft trailer trainwreck transpir travi trench trent trident trilogi triumphant troll trumper trustworthi tuition tulan turf tuscaloosa tweetstorm tycoon typhoon ucla ultrasound unannounc uncompromis unconstitution uncorrobor underserv undisput undon undraft uneas uneven unintent unjustifi unorthodox unpatch unrealist unredact unreli unscath unscrupul unseen unstabl unus unverifi unwarr unwilling unwis unwritten upbeat upfront upsid upstat usabl usci uscp usda utsandiego v.t vanessa variabl varsiti vasectomi vastli versatil viacomcb vile vinar vincenzo vip visual vitriol vodafon voucher vulcan w.e wager waistband walz wanton wapo warfar waxman wcco wcvb weaver webpag wechat weeklong wehrum weisselberg wendi wept westcountri westpac westwood whitesid wholli whop wick willfulli wineri wischnowski wither wkrc wlad wo woke wolfgang woo worksit worldnew worrisom worthwhil wouldn wreath wrestler wrongli yeager yearli yelp yisroel yogananda you'll youkili zhao zte
2 0.22 0.7 0019bb2963f4 05am 0737 099 1.11 1.29 1.5t 1.6b 10.1 100k 100m 1023 1066 109 1099 10m 11.6 110bn 11e2 12.2 12.5 122 12200 1273 12am 1300 134 1353 136m 14.7 14.9 141 145 149 15.1 15.5 151 1557 15s 16.5 160th 161 163 164 165 16pm 179 1799 183 1871 189 1913 194 1940 1942 1943 1944 1945 195 1952 1953 196 1960 1966 1971 1hr 2.8 2.9 2.93 20.2 20.5 200m 201 20130606 202 2026 2045 20s 210 211 215 216 2199 22.1 22.5 22000 221m 228 23548345 249 24km 250m 254 25m 260 26th 279 2799 27m 27th 281m 2880 28th 290 2b 2t 3.28 3.2m 3.34 3000 315 31gmt 31st 32.5 32nd 33.5 330 334m 335 338 349 355 35gmt 363 36th 371 385 3855 3893 3b 3t 4.3 4.6 400m 409 40s 410 414 41pm 425 428 46m 498 500m 512mb 51st 520 53.8 530 540 55.3 555 55p 56am 5ghz 600m 605 60m 60s 612 69.9 6mb 7.9 70s 70th 738 752 753 75th 78.6 78.9 793 7am 8.2 8.4 8.49pm 8.5 805 83.3 8599 877 895 8am 8pm 8th 9.1 9.2 907 910 919 94th 984 9pm aap aapl abbei abcloc abcnew abdolreza abduct abel aberdar abortionist absard abyss accordingli accumul acolyt actblu addai adn adob adorn adp adsl aesthet afar affleck aga agn agon ahca ahm ahmad aipac airtim ajamu ajit akin alaskan alaskapubl albeit albert alberta aldermen alfi alireza alishbandi allison alshamrani altair alto alton alum alumnu alvin alyssa amalgam amb amc amicu amidst amus ana analys anargyro anderl andsf anew anguish annapoli anquan ansari antagonist anterior antib anticlimact anticompetit antiglar antonin apocalypt appeas applianc apport apprentic appris approvingli arak arbitr ari ariana arlf armando arnav arreola arrondiss article2 articul artwork ascend ash asma asp asphalt asphyxi ass assuag attest attrit atyt auction audi audibl auditorium authoris authorit autograph automak auxiliari aveng avi awad awkwardli axelrod ayanna ayatollah azadi azm b.b b.l b.s babe bach backbon backhaul baden baggag bagram baldwin balkan ballet balochistan bandag bankrol baptist baquet baraits baraka barefoot bark barlow barren barrow barré bart baselessli basin bask bastion bathtub bbm beacon beam beau beautifulli beck begmedova behaviour behrouz beit beli belittl bellflow benayahu benedict benitez bentiu berardini berat bernardino bernhardt beshear bethesda bett bicamer bicker bidder bio bireuen bitch bittersweet biziani blackberryempir blackwat blah bland blank bleach blend blip blizzard bloodbath bloodiest bloodstain blowup blunder bluntli blush bobbi bodega bodili bodyguard bolder boldest boldin bolt bonanza boob booki booklet bookstor borough botan botham botnet bottleneck bourbon bourla boyhood boylan brackett bradle braid brandi braveri brawl brazil brazilian breakout breed brewster brigadi briton bro broach brock brooklynit brunson brunswick brunt brute buccan bud buff bulgaria bulldoz bullock bullshit bumpi bunker burial burlesqu burnett burrow bustl butch butt butter byrd c'est c.b c.e.o c.i.a cadenc cagei caitlin calmer calvin cambodia camel campbel cannib capitul caption caputo cardboard cardiopulmonari caretak carniv cartridg cashman castig castl catapult catcher cav cbsn cedar celebratori celsiu celtic centrefold cerar chabad chan charad charit charr chassi chaudhri cheapest checkbook checkout cheeki cheetah cheroke chew chicken childbirth childcar childress chilli chino chloroquin chock christianpost cinemat cio cisa clai clairemont clamor classif clau claw cleaner clegg clergi cling cloudi clueless clyburn cm cna cnet co2 coaster coax cocain cochran codifi coerc coercion coffin coher cohort coincident cole collector colonist comatos comet commod compassion compensatori compton compulsori comrad conceiv concur concurr concuss condition condominium confederaci conflat confound conglomer conner conservationist consortium conspicu constraint cont contactmus contempl contradictori contrit convuls coppin cordial cornwal corral correctli correl corros cortland cough counsellor countermeasur counterpropos courier courtnei cov covid19 cow coward cower cpb cpi cpl crackl cranbrook crane craziest creak creatur creed crennel crenshaw crewmen cricket crimea crimson crisp croisett crop crotch crouch crozier crypt cudgel cue cullen curriculum curs curt curti cusp cuyahoga cve cy cybercrim cyclist cypress d.u da dallianc dalman danish dant daphn dar dashboard dashoguz datacent datacenterknowledg davo daya deaf deanna deborra decadelong deciph deerfield defiantli defici degrad dehuman delanei delecto delgiudic delus demagogu demagogueri demeanor demi demilitaris democraticunderground denmark dent dentist deon deprav deputis derang derbi deregul deris derogatori deseretnew despic destefano detector detest dethron deuc devont deworm diabet dialysi diatrib diaz dictatori diesel dignitari dime dioces directori disarm disarma discont discrep disembark disengag disincent disinvit dislik dislodg disori dispel dispens dissatisfact dissatisfi dist distinctli dividend divin djtdesk dmz dni doctorwho domain dome donoghu doomsdai doorman dosag doyl dragnet dram drape drip drivewai drumbeat dsmb dtw duboard dull dunkin durbin dust dustbin dutifulli dwayn dwell dye dylann e.g eagerli earmark eastwood eavesdrop ebb ec ecclesia econodai eeri eg eid eighteen eisenhow eject ek ekawat elba elk ellington elliott eman embarek embellish emet emhoff emin emori emptiv enclav endear endlessli energet eneropt engadget engelmay enjoin enjoy enquir ensnar entangl entrant entrust eonlin epaminonda epidemiolog episcop epitom epoch er erad eritrea erod eros errat esalon esc escalant espous etc ethan ethno etienn eucharist eulogi evand evergreen evolutionari ew.com exasper exceedingli excis exclaim excommun exhort exil existenti exodu expresscard exterior extortionist extran eypmcf f.y facad fairbank fairer fairfax fairview faithfulli fakhora fakhrizadeh falwel fanfar farah farmington fascism fastli fattah faulti faultlin fe fea feast federalist fellowship feng fenton ferrat fester fetch fetish fibula fictiti finalist finess fink finnegan fir firefauci firmer fitch fixat fizzl flagrant flail flamboy flap flashi flashpoint flatter flatteri fledg flinch flint flirt flirtati flowerpot flub fluctuat fluoresc flush flux fodder foggi fond fondl foothold footwear forai forbear forearm foreman foremost foresight forgiven forgon forma formul forrest foundri francesco fraser frasor freelanc freenei freerepubl freighter frerott freshmen fresno fright frigid frontcourt fruman fry fullback fullpag furri fuse g.a g.i g20 gadera gadget gaggl gah galaxi gamedai gamer gangland gangmemb gantz gape garaufi garment gasbuddi gash gatekeep gaunt gauntlet gena gennai gennaro geo geographi georgetown gerald gerardo gianni gibraltar gibson gigabyt gill gillespi gingerli giusepp glamor glamour glasser gleason glitter globalist gloom gloucest glut gmc golfer goloc golota gon gonzaga goodman goodwil goon gorbachev gortnei gossip gothamist goweini goya gpu graciou graffiti grain grammi granddaught gratifi gravel gravest graveyard graviti greener greengroc greenvil gridlock grimli grimm grinch gripe grist groom grossli grotesqu gru grudgingli gsm gst gu guaido guangdong gulli gunboat gunmak gush gwinnett haircut hairdo halfwai hamdan hamid hammil hamstrung handi handsom hanen hangov hank hapless har harde harden harold harsher harstad hartmann hasid havana hawkish hawthorn hcmc headach heartbroken heavenli heavier heaviest hectic heffner hellerstein helper henderson hengki herniat heydai hickok hierarchi hilari hildal hindustantim historian hiv hkt hmp hoard hockei hogan holdov holdup holier holiest hollow holyfield homag homoud honorari honore hoodi hoodlum hop horizont hornbi hose hossein hourslong huffpost hunch hustler hyper hypothes hypothet hyten i7s ibrahim ibtim icbm id'd idefens idolis idri ie ie11 ie7 ie9 igor illiber illumin imad imageri immor imovi impal impati impecc imper imperi implaus implicitli improb improvis impuls inaccess incens incomprehens incontrovert incurs indebt indefens indianexpress indign indulg industrialist inf infantri inferno infidel infield infiniband infrequ ingest ingredi inhof innat inscrib insignific instructor insubordin interfac intermiss interpol intertwin intomobil intraven intric intro invis irish irk irrat irresist isakson isn it'd italiano iwork.com j.d jacobson jadallah jailhous jair jalaa jamar janic jansen janu jar jarmoun jarrett java javelin javier javit jaybird jc jeann jeer jessica jihadist jitter jitteri joel joliet josé joy julien jumpstart junctur jungl junta k.c kahn kaitlan kaleb kamalvandi kara kardashian karin karl karzai kasi kassi kata'ib kellei kepler kerman ketanji ketchum keystrok khalid khamenei khanna khanzadi kilmead kin kindler kindr kink kinki kinzing kislyak kitchen klain klistchko klondik knick knive koohi korkonea kouchner kprc kristian ksdk ktuu kurt kutztown kuwait kwong kyrgyzstan kyriakid kyw l.p la'ron lace ladel laguarta lahiya lakeport laker lamar lamon lana landmin landslip lang lankan lao lara larynzo laser latch latenc latin laughlin laughter lauri layout lcd ld leaner leapt lebap leeann leewai leggett leigh len lengthen leon leopold leve liddi lifer lightli lijian limb limelight limpet linkdotnet lipstick lisfranc lister litani lite literaci literari litmu litter liu livelihood liver llp lob lockup lofti loggerhead lohmeier lorenzo lorna lorri lou loudest loudli lucchino luckili ludicr lukashenko lumens lunden lurid lynn m.a m.b m.n m.o maacama macabr maccallum macdonough machineri macomb maddow magil magnat mainstai maje majesti malpractic malta maluku mandarin mangkhut manpow mansfield manuscript maral mardian markham marque marquett marxist mash masri mateen matia matsuzaka mausoleum maxim mba mccant mccarron mcdonald mcdonough mceachin mcfadden mchanei mckai meaningless mediabuzz medial mediat mega megadonor mehta melber mele meme mena mendez meng mercifulli merklei merri mesh metapa metaphor mete mia miabek microelectron mikhail mildli miliot militar militarist min miner mira miracul misbehavior miscreant miscu misdirect miseri misogyni misplac missionari missiv misspok mistrial mistrust ml mlbtraderumor mn mockeri mockingjai modif mohanda mohav moi mois molli mombasa monahan mond monsei montefior montenegro monthslong monti moodi morabito morbid morgu moroccan morph mortician moss motel moïse mri ms13 msg mug multimillion multitud multiyear mundan munich munoz muntu murki murtaugh murthi muse mushroom myspace.com mystiqu n.t na nag nahr nai napa napkin napolitano narrowest nassar natal nathan nava nbcsport ndtv ne nearest neatli neom nepot netherland newbold newborn newcom news12 newscast newsdai newsinfo nh nia nic nicest nich nigel nigeria nightli nightmarish ninja nirad nondenomin nonstop nonviol nope norc normandi northward nostrand novavax novelist nrcc nvda ny1 o.s oann oat obit objection odyssei ohsu olc oleg olmert olsen onenewspag onlook oop openworld opswar orat orovil orphanag osama osha oswald outbid outlandish outlast outpost outrun outsiz ovd overflow overt overthrow overton overzeal owl oxfam ozon p2p pacman pad pageant pagew pajama palestin palpabl pamela pancak papadopoulo papal papoulia paradis pariang parish parisien parker parole parrot pars paterson paula pavlid paydai pba peanut peavi pebbl pecker peek penetr penguin pep percept perk perpetu perski persona personif persson persuas pervas pessimist petition petrifi pettifog peña pg phantom phd philosoph phish photographi photojournalist photoshoot photoshop picayun pieter pig pilger pillow pinder piraeu pitchfork pix11 pizzag pkk placat platinum playground playlist plc pleasantvil plight pluck plume pocan pod podiatrist pointedli poli polytechn pompadour pompou pong poni pontific poorer poorest pork portman portnoi postgam postmark potato potenc potomac powder powerfulli practition prank prankster precautionari precursor predica preemptiv preferenti prejudici prelud premedit prendergast preorder prerecord presslei presstelegram prestig prickli princess procter profligaci profootballtalk profus prognosi progressiv propag propens propublica protagonist prowess proxim prudent psychoact psychologist puddl pullback punk purposefulli purs putt q.c qaida qamishli qlogic quaker qualm quandari quasi quieter quip quizz ra rabbit rabi rafter rag rahami rahul raider ramif ramon raptor rashad raskin rasmussen rat ratif ration raze realis reaper rearm rearview rebecca recalcitr recaptur recommit recurr reddit redempt redford redrawn redskin reefer reenter reev reevalu refashion referenda refocu refram regan regent regrett regroup reimplement reimpos reincorpor reintroduc reinvigor rejoic reliant relinquish reliv reminisc remobil renal rendezv reneg repaid repatri repay replai replet reprimand rerun reschedul reservoir resoundingli restroom retel retri rettig reunion revert ribbon ricardel rightw rino rins ritz ro roadwai roberta robot rodger rollercoast rollick romeo roommat rosemari rosenbluth rosenth rosier rosslyn rotat roug roundi router rove royalti royc rt rubi ruch rude rudolph rumbl rumour runawai rundown rut rutherford s.e s.f saad sabiti sach sadden saginaw salaci salem salmon salutatorian samaritan sammi sanchez sandberg sandwich sang saniti sar saraj saralioti sarcast satan satcher satirist satur sauci saud savino sayyid scalia scamper scent sceptic schaub schleicher schnectadi schobel schoen schoolyard schrader sciutto scobe scoreless scorses scot scrape screed sculptur scum scurri seafront seamstress sebastian secess secondari secular seeborg sekulow semblanc semest semiautonom separatist servicemen setup sew shabbi shackl shale shameless shard sharia shark sharm sharon sharpen sharpest shaw sheen sheer shehroz sheikholeslami sheryl shia shin shirk shontel shrimp shrunk shudder shuhada sid sideswip siegel sigh signatori singletari sinha sinist sioux siphon siriu siv sizabl skewer slager slant slaughter sleev slid slideshow sloppi slotkin slugger sm10000 smallest smolder smw3 snappi snoop snowstorm snuck soak soccer sofa softpedia solac solicitor somani sonni sooper sordid sorong soundli southdal sown spacecraft spacex sparkl speakerphon speakership specialti spender spew spice spine spoil spoof sportscast sprang sprinkl sql ssd stafford stagnat stainless staircas stalk stampedeblu standout stardom stationhous statuari statuett statutori staunchli stellar stephani stereotyp sternli steroid stiffen stingi stirl stockhold stocki stolt stomach stoop storefront storylin straddl strewn stricken strongman strove strut stunk subdivis subdual submerg subscript subsea subset substandard subterfug suburbia sugar suitcas sulli sultan sumatran summaris sund sunjourn sununu superb superdr superman supplementari sureesh surnam sutter swab swam sweari sweater sweeten swelter swerv swimsuit swisher swung sympath syndic sznewaj t.n t.s tabloid tad tadzhigul tae tail taipei taiwanes takeoff tal tale talev talki talkshow tallahasse taller tamir tanei tanzania tappan tarnish tarvari tase tass tate taxi tdcj tearga technicolor teller templat temptat tenaci tenni tepid tequila tesla tewu textil tha thaw thc thehindu theologi theoriz thermal thief thinker thornberri thou throng thurman tibbett tidal tighter tina titter tko tlusti tmobil toast tobin tongeren toomei torchwood tornado torpedo totalitarian townhal tpp traci traine trampl transatlant transcend transplant treacher tread trek trevor tricia trickl trifecta trifl trig trojan trope troublesom trounc trumpcar trumpet trumpism trusteer tsai tuck tumor tunisian tupelo turtl tusk tux tuxedo tweeden twinkl twofold twtr typewrit u.a.e u.p ucsusa ufo uh um uma umm unabashedli unafford unbear unbias unceremoni unclassifi uncommon uncount undaunt undef undercard underperform undersecretari undertaken underwood underworld undu uneasi uneth unfamiliar unfavor unflatt unflavor unflinch unga unhcr unhing uninjur uninspir unknowingli unneed unoblig unparallel unprotect unreleas unriv unschedul unshak unspoken unsteadi unsuccessfulli unsurprisingli unsurviv unsuspect unsustain untest unthink untim untrustworthi unwinn unwit upbring upi uproot upstag urin usmc usn utc utmost uyghur uzbek valdez vanderbilt varitek vassili veer vein vekluri vendetta vendôme vengeanc venist verisign vertic vex vi vial vicar vicious victoria videolink vie vii vike vilifi villa villaraigosa vivek voltag vouch vrettako vta w.v wabc wachsberg wacker waitress walki wallet wang wantonli ware warhead warmer warmong warmth warsaw washingtonpost.com wasn watcher waterwai watson waysid we'd wealthier webcast weblog wee weekslong weiner weirdli weslaco wetland wexton wheat whichev whiff whiplash wholeheartedli wholesom whoop wichita wildcard wilkinson wimpi windi windsor withstood wizard wnba wolkoff wolv womb wonk wont wooten wordplai workmanlik workweek worshipp wring wrist wyo xinhua xml xvi y'all yabslei yane yanez yardag yd yea yearlong yianni yike yilek yolanda youm youngster youni yourselv yousif ypg z10 zaid zainabieh zareh zdnet zeitoun
`;

/** Stems written capitalised in most of their sentence-internal occurrences (seen ≥ 2 times). */
export const newsCapitalised = `
a.g a.j a.k a.p a.r a.t a.z aaa aap aapi aaron ab abba abbei abbott abc abdel abdul abel aberdar abraham abram absard abu abyei ac aca academi acc aceh ackison aclu acosta acropoli act actblu activex adam addai aden adenhart adgat adhanom adm adp adrian adsl aduhelm advisor afc affleck afford afghan afghanistan afp africa african agn ahmad ahrweil aipac airman airwai ajamu ajit akhal akhund ala alabama alan alaska alaskan albani albert alberta alejandro alex alexand alexandria alexandro alexei alexi alfi alfr ali alic alireza alishbandi alishvandi alito allen allergi alpha alphabet alpin alshamrani altair alto alton alvin alyssa alzheim ama amash amazon amb amber amc amd amen amend america american amess ami ana analisa analytica anargyro anchorag anderl anderson andi andr andrea andrew android andrés andsf angel angela angelo ankara ann anna annapoli anquan ansari anselm antawn anthoni antib antifa antioch antoni antonin antonio antonov anwar aoraki appl apprentic apr april apt29 arab arabia arabian arak arbet arcad archbishop archdioces archiv arctic ardern ari arian ariana ariz arizona ark arkansa arlf arlington armando armenian armi armstead arnav arreola arrington art arthur artino asa asad ashgabat ashlei ashli ashraf asia asian asic askhar asma aspen assad assang assn associ astrazeneca atatiana atf athen athenian ati atkinson atla atlant atlanta atmospher atom audrei aug august auku aunt aurora austin australia australian av ava avenatti avenu avi avichai aviv awad award axelrod axio ayatollah ayer aymard ayn azadi azar aziz azm b b.b b.c b.e b.s b.y babbitt baca bach baddour baden bader baehr baghdad baghdadi bagram bahama bahrain bai baier bailei bakaj bakr baldwin balkan balochistan baltimor bam banda bandar bangladesh banki bannon banstead baptist baquet barack baradar baraits baraka barbara barcelona bari barlow barn barnei barnum barr barrack barrett barri barrington barron barrow barrowman barré bart bartiromo bashar bashir basin bass batr bayou baytown bbc bbm beach beadl beast beau beaufoi beaumont becerra beck bedford bedingfield bedminst bee begmedova beij beirut beit bel belaru belgium bell bella bellflow ben benayahu bend benedict bener benjamin benni benson bensu bentiu bentlei berardini berat berdymukhamedov bergdahl berlin berman bern bernard bernardino bernhardt berni bernstein beshear bessem beta bethesda beto betsi bett betti beu beverli bevin bezo biancardi bibi bibl biden bigg bile billi biloxi biogen biolog biologi biomed biontech biotherapeut bireuen bireun birmingham biscayn bivvi biziani black blackberri blackmor blackwat bladensburg blagojevich blair blake blasei blasio blazer bleach blinken blm bloomberg bloomington blue bluejai bluetooth blumenth blvd bmg bob bobbi bobcat boca bodiford boe bois boldin boll bolsonaro bolton booker boon bora bori bosch boston botham boulder boulevard bounti bourbon bourla bower bowl boyett boylan brackett brad bradi bradle bradlei bragg braid brand brandau brandi brandon brazilian brazo bree breen breitbart bremmer brenda brennan brent breonna bret brett brewster brexit breyer brian brigham brimmer brin bristol britain british britnei brittani bro broadwai brock bronco bronx brook brooklyn brookwood broward brown brownsvil bruce bruno brunson brunswick brussel bryant brzezinski bst bubba buc buccan buckhead buckingham bucklei budd buffalo buford bukit bulgaria bulldog bullock bunj bunni burbio bureau burleson burnsvil burr bush businessweek.com butina butler buttigieg buzzfe byrd byted c c.a c.b c.c c.d.c c.e.o c.i.a c.t c.u cabinet cadillac caeciliu cahil cain cairo caitlin cal calif california californian caliph caller calvin calxeda cam cambodia cambridg cameron campbel camri canada canadian canal cann cannon canvass capaldi cape capito capitol capo capt caputo cardiff cardin cardona caribbean carl carlesimo carlo carlson carlton carmen carmichael carnei carol carolina carrasquillo carson carter casei cashman cassidi casti castiglion castil castl castro catherin cathol caucu cav cava cavali cb cbc cbd cbo cbp cbsn ccp cctv cdc cdt cec celsiu celtic cemeteri center central ceo cest cfo cfpb chabad chad chakrabarti champ champlain chan chancellor chapel chappel charanjit charger charl charlamagn charlen charleston charli charlott charlottesvil charr chatman chaudhari chaudhri chauvin cheann cheek chela chelsea chenei chengdu cheroke cherri cheryl chetak chicago childhood childress chin china chines chino chohan chopard chp chri christ christchurch christi christian christin christina christma christoph chuck ci cia cicillin cincinnati cindi cipollon circuit cisa cisco clai clairemont clara clarenc clarita clark classif clau claud clayton clayvin clearlak clegg cleveland cliffsid clinton clipper cloverdal clyburn cna cnbc cnn co2 coat cobb coburn cochran cohen cohn col cola colbert cole coleman colin collier collin colo colonel coloni colorado colston colt columbia columbin columbu comeaux comei comet commerc commisso committe commonwealth communist compaq compass composit compton condoleezza condon conei confeder confederaci congrat congress conlei conn connecticut conner conor consovoi const constabl constitut cont conwai conyer cook coolei coon copper coppin coptic corbin cordova corei cori corker cornwal cornyn coronado corp cortez cortland cosa costa costello cotton council councilman counti court courtnei cov covid covid19 cowboi cox cozi cpac cpb cpd cpi cpu craig cramer cranbrook crawford creameri creek creighton crennel crenshaw crescent creston crimea crimestopp crimson crip croisett croix crossman crow crowdstrik crowlei crown crozier crump crusad cruz crystal cto cuba cuban cuccinelli cullen cum cumbria cunningham cuomo cupertino curri curti curv cuti cuyahoga cv cy cypress cyru d d'souza d.a d.c d.t d.u dabnei daca dade dain dakota dalembert dali dalla dalman dalton damascu dame dan dana danica daniel daniella danish dank danni dapa daphn dar dargahan dariu darren daryl dashoguz daunt dave davi david davidson davison davo daya dayton ddr3 dean deanna deb debartolo deborah deborra dec decemb decenc declassif deep deerfield defer degener dejoi del delanei delawar delecto delgiudic delhi dell delta dem demi democrat deng denis denmark denni denver dep depart dept derek dershowitz desanti deseret deshawn destefano detroit deuc deutsch devin devo devon devont dexter dh dian diann diaz dick diego dileo dillon dinesh dirk diseas disnei displayport dist distributor djibouti dll dmz dna dnc dni dobb doctor dod dodger doha doj dolphin dome dominion dominiqu don donald dooci doral dori dorn dorsei doug dougla douglass dow doyl dpa dr drake dram dreamer drm drudg dsmb dtw dubai dubk ducklo duckworth dui duke dull dumpster duncan dunford dungi dunkin duo durbin durham durkan dustin dwi dwight dylann e e.t e.u e.w e2 eagl earl earlei earthjustic east easter eastern eastwood ebrahim ecclesia eccleston echeniqu ecolog econodai ed eddi eden edinburgh edison edt edward edwin egypt egyptian ehud eid einhorn eisenhow el elain elba eldorado elena eli elianita elijah elissa elizabeth ellen elli ellington elliott ellison ellzei elon elton elvi elyse em ema emancip emanuel embarek emet emhoff emili emir emmanuel emmet emmi emori enderl eneropt england english englishman enquir enriqu enten epa epeat episcop epstein equifax erbil erdogan eric erica erik eritrea esa esc escalant esper espi espn esposito essex est estel esther ethan ethernet ethiopia ethiopian ethno etienn etisalat eua eucharist eugen eurasian europ european evan evand evanston evansvil evergreen ew.com exarchia explor expo expresscard exxon exxonmobil eyp f f.b.i f.d.a f.y faa fabien facebook fahrenheit fahrizad fairbank fairfax fairman fairview fakhora fakhrizadeh falcon falwel fang farah fargo farmington farr farrakhan farrow fastli fattah fauci fauzi fbi fcc fda fe fea feb februari fed fedex feinstein feldman felic fellowship felt fema feng fenn fenton ferguson ferrat ferrer fetzer fi fidel fiji finland finnegan fiona firefox firewir fisa fischer fisheri fitch fivethirtyeight fixit fla flake flatbush fld fleme fletcher flickr flint florenc florida floridian flournoi floyd flsd flub flynn flynt fogel folei food ford forest forstal fort foundat fountain fowler fox foxconn frai franc francesca franci francisco frank franken franklin fraser frasor fred frederick freenei frei french frerott fresno fridai friedman friedrich fruman fry ftc fuller fulton fundamentalist fur fusion g g.b g.e g.i g.m g.o.p g.t g20 g7 gabbard gadera gaetano gaetz gage gah gallagh gallup gambino gamedai gamestop gannon gantz gao garageband garaufi garden gardner gari garland garlic garrard gasbuddi gaskin gate gavarzin gavin gayl gaza gazan gazett gdp geforc gen gena gene genese geneva gennai gennaro genom genoves geolog geophys georg georgetown georgia georgian gerardo german germani geyser ghani ghebreyesu ghislain ghz giammattei gianfort gianni gibb gibe gibraltar gibson gigant gilead gillespi gillett gilliam gillibrand gillum gilroi gina ging gingrich ginsburg giudic giuffr giuliani giusepp glacier glasgow glassdoor glasser gleason glenn globalcom gloucest gmc gmt god gofundm gohmert goldberg golden goldman goldstein goldwat golota gome gomez gonzaga goodman goodyear googl gop gorbachev gordon gorka gorsuch gortnei gotcher gotti gov gov't goweini gp gpu grace graham grai grammi granholm granit grasslei greec greek green greenland greenpeac greenvil greenwai greenwald greenwich greg gregg gregori greiten greta gretchen gridiron grifo grigoropoulo grimm grinch gru gsa gsee gsk gsm gsr gt650m gu guaido guam guangdong guantanamo guantánamo guardian guardsmen guatemala guatemalan guffa guibert guild guilfoyl guillain gulf gupta gurbanguli guthri guyana guyger gwadar gwinnett h h.d h.p h.q h.r h.w haaland haarsma haig haiti haitian hakim hal halcro halei halloween hallquist hama hamburg hamdan hamid hamilton hammil hampshir hampton handel hanen hanlei hanna hannah hanniti hanoi hansbrough hanukkah harde hardwick hargrov harlan harlei harri harrison harstad hartmann hartnel hartog harvard harvei hasid hasim haspel hassan hast hatch haugen haut havana hawaii hawaiian hawk hawkin hawlei hawthorn hay hayward haywood hbo hcmc hdcp hdd hdmi healdsburg heather hector heel hefner heller helmand helsinki hemmer hemsworth henderson hennepin henri herald herbert herman hermit hernandez herrera hewlett heydar hezbollah hh hick hickenloop hickok highland highwai hildal hill hillari hiller hilli hilton hirono hispan hitler hiv hkt hmp hochul hodgkin hogan hogg holbrook holi hollei holli hollywood holm holocaust holt holyfield homeland homoud hondura hong hool hoover hopkin hormozgan hormuz horn hornbi horowitz horton hotspot hous houston houthi howard howel hoyer hoyt hpq html huawei huckabe hud huffman huffpost hugh hunger hunter huntsvil hurd hurrican hurwitz hutcherson hutchin hutchinson hutson hyde hyten i i'd i'll i'm i'v i.d i.e i.g i.i i.n i.p i.r i.s i.t i.v i.x ian ibanez ibf ibm ibo ibrahim ic icbm icu id'd ida idaho idc idf idri ie11 ie6 ie7 ie8 ie9 ifram igor iguodala iii ik ilen ilhan illinoi illinoisan imad imf immelman inc ind indi india indian indiana indianapoli indigen indo indonesia indonesian indra infiniband info infowar ingaldson ingraham inhof innat inquir insle instagram intel interior intermedi internet interout interpol interst ioc iowa iowan ipppr ipso ir iran iranian irannejad iraq iraqi irish irma irna irtc irv isaac isakson isi islam islamist ismail isna isp isra israel ist istanbul itali italian italiano ivanka iverson ivi ivori j j.d j.j jabaliya jabalya jacinda jack jacki jackman jackson jacksonvil jacob jacobson jadallah jag jaguar jai jair jakarta jake jalaa jamaal jamaica jamal jamar jame jami jamison jan janet janett jansen janu januari japan japanes jare jarmoun jarrett jason java javad javascript javelin javier jazeera jc jean jeanin jeann jeb jeff jefferson jeffrei jemima jen jenkin jenna jenni jennif jeong jeremi jermayn jerom jerri jerrold jersei jerusalem jesu jew jewish jihad jill jim jimmi jinp joan joaquin joe joel john johnni johnson joiqu joliet jon jonathan jone jong jordan jose joseph josh joshua josé journal jovenel joyc jr juan judd judi judiciari judson jul juli julian julien juliu julián jumaan jun june juneteenth jussi justic justin k k.c k.o k.y ka'loni kabul kacong kadhimi kaepernick kafouri kagan kahn kain kaitlan kaleb kamala kamalvandi kandek kansa kany kara karamanli kardashian karen karin karl karzai kaseya kashuv kasi kasich kassi kata'ib kate katherin kathi kathimerini kathina kathleen kathryn kati katrina kavanaugh kayleigh keeper kefauv keisha keith keiwan kellei kelli kellyann kelton kemp kempthorn ken kennedi kenneth kenosha kent kentucki kenya kenyon kerman kerri kessler ketanji ketchum ketsoyan kevin keyston khale khalid khamenei khan khanna khanzadi khartoum khashoggi khater kiev kiir kiki kilmead kim kimani kimberli king kingdom kinnear kinzing kirbi kirkpatrick kiro kirsten kirstjen kislyak kkk klain klan klausuti klaw klayman klein klippen klitschko klobuchar klondik klux knick knowl ko koch kodak kong koohi koran kordofan korea korean korkonea korver kouchner kprc kraft kreb kremlin kristen kristian kroon ksdk ku kudlow kurbanguli kurd kurdish kurmuk kurt kurtz kushner kutztown kuwait kwong ky kyiv kyle kyrgyzstan kyriakid kyrsten l l.a l.p l2 la labor labour lacalamita laci lafayett lago laguarta lahiya lake lakeport laker lakewood lamb lamon lampahan lanc lancet lang lanka lankan lao lapd lapierr larri larson laru lasal lasd latin latino latonya latson latter lauderdal lauer laughlin laura laurenc lawrenc lawson lcd ld le leadsom leana lebanes lebanon lebap lebowski lee leflor leggett lehan leigh lenni lennox leopold lesli letitia letterman lev levin lewi lewinski lgbt lgbtq liam libbi libertarian liberti librari liddi lightfoot lijian likud lil lilo limbaugh lina lincoln linda lindsei linkdotnet lion lionsgat lipinski lisa lisfranc liu livanio livni liz llc lloyd llp lo loeffler lohan lohmeier london lopez lord lorenzo loretta lori lou loughlin loui louisiana louisvil lowel lpl lt ltd lte lu luann luca lucchino luciano luck lui lukashenko lumens lunden luther lyndal lynel lynn lyon lópez m.a m.b m.c m.d m.e m.i m.n m.o m.p m.s m.v maacama maban mac macarthur macbook maccallum macdonough macfarlan machado mackenzi macomb macron macworld maddow madelin madison madonna maduro mae mafia mafioso mag maga magistr magnum magrud magsaf maguir mahal mahanoi mahmoud mahnefah maid mair maj majesti malaysia malcolm malibu malloi malta maluku manafort manchest manchin mandalai mandarin mandela mandelblit manger mangkhut manhattan manigault mannheim manni manohar manokwari manrosan mansfield mantra manuel mar marc march marco marcu mardian marfin margaret mari maria mariann maricopa marilyn marin marinaccio marino marion marist marjori markei marketwatch markham marqu marrero marseil marshal mart martha marti martin marvin marxism marxist maryland masri massachusett massag masterpiec mat matanuska mateen matia matsuzaka matt matthew matti mauric max maxin maxwel mayorka mazar mazi mb mba mbp mbp17 mcafe mcallist mccabe mccain mccant mccarron mccarthi mccloskei mccluster mcconnel mccreadi mcdaniel mcdermott mcdonald mcdonough mcdougal mceachin mcenani mcf mcfadden mcfly mcgahn mcginni mcgowan mchanei mcinn mckai mckenzi mcknight mcmaster mcmeekin mcnutt mcpherson mcsalli md mdassml mead meadow medan mediait medicaid medicar mediterranean megan meghan megyn mehdi mehta melani melania melber melbourn melinda melissa mena mend mendez meng merck meriah merkel merklei mermaid meron merrick merritt metapa meteorolog metoo metro metropolitan mexican mexico meyer mfo mgm mhz miami mich michael michel michigan mick micro microelectron microsoft microsystem middl mideast midland midwest miguel mika mike mikhail miliot millei miller millom milo milwauke mini minist minn minneapoli minnesota mira mirag mississippi missouri mit mitch mitchel mitt ml mlb mnuchin mo mobil mobinil mockingjai moderna modesto modi moffat moham mohammad mohanda mohav mohsen moin mois mol molli molotov mombasa mon monaco monahan mond mondai mondal monetari monica monro monsei mont montaign montana montefior montenegro montgomeri monti moodi moon moonv moor morehous morei moreno morgan mormon morningsid moroccan morrison moscow moss mossad motor moulton mourad mozilla moïse mp mr mri ms ms08 ms13 msg msgr mshtml msnbc mt mtv mueller muhammad mujahid mullah mulvanei mumbai munoz murdoch murfreesboro murkowski murphi murrai murtaugh murthi museum musk musket muslim mustafa mvc mvp mweb myfoxhouston mysor myspac myspace.com n n.b.a n.c n.d n.e n.f.l n.h n.j n.m n.o n.p n.t n.y naacp nabisco nadler nafta nahr nambiar nanci napa napl napolitano narendra nascar nasdaq nashvil nassar nasser nathan nativ nato nauert nava naval navalni navarro navi nazi nba nbc ncaa ndaa neal neb nebraska neera neil nelson neom netanyahu netflix netherland nevada nevil newark newbold newman newport newsdai newshour newsmax newsom newsweek newt newton nfc nfl ngo nh nia niaid nic nichol nichola nick nicol nicola nielsen nieto nigeria nih nike nikki nikol nile nina ninja ninth nirad nixon niyazov nlm noah nobel noel noem nooyi norah norc normandi north northam northcutt norwalk norwegian nostra nostrand notr nov novavax novemb npr nra nrcc nrdc nsa nsc nsdq nuba nugroho nune nuova nutrit nvidia ny1 nyc nydn nypd nyse nyt o o'brien o'connor o'donnel o'higgin o'keef o'mallei o'reilli o'rourk o.f o.k o.n o.s oak oakland oann oat obama obamacar obrador ocasio ocean oct octob oddfath oem ohio ohsu ok okla oklahoma ol olc oleg oler olivea olivia olmert olsen olson olymp olympia omaha oman omar omarosa omb ontario opa openworld oppal opswar opteron oracl orang oregon oriol orlando orlean ornitholog orovil orozco orp orput orthodox ortiz osama osborn osc oscar osha osp ossoff ostrag oswald otto ottoman oval oversight owen oxfam oxford oz ozon p.a p.c p.j p.r p.t p2p pa pac pacif packard packer padang padilla padr pagano page pagliarelli pakistan palac palermo palestin palestinian palin palm palmer palo pame panagopoulo pandora pantaleo panther papadopoulo papandr papermast paperni papoulia papua parenthood pari pariang parisien parker parkland parler parna parscal parson paso pat paterson patricia patrick patriot pattinson paul paula pavlich pavlid pawn paxton paycheck payton pb pc pdt peabodi pearl peavi pecker pediatr pelosi penc pendleton pennsylvania pensacola pentagon pepsico perdu pere perez perlo perot perri persian perski persson perth peta pete peter petersburg peterson petti peyton pfizer pharma phd phelp phil philadelphia philando philip philippin philli phillip philonis phoenix picayun pichai pickel pie pier pierr pieter pigeon pilger pimm pinder ping pinocchio piraeu pirro piston pitkin pitman pitt pittman pittsburgh pkk plandem plano playboi playbook playlist playmat plaza plc pleasant pleasantvil pocahonta pocan podesta poland poli politico polytechn pompeii pompeo pong pontific pope poplar porta portia portico portland portman portnoi portug postal potomac potter povetkin powai powel ppp pppt pragu pravda preckwinkl prendergast prepared presid presser presslei presti prestig preston pricewaterhousecoop priebu prime primetim princ pritzker pro proposit provincetown prude pruitt psaki pst publix puerto pugh pukal pulitz puls purdu purpl purs purwo putin puzder pyeongchang pyongyang q q.b q.c q10 qaeda qaida qanon qasem qassem qatar qeshm qlogic quaid quaker quali qud quebec queen quinn quinnipiac quintero qwerti r r.b r.i r2 ra raab rabi rachel radiat radojev raffensperg rahal rahami rahm rahman rahul rai rainwat raisi rait raj ralph ram ramadan ramarlei ramirez ramon ramsei rancho rand randi randolph ranger raphael rappaport raptor rashad rasmussen ratcliff ratliff raton raul raymond rayshard rbi rcmp reagan reagin reaper reavei recep recognis red reddit redfield redford redick redskin reed reev referenda refinitiv refintiv reforma reg regan reggi regina reid reinc reinoehl reinvest releasethememo relianc remington rep republ republican retina rettig retzlaff reuleuet reuter rev revil revolutionari rex reynold rhode rican ricardel rice richard richmond richter rick rico riddick ridgeback ridgecrest riker rim rino rio rite rittenhous ritz riva river rivet riviera riyadh rm299 rnc rob robach robert roberta robertson robin robinhood robinson robyn rochel rochest rockwel rod rodger rodnei rodriguez roe roem roesler rogan roger roi roman rome romeo romnei rompui ron ronald ronan ronna ronni rood roosevelt rori rosa roseann roseberri rosen rosenberg rosenbluth rosenstein rosenth ross rosselló rossi rosslyn roug rouhani roundi rove rowland royal royc rtm rubio ruch rudi rudolph rue ruiz rushmor russel russia russian ruth rutherford ryan s.a s.c s.d s.e s.f saad sabathia sabiti sac saccon sach sackler sacramento saddl saeed saf safari sag saginaw saikat saint sala salahaddin salaluddin salazar salem salli salman salt salva salvador salvat salvator sam sama samantha samaritan samoa samsung samuel san sanchez sandberg sander sandi sandra sandworm sanford sanjai sanofi santa sap saparmurat sar sarah saraj saralioti sass satan satanist satcher saturdai saud saudi saugu saul savannah savino sawarmi sawyer sayyid scalia scalis scaramucci scarborough scavino schaub scheidn schenectadi scherlinck schiff schiller schleicher schnectadi schneiderman schobel schoen schrader schroeder schuck schultz schumer sciutto scobe scooter scorses scot scotland scott scottish scottrad scotu scout scranton sculli scurlock sdhc sdram seabiscuit seacom seahawk seal seamicro sean seattl sec secoriea secretari seeborg sefton sekulow selma semit sen senat sentinel seoul sep sept septemb sergei seth sexiest sgp sgt shaalan shack shalaan shanahan shanghai shapiro sharia sharm sharon sharron shaub shaw shawn shehroz sheikh sheikholeslami sheldon shellei shepard sheriff sherlock sherman shia shine shinzo shockei shondel shontel shub shuhada shulkin sicili sicilian sicknick sid sidnei siegel sierra sikh silicon silverman simmon simon simpson sinai sinema singapor singh singler singletari sinha sioux sir siri siriu siv sixer sixteen slager slaoui slotkin slumdog sm sm10000 smartmat smith smollett smw3 smw4 snapchat snider snipe snowden snyder solarwind soleimani solicitor solver somali somalia somalian somani somerset sondland sonia sonoma sooper soro sorong sotomayor sotu south southdal soviet sox spacex spain spanish speaker spear spencer spicer spillan spiro sportscent sportsnet springfield sql sr sri ssd st stacei stade stadiou stadium stafford stan stanford stanlei stansburi starbuck starr statist statuari staunton steed steel steeler stefanik stefanski stein steinberg stelter steni stephanopoulo stephen stepheni stephenson stepien sterl steve steven steward stewart steyer stickman stile stirl stolt stone stoneman stormi strait strauss strickland strzok stuart sturgi sturm subryan succop sudan sudanes suez suiss sukanya suleimani sullivan sultan sumatra sumatran sun sund sundai sundanc sundar sunnyval sunris sunshin sununu super superdr superior superman supermax suprem sureesh surfsid surrei suryani susan sutopo sutter suv suzann swalwel swan swanson swat sweden swedish swetnick swisher swiss switzerland sycamor sydnei syntagma syracus syria syrian sznewaj t.c t.d t.e t.j t.n t.o t.s t.v t.x tabar tae taiex taipei taiwan taiwanes taj takengon tal talat talev taliban tallahasse tallgrass tamir tammi tampa tanden tanio tanya tanzania tappan tapper tar tara taradis tardi tase taser tasman tass taunton taylor tayyip tbi td tdcj teaslei technicolor ted tedro tehran teixeira tel telecom tenn tennant tennesse teresa terr terranc terrenc terri tewu tex texa texan tha thai thailand thanksgiv thatcher thc theacademi theatr theo theodor theresa thessaloniki thom thoma thompson thornberri thornhil thr throat throne thunberg thunder thunderbolt thurman thursdai tibb tibbett tiktok tillerson tilli tim timaru timmon timothi tinder titan titter tlaib tlusti tmz tobin todd tokyo tom tomb tonban tongeren toni toolkit toomei tori torii toronto torr tova tower township toyota tpp traci tran travi treasuri trent trevor triangl tribun trident trig troi trojan trooper trudeau trump trumpcar trumper trusteer trustworthi tsai tskvpr tsmc tucker tue tuesdai tulan tulsa tulsi tunheim tunisia tunisian tupelo turkei turkish turkmen turkmenistan turner tweeden twelfth twilight twitter twizel twtr tyler tyson tzipi u u.a.e u.k u.n u.p u.s uae uaw uber uc ucla ufc ufo uighur ukrain ukrainian uma un unc undersheriff underwood unga unhcr union unit univers unrwa upi urban usa usb usccb usci uscp usda usg usmca usn usp uss utah utc uyghur uzbek v.a v.p v.t va valdez vallei valor vanc vancouv vandeest vanderbilt vanessa vaniti vanor varitek varoufaki vasser vassili vatican vaughn vega vekluri vendom vendôme venezuela venezuelan venist venmo verisign verita verizon vermont viacomcb vicar vice victor victoria vietnam vii vike villa villaraigosa vinar vinatieri vincent vincenzo vindman vip virgin virginia virolog vishwanand vista visual vitali vito vivian vladimir vladi­mir vodafon vol volodymyr vonta vrettako vt vta vulcan w w.e w.h w.h.o w.r w.v w.va wachsberg wacker waitros waldi wale walenski walgreen walker wallac walli walmart walsh walter walther walz wang wapo ward warfight warmbier warner warnock warp warren warsaw washington wasilla waterg watson waxman wayn wba wbc wbo wcco wcvb wdiv weaver web webcast wechat wednesdai wee wehrum weiner weinstein weiss weisselberg weitz welch weld welker wellington wen wendi weslaco west westchest western westpac westwood wetzler wexton whatsapp wheeler whitak white whitefish whitehous whitesid whitmer whoopi wi wichita wifi wikileak wilbur wildcat wilder wildlif wilhelm wilkinson willi william williamson wilmington wilson windsor winston wischnowski wisconsin wittman wizard wjbk wkrc wlad wladimir wnba wolf wolff wolfgang wolkoff wolverin wood woodburn woodward wooten wrai wright wsj wuhan wwdc wwdc12 wwii wyden wyli wynn wyo wyom x x.l x.p xavier xeon xi xinhua xinjiang xvi yabslei yahoo yale yane yanez yang yanke yate yeager yearn yellen yellowston yelp yemen yemeni yianni yiannopoulo yida yilek yisroel yogananda yolanda york yorker youkili youm youni yousif youtub yovanovitch ypg yvonn z z10 zabihullah zadan zaid zainabieh zarand zareh zarif zealand zeitoun zeitun zelenski zeszutek zhao zient zimbabw zink zion zoe zte zuckerberg zumbrun zurana
`;
