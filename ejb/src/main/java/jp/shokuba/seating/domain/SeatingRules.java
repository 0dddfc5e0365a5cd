package jp.shokuba.seating.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * The booking rules facilities staff set: how far ahead one may book, the neighbourhood cutoff on the day
 * before (until then only the team may book its zone), and the check-in deadlines after which an unused
 * booking is released.
 */
@Entity
@Cacheable // read on every booking; changed only through JPA (the rules page), which keeps the cache current
@Table(schema = "seating", name = "rules")
public class SeatingRules {

    @Id
    private Integer id;

    @Column(name = "horizon_days")
    private int horizonDays;

    @Column(name = "neighbourhood_cutoff")
    private LocalTime neighbourhoodCutoff;

    @Column(name = "check_in_deadline")
    private LocalTime checkInDeadline;

    @Column(name = "pm_check_in_deadline")
    private LocalTime pmCheckInDeadline;

    @Version
    private int version;

    protected SeatingRules() {
    }

    /** For examples and tests; the application reads the one row of {@code seating.rules}. */
    public SeatingRules(int horizonDays, LocalTime neighbourhoodCutoff, LocalTime checkInDeadline,
                        LocalTime pmCheckInDeadline) {
        this.id = 1;
        change(horizonDays, neighbourhoodCutoff, checkInDeadline, pmCheckInDeadline);
    }

    public final void change(int newHorizonDays, LocalTime newCutoff, LocalTime newDeadline, LocalTime newPmDeadline) {
        if (newHorizonDays < 0 || newHorizonDays > 365) {
            throw new IllegalArgumentException("予約できる期間は 0〜365 日です");
        }
        if (newCutoff == null || newDeadline == null || newPmDeadline == null) {
            throw new IllegalArgumentException("時刻を入力してください");
        }
        if (newDeadline.isBefore(Slot.AM.start()) || !newDeadline.isBefore(Slot.AM.end())) {
            throw new IllegalArgumentException("午前のチェックイン期限は 8:30〜12:00 の間です");
        }
        if (newPmDeadline.isBefore(Slot.PM.start()) || !newPmDeadline.isBefore(Slot.PM.end())) {
            throw new IllegalArgumentException("午後のチェックイン期限は 13:00〜17:15 の間です");
        }
        this.horizonDays = newHorizonDays;
        this.neighbourhoodCutoff = newCutoff;
        this.checkInDeadline = newDeadline;
        this.pmCheckInDeadline = newPmDeadline;
    }

    public LocalDate lastBookableDay(LocalDate today) {
        return today.plusDays(horizonDays);
    }

    /** Until this moment only the team may book its neighbourhood for {@code day}. */
    public LocalDateTime neighbourhoodOpensAt(LocalDate day) {
        return day.minusDays(1).atTime(neighbourhoodCutoff);
    }

    /** A booking of this slot not checked in by then is released. */
    public LocalTime checkInDeadline(Slot slot) {
        return slot == Slot.PM ? pmCheckInDeadline : checkInDeadline;
    }

    public int horizonDays() {
        return horizonDays;
    }

    public LocalTime neighbourhoodCutoff() {
        return neighbourhoodCutoff;
    }

    public LocalTime checkInDeadline() {
        return checkInDeadline;
    }

    public LocalTime pmCheckInDeadline() {
        return pmCheckInDeadline;
    }

    public int version() {
        return version;
    }
}
