package org.madang.device.content;

import static org.madang.device.content.ContentFields.MAX_PARAGRAPH;
import static org.madang.device.content.ContentFields.MAX_TITLE;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.madang.device.content.poll.BallotRule;
import org.madang.device.content.poll.Eligibility;
import org.madang.device.content.poll.IdentificationMethod;
import org.madang.device.content.poll.Poll;
import org.madang.device.content.poll.PollItem;
import org.madang.device.content.poll.SealKey;
import org.madang.device.content.poll.VoucherCodes;
import org.madang.device.content.poll.seal.BallotSeal;
import org.madang.device.profile.DongCode;
import org.madang.device.validation.JsonFields;

/** Validates a bundle's {@code polls} into {@link Poll}s, reporting every problem (decision 0011). */
final class PollValidator {

    static final int MAX_AGE = 120;
    static final int MIN_ITERATIONS = 10_000;
    static final int MAX_ITERATIONS = 10_000_000;
    static final int MIN_SALT_BYTES = 16;
    static final int SEAL_KEY_BYTES = 32;

    private static final List<String> POLL = List.of("id", "title", "description", "opens", "closes", "eligibility",
            "identification", "rule", "allowBlank", "items", "seal", "voucherCodes");
    private static final List<String> ITEM = List.of("id", "title", "description", "image", "cost");
    private static final List<String> RULES = List.of("single", "approval", "budget", "ranked");
    private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");

    private PollValidator() {
    }

    static List<Poll> polls(JsonNode array, Problems problems) {
        Set<String> ids = new HashSet<>();
        return ContentFields.objects(array, "polls", false, "", problems).stream()
                .flatMap(poll -> poll(poll, ids, problems).stream()).toList();
    }

    private static Optional<Poll> poll(JsonFields poll, Set<String> ids, Problems problems) {
        int before = problems.size();
        poll.rejectUnknown(POLL);
        Optional<String> id = ContentFields.id(poll, "id", "2026-wolgok1-agenda", ids, problems);
        Optional<Localized> title = ContentFields.localized(poll, "title", "월곡1동 마을의제 사전투표",
                "Wolgok 1-dong agenda pre-vote", MAX_TITLE, problems);
        Optional<Localized> description = ContentFields.localized(poll, "description",
                "주민총회에 올릴 마을의제를 골라 주세요.", "Choose the agenda items for the assembly.", MAX_PARAGRAPH, problems);
        Optional<Instant> opens = ContentFields.instant(poll, "opens", problems);
        Optional<Instant> closes = ContentFields.instant(poll, "closes", problems);
        ContentFields.closesAfterOpens(poll, opens, closes, problems);
        Optional<Eligibility> eligibility = poll.hasValue("eligibility")
                ? poll.object("eligibility", "{\"minimumAge\":14}")
                        .flatMap(node -> eligibility(new JsonFields(node, poll.path("eligibility"), problems), problems))
                : Optional.of(Eligibility.ANYONE);
        Optional<Set<IdentificationMethod>> identification = poll.array("identification", "[\"member\"]")
                .flatMap(node -> identification(node, poll.path("identification"), problems));
        Optional<JsonNode> rule = poll.object("rule", "{\"type\":\"single\"}");
        String ruleType = rule.map(node -> node.path("type")).filter(JsonNode::isTextual).map(JsonNode::textValue)
                .orElse("");
        Optional<List<PollItem>> items = poll.array("items", "[{\"id\":\"park-benches\",…}]")
                .flatMap(node -> items(node, poll.path("items"), ruleType.equals("budget"), problems));
        int itemCount = poll.hasValue("items") && poll.raw("items").isArray() ? poll.raw("items").size() : 0;
        Optional<BallotRule> ballotRule = rule.flatMap(node -> rule(new JsonFields(node, poll.path("rule"), problems),
                itemCount, items, problems));
        Optional<Boolean> allowBlank = poll.bool("allowBlank", false);
        Optional<Optional<SealKey>> seal = poll.hasValue("seal")
                ? poll.object("seal", "{\"kid\":\"poll-2026-wolgok1\",\"x25519\":\"<base64url of 32 bytes>\"}")
                        .flatMap(node -> seal(new JsonFields(node, poll.path("seal"), problems), problems))
                        .map(Optional::of)
                : Optional.of(Optional.empty());
        Optional<Optional<VoucherCodes>> voucherCodes = poll.hasValue("voucherCodes")
                ? poll.object("voucherCodes", "{\"salt\":\"…\",\"iterations\":200000,\"codes\":[]}")
                        .flatMap(node -> voucherCodes(new JsonFields(node, poll.path("voucherCodes"), problems),
                                problems))
                        .map(Optional::of)
                : Optional.of(Optional.empty());
        if (problems.size() != before) {
            return Optional.empty();
        }
        return Optional.of(new Poll(id.orElseThrow(), title.orElseThrow(), description.orElseThrow(), items.orElseThrow(),
                opens.orElseThrow(), closes.orElseThrow(), eligibility.orElseThrow(), identification.orElseThrow(),
                ballotRule.orElseThrow(), allowBlank.orElseThrow(), seal.orElseThrow(), voucherCodes.orElseThrow()));
    }

