package org.madang.device.content;

import static org.madang.device.content.ContentFields.MAX_PARAGRAPH;
import static org.madang.device.content.ContentFields.MAX_TITLE;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.madang.device.content.survey.Condition;
import org.madang.device.content.survey.Consent;
import org.madang.device.content.survey.Option;
import org.madang.device.content.survey.Question;
import org.madang.device.content.survey.Section;
import org.madang.device.content.survey.Survey;
import org.madang.device.validation.JsonFields;

/** Validates a bundle's {@code surveys} into {@link Survey}s, reporting every problem (decision 0011). */
final class SurveyValidator {

    /** Points offered for a survey: the range an event's check-in earns. */
    static final int MIN_POINTS = ContentValidator.MIN_POINTS;
    static final int MAX_POINTS = ContentValidator.MAX_POINTS;
    static final int MAX_TEXT_LENGTH = 2000;
    /** The option id a choice question's "other" answer is recorded under. */
    static final String OTHER = "other";

    private static final List<String> SURVEY = List.of("id", "title", "intro", "opens", "closes", "points",
            "identified", "consent", "sections");
    private static final List<String> COMMON = List.of("id", "type", "text", "required", "showIf");
    private static final Map<String, List<String>> TYPES = Map.of(
            "choice", List.of("min", "max", "options", "other"),
            "rating", List.of("from", "to", "labels"),
            "yesno", List.of(),
            "number", List.of("min", "max", "unit"),
            "text", List.of("maxLength", "multiline"));
    private static final String TYPE_NAMES = "choice, rating, yesno, number, text";

    /** Shared state while one survey is walked: ids so far and the questions before the current one. */
    private static final class Walk {
        final Set<String> sectionIds = new HashSet<>();
        final Set<String> questionIds = new HashSet<>();
        /** Every earlier question id, valid or not, in order. */
        final List<String> earlierIds = new ArrayList<>();
        /** The earlier questions that were valid. */
        final Map<String, Question> earlier = new LinkedHashMap<>();
    }

    private SurveyValidator() {
    }

    static List<Survey> surveys(JsonNode array, Problems problems) {
        Set<String> ids = new HashSet<>();
        return ContentFields.objects(array, "surveys", false, "", problems).stream()
                .flatMap(survey -> survey(survey, ids, problems).stream()).toList();
    }

    private static Optional<Survey> survey(JsonFields survey, Set<String> ids, Problems problems) {
        int before = problems.size();
        survey.rejectUnknown(SURVEY);
        Optional<String> id = ContentFields.id(survey, "id", "2026-junggu-park", ids, problems);
        Optional<Localized> title = ContentFields.localized(survey, "title", "중구 공원 이용 설문",
                "Jung-gu park survey", MAX_TITLE, problems);
        Optional<Localized> intro = ContentFields.localized(survey, "intro", "공원을 어떻게 쓰시는지 알려 주세요.",
                "Tell us how you use the parks.", MAX_PARAGRAPH, problems);
        Optional<Instant> opens = ContentFields.instant(survey, "opens", problems);
        Optional<Instant> closes = ContentFields.instant(survey, "closes", problems);
        ContentFields.closesAfterOpens(survey, opens, closes, problems);
        OptionalInt points = survey.hasValue("points") ? points(survey, problems) : OptionalInt.of(0);
        Optional<Boolean> identified = survey.bool("identified", false);
        Optional<Optional<Consent>> consent = survey.hasValue("consent")
                ? survey.object("consent", "{\"collected\":{…},\"purpose\":{…},\"retention\":{…}}")
                        .flatMap(node -> consent(new JsonFields(node, survey.path("consent"), problems), problems))
                        .map(Optional::of)
                : Optional.of(Optional.empty());
        if (identified.orElse(false) && !survey.hasValue("consent")) {
            problems.add(survey.path("identified"), "true", ContentProblem.Code.IDENTIFIED_WITHOUT_CONSENT);
        }
        Walk walk = new Walk();
        Optional<List<Section>> sections = survey.array("sections", "[{\"id\":\"s1\",…}]").map(array ->
                ContentFields.objects(array, survey.path("sections"), true, "[{\"id\":\"s1\",…}]", problems).stream()
                        .flatMap(section -> section(section, walk, problems).stream()).toList());
        if (problems.size() != before) {
            return Optional.empty();
        }
        return Optional.of(new Survey(id.orElseThrow(), title.orElseThrow(), intro.orElseThrow(), consent.orElseThrow(),
                sections.orElseThrow(), points.getAsInt(), identified.orElseThrow(), opens.orElseThrow(),
                closes.orElseThrow()));
    }

