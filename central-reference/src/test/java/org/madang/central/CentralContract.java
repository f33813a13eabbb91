package org.madang.central;

import org.madang.journal.testing.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.madang.central.content.ContentRejected;
import org.madang.central.errors.CentralRefusal;
import org.madang.journal.JournalRecord;
import org.madang.journal.RecordKind;
import org.madang.journal.chain.Sha256;
import org.madang.sync.api.export.ExportManifest;
import org.madang.sync.api.export.ExportWriter;
import org.madang.sync.api.wire.ProblemCode;
import org.madang.sync.api.wire.RejectReason;
import org.madang.sync.api.wire.UploadResult;

/**
 * The central's behaviour without HTTP, run against each storage dialect by a subclass that
 * supplies the database.
 */
abstract class CentralContract {

    @TempDir
    Path dir;

    MutableClock clock = new MutableClock(Instant.parse("2026-11-22T00:00:00Z"));
    CentralHome home;
    Optional<String> url;
    Central central;
    TestDevice a = new TestDevice("kiosk-a");
    TestDevice b = new TestDevice("kiosk-b");

    /** The database for this run (empty: the home's SQLite file). */
    abstract Optional<String> jdbcUrl() throws Exception;

    @BeforeEach
    void openCentral() throws Exception {
        home = CentralHome.init(dir.resolve("home"), new SecureRandom());
        url = jdbcUrl();
        central = Central.open(home, url, clock);
        enroll(a);
        enroll(b);
    }

    @AfterEach
    void closeCentral() {
        if (central != null) {
            central.close();
        }
    }

    void enroll(TestDevice device) {
        String code = central.createEnrollmentCode(TestDevice.SITE, Set.of("checkin", "vote", "survey"), Duration.ofHours(24));
        central.enroll(device.enrollment(code, TestDevice.SITE));
    }

    UploadResult upload(TestDevice device, List<JournalRecord> records) {
        return central.ingest(device.deviceId, device.journalId, records, Central.SOURCE_UPLOAD);
    }

    // ---- ingest verdicts

    @Test
    void storesNewRecordsAndCountsResentOnesAsDuplicates() {
        a.appendCheckins(10, "e1");
        UploadResult first = upload(a, a.records());
        assertThat(first).isEqualTo(new UploadResult(10, 10, 0, List.of()));
        UploadResult again = upload(a, a.range(4, 10));
        assertThat(again).isEqualTo(new UploadResult(10, 0, 7, List.of()));
        assertThat(again.httpStatus()).isEqualTo(200);
    }

    @Test
    void overlappingBatchStoresOnlyTheNewRecords() {
        a.appendCheckins(8, "e1");
        upload(a, a.range(1, 5));
        UploadResult result = upload(a, a.range(3, 8));
        assertThat(result).isEqualTo(new UploadResult(8, 3, 3, List.of()));
    }

    @Test
    void sameSeqWithOtherContentIsAConflict() {
        a.appendCheckins(5, "e1");
        upload(a, a.records());
        JournalRecord rewritten = TestDevice.rewritten(a.get(3), TestDevice.checkin("e1", "someone-else", "once-per-event",
                "2026-11-22"), a.key);
        UploadResult result = upload(a, List.of(rewritten, a.get(4), a.get(5)));
        assertThat(result.storedThrough()).isEqualTo(5);
        assertThat(result.rejected()).extracting(v -> v.reason()).containsExactly(RejectReason.CONFLICT,
                RejectReason.AFTER_REJECTED, RejectReason.AFTER_REJECTED);
        assertThat(result.rejected().getFirst().seq()).isEqualTo(3);
        assertThat(result.httpStatus()).isEqualTo(409);
    }

    @Test
    void storedIdAtAnotherSeqIsAConflict() {
        a.appendCheckins(5, "e1");
        upload(a, a.records());
        JournalRecord reusedId = TestDevice.sign(6, a.get(2).id(), RecordKind.CHECKIN, a.get(2).body(), a.get(5).clock(),
                a.get(5).hash(), a.key);
        UploadResult result = upload(a, List.of(reusedId));
        assertThat(result.rejected()).singleElement().satisfies(v -> {
            assertThat(v.reason()).isEqualTo(RejectReason.CONFLICT);
            assertThat(v.seq()).isEqualTo(6);
        });
        assertThat(result.storedThrough()).isEqualTo(5);
    }

