package jp.shokuba.seating.application;

import java.util.Optional;
import jp.shokuba.platform.BusinessException;
import jp.shokuba.seating.domain.Refusal;

/** A refusal of the booking rules as the exception the REST API and the pages show: 400 when invalid, else 409. */
final class Refusals {

    private Refusals() {
    }

    /** Throws the refusal, if there is one. */
    static void refuse(Optional<Refusal> refusal) throws BusinessException {
        if (refusal.isPresent()) {
            throw exception(refusal.get());
        }
    }

    static BusinessException exception(Refusal r) {
        Object[] args = r.arguments().toArray();
        return r.kind() == Refusal.Kind.INVALID ? BusinessException.invalid(r.key(), args)
                : BusinessException.conflict(r.key(), args);
    }
}
