package org.gatherlab.live;

import io.nayuki.qrcodegen.QrCode;

/**
 * The join address as a QR code (encoded by Nayuki's qrcodegen, error correction level M), drawn as SVG for a
 * page and as text for a terminal. A 4-module quiet zone all round, as the standard asks.
 */
public final class QrCodes {
    private QrCodes() {}

    private static final int QUIET = 4;

    public static QrCode encode(String text) {
        return QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
    }

    /** Black modules on white, one path; scales to any size without blur ({@code shape-rendering: crispEdges}). */
    public static String svg(String text) {
        QrCode qr = encode(text);
        int size = qr.size + 2 * QUIET;
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < qr.size; y++) {
            for (int x = 0; x < qr.size; x++) {
                if (qr.getModule(x, y)) path.append('M').append(x + QUIET).append(',').append(y + QUIET).append("h1v1h-1z");
            }
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size
                + "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#FFFFFF\"/><path fill=\"#000000\" d=\""
                + path + "\"/></svg>\n";
    }

    /**
     * For a terminal: two modules per character cell with the half blocks {@code ▀ ▄ █}. Light modules are drawn
     * and dark ones left blank, as {@code qrencode -t UTF8} does, which reads right on the usual dark terminal;
     * phone cameras also read the inverted picture a light terminal gives.
     */
    public static String terminal(String text) {
        QrCode qr = encode(text);
        int size = qr.size + 2 * QUIET;
        StringBuilder out = new StringBuilder();
        for (int y = 0; y < size; y += 2) {
            for (int x = 0; x < size; x++) {
                boolean top = light(qr, x - QUIET, y - QUIET);
                boolean bottom = y + 1 < size && light(qr, x - QUIET, y + 1 - QUIET);
                out.append(top && bottom ? '\u2588' : top ? '\u2580' : bottom ? '\u2584' : ' ');
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static boolean light(QrCode qr, int x, int y) {
        return !qr.getModule(x, y);   // outside the symbol getModule is false: the quiet zone is light
    }
}
