package vn.sohoa.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Versioned schema migrations: {@code migrations/V{n}__name.sql}, applied in order, each in its own
 * transaction together with the new {@code PRAGMA user_version}. A catalog newer than this build is refused.
 */
final class Migrations {

    static final List<String> SCRIPTS = List.of("V1__catalog.sql", "V2__pseudonym_map.sql", "V3__fulltext.sql",
            "V4__page_count.sql", "V5__approvals.sql", "V6__sync.sql", "V7__sync_parallel.sql",
            "V8__page_turns.sql");

    private Migrations() {
    }

    static void apply(Database db) {
        int current = db.read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA user_version")) {
                return rs.getInt(1);
            }
        });
        if (current > SCRIPTS.size()) {
            throw new StoreException("the catalog is schema version " + current + ", newer than this SoHoa ("
                    + SCRIPTS.size() + "); use a newer SoHoa");
        }
        for (int version = current + 1; version <= SCRIPTS.size(); version++) {
            String sql = load(SCRIPTS.get(version - 1));
            int target = version;
            db.inTransaction(c -> {
                try (Statement s = c.createStatement()) {
                    for (String statement : statements(sql)) {
                        s.execute(statement);
                    }
                    s.execute("PRAGMA user_version = " + target);
                }
                return null;
            });
        }
    }

    private static List<String> statements(String sql) {
        String withoutComments = sql.replaceAll("(?m)--.*$", "");
        return java.util.Arrays.stream(withoutComments.split(";"))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String load(String name) {
        try (InputStream in = Migrations.class.getResourceAsStream("migrations/" + name)) {
            if (in == null) {
                throw new StoreException("migration " + name + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StoreException("cannot read migration " + name, e);
        }
    }
}
