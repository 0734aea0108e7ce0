/**
 * The classroom, one folder per feature: {@code lessons} (the lesson browser), {@code predict} (predict, then
 * reveal, marked by {@code Rules}), {@code code} (the run's program, and Verify with real Python or a real JDK),
 * {@code export} (pictures and reports for slides and spreadsheets), {@code presenter} (presenter mode and the
 * keys). This package holds only what several of them share: the stylesheet ({@link
 * org.gatherlab.app.classroom.ClassroomStyles}) and the backtick spans of lesson texts
 * ({@link org.gatherlab.app.classroom.InlineCode}). The classroom window that puts them together is the shell's
 * ({@code app.shell.ClassroomPanel}, docked in the main window).
 *
 * <p>Models are toolkit-free (read-only properties + commands, tested without JavaFX running); views are thin;
 * background work goes through the app's one seam, {@link org.gatherlab.app.fx.BackgroundWork}. Wiring, as the
 * classroom window does it:
 *
 * <pre>{@code
 * SessionScore score = new SessionScore();                    // one per app session
 *
 * LessonBrowserModel lessons = new LessonBrowserModel(LessonLibrary.builtIn(), messages);
 * PredictionModel prediction = new PredictionModel(messages, score);
 * CodeModel code = new CodeModel(messages, files);
 * VerifyModel verify = VerifyModel.system(messages, background);  // python3 on the PATH, 60 s limit
 * ExportModel export = new ExportModel(messages, files);
 * PresenterMode presenter = new PresenterMode();
 *
 * lessons.setOnOpen(lesson -> {
 *     editor.load(lesson.document());                         // the scenario, all its runs
 *     prediction.load(Quiz.of(lesson));                       // predict the focus run
 *     code.show(lesson.scenario(), lesson.focusRun());
 *     verify.clear();
 * });
 * prediction.setOnReveal(r -> playback.play(r.quiz().runIndex()));   // playback starts at the reveal
 * }</pre>
 */
package org.gatherlab.app.classroom;
