package org.casefile.bundle;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.casefile.Messages;
import org.casefile.order.BreachRecord;
import org.casefile.order.OrderDraft;
import org.casefile.order.OrderRecord;
import org.casefile.order.OrderService;
import org.casefile.referral.ReferralRecord;
import org.casefile.referral.ReferralService;
import org.casefile.risk.AssessmentRecord;
import org.casefile.risk.GradeRecord;
import org.casefile.risk.RiskOverview;
import org.casefile.risk.RiskService;
import org.casefile.risk.TypologyService;
import org.casefile.typology.TypologyFinding;

/**
 * The MARAC pack's risk, referral and order sections from the case as the services hold it: the latest
 * assessment with its "yes" answers and reasons, other agencies' grades, every referral with its steps' outcome
 * and the basis it was shared under, and every order with its conditions and breaches. Redaction applies to all
 * of it like any other text in the bundle.
 */
public final class CaseMaracSources implements MaracSources {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    private final RiskService risk;
    private final ReferralService referrals;
    private final OrderService orders;
    private final TypologyService typology;

    public CaseMaracSources(RiskService risk, ReferralService referrals, OrderService orders, TypologyService typology) {
        this.risk = risk;
        this.referrals = referrals;
        this.orders = orders;
        this.typology = typology;
    }

    /** The rules on the case as it stands, with the context the caseworker ticked (nothing is stored). */
    @Override
    public java.util.Optional<TypologyFinding> typology(long clientId) {
        return java.util.Optional.of(typology.evaluate(clientId));
    }

    @Override
    public List<Block> riskSummary(long clientId) {
        RiskOverview o = risk.overview(clientId);
        if (o.assessments().isEmpty() && o.grades().isEmpty()) {
            return NOTHING_RECORDED.riskSummary(clientId);
        }
        List<Block> out = new ArrayList<>();
        if (!o.assessments().isEmpty()) {
            AssessmentRecord a = o.assessments().getFirst();
            List<Block.Fact> facts = new ArrayList<>();
            facts.add(new Block.Fact(Messages.get("bundle.marac.risk.level"), Messages.get(a.chosen().labelKey())));
            facts.add(new Block.Fact(Messages.get("bundle.marac.risk.assessed"), Messages.get("bundle.marac.risk.by",
                    DAY.format(a.assessedOn()), a.assessedBy())));
            facts.add(new Block.Fact(Messages.get("bundle.marac.risk.count"), Messages.get("risk.column.countValue",
                    a.yesCount(), a.factorCount(), Messages.get(a.suggested().labelKey()))));
            if (!a.reasons().isEmpty()) {
                facts.add(new Block.Fact(Messages.get("bundle.marac.risk.reasons"), a.reasons()));
            }
            facts.add(new Block.Fact(Messages.get("bundle.marac.risk.review"), DAY.format(a.nextReview())));
            facts.add(new Block.Fact(Messages.get("bundle.marac.risk.checklist"), a.checklistName()));
            out.add(new Block.Facts(facts));
            List<List<String>> yes = a.answers().stream().filter(f -> f.answer() == org.casefile.risk.Answer.YES)
                    .map(f -> List.of(f.text(), f.source() == null ? "" : Messages.get(f.source().labelKey()), f.comment()))
                    .toList();
            if (!yes.isEmpty()) {
                out.add(new Block.Heading(Messages.get("bundle.marac.risk.yesAnswers")));
                out.add(new Block.Table(List.of(Messages.get("bundle.marac.risk.factor"),
                        Messages.get("bundle.marac.risk.source"), Messages.get("bundle.marac.risk.comment")),
                        List.of(5f, 1.2f, 3f), yes));
            }
            if (o.assessments().size() > 1) {
                out.add(new Block.Heading(Messages.get("bundle.marac.risk.history")));
                out.add(new Block.Table(List.of(Messages.get("risk.column.assessedOn"), Messages.get("risk.column.level"),
                        Messages.get("risk.column.assessor")), List.of(1f, 1f, 1f), o.assessments().stream()
                        .map(x -> List.of(DAY.format(x.assessedOn()), Messages.get(x.chosen().labelKey()), x.assessedBy()))
                        .toList()));
            }
        }
        if (!o.grades().isEmpty()) {
            out.add(new Block.Heading(Messages.get("risk.grades.title")));
            List<List<String>> rows = new ArrayList<>();
            for (GradeRecord g : o.grades()) {
                rows.add(List.of(DAY.format(g.gradedOn()), Messages.get(g.scheme().labelKey()),
                        Messages.get(g.grade().labelKey()), g.givenBy()));
            }
            out.add(new Block.Table(List.of(Messages.get("risk.column.gradedOn"), Messages.get("risk.column.scheme"),
                    Messages.get("risk.column.grade"), Messages.get("risk.column.givenBy")), List.of(1f, 1.5f, 1f, 2.5f), rows));
        }
        return out;
    }

