package jp.shokuba.seating.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Optional;
import java.util.Set;

/**
 * A floor of a building with its plan: an SVG or an image uploaded by facilities staff, drawn in a
 * coordinate space of {@code width} × {@code height} in which desks have their x and y.
 */
@Entity
@Table(schema = "seating", name = "floor")
public class Floor {

    public static final Set<String> PLAN_TYPES = Set.of("image/svg+xml", "image/png", "image/jpeg", "image/webp");
    public static final int MAX_PLAN_BYTES = 5 * 1024 * 1024;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "building_id")
    private Building building;

    @Column(nullable = false)
    private String name;

    private int level;

    private int width;

    private int height;

    @Basic(fetch = FetchType.LAZY)
    private byte[] plan;

    @Column(name = "plan_type")
    private String planType;

    protected Floor() {
    }

    public Floor(Building building, String name, int level, int width, int height) {
        this.building = building;
        this.name = Texts.required(name, "name", 100);
        this.level = level;
        resize(width, height);
    }

    public void resize(int newWidth, int newHeight) {
        if (newWidth < 100 || newWidth > 10000 || newHeight < 100 || newHeight > 10000) {
            throw new IllegalArgumentException("図面の大きさは 100〜10000 です");
        }
        this.width = newWidth;
        this.height = newHeight;
    }

    /** A new plan; only SVG, PNG, JPEG or WebP up to 5 MB. */
    public void replacePlan(byte[] content, String contentType) {
        String type = contentType == null ? "" : contentType.split(";")[0].strip().toLowerCase(java.util.Locale.ROOT);
        if (!PLAN_TYPES.contains(type)) {
            throw new IllegalArgumentException("図面は SVG, PNG, JPEG, WebP のいずれかです: " + contentType);
        }
        if (content == null || content.length == 0 || content.length > MAX_PLAN_BYTES) {
            throw new IllegalArgumentException("図面ファイルは 5MB までです");
        }
        this.plan = content.clone();
        this.planType = type;
    }

    public boolean contains(int x, int y) {
        return x >= 0 && y >= 0 && x <= width && y <= height;
    }

    public Long id() {
        return id;
    }

    public Building building() {
        return building;
    }

    public String name() {
        return name;
    }

    public int level() {
        return level;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public Optional<byte[]> plan() {
        return Optional.ofNullable(plan).map(byte[]::clone);
    }

    public Optional<String> planType() {
        return Optional.ofNullable(planType);
    }
}
