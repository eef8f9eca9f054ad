package org.kimberleyprocess.portal.accounts.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.kimberleyprocess.portal.accounts.application.AbuseLimits;
import org.kimberleyprocess.portal.accounts.application.AccountService;
import org.kimberleyprocess.portal.accounts.domain.LoginOutcome;
import org.kimberleyprocess.portal.platform.i18n.Language;
import org.kimberleyprocess.portal.platform.i18n.LanguageFilter;
import org.kimberleyprocess.portal.platform.web.PageMessages;

/** The login page (login.xhtml) and the logout button of every page. */
@Named
@RequestScoped
public class LoginBacking {

    private String username;

    private String password;

    /** Where the user was going when the portal asked for a login (a local path), kept through the post. */
    private String continueTo;

    @Inject
    private SecurityContext securityContext;

    @Inject
    private AccountService accounts;

    @Inject
    private PageMessages messages;

    @Inject
    private Clock clock;

    @Inject
    private AbuseLimits limits;

    public void login() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        String address = limits.currentAddress();
        Optional<java.time.Instant> blocked = limits.loginBlockedUntil(address);
        if (blocked.isPresent()) {
            messages.error(null, "login.error.tooManyFromAddress", minutesUntil(blocked.get()));
            password = null;
            return;
        }
        AuthenticationStatus status = securityContext.authenticate(request, response,
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(name, password)));
        switch (status) {
            case SEND_CONTINUE -> {
                afterLogin(request, name);
                faces.responseComplete();
            }
            case SUCCESS -> {
                afterLogin(request, name);
                String home = external.getRequestContextPath();
                external.redirect(accounts.mustChangePassword(name) ? home + PasswordChangeFilter.PASSWORD_PAGE
                        : safeLocalPath(getContinueTo()).orElse(home + "/accounts/index.xhtml"));
            }
            default -> {
                limits.loginFailed(address);
                refused(name);
            }
        }
    }

    /**
     * A language the person chose before logging in wins and becomes the account's preference; otherwise the
     * account's preference is used.
     */
    private void afterLogin(HttpServletRequest request, String name) {
        // A session that existed before the login gets a new id now (no fixation); its contents stay.
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        HttpSession session = request.getSession(true);
        accounts.accessFingerprint(name).ifPresent(f -> AccessFreshnessFilter.remember(request, f));
        Optional<Language> chosen = LanguageFilter.chosenInSession(request);
        if (chosen.isPresent()) {
            try {
                accounts.preferLanguage(chosen.get());
            } catch (jakarta.ejb.EJBAccessException notYetAuthenticated) {
                // the preference is saved at the next explicit choice
            }
        } else {
            accounts.preferredLanguage(name).ifPresent(language -> LanguageFilter.useInSession(request, language));
        }
        if (accounts.mustChangePassword(name)) {
            session.setAttribute(PasswordChangeFilter.SESSION_FLAG, Boolean.TRUE);
        }
    }

    private long minutesUntil(java.time.Instant until) {
        return Math.max(1, Duration.between(clock.instant(), until).toSeconds() / 60 + 1);
    }

    private void refused(String name) {
        LoginOutcome lock = accounts.lockState(name);
        if (lock.kind() == LoginOutcome.Kind.LOCKED) {
            messages.error(null, "login.error.locked", minutesUntil(lock.lockedUntil()));
        } else {
            messages.error(null, "login.error.invalid");
        }
        password = null;
    }

    public void logout() throws ServletException, IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        Object language = request.getAttribute(LanguageFilter.REQUEST_ATTRIBUTE);
        request.logout();
        external.invalidateSession();
        if (language instanceof Language l) {
            LanguageFilter.useInSession(request, l);
        }
        external.redirect(external.getRequestContextPath() + "/index.xhtml");
    }

    /**
     * The page the login interrupted: on the first showing, the address that was forwarded to the login page;
     * afterwards, what the form posted back.
     */
    public String getContinueTo() {
        if (continueTo == null) {
            HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                    .getRequest();
            Object uri = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
            Object query = request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING);
            if (uri instanceof String path) {
                continueTo = query instanceof String q && !q.isBlank() ? path + "?" + q : path;
            }
        }
        return continueTo;
    }

    public void setContinueTo(String continueTo) {
        this.continueTo = continueTo;
    }

    /** Only a path on this portal: never another site (no scheme, no "//", no backslash). */
    static Optional<String> safeLocalPath(String candidate) {
        if (candidate == null || !candidate.startsWith("/") || candidate.startsWith("//") || candidate.contains("\\")
                || candidate.contains("://") || candidate.contains("\r") || candidate.contains("\n")
                || candidate.contains("/accounts/login.xhtml")) {
            return Optional.empty();
        }
        return Optional.of(candidate);
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
