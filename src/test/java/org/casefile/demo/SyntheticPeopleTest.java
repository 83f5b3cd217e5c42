package org.casefile.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.casefile.demo.SyntheticPeople.Person;
import org.junit.jupiter.api.Test;

class SyntheticPeopleTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 3, 1);
    private static final Pattern MOBILE = Pattern.compile("^07700 900\\d{3}$");
    private static final Pattern LANDLINE = Pattern.compile(
            "^(01(1[3-8]|[2-6]1) 496 0\\d{3}|0191 498 0\\d{3}|020 7946 0\\d{3})$");
    private static final Pattern POSTCODE = Pattern.compile("^[A-Z]{1,2}\\d[A-Z\\d]? \\d[A-Z]{2}$");
    private static final Pattern VEHICLE = Pattern.compile("^[A-Za-z ]+ [A-Za-z0-9 ]+, [A-Z]{2}\\d{2} [A-Z]{3}$");

    /** Everything the generator makes, in the order it makes it. */
    private static List<Object> sequence(long seed) {
        SyntheticPeople people = new SyntheticPeople(seed);
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            out.add(people.person(16, 80, TODAY));
            out.add(people.mobileNumber());
            out.add(people.landlineNumber());
            out.add(people.address());
            out.add(people.vehicle());
            out.add(people.onlineAccount());
        }
        return out;
    }

    private static List<Person> people(long seed, int count) {
        SyntheticPeople people = new SyntheticPeople(seed);
        return IntStream.range(0, count).mapToObj(i -> people.person(16, 80, TODAY)).toList();
    }

    private static double share(List<Person> people, Predicate<Person> test) {
        return people.stream().filter(test).count() / (double) people.size();
    }

    private static boolean hasScript(String text, Character.UnicodeScript script) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == script);
    }

    private static boolean nonAscii(String text) {
        return text.chars().anyMatch(c -> c > 127);
    }

    @Test
    void theSameSeedGivesTheSameSequence() {
        assertThat(sequence(42)).hasSize(1200).isEqualTo(sequence(42));
    }

    @Test
    void differentSeedsGiveDifferentSequences() {
        List<Object> a = sequence(1);
        List<Object> b = sequence(2);
        assertThat(a).isNotEqualTo(b);
        assertThat(IntStream.range(0, a.size()).filter(i -> a.get(i).equals(b.get(i))).count())
                .as("positions that happen to agree").isLessThan(a.size() / 4);
    }

    @Test
    void mobilesAreOnlyFromTheDramaRangeAndCoverIt() {
        SyntheticPeople people = new SyntheticPeople(7);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String number = people.mobileNumber();
            assertThat(number).matches(MOBILE);
            seen.add(number);
        }
        assertThat(seen).hasSizeGreaterThan(950).contains("07700 900000", "07700 900999");
    }

    @Test
    void landlinesAreOnlyFromTheDramaRanges() {
        SyntheticPeople people = new SyntheticPeople(8);
        Set<String> areas = new HashSet<>();
        for (int i = 0; i < 5_000; i++) {
            String number = people.landlineNumber();
            assertThat(number).matches(LANDLINE);
            areas.add(number.substring(0, number.lastIndexOf(' ')));
        }
        assertThat(areas).contains("0113 496", "0161 496", "020 7946");
    }

    @Test
    void agesStayWithinTheRequestedRange() {
        for (LocalDate today : List.of(TODAY, LocalDate.of(2024, 2, 29), LocalDate.of(2023, 12, 31))) {
            SyntheticPeople people = new SyntheticPeople(today.toEpochDay());
            Set<Integer> ages = new HashSet<>();
            for (int i = 0; i < 2_000; i++) {
                ages.add(Period.between(people.person(18, 25, today).dateOfBirth(), today).getYears());
            }
            assertThat(ages).as("ages on %s", today).containsExactlyInAnyOrder(18, 19, 20, 21, 22, 23, 24, 25);
        }
        SyntheticPeople people = new SyntheticPeople(3);
        for (int i = 0; i < 500; i++) {
            assertThat(Period.between(people.person(30, 30, TODAY).dateOfBirth(), TODAY).getYears()).isEqualTo(30);
        }
    }

    @Test
    void impossibleAgeRangesAreRefused() {
        SyntheticPeople people = new SyntheticPeople(1);
        assertThatThrownBy(() -> people.person(40, 30, TODAY)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> people.person(-1, 30, TODAY)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void namesReflectUkDiversity() {
        List<Person> people = people(11, 1_000);
        assertThat(share(people, p -> nonAscii(p.givenName()) || nonAscii(p.familyName())))
                .as("share with a non-ASCII name").isGreaterThanOrEqualTo(0.10);
        assertThat(people).anyMatch(p -> hasScript(p.givenName() + p.familyName(), Character.UnicodeScript.GREEK));
        assertThat(people).anyMatch(p -> hasScript(p.givenName() + p.familyName(), Character.UnicodeScript.CYRILLIC));
        assertThat(people).allMatch(p -> !p.givenName().isBlank() && !p.familyName().isBlank()
                && p.familyName().indexOf('/') < 0);

        List<Person> many = people(12, 10_000);
        assertThat(many.stream().map(Person::givenName).distinct().count()).isGreaterThanOrEqualTo(60);
        assertThat(many.stream().map(Person::familyName).distinct().count()).isGreaterThanOrEqualTo(60);
    }

    @Test
    void aboutThirtyPercentHaveOneOrTwoAliases() {
        List<Person> people = people(13, 1_000);
        assertThat(share(people, p -> !p.aliases().isEmpty())).isBetween(0.20, 0.40);
        assertThat(people).allMatch(p -> p.aliases().size() <= 2
                && p.aliases().stream().distinct().count() == p.aliases().size());
    }

    @Test
    void pronounsAndLanguagesAreRealistic() {
        List<Person> people = people(14, 2_000);
        assertThat(people).allMatch(p -> Set.of("she/her", "he/him", "they/them").contains(p.pronouns()));
        assertThat(share(people, p -> p.pronouns().equals("she/her"))).isBetween(0.65, 0.90);
        assertThat(share(people, p -> p.pronouns().equals("they/them"))).isGreaterThan(0.0);
        assertThat(share(people, p -> p.language().equals("English"))).isBetween(0.70, 0.95);
        assertThat(people).filteredOn(p -> p.language().equals("English")).noneMatch(Person::interpreterNeeded);
        assertThat(people).anyMatch(Person::interpreterNeeded);
        assertThat(people).extracting(Person::language).contains("Polish", "Urdu", "Arabic", "Romanian", "Somali");
    }

    @Test
    void addressesHaveAPostcodeShapeAndInventedStreets() {
        SyntheticPeople people = new SyntheticPeople(15);
        for (int i = 0; i < 2_000; i++) {
            SyntheticPeople.Address address = people.address();
            assertThat(address.postcode()).matches(POSTCODE);
            assertThat(address.line1()).matches("^\\d{1,3} [A-Z][a-z]+ [A-Z][a-z]+$");
            assertThat(address.town()).isNotBlank();
        }
    }

    @Test
    void vehiclesHaveACurrentFormatPlate() {
        SyntheticPeople people = new SyntheticPeople(16);
        for (int i = 0; i < 2_000; i++) {
            String vehicle = people.vehicle();
            assertThat(vehicle).matches(VEHICLE);
            assertThat(vehicle.substring(vehicle.lastIndexOf(", ") + 2)).matches("[A-Z]{2}\\d{2} [A-Z]{3}");
        }
    }

    @Test
    void onlineAccountsUseOnlyReservedEmailDomainsAndDramaNumbers() {
        SyntheticPeople people = new SyntheticPeople(17);
        Set<String> platforms = new HashSet<>();
        for (int i = 0; i < 2_000; i++) {
            String account = people.onlineAccount();
            String platform = account.substring(0, account.indexOf(": "));
            String value = account.substring(account.indexOf(": ") + 2);
            platforms.add(platform);
            switch (platform) {
                case "Email" -> assertThat(value).matches("^[a-z0-9.]+@example\\.(com|org)$");
                case "WhatsApp" -> assertThat(value).matches(MOBILE);
                case "Facebook" -> assertThat(value).matches("^[a-z0-9.]+$");
                default -> assertThat(value).matches("^@[a-z0-9._]+$");
            }
        }
        assertThat(platforms).containsExactlyInAnyOrder("Instagram", "Facebook", "TikTok", "X", "Snapchat",
                "WhatsApp", "Telegram", "Email");
    }

    @Test
    void helpersStayInBounds() {
        SyntheticPeople people = new SyntheticPeople(18);
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < 1_000; i++) {
            int n = people.between(-2, 2);
            assertThat(n).isBetween(-2, 2);
            seen.add(n);
            assertThat(people.pick(List.of("a", "b", "c"))).isIn("a", "b", "c");
            assertThat(people.chance(0.0)).isFalse();
            assertThat(people.chance(1.0)).isTrue();
        }
        assertThat(seen).containsExactlyInAnyOrder(-2, -1, 0, 1, 2);
        assertThat(people.between(5, 5)).isEqualTo(5);
        assertThat(people.between(Integer.MIN_VALUE, Integer.MAX_VALUE)).isBetween(Integer.MIN_VALUE,
                Integer.MAX_VALUE);
        assertThatThrownBy(() -> people.between(3, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> people.pick(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
