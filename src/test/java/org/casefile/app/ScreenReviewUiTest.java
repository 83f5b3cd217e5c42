package org.casefile.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Cell;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.casefile.security.TestStores;
import org.casefile.ui.FxWait;
import org.casefile.ui.ScrollIntoView;
import org.casefile.ui.Screenshots;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The main screens in light, dark and high contrast at 100 % and 200 % text: every label and button shows its
 * whole text (none cut short with an ellipsis). The rest of a client's case (evidence, pattern, chronology, risk,
 * typology, orders, bundle, the perpetrator, the incident, order and assessment forms), with rows in its tables,
 * is walked at 100 % light and 200 % light and dark, to keep the build's time. With
 * {@code -Dcasefile.screenshots=DIR} each view is saved as {@code review-<screen>-<theme>-<size>.png} for a person
 * to look at.
 */
@ExtendWith(ApplicationExtension.class)
class ScreenReviewUiTest {
    private static final Pattern MNEMONIC = Pattern.compile("_(\\p{L})");
    private Stage stage;
    private DemoWindow demo;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close(FxRobot robot) {
        if (demo != null) {
            demo.close(robot, stage);
        }
        robot.interact(() -> Theme.apply(Theme.Look.LIGHT, 100));
    }

    private record Variant(Theme.Look look, int size) {
        String suffix() {
            return look.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + "-" + size;
        }
    }

    @Test
    void noTextIsCutShortInAnyThemeAtNormalOrDoubleSize(FxRobot robot) {
        demo = DemoWindow.open(robot, stage, 5, ScreenReviewUiTest::fillCases);
        List<Variant> variants = List.of(new Variant(Theme.Look.LIGHT, 100), new Variant(Theme.Look.DARK, 100),
                new Variant(Theme.Look.LIGHT, 200), new Variant(Theme.Look.DARK, 200),
                new Variant(Theme.Look.HIGH_CONTRAST, 100), new Variant(Theme.Look.HIGH_CONTRAST, 200));
        // The rest of a case (its other tabs, the perpetrator, the incident, order and assessment forms) in the
        // variants where text is tightest and in the two themes most used; high contrast shares their layout.
        List<Variant> whole = List.of(new Variant(Theme.Look.LIGHT, 100), new Variant(Theme.Look.LIGHT, 200),
                new Variant(Theme.Look.DARK, 200));
        List<String> cut = new ArrayList<>();
        FxWait.until(() -> robot.lookup("#username").tryQuery().isPresent(), "the sign-in screen");
        for (Variant v : variants) {
            apply(robot, v);
            review(robot, "sign-in", v, cut);
        }
        robot.clickOn("#username").write(TestStores.ADMIN);
        robot.clickOn("#password").write(new String(TestStores.PASSWORD)).type(KeyCode.ENTER);
        FxWait.until(() -> robot.lookup("#nav-dashboard").tryQuery().isPresent(), "the dashboard");

        for (Variant v : variants) {
            apply(robot, v);
            choose(robot, "#nav-dashboard");
            review(robot, "dashboard", v, cut);

            choose(robot, "#nav-clients");
            FxWait.until(() -> robot.lookup("#table").tryQuery().map(t -> !((TableView<?>) t).getItems().isEmpty())
                    .orElse(false), "the caseload");
            review(robot, "caseload", v, cut);
            robot.interact(() -> riskInSight(robot.lookup("#table").queryAs(TableView.class),
                    "caseload (" + v.suffix() + ")", cut));

            robot.interact(() -> robot.lookup("#table").queryAs(TableView.class).getSelectionModel().selectFirst());
            robot.interact(() -> robot.lookup("#table").queryAs(TableView.class).requestFocus());
            robot.type(KeyCode.ENTER);
            FxWait.until(() -> robot.lookup("#edit").tryQuery().isPresent(), "the client");
            review(robot, "client", v, cut);

            tab(robot, "incidents-tab", "#logIncident");
            review(robot, "incident-log", v, cut);
            tab(robot, "referrals-tab", "#newReferral");
            review(robot, "referrals-tab", v, cut);
            if (whole.contains(v)) {
                restOfTheCase(robot, v, cut);
            }
            robot.interact(() -> robot.lookup("#tabs").queryAs(TabPane.class).getSelectionModel().selectFirst());

            robot.press(KeyCode.CONTROL).type(KeyCode.E).release(KeyCode.CONTROL);
            FxWait.until(() -> robot.lookup("#givenName").tryQuery().isPresent(), "the client form");
            review(robot, "client-form", v, cut);
            robot.type(KeyCode.ESCAPE);
            FxWait.until(() -> robot.lookup("#edit").tryQuery().isPresent(), "back to the client");
            if (whole.contains(v)) {
                perpetrator(robot, v, cut);
            } else {
                robot.type(KeyCode.ESCAPE);
            }
            FxWait.until(() -> robot.lookup("#table").tryQuery().isPresent(), "back to the caseload");

            choose(robot, "#nav-referrals");
            FxWait.until(() -> robot.lookup("#referrals").tryQuery().isPresent(), "the referrals");
            review(robot, "referrals", v, cut);

            choose(robot, "#nav-agencies");
            FxWait.until(() -> robot.lookup("#agencies").tryQuery().isPresent(), "the agencies");
            review(robot, "agencies", v, cut);

            choose(robot, "#nav-settings");
            FxWait.until(() -> robot.lookup("#dark").tryQuery().isPresent(), "the settings");
            review(robot, "settings", v, cut);
            scrollTo(robot, "#accounts");
            review(robot, "settings-accounts", v, cut);
            scrollTo(robot, "#entries");
            review(robot, "audit-log", v, cut);
            scrollTo(robot, "#due");
            review(robot, "retention", v, cut);
            robot.interact(() -> stage.getScene().getRoot().lookupAll(".page-scroll")
                    .forEach(n -> ((ScrollPane) n).setVvalue(0)));
        }
        cut.forEach(line -> System.out.println("review, cut: " + line));
        assertThat(cut).as("text cut short, out of sight sideways, or a shared mnemonic").isEmpty();
    }