    private static Optional<Eligibility> eligibility(JsonFields eligibility, Problems problems) {
        int before = problems.size();
        eligibility.rejectUnknown(List.of("dongCodes", "minimumAge"));
        Set<String> dongs = new LinkedHashSet<>();
        if (eligibility.hasValue("dongCodes")) {
            eligibility.array("dongCodes", "[\"" + DongCode.EXAMPLE + "\"]").ifPresent(array -> {
                String path = eligibility.path("dongCodes");
                if (array.isEmpty()) {
                    // An empty list would read as "anyone", which the author did not write.
                    problems.add(path, array, ContentProblem.Code.EMPTY, "[\"" + DongCode.EXAMPLE + "\"]");
                }
                ContentFields.strings(array, path, 10, problems).forEach((at, code) -> {
                    if (!DongCode.isValid(code)) {
                        problems.add(at, code, ContentProblem.Code.DONG_CODE_INVALID, DongCode.EXAMPLE);
                    } else if (!dongs.add(code)) {
                        problems.add(at, code, ContentProblem.Code.DUPLICATE);
                    }
                });
            });
        }
        OptionalInt age = eligibility.hasValue("minimumAge")
                ? eligibility.integer("minimumAge", "14", 0, MAX_AGE) : OptionalInt.of(0);
        if (problems.size() != before) {
            return Optional.empty();
        }
        return Optional.of(new Eligibility(dongs, age.getAsInt()));
    }

    private static Optional<Set<IdentificationMethod>> identification(JsonNode array, String path, Problems problems) {
        int before = problems.size();
        if (array.isEmpty()) {
            problems.add(path, array, ContentProblem.Code.EMPTY, "[\"member\", \"voucher\", \"staff\"]");
        }
        Set<IdentificationMethod> methods = EnumSet.noneOf(IdentificationMethod.class);
        String allowed = Arrays.stream(IdentificationMethod.values()).map(IdentificationMethod::contentName)
                .collect(Collectors.joining(", "));
        ContentFields.strings(array, path, 16, problems).forEach((at, name) -> {
            Optional<IdentificationMethod> method = IdentificationMethod.of(name);
            if (method.isEmpty()) {
                problems.add(at, name, ContentProblem.Code.NOT_ONE_OF, allowed);
            } else if (!methods.add(method.get())) {
                problems.add(at, name, ContentProblem.Code.DUPLICATE);
            }
        });
        return problems.size() == before ? Optional.of(methods) : Optional.empty();
    }

    private static Optional<List<PollItem>> items(JsonNode array, String path, boolean budget, Problems problems) {
        int before = problems.size();
        Set<String> ids = new HashSet<>();
        List<PollItem> items = ContentFields.objects(array, path, true, "[{\"id\":\"park-benches\",…}]", problems)
                .stream().flatMap(item -> item(item, ids, budget, problems).stream()).toList();
        return problems.size() == before ? Optional.of(items) : Optional.empty();
    }

