package org.gatherlab.app.fx;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * A tiny PNG encoder (javafx.swing, and with it ImageIO, is not in the app's runtime): 8-bit RGBA, one IDAT chunk,
 * each row filtered with "Sub" (good for the flat colours of a timeline). Toolkit-free.
 */
public final class PngEncoder {
    private PngEncoder() {}

    public static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    /**
     * Pixels as a picture: {@code argb} holds {@code width * height} non-premultiplied ARGB values, row by row.
     *
     * @param dpi the intended resolution, written as a pHYs chunk (96 for 1×, 192 for 2×); 0 writes none
     */
    public record Pixels(int width, int height, int[] argb, int dpi) {
        public Pixels {
            Objects.requireNonNull(argb, "argb");
            if (width <= 0 || height <= 0 || (long) width * height != argb.length)
                throw new IllegalArgumentException("pixels: " + width + "×" + height + " does not match " + argb.length + " values");
        }
    }

    public static void write(Pixels p, OutputStream out) throws IOException {
        DataOutputStream data = new DataOutputStream(out);
        data.write(SIGNATURE);
        ByteArrayOutputStream header = new ByteArrayOutputStream();
        DataOutputStream h = new DataOutputStream(header);
        h.writeInt(p.width());
        h.writeInt(p.height());
        h.write(new byte[] {8, 6, 0, 0, 0});            // 8 bits per channel, RGBA, deflate, adaptive filters, no interlace
        chunk(data, "IHDR", header.toByteArray());
        if (p.dpi() > 0) {
            ByteArrayOutputStream phys = new ByteArrayOutputStream();
            DataOutputStream ph = new DataOutputStream(phys);
            int perMetre = (int) Math.round(p.dpi() / 0.0254);
            ph.writeInt(perMetre);
            ph.writeInt(perMetre);
            ph.writeByte(1);                             // unit: metre
            chunk(data, "pHYs", phys.toByteArray());
        }
        chunk(data, "IDAT", deflate(p));
        chunk(data, "IEND", new byte[0]);
        data.flush();
    }

    public static byte[] encode(Pixels p) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(p, out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);  // a byte array does not fail
        }
        return out.toByteArray();
    }

    private static byte[] deflate(Pixels p) throws IOException {
        int w = p.width();
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        try (DeflaterOutputStream z = new DeflaterOutputStream(raw, new Deflater(6), 1 << 16)) {
            byte[] row = new byte[1 + 4 * w];
            byte[] rgba = new byte[4 * w];
            for (int y = 0; y < p.height(); y++) {
                int base = y * w;
                for (int x = 0; x < w; x++) {
                    int argb = p.argb()[base + x];
                    rgba[4 * x] = (byte) (argb >>> 16);
                    rgba[4 * x + 1] = (byte) (argb >>> 8);
                    rgba[4 * x + 2] = (byte) argb;
                    rgba[4 * x + 3] = (byte) (argb >>> 24);
                }
                row[0] = 1;                              // filter: Sub (each byte minus the one 4 bytes to its left)
                for (int i = 0; i < rgba.length; i++) row[1 + i] = (byte) (rgba[i] - (i >= 4 ? rgba[i - 4] : 0));
                z.write(row);
            }
        }
        return raw.toByteArray();
    }

    private static void chunk(DataOutputStream out, String type, byte[] body) throws IOException {
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(body);
        out.writeInt(body.length);
        out.write(t);
        out.write(body);
        out.writeInt((int) crc.getValue());
    }
}
