package org.casefile.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every migration has a twin for the other vendor: H2 (embedded stores) and PostgreSQL (team mode) must reach the
 * same schema at every version, or a team's server would miss a column the entities need. Read from the sources,
 * so the message can name the file to write.
 */
class MigrationTwinsTest {
    private static final Path ROOT = Path.of("src/main/resources/db/migration");
    private static final Pattern VERSION = Pattern.compile("V(\\d+)__(\\w+)\\.sql");
    private static final Pattern CREATES = Pattern.compile("(?i)create\\s+table\\s+(\\w+)");
    private static final Pattern ADDS = Pattern.compile("(?i)alter\\s+table\\s+(\\w+)\\s+add\\s+column\\s+(\\w+)");
    /** Tables only a server has: its key ring (an embedded store keeps keyring.json). */
    private static final Set<String> SERVER_ONLY = Set.of("key_ring", "key_ring_entry");

    @Test
    void everyH2MigrationHasAPostgreSqlTwinAndViceVersa() throws IOException {
        Map<Integer, String> h2 = versions("h2");
        Map<Integer, String> pg = versions("postgresql");
        List<String> problems = new ArrayList<>();
        for (var e : h2.entrySet()) {
            if (!pg.containsKey(e.getKey())) {
                problems.add(ROOT.resolve("h2").resolve(e.getValue()) + " has no PostgreSQL twin. Write "
                        + ROOT.resolve("postgresql").resolve(e.getValue()) + ": the same version number, tables, columns and "
                        + "constraints in PostgreSQL's spelling (tinyint -> smallint, blob -> bytea, clob -> text, "
                        + "char(n) -> varchar(n) for String fields), then run the PostgreSQL tests: "
                        + "mvn -Dcasefile.test.database=postgresql -Dtest='SignInTest,TwoDesktopsTest' test");
            } else if (!pg.get(e.getKey()).equals(e.getValue())) {
                problems.add("V" + e.getKey() + " is named " + e.getValue() + " for H2 but " + pg.get(e.getKey())
                        + " for PostgreSQL; give the twins the same file name.");
            }
        }
        for (var e : pg.entrySet()) {
            if (!h2.containsKey(e.getKey())) {
                problems.add(ROOT.resolve("postgresql").resolve(e.getValue()) + " has no H2 twin. Write "
                        + ROOT.resolve("h2").resolve(e.getValue()) + " with the same version number (even if it only says "
                        + "in a comment why embedded stores need nothing), so both vendors count the same versions.");
            }
        }
        assertThat(problems).as(String.join("\n", problems)).isEmpty();
    }

    @Test
    void twinsCreateTheSameTablesAndAddTheSameColumns() throws IOException {
        Map<Integer, String> h2 = versions("h2");
        Map<Integer, String> pg = versions("postgresql");
        for (var e : h2.entrySet()) {
            if (!pg.containsKey(e.getKey())) {
                continue; // reported by the test above
            }
            String h2Sql = Files.readString(ROOT.resolve("h2").resolve(e.getValue()));
            String pgSql = Files.readString(ROOT.resolve("postgresql").resolve(pg.get(e.getKey())));
            Set<String> pgTables = names(CREATES, pgSql);
            pgTables.removeAll(SERVER_ONLY);
            assertThat(pgTables).as("tables created by the two V%d files", e.getKey()).isEqualTo(names(CREATES, h2Sql));
            assertThat(names(ADDS, pgSql)).as("columns added by the two V%d files", e.getKey()).isEqualTo(names(ADDS, h2Sql));
        }
    }

    private static Set<String> names(Pattern pattern, String sql) {
        Set<String> out = new TreeSet<>();
        String withoutComments = sql.replaceAll("--[^\n]*", "");
        Matcher m = pattern.matcher(withoutComments);
        while (m.find()) {
            StringBuilder name = new StringBuilder(m.group(1).toLowerCase(Locale.ROOT));
            for (int g = 2; g <= m.groupCount(); g++) {
                name.append('.').append(m.group(g).toLowerCase(Locale.ROOT));
            }
            out.add(name.toString());
        }
        return out;
    }

    private static Map<Integer, String> versions(String vendor) throws IOException {
        Map<Integer, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.list(ROOT.resolve(vendor))) {
            for (Path f : files.toList()) {
                Matcher m = VERSION.matcher(f.getFileName().toString());
                if (m.matches()) {
                    out.put(Integer.parseInt(m.group(1)), f.getFileName().toString());
                }
            }
        }
        return out;
    }
}
