package org.madang.central.content;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.madang.device.content.Localized;
import org.madang.device.content.survey.Condition;
import org.madang.device.content.survey.Option;
import org.madang.device.content.survey.Question;
import org.madang.device.content.survey.Section;
import org.madang.device.content.survey.Survey;

/**
 * INTERIM: reads the contract's {@code surveys} from a published payload while device-config's
 * validator does not read them yet (it returns an empty list; polls it reads already). Lenient: it reads
 * content the central already published, which the validator checked as far as it could; an
 * entry it cannot read is skipped. Removed once device-config's validation lands on main.
 */
final class InterimContent {

    private InterimContent() {
    }

    static List<Survey> surveys(JsonNode payload) {
        List<Survey> surveys = new ArrayList<>();
        for (JsonNode survey : payload.path("surveys")) {
            try {
                surveys.add(survey(survey));
            } catch (RuntimeException e) {
                // Skipped: not readable.
            }
        }
        return surveys;
    }

    private static Survey survey(JsonNode survey) {
        List<Section> sections = new ArrayList<>();
        for (JsonNode section : survey.path("sections")) {
            List<Question> questions = new ArrayList<>();
            for (JsonNode q : section.path("questions")) {
                questions.add(question(q));
            }
            sections.add(new Section(section.get("id").asText(), localized(section.path("title")), questions));
        }
        return new Survey(survey.get("id").asText(), localized(survey.get("title")), localized(survey.path("intro")),
                Optional.empty(), sections, survey.path("points").asInt(0), survey.path("identified").asBoolean(false),
                OffsetDateTime.parse(survey.get("opens").asText()).toInstant(),
                OffsetDateTime.parse(survey.get("closes").asText()).toInstant());
    }

    private static Question question(JsonNode q) {
        String id = q.get("id").asText();
        Localized text = localized(q.get("text"));
        boolean required = q.path("required").asBoolean(false);
        Optional<Condition> showIf = Optional.ofNullable(q.get("showIf")).map(c -> {
            Set<String> anyOf = new HashSet<>();
            c.path("anyOf").forEach(v -> anyOf.add(v.asText()));
            return new Condition(c.get("question").asText(), anyOf);
        });
        return switch (q.get("type").asText()) {
            case "choice" -> {
                List<Option> options = new ArrayList<>();
                q.path("options").forEach(o -> options.add(new Option(o.get("id").asText(), localized(o.get("label")))));
                yield new Question.Choice(id, text, required, showIf, options, q.path("min").asInt(1),
                        q.path("max").asInt(1), q.path("other").asBoolean(false));
            }
            case "rating" -> {
                Map<Integer, Localized> labels = new TreeMap<>();
                q.path("labels").properties().forEach(e -> labels.put(Integer.parseInt(e.getKey()), localized(e.getValue())));
                yield new Question.Rating(id, text, required, showIf, q.get("from").asInt(), q.get("to").asInt(), labels);
            }
            case "yesno" -> new Question.YesNo(id, text, required, showIf);
            case "number" -> new Question.Number(id, text, required, showIf, q.get("min").asLong(), q.get("max").asLong(),
                    q.has("unit") ? localized(q.get("unit")) : new Localized("", ""));
            case "text" -> new Question.Text(id, text, required, showIf, q.path("maxLength").asInt(200),
                    q.path("multiline").asBoolean(false));
            default -> throw new IllegalArgumentException("question type " + q.get("type"));
        };
    }

    private static Localized localized(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return new Localized("", "");
        }
        return new Localized(node.path("ko").asText(""), node.path("en").asText(""));
    }
}
