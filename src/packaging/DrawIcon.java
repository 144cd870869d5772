import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Draws Pose Coach's icon, a figure on hands and knees with its back rounded (the cat of the
 * cat-camel), and writes it in the host's icon format. Run at package time, so that the repository
 * holds no binary image: {@code java -Djava.awt.headless=true src/packaging/DrawIcon.java OUT}
 * where OUT ends in {@code .png} (Linux), {@code .ico} (Windows) or {@code .icns} (macOS).
 *
 * <p>ICO and ICNS both accept a PNG as their image data, so each is a small header around the PNG.
 */
public final class DrawIcon {
  /** The largest size all three formats take as PNG (ICO stores 256 as 0). */
  private static final int SIZE_PX = 256;

  private static final Color BACKGROUND = new Color(0x1f, 0x7a, 0x8c);
  private static final Color FLOOR = new Color(0x9f, 0xd8, 0xcb);
  private static final Color FIGURE = Color.WHITE;

  public static void main(String[] args) throws IOException {
    Path out = Path.of(args[0]);
    byte[] png = png(draw());
    String name = out.getFileName().toString();
    byte[] file = name.endsWith(".ico") ? ico(png) : name.endsWith(".icns") ? icns(png) : png;
    Files.createDirectories(out.toAbsolutePath().getParent());
    Files.write(out, file);
  }

  /** Drawn on a 100-unit grid, scaled to the icon's size. */
  private static BufferedImage draw() {
    BufferedImage image = new BufferedImage(SIZE_PX, SIZE_PX, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    g.scale(SIZE_PX / 100.0, SIZE_PX / 100.0);

    g.setColor(BACKGROUND);
    g.fill(new RoundRectangle2D.Double(2, 2, 96, 96, 22, 22));
    g.setColor(FLOOR);
    g.fillRect(12, 76, 76, 4);

    g.setColor(FIGURE);
    g.setStroke(new BasicStroke(7, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    Path2D back = new Path2D.Double(); // hips to shoulders, rounded up: the cat
    back.moveTo(28, 46);
    back.curveTo(34, 30, 60, 30, 68, 44);
    g.draw(back);
    Path2D legs = new Path2D.Double(); // thigh down to the knee, shin back along the floor
    legs.moveTo(28, 46);
    legs.lineTo(30, 73);
    legs.lineTo(15, 73);
    g.draw(legs);
    Path2D arm = new Path2D.Double(); // straight arm under the shoulder
    arm.moveTo(68, 44);
    arm.lineTo(69, 73);
    g.draw(arm);
    g.fill(new Ellipse2D.Double(72, 47, 13, 13)); // the head, dropped low
    g.dispose();
    return image;
  }

  private static byte[] png(BufferedImage image) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }

  /** ICONDIR (6 bytes), one ICONDIRENTRY (16 bytes), then the PNG; little-endian. */
  private static byte[] ico(byte[] png) {
    int headerBytes = 6 + 16;
    ByteBuffer b = ByteBuffer.allocate(headerBytes + png.length).order(ByteOrder.LITTLE_ENDIAN);
    b.putShort((short) 0).putShort((short) 1).putShort((short) 1); // reserved, icon, one image
    b.put((byte) 0).put((byte) 0); // width and height 256, written as 0
    b.put((byte) 0).put((byte) 0); // no palette, reserved
    b.putShort((short) 1).putShort((short) 32); // colour planes, bits per pixel
    b.putInt(png.length).putInt(headerBytes);
    b.put(png);
    return b.array();
  }

  /** "icns", total length, then one "ic08" (256 × 256) element holding the PNG; big-endian. */
  private static byte[] icns(byte[] png) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(bytes);
    int elementBytes = 8 + png.length;
    out.writeBytes("icns");
    out.writeInt(8 + elementBytes);
    out.writeBytes("ic08");
    out.writeInt(elementBytes);
    out.write(png);
    return bytes.toByteArray();
  }
}