    /**
     * A client's other tabs, each with rows in its tables (see {@link #fillCases}), and the forms reached from
     * them: the assessment form from the risk tab, the order form from an order, the incident form by amending
     * an incident. Ends on the client's incident log.
     */
    private void restOfTheCase(FxRobot robot, Variant v, List<String> cut) {
        tab(robot, "evidence-tab", "#checkAll");
        FxWait.until(() -> hasRows(robot, "evidence-tab", "#table"), "the exhibits");
        review(robot, "evidence", v, cut);

        tab(robot, "pattern-tab", "#courseOfConduct");
        FxWait.until(() -> in(robot, "pattern-tab", "#courseOfConduct") instanceof Labeled l && l.getText() != null
                && !l.getText().isBlank(), "the pattern");
        review(robot, "pattern", v, cut);

        tab(robot, "chronology-tab", "#export");
        FxWait.until(() -> hasRows(robot, "chronology-tab", "#table"), "the chronology");
        review(robot, "chronology", v, cut);

        tab(robot, "risk-tab", "#assess");
        FxWait.until(() -> hasRows(robot, "risk-tab", "#assessments") && hasRows(robot, "risk-tab", "#gradeTable"),
                "the assessments and grades");
        robot.interact(() -> ((TableView<?>) in(robot, "risk-tab", "#assessments")).getSelectionModel().selectFirst());
        FxWait.until(() -> shown(robot, "risk-tab", "#detail"), "the assessment's answers");
        review(robot, "risk", v, cut);
        press(robot, "risk-tab", "#assess");
        FxWait.until(() -> in(robot, "risk-tab", "#areas") instanceof Parent areas
                && !areas.getChildrenUnmodifiable().isEmpty(), "the assessment form");
        review(robot, "assessment-form", v, cut);
        press(robot, "risk-tab", "#cancel");
        FxWait.until(() -> shown(robot, "risk-tab", "#assess"), "back to risk");

        tab(robot, "typology-tab", "#run");
        FxWait.until(() -> hasRows(robot, "typology-tab", "#history") && shown(robot, "typology-tab", "#findingCard"),
                "the typology");
        review(robot, "typology", v, cut);

        tab(robot, "orders-tab", "#addOrder");
        FxWait.until(() -> hasRows(robot, "orders-tab", "#orders"), "the orders");
        robot.interact(() -> ((TableView<?>) in(robot, "orders-tab", "#orders")).getSelectionModel().selectFirst());
        FxWait.until(() -> shown(robot, "orders-tab", "#breaches") && hasRows(robot, "orders-tab", "#breaches"),
                "the order's breaches");
        review(robot, "orders", v, cut);
        press(robot, "orders-tab", "#editOrder");
        FxWait.until(() -> in(robot, "orders-tab", "#court") != null, "the order form");
        review(robot, "order-form", v, cut);
        robot.type(KeyCode.ESCAPE);
        FxWait.until(() -> shown(robot, "orders-tab", "#addOrder"), "back to orders");

        tab(robot, "bundle-tab", "#make");
        review(robot, "bundle", v, cut);

        tab(robot, "incidents-tab", "#logIncident");
        FxWait.until(() -> hasRows(robot, "incidents-tab", "#table"), "the incident log");
        robot.interact(() -> {
            TableView<?> log = (TableView<?>) in(robot, "incidents-tab", "#table");
            log.getSelectionModel().selectFirst();
            log.requestFocus();
        });
        robot.type(KeyCode.ENTER);
        FxWait.until(() -> robot.lookup("#amend").tryQuery().isPresent(), "the incident");
        robot.interact(() -> robot.lookup("#amend").queryAs(javafx.scene.control.Button.class).fire());
        FxWait.until(() -> robot.lookup("#behaviourGroups").tryQuery()
                .map(g -> !((Parent) g).getChildrenUnmodifiable().isEmpty()).orElse(false), "the incident form");
        review(robot, "incident-form", v, cut);
        robot.type(KeyCode.ESCAPE);
        FxWait.until(() -> robot.lookup("#amend").tryQuery().isPresent(), "back to the incident");
        robot.type(KeyCode.ESCAPE);
        FxWait.until(() -> robot.lookup("#logIncident").tryQuery().isPresent(), "back to the incident log");
    }

