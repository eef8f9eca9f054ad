package org.kimberleyprocess.portal.reporting.api;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.kimberleyprocess.portal.platform.api.Problem;
import org.kimberleyprocess.portal.platform.errors.BusinessException;
import org.kimberleyprocess.portal.platform.i18n.CurrentLanguage;
import org.kimberleyprocess.portal.reporting.application.ReportFiling;
import org.kimberleyprocess.portal.reporting.application.VersionRequiredException;
import org.kimberleyprocess.portal.reporting.domain.report.IncompleteReportException;
import org.kimberleyprocess.portal.reporting.domain.report.InvalidAnswerException;
import org.kimberleyprocess.portal.reporting.domain.report.ReportSubmittedException;
import org.kimberleyprocess.portal.reporting.domain.report.StaleAnswerException;

/** The annual report's own answers to failures: 412, 428, 409 and 422, each with a translated message. */
public final class ReportErrors {

    private ReportErrors() {
    }

    /** A failure as a problem: status, message key, the message in the request's language, and what the kind adds. */
    abstract static class Mapper<E extends BusinessException> implements ExceptionMapper<E> {
        @Inject
        CurrentLanguage language;

        @Context
        HttpServletRequest request;

        abstract int status();

        void add(JsonObjectBuilder body, E e) {
            // most failures say no more than their message
        }

        Response.ResponseBuilder tag(Response.ResponseBuilder response, E e) {
            return response;
        }

        @Override
        public Response toResponse(E e) {
            JsonObjectBuilder body = Problem.body(status(), e.getMessageKey(), language.get(),
                    request.getRequestURI(), e.getArguments());
            add(body, e);
            return tag(Response.fromResponse(Problem.response(status(), body)), e).build();
        }
    }

    /**
     * 412: someone changed the answer since the editor saw it; the body carries the stored answer, who saved it
     * (username and name) and when. (A change that sends what is stored already is no conflict: 200.)
     */
    @Provider
    public static class Stale extends Mapper<StaleAnswerException> {
        @Inject
        ReportFiling names;

        @Override
        int status() {
            return 412;
        }

        @Override
        void add(JsonObjectBuilder body, StaleAnswerException e) {
            e.current().ifPresent(c -> body.add("current", Json.createObjectBuilder().add("question", c.question())
                    .add("value", c.value()).add("kpOnly", c.kpOnly()).add("version", c.version())
                    .add("updatedBy", c.updatedBy()).add("updatedByName", names.displayName(c.updatedBy()))
                    .add("updatedAt", c.updatedAt() == null ? "" : c.updatedAt().toString())));
        }

        @Override
        Response.ResponseBuilder tag(Response.ResponseBuilder response, StaleAnswerException e) {
            return e.current().map(c -> response.tag(new EntityTag(String.valueOf(c.version())))).orElse(response);
        }
    }

    /** 428: a stored answer changed without saying which version the editor saw. */
    @Provider
    public static class VersionRequired extends Mapper<VersionRequiredException> {
        @Override
        int status() {
            return 428;
        }
    }

    /** 409: the report is submitted and read only. */
    @Provider
    public static class Submitted extends Mapper<ReportSubmittedException> {
        @Override
        int status() {
            return 409;
        }
    }

    /** 422: a value that cannot be an answer to its question. */
    @Provider
    public static class Invalid extends Mapper<InvalidAnswerException> {
        @Override
        int status() {
            return 422;
        }
    }

    /** 422: a submission while answers are missing or invalid, with their codes. */
    @Provider
    public static class Incomplete extends Mapper<IncompleteReportException> {
        @Override
        int status() {
            return 422;
        }

        @Override
        void add(JsonObjectBuilder body, IncompleteReportException e) {
            body.add("missing", codes(e.missing())).add("invalid", codes(e.invalid()));
        }

        private static JsonArrayBuilder codes(List<String> codes) {
            JsonArrayBuilder a = Json.createArrayBuilder();
            codes.forEach(a::add);
            return a;
        }
    }
}
