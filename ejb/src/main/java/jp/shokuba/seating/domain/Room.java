package jp.shokuba.seating.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A meeting room, booked by time range. */
@Entity
@Table(schema = "seating", name = "room")
public class Room {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "floor_id")
    private Floor floor;

    @Column(nullable = false)
    private String name;

    private int capacity;

    @Column(nullable = false)
    private String equipment = "";

    protected Room() {
    }

    public Room(Floor floor, String name, int capacity, String equipment) {
        if (capacity < 1 || capacity > 1000) {
            throw new IllegalArgumentException("定員は 1〜1000 人です");
        }
        this.floor = floor;
        this.name = Texts.required(name, "name", 100);
        this.capacity = capacity;
        this.equipment = equipment == null ? "" : equipment.strip();
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

    public int capacity() {
        return capacity;
    }

    public String equipment() {
        return equipment;
    }
}
