package org.casefile.referral;

import atlantafx.base.theme.Styles;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.casefile.InvalidInput;
import org.casefile.Messages;
import org.casefile.ui.Converters;
import org.casefile.ui.Dialogs;
import org.casefile.ui.ScrollIntoView;
import org.casefile.ui.TypedDate;
import org.casefile.ui.Workspace;
import org.controlsfx.control.CheckListView;

/**
 * A client's referrals (to and from agencies, MARAC among them), the consent register and decisions to share
 * without consent. Forms open in place; a referral's next steps are buttons under it, and "Mark as sent" says
 * beforehand whether consent or a decision covers the agency (the service refuses otherwise).
 */
public final class ReferralsController {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    @FXML private ScrollPane scroll;
    @FXML private Label repeat;
    @FXML private Label problem;
    @FXML private Button newReferral;
    @FXML private Button newMarac;
    @FXML private VBox referralForm;
    @FXML private TableView<ReferralRecord> referrals;
    @FXML private TableColumn<ReferralRecord, String> refColumn;
    @FXML private TableColumn<ReferralRecord, String> directionColumn;
    @FXML private TableColumn<ReferralRecord, String> agencyColumn;
    @FXML private TableColumn<ReferralRecord, ReferralStatus> statusColumn;
    @FXML private TableColumn<ReferralRecord, String> referredColumn;
    @FXML private TableColumn<ReferralRecord, ReferralRecord> dueColumn;
    @FXML private VBox detail;
    @FXML private Button newConsent;
    @FXML private Button withdraw;
    @FXML private VBox consentForm;
    @FXML private TableView<ConsentRecord> consents;
    @FXML private TableColumn<ConsentRecord, String> consentGiven;
    @FXML private TableColumn<ConsentRecord, String> consentPurpose;
    @FXML private TableColumn<ConsentRecord, String> consentAgencies;
    @FXML private TableColumn<ConsentRecord, String> consentBy;
    @FXML private TableColumn<ConsentRecord, String> consentState;
    @FXML private Button newDecision;
    @FXML private VBox decisionForm;
    @FXML private TableView<ShareDecisionRecord> decisions;
    @FXML private TableColumn<ShareDecisionRecord, String> decisionOn;
    @FXML private TableColumn<ShareDecisionRecord, String> decisionBasis;
    @FXML private TableColumn<ShareDecisionRecord, String> decisionAgencies;
    @FXML private TableColumn<ShareDecisionRecord, String> decisionWho;
    @FXML private TableColumn<ShareDecisionRecord, String> decisionTold;

    private final Workspace workspace;
    private final long clientId;
    private final PackMaker packs;
    private List<AgencyRecord> directory = List.of();

    /** Makes the PDF pack that goes with a referral (the bundle feature supplies it). */
    public interface PackMaker {
        /** Where to save the pack, asked on the FX thread; null when the person cancels. */
        java.nio.file.Path choose(ReferralRecord referral);

        /** Makes it (in the background) and returns the sentence to show. */
        String make(ReferralRecord referral, java.nio.file.Path target);
    }
    private Long selectedId;

    public ReferralsController(Workspace workspace, long clientId) {
        this(workspace, clientId, null);
    }

    /** @param packs makes a referral's PDF pack; null when the screen offers none */
    public ReferralsController(Workspace workspace, long clientId, PackMaker packs) {
        this.workspace = workspace;
        this.clientId = clientId;
        this.packs = packs;
    }

    /** Chooses this referral once the list has loaded (null: none), as when a due item opens the tab. */
    public ReferralsController choosing(Long referralId) {
        selectedId = referralId;
        return this;
    }

    private record Loaded(List<AgencyRecord> agencies, List<ReferralRecord> referrals, List<ConsentRecord> consents,
                          List<ShareDecisionRecord> decisions, RepeatMarac repeat) {
    }

