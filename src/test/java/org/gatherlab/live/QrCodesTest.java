package org.gatherlab.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import io.nayuki.qrcodegen.QrCode;

import org.junit.jupiter.api.Test;

class QrCodesTest {
    private static final String LINK = "http://192.168.1.20:8765/#code=482913";

    @Test
    void theTerminalPictureHoldsExactlyTheSymbolWithAQuietZone() {
        QrCode qr = QrCodes.encode(LINK);
        List<String> lines = QrCodes.terminal(LINK).lines().toList();
        int size = qr.size + 8;
        assertEquals((size + 1) / 2, lines.size());
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                char c = lines.get(y / 2).charAt(x);
                boolean drawn = y % 2 == 0 ? c == '\u2588' || c == '\u2580' : c == '\u2588' || c == '\u2584';
                boolean dark = qr.getModule(x - 4, y - 4);
                assertEquals(!dark, drawn, "module " + x + "," + y + " (light modules are drawn)");
            }
        }
    }

    @Test
    void theSvgHasOneSquarePerDarkModule() {
        QrCode qr = QrCodes.encode(LINK);
        int dark = 0;
        for (int y = 0; y < qr.size; y++) for (int x = 0; x < qr.size; x++) if (qr.getModule(x, y)) dark++;
        String svg = QrCodes.svg(LINK);
        assertEquals(dark, svg.split("h1v1h-1z", -1).length - 1);
        assertTrue(svg.contains("viewBox=\"0 0 " + (qr.size + 8) + " " + (qr.size + 8) + "\""));
    }
}
