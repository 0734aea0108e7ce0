package org.gatherlab.app.run;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

import javafx.scene.Node;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;

/**
 * Test screenshots: {@code node.snapshot} written as PNG by hand (javafx.swing is not in the image).
 * The folder is the system property {@code gatherlab.screenshots}, by default {@code target/screenshots}.
 */
public final class Screenshots {
    private Screenshots() {}

    public static Path dir() {
        return Path.of(System.getProperty("gatherlab.screenshots", "target/screenshots"));
    }

    /** Call on the FX thread. */
    public static Path save(Node node, String name) throws IOException {
        Image image = node.snapshot(null, null);
        Path file = dir().resolve(name);
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            writePng(image, out);
        }
        return file;
    }

    static void writePng(Image image, OutputStream out) throws IOException {
        int w = (int) image.getWidth(), h = (int) image.getHeight();
        PixelReader pixels = image.getPixelReader();
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        try (DeflaterOutputStream z = new DeflaterOutputStream(raw, new Deflater(6))) {
            byte[] row = new byte[1 + 4 * w];
            for (int y = 0; y < h; y++) {
                row[0] = 0;                                   // filter: none
                for (int x = 0; x < w; x++) {
                    int argb = pixels.getArgb(x, y);
                    row[1 + 4 * x] = (byte) (argb >>> 16);
                    row[2 + 4 * x] = (byte) (argb >>> 8);
                    row[3 + 4 * x] = (byte) argb;
                    row[4 + 4 * x] = (byte) (argb >>> 24);
                }
                z.write(row);
            }
        }
        DataOutputStream d = new DataOutputStream(out);
        d.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        ByteArrayOutputStream ihdr = new ByteArrayOutputStream();
        DataOutputStream hd = new DataOutputStream(ihdr);
        hd.writeInt(w);
        hd.writeInt(h);
        hd.write(new byte[] {8, 6, 0, 0, 0});                 // 8 bits, RGBA, deflate, no filter, no interlace
        chunk(d, "IHDR", ihdr.toByteArray());
        chunk(d, "IDAT", raw.toByteArray());
        chunk(d, "IEND", new byte[0]);
        d.flush();
    }

    private static void chunk(DataOutputStream out, String type, byte[] data) throws IOException {
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        out.writeInt(data.length);
        out.write(t);
        out.write(data);
        out.writeInt((int) crc.getValue());
    }
}
