package jp.shokuba.seating.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An office building (庁舎). */
@Entity
@Table(schema = "seating", name = "building")
public class Building {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String name;

    protected Building() {
    }

    public Building(String name) {
        this.name = Texts.required(name, "name", 100);
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }
}
