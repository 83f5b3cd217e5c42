package org.casefile.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import javax.imageio.ImageIO;
import org.casefile.InvalidInput;
import org.casefile.UserFacingException;
import org.casefile.client.ClientFixtures;
import org.casefile.client.ClientRecord;
import org.casefile.client.ClientService;
import org.casefile.incident.Behaviour;
import org.casefile.incident.IncidentRecord;
import org.casefile.incident.IncidentService;
import org.casefile.incident.Incidents;
import org.casefile.security.AuditRecord;
import org.casefile.security.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExhibitServiceTest {
    @TempDir
    Path dir;
    @TempDir
    Path files;
    org.casefile.security.Session session;
    ClientService clients;
    ExhibitService exhibits;
    ClientRecord lucja;
    final Clock clock = Clock.systemDefaultZone();

    @BeforeEach
    void store() {
        session = TestStores.create(dir);
        clients = new ClientService(session.transactions(), session.audit(), session.user(), clock);
        exhibits = new ExhibitService(session.transactions(), clients, session.audit(), session.user(), clock, 1024 * 1024);
        lucja = clients.create(ClientFixtures.lucja());
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void aFileIsStoredWithItsHashAndNumberedPerPersonWithinTheCase() throws Exception {
        Path photo = write("doorstep.png", png(40, 20));
        ExhibitSummary first = exhibits.receive(lucja.id(), photo, intake("JS"));
        ExhibitSummary second = exhibits.receive(lucja.id(), write("note.pdf", "%PDF-1.4 fake".getBytes()), intake("JS"));
        ExhibitSummary officers = exhibits.receive(lucja.id(), photo, intake("AB"));
        ClientRecord ben = clients.create(ClientFixtures.named("Ben", "Okafor"));
        ExhibitSummary bens = exhibits.receive(ben.id(), photo, intake("JS"));

        assertThat(List.of(first.reference(), second.reference(), officers.reference(), bens.reference()))
                .containsExactly("JS/1", "JS/2", "AB/1", "JS/1");
        assertThat(first.sha256()).isEqualTo(sha256(Files.readAllBytes(photo)));
        assertThat(first.mediaType()).isEqualTo("image/png");
        assertThat(second.mediaType()).isEqualTo("application/pdf");
        assertThat(first.sizeBytes()).isEqualTo(Files.size(photo));

        VerifiedContent content = exhibits.content(first.id());
        assertThat(content.bytes()).isEqualTo(Files.readAllBytes(photo));
        ExhibitRecord opened = exhibits.open(first.id());
        assertThat(opened.acquisition().fromWhom()).isEqualTo("The client");
        assertThat(opened.custody()).extracting(ExhibitRecord.CustodyEntry::action)
                .containsExactly(CustodyAction.RECEIVED, CustodyAction.VIEWED);
        assertThat(session.audit().recent(1)).extracting(AuditRecord::action).containsExactly("EXHIBIT_VIEWED");
    }

    @Test
    void aChangedByteInTheStoreIsFoundOnReadAndMarksTheExhibitDamagedEverywhere() throws Exception {
        ExhibitSummary item = exhibits.receive(lucja.id(), write("screenshot.png", png(30, 30)), intake("JS"));
        ExhibitSummary untouched = exhibits.receive(lucja.id(), write("other.png", png(10, 10)), intake("JS"));
        StoredBytes.flipOne(session, item.id(), 57);

        assertThatThrownBy(() -> exhibits.content(item.id())).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("JS/1").hasMessageContaining("no longer matches");
        assertThat(exhibits.forClient(lucja.id())).extracting(ExhibitSummary::reference, ExhibitSummary::damaged)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("JS/1", true),
                        org.assertj.core.groups.Tuple.tuple("JS/2", false));
        assertThat(exhibits.open(item.id()).custody()).extracting(ExhibitRecord.CustodyEntry::action)
                .containsExactly(CustodyAction.RECEIVED, CustodyAction.DAMAGE_FOUND);
        assertThat(session.audit().recent(5)).extracting(AuditRecord::action).contains("EXHIBIT_DAMAGED");
        Path copy = files.resolve("out.png");
        assertThatThrownBy(() -> exhibits.exportCopy(item.id(), copy)).hasMessageContaining("no longer matches");
        assertThat(copy).doesNotExist();
        assertThat(exhibits.content(untouched.id()).bytes()).hasSize((int) untouched.sizeBytes());
        assertThat(session.audit().verify().intact()).isTrue();
    }

    @Test
    void checkingEveryExhibitFindsTheDamagedOne() throws Exception {
        exhibits.receive(lucja.id(), write("a.png", png(12, 12)), intake("JS"));
        ExhibitSummary b = exhibits.receive(lucja.id(), write("b.png", png(14, 14)), intake("JS"));
        StoredBytes.flipOne(session, b.id(), 3);
        assertThat(exhibits.verifyAll(lucja.id())).containsExactly("JS/2");
        assertThat(exhibits.forClient(lucja.id())).extracting(ExhibitSummary::damaged).containsExactly(false, true);
    }

    @Test
    void emptyMissingTooLargeAndFolderAreRefusedWithNothingStored() throws Exception {
        Path empty = write("empty.jpg", new byte[0]);
        Path big = write("video.mp4", new byte[1024 * 1024 + 1]);
        assertThatThrownBy(() -> exhibits.receive(lucja.id(), empty, intake("JS"))).hasMessageContaining("empty");
        assertThatThrownBy(() -> exhibits.receive(lucja.id(), big, intake("JS"))).hasMessageContaining("larger than 1 MB");
        assertThatThrownBy(() -> exhibits.receive(lucja.id(), files.resolve("gone.png"), intake("JS")))
                .hasMessageContaining("not a file");
        assertThatThrownBy(() -> exhibits.receive(lucja.id(), files, intake("JS"))).hasMessageContaining("not a file");
        assertThatThrownBy(() -> exhibits.receive(lucja.id(), write("x.png", png(5, 5)), intake("j.s.")))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems()).containsKey("initials"));
        assertThat(exhibits.forClient(lucja.id())).isEmpty();
        assertThat(storedContentRows()).isZero();
    }

    @Test
    void anExhibitCanOnlyBelongToAnIncidentOfTheSameCase() throws Exception {
        IncidentService incidents = new IncidentService(session.transactions(), clients, session.audit(),
                session.user(), clock);
        ClientRecord ben = clients.create(ClientFixtures.named("Ben", "Okafor"));
        IncidentRecord bens = incidents.record(ben.id(), Incidents.on(LocalDate.now(), Behaviour.CALLS));
        Intake wrong = new Intake("JS", bens.id(), Acquisition.NONE, "");
        assertThatThrownBy(() -> exhibits.receive(lucja.id(), write("a.png", png(5, 5)), wrong))
                .hasMessageContaining("no longer in the log");
        assertThat(storedContentRows()).isZero();
        ExhibitSummary right = exhibits.receive(ben.id(), write("b.png", png(5, 5)),
                new Intake("JS", bens.id(), Acquisition.NONE, ""));
        assertThat(right.incidentId()).isEqualTo(bens.id());
    }

    @Test
    void aRotatedCopyIsANewExhibitPointingToItsUntouchedOriginal() throws Exception {
        ExhibitSummary original = exhibits.receive(lucja.id(), write("wide.png", png(40, 20)), intake("JS"));
        ExhibitSummary copy = exhibits.derive(original.id(), Derivation.ROTATED_RIGHT, null);
        assertThat(copy.reference()).isEqualTo("JS/2");
        assertThat(copy.derivedFrom()).isEqualTo("JS/1");
        assertThat(copy.derivation()).isEqualTo(Derivation.ROTATED_RIGHT);
        BufferedImage rotated = ImageIO.read(new ByteArrayInputStream(exhibits.content(copy.id()).bytes()));
        assertThat(rotated.getWidth()).isEqualTo(20);
        assertThat(rotated.getHeight()).isEqualTo(40);
        assertThat(exhibits.content(original.id()).bytes()).hasSize((int) original.sizeBytes());
        ExhibitRecord o = exhibits.open(original.id());
        assertThat(o.derivedCopies()).containsExactly("JS/2");
        assertThat(o.custody()).extracting(ExhibitRecord.CustodyEntry::action).contains(CustodyAction.DERIVED_COPY_MADE);

        ExhibitSummary cropped = exhibits.derive(original.id(), Derivation.CROPPED, new ImageEdits.Crop(0, 0, 0.5, 0.5));
        BufferedImage c = ImageIO.read(new ByteArrayInputStream(exhibits.content(cropped.id()).bytes()));
        assertThat(c.getWidth()).isEqualTo(20);
        assertThat(c.getHeight()).isEqualTo(10);
    }

    @Test
    void anExportedCopyMatchesAndIsLogged() throws Exception {
        Path photo = write("doorstep.png", png(16, 16));
        ExhibitSummary item = exhibits.receive(lucja.id(), photo, intake("JS"));
        Path copy = files.resolve("JS-1.png");
        exhibits.exportCopy(item.id(), copy);
        assertThat(Files.readAllBytes(copy)).isEqualTo(Files.readAllBytes(photo));
        assertThat(files.resolve("JS-1.png.partial")).doesNotExist();
        assertThat(exhibits.open(item.id()).custody()).extracting(ExhibitRecord.CustodyEntry::action)
                .containsExactly(CustodyAction.RECEIVED, CustodyAction.EXPORTED);
    }

    static Intake intake(String initials) {
        return new Intake(initials, null, new Acquisition("The client", "Screenshot on her phone", "iPhone"),
                "Photo of the doorstep");
    }

    Path write(String name, byte[] bytes) throws Exception {
        return Files.write(files.resolve(name), bytes);
    }

    static byte[] png(int w, int h) throws Exception {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < w; x++) {
            image.setRGB(x, 0, 0xFF0000 + x);
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }


    long storedContentRows() {
        return session.transactions().read(em -> ((Number) em.createNativeQuery("select count(*) from exhibit_content")
                .getSingleResult()).longValue());
    }
}
