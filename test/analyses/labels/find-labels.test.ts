import { describe, expect, it } from 'vitest';
import { findActors } from '../../../src/analyses/actors/find-actors.js';
import { unifyActors } from '../../../src/analyses/actors/unify-actors.js';
import { findLabels, findPairLabels } from '../../../src/analyses/labels/find-labels.js';
import type { ActorsFound, Article, Label } from '../../../src/model.js';
import { articleOf, slice } from '../actors/article-of.js';

function labelled(text: string): { article: Article; found: ActorsFound; labels: Label[] } {
  const article = articleOf(text);
  const found = findActors(article);
  if (!found.applies) throw new Error(found.reason);
  return { article, found, labels: findLabels(article, found) };
}

/** "actor: kind 'words' (rule)" for every label, in text order. */
function labelsOf(text: string): string[] {
  const { article, labels } = labelled(text);
  return labels.map((l) => `${l.actor}: ${l.kind} '${slice(article, l.span)}' (${l.rule})`);
}

// Hard cases from wire copy, each with every label a careful reader finds.
const cases: [string, string[]][] = [
  // Issue 13, round 9, real copy of BASIL dev triplets: "another" opens an apposition as "a"
  // does (HuffPost, 2b95d2cf); a party word before a given name is a label, not part of the
  // name, and a profession is a role (Fox, 6b541575; 6f95dcb9); "Jan" before a name is no month (58ed2376).
  ['Another major neoconservative figure, Dan Senor, told the Huffington Post so.', ["dan-senor: appositive 'major neoconservative figure' (apposition-before)"]],
  ['He is running against Republican Renee Ellmers, a registered nurse, in November.', ["renee-ellmers: pre-modifier 'Republican' (before-name)", "renee-ellmers: appositive 'registered nurse' (apposition-after)"]],
  ['"None of this would have happened," said Cynthia Burgiss, 22, a student at the University of Dayton in Ohio.', ["cinthia-burgiss: appositive 'student at the University of Dayton in Ohio' (apposition-after)"]],
  ['Arizona Gov. Jan Brewer announced her decision.', ["jan-brewer: title 'Arizona Gov.' (before-name)"]],
  // Issue 13, people13 (real NYT copy, BASIL 96b7046f): the first item of a list of modifiers
  // before a comma is no description ("news" for The Root); a plain apposition still is.
  ['It was posted by a reporter for The Root, a news, opinion and culture site aimed at readers.', []],
  ['Josh Earnest, the White House press secretary, told reporters.', ["josh-earnest: appositive 'White House press secretary' (apposition-after)"]],
  // A party word re-describes the one person named just before ("The Arizona Republican", Fox, 2b95d2cf).
  ['Sen. John McCain, R-Ariz., said the comments were wrong. The Arizona Republican said Steele must decide.', ["john-mccain: title 'Sen.' (before-name)", "john-mccain: description 'Arizona Republican' (only-recent)"]],
  ['U.S. Secretary of State Antony Blinken spoke.', ["antoni-blinken: title 'U.S. Secretary of State' (before-name)"]],
  ['He met Russian Foreign Minister Sergey Lavrov.', ["sergei-lavrov: title 'Russian Foreign Minister' (before-name)"]],
  ['Blinken asked about the treatment of jailed opposition figure Alexey Navalny.', ["aleksei-navalni: pre-modifier 'jailed opposition figure' (before-name)"]],
  ['The exchange came as Blinken’s boss, President Joe Biden, gave a speech.', ["joe-biden: appositive 'Blinken’s boss' (apposition-before)", "joe-biden: title 'President' (before-name)"]],
  ['"No surprises," said Ned Price, the State Department spokesman.', ["ned-price: appositive 'State Department spokesman' (apposition-after)"]],
  ['Ned Price, spokesman for the State Department, said so.', ["ned-price: appositive 'spokesman for the State Department' (apposition-after)"]],
  ['White House press secretary Jen Psaki said it was unlikely.', ["jen-psaki: title 'White House press secretary' (before-name)"]],
  ['Deputy Minister of Foreign Affairs of Russia Alexander V. Grushko received him.', ["aleksander-grushko: title 'Deputy Minister of Foreign Affairs of Russia' (before-name)"]],
  ['The tenure of former president Donald Trump ended.', ["donald-trump: title 'former president' (before-name)"]],
  ['Fighters of the militant group Hamas crossed the border.', ["hamas: pre-modifier 'militant group' (before-name)"]],
  ['The Islamist group Hamas struck.', ["hamas: pre-modifier 'Islamist group' (before-name)"]],
  ['Navalny, the Kremlin’s most prominent critic, died in prison, officials said.', ["navalni: appositive 'Kremlin’s most prominent critic' (apposition-after)"]],
  ['A longtime Kremlin critic, Navalny was jailed in 2021.', ["navalni: appositive 'longtime Kremlin critic' (apposition-before)"]],
  ['Republican Senator Mitt Romney voted no.', ["mitt-romnei: title 'Republican Senator' (before-name)"]],
  // Issue 13: an abbreviated title keeps its period ("Gov." not "Gov", read on real pairs).
  ['Gov. Chris Christie spoke, and New Jersey Sen. Cory Booker listened.', ["chris-christie: title 'Gov.' (before-name)", "cori-booker: title 'New Jersey Sen.' (before-name)"]],
  // A noun after a demonstrative heads its own phrase (real HuffPost copy, BASIL 38f7cbb7): no label "case".
  ['Rep. Joe Sestak was offered a post. As part of the process, however, Bauer also interviewed representatives for Sestak and Clinton -- in this case Sestak\'s brother and Doug Brand and Bruce Lindsey for Clinton.', ["joe-sestak: title 'Rep.' (before-name)"]],
  // "to" joins only a title that takes it: "president to God" is no title (real Fox copy, BASIL
  // 2153fb3e); "Ambassador to Russia" is one.
  ['President Obama spoke on Wednesday. Carney said the particular reference by the president to God was made in context.', ["obama: title 'President' (before-name)", "obama: description 'president' (same-title)"]],
  // Several hold the office: the one named before the description (real NYT copy, BASIL
  // 3ae35b16: President Trump in the lede, Presidents Bush and Obama only near the end).
  ['President Trump declared an emergency. Reporters asked questions. On point after point, the president insisted he was right. President George Bush did the same in 1990, as did President Obama.', ["trump: title 'President' (before-name)", "trump: description 'president' (same-title)", "george-bush: title 'President' (before-name)", "obama: title 'President' (before-name)"]],
  ['Ambassador to Russia Jon Huntsman spoke.', ["jon-huntsman: title 'Ambassador to Russia' (before-name)"]],
  // Issue 13: honorifics are no labels, and nothing before them is one either.
  ['Mr. Farenthold said so, and the company Mr. Grimm formed closed.', []],
  // A title cut from the name run it was swallowed in is the person's title.
  // A count belongs to the noun it counts: not "term" alone.
  ['The endorsement went to three term Texas Governor Rick Perry on Tuesday.', ["rick-perri: pre-modifier 'three term' (before-name)", "rick-perri: title 'Texas Governor' (before-name)"]],
  ['Senate Minority Leader Chuck Schumer spoke.', ["chuck-schumer: pre-modifier 'Senate Minority Leader' (before-name)"]],
  ['Senate President Pro Tem David Long spoke.', ["david-long: title 'Senate President Pro Tem' (before-name)"]],
  ['Every former secretary, including former White House chief of staff John Kelly, signed.', ["john-kelli: pre-modifier 'former White House chief of staff' (before-name)"]],
  // Appositions with a complement that names another person or an institution.
  ['"We will pay," said AshLee Strong, a spokeswoman for Speaker Paul Ryan.', ["ashlee-strong: appositive 'spokeswoman for Speaker Paul Ryan' (apposition-after)", "paul-ryan: title 'Speaker' (before-name)"]],
  ['In a statement, Mark Sheridan, a partner with Patton Boggs, said his firm had been retained.', ["mark-sheridan: appositive 'partner with Patton Boggs' (apposition-after)"]],
  ['The comments echo those of his successor, Felipe Calderón, who spoke.', ["felipe-calderon: appositive 'his successor' (apposition-before)"]],
  ['A spokeswoman for Mr. Fishman’s office, Rebekah Carmichael, declined to comment.', ["rebekah-carmichael: appositive 'spokeswoman for Mr. Fishman’s office' (apposition-before)"]],
  // A description in the sentence that names one person is not that person (Principle C).
  ['Ramos spoke. Fox said Americans will not elect the billionaire to the White House.', []],
  // "the lawyer" after "a lawyer" is the new person, not a named lawyer.
  ['Ned Smith, a lawyer for the firm, spoke. Two workers hired a lawyer. The lawyer sued.', ["ned-smith: appositive 'lawyer for the firm' (apposition-after)"]],
  // Names used as modifiers carry no labels of their own.
  ['A key U.S. oil pipeline was hit, and the Biden administration said so.', []],
  ['Blinken has told Lavrov that Washington will act.', []],
  // "concerns" is the object of "address", not a label of Moscow; plural heads are never labels.
  ['The document intended to address concerns Moscow has publicly released.', []],
  // Lists and clauses are not appositions.
  ['Alongside Russia, Denmark, Finland and Norway are members.', []],
  ['In the statement, Blinken said the talks went well.', []],
  ['Blinken met Lavrov, the foreign minister said.', []],
  // Descriptions, resolved conservatively.
  [
    'He pointed to the SolarWinds cyber breach and the detention of opposition figure Alexey Navalny. He added that the activist should be released.',
    ["aleksei-navalni: pre-modifier 'opposition figure' (before-name)", "aleksei-navalni: description 'activist' (only-recent)"],
  ],
  // Two people may be meant (a name of unknown kind counts as one): left unresolved.
  ['He pointed to the detention of Navalny and Ilya Yashin. He added that the activist should be released.', []],
  [
    'Secretary of State Antony Blinken spoke. The written response was delivered, the top US diplomat told reporters. Russian Foreign Minister Sergey Lavrov said nothing.',
    ["antoni-blinken: title 'Secretary of State' (before-name)", "antoni-blinken: description 'top US diplomat' (same-title)", "sergei-lavrov: title 'Russian Foreign Minister' (before-name)"],
  ],
  [
    'The new US administration has unveiled its approach, as the country’s top diplomat used a call with his counterpart. American Secretary of State Antony Blinken spoke with Russian Foreign Minister Sergey Lavrov.',
    ["antoni-blinken: description 'country’s top diplomat' (same-title)", "antoni-blinken: title 'American Secretary of State' (before-name)", "sergei-lavrov: title 'Russian Foreign Minister' (before-name)"],
  ],
  [
    'Blinken spoke with Russian Foreign Minister Sergey Lavrov. However, the foreign minister linked the issues.',
    ["sergei-lavrov: title 'Russian Foreign Minister' (before-name)", "sergei-lavrov: description 'foreign minister' (same-title)"],
  ],
  ['US Secretary of State has expressed support. U.S. Secretary of State Antony Blinken said so.', ["antoni-blinken: description 'US Secretary of State' (same-title)", "antoni-blinken: title 'U.S. Secretary of State' (before-name)"]],
  // The country in a description picks one of two presidents.
  [
    'Russian President Vladimir Putin called U.S. President Joe Biden. The Russian president said little.',
    ["vladimir-putin: title 'Russian President' (before-name)", "joe-biden: title 'U.S. President' (before-name)", "vladimir-putin: description 'Russian president' (same-title)"],
  ],
  // An office noun is resolved only through someone's title, never by recency alone.
  ['Opposition figure Alexey Navalny was jailed. The president said nothing.', ["aleksei-navalni: pre-modifier 'Opposition figure' (before-name)"]],
  // Two people fit "the incoming leader": left unresolved.
  ['Putin congratulated Biden and said he was ready to work with the incoming leader.', []],
  // "the judge" usually brings in someone new.
  ['Navalny appeared in court. The judge ruled against him.', []],
  // A verb before a title is no label, and an institution word before a title belongs to it
  // (real Fox copy, BASIL 2a3fde8a): not "stop" for Trump, not "bureau" for Bowdich.
  ['He was willing to use his official FBI position to try and stop President Trump from getting elected.', ["trump: title 'President' (before-name)"]],
  ['Goelman said bureau Deputy Director David Bowdich overruled the office.', ["david-bowdich: title 'bureau Deputy Director' (before-name)"]],
  // A person's label ends on a role, an office or a title word; any other noun before a name
  // heads a phrase of its own (real Fox and HuffPost copy, BASIL 7a97de89).
  ['LePage said his outburst was justified because Gattine called him a racist – something Gattine has denied.', []],
  ['LePage has been mired in controversy since calling state Rep. Drew Gattine (D) a “son-of-a-bitch” in a voicemail.', ["drew-gattine: title 'state Rep.' (before-name)"]],
  ['But this isn’t the first time LePage’s comments have gotten him in trouble.', []],
  ['In 2010 he said he’d tell President Obama to “go to hell.”', ["obama: title 'President' (before-name)"]],
  ['Every former secretary, including former White House chief of staff John Kelly, sent a letter.', ["john-kelli: pre-modifier 'former White House chief of staff' (before-name)"]],
  ['The letter was sent to opposition leader Alexey Navalny.', ["aleksei-navalni: pre-modifier 'opposition leader' (before-name)"]],
  // A role after "as" is said of its own clause's subject, not of the person named before (real Fox, BASIL 2a3fde8a).
  ['FBI official Peter Strzok was fired. The Deputy Director, as the senior career FBI official, has the authority to decide.', ["peter-strzok: pre-modifier 'FBI official' (before-name)"]],
  // Issue 13, round 6 (real NYT, Fox and HuffPost copy, BASIL 06ffda2d, 33521e65, 70c744ad):
  // a name at the sentence end closes the apposition before it.
  // Real NYT copy (BASIL a4f1d515): a semicolon closes an item of a list whose items hold commas; "F.B.I. director" had gone to Clapper.
  ['Senators met the intelligence director, Mr. Clapper; the F.B.I. director, Robert S. Mueller III; and General Alexander.', ["clapper: appositive 'intelligence director' (apposition-before)", "robert-mueller: appositive 'F.B.I. director' (apposition-before)", "aleksander: title 'General' (before-name)"]],
  // Real Fox copy (BASIL 72fa9b13): "current" says when the title holds, nothing of the person.
  ['Trump met with current acting FBI Director Andrew McCabe on Wednesday.', ["andrew-mccabe: title 'acting FBI Director' (before-name)"]],
  ['Edie Windsor sued the government after the death of her wife, Thea Spyer.', ["thea-spyer: appositive 'her wife' (apposition-before)"]],
  // The run back went past the phrase's own determiner: the nearest one that heads a label opens it.
  ['Grimm got money from followers of an Israeli rabbi, Yoshiyahu Yosef Pinto. He spoke.', ["yoshiahu-yosef-pinto: appositive 'Israeli rabbi' (apposition-before)"]],
  ['"We are disappointed," said the statement from Grimm\'s attorney, William McGinley.', ["william-mcginlei: appositive 'Grimm's attorney' (apposition-before)"]],
  ['Spokesmen for the office of the United States attorney in Brooklyn, Loretta E. Lynch, declined to comment.', ["loretta-linch: appositive 'United States attorney in Brooklyn' (apposition-before)"]],
  // Two appositives joined by "and", each with its determiner; one determiner over two nouns is one.
  [
    'Representative Steve Stivers, Republican of Ohio and the chairman of the National Republican Congressional Committee, said so.',
    ["steve-stivers: title 'Representative' (before-name)", "steve-stivers: appositive 'Republican of Ohio' (apposition-after)", "steve-stivers: appositive 'chairman of the National Republican Congressional Committee' (apposition-after)"],
  ],
  // A relative clause the apposition's comma closes is part of the description (issue 13, NYT copy, BASIL 33521e65).
  ['Michael Grimm, a former F.B.I. agent and Marine who won a seat, was indicted.', ["michael-grimm: appositive 'former F.B.I. agent and Marine who won a seat' (apposition-after)"]],
  ['The charges against Grimm, 44, a Republican who was first elected in 2010 and represents Staten Island and part of Brooklyn, were expected.', ["grimm: appositive 'Republican who was first elected in 2010 and represents Staten Island and part of Brooklyn' (apposition-after)"]],
  ['He faces Domenic Recchia, a Democrat who headed the Council’s Finance Committee, in November.', ["domenic-recchia: appositive 'Democrat who headed the Council’s Finance Committee' (apposition-after)"]],
  // A clause interrupted by a quotation is cut off at the relative pronoun, as before.
  ['Tom Smith, a spokesman who said, “No way,” left.', ["tom-smith: appositive 'spokesman' (apposition-after)"]],
  // A name's suffix ends on a period before the apposition's comma (NYT copy, BASIL 33521e65).
  ['Grimm faces Domenic M. Recchia Jr., a Democrat who headed the Council’s Finance Committee.', ["domenic-recchia: appositive 'Democrat who headed the Council’s Finance Committee' (apposition-after)"]],
  // Hyphenated words are one word to a label, numbers too (issue 13: "fund-raiser" gave no label, "seven-term" gave "term").
  ['Grimm got money from Mr. Biton, the fund-raiser.', ["biton: appositive 'fund-raiser' (apposition-after)"]],
  ['Seven-term congressman Joe Baca lost.', ["joe-baca: pre-modifier 'Seven-term' (before-name)", "joe-baca: title 'congressman' (before-name)"]],
  ['Ann Lee, a Mexican-born journalist, spoke. The charming 75-year-old political operator Roger Stone smiled.', ["ann-lee: appositive 'Mexican-born journalist' (apposition-after)", "roger-stone: pre-modifier 'charming 75-year-old political operator' (before-name)"]],
  // The noun phrase after "who is"/"who was" describes the person named before it; other clauses are no noun phrase.
  ['Joe Smith, who is the chairman of the committee, said so.', ["joe-smith: appositive 'chairman of the committee' (relative-clause)"]],
  ['Vicente Fox, who was president of Mexico from 2000 to 2006, spoke.', ["vicente-foks: appositive 'president of Mexico' (relative-clause)"]],
  ['Ann Lee, who has been a senator for years, spoke. Bob Hale, who chairs the panel, agreed.', ["ann-lee: appositive 'senator' (relative-clause)"]],
  ['Bill Clinton, the former president and his wife, arrived.', []],
  // An age set off by commas is stepped over; "only" after the article belongs to the label.
  ['The charges against Mr. Grimm, 44, a Republican, were expected.', ["grimm: appositive 'Republican' (apposition-after)"]],
  ['Mr. Grimm, the only Republican member of New York City’s congressional delegation, is up for re-election.', ["grimm: appositive 'only Republican member of New York City’s congressional delegation' (apposition-after)"]],
  // A description naming a country needs a holder of that country: the U.S. attorney is not Grimm's.
  ["Grimm's attorney, William McGinley, spoke. A spokesman for the U.S. attorney in Brooklyn said he could not confirm.", ["william-mcginlei: appositive 'Grimm's attorney' (apposition-before)"]],
  // "a lawyer" two sentences back brings in the new person "the lawyer" is.
  ['Ned Smith, a lawyer for the firm, spoke. Two workers hired a lawyer. Shortly afterward, the firm closed. The lawyer sued.', ["ned-smith: appositive 'lawyer for the firm' (apposition-after)"]],
  // A description's rank must be the holder's: the vice president is not Obama; "everything" is no label (real HuffPost, BASIL b5eefefb).
  ['Joe Biden did everything President Barack Obama did not. But it was the vice president who set the tone.', ["barack-obama: title 'President' (before-name)"]],
  // ...and the holder's rank must be the description's: Vice President Pence is not "the new president" (real Fox copy, BASIL 84b3c118).
  ['After taking the oath of office along with Vice President Mike Pence, the new president spoke. The president left.', ["mike-pence: title 'Vice President' (before-name)"]],
  // A participle that is its clause's verb is no label; one after an article is (real NYT copy, BASIL 79bf99c6, labelled Pelosi "re-electing").
  ['Democrats rejected appeals, re-electing Representative Nancy Pelosi of California.', ["nanci-pelosi: title 'Representative' (before-name)"]],
  ['Democrats also re-elected Representative Steny Hoyer as whip.', ["steni-hoer: title 'Representative' (before-name)"]],
  ['The newly re-elected Gov. Tom Reed spoke.', ["tom-reed: pre-modifier 're-elected' (before-name)", "tom-reed: title 'Gov.' (before-name)"]],
  ['Republicans, led by retired Gen. Tom Reed, left.', ["tom-reed: pre-modifier 'retired' (before-name)", "tom-reed: title 'Gen.' (before-name)"]],
  // An -ing word opening the sentence opens a participle phrase (real Fox copy, BASIL 8dc7ccfe, labelled Obama "Following President"); "Acting" describes.
  ["Following President Barack Obama's comments, Romney spoke.", ["barack-obama: title 'President' (before-name)"]],
  ['Acting Secretary Tom Reed spoke.', ["tom-reed: title 'Acting Secretary' (before-name)"]],
  // A title after "a" is hypothetical (real NYT copy, BASIL 8dc7ccfe, labelled Romney "President").
  ['Mitt Romney spoke. The states would be in the cross hairs of a President Romney, who opposes it.', []],
  // A day or month before a name names no one (real Fox copy, BASIL 8385a996, labelled Ginsburg "Tuesday").
  ['Ruth Bader Ginsburg spoke. Mitch McConnell said Tuesday Ginsburg’s comments were “totally inappropriate.”', []],
  // An indefinite or possessive phrase is not resolved.
  ['Lavrov spoke. A senior diplomat said later that his counterpart agreed.', []],
];

