package jp.shokuba.approval.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The versions of the delegation rules (専決規程); a version is never changed once saved. */
public interface RulesRepository {

    record RulesVersion(int version, Instant createdAt, String createdBy, String note, String decisionDefinitionId,
                        List<RuleLine> lines) {
    }

    Optional<RulesVersion> current();

    Optional<RulesVersion> version(int version);

    List<RulesVersion> all();

    void add(RulesVersion version);
}
