package org.kehu.portal.showcase;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

/**
 * Pictures for the demo data, drawn with Java2D so that no image is copied from elsewhere: a coloured panel with a
 * simple machine-like outline and a short label. The hue comes from a seed, so each record looks different.
 */
final class DemoPictures {

    private static final int WIDTH = 480;
    private static final int HEIGHT = 360;

    private DemoPictures() {
    }

    static byte[] png(int seed, String label) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            float hue = (seed * 0.137f) % 1f;
            g.setPaint(new GradientPaint(0, 0, Color.getHSBColor(hue, 0.35f, 0.95f), WIDTH, HEIGHT,
                    Color.getHSBColor(hue, 0.55f, 0.75f)));
            g.fillRect(0, 0, WIDTH, HEIGHT);
            Color ink = Color.getHSBColor(hue, 0.7f, 0.35f);
            g.setColor(ink);
            g.setStroke(new BasicStroke(6f));
            int shape = Math.floorMod(seed, 4);
            switch (shape) {
                case 0 -> { // a lathe: bed, headstock, chuck
                    g.drawRect(60, 200, 360, 50);
                    g.drawRect(70, 120, 90, 80);
                    g.drawOval(160, 135, 50, 50);
                    g.drawLine(210, 160, 380, 160);
                }
                case 1 -> { // a machining centre: column, spindle, table
                    g.drawRect(180, 60, 120, 150);
                    g.drawRect(215, 210, 50, 30);
                    g.drawRect(100, 250, 280, 30);
                }
                case 2 -> { // a gear
                    g.drawOval(170, 110, 140, 140);
                    g.drawOval(215, 155, 50, 50);
                    for (int i = 0; i < 12; i++) {
                        double a = Math.PI * 2 * i / 12;
                        g.drawLine(240 + (int) (70 * Math.cos(a)), 180 + (int) (70 * Math.sin(a)),
                                240 + (int) (88 * Math.cos(a)), 180 + (int) (88 * Math.sin(a)));
                    }
                }
                default -> { // a bearing
                    g.drawOval(150, 90, 180, 180);
                    g.drawOval(190, 130, 100, 100);
                    for (int i = 0; i < 8; i++) {
                        double a = Math.PI * 2 * i / 8;
                        g.fillOval(232 + (int) (70 * Math.cos(a)), 172 + (int) (70 * Math.sin(a)), 16, 16);
                    }
                }
            }
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 28));
            g.drawString(label, 24, 44);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
