package jp.shokuba.directory.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Who holds a post above a person: climbs the organisation tree from a unit to its 部, then to the
 * special posts (特別職) that sit outside every 部. Pure: the members of a unit and the city-wide holders
 * of a post are supplied by the caller, so the rule can be tested without a database.
 *
 * @param membersOf   the active staff placed directly in a unit
 * @param cityWide    the active holders of a post anywhere in the city (for 副市長 and 市長)
 */
public record Hierarchy(Function<OrganizationUnit, List<Staff>> membersOf, Function<Position, List<Staff>> cityWide) {

    /** The holder of {@code post} nearest above {@code from}: in the unit itself, then each parent, then city-wide. */
    public Optional<Staff> holderOf(OrganizationUnit from, Position post) {
        for (OrganizationUnit unit : from.pathToRoot()) {
            Optional<Staff> here = membersOf.apply(unit).stream().filter(s -> s.position() == post).findFirst();
            if (here.isPresent()) {
                return here;
            }
        }
        return post.atLeast(Position.DEPUTY_MAYOR)
                ? cityWide.apply(post).stream().min(Comparator.comparing(Staff::employeeNumber))
                : Optional.empty();
    }

    /** The lowest-ranked approving post above the person that someone holds: their superior (上司). */
    public Optional<Staff> superiorOf(Staff person) {
        for (Position post : Position.values()) {
            if (post.rank() > person.position().rank() && post.approves()) {
                Optional<Staff> holder = holderOf(person.unit(), post);
                if (holder.isPresent()) {
                    return holder;
                }
            }
        }
        return Optional.empty();
    }

    /** The head of a unit: its highest-ranked active member (the 課長 of a 課, the 係長 of a 係). */
    public Optional<Staff> headOf(OrganizationUnit unit) {
        return membersOf.apply(unit).stream().max(Comparator.comparingInt((Staff s) -> s.position().rank())
                .thenComparing(Staff::employeeNumber, Comparator.reverseOrder()));
    }
}
