package jp.shokuba.seating.rest;

import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.stream.Collectors;
import jp.shokuba.platform.rest.ApiLanguage;
import jp.shokuba.platform.rest.Problem;
import jp.shokuba.seating.application.Alternative;
import jp.shokuba.seating.application.DeskRefusedException;

/**
 * A refused desk as a 409 problem whose {@code nearestFreeDesks} member lists the free desks to take instead,
 * closest first; the detail names them too, so that a person reading it knows where to sit.
 */
@Provider
public class DeskRefusedMapper implements ExceptionMapper<DeskRefusedException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(DeskRefusedException e) {
        Locale locale = ApiLanguage.of(headers);
        JsonArrayBuilder desks = Problem.JSON.createArrayBuilder();
        for (Alternative a : e.alternatives()) {
            desks.add(Problem.JSON.createObjectBuilder().add("deskId", a.deskId()).add("label", a.label()).add("floorId", a.floorId())
                    .add("x", a.x()).add("y", a.y()).add("distance", a.distance()));
        }
        String names = e.alternatives().stream().map(Alternative::label).collect(Collectors.joining(", "));
        String detail = e.message(locale) + (names.isEmpty() ? ""
                : (locale.getLanguage().equals("en") ? " Nearest free desks: " : " 近くの空席: ") + names);
        return Problem.of(409, e.key(), "Conflict", detail).with("nearestFreeDesks", desks.build()).toResponse();
    }
}
