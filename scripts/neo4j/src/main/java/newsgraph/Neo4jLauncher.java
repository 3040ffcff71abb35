// Newsgraph's local Neo4j: starts an embedded Neo4j 5 Community DBMS with Bolt on 127.0.0.1 and authentication on,
// so the app, the CLI and the tests talk to a real Neo4j without Docker. Started and stopped by scripts/db.ts.
//
// Environment (all optional):
//   NEO4J_DATA_DIR        home of the DBMS (data, transaction logs, Neo4j's own logs)   default .data/neo4j
//   NEO4J_BOLT_ADDRESS    host:port the Bolt connector listens on                        default 127.0.0.1:7687
//   NEO4J_PASSWORD        password of user neo4j (>= 8 characters), applied on each start default newsgraph-dev-password
//   NEO4J_PAGECACHE       page cache size                                                default 512m
//   NEO4J_TX_MEMORY_MAX   memory limit of one transaction (db.memory.transaction.max)    default 512m
//
// Hardened for the app's read-only Cypher console (docs/store.md, "Server settings"): LOAD CSV cannot read files
// (file URLs off, import directory confined to an empty folder) nor fetch URLs (every address on Cypher's IP
// blocklist), and one transaction cannot take more than NEO4J_TX_MEMORY_MAX of the heap.
package newsgraph;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import inet.ipaddr.IPAddressString;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

public final class Neo4jLauncher {
    private static final String DEFAULT_PASSWORD = "newsgraph-dev-password";

    private Neo4jLauncher() {}

    public static void main(String[] args) throws Exception {
        Path home = Path.of(env("NEO4J_DATA_DIR", ".data/neo4j")).toAbsolutePath();
        SocketAddress bolt = parseAddress(env("NEO4J_BOLT_ADDRESS", "127.0.0.1:7687"));
        String password = env("NEO4J_PASSWORD", DEFAULT_PASSWORD);
        if (password.length() < 8) {
            fail("NEO4J_PASSWORD must be at least 8 characters long (Neo4j refuses shorter passwords).");
        }
        Files.createDirectories(home);
        // An import folder that stays empty: even with file URLs re-enabled by mistake, nothing could be read.
        Path importDir = Files.createDirectories(home.resolve("import-empty"));

        log("starting Neo4j in " + home + ", Bolt on " + bolt);
        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, bolt)
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                // A local dev/test database must not phone home.
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(env("NEO4J_PAGECACHE", "512m")))
                // Keep the transaction logs of a dev database small; nothing here needs point-in-time restore.
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "2 files")
                // The console must not read the server's files or reach other hosts through LOAD CSV.
                .setConfig(GraphDatabaseSettings.allow_file_urls, false)
                .setConfig(GraphDatabaseSettings.load_csv_file_url_root, importDir)
                .setConfig(GraphDatabaseInternalSettings.cypher_ip_blocklist,
                        List.of(new IPAddressString("0.0.0.0/0"), new IPAddressString("::/0")))
                // One runaway query fails on its own instead of exhausting the heap for everyone.
                .setConfig(GraphDatabaseSettings.memory_transaction_max_size,
                        ByteUnit.parse(env("NEO4J_TX_MEMORY_MAX", "512m")))
                .build();

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            log("stopping Neo4j");
            dbms.shutdown();
            log("stopped");
            stopped.countDown();
        }, "neo4j-shutdown"));

        try {
            setPassword(dbms, password);
        } catch (RuntimeException e) {
            System.err.println("[neo4j-launcher] could not set the password of user neo4j: " + e.getMessage());
            System.exit(1);
        }
        log("ready: bolt://" + bolt + " (user neo4j)");
        stopped.await();
    }

    /**
     * Applies NEO4J_PASSWORD to user neo4j on every start, so the environment stays the single source of truth and a
     * fresh data folder needs no interactive first login. The system database runs admin commands without auth here.
     */
    private static void setPassword(DatabaseManagementService dbms, String password) {
        try {
            dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $pw CHANGE NOT REQUIRED", Map.of("pw", password));
            log("password of user neo4j set from NEO4J_PASSWORD");
        } catch (RuntimeException e) {
            // Re-starting with an unchanged password: Neo4j refuses to "change" it to the same value, which is fine.
            if (String.valueOf(e.getMessage()).contains("cannot be the same")) {
                log("password of user neo4j unchanged");
                return;
            }
            throw e;
        }
    }

    private static SocketAddress parseAddress(String text) {
        int colon = text.lastIndexOf(':');
        if (colon <= 0) {
            fail("NEO4J_BOLT_ADDRESS must look like host:port, got '" + text + "'.");
        }
        try {
            return new SocketAddress(text.substring(0, colon), Integer.parseInt(text.substring(colon + 1)));
        } catch (NumberFormatException e) {
            fail("NEO4J_BOLT_ADDRESS has a port that is not a number: '" + text + "'.");
            return null;
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static void log(String message) {
        System.out.println("[neo4j-launcher] " + message);
        System.out.flush();
    }

    private static void fail(String message) {
        System.err.println("[neo4j-launcher] " + message);
        System.exit(2);
    }
}
