package org.gatherlab.app.fx;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The app's words in one language: the resource bundle {@value #BASE_NAME} ({@code assets/i18n/app.properties},
 * English, and {@code app_es.properties}, Spanish). Immutable, so a pure function (an outcome summary, a timeline
 * frame) takes one and is worded in one language throughout; {@link Messages} holds the current one.
 *
 * <p>Placeholders are {@code {0}}, {@code {1}}, ... replaced literally by {@link #format}: no {@code MessageFormat}
 * quoting, so an apostrophe is just an apostrophe. Plurals are two keys, {@code KEY.one} and {@code KEY.other}
 * ({@link #count}); both languages use "one" for exactly 1 only.
 *
 * <p>Lookup inside the named module: {@code ResourceBundle.getBundle}, called from this module, reads the
 * {@code .properties} files of the module's own package {@code assets.i18n} (as UTF-8). English is the base bundle
 * and is asked for as {@link Locale#ROOT}, so a Spanish default locale cannot come in as the fallback.
 */
public final class Words {
    public static final String BASE_NAME = "assets.i18n.app";
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale SPANISH = Locale.of("es");
    /** The languages the app speaks, in menu order. */
    public static final List<Locale> SUPPORTED = List.of(ENGLISH, SPANISH);

    private static final System.Logger LOG = System.getLogger(Words.class.getName());
    private static final Map<Locale, Words> LOADED = new ConcurrentHashMap<>();

    private final Locale locale;
    private final ResourceBundle bundle;

    private Words(Locale locale, ResourceBundle bundle) {
        this.locale = locale;
        this.bundle = bundle;
    }

    /** The words for {@code locale}'s language; English for a language the app does not speak. */
    public static Words of(Locale locale) {
        return LOADED.computeIfAbsent(supported(locale), l ->
                new Words(l, ResourceBundle.getBundle(BASE_NAME, l.equals(ENGLISH) ? Locale.ROOT : l)));
    }

    public static Words english() { return of(ENGLISH); }

    /** The supported locale with {@code locale}'s language ({@code es_MX} is Spanish), or English. */
    public static Locale supported(Locale locale) {
        if (locale != null) for (Locale l : SUPPORTED) if (l.getLanguage().equals(locale.getLanguage())) return l;
        return ENGLISH;
    }

    /** {@link #ENGLISH} or {@link #SPANISH}. */
    public Locale locale() { return locale; }

    /** The bundle itself (FXML's {@code %key} resources). */
    public ResourceBundle bundle() { return bundle; }

    public boolean has(String key) { return bundle.containsKey(key); }

    /** The text for {@code key}; a missing key shows as {@code ⟦key⟧} (and is logged) rather than failing a view. */
    public String text(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            LOG.log(System.Logger.Level.WARNING, "no text for key " + key + " in " + locale);
            return "⟦" + key + "⟧";
        }
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

    static String fill(String pattern, Object... args) {
        if (args.length == 0 || pattern.indexOf('{') < 0) return pattern;
        StringBuilder out = new StringBuilder(pattern.length() + 16);
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            int close = c == '{' ? pattern.indexOf('}', i) : -1;
            if (close > i + 1 && close - i - 1 <= 2 && isDigits(pattern, i + 1, close)) {
                int n = Integer.parseInt(pattern, i + 1, close, 10);
                out.append(n < args.length ? String.valueOf(args[n]) : pattern.substring(i, close + 1));
                i = close + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static boolean isDigits(String s, int from, int to) {
        for (int i = from; i < to; i++) if (!Character.isDigit(s.charAt(i))) return false;
        return true;
    }

    @Override
    public String toString() { return "Words[" + locale + "]"; }
}
