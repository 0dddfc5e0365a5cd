package jp.shokuba.approval.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Computes a document's route (稟議ルート) from the final authority the rules give: it climbs the
 * drafter's hierarchy through every approving post above the drafter up to that post, skipping posts
 * nobody holds on the way (a 課 without a 課長補佐), and puts the consultations (合議) the drafter asked
 * for just before the final decision. The route names posts; the people are found again when each step
 * starts. Pure: the directory is passed in as functions.
 */
public final class RoutePlanner {

    /** An approving post of the hierarchy. */
    public record Post(String code, String name, int rank) {
    }

    /** Who sits in a seat now. */
    public record Seat(String login, String name, String unitCode, String unitName) {
    }

    /** One planned step; {@code seq} orders the route, consultations share the seq of the step they precede. */
    public record PlannedStep(int seq, StepKind kind, String unitCode, String unitName, String positionCode,
                              String login, String name) {
    }

    public record Plan(List<PlannedStep> steps, ApprovalProcess.RouteShape shape) {

        /**
         * The steps as the route runs and as the document page lists them: by seq, a consultation before the
         * step it shares its seq with (the repository orders stored steps the same way).
         */
        public List<PlannedStep> inRouteOrder() {
            return steps.stream().sorted(Comparator.comparingInt(PlannedStep::seq)
                    .thenComparing(s -> s.kind() != StepKind.CONSULT)).toList();
        }
    }

    private final List<Post> posts;
    private final BiFunction<String, String, Optional<Seat>> holder;
    private final Function<String, Optional<Seat>> headOf;

    /**
     * @param posts  the approving posts, any order
     * @param holder (unit code, post code) → the nearest holder of the post above that unit
     * @param headOf unit code → the head of that unit
     */
    public RoutePlanner(Collection<Post> posts, BiFunction<String, String, Optional<Seat>> holder,
                        Function<String, Optional<Seat>> headOf) {
        this.posts = posts.stream().sorted(java.util.Comparator.comparingInt(Post::rank)).toList();
        this.holder = holder;
        this.headOf = headOf;
    }

    /**
     * @throws RouteException when the final post is held by nobody, or a consulted unit has no head
     */
    public Plan plan(String drafterUnitCode, int drafterRank, String finalPosition, Collection<String> consultUnits)
            throws RouteException {
        Post last = posts.stream().filter(p -> p.code().equals(finalPosition)).findFirst()
                .orElseThrow(() -> new RouteException("route.unknownPost", finalPosition));
        List<PlannedStep> steps = new ArrayList<>();
        for (Post post : posts) {
            if (post.rank() > drafterRank && post.rank() <= last.rank()) {
                Optional<Seat> seat = holder.apply(drafterUnitCode, post.code());
                if (seat.isPresent()) {
                    steps.add(step(steps.size(), StepKind.APPROVE, post, seat.get()));
                } else if (post.equals(last)) {
                    throw new RouteException("route.vacant", post.name());
                }
            }
        }
        if (steps.isEmpty()) {
            // the drafter outranks the rules' post: their own superior decides
            for (Post post : posts) {
                Optional<Seat> seat = post.rank() > drafterRank ? holder.apply(drafterUnitCode, post.code()) : Optional.empty();
                if (seat.isPresent()) {
                    steps.add(step(0, StepKind.APPROVE, post, seat.get()));
                    break;
                }
            }
            if (steps.isEmpty()) {
                throw new RouteException("route.vacant", last.name());
            }
        }
        int consultAt = steps.size() - 1;
        List<String> units = new ArrayList<>();
        for (String unit : consultUnits) {
            Seat head = headOf.apply(unit).orElseThrow(() -> new RouteException("route.noHead", unit));
            steps.add(new PlannedStep(consultAt, StepKind.CONSULT, unit, head.unitName(), "", head.login(), head.name()));
            units.add(unit);
        }
        int sequential = (int) steps.stream().filter(s -> s.kind() == StepKind.APPROVE).count();
        return new Plan(steps, new ApprovalProcess.RouteShape(sequential, units, consultAt));
    }

    private static PlannedStep step(int seq, StepKind kind, Post post, Seat seat) {
        return new PlannedStep(seq, kind, seat.unitCode(), seat.unitName(), post.code(), seat.login(), seat.name());
    }

    /** A route that cannot be built; {@code key} is a message key of the platform bundle. */
    public static final class RouteException extends Exception {
        private final String key;
        private final String argument;

        public RouteException(String key, String argument) {
            super(key + ": " + argument);
            this.key = key;
            this.argument = argument;
        }

        public String key() {
            return key;
        }

        public String argument() {
            return argument;
        }
    }
}
