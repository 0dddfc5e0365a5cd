package jp.shokuba.platform.security;

import jakarta.servlet.http.HttpServletRequest;

/** Which part of the application a request addresses. */
final class Paths {

    static final String LOGIN_PAGE = "/login.xhtml";
    static final String API = "/api/";

    private Paths() {
    }

    static String within(HttpServletRequest request) {
        String uri = request.getRequestURI();
        return uri.substring(request.getContextPath().length());
    }

    static boolean isApi(HttpServletRequest request) {
        return within(request).startsWith(API);
    }

    static boolean isAjax(HttpServletRequest request) {
        return "partial/ajax".equals(request.getHeader("Faces-Request"));
    }
}
