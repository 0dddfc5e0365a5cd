package jp.shokuba.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJBException;
import jakarta.resource.spi.ResourceAllocationException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** Which failures mean "busy, try again" (503) rather than a fault of ours (500). */
class ServerBusyTest {

    @Test
    void aPoolThatGaveNoConnectionInTimeIsBusyHoweverDeepTheCause() {
        SQLException pool = new SQLException("Error in allocating a connection.",
                new ResourceAllocationException("In-use connections equal max-pool-size and expired max-wait-time."));
        Throwable asTheBookingSeesIt = new EJBException(new IllegalStateException("cannot read what a booking needs", pool));

        assertThat(ServerBusy.causedIt(asTheBookingSeesIt)).isTrue();
    }

    @Test
    void otherDatabaseFailuresAreNotBusy() {
        Throwable broken = new EJBException(new IllegalStateException("cannot insert", new SQLException("syntax error")));

        assertThat(ServerBusy.causedIt(broken)).isFalse();
        assertThat(ServerBusy.causedIt(new NullPointerException())).isFalse();
    }
}
