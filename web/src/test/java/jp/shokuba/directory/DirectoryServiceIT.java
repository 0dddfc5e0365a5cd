package jp.shokuba.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import jp.shokuba.audit.application.AuditTrail;
import jp.shokuba.audit.domain.AuditEvent;
import jp.shokuba.directory.application.DirectoryService;
import jp.shokuba.directory.application.StaffChange;
import jp.shokuba.directory.application.StaffSummary;
import jp.shokuba.directory.application.csv.CsvRejectedException;
import jp.shokuba.directory.application.csv.StaffImport;
import jp.shokuba.it.ArquillianArchive;
import jp.shokuba.platform.BusinessException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The directory and the audit trail inside the container, on the real PostgreSQL: transaction
 * boundaries, refusals that leave nothing behind, absences and deputies. The real web archive is
 * deployed with this class added.
 */
@ExtendWith(ArquillianExtension.class)
class DirectoryServiceIT {

    /** The real archive, with Arquillian's test runner servlet let past the sign-in. */
    @Deployment
    static WebArchive deployment() throws IOException {
        return ArquillianArchive.with(DirectoryServiceIT.class);
    }

    @Inject
    DirectoryService directory;

    @Inject
    StaffImport staffImport;

    @Inject
    AuditTrail audit;

    @Inject
    UserTransaction transaction;

    private final LocalDate someday = LocalDate.of(2030, 1, 6).plusDays(ThreadLocalRandom.current().nextInt(3000));

    @Test
    void anAbsenceNamesTheDeputyForEachDayOfIt() throws BusinessException {
        directory.recordAbsence("takahashi", someday, someday.plusDays(2), "sato", "出張");

        assertTrue(directory.isAbsent("takahashi", someday.plusDays(1)));
        assertFalse(directory.isAbsent("takahashi", someday.plusDays(3)));
        assertEquals("sato", directory.deputyOf("takahashi", someday.plusDays(2)).map(StaffSummary::login).orElse(null));
    }

    @Test
    void anOverlappingAbsenceIsRefusedAndNotAudited() throws BusinessException {
        directory.recordAbsence("ito", someday, someday, null, "研修");
        long entries = audit.count();

        BusinessException refused = assertThrows(BusinessException.class,
                () -> directory.recordAbsence("ito", someday, someday.plusDays(1), null, "休暇"));

        assertEquals(BusinessException.Kind.CONFLICT, refused.kind());
        assertEquals(entries, audit.count());
    }

    @Test
    void anEditBasedOnAStaleVersionIsRefused() throws BusinessException {
        StaffSummary before = directory.staff("tanaka");
        StaffChange change = new StaffChange("tanaka", before.version(), before.name(), before.nameKana(),
                "tanaka+" + someday + "@city-hall.example", before.unitCode(), before.positionCode(),
                before.grantedRoles(), true);
        directory.update(change);
        StaffChange basedOnWhatTheyFirstSaw = new StaffChange("tanaka", before.version(), before.name(),
                before.nameKana(), before.email(), before.unitCode(), before.positionCode(), before.grantedRoles(), true);

        BusinessException refused = assertThrows(BusinessException.class, () -> directory.update(basedOnWhatTheyFirstSaw));

        assertEquals(BusinessException.Kind.CONFLICT, refused.kind());
    }

    @Test
    void aRejectedImportLeavesNeitherStaffNorAuditEntries() {
        String number = "8" + ThreadLocalRandom.current().nextInt(100000, 999999);
        long entries = audit.count();
        String csv = "職員番号,ログインID,氏名,氏名カナ,メールアドレス,所属コード,職名,役割\n"
                + number + ",arq" + number + ",犀川 太郎,サイガワ タロウ,a" + number + "@city-hall.example,02101,係員,\n"
                + number + "9,arq" + number + "9,浅野 花子,アサノ ハナコ,not-an-address,02101,係員,\n";

        CsvRejectedException rejected = assertThrows(CsvRejectedException.class,
                () -> staffImport.importCsv(csv.getBytes(StandardCharsets.UTF_8)));

        assertEquals(1, rejected.errors().size());
        assertEquals(3, rejected.errors().get(0).line());
        assertTrue(directory.findStaff("arq" + number).isEmpty());
        assertEquals(entries, audit.count());
    }

    @Test
    void anAuditEntryRollsBackWithItsTransaction() throws Exception {
        long entries = audit.count();
        transaction.begin();
        audit.record(AuditEvent.of("test.rolled-back", "Test", 1));
        transaction.rollback();

        assertEquals(entries, audit.count());
        assertTrue(audit.verify().intact());
    }

    @Test
    void recordingOutsideATransactionIsRefused() {
        assertThrows(EJBException.class, () -> audit.record(AuditEvent.of("test.no-transaction", "Test", 1)));
    }

    @Test
    void grantingADerivedRoleIsRefused() throws BusinessException {
        StaffSummary s = directory.staff("nakamura");
        StaffChange change = new StaffChange("nakamura", s.version(), s.name(), s.nameKana(), s.email(), s.unitCode(),
                s.positionCode(), Set.of("APPROVER"), true);

        BusinessException refused = assertThrows(BusinessException.class, () -> directory.update(change));

        assertEquals(BusinessException.Kind.INVALID, refused.kind());
        assertEquals(Set.of("FACILITIES"), directory.staff("nakamura").grantedRoles());
    }
}
