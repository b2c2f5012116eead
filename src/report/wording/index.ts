/** The one wording table, by kind: every sentence Parallax says to people lives under here. */
export { removalWording } from './removal.js';
export { measureWording, type MeasureKey, type MeasureWording } from './measures.js';
export { findingWording, wordFinding, actorName, type FindingWording } from './findings.js';
export { relationWording, verbClassWording, labelKindWording, toneWording } from './vocabulary.js';
export { reportWording } from './report.js';
export { classroomWording, type LessonEdition } from './classroom.js';
export { pageWording, type PairViewMode } from './pages.js';
export { terminalWording } from './terminal.js';
export { storyHeading, storyWording } from './stories.js';
