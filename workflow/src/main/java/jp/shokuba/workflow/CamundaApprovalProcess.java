package jp.shokuba.workflow;

import static jp.shokuba.workflow.ProcessVariables.*;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import jp.shokuba.approval.domain.ApprovalProcess;
import jp.shokuba.approval.domain.Decision;
import jp.shokuba.approval.domain.RuleLine;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Shokuba's {@link ApprovalProcess} on the Camunda engine. In the container it uses the engine of
 * {@link ApprovalEngine}; process tests construct it around an in-memory engine.
 */
@ApplicationScoped
public class CamundaApprovalProcess implements ApprovalProcess {

    @Inject
    ApprovalEngine container;

    @Inject
    @ConfigProperty(name = "shokuba.approval.reminder-working-days", defaultValue = "3")
    int reminderDays;

    private ProcessEngine engine;

    protected CamundaApprovalProcess() {
    }

    public CamundaApprovalProcess(ProcessEngine engine, int reminderDays) {
        this.engine = engine;
        this.reminderDays = reminderDays;
    }

    private ProcessEngine engine() {
        return engine != null ? engine : container.engine();
    }

    @Override
    public String finalAuthority(String decisionDefinitionId, String documentType, BigDecimal amount) {
        var result = engine().getDecisionService().evaluateDecisionById(decisionDefinitionId)
                .variables(Variables.createVariables().putValue("documentType", documentType)
                        .putValue("amount", amount == null ? null : amount.longValueExact()))
                .evaluate().getSingleResult();
        if (result == null) {
            throw new IllegalStateException("no delegation rule matches " + documentType + " " + amount);
        }
        return (String) result.getSingleEntry();
    }

    @Override
    public String deployRules(int version, List<RuleLine> lines) {
        return deploy(version, DelegationRulesTable.write(version, lines));
    }

    @Override
    public ShippedRules deployShippedRules() {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(ApprovalEngines.DMN)) {
            byte[] dmn = in.readAllBytes();
            List<RuleLine> lines = DelegationRulesTable.read(new java.io.ByteArrayInputStream(dmn));
            return new ShippedRules(lines, deploy(1, new String(dmn, java.nio.charset.StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String deploy(int version, String dmn) {
        List<DecisionDefinition> deployed = engine().getRepositoryService().createDeployment()
                .name("shokuba-rules-v" + version).addString("delegation-rules-v" + version + ".dmn", dmn)
                .deployWithResult().getDeployedDecisionDefinitions();
        return deployed.get(0).getId();
    }

    @Override
    public String start(long approvalId, RouteShape route) {
        VariableMap v = shape(route).putValue(APPROVAL_ID, approvalId).putValue(REMINDER_DAYS, reminderDays)
                .putValue(DECISION, "").putValue(BY_DEPUTY, false).putValue(SEND_BACK_TO, -1).putValue(CONSULTEE, "");
        return engine().getRuntimeService().startProcessInstanceByKey(PROCESS_KEY, Long.toString(approvalId), v).getId();
    }

    @Override
    public void decide(String taskId, Decision decision, boolean byDeputy, int sendBackTo, String consultee) {
        engine().getTaskService().complete(taskId, Variables.createVariables()
                .putValue(DECISION, decision.name()).putValue(BY_DEPUTY, byDeputy)
                .putValue(SEND_BACK_TO, sendBackTo).putValue(SENT_BACK, decision == Decision.SEND_BACK)
                .putValue(CONSULTEE, consultee == null ? "" : consultee));
    }

    @Override
    public void resubmit(String taskId, RouteShape route) {
        engine().getTaskService().complete(taskId, shape(route).putValue(DECISION, "").putValue(BY_DEPUTY, false));
    }

    @Override
    public void confirm(String taskId) {
        engine().getTaskService().complete(taskId);
    }

    @Override
    public void withdraw(String processInstanceId) {
        engine().getRuntimeService().createMessageCorrelation(WITHDRAW_MESSAGE)
                .processInstanceId(processInstanceId).correlateWithResult();
    }

    private static VariableMap shape(RouteShape route) {
        return Variables.createVariables().putValue(STEP_COUNT, route.steps()).putValue(STEP_INDEX, 0)
                .putValue(CONSULT_UNITS, ConsultList.join(route.consultUnits()))
                .putValue(CONSULT_AT, route.consultBeforeStep())
                .putValue(CONSULT_PENDING, !route.consultUnits().isEmpty()).putValue(SENT_BACK, false);
    }
}
