package org.learningsets.web.it.support;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A throw-away certificate for "localhost", made with the JDK's keytool (no openssl needed), written as the PEM
 * files nginx reads, and an SSLContext that trusts exactly that certificate.
 */
public final class SelfSignedCertificate {

    private static final char[] PASSWORD = "throw-away".toCharArray();

    public final Path certificate;
    public final Path privateKey;
    private final KeyStore store;

    private SelfSignedCertificate(Path certificate, Path privateKey, KeyStore store) {
        this.certificate = certificate;
        this.privateKey = privateKey;
        this.store = store;
    }

    public static SelfSignedCertificate create(Path directory)
            throws IOException, GeneralSecurityException, InterruptedException {
        Files.createDirectories(directory);
        Path keystore = directory.resolve("localhost.p12");
        Process keytool = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "keytool")
                                .toString(),
                        "-genkeypair",
                        "-alias",
                        "localhost",
                        "-keyalg",
                        "RSA",
                        "-keysize",
                        "2048",
                        "-validity",
                        "1",
                        "-dname",
                        "CN=localhost",
                        "-ext",
                        "SAN=dns:localhost",
                        "-storetype",
                        "PKCS12",
                        "-keystore",
                        keystore.toString(),
                        "-storepass",
                        new String(PASSWORD))
                .redirectErrorStream(true)
                .redirectOutput(directory.resolve("keytool.log").toFile())
                .start();
        if (!keytool.waitFor(60, TimeUnit.SECONDS) || keytool.exitValue() != 0) {
            throw new IllegalStateException("keytool failed; see " + directory.resolve("keytool.log"));
        }
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            store.load(in, PASSWORD);
        }
        Path certificate = Files.writeString(
                directory.resolve("cert.pem"),
                pem("CERTIFICATE", store.getCertificate("localhost").getEncoded()));
        Key key = store.getKey("localhost", PASSWORD);
        Path privateKey = Files.writeString(directory.resolve("key.pem"), pem("PRIVATE KEY", key.getEncoded()));
        return new SelfSignedCertificate(certificate, privateKey, store);
    }

    /** Trusts this certificate and no other. */
    public SSLContext trustingIt() throws GeneralSecurityException, IOException {
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        trusted.load(null, null);
        trusted.setCertificateEntry("localhost", store.getCertificate("localhost"));
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }

    /** Serves with this certificate (for a TLS server in the test JVM). */
    public SSLContext servingIt() throws GeneralSecurityException {
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(store, PASSWORD);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys.getKeyManagers(), null, null);
        return context;
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der) + "\n-----END " + type + "-----\n";
    }
}
