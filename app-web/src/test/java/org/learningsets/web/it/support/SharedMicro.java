package org.learningsets.web.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One Payara Micro for all browser tests of a Failsafe run, instead of one Arquillian deployment (a Micro start,
 * ~25 s) per class: the built WAR under /app-web/ (where the server's /health and /metrics answer), with the demo
 * data in a fresh data directory of its own that the in-container tests never touch. Started by the first class
 * that asks, kept in JUnit's root store and stopped when the run ends (the store closes AutoCloseable values).
 *
 * <p>A new browser test class: {@code @ExtendWith(SharedMicro.class)} and a constructor taking the application's
 * address, {@code MyPagesIT(URL base)}; no Arquillian, no {@code @Deployment}. The classes share one server and one
 * database and run in any order, so each sign in as demo people whose changed state no other browser class
 * asserts (see the class comments for who uses whom), or assert relative to what the test read first; give new
 * records unique texts; and put back what you change (preferences, bids, apologies) in a finally.
 *
 * <p>The server signs in through the trust too: a {@link TrustIdentityProvider} and a {@link TrustDirectoryServer}
 * started first (a class takes either as a constructor parameter of that type).
 */
public final class SharedMicro implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedMicro.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == URL.class || type == TrustIdentityProvider.class || type == TrustDirectoryServer.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        ExtensionContext.Store store = context.getRoot().getStore(NAMESPACE);
        TrustIdentityProvider trust = store.getOrComputeIfAbsent(
                TrustIdentityProvider.class, key -> TrustIdentityProvider.start(), TrustIdentityProvider.class);
        if (parameter.getParameter().getType() == TrustIdentityProvider.class) {
            return trust;
        }
        TrustDirectoryServer directory = store.getOrComputeIfAbsent(
                TrustDirectoryServer.class, key -> TrustDirectoryServer.start(work()), TrustDirectoryServer.class);
        if (parameter.getParameter().getType() == TrustDirectoryServer.class) {
            return directory;
        }
        MicroProcess micro =
                store.getOrComputeIfAbsent(MicroProcess.class, key -> start(trust, directory), MicroProcess.class);
        try {
            return URI.create(micro.base()).toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path work() {
        return Path.of(System.getProperty("it.work.dir", "target/it"));
    }

    private static MicroProcess start(TrustIdentityProvider trust, TrustDirectoryServer directory) {
        try {
            Path work = work();
            Files.createDirectories(work);
            Path data = Files.createTempDirectory(work, "browser-data-");
            Map<String, String> settings = new HashMap<>(trust.settings());
            settings.putAll(directory.settings());
            settings.put("LEARNINGSETS_DEMO", "true");
            settings.put("LEARNINGSETS_DATA_DIR", data.toString());
            return MicroProcess.start("browser-tests", settings, "/app-web");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
