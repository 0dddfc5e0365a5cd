package jp.shokuba.seating.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import jp.shokuba.platform.web.CurrentUser;
import jp.shokuba.platform.web.Messages;
import jp.shokuba.seating.application.CalendarFeed;
import jp.shokuba.seating.application.WhereaboutsService;

/** My seating settings: whether colleagues may find where I sit, and my calendar feed's secret address. */
@Named
@ViewScoped
public class SettingsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient WhereaboutsService seating;

    @Inject
    transient CalendarFeed calendars;

    @Inject
    transient CurrentUser user;

    @Inject
    transient Messages messages;

    private boolean hidden;
    private String calendarUrl;

    @PostConstruct
    void init() {
        hidden = seating.hidden(login());
        calendarUrl = url(calendars.calendarSecret(login()));
    }

    public void save() {
        seating.hide(login(), hidden);
        messages.info(hidden ? "seating.settings.hidden" : "seating.settings.shown");
    }

    public void renew() {
        calendarUrl = url(calendars.renewCalendarSecret(login()));
        messages.info("seating.settings.renewed");
    }

    private static String url(String secret) {
        ExternalContext ctx = FacesContext.getCurrentInstance().getExternalContext();
        int port = ctx.getRequestServerPort();
        boolean usual = port == 80 && "http".equals(ctx.getRequestScheme()) || port == 443 && "https".equals(ctx.getRequestScheme());
        return ctx.getRequestScheme() + "://" + ctx.getRequestServerName() + (usual ? "" : ":" + port)
                + ctx.getRequestContextPath() + "/calendar/" + secret + ".ics";
    }

    private String login() {
        return user.login();
    }

    public boolean isHidden() {
        return hidden;
    }

    public void setHidden(boolean hidden) {
        this.hidden = hidden;
    }

    public String getCalendarUrl() {
        return calendarUrl;
    }
}
