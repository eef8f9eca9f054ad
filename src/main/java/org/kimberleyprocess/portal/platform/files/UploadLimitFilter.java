package org.kimberleyprocess.portal.platform.files;

import jakarta.faces.application.FacesMessage;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import org.kimberleyprocess.portal.platform.i18n.Language;
import org.kimberleyprocess.portal.platform.i18n.LanguageFilter;
import org.kimberleyprocess.portal.platform.i18n.Messages;
import org.kimberleyprocess.portal.platform.web.KeptMessages;

/**
 * An upload larger than the container accepts (web.xml: the largest file the portal reads, a 20 MB data file, plus
 * room for the form's other fields) cannot be read as a form. Instead of an empty page, the person is sent back to
 * the page the upload came from with a translated refusal that names both limits (10 MB for documents, 20 MB for
 * data files); nothing is kept. Smaller files over a page's own limit are refused by that page's rule.
 */
@WebFilter(urlPatterns = "*.xhtml")
public class UploadLimitFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    /** What the container accepts in one multipart request (web.xml's max-request-size). */
    public static final long MAX_REQUEST_BYTES = FileType.MAX_DATA_BYTES + 1024 * 1024;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String type = request.getContentType();
        if (!"POST".equals(request.getMethod()) || type == null || !type.startsWith("multipart/")
                || request.getContentLengthLong() <= MAX_REQUEST_BYTES) {
            chain.doFilter(request, response);
            return;
        }
        drain(request.getInputStream());
        Language language = LanguageFilter.of(request);
        KeptMessages.keep(request.getSession(true), List.of(new FacesMessage(FacesMessage.SEVERITY_ERROR,
                Messages.text(language, "files.error.requestTooLarge", FileType.MAX_BYTES / (1024 * 1024),
                        FileType.MAX_DATA_BYTES / (1024 * 1024)), null)));
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", backTo(request));
    }

    /** The page the upload came from (its Referer, when it is a page of this portal), else the form's page. */
    static String backTo(HttpServletRequest request) {
        String referer = request.getHeader("Referer");
        if (referer != null) {
            try {
                URI uri = URI.create(referer);
                if (request.getServerName().equalsIgnoreCase(uri.getHost()) && uri.getRawPath() != null
                        && uri.getRawPath().startsWith(request.getContextPath() + "/")) {
                    return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
                }
            } catch (IllegalArgumentException notAnAddress) {
                // fall back to the form's page
            }
        }
        return request.getRequestURI();
    }

    /** Reads what the browser sends, so that it sees the answer and not a broken connection. */
    private static void drain(InputStream in) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        while (in.read(buffer) >= 0) {
            // discard
        }
    }
}
