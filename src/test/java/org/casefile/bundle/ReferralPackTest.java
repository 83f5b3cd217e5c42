package org.casefile.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import org.casefile.CaseServices;
import org.casefile.UserFacingException;
import org.casefile.client.ClientFixtures;
import org.casefile.client.ClientRecord;
import org.casefile.client.ClientService;
import org.casefile.incident.Behaviour;
import org.casefile.incident.IncidentService;
import org.casefile.incident.Incidents;
import org.casefile.referral.AgencyDraft;
import org.casefile.referral.AgencyKind;
import org.casefile.referral.AgencyRecord;
import org.casefile.referral.AgencyService;
import org.casefile.referral.ConsentDraft;
import org.casefile.referral.ConsentMethod;
import org.casefile.referral.Direction;
import org.casefile.referral.ReferralDraft;
import org.casefile.referral.ReferralMethod;
import org.casefile.referral.ReferralRecord;
import org.casefile.referral.ReferralService;
import org.casefile.referral.ReferralStatus;
import org.casefile.security.Session;
import org.casefile.security.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;


/** The PDF that goes with a referral: only under consent or a decision to share, and redacted strictly. */
class ReferralPackTest {
    @TempDir
    Path dir;
    Session session;

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void aPackIsMadeOnlyUnderALawfulBasisAndKeepsTheSafeAddressAndPhoneOut() throws Exception {
        Clock clock = Clock.systemDefaultZone();
        LocalDate today = LocalDate.now(clock);
        session = TestStores.create(dir.resolve("store"));
        CaseServices services = CaseServices.open(session, clock);
        ClientService clients = services.clients();
        IncidentService incidents = services.incidents();
        ReferralService referrals = services.referrals();
        BundleService bundles = services.bundles();
        AgencyService agencyService = services.agencies();

        ClientRecord lucja = clients.create(ClientFixtures.lucja());
        incidents.record(lucja.id(), Incidents.on(today.minusDays(3), Behaviour.FOLLOWING));
        AgencyRecord housing = agencyService.create(AgencyDraft.named("Leeds Housing Options",
                AgencyKind.HOUSING));
        ReferralRecord r = referrals.create(lucja.id(), new ReferralDraft(Direction.OUTGOING, housing.id(), "Duty desk",
                "Needs a move away from 14 Larkspur Close, where he waits outside", today, ReferralMethod.SECURE_EMAIL,
                "", today.plusDays(10), false, null, null, null));

        Path refused = dir.resolve("refused.pdf");
        assertThatThrownBy(() -> bundles.make(BundleRequest.referralPack(lucja.id(), r.id(), refused), BundleProgress.NONE))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("Leeds Housing Options");
        assertThat(refused).doesNotExist();

        referrals.addConsent(lucja.id(), new ConsentDraft("Rehousing", false, Set.of(housing.id()), "Client",
                ConsentMethod.WRITTEN, today, null, null));
        referrals.move(r.id(), r.version(), ReferralStatus.SENT, "");
        Path pack = dir.resolve("pack.pdf");
        BundleResult result = bundles.make(BundleRequest.referralPack(lucja.id(), r.id(), pack), BundleProgress.NONE);
        assertThat(result.pages()).isPositive();
        CheckBundle.passes(pack, "14 Larkspur Close", "07700 900123", "07700 900456", "bluebell");
        String text = CheckBundle.text(pack);
        assertThat(text).contains(r.reference(), "Leeds Housing Options", "Rehousing", "Referral pack");
        assertThat(Files.size(pack)).isPositive();
    }
}