    @Test
    void storedIdReusedMidBatchStoresTheRecordsBeforeItAndNothingAfter() {
        a.appendCheckins(5, "e1");
        upload(a, a.records());
        JournalRecord six = TestDevice.sign(6, UUID.randomUUID().toString(), RecordKind.CHECKIN, a.get(1).body(),
                a.get(5).clock(), a.get(5).hash(), a.key);
        JournalRecord reusedId = TestDevice.sign(7, a.get(2).id(), RecordKind.CHECKIN, a.get(2).body(), a.get(5).clock(),
                six.hash(), a.key);
        JournalRecord eight = TestDevice.sign(8, UUID.randomUUID().toString(), RecordKind.CHECKIN, a.get(3).body(),
                a.get(5).clock(), reusedId.hash(), a.key);
        UploadResult result = upload(a, List.of(six, reusedId, eight));
        assertThat(result.storedThrough()).isEqualTo(6);
        assertThat(result.stored()).isEqualTo(1);
        assertThat(result.rejected()).extracting(v -> v.reason()).containsExactly(RejectReason.CONFLICT,
                RejectReason.AFTER_REJECTED);
        assertThat(result.rejected().getFirst().seq()).isEqualTo(7);
        assertThat(upload(a, List.of(six)).duplicates()).isEqualTo(1);
    }

    @Test
    void recordIdStoredForAnotherDeviceIsAConflictAndNothingIsStored() {
        a.appendCheckins(2, "e1");
        upload(a, a.records());
        JournalRecord copied = TestDevice.sign(1, a.get(2).id(), RecordKind.CHECKIN, a.get(2).body(), a.get(2).clock(),
                org.madang.journal.chain.RecordHasher.genesis(b.journalId), b.key);
        UploadResult result = upload(b, List.of(copied));
        assertThat(result.storedThrough()).isZero();
        assertThat(result.rejected()).singleElement().satisfies(v -> assertThat(v.reason()).isEqualTo(RejectReason.CONFLICT));
    }

    @Test
    void missingRecordIsAGapAndNothingAfterItIsStored() {
        a.appendCheckins(6, "e1");
        upload(a, a.range(1, 3));
        UploadResult result = upload(a, a.range(5, 6));
        assertThat(result.storedThrough()).isEqualTo(3);
        assertThat(result.stored()).isZero();
        assertThat(result.rejected()).extracting(v -> v.reason()).containsExactly(RejectReason.GAP, RejectReason.AFTER_REJECTED);
        assertThat(result.httpStatus()).isEqualTo(422);
    }

    @Test
    void tamperedBodyIsAHashMismatchAndThePrefixBeforeItIsStored() {
        a.appendCheckins(6, "e1");
        List<JournalRecord> batch = new ArrayList<>(a.records());
        batch.set(3, TestDevice.tamperedBody(a.get(4), TestDevice.checkin("e1", "forged", "once-per-event", "2026-11-22")));
        UploadResult result = upload(a, batch);
        assertThat(result.storedThrough()).isEqualTo(3);
        assertThat(result.stored()).isEqualTo(3);
        assertThat(result.rejected()).extracting(v -> v.reason()).containsExactly(RejectReason.HASH_MISMATCH,
                RejectReason.AFTER_REJECTED, RejectReason.AFTER_REJECTED);
        assertThat(result.rejected().getFirst().seq()).isEqualTo(4);
        // Nothing after the break was stored: the genuine records continue from 3.
        assertThat(upload(a, a.range(4, 6))).isEqualTo(new UploadResult(6, 3, 0, List.of()));
    }

    @Test
    void recordNotPointingAtItsPredecessorIsChainBroken() {
        a.appendCheckins(4, "e1");
        upload(a, a.range(1, 3));
        JournalRecord spliced = TestDevice.sign(4, UUID.randomUUID().toString(), RecordKind.CHECKIN, a.get(4).body(),
                a.get(4).clock(), a.get(2).hash(), a.key);
        UploadResult result = upload(a, List.of(spliced));
        assertThat(result.rejected()).singleElement().extracting(v -> v.reason()).isEqualTo(RejectReason.CHAIN_BROKEN);
        assertThat(result.storedThrough()).isEqualTo(3);
    }

