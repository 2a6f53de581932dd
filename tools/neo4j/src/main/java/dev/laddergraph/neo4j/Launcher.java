package dev.laddergraph.neo4j;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.monitoring.DatabaseHealth;

/**
 * Runs Neo4j Community in-process with only its Bolt connector, on loopback.
 *
 * Configuration comes from the environment (set by laddergraph's server or test setup):
 * LADDERGRAPH_NEO4J_HOME (data folder), LADDERGRAPH_NEO4J_PORT (Bolt port), NEO4J_PASSWORD,
 * LADDERGRAPH_NEO4J_TX_TIMEOUT_S (upper bound on one transaction, seconds; 30). The heap is a JVM
 * flag, set by whoever starts it (LADDERGRAPH_NEO4J_HEAP in src/neo4j/localNeo4j.ts).
 * Prints exactly one line starting with "LADDERGRAPH_NEO4J_READY " when Bolt accepts connections.
 * Stops cleanly on SIGTERM/SIGINT, and also when its standard input closes, so that it never
 * outlives the process that started it. A database that panicked (a commit its full disk cut short)
 * is not shut down but halted: see {@link #panicked}.
 */
public final class Launcher {
    static final String READY = "LADDERGRAPH_NEO4J_READY";

    public static void main(String[] args) throws Exception {
        Path home = Path.of(env("LADDERGRAPH_NEO4J_HOME", ".neo4j/data")).toAbsolutePath();
        int port = Integer.parseInt(env("LADDERGRAPH_NEO4J_PORT", "7687"));
        String password = System.getenv("NEO4J_PASSWORD");
        long txTimeoutSeconds = positiveLong("LADDERGRAPH_NEO4J_TX_TIMEOUT_S", "30");
        if (password == null || password.length() < 8) {
            fail("NEO4J_PASSWORD must be set and at least 8 characters long (Neo4j's minimum).");
        }
        if (!portIsFree(port)) {
            fail("port " + port + " on 127.0.0.1 is already in use; stop what holds it or set LADDERGRAPH_NEO4J_PORT.");
        }
        Files.createDirectories(home);

        SocketAddress bolt = new SocketAddress("127.0.0.1", port);
        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, bolt)
                // The advertised address does not follow the listen port; the driver's routing table needs it.
                .setConfig(BoltConnector.advertised_address, bolt)
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                // Defaults size the page cache from total RAM and preallocate large transaction logs.
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(64))
                .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                .setConfig(GraphDatabaseSettings.logical_log_rotation_threshold, ByteUnit.mebiBytes(8))
                .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofSeconds(txTimeoutSeconds))
                .build();

        AtomicBoolean stopped = new AtomicBoolean(false);
        Runnable stop = () -> {
            if (stopped.compareAndSet(false, true)) {
                String panicked = panicked(dbms);
                if (panicked != null) {
                    System.out.println("laddergraph-neo4j: database '" + panicked + "' panicked; halting without a shutdown so that"
                            + " its transaction log ends where the failed write stopped (recovery on the next start)");
                    System.out.flush();
                    Runtime.getRuntime().halt(3);
                }
                System.out.println("laddergraph-neo4j: shutting down");
                dbms.shutdown();
                System.out.println("laddergraph-neo4j: stopped");
            }
        };
        Runtime.getRuntime().addShutdownHook(new Thread(stop, "laddergraph-neo4j-shutdown"));

        try {
            setPassword(dbms, password);
        } catch (RuntimeException e) {
            // Neo4j's threads are not daemons: without an explicit exit a failed start would hang.
            System.err.println("laddergraph-neo4j: could not set the password: " + e.getMessage());
            System.exit(1);
        }

        System.out.println(READY + " bolt://127.0.0.1:" + port + " neo4j=" + neo4jVersion() + " java=" + Runtime.version()
                + " pid=" + ProcessHandle.current().pid());
        System.out.flush();

        watchStdin();
        System.exit(0);
    }

    /**
     * Auth stays on; the password is set in-process on every start so it always matches NEO4J_PASSWORD.
     * On a busy machine the first start's system database can be slow: the statement gets two minutes
     * and three attempts before the start is given up.
     */
    private static void setPassword(DatabaseManagementService dbms, String password) {
        RuntimeException last = null;
        for (int attempt = 1; attempt <= 3; attempt++) {
            try {
                dbms.database("system").executeTransactionally(
                        "ALTER USER neo4j SET PASSWORD $pw CHANGE NOT REQUIRED", Map.of("pw", password), result -> null,
                        Duration.ofMinutes(2));
                return;
            } catch (RuntimeException e) {
                if (String.valueOf(e.getMessage()).contains("Old password and new password cannot be the same")) {
                    return;
                }
                last = e;
                System.err.println("laddergraph-neo4j: setting the password failed (attempt " + attempt + "): " + e.getMessage());
            }
        }
        throw last;
    }

    /**
     * The name of a database that panicked ("needs to be restarted"), or null. After a commit whose
     * append met a full disk, Neo4j's shutdown flushes its log buffer again at the end of the
     * transaction log: bytes from the middle of the failed entry, which the next start reads as an
     * entry (measured with Neo4j 5.26: an absurd record length, OutOfMemoryError on every start).
     * Halted instead, the log ends where the disk cut the entry, an ordinary crash that recovery
     * truncates; nothing committed is lost (every commit was appended and forced before it answered).
     */
    static String panicked(DatabaseManagementService dbms) {
        for (String name : dbms.listDatabases()) {
            try {
                var db = (GraphDatabaseAPI) dbms.database(name);
                var health = db.getDependencyResolver().resolveDependency(DatabaseHealth.class);
                if (!health.hasNoPanic()) return name;
            } catch (RuntimeException e) {
                // A database that is not running has no log buffer to flush.
            }
        }
        return null;
    }

    /** Blocks until standard input reaches end of file (the parent went away) and returns. */
    private static void watchStdin() {
        InputStream in = System.in;
        byte[] buffer = new byte[256];
        try {
            while (in.read(buffer) >= 0) {
                // Input is ignored; only its end matters.
            }
        } catch (IOException ignored) {
            // A broken pipe means the parent is gone, the same as end of file.
        }
    }

    private static boolean portIsFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress("127.0.0.1", port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static String neo4jVersion() {
        String v = DatabaseManagementService.class.getPackage().getImplementationVersion();
        return v == null ? "unknown" : v;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static long positiveLong(String name, String fallback) {
        String value = env(name, fallback).trim();
        try {
            long parsed = Long.parseLong(value);
            if (parsed > 0) return parsed;
        } catch (NumberFormatException e) {
            // reported below
        }
        fail(name + " must be a whole number of seconds above 0 (got '" + value + "').");
        return 0;
    }

    private static void fail(String message) {
        System.err.println("laddergraph-neo4j: " + message);
        System.exit(2);
    }
}
