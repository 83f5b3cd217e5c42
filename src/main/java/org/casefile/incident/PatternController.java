package org.casefile.incident;

import org.casefile.Dates;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.ScatterChart;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.casefile.Messages;
import org.casefile.ui.Dialogs;
import org.casefile.risk.AssessmentRecord;
import org.casefile.ui.Workspace;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A client's incidents read as a whole: is this a course of conduct, is it escalating (signals, current ones
 * first), when did things happen (timeline), how often (per week) and what kinds of behaviour (counts).
 */
public final class PatternController {
    /** More weeks than this and the weekly chart shows only the latest, so the bars stay readable. */
    static final int WEEKS_SHOWN = 26;
    private static final DateTimeFormatter WEEK = DateTimeFormatter.ofPattern("d MMM");
    private static final double BAR_WIDTH = 240;

    @FXML private ScrollPane scroll;
    @FXML private VBox content;
    @FXML private VBox empty;
    @FXML private Label courseOfConduct;
    @FXML private Label currentCount;
    @FXML private Label problem;
    @FXML private VBox currentSignals;
    @FXML private Label olderTitle;
    @FXML private VBox olderSignals;
    @FXML private FlowPane legend;
    @FXML private ScatterChart<Number, String> timeline;
    @FXML private NumberAxis timelineDays;
    @FXML private CategoryAxis timelineGroups;
    @FXML private Label weeklyNote;
    @FXML private StackedBarChart<String, Number> weekly;
    @FXML private CategoryAxis weeks;
    @FXML private NumberAxis weeklyCounts;
    @FXML private GridPane behaviours;

    private final Workspace workspace;
    private final long clientId;
    private final IntConsumer openIncident;
    /** The client's risk assessments, oldest first: shown on the timeline and beside the signals before them. */
    private volatile List<AssessmentRecord> reviews = List.of();

    public PatternController(Workspace workspace, long clientId, IntConsumer openIncident) {
        this.workspace = workspace;
        this.clientId = clientId;
        this.openIncident = openIncident;
    }

    @FXML
    private void initialize() {
        timelineDays.setTickLabelFormatter(org.casefile.ui.Converters.showing(
                day -> day == null ? "" : Dates.mediumDay().format(LocalDate.ofEpochDay(Math.round(day.doubleValue())))));
        timelineGroups.setAutoRanging(false);
        weeklyCounts.setTickLabelFormatter(org.casefile.ui.Converters.showing(
                n -> n == null || n.doubleValue() != Math.rint(n.doubleValue()) ? "" : String.valueOf(n.intValue())));
        refresh();
    }

    /** Reads the log again, in the background, and redraws everything. */
    public void refresh() {
        workspace.background().run(Messages.get("pattern.loading"), () -> {
                    Pattern pattern = workspace.incidents().pattern(clientId);
                    reviews = workspace.risk().overview(clientId).assessments().reversed();
                    return pattern;
                })
                .onSuccess(this::show)
                .onFailure(failure -> {
                    problem.setText(Dialogs.sentenceFor(failure));
                    problem.setVisible(true);
                    problem.setManaged(true);
                })
                .start();
    }

    private void show(Pattern pattern) {
        problem.setVisible(false);
        problem.setManaged(false);
        boolean none = pattern.incidents().isEmpty();
        empty.setVisible(none);
        empty.setManaged(none);
        scroll.setVisible(!none);
        scroll.setManaged(!none);
        if (none) {
            return;
        }
        courseOfConduct.setText(pattern.courseOfConduct()
                ? Messages.get("pattern.course.many", pattern.incidents().size(),
                Dates.longDay().format(pattern.incidents().getFirst().occurredOn()))
                : Messages.get("pattern.course.one"));
        int current = pattern.current().size();
        currentCount.setText(current == 0 ? Messages.get("pattern.current.none")
                : current == 1 ? Messages.get("pattern.current.one") : Messages.get("pattern.current.many", current));
        currentCount.getStyleClass().setAll("label", current == 0 ? "text-muted" : "danger", "text-bold");
        showSignals(pattern.signals());
        Set<BehaviourGroup> groups = groupsIn(pattern.incidents());
        showLegend(groups);
        showTimeline(pattern.incidents(), groups);
        showWeeks(pattern.perWeek(), groups);
        showBehaviours(pattern.perBehaviour());
    }

