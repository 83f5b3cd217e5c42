package org.casefile.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.casefile.UserFacingException;
import org.casefile.incident.Behaviour;
import org.casefile.incident.Channel;
import org.casefile.incident.Place;
import org.casefile.perpetrator.Relationship;
import org.casefile.typology.CaseFacts;
import org.casefile.typology.ContextFlag;
import org.casefile.typology.MentalHealthIndicator;
import org.casefile.typology.Vignettes;
import org.casefile.typology.WarningResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExchangeJsonTest {
    @TempDir
    Path dir;

    static CaseExchange sample() {
        return new CaseExchange(1, Instant.parse("2026-01-02T10:15:30Z"), new CaseExchange.Client("C-2026-0001"),
                List.of(new CaseExchange.Perpetrator("P-2026-0001", Relationship.EX_INTIMATE_PARTNER,
                                new CaseExchange.Context(Set.of(ContextFlag.FOLLOWED_END_OF_RELATIONSHIP), 1,
                                        WarningResponse.IGNORED, Set.of(MentalHealthIndicator.PERSISTENT_GRIEVANCE),
                                        "Began the week she moved out.")),
                        new CaseExchange.Perpetrator("P-2026-0002", Relationship.FRIEND, null)),
                List.of(new CaseExchange.Incident(1, LocalDate.of(2025, 12, 1), LocalTime.of(21, 40), false,
                                Set.of(Behaviour.MESSAGES, Behaviour.CALLS), Channel.TEXT_MESSAGE, Place.ONLINE,
                                List.of("P-2026-0001"), "Come back to me. \"Please\".", "Texts overnight."),
                        new CaseExchange.Incident(2, LocalDate.of(2025, 12, 9), null, true, Set.of(Behaviour.LOITERING),
                                Channel.IN_PERSON, Place.HOME, List.of("P-2026-0001", "P-2026-0002"), "", "Outside the house."),
                        new CaseExchange.Incident(3, LocalDate.of(2025, 12, 20), null, false,
                                Set.of(Behaviour.THIRD_PARTY_CONTACT), Channel.THROUGH_OTHER_PEOPLE, Place.UNKNOWN,
                                List.of("P-2026-0002"), "", "")));
    }

    @Test
    void aCaseSurvivesWritingAndReading() {
        Path file = dir.resolve("case.json");
        ExchangeJson.write(sample(), file);
        assertThat(ExchangeJson.read(file)).isEqualTo(sample());
        assertThat(dir.resolve("case.json.partial")).doesNotExist();
    }

    @Test
    void theWrittenFileIsTheDocumentedShape() {
        String json = ExchangeJson.toJson(sample());
        assertThat(json).contains("\"format\" : \"casefile-case\"", "\"version\" : 1", "\"reference\" : \"C-2026-0001\"",
                "\"relationship\" : \"EX_INTIMATE_PARTNER\"", "\"behaviours\" : [ \"CALLS\", \"MESSAGES\" ]",
                "\"occurredAt\" : \"21:40\"", "\"flags\" : [ \"FOLLOWED_END_OF_RELATIONSHIP\" ]");
    }

    @Test
    void theFactsAreAboutThePerpetratorNamedOnMostIncidents() {
        CaseFacts facts = ExchangeFacts.toFacts(sample());
        assertThat(facts.relationship()).isEqualTo(Relationship.EX_INTIMATE_PARTNER);
        assertThat(facts.incidents()).extracting(CaseFacts.IncidentFact::number).containsExactly(1, 2);
        assertThat(facts.context()).containsExactly(ContextFlag.FOLLOWED_END_OF_RELATIONSHIP);
        assertThat(facts.texts()).extracting(CaseFacts.CaseText::text)
                .contains("Began the week she moved out.", "Come back to me. \"Please\".");
        CaseFacts friend = ExchangeFacts.toFacts(sample(), "p-2026-0002");
        assertThat(friend.relationship()).isEqualTo(Relationship.FRIEND);
        assertThat(friend.incidents()).extracting(CaseFacts.IncidentFact::number).containsExactly(2, 3);
        assertThatThrownBy(() -> ExchangeFacts.toFacts(sample(), "P-9")).isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).key()).isEqualTo("exchange.noSuchPerpetrator");
    }

    @Test
    void withoutPerpetratorsTheFactsSaySoAndKeepEveryIncident() {
        CaseExchange none = new CaseExchange(1, null, new CaseExchange.Client("C-1"), List.of(), sample().incidents());
        CaseFacts facts = ExchangeFacts.toFacts(none);
        assertThat(facts.perpetratorKnown()).isFalse();
        assertThat(facts.incidents()).hasSize(3);
    }

    @Test
    void everyVignetteReads() {
        assertThat(Vignettes.all()).hasSizeGreaterThan(30).allSatisfy(file -> assertThat(ExchangeJson.read(file).incidents()).isNotEmpty());
    }

    @Test
    void malformedFilesGetOneSentenceNamingTheProblem() {
        assertProblem("{ \"format\": \"casefile-case\", ", "exchange.notJson", "not valid JSON");
        assertProblem("[1, 2]", "exchange.notCaseFile", "not a Casefile case file");
        assertProblem("{\"format\": \"casefile-case\"}", "exchange.noVersion", "version");
        assertProblem("{\"format\": \"casefile-case\", \"version\": 7, \"client\": {\"reference\": \"C-1\"}}",
                "exchange.wrongVersion", "version 7");
        assertProblem(withIncident("{\"number\": 4, \"occurredOn\": \"2025-01-01\", \"behaviours\": [\"FOLOWING\"]}"),
                "exchange.unknownBehaviour", "Incident 4 names a behaviour Casefile does not know (FOLOWING)");
        assertProblem(withIncident("{\"occurredOn\": \"1/2/2025\", \"behaviours\": []}"), "exchange.invalidDate",
                "/incidents/0/occurredOn");
        assertProblem(withIncident("{\"occurredOn\": \"2025-01-01\", \"channel\": \"PIGEON\"}"), "exchange.unknownName",
                "/incidents/0/channel");
        assertProblem("{\"format\": \"casefile-case\", \"version\": 1}", "exchange.missingField", "/client");
    }

    @Test
    void messagesNeverRepeatFreeTextFromTheFile() {
        String secret = "Flat 3, 12 Hidden Lane";
        assertProblem(withIncident("{\"occurredOn\": \"2025-01-01\", \"behaviours\": [\"" + secret + "\"]}"),
                "exchange.unknownBehaviour", "(?)");
        assertThatThrownBy(() -> ExchangeJson.parse(withIncident("{\"occurredOn\": \"" + secret + "\"}")))
                .hasMessageNotContaining("Hidden");
    }

    @Test
    void anUnreadableFileSaysSo() {
        assertThatThrownBy(() -> ExchangeJson.read(dir.resolve("missing.json"))).isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).key()).isEqualTo("exchange.unreadable");
    }

    @Test
    void aFileWithUnknownExtraFieldsStillReads() throws Exception {
        Path file = Files.writeString(dir.resolve("extra.json"), withIncident(
                "{\"occurredOn\": \"2025-01-01\", \"behaviours\": [\"calls\"], \"mood\": \"grey\"}"));
        assertThat(ExchangeJson.read(file).incidents().getFirst().behaviours()).containsExactly(Behaviour.CALLS);
    }

    private static String withIncident(String incident) {
        return "{\"format\": \"casefile-case\", \"version\": 1, \"client\": {\"reference\": \"C-1\"}, \"incidents\": ["
                + incident + "]}";
    }

    private static void assertProblem(String json, String key, String fragment) {
        assertThatThrownBy(() -> ExchangeJson.parse(json)).isInstanceOf(UserFacingException.class)
                .satisfies(e -> {
                    assertThat(((UserFacingException) e).key()).isEqualTo(key);
                    assertThat(e.getMessage()).contains(fragment).doesNotContain("\n");
                });
    }
}
