package jp.shokuba.platform.rest;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * OpenAPI schemas of the records that answers are made of, read from the records themselves as JSON-B writes them
 * (a member per component, dates as ISO text). Payara describes only the classes of the web archive's own
 * {@code WEB-INF/classes}, so an answer record of the application services would otherwise be a bare object.
 */
final class RecordSchemas {

    private final Components components;

    RecordSchemas(Components components) {
        this.components = components;
    }

    /** Adds the record (and the records it holds) to the components, under its simple name. */
    void describe(Class<? extends Record> type) {
        String name = type.getSimpleName();
        if (components.getSchemas() != null && components.getSchemas().containsKey(name)) {
            return;
        }
        Schema schema = OASFactory.createSchema().type(SchemaType.OBJECT);
        components.addSchema(name, schema);
        for (RecordComponent c : type.getRecordComponents()) {
            Schema property = of(c.getGenericType());
            if (c.getType().isPrimitive()) {
                schema.addRequired(c.getName());
            }
            schema.addProperty(c.getName(), property);
        }
    }

    @SuppressWarnings("unchecked")
    private Schema of(Type type) {
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw) {
            if (Collection.class.isAssignableFrom(raw)) {
                return OASFactory.createSchema().type(SchemaType.ARRAY).items(of(p.getActualTypeArguments()[0]));
            }
            if (Map.class.isAssignableFrom(raw)) {
                return OASFactory.createSchema().type(SchemaType.OBJECT).additionalPropertiesSchema(of(p.getActualTypeArguments()[1]));
            }
            return of(raw);
        }
        if (!(type instanceof Class<?> c)) {
            return OASFactory.createSchema();
        }
        if (c == long.class || c == Long.class) {
            return OASFactory.createSchema().type(SchemaType.INTEGER).format("int64");
        }
        if (c == int.class || c == Integer.class || c == short.class || c == Short.class) {
            return OASFactory.createSchema().type(SchemaType.INTEGER).format("int32");
        }
        if (c == double.class || c == Double.class || c == float.class || c == Float.class || c == BigDecimal.class) {
            return OASFactory.createSchema().type(SchemaType.NUMBER);
        }
        if (c == boolean.class || c == Boolean.class) {
            return OASFactory.createSchema().type(SchemaType.BOOLEAN);
        }
        if (c == LocalDate.class) {
            return OASFactory.createSchema().type(SchemaType.STRING).format("date");
        }
        if (c == Instant.class || c == OffsetDateTime.class) {
            return OASFactory.createSchema().type(SchemaType.STRING).format("date-time");
        }
        if (c == String.class || c == LocalTime.class || CharSequence.class.isAssignableFrom(c)) {
            return OASFactory.createSchema().type(SchemaType.STRING);
        }
        if (c.isEnum()) {
            return OASFactory.createSchema().type(SchemaType.STRING).enumeration(
                    Arrays.stream(c.getEnumConstants()).map(e -> (Object) ((Enum<?>) e).name()).toList());
        }
        if (c.isArray()) {
            return OASFactory.createSchema().type(SchemaType.ARRAY).items(of(c.getComponentType()));
        }
        if (c.isRecord()) {
            describe((Class<? extends Record>) c);
            return OASFactory.createSchema().ref("#/components/schemas/" + c.getSimpleName());
        }
        return OASFactory.createSchema().type(SchemaType.OBJECT);
    }
}
