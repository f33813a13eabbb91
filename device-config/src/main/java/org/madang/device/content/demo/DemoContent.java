package org.madang.device.content.demo;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.madang.device.content.ContentBundles;
import org.madang.device.content.poll.VoucherCode;
import org.madang.device.content.poll.VoucherCodes;
import org.madang.device.content.poll.seal.SealKeyPair;

/**
 * Polls and a survey for demonstrations and for other modules' tests, in the bundle's JSON: one
 * poll of each ballot rule (the single-choice agenda vote sealed, with typed voucher codes), and
 * one survey with every question type, a consent screen and points, modelled on 광산구 마을의제
 * 사전투표 and 중구 주민참여예산. Everything secret (the seal's private key, the voucher codes) is
 * derived from one seed, so a demo kit run again, or a test, gets the same keys and codes.
 *
 * <p>A signed bundle from a test: {@code ContentBundles.sign(DemoContent.fromSeed(seed).payload(1,
 * now, dongCode, memberHashKey), centralKey, kid)}.
 */
public final class DemoContent {

    /** Single choice, sealed, blank allowed, member / voucher / staff, residents of the site aged 14 or more. */
    public static final String AGENDA_POLL = "demo-agenda";
    /** Approval: one to three of five items. */
    public static final String APPROVAL_POLL = "demo-approval";
    /** Participatory budget of 50,000,000 won. */
    public static final String BUDGET_POLL = "demo-budget";
    /** Ranked: the top three of five. */
    public static final String RANKED_POLL = "demo-ranked";
    /** Every question type, consent, 500 points. */
    public static final String SURVEY = "demo-park-survey";
    /** The agenda poll's seal key id. */
    public static final String SEAL_KEY_ID = "demo-seal-agenda";
    /** Work factor of the demo voucher code hashes: the lowest accepted, so tests stay fast. */
    public static final int VOUCHER_ITERATIONS = 10_000;
    /** How many vouchers the agenda poll has. */
    public static final int VOUCHERS = 5;
    /** Polls and the survey open at the start of the day of {@code now} and close this many days later. */
    public static final int OPEN_DAYS = 14;

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    private final SealKeyPair sealKeys;
    private final byte[] voucherSalt;
    private final Map<String, String> voucherCodesBySerial;

    private DemoContent(SealKeyPair sealKeys, byte[] voucherSalt, Map<String, String> voucherCodesBySerial) {
        this.sealKeys = sealKeys;
        this.voucherSalt = voucherSalt;
        // Serial order, for the README and the published list.
        this.voucherCodesBySerial = Collections.unmodifiableMap(new LinkedHashMap<>(voucherCodesBySerial));
    }

    /** Demo content whose keys and codes are all derived from {@code seed} (any length, at least 16 bytes). */
    public static DemoContent fromSeed(byte[] seed) {
        if (seed.length < 16) {
            throw new IllegalArgumentException("a demo seed has at least 16 bytes");
        }
        SealKeyPair sealKeys = SealKeyPair.ofPrivateKey(derive(seed, "seal"));
        byte[] salt = java.util.Arrays.copyOf(derive(seed, "voucher-salt"), 16);
        SecureRandom codes = seeded(derive(seed, "voucher-codes"));
        Map<String, String> bySerial = new LinkedHashMap<>();
        for (int i = 1; i <= VOUCHERS; i++) {
            bySerial.put(serial(i), VoucherCode.generate(codes));
        }
        return new DemoContent(sealKeys, salt, bySerial);
    }

    /** The voucher serial number {@code n} (1-based) of the agenda poll, e.g. {@code DEMO-0001}. */
    public static String serial(int n) {
        return "DEMO-%04d".formatted(n);
    }

    /** The agenda poll's seal key pair: the central opens its ballots with the private key. */
    public SealKeyPair sealKeys() {
        return sealKeys;
    }

    /** The agenda poll's voucher short codes (normalised) by serial, in serial order. */
    public Map<String, String> voucherCodesBySerial() {
        return new LinkedHashMap<>(voucherCodesBySerial);
    }

