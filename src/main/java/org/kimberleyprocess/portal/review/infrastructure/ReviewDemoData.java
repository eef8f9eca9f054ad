package org.kimberleyprocess.portal.review.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.kimberleyprocess.portal.platform.demo.DemoData;
import org.kimberleyprocess.portal.platform.i18n.Language;
import org.kimberleyprocess.portal.review.domain.Expert;
import org.kimberleyprocess.portal.review.domain.Experts;
import org.kimberleyprocess.portal.review.domain.NominatorKind;
import org.kimberleyprocess.portal.review.domain.Recommendation;
import org.kimberleyprocess.portal.review.domain.ReviewVisit;
import org.kimberleyprocess.portal.review.domain.ReviewVisits;

/**
 * The peer review as it could have stood in 2005 (made up; the people are fictitious): a roster of twelve experts
 * nominated by Participants and Observers, Botswana's review visit of 2004 completed with its public report and three
 * recommendations (one done, two open), and the Russian Federation volunteering for 2005, awaiting its team.
 */
@ApplicationScoped
public class ReviewDemoData implements DemoData {

    @Inject
    private Experts experts;

    @Inject
    private ReviewVisits visits;

    /** After the registry and the decisions. */
    @Override
    public int order() {
        return 26;
    }

    @Override
    public String load(Instant now, String passwordHash) {
        Set<Language> enFr = EnumSet.of(Language.EN, Language.FR);
        Set<Language> en = EnumSet.of(Language.EN);
        List<Expert> roster = List.of(
                Expert.nominatedByParticipant("CA", "Claire Tremblay", "Export controls, customs procedures", enFr),
                Expert.nominatedByParticipant("ZA", "Thabo Nkosi", "Mining licences, internal controls", en),
                Expert.nominatedByParticipant("EU", "Anna Kowalska", "Import authorities, statistics", EnumSet.of(Language.EN, Language.FR, Language.PT)),
                Expert.nominatedByParticipant("RU", "Ivan Petrov", "Diamond valuation, statistics", EnumSet.of(Language.RU, Language.EN)),
                Expert.nominatedByParticipant("AU", "James Walker", "Valuation of sample shipments", en),
                Expert.nominatedByParticipant("IN", "Priya Sharma", "Cutting centres, import controls", en),
                Expert.nominatedByParticipant("AO", "Maria Fernandes", "Artisanal mining, internal controls", EnumSet.of(Language.PT, Language.EN)),
                Expert.nominatedByParticipant("VE", "Carlos Rodríguez", "Customs, certificate security", EnumSet.of(Language.ES, Language.EN)),
                Expert.nominatedByParticipant("BW", "Kefilwe Molefe", "Mining and export licensing", en),
                Expert.nominatedByObserver("World Diamond Council", NominatorKind.INDUSTRY, "Daniel Cohen",
                        "Industry self-regulation, system of warranties", en),
                Expert.nominatedByObserver("Global Witness", NominatorKind.CIVIL_SOCIETY, "Sarah Mitchell",
                        "Trade monitoring, artisanal mining", en),
                Expert.nominatedByObserver("Partnership Africa Canada", NominatorKind.CIVIL_SOCIETY, "Aminata Diallo",
                        "Artisanal mining, community oversight", enFr));
        roster.forEach(experts::add);

        ReviewVisit botswana = new ReviewVisit("BW", 2004, LocalDate.of(2004, 1, 20).atStartOfDay()
                .toInstant(ZoneOffset.UTC));
        botswana.proposeTeam("CA", true, List.of(roster.get(0), roster.get(2), roster.get(9), roster.get(10)));
        botswana.acceptTeam();
        botswana.schedule(LocalDate.of(2004, 6, 14), LocalDate.of(2004, 6, 18),
                "Assess the implementation of the KPCS by Botswana: legislation, the import and export authorities,"
                        + " internal controls from mine to export, statistics.");
        botswana.draftReport("The team found the KPCS implemented effectively in Botswana. It recommends measures on"
                + " the records of sorting houses, the training of customs officers at the airport and the publication"
                + " of statistics.", LocalDate.of(2004, 7, 15));
        botswana.comment("Botswana welcomes the report and accepts its recommendations; the training of customs"
                + " officers has begun.");
        botswana.finalise("The review team visited Botswana from 14 to 18 June 2004. It found the KPCS implemented"
                + " effectively, with strong internal controls from mine to export. It makes three recommendations.",
                true);
        Recommendation training = botswana.recommend("Train the customs officers of Sir Seretse Khama airport in the"
                + " inspection of KP certificates.", "Botswana Unified Revenue Service", LocalDate.of(2005, 3, 31));
        botswana.recommend("Keep the records of sorting houses for five years, in a form the authorities can audit.",
                "Ministry of Minerals, Energy and Water Resources", LocalDate.of(2005, 6, 30));
        botswana.recommend("Publish the production and trade statistics every half-year.",
                "Department of Mines", LocalDate.of(2027, 6, 30));
        training.report("Forty officers trained in March 2005.", true, "focal.bw",
                LocalDate.of(2005, 4, 2).atStartOfDay().toInstant(ZoneOffset.UTC));
        visits.add(botswana);

        visits.add(new ReviewVisit("RU", 2005, LocalDate.of(2004, 11, 3).atStartOfDay().toInstant(ZoneOffset.UTC)));
        return roster.size() + " experts, Botswana's review visit of 2004 with its report, the Russian Federation"
                + " awaiting a team for 2005";
    }
}
