package org.gatherlab.scenario;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Jackson's parse errors reworded for a person editing a scenario by hand. Jackson's own wording names
 * features, code points and a redacted source; the line and column are reported separately, so they are
 * cut from the text here. Unknown wordings fall through cleaned but otherwise unchanged.
 */
final class SyntaxMessages {
    private record Rule(Pattern pattern, Function<MatchResult, String> wording) {
        static Rule of(String regex, Function<MatchResult, String> wording) {
            return new Rule(Pattern.compile(regex, Pattern.DOTALL), wording);
        }
    }

    private static final String VALUE_EXPECTED = "expected a JSON value (a string, number, object, list, true, false or null)";
    private static final String OPENED_AT = ".*?\\[Source: .*?; line: (\\d+), column: (\\d+)\\].*";

    private static final List<Rule> RULES = List.of(
            Rule.of("Unexpected character \\('(.+?)' \\(code [^)]*\\)\\): was expecting double-quote to start field name.*",
                    m -> m.group(1).equals("}")
                            ? "unexpected '}' after a comma (JSON allows no trailing comma)"
                            : "unexpected " + shown(m.group(1)) + ": expected a field name in double quotes"),
            Rule.of("Unexpected character \\('(.+?)' \\(code [^)]*\\)\\): was expecting a colon to separate field name and value.*",
                    m -> "unexpected " + shown(m.group(1)) + ": expected ':' after the field name"),
            Rule.of("Unexpected character \\('(.+?)' \\(code [^)]*\\)\\): was expecting comma to separate (Object|Array) entries.*",
                    m -> "unexpected " + shown(m.group(1)) + ": expected ',' or '" + (m.group(2).equals("Object") ? "}" : "]") + "'"),
            Rule.of("Unexpected character \\('/' \\(code 47\\)\\): maybe a \\(non-standard\\) comment.*",
                    m -> "comments are not allowed in JSON"),
            Rule.of("Unexpected character \\('(.+?)' \\(code [^)]*\\)\\) in numeric value: (.*)",
                    m -> "unexpected " + shown(m.group(1)) + " in a number: " + lowerFirst(m.group(2))),
            Rule.of("Unexpected character \\('(.+?)' \\(code [^)]*\\)\\): (?:was )?expect(?:ed|ing) a valid value.*",
                    m -> "unexpected " + shown(m.group(1)) + ": " + VALUE_EXPECTED),
            Rule.of("Unexpected character \\('(.+?)' \\(code [^)]*\\)\\): (?:was )?expect(?:ed|ing) (.*)",
                    m -> "unexpected " + shown(m.group(1)) + ": expected " + m.group(2)),
            Rule.of("Unrecognized token '(.*?)': was expecting .*",
                    m -> "unexpected '" + m.group(1) + "': " + VALUE_EXPECTED),
            Rule.of("Non-standard token '(NaN|Infinity|-Infinity|\\+Infinity|\\+INF|-INF|INF)'.*",
                    m -> "'" + m.group(1) + "' is not a JSON number"),
            Rule.of("Unexpected end-of-input: expected close marker for (Object|Array) \\(start marker at" + OPENED_AT,
                    m -> "unexpected end of file: the " + (m.group(1).equals("Object") ? "object" : "list")
                            + " opened at line " + m.group(2) + ", column " + m.group(3) + " is not closed"),
            Rule.of("Unexpected end-of-input.*?was expecting closing quote for a string value.*",
                    m -> "unexpected end of file inside a string (missing closing quote)"),
            Rule.of("Unexpected end-of-input within/between (Object|Array) entries.*",
                    m -> "unexpected end of file inside " + (m.group(1).equals("Object") ? "an object" : "a list")),
            Rule.of("Unexpected end-of-input(.*)", m -> "unexpected end of file" + m.group(1)),
            Rule.of("Unexpected close marker '(.)': expected '(.)' \\(for (Object|Array) starting at" + OPENED_AT,
                    m -> "unexpected '" + m.group(1) + "': expected '" + m.group(2) + "' to close the "
                            + (m.group(3).equals("Object") ? "object" : "list") + " opened at line " + m.group(4)
                            + ", column " + m.group(5)),
            Rule.of("Unexpected close marker '(.)': no open .*", m -> "unexpected '" + m.group(1) + "': nothing to close"),
            Rule.of("Illegal unquoted character \\(\\(CTRL-CHAR, code (\\d+)\\)\\).*",
                    m -> "control character U+%04X must be escaped inside a string".formatted(Integer.parseInt(m.group(1)))),
            Rule.of("Unrecognized character escape '(.+?)' \\(code [^)]*\\).*",
                    m -> "invalid escape '\\" + m.group(1) + "' in a string"),
            Rule.of("Invalid numeric value: (.*)", m -> "invalid number: " + lowerFirst(m.group(1))),
            Rule.of("Document nesting depth \\(\\d+\\) exceeds the maximum allowed \\((\\d+),.*",
                    m -> "objects and lists are nested more than " + m.group(1) + " levels deep"),
            Rule.of("String value length \\(\\d+\\) exceeds the maximum (?:allowed )?\\((\\d+),.*",
                    m -> "a string is longer than " + m.group(1) + " characters, the most a scenario file allows"),
            Rule.of("(.*?) \\(\\d+\\) exceeds the maximum (?:allowed )?\\((\\d+),.*",
                    m -> lowerFirst(m.group(1)) + " is more than the " + m.group(2) + " allowed"));

    private SyntaxMessages() {}

    static String reword(String jacksonMessage) {
        String message = jacksonMessage == null ? "invalid JSON" : jacksonMessage.strip();
        for (Rule rule : RULES) {
            var matcher = rule.pattern().matcher(message);
            if (matcher.matches()) return withoutFeatureNames(rule.wording().apply(matcher.toMatchResult()));
        }
        return withoutFeatureNames(clean(message));
    }

    /** Jackson suggests switching on its leniency features; GatherLab files are plain JSON, so that advice is cut. */
    private static String withoutFeatureNames(String message) {
        return message.replaceAll(":? ?\\(?(?:enable|from) `[^`]*`(?: to allow)?\\)?", "").strip();
    }

    /** First line only, no source description, no feature names, starting lower-case like every other message. */
    private static String clean(String message) {
        String firstLine = message.lines().findFirst().orElse("invalid JSON");
        String withoutSource = firstLine.replaceAll(" ?\\(?\\[Source: [^\\]]*\\]\\)?", "");
        String withoutCodes = withoutSource.replaceAll("\\('(.+?)' \\(code [^)]*\\)\\)", "'$1'");
        return lowerFirst(withoutCodes.replace("was expecting", "expected").strip());
    }

    /** A character as a person can see it: quoted if it shows, its code point if it is blank or invisible. */
    private static String shown(String character) {
        int c = character.codePointAt(0);
        boolean visible = character.codePointCount(0, character.length()) == 1 && !Character.isWhitespace(c)
                && !Character.isSpaceChar(c) && !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT;
        return visible ? "'" + character + "'" : "U+%04X".formatted(c);
    }

    private static String lowerFirst(String s) {
        if (s.isEmpty() || (s.length() > 1 && Character.isUpperCase(s.charAt(1)))) return s;
        return s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
    }
}
