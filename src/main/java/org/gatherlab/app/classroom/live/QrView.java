package org.gatherlab.app.classroom.live;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.AccessibleRole;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

import io.nayuki.qrcodegen.QrCode;

/**
 * A QR code drawn from the encoder's modules: as large a square as the space allows, each module a whole number of
 * pixels (a phone reads sharp edges best), a 4-module light quiet zone all round as the standard asks. Always black
 * on white, whatever the theme: dark-on-light is what every reader expects.
 */
public final class QrView extends Region {
    static final int QUIET = 4;

    private final Canvas canvas = new Canvas();
    private final ObjectProperty<QrCode> code = new SimpleObjectProperty<>(this, "code");

    public QrView() {
        getStyleClass().add("qr-view");
        getChildren().add(canvas);
        setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        code.addListener(o -> requestLayout());
        setMinSize(0, 0);
    }

    public ObjectProperty<QrCode> codeProperty() { return code; }

    /** Modules across, quiet zone included (0 without a code). */
    public int modules() {
        QrCode qr = code.get();
        return qr == null ? 0 : qr.size + 2 * QUIET;
    }

    /** The size of one module in pixels, as drawn now. */
    public int moduleSize() {
        int n = modules();
        return n == 0 ? 0 : (int) Math.floor(Math.min(snapSizeX(getWidth()), snapSizeY(getHeight())) / n);
    }

    @Override
    protected double computePrefWidth(double height) { return modules() * 6.0; }

    @Override
    protected double computePrefHeight(double width) { return modules() * 6.0; }

    @Override
    protected void layoutChildren() {
        int m = moduleSize();
        int side = m * modules();
        canvas.setWidth(side);
        canvas.setHeight(side);
        canvas.relocate(Math.floor((getWidth() - side) / 2), Math.floor((getHeight() - side) / 2));
        draw(m);
    }

    private void draw(int m) {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        QrCode qr = code.get();
        if (qr == null || m == 0) return;
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        g.setFill(Color.BLACK);
        for (int y = 0; y < qr.size; y++) {
            for (int x = 0; x < qr.size; x++) {
                if (qr.getModule(x, y)) g.fillRect((x + QUIET) * m, (y + QUIET) * m, m, m);
            }
        }
    }

    /** The canvas, for tests that read its pixels. */
    Canvas canvas() { return canvas; }
}
