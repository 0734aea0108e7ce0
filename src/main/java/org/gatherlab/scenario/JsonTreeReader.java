package org.gatherlab.scenario;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.POJONode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Strict JSON text to a Jackson tree, built token by token rather than with {@code readTree}, so that:
 * a key given twice is reported with its JSON path, and every such key in the file is reported, not just the
 * first (Jackson's {@code STRICT_DUPLICATE_DETECTION} stops at the first and names no path);
 * numbers keep their exact decimal value ({@code 0.1} stays 0.1, {@code 1.0000000000000000001} is not 1);
 * content after the root value is an error rather than a second document;
 * and what a file may ask for ({@link ScenarioLimits}: values, nesting, string lengths) is checked as the
 * text is read, so a hostile file is refused before its tree is built.
 * Syntax errors end the reading: the rest of the text cannot be trusted.
 */
final class JsonTreeReader {
    /** The tree and the keys given twice (in the order they appear; the first value of each key is kept). */
    record ParsedJson(JsonNode root, List<Problem> duplicates) {}

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(ScenarioLimits.MAX_DEPTH)
                    .maxStringLength(ScenarioLimits.MAX_STRING_CHARS)
                    .maxNameLength(ScenarioLimits.MAX_STRING_CHARS)
                    .build())
            .build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern NON_STANDARD_TOKEN = Pattern.compile("Non-standard token '([^']+)'.*", Pattern.DOTALL);
    private static final Pattern UNEXPECTED_CHARACTER = Pattern.compile("Unexpected character \\('(.+?)' \\(code.*", Pattern.DOTALL);

    private final String text;
    private final String fileLabel;
    private final List<Problem> duplicates = new ArrayList<>();
    private int values;

    /** Thrown at the value that is one too many; the offset is where it starts. */
    private static final class TooManyValues extends RuntimeException {
        final int offset;

        TooManyValues(int offset) {
            super(null, null, false, false);
            this.offset = offset;
        }
    }

    private JsonTreeReader(String text, String fileLabel) {
        this.text = text;
        this.fileLabel = fileLabel;
    }

    static ParsedJson read(String text, String fileLabel) throws ScenarioException {
        return new JsonTreeReader(text, fileLabel).read();
    }

    private ParsedJson read() throws ScenarioException {
        try (JsonParser parser = FACTORY.createParser(text)) {
            try {
                if (parser.nextToken() == null) {
                    throw syntaxProblem(text.length(), "the file is empty; expected a JSON object");
                }
                JsonNode root = readValue(parser, JsonPath.ROOT);
                int end = (int) parser.currentLocation().getCharOffset();
                int trailing = firstNonWhitespace(end);
                if (trailing >= 0) {
                    throw syntaxProblem(trailing, "unexpected content after the end of the top-level JSON value");
                }
                return new ParsedJson(root, List.copyOf(duplicates));
            } catch (JsonProcessingException e) {
                // Syntax errors, and the parser's limits on nesting depth and number and string length.
                throw syntaxProblem(offsetOf(e, parser), SyntaxMessages.reword(e.getOriginalMessage()));
            } catch (TooManyValues e) {
                throw syntaxProblem(e.offset, "the file holds more than " + ScenarioLimits.MAX_VALUES
                        + " JSON values, the most a scenario file may hold");
            }
        } catch (IOException e) {
            // A String source does no I/O; anything else Jackson throws here is a parse error handled above.
            throw new UncheckedIOException(e);
        }
    }

    private JsonNode readValue(JsonParser p, JsonPath path) throws IOException {
        JsonToken token = p.currentToken();
        if (++values > ScenarioLimits.MAX_VALUES) throw new TooManyValues((int) p.currentTokenLocation().getCharOffset());
        return switch (token) {
            case START_OBJECT -> readObject(p, path);
            case START_ARRAY -> readArray(p, path);
            case VALUE_STRING -> TextNode.valueOf(p.getText());
            case VALUE_NUMBER_INT -> switch (p.getNumberType()) {
                case INT -> IntNode.valueOf(p.getIntValue());
                case LONG -> LongNode.valueOf(p.getLongValue());
                default -> BigIntegerNode.valueOf(p.getBigIntegerValue());
            };
            // Exact decimal: range checks must not be fooled by rounding to double.
            case VALUE_NUMBER_FLOAT -> decimal(p);
            case VALUE_TRUE -> BooleanNode.TRUE;
            case VALUE_FALSE -> BooleanNode.FALSE;
            case VALUE_NULL -> NullNode.getInstance();
            default -> throw new IllegalStateException("unexpected token " + token);
        };
    }

    /** The exact value, or for an exponent no decimal can hold ({@code 1e9999999999}) the text as written. */
    private static JsonNode decimal(JsonParser p) throws IOException {
        String text = p.getText();
        if (NumberLiteral.isExtreme(text)) return new POJONode(new NumberLiteral(text));
        try {
            return DecimalNode.valueOf(p.getDecimalValue());
        } catch (NumberFormatException e) {
            return new POJONode(new NumberLiteral(text));
        }
    }

    private ObjectNode readObject(JsonParser p, JsonPath path) throws IOException {
        ObjectNode object = NODES.objectNode();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            p.nextToken();
            JsonPath keyPath = path.field(key);
            JsonNode value = readValue(p, keyPath);
            if (object.has(key)) duplicates.add(new Problem(fileLabel, keyPath, "is given twice"));
            else object.set(key, value);
        }
        return object;
    }

    private ArrayNode readArray(JsonParser p, JsonPath path) throws IOException {
        ArrayNode array = NODES.arrayNode();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            array.add(readValue(p, path.index(array.size())));
        }
        return array;
    }

    private int offsetOf(JsonProcessingException e, JsonParser parser) {
        JsonLocation location = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
        int offset = (int) Math.clamp(location.getCharOffset(), 0, text.length());
        // Jackson reports some errors just past the text they are about; a person looks for where it starts.
        String message = String.valueOf(e.getOriginalMessage());
        Matcher token = NON_STANDARD_TOKEN.matcher(message);
        if (token.matches() && text.startsWith(token.group(1), offset - token.group(1).length())) {
            return offset - token.group(1).length();
        }
        Matcher character = UNEXPECTED_CHARACTER.matcher(message);
        if (character.matches() && !text.startsWith(character.group(1), offset)
                && text.startsWith(character.group(1), offset - character.group(1).length())) {
            return offset - character.group(1).length();
        }
        return offset;
    }

    private int firstNonWhitespace(int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') return i;
        }
        return -1;
    }

    private ScenarioException syntaxProblem(int offset, String message) {
        return new ScenarioException(new Problem(fileLabel, TextPosition.of(text, offset), message));
    }
}