    private void showSignals(List<EscalationSignal> signals) {
        currentSignals.getChildren().clear();
        olderSignals.getChildren().clear();
        for (EscalationSignal s : signals) {
            (s.current() ? currentSignals : olderSignals).getChildren().add(signalRow(s));
        }
        if (currentSignals.getChildren().isEmpty()) {
            Label nothing = new Label(Messages.get(signals.isEmpty() ? "pattern.signals.none" : "pattern.signals.noneCurrent"));
            nothing.getStyleClass().add("text-muted");
            nothing.setWrapText(true);
            currentSignals.getChildren().add(nothing);
        }
        boolean older = !olderSignals.getChildren().isEmpty();
        olderTitle.setVisible(older);
        olderTitle.setManaged(older);
    }

    /** A signal: what it is, when, why (naming the incidents), and buttons to open its first and latest incident. */
    private Node signalRow(EscalationSignal s) {
        String label = Messages.get(s.kind().labelKey());
        Label chip = new Label(label, new FontIcon(s.current() ? "mdmz-warning" : "mdal-history"));
        chip.getStyleClass().add(s.current() ? "signal-chip" : "older-chip");
        chip.setMinWidth(Region.USE_PREF_SIZE);
        Label date = new Label(Messages.get("pattern.signal.on", Dates.mediumDay().format(s.date())));
        date.getStyleClass().add("text-muted");
        date.setMinWidth(Region.USE_PREF_SIZE);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(10, chip, date, gap);
        top.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        int first = s.incidents().getFirst();
        int last = s.incidents().getLast();
        if (first == last) {
            top.getChildren().add(openButton(Messages.get("pattern.signal.open", first), first, label));
        } else {
            top.getChildren().addAll(openButton(Messages.get("pattern.signal.openFirst", first), first, label),
                    openButton(Messages.get("pattern.signal.openLatest", last), last, label));
        }
        Label reason = new Label(reason(s));
        reason.setWrapText(true);
        reason.getStyleClass().add("signal-reason");
        VBox row = new VBox(6, top, reason);
        reviews.stream().filter(a -> !a.assessedOn().isBefore(s.date())).findFirst().ifPresent(a -> {
            Label reviewed = new Label(Messages.get("pattern.signal.reviewed", Dates.mediumDay().format(a.assessedOn()),
                    Messages.get(a.chosen().labelKey())), new FontIcon("mdal-fact_check"));
            reviewed.getStyleClass().add("text-muted");
            row.getChildren().add(reviewed);
        });
        row.getStyleClass().add("signal-row");
        row.setId("signal-" + s.kind().name());
        if (!s.current()) {
            row.getStyleClass().add("older");
        }
        row.setAccessibleText(label + ", " + date.getText() + ". " + reason.getText()
                + (row.getChildren().size() > 2 ? ". " + ((Label) row.getChildren().get(2)).getText() : ""));
        return row;
    }

    private Button openButton(String text, int number, String signal) {
        Button open = new Button(text, new FontIcon("mdmz-open_in_new"));
        open.getStyleClass().add("small");
        open.setMinWidth(Region.USE_PREF_SIZE);
        open.setAccessibleText(Messages.get("pattern.signal.openAccessible", number, signal));
        open.setOnAction(e -> openIncident.accept(number));
        return open;
    }

    static String reason(EscalationSignal s) {
        return SignalText.reason(s);
    }

    private static Set<BehaviourGroup> groupsIn(List<IncidentSummary> incidents) {
        Set<BehaviourGroup> groups = EnumSet.noneOf(BehaviourGroup.class);
        incidents.forEach(i -> i.behaviours().forEach(b -> groups.add(b.group())));
        return groups;
    }

