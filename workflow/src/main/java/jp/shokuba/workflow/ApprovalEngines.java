package jp.shokuba.workflow;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import jp.shokuba.platform.BusinessCalendar;
import jp.shokuba.approval.domain.RouteListener;
import jp.shokuba.platform.CityTime;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;

/**
 * Builds an approval engine the same way in the container and in process tests: the delegates by name
 * (no scanning), the BPMN deployed explicitly, the schema left to the migrations.
 */
public final class ApprovalEngines {

    public static final String BPMN = "jp/shokuba/workflow/approval.bpmn";
    public static final String DMN = "jp/shokuba/workflow/delegation-rules.dmn";

    private ApprovalEngines() {
    }

    /**
     * @param history the engine's history level. Shokuba keeps its own record of every decision (the route's
     *                steps and the hash-chained audit trail, written in the same transaction), so production
     *                runs with {@code none}; process tests use {@code activity} to assert the path taken.
     */
    public static ProcessEngine build(ProcessEngineConfigurationImpl c, Supplier<RouteListener> listener, String history) {
        ProcessEngine engine = configure(c, listener, history).buildProcessEngine();
        engine.getRepositoryService().createDeployment().name("shokuba-approval")
                .addClasspathResource(BPMN).enableDuplicateFiltering(false).deploy();
        return engine;
    }

    /** The configuration alone, for a benchmark that deploys the process under another key. */
    public static ProcessEngineConfigurationImpl configure(ProcessEngineConfigurationImpl c, Supplier<RouteListener> listener,
                                                           String history) {
        RouteTasks tasks = new RouteTasks(listener);
        Map<Object, Object> beans = new HashMap<>();
        beans.put("routeTasks", tasks.assignment());
        beans.put("completeRoute", tasks.completion());
        beans.put("remindApprovers", tasks.reminder());
        beans.put("escalateTasks", tasks.escalation());
        beans.put("consultList", new ConsultList());
        beans.put("workingDays", new WorkingDays(new BusinessCalendar(), CityTime.ZONE));
        c.setBeans(beans);
        c.setProcessEngineName("shokuba");
        c.setHistory(history);
        c.setIdGenerator(new StrongUuidGenerator());
        c.setCmmnEnabled(false);
        c.setMetricsEnabled(false);
        c.setDbMetricsReporterActivate(false);
        c.setTaskMetricsEnabled(false);
        c.setEnforceHistoryTimeToLive(false);
        c.setJobExecutorDeploymentAware(false);
        c.setAuthorizationEnabled(false);
        return c;
    }
}
