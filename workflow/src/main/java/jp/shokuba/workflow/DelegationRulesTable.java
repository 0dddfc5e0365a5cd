package jp.shokuba.workflow;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.shokuba.approval.domain.RuleLine;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Rule;

/**
 * The delegation rules (専決規程) as a DMN decision table and back: hit policy FIRST, inputs
 * {@code documentType} and {@code amount}, output {@code finalPosition}. An empty entry matches anything.
 */
public final class DelegationRulesTable {

    private static final Pattern QUOTED = Pattern.compile("\"([A-Z_]+)\"");
    private static final Pattern UP_TO = Pattern.compile("<=\\s*(\\d+)");

    private DelegationRulesTable() {
    }

    public static List<RuleLine> read(InputStream dmn) {
        DmnModelInstance model = Dmn.readModelFromStream(dmn);
        DecisionTable table = model.getModelElementsByType(DecisionTable.class).iterator().next();
        List<RuleLine> lines = new ArrayList<>();
        for (Rule rule : table.getRules()) {
            List<String> in = rule.getInputEntries().stream().map(e -> e.getTextContent().strip()).toList();
            String out = rule.getOutputEntries().iterator().next().getTextContent().strip();
            Matcher type = QUOTED.matcher(in.get(0));
            Matcher amount = UP_TO.matcher(in.get(1));
            Matcher position = QUOTED.matcher(out);
            if (!position.find()) {
                throw new IllegalArgumentException("rule " + rule.getId() + " names no position: " + out);
            }
            lines.add(new RuleLine(type.find() ? type.group(1) : null,
                    amount.find() ? new BigDecimal(amount.group(1)) : null, position.group(1)));
        }
        return lines;
    }

    public static String write(int version, List<RuleLine> lines) {
        StringBuilder x = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="Definitions_DelegationRules"
                             name="専決規程" namespace="https://shokuba.example/approval">
                  <decision id="%s" name="専決規程 第%d版">
                    <decisionTable id="DecisionTable_DelegationRules" hitPolicy="FIRST">
                      <input id="Input_DocumentType" label="文書種別">
                        <inputExpression id="InputExpression_DocumentType" typeRef="string"><text>documentType</text></inputExpression>
                      </input>
                      <input id="Input_Amount" label="金額（円）">
                        <inputExpression id="InputExpression_Amount" typeRef="long"><text>amount</text></inputExpression>
                      </input>
                      <output id="Output_FinalPosition" label="最終決裁者" name="finalPosition" typeRef="string"/>
                """.formatted(ProcessVariables.DECISION_KEY, version));
        int n = 0;
        for (RuleLine line : lines) {
            n++;
            if (line.documentType() != null && !line.documentType().matches("[A-Z_]+")
                    || !line.finalPosition().matches("[A-Z_]+")) {
                throw new IllegalArgumentException("rule " + n + " has a code that is not A-Z or _");
            }
            x.append("      <rule id=\"Rule_").append(n).append("\">\n")
                    .append("        <inputEntry id=\"Rule_").append(n).append("_Type\"><text>")
                    .append(line.documentType() == null ? "" : "&quot;" + line.documentType() + "&quot;").append("</text></inputEntry>\n")
                    .append("        <inputEntry id=\"Rule_").append(n).append("_Amount\"><text>")
                    .append(line.amountUpTo() == null ? "" : "&lt;= " + line.amountUpTo().toBigInteger()).append("</text></inputEntry>\n")
                    .append("        <outputEntry id=\"Rule_").append(n).append("_Position\"><text>&quot;")
                    .append(line.finalPosition()).append("&quot;</text></outputEntry>\n")
                    .append("      </rule>\n");
        }
        return x.append("    </decisionTable>\n  </decision>\n</definitions>\n").toString();
    }
}
