package org.gatherlab.app.fx;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.gatherlab.report.OutcomeWords;

/**
 * The app's words in one language, from its two resource bundles: {@value #APP} (the main window, editor, runs and
 * timeline: {@code assets/i18n/app.properties}, English, and {@code app_es.properties}, Spanish) and {@value #CLASSROOM}
 * (the classroom: {@code classroom.properties}, {@code classroom_es.properties}), and the outcome vocabulary the reports
 * and lessons share ({@link OutcomeWords#BUNDLE}, {@code outcome.properties}). A key lives in exactly one of them.
 * Immutable, so a pure function (an outcome summary, a timeline frame) takes one and is worded in one language
 * throughout; {@link Messages} holds the current one.
 *
 * <p>Placeholders are {@code {0}}, {@code {1}}, ... replaced literally by {@link #format}: no {@code MessageFormat}
 * quoting, so an apostrophe is just an apostrophe. Plurals are two keys, {@code KEY.one} and {@code KEY.other}
 * ({@link #count}); both languages use "one" for exactly 1 only. A text not yet put into words is a {@link Msg}.
 *
 * <p>Lookup inside the named module: {@code ResourceBundle.getBundle}, called from this module, reads the
 * {@code .properties} files of the module's own package {@code assets.i18n} (as UTF-8). English is the base bundle
 * and is asked for as {@link Locale#ROOT}, so a Spanish default locale cannot come in as the fallback.
 */
public final class Words {
    public static final String APP = "assets.i18n.app";
    public static final String CLASSROOM = "assets.i18n.classroom";
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale SPANISH = Locale.of("es");
    /** The languages the app speaks, in menu order. */
    public static final List<Locale> SUPPORTED = List.of(ENGLISH, SPANISH);

    private static final System.Logger LOG = System.getLogger(Words.class.getName());
    private static final Map<Locale, Words> LOADED = new ConcurrentHashMap<>();

    /**
     * A text not yet put into words: a key and its arguments (which may be {@code Msg}s themselves). Models that
     * explain things return these, so the explanation follows a language switch; {@link #text(Msg)} words one.
     */
    public record Msg(String key, List<Object> args) {
        public Msg {
            Objects.requireNonNull(key, "key");
            args = List.copyOf(args);
        }

        public static Msg of(String key, Object... args) {
            return new Msg(key, Arrays.asList(args));
        }
    }

    private final Locale locale;
    private final List<ResourceBundle> bundles;
    /**
     * Made once: {@link UiPart}'s bundle answers {@code ResourceBundle.containsKey} from it, which the FXML loader asks
     * for every {@code %key}; building the set of about a thousand keys each time was a few per cent of the main
     * window's start.
     */
    private volatile Set<String> keys;

    private Words(Locale locale, List<ResourceBundle> bundles) {
        this.locale = locale;
        this.bundles = bundles;
    }

    /** The words for {@code locale}'s language; English for a language the app does not speak. */
    public static Words of(Locale locale) {
        return LOADED.computeIfAbsent(supported(locale), l -> {
            Locale lookup = l.equals(ENGLISH) ? Locale.ROOT : l;
            return new Words(l, List.of(ResourceBundle.getBundle(APP, lookup), ResourceBundle.getBundle(CLASSROOM, lookup),
                    ResourceBundle.getBundle(OutcomeWords.BUNDLE, lookup)));
        });
    }

    public static Words english() { return of(ENGLISH); }

    /** The supported locale with {@code locale}'s language ({@code es_MX} is Spanish), or English. */
    public static Locale supported(Locale locale) {
        if (locale != null) for (Locale l : SUPPORTED) if (l.getLanguage().equals(locale.getLanguage())) return l;
        return ENGLISH;
    }

    /** {@link #ENGLISH} or {@link #SPANISH}. */
    public Locale locale() { return locale; }

    public boolean has(String key) { return bundle(key) != null; }

    /** Every key of both bundles (FXML's {@code %key} resources). */
    public Set<String> keys() {
        Set<String> k = keys;
        if (k == null) {
            Set<String> all = new LinkedHashSet<>();
            for (ResourceBundle b : bundles) all.addAll(b.keySet());
            keys = k = Collections.unmodifiableSet(all);
        }
        return k;
    }

    /** The text for {@code key}; a missing key shows as {@code ⟦key⟧} (and is logged) rather than failing a view. */
    public String text(String key) {
        ResourceBundle b = bundle(key);
        if (b == null) {
            LOG.log(System.Logger.Level.WARNING, "no text for key " + key + " in " + locale);
            return "⟦" + key + "⟧";
        }
        return b.getString(key);
    }

    /** A {@link Msg}'s text: its arguments that are themselves {@code Msg}s are worded first. */
    public String text(Msg msg) {
        Object[] args = new Object[msg.args().size()];
        for (int i = 0; i < args.length; i++) {
            Object a = msg.args().get(i);
            args[i] = a instanceof Msg m ? text(m) : a;
        }
        return format(msg.key(), args);
    }

    /** {@link #text} with {@code {0}}, {@code {1}}, ... replaced by the arguments' {@code String.valueOf}. */
    public String format(String key, Object... args) { return fill(text(key), args); }

    /**
     * A counted phrase: {@code KEY.one} when {@code n} is 1, else {@code KEY.other}; {@code {0}} is {@code n} with
     * this language's digit grouping (100,000 / 100.000), {@code {1}}... are {@code more}.
     */
    public String count(String key, long n, Object... more) {
        Object[] args = new Object[more.length + 1];
        args[0] = number(n);
        System.arraycopy(more, 0, args, 1, more.length);
        return format(key + (n == 1 ? ".one" : ".other"), args);
    }

    /** An integer with this language's grouping: {@code 100,000} in English, {@code 100.000} in Spanish. */
    public String number(long n) { return String.format(locale, "%,d", n); }

    /** A percentage, whole: {@code 12 %}. */
    public String percent(double fraction) { return format("common.percent", Math.round(fraction * 100)); }

    private ResourceBundle bundle(String key) {
        for (ResourceBundle b : bundles) if (b.containsKey(key)) return b;
        return null;
    }

    static String fill(String pattern, Object... args) { return OutcomeWords.fill(pattern, args); }

    @Override
    public String toString() { return "Words[" + locale + "]"; }
}
