package org.kimberleyprocess.portal.plenary.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.kimberleyprocess.portal.platform.demo.DemoData;
import org.kimberleyprocess.portal.platform.i18n.Language;
import org.kimberleyprocess.portal.plenary.domain.Decision;
import org.kimberleyprocess.portal.plenary.domain.DecisionCategory;
import org.kimberleyprocess.portal.plenary.domain.Decisions;
import org.kimberleyprocess.portal.plenary.domain.Meeting;
import org.kimberleyprocess.portal.plenary.domain.MeetingKind;
import org.kimberleyprocess.portal.plenary.domain.Meetings;
import org.kimberleyprocess.portal.registry.domain.Observer;
import org.kimberleyprocess.portal.registry.domain.Observers;
import org.kimberleyprocess.portal.registry.domain.Participant;
import org.kimberleyprocess.portal.registry.domain.Participants;

/**
 * The Sun City Plenary of 29-31 October 2003 with those present and four of its decisions, agreed there and adopted
 * in the five languages (their references are this portal's own; the texts sum up the final communiqué); and a notice
 * in written procedure, circulated by the Chair with its deadline two weeks ahead and two translations still missing.
 */
@ApplicationScoped
public class DecisionDemoData implements DemoData {

    static final String IN_PROCEDURE = "AD 2026/1";

    /** The reference under which the demonstration's questionnaire is adopted (see the reporting demo data). */
    static final String QUESTIONNAIRE = "Plenary, Gatineau, 2004 (demonstration)";

    private static final String[] QUESTIONNAIRE_TEXTS = {
        "Uniform questionnaire of the annual report",
        "The Plenary adopts the uniform questionnaire on which every Participant reports each year on its implementation of the Scheme, from the reports on 2004.",
        "Questionnaire uniforme du rapport annuel",
        "La Plénière adopte le questionnaire uniforme sur lequel chaque Participant rend compte chaque année de sa mise en œuvre du Système, à partir des rapports sur 2004.",
        "Questionário uniforme do relatório anual",
        "A Plenária adota o questionário uniforme com base no qual cada Participante informa anualmente sobre a aplicação do Sistema, a partir dos relatórios relativos a 2004.",
        "Cuestionario uniforme del informe anual",
        "El Pleno adopta el cuestionario uniforme con el que cada Participante informa cada año sobre su aplicación del Sistema, a partir de los informes sobre 2004.",
        "Единый вопросник ежегодного доклада",
        "Пленарное заседание утверждает единый вопросник, по которому каждый Участник ежегодно докладывает о выполнении Системы, начиная с докладов за 2004 год."};
    private static final LocalDate AGREED = LocalDate.of(2003, 10, 31);
    private static final LocalDate ADOPTED = LocalDate.of(2003, 12, 15);

