package org.gatherlab.app.fx;

import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The classroom's words in one language: the resource bundle {@value #BASE_NAME} ({@code assets/i18n/classroom.properties},
 * English, and {@code classroom_es.properties}). Immutable; {@link I18n} holds the current one.
 *
 * <p>Placeholders are {@code {0}}, {@code {1}}, ... replaced literally by {@link #format}: no {@code MessageFormat}
 * quoting rules, so an apostrophe in a value is just an apostrophe. Numbers are formatted by the caller.
 *
 * <p>Lookup inside the named module: {@code ResourceBundle.getBundle} called from this module finds the
 * {@code .properties} files of this module's own (encapsulated) package {@code assets.i18n}. English is the base
 * bundle and is asked for as {@link Locale#ROOT}, so a Spanish system locale cannot leak in as the fallback.
 */
public final class ClassroomText {
    public static final String BASE_NAME = "assets.i18n.classroom";
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale SPANISH = Locale.of("es");
    /** The languages the classroom speaks, in menu order. */
    public static final List<Locale> SUPPORTED = List.of(ENGLISH, SPANISH);

    private static final System.Logger LOG = System.getLogger(ClassroomText.class.getName());

    private final Locale locale;
    private final ResourceBundle bundle;

    private ClassroomText(Locale locale, ResourceBundle bundle) {
        this.locale = locale;
        this.bundle = bundle;
    }

    /** The words for {@code locale}'s language; English for any language the classroom does not speak. */
    public static ClassroomText of(Locale locale) {
        Locale supported = supported(locale);
        Locale lookup = supported.getLanguage().equals("en") ? Locale.ROOT : supported;
        return new ClassroomText(supported, ResourceBundle.getBundle(BASE_NAME, lookup));
    }

    /** The supported locale with {@code locale}'s language, or English. */
    public static Locale supported(Locale locale) {
        for (Locale l : SUPPORTED) if (l.getLanguage().equals(locale.getLanguage())) return l;
        return ENGLISH;
    }

    /** {@link #ENGLISH} or {@link #SPANISH}. */
    public Locale locale() { return locale; }

    public boolean has(String key) { return bundle.containsKey(key); }

    /** The text for {@code key}; a missing key shows as {@code ⟦key⟧} (and is logged) rather than failing a view. */
    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            LOG.log(System.Logger.Level.WARNING, "no text for key " + key + " in " + locale);
            return "⟦" + key + "⟧";
        }
    }

    /** {@link #get} with {@code {0}}, {@code {1}}, ... replaced by the arguments' {@code String.valueOf}. */
    public String format(String key, Object... args) {
        return fill(get(key), args);
    }

    /** A {@link Msg}'s text: its arguments that are themselves {@code Msg}s are resolved first. */
    public String text(Msg msg) {
        Object[] args = new Object[msg.args().size()];
        for (int i = 0; i < args.length; i++) {
            Object a = msg.args().get(i);
            args[i] = a instanceof Msg m ? text(m) : a;
        }
        return format(msg.key(), args);
    }

    static String fill(String pattern, Object... args) {
        if (args.length == 0 || pattern.indexOf('{') < 0) return pattern;
        StringBuilder out = new StringBuilder(pattern.length() + 16);
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            int close = c == '{' ? pattern.indexOf('}', i) : -1;
            if (close > i + 1 && isIndex(pattern, i + 1, close)) {
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

    private static boolean isIndex(String s, int from, int to) {
        if (to - from > 2) return false;
        for (int i = from; i < to; i++) if (!Character.isDigit(s.charAt(i))) return false;
        return true;
    }
}
