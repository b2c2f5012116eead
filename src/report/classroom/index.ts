/** Classroom materials drawn from a report: the lesson's questions (printed by src/render/report). */
export { buildLesson, defaultQuestions, type Lesson, type LessonQuestion } from './lesson.js';
