/**
 * The stages of news processes that follow one another days or weeks apart with the same people:
 * an election's first round and its runoff; a trial's arraignment, verdict and sentence. A report
 * of one stage often names the next as to come ("the race goes to a run-off", "sentencing is
 * scheduled in eight weeks", "Второму туру быть", "наказание судья должен объявить через 2
 * месяца"), and a report of the next stage tells it ("Erdogan wins runoff", "Chauvin sentenced
 * to 22.5 years"): two reports of different occasions, whatever dates they give or lack (issue
 * 12: test2's undated first-round and verdict reports sat inside the runoff's and the sentence's
 * stories). See src/pair/occasion-stages.ts.
 *
 * Each form is a regular expression source (Unicode, case-insensitive) matched as whole words.
 * Compiled for Parallax from English and Russian court and election reporting (AP Stylebook
 * entries "runoff", "sentences", "verdict"; Russian procedural usage: "признать виновным",
 * "приговорить к", "второй тур"). Russian "приговор" alone is left out: news uses it for the
 * verdict and the sentence alike ("вынес приговор" of a jury's verdict). Licence: MIT, as the project.
 */

/** A stage and the words that name it. */
export interface OccasionStageWords {
  /** The stage's key, shared by both languages. */
  stage: string;
  /** Regular expression sources that can tell the stage happened: its verbs, and nouns that name the occasion itself ("runoff", "verdict"). */
  tells: readonly string[];
  /**
   * Sources that name the stage only as a thing, to come or in the background: "a sentence" is
   * mostly one served or recommended ("serving a life sentence", "the jury recommended the
   * maximum sentence": ECB+ 3_3, 45_10), so it counts only when it is to come ("sentencing is
   * scheduled", "наказание ожидает").
   */
  names: readonly string[];
}

export const occasionStages: readonly OccasionStageWords[] = [
  { stage: 'first round', tells: ['first[ -]round', 'перв\\p{L}*\\s+тур\\p{L}*'], names: [] },
  { stage: 'runoff', tells: ['run-?offs?', 'second[ -]round', 'втор\\p{L}*\\s+тур\\p{L}*'], names: [] },
  { stage: 'arraignment', tells: ['arraign(?:ed|ment)', 'plead(?:s|ed)?\\s+not\\s+guilty', 'pled\\s+not\\s+guilty'], names: [] },
  {
    stage: 'verdict',
    tells: [
      'verdicts?', 'convicted', 'acquitted', 'acquittal', '(?:found|finds|find)\\s+(?:[\\p{L}.-]+\\s+){0,3}guilty',
      'вердикт\\p{L}*', 'призна(?:л|ла|ли|н|на|ны)\\s+(?:\\p{L}+\\s+){0,3}виновн\\p{L}*', 'оправда(?:л|ла|ли|н|на)',
    ],
    names: [],
  },
  { stage: 'sentence', tells: ['sentenced', 'приговор(?:ил|ила|или|ён|ен|ена|ены)\\p{L}*'], names: ['sentencing', 'sentences?', 'наказани\\p{L}*'] },
];

/**
 * Words before a stage word in its clause that put it in the background, neither the news nor
 * to come: "Jeffs, who has already been convicted in Utah" (ECB+ 36_10, a report of new
 * charges); a sentence served ("returned to prison in June 1999 to serve a life sentence", ECB+
 * 3_3, a report of the prisoner's escape).
 */
export const stageBackground: readonly string[] = [
  'already', 'previously', 'earlier', 'formerly', 'once', 'prior', 'serve', 'serves', 'serving', 'served',
  'ранее', 'прежде', 'уже', 'отбыва\\p{L}*',
];

/**
 * Words in the clause of a stage to come that put it on the day of the report: within a day it is
 * no other occasion ("was arrested yesterday and will be arraigned today", ECB+ 32_1).
 */
export const sameDayWords: readonly string[] = ['today', 'tonight', 'this morning', 'this afternoon', 'this evening', 'later in the day', 'сегодня'];

/**
 * Words that, before a stage word in its clause, put the stage to come: modals and the future,
 * schedules, expectations, prepositions of anticipation, conditions ("if our nation has made its
 * choice in favour of the second round"), "potential" ("as potential May 28 runoff looms"), and
 * an infinitive ("needed to avoid a run-off", "to deliver even harsher sentences"; see
 * `toInfinitive`). Russian: the future and modals ("будет проводиться второй тур", "должен",
 * "может"), "предстоит", "грозит", "если". Lower case, whole words; "may" only in lower case (the
 * month is "May").
 */
export const toComeBefore: readonly string[] = [
  'will', "'ll", '’ll', 'would', 'could', 'might', 'shall', 'must', 'face', 'faces', 'facing', 'set for', 'set to',
  'scheduled', 'slated', 'expected', 'expects', 'due', 'await', 'awaits', 'awaiting', 'pending', 'upcoming',
  'potential', 'possible', 'possibly', 'likely', 'probable', 'looming', 'heads to', 'head to', 'headed to',
  'heading to', 'headed for', 'heading for', 'heads for', 'headed toward', 'headed towards', 'heading toward', 'heading towards',
  'heads toward', 'heads towards', 'goes to', 'go to', 'going to', 'bound for', 'ahead of', 'next', 'if', 'whether',
  'prepare for', 'prepares for', 'preparing for', 'forced into', 'forcing', 'is to', 'are to',
  'будет', 'будут', 'может', 'могут', 'должен', 'должна', 'должно', 'должны', 'предстоит', 'предстоящ\\p{L}*', 'грозит', 'грозят',
  'ожидается', 'планируется', 'если', 'возможн\\p{L}*', 'вероятн\\p{L}*', 'в преддверии', 'накануне', 'перед',
];

/** Words right after a stage word that put it to come ("runoff looms", "a run-off will be held", "наказание ожидает", "Второму туру быть"). */
export const toComeAfter: readonly string[] = [
  'looms', 'loom', 'looming', 'will', 'would', 'is expected', 'are expected', 'expected', 'is set', 'are set', 'is scheduled',
  'are scheduled', 'scheduled', 'is due', 'are due', 'ahead',
  'ожидает', 'ожидается', 'ожидают', 'быть', 'будет', 'будут', 'состоится', 'пройдет', 'пройдёт', 'предстоит',
];

/**
 * Words after "to" that make it no infinitive ("according to the verdict", "in addition to his
 * sentence"): determiners and possessives. An infinitive before a stage word puts it to come.
 */
export const notAfterTo: readonly string[] = ['the', 'a', 'an', 'his', 'her', 'its', 'their', 'this', 'that', 'these', 'those', 'our', 'my', 'your'];
