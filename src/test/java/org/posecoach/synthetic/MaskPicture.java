package org.posecoach.synthetic;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.posecoach.pose.Joint;
import org.posecoach.pose.Keypoint;
import org.posecoach.pose.PersonMask;
import org.posecoach.pose.Pose;
import org.posecoach.testing.MaskMaps;

/**
 * Draws poses with their masks for looking at: the mask's probability as a blue tint over a grey
 * image, the grid's outline, the keypoints and the hip-shoulder line (the line the back's bow is
 * measured from), one captioned panel per pose, side by side.
 */
final class MaskPicture {

  private static final int CAPTION_PX = 22;

  private MaskPicture() {}

  /** One panel: a pose (with its mask) and a caption. */
  record Panel(String caption, Pose pose) {}

  static void write(Path file, List<Panel> panels) throws IOException {
    System.setProperty("java.awt.headless", "true");
    int w = panels.get(0).pose().imageWidth();
    int h = panels.get(0).pose().imageHeight();
    BufferedImage image =
        new BufferedImage(w * panels.size(), h + CAPTION_PX, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      for (int i = 0; i < panels.size(); i++) {
        draw(image, g, panels.get(i), i * w, w, h);
      }
    } finally {
      g.dispose();
    }
    Files.createDirectories(file.getParent());
    ImageIO.write(image, "png", file.toFile());
  }

  private static void draw(BufferedImage image, Graphics2D g, Panel panel, int x0, int w, int h) {
    Pose pose = panel.pose();
    PersonMask mask = pose.mask().orElse(null);
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        double p = mask == null ? 0 : mask.probabilityAt(x + 0.5, y + 0.5);
        int grey = 60;
        int r = (int) Math.round(grey + (90 - grey) * p);
        int gr = (int) Math.round(grey + (150 - grey) * p);
        int b = (int) Math.round(grey + (235 - grey) * p);
        image.setRGB(x0 + x, y, (r << 16) | (gr << 8) | b);
      }
    }
    g.setClip(x0, 0, w, h + CAPTION_PX);
    if (mask != null) {
      // The grid's square, from its corner cells' outer edges.
      double[] m = MaskMaps.imageToGrid(mask);
      double cell = 1 / m[0];
      double left = (-0.5 - m[2]) * cell;
      double top = (-0.5 - m[5]) * cell;
      double side = MaskMaps.size(mask) * cell;
      g.setColor(new Color(255, 255, 255, 90));
      g.setStroke(new BasicStroke(1));
      g.drawRect(x0 + (int) Math.round(left), (int) Math.round(top), (int) side, (int) side);
    }
    Keypoint ls = pose.get(Joint.LEFT_SHOULDER);
    Keypoint rs = pose.get(Joint.RIGHT_SHOULDER);
    Keypoint lh = pose.get(Joint.LEFT_HIP);
    Keypoint rh = pose.get(Joint.RIGHT_HIP);
    g.setColor(new Color(255, 200, 60));
    g.setStroke(new BasicStroke(2));
    g.draw(
        new Line2D.Double(
            x0 + (lh.x() + rh.x()) / 2,
            (lh.y() + rh.y()) / 2,
            x0 + (ls.x() + rs.x()) / 2,
            (ls.y() + rs.y()) / 2));
    for (Keypoint k : pose.keypoints()) {
      g.setColor(
          k.joint().isLeft()
              ? new Color(255, 90, 90)
              : k.joint().isRight() ? new Color(90, 230, 120) : Color.WHITE);
      g.fillOval(x0 + (int) Math.round(k.x()) - 2, (int) Math.round(k.y()) - 2, 5, 5);
    }
    g.setColor(Color.BLACK);
    g.fillRect(x0, h, w, CAPTION_PX);
    g.setColor(Color.WHITE);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
    g.drawString(panel.caption(), x0 + 6, h + 16);
    g.setClip(null);
  }
}
