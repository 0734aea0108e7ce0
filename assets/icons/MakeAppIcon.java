// Draws GatherLab's window icon: three task bars of different lengths (Okabe–Ito colours) that end
// at one line, where gather returns. Run with: java assets/icons/MakeAppIcon.java assets/icons
// (a single-file program; java.desktop is only needed here, never by the app).

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;

public class MakeAppIcon {
    public static void main(String[] args) throws Exception {
        File dir = new File(args.length > 0 ? args[0] : ".");
        for (int size : new int[] {256, 64, 32, 16}) {
            ImageIO.write(draw(size), "png", new File(dir, "gatherlab-" + size + ".png"));
        }
    }

    static BufferedImage draw(int size) {
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        double s = size / 256.0;
        // Background: a deep blue rounded square.
        g.setColor(new Color(0x1B2A41));
        g.fill(new RoundRectangle2D.Double(8 * s, 8 * s, 240 * s, 240 * s, 56 * s, 56 * s));
        // Three tasks: orange, sky blue, bluish green; each a bar starting at the left.
        Color[] colours = {new Color(0xE69F00), new Color(0x56B4E9), new Color(0x009E73)};
        double[] lengths = {120, 164, 84};
        double left = 40;
        double barHeight = 36;
        double[] tops = {58, 110, 162};
        for (int i = 0; i < 3; i++) {
            g.setColor(colours[i]);
            g.fill(new RoundRectangle2D.Double(left * s, tops[i] * s, lengths[i] * s, barHeight * s, 14 * s, 14 * s));
        }
        // Where gather returns: one white line after the longest task.
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke((float) Math.max(1.5, 10 * s), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        double x = (left + 164 + 22) * s;
        g.draw(new java.awt.geom.Line2D.Double(x, 46 * s, x, 210 * s));
        g.dispose();
        return img;
    }
}
