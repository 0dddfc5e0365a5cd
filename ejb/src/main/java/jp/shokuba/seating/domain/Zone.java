package jp.shokuba.seating.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * A zone of a floor. With teams assigned it is a team neighbourhood: until the cutoff before a day
 * only members of those 係/課 (directory unit codes) may book its desks for that day.
 */
@Entity
@Table(schema = "seating", name = "zone")
public class Zone {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "floor_id")
    private Floor floor;

    @Column(nullable = false)
    private String name;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(schema = "seating", name = "zone_team", joinColumns = @JoinColumn(name = "zone_id"))
    @Column(name = "unit_code")
    private Set<String> teams = new TreeSet<>();

    protected Zone() {
    }

    public Zone(Floor floor, String name) {
        this.floor = floor;
        this.name = Texts.required(name, "name", 100);
    }

    public void assignTeams(Collection<String> unitCodes) {
        teams.clear();
        unitCodes.stream().filter(c -> c != null && !c.isBlank()).map(String::strip).forEach(teams::add);
    }

    public boolean isNeighbourhood() {
        return !teams.isEmpty();
    }

    /** Whether a person of this 係 (teamCode) or 課 (departmentCode) belongs to the neighbourhood. */
    public boolean belongsTo(String teamCode, String departmentCode) {
        return teams.contains(teamCode) || teams.contains(departmentCode);
    }

    public Long id() {
        return id;
    }

    public Floor floor() {
        return floor;
    }

    public String name() {
        return name;
    }

    public Set<String> teams() {
        return new TreeSet<>(teams);
    }
}
