package jp.shokuba.platform.security;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Where the identity provider sends a person back. By the time this runs the sign-in mechanism has
 * taken the code and signed them in; all that is left is to show them their home page. (Soteria's
 * own return to the original page fails on a plain GET in this version, so it stays off.)
 */
@WebServlet("/callback")
public class SingleSignOnCallback extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect(request.getContextPath() + "/index.xhtml");
    }
}
