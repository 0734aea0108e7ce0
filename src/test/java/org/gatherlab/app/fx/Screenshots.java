package org.gatherlab.app.fx;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import javafx.scene.Node;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;

/**
 * Test screenshots: {@code node.snapshot} written as PNG by the app's own {@link PngEncoder} (javafx.swing is not in
 * the image). The folder is the system property {@code gatherlab.screenshots}, by default {@code target/screenshots}.
 */
public final class Screenshots {
    private Screenshots() {}

    public static Path dir() {
        return Path.of(System.getProperty("gatherlab.screenshots", "target/screenshots"));
    }

    /** Call on the FX thread. */
    public static Path save(Node node, String name) throws IOException {
        Path file = dir().resolve(name);
        write(node.snapshot(null, null), file);
        return file;
    }

    /** The image as a PNG file; the folder is made if needed. Any thread. */
    public static void write(Image image, Path file) throws IOException {
        int w = (int) image.getWidth(), h = (int) image.getHeight();
        int[] argb = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            PngEncoder.write(new PngEncoder.Pixels(w, h, argb, 0), out);
        }
    }
}