    /** Reference, kind, then title and text in English, French, Portuguese, Spanish and Russian. */
    private static final List<String[]> SUN_CITY = List.of(
            new String[] {"AD 2003/1", "RULES_OF_PROCEDURE",
                "The Vice-Chair becomes the Chair",
                "The Participants amend the Rules of Procedure so that the Vice-Chair, on completion of twelve months in office, becomes the Chair in the following year.",
                "Le Vice-Président devient Président",
                "Les Participants modifient le Règlement intérieur afin que le Vice-Président, après douze mois de mandat, devienne Président l’année suivante.",
                "O Vice-Presidente torna-se Presidente",
                "Os Participantes alteram o Regulamento interno para que o Vice-Presidente, após doze meses de mandato, se torne Presidente no ano seguinte.",
                "El Vicepresidente pasa a ser Presidente",
                "Los Participantes modifican el Reglamento para que el Vicepresidente, tras doce meses en el cargo, pase a ser Presidente el año siguiente.",
                "Заместитель Председателя становится Председателем",
                "Участники вносят изменения в Правила процедуры: заместитель Председателя по истечении двенадцати месяцев пребывания в должности становится Председателем в следующем году."},
            new String[] {"AD 2003/2", "ADMINISTRATIVE_DECISION",
                "Chair and Vice-Chair for 2004",
                "The Plenary selects Canada as the Chair of the KPCS for 2004, and the Russian Federation as the Vice-Chair for 2004, which will therefore become the Chair for 2005.",
                "Présidence et vice-présidence pour 2004",
                "La Plénière choisit le Canada pour assurer la présidence du SCPK en 2004 et la Fédération de Russie pour la vice-présidence en 2004, qui assurera donc la présidence en 2005.",
                "Presidência e vice-presidência para 2004",
                "A Plenária escolhe o Canadá para a presidência do SCPK em 2004 e a Federação da Rússia para a vice-presidência em 2004, que assumirá assim a presidência em 2005.",
                "Presidencia y vicepresidencia para 2004",
                "El Pleno elige al Canadá para la presidencia del SCPK en 2004 y a la Federación de Rusia para la vicepresidencia en 2004, que asumirá por tanto la presidencia en 2005.",
                "Председатель и заместитель Председателя на 2004 год",
                "Пленарное заседание избирает Канаду Председателем ССКП на 2004 год, а Российскую Федерацию — заместителем Председателя на 2004 год, которая, таким образом, станет Председателем в 2005 году."},
            new String[] {"AD 2003/3", "ADMINISTRATIVE_DECISION",
                "Peer review mechanism",
                "The Plenary establishes a peer review mechanism: annual reports by every Participant on a uniform questionnaire, review visits at the invitation of the Participant, and review missions where there are credible indications of significant non-compliance. It is desirable for the largest number of Participants possible to volunteer to receive a review visit by 2006.",
                "Mécanisme d’examen par les pairs",
                "La Plénière institue un mécanisme d’examen par les pairs : rapports annuels de chaque Participant sur un questionnaire uniforme, visites d’examen à l’invitation du Participant, et missions d’examen lorsqu’il existe des indications crédibles de non-respect important. Il est souhaitable que le plus grand nombre possible de Participants se portent volontaires pour recevoir une visite d’examen d’ici 2006.",
                "Mecanismo de avaliação pelos pares",
                "A Plenária institui um mecanismo de avaliação pelos pares: relatórios anuais de cada Participante segundo um questionário uniforme, visitas de avaliação a convite do Participante e missões de avaliação quando existam indícios credíveis de incumprimento significativo. É desejável que o maior número possível de Participantes se ofereça para receber uma visita de avaliação até 2006.",
                "Mecanismo de examen entre pares",
                "El Pleno establece un mecanismo de examen entre pares: informes anuales de cada Participante según un cuestionario uniforme, visitas de examen por invitación del Participante y misiones de examen cuando existan indicios creíbles de incumplimiento significativo. Es deseable que el mayor número posible de Participantes se ofrezca a recibir una visita de examen antes de 2006.",
                "Механизм коллегиального обзора",
                "Пленарное заседание учреждает механизм коллегиального обзора: ежегодные доклады каждого Участника по единому вопроснику, обзорные визиты по приглашению Участника и обзорные миссии при наличии достоверных признаков существенного несоблюдения. Желательно, чтобы как можно больше Участников до 2006 года вызвались принять обзорный визит."},
            new String[] {"Communiqué 2003", "COMMUNIQUE",
                "Final communiqué of the Sun City Plenary",
                "The Participants met in Sun City, South Africa, from 29 to 31 October 2003. Their decisions are formally adopted once translated into English, French, Portuguese, Spanish and Russian and made available to all Participants (Rule 26).",
                "Communiqué final de la Plénière de Sun City",
                "Les Participants se sont réunis à Sun City (Afrique du Sud) du 29 au 31 octobre 2003. Leurs décisions sont formellement adoptées une fois traduites en anglais, français, portugais, espagnol et russe et mises à la disposition de tous les Participants (article 26).",
                "Comunicado final da Plenária de Sun City",
                "Os Participantes reuniram-se em Sun City (África do Sul) de 29 a 31 de outubro de 2003. As suas decisões são formalmente adotadas depois de traduzidas em inglês, francês, português, espanhol e russo e disponibilizadas a todos os Participantes (artigo 26.º).",
                "Comunicado final del Pleno de Sun City",
                "Los Participantes se reunieron en Sun City (Sudáfrica) del 29 al 31 de octubre de 2003. Sus decisiones se adoptan formalmente una vez traducidas al inglés, francés, portugués, español y ruso y puestas a disposición de todos los Participantes (artículo 26).",
                "Заключительное коммюнике пленарного заседания в Сан-Сити",
                "Участники собрались в Сан-Сити (Южная Африка) 29–31 октября 2003 года. Их решения считаются официально принятыми после перевода на английский, французский, португальский, испанский и русский языки и доведения до всех Участников (правило 26)."});

