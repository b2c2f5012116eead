/**
 * Words that put a date in the future of the sentence that names it ("Trial is set for June 17",
 * "The ceremony will take place on February 22", "His sentencing is scheduled for November 8"):
 * a planned day, not the day the reported event happened. Read only between the start of the
 * date's clause and the date, so "Police said Tuesday the suspect will be charged" keeps Tuesday.
 *
 * Compiled for Parallax from English future and schedule expressions (modal "will"/"would" as
 * in reported speech, "be set/scheduled/slated/due", "expected to", "plans to"; not "due to",
 * which mostly gives a cause: "due to low light levels on Saturday"), as news
 * uses them for announced dates. Licence: MIT, as the project.
 */

/** Single words and two-word phrases, lower case; matched as whole words. */
export const plannedCues: readonly string[] = [
  'will', "'ll", '’ll', 'shall', 'would', 'scheduled', 'slated', 'planned', 'upcoming',
  'forthcoming', 'tentatively', 'set for', 'set to', 'is due', 'are due', 'was due',
  'were due', 'due on', 'expected to', 'plans to', 'plan to', 'planning to',
];

/** Words that make the date right after them a deadline ("restored by December 31", "until Jan. 13"). */
export const deadlineWords: readonly string[] = ['by', 'until', 'till'];
