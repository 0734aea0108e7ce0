/**
 * The classroom: built-in lessons, predict-then-reveal, the code panel with Verify with real Python, export, presenter
 * mode, the keys; English and Spanish ({@code assets/i18n/classroom*.properties}), styled by
 * {@code assets/css/classroom.css}.
 *
 * <p>Models are toolkit-free (read-only properties + commands, tested without JavaFX running); views are thin and
 * built in code ({@code createView()}, then {@code initListeners()}); background work goes through the app's one seam,
 * {@link org.gatherlab.app.BackgroundWork}. Wiring, as the main window does it:
 *
 * <pre>{@code
 * I18n i18n = I18n.follow(appMessages.localeProperty());      // or I18n.system()
 * SessionScore score = new SessionScore();                    // one per app session
 *
 * LessonBrowserModel lessons = new LessonBrowserModel(LessonLibrary.builtIn(), i18n);
 * PredictionModel prediction = new PredictionModel(i18n, score);
 * CodeModel code = new CodeModel(i18n, files);
 * VerifyModel verify = VerifyModel.system(i18n, background);  // python3 on the PATH, 60 s limit
 * ExportModel export = new ExportModel(i18n, files);
 * PresenterMode presenter = new PresenterMode();
 *
 * lessons.setOnOpen(lesson -> {
 *     editor.load(lesson.document());                         // the scenario, all its runs
 *     prediction.load(Quiz.of(lesson));                       // predict the focus run
 *     code.show(lesson.scenario(), lesson.focusRun());
 *     verify.clear();
 * });
 * prediction.setOnReveal(r -> playback.play(r.quiz().runIndex()));   // playback starts at the reveal
 *
 * Node browser = new LessonBrowser(lessons, i18n);
 * Node predict = new PredictionView(prediction, i18n);
 * Node codePanel = new CodePanel(code, verify, i18n);
 * Node exportButton = new ExportMenu(export, i18n, () -> timelineCanvas, () -> scenarioReport);
 * KeysOverlay keys = new KeysOverlay(i18n);                    // in a StackPane above the content
 *
 * ClassroomStyles.install(scene);
 * PresenterStyler.bind(scene.getRoot(), presenter);
 * new KeyMap().on(Shortcut.PLAY_PAUSE, playback::toggle) ... .on(Shortcut.SHOW_KEYS, keys::toggle).install(scene);
 * }</pre>
 *
 * <p>{@link org.gatherlab.app.classroom.ClassroomPreview} shows all of it in one window (a developer's tool).
 */
package org.gatherlab.app.classroom;
