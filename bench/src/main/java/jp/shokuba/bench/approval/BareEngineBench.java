package jp.shokuba.bench.approval;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import jp.shokuba.approval.domain.RouteListener;
import jp.shokuba.workflow.ApprovalEngines;
import jp.shokuba.workflow.ConsultList;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;

/**
 * The same approval BPMN (under the key {@code approval_bare}, so the running platform never sees it) on a bare
 * engine in this JVM, on the same database and history level: the route's tasks are assigned by a stub and
 * completed straight through the TaskService. No HTTP, no Shokuba tables, no audit trail, no mail.
 */
public final class BareEngineBench {

    private BareEngineBench() {
    }

    /** Alone: JDBC URL, instances, threads, history level. */
    public static void main(String[] args) throws Exception {
        int threads = Integer.parseInt(args[2]);
        double perSecond = run(args[0], Integer.parseInt(args[1]), threads, args[3]);
        System.out.printf("BARE ENGINE: %.1f tasks/s (%d threads, history %s)%n", perSecond, threads, args[3]);
    }

    static double run(String jdbc, int instances, int threads, String history) throws Exception {
        StandaloneProcessEngineConfiguration c = new StandaloneProcessEngineConfiguration();
        c.setJdbcDriver("org.postgresql.Driver");
        c.setJdbcUrl(jdbc);
        c.setDatabaseType("postgres");
        c.setJdbcUsername(System.getProperty("bench.db.user", "shokuba"));
        c.setJdbcPassword("");
        c.setJdbcMaxActiveConnections(threads + 4);
        c.setDatabaseSchema("camunda");
        c.setDatabaseTablePrefix("camunda.");
        c.setDatabaseSchemaUpdate("false");
        c.setJobExecutorActivate(false);
        ApprovalEngines.configure(c, BareEngineBench::stub, history);
        c.setProcessEngineName("bare-bench");
        ProcessEngine engine = c.buildProcessEngine();
        try {
            String bpmn;
            try (InputStream in = BareEngineBench.class.getClassLoader().getResourceAsStream(ApprovalEngines.BPMN)) {
                bpmn = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                        .replace("id=\"approval\" name=", "id=\"approval_bare\" name=");
            }
            engine.getRepositoryService().createDeployment().name("bench-bare").addString("approval_bare.bpmn", bpmn).deploy();
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < instances; i++) {
                ids.add(engine.getRuntimeService().startProcessInstanceByKey("approval_bare", Variables.createVariables()
                        .putValue("approvalId", (long) i).putValue("stepCount", 4).putValue("stepIndex", 0)
                        .putValue("consultUnits", ConsultList.join(List.of("0130"))).putValue("consultAt", 3)
                        .putValue("consultPending", true).putValue("sentBack", false).putValue("reminderDays", 3)
                        .putValue("decision", "").putValue("byDeputy", false).putValue("sendBackTo", -1)
                        .putValue("consultee", "")).getId());
            }
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            long start = System.nanoTime();
            List<Future<Integer>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                List<String> mine = new ArrayList<>();
                for (int i = t; i < ids.size(); i += threads) {
                    mine.add(ids.get(i));
                }
                done.add(pool.submit(() -> completeAll(engine.getTaskService(), mine)));
            }
            int completed = 0;
            for (Future<Integer> f : done) {
                completed += f.get();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            pool.shutdown();
            System.out.printf("bare engine: %d tasks in %.1f s%n", completed, seconds);
            return completed / seconds;
        } finally {
            engine.close();
        }
    }

    private static int completeAll(TaskService tasks, List<String> instances) {
        int n = 0;
        for (String pid : instances) {
            for (List<Task> open = tasks.createTaskQuery().processInstanceId(pid).list(); !open.isEmpty();
                 open = tasks.createTaskQuery().processInstanceId(pid).list()) {
                for (Task task : open) {
                    tasks.complete(task.getId(), Variables.createVariables().putValue("decision", "APPROVE")
                            .putValue("byDeputy", false).putValue("sendBackTo", -1).putValue("sentBack", false)
                            .putValue("consultee", ""));
                    n++;
                }
            }
        }
        return n;
    }

    private static RouteListener stub() {
        return new RouteListener() {
            @Override
            public String stepStarted(String taskId, long approvalId, int stepIndex) {
                return "approver" + stepIndex;
            }

            @Override
            public String consultationStarted(String taskId, long approvalId, String unitCode) {
                return "head-" + unitCode;
            }

            @Override
            public String adHocConsultationStarted(String taskId, long approvalId, String consultee) {
                return consultee;
            }

            @Override
            public String revisionStarted(String taskId, long approvalId) {
                return "drafter";
            }

            @Override
            public String postReviewStarted(String taskId, long approvalId) {
                return "reviewer";
            }

            @Override
            public void routeCompleted(long approvalId) {
            }

            @Override
            public void remind(long approvalId) {
            }

            @Override
            public void escalate(long approvalId) {
            }
        };
    }
}
