package org.gatherlab.report;

import org.gatherlab.engine.Outcome;
import org.gatherlab.engine.jvm.Said;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The caller's outcome (and a Java task's story, a race: {@link #said}) in words, in one place for everyone: the text, CSV and SVG reports (always {@link #english()}),
 * the app ({@code EngineWords}, the timeline, through the same bundle) and the lessons' answer choices
 * ({@code LessonAnswers.localize}). The words are the bundle {@value #BUNDLE} ({@code assets/i18n/outcome.properties},
 * English, and {@code outcome_es.properties}, Spanish); Python's own spellings (exception names, {@code done=},
 * result values) stay as they are in every language. Toolkit-free and immutable.
 */
public final class OutcomeWords {
    public static final String BUNDLE = "assets.i18n.outcome";
    private static final Locale SPANISH = Locale.of("es");
    private static final Map<Locale, OutcomeWords> LOADED = new ConcurrentHashMap<>();

    private final ResourceBundle bundle;

    private OutcomeWords(ResourceBundle bundle) { this.bundle = bundle; }

    /** The words for {@code locale}'s language: Spanish, or English for any other (the English bundle is the base). */
    public static OutcomeWords of(Locale locale) {
        Locale language = locale.getLanguage().equals(SPANISH.getLanguage()) ? SPANISH : Locale.ROOT;
        // ROOT for English, so a Spanish default locale cannot come in as the fallback.
        return LOADED.computeIfAbsent(language, l -> new OutcomeWords(ResourceBundle.getBundle(BUNDLE, l)));
    }

    /** The reports' words. */
    public static OutcomeWords english() { return of(Locale.ENGLISH); }

    /**
     * {@code raised TaskFailed (B)}, {@code returned [A, TaskFailed(B), C]}, {@code returned done=[A] pending=[B]}.
     * Lists longer than {@code maxItems} are cut with a count, so 100,000 results stay one short line.
     */
    public String describe(Outcome outcome, int maxItems) {
        return switch (outcome) {
            case null -> text("outcome.unfinished");
            case Outcome.Raised r -> r.tasks().isEmpty() ? format("outcome.raised", r.exception())
                    : format("outcome.raised.tasks", r.exception(), String.join(", ", cut(r.tasks(), maxItems)));
            case Outcome.Returned r -> {
                List<String> items = new ArrayList<>();
                for (Outcome.Result res : r.results()) {
                    if (items.size() == maxItems) break;
                    items.add(res.isError() ? res.error() + "(" + res.task() + ")" : String.valueOf(res.value()));
                }
                yield format("outcome.returned", String.join(", ", more(items, r.results().size())));
            }
            case Outcome.ReturnedWait w -> format("outcome.returnedWait", String.join(", ", cut(w.done(), maxItems)),
                    String.join(", ", cut(w.pending(), maxItems)));
        };
    }

    /** Just the verb and the exception: {@code returned}, {@code raised TimeoutError}. */
    public String verb(Outcome outcome) {
        return switch (outcome) {
            case null -> text("outcome.unfinished");
            case Outcome.Raised r -> format("outcome.raised", r.exception());
            case Outcome.Returned r -> text("outcome.returned.verb");
            case Outcome.ReturnedWait w -> text("outcome.returned.verb");
        };
    }

    /**
     * A lesson's answer choice ({@code returns [A, B]}, {@code raises TimeoutError}: the English marking key) in this
     * language: the verb is worded, what follows is Python and stays.
     */
    public String answer(String englishAnswer, String returns, String raises) {
        if (englishAnswer.startsWith(returns)) return text("outcome.answer.returns") + " " + englishAnswer.substring(returns.length());
        if (englishAnswer.startsWith(raises)) return text("outcome.answer.raises") + " " + englishAnswer.substring(raises.length());
        return englishAnswer;
    }

    /**
     * A sentence kept as facts ({@link Said}: a Java task's story, a race) in this language: each argument that is itself
     * a sentence is worded first; a {@link Said#STORY} joins its sentences with "; ".
     */
    public String said(Said s) {
        if (s == null) return null;
        StringBuilder out = new StringBuilder(128);
        said(s, out);
        return out.toString();
    }

    /**
     * {@link #said(Said)} appended to {@code out}, each inner sentence worded where it stands, so that no part is made
     * a string of its own (a report of 100,000 Java tasks words 100,000 stories of four or five parts).
     */
    public void said(Said s, StringBuilder out) {
        List<Object> args = s.args();
        if (s.key().equals(Said.STORY)) {
            int start = out.length();
            for (Object a : args) {
                if (out.length() > start) out.append("; ");
                arg(a, out);
            }
            return;
        }
        String pattern = text(s.key());
        if (args.isEmpty() || pattern.indexOf('{') < 0) {
            out.append(pattern);
            return;
        }
        int i = 0;
        while (i < pattern.length()) {
            int close = placeholder(pattern, i);
            if (close > 0) {
                int n = Integer.parseInt(pattern, i + 1, close, 10);
                if (n < args.size()) arg(args.get(n), out);
                else out.append(pattern, i, close + 1);
                i = close + 1;
            } else {
                out.append(pattern.charAt(i));
                i++;
            }
        }
    }

    private void arg(Object a, StringBuilder out) {
        if (a instanceof Said inner) said(inner, out);
        else out.append(a);
    }

    private String text(String key) { return bundle.getString(key); }

    private String format(String key, Object... args) { return fill(text(key), args); }

    private List<String> cut(List<String> names, int max) {
        return more(new ArrayList<>(names.subList(0, Math.min(max, names.size()))), names.size());
    }

    private List<String> more(List<String> shown, int total) {
        if (total > shown.size()) shown.add(format("outcome.more", total - shown.size()));
        return shown;
    }

    /**
     * Fills {@code {0}}, {@code {1}}, ... literally (no {@code MessageFormat} quoting: an apostrophe is an apostrophe);
     * a placeholder with no argument stays as written. The app's {@code Words} fills its own bundles with this too.
     */
    public static String fill(String pattern, Object... args) {
        if (args.length == 0 || pattern.indexOf('{') < 0) return pattern;
        StringBuilder out = new StringBuilder(pattern.length() + 16);
        int i = 0;
        while (i < pattern.length()) {
            int close = placeholder(pattern, i);
            if (close > 0) {
                int n = Integer.parseInt(pattern, i + 1, close, 10);
                out.append(n < args.length ? String.valueOf(args[n]) : pattern.substring(i, close + 1));
                i = close + 1;
            } else {
                out.append(pattern.charAt(i));
                i++;
            }
        }
        return out.toString();
    }

    /** Where the placeholder {@code {n}} starting at {@code i} closes (one or two digits), or -1 if none starts there. */
    private static int placeholder(String pattern, int i) {
        if (pattern.charAt(i) != '{') return -1;
        int close = pattern.indexOf('}', i);
        return close > i + 1 && close - i - 1 <= 2 && isDigits(pattern, i + 1, close) ? close : -1;
    }

    private static boolean isDigits(String s, int from, int to) {
        for (int i = from; i < to; i++) if (!Character.isDigit(s.charAt(i))) return false;
        return true;
    }
}