    private static OptionalInt points(JsonFields survey, Problems problems) {
        OptionalInt points = survey.integer("points", "500");
        if (points.isPresent() && points.getAsInt() != 0
                && (points.getAsInt() < MIN_POINTS || points.getAsInt() > MAX_POINTS)) {
            problems.add(survey.path("points"), String.valueOf(points.getAsInt()), ContentProblem.Code.POINTS_RANGE,
                    MIN_POINTS, MAX_POINTS);
            return OptionalInt.empty();
        }
        return points;
    }

    private static Optional<Consent> consent(JsonFields consent, Problems problems) {
        consent.rejectUnknown(List.of("collected", "purpose", "retention"));
        Optional<Localized> collected = ContentFields.localized(consent, "collected", "연령대, 거주 동",
                "Age group, dong of residence", MAX_PARAGRAPH, problems);
        Optional<Localized> purpose = ContentFields.localized(consent, "purpose", "공원 정책 수립",
                "Planning park policy", MAX_PARAGRAPH, problems);
        Optional<Localized> retention = ContentFields.localized(consent, "retention", "설문 종료 후 1년",
                "One year after the survey ends", MAX_PARAGRAPH, problems);
        if (collected.isEmpty() || purpose.isEmpty() || retention.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Consent(collected.get(), purpose.get(), retention.get()));
    }

    private static Optional<Section> section(JsonFields section, Walk walk, Problems problems) {
        int before = problems.size();
        section.rejectUnknown(List.of("id", "title", "questions"));
        Optional<String> id = ContentFields.id(section, "id", "s1", walk.sectionIds, problems);
        Optional<Localized> title = ContentFields.localized(section, "title", "공원 이용", "Using the parks", MAX_TITLE,
                problems);
        Optional<List<Question>> questions = section.array("questions", "[{\"id\":\"q1\",…}]").map(array ->
                ContentFields.objects(array, section.path("questions"), true, "[{\"id\":\"q1\",…}]", problems).stream()
                        .flatMap(question -> question(question, walk, problems).stream()).toList());
        if (problems.size() != before) {
            return Optional.empty();
        }
        return Optional.of(new Section(id.orElseThrow(), title.orElseThrow(), questions.orElseThrow()));
    }

    private static Optional<Question> question(JsonFields question, Walk walk, Problems problems) {
        int before = problems.size();
        Optional<String> id = ContentFields.id(question, "id", "q1", walk.questionIds, problems);
        Optional<String> type = question.text("type", "choice", 16).filter(name -> {
            if (!TYPES.containsKey(name)) {
                problems.add(question.path("type"), name, ContentProblem.Code.NOT_ONE_OF, TYPE_NAMES);
                return false;
            }
            return true;
        });
        List<String> known = new ArrayList<>(COMMON);
        type.ifPresent(name -> known.addAll(TYPES.get(name)));
        question.rejectUnknown(known);
        Optional<Localized> text = ContentFields.localized(question, "text", "얼마나 자주 공원에 가세요?",
                "How often do you visit a park?", MAX_PARAGRAPH, problems);
        Optional<Boolean> required = question.bool("required", false);
        Optional<Optional<Condition>> showIf = question.hasValue("showIf")
                ? question.object("showIf", "{\"question\":\"q1\",\"anyOf\":[\"a\"]}")
                        .flatMap(node -> condition(new JsonFields(node, question.path("showIf"), problems), walk,
                                problems))
                        .map(Optional::of)
                : Optional.of(Optional.empty());
        Optional<Question> built = Optional.empty();
        if (type.isPresent() && id.isPresent() && text.isPresent() && required.isPresent() && showIf.isPresent()) {
            String qid = id.get();
            Localized asked = text.get();
            boolean must = required.get();
            Optional<Condition> when = showIf.get();
            built = switch (type.get()) {
                case "choice" -> choice(question, problems).map(c -> new Question.Choice(qid, asked, must, when,
                        c.options(), c.min(), c.max(), c.other()));
                case "rating" -> rating(question, problems).map(r -> new Question.Rating(qid, asked, must, when,
                        r.from(), r.to(), r.labels()));
                case "yesno" -> Optional.of(new Question.YesNo(qid, asked, must, when));
                case "number" -> number(question, problems).map(n -> new Question.Number(qid, asked, must, when,
                        n.min(), n.max(), n.unit()));
                case "text" -> text(question, problems).map(t -> new Question.Text(qid, asked, must, when,
                        t.maxLength(), t.multiline()));
                default -> throw new IllegalStateException("type checked above: " + type.get());
            };
        } else if (type.isPresent()) {
            // Still check the type's own members, so every problem shows at once.
            switch (type.get()) {
                case "choice" -> choice(question, problems);
                case "rating" -> rating(question, problems);
                case "number" -> number(question, problems);
                case "text" -> text(question, problems);
                default -> {
                    // yes/no has no members of its own
                }
            }
        }
        // A later question may name this one even when it is invalid: its problem is reported here, not there.
        id.ifPresent(walk.earlierIds::add);
        if (problems.size() != before || built.isEmpty()) {
            return Optional.empty();
        }
        walk.earlier.put(built.get().id(), built.get());
        return built;
    }

