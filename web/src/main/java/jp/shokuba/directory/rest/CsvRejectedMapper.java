package jp.shokuba.directory.rest;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import jp.shokuba.directory.application.csv.CsvRejectedException;
import jp.shokuba.directory.application.csv.LineError;
import jp.shokuba.platform.rest.Problem;

/** A rejected CSV as a 400 problem whose {@code errors} member lists each bad line. */
@Provider
public class CsvRejectedMapper implements ExceptionMapper<CsvRejectedException> {

    @Override
    public Response toResponse(CsvRejectedException e) {
        JsonArrayBuilder errors = Json.createArrayBuilder();
        for (LineError error : e.errors()) {
            errors.add(Json.createObjectBuilder().add("line", error.line()).add("message", error.message()));
        }
        return Problem.of(400, e.key(), "Bad Request", e.message(Locale.JAPANESE))
                .with("errors", errors.build()).toResponse();
    }
}
