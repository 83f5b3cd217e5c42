package org.casefile.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.casefile.ui.FxWait;
import org.casefile.ui.TableHeaders;
import org.casefile.ui.WrapRow;
import org.casefile.ui.Wrapping;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The layout parts that keep text whole at large sizes: a row that wraps, a label that wraps between words, table
 * headers that wrap.
 */
@ExtendWith(ApplicationExtension.class)
class LargeTextLayoutUiTest {
    private Stage stage;

    /** The shared stage's size and minimum before this test narrowed it, put back afterwards. */
    private double[] stageBefore;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stageBefore = new double[] {stage.getWidth(), stage.getHeight(), stage.getMinWidth(), stage.getMinHeight()};
    }

    @AfterEach
    void normalSize(FxRobot robot) {
        robot.interact(() -> {
            Theme.apply(Theme.Look.LIGHT, 100);
            // The stage is shared with every UI test after this one, and a stage keeps the size it was given: left
            // narrow, later tests' 1180 px scenes were cut off and their clicks missed (seen in CI once the run
            // order put a main-window test between this one and them).
            stage.hide();
            stage.setMinWidth(stageBefore[2]);
            stage.setMinHeight(stageBefore[3]);
            if (!Double.isNaN(stageBefore[0]) && stageBefore[0] > 0) {
                stage.setWidth(Math.max(stageBefore[0], 1180));
                stage.setHeight(Math.max(stageBefore[1], 800));
            }
        });
    }

    /** The content in a window of that width, in Casefile's light theme at the given text size. */
    private void show(FxRobot robot, Region content, double width, int textSize) {
        robot.interact(() -> {
            // The stage is shared with the tests before: the main window set a minimum size on it.
            stage.setMinWidth(0);
            stage.setMinHeight(0);
            stage.setScene(new Scene(new VBox(content), width, 400));
            stage.sizeToScene();
            Theme.apply(Theme.Look.LIGHT, textSize);
            stage.show();
            content.applyCss();
            content.layout();
        });
    }

    /** A title, a spacer and two buttons, as the screens' header rows are written. */
    private static WrapRow headerRow(Label title, Button first, Button second) {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        WrapRow row = new WrapRow(10, title, spacer, first, second);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    @Test
    void aRowThatFitsIsLaidOutLikeAnHBox(FxRobot robot) {
        Label title = new Label("Referrals");
        Button first = new Button("New referral");
        Button second = new Button("MARAC referral");
        WrapRow row = headerRow(title, first, second);
        show(robot, row, 800, 100);

        robot.interact(() -> {
            assertThat(first.getLayoutY() + first.getHeight() / 2).as("one line, centred")
                    .isEqualTo(second.getLayoutY() + second.getHeight() / 2);
            assertThat(title.getLayoutX()).isZero();
            // The spacer pushes the buttons to the right end, as in an HBox.
            assertThat(second.getLayoutX() + second.getWidth()).isCloseTo(row.getWidth(), offset(1.0));
            assertThat(second.getLayoutX() - (first.getLayoutX() + first.getWidth())).isEqualTo(10);
            assertThat(row.getHeight()).isEqualTo(Math.max(title.prefHeight(-1),
                    Math.max(first.prefHeight(-1), second.prefHeight(-1))));
        });
    }

    @Test
    void aRowTooNarrowWrapsWholeChildrenOntoTheNextLine(FxRobot robot) {
        Label title = new Label("A fairly long title for a narrow window");
        Button first = new Button("New referral");
        Button second = new Button("MARAC referral");
        WrapRow row = headerRow(title, first, second);
        show(robot, row, 330, 100);

        robot.interact(() -> {
            assertThat(first.getLayoutY()).as("the buttons go below the title").isGreaterThan(title.getLayoutY());
            assertThat(first.getWidth()).as("a button keeps its whole text")
                    .isGreaterThanOrEqualTo(first.prefWidth(-1));
            assertThat(second.getLayoutX() + second.getWidth()).isLessThanOrEqualTo(330);
            assertThat(row.getHeight()).isEqualTo(title.prefHeight(-1) + row.getLineSpacing()
                    + Math.max(first.prefHeight(-1), second.prefHeight(-1)));
        });
    }

    @Test
    void aSearchFieldKeepsItsWholeHintAndWhatFollowsMovesBelow(FxRobot robot) {
        Label find = new Label("Find");
        TextField search = new TextField();
        search.setPromptText("Name, alias, reference or phone number");
        HBox.setHgrow(search, Priority.ALWAYS);
        org.casefile.ui.Wrapping.fitPrompt(search);
        Button first = new Button("New client");
        Button second = new Button("New perpetrator");
        WrapRow row = new WrapRow(10, find, search, first, second);
        show(robot, row, 900, 200);

        robot.interact(() -> {
            double hint = org.casefile.ui.Wrapping.width(search.getPromptText(), search.getFont());
            assertThat(search.getWidth() - search.getPadding().getLeft() - search.getPadding().getRight())
                    .as("the hint fits inside the field at 200 %").isGreaterThanOrEqualTo(hint);
            assertThat(second.getLayoutY()).as("what does not fit beside the field goes below it")
                    .isGreaterThan(search.getLayoutY());
            assertThat(second.getLayoutX() + second.getWidth()).isLessThanOrEqualTo(900);
        });
        show(robot, row, 1100, 100);
        robot.interact(() -> assertThat(second.getLayoutY()).as("at 100 % all on one line")
                .isLessThan(search.getLayoutY() + search.getHeight()));
    }

    @Test
    void aWrappingLabelWiderThanTheRowWrapsWithinIt(FxRobot robot) {
        Label title = new Label("Edit Agnieszka Wójcik (C-2026-0001) and several more words to wrap");
        title.setWrapText(true);
        Button save = new Button("Save");
        WrapRow row = new WrapRow(10, title, save);
        show(robot, row, 300, 200);

        robot.interact(() -> {
            assertThat(title.getWidth()).isEqualTo(300);
            assertThat(title.getHeight()).as("several lines, every one shown").isEqualTo(title.prefHeight(300));
            assertThat(title.getHeight()).isGreaterThan(title.prefHeight(-1) * 2);
            assertThat(save.getLayoutY()).isGreaterThanOrEqualTo(title.getHeight());
        });
    }

    @Test
    void aLabelKeepingItsWordsIsNeverNarrowerThanItsLongestWord(FxRobot robot) {
        Label name = new Label("Jo Smith · Administrator");
        Wrapping.keepWords(name);
        show(robot, new StackPane(name), 300, 200);

        robot.interact(() -> {
            double administrator = Wrapping.longestWord("Administrator", name.getFont());
            assertThat(name.getMinWidth()).isGreaterThanOrEqualTo(administrator);
            assertThat(name.getMinWidth()).isLessThan(name.prefWidth(-1));
            assertThat(name.isWrapText()).isTrue();
        });
    }

    @Test
    void tableHeadersWrapAndAColumnKeepsItsHeadersLongestWord(FxRobot robot) {
        TableView<String> table = new TableView<>();
        TableColumn<String, String> born = new TableColumn<>("Date of birth");
        TableColumn<String, String> name = new TableColumn<>("Name");
        table.getColumns().add(born);
        table.getColumns().add(name);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableHeaders.wrap(table);
        show(robot, table, 160, 200);
        Label header = (Label) born.getGraphic();
        // The header grows once the column's width has reached its label (a second layout pass).
        FxWait.until(() -> header.getHeight() > header.prefHeight(1000) * 1.5, "a header of more than one line");

        robot.interact(() -> {
            assertThat(header.getText()).isEqualTo("Date of birth");
            assertThat(born.getText()).as("the column keeps its text for screen readers").isEqualTo("Date of birth");
            assertThat(born.getMinWidth()).isGreaterThanOrEqualTo(Wrapping.longestWord("birth", header.getFont()));
            assertThat(born.getWidth()).isGreaterThanOrEqualTo(born.getMinWidth());
        });
    }
    /**
     * A view loaded inside another's controller (Settings loads Accounts) has its tables reached twice by
     * Views.load; the column must still keep its header's longest word, not only its values' width ("jsmith" is
     * narrower than "Username", which then broke as "Usernam / e" at 200 %).
     */
    @Test
    void aTableWrappedTwiceStillKeepsItsHeadersLongestWordOverNarrowerValues(FxRobot robot) {
        TableView<String> table = new TableView<>(javafx.collections.FXCollections.observableArrayList("jsmith"));
        TableColumn<String, String> username = new TableColumn<>("Username");
        username.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyStringWrapper(c.getValue()));
        TableColumn<String, String> role = new TableColumn<>("Role");
        table.getColumns().add(username);
        table.getColumns().add(role);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableHeaders.wrap(table);
        TableHeaders.wrap(table);
        show(robot, table, 600, 200);
        FxWait.until(() -> table.lookupAll(".table-cell").stream()
                .anyMatch(n -> n instanceof javafx.scene.control.TableCell<?, ?> cell
                        && "jsmith".equals(cell.getText()) && cell.getWidth() > 0), "the value in its row");
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();

        robot.interact(() -> {
            Label header = (Label) username.getGraphic();
            assertThat(header.getFont().getSize()).as("200 %% text").isGreaterThan(20);
            double word = Wrapping.longestWord("Username", header.getFont());
            assertThat(Wrapping.width("jsmith", header.getFont())).as("the value is narrower than the header")
                    .isLessThan(word);
            assertThat(username.getMinWidth()).isGreaterThanOrEqualTo(word + header.getPadding().getLeft()
                    + header.getPadding().getRight());
            assertThat(username.getWidth()).isGreaterThanOrEqualTo(username.getMinWidth() - 0.5);
        });
    }
}
