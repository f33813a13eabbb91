package org.madang.kiosk.vote;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.madang.device.content.Localized;
import org.madang.device.content.poll.BallotRule;
import org.madang.device.content.poll.Eligibility;
import org.madang.device.content.poll.IdentificationMethod;
import org.madang.device.content.poll.Poll;
import org.madang.device.content.poll.PollItem;
import org.madang.device.content.poll.SealKey;
import org.madang.device.content.poll.VoucherCode;
import org.madang.device.content.poll.VoucherCodes;
import org.madang.device.token.MemberToken;
import org.madang.device.token.Revocations;
import org.madang.device.token.StaffToken;
import org.madang.device.token.TokenCheck;
import org.madang.device.token.TokenRejection;
import org.madang.device.token.TokenType;
import org.madang.device.token.TokenVerifier;
import org.madang.device.token.VoucherToken;

/** Polls, tokens and content for voting tests. */
public final class VoteFixtures {

    /** 2026-11-22 10:00 in Seoul. */
    public static final Instant NOW = Instant.parse("2026-11-22T01:00:00Z");
    public static final String DONG = "2920067000";
    public static final String OTHER_DONG = "1114055000";
    public static final Instant OPENS = NOW.minus(Duration.ofDays(2));
    public static final Instant CLOSES = NOW.plus(Duration.ofDays(5));
    /** The typed code of voucher V-0001 of the agenda poll, and its hash parameters (few iterations for tests). */
    public static final String CODE = valid("ABCDEFGHJ");
    /** The typed code of voucher V-0002. */
    public static final String CODE2 = valid("XYZ234567");
    /** A well-formed code that belongs to no voucher. */
    public static final String UNKNOWN_CODE = valid("KMNPQRSTU");
    public static final Set<IdentificationMethod> ALL = Set.of(IdentificationMethod.values());

    private VoteFixtures() {
    }

    /** The nine characters and the check character that makes them a valid code, as XXXXX-XXXXX. */
    public static String valid(String nine) {
        for (char last : VoucherCode.ALPHABET.toCharArray()) {
            if (VoucherCode.normalise(nine + last).isPresent()) {
                return VoucherCode.format(nine + last);
            }
        }
        throw new IllegalStateException("no check character for " + nine);
    }

    public static Localized text(String ko, String en) {
        return new Localized(ko, en);
    }

    public static PollItem item(String id, String ko, long cost) {
        return item(id, ko, id, cost);
    }

    public static PollItem item(String id, String ko, String en, long cost) {
        return new PollItem(id, text(ko, en), text(ko + "에 관한 사업입니다.", "About: " + en + "."), Optional.empty(), cost);
    }

    /**
     * Titles as residents would read them (modelled on shared/seeds: Gwangsan-gu's village-agenda
     * pre-votes, Jung-gu's participatory budget), so screenshots show real lengths of words.
     */
    private static final Map<String, Localized> TITLES = Map.ofEntries(
            Map.entry("agenda", text("월곡1동 마을의제 사전투표", "Wolgok 1-dong village agenda pre-vote")),
            Map.entry("single", text("마을 축제 올해 개최 찬반", "Hold the village festival this year?")),
            Map.entry("budget", text("중구 주민참여예산 동 사업 투표", "Jung-gu participatory budget: dong projects")),
            Map.entry("ranked", text("내년 주민자치 우선순위", "Next year's residents' priorities")),
            Map.entry("sealed", text("주민자치회 규약 개정 찬반", "Amend the residents' council rules?")),
            Map.entry("old", text("상반기 마을 행사 투표", "Spring village events vote")));

    /** A village-assembly agenda vote: approval 1..3 of 5 items, dong-only, 14+, all methods, blank allowed. */
    public static Poll agenda() {
        return poll("agenda", new BallotRule.Approval(1, 3), List.of(item("benches", "공원 벤치 설치", "Park benches", 0),
                item("lights", "골목길 가로등", "Alley street lights", 0), item("library", "작은 도서관", "Small library", 0), item("market", "주말 장터", "Weekend market", 0),
                item("garden", "마을 텃밭", "Village garden", 0)), new Eligibility(Set.of(DONG), 14), ALL, true, Optional.empty(),
                Optional.of(codes(Map.of(CODE, "V-0001", CODE2, "V-0002"))));
    }

    public static Poll single() {
        return poll("single", new BallotRule.Single(), List.of(item("yes", "찬성", "Yes", 0), item("no", "반대", "No", 0)),
                Eligibility.ANYONE, ALL, false, Optional.empty(), Optional.empty());
    }

    /** Participatory budget of 50,000,000 won over four projects. */
    public static Poll budget() {
        return poll("budget", new BallotRule.Budget(50_000_000), List.of(item("park", "어린이 공원 정비", "Children's park repairs", 30_000_000),
                item("cctv", "방범 CCTV", "Safety CCTV", 20_000_000), item("bus", "버스 정류장 쉼터", "Bus-stop shelter", 15_000_000),
                item("mural", "벽화 거리", "Mural street", 5_000_000)), Eligibility.ANYONE, ALL, true, Optional.empty(), Optional.empty());
    }

    /** Rank the top 3 of 4. */
    public static Poll ranked() {
        return poll("ranked", new BallotRule.Ranked(3), List.of(item("a", "주차 문제", "Parking", 0), item("b", "보행 안전", "Safe walking", 0),
                item("c", "녹지 확충", "More green space", 0), item("d", "문화 프로그램", "Cultural programmes", 0)), Eligibility.ANYONE, ALL, false, Optional.empty(),
                Optional.empty());
    }

