package org.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every message key the code and views use exists, and every key in the bundle is used. */
class MessagesConsistencyTest {
    private static final Pattern JAVA_LITERAL = Pattern.compile("\"([a-z][a-zA-Z]*(?:\\.[a-zA-Z]+)+)\"");
    private static final Pattern FXML_KEY = Pattern.compile("\"%([a-zA-Z.]+)\"");

    @Test
    void messagesWithArgumentsDoubleTheirApostrophes() throws IOException {
        // In a MessageFormat pattern a lone apostrophe starts a quote: "client's {0}" loses the apostrophe and
        // prints "{0}" as it stands. Messages without arguments are shown as written, so only these matter.
        java.util.regex.Pattern argument = java.util.regex.Pattern.compile("\\{\\d");
        java.util.regex.Pattern loneApostrophe = java.util.regex.Pattern.compile("(?<!')'(?!')");
        List<Path> files = new java.util.ArrayList<>();
        for (String name : Messages.BUNDLES) {
            files.add(file(name, ""));
            for (org.casefile.settings.Language language : org.casefile.settings.Language.values()) {
                Path translated = file(name, "_" + language.locale().getLanguage());
                if (Files.exists(translated)) {
                    files.add(translated);
                }
            }
        }
        for (Path name : files) {
            Properties part = load(name);
            for (String key : part.stringPropertyNames()) {
                String text = part.getProperty(key);
                if (argument.matcher(text).find()) {
                    assertThat(loneApostrophe.matcher(text).find()).as("%s in %s has a lone apostrophe: write ''", key, name)
                            .isFalse();
                }
            }
        }
    }

    @Test
    void usedKeysExistAndBundledKeysAreUsed() throws IOException {
        Properties bundle = new Properties();
        // Every bundle Messages reads, not only those named messages.properties (the pattern view has its own).
        for (String name : Messages.BUNDLES) {
            Path file = Path.of("src/main/resources", name.replace('.', '/') + ".properties");
            Properties part = new Properties();
            try (var in = Files.newBufferedReader(file)) {
                part.load(in);
            }
            for (String key : part.stringPropertyNames()) {
                assertThat(bundle.containsKey(key)).as("key %s defined twice", key).isFalse();
                bundle.setProperty(key, part.getProperty(key));
            }
        }
        Set<String> defined = bundle.stringPropertyNames();
        Set<String> prefixes = new HashSet<>();
        defined.forEach(k -> prefixes.add(k.substring(0, k.indexOf('.'))));

        Set<String> used = new TreeSet<>();
        scan(Path.of("src/main/java"), ".java", JAVA_LITERAL, used);
        scan(Path.of("src/main/resources"), ".fxml", FXML_KEY, used);
        used.removeIf(key -> !prefixes.contains(key.substring(0, key.indexOf('.'))));
        // Literals that look like keys but name a file and system properties.
        used.removeAll(Set.of("settings.properties", "user.home", "user.name"));
        // Keys built from enums.
        for (String section : org.casefile.app.SectionsForTest.ids()) {
            used.add("section." + section);
            used.add("empty." + section + ".title");
            used.add("empty." + section + ".text");
        }
        for (org.casefile.security.Role role : org.casefile.security.Role.values()) {
            used.add(role.labelKey());
        }
        for (Enum<?>[] values : List.<Enum<?>[]>of(org.casefile.client.CaseStatus.values(), org.casefile.client.Safety.values(),
                org.casefile.client.AddressKind.values(), org.casefile.risk.RiskLevel.values(),
                org.casefile.perpetrator.Relationship.values(), org.casefile.incident.Behaviour.values(),
                org.casefile.incident.BehaviourGroup.values(), org.casefile.incident.Channel.values(),
                org.casefile.incident.Place.values(), org.casefile.incident.Source.values(),
                org.casefile.incident.SignalKind.values(), org.casefile.evidence.CustodyAction.values(),
                org.casefile.evidence.Derivation.values(), org.casefile.chronology.EventKind.values(),
                org.casefile.risk.Answer.values(), org.casefile.risk.AnswerSource.values(),
                org.casefile.risk.NoteKind.values(), org.casefile.risk.GradeScheme.values(),
                org.casefile.risk.GradeScheme.Grade.values(), org.casefile.risk.Decision.values(),
                org.casefile.referral.AgencyKind.values(), org.casefile.referral.ConsentMethod.values(),
                org.casefile.referral.LawfulBasis.values(), org.casefile.referral.Direction.values(),
                org.casefile.referral.ReferralMethod.values(), org.casefile.referral.MaracReason.values(),
                org.casefile.referral.ReferralStatus.values(), org.casefile.reminder.Reminder.Kind.values(),
                org.casefile.typology.StalkerType.values(), org.casefile.typology.Modality.values(),
                org.casefile.typology.ContextFlag.values(), org.casefile.typology.WarningResponse.values(),
                org.casefile.typology.MentalHealthIndicator.values(), org.casefile.typology.Evidence.Kind.values(),
                org.casefile.importing.ImportFormat.values(), org.casefile.importing.DateOrder.values(),
                org.casefile.importing.MessageKind.values(),
                org.casefile.order.OrderType.values(), org.casefile.order.OrderStatus.values(),
                org.casefile.order.ConditionKind.values(), org.casefile.order.BreachOutcome.values())) {
            for (Enum<?> value : values) {
                used.add(labelKey(value));
            }
        }
        for (org.casefile.referral.ReferralStatus status : org.casefile.referral.ReferralStatus.values()) {
            used.add(status.actionKey());
        }
        for (org.casefile.incident.SignalKind kind : org.casefile.incident.SignalKind.values()) {
            used.add(kind.reasonKey());
        }
        for (org.casefile.order.OrderType type : org.casefile.order.OrderType.values()) {
            used.add(type.shortKey());
        }
        org.casefile.client.ClientService.historyFields().forEach(f -> used.add("history.field." + f));
        for (org.casefile.settings.Language language : org.casefile.settings.Language.values()) {
            used.add(language.labelKey());
        }
        // Every screen's quick guide, named after its view.
        for (String topic : guideTopics()) {
            for (String part : List.of("title", "what", "do", "safe")) {
                used.add("help." + topic + "." + part);
            }
        }

        Set<String> missing = new TreeSet<>(used);
        missing.removeAll(defined);
        assertThat(missing).as("keys used but not in messages.properties").isEmpty();

        Set<String> unused = new TreeSet<>(defined);
        unused.removeAll(used);
        assertThat(unused).as("keys in messages.properties that nothing uses").isEmpty();
    }

