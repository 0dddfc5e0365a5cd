package jp.shokuba.seating.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import jp.shokuba.platform.BusinessException;
import jp.shokuba.seating.application.BookingSummary;
import jp.shokuba.seating.application.BookingLifecycleService;
import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("/me/bookings")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class MyBookingsResource {

    @Inject
    BookingLifecycleService seating;

    @Inject
    SecurityContext security;

    @Inject
    Clock clock;

    @GET
    @Operation(operationId = "listMyBookings",
            summary = "The caller's desk bookings from a date (default today) for the following days (default 31), live and ended")
    public List<BookingSummary> mine(@QueryParam("from") String from, @QueryParam("days") @DefaultValue("31") int days)
            throws BusinessException {
        LocalDate day = from == null || from.isBlank() ? LocalDate.now(clock) : SeatingJson.date(from, "from");
        if (days < 0 || days > 400) {
            throw BusinessException.invalid("input.invalid", "days は 0〜400 です");
        }
        return seating.myBookings(security.getCallerPrincipal().getName(), day, days);
    }
}