    private static Optional<PollItem> item(JsonFields item, Set<String> ids, boolean budget, Problems problems) {
        int before = problems.size();
        item.rejectUnknown(ITEM);
        Optional<String> id = ContentFields.id(item, "id", "park-benches", ids, problems);
        Optional<Localized> title = ContentFields.localized(item, "title", "공원 벤치 교체", "New park benches", MAX_TITLE,
                problems);
        Optional<Localized> description = ContentFields.optionalLocalized(item, "description", "낡은 벤치 20개 교체",
                "Replace 20 worn benches", MAX_PARAGRAPH, new Localized("", ""), problems);
        Optional<Optional<String>> image = item.hasValue("image")
                ? item.text("image", "benches.png", 128).map(Optional::of) : Optional.of(Optional.empty());
        // Only a budget ballot adds costs up; elsewhere a cost is shown if given.
        OptionalLong cost = budget || item.hasValue("cost")
                ? item.longInteger("cost", "12000000", 0, Long.MAX_VALUE) : OptionalLong.of(0);
        if (problems.size() != before) {
            return Optional.empty();
        }
        return Optional.of(new PollItem(id.orElseThrow(), title.orElseThrow(), description.orElseThrow(),
                image.orElseThrow(), cost.getAsLong()));
    }

    private static Optional<BallotRule> rule(JsonFields rule, int itemCount, Optional<List<PollItem>> items,
            Problems problems) {
        Optional<String> type = rule.text("type", "single", 16);
        if (type.isEmpty()) {
            return Optional.empty();
        }
        switch (type.get()) {
            case "single" -> {
                rule.rejectUnknown(List.of("type"));
                return Optional.of(new BallotRule.Single());
            }
            case "approval" -> {
                rule.rejectUnknown(List.of("type", "min", "max"));
                OptionalInt min = rule.integer("min", "1", 1, Integer.MAX_VALUE);
                OptionalInt max = rule.integer("max", "3", 1, Integer.MAX_VALUE);
                if (min.isEmpty() || max.isEmpty()) {
                    return Optional.empty();
                }
                if (max.getAsInt() < min.getAsInt()) {
                    problems.add(rule.path("max"), String.valueOf(max.getAsInt()), ContentProblem.Code.MAX_BELOW_MIN,
                            min.getAsInt());
                    return Optional.empty();
                }
                if (max.getAsInt() > itemCount) {
                    problems.add(rule.path("max"), String.valueOf(max.getAsInt()), ContentProblem.Code.MORE_THAN_OFFERED,
                            itemCount);
                    return Optional.empty();
                }
                return Optional.of(new BallotRule.Approval(min.getAsInt(), max.getAsInt()));
            }
            case "budget" -> {
                rule.rejectUnknown(List.of("type", "budget"));
                OptionalLong budget = rule.longInteger("budget", "50000000", 1, Long.MAX_VALUE);
                if (budget.isEmpty()) {
                    return Optional.empty();
                }
                if (items.isPresent() && !items.get().isEmpty()) {
                    long cheapest = items.get().stream().mapToLong(PollItem::cost).min().orElseThrow();
                    if (cheapest > budget.getAsLong()) {
                        problems.add(rule.path("budget"), String.valueOf(budget.getAsLong()),
                                ContentProblem.Code.NOTHING_FITS_BUDGET, cheapest);
                        return Optional.empty();
                    }
                }
                return Optional.of(new BallotRule.Budget(budget.getAsLong()));
            }
            case "ranked" -> {
                rule.rejectUnknown(List.of("type", "k"));
                OptionalInt k = rule.integer("k", "3", 1, Integer.MAX_VALUE);
                if (k.isEmpty()) {
                    return Optional.empty();
                }
                if (k.getAsInt() > itemCount) {
                    problems.add(rule.path("k"), String.valueOf(k.getAsInt()), ContentProblem.Code.MORE_THAN_OFFERED,
                            itemCount);
                    return Optional.empty();
                }
                return Optional.of(new BallotRule.Ranked(k.getAsInt()));
            }
            default -> {
                problems.add(rule.path("type"), type.get(), ContentProblem.Code.NOT_ONE_OF, String.join(", ", RULES));
                return Optional.empty();
            }
        }
    }

