package jp.shokuba.records.application;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The bounded pool that runs intakes: one worker per core, since each worker's page goes to one single-threaded
 * Tesseract process and more would only make every page slower. An intake is queued at most once at a time;
 * the queue lives in memory and is rebuilt from the database at startup.
 */
@ApplicationScoped
public class IntakeWorkers {

    private static final Logger LOG = Logger.getLogger(IntakeWorkers.class.getName());

    @Resource
    ManagedThreadFactory threads;

    @Inject
    IntakePipeline pipeline;

    private final Set<Long> pending = ConcurrentHashMap.newKeySet();
    private ThreadPoolExecutor pool;

    void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) IntakeQueued queued) {
        submit(queued.intakeId());
    }

    /**
     * Makes the pool with all of its threads, at startup: a managed thread made later, from the after-commit
     * notification of an intake that a timer took in (a hot folder or the mailbox), failed with a
     * NullPointerException, and that intake stayed queued until the next start.
     */
    public synchronized void start() {
        if (pool == null) {
            int n = Math.max(1, Runtime.getRuntime().availableProcessors());
            pool = new ThreadPoolExecutor(n, n, 1, TimeUnit.MINUTES, new LinkedBlockingQueue<>(), threads);
            pool.prestartAllCoreThreads();
        }
    }

    public synchronized void submit(long intakeId) {
        start();
        if (pending.add(intakeId)) {
            pool.execute(() -> {
                try {
                    pipeline.run(intakeId);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "intake " + intakeId + " stopped; it is resumed at the next start", e);
                } finally {
                    pending.remove(intakeId);
                }
            });
        }
    }

    public int waiting() {
        return pending.size();
    }

    @PreDestroy
    synchronized void stop() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