describe('findLabels: hard news cases', () => {
  it.each(cases)('%s', (text, expected) => {
    expect(labelsOf(text)).toEqual(expected);
  });
});

describe('findLabels: spans', () => {
  it('every label slices back to words of its sentence, and every actor id exists', () => {
    const { article, found, labels } = labelled(cases.map(([text]) => text).join('\n\n'));
    expect(labels.length).toBeGreaterThan(15);
    const ids = new Set(found.actors.map((a) => a.id));
    for (const label of labels) {
      const sentence = article.sentences[label.sentence]!.span;
      expect(label.span.start).toBeGreaterThanOrEqual(sentence.start);
      expect(label.span.end).toBeLessThanOrEqual(sentence.end);
      expect(slice(article, label.span)).toMatch(/^\S(.*\S)?$/);
      expect(ids.has(label.actor)).toBe(true);
    }
  });

  it('ties a label to the mention it stands beside', () => {
    const { article, labels } = labelled('He met Russian Foreign Minister Sergey Lavrov.');
    expect(labels.map((l) => l.mention && slice(article, l.mention))).toEqual(['Sergey Lavrov']);
  });

  it('finds no labels in an article without actors', () => {
    expect(labelled('It rained all day. Nobody was hurt.').labels).toEqual([]);
  });
});

