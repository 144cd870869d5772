import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Copies jars into the app's folder without what the app never loads on this machine. Some
 * dependencies carry every platform's native libraries in one jar (ONNX Runtime: Linux, macOS and
 * Windows, with debug symbols, 137 MB; SQLite and JNA: a dozen each), and some carry parts the app
 * does not use (OpenCV's Python module and most of its modules).
 *
 * <p>{@code java src/packaging/TrimJars.java DEST [--leave-out=REGEX]… JAR…}: an entry is left out
 * when it is a native library (by its extension) whose folder names another operating system or
 * processor than the one running this (e.g. {@code ai/onnxruntime/native/osx-x64/}, {@code
 * org/sqlite/native/Linux-Musl/x86_64/}; one whose folder names no platform is kept), or when its
 * name matches a {@code --leave-out} expression. Prints one line per jar that lost something.
 */
public final class TrimJars {
  private static final String LEAVE_OUT = "--leave-out=";

  private static final Pattern NATIVE_FILE =
      Pattern.compile(".*\\.(so|dll|dylib|jnilib|pdb|a|lib)(\\.[0-9]+)*$|.*\\.dsym/.*");

  /** Spellings of one platform word in the libraries' folder names, mapped to one word. */
  private static final Map<String, String> SYNONYMS =
      Map.of(
          "x86_64", "x64",
          "x86-64", "x64",
          "amd64", "x64",
          "aarch64", "arm64",
          "win32", "windows",
          "win", "windows",
          "osx", "macos",
          "mac", "macos",
          "darwin", "macos");

  private static final Set<String> SYSTEMS =
      Set.of(
          "linux windows macos freebsd openbsd netbsd dragonflybsd sunos aix android musl"
              .split(" "));

  private static final Set<String> PROCESSORS =
      Set.of(
          ("x64 x86 arm64 arm armv6 armv7 armel armhf ppc ppc64 ppc64le riscv64 s390x loongarch64"
                  + " mips64el sparc sparcv9")
              .split(" "));

  public static void main(String[] args) throws IOException {
    Path destination = Files.createDirectories(Path.of(args[0]));
    List<Pattern> unused = new ArrayList<>();
    List<Path> jars = new ArrayList<>();
    for (String arg : List.of(args).subList(1, args.length)) {
      if (arg.startsWith(LEAVE_OUT)) {
        unused.add(Pattern.compile(arg.substring(LEAVE_OUT.length())));
      } else {
        jars.add(Path.of(arg));
      }
    }
    Set<String> host = hostWords();
    Predicate<String> leaveOut =
        name ->
            isForeignNative(name, host) || unused.stream().anyMatch(p -> p.matcher(name).matches());
    for (Path jar : jars) {
      copyTrimmed(jar, destination.resolve(jar.getFileName()), leaveOut);
    }
  }

  /**
   * This machine's system and processor, in the words of {@link #SYSTEMS} and {@link #PROCESSORS}.
   */
  static Set<String> hostWords() {
    String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
    String system = os.startsWith("windows") ? "windows" : os.startsWith("mac") ? "macos" : os;
    String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
    return Set.of(system, SYNONYMS.getOrDefault(arch, arch));
  }

  private static void copyTrimmed(Path jar, Path target, Predicate<String> leaveOut)
      throws IOException {
    List<String> dropped = new ArrayList<>();
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      zip.stream()
          .filter(e -> !e.isDirectory() && leaveOut.test(e.getName()))
          .forEach(e -> dropped.add(e.getName()));
      if (dropped.isEmpty()) {
        Files.copy(jar, target, StandardCopyOption.REPLACE_EXISTING);
        return;
      }
      Set<String> droppedNames = new HashSet<>(dropped);
      try (OutputStream file = Files.newOutputStream(target);
          ZipOutputStream out = new ZipOutputStream(file)) {
        for (ZipEntry entry : zip.stream().toList()) {
          if (droppedNames.contains(entry.getName())) {
            continue;
          }
          ZipEntry copy = new ZipEntry(entry.getName());
          copy.setTime(entry.getTime());
          out.putNextEntry(copy);
          try (InputStream in = zip.getInputStream(entry)) {
            in.transferTo(out);
          }
          out.closeEntry();
        }
      }
    }
    System.out.printf(
        Locale.ROOT,
        "%s: left out %d files (%.1f MB -> %.1f MB)%n",
        jar.getFileName(),
        dropped.size(),
        Files.size(jar) / 1e6,
        Files.size(target) / 1e6);
  }

  /** A native library in a folder that names a system or processor other than the host's. */
  static boolean isForeignNative(String entry, Set<String> host) {
    String name = entry.toLowerCase(Locale.ROOT);
    if (name.endsWith("/") || !NATIVE_FILE.matcher(name).matches()) {
      return false;
    }
    String folder = name.contains("/") ? name.substring(0, name.lastIndexOf('/')) : "";
    for (String word : words(folder)) {
      if ((SYSTEMS.contains(word) || PROCESSORS.contains(word)) && !host.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /** The folder's words, split at / - _, with each platform word in its one spelling. */
  private static List<String> words(String folder) {
    String normal = folder;
    for (String spelling : List.of("x86_64", "x86-64")) {
      normal = normal.replace(spelling, "x64");
    }
    List<String> words = new ArrayList<>();
    for (String word : normal.split("[/_-]")) {
      words.add(SYNONYMS.getOrDefault(word, word));
    }
    return words;
  }
}
