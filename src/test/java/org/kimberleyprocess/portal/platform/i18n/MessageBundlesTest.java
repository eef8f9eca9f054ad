package org.kimberleyprocess.portal.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;


class MessageBundlesTest {

    /** Values that are rightly the same as the English: words the languages share, and number-only patterns. */
    private static final Map<Language, Set<String>> SAME_AS_ENGLISH = Map.of(
            Language.FR, Set.of("menu.participants", "home.participants", "registry.participants.title", "layout.pager.page",
                    "registry.list.code", "registry.participant.date", "ParticipationStatus.PARTICIPANT",
                    "home.chairs.holder", "country.VN", "membership.file.question", "membership.file.note",
                    "secretariat.outbox.body", "registry.chairs.participant", "registry.contacts.title",
                    "registry.contacts.public", "plenary.committees.participants", "reporting.compliance.participant",
                    "CommentSide.PARTICIPANT", "reporting.review.question", "QuestionType.DATE", "menu.questionnaire",
                    "reporting.version.questionnaire", "reporting.version.text", "reporting.version.title",
                    "reporting.versions.actions", "reporting.versions.questions", "reporting.assign.section",
                    "Flow.PRODUCTION", "statistics.carats", "statistics.participant", "statistics.return.actions",
                    "statistics.anomalies.title", "plenary.decision.date", "plenary.decision.objections",
                    "plenary.meeting.dates", "plenary.decision.adoptTitle", "NominatorKind.PARTICIPANT",
                    "review.expert.name", "review.visit.dates", "review.visit.public", "menu.documents",
                    "plenary.library.document"),
            Language.PT, Set.of("home.chairs.holder"),
            Language.ES, Set.of("home.chairs.holder", "country.VN", "reporting.answer.no", "review.expert.no"),
            Language.RU, Set.of("home.chairs.holder"));

    static Properties load(Language language) throws IOException {
        String name = "/org/kimberleyprocess/portal/i18n/messages"
                + (language == Language.EN ? "" : "_" + language.code()) + ".properties";
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream(name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyBundleHasTheSameKeysAsTheEnglishOne(Language language) throws IOException {
        Set<String> english = new TreeSet<>(load(Language.EN).stringPropertyNames());
        Set<String> other = new TreeSet<>(load(language).stringPropertyNames());
        assertEquals(english, other, "keys of " + language);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void noValueIsEmpty(Language language) throws IOException {
        Properties p = load(language);
        Set<String> empty = p.stringPropertyNames().stream().filter(k -> p.getProperty(k).isBlank())
                .collect(Collectors.toCollection(TreeSet::new));
        assertTrue(empty.isEmpty(), language + " has empty values: " + empty);
    }

    @ParameterizedTest
    @EnumSource(value = Language.class, names = "EN", mode = EnumSource.Mode.EXCLUDE)
    void translationsAreNotEnglishCopies(Language language) throws IOException {
        Properties english = load(Language.EN);
        Properties other = load(language);
        Map<String, String> copies = new TreeMap<>();
        for (String key : english.stringPropertyNames()) {
            if (english.getProperty(key).equals(other.getProperty(key))
                    && !SAME_AS_ENGLISH.get(language).contains(key)) {
                copies.put(key, english.getProperty(key));
            }
        }
        assertTrue(copies.isEmpty(), language + " copies English values: " + copies);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyRoleStatusAndKindHasItsName(Language language) throws IOException {
        Properties p = load(language);
        for (Enum<?>[] values : new Enum<?>[][] {
            org.kimberleyprocess.portal.platform.security.Role.values(),
            org.kimberleyprocess.portal.registry.domain.ParticipationStatus.values(),
            org.kimberleyprocess.portal.registry.domain.ParticipantKind.values(),
            org.kimberleyprocess.portal.registry.domain.ObserverKind.values(),
            org.kimberleyprocess.portal.membership.domain.ApplicationStatus.values(),
            org.kimberleyprocess.portal.membership.domain.DecisionKind.values(),
            org.kimberleyprocess.portal.registry.domain.ChairOffice.values(),
            org.kimberleyprocess.portal.registry.domain.ContactRole.values(),
            org.kimberleyprocess.portal.plenary.domain.CommitteeCode.values(),
            org.kimberleyprocess.portal.statistics.domain.Flow.values(),
            org.kimberleyprocess.portal.statistics.domain.ReturnStatus.values(),
            org.kimberleyprocess.portal.statistics.domain.DiscrepancyStatus.values(),
            org.kimberleyprocess.portal.plenary.domain.DecisionCategory.values(),
            org.kimberleyprocess.portal.plenary.domain.DecisionStatus.values(),
            org.kimberleyprocess.portal.plenary.domain.AgreedBy.values(),
            org.kimberleyprocess.portal.plenary.domain.MeetingKind.values(),
            org.kimberleyprocess.portal.review.domain.VisitStatus.values(),
            org.kimberleyprocess.portal.review.domain.RecommendationStatus.values(),
            org.kimberleyprocess.portal.review.domain.MissionStatus.values(),
            org.kimberleyprocess.portal.review.domain.MissionOutcome.values(),
            org.kimberleyprocess.portal.review.domain.NominatorKind.values(),
            org.kimberleyprocess.portal.plenary.domain.LibraryKind.values()}) {
            for (Enum<?> value : values) {
                String key = value.getDeclaringClass().getSimpleName() + "." + value.name();
                assertTrue(p.containsKey(key), language + " lacks " + key);
            }
        }
    }
}