    @Test
    void forgedSignatureOfTheChainHeadIsRefused() {
        a.appendCheckins(3, "e1");
        UploadResult result = upload(a, List.of(a.get(1), a.get(2), TestDevice.badSignature(a.get(3))));
        assertThat(result.storedThrough()).isEqualTo(2);
        assertThat(result.rejected()).singleElement().satisfies(v -> {
            assertThat(v.reason()).isEqualTo(RejectReason.BAD_SIGNATURE);
            assertThat(v.seq()).isEqualTo(3);
        });
    }

    @Test
    void forgedHeadSignatureNamesTheFirstForgedSignatureOfTheRun() {
        a.appendCheckins(4, "e1");
        UploadResult result = upload(a, List.of(a.get(1), TestDevice.badSignature(a.get(2)), a.get(3),
                TestDevice.badSignature(a.get(4))));
        assertThat(result.storedThrough()).isEqualTo(1);
        assertThat(result.rejected()).extracting(v -> v.reason()).containsExactly(RejectReason.BAD_SIGNATURE,
                RejectReason.AFTER_REJECTED, RejectReason.AFTER_REJECTED);
        assertThat(result.rejected().getFirst().seq()).isEqualTo(2);
    }

    @Test
    void hashBreakMakesTheRecordBeforeItTheHeadWhoseSignatureIsVerified() {
        a.appendCheckins(3, "e1");
        UploadResult result = upload(a, List.of(a.get(1), TestDevice.badSignature(a.get(2)),
                TestDevice.tamperedBody(a.get(3), TestDevice.checkin("e1", "intruder", "once-per-event", "2026-11-22"))));
        assertThat(result.storedThrough()).isEqualTo(1);
        assertThat(result.rejected()).extracting(v -> v.reason()).containsExactly(RejectReason.BAD_SIGNATURE,
                RejectReason.AFTER_REJECTED);
    }

    @Test
    void forgedIntermediateSignatureIsStoredUnderChainHeadVerificationButRefusedWhenEveryOneIsVerified() {
        a.appendCheckins(3, "e1");
        UploadResult headOnly = upload(a, List.of(a.get(1), TestDevice.badSignature(a.get(2)), a.get(3)));
        // The content of record 2 is authenticated by record 3's signature through the hash chain.
        assertThat(headOnly.rejected()).isEmpty();
        assertThat(headOnly.storedThrough()).isEqualTo(3);

        central.close();
        central = Central.open(home, url, clock, org.madang.central.ingest.SignaturePolicy.EVERY_RECORD);
        b.appendCheckins(3, "e1");
        UploadResult every = upload(b, List.of(b.get(1), TestDevice.badSignature(b.get(2)), b.get(3)));
        assertThat(every.storedThrough()).isEqualTo(1);
        assertThat(every.rejected()).extracting(v -> v.reason()).containsExactly(RejectReason.BAD_SIGNATURE,
                RejectReason.AFTER_REJECTED);
    }

    @Test
    void recordSignedByAnotherDevicesKeyIsUnknownKey() {
        a.appendCheckins(2, "e1");
        JournalRecord foreign = TestDevice.sign(3, UUID.randomUUID().toString(), RecordKind.CHECKIN, a.get(2).body(),
                a.get(2).clock(), a.get(2).hash(), b.key);
        UploadResult result = upload(a, List.of(a.get(1), a.get(2), foreign));
        assertThat(result.storedThrough()).isEqualTo(2);
        assertThat(result.rejected()).singleElement().extracting(v -> v.reason()).isEqualTo(RejectReason.UNKNOWN_KEY);
        assertThat(central.refusals(Optional.of("kiosk-a"))).singleElement()
                .satisfies(r -> assertThat(r.get("reason").asText()).isEqualTo("UNKNOWN_KEY"));
    }

