package jp.shokuba.seating.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jp.shokuba.directory.application.DirectoryService;
import jp.shokuba.directory.application.UnitSummary;
import jp.shokuba.platform.BusinessException;
import jp.shokuba.platform.web.Messages;
import jp.shokuba.seating.application.DeskInput;
import jp.shokuba.seating.application.DeskSummary;
import jp.shokuba.seating.application.FloorSummary;
import jp.shokuba.seating.application.LockerSummary;
import jp.shokuba.seating.application.PlacesService;
import jp.shokuba.seating.application.AvailabilityService;
import jp.shokuba.seating.application.ZoneSummary;
import org.primefaces.model.file.UploadedFile;

/**
 * Facilities staff edit a floor: add floors, upload the plan, place desks by clicking on the plan (or by a CSV of
 * coordinates), add zones and team neighbourhoods, rooms and lockers, and take desks out of use.
 */
@Named
@ViewScoped
public class PlacesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PlacesService places;

    @Inject
    transient AvailabilityService seating;

    @Inject
    transient Messages messages;

    @Inject
    transient DirectoryService directory;

    private List<FloorSummary> floors;
    private FloorSummary floor;
    private List<DeskSummary> desks = List.of();
    private List<ZoneSummary> zones = List.of();
    private List<LockerSummary> lockers = List.of();

    private String building = "第一本庁舎";
    private String floorName;
    private int level = 1;
    private int width = 2000;
    private int height = 1500;
    private transient UploadedFile planFile;
    private transient UploadedFile csvFile;
    private String label;
    private Integer x;
    private Integer y;
    private String zone;
    private List<String> features = new ArrayList<>();
    private boolean reserved;
    private String zoneName;
    private String zoneTeams;
    private String roomName;
    private int capacity = 6;
    private String equipment;
    private String lockerLabel;
    private String lockerHolder;

    @PostConstruct
    void init() {
        floors = seating.floors();
        String param = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("floor");
        long id = param != null && param.matches("\\d{1,18}") ? Long.parseLong(param) : floors.isEmpty() ? 0 : floors.get(0).id();
        floor = floors.stream().filter(f -> f.id() == id).findFirst().orElse(floors.isEmpty() ? null : floors.get(0));
        reload();
    }

    private void reload() {
        if (floor == null) {
            return;
        }
        try {
            floor = seating.floor(floor.id());
            desks = places.desks(floor.id());
        } catch (BusinessException e) {
            messages.refused(e);
        }
        zones = places.zones(floor.id());
        lockers = places.lockers(floor.id());
    }

    public String addFloor() {
        try {
            FloorSummary added = places.addFloor(building, floorName, level, width, height);
            messages.info("seating.admin.floorAdded", added.building() + " " + added.name());
            return "/seating/admin/places?faces-redirect=true&floor=" + added.id();
        } catch (BusinessException e) {
            messages.refused(e);
            return null;
        }
    }

    public void uploadPlan() {
        if (planFile == null || planFile.getSize() == 0) {
            messages.error("import.noFile");
            return;
        }
        try {
            places.uploadPlan(floor.id(), planFile.getContent(), planFile.getContentType(), null, null);
            messages.info("seating.admin.planUploaded");
            reload();
        } catch (BusinessException e) {
            messages.refused(e);
        }
    }

    public void addDesk() {
        if (x == null || y == null) {
            messages.error("seating.admin.clickPlan");
            return;
        }
        try {
            DeskSummary d = places.addDesk(floor.id(), new DeskInput(label, x, y, zone, Set.copyOf(features), reserved));
            messages.info("seating.admin.deskAdded", d.label(), d.x(), d.y());
            label = null;
            reload();
        } catch (BusinessException e) {
            messages.refused(e);
        }
    }

    public void importCsv() {
        if (csvFile == null || csvFile.getSize() == 0) {
            messages.error("import.noFile");
            return;
        }
        try {
            int n = places.importDesks(floor.id(), csvFile.getContent());
            messages.info("seating.admin.imported", n);
            reload();
        } catch (BusinessException e) {
            messages.refused(e);
        }
    }

    public void retire(long deskId) {
        messages.attempt(() -> {
            places.retireDesk(deskId);
            reload();
        });
    }

    public void addZone() {
        messages.attempt(() -> {
            List<String> teams = zoneTeams == null ? List.of() : Arrays.stream(zoneTeams.split("[,、\\s]+"))
                    .filter(s -> !s.isBlank()).toList();
            places.addZone(floor.id(), zoneName, teams);
            messages.info("seating.admin.zoneAdded", zoneName);
            zoneName = null;
            zoneTeams = null;
            reload();
        });
    }

    public void addRoom() {
        messages.attempt(() -> {
            places.addRoom(floor.id(), roomName, capacity, equipment);
            messages.info("seating.admin.roomAdded", roomName);
            roomName = null;
        });
    }

    public void addLocker() {
        messages.attempt(() -> {
            LockerSummary l = places.addLocker(floor.id(), lockerLabel);
            if (lockerHolder != null && !lockerHolder.isBlank()) {
                places.assignLocker(l.id(), lockerHolder);
            }
            messages.info("seating.admin.lockerAdded", lockerLabel);
            lockerLabel = null;
            lockerHolder = null;
            reload();
        });
    }

    public String planUrl() throws IOException {
        return floor == null ? "" : FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + "/api/v1/floors/" + floor.id() + "/plan";
    }

    public List<String> getAllFeatures() {
        return Arrays.stream(jp.shokuba.seating.domain.DeskFeature.values()).map(Enum::name).toList();
    }

    public List<FloorSummary> getFloors() {
        return floors;
    }

    public FloorSummary getFloor() {
        return floor;
    }

    public List<DeskSummary> getDesks() {
        return desks;
    }

    public List<ZoneSummary> getZones() {
        return zones;
    }

    public List<LockerSummary> getLockers() {
        return lockers;
    }

    public String getBuilding() {
        return building;
    }

    public void setBuilding(String building) {
        this.building = building;
    }

    public String getFloorName() {
        return floorName;
    }

    public void setFloorName(String floorName) {
        this.floorName = floorName;
    }

    public int getLevel() {
        return level;
    }

    public void setLevel(int level) {
        this.level = level;
    }

    public int getWidth() {
        return width;
    }

    public void setWidth(int width) {
        this.width = width;
    }

    public int getHeight() {
        return height;
    }

    public void setHeight(int height) {
        this.height = height;
    }

    public UploadedFile getPlanFile() {
        return planFile;
    }

    public void setPlanFile(UploadedFile planFile) {
        this.planFile = planFile;
    }

    public UploadedFile getCsvFile() {
        return csvFile;
    }

    public void setCsvFile(UploadedFile csvFile) {
        this.csvFile = csvFile;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public Integer getX() {
        return x;
    }

    public void setX(Integer x) {
        this.x = x;
    }

    public Integer getY() {
        return y;
    }

    public void setY(Integer y) {
        this.y = y;
    }

    public String getZone() {
        return zone;
    }

    public void setZone(String zone) {
        this.zone = zone;
    }

    public List<String> getFeatures() {
        return features;
    }

    public void setFeatures(List<String> features) {
        this.features = features == null ? new ArrayList<>() : features;
    }

    public boolean isReserved() {
        return reserved;
    }

    public void setReserved(boolean reserved) {
        this.reserved = reserved;
    }

    public String getZoneName() {
        return zoneName;
    }

    public void setZoneName(String zoneName) {
        this.zoneName = zoneName;
    }

    public String getZoneTeams() {
        return zoneTeams;
    }

    public void setZoneTeams(String zoneTeams) {
        this.zoneTeams = zoneTeams;
    }

    public String getRoomName() {
        return roomName;
    }

    public void setRoomName(String roomName) {
        this.roomName = roomName;
    }

    public int getCapacity() {
        return capacity;
    }

    public void setCapacity(int capacity) {
        this.capacity = capacity;
    }

    public String getEquipment() {
        return equipment;
    }

    public void setEquipment(String equipment) {
        this.equipment = equipment;
    }

    public String getLockerLabel() {
        return lockerLabel;
    }

    public void setLockerLabel(String lockerLabel) {
        this.lockerLabel = lockerLabel;
    }

    public String getLockerHolder() {
        return lockerHolder;
    }

    public void setLockerHolder(String lockerHolder) {
        this.lockerHolder = lockerHolder;
    }

    /** A desk's features as words of the reader's language (デュアルモニター・窓側), not as codes; "-" when none. */
    public String featureNames(Collection<String> features) {
        return features.isEmpty() ? "-" : features.stream().sorted()
                .map(f -> messages.text("seating.js.feature." + f)).collect(Collectors.joining("・"));
    }

    /** The teams of a zone's neighbourhood by name, not by unit code. */
    public String teamNames(Collection<String> codes) {
        Map<String, String> names = directory.organisation().stream().collect(Collectors.toMap(UnitSummary::code, UnitSummary::name));
        return codes.stream().sorted().map(c -> names.getOrDefault(c, c)).collect(Collectors.joining("・"));
    }
}
