package org.posecoach.testing;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.posecoach.pipeline.PipelineListener;
import org.posecoach.pipeline.PosePipeline;
import org.posecoach.pose.Joint;
import org.posecoach.pose.Keypoint;
import org.posecoach.pose.KeypointLayout;
import org.posecoach.pose.PersonMask;
import org.posecoach.pose.Pose;
import org.posecoach.pose.PoseEstimator;
import org.posecoach.pose.smoothing.OneEuroKeypointFilter;
import org.posecoach.source.FrameSource;
import org.posecoach.source.SourceOptions;
import org.posecoach.source.Sources;

/**
 * The pose stream of a clip as the product's pipeline produces it (the model, the coaching
 * smoothing, masks when the exercise reads them: the graph with the segmentation head gives
 * slightly different keypoints), computed once and cached under {@code target/pose-tracks/}, so
 * that motion tuning tools and plots replay real footage in a second instead of re-running the
 * model. The cache is keyed by the clip's full path, so altered copies of a clip under the same
 * name do not share it.
 */
public final class PoseTracks {

  /** One frame: its time and the pose found, if any. */
  public record TrackFrame(long timestampNanos, Optional<Pose> pose) {}

  private static final int FORMAT = 1;
  private static final Path CACHE = Path.of("target", "pose-tracks");

  private PoseTracks() {}

  /**
   * The clip's poses with {@code model}, from the cache when it is newer than the clip.
   *
   * @param masks whether the estimator is asked for masks, as the app asks for them while a step
   *     reads them ({@code ExerciseSignals.needsMask})
   */
  public static List<TrackFrame> load(Path clip, String model, boolean masks) throws Exception {
    String where = Integer.toHexString(clip.toAbsolutePath().normalize().toString().hashCode());
    Path cached =
        CACHE.resolve(
            clip.getFileName().toString().replaceAll("\\.[^.]+$", "")
                + "-"
                + where
                + "."
                + model
                + (masks ? ".masks" : ""));
    if (Files.exists(cached)
        && Files.getLastModifiedTime(cached).compareTo(Files.getLastModifiedTime(clip)) > 0) {
      List<TrackFrame> frames = read(cached);
      if (frames != null) {
        return frames;
      }
    }
    List<TrackFrame> frames = compute(clip, model, masks);
    Files.createDirectories(CACHE);
    Path tmp = Files.createTempFile(CACHE, "track", ".tmp");
    write(tmp, frames);
    Files.move(tmp, cached, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    return frames;
  }

  private static List<TrackFrame> compute(Path clip, String model, boolean masks) throws Exception {
    List<TrackFrame> frames = new ArrayList<>();
    PipelineListener collect =
        (frame, result) -> frames.add(new TrackFrame(result.timestampNanos(), result.pose()));
    try (FrameSource source =
            Sources.open(clip.toString(), new SourceOptions(0, 0, 30, false, false, false));
        PoseEstimator estimator = Models.open(model)) {
      estimator.wantMasks(masks);
      try (PosePipeline pipeline =
          new PosePipeline(
              source,
              estimator,
              new OneEuroKeypointFilter(OneEuroKeypointFilter.Settings.COACHING),
              List.of(collect))) {
        pipeline.start();
        pipeline.awaitEnd();
      }
    }
    return frames;
  }

  private static void write(Path file, List<TrackFrame> frames) throws IOException {
    try (DataOutputStream out =
        new DataOutputStream(
            new BufferedOutputStream(new GZIPOutputStream(Files.newOutputStream(file))))) {
      out.writeInt(FORMAT);
      out.writeInt(frames.size());
      for (TrackFrame f : frames) {
        out.writeLong(f.timestampNanos());
        out.writeBoolean(f.pose().isPresent());
        if (f.pose().isEmpty()) {
          continue;
        }
        Pose p = f.pose().get();
        out.writeInt(p.imageWidth());
        out.writeInt(p.imageHeight());
        out.writeUTF(p.layout().name());
        out.writeDouble(p.score());
        writePoints(out, p.keypoints());
        writePoints(out, p.worldKeypoints());
        out.writeBoolean(p.mask().isPresent());
        if (p.mask().isPresent()) {
          PersonMask m = p.mask().get();
          out.writeInt(MaskMaps.size(m));
          for (double v : MaskMaps.imageToGrid(m)) {
            out.writeDouble(v);
          }
          for (int r = 0; r < MaskMaps.size(m); r++) {
            for (int c = 0; c < MaskMaps.size(m); c++) {
              out.writeByte((int) Math.round(MaskMaps.cell(m, c, r) * 255));
            }
          }
        }
      }
    }
  }

  private static void writePoints(DataOutputStream out, List<Keypoint> points) throws IOException {
    out.writeInt(points.size());
    for (Keypoint k : points) {
      out.writeUTF(k.joint().name());
      out.writeDouble(k.x());
      out.writeDouble(k.y());
      out.writeDouble(k.z());
      out.writeDouble(k.score());
    }
  }

  /** The cached frames, or null when the file is of another format. */
  private static List<TrackFrame> read(Path file) throws IOException {
    try (DataInputStream in =
        new DataInputStream(
            new BufferedInputStream(new GZIPInputStream(Files.newInputStream(file))))) {
      if (in.readInt() != FORMAT) {
        return null;
      }
      int n = in.readInt();
      List<TrackFrame> frames = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        long t = in.readLong();
        if (!in.readBoolean()) {
          frames.add(new TrackFrame(t, Optional.empty()));
          continue;
        }
        int w = in.readInt();
        int h = in.readInt();
        KeypointLayout layout = KeypointLayout.valueOf(in.readUTF());
        double score = in.readDouble();
        List<Keypoint> points = readPoints(in);
        List<Keypoint> world = readPoints(in);
        Pose pose = new Pose(t, w, h, layout, points, world, score, Optional.empty());
        if (in.readBoolean()) {
          int size = in.readInt();
          double[] affine = new double[6];
          for (int k = 0; k < 6; k++) {
            affine[k] = in.readDouble();
          }
          float[] values = new float[size * size];
          for (int k = 0; k < values.length; k++) {
            values[k] = (in.readByte() & 0xff) / 255f;
          }
          pose = pose.withMask(PersonMask.of(size, values, affine));
        }
        frames.add(new TrackFrame(t, Optional.of(pose)));
      }
      return frames;
    }
  }

  private static List<Keypoint> readPoints(DataInputStream in) throws IOException {
    int n = in.readInt();
    List<Keypoint> points = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      points.add(
          new Keypoint(
              Joint.valueOf(in.readUTF()),
              in.readDouble(),
              in.readDouble(),
              in.readDouble(),
              in.readDouble()));
    }
    return points;
  }
}
