package org.madang.device.content.survey;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.madang.device.content.Localized;

/**
 * A survey residents answer at the kiosk, as published in the signed content bundle and
 * validated when it is read.
 *
 * @param id stable id, e.g. {@code 2026-junggu-park-survey}; also the ballot box's name
 * @param title shown on the survey list and the first screen
 * @param intro a few sentences saying what the survey is for
 * @param consent the 개인정보 수집·이용 동의 screen, shown before the first question; empty for none
 * @param sections the questions, grouped; question ids unique across the survey
 * @param points participation points a respondent may claim with their member QR at the end; 0 for none
 * @param identified whether the response carries the member's pseudonym (only when the consent says so);
 *     false for the default, anonymous survey
 * @param opens first instant answers are taken (inclusive)
 * @param closes instant the survey ends (exclusive)
 */
public record Survey(String id, Localized title, Localized intro, Optional<Consent> consent, List<Section> sections,
        int points, boolean identified, Instant opens, Instant closes) {

    public Survey {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(intro, "intro");
        Objects.requireNonNull(consent, "consent");
        sections = List.copyOf(sections);
        Objects.requireNonNull(opens, "opens");
        Objects.requireNonNull(closes, "closes");
    }

    /** Every question in the order asked. */
    public List<Question> questions() {
        return sections.stream().flatMap(section -> section.questions().stream()).toList();
    }

    /** The question with this id. */
    public Optional<Question> question(String questionId) {
        return questions().stream().filter(q -> q.id().equals(questionId)).findFirst();
    }

    /** Whether answers are taken at {@code now}: opening inclusive, closing exclusive. */
    public boolean isOpenAt(Instant now) {
        return !now.isBefore(opens) && now.isBefore(closes);
    }

    /** The section holding {@code question}. */
    public Optional<Section> sectionOf(Question question) {
        return sections.stream().filter(s -> s.questions().stream().anyMatch(q -> q.id().equals(question.id())))
                .findFirst();
    }
}
