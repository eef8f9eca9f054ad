package org.kimberleyprocess.portal.registry.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.kimberleyprocess.portal.platform.scheme.IsoCode;
import org.kimberleyprocess.portal.accounts.application.AccountService;
import org.kimberleyprocess.portal.accounts.application.AccountView;
import org.kimberleyprocess.portal.platform.errors.BusinessException;
import org.kimberleyprocess.portal.platform.i18n.CurrentLanguage;
import org.kimberleyprocess.portal.platform.i18n.Language;
import org.kimberleyprocess.portal.registry.application.ChairView;
import org.kimberleyprocess.portal.registry.application.ObserverView;
import org.kimberleyprocess.portal.registry.application.ParticipantDetail;
import org.kimberleyprocess.portal.registry.application.ParticipantQuery;
import org.kimberleyprocess.portal.registry.application.ParticipantRow;
import org.kimberleyprocess.portal.registry.application.ParticipantSort;
import org.kimberleyprocess.portal.registry.application.RegistryService;
import org.kimberleyprocess.portal.registry.application.SchemeCounts;
import org.kimberleyprocess.portal.registry.domain.ChairOffice;
import org.kimberleyprocess.portal.registry.domain.ParticipationStatus;

/** The registry over HTTP: public lists, plus the KP-only accounts of a Participant for those who may. */
@Path("registry")
@Produces(MediaType.APPLICATION_JSON)
public class RegistryResource {

    /** A page of a list and the total it is taken from. */
    public record Page<T>(long total, int first, List<T> items) {
    }

    /** The current Chair and Vice-Chair (absent where none was ever recorded). */
    public record Chairs(String today, ChairView chair, ChairView viceChair) {
    }

    @Inject
    RegistryService registry;

    @Inject
    AccountService accounts;

    @Inject
    CurrentLanguage currentLanguage;

    @GET
    @Path("participants")
    public Page<ParticipantRow> participants(@QueryParam("status") List<String> statuses,
                                             @QueryParam("q") String filter,
                                             @QueryParam("sort") @DefaultValue("NAME") String sort,
                                             @QueryParam("desc") boolean descending,
                                             @QueryParam("first") @DefaultValue("0") int first,
                                             @QueryParam("size") @DefaultValue("50") int size,
                                             @QueryParam("lang") String lang) {
        EnumSet<ParticipationStatus> wanted = EnumSet.noneOf(ParticipationStatus.class);
        for (String s : statuses) {
            wanted.add(parse(ParticipationStatus.class, s));
        }
        if (wanted.isEmpty()) {
            wanted.add(ParticipationStatus.PARTICIPANT);
        }
        ParticipantQuery q = new ParticipantQuery(language(lang), wanted, filter,
                parse(ParticipantSort.class, sort), !descending, first, size);
        return new Page<>(registry.countParticipants(q), q.first(), registry.participants(q));
    }

    @GET
    @Path("participants/{iso}")
    public ParticipantDetail participant(@PathParam("iso") String iso, @QueryParam("lang") String lang) {
        return registry.participant(IsoCode.normalised(iso), language(lang));
    }

    /** KP-only: the accounts acting for a Participant. Secretariat any; a focal point only its own. */
    @GET
    @Path("participants/{iso}/accounts")
    public List<AccountView> accounts(@PathParam("iso") String iso) {
        return accounts.accountsActingFor(IsoCode.normalised(iso));
    }

    @GET
    @Path("observers")
    public List<ObserverView> observers() {
        return registry.observers();
    }

    @GET
    @Path("counts")
    public SchemeCounts counts() {
        return registry.counts();
    }

    @GET
    @Path("chairs")
    public Chairs chairs(@QueryParam("lang") String lang) {
        Language language = language(lang);
        return new Chairs(registry.today().toString(),
                registry.officeHolder(ChairOffice.CHAIR, language).orElse(null),
                registry.officeHolder(ChairOffice.VICE_CHAIR, language).orElse(null));
    }

    /** A query value that names no constant is a bad request (400), not a server error. */
    static <E extends Enum<E>> E parse(Class<E> type, String value) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BusinessException("error.badRequest");
        }
    }

    private Language language(String lang) {
        Optional<Language> asked = Language.fromCode(lang);
        return asked.orElseGet(currentLanguage::get);
    }
}
