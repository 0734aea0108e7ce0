package org.gatherlab.app;

import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.DeflaterOutputStream;

/** A JavaFX image as a PNG file (javafx.swing, and so ImageIO, is not available): IHDR, one IDAT, IEND. */
final class PngWriter {
    private PngWriter() {}

    static void write(Image image, Path file) throws IOException {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        PixelReader pixels = image.getPixelReader();
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        try (DeflaterOutputStream z = new DeflaterOutputStream(raw)) {
            byte[] row = new byte[1 + w * 4];
            for (int y = 0; y < h; y++) {
                row[0] = 0; // filter: none
                for (int x = 0; x < w; x++) {
                    int argb = pixels.getArgb(x, y);
                    int i = 1 + x * 4;
                    row[i] = (byte) (argb >> 16);
                    row[i + 1] = (byte) (argb >> 8);
                    row[i + 2] = (byte) argb;
                    row[i + 3] = (byte) (argb >>> 24);
                }
                z.write(row);
            }
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(file); DataOutputStream data = new DataOutputStream(out)) {
            data.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
            ByteArrayOutputStream header = new ByteArrayOutputStream();
            DataOutputStream hd = new DataOutputStream(header);
            hd.writeInt(w);
            hd.writeInt(h);
            hd.writeByte(8); // bits per channel
            hd.writeByte(6); // RGBA
            hd.writeByte(0);
            hd.writeByte(0);
            hd.writeByte(0);
            chunk(data, "IHDR", header.toByteArray());
            chunk(data, "IDAT", raw.toByteArray());
            chunk(data, "IEND", new byte[0]);
        }
    }

    private static void chunk(DataOutputStream out, String type, byte[] body) throws IOException {
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        out.writeInt(body.length);
        out.write(t);
        out.write(body);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(body);
        out.writeInt((int) crc.getValue());
    }
}
