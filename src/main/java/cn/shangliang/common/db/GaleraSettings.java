package cn.shangliang.common.db;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Says at start, in the log, when the app runs on a Galera node whose settings break what it relies on
 * (docs/operations.md, "The settings that matter"); on one plain server it says nothing.
 */
@ApplicationScoped
public class GaleraSettings {

    private static final Logger LOG = Logger.getLogger(GaleraSettings.class);

    static final List<String> VARIABLES = List.of("wsrep_on", "wsrep_sync_wait", "binlog_format", "innodb_autoinc_lock_mode");

    @Inject
    AgroalDataSource dataSource;

    void check(@Observes StartupEvent event) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SHOW VARIABLES WHERE Variable_name IN ('" + String.join("','", VARIABLES) + "')")) {
            Map<String, String> values = new HashMap<>();
            while (r.next()) {
                values.put(r.getString(1).toLowerCase(Locale.ROOT), r.getString(2));
            }
            problems(values).forEach(problem -> LOG.warn("Galera: " + problem));
        } catch (SQLException e) {
            LOG.debugf("database settings not checked: %s", e.getMessage());
        }
    }

    /** What is wrong with these server variables for this app; nothing unless {@code wsrep_on} is ON. */
    static List<String> problems(Map<String, String> variables) {
        List<String> problems = new ArrayList<>();
        if (!"ON".equalsIgnoreCase(variables.getOrDefault("wsrep_on", "OFF"))) {
            return problems;
        }
        int syncWait = parse(variables.get("wsrep_sync_wait"));
        if ((syncWait & 1) == 0) {
            problems.add("wsrep_sync_wait is " + variables.get("wsrep_sync_wait") + ": a request through another node "
                    + "may not see the write of the one before it (a login, a ballot); set it to 1 (or any odd value)");
        }
        if (!"ROW".equalsIgnoreCase(variables.getOrDefault("binlog_format", ""))) {
            problems.add("binlog_format is " + variables.get("binlog_format") + ": Galera needs ROW");
        }
        if (parse(variables.get("innodb_autoinc_lock_mode")) != 2) {
            problems.add("innodb_autoinc_lock_mode is " + variables.get("innodb_autoinc_lock_mode")
                    + ": set it to 2 (interleaved) so that nodes insert at once without a table lock");
        }
        return problems;
    }

    private static int parse(String value) {
        try {
            return value == null ? 0 : Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
