package org.madang.device.content;

import org.madang.device.validation.JsonFields;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.madang.device.content.poll.Poll;
import org.madang.device.content.survey.Survey;
import org.madang.device.profile.DongCode;
import org.madang.device.token.MemberPseudonym;
import org.madang.device.token.Revocations;

/** Validates a bundle's JSON tree into a {@link ContentBundle}, reporting every problem. */
final class ContentValidator {

    static final int MIN_POINTS = 100;
    static final int MAX_POINTS = 10_000;
    static final int MAX_TITLE = 80;
    static final int MAX_TEXT = 128;

    private static final List<String> TOP = List.of("schemaVersion", "version", "issuedAt", "district",
            "memberHashKey", "events", "revocations", "polls", "surveys");
    private static final List<String> EVENT = List.of("id", "title", "siteCode", "start", "end", "points", "limit");
    private static final Pattern EVENT_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    private ContentValidator() {
    }

    static ContentBundle validate(JsonNode tree) throws ContentException {
        Problems problems = new Problems();
        if (!tree.isObject()) {
            problems.add("$", tree, ContentProblem.Code.WRONG_TYPE, "object");
            throw problems.toException();
        }
        JsonFields root = new JsonFields(tree, "", problems);
        root.rejectUnknown(TOP);
        OptionalInt schema = root.integer("schemaVersion", String.valueOf(ContentBundles.SCHEMA_VERSION),
                Integer.MIN_VALUE, Integer.MAX_VALUE);
        if (schema.isPresent() && schema.getAsInt() != ContentBundles.SCHEMA_VERSION) {
            problems.add("schemaVersion", String.valueOf(schema.getAsInt()),
                    ContentProblem.Code.UNSUPPORTED_SCHEMA_VERSION, ContentBundles.SCHEMA_VERSION);
            throw problems.toException();
        }
        OptionalInt version = root.integer("version", "1", 1, Integer.MAX_VALUE);
        Optional<Instant> issuedAt = instant(root, "issuedAt", problems);
        Optional<String> district = root.text("district", "서울특별시 중구", MAX_TEXT);
        Optional<MemberPseudonym> hashKey = root.object("memberHashKey", "{\"id\":\"m1\",\"key\":\"<base64 of 32 bytes>\"}")
                .flatMap(node -> hashKey(new JsonFields(node, "memberHashKey", problems), problems));
        List<Event> events = root.array("events", "[]").map(array -> events(array, problems)).orElse(List.of());
        Revocations revocations = root.array("revocations", "[]").map(array -> revocations(array, problems))
                .orElse(Revocations.NONE);
        // Optional: a district without votes publishes none.
        List<Poll> polls = root.hasValue("polls")
                ? root.array("polls", "[]").map(array -> PollValidator.polls(array, problems)).orElse(List.of())
                : List.of();
        List<Survey> surveys = root.hasValue("surveys")
                ? root.array("surveys", "[]").map(array -> SurveyValidator.surveys(array, problems)).orElse(List.of())
                : List.of();
        if (!problems.isEmpty()) {
            throw problems.toException();
        }
        return new ContentBundle(schema.getAsInt(), version.getAsInt(), issuedAt.orElseThrow(), district.orElseThrow(),
                hashKey.orElseThrow(), events, revocations, polls, surveys);
    }

    private static Optional<MemberPseudonym> hashKey(JsonFields key, Problems problems) {
        key.rejectUnknown(List.of("id", "key"));
        Optional<String> id = key.text("id", "m1", 16).filter(value -> {
            boolean ok = MemberPseudonym.KEY_ID.matcher(value).matches();
            if (!ok) {
                problems.add(key.path("id"), value, ContentProblem.Code.ID_FORMAT, MemberPseudonym.KEY_ID.pattern(), "m1");
            }
            return ok;
        });
        Optional<byte[]> bytes = key.text("key", "<base64 of 32 bytes>", 256).flatMap(value -> {
            try {
                byte[] decoded = Base64.getDecoder().decode(value);
                if (decoded.length == MemberPseudonym.KEY_LENGTH) {
                    return Optional.of(decoded);
                }
            } catch (IllegalArgumentException e) {
                // reported below
            }
            // The key is a secret of the district: never echo it.
            problems.add(key.path("key"), "***", ContentProblem.Code.HASH_KEY_LENGTH, MemberPseudonym.KEY_LENGTH);
            return Optional.empty();
        });
        if (id.isEmpty() || bytes.isEmpty()) {
            return Optional.empty();
        }
        MemberPseudonym pseudonym = new MemberPseudonym(id.get(), bytes.get());
        Arrays.fill(bytes.get(), (byte) 0);
        return Optional.of(pseudonym);
    }

