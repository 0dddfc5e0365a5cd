package jp.shokuba.seating.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import jp.shokuba.platform.BusinessException;
import jp.shokuba.platform.web.CurrentUser;
import jp.shokuba.platform.web.Messages;
import jp.shokuba.seating.application.BlockSummary;
import jp.shokuba.seating.application.FloorSummary;
import jp.shokuba.seating.application.PlacesService;
import jp.shokuba.seating.application.RulesSummary;
import jp.shokuba.seating.application.AvailabilityService;

/** The booking rules, floor closures and accessibility needs, as facilities staff set them. */
@Named
@ViewScoped
public class SeatingRulesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PlacesService places;

    @Inject
    transient AvailabilityService seating;

    @Inject
    transient Messages messages;

    @Inject
    transient CurrentUser user;

    @Inject
    transient Clock clock;

    private int horizonDays;
    private String cutoff;
    private String deadline;
    private String pmDeadline;
    private List<FloorSummary> floors;
    private List<BlockSummary> blocks;
    private long blockFloor;
    private LocalDate blockFrom;
    private LocalDate blockTo;
    private String blockReason;
    private String needLogin;
    private boolean need = true;

    @PostConstruct
    void init() {
        RulesSummary r = places.rules();
        horizonDays = r.horizonDays();
        cutoff = r.neighbourhoodCutoff().toString();
        deadline = r.checkInDeadline().toString();
        pmDeadline = r.pmCheckInDeadline().toString();
        floors = seating.floors();
        blockFloor = floors.isEmpty() ? 0 : floors.get(0).id();
        blockFrom = LocalDate.now(clock).plusDays(1);
        blockTo = blockFrom;
        reloadBlocks();
    }

    private void reloadBlocks() {
        blocks = new ArrayList<>();
        floors.forEach(f -> blocks.addAll(places.blocks(f.id())));
    }

    public void saveRules() {
        try {
            places.changeRules(horizonDays, LocalTime.parse(cutoff), LocalTime.parse(deadline), LocalTime.parse(pmDeadline));
            messages.info("seating.admin.rulesSaved");
        } catch (DateTimeParseException e) {
            messages.error("seating.admin.timeFormat");
        } catch (BusinessException e) {
            messages.refused(e);
        }
    }

    public void block() {
        messages.attempt(() -> {
            BlockSummary b = places.blockFloor(user.login(), blockFloor, blockFrom, blockTo, blockReason);
            messages.info("seating.admin.blocked", b.floor(), b.cancelledBookings());
            blockReason = null;
            reloadBlocks();
        });
    }

    public void unblock(long id) {
        messages.attempt(() -> {
            places.removeBlock(id);
            reloadBlocks();
        });
    }

    public void recordNeed() {
        messages.attempt(() -> {
            places.recordAccessibilityNeed(needLogin == null ? "" : needLogin.strip(), need);
            messages.info("seating.admin.needRecorded", needLogin);
        });
    }

    public int getHorizonDays() {
        return horizonDays;
    }

    public void setHorizonDays(int horizonDays) {
        this.horizonDays = horizonDays;
    }

    public String getCutoff() {
        return cutoff;
    }

    public void setCutoff(String cutoff) {
        this.cutoff = cutoff;
    }

    public String getDeadline() {
        return deadline;
    }

    public void setDeadline(String deadline) {
        this.deadline = deadline;
    }

    public String getPmDeadline() {
        return pmDeadline;
    }

    public void setPmDeadline(String pmDeadline) {
        this.pmDeadline = pmDeadline;
    }

    public List<FloorSummary> getFloors() {
        return floors;
    }

    public List<BlockSummary> getBlocks() {
        return blocks;
    }

    public long getBlockFloor() {
        return blockFloor;
    }

    public void setBlockFloor(long blockFloor) {
        this.blockFloor = blockFloor;
    }

    public LocalDate getBlockFrom() {
        return blockFrom;
    }

    public void setBlockFrom(LocalDate blockFrom) {
        this.blockFrom = blockFrom;
    }

    public LocalDate getBlockTo() {
        return blockTo;
    }

    public void setBlockTo(LocalDate blockTo) {
        this.blockTo = blockTo;
    }

    public String getBlockReason() {
        return blockReason;
    }

    public void setBlockReason(String blockReason) {
        this.blockReason = blockReason;
    }

    public String getNeedLogin() {
        return needLogin;
    }

    public void setNeedLogin(String needLogin) {
        this.needLogin = needLogin;
    }

    public boolean isNeed() {
        return need;
    }

    public void setNeed(boolean need) {
        this.need = need;
    }
}