    @Test
    void unenrolledDeviceCannotUpload() {
        TestDevice stranger = new TestDevice("kiosk-z");
        stranger.appendCheckins(1, "e1");
        assertThatThrownBy(() -> upload(stranger, stranger.records()))
                .isInstanceOfSatisfying(CentralRefusal.class, e -> assertThat(e.code()).isEqualTo(ProblemCode.DEVICE_NOT_ENROLLED));
    }

    @Test
    void unreadableBodyIsStoredButListedAsMalformed() {
        a.append(RecordKind.CHECKIN, Map.of("event", "e1"));
        a.append(RecordKind.DEVICE_EVENT, Map.of("what", "boot"));
        UploadResult result = upload(a, a.records());
        assertThat(result).isEqualTo(new UploadResult(2, 2, 0, List.of()));
        assertThat(central.refusals(Optional.empty())).singleElement().satisfies(r -> {
            assertThat(r.get("reason").asText()).isEqualTo("MALFORMED");
            assertThat(r.get("seq").asLong()).isEqualTo(1);
        });
    }

    // ---- points ledger

    @Test
    void sameMemberAtTwoTerminalsIsCreditedOnceAndTheOtherIsADuplicate() {
        a.append(RecordKind.CHECKIN, TestDevice.checkin("e1", "member-1", "once-per-event", "2026-11-22"));
        b.append(RecordKind.CHECKIN, TestDevice.checkin("e1", "member-1", "once-per-event", "2026-11-22"));
        upload(a, a.records());
        upload(b, b.records());
        JsonNode checkins = central.checkins("e1");
        assertThat(checkins.get("credited")).singleElement().satisfies(c -> assertThat(c.get("deviceId").asText()).isEqualTo("kiosk-a"));
        assertThat(checkins.get("duplicates")).singleElement().satisfies(c -> assertThat(c.get("deviceId").asText()).isEqualTo("kiosk-b"));
        assertThat(central.points().get("members")).singleElement().satisfies(m -> {
            assertThat(m.get("member").asText()).isEqualTo("member-1");
            assertThat(m.get("totalPoints").asLong()).isEqualTo(100);
        });
        assertThat(central.duplicates().get("checkins")).singleElement().satisfies(d -> {
            assertThat(d.get("duplicate").get("deviceId").asText()).isEqualTo("kiosk-b");
            assertThat(d.get("credited").get("deviceId").asText()).isEqualTo("kiosk-a");
        });
    }

    @Test
    void firstCheckinOfAMemberInOneUploadIsTheCreditedOne() {
        a.appendCheckins(3, "e1");
        a.append(RecordKind.CHECKIN, TestDevice.checkin("e1", "member-1", "once-per-event", "2026-11-22"));
        a.appendCheckins(3, "e1");
        a.append(RecordKind.CHECKIN, TestDevice.checkin("e1", "member-1", "once-per-event", "2026-11-22"));
        a.append(RecordKind.CHECKIN, TestDevice.checkin("e1", "member-1", "once-per-event", "2026-11-22"));
        upload(a, a.records());
        JsonNode checkins = central.checkins("e1");
        assertThat(checkins.get("creditedCount").asInt()).isEqualTo(7);
        assertThat(checkins.get("duplicates")).extracting(c -> c.get("seq").asLong()).containsExactlyInAnyOrder(8L, 9L);
    }

    @Test
    void oncePerDayCreditsOnEachDay() {
        a.append(RecordKind.CHECKIN, TestDevice.checkin("fest", "member-1", "once-per-day", "2026-11-22"));
        a.append(RecordKind.CHECKIN, TestDevice.checkin("fest", "member-1", "once-per-day", "2026-11-22"));
        b.append(RecordKind.CHECKIN, TestDevice.checkin("fest", "member-1", "once-per-day", "2026-11-23"));
        upload(a, a.records());
        upload(b, b.records());
        assertThat(central.points().get("members").get(0).get("totalPoints").asLong()).isEqualTo(200);
        assertThat(central.checkins("fest").get("creditedCount").asInt()).isEqualTo(2);
        assertThat(central.checkins("fest").get("duplicateCount").asInt()).isEqualTo(1);
    }

    // ---- journal binding and enrollment

