package org.gatherlab.scenario;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A file's bytes as text: strict UTF-8 (a bad byte is an error, never a replacement character), one BOM
 * dropped and a second one refused.
 */
final class Utf8Text {
    private static final char BOM = '\uFEFF';

    private Utf8Text() {}

    static String decode(byte[] bytes, String fileLabel) throws ScenarioException {
        int bad = firstBadByte(bytes);
        if (bad >= 0) {
            // The bytes before the bad one are valid, so they locate it.
            String before = new String(bytes, 0, bad, StandardCharsets.UTF_8);
            String shown = before.isEmpty() || before.charAt(0) != BOM ? before : before.substring(1);
            throw new ScenarioException(new Problem(fileLabel, TextPosition.of(shown, shown.length()),
                    "not valid UTF-8 (byte 0x%02X); save the file as UTF-8".formatted(bytes[bad] & 0xFF)));
        }
        // Checked first, so this cannot replace anything; the text is built once, compact when it is Latin-1.
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** Where strict UTF-8 decoding fails, or -1; decodes in small pieces, so no second copy of a big file is made. */
    private static int firstBadByte(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer piece = CharBuffer.allocate(8192);
        while (true) {
            CoderResult result = decoder.decode(in, piece, true);
            if (result.isError()) return in.position();
            if (result.isUnderflow()) break;
            piece.clear();
        }
        while (true) {
            piece.clear();
            CoderResult result = decoder.flush(piece);
            if (result.isError()) return in.position();
            if (result.isUnderflow()) return -1;
        }
    }

    /** The text without its one leading BOM; a second BOM is a problem (a file written by two careless tools). */
    static String withoutBom(String text, String fileLabel) throws ScenarioException {
        String rest = !text.isEmpty() && text.charAt(0) == BOM ? text.substring(1) : text;
        if (!rest.isEmpty() && rest.charAt(0) == BOM) {
            throw new ScenarioException(new Problem(fileLabel, new TextPosition(1, 1),
                    "a second byte order mark (U+FEFF); a file may start with one at most"));
        }
        return rest;
    }
}
