package org.casefile.perpetrator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The perpetrator form's state, without a screen. */
class PerpetratorFormTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 14);

    @Test
    void aDraftSurvivesTheRoundTripThroughTheForm() {
        PerpetratorDraft mark = PerpetratorServiceTest.mark();
        PerpetratorForm form = PerpetratorForm.of(mark);

        assertThat(form.aliases.get()).isEqualTo("Marky\n@nightwatch_77");
        assertThat(form.dateOfBirth.get()).isEqualTo(LocalDate.of(1985, 9, 3));
        assertThat(form.draft()).isEqualTo(mark);
        assertThat(form.problems(TODAY)).isEmpty();
    }

    @Test
    void linesAreSplitTrimmedAndBlankOnesDropped() {
        PerpetratorForm form = new PerpetratorForm();
        form.givenName.set("  Mark ");
        form.familyName.set(" Ellison");
        form.aliases.set(" Marky \n\n  @nightwatch_77\r\n   ");
        form.phones.set("07700 900777\n \n+44 7700 900778  ");
        form.addresses.set("3 Quarry Lane, Leeds\n");
        form.vehicles.set("\nSilver Ford Focus, AB12 CDE\n");
        form.onlineAccounts.set("Instagram: @nightwatch_77");
        form.description.set("  Tall, grey hoodie  ");
        form.policeMarkers.set(" Violence marker ");

        PerpetratorDraft d = form.draft();
        assertThat(d.givenName()).isEqualTo("Mark");
        assertThat(d.familyName()).isEqualTo("Ellison");
        assertThat(d.aliases()).containsExactly("Marky", "@nightwatch_77");
        assertThat(d.phones()).containsExactly("07700 900777", "+44 7700 900778");
        assertThat(d.addresses()).containsExactly("3 Quarry Lane, Leeds");
        assertThat(d.vehicles()).containsExactly("Silver Ford Focus, AB12 CDE");
        assertThat(d.onlineAccounts()).containsExactly("Instagram: @nightwatch_77");
        assertThat(d.description()).isEqualTo("Tall, grey hoodie");
        assertThat(d.policeMarkers()).isEqualTo("Violence marker");
        assertThat(d.dateOfBirth()).isNull();
    }

    @Test
    void anEmptyFormNeedsSomeoneToBeNamedOrDescribed() {
        PerpetratorForm form = new PerpetratorForm();
        assertThat(form.draft()).isEqualTo(PerpetratorDraft.empty());
        assertThat(form.problems(TODAY)).containsExactly(entry("givenName", "perpetrator.problem.someoneRequired"));
        assertThat(form.problems(TODAY)).isEqualTo(PerpetratorService.problems(PerpetratorDraft.empty(), TODAY));

        form.aliases.set("\n  \n");
        assertThat(form.problems(TODAY)).as("blank lines are not an alias").containsKey("givenName");
        form.description.set("Man in his 40s who waits at the bus stop opposite her work");
        assertThat(form.problems(TODAY)).isEmpty();
    }

    @Test
    void namesTheSameProblemsAsTheServiceInTheOrderOfTheScreen() {
        PerpetratorForm form = new PerpetratorForm();
        form.phones.set("07700 900777\nnot a number");
        form.dateOfBirth.set(TODAY.plusDays(1));
        form.description.set("x".repeat(2001));

        assertThat(form.problems(TODAY)).containsExactly(
                entry("dateOfBirth", "client.problem.bornInFuture"),
                entry("description", "client.problem.tooLong"),
                entry("phones", "client.problem.phone"));
        assertThat(form.problems(TODAY)).isEqualTo(PerpetratorService.problems(form.draft(), TODAY));

        form.dateOfBirth.set(LocalDate.of(1890, 1, 1));
        assertThat(form.problems(TODAY)).containsEntry("dateOfBirth", "client.problem.tooOld");
    }

    @Test
    void whatOnlyTheScreenKnowsIsCheckedToo() {
        PerpetratorForm form = PerpetratorForm.of(PerpetratorServiceTest.mark());
        form.dateUnreadable.set(true);
        assertThat(form.problems(TODAY)).containsExactly(entry("dateOfBirth", "perpetrator.problem.dateUnreadable"));
        form.dateUnreadable.set(false);

        form.vehicles.set("y".repeat(201));
        assertThat(form.problems(TODAY)).containsExactly(entry("vehicles", "client.problem.tooLong"));
        form.vehicles.set("");

        // Linking to a client needs to say how they know each other; otherwise the relationship is not asked.
        assertThat(form.problems(TODAY)).isEmpty();
        form.linking.set(true);
        assertThat(form.problems(TODAY)).containsExactly(
                entry("relationship", "perpetrator.problem.relationshipRequired"));
        form.relationship.set(Relationship.EX_INTIMATE_PARTNER);
        form.linkNotes.set("  Relationship ended 2024  ");
        assertThat(form.problems(TODAY)).isEmpty();
        assertThat(form.notes()).isEqualTo("Relationship ended 2024");
    }

    @Test
    void fillingAFormReplacesItsDetailsAndKeepsTheLink() {
        PerpetratorForm form = new PerpetratorForm();
        form.phones.set("07700 900111");
        form.relationship.set(Relationship.NEIGHBOUR);
        form.fill(new PerpetratorDraft("", "", List.of("Gaz"), null, "", List.of(), List.of(), List.of(), List.of(), ""));
        assertThat(form.phones.get()).isEmpty();
        assertThat(form.aliases.get()).isEqualTo("Gaz");
        assertThat(form.relationship.get()).isEqualTo(Relationship.NEIGHBOUR);
    }
}
