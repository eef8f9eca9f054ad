package org.kimberleyprocess.portal.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * The first filter of every request (declared first in web.xml): it asks the session for its attribute names
 * before anything else reads or sets an attribute. With several servers a session may come from the shared
 * session cache (another server held it before); the server then loads every attribute the first time the names
 * are asked for, which would overwrite what this request had already set. Asked for here, they load before the
 * request changes anything. One server alone: a cheap call on a session in memory.
 */
public class SessionAttributesFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        if (session != null) {
            try {
                session.getAttributeNames();
            } catch (IllegalStateException ended) {
                // the session has just ended: nothing to load
            }
        }
        chain.doFilter(request, response);
    }
}
