package jp.shokuba.it;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Recreates the test database once, before any integration test or Payara Micro starts. Only in
 * the integration-test phase (failsafe sets {@code shokuba.it.db}); unit tests never touch it.
 */
public class FreshDatabasePerRun implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (System.getProperty("shokuba.it.db") == null) {
            return;
        }
        try {
            TestDatabase.recreate();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("cannot recreate the test database " + TestDatabase.NAME
                    + " (is PostgreSQL running on " + TestDatabase.HOST + ":" + TestDatabase.PORT + "?)", e);
        }
    }
}
