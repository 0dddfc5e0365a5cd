package jp.shokuba.seating.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import jp.shokuba.platform.BusinessException;
import jp.shokuba.seating.application.FloorSummary;
import jp.shokuba.seating.application.AvailabilityService;

/** The printable A4 sheet of a floor's check-in QR codes: one card per desk, each to the desk's check-in page. */
@Named
@ViewScoped
public class QrSheetView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One desk's card. */
    public record Card(long deskId, String label, String url, String svg) implements Serializable {
    }

    @Inject
    transient AvailabilityService seating;

    private FloorSummary floor;
    private List<Card> cards = List.of();

    @PostConstruct
    void init() {
        ExternalContext ctx = FacesContext.getCurrentInstance().getExternalContext();
        String param = ctx.getRequestParameterMap().get("floor");
        if (param == null || !param.matches("\\d{1,18}")) {
            return;
        }
        try {
            floor = seating.floor(Long.parseLong(param));
        } catch (BusinessException notFound) {
            return;
        }
        int port = ctx.getRequestServerPort();
        String base = ctx.getRequestScheme() + "://" + ctx.getRequestServerName() + (port == 80 || port == 443 ? "" : ":" + port)
                + ctx.getRequestContextPath() + "/seating/checkin.xhtml?desk=";
        cards = seating.desks(floor.id()).stream()
                .map(d -> new Card(d.id(), d.label(), base + d.id(), QrCodes.svg(base + d.id()))).toList();
    }

    public FloorSummary getFloor() {
        return floor;
    }

    public List<Card> getCards() {
        return cards;
    }
}
