package org.casefile.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.casefile.incident.Behaviour;
import org.casefile.incident.Channel;
import org.casefile.incident.IncidentDraft;
import org.casefile.incident.IncidentRules;
import org.junit.jupiter.api.Test;

class ImportProposalsTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    static final PartyIdentifiers DAN = PartyIdentifiers.of(7, "Dan Ashworth", List.of("Dan Ashworth", "Danny A"),
            List.of("07700 900123"), List.of("dan.ashworth@example.org"));

    static ImportedMessage msg(int line, String at, String sender, String address, MessageKind kind, String text) {
        return new ImportedMessage(line, LocalDateTime.parse(at), sender, address, kind, false, text, List.of(), Map.of());
    }

    static ParsedFile file(ImportFormat format, ImportedMessage... messages) {
        return new ParsedFile(format, List.of(messages), DateOrder.DAY_FIRST, true);
    }

    @Test
    void senderIdentifiersMatchAcrossWritingsOfTheSameNumberNameOrAddress() {
        assertThat(DAN.matches(msg(1, "2024-03-12T21:15", "+44 7700 900123", "", MessageKind.TEXT, "x"))).isTrue();
        assertThat(DAN.matches(msg(1, "2024-03-12T21:15", "", "+447700900123", MessageKind.TEXT, "x"))).isTrue();
        assertThat(DAN.matches(msg(1, "2024-03-12T21:15", "danny a", "", MessageKind.TEXT, "x"))).isTrue();
        assertThat(DAN.matches(msg(1, "2024-03-12T21:15", "", "Dan.Ashworth@example.org", MessageKind.EMAIL, "x")))
                .isTrue();
        assertThat(DAN.matches(msg(1, "2024-03-12T21:15", "Dan", "", MessageKind.TEXT, "x"))).isFalse();
        assertThat(DAN.matches(msg(1, "2024-03-12T21:15", "", "+447700900999", MessageKind.TEXT, "x"))).isFalse();
    }

    @Test
    void messagesGroupBySenderAndGapAndCallsApartFromTexts() {
        ParsedFile f = file(ImportFormat.SMS_XML,
                msg(1, "2024-03-12T21:00", "Dan Ashworth", "07700900123", MessageKind.TEXT, "one"),
                msg(2, "2024-03-12T21:40", "Dan Ashworth", "07700900123", MessageKind.TEXT, "two"),
                msg(3, "2024-03-12T21:41", "", "07700900123", MessageKind.MISSED_CALL, ""),
                msg(4, "2024-03-12T21:45", "Sister", "07700900456", MessageKind.TEXT, "hi"),
                msg(5, "2024-03-12T23:00", "Dan Ashworth", "07700900123", MessageKind.TEXT, "three"));
        List<Proposal> p = Proposer.propose(f, List.of(DAN), Duration.ofHours(1), List.of(), TODAY);
        assertThat(p).extracting(x -> x.messages().size()).containsExactly(2, 1, 1, 1);
        assertThat(p.get(0).behaviours()).containsExactly(Behaviour.MESSAGES);
        assertThat(p.get(0).channel()).isEqualTo(Channel.TEXT_MESSAGE);
        assertThat(p.get(1).behaviours()).containsExactly(Behaviour.CALLS);
        assertThat(p.get(1).channel()).isEqualTo(Channel.PHONE_CALL);
        assertThat(p.get(2).party()).isEqualTo("Sister");
        assertThat(p.get(2).include()).isFalse();
        assertThat(p.get(3).perpetratorId()).isEqualTo(7L);
        assertThat(p).filteredOn(Proposal::include).hasSize(3);
    }

    @Test
    void threatsToTheClientChildrenAndSuicideAreSuggestedFromTheWords() {
        assertThat(Proposer.behaviours(List.of(msg(1, "2024-03-12T21:00", "D", "", MessageKind.TEXT,
                "You\u2019ll REGRET this. I know where the kids go to school")), ImportFormat.WHATSAPP))
                .containsExactlyInAnyOrder(Behaviour.MESSAGES, Behaviour.THREAT_TO_CLIENT, Behaviour.THREAT_TO_CHILDREN);
        assertThat(Proposer.behaviours(List.of(msg(1, "2024-03-12T21:00", "D", "", MessageKind.TEXT,
                "If you leave I'll kill myself")), ImportFormat.WHATSAPP))
                .containsExactlyInAnyOrder(Behaviour.MESSAGES, Behaviour.THREAT_OF_SUICIDE);
        assertThat(Proposer.behaviours(List.of(msg(1, "2024-03-12T21:00", "D", "", MessageKind.TEXT,
                "Skills practice tonight?")), ImportFormat.WHATSAPP)).containsExactly(Behaviour.MESSAGES);
        assertThat(Proposer.behaviours(List.of(msg(1, "2024-03-12T21:00", "", "", MessageKind.DIARY,
                "He followed me home and was waiting outside my house")), ImportFormat.CSV))
                .containsExactlyInAnyOrder(Behaviour.FOLLOWING, Behaviour.LOITERING);
    }

    @Test
    void aDiaryEntryWithNoRecognisedBehaviourIsLeftOutUntilOneIsChosen() {
        ParsedFile f = file(ImportFormat.CSV, msg(2, "2024-03-12T00:00", "", "", MessageKind.DIARY, "Felt uneasy"));
        Proposal p = Proposer.propose(f, List.of(), Proposer.DEFAULT_GAP, List.of(), TODAY).getFirst();
        assertThat(p.include()).isFalse();
        assertThat(p.ready()).isFalse();
        Proposal chosen = p.withBehaviours(java.util.Set.of(Behaviour.WATCHING)).withInclude(true);
        assertThat(chosen.ready()).isTrue();
    }

    @Test
    void aDateAfterTodayIsFlagged() {
        ParsedFile f = file(ImportFormat.WHATSAPP, msg(1, "2027-01-01T10:00", "Dan Ashworth", "", MessageKind.TEXT, "x"));
        Proposal p = Proposer.propose(f, List.of(DAN), Proposer.DEFAULT_GAP, List.of(), TODAY).getFirst();
        assertThat(p.warnings()).containsExactly("import.warning.future");
        assertThat(p.include()).isFalse();
    }

    @Test
    void duplicatesNeedTheSameDayAndOverlappingWords() {
        ParsedFile f = file(ImportFormat.WHATSAPP,
                msg(1, "2024-03-12T21:00", "Dan Ashworth", "", MessageKind.TEXT, "I'm outside your house right now"),
                msg(2, "2024-03-13T21:00", "Dan Ashworth", "", MessageKind.TEXT, "Answer the phone"));
        List<ExistingIncident> log = List.of(
                new ExistingIncident(1, 4, LocalDate.of(2024, 3, 12), "He texted: I'm outside your house right now!"),
                new ExistingIncident(2, 5, LocalDate.of(2024, 3, 14), "Answer the phone"),
                new ExistingIncident(3, 6, LocalDate.of(2024, 3, 13), "Came to my work"));
        List<Proposal> p = Proposer.propose(f, List.of(DAN), Proposer.DEFAULT_GAP, log, TODAY);
        assertThat(p.get(0).duplicateOf()).containsExactly(4);
        assertThat(p.get(1).duplicateOf()).isEmpty();
    }

    @Test
    void mergeAndSplitKeepEveryMessageOnce() {
        ParsedFile f = file(ImportFormat.WHATSAPP,
                msg(1, "2024-03-12T21:00", "Dan Ashworth", "", MessageKind.TEXT, "a"),
                msg(2, "2024-03-12T21:01", "Dan Ashworth", "", MessageKind.TEXT, "b"),
                msg(3, "2024-03-12T23:00", "Dan Ashworth", "", MessageKind.TEXT, "c"));
        List<Proposal> p = Proposer.propose(f, List.of(DAN), Proposer.DEFAULT_GAP, List.of(), TODAY);
        Proposal merged = Proposer.merge(p.get(1), p.get(0));
        assertThat(merged.messages()).extracting(ImportedMessage::text).containsExactly("a", "b", "c");
        assertThat(merged.firstPosition()).isEqualTo(1);
        assertThat(merged.lastPosition()).isEqualTo(3);
        List<Proposal> split = Proposer.split(merged, 1);
        assertThat(split).extracting(x -> x.messages().size()).containsExactly(1, 2);
        assertThat(Proposer.split(merged, 0)).containsExactly(merged);
    }

    @Test
    void aProposalBecomesAValidDraftWithTheTranscriptAsTheWordsUsed() {
        ParsedFile f = file(ImportFormat.WHATSAPP,
                msg(3, "2024-03-12T23:50", "Dan Ashworth", "", MessageKind.TEXT, "Where are you\nanswer"),
                msg(4, "2024-03-13T00:10", "Dan Ashworth", "", MessageKind.DELETED, "This message was deleted"));
        Proposal p = Proposer.propose(f, List.of(DAN), Proposer.DEFAULT_GAP, List.of(), TODAY).getFirst();
        IncidentDraft d = Transcript.draft(p, ImportFormat.WHATSAPP, "JS/4");
        assertThat(IncidentRules.problems(d, TODAY)).isEmpty();
        assertThat(d.endedOn()).isEqualTo(LocalDate.of(2024, 3, 13));
        assertThat(d.verbatim()).isEqualTo("[12/03/2024 23:50:00] Dan Ashworth: Where are you\nanswer\n"
                + "[13/03/2024 00:10:00] Dan Ashworth: (Deleted message) This message was deleted");
        assertThat(d.description()).contains("JS/4", "lines or entries 3 to 4");
        assertThat(d.perpetratorIds()).containsExactly(7L);
    }

    @Test
    void aLongChatIsCutIntoIncidentsThatFitTheWordsField() {
        ImportedMessage[] many = new ImportedMessage[400];
        for (int i = 0; i < many.length; i++) {
            many[i] = msg(i + 1, LocalDateTime.of(2024, 3, 12, 8, 0).plusSeconds(i * 10L).toString(), "Dan Ashworth",
                    "", MessageKind.TEXT, "x".repeat(200));
        }
        List<Proposal> p = Proposer.propose(file(ImportFormat.WHATSAPP, many), List.of(DAN), Proposer.DEFAULT_GAP,
                List.of(), TODAY);
        assertThat(p.size()).isGreaterThan(1);
        p.forEach(x -> assertThat(IncidentRules.problems(Transcript.draft(x, ImportFormat.WHATSAPP, "JS/1"), TODAY))
                .isEmpty());
        assertThat(p.stream().mapToInt(x -> x.messages().size()).sum()).isEqualTo(400);
    }
}
