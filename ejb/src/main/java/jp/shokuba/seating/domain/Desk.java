package jp.shokuba.seating.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** A desk placed on a floor plan at (x, y), with what it offers. A reserved accessible desk is only for people with an accessibility need. */
@Entity
@Table(schema = "seating", name = "desk")
public class Desk {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "floor_id")
    private Floor floor;

    @ManyToOne
    @JoinColumn(name = "zone_id")
    private Zone zone;

    @Column(nullable = false)
    private String label;

    private int x;

    private int y;

    @Column(name = "dual_monitor")
    private boolean dualMonitor;

    private boolean standing;

    private boolean accessible;

    private boolean quiet;

    @Column(name = "near_window")
    private boolean nearWindow;

    @Column(name = "accessible_reserved")
    private boolean accessibleReserved;

    private boolean active = true;

    protected Desk() {
    }

    public Desk(Floor floor, String label, int x, int y) {
        this.floor = floor;
        this.label = Texts.required(label, "label", 32);
        moveTo(x, y);
    }

    public void moveTo(int newX, int newY) {
        if (!floor.contains(newX, newY)) {
            throw new IllegalArgumentException("座標 (" + newX + ", " + newY + ") は図面の外です（0〜" + floor.width()
                    + ", 0〜" + floor.height() + "）");
        }
        this.x = newX;
        this.y = newY;
    }

    public void placeIn(Zone newZone) {
        if (newZone != null && !newZone.floor().id().equals(floor.id())) {
            throw new IllegalArgumentException("ゾーン「" + newZone.name() + "」は別のフロアです");
        }
        this.zone = newZone;
    }

    public void equip(Set<DeskFeature> features) {
        dualMonitor = features.contains(DeskFeature.DUAL_MONITOR);
        standing = features.contains(DeskFeature.STANDING);
        accessible = features.contains(DeskFeature.ACCESSIBLE);
        quiet = features.contains(DeskFeature.QUIET);
        nearWindow = features.contains(DeskFeature.NEAR_WINDOW);
        if (!accessible) {
            accessibleReserved = false;
        }
    }

    /** Keeps the desk for people with an accessibility need; only an accessible desk can be reserved so. */
    public void reserveForAccessibility(boolean reserved) {
        if (reserved && !accessible) {
            throw new IllegalArgumentException("バリアフリー対応でない席は配慮席にできません: " + label);
        }
        this.accessibleReserved = reserved;
    }

    public void retire() {
        this.active = false;
    }

    public Set<DeskFeature> features() {
        Set<DeskFeature> f = EnumSet.noneOf(DeskFeature.class);
        if (dualMonitor) {
            f.add(DeskFeature.DUAL_MONITOR);
        }
        if (standing) {
            f.add(DeskFeature.STANDING);
        }
        if (accessible) {
            f.add(DeskFeature.ACCESSIBLE);
        }
        if (quiet) {
            f.add(DeskFeature.QUIET);
        }
        if (nearWindow) {
            f.add(DeskFeature.NEAR_WINDOW);
        }
        return f;
    }

    public Long id() {
        return id;
    }

    public Floor floor() {
        return floor;
    }

    public Optional<Zone> zone() {
        return Optional.ofNullable(zone);
    }

    public String label() {
        return label;
    }

    public int x() {
        return x;
    }

    public int y() {
        return y;
    }

    public boolean accessibleReserved() {
        return accessibleReserved;
    }

    public boolean active() {
        return active;
    }
}
