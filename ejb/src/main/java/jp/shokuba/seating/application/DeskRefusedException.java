package jp.shokuba.seating.application;

import jakarta.ejb.ApplicationException;
import java.util.List;
import jp.shokuba.platform.BusinessException;

/**
 * A desk booking refused because the desk is taken or not open to this person, with the nearest free desks
 * they may book instead (closest first). The REST API puts them in the 409 problem body, pages name them.
 */
@ApplicationException(rollback = true)
public class DeskRefusedException extends BusinessException {

    private final transient List<Alternative> alternatives;

    public DeskRefusedException(String key, List<Alternative> alternatives, Object... arguments) {
        super(Kind.CONFLICT, key, arguments);
        this.alternatives = List.copyOf(alternatives);
    }

    public List<Alternative> alternatives() {
        return alternatives;
    }
}