    private record ChoiceParts(List<Option> options, int min, int max, boolean other) {
    }

    private static Optional<ChoiceParts> choice(JsonFields choice, Problems problems) {
        int before = problems.size();
        Optional<Boolean> other = choice.bool("other", false);
        Set<String> ids = new HashSet<>();
        if (other.orElse(false)) {
            ids.add(OTHER);
        }
        List<Option> options = new ArrayList<>();
        int offered = 0;
        Optional<JsonNode> array = choice.array("options", "[{\"id\":\"a\",\"label\":{…}}]");
        if (array.isPresent()) {
            offered = array.get().size() + (other.orElse(false) ? 1 : 0);
            for (JsonFields option : ContentFields.objects(array.get(), choice.path("options"), true,
                    "[{\"id\":\"a\",\"label\":{…}}]", problems)) {
                option.rejectUnknown(List.of("id", "label"));
                Optional<String> id = ContentFields.id(option, "id", "a", ids, problems);
                Optional<Localized> label = ContentFields.localized(option, "label", "매주", "Every week", MAX_TITLE,
                        problems);
                if (id.isPresent() && label.isPresent()) {
                    options.add(new Option(id.get(), label.get()));
                }
            }
        }
        OptionalInt min = choice.hasValue("min") ? choice.integer("min", "1", 1, Integer.MAX_VALUE) : OptionalInt.of(1);
        OptionalInt max = choice.hasValue("max") ? choice.integer("max", "1", 1, Integer.MAX_VALUE) : OptionalInt.of(1);
        if (min.isPresent() && max.isPresent()) {
            if (max.getAsInt() < min.getAsInt()) {
                problems.add(choice.path("max"), String.valueOf(max.getAsInt()), ContentProblem.Code.MAX_BELOW_MIN,
                        min.getAsInt());
            } else if (array.isPresent() && max.getAsInt() > offered) {
                problems.add(choice.path("max"), String.valueOf(max.getAsInt()), ContentProblem.Code.MORE_THAN_OFFERED,
                        offered);
            }
        }
        if (problems.size() != before) {
            return Optional.empty();
        }
        return Optional.of(new ChoiceParts(options, min.getAsInt(), max.getAsInt(), other.orElseThrow()));
    }

    private record RatingParts(int from, int to, Map<Integer, Localized> labels) {
    }

    private static Optional<RatingParts> rating(JsonFields rating, Problems problems) {
        int before = problems.size();
        OptionalInt from = rating.integer("from", "1", 0, 1);
        OptionalInt to = rating.integer("to", "5", 2, 10);
        Map<Integer, Localized> labels = new HashMap<>();
        if (rating.hasValue("labels")) {
            rating.object("labels", "{\"1\":{…},\"5\":{…}}").ifPresent(node -> {
                JsonFields fields = new JsonFields(node, rating.path("labels"), problems);
                for (Iterator<String> keys = node.fieldNames(); keys.hasNext(); ) {
                    String key = keys.next();
                    Optional<Localized> label = ContentFields.localized(fields, key, "매우 그렇다", "Strongly agree",
                            MAX_TITLE, problems);
                    OptionalInt point = parseInt(key);
                    int low = from.orElse(0);
                    int high = to.orElse(10);
                    if (point.isEmpty() || point.getAsInt() < low || point.getAsInt() > high) {
                        problems.add(fields.path(key), key, ContentProblem.Code.OUT_OF_RANGE, low, high);
                    } else {
                        label.ifPresent(text -> labels.put(point.getAsInt(), text));
                    }
                }
            });
        }
        if (problems.size() != before) {
            return Optional.empty();
        }
        return Optional.of(new RatingParts(from.getAsInt(), to.getAsInt(), labels));
    }

    private record NumberParts(long min, long max, Localized unit) {
    }

