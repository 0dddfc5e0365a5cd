/**
 * The approval process on the embedded Camunda 7 engine: the BPMN route and the DMN delegation rules
 * (resources under {@code jp/shokuba/workflow}), the engine's bootstrap joined to the container's
 * transactions, and thin delegates that hand every event to Shokuba's
 * {@link jp.shokuba.approval.domain.RouteListener}.
 */
package jp.shokuba.workflow;