    @Override
    public List<Block> referrals(long clientId) {
        List<ReferralRecord> all = referrals.forClient(clientId);
        if (all.isEmpty()) {
            return NOTHING_RECORDED.referrals(clientId);
        }
        List<List<String>> rows = new ArrayList<>();
        for (ReferralRecord r : all) {
            String state = Messages.get(r.status().labelKey());
            if (!r.declineReason().isEmpty()) {
                state += ": " + r.declineReason();
            } else if (!r.outcome().isEmpty()) {
                state += ": " + r.outcome();
            }
            rows.add(List.of(r.reference() + (r.details().marac() ? " (MARAC)" : ""), DAY.format(r.details().referredOn()),
                    Messages.get(r.details().direction().labelKey()) + " " + r.agency().name(), r.details().reason(),
                    state));
        }
        return List.of(new Block.Table(List.of(Messages.get("referrals.column.reference"),
                Messages.get("referrals.column.referred"), Messages.get("referrals.column.agency"),
                Messages.get("bundle.marac.referral.reason"), Messages.get("referrals.column.status")),
                List.of(1.2f, 1f, 2f, 3f, 2f), rows));
    }

    @Override
    public List<Block> referral(long clientId, long referralId) {
        ReferralRecord r = referrals.open(referralId);
        if (r.clientId() != clientId) {
            throw new org.casefile.UserFacingException("referral.notFound");
        }
        String basis = r.basis();
        if (r.details().direction() == org.casefile.referral.Direction.OUTGOING) {
            org.casefile.referral.SharingBasis now = referrals.basis(clientId, r.details().agencyId());
            if (!now.lawful()) {
                throw new org.casefile.UserFacingException("bundle.referral.noBasis", r.agency().name());
            }
            if (basis.isEmpty()) {
                basis = now.description();
            }
        }
        List<Block.Fact> facts = new ArrayList<>();
        facts.add(new Block.Fact(Messages.get("referrals.column.reference"), r.reference()
                + (r.details().theirReference().isEmpty() ? "" : " / " + r.details().theirReference())));
        facts.add(new Block.Fact(Messages.get("referrals.column.agency"), r.agency().name()
                + (r.details().contact().isEmpty() ? "" : " (" + r.details().contact() + ")")));
        facts.add(new Block.Fact(Messages.get("referrals.column.referred"), DAY.format(r.details().referredOn())
                + ", " + Messages.get(r.details().method().labelKey())));
        facts.add(new Block.Fact(Messages.get("bundle.marac.referral.reason"), r.details().reason()));
        facts.add(new Block.Fact(Messages.get("bundle.referral.risk"), Messages.get(r.riskLevel().labelKey())));
        if (r.details().marac()) {
            facts.add(new Block.Fact(Messages.get("referrals.form.maracReason"), r.details().maracReason() == null ? ""
                    : Messages.get(r.details().maracReason().labelKey())));
        }
        facts.add(new Block.Fact(Messages.get("bundle.referral.basis"), basis));
        return List.of(new Block.Facts(facts), new Block.Paragraph(Messages.get("bundle.referral.withheld")));
    }

    @Override
    public List<Block> orders(long clientId) {
        List<OrderRecord> all = orders.list(clientId);
        if (all.isEmpty()) {
            return NOTHING_RECORDED.orders(clientId);
        }
        List<Block> out = new ArrayList<>();
        for (OrderRecord o : all) {
            OrderDraft d = o.details();
            out.add(new Block.Heading(Messages.get(d.type().labelKey()) + " · " + Messages.get(o.status().labelKey())));
            List<Block.Fact> facts = new ArrayList<>();
            facts.add(new Block.Fact(Messages.get("bundle.marac.order.court"), d.court()
                    + (d.caseNumber().isEmpty() ? "" : " (" + d.caseNumber() + ")")));
            facts.add(new Block.Fact(Messages.get("bundle.marac.order.made"), d.madeOn() == null ? "" : DAY.format(d.madeOn())));
            facts.add(new Block.Fact(Messages.get("bundle.marac.order.ends"), d.untilFurtherOrder()
                    ? Messages.get("bundle.marac.order.untilFurther") : d.expiresOn() == null ? "" : DAY.format(d.expiresOn())));
            if (!o.respondentName().isEmpty()) {
                facts.add(new Block.Fact(Messages.get("bundle.marac.order.respondent"), o.respondentName()));
            }
            for (OrderDraft.Condition c : d.conditions()) {
                facts.add(new Block.Fact(Messages.get(c.kind().labelKey()), c.text()
                        + (c.exclusionZone().isEmpty() ? "" : " — " + c.exclusionZone())));
            }
            out.add(new Block.Facts(facts));
            if (!o.breaches().isEmpty()) {
                List<List<String>> rows = new ArrayList<>();
                for (BreachRecord b : o.breaches()) {
                    rows.add(List.of(Integer.toString(b.incidentNumber()), DAY.format(b.occurredOn()), b.summary(),
                            b.policeReference(), b.outcome() == null ? "" : Messages.get(b.outcome().labelKey())));
                }
                out.add(new Block.Table(List.of(Messages.get("bundle.marac.order.incident"),
                        Messages.get("bundle.marac.order.date"), Messages.get("bundle.marac.order.what"),
                        Messages.get("bundle.marac.order.police"), Messages.get("bundle.marac.order.outcome")),
                        List.of(0.8f, 1f, 3f, 1.5f, 1.5f), rows));
            }
        }
        return out;
    }
}