    private static Optional<NumberParts> number(JsonFields number, Problems problems) {
        int before = problems.size();
        OptionalLong min = number.longInteger("min", "0", Long.MIN_VALUE, Long.MAX_VALUE);
        OptionalLong max = number.longInteger("max", "120", Long.MIN_VALUE, Long.MAX_VALUE);
        if (min.isPresent() && max.isPresent() && max.getAsLong() < min.getAsLong()) {
            problems.add(number.path("max"), String.valueOf(max.getAsLong()), ContentProblem.Code.MAX_BELOW_MIN,
                    min.getAsLong());
        }
        Optional<Localized> unit = ContentFields.optionalLocalized(number, "unit", "년", "years", 16,
                new Localized("", ""), problems);
        if (problems.size() != before) {
            return Optional.empty();
        }
        return Optional.of(new NumberParts(min.getAsLong(), max.getAsLong(), unit.orElseThrow()));
    }

    private record TextParts(int maxLength, boolean multiline) {
    }

    private static Optional<TextParts> text(JsonFields text, Problems problems) {
        OptionalInt maxLength = text.integer("maxLength", "200", 1, MAX_TEXT_LENGTH);
        Optional<Boolean> multiline = text.bool("multiline", false);
        if (maxLength.isEmpty() || multiline.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new TextParts(maxLength.getAsInt(), multiline.get()));
    }

    private static Optional<Condition> condition(JsonFields condition, Walk walk, Problems problems) {
        int before = problems.size();
        condition.rejectUnknown(List.of("question", "anyOf"));
        Optional<String> target = condition.text("question", "q1", 64);
        Optional<JsonNode> anyOf = condition.array("anyOf", "[\"a\"]");
        if (target.isPresent() && !walk.earlierIds.contains(target.get())) {
            problems.add(condition.path("question"), target.get(), ContentProblem.Code.NOT_AN_EARLIER_QUESTION,
                    walk.earlierIds.isEmpty() ? "-" : String.join(", ", walk.earlierIds));
        }
        Set<String> values = new LinkedHashSet<>();
        if (anyOf.isPresent()) {
            String path = condition.path("anyOf");
            if (anyOf.get().isEmpty()) {
                problems.add(path, anyOf.get(), ContentProblem.Code.EMPTY, "[\"a\"]");
            }
            Optional<Question> earlier = target.map(walk.earlier::get);
            for (int i = 0; i < anyOf.get().size(); i++) {
                JsonNode node = anyOf.get().get(i);
                String at = path + "[" + i + "]";
                if (!node.isTextual() && !node.isIntegralNumber()) {
                    problems.add(at, node, ContentProblem.Code.WRONG_TYPE, "string");
                    continue;
                }
                // A rating or number may be written as a JSON number; the condition holds decimal text.
                String value = node.isTextual() ? node.textValue() : node.asText();
                if (earlier.isPresent() && !possible(earlier.get(), value)) {
                    problems.add(at, value, ContentProblem.Code.NOT_A_POSSIBLE_ANSWER, possibleAnswers(earlier.get()));
                } else if (!values.add(value)) {
                    problems.add(at, value, ContentProblem.Code.DUPLICATE);
                }
            }
        }
        if (problems.size() != before) {
            return Optional.empty();
        }
        return Optional.of(new Condition(target.orElseThrow(), values));
    }

    private static boolean possible(Question question, String value) {
        return switch (question) {
            case Question.Choice choice -> choice.options().stream().anyMatch(option -> option.id().equals(value))
                    || (choice.other() && value.equals(OTHER));
            case Question.Rating rating -> parseInt(value).stream()
                    .anyMatch(point -> point >= rating.from() && point <= rating.to());
            case Question.YesNo yesNo -> value.equals("yes") || value.equals("no");
            case Question.Number number -> parseLong(value).stream()
                    .anyMatch(n -> n >= number.min() && n <= number.max());
            // Free text is not a condition: no list of values could match what people type.
            case Question.Text text -> false;
        };
    }

    private static String possibleAnswers(Question question) {
        return switch (question) {
            case Question.Choice choice -> {
                List<String> ids = new ArrayList<>(choice.options().stream().map(Option::id).toList());
                if (choice.other()) {
                    ids.add(OTHER);
                }
                yield String.join(", ", ids);
            }
            case Question.Rating rating -> IntStream.rangeClosed(rating.from(), rating.to()).mapToObj(String::valueOf)
                    .collect(Collectors.joining(", "));
            case Question.YesNo yesNo -> "yes, no";
            case Question.Number number -> number.min() + ".." + number.max();
            case Question.Text text -> "-";
        };
    }

    private static OptionalInt parseInt(String text) {
        // Canonical decimal only: "05" or "+5" would never equal what the kiosk records.
        if (!text.matches("-?(0|[1-9][0-9]{0,8})")) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(Integer.parseInt(text));
    }

    private static OptionalLong parseLong(String text) {
        if (!text.matches("-?(0|[1-9][0-9]{0,17})")) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Long.parseLong(text));
    }
}
