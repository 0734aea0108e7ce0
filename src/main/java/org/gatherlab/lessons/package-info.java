/**
 * Built-in lessons: each a scenario that overturns one misconception about asyncio, its text in every
 * language, the options offered for predict-then-reveal, and an expectation the tests hold against the
 * engine. The correct answers are never stored: {@link org.gatherlab.lessons.LessonAnswers} computes
 * them from the engine's report. The file format is described in {@code assets/lessons/README.md}.
 */
package org.gatherlab.lessons;
