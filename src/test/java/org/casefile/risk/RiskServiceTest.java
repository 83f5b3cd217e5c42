package org.casefile.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.casefile.InvalidInput;
import org.casefile.UserFacingException;
import org.casefile.client.ClientDraft;
import org.casefile.client.ClientFixtures;
import org.casefile.client.ClientRecord;
import org.casefile.client.ClientService;
import org.casefile.incident.Behaviour;
import org.casefile.incident.IncidentService;
import org.casefile.incident.Incidents;
import org.casefile.incident.SignalKind;
import org.casefile.security.AuditRecord;
import org.casefile.security.Session;
import org.casefile.security.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RiskServiceTest {
    @TempDir
    Path dir;
    Session session;
    ClientService clients;
    RiskService risk;
    ClientRecord lucja;
    final Clock clock = Clock.systemDefaultZone();
    final LocalDate today = LocalDate.now(clock);

    @BeforeEach
    void store() {
        session = TestStores.create(dir);
        clients = new ClientService(session.transactions(), session.audit(), session.user(), clock);
        risk = new RiskService(session.transactions(), clients, session.audit(), session.user(), clock);
        lucja = clients.create(allocatedToMe(ClientFixtures.lucja()));
    }

    @AfterEach
    void close() {
        session.close();
    }

    ClientDraft allocatedToMe(ClientDraft d) {
        return ClientFixtures.allocatedTo(d, session.user().id());
    }

    /** Every factor answered: the first {@code yes} "yes" (from the client), the rest "no". */
    static AssessmentDraft answered(Checklist checklist, int yes, LocalDate on, RiskLevel chosen, String reasons,
                                    LocalDate review) {
        Map<String, AssessmentDraft.Given> answers = new HashMap<>();
        int n = 0;
        for (Checklist.Factor f : checklist.factors()) {
            answers.put(f.id(), n++ < yes ? new AssessmentDraft.Given(Answer.YES, AnswerSource.CLIENT, "said at intake")
                    : new AssessmentDraft.Given(Answer.NO, null, ""));
        }
        return new AssessmentDraft(on, answers, chosen, reasons, review);
    }

    @Test
    void anAssessmentSetsTheClientsLevelAndKeepsEveryAnswerWithItsWording() {
        Checklist checklist = risk.checklist();
        AssessmentRecord saved = risk.assess(lucja.id(), checklist,
                answered(checklist, 6, today, RiskLevel.MEDIUM, "", today.plusDays(28)));

        assertThat(saved.suggested()).isEqualTo(RiskLevel.MEDIUM);
        assertThat(saved.yesCount()).isEqualTo(6);
        assertThat(saved.answers()).hasSize(checklist.factors().size());
        assertThat(saved.answers().getFirst().text()).isEqualTo(checklist.factors().getFirst().text());
        assertThat(saved.answers().getFirst().source()).isEqualTo(AnswerSource.CLIENT);
        assertThat(clients.open(lucja.id()).riskLevel()).isEqualTo(RiskLevel.MEDIUM);
        RiskOverview overview = risk.overview(lucja.id());
        assertThat(overview.level()).isEqualTo(RiskLevel.MEDIUM);
        assertThat(overview.nextReview()).isEqualTo(today.plusDays(28));
        assertThat(overview.overdue()).isFalse();
        assertThat(session.audit().recent(5)).extracting(AuditRecord::action).contains("RISK_ASSESSED");
    }

    @Test
    void judgementMayRaiseTheLevelWithReasonsButNeverLowerIt() {
        Checklist checklist = risk.checklist();
        assertThatThrownBy(() -> risk.assess(lucja.id(), checklist,
                answered(checklist, 11, today, RiskLevel.MEDIUM, "she seems calmer", today.plusDays(28))))
                .isInstanceOfSatisfying(InvalidInput.class,
                        e -> assertThat(e.problems()).containsEntry("chosen", "risk.invalid.belowCount"));
        assertThatThrownBy(() -> risk.assess(lucja.id(), checklist,
                answered(checklist, 2, today, RiskLevel.HIGH, "", today.plusDays(28))))
                .isInstanceOfSatisfying(InvalidInput.class,
                        e -> assertThat(e.problems()).containsEntry("reasons", "risk.invalid.reasonsRequired"));
        assertThat(risk.overview(lucja.id()).assessments()).isEmpty();
        assertThat(clients.open(lucja.id()).riskLevel()).isEqualTo(RiskLevel.NOT_ASSESSED);

        AssessmentRecord raised = risk.assess(lucja.id(), checklist, answered(checklist, 2, today, RiskLevel.HIGH,
                "He found her new address within a week of the move", today.plusDays(14)));
        assertThat(raised.raised()).isTrue();
        assertThat(clients.open(lucja.id()).riskLevel()).isEqualTo(RiskLevel.HIGH);
    }

    @Test
    void aBackdatedAssessmentJoinsTheHistoryWithoutReplacingTheLevelInForce() {
        Checklist checklist = risk.checklist();
        risk.assess(lucja.id(), checklist, answered(checklist, 12, today.minusDays(2), RiskLevel.HIGH, "", today.plusDays(20)));
        risk.assess(lucja.id(), checklist, answered(checklist, 1, today.minusDays(40), RiskLevel.STANDARD, "",
                today.minusDays(10)));

        RiskOverview overview = risk.overview(lucja.id());
        assertThat(overview.assessments()).extracting(AssessmentRecord::chosen)
                .containsExactly(RiskLevel.HIGH, RiskLevel.STANDARD);
        assertThat(overview.level()).isEqualTo(RiskLevel.HIGH);
        assertThat(clients.open(lucja.id()).riskLevel()).isEqualTo(RiskLevel.HIGH);
        assertThat(risk.lastReviews(List.of(lucja.id()))).containsEntry(lucja.id(), today.minusDays(2));
    }

    @Test
    void aPassedReviewDateIsListedAsOverdueUntilTheNextAssessment() {
        Checklist checklist = risk.checklist();
        risk.assess(lucja.id(), checklist, answered(checklist, 5, today.minusDays(60), RiskLevel.MEDIUM, "",
                today.minusDays(3)));
        ClientRecord other = clients.create(allocatedToMe(ClientFixtures.named("Ben", "Okafor")));
        risk.assess(other.id(), checklist, answered(checklist, 0, today.minusDays(5), RiskLevel.STANDARD, "",
                today.plusDays(60)));

        assertThat(risk.overdueReviews()).singleElement().satisfies(o -> {
            assertThat(o.client().id()).isEqualTo(lucja.id());
            assertThat(o.due()).isEqualTo(today.minusDays(3));
            assertThat(o.level()).isEqualTo(RiskLevel.MEDIUM);
        });
        assertThat(risk.overview(lucja.id()).overdue()).isTrue();

        risk.assess(lucja.id(), checklist, answered(checklist, 5, today, RiskLevel.MEDIUM, "", today.plusDays(30)));
        assertThat(risk.overdueReviews()).isEmpty();
    }

    @Test
    void anAssessmentEndsTheEscalationSignalsBeforeIt() {
        IncidentService incidents = new IncidentService(session.transactions(), clients, session.audit(),
                session.user(), clock, risk::lastReviews);
        incidents.record(lucja.id(), Incidents.on(today.minusDays(3), Behaviour.THREAT_TO_CLIENT));
        assertThat(incidents.pattern(lucja.id()).current()).extracting(s -> s.kind()).contains(SignalKind.FIRST_THREAT);
        assertThat(incidents.reviewsSuggested()).hasSize(1);

        Checklist checklist = risk.checklist();
        risk.assess(lucja.id(), checklist, answered(checklist, 5, today, RiskLevel.MEDIUM, "", today.plusDays(30)));
        assertThat(incidents.pattern(lucja.id()).current()).isEmpty();
        assertThat(incidents.reviewsSuggested()).isEmpty();
    }

    @Test
    void notesAndExternalGradesAreKeptSignedAndDated() {
        risk.addNote(lucja.id(), NoteKind.SAFETY_PLANNING, "Agreed a code word with her sister; alarm fitted.");
        risk.addGrade(lucja.id(), new GradeDraft(GradeScheme.DASH, GradeScheme.Grade.HIGH, today.minusDays(1),
                "West Yorkshire Police, PC 4471", ""));
        assertThatThrownBy(() -> risk.addGrade(lucja.id(), new GradeDraft(GradeScheme.SASH, GradeScheme.Grade.MEDIUM,
                today, "Helpline", ""))).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.problems()).containsKey("grade"));
        assertThatThrownBy(() -> risk.addNote(lucja.id(), NoteKind.GENERAL, "   "))
                .isInstanceOf(InvalidInput.class);

        RiskOverview overview = risk.overview(lucja.id());
        assertThat(overview.notes()).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NoteKind.SAFETY_PLANNING);
            assertThat(n.writtenBy()).isEqualTo(TestStores.ADMIN);
        });
        assertThat(overview.grades()).singleElement().satisfies(g -> {
            assertThat(g.scheme()).isEqualTo(GradeScheme.DASH);
            assertThat(g.grade()).isEqualTo(GradeScheme.Grade.HIGH);
            assertThat(g.givenBy()).contains("PC 4471");
        });
        // The level in force comes from Casefile's own assessments only; another agency's grade is shown beside it.
        assertThat(overview.level()).isEqualTo(RiskLevel.NOT_ASSESSED);
    }

    @Test
    void anAgencyChecklistIsUsedForNewAssessmentsAndOldOnesKeepTheirWording() throws Exception {
        Checklist ours = risk.checklist();
        risk.assess(lucja.id(), ours, answered(ours, 1, today.minusDays(10), RiskLevel.STANDARD, "", today.plusDays(10)));
        Path file = dir.resolve("agency.json");
        Files.writeString(file, """
                {"id": "agency-screen", "version": 3, "name": "Agency screen",
                 "areas": [{"id": "a", "title": "Area A", "factors": [
                    {"id": "q1", "text": "Agency question one"}, {"id": "q2", "text": "Agency question two"}]}],
                 "bands": [{"level": "STANDARD", "fromYes": 0}, {"level": "HIGH", "fromYes": 2}]}""");
        Checklist agency = risk.loadChecklist(file);
        assertThat(risk.checklist().id()).isEqualTo("agency-screen");

        // A form opened on the old checklist cannot save answers to the new one's questions.
        assertThatThrownBy(() -> risk.assess(lucja.id(), ours, answered(ours, 0, today, RiskLevel.STANDARD, "",
                today.plusDays(10)))).isInstanceOf(UserFacingException.class).hasMessageContaining("changed in Settings");

        risk.assess(lucja.id(), agency, answered(agency, 2, today, RiskLevel.HIGH, "", today.plusDays(10)));
        List<AssessmentRecord> history = risk.overview(lucja.id()).assessments();
        assertThat(history.get(0).answers()).extracting(AssessmentRecord.AnsweredFactor::text)
                .containsExactly("Agency question one", "Agency question two");
        assertThat(history.get(1).answers().getFirst().text()).isEqualTo(ours.factors().getFirst().text());

        Files.writeString(file, "{\"id\": \"broken\"");
        assertThatThrownBy(() -> risk.loadChecklist(file)).isInstanceOf(UserFacingException.class);
        assertThat(risk.checklist().id()).isEqualTo("agency-screen");
        risk.useDefaultChecklist();
        assertThat(risk.checklist().id()).isEqualTo(ours.id());
    }
}