    /** Every view but those {@link org.casefile.ui.QuickGuide#WITHOUT_GUIDE} has a quick guide. */
    private static Set<String> guideTopics() throws IOException {
        Set<String> topics = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources"))) {
            files.filter(p -> p.toString().endsWith(".fxml"))
                    .map(p -> org.casefile.ui.QuickGuide.topicOf(p.getFileName().toString()))
                    .filter(t -> !org.casefile.ui.QuickGuide.WITHOUT_GUIDE.contains(t))
                    .forEach(topics::add);
        }
        return topics;
    }

    @Test
    void everyScreenHasAQuickGuide() throws IOException {
        Properties all = new Properties();
        for (String name : Messages.BUNDLES) {
            all.putAll(load(file(name, "")));
        }
        Set<String> topics = guideTopics();
        assertThat(topics).contains("dashboard", "caseload", "incidentForm", "risk", "bundle", "settings");
        for (String topic : topics) {
            for (String part : List.of("title", "what", "do", "safe")) {
                assertThat(all.getProperty("help." + topic + "." + part)).as("quick guide %s: %s", topic, part)
                        .isNotBlank();
            }
        }
    }

    /**
     * Every bundle has a translation for each language besides British English, with exactly the same keys and,
     * in each message, the same placeholders: a translation cannot drop a name or a number, nor a button's mnemonic.
     */
    @Test
    void everyLocaleHasEveryKeyWithTheSamePlaceholders() throws IOException {
        Pattern placeholder = Pattern.compile("\\{[^{}]*\\}");
        Pattern mnemonic = Pattern.compile("_\\p{L}");
        for (org.casefile.settings.Language language : org.casefile.settings.Language.values()) {
            if (language == org.casefile.settings.Language.ENGLISH_UK) {
                continue;
            }
            String suffix = "_" + language.locale().getLanguage();
            for (String name : Messages.BUNDLES) {
                Path translated = file(name, suffix);
                assertThat(translated).as("%s needs a translation into %s", name, language).exists();
                Properties base = load(file(name, ""));
                Properties other = load(translated);
                assertThat(new TreeSet<>(other.stringPropertyNames())).as("keys of %s", translated)
                        .isEqualTo(new TreeSet<>(base.stringPropertyNames()));
                for (String key : base.stringPropertyNames()) {
                    assertThat(tokens(placeholder, other.getProperty(key))).as("placeholders of %s in %s", key, translated)
                            .isEqualTo(tokens(placeholder, base.getProperty(key)));
                    assertThat(other.getProperty(key)).as("%s in %s", key, translated).isNotBlank();
                    // A button's Alt+letter ("_" before a letter) is kept in every language.
                    assertThat(mnemonic.matcher(other.getProperty(key)).results().count())
                            .as("mnemonics (_ before a letter) of %s in %s", key, translated)
                            .isEqualTo(mnemonic.matcher(base.getProperty(key)).results().count());
                }
            }
        }
    }

    /**
     * Within one screen no two buttons share an Alt+letter, in any language: JavaFX would only move the focus
     * between them. (Screens shown together, a client's header and its tabs, are checked in English by
     * ScreenReviewUiTest.)
     */
    @Test
    void noTwoButtonsOfAScreenShareAMnemonicInAnyLanguage() throws IOException {
        Pattern button = Pattern.compile("<(?:Button|ToggleButton|MenuButton|CheckBox|RadioButton)\\b[^>]*?\\stext=\"%([a-zA-Z.]+)\"");
        Pattern mnemonic = Pattern.compile("_(\\p{L})");
        List<Path> screens;
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/org/casefile"))) {
            screens = files.filter(f -> f.toString().endsWith(".fxml")).sorted().toList();
        }
        int marked = 0;
        for (org.casefile.settings.Language language : org.casefile.settings.Language.values()) {
            String suffix = language == org.casefile.settings.Language.ENGLISH_UK ? ""
                    : "_" + language.locale().getLanguage();
            Properties all = new Properties();
            for (String name : Messages.BUNDLES) {
                all.putAll(load(file(name, suffix)));
            }
            for (Path screen : screens) {
                java.util.Map<Character, List<String>> byLetter = new java.util.TreeMap<>();
                Matcher m = button.matcher(Files.readString(screen));
                while (m.find()) {
                    Matcher letter = mnemonic.matcher(all.getProperty(m.group(1), ""));
                    if (letter.find()) {
                        marked++;
                        byLetter.computeIfAbsent(Character.toLowerCase(letter.group(1).charAt(0)),
                                c -> new java.util.ArrayList<>()).add(m.group(1));
                    }
                }
                byLetter.forEach((letter, keys) -> assertThat(keys)
                        .as("Alt+%s in %s (%s)", letter, screen.getFileName(), language).hasSize(1));
            }
        }
        assertThat(marked).as("buttons with a mnemonic").isPositive();
    }

    private static List<String> tokens(Pattern placeholder, String text) {
        List<String> out = new java.util.ArrayList<>();
        Matcher m = placeholder.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out.stream().distinct().sorted().toList();
    }

    private static Path file(String bundle, String suffix) {
        return Path.of("src/main/resources", bundle.replace('.', '/') + suffix + ".properties");
    }

    private static Properties load(Path file) throws IOException {
        Properties p = new Properties();
        try (var in = Files.newBufferedReader(file)) {
            p.load(in);
        }
        return p;
    }

    private static String labelKey(Enum<?> value) {
        try {
            return (String) value.getClass().getMethod("labelKey").invoke(value);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(value.getClass() + " has no labelKey()", e);
        }
    }

    private static void scan(Path root, String suffix, Pattern pattern, Set<String> into) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(p -> p.toString().endsWith(suffix)).toList()) {
                Matcher m = pattern.matcher(Files.readString(file));
                while (m.find()) {
                    into.add(m.group(1));
                }
            }
        }
    }
}
