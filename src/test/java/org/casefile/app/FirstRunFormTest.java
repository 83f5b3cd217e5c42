package org.casefile.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FirstRunFormTest {
    @Test
    void suggestsInitialsAndUsernameUntilThePersonTypesTheirOwn() {
        FirstRunForm form = new FirstRunForm();
        form.fullName.set("Łucja Nowak-Kowalska");
        assertThat(form.initials.get()).isEqualTo("ŁN");
        assertThat(form.username.get()).isEqualTo("łnowak-kowalska");

        form.initials.set("LNK");
        form.fullName.set("Łucja Nowak");
        assertThat(form.initials.get()).as("typed initials are kept").isEqualTo("LNK");
        assertThat(form.username.get()).isEqualTo("łnowak");
    }

    @Test
    void namesEachProblemAgainstItsField() {
        FirstRunForm form = new FirstRunForm();
        assertThat(form.problems()).containsKeys(FirstRunForm.Field.FULL_NAME, FirstRunForm.Field.INITIALS,
                FirstRunForm.Field.USERNAME, FirstRunForm.Field.PASSWORD);

        form.fullName.set("Jo Smith");
        form.password.set("a long enough passphrase");
        form.repeat.set("a long enough passphrase!");
        assertThat(form.problems()).containsOnlyKeys(FirstRunForm.Field.REPEAT);
        form.repeat.set("a long enough passphrase");
        assertThat(form.problems()).isEmpty();
        assertThat(form.account().username()).isEqualTo("jsmith");
    }
}
