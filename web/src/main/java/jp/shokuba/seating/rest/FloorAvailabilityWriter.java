package jp.shokuba.seating.rest;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Map;
import jp.shokuba.seating.application.DeskView;
import jp.shokuba.seating.application.FloorAvailability;
import jp.shokuba.seating.application.FloorSummary;

/**
 * Writes a floor's availability straight to the stream. It is the most frequent read of the morning rush, and
 * JSON-B's recursion check hashes every nested record (a 300-desk floor hashed its desk list once per desk),
 * which made serialising cost more than the query. The members are the same as JSON-B would write.
 */
@Provider
@Produces(MediaType.APPLICATION_JSON)
public class FloorAvailabilityWriter implements MessageBodyWriter<FloorAvailability> {

    private static final JsonGeneratorFactory JSON = Json.createGeneratorFactory(Map.of());

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == FloorAvailability.class;
    }

    @Override
    public void writeTo(FloorAvailability a, Class<?> type, Type genericType, Annotation[] annotations,
                        MediaType mediaType, MultivaluedMap<String, Object> headers, OutputStream out) {
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            if (a.blockedReason() != null) {
                json.write("blockedReason", a.blockedReason());
            }
            json.write("date", a.date().toString());
            json.writeStartArray("desks");
            for (DeskView d : a.desks()) {
                json.writeStartObject()
                        .write("accessibleReserved", d.accessibleReserved())
                        .write("am", d.am())
                        .write("deskId", d.deskId());
                json.writeStartArray("features");
                d.features().forEach(json::write);
                json.writeEnd()
                        .write("label", d.label())
                        .write("myAm", d.myAm())
                        .write("myPm", d.myPm())
                        .write("neighbourhood", d.neighbourhood())
                        .write("pm", d.pm())
                        .write("x", d.x())
                        .write("y", d.y());
                if (d.zone() != null) {
                    json.write("zone", d.zone());
                }
                json.writeEnd();
            }
            json.writeEnd();
            FloorSummary f = a.floor();
            json.writeStartObject("floor")
                    .write("building", f.building()).write("hasPlan", f.hasPlan()).write("height", f.height())
                    .write("id", f.id()).write("level", f.level()).write("name", f.name()).write("width", f.width())
                    .writeEnd();
            json.write("occupancyPercent", a.occupancyPercent()).write("occupiedNow", a.occupiedNow());
            json.writeEnd();
        }
    }
}
