package jp.shokuba.directory.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One node of the organisation tree (部, 課, 室 or 係). A 部 is a root; a 課 or 室 hangs under a 部;
 * a 係 hangs under a 課 or 室.
 */
@Entity
@Cacheable // read on every request that shows a person's unit; changed only by imports and admins on this node
@Table(schema = "directory", name = "organization_unit")
public class OrganizationUnit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String code;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private UnitKind kind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private OrganizationUnit parent;

    protected OrganizationUnit() {
    }

    public OrganizationUnit(String code, String name, UnitKind kind, OrganizationUnit parent) {
        this.code = requireText(code, "code");
        this.name = requireText(name, "name");
        this.kind = Objects.requireNonNull(kind, "kind");
        placeUnder(parent);
    }

    public void rename(String newName) {
        this.name = requireText(newName, "name");
    }

    /** Moves the unit in the tree; refuses a parent of the wrong level. */
    public void placeUnder(OrganizationUnit newParent) {
        if (kind.isRoot() ? newParent != null : newParent == null || !kind.mayHangUnder(newParent.kind)) {
            throw new IllegalArgumentException(kind.japaneseName() + "は"
                    + (newParent == null ? "上位組織なし" : newParent.kind.japaneseName() + "の下")
                    + "に置けません");
        }
        this.parent = newParent;
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public UnitKind kind() {
        return kind;
    }

    public Optional<OrganizationUnit> parent() {
        return Optional.ofNullable(parent);
    }

    /** This unit and its ancestors, from this unit up to its 部. */
    public List<OrganizationUnit> pathToRoot() {
        List<OrganizationUnit> path = new ArrayList<>();
        for (OrganizationUnit u = this; u != null; u = u.parent) {
            path.add(u);
        }
        return path;
    }

    /** The 部 this unit belongs to (itself if it is one). */
    public OrganizationUnit division() {
        List<OrganizationUnit> path = pathToRoot();
        return path.get(path.size() - 1);
    }

    /** The 課 or 室 this unit belongs to, if it is one or lies under one. */
    public Optional<OrganizationUnit> department() {
        return pathToRoot().stream().filter(u -> u.kind == UnitKind.DEPARTMENT || u.kind == UnitKind.OFFICE)
                .findFirst();
    }

    public Optional<OrganizationUnit> team() {
        return kind == UnitKind.TEAM ? Optional.of(this) : Optional.empty();
    }

    private static String requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is required");
        }
        return value.strip();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OrganizationUnit other && code.equals(other.code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }
}
