package jp.shokuba.seating.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import jp.shokuba.platform.BusinessException;
import jp.shokuba.platform.web.CurrentUser;
import jp.shokuba.platform.web.Messages;
import jp.shokuba.seating.application.BookingSummary;
import jp.shokuba.seating.application.AvailabilityService;
import jp.shokuba.seating.application.BookingLifecycleService;

/**
 * Where a desk's QR code leads ({@code /seating/checkin.xhtml?desk=ID}), after sign-in on the phone: one button
 * checks in the person's booking of that desk for today. With no booking, they may take the desk as a walk-in.
 * The check-in is a POST (a button), so a link alone never changes anything.
 */
@Named
@ViewScoped
public class CheckInView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient BookingLifecycleService seating;

    @Inject
    transient AvailabilityService availability;

    @Inject
    transient CurrentUser user;

    @Inject
    transient Messages messages;

    private long desk;
    private String deskName;
    private BookingSummary result;
    private boolean offerWalkIn;

    @PostConstruct
    void init() {
        String param = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("desk");
        if (param != null && param.matches("\\d{1,18}")) {
            desk = Long.parseLong(param);
            deskName = availability.deskName(desk).orElse(null);
        }
    }

    public void checkIn() {
        try {
            result = seating.checkInAtDesk(login(), desk);
            messages.info("seating.checkin.done", result.deskLabel());
        } catch (BusinessException e) {
            offerWalkIn = e.kind() == BusinessException.Kind.NOT_FOUND;
            messages.refused(e);
        }
    }

    public void walkIn() {
        messages.attempt(() -> {
            result = seating.walkIn(login(), desk);
            offerWalkIn = false;
            messages.info("seating.checkin.done", result.deskLabel());
        });
    }

    private String login() {
        return user.login();
    }

    public String getDeskName() {
        return deskName;
    }

    public BookingSummary getResult() {
        return result;
    }

    public boolean isOfferWalkIn() {
        return offerWalkIn;
    }
}
