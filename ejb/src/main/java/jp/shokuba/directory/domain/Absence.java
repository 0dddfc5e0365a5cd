package jp.shokuba.directory.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A period in which someone is away (休暇・出張), and the deputy (代理) who acts for them. The
 * database refuses two overlapping absences of the same person.
 */
@Entity
@Table(schema = "directory", name = "absence")
public class Absence {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "staff_id")
    private Staff staff;

    @Column(name = "first_day", nullable = false)
    private LocalDate firstDay;

    @Column(name = "last_day", nullable = false)
    private LocalDate lastDay;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "deputy_id")
    private Staff deputy;

    private String reason;

    protected Absence() {
    }

    public Absence(Staff staff, LocalDate firstDay, LocalDate lastDay, Staff deputy, String reason) {
        this.staff = Objects.requireNonNull(staff, "staff");
        this.firstDay = Objects.requireNonNull(firstDay, "firstDay");
        this.lastDay = Objects.requireNonNull(lastDay, "lastDay");
        if (lastDay.isBefore(firstDay)) {
            throw new IllegalArgumentException("終了日は開始日以降にしてください");
        }
        if (staff.equals(deputy)) {
            throw new IllegalArgumentException("本人を代理にはできません");
        }
        this.deputy = deputy;
        this.reason = reason;
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(firstDay) && !day.isAfter(lastDay);
    }

    public Long id() {
        return id;
    }

    public Staff staff() {
        return staff;
    }

    public LocalDate firstDay() {
        return firstDay;
    }

    public LocalDate lastDay() {
        return lastDay;
    }

    public Optional<Staff> deputy() {
        return Optional.ofNullable(deputy);
    }

    public String reason() {
        return reason;
    }
}
