package org.gatherlab.scenario;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** A file's bytes as text: strict UTF-8 (a bad byte is an error, never a replacement character), BOM dropped. */
final class Utf8Text {
    private static final char BOM = '\uFEFF';

    private Utf8Text() {}

    static String decode(byte[] bytes, String fileLabel) throws ScenarioException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) result = decoder.flush(out);
        if (result.isError()) {
            // The decoder stops at the bad byte, so what it produced so far locates it.
            String before = out.flip().toString();
            int badByte = bytes[in.position()] & 0xFF;
            String shown = before.isEmpty() || before.charAt(0) != BOM ? before : before.substring(1);
            throw new ScenarioException(new Problem(fileLabel, TextPosition.of(shown, shown.length()),
                    "not valid UTF-8 (byte 0x%02X); save the file as UTF-8".formatted(badByte)));
        }
        return withoutBom(out.flip().toString());
    }

    static String withoutBom(String text) {
        return !text.isEmpty() && text.charAt(0) == BOM ? text.substring(1) : text;
    }
}
