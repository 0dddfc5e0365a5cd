package jp.shokuba.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/** The city's clock: Japan Standard Time for every date a user sees or a rule depends on. */
@ApplicationScoped
public class CityTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Tokyo");

    @Produces
    Clock clock() {
        return Clock.system(ZONE);
    }
}
