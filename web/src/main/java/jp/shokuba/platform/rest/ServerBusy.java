package jp.shokuba.platform.rest;

import jakarta.ws.rs.core.Response;

/**
 * More requests at once than the database connections can serve in time (the pool's wait ran out): the server
 * is busy, not broken. The caller gets 503 with {@code Retry-After} and a sentence, never a 500 with an incident.
 */
final class ServerBusy {

    /** The connector's refusal when every pooled connection is in use past the pool's waiting time. */
    private static final String POOL_REFUSAL = "jakarta.resource.spi.ResourceAllocationException";
    private static final int RETRY_AFTER_SECONDS = 2;

    private ServerBusy() {
    }

    static boolean causedIt(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getClass().getName().equals(POOL_REFUSAL)) {
                return true;
            }
        }
        return false;
    }

    static Response answer() {
        return Response.fromResponse(Problem.of(503, "busy", "Service Unavailable",
                        "ただいま混み合っています。数秒おいてから、もう一度お試しください。").toResponse())
                .header("Retry-After", Integer.toString(RETRY_AFTER_SECONDS)).build();
    }
}
