package org.talksrecord.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A PostgreSQL of the reliability tests' own, which they stop, restart and slow down without touching the database
 * the other test classes share. Its data directory survives a stop, so a restart finds every committed row.
 */
public class OwnPostgres implements QuarkusTestResourceLifecycleManager {

    // the test framework and the tests may load this class in different loaders: the port is shared through a
    // system property, stopping and starting through an MBean
    private static final String PORT_PROPERTY = "talks.test.reliability-postgres.port";
    private static final String CONTROL = "talks.test:type=ReliabilityPostgres";
    static final int PORT = sharedPort();
    private static final Path DATA = Path.of("target", "reliability-postgres").toAbsolutePath();
    private static EmbeddedPostgres postgres;

    static String reactiveUrl() {
        return "postgresql://localhost:" + PORT + "/postgres";
    }

    static String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + PORT + "/postgres";
    }

    @Override
    public Map<String, String> start() {
        deleteData();
        startDatabase();
        registerControl();
        return Map.of("quarkus.datasource.reactive.url", reactiveUrl(), "quarkus.datasource.jdbc.url", jdbcUrl());
    }

    @Override
    public void stop() {
        stopDatabase();
        deleteData();
    }

    /** A fast shutdown, as an operator's restart does it: running statements end, committed data stays. */
    static void shutDown() {
        control("shutDown");
    }

    /** Starts it again on the same port and data; returns once it accepts connections. */
    static void startAgain() {
        control("startAgain");
    }

    public interface ControlMBean {
        void shutDown();

        void startAgain();
    }

    public static final class Control implements ControlMBean {
        @Override
        public void shutDown() {
            stopDatabase();
        }

        @Override
        public void startAgain() {
            startDatabase();
        }
    }

    private static void registerControl() {
        try {
            MBeanServer server = ManagementFactory.getPlatformMBeanServer();
            ObjectName name = new ObjectName(CONTROL);
            if (server.isRegistered(name)) {
                server.unregisterMBean(name);
            }
            server.registerMBean(new Control(), name);
        } catch (JMException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void control(String operation) {
        try {
            ManagementFactory.getPlatformMBeanServer().invoke(new ObjectName(CONTROL), operation, null, null);
        } catch (JMException e) {
            throw new IllegalStateException(e);
        }
    }

    private static synchronized void stopDatabase() {
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            postgres = null;
        }
    }

    private static synchronized void startDatabase() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().setPort(PORT).setDataDirectory(DATA)
                        .setCleanDataDirectory(false)
                        .setLocaleConfig("locale-provider", "builtin")
                        .setLocaleConfig("builtin-locale", "C.UTF-8")
                        .setServerConfig("max_connections", "100")
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** A connection of the test's own, outside the service's pool. */
    static Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), "postgres", "postgres");
    }

    private static void deleteData() {
        if (!Files.exists(DATA)) {
            return;
        }
        try (Stream<Path> files = Files.walk(DATA)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static synchronized int sharedPort() {
        String known = System.getProperty(PORT_PROPERTY);
        if (known != null) {
            return Integer.parseInt(known);
        }
        try (ServerSocket socket = new ServerSocket(0)) {
            System.setProperty(PORT_PROPERTY, Integer.toString(socket.getLocalPort()));
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
