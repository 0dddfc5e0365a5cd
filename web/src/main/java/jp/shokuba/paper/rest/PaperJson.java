package jp.shokuba.paper.rest;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.List;
import jp.shokuba.paper.application.PaperFigures;
import jp.shokuba.paper.domain.CostModel;
import jp.shokuba.paper.domain.CounterKind;
import jp.shokuba.paper.domain.Readings;

/** The figures as JSON, with the names the API documents. */
final class PaperJson {

    private PaperJson() {
    }

    static JsonObject figures(PaperFigures.Figures f) {
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("level", f.level()).add("code", f.code()).add("name", f.name()).add("parentCode", f.parentCode())
                .add("pages", f.pages()).add("lastYearPages", f.lastYearPages()).add("baselinePages", f.baselinePages())
                .add("monthsCounted", f.monthsCounted()).add("staff", f.staff());
        number(b, "reductionPercent", f.reductionPercent());
        number(b, "lastYearChangePercent", f.lastYearChangePercent());
        if (f.targetPercent() == null) {
            b.addNull("targetPercent");
        } else {
            b.add("targetPercent", f.targetPercent());
        }
        if (f.targetMet() == null) {
            b.addNull("targetMet");
        } else {
            b.add("targetMet", f.targetMet());
        }
        number(b, "pagesPerEmployee", f.pagesPerStaff());
        if (f.rank() == null) {
            b.addNull("rank");
        } else {
            b.add("rank", f.rank());
        }
        b.add("cost", cost(f.cost()));
        for (CounterKind kind : CounterKind.extras()) {
            Long pages = f.split().pages(kind);
            if (pages == null) {
                b.addNull(kind.jsonName() + "Pages");
            } else {
                b.add(kind.jsonName() + "Pages", pages);
            }
        }
        b.add("splitPartial", f.split().partial());
        b.add("months", longs(f.months())).add("lastYearMonths", longs(f.lastYearMonths()));
        return b.build();
    }

    /** A day's reading of a counter: its raw value (null when silent), the pages booked and the flag. */
    static JsonObjectBuilder reading(Readings.Reading r) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("day", r.day().toString()).add("pages", r.pages())
                .add("flag", r.flag().name()).add("flagName", r.flag().japaneseName());
        if (r.counter() == null) {
            b.addNull("counter");
        } else {
            b.add("counter", r.counter());
        }
        return b;
    }

    static JsonObject cost(CostModel.Cost c) {
        return Json.createObjectBuilder().add("totalYen", c.totalYen()).add("paperYen", c.paperYen()).add("tonerYen", c.tonerYen())
                .add("electricityYen", c.electricityYen()).add("contractYen", c.contractYen()).add("co2Kg", c.co2Kg())
                .add("trees", c.trees()).build();
    }

    static JsonObject constant(Readings.Constant c) {
        return Json.createObjectBuilder().add("key", c.key()).add("value", c.value()).add("unit", c.unit())
                .add("label", c.label()).add("source", c.source()).build();
    }

    static JsonArrayBuilder all(List<PaperFigures.Figures> rows) {
        JsonArrayBuilder a = Json.createArrayBuilder();
        rows.forEach(r -> a.add(figures(r)));
        return a;
    }

    private static JsonArrayBuilder longs(List<Long> values) {
        JsonArrayBuilder a = Json.createArrayBuilder();
        values.forEach(a::add);
        return a;
    }

    private static void number(JsonObjectBuilder b, String name, Double value) {
        if (value == null) {
            b.addNull(name);
        } else {
            b.add(name, BigDecimal.valueOf(value));
        }
    }
}
