package jp.shokuba.platform;

import jakarta.ejb.EJBException;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Runs a decision again when the engine's optimistic locking lost a race (two consultees of one document
 * deciding at the same instant). Each try is a whole transaction of its own, so a retry repeats nothing
 * that committed.
 */
public final class ConflictRetry {

    private static final int TRIES = 5;

    public interface Action<T> {
        T run() throws BusinessException;
    }

    private ConflictRetry() {
    }

    public static <T> T run(Action<T> action) throws BusinessException {
        for (int attempt = 1; ; attempt++) {
            try {
                return action.run();
            } catch (EJBException e) {
                if (attempt >= TRIES || !lostRace(e)) {
                    throw e;
                }
                try {
                    Thread.sleep(ThreadLocalRandom.current().nextInt(5, 20 * attempt));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    private static boolean lostRace(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String name = t.getClass().getName();
            if (name.endsWith("OptimisticLockingException") || name.endsWith("OptimisticLockException")) {
                return true;
            }
        }
        return false;
    }
}
