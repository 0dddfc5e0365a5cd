package jp.shokuba.platform.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** JAX-RS's own refusals (unknown path, wrong method, unreadable body, missing role) as problem bodies. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException e) {
        var tooLarge = BodyTooLargeException.in(e);
        if (tooLarge.isPresent()) {
            return tooLarge.get().problem().toResponse();
        }
        if (e.getResponse().hasEntity() && Problem.MEDIA_TYPE.equals(String.valueOf(e.getResponse().getMediaType())
                .split(";")[0])) {
            return e.getResponse(); // already a problem in words (JsonBodyCheck)
        }
        Response.StatusType status = e.getResponse().getStatusInfo();
        String detail = status.getStatusCode() == 400 ? "リクエストの本文を読み取れません（JSON の形式と項目の型を確かめてください）。"
                : e.getMessage();
        Response problem = Problem.of(status.getStatusCode(), "http-" + status.getStatusCode(),
                status.getReasonPhrase(), detail).toResponse();
        e.getResponse().getHeaders().forEach((name, values) -> {
            if (!"Content-Type".equalsIgnoreCase(name)) {
                values.forEach(v -> problem.getHeaders().add(name, v));
            }
        });
        return problem;
    }
}
