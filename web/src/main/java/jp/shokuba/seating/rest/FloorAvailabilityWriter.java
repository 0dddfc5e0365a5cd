package jp.shokuba.seating.rest;

import static jp.shokuba.platform.rest.JsonText.string;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import jp.shokuba.seating.application.DeskView;
import jp.shokuba.seating.application.FloorAvailability;
import jp.shokuba.seating.application.FloorSummary;

/**
 * Writes a floor's availability as one block of text. It is the most frequent read of the morning rush: JSON-B's
 * recursion check hashed every nested record (a 300-desk floor hashed its desk list once per desk), and a
 * streaming generator still spent more time escaping member names character by character than the query took.
 * The members are the ones JSON-B would write, in the same order.
 */
@Provider
@Produces(MediaType.APPLICATION_JSON)
public class FloorAvailabilityWriter implements MessageBodyWriter<FloorAvailability> {

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == FloorAvailability.class;
    }

    @Override
    public void writeTo(FloorAvailability a, Class<?> type, Type genericType, Annotation[] annotations,
                        MediaType mediaType, MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        StringBuilder json = new StringBuilder(256 + 180 * a.desks().size()).append('{');
        if (a.blockedReason() != null) {
            string(json.append("\"blockedReason\":"), a.blockedReason()).append(',');
        }
        if (a.closed() != null) {
            string(json.append("\"closed\":"), a.closed()).append(',');
        }
        json.append("\"date\":\"").append(a.date()).append("\",\"desks\":[");
        for (Iterator<DeskView> desks = a.desks().iterator(); desks.hasNext(); ) {
            desk(json, desks.next());
            json.append(desks.hasNext() ? "," : "");
        }
        FloorSummary f = a.floor();
        string(json.append("],\"floor\":{\"building\":"), f.building())
                .append(",\"hasPlan\":").append(f.hasPlan()).append(",\"height\":").append(f.height())
                .append(",\"id\":").append(f.id()).append(",\"level\":").append(f.level());
        string(json.append(",\"name\":"), f.name()).append(",\"width\":").append(f.width())
                .append("},\"occupancyPercent\":").append(a.occupancyPercent())
                .append(",\"occupiedNow\":").append(a.occupiedNow()).append('}');
        out.write(json.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static void desk(StringBuilder json, DeskView d) {
        json.append("{\"accessibleReserved\":").append(d.accessibleReserved());
        string(json.append(",\"am\":"), d.am()).append(",\"deskId\":").append(d.deskId()).append(",\"features\":[");
        for (Iterator<String> features = d.features().iterator(); features.hasNext(); ) {
            string(json, features.next()).append(features.hasNext() ? "," : "");
        }
        string(json.append("],\"label\":"), d.label()).append(",\"myAm\":").append(d.myAm())
                .append(",\"myPm\":").append(d.myPm()).append(",\"neighbourhood\":").append(d.neighbourhood());
        string(json.append(",\"pm\":"), d.pm()).append(",\"x\":").append(d.x()).append(",\"y\":").append(d.y());
        if (d.zone() != null) {
            string(json.append(",\"zone\":"), d.zone());
        }
        json.append('}');
    }
}
