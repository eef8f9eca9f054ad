package org.kimberleyprocess.portal.accounts.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.auth.message.callback.CallerPrincipalCallback;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Base64;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.UnsupportedCallbackException;
import org.kimberleyprocess.portal.accounts.application.AbuseLimits;
import org.kimberleyprocess.portal.accounts.application.ApiTokenService;
import org.kimberleyprocess.portal.accounts.domain.LoginOutcome;
import org.kimberleyprocess.portal.platform.security.JsonRefusal;
import org.kimberleyprocess.portal.platform.security.Role;

/**
 * The portal's one authentication mechanism (Jakarta Security allows one per application), for three ways in:
 * <ul>
 * <li>{@code Authorization: Bearer <token>} on any request: a personal API token ({@link ApiTokenService}), checked
 * on every request, with no session;</li>
 * <li>{@code Authorization: Basic} on {@code POST /api/v1/tokens} only: the account's username and password, for a
 * script to obtain a token (failures count towards the same limits as the login page's);</li>
 * <li>the login page: {@code SecurityContext.authenticate} with the username and password; the login is then kept
 * by the server (its login cookie) until logout. A page that needs a login forwards to the login page.</li>
 * </ul>
 */
@ApplicationScoped
public class PortalAuthentication implements HttpAuthenticationMechanism {

    public static final String LOGIN_PAGE = "/accounts/login.xhtml";
    public static final String TOKENS_PATH = "/api/v1/tokens";
    /**
     * Set on a request authenticated by its own header (a token, or Basic on the token endpoint): it has no session
     * whose freshness could be checked, and needs none.
     */
    public static final String STATELESS = "kpcs.auth.stateless";
    /** Set on a request authenticated by a personal token (not by a password or a login's session). */
    static final String BY_TOKEN = "kpcs.auth.token";
    /**
     * Set on a request whose header carried credentials that failed: the container lets such a request go on as
     * anonymous where no login is required, so {@link RefusedCredentialsFilter} answers it with 401.
     */
    static final String REFUSED = "kpcs.auth.refused";

    private static final String BEARER = "bearer ";
    private static final String BASIC = "basic ";
    public static final String BASIC_CHALLENGE = "Basic realm=\"KPCS Portal\", charset=\"UTF-8\"";
    static final String BEARER_CHALLENGE = "Bearer realm=\"KPCS Portal\", error=\"invalid_token\"";

    @Inject
    private IdentityStoreHandler identityStores;

    @Inject
    private ApiTokenService tokens;

    @Inject
    private AbuseLimits limits;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) throws AuthenticationException {
        String authorization = request.getHeader("Authorization");
        String scheme = authorization == null ? "" : authorization.toLowerCase(java.util.Locale.ROOT);
        if (scheme.startsWith(BEARER)) {
            return bearer(authorization.substring(BEARER.length()), request, response, context);
        }
        if (scheme.startsWith(BASIC) && isTokenRequest(request)) {
            return basic(authorization.substring(BASIC.length()), request, response, context);
        }
        Credential credential = context.getAuthParameters().getCredential();
        if (context.isAuthenticationRequest() && credential != null) {
            return login(credential, context);
        }
        Principal remembered = request.getUserPrincipal();
        if (remembered != null) {
            return rememberedLogin(remembered, context);
        }
        if (context.isProtected()) {
            if (isApi(request)) {
                // a script gets the API's answer, never the login page (nor a session)
                try {
                    JsonRefusal.write(request, response, HttpServletResponse.SC_UNAUTHORIZED, "error.loginRequired");
                } catch (IOException e) {
                    throw new AuthenticationException(e);
                }
                return AuthenticationStatus.SEND_FAILURE;
            }
            return context.forward(LOGIN_PAGE);
        }
        return context.doNothing();
    }

    /** Whether the request was authenticated by a personal token. */
    public static boolean byToken(HttpServletRequest request) {
        return request.getAttribute(BY_TOKEN) != null;
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    private AuthenticationStatus bearer(String secret, HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        Optional<LoginOutcome> outcome = tokens.authenticate(secret);
        if (outcome.isEmpty()) {
            return unauthorized(request, response, context, BEARER_CHALLENGE);
        }
        request.setAttribute(STATELESS, Boolean.TRUE);
        request.setAttribute(BY_TOKEN, Boolean.TRUE);
        return context.notifyContainerAboutLogin(outcome.get().username(), groups(outcome.get()));
    }

    private AuthenticationStatus basic(String encoded, HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        String address = limits.addressOf(request);
        if (limits.loginBlockedUntil(address).isPresent()) {
            return unauthorized(request, response, context, BASIC_CHALLENGE);
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded.strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            decoded = "";
        }
        int colon = decoded.indexOf(':');
        CredentialValidationResult result = colon < 0 ? CredentialValidationResult.INVALID_RESULT
                : identityStores.validate(new UsernamePasswordCredential(decoded.substring(0, colon),
                        decoded.substring(colon + 1)));
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            limits.loginFailed(address);
            return unauthorized(request, response, context, BASIC_CHALLENGE);
        }
        request.setAttribute(STATELESS, Boolean.TRUE);
        return context.notifyContainerAboutLogin(result);
    }

    private AuthenticationStatus login(Credential credential, HttpMessageContext context) {
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return context.responseUnauthorized();
        }
        context.setRegisterSession(result.getCallerPrincipal().getName(), result.getCallerGroups());
        return context.notifyContainerAboutLogin(result);
    }

    /** A login the server kept (its cookie): the caller and the roles given at login go on. */
    private static AuthenticationStatus rememberedLogin(Principal principal, HttpMessageContext context)
            throws AuthenticationException {
        try {
            context.getHandler().handle(new Callback[] {
                new CallerPrincipalCallback(context.getClientSubject(), principal)});
        } catch (IOException | UnsupportedCallbackException e) {
            throw new AuthenticationException(e);
        }
        return AuthenticationStatus.SUCCESS;
    }

    private static AuthenticationStatus unauthorized(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context, String challenge) {
        response.setHeader("WWW-Authenticate", challenge);
        request.setAttribute(REFUSED, Boolean.TRUE);
        return context.responseUnauthorized();
    }

    private static boolean isTokenRequest(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return "POST".equals(request.getMethod()) && TOKENS_PATH.equals(path);
    }

    private static java.util.Set<String> groups(LoginOutcome outcome) {
        return outcome.roles().stream().map(Role::name).collect(Collectors.toSet());
    }
}
