package org.casefile.referral;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** The checks on referrals, consent and decisions to share, shared by the forms and the service. */
public final class ReferralRules {
    /** A decision to share without consent covers sharing for this many days after its sign-off. */
    public static final int DECISION_VALID_DAYS = 90;

    private ReferralRules() {
    }

    public static Map<String, String> referralProblems(ReferralDraft d, LocalDate today) {
        Map<String, String> out = new LinkedHashMap<>();
        if (d.agencyId() <= 0) {
            out.put("agency", "referral.invalid.agency");
        }
        if (d.reason().isEmpty()) {
            out.put("reason", "referral.invalid.reason");
        } else if (d.reason().length() > 4000) {
            out.put("reason", "referral.invalid.tooLong");
        }
        if (d.referredOn() == null) {
            out.put("referredOn", "referral.invalid.date");
        } else if (d.referredOn().isAfter(today)) {
            out.put("referredOn", "referral.invalid.future");
        }
        if (d.responseDue() != null && d.referredOn() != null && d.responseDue().isBefore(d.referredOn())) {
            out.put("responseDue", "referral.invalid.dueBeforeReferral");
        }
        if (d.marac()) {
            if (d.maracReason() == null) {
                out.put("maracReason", "referral.invalid.maracReason");
            } else if (d.maracReason() == MaracReason.VISIBLE_HIGH_RISK && (d.yesCount() == null || d.yesCount() < 0)) {
                out.put("yesCount", "referral.invalid.yesCount");
            }
        }
        return out;
    }

    public static Map<String, String> consentProblems(ConsentDraft d, LocalDate today) {
        Map<String, String> out = new LinkedHashMap<>();
        if (d.purpose().isEmpty()) {
            out.put("purpose", "consent.invalid.purpose");
        }
        if (!d.allAgencies() && d.agencyIds().isEmpty()) {
            out.put("agencies", "consent.invalid.agencies");
        }
        if (d.givenBy().isEmpty()) {
            out.put("givenBy", "consent.invalid.givenBy");
        }
        if (d.method() == null) {
            out.put("method", "consent.invalid.method");
        }
        if (d.givenOn() == null) {
            out.put("givenOn", "referral.invalid.date");
        } else if (d.givenOn().isAfter(today)) {
            out.put("givenOn", "referral.invalid.future");
        } else if (d.expiresOn() != null && !d.expiresOn().isAfter(d.givenOn())) {
            out.put("expiresOn", "consent.invalid.expiry");
        }
        return out;
    }

    public static Map<String, String> decisionProblems(ShareDecisionDraft d, LocalDate today) {
        Map<String, String> out = new LinkedHashMap<>();
        if (d.purpose().isEmpty()) {
            out.put("purpose", "consent.invalid.purpose");
        }
        if (d.agencyIds().isEmpty()) {
            out.put("agencies", "consent.invalid.agencies");
        }
        if (d.lawfulBasis() == null) {
            out.put("lawfulBasis", "share.invalid.basis");
        }
        if (d.necessity().isEmpty()) {
            out.put("necessity", "share.invalid.necessity");
        }
        if (d.decidedBy().isEmpty()) {
            out.put("decidedBy", "share.invalid.decidedBy");
        }
        if (d.decidedOn() == null) {
            out.put("decidedOn", "referral.invalid.date");
        } else if (d.decidedOn().isAfter(today)) {
            out.put("decidedOn", "referral.invalid.future");
        }
        if (d.signedOffBy().isEmpty()) {
            out.put("signedOffBy", "share.invalid.signedOffBy");
        } else if (d.signedOffBy().equalsIgnoreCase(d.decidedBy())) {
            out.put("signedOffBy", "share.invalid.sameSignOff");
        }
        if (d.signedOffOn() == null) {
            out.put("signedOffOn", "referral.invalid.date");
        } else if (d.signedOffOn().isAfter(today)) {
            out.put("signedOffOn", "referral.invalid.future");
        } else if (d.decidedOn() != null && d.signedOffOn().isBefore(d.decidedOn())) {
            out.put("signedOffOn", "share.invalid.signOffBeforeDecision");
        }
        if (d.clientTold() && d.toldOn() == null) {
            out.put("toldOn", "share.invalid.toldOn");
        }
        if (!d.clientTold() && d.notToldReason().isEmpty()) {
            out.put("notToldReason", "share.invalid.notToldReason");
        }
        return out;
    }
}