    public static Poll sealedPoll() {
        byte[] key = new byte[32];
        key[0] = 9;
        return poll("sealed", new BallotRule.Single(), List.of(item("yes", "찬성", "Yes", 0), item("no", "반대", "No", 0)),
                Eligibility.ANYONE, ALL, false, Optional.of(new SealKey("poll-sealed", key)), Optional.empty());
    }

    public static Poll poll(String id, BallotRule rule, List<PollItem> items, Eligibility eligibility,
            Set<IdentificationMethod> methods, boolean blank, Optional<SealKey> seal, Optional<VoucherCodes> codes) {
        Localized title = TITLES.getOrDefault(id, text("월곡2동 주민총회 의제 투표", "Wolgok 2-dong assembly vote"));
        return new Poll(id, title, text("설명", "Description"), items, OPENS, CLOSES,
                eligibility, methods, rule, blank, seal, codes);
    }

    public static Poll withTimes(Poll p, Instant opens, Instant closes) {
        return new Poll(p.id(), p.title(), p.description(), p.items(), opens, closes, p.eligibility(),
                p.identification(), p.rule(), p.allowBlank(), p.seal(), p.voucherCodes());
    }

    public static Poll withMethods(Poll p, Set<IdentificationMethod> methods) {
        return new Poll(p.id(), p.title(), p.description(), p.items(), p.opens(), p.closes(), p.eligibility(),
                methods, p.rule(), p.allowBlank(), p.seal(), p.voucherCodes());
    }

    /** Hashed codes with a fixed salt and 1,000 iterations. */
    public static VoucherCodes codes(Map<String, String> serialByCode) {
        byte[] salt = "madang-test-salt".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Map<String, String> byHash = new HashMap<>();
        serialByCode.forEach((code, serial) -> byHash.put(
                VoucherCodes.hash(VoucherCode.normalise(code).orElseThrow(), salt, 1000), serial));
        return new VoucherCodes(salt, 1000, byHash);
    }

    /** The scanned text of a member's code: {@code member:<id>:<dong>:<birth year>}. */
    public static String member(String id, String dong, int birthYear) {
        return "member:" + id + ":" + dong + ":" + birthYear;
    }

    /** A member of the agenda's dong born in 1960. */
    public static String member(String id) {
        return member(id, DONG, 1960);
    }

    /** The scanned text of a voucher QR: {@code voucher:<poll>:<serial>}. */
    public static String voucher(String poll, String serial) {
        return "voucher:" + poll + ":" + serial;
    }

    /**
     * Accepts the test formats above, {@code staff:<id>} staff cards and {@code reject:<REASON>};
     * anything else is malformed. Types are checked like the real verifier.
     */
    public static TokenVerifier tokens() {
        Instant issued = Instant.parse("2026-01-01T00:00:00Z");
        Instant expires = Instant.parse("2027-12-31T00:00:00Z");
        return (scanned, expected) -> {
            String[] parts = scanned.split(":");
            TokenType type = switch (parts[0]) {
                case "member" -> TokenType.MEMBER;
                case "voucher" -> TokenType.VOUCHER;
                case "staff" -> TokenType.STAFF;
                case "reject" -> {
                    yield null;
                }
                default -> null;
            };
            if (parts[0].equals("reject")) {
                return new TokenCheck.Rejected(TokenRejection.valueOf(parts[1]), "test");
            }
            if (type == null) {
                return new TokenCheck.Rejected(TokenRejection.MALFORMED, "test");
            }
            if (type != expected) {
                return new TokenCheck.Rejected(TokenRejection.WRONG_TYPE, "test");
            }
            return new TokenCheck.Accepted(switch (type) {
                case MEMBER -> new MemberToken(parts[1], parts[2], Integer.parseInt(parts[3]), "k", issued, expires);
                case VOUCHER -> new VoucherToken(parts[1], parts[2], "k", issued, expires);
                case STAFF -> new StaffToken(parts[1], "김민지", "k", issued, expires);
            }, true);
        };
    }

    /** Content with these polls; pseudonyms are {@code p:<id>}. */
    public static FakeVoteContent content(Poll... polls) {
        return new FakeVoteContent(new ArrayList<>(List.of(polls)));
    }

    /** Mutable content for tests. */
    public static final class FakeVoteContent implements VoteContent {
        private final List<Poll> polls;
        private Revocations revocations = Revocations.NONE;

        FakeVoteContent(List<Poll> polls) {
            this.polls = polls;
        }

        public FakeVoteContent revoke(String serial) {
            revocations = new Revocations(Set.of(), Set.of(), Set.of(serial));
            return this;
        }

        @Override
        public List<Poll> polls() {
            return List.copyOf(polls);
        }

        @Override
        public Revocations revocations() {
            return revocations;
        }

        @Override
        public String pseudonymOf(String memberId) {
            return "p:" + memberId;
        }
    }

    /** A sealer that writes the plaintext backwards in {@code ct} (tests only check that it was called). */
    public static BallotSealer fakeSealer() {
        return (poll, plaintext) -> {
            byte[] reversed = new byte[plaintext.length];
            for (int i = 0; i < plaintext.length; i++) {
                reversed[i] = plaintext[plaintext.length - 1 - i];
            }
            var sealed = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            sealed.put("kid", poll.seal().orElseThrow().keyId());
            sealed.put("epk", "e");
            sealed.put("iv", "i");
            sealed.put("ct", java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(reversed));
            return sealed;
        };
    }
}
