package jp.shokuba.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;

/** Today in the city, for pages. */
@Named
@RequestScoped
public class Today {

    @Inject
    Clock clock;

    public LocalDate getDate() {
        return LocalDate.now(clock);
    }
}
