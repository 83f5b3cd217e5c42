package org.casefile.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.casefile.client.ClientFixtures;
import org.casefile.incident.Behaviour;
import org.casefile.incident.Incidents;
import org.casefile.security.Session;
import org.casefile.security.TestStores;
import org.casefile.settings.Language;
import org.casefile.settings.Settings;
import org.casefile.store.StoreLocation;
import org.casefile.ui.Background;
import org.casefile.ui.FxWait;
import org.casefile.ui.Screenshots;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** With Polish chosen, the whole window speaks Polish and writes dates the Polish way. */
@ExtendWith(ApplicationExtension.class)
class PolishWindowUiTest {
    private static final Locale BEFORE = Locale.getDefault();
    private static Path dir;
    private MainWindow window;
    private Stage stage;

    @BeforeAll
    static void storeWithOneIncident() throws IOException {
        dir = Files.createTempDirectory("casefile-pl");
        try (Session session = TestStores.create(dir.resolve("store"))) {
            org.casefile.CaseServices c = org.casefile.CaseServices.open(session, Clock.systemDefaultZone());
            var client = c.clients().create(ClientFixtures.allocatedTo(ClientFixtures.lucja(), session.user().id()));
            c.incidents().record(client.id(), Incidents.on(LocalDate.now().minusDays(1), Behaviour.MESSAGES));
        }
        // What Main does at start-up with the language chosen in Settings.
        Locale.setDefault(Language.POLISH.locale());
    }

    @AfterAll
    static void backToEnglish() {
        Locale.setDefault(BEFORE);
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Settings settings = Settings.load(dir.resolve("settings.properties"));
        settings.setLanguage(Language.POLISH);
        window = new MainWindow(stage, new StoreLocation(dir.resolve("store")), settings, Clock.systemDefaultZone(),
                TestStores.FAST, new Background());
        window.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        if (window != null) {
            robot.interact(() -> {
                window.shutdown();
                stage.hide();
            });
        }
    }

    @Test
    void theMainWindowIsInPolish(FxRobot robot) {
        FxWait.until(() -> robot.lookup("#username").tryQuery().isPresent(), "the sign-in screen");
        assertThat(robot.lookup("Logowanie").tryQuery()).as("the sign-in heading").isPresent();
        robot.clickOn("#username").write(TestStores.ADMIN);
        robot.clickOn("#password").write(new String(TestStores.PASSWORD)).type(KeyCode.ENTER);
        FxWait.until(() -> robot.lookup("#nav-dashboard").tryQuery().isPresent(), "the shell");
        assertThat(robot.lookup("#nav-dashboard").queryAs(ToggleButton.class).getText()).isEqualTo("Pulpit");
        assertThat(robot.lookup("#nav-settings").queryAs(ToggleButton.class).getText()).isEqualTo("Ustawienia");
        assertThat(robot.lookup("Ostatnie zdarzenia").tryQuery()).as("the recent incidents heading").isPresent();
        // Polish short dates: day.month.year without leading zeros in the day, e.g. 2.11.2026.
        String yesterday = LocalDate.now().minusDays(1).format(java.time.format.DateTimeFormatter.ofPattern("d.MM.uuuu"));
        FxWait.until(() -> robot.lookup((Label l) -> l.getText().equals(yesterday)).tryQuery().isPresent(),
                "yesterday's incident dated " + yesterday);
        robot.type(KeyCode.F1);
        FxWait.until(() -> robot.lookup("Przewodnik: Pulpit").tryQuery().isPresent(), "the quick guide in Polish");
        Screenshots.save(stage.getScene(), "main-window-pl");
        assertThat(robot.lookup("#quick-guide").queryAs(Node.class).isVisible()).isTrue();
    }
}
