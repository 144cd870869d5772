package org.posecoach.models;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * TLS trust for downloads: the certificate authorities of the Java runtime plus those of the
 * operating system's bundle. The installed app carries its own runtime, whose list is fixed when
 * the app is built; a certificate authority added to the system since (a company's TLS-inspecting
 * proxy, a new root) would otherwise not be trusted, where npm, curl and browsers trust it.
 */
final class SystemTrust {
  /** Where Linux distributions keep the system's authorities as one PEM file. */
  private static final List<Path> SYSTEM_BUNDLES =
      List.of(
          Path.of("/etc/ssl/certs/ca-certificates.crt"), // Debian, Ubuntu, Arch
          Path.of("/etc/pki/tls/certs/ca-bundle.crt"), // Fedora, RHEL
          Path.of("/etc/ssl/ca-bundle.pem")); // openSUSE

  private SystemTrust() {}

  /**
   * The runtime's authorities plus the system bundle's; the runtime's alone where there is no
   * bundle or it cannot be read (a download then fails only where it would have anyway).
   */
  static SSLContext sslContext() {
    try {
      Optional<Path> bundle = SYSTEM_BUNDLES.stream().filter(Files::isReadable).findFirst();
      if (bundle.isEmpty()) {
        return SSLContext.getDefault();
      }
      KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
      trusted.load(null, null);
      int n = 0;
      for (X509Certificate authority : runtimeTrustManager().getAcceptedIssuers()) {
        trusted.setCertificateEntry("runtime-" + n++, authority);
      }
      try (InputStream in = Files.newInputStream(bundle.get())) {
        for (Certificate authority :
            CertificateFactory.getInstance("X.509").generateCertificates(in)) {
          trusted.setCertificateEntry("system-" + n++, authority);
        }
      }
      TrustManagerFactory factory =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      factory.init(trusted);
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, factory.getTrustManagers(), null);
      return context;
    } catch (IOException | GeneralSecurityException e) {
      try {
        return SSLContext.getDefault();
      } catch (GeneralSecurityException none) {
        throw new IllegalStateException("this Java runtime has no TLS", none);
      }
    }
  }

  private static X509TrustManager runtimeTrustManager() throws GeneralSecurityException {
    TrustManagerFactory factory =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    factory.init((KeyStore) null);
    for (TrustManager manager : factory.getTrustManagers()) {
      if (manager instanceof X509TrustManager x509) {
        return x509;
      }
    }
    throw new GeneralSecurityException("no X.509 trust manager in this runtime");
  }
}