    @Test
    void deviceIsBoundToItsFirstJournalUntilEnrolledAgain() {
        a.appendCheckins(2, "e1");
        upload(a, a.records());
        TestDevice reinstalled = new TestDevice(a.deviceId, a.key, UUID.randomUUID().toString());
        reinstalled.appendCheckins(1, "e1");
        assertThatThrownBy(() -> upload(reinstalled, reinstalled.records()))
                .isInstanceOfSatisfying(CentralRefusal.class, e -> assertThat(e.code()).isEqualTo(ProblemCode.JOURNAL_MISMATCH));
        enroll(reinstalled);
        assertThat(upload(reinstalled, reinstalled.records())).isEqualTo(new UploadResult(1, 1, 0, List.of()));
    }

    @Test
    void enrollmentCodeWorksOnce() {
        String code = central.createEnrollmentCode(TestDevice.SITE, Set.of("checkin"), Duration.ofHours(1));
        TestDevice c = new TestDevice("kiosk-c");
        assertThat(central.enroll(c.enrollment(code, TestDevice.SITE)).created()).isTrue();
        TestDevice d = new TestDevice("kiosk-d");
        assertThatThrownBy(() -> central.enroll(d.enrollment(code, TestDevice.SITE)))
                .isInstanceOfSatisfying(CentralRefusal.class, e -> assertThat(e.code()).isEqualTo(ProblemCode.ENROLLMENT_CODE_INVALID));
    }

    @Test
    void expiredOrUnknownEnrollmentCodeIsRefused() {
        String code = central.createEnrollmentCode(TestDevice.SITE, Set.of("checkin"), Duration.ofHours(1));
        clock.advance(Duration.ofMinutes(61));
        TestDevice c = new TestDevice("kiosk-c");
        assertThatThrownBy(() -> central.enroll(c.enrollment(code, TestDevice.SITE)))
                .isInstanceOfSatisfying(CentralRefusal.class, e -> assertThat(e.code()).isEqualTo(ProblemCode.ENROLLMENT_CODE_INVALID));
        assertThatThrownBy(() -> central.enroll(c.enrollment("AAAA-BBBB-CCCC-DDDD", TestDevice.SITE)))
                .isInstanceOfSatisfying(CentralRefusal.class, e -> assertThat(e.code()).isEqualTo(ProblemCode.ENROLLMENT_CODE_INVALID));
    }

    @Test
    void codeForAnotherSiteIsASiteMismatch() {
        String code = central.createEnrollmentCode(TestDevice.OTHER_SITE, Set.of("checkin"), Duration.ofHours(1));
        assertThatThrownBy(() -> central.enroll(new TestDevice("kiosk-c").enrollment(code, TestDevice.SITE)))
                .isInstanceOfSatisfying(CentralRefusal.class, e -> assertThat(e.code()).isEqualTo(ProblemCode.SITE_MISMATCH));
    }

    @Test
    void deviceIdHeldByAnotherKeyIsTaken() {
        String code = central.createEnrollmentCode(TestDevice.SITE, Set.of("checkin"), Duration.ofHours(1));
        assertThatThrownBy(() -> central.enroll(new TestDevice("kiosk-a").enrollment(code, TestDevice.SITE)))
                .isInstanceOfSatisfying(CentralRefusal.class, e -> assertThat(e.code()).isEqualTo(ProblemCode.DEVICE_ID_TAKEN));
    }

    @Test
    void sameDeviceAndKeyEnrollAgainWithAFreshCode() {
        String code = central.createEnrollmentCode(TestDevice.SITE, Set.of("vote"), Duration.ofHours(1));
        var again = central.enroll(a.enrollment(code, TestDevice.SITE));
        assertThat(again.created()).isFalse();
        assertThat(again.response().roles()).containsExactly("vote");
    }

    // ---- content

    @Test
    void publishNumbersVersionsAndStampsTheTime() {
        assertThat(central.publish(Contents.payload())).isEqualTo(1);
        clock.advance(Duration.ofMinutes(5));
        assertThat(central.publish(Contents.payload())).isEqualTo(2);
        var latest = central.latestContent().orElseThrow();
        assertThat(latest.version()).isEqualTo(2);
        assertThat(Contents.parse(latest.payload()).get("issuedAt").asText()).isEqualTo("2026-11-22T00:05:00Z");
    }

