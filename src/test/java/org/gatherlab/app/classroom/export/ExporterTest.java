package org.gatherlab.app.classroom.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.zip.CRC32;
import java.util.zip.InflaterInputStream;

import org.gatherlab.app.fx.BackgroundWork;
import org.gatherlab.app.fx.Messages;
import org.gatherlab.app.fx.PngEncoder;
import org.gatherlab.runs.Engine;
import org.gatherlab.engine.ScenarioReport;
import org.gatherlab.lessons.TypicalQuizzes;
import org.gatherlab.report.ReportCsv;
import org.gatherlab.report.ReportJson;
import org.gatherlab.report.TimelineSvg;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Export without the toolkit: the same bytes as the command line, atomic writes, a valid PNG. */
class ExporterTest {
    private final ScenarioReport report = Engine.runVirtual(TypicalQuizzes.lesson(TypicalQuizzes.GATHER_DOES_NOT_CANCEL).scenario());

    @Test void svgJsonAndCsvAreWhatTheCommandLinePrints(@TempDir Path dir) throws IOException {
        Exporter.writeSvg(report, dir.resolve("t.svg"));
        Exporter.writeJson(report, dir.resolve("r.json"));
        Exporter.writeCsv(report, dir.resolve("r.csv"));
        assertEquals(TimelineSvg.render(report), Files.readString(dir.resolve("t.svg")));
        assertEquals(ReportJson.render(report), Files.readString(dir.resolve("r.json")));
        assertEquals(ReportCsv.render(report), Files.readString(dir.resolve("r.csv")));
        assertTrue(Files.readString(dir.resolve("t.svg")).startsWith("<svg") || Files.readString(dir.resolve("t.svg")).startsWith("<?xml"));
    }

    @Test void aWriteReplacesTheFileWhole(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("out.txt");
        Files.writeString(file, "old");
        AtomicFiles.write(file, "new");
        assertEquals("new", Files.readString(file));
        assertEquals(List.of(file), list(dir));
    }

    @Test void aFailedWriteLeavesNoPartialFileAndTheOldOneUntouched(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("timeline.png");
        Files.writeString(file, "the picture from last week");
        IOException boom = assertThrows(IOException.class, () -> AtomicFiles.write(file, out -> {
            out.write("half a pic".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        }));
        assertEquals("disk full", boom.getMessage());
        assertEquals("the picture from last week", Files.readString(file));
        assertEquals(List.of(file), list(dir), "the temporary file is gone");

        Path fresh = dir.resolve("new.png");
        assertThrows(IOException.class, () -> AtomicFiles.write(fresh, out -> {
            out.write(1);
            throw new IOException("cut off");
        }));
        assertFalse(Files.exists(fresh), "no partial file under the target's name");
        assertEquals(List.of(file), list(dir));
    }

    @Test void aFolderThatDoesNotExistIsAnErrorNotACrash(@TempDir Path dir) {
        assertThrows(IOException.class, () -> AtomicFiles.write(dir.resolve("missing").resolve("x.svg"), "x"));
    }

    @Test void theModelReportsSuccessAndFailure(@TempDir Path dir) {
        ExportModel m = new ExportModel(new Messages(Locale.ENGLISH), BackgroundWork.direct());
        m.export(Exporter.Format.SVG, report, dir.resolve("t.svg"));
        assertEquals("Saved t.svg in " + dir.toAbsolutePath() + ".", m.statusProperty().get());
        assertFalse(m.failedProperty().get());
        assertEquals(dir.resolve("t.svg"), m.lastFileProperty().get());
        m.exportPng(new PngEncoder.Pixels(2, 1, new int[] {0xFF000000, 0xFFFFFFFF}, 96), dir.resolve("nope").resolve("t.png"));
        assertTrue(m.failedProperty().get());
        assertTrue(m.statusProperty().get().startsWith("Could not save t.png: "), m.statusProperty().get());
    }

    @Test void thePngEncoderWritesAValidImage() throws IOException {
        int w = 3, h = 2;
        int[] argb = {0xFFE69F00, 0xFF56B4E9, 0x80009E73, 0xFF000000, 0xFFFFFFFF, 0x00000000};
        byte[] png = PngEncoder.encode(new PngEncoder.Pixels(w, h, argb, 192));
        assertArrayEquals(PngEncoder.SIGNATURE, Arrays.copyOf(png, 8));
        DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(png, 8, png.length - 8));
        ByteArrayOutputStream idat = new ByteArrayOutputStream();
        StringBuilder chunks = new StringBuilder();
        while (true) {
            int len = in.readInt();
            byte[] type = in.readNBytes(4);
            byte[] body = in.readNBytes(len);
            CRC32 crc = new CRC32();
            crc.update(type);
            crc.update(body);
            assertEquals((int) crc.getValue(), in.readInt(), "CRC of " + new String(type, StandardCharsets.US_ASCII));
            String t = new String(type, StandardCharsets.US_ASCII);
            chunks.append(t).append(' ');
            if (t.equals("IHDR")) {
                DataInputStream hd = new DataInputStream(new java.io.ByteArrayInputStream(body));
                assertEquals(w, hd.readInt());
                assertEquals(h, hd.readInt());
                assertEquals(8, hd.readByte());
                assertEquals(6, hd.readByte());
            }
            if (t.equals("IDAT")) idat.write(body);
            if (t.equals("IEND")) break;
        }
        assertEquals("IHDR pHYs IDAT IEND ", chunks.toString());
        byte[] raw = new InflaterInputStream(new java.io.ByteArrayInputStream(idat.toByteArray())).readAllBytes();
        assertEquals(h * (1 + 4 * w), raw.length);
        // Undo the Sub filter of row 0 and check the second pixel is sky blue.
        byte[] row = Arrays.copyOfRange(raw, 1, 1 + 4 * w);
        for (int i = 4; i < row.length; i++) row[i] = (byte) (row[i] + row[i - 4]);
        assertEquals(0x56, row[4] & 0xFF);
        assertEquals(0xB4, row[5] & 0xFF);
        assertEquals(0xE9, row[6] & 0xFF);
        assertEquals(0xFF, row[7] & 0xFF);
    }

    @Test void suggestedNamesFollowTheScenario() {
        assertEquals("gather-does-not-cancel-the-others-timeline@2x.png",
                Exporter.suggestedName("gather does not cancel the others", Exporter.Format.PNG_2X));
        assertEquals("scenario-report.csv", Exporter.suggestedName("¿?", Exporter.Format.CSV));
    }

    private static List<Path> list(Path dir) throws IOException {
        try (var s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }
}
