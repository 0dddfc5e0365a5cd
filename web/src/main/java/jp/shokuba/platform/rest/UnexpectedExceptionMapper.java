package jp.shokuba.platform.rest;

import jakarta.ejb.EJBException;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.shokuba.platform.BusinessException;

/**
 * Everything else. Input the server could not understand is the client's 400; anything left is our
 * fault: a 500 problem with an incident id that is also in the log, and no stack trace to the client.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Override
    public Response toResponse(Throwable e) {
        Throwable cause = unwrap(e);
        if (cause instanceof BusinessException refused) {
            return Problems.of(refused, java.util.Locale.JAPANESE).toResponse();
        }
        if (cause instanceof WebApplicationException web) {
            return new WebApplicationExceptionMapper().toResponse(web);
        }
        if (cause instanceof JsonbException || cause instanceof JsonException || cause instanceof DateTimeParseException
                || cause instanceof IllegalArgumentException) {
            return Problem.of(400, "bad-request", "Bad Request", "リクエストの内容を読み取れません: " + cause.getMessage())
                    .toResponse();
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "incident " + incident, e);
        return Problem.of(500, "internal", "Internal Server Error",
                "サーバーで問題が発生しました。お問い合わせの際は次の番号をお伝えください: " + incident).toResponse();
    }

    private static Throwable unwrap(Throwable e) {
        Throwable t = e;
        while ((t instanceof EJBException || t.getClass().getName().endsWith("TransactionRolledbackLocalException"))
                && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