    /** The client's first perpetrator, opened from the perpetrators tab; Esc leaves it for the caseload. */
    private void perpetrator(FxRobot robot, Variant v, List<String> cut) {
        robot.interact(() -> robot.lookup("#tabs").queryAs(TabPane.class).getSelectionModel().select(1));
        FxWait.until(() -> robot.lookup("#perpetrators").tryQuery()
                .map(l -> !((javafx.scene.control.ListView<?>) l).getItems().isEmpty()).orElse(false),
                "the client's perpetrators");
        robot.interact(() -> {
            javafx.scene.control.ListView<?> list = robot.lookup("#perpetrators").queryAs(
                    javafx.scene.control.ListView.class);
            list.getSelectionModel().selectFirst();
            list.requestFocus();
        });
        robot.type(KeyCode.ENTER);
        FxWait.until(() -> robot.lookup("#clientsTable").tryQuery().map(t -> !((TableView<?>) t).getItems()
                .isEmpty()).orElse(false), "the perpetrator");
        review(robot, "perpetrator", v, cut);
        robot.type(KeyCode.ESCAPE);
    }

    private static boolean hasRows(FxRobot robot, String tab, String table) {
        return in(robot, tab, table) instanceof TableView<?> t && !t.getItems().isEmpty();
    }

    private static boolean shown(FxRobot robot, String tab, String id) {
        return in(robot, tab, id) instanceof Node n && treeVisible(n);
    }

    private static void press(FxRobot robot, String tab, String id) {
        robot.interact(() -> ((javafx.scene.control.ButtonBase) in(robot, tab, id)).fire());
    }

    /**
     * The node in the content of the client's tab (several tabs have a {@code #table} or a {@code #detail}), or
     * null.
     */
    private static Node in(FxRobot robot, String tabId, String id) {
        return robot.lookup("#tabs").tryQuery().map(t -> ((TabPane) t).getTabs().stream()
                .filter(tab -> tabId.equals(tab.getId()) && tab.getContent() != null).findFirst()
                .map(tab -> tab.getContent().lookup(id)).orElse(null)).orElse(null);
    }