describe('findPairLabels: a description finds its holder through the other outlet (issue 13, round 9)', () => {
  /** Labels of the right article of a pair, as "actor: kind 'words' (rule)". */
  function rightLabels(leftText: string, rightText: string): string[] {
    const [left, right] = [articleOf(leftText), articleOf(rightText)];
    const [l, r] = [findActors(left), findActors(right)] as ActorsFound[];
    const actors = unifyActors(l!, r!);
    return findPairLabels({ left, right }, actors).right.map((x) => `${x.actor}: ${x.kind} '${slice(right, x.span)}' (${x.rule})`);
  }

  // Real Fox and HuffPost copy (BASIL 2b95d2cf): HuffPost never titles Steele or Kristol, Fox does.
  const fox = 'Republican senators kept up pressure on party Chairman Michael Steele. Weekly Standard Editor Bill Kristol said Steele still needs to go.';
  const huffpost = 'Conservatives offered reactions to Michael Steele on Friday, after the RNC chairman was caught on camera. Bill Kristol wrote a letter. But the Weekly Standard editor was not alone.';

  it('resolves "the RNC chairman" and "the Weekly Standard editor" by the titles the other article gives', () => {
    expect(rightLabels(fox, huffpost)).toEqual([
      "michael-steele: description 'RNC chairman' (same-title)",
      "bill-kristol: description 'Weekly Standard editor' (same-title)",
    ]);
  });

  it('finds no holder alone, nor when the other article titles no one named here', () => {
    expect(labelsOf(huffpost)).toEqual([]);
    expect(rightLabels('Weekly Standard Editor Bill Kristol spoke.', 'The RNC chairman was caught on camera. Michael Steele left.')).toEqual([]);
  });
});
