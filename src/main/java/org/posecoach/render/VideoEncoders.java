package org.posecoach.render;

import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.FrameRecorder;
import org.posecoach.source.FfmpegLog;

/** Starts a recorder with the best video encoder this FFmpeg build has. */
final class VideoEncoders {
  /** H.264 plays everywhere; MPEG-4 Part 2 is the fallback every build has. */
  private static final int[] PREFERRED = {avcodec.AV_CODEC_ID_H264, avcodec.AV_CODEC_ID_MPEG4};

  private VideoEncoders() {}

  static void start(FFmpegFrameRecorder recorder) throws FrameRecorder.Exception {
    FfmpegLog.apply(); // encoders talk while they open (OpenH264's profile warnings)
    FrameRecorder.Exception last = null;
    for (int codec : PREFERRED) {
      recorder.setVideoCodec(codec);
      try {
        recorder.start();
        return;
      } catch (FrameRecorder.Exception e) {
        last = e; // this build lacks the encoder; try the next
      }
    }
    throw last;
  }
}