    private static List<Event> events(JsonNode array, Problems problems) {
        List<Event> events = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < array.size(); i++) {
            String path = "events[" + i + "]";
            JsonNode node = array.get(i);
            if (!node.isObject()) {
                problems.add(path, node, ContentProblem.Code.WRONG_TYPE, "object");
                continue;
            }
            event(new JsonFields(node, path, problems), ids, problems).ifPresent(events::add);
        }
        return events;
    }

    private static Optional<Event> event(JsonFields event, Set<String> ids, Problems problems) {
        int before = problems.size();
        event.rejectUnknown(EVENT);
        Optional<String> id = event.text("id", "2026-myeongdong-cleanup", 64).filter(value -> {
            if (!EVENT_ID.matcher(value).matches()) {
                problems.add(event.path("id"), value, ContentProblem.Code.ID_FORMAT, EVENT_ID.pattern(),
                        "2026-myeongdong-cleanup");
                return false;
            }
            if (!ids.add(value)) {
                problems.add(event.path("id"), value, ContentProblem.Code.DUPLICATE);
                return false;
            }
            return true;
        });
        Optional<JsonNode> title = event.object("title", "{\"ko\":\"명동 골목 대청소\",\"en\":\"Myeongdong alley clean-up\"}");
        Optional<String> titleKo = Optional.empty();
        Optional<String> titleEn = Optional.empty();
        if (title.isPresent()) {
            JsonFields titles = new JsonFields(title.get(), event.path("title"), problems);
            titles.rejectUnknown(List.of("ko", "en"));
            titleKo = titles.text("ko", "명동 골목 대청소", MAX_TITLE);
            titleEn = titles.text("en", "Myeongdong alley clean-up", MAX_TITLE);
        }
        Optional<String> siteCode = Optional.empty();
        if (event.hasValue("siteCode")) {
            siteCode = event.text("siteCode", "1114055000", 10).filter(code -> {
                boolean ok = DongCode.isValid(code);
                if (!ok) {
                    problems.add(event.path("siteCode"), code, ContentProblem.Code.SITE_CODE_FORMAT, DongCode.EXAMPLE);
                }
                return ok;
            });
        }
        Optional<Instant> start = instant(event, "start", problems);
        Optional<Instant> end = instant(event, "end", problems);
        if (start.isPresent() && end.isPresent() && !end.get().isAfter(start.get())) {
            problems.add(event.path("end"), end.get().toString(), ContentProblem.Code.END_NOT_AFTER_START,
                    start.get().toString());
        }
        OptionalInt points = event.integer("points", "500", MIN_POINTS, MAX_POINTS);
        String allowed = Arrays.stream(CheckinLimit.values()).map(CheckinLimit::contentName)
                .collect(Collectors.joining(", "));
        Optional<CheckinLimit> limit = event.text("limit", "once-per-event", 32).flatMap(name -> {
            Optional<CheckinLimit> found = Arrays.stream(CheckinLimit.values())
                    .filter(candidate -> candidate.contentName().equals(name)).findFirst();
            if (found.isEmpty()) {
                problems.add(event.path("limit"), name, ContentProblem.Code.NOT_ONE_OF, allowed);
            }
            return found;
        });
        if (problems.size() != before) {
            return Optional.empty();
        }
        return Optional.of(new Event(id.orElseThrow(), titleKo.orElseThrow(), titleEn.orElseThrow(), siteCode,
                start.orElseThrow(), end.orElseThrow(), points.getAsInt(), limit.orElseThrow()));
    }

    private static Revocations revocations(JsonNode array, Problems problems) {
        Set<String> members = new HashSet<>();
        Set<String> staff = new HashSet<>();
        Set<String> vouchers = new HashSet<>();
        for (int i = 0; i < array.size(); i++) {
            String path = "revocations[" + i + "]";
            JsonNode node = array.get(i);
            if (!node.isObject()) {
                problems.add(path, node, ContentProblem.Code.WRONG_TYPE, "object");
                continue;
            }
            JsonFields entry = new JsonFields(node, path, problems);
            Optional<String> type = entry.text("type", "member", 16);
            if (type.isEmpty()) {
                continue;
            }
            switch (type.get()) {
                case "member", "staff" -> {
                    entry.rejectUnknown(List.of("type", "sub"));
                    entry.text("sub", "m-000123", MAX_TEXT)
                            .ifPresent((type.get().equals("member") ? members : staff)::add);
                }
                case "voucher" -> {
                    entry.rejectUnknown(List.of("type", "serial"));
                    entry.text("serial", "V-2026-000123", MAX_TEXT).ifPresent(vouchers::add);
                }
                default -> problems.add(entry.path("type"), type.get(), ContentProblem.Code.NOT_ONE_OF,
                        "member, staff, voucher");
            }
        }
        return new Revocations(members, staff, vouchers);
    }

    private static Optional<Instant> instant(JsonFields fields, String name, Problems problems) {
        return ContentFields.instant(fields, name, problems);
    }
}
