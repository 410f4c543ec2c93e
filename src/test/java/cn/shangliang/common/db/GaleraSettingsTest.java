package cn.shangliang.common.db;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The start-up warnings about a Galera node's settings (docs/operations.md). */
class GaleraSettingsTest {

    private static final Map<String, String> GOOD = Map.of("wsrep_on", "ON", "wsrep_sync_wait", "1",
            "binlog_format", "ROW", "innodb_autoinc_lock_mode", "2");

    @Test
    void theReferenceSettingsAreFine() {
        assertEquals(List.of(), GaleraSettings.problems(GOOD));
        assertEquals(List.of(), GaleraSettings.problems(with("wsrep_sync_wait", "3")), "any odd value waits for reads");
    }

    @Test
    void oneServerWithoutGaleraIsNeverWarnedAbout() {
        assertEquals(List.of(), GaleraSettings.problems(Map.of("binlog_format", "MIXED", "innodb_autoinc_lock_mode", "1")));
        assertEquals(List.of(), GaleraSettings.problems(with("wsrep_on", "OFF", "wsrep_sync_wait", "0")));
    }

    @Test
    void eachBrokenSettingIsNamed() {
        assertWarns(with("wsrep_sync_wait", "0"), "wsrep_sync_wait");
        assertWarns(with("wsrep_sync_wait", "2"), "wsrep_sync_wait");
        assertWarns(with("binlog_format", "MIXED"), "binlog_format");
        assertWarns(with("innodb_autoinc_lock_mode", "1"), "innodb_autoinc_lock_mode");
    }

    private static void assertWarns(Map<String, String> variables, String setting) {
        List<String> problems = GaleraSettings.problems(variables);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith(setting), problems.get(0));
    }

    private static Map<String, String> with(String... pairs) {
        Map<String, String> variables = new java.util.HashMap<>(GOOD);
        for (int i = 0; i < pairs.length; i += 2) {
            variables.put(pairs[i], pairs[i + 1]);
        }
        return variables;
    }
}