    private static Optional<SealKey> seal(JsonFields seal, Problems problems) {
        seal.rejectUnknown(List.of("kid", "x25519"));
        Optional<String> kid = seal.text("kid", "poll-2026-wolgok1", 64).filter(value -> {
            boolean ok = KEY_ID.matcher(value).matches();
            if (!ok) {
                problems.add(seal.path("kid"), value, ContentProblem.Code.ID_FORMAT, KEY_ID.pattern(), "poll-2026-wolgok1");
            }
            return ok;
        });
        Optional<byte[]> key = seal.text("x25519", "<base64url of 32 bytes>", 128).flatMap(value -> {
            Optional<byte[]> bytes = base64url(value).filter(decoded -> decoded.length == SEAL_KEY_BYTES);
            if (bytes.isEmpty()) {
                problems.add(seal.path("x25519"), value, ContentProblem.Code.SEAL_KEY_LENGTH, SEAL_KEY_BYTES);
            }
            return bytes;
        });
        if (kid.isEmpty() || key.isEmpty()) {
            return Optional.empty();
        }
        SealKey sealKey = new SealKey(kid.get(), key.get());
        if (!BallotSeal.isUsable(sealKey)) {
            problems.add(seal.path("x25519"), seal.raw("x25519"), ContentProblem.Code.SEAL_KEY_LENGTH, SEAL_KEY_BYTES);
            return Optional.empty();
        }
        return Optional.of(sealKey);
    }

    private static Optional<VoucherCodes> voucherCodes(JsonFields codes, Problems problems) {
        int before = problems.size();
        codes.rejectUnknown(List.of("salt", "iterations", "codes"));
        Optional<byte[]> salt = codes.text("salt", "<base64url of 16 or more bytes>", 256).flatMap(value -> {
            Optional<byte[]> bytes = base64url(value).filter(decoded -> decoded.length >= MIN_SALT_BYTES);
            if (bytes.isEmpty()) {
                problems.add(codes.path("salt"), value, ContentProblem.Code.SALT_LENGTH, MIN_SALT_BYTES);
            }
            return bytes;
        });
        OptionalInt iterations = codes.integer("iterations", "200000", MIN_ITERATIONS, MAX_ITERATIONS);
        Map<String, String> serialsByHash = new HashMap<>();
        Set<String> serials = new HashSet<>();
        codes.array("codes", "[{\"serial\":\"V-0001\",\"hash\":\"<64 hex>\"}]").ifPresent(array -> {
            for (JsonFields code : ContentFields.objects(array, codes.path("codes"), false, "", problems)) {
                code.rejectUnknown(List.of("serial", "hash"));
                Optional<String> serial = code.text("serial", "V-0001", 128).filter(value -> {
                    if (!serials.add(value)) {
                        problems.add(code.path("serial"), value, ContentProblem.Code.DUPLICATE);
                        return false;
                    }
                    return true;
                });
                Optional<String> hash = code.text("hash", "<64 hex digits>", 64).filter(value -> {
                    if (!HASH.matcher(value).matches()) {
                        problems.add(code.path("hash"), value, ContentProblem.Code.NOT_HEX, 64);
                        return false;
                    }
                    if (serialsByHash.containsKey(value)) {
                        problems.add(code.path("hash"), value, ContentProblem.Code.DUPLICATE);
                        return false;
                    }
                    return true;
                });
                if (serial.isPresent() && hash.isPresent()) {
                    serialsByHash.put(hash.get(), serial.get());
                }
            }
        });
        if (problems.size() != before) {
            return Optional.empty();
        }
        return Optional.of(new VoucherCodes(salt.orElseThrow(), iterations.getAsInt(), serialsByHash));
    }

    private static Optional<byte[]> base64url(String value) {
        try {
            return Optional.of(Base64.getUrlDecoder().decode(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