    @Test
    void publishRefusesInvalidContentListingEveryProblem() {
        ObjectNode bad = Contents.payload();
        bad.remove("district");
        ((ObjectNode) bad.get("events").get(0)).put("points", 5);
        assertThatThrownBy(() -> central.publish(bad)).isInstanceOfSatisfying(ContentRejected.class,
                e -> assertThat(e.problems()).extracting(p -> p.field()).contains("district", "events[0].points"));
        assertThat(central.latestContent()).isEmpty();
    }

    // ---- import

    @Test
    void importingTheSameExportTwiceStoresNothingTheSecondTime() throws Exception {
        TestDevice usb = new TestDevice("kiosk-usb");
        usb.appendCheckins(25, "e1");
        Path file = export(usb);
        String code = central.createEnrollmentCode(TestDevice.SITE, Set.of("checkin"), Duration.ofHours(1));
        ImportResult first = central.importExport(file, Optional.of(code));
        assertThat(first.stored()).isEqualTo(25);
        assertThat(first.storedThrough()).isEqualTo(25);
        ImportResult second = central.importExport(file, Optional.empty());
        assertThat(second.stored()).isZero();
        assertThat(second.duplicates()).isEqualTo(25);
        assertThat(central.checkins("e1").get("creditedCount").asInt()).isEqualTo(25);
    }

    @Test
    void importOfAnUnenrolledDeviceNeedsACode() throws Exception {
        TestDevice usb = new TestDevice("kiosk-usb");
        usb.appendCheckins(2, "e1");
        Path file = export(usb);
        assertThatThrownBy(() -> central.importExport(file, Optional.empty()))
                .isInstanceOfSatisfying(CentralRefusal.class, e -> assertThat(e.code()).isEqualTo(ProblemCode.DEVICE_NOT_ENROLLED));
    }

    Path export(TestDevice device) throws Exception {
        Path file = dir.resolve(device.deviceId + ".madang-export.gz");
        ExportManifest manifest = ExportManifest.of(device.deviceId, TestDevice.SITE, device.journalId, device.key.keyId(),
                device.key.publicKey().jwkX(), device.records().size(), "2026-11-22T01:00:00Z");
        try (OutputStream out = Files.newOutputStream(file); ExportWriter writer = new ExportWriter(out, manifest, device.key)) {
            for (JournalRecord record : device.records()) {
                writer.add(record);
            }
            writer.finish();
        }
        return file;
    }

    // ---- surveys (VotingAndSurveysContract has the rest)

    @Test
    void surveyCsvWithoutAPublishedDefinitionHasTheAnsweredIdsQuotesAndAnOrderIndependentOfArrival() {
        List<JournalRecord> responses = List.of(
                a.append(RecordKind.SURVEY_RESPONSE, Map.of("survey", "s1", "answers", Map.of("q2", "좋아요, \"정말\"", "q1", 3))),
                a.append(RecordKind.SURVEY_RESPONSE, Map.of("survey", "s1", "answers", Map.of("q1", 5, "q3", List.of("a", "b")))),
                a.append(RecordKind.SURVEY_RESPONSE, Map.of("survey", "s1", "answers", Map.of("q2", "line\nbreak"))));
        upload(a, a.records());
        byte[] csv = central.surveyCsv("s1");
        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        List<String> expectedRows = new ArrayList<>();
        Map<String, String> rowById = Map.of(
                responses.get(0).id(), "3,\"좋아요, \"\"정말\"\"\",",
                responses.get(1).id(), "5,,a;b",
                responses.get(2).id(), ",\"line\nbreak\",");
        responses.stream().map(JournalRecord::id)
                .sorted(Comparator.comparing(id -> Sha256.digest("madang.survey.order\n" + id).hex()))
                .forEach(id -> expectedRows.add(rowById.get(id)));
        assertThat(text).isEqualTo("q1,q2,q3\r\n" + String.join("\r\n", expectedRows) + "\r\n");
    }
}
