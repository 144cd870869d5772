package org.posecoach.models;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * Downloads a package tarball straight from the npm registry over HTTPS, so that fetching models
 * needs neither Node.js nor npm. The tarball's address follows the registry's fixed layout, {@code
 * <registry>/<name>/-/<unscoped name>-<version>.tgz}; its sha512 is checked by {@link ModelStore}.
 *
 * <pre>{@code
 * Path tgz = NpmRegistry.fromEnvironment().download(pkg, emptyFolder, System.out::println);
 * }</pre>
 */
public final class NpmRegistry implements PackageDownloader {
  /** The public registry, which is also npm's default. */
  public static final URI PUBLIC_REGISTRY = URI.create("https://registry.npmjs.org/");

  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(30);

  /** The same limit as for npm: a 145 MB package on a slow line; past it the download is hung. */
  private static final Duration DOWNLOAD_TIMEOUT = Duration.ofMinutes(20);

  private final URI registry;

  /**
   * @param registry the registry's base address, e.g. {@link #PUBLIC_REGISTRY} or a mirror
   */
  public NpmRegistry(URI registry) {
    String base = registry.toString();
    this.registry = URI.create(base.endsWith("/") ? base : base + "/");
  }

  /** The registry in {@code POSE_COACH_REGISTRY} (a mirror), else the public one. */
  public static NpmRegistry fromEnvironment() {
    String mirror = System.getenv("POSE_COACH_REGISTRY");
    return new NpmRegistry(
        mirror == null || mirror.isBlank() ? PUBLIC_REGISTRY : URI.create(mirror.strip()));
  }

  /** Where the registry serves {@code pkg}'s tarball. */
  public URI tarballUri(PackageSpec pkg) {
    String unscoped = pkg.name().substring(pkg.name().indexOf('/') + 1);
    return registry.resolve(pkg.name() + "/-/" + unscoped + "-" + pkg.version() + ".tgz");
  }

  /**
   * Streams the tarball into {@code destination}; on any failure the partial file is removed.
   *
   * @throws ModelException when the registry cannot be reached or does not serve the tarball
   */
  @Override
  public Path download(PackageSpec pkg, Path destination, Consumer<String> progress)
      throws IOException {
    URI uri = tarballUri(pkg);
    Path tarball = destination.resolve(pkg.tarballName());
    HttpRequest request = HttpRequest.newBuilder(uri).timeout(DOWNLOAD_TIMEOUT).GET().build();
    // Made per download, which is rare: most runs never download and need no TLS set up.
    HttpClient client =
        HttpClient.newBuilder()
            .sslContext(SystemTrust.sslContext())
            .connectTimeout(CONNECT_TIMEOUT)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
    boolean complete = false;
    try {
      HttpResponse<Path> response = client.send(request, HttpResponse.BodyHandlers.ofFile(tarball));
      if (response.statusCode() != 200) {
        throw new ModelException(
            "The npm registry answered HTTP "
                + response.statusCode()
                + " for "
                + uri
                + ". Check POSE_COACH_REGISTRY if you set it, then retry 'pose-coach models fetch'.");
      }
      complete = true;
      return tarball;
    } catch (IOException e) {
      throw new ModelException(
          "Cannot download "
              + pkg.ref()
              + " from "
              + uri
              + " ("
              + describe(e)
              + "). Are you online? Models are fetched once; afterwards Pose Coach runs offline.",
          e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ModelException("model download interrupted", e);
    } finally {
      if (!complete) {
        Files.deleteIfExists(tarball);
      }
    }
  }

  /** The exception's own words, or its type when it has none (a timeout often has none). */
  private static String describe(IOException e) {
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
  }
}