    /**
     * Every client of the demo store gets what the tabs show, synthetic and of realistic length: two exhibits, a
     * stalking protection order with conditions and a breach logged with the police's reference, an assessment, a
     * police grade and notes, and a typology finding the caseworker confirmed.
     */
    static void fillCases(org.casefile.security.Session session) {
        org.casefile.CaseServices s = org.casefile.CaseServices.open(session, java.time.Clock.systemDefaultZone());
        java.time.LocalDate today = java.time.LocalDate.now();
        for (org.casefile.client.ClientSummary c : s.clients().caseload(org.casefile.client.CaseloadFilter.ALL)) {
            long client = c.id();
            long perpetrator = s.perpetrators().forClient(client).getFirst().perpetratorId();
            s.exhibits().receive(client, "screenshot-of-messages-received-overnight.png", picture(),
                    new org.casefile.evidence.Intake(session.user().initials(), null,
                            new org.casefile.evidence.Acquisition("The client", "Screenshot taken on her phone",
                                    "Her mobile phone"),
                            "Eleven messages received between 01:10 and 03:40, sent from a number she does not know"));
            s.exhibits().receive(client, "letter-left-on-the-doorstep.txt",
                    "You will never be rid of me.\n".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    new org.casefile.evidence.Intake(session.user().initials(), null,
                            new org.casefile.evidence.Acquisition("The client", "Typed out from the letter", ""),
                            "A handwritten letter found on the doorstep, typed out word for word"));
            var order = s.orders().record(client, new org.casefile.order.OrderDraft(
                    org.casefile.order.OrderType.STALKING_PROTECTION_ORDER, perpetrator,
                    "Northbridge Magistrates' Court", "SPO/" + today.getYear() + "/418", today.minusMonths(5),
                    today.minusMonths(5).plusDays(2), today.minusMonths(5).plusYears(2), false, null,
                    List.of(new org.casefile.order.OrderDraft.Condition(org.casefile.order.ConditionKind.PROHIBITION,
                                    "Must not contact the client directly or through anyone else", ""),
                            new org.casefile.order.OrderDraft.Condition(org.casefile.order.ConditionKind.PROHIBITION,
                                    "Must not enter the exclusion zone", "Larkspur Close and the streets around it")),
                    "Must notify the police of name and address within three days", "",
                    org.casefile.order.OrderStatus.IN_FORCE));
            var breach = s.incidents().record(client, new org.casefile.incident.IncidentDraft(today.minusDays(9),
                    java.time.LocalTime.of(22, 40), null, null, false,
                    java.util.Set.of(org.casefile.incident.Behaviour.LOITERING,
                            org.casefile.incident.Behaviour.THREAT_TO_CLIENT),
                    org.casefile.incident.Channel.IN_PERSON, org.casefile.incident.Place.HOME, "Across the road",
                    List.of(perpetrator), "I'm not going anywhere.",
                    "Stood across the road from her home for forty minutes, then shouted at the window",
                    "Could not sleep; kept the lights off", true, "A neighbour saw him", false,
                    org.casefile.incident.Source.CLIENT,
                    new org.casefile.incident.PoliceReport(true, "Northbridge Police", "CR/204871/26", "PC 4471"),
                    order.id()));
            s.orders().recordBreach(order.id(), breach.id(), null, "CR/204871/26",
                    org.casefile.order.BreachOutcome.ARRESTED);
            org.casefile.risk.Checklist checklist = s.risk().checklist();
            java.util.Map<String, org.casefile.risk.AssessmentDraft.Given> answers = new java.util.HashMap<>();
            for (int k = 0; k < checklist.factors().size(); k++) {
                answers.put(checklist.factors().get(k).id(), k % 2 == 0
                        ? new org.casefile.risk.AssessmentDraft.Given(org.casefile.risk.Answer.YES,
                        org.casefile.risk.AnswerSource.CLIENT, k == 0 ? "Said so at the first meeting" : "")
                        : new org.casefile.risk.AssessmentDraft.Given(org.casefile.risk.Answer.NO, null, ""));
            }
            s.risk().assess(client, checklist, new org.casefile.risk.AssessmentDraft(today.minusDays(6), answers,
                    org.casefile.risk.RiskLevel.HIGH,
                    "Professional judgement: the contact is escalating and the client is very frightened",
                    today.plusDays(22)));
            s.risk().addGrade(client, new org.casefile.risk.GradeDraft(org.casefile.risk.GradeScheme.DASH,
                    org.casefile.risk.GradeScheme.Grade.HIGH, today.minusDays(8), "Northbridge Police, PC 4471", ""));
            s.risk().addNote(client, org.casefile.risk.NoteKind.SAFETY_PLANNING,
                    "Agreed a code word with her sister; a bag is packed and kept at work.");
            var finding = s.typology().run(client, perpetrator);
            s.typology().decide(client, finding.id(), finding.version(), org.casefile.risk.Decision.CONFIRMED, null,
                    "");
        }
    }

