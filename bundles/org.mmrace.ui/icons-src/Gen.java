// Draws the icons of icons/ (16x16 and @2x): java icons-src/Gen.java icons
import java.awt.*;
import java.awt.geom.*;
import java.awt.image.BufferedImage;
import java.io.File;
import javax.imageio.ImageIO;

public class Gen {
    interface Painter { void paint(Graphics2D g); }
    static void icon(String dir, String name, Painter p) throws Exception {
        for (int scale : new int[] {1, 2}) {
            BufferedImage img = new BufferedImage(16 * scale, 16 * scale, BufferedImage.TYPE_INT_ARGB);
            Graphics2D g = img.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.scale(scale, scale);
            p.paint(g);
            g.dispose();
            ImageIO.write(img, "png", new File(dir, name + (scale == 2 ? "@2x" : "") + ".png"));
        }
    }
    static void disc(Graphics2D g, Color c) {
        g.setColor(c);
        g.fill(new Ellipse2D.Double(1.5, 1.5, 13, 13));
        g.setColor(c.darker());
        g.setStroke(new BasicStroke(1f));
        g.draw(new Ellipse2D.Double(1.5, 1.5, 13, 13));
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(1.8f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    }
    public static void main(String[] a) throws Exception {
        String d = a[0];
        icon(d, "run", g -> {
            Path2D t = new Path2D.Double();
            t.moveTo(4, 2.5); t.lineTo(13.5, 8); t.lineTo(4, 13.5); t.closePath();
            g.setColor(new Color(46, 160, 67)); g.fill(t);
            g.setColor(new Color(30, 110, 45)); g.setStroke(new BasicStroke(1f)); g.draw(t);
        });
        icon(d, "ok", g -> { disc(g, new Color(46, 160, 67)); g.draw(new Line2D.Double(5, 8.3, 7.2, 10.5)); g.draw(new Line2D.Double(7.2, 10.5, 11, 5.8)); });
        icon(d, "fail", g -> { disc(g, new Color(207, 34, 46)); g.draw(new Line2D.Double(5.5, 5.5, 10.5, 10.5)); g.draw(new Line2D.Double(10.5, 5.5, 5.5, 10.5)); });
        icon(d, "observe", g -> { disc(g, new Color(9, 105, 218)); g.fill(new Ellipse2D.Double(7, 4, 2, 2)); g.draw(new Line2D.Double(8, 7.5, 8, 11.5)); });
        icon(d, "incomplete", g -> { disc(g, new Color(140, 140, 140)); g.draw(new Line2D.Double(5, 8, 11, 8)); });
        icon(d, "deadlock", g -> { disc(g, new Color(191, 135, 0)); g.draw(new Line2D.Double(6, 5, 6, 11)); g.draw(new Line2D.Double(10, 5, 10, 11)); });
        icon(d, "scenario", g -> {
            g.setColor(new Color(250, 250, 250)); g.fill(new Rectangle2D.Double(2.5, 1.5, 11, 13));
            g.setColor(new Color(110, 110, 110)); g.setStroke(new BasicStroke(1f)); g.draw(new Rectangle2D.Double(2.5, 1.5, 11, 13));
            g.setColor(new Color(127, 0, 85)); g.setStroke(new BasicStroke(1.2f));
            g.draw(new Line2D.Double(4.5, 5, 8, 5)); g.setColor(new Color(0, 0, 192)); g.draw(new Line2D.Double(6, 8, 11.5, 8)); g.draw(new Line2D.Double(6, 11, 10, 11));
        });
    }
}