    @FXML
    private void initialize() {
        LocalDate today = LocalDate.now(workspace.clock());
        refColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().reference()
                + (c.getValue().details().marac() ? " · MARAC" : "")));
        directionColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(
                Messages.get(c.getValue().details().direction().labelKey())));
        agencyColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().agency().name()));
        statusColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().status()));
        statusColumn.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(ReferralStatus s, boolean empty) {
                super.updateItem(s, empty);
                setText(null);
                setGraphic(empty || s == null ? null : chip(s));
            }
        });
        referredColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(DAY.format(c.getValue().details().referredOn())));
        dueColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        dueColumn.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(ReferralRecord r, boolean empty) {
                super.updateItem(r, empty);
                getStyleClass().remove("overdue");
                if (empty || r == null || r.details().responseDue() == null || !r.status().awaitingResponse()) {
                    setText(empty || r == null ? null : "");
                    return;
                }
                boolean late = r.overdue(today);
                setText(DAY.format(r.details().responseDue()) + (late ? " " + Messages.get("referrals.overdue") : ""));
                if (late) {
                    getStyleClass().add("overdue");
                }
            }
        });
        referrals.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> showDetail(now));

        consentGiven.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(DAY.format(c.getValue().details().givenOn())));
        consentPurpose.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().details().purpose()));
        consentAgencies.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().details().allAgencies()
                ? Messages.get("consent.anyAgency") : names(c.getValue().details().agencyIds())));
        consentBy.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().details().givenBy() + " ("
                + Messages.get(c.getValue().details().method().labelKey()) + ")"));
        consentState.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(consentState(c.getValue(), today)));
        withdraw.disableProperty().bind(consents.getSelectionModel().selectedItemProperty().isNull());

        decisionOn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(DAY.format(c.getValue().details().decidedOn())));
        decisionBasis.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(
                Messages.get(c.getValue().details().lawfulBasis().labelKey())));
        decisionAgencies.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(names(c.getValue().details().agencyIds())));
        decisionWho.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(Messages.get("share.who",
                c.getValue().details().decidedBy(), c.getValue().details().signedOffBy())));
        decisionTold.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().details().clientTold()
                ? Messages.get("share.told", DAY.format(c.getValue().details().toldOn()))
                : Messages.get("share.notTold", c.getValue().details().notToldReason())));
        ScrollIntoView.install(scroll);
        reload();
    }

    private void reload() {
        workspace.background().run(Messages.get("referrals.loading"), () -> new Loaded(workspace.agencies().all(),
                        workspace.referrals().forClient(clientId), workspace.referrals().consents(clientId),
                        workspace.referrals().decisions(clientId), workspace.referrals().repeatMarac(clientId)))
                .onSuccess(this::show)
                .onFailure(this::showProblem)
                .start();
    }

    private void show(Loaded l) {
        directory = l.agencies();
        referrals.getItems().setAll(l.referrals());
        consents.getItems().setAll(l.consents());
        decisions.getItems().setAll(l.decisions());
        boolean again = l.repeat() != null;
        visible(repeat, again);
        if (again) {
            repeat.setText(Messages.get("referrals.repeat", l.repeat().referralReference(),
                    DAY.format(l.repeat().referredOn()), l.repeat().incidents().stream().map(String::valueOf)
                            .collect(Collectors.joining(", ")), workspace.referrals().repeatMonths()));
        }
        if (selectedId != null) {
            l.referrals().stream().filter(r -> r.id() == selectedId).findFirst()
                    .ifPresent(r -> referrals.getSelectionModel().select(r));
        }
    }

    // ---- referral form ----

    @FXML
    private void newReferral() {
        openReferralForm(false);
    }

    @FXML
    private void newMarac() {
        openReferralForm(true);
    }

    private void openReferralForm(boolean marac) {
        Form form = new Form(referralForm, Messages.get(marac ? "referrals.form.maracTitle" : "referrals.form.title"));
        ChoiceBox<Direction> direction = form.choice("referrals.form.direction", "direction", List.of(Direction.values()),
                d -> Messages.get(d.labelKey()));
        direction.setValue(Direction.OUTGOING);
        direction.setDisable(marac);
        List<AgencyRecord> offered = directory.stream().filter(a -> a.details().active())
                .filter(a -> !marac || a.kind() == AgencyKind.MARAC).toList();
        ChoiceBox<AgencyRecord> agency = form.choice("referrals.form.agency", "agency", offered,
                a -> a.name() + " (" + Messages.get(a.kind().labelKey()) + ")");
        if (offered.size() == 1) {
            agency.setValue(offered.getFirst());
        }
        TextField contact = form.text("referrals.form.contact", "contact");
        TextArea reason = form.area("referrals.form.reason", "reason");
        DatePicker referredOn = form.date("referrals.form.referredOn", "referredOn");
        referredOn.setValue(LocalDate.now(workspace.clock()));
        ChoiceBox<ReferralMethod> method = form.choice("referrals.form.method", "method",
                List.of(ReferralMethod.values()), m -> Messages.get(m.labelKey()));
        method.setValue(ReferralMethod.SECURE_EMAIL);
        TextField theirs = form.text("referrals.form.theirReference", "theirReference");
        DatePicker due = form.date("referrals.form.responseDue", "responseDue");
        due.setValue(LocalDate.now(workspace.clock()).plusDays(10));
        ChoiceBox<MaracReason> maracReason = null;
        TextField yesCount = null;
        DatePicker meeting = null;
        if (marac) {
            maracReason = form.choice("referrals.form.maracReason", "maracReason", List.of(MaracReason.values()),
                    r -> Messages.get(r.labelKey()));
            yesCount = form.text("referrals.form.yesCount", "yesCount");
            meeting = form.date("referrals.form.meeting", "meetingOn");
        }
        if (offered.isEmpty()) {
            form.message(Messages.get(marac ? "referrals.form.noMaracAgency" : "referrals.form.noAgency"));
        }
        ChoiceBox<MaracReason> mr = maracReason;
        TextField yc = yesCount;
        DatePicker mt = meeting;
        form.buttons("referrals.form.save", () -> {
            Integer yes = null;
            if (yc != null && !yc.getText().isBlank()) {
                try {
                    yes = Integer.parseInt(yc.getText().strip());
                } catch (NumberFormatException e) {
                    form.problems(Map.of("yesCount", "referral.invalid.yesCount"));
                    return;
                }
            }
            ReferralDraft draft = new ReferralDraft(direction.getValue(), agency.getValue() == null ? 0
                    : agency.getValue().id(), contact.getText(), reason.getText(), form.day(referredOn), method.getValue(),
                    theirs.getText(), form.day(due), marac, mr == null ? null : mr.getValue(), yes,
                    mt == null ? null : form.day(mt));
            if (form.refuse(ReferralRules.referralProblems(draft, LocalDate.now(workspace.clock())))) {
                return;
            }
            form.saving(() -> workspace.referrals().create(clientId, draft), saved -> {
                selectedId = saved.id();
                reload();
            });
        });
        form.show();
    }

    // ---- referral detail ----

    private void showDetail(ReferralRecord r) {
        visible(detail, r != null);
        detail.getChildren().clear();
        if (r == null) {
            return;
        }
        selectedId = r.id();
        ReferralDraft d = r.details();
        Label head = new Label(Messages.get("referrals.detail.head", r.reference(), r.agency().name(),
                Messages.get(d.direction().labelKey())));
        head.getStyleClass().add("title-4");
        HBox top = new HBox(10, head, chip(r.status()));
        top.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        detail.getChildren().add(top);
        detail.getChildren().add(wrap(Messages.get("referrals.detail.reason", d.reason())));
        detail.getChildren().add(wrap(Messages.get("referrals.detail.facts", DAY.format(d.referredOn()),
                Messages.get(d.method().labelKey()), d.contact().isEmpty() ? "—" : d.contact(),
                d.theirReference().isEmpty() ? "—" : d.theirReference(), Messages.get(r.riskLevel().labelKey()))));
        if (d.marac()) {
            detail.getChildren().add(wrap(Messages.get("referrals.detail.marac",
                    d.maracReason() == null ? "—" : Messages.get(d.maracReason().labelKey()),
                    d.yesCount() == null ? "—" : d.yesCount(), d.meetingOn() == null ? "—" : DAY.format(d.meetingOn()))));
        }
        if (!r.basis().isEmpty()) {
            Label basis = wrap(Messages.get("referrals.detail.sentUnder", r.basis()));
            basis.getStyleClass().add("basis-ok");
            detail.getChildren().add(basis);
        }
        if (!r.declineReason().isEmpty()) {
            detail.getChildren().add(wrap(Messages.get("referrals.detail.declined", r.declineReason())));
        }
        if (!r.outcome().isEmpty()) {
            detail.getChildren().add(wrap(Messages.get("referrals.detail.outcome", r.outcome())));
        }
        Label stepsTitle = new Label(Messages.get("referrals.detail.steps"));
        stepsTitle.getStyleClass().add("text-bold");
        detail.getChildren().add(stepsTitle);
        for (ReferralRecord.Step s : r.steps()) {
            detail.getChildren().add(wrap(Messages.get("referrals.detail.step",
                    DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm").format(s.at().atZone(workspace.clock().getZone())),
                    Messages.get(s.to().labelKey()), s.by(), s.note().isEmpty() ? "" : " — " + s.note())));
        }
        if (r.status().open()) {
            detail.getChildren().add(nextSteps(r));
        }
        if (packs != null && r.details().direction() == Direction.OUTGOING && r.status() != ReferralStatus.WITHDRAWN) {
            Button pack = new Button(Messages.get("referrals.detail.pack"));
            pack.setId("makePack");
            Label packNote = wrap("");
            packNote.setId("packNote");
            pack.setOnAction(e -> {
                java.nio.file.Path target = packs.choose(r);
                if (target == null) {
                    return;
                }
                pack.setDisable(true);
                workspace.background().run(Messages.get("referrals.detail.packMaking"), () -> packs.make(r, target))
                        .onSuccess(sentence -> {
                            pack.setDisable(false);
                            packNote.setText(sentence);
                        })
                        .onFailure(failure -> {
                            pack.setDisable(false);
                            packNote.setText(Dialogs.sentenceFor(failure));
                        })
                        .start();
            });
            detail.getChildren().add(new HBox(10, pack, packNote));
        }
        if (d.marac()) {
            detail.getChildren().add(actions(r));
        }
    }

    private Node nextSteps(ReferralRecord r) {
        TextField note = new TextField();
        note.setId("stepNote");
        note.setPromptText(Messages.get("referrals.detail.notePrompt"));
        note.setAccessibleText(Messages.get("referrals.detail.notePrompt"));
        HBox.setHgrow(note, Priority.ALWAYS);
        FlowPane buttons = new FlowPane(8, 6);
        for (ReferralStatus to : r.status().next()) {
            Button b = new Button(Messages.get(to.actionKey()));
            b.setId("move-" + to.name());
            if (to == ReferralStatus.SENT) {
                b.getStyleClass().add(Styles.ACCENT);
            }
            b.setOnAction(e -> move(r, to, note.getText()));
            buttons.getChildren().add(b);
        }
        VBox box = new VBox(6, note, buttons);
        if (r.details().direction() == Direction.OUTGOING && r.status() == ReferralStatus.DRAFT) {
            Label basis = new Label();
            basis.setId("sendBasis");
            basis.setWrapText(true);
            box.getChildren().addFirst(basis);
            workspace.background().run(Messages.get("referrals.loading"),
                            () -> workspace.referrals().basis(clientId, r.details().agencyId()))
                    .onSuccess(b -> {
                        basis.setText(b.lawful() ? Messages.get("referrals.detail.willSendUnder", b.description())
                                : Messages.get("referrals.detail.noBasis", r.agency().name()));
                        basis.getStyleClass().setAll("label", b.lawful() ? "basis-ok" : "basis-missing");
                    })
                    .quietly()
                    .start();
        }
        return box;
    }

    private void move(ReferralRecord r, ReferralStatus to, String note) {
        workspace.background().run(Messages.get("referrals.saving"),
                        () -> workspace.referrals().move(r.id(), r.version(), to, note))
                .onSuccess(moved -> {
                    hide(problem);
                    reload();
                })
                .onFailure(this::showProblem)
                .start();
    }

    private Node actions(ReferralRecord r) {
        VBox box = new VBox(6);
        Label title = new Label(Messages.get("marac.actions.title"));
        title.getStyleClass().add("text-bold");
        box.getChildren().add(title);
        LocalDate today = LocalDate.now(workspace.clock());
        for (ReferralRecord.Action a : r.actions()) {
            Label line = wrap(Messages.get("marac.actions.line", a.action(), a.owner(),
                    a.agency().isEmpty() ? "" : " (" + a.agency() + ")", DAY.format(a.dueOn()),
                    a.doneOn() == null ? "" : Messages.get("marac.actions.done", DAY.format(a.doneOn()))));
            if (a.doneOn() == null && a.dueOn().isBefore(today)) {
                line.getStyleClass().add("overdue");
            }
            HBox row = new HBox(8, line);
            if (a.doneOn() == null) {
                Button done = new Button(Messages.get("marac.actions.markDone"));
                done.setAccessibleText(Messages.get("marac.actions.markDone") + ": " + a.action());
                done.setOnAction(e -> workspace.background().run(Messages.get("referrals.saving"),
                                () -> workspace.referrals().completeAction(r.id(), a.id(), today))
                        .onSuccess(x -> reload()).onFailure(this::showProblem).start());
                row.getChildren().add(done);
            }
            box.getChildren().add(row);
        }
        TextField what = new TextField();
        what.setPromptText(Messages.get("marac.actions.what"));
        what.setAccessibleText(Messages.get("marac.actions.what"));
        TextField owner = new TextField();
        owner.setPromptText(Messages.get("marac.actions.owner"));
        owner.setAccessibleText(Messages.get("marac.actions.owner"));
        SimpleBooleanProperty unreadable = new SimpleBooleanProperty();
        DatePicker due = new DatePicker();
        due.setEditable(true);
        due.setConverter(new TypedDate(unreadable));
        due.setPromptText(Messages.get("marac.actions.due"));
        due.setAccessibleText(Messages.get("marac.actions.due"));
        Button add = new Button(Messages.get("marac.actions.add"));
        add.setOnAction(e -> {
            TypedDate.commit(due);
            workspace.background().run(Messages.get("referrals.saving"), () -> workspace.referrals()
                            .addAction(r.id(), null, what.getText(), owner.getText(), due.getValue()))
                    .onSuccess(x -> reload())
                    .onFailure(this::showProblem)
                    .start();
        });
        HBox.setHgrow(what, Priority.ALWAYS);
        box.getChildren().add(new HBox(8, what, owner, due, add));
        return box;
    }

    // ---- consent ----

    @FXML
    private void newConsent() {
        Form form = new Form(consentForm, Messages.get("consent.form.title"));
        TextField purpose = form.text("consent.form.purpose", "purpose");
        CheckBox any = new CheckBox(Messages.get("consent.form.anyAgency"));
        form.add("", any, "allAgencies");
        CheckListView<AgencyRecord> agencies = form.agencies("consent.form.agencies", "agencies");
        agencies.disableProperty().bind(any.selectedProperty());
        TextField givenBy = form.text("consent.form.givenBy", "givenBy");
        givenBy.setText(Messages.get("consent.form.theClient"));
        ChoiceBox<ConsentMethod> method = form.choice("consent.form.method", "method", List.of(ConsentMethod.values()),
                m -> Messages.get(m.labelKey()));
        DatePicker givenOn = form.date("consent.form.givenOn", "givenOn");
        givenOn.setValue(LocalDate.now(workspace.clock()));
        DatePicker reviewOn = form.date("consent.form.reviewOn", "reviewOn");
        DatePicker expiresOn = form.date("consent.form.expiresOn", "expiresOn");
        form.buttons("consent.form.save", () -> {
            ConsentDraft draft = new ConsentDraft(purpose.getText(), any.isSelected(), ids(agencies), givenBy.getText(),
                    method.getValue(), form.day(givenOn), form.day(reviewOn), form.day(expiresOn));
            if (form.refuse(ReferralRules.consentProblems(draft, LocalDate.now(workspace.clock())))) {
                return;
            }
            form.saving(() -> workspace.referrals().addConsent(clientId, draft), saved -> reload());
        });
        form.show();
    }

    @FXML
    private void withdraw() {
        ConsentRecord c = consents.getSelectionModel().getSelectedItem();
        if (c == null) {
            return;
        }
        workspace.background().run(Messages.get("referrals.saving"), () -> workspace.referrals()
                        .withdrawConsent(clientId, c.id(), c.version(), LocalDate.now(workspace.clock()), ""))
                .onSuccess(x -> reload())
                .onFailure(this::showProblem)
                .start();
    }

    // ---- decisions ----

    @FXML
    private void newDecision() {
        Form form = new Form(decisionForm, Messages.get("share.form.title"));
        form.message(Messages.get("share.form.help"));
        TextField purpose = form.text("share.form.purpose", "purpose");
        CheckListView<AgencyRecord> agencies = form.agencies("share.form.agencies", "agencies");
        ChoiceBox<LawfulBasis> basis = form.choice("share.form.basis", "lawfulBasis", List.of(LawfulBasis.values()),
                b -> Messages.get(b.labelKey()));
        TextArea necessity = form.area("share.form.necessity", "necessity");
        TextField decidedBy = form.text("share.form.decidedBy", "decidedBy");
        decidedBy.setText(workspace.session().user().displayName());
        DatePicker decidedOn = form.date("share.form.decidedOn", "decidedOn");
        decidedOn.setValue(LocalDate.now(workspace.clock()));
        TextField signedOffBy = form.text("share.form.signedOffBy", "signedOffBy");
        DatePicker signedOffOn = form.date("share.form.signedOffOn", "signedOffOn");
        signedOffOn.setValue(LocalDate.now(workspace.clock()));
        CheckBox told = new CheckBox(Messages.get("share.form.told"));
        form.add("", told, "clientTold");
        DatePicker toldOn = form.date("share.form.toldOn", "toldOn");
        TextField notTold = form.text("share.form.notToldReason", "notToldReason");
        toldOn.disableProperty().bind(told.selectedProperty().not());
        notTold.disableProperty().bind(told.selectedProperty());
        form.buttons("share.form.save", () -> {
            ShareDecisionDraft draft = new ShareDecisionDraft(purpose.getText(), ids(agencies), basis.getValue(),
                    necessity.getText(), decidedBy.getText(), form.day(decidedOn), signedOffBy.getText(),
                    form.day(signedOffOn), told.isSelected(), told.isSelected() ? form.day(toldOn) : null,
                    told.isSelected() ? "" : notTold.getText());
            if (form.refuse(ReferralRules.decisionProblems(draft, LocalDate.now(workspace.clock())))) {
                return;
            }
            form.saving(() -> workspace.referrals().addDecision(clientId, draft), saved -> reload());
        });
        form.show();
    }

    // ---- shared pieces ----

    private static Set<Long> ids(CheckListView<AgencyRecord> list) {
        return list.getCheckModel().getCheckedItems().stream().map(AgencyRecord::id).collect(Collectors.toSet());
    }

    private String names(Set<Long> ids) {
        return directory.stream().filter(a -> ids.contains(a.id())).map(AgencyRecord::name).sorted()
                .collect(Collectors.joining(", "));
    }

    private static String consentState(ConsentRecord c, LocalDate today) {
        if (c.withdrawnOn() != null) {
            return Messages.get("consent.state.withdrawn", DAY.format(c.withdrawnOn()));
        }
        if (c.details().expiresOn() != null && c.details().expiresOn().isBefore(today)) {
            return Messages.get("consent.state.expired", DAY.format(c.details().expiresOn()));
        }
        return c.details().expiresOn() == null ? Messages.get("consent.state.inForce")
                : Messages.get("consent.state.until", DAY.format(c.details().expiresOn()));
    }

    private static Label chip(ReferralStatus s) {
        Label chip = new Label(Messages.get(s.labelKey()));
        chip.getStyleClass().addAll("chip", "status-" + s.name());
        chip.setMinWidth(Label.USE_PREF_SIZE);
        return chip;
    }

    private static Label wrap(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinHeight(Label.USE_PREF_SIZE);
        return l;
    }

    private static void visible(Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }

    private static void hide(Node node) {
        visible(node, false);
    }

    private void showProblem(Throwable failure) {
        boolean changedElsewhere = failure instanceof org.casefile.UserFacingException u
                && "record.changedElsewhere".equals(u.key());
        if (changedElsewhere) {
            // Another desktop moved this referral, consent or action first: show theirs at once, not a stale list.
            reload();
        }
        String sentence = failure instanceof InvalidInput invalid
                ? invalid.problems().values().stream().map(Messages::get).collect(Collectors.joining(" "))
                : changedElsewhere ? Messages.get("referrals.changedElsewhere") : Dialogs.sentenceFor(failure);
        problem.setText(sentence);
        visible(problem, true);
        scroll.setVvalue(0);
    }

    /** A form laid out in a panel: labelled fields, a message line, Save and Cancel; problems marked in place. */
    private final class Form {
        private final VBox panel;
        private final GridPane grid = new GridPane();
        private final Label message = new Label();
        private final Map<String, Node> fields = new HashMap<>();
        private final Map<DatePicker, SimpleBooleanProperty> unreadable = new LinkedHashMap<>();
        private final List<Button> buttons = new ArrayList<>();
        private int row;

        Form(VBox panel, String title) {
            this.panel = panel;
            panel.getChildren().clear();
            Label heading = new Label(title);
            heading.getStyleClass().add("title-4");
            message.setWrapText(true);
            message.setMinHeight(Label.USE_PREF_SIZE);
            visible(message, false);
            grid.setHgap(12);
            grid.setVgap(6);
            panel.getChildren().addAll(heading, message, grid);
        }

        void add(String labelKey, Node field, String name) {
            fields.put(name, field);
            field.setId("field-" + name);
            if (!labelKey.isEmpty()) {
                Label label = new Label(Messages.get(labelKey));
                label.getStyleClass().add("field-label");
                label.setLabelFor(field);
                field.setAccessibleText(label.getText());
                grid.add(label, 0, row);
            }
            grid.add(field, 1, row++);
            GridPane.setHgrow(field, Priority.ALWAYS);
        }

        TextField text(String labelKey, String name) {
            TextField f = new TextField();
            add(labelKey, f, name);
            return f;
        }

        TextArea area(String labelKey, String name) {
            TextArea a = new TextArea();
            a.setPrefRowCount(3);
            a.setWrapText(true);
            add(labelKey, a, name);
            return a;
        }

        DatePicker date(String labelKey, String name) {
            DatePicker d = new DatePicker();
            d.setEditable(true);
            SimpleBooleanProperty bad = new SimpleBooleanProperty();
            d.setConverter(new TypedDate(bad));
            unreadable.put(d, bad);
            add(labelKey, d, name);
            return d;
        }

        <T> ChoiceBox<T> choice(String labelKey, String name, List<T> items, java.util.function.Function<T, String> text) {
            ChoiceBox<T> c = new ChoiceBox<>();
            c.getItems().setAll(items);
            c.setConverter(Converters.showing(v -> v == null ? "" : text.apply(v)));
            add(labelKey, c, name);
            return c;
        }

        CheckListView<AgencyRecord> agencies(String labelKey, String name) {
            CheckListView<AgencyRecord> list = new CheckListView<>();
            list.getItems().setAll(directory.stream().filter(a -> a.details().active()).toList());
            list.setCellFactory(l -> new javafx.scene.control.cell.CheckBoxListCell<>(list::getItemBooleanProperty,
                    Converters.showing(a -> a == null ? "" : a.name() + " (" + Messages.get(a.kind().labelKey()) + ")")));
            list.setPrefHeight(120);
            add(labelKey, list, name);
            return list;
        }

        /** The day typed, or null; text that is not a date is kept and reported on save. */
        LocalDate day(DatePicker picker) {
            TypedDate.commit(picker);
            return picker.getValue();
        }

        void message(String text) {
            message.setText(text);
            message.getStyleClass().setAll("label", "text-muted");
            visible(message, true);
        }

        void buttons(String saveKey, Runnable save) {
            Button ok = new Button(Messages.get(saveKey));
            ok.setId("form-save");
            ok.getStyleClass().add(Styles.ACCENT);
            ok.setDefaultButton(true);
            ok.setOnAction(e -> save.run());
            Button cancel = new Button(Messages.get("referrals.form.cancel"));
            cancel.setId("form-cancel");
            cancel.setOnAction(e -> close());
            buttons.add(ok);
            panel.getChildren().add(new HBox(8, ok, cancel));
        }

        void show() {
            visible(panel, true);
            fields.values().stream().findFirst().ifPresent(Node::requestFocus);
        }

        void close() {
            visible(panel, false);
            panel.getChildren().clear();
        }

        /** Marks the problems (and dates that could not be read); true when there were any. */
        boolean refuse(Map<String, String> found) {
            Map<String, String> problems = new LinkedHashMap<>();
            unreadable.forEach((picker, bad) -> {
                if (bad.get()) {
                    fields.entrySet().stream().filter(e -> e.getValue() == picker).findFirst()
                            .ifPresent(e -> problems.put(e.getKey(), "referral.invalid.date"));
                }
            });
            found.forEach(problems::putIfAbsent);
            if (problems.isEmpty()) {
                return false;
            }
            problems(problems);
            return true;
        }

        void problems(Map<String, String> problems) {
            fields.values().forEach(n -> n.pseudoClassStateChanged(Styles.STATE_DANGER, false));
            Node first = null;
            for (String name : problems.keySet()) {
                Node f = fields.get(name);
                if (f != null) {
                    f.pseudoClassStateChanged(Styles.STATE_DANGER, true);
                    if (first == null) {
                        first = f;
                    }
                }
            }
            message.setText(problems.values().stream().distinct().map(Messages::get).collect(Collectors.joining(" ")));
            message.getStyleClass().setAll("label", "error-text");
            visible(message, true);
            if (first != null) {
                first.requestFocus();
            }
        }

        <T> void saving(java.util.concurrent.Callable<T> work, Consumer<T> done) {
            buttons.forEach(b -> b.setDisable(true));
            workspace.background().run(Messages.get("referrals.saving"), work)
                    .onSuccess(saved -> {
                        close();
                        done.accept(saved);
                    })
                    .onFailure(failure -> {
                        buttons.forEach(b -> b.setDisable(false));
                        if (failure instanceof InvalidInput invalid) {
                            problems(invalid.problems());
                        } else {
                            message.setText(Dialogs.sentenceFor(failure));
                            message.getStyleClass().setAll("label", "error-text");
                            visible(message, true);
                        }
                    })
                    .start();
        }
    }
}