    /** A small synthetic picture for an exhibit. */
    private static byte[] picture() {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(120, 80,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try {
            javax.imageio.ImageIO.write(image, "png", out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * The caseload shows the reference, the name and the risk level first, and the risk level in sight without
     * scrolling sideways, at every size: a tired caseworker must not have to scroll to see who is at high risk.
     */
    private static void riskInSight(TableView<?> table, String where, List<String> cut) {
        List<String> first = table.getVisibleLeafColumns().stream().limit(3).map(c -> c.getId()).toList();
        if (!first.equals(List.of("referenceColumn", "nameColumn", "riskColumn"))) {
            cut.add(where + ": the first columns are " + first);
        }
        Bounds shown = table.localToScene(table.getLayoutBounds());
        for (Node node : table.lookupAll(".column-header")) {
            if (node instanceof javafx.scene.control.skin.TableColumnHeader header
                    && header.getTableColumn() != null && "riskColumn".equals(header.getTableColumn().getId())) {
                Bounds risk = header.localToScene(header.getLayoutBounds());
                if (risk.getMinX() < shown.getMinX() - 1 || risk.getMaxX() > shown.getMaxX() + 1) {
                    cut.add(where + ": the risk level is out of sight without scrolling sideways");
                }
                return;
            }
        }
        cut.add(where + ": no risk level column header");
    }

    /** The mnemonic check itself: two buttons in sight on one letter are found, a hidden one does not count. */
    @Test
    void twoButtonsInSightOnOneLetterAreFound(FxRobot robot) {
        List<String> found = new ArrayList<>();
        robot.interact(() -> {
            javafx.scene.control.Button save = new javafx.scene.control.Button("_Save");
            javafx.scene.control.Button send = new javafx.scene.control.Button("_Send");
            javafx.scene.control.Button hidden = new javafx.scene.control.Button("_Edit");
            javafx.scene.control.Button edit = new javafx.scene.control.Button("_Edit");
            hidden.setVisible(false);
            findSharedMnemonics(new javafx.scene.layout.VBox(save, send, hidden, edit), "test", found);
        });
        assertThat(found).containsExactly("test: Alt+S is shared by [_Save, _Send]");
    }

    /**
     * Opens a tab of the client's overview and waits for a node of its content; the overview scrolls to its end,
     * where the tab is (at 200 % the client's header fills the first screen).
     */
    private static void tab(FxRobot robot, String tabId, String shown) {
        robot.interact(() -> {
            TabPane tabs = robot.lookup("#tabs").queryAs(TabPane.class);
            tabs.getTabs().stream().filter(t -> tabId.equals(t.getId())).findFirst()
                    .ifPresent(t -> tabs.getSelectionModel().select(t));
        });
        FxWait.until(() -> robot.lookup(shown).tryQuery().map(Node::isVisible).orElse(false), tabId);
        robot.interact(() -> {
            for (Node n = robot.lookup("#tabs").query(); n != null; n = n.getParent()) {
                if (n instanceof ScrollPane pane) {
                    pane.setVvalue(1);
                }
            }
        });
    }

    /** Scrolls the settings page so the node is in sight (for the screenshot; the checks cover the whole page). */
    private void scrollTo(FxRobot robot, String id) {
        robot.interact(() -> {
            Node node = stage.getScene().getRoot().lookup(id);
            for (Node n = node; n != null; n = n.getParent()) {
                if (n instanceof ScrollPane pane && n.getStyleClass().contains("page-scroll")) {
                    pane.setVvalue(0);
                    pane.layout();
                    ScrollIntoView.reveal(pane, node);
                }
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void apply(FxRobot robot, Variant v) {
        robot.interact(() -> Theme.apply(v.look(), v.size()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void choose(FxRobot robot, String nav) {
        robot.interact(() -> robot.lookup(nav).queryAs(ToggleButton.class).fire());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void review(FxRobot robot, String screen, Variant v, List<String> cut) {
        WaitForAsyncUtils.waitForFxEvents();
        FxWait.until(() -> true, "layout");
        Screenshots.save(stage.getScene(), "review-" + screen + "-" + v.suffix());
        robot.interact(() -> findCut(stage.getScene().getRoot(), screen + " (" + v.suffix() + ")", cut));
        robot.interact(() -> findSharedMnemonics(stage.getScene().getRoot(), screen, cut));
    }

    /**
     * A label or button showing less than its text: the skin replaced the end (or middle) with an ellipsis, wrapped
     * text breaks inside a word, or the text runs past its own control, past a scroll pane's or list's visible area
     * sideways, or off the window.
     * Tables' column headers are labels too, and so are the cells in the rows of tables and lists: a value shown as
     * "C-2026-…" or running past its cell into the next column is cut. A table or list that scrolls sideways (its
     * horizontal scroll bar showing) hides columns on purpose: what it hides is reached by scrolling, not cut.
     */
    static void findCut(Parent root, String where, List<String> cut) {
        double windowWidth = root.getScene().getWidth();
        for (Node node : root.lookupAll(".text")) {
            if (!(node instanceof Text shown) || !(shown.getParent() instanceof Labeled labeled)
                    || inTabHeaders(labeled) || !treeVisible(labeled)) {
                continue;
            }
            String full = labeled.getText();
            if (full == null || full.isBlank()) {
                continue;
            }
            String expected = labeled.isMnemonicParsing() ? full.replaceFirst("_(?=.)", "") : full;
            String ellipsis = labeled.getEllipsisString();
            String problem = null;
            Bounds text = shown.localToScene(shown.getBoundsInLocal());
            // A wrapped line's bounds include the space it broke at, and a glyph may lean a pixel past its origin.
            double slack = shown.getFont().getSize() * 0.35 + 1;
            if (!shown.getText().equals(expected) && shown.getText().contains(ellipsis)) {
                problem = "shown as \"" + shown.getText() + "\"";
            } else if (shown.getWrappingWidth() > 0 && widestWord(shown) > shown.getWrappingWidth() + 1) {
                problem = "breaks inside a word";
            } else if (sticksOut(text, labeled.localToScene(labeled.getLayoutBounds()), slack)) {
                problem = "runs out of its " + labeled.getClass().getSimpleName();
            } else if (cell(labeled) instanceof Cell<?> cell && cell != labeled
                    && sticksOut(text, cell.localToScene(cell.getLayoutBounds()), slack)) {
                problem = "runs out of its " + cell.getClass().getSimpleName();
            } else {
                // In a table or list that scrolls sideways, what lies past its edge is reached with its scroll
                // bar; the table itself must still be in sight.
                Node sideways = scrollsSideways(labeled);
                Node from = sideways == null ? labeled : sideways;
                Bounds seen = sideways == null ? text : sideways.localToScene(sideways.getLayoutBounds());
                if (seen.getMaxX() > windowWidth + slack || seen.getMinX() < -2) {
                    problem = "runs off the window";
                }
                for (Node n = from; n != null && problem == null; n = n.getParent()) {
                    if (n.getClip() != null
                            && sticksOut(seen, n.localToScene(n.getClip().getBoundsInParent()), slack)) {
                        problem = "out of sight sideways in " + n.getClass().getSimpleName();
                        break;
                    }
                }
            }
            if (problem != null) {
                String line = where + (labeled instanceof javafx.scene.control.ButtonBase ? " button" : "")
                        + ": \"" + expected + "\" " + problem
                        + (labeled.getId() == null ? "" : " #" + labeled.getId());
                if (!cut.contains(line)) {
                    cut.add(line);
                }
            }
        }
    }

    /**
     * Two controls in sight with the same Alt+letter: JavaFX then only moves the focus between them and presses
     * neither, so the letter is no use.
     */
    static void findSharedMnemonics(Parent root, String where, List<String> found) {
        Map<Character, List<String>> byLetter = new TreeMap<>();
        List<Node> all = new ArrayList<>();
        collect(root, all);
        for (Node node : all) {
            if (node instanceof Labeled labeled && labeled.isMnemonicParsing() && labeled.getText() != null
                    && treeVisible(labeled)) {
                Matcher m = MNEMONIC.matcher(labeled.getText());
                if (m.find()) {
                    byLetter.computeIfAbsent(Character.toLowerCase(m.group(1).charAt(0)), c -> new ArrayList<>())
                            .add(labeled.getText());
                }
            }
        }
        byLetter.forEach((letter, texts) -> {
            String line = where + ": Alt+" + Character.toUpperCase(letter) + " is shared by " + texts;
            if (texts.size() > 1 && !found.contains(line)) {
                found.add(line);
            }
        });
    }

    private static void collect(Node node, List<Node> all) {
        all.add(node);
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, all));
        }
    }

    /**
     * Wrapped text breaks inside a word only when a word is wider than the line. A folder's path (from "/", or with
     * "\\") is one long "word" that may break anywhere (at 200 % the store's path is wider than the sign-in card); a
     * date or "day/month/year" may not.
     */
    private static double widestWord(Text shown) {
        Text measure = new Text();
        measure.setFont(shown.getFont());
        double widest = 0;
        for (String word : shown.getText().split("\\s+")) {
            if (word.startsWith("/") || word.contains("\\")) {
                continue;
            }
            measure.setText(word);
            widest = Math.max(widest, measure.getLayoutBounds().getWidth());
        }
        return widest;
    }

    private static boolean sticksOut(Bounds text, Bounds area, double slack) {
        return text.getMinX() < area.getMinX() - 2 || text.getMaxX() > area.getMaxX() + slack;
    }

    /** The cell of a list or table (or a combo box's chosen value) the node is shown in, or null. */
    private static Cell<?> cell(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof Cell<?> cell) {
                return cell;
            }
        }
        return null;
    }

    /**
     * The node is in a table or list (a cell or a column header) whose horizontal scroll bar shows: columns or
     * values past its edge are out of sight on purpose and come into sight by scrolling.
     */
    private static Node scrollsSideways(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof TableView<?> || n instanceof javafx.scene.control.ListView<?>
                    || n instanceof javafx.scene.control.TreeView<?>) {
                for (Node bar : n.lookupAll(".scroll-bar")) {
                    if (bar instanceof javafx.scene.control.ScrollBar scrollBar && scrollBar.isVisible()
                            && scrollBar.getOrientation() == javafx.geometry.Orientation.HORIZONTAL
                            && ownedBy(scrollBar, n)) {
                        return n;
                    }
                }
                return null;
            }
        }
        return null;
    }

    /** The scroll bar is the control's own, not one of a control inside one of its cells. */
    private static boolean ownedBy(Node bar, Node control) {
        for (Node n = bar.getParent(); n != null; n = n.getParent()) {
            if (n == control) {
                return true;
            }
            if (n instanceof Cell<?>) {
                return false;
            }
        }
        return false;
    }

    /** Tabs that do not fit the tab bar are offered in its menu (the arrow at its end): not cut. */
    private static boolean inTabHeaders(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n.getStyleClass().contains("tab-header-area")) {
                return true;
            }
        }
        return false;
    }

    private static boolean treeVisible(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