    private void showLegend(Set<BehaviourGroup> groups) {
        legend.getChildren().setAll(groups.stream().map(g -> {
            Label item = new Label(Messages.get(g.labelKey()));
            item.getStyleClass().addAll("behaviour-chip", g.styleClass());
            return item;
        }).toList());
    }

    /** One dot per incident on the row of each behaviour group it shows; x is the day (epoch day). */
    private void showTimeline(List<IncidentSummary> incidents, Set<BehaviourGroup> groups) {
        timeline.getData().clear();
        timelineGroups.setCategories(FXCollections.observableArrayList(
                groups.stream().map(g -> Messages.get(g.labelKey())).toList()));
        Map<BehaviourGroup, XYChart.Series<Number, String>> series = new EnumMap<>(BehaviourGroup.class);
        for (BehaviourGroup g : groups) {
            XYChart.Series<Number, String> s = new XYChart.Series<>();
            s.setName(Messages.get(g.labelKey()));
            series.put(g, s);
        }
        for (IncidentSummary i : incidents) {
            Set<BehaviourGroup> shown = EnumSet.noneOf(BehaviourGroup.class);
            i.behaviours().forEach(b -> shown.add(b.group()));
            for (BehaviourGroup g : shown) {
                XYChart.Data<Number, String> point = new XYChart.Data<>(i.occurredOn().toEpochDay(),
                        Messages.get(g.labelKey()));
                point.setNode(incidentPoint(i));
                series.get(g).getData().add(point);
            }
        }
        timeline.getData().setAll(series.values());
        series.forEach((g, s) -> s.getData().forEach(d -> colour(d.getNode(), "incident-point", g)));
        if (!reviews.isEmpty()) {
            String row = Messages.get("pattern.timeline.reviews");
            timelineGroups.getCategories().add(row);
            XYChart.Series<Number, String> marks = new XYChart.Series<>();
            marks.setName(row);
            for (AssessmentRecord a : reviews) {
                XYChart.Data<Number, String> point = new XYChart.Data<>(a.assessedOn().toEpochDay(), row);
                StackPane mark = new StackPane();
                String text = Messages.get("pattern.timeline.review", Dates.mediumDay().format(a.assessedOn()),
                        Messages.get(a.chosen().labelKey()), a.assessedBy());
                Tooltip.install(mark, new Tooltip(text));
                mark.setAccessibleText(text);
                point.setNode(mark);
                marks.getData().add(point);
            }
            timeline.getData().add(marks);
            marks.getData().forEach(d -> {
                d.getNode().getStyleClass().removeIf(c -> c.startsWith("default-color"));
                d.getNode().getStyleClass().addAll("review-point", "review-"
                        + reviews.get(marks.getData().indexOf(d)).chosen().name().toLowerCase(java.util.Locale.ROOT));
            });
        }
        long firstDay = incidents.getFirst().occurredOn().toEpochDay();
        long lastDay = Math.max(incidents.getLast().occurredOn().toEpochDay(),
                LocalDate.now(workspace.clock()).toEpochDay());
        if (!reviews.isEmpty()) {
            firstDay = Math.min(firstDay, reviews.getFirst().assessedOn().toEpochDay());
        }
        long span = Math.max(14, lastDay - firstDay);
        long pad = Math.max(2, span / 30);
        timelineDays.setLowerBound(firstDay - pad);
        timelineDays.setUpperBound(lastDay + pad);
        timelineDays.setTickUnit(Math.max(1, Math.ceil((span + 2.0 * pad) / 7)));
        timeline.setPrefHeight(Math.max(180, 70 + 44 * (groups.size() + (reviews.isEmpty() ? 0 : 1))));
    }

    /**
     * Charts replace their nodes' style classes when data is added: the group's colour goes on afterwards, and the
     * chart's own palette class goes, so the dots and bars match the legend and the chips.
     */
    private static void colour(Node node, String kind, BehaviourGroup g) {
        node.getStyleClass().removeIf(c -> c.startsWith("default-color"));
        node.getStyleClass().addAll(kind, g.styleClass());
    }

