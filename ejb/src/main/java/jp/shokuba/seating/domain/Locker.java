package jp.shokuba.seating.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Optional;

/** A locker where a person keeps their PC overnight (to save standby power); one per person at most. */
@Entity
@Table(schema = "seating", name = "locker")
public class Locker {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "floor_id")
    private Floor floor;

    @Column(nullable = false)
    private String label;

    @Column(name = "holder_login", unique = true)
    private String holderLogin;

    protected Locker() {
    }

    public Locker(Floor floor, String label) {
        this.floor = floor;
        this.label = Texts.required(label, "label", 32);
    }

    public void assignTo(String login) {
        this.holderLogin = login == null || login.isBlank() ? null : login.strip();
    }

    public Long id() {
        return id;
    }

    public Floor floor() {
        return floor;
    }

    public String label() {
        return label;
    }

    public Optional<String> holder() {
        return Optional.ofNullable(holderLogin);
    }
}