    /**
     * A complete, valid bundle payload: no events or revocations, the four polls and the survey.
     *
     * @param memberHashKey the district's 32-byte member hash key
     */
    public ObjectNode payload(int version, Instant now, String dongCode, byte[] memberHashKey) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("schemaVersion", ContentBundles.SCHEMA_VERSION);
        root.put("version", version);
        root.put("issuedAt", now.toString());
        root.put("district", "데모구");
        root.putObject("memberHashKey").put("id", "m1").put("key", Base64.getEncoder().encodeToString(memberHashKey));
        root.putArray("events");
        root.putArray("revocations");
        return addTo(root, now, dongCode);
    }

    /** Adds (replaces) {@code polls} and {@code surveys} of a bundle payload; returns it. */
    public ObjectNode addTo(ObjectNode payload, Instant now, String dongCode) {
        LocalDate today = now.atZone(SEOUL).toLocalDate();
        String opens = today.atStartOfDay(SEOUL).toOffsetDateTime().toString();
        String closes = today.plusDays(OPEN_DAYS).atTime(18, 0).atZone(SEOUL).toOffsetDateTime().toString();
        ArrayNode polls = payload.putArray("polls");
        polls.add(agenda(opens, closes, dongCode));
        polls.add(approval(opens, closes));
        polls.add(budget(opens, closes));
        polls.add(ranked(opens, closes));
        payload.putArray("surveys").add(DemoSurvey.json(SURVEY, opens, closes));
        return payload;
    }

    private ObjectNode agenda(String opens, String closes, String dongCode) {
        ObjectNode poll = poll(AGENDA_POLL, "우리 동네 마을의제 사전투표", "Village agenda pre-vote",
                "주민총회에서 가장 먼저 다룰 의제 하나를 골라 주세요. 투표는 봉인되어 마감 후에만 열립니다.",
                "Choose the one item the assembly takes up first. Ballots are sealed and opened only after the close.",
                opens, closes, "member", "voucher", "staff");
        poll.putObject("eligibility").put("minimumAge", 14).putArray("dongCodes").add(dongCode);
        poll.putObject("rule").put("type", "single");
        poll.put("allowBlank", true);
        ArrayNode items = poll.putArray("items");
        item(items, "alley-lights", "골목길 안심 조명 설치", "Safer lighting in the alleys", "어두운 골목 12곳에 조명",
                "Lights in 12 dark alleys", -1);
        item(items, "shared-kitchen", "어르신 공유부엌 운영", "Shared kitchen for seniors", "주 3회 함께 점심",
                "Lunch together three times a week", -1);
        item(items, "weekend-library", "마을 도서관 주말 개방", "Village library open at weekends", "토·일 오후 6시까지",
                "Saturdays and Sundays until 6 pm", -1);
        item(items, "riverside-walk", "하천변 산책로 정비", "Repair the riverside walk", "미끄러운 구간 포장",
                "Resurface the slippery stretch", -1);
        poll.putObject("seal").put("kid", SEAL_KEY_ID)
                .put("x25519", Base64.getUrlEncoder().withoutPadding().encodeToString(sealKeys.publicKey()));
        ObjectNode codes = poll.putObject("voucherCodes");
        codes.put("salt", Base64.getUrlEncoder().withoutPadding().encodeToString(voucherSalt));
        codes.put("iterations", VOUCHER_ITERATIONS);
        ArrayNode list = codes.putArray("codes");
        voucherCodesBySerial.forEach((serial, code) -> list.addObject().put("serial", serial)
                .put("hash", VoucherCodes.hash(code, voucherSalt, VOUCHER_ITERATIONS)));
        return poll;
    }

    private static ObjectNode approval(String opens, String closes) {
        ObjectNode poll = poll(APPROVAL_POLL, "주민총회 의제 고르기 (최대 3개)", "Pick assembly items (up to 3)",
                "올해 주민총회에 올릴 의제를 하나에서 세 개까지 골라 주세요.",
                "Choose one to three items for this year's assembly.", opens, closes, "member", "staff");
        poll.putObject("rule").put("type", "approval").put("min", 1).put("max", 3);
        ArrayNode items = poll.putArray("items");
        item(items, "no-dumping", "쓰레기 무단투기 줄이기", "Less illegal dumping", "", "", -1);
        item(items, "study-room", "청소년 공부방 만들기", "A study room for teenagers", "", "", -1);
        item(items, "dog-park", "공원 반려견 놀이터", "A dog run in the park", "", "", -1);
        item(items, "village-festival", "마을 축제 열기", "A village festival", "", "", -1);
        item(items, "bus-shade", "버스정류장 그늘막 설치", "Shade at bus stops", "", "", -1);
        return poll;
    }

    private static ObjectNode budget(String opens, String closes) {
        ObjectNode poll = poll(BUDGET_POLL, "주민참여예산 동 사업 투표", "Participatory budget vote",
                "예산 5천만 원 안에서 우리 동에 필요한 사업을 골라 주세요.",
                "Choose the projects our dong needs within a budget of 50 million won.", opens, closes, "member",
                "staff");
        poll.putObject("rule").put("type", "budget").put("budget", 50_000_000L);
        ArrayNode items = poll.putArray("items");
        item(items, "senior-centre-aircon", "경로당 냉난방기 교체", "New heating and cooling at the seniors' centre",
                "경로당 2곳", "Two seniors' centres", 12_000_000L);
        item(items, "playground-floor", "어린이 놀이터 바닥 교체", "New playground surface", "충격 흡수 바닥",
                "Impact-absorbing surface", 30_000_000L);
        item(items, "alley-cctv", "골목 CCTV 증설", "More CCTV in the alleys", "8대 추가", "Eight more cameras",
                25_000_000L);
        item(items, "market-signs", "전통시장 안내판 정비", "New signs at the market", "", "", 8_000_000L);
        item(items, "street-gardens", "가로수 화단 조성", "Street tree gardens", "", "", 45_000_000L);
        return poll;
    }

    private static ObjectNode ranked(String opens, String closes) {
        ObjectNode poll = poll(RANKED_POLL, "내년 주민자치 우선순위", "Next year's priorities",
                "가장 중요한 것부터 세 가지를 순서대로 골라 주세요.", "Rank the three that matter most, most important first.",
                opens, closes, "member", "staff");
        poll.putObject("rule").put("type", "ranked").put("k", 3);
        ArrayNode items = poll.putArray("items");
        item(items, "parking", "주차 문제", "Parking", "", "", -1);
        item(items, "walking-safety", "보행 안전", "Safe walking", "", "", -1);
        item(items, "green-space", "녹지 확충", "More green space", "", "", -1);
        item(items, "culture", "문화 프로그램", "Cultural programmes", "", "", -1);
        item(items, "care", "돌봄 지원", "Care support", "", "", -1);
        return poll;
    }

    private static ObjectNode poll(String id, String titleKo, String titleEn, String descriptionKo, String descriptionEn,
            String opens, String closes, String... identification) {
        ObjectNode poll = JsonNodeFactory.instance.objectNode();
        poll.put("id", id);
        poll.putObject("title").put("ko", titleKo).put("en", titleEn);
        poll.putObject("description").put("ko", descriptionKo).put("en", descriptionEn);
        poll.put("opens", opens);
        poll.put("closes", closes);
        ArrayNode methods = poll.putArray("identification");
        for (String method : identification) {
            methods.add(method);
        }
        return poll;
    }

    /** An item; an empty Korean description means none; a negative cost means none. */
    private static void item(ArrayNode items, String id, String titleKo, String titleEn, String descriptionKo,
            String descriptionEn, long cost) {
        ObjectNode item = items.addObject();
        item.put("id", id);
        item.putObject("title").put("ko", titleKo).put("en", titleEn);
        if (!descriptionKo.isEmpty()) {
            item.putObject("description").put("ko", descriptionKo).put("en", descriptionEn);
        }
        if (cost >= 0) {
            item.put("cost", cost);
        }
    }

    private static byte[] derive(byte[] seed, String label) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(seed, "HmacSHA256"));
            return mac.doFinal(("madang.demo." + label).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("every Java runtime has HmacSHA256", e);
        }
    }

    /** A generator that gives the same codes for the same seed (SHA1PRNG seeded before first use). */
    private static SecureRandom seeded(byte[] seed) {
        try {
            SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
            random.setSeed(seed);
            return random;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA1PRNG", e);
        }
    }
}