    @Inject
    private Meetings meetings;

    @Inject
    private Decisions decisions;

    @Inject
    private Participants participants;

    @Inject
    private Observers observers;

    /** After the registry and the committees. */
    @Override
    public int order() {
        return 25;
    }

    @Override
    public String load(Instant now, String passwordHash) {
        Meeting sunCity = new Meeting(MeetingKind.PLENARY, "Kimberley Process Plenary, Sun City 2003",
                "Sun City, North West Province, South Africa", LocalDate.of(2003, 10, 29), AGREED,
                "1. Implementation of the KPCS in 2003\n2. Participants and applicants\n3. Chair and Vice-Chair\n"
                        + "4. Peer review mechanism\n5. Statistics\n6. Reports of the working groups");
        sunCity.recordPresence(participants.all().stream().filter(Participant::inGoodStanding)
                .map(Participant::getIsoCode).toList(), observers.all().stream().map(Observer::getName).toList());
        meetings.add(sunCity);
        for (String[] d : SUN_CITY) {
            Decision decision = new Decision(d[0], DecisionCategory.valueOf(d[1]), AGREED.atStartOfDay()
                    .toInstant(ZoneOffset.UTC));
            Language[] languages = Language.values();
            for (int i = 0; i < languages.length; i++) {
                decision.write(languages[i], d[2 + 2 * i], d[3 + 2 * i]);
            }
            decision.agreeAt(sunCity, AGREED);
            decision.adopt(ADOPTED, "secretariat");
            decisions.add(decision);
        }
        Meeting gatineau = new Meeting(MeetingKind.PLENARY, "Kimberley Process Plenary, Gatineau 2004",
                "Gatineau, Quebec, Canada", LocalDate.of(2004, 10, 27), LocalDate.of(2004, 10, 29),
                "1. Peer review: annual reports and review visits\n2. Statistics\n3. Participation");
        meetings.add(gatineau);
        Decision questionnaire = new Decision(QUESTIONNAIRE, DecisionCategory.ADMINISTRATIVE_DECISION,
                LocalDate.of(2004, 10, 29).atStartOfDay().toInstant(ZoneOffset.UTC));
        Language[] all = Language.values();
        for (int i = 0; i < all.length; i++) {
            questionnaire.write(all[i], QUESTIONNAIRE_TEXTS[2 * i], QUESTIONNAIRE_TEXTS[2 * i + 1]);
        }
        questionnaire.agreeAt(gatineau, LocalDate.of(2004, 10, 29));
        questionnaire.adopt(LocalDate.of(2004, 12, 15), "secretariat");
        decisions.add(questionnaire);

        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        Decision notice = new Decision(IN_PROCEDURE, DecisionCategory.NOTICE, now);
        notice.write(Language.EN, "Dates and venue of the next intersessional meeting",
                "The Participants agree that the next intersessional meeting will be held in Gaborone, Botswana, over"
                        + " three days in June, the exact dates to be set by the Chair.");
        notice.write(Language.FR, "Dates et lieu de la prochaine réunion intersessions",
                "Les Participants conviennent que la prochaine réunion intersessions se tiendra à Gaborone (Botswana)"
                        + " sur trois jours en juin, les dates exactes étant fixées par la présidence.");
        notice.write(Language.RU, "Сроки и место следующего межсессионного заседания",
                "Участники договариваются, что следующее межсессионное заседание пройдёт в Габороне (Ботсвана) в"
                        + " течение трёх дней в июне; точные даты определит Председатель.");
        notice.circulate(today.plusDays(14), today, "chair", now);
        decisions.add(notice);
        return "the Sun City Plenary of 2003 with " + SUN_CITY.size() + " adopted decisions, Gatineau 2004 and the"
                + " questionnaire's adoption, and "
                + IN_PROCEDURE + " in written procedure until " + today.plusDays(14);
    }
}