    private Node incidentPoint(IncidentSummary i) {
        StackPane dot = new StackPane();
        String behavioursText = i.behaviours().stream()
                .map(b -> Messages.get(b.labelKey())).collect(Collectors.joining(", "));
        String text = Messages.get("pattern.timeline.point", i.number(), Dates.mediumDay().format(i.occurredOn()), behavioursText);
        Tooltip.install(dot, new Tooltip(text));
        dot.setAccessibleText(text);
        dot.setOnMouseClicked(e -> openIncident.accept(i.number()));
        return dot;
    }

    /** Stacked bars per week by group; only the latest {@link #WEEKS_SHOWN} weeks when the log is longer. */
    private void showWeeks(List<Pattern.WeekCount> perWeek, Set<BehaviourGroup> groups) {
        weekly.getData().clear();
        List<Pattern.WeekCount> shown = perWeek.size() > WEEKS_SHOWN
                ? perWeek.subList(perWeek.size() - WEEKS_SHOWN, perWeek.size()) : perWeek;
        weeklyNote.setText(shown.size() < perWeek.size()
                ? Messages.get("pattern.weekly.recent", shown.size(), perWeek.size())
                : Messages.get("pattern.weekly.all"));
        weeks.setCategories(FXCollections.observableArrayList(
                shown.stream().map(w -> WEEK.format(w.weekStarting())).toList()));
        int highest = 1;
        for (Pattern.WeekCount w : shown) {
            highest = Math.max(highest, w.byGroup().values().stream().mapToInt(Integer::intValue).sum());
        }
        List<XYChart.Series<String, Number>> all = new ArrayList<>();
        for (BehaviourGroup g : groups) {
            XYChart.Series<String, Number> s = new XYChart.Series<>();
            s.setName(Messages.get(g.labelKey()));
            for (Pattern.WeekCount w : shown) {
                int n = w.byGroup().getOrDefault(g, 0);
                XYChart.Data<String, Number> bar = new XYChart.Data<>(WEEK.format(w.weekStarting()), n);
                StackPane node = new StackPane();
                if (n > 0) {
                    Tooltip.install(node, new Tooltip(Messages.get("pattern.weekly.bar",
                            WEEK.format(w.weekStarting()), Messages.get(g.labelKey()), n)));
                }
                bar.setNode(node);
                s.getData().add(bar);
            }
            all.add(s);
        }
        weekly.getData().setAll(all);
        List<BehaviourGroup> order = List.copyOf(groups);
        for (int n = 0; n < all.size(); n++) {
            BehaviourGroup g = order.get(n);
            all.get(n).getData().forEach(d -> colour(d.getNode(), "week-bar", g));
        }
        int unit = highest <= 10 ? 1 : (int) Math.ceil(highest / 5.0);
        weeklyCounts.setTickUnit(unit);
        weeklyCounts.setUpperBound(Math.ceil((highest + 0.5) / unit) * unit);
    }

    private void showBehaviours(Map<Behaviour, Integer> perBehaviour) {
        behaviours.getChildren().clear();
        int most = perBehaviour.values().stream().mapToInt(Integer::intValue).max().orElse(1);
        int row = 0;
        for (Map.Entry<Behaviour, Integer> e : perBehaviour.entrySet()) {
            String name = Messages.get(e.getKey().labelKey());
            Label label = new Label(name);
            label.getStyleClass().addAll("behaviour-chip", e.getKey().group().styleClass());
            // A long behaviour wraps between words rather than being cut; the count is read whole.
            org.casefile.ui.Wrapping.keepWords(label);
            Region bar = new Region();
            bar.getStyleClass().addAll("behaviour-bar", e.getKey().group().styleClass());
            double width = Math.max(4, BAR_WIDTH * e.getValue() / most);
            bar.setMinWidth(width);
            bar.setPrefWidth(width);
            bar.setMaxWidth(width);
            Label count = new Label(Messages.get("pattern.behaviours.count", e.getValue()));
            count.setAccessibleText(Messages.get("pattern.behaviours.row", name, e.getValue()));
            count.setId("count-" + e.getKey().name());
            count.setMinWidth(Region.USE_PREF_SIZE);
            behaviours.addRow(row++, label, bar, count);
        }
    }
}
