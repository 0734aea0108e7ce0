package org.gatherlab.report;

import java.io.IOException;
import java.io.Writer;

/**
 * A writer that gathers a report's many small pieces (a quote, a key, a number, ", ") in a buffer of its own and hands
 * them on to the real writer in large blocks. The streams' writers are not shared between threads, so this takes no
 * lock: a {@code BufferedWriter} takes its lock and checks that it is open for every piece, which at a million events
 * was a noticeable part of writing a report. {@link #flush()} hands everything on and flushes the real writer.
 */
final class TextBuffer extends Writer {
    private final Writer out;
    private final char[] buffer = new char[8192];
    private int used;
    private final StringBuilder scratch = new StringBuilder(256);
    private char[] chars = new char[256];

    TextBuffer(Writer out) {
        this.out = out;
    }

    @Override
    public void write(int c) throws IOException {
        if (used == buffer.length) drain();
        buffer[used++] = (char) c;
    }

    @Override
    public void write(String text, int from, int length) throws IOException {
        while (length > 0) {
            if (used == buffer.length) drain();
            int n = Math.min(length, buffer.length - used);
            text.getChars(from, from + n, buffer, used);
            used += n;
            from += n;
            length -= n;
        }
    }

    @Override
    public void write(char[] chars, int from, int length) throws IOException {
        if (length >= buffer.length) {
            drain();
            out.write(chars, from, length);
            return;
        }
        if (length > buffer.length - used) drain();
        System.arraycopy(chars, from, buffer, used, length);
        used += length;
    }

    /**
     * A scratch array of at least {@code n} characters to copy a text into before it is written (the same one each
     * time, grown as needed: texts are quoted one at a time). What it held before is not kept.
     */
    char[] chars(int n) {
        if (chars.length < n) chars = new char[Math.max(n, chars.length * 2)];
        return chars;
    }

    /** An empty builder to word something in before it is written (the same one each time: words are made one at a time). */
    StringBuilder scratch() {
        scratch.setLength(0);
        return scratch;
    }

    @Override
    public Writer append(CharSequence text) throws IOException {
        String s = String.valueOf(text);
        write(s, 0, s.length());
        return this;
    }

    @Override
    public Writer append(char c) throws IOException {
        write(c);
        return this;
    }

    /** Hands what is gathered on to the real writer, without flushing it. */
    void drain() throws IOException {
        out.write(buffer, 0, used);
        used = 0;
    }

    @Override
    public void flush() throws IOException {
        drain();
        out.flush();
    }

    /** Hands everything on; the real writer is its owner's to close. */
    @Override
    public void close() throws IOException {
        drain();
    }
}
