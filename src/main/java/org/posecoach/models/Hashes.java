package org.posecoach.models;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;

/** File digests in the two spellings the catalog uses. */
final class Hashes {
  private Hashes() {}

  /** npm's Subresource Integrity form: {@code sha512-<base64>}. */
  static String sha512Integrity(Path file) throws IOException {
    return "sha512-" + Base64.getEncoder().encodeToString(digest(file, "SHA-512"));
  }

  static String sha256Hex(Path file) throws IOException {
    return HexFormat.of().formatHex(digest(file, "SHA-256"));
  }

  static String sha256Hex(byte[] data) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] digest(Path file, String algorithm) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest md = MessageDigest.getInstance(algorithm);
      byte[] buffer = new byte[1 << 16];
      for (int n; (n = in.read(buffer)) > 0; ) {
        md.update(buffer, 0, n);
      }
      return md.digest();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
