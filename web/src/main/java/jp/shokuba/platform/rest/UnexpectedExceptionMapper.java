package jp.shokuba.platform.rest;

import jakarta.ejb.EJBException;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
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

    @Context
    HttpServletRequest request;

    @Override
    public Response toResponse(Throwable e) {
        Throwable cause = unwrap(e);
        if (cause instanceof BusinessException refused) {
            Problems.noteRefusal(request, refused);
            return Problems.of(refused, java.util.Locale.JAPANESE).toResponse();
        }
        if (cause instanceof WebApplicationException web) {
            return new WebApplicationExceptionMapper().toResponse(web);
        }
        var tooLarge = BodyTooLargeException.in(e);
        if (tooLarge.isPresent()) {
            return tooLarge.get().problem().toResponse();
        }
        if (cause instanceof JsonbException || cause instanceof JsonException) {
            return badRequest("リクエストの本文を読み取れません（JSON の形式と項目の型を確かめてください）。");
        }
        if (cause instanceof DateTimeParseException) {
            return badRequest("日付・時刻を読み取れません（日付は YYYY-MM-DD で指定してください）。");
        }
        if (cause instanceof NumberFormatException) {
            return badRequest("数値を読み取れません。");
        }
        if (cause instanceof IllegalArgumentException) {
            return badRequest(ownWords(cause.getMessage()));
        }
        if (raisedReadingJson(cause)) {
            return badRequest("リクエストの本文に必要な項目がないか、項目の型が正しくありません"
                    + "（数値の項目には整数を指定してください）。");
        }
        if (ServerBusy.causedIt(e)) {
            LOG.warning(() -> "busy: no database connection free in time for " + request.getMethod() + " "
                    + request.getRequestURI());
            return ServerBusy.answer();
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "incident " + incident, e);
        return Problem.of(500, "internal", "Internal Server Error",
                "サーバーで問題が発生しました。お問い合わせの際は次の番号をお伝えください: " + incident).toResponse();
    }

    /**
     * A resource reading a {@code JsonObject} body: a missing member (NullPointerException), a member of another
     * type (ClassCastException) or a number that is not a whole one in range ({@code longValueExact}'s
     * ArithmeticException), raised inside JSON-P or {@code BigDecimal} rather than in our own code.
     */
    private static boolean raisedReadingJson(Throwable e) {
        if (!(e instanceof NullPointerException || e instanceof ClassCastException || e instanceof ArithmeticException)
                || e.getStackTrace().length == 0) {
            return false;
        }
        String thrower = e.getStackTrace()[0].getClassName();
        return thrower.startsWith("org.eclipse.parsson.") || thrower.startsWith("org.glassfish.json.")
                || thrower.startsWith("jakarta.json.") || thrower.equals("java.math.BigDecimal")
                || thrower.equals("java.math.BigInteger");
    }

    private static Response badRequest(String detail) {
        return Problem.of(400, "bad-request", "Bad Request", detail).toResponse();
    }

    /**
     * The domain's own refusals speak to the person; a library's (an enum's {@code valueOf}, a converter) would
     * name classes and parser positions, which the client is not told.
     */
    static String ownWords(String message) {
        if (message == null || message.isBlank() || INTERNALS.matcher(message).find()) {
            return "リクエストの内容を読み取れません。";
        }
        return "リクエストの内容を読み取れません: " + message;
    }

    private static final java.util.regex.Pattern INTERNALS = java.util.regex.Pattern.compile(
            "[a-z]\\.[a-z]+\\.[A-Za-z]|No enum constant|line \\d|column \\d|offset \\d|Exception");

    private static Throwable unwrap(Throwable e) {
        Throwable t = e;
        while ((t instanceof EJBException || t.getClass().getName().endsWith("TransactionRolledbackLocalException"))
                && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
