package org.madang.kiosk.ui.view.survey;

import static org.madang.kiosk.ui.view.Widgets.button;
import static org.madang.kiosk.ui.view.Widgets.label;
import static org.madang.kiosk.ui.view.Widgets.show;
import static org.madang.kiosk.ui.view.Widgets.spacer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.madang.device.content.Localized;
import org.madang.device.content.survey.Consent;
import org.madang.device.content.survey.Option;
import org.madang.device.content.survey.Question;
import org.madang.device.content.survey.Survey;
import org.madang.device.profile.Language;
import org.madang.kiosk.survey.Answer;
import org.madang.kiosk.survey.SurveyRun;
import org.madang.kiosk.ui.model.KioskViewModel;
import org.madang.kiosk.ui.model.survey.SurveyStep;
import org.madang.kiosk.ui.model.survey.SurveyViewModel;
import org.madang.kiosk.ui.text.Texts;
import org.madang.kiosk.keyboard.TextEntry;
import org.madang.kiosk.ui.view.keyboard.OnScreenKeyboard;

/**
 * The survey screen: one page at a time (list, intro, consent, one question, summary, QR, outcome)
 * on the left; the way on ("다음", "이전", "건너뛰기", "처음으로") in a column on the right in landscape,
 * a row at the bottom in portrait, so the answers get the most room. A page typed on the letter
 * keyboard (a text question, the "other" answer) in landscape gives the keyboard the full width
 * instead: a slim bar on top holds the question and the actions (처음으로 left, 이전 / 건너뛰기 / 다음
 * right), the typed text and the keys below it. Every answer row shows its state with a mark and a
 * thick border, never colour alone.
 */
public final class SurveyView {

    private final KioskViewModel vm;
    private final SurveyViewModel survey;
    private final Texts texts;
    private final Pane root = new StackPane();
    private final VBox main = new VBox();
    private final Label header = label("survey-header", "survey-small");
    private final Label progress = label("survey-progress", "survey-progress");
    private final Label heading = label("survey-question", "heading");
    private final Label hint = label("survey-hint", "body");
    private final Label problem = label("survey-problem", "body", "status");
    private final HBox top;
    private final VBox content = new VBox();
    private final ScrollPane scroll = new ScrollPane();
    // Pages whose buttons must all show at once (answers, keys) go here; long reading goes in the scroll.
    private final VBox plain = new VBox();
    // The whole question, over the keyboard, for when the bar had to cut it short (touch the bar).
    private final Label fullQuestion = label("survey-question-full", "body", "survey-question-full");
    private final StackPane body = new StackPane(scroll, plain, fullQuestion);
    private final HBox footer = new HBox();
    private final Button home;
    private final Button back;
    private final Button skip;
    private final Button decline;
    private final Button start;
    private final Button agree;
    private final Button next;
    private final List<Button> actions;
    private final VBox column = new VBox();
    private final HBox row = new HBox();
    // Typing pages in landscape: the question and the actions in one bar above a full-width keyboard.
    private final HBox bar = new HBox();
    private final VBox barText = new VBox();
    private final List<Node> barExtras = new ArrayList<>();
    private boolean typing;
    // The keyboard of the page's text entry; a new page (a new entry) gets a new keyboard.
    private OnScreenKeyboard keyboard;
    private TextEntry keyboardEntry;
    // The page and language last drawn: a resize or a style change must not rebuild the page's
    // nodes (new nodes made during a layout pass would be drawn once without their CSS).
    private Object drawn;
    private int arrangement = -1;

    /** The screen for {@code vm}'s survey. */
    public SurveyView(KioskViewModel vm, Texts texts) {
        this.vm = vm;
        this.survey = vm.survey();
        this.texts = texts;
        home = button("survey-home", vm::home, "survey-nav");
        back = button("survey-back", survey::back, "survey-nav");
        skip = button("survey-skip", survey::skip, "survey-nav");
        decline = button("survey-decline", survey::decline, "survey-nav");
        start = button("survey-start", survey::begin, "survey-nav", "primary");
        agree = button("survey-agree", survey::agree, "survey-nav", "primary");
        next = button("survey-next", survey::next, "survey-nav", "primary");
        actions = List.of(home, back, skip, decline, start, agree, next);

        top = new HBox(header);
        top.setAlignment(Pos.CENTER_LEFT);
        top.getStyleClass().add("survey-top");
        HBox.setHgrow(header, Priority.ALWAYS);
        scroll.setContent(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("survey-scroll");
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        content.getStyleClass().add("survey-content");
        plain.getStyleClass().add("survey-content");
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.setMinWidth(Region.USE_PREF_SIZE);
        footer.getStyleClass().add("survey-footer");
        VBox.setVgrow(body, Priority.ALWAYS);
        scroll.setMinHeight(0);
        scroll.setPrefViewportHeight(10);
        footer.setMinHeight(Region.USE_PREF_SIZE);
        main.getChildren().addAll(top, heading, hint, problem, body, footer);
        main.getStyleClass().add("survey-main");
        column.getStyleClass().add("survey-actions");
        row.getStyleClass().add("survey-actions");
        column.setAlignment(Pos.BOTTOM_CENTER);
        row.setAlignment(Pos.CENTER_RIGHT);
        bar.getStyleClass().add("survey-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setMinHeight(Region.USE_PREF_SIZE);
        barText.getStyleClass().add("survey-bar-text");
        barText.setAlignment(Pos.CENTER_LEFT);
        // The question takes what the buttons leave: an HBox short of room would shrink them all alike.
        barText.setMinWidth(0);
        barText.setPrefWidth(0);
        HBox.setHgrow(barText, Priority.ALWAYS);
        barText.setOnMouseClicked(e -> show(fullQuestion, !fullQuestion.isVisible() && typing));
        StackPane.setAlignment(fullQuestion, Pos.TOP_LEFT);
        fullQuestion.setMaxWidth(Double.MAX_VALUE);
        fullQuestion.setOnMouseClicked(e -> show(fullQuestion, false));
        show(fullQuestion, false);
        root.getStyleClass().addAll("screen", "survey");
        root.widthProperty().addListener((o, a, b) -> arrange());
        root.heightProperty().addListener((o, a, b) -> arrange());
        arrange();
    }

    /** The screen's node. */
    public Node node() {
        return root;
    }

    // Actions in a column on the right in landscape, a row at the bottom in portrait; on a typing
    // page in landscape, a bar on top, so the keyboard gets the full width (keys >= 70 px at 800x480).
    private void arrange() {
        boolean portrait = root.getHeight() > root.getWidth() && root.getWidth() > 0;
        int mode = portrait ? 1 : typing ? 2 : 0;
        if (arrangement == mode) {
            return;
        }
        arrangement = mode;
        column.getChildren().clear();
        row.getChildren().clear();
        bar.getChildren().clear();
        barText.getChildren().clear();
        plain.getChildren().removeAll(barExtras);
        // The bar's words: the question and a problem under it, small, at most two lines.
        for (Label words : List.of(heading, problem)) {
            words.getStyleClass().remove("survey-bar-question");
            // In the bar a long question is cut to two lines (touch it for the whole of it).
            words.setMinHeight(mode == 2 ? 0 : Region.USE_PREF_SIZE);
            if (mode == 2) {
                words.getStyleClass().add("survey-bar-question");
            }
        }
        if (typing) {
            // Moves this page's nodes only: a resize never makes new ones.
            if (mode == 2) {
                barText.getChildren().setAll(heading, problem);
                main.getChildren().setAll(body);
            } else {
                main.getChildren().setAll(heading, problem, body);
                plain.getChildren().addAll(0, barExtras);
            }
        }
        // "3 / 8" goes with the way on, so the question and its answers get the full height.
        if (mode == 2) {
            // 처음으로 far left, 다음 far right: the two are never side by side.
            bar.getChildren().add(home);
            bar.getChildren().add(barText);
            bar.getChildren().addAll(barExtras);
            bar.getChildren().add(progress);
            bar.getChildren().addAll(actions.subList(1, actions.size()));
            VBox layout = new VBox(bar, main);
            VBox.setVgrow(main, Priority.ALWAYS);
            HBox.setHgrow(main, Priority.NEVER);
            layout.getStyleClass().add("survey-layout");
            root.getChildren().setAll(layout);
        } else if (portrait) {
            row.getChildren().add(progress);
            row.getChildren().addAll(actions);
            VBox layout = new VBox(main, row);
            VBox.setVgrow(main, Priority.ALWAYS);
            HBox.setHgrow(main, Priority.NEVER);
            layout.getStyleClass().add("survey-layout");
            root.getChildren().setAll(layout);
        } else {
            column.getChildren().add(home);
            column.getChildren().add(progress);
            column.getChildren().add(spacer());
            column.getChildren().addAll(actions.subList(1, actions.size()));
            HBox layout = new HBox(main, column);
            HBox.setHgrow(main, Priority.ALWAYS);
            layout.getStyleClass().add("survey-layout");
            root.getChildren().setAll(layout);
        }
        for (Button action : actions) {
            action.setMaxWidth(mode == 2 ? Region.USE_PREF_SIZE : Double.MAX_VALUE);
            HBox.setHgrow(action, mode == 2 ? Priority.NEVER : Priority.ALWAYS);
        }
    }

    /** Draws the current page. */
    public void render() {
        Language lang = vm.language().get();
        SurveyStep step = survey.page().get().step();
        Object key = List.of(survey.page().get(), lang);
        if (key.equals(drawn)) {
            return;
        }
        drawn = key;
        home.setText(texts.get(lang, "survey.home"));
        back.setText(texts.get(lang, "survey.back"));
        skip.setText(texts.get(lang, "survey.skip"));
        decline.setText(texts.get(lang, "survey.decline"));
        start.setText(texts.get(lang, "survey.start"));
        agree.setText(texts.get(lang, "survey.agree"));
        next.setText(texts.get(lang, "survey.next"));
        show(home, step != SurveyStep.WORKING);
        show(back, step == SurveyStep.QUESTION && survey.canGoBack() || step == SurveyStep.SUMMARY
                || step == SurveyStep.SCAN || step == SurveyStep.FAILED);
        show(skip, survey.canSkip());
        show(decline, step == SurveyStep.CONSENT);
        show(start, step == SurveyStep.INTRO);
        show(agree, step == SurveyStep.CONSENT);
        show(next, step == SurveyStep.QUESTION);

        Optional<Survey> current = survey.survey();
        header.setText(current.map(s -> s.title().in(lang)).orElseGet(() -> texts.get(lang, "survey.list.title")));
        progress.setText(step == SurveyStep.QUESTION ? survey.progress()
                .map(p -> texts.get(lang, "survey.progress", p.number(), p.total())).orElse("") : "");
        show(progress, step == SurveyStep.QUESTION);
        problem.setText(survey.page().get().problem().map(m -> texts.get(lang, m)).orElse(""));
        show(problem, survey.page().get().problem().isPresent());
        hint.setText("");
        heading.setText("");
        barExtras.clear();
        show(fullQuestion, false);
        main.getChildren().setAll(top, heading, hint, problem, body, footer);
        // The title line is for the pages around the questions; a question needs every line it can get.
        show(top, step != SurveyStep.QUESTION);
        List<Node> nodes = new ArrayList<>();
        List<Node> below = new ArrayList<>();
        boolean scrolls = step == SurveyStep.INTRO || step == SurveyStep.CONSENT || step == SurveyStep.SUMMARY;
        switch (step) {
            case LIST -> list(lang, nodes);
            case INTRO -> {
                heading.setText(current.map(s -> s.title().in(lang)).orElse(""));
                nodes.add(text("survey-intro", current.map(s -> s.intro().in(lang)).orElse("")));
                current.filter(s -> s.points() > 0).ifPresent(s -> nodes.add(text("survey-intro-points",
                        texts.get(lang, "survey.intro.points", s.points()))));
                if (current.map(Survey::identified).orElse(false)) {
                    nodes.add(text("survey-intro-identified", texts.get(lang, "survey.intro.identified")));
                }
            }
            case CONSENT -> consent(lang, current, nodes);
            case DECLINED -> outcome(nodes, "survey-declined", "icon-info", texts.get(lang, "survey.declined.title"),
                    texts.get(lang, "survey.declined.detail"));
            case QUESTION -> survey.question().ifPresent(q -> question(lang, q, nodes));
            case SUMMARY -> summary(lang, nodes, below);
            case SCAN -> {
                heading.setText(texts.get(lang, survey.identified() ? "survey.scan.title.identified" : "survey.scan.title"));
                nodes.add(text("survey-scan-detail", texts.get(lang,
                        survey.identified() ? "survey.scan.detail.identified" : "survey.scan.detail")));
            }
            case WORKING -> nodes.add(text("survey-working", texts.get(lang, "survey.working")));
            case RECORDED -> outcome(nodes, "survey-recorded", "icon-accepted", texts.get(lang, "survey.recorded.title"),
                    survey.pointsRecorded() > 0 ? texts.get(lang, "survey.recorded.points", survey.pointsRecorded())
                            : texts.get(lang, "survey.recorded.thanks"));
            case ALREADY_CLAIMED -> {
                outcome(nodes, "survey-already", "icon-duplicate", texts.get(lang, "survey.already.title"),
                        texts.get(lang, "survey.already.detail"));
                below.add(wide(button("survey-submit-anyway", survey::submitWithoutPoints, "primary"),
                        texts.get(lang, "survey.submit.without-points")));
            }
            case FAILED -> outcome(nodes, "survey-failed", "icon-refused", texts.get(lang, "survey.failed.title"), "");
        }
        show(heading, !heading.getText().isEmpty());
        // A problem takes the hint's place: the answers keep their room.
        show(hint, !hint.getText().isEmpty() && survey.page().get().problem().isEmpty());
        content.getChildren().setAll(scrolls ? nodes : List.of());
        plain.getChildren().setAll(scrolls ? List.of() : nodes);
        show(scroll, scrolls);
        show(plain, !scrolls);
        below.forEach(n -> HBox.setHgrow(n, Priority.ALWAYS));
        footer.getChildren().setAll(below);
        show(footer, !below.isEmpty());
        // Typed on the letter keyboard: a text question, or the "other" answer being typed (a choice
        // question with "other" has its entry all along, typed into only once "other" is picked).
        Question shownQuestion = survey.question().orElse(null);
        boolean typed = step == SurveyStep.QUESTION && survey.entry().isPresent()
                && (shownQuestion instanceof Question.Text || shownQuestion instanceof Question.Choice && survey.typing());
        fullQuestion.setText(typed ? heading.getText() : "");
        if (typed || typed != typing) {
            arrangement = -1;
        }
        typing = typed;
        // Where the question and the "other" row go depends on the orientation: arrange() puts them.
        arrange();
        root.getProperties().put("survey-step", step.name().toLowerCase(Locale.ROOT));
    }

    private void list(Language lang, List<Node> nodes) {
        heading.setText(texts.get(lang, "survey.list.heading"));
        List<Node> rows = new ArrayList<>();
        for (Survey s : survey.surveys()) {
            Button choose = button("survey-" + s.id(), () -> survey.choose(s.id()), "survey-option");
            rows.add(wide(choose, s.title().in(lang)));
        }
        nodes.add(grow(new AnswerGrid(rows, 2)));
    }

    private void consent(Language lang, Optional<Survey> current, List<Node> nodes) {
        heading.setText(texts.get(lang, "survey.consent.title"));
        Optional<Consent> consent = current.flatMap(Survey::consent);
        GridPane facts = new GridPane();
        facts.getStyleClass().add("survey-facts");
        int r = 0;
        for (String part : List.of("collected", "purpose", "retention")) {
            Localized value = consent.map(c -> switch (part) {
                case "collected" -> c.collected();
                case "purpose" -> c.purpose();
                default -> c.retention();
            }).orElse(new Localized("", ""));
            Label name = label("survey-consent-" + part + "-name", "body", "survey-fact-name");
            name.setText(texts.get(lang, "survey.consent." + part));
            Label text = label("survey-consent-" + part, "body");
            text.setText(value.in(lang));
            facts.add(name, 0, r);
            facts.add(text, 1, r++);
            GridPane.setHgrow(text, Priority.ALWAYS);
        }
        nodes.add(facts);
        nodes.add(text("survey-consent-note", texts.get(lang, "survey.consent.note")));
    }

    private void question(Language lang, Question question, List<Node> nodes) {
        heading.setText(question.text().in(lang));
        switch (question) {
            case Question.Choice choice -> choice(lang, choice, nodes);
            case Question.Rating rating -> rating(lang, rating, nodes);
            case Question.YesNo yesNo -> {
                HBox pair = new HBox(answerRow("survey-yes", true, survey.yesNo().equals(Optional.of(true)),
                        texts.get(lang, "survey.yes"), () -> survey.answerYesNo(true)),
                        answerRow("survey-no", true, survey.yesNo().equals(Optional.of(false)),
                                texts.get(lang, "survey.no"), () -> survey.answerYesNo(false)));
                pair.getStyleClass().add("survey-pair");
                pair.getChildren().forEach(n -> HBox.setHgrow(n, Priority.ALWAYS));
                nodes.add(pair);
            }
            case Question.Number number -> number(lang, number, nodes);
            case Question.Text text -> keyboard().ifPresent(nodes::add);
        }
    }

    private void choice(Language lang, Question.Choice choice, List<Node> nodes) {
        if (!choice.single()) {
            hint.setText(texts.get(lang, "survey.hint.multiple", choice.max()));
        }
        List<String> picked = survey.picked();
        if (survey.typing()) {
            // "Other" is being typed: the question and its row (touch to un-pick it) go in the bar above
            // the keyboard, which needs the room the hint had.
            hint.setText("");
            Button other = answerRow("survey-option-other", choice.single(), true, texts.get(lang, "survey.other"),
                    () -> survey.pick(SurveyRun.OTHER));
            other.getStyleClass().add("survey-bar-option");
            other.setMaxSize(Region.USE_PREF_SIZE, Double.MAX_VALUE);
            barExtras.add(other);
            keyboard().ifPresent(nodes::add);
            return;
        }
        List<Node> rows = new ArrayList<>();
        for (Option option : choice.options()) {
            rows.add(answerRow("survey-option-" + option.id(), choice.single(), picked.contains(option.id()),
                    option.label().in(lang), () -> survey.pick(option.id())));
        }
        if (choice.other()) {
            rows.add(answerRow("survey-option-other", choice.single(), picked.contains(SurveyRun.OTHER),
                    texts.get(lang, "survey.other"), () -> survey.pick(SurveyRun.OTHER)));
        }
        // Three columns only for short answers: a long word must never be cut to "...".
        boolean shortAnswers = choice.options().stream().allMatch(o -> o.label().in(lang).length() <= 8);
        nodes.add(grow(new AnswerGrid(rows, shortAnswers ? 3 : 2)));
    }

    private void rating(Language lang, Question.Rating rating, List<Node> nodes) {
        int points = rating.to() - rating.from() + 1;
        boolean labelsInside = points <= 6;
        List<Node> buttons = new ArrayList<>();
        StringBuilder legend = new StringBuilder();
        for (int value = rating.from(); value <= rating.to(); value++) {
            int v = value;
            Localized label = rating.labels().get(value);
            String text = Integer.toString(value);
            if (label != null) {
                if (labelsInside) {
                    text = text + "\n" + label.in(lang);
                } else {
                    legend.append(legend.isEmpty() ? "" : "  ·  ").append(value).append(" = ").append(label.in(lang));
                }
            }
            Button b = button("survey-rate-" + value, () -> survey.rate(v), "survey-rate");
            b.setText(text);
            boolean chosen = survey.rating().equals(Optional.of(value));
            mark(b, chosen);
            if (chosen) {
                // The chosen point carries a check mark as well as the thick border: never colour alone.
                Region check = new Region();
                check.getStyleClass().addAll("shape", "survey-check", "survey-mark-on");
                b.setGraphic(check);
            }
            b.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
            buttons.add(b);
        }
        hint.setText(legend.toString());
        nodes.add(grid(buttons, labelsInside ? points : (points + 1) / 2));
    }

    private void number(Language lang, Question.Number number, List<Node> nodes) {
        String unit = number.unit().in(lang);
        hint.setText(texts.get(lang, unit.isEmpty() ? "survey.hint.number" : "survey.hint.number.unit",
                number.min(), number.max(), unit));
        // The number pad needs little width: the question stays beside it, at full height.
        VBox question = new VBox(heading, hint, problem);
        question.getStyleClass().addAll("survey-main", "survey-number-question");
        HBox both = new HBox(question, keyboard().orElseThrow());
        both.getStyleClass().add("survey-pair");
        question.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(keyboard, Priority.ALWAYS);
        VBox.setVgrow(both, Priority.ALWAYS);
        main.getChildren().setAll(top, body, footer);
        nodes.add(both);
    }

    private Optional<Node> keyboard() {
        Optional<TextEntry> entry = survey.entry();
        if (entry.isEmpty()) {
            return Optional.empty();
        }
        if (entry.get() != keyboardEntry) {
            keyboardEntry = entry.get();
            keyboard = new OnScreenKeyboard(keyboardEntry, texts, vm.language());
            keyboard.setId("survey-keyboard");
            VBox.setVgrow(keyboard, Priority.ALWAYS);
        }
        return Optional.of(keyboard);
    }

    private void summary(Language lang, List<Node> nodes, List<Node> below) {
        heading.setText(texts.get(lang, "survey.summary.title"));
        VBox lines = new VBox();
        lines.getStyleClass().add("survey-summary");
        int n = 1;
        for (SurveyViewModel.SummaryLine line : survey.summary()) {
            Label q = label("survey-summary-q-" + line.question().id(), "survey-small");
            q.setText(n++ + ". " + line.question().text().in(lang));
            Label a = label("survey-summary-a-" + line.question().id(), "body", "survey-summary-answer");
            a.setText(line.answer().map(answer -> describe(lang, line.question(), answer))
                    .orElseGet(() -> texts.get(lang, "survey.summary.skipped")));
            lines.getChildren().addAll(q, a);
        }
        nodes.add(lines);
        List<Node> submit = new ArrayList<>();
        if (survey.identified()) {
            submit.add(wide(button("survey-claim", survey::claimPoints, "primary"),
                    texts.get(lang, "survey.submit.identified")));
        } else if (survey.pointsOffered() > 0) {
            submit.add(wide(button("survey-claim", survey::claimPoints, "primary"),
                    texts.get(lang, "survey.submit.claim", survey.pointsOffered())));
            submit.add(wide(button("survey-submit", survey::submitWithoutPoints), texts.get(lang,
                    "survey.submit.without-points")));
        } else {
            submit.add(wide(button("survey-submit", survey::submitWithoutPoints, "primary"),
                    texts.get(lang, "survey.submit")));
        }
        below.addAll(submit);
    }

    private String describe(Language lang, Question question, Answer answer) {
        return switch (answer) {
            case Answer.Choice choice -> {
                List<String> parts = new ArrayList<>();
                Question.Choice q = (Question.Choice) question;
                for (Option option : q.options()) {
                    if (choice.picked().contains(option.id())) {
                        parts.add(option.label().in(lang));
                    }
                }
                if (choice.picked().contains(SurveyRun.OTHER)) {
                    parts.add(texts.get(lang, "survey.other") + ": " + choice.otherText());
                }
                yield String.join(", ", parts);
            }
            case Answer.Rating r -> Integer.toString(r.value());
            case Answer.Number num -> num.value() + " " + ((Question.Number) question).unit().in(lang);
            case Answer.YesNo y -> texts.get(lang, y.yes() ? "survey.yes" : "survey.no");
            case Answer.Text t -> t.text();
        };
    }

    private void outcome(List<Node> nodes, String id, String icon, String title, String detail) {
        Region mark = new Region();
        mark.getStyleClass().addAll("shape", "survey-outcome-icon", icon);
        Label head = label(id + "-title", "title");
        head.setText(title);
        HBox line = new HBox(mark, head);
        line.setAlignment(Pos.CENTER_LEFT);
        line.getStyleClass().add("survey-outcome");
        nodes.add(line);
        if (!detail.isEmpty()) {
            nodes.add(text(id + "-detail", detail));
        }
    }

    // An answer row: a mark (round for one choice, square for several; filled when chosen) and the words.
    private Button answerRow(String id, boolean single, boolean on, String text, Runnable onTouch) {
        Button b = button(id, onTouch, "survey-option");
        b.setText(text);
        Region box = new Region();
        box.getStyleClass().addAll("shape", single ? "survey-radio" : "survey-check", on ? "survey-mark-on" : "survey-mark-off");
        b.setGraphic(box);
        b.setAlignment(Pos.CENTER_LEFT);
        b.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        mark(b, on);
        return b;
    }

    private static void mark(Button b, boolean on) {
        b.getStyleClass().remove("on");
        if (on) {
            b.getStyleClass().add("on");
        }
    }

    private static GridPane grid(List<Node> cells, int columns) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("survey-grid");
        for (int i = 0; i < cells.size(); i++) {
            grid.add(cells.get(i), i % columns, i / columns);
            GridPane.setHgrow(cells.get(i), Priority.ALWAYS);
            GridPane.setFillWidth(cells.get(i), true);
        }
        for (int c = 0; c < columns; c++) {
            javafx.scene.layout.ColumnConstraints constraint = new javafx.scene.layout.ColumnConstraints();
            constraint.setPercentWidth(100.0 / columns);
            grid.getColumnConstraints().add(constraint);
        }
        return grid;
    }

    private static <T extends javafx.scene.layout.Region> T grow(T node) {
        VBox.setVgrow(node, Priority.ALWAYS);
        return node;
    }

    private static Button wide(Button b, String text) {
        b.setText(text);
        b.setMaxWidth(Double.MAX_VALUE);
        return b;
    }

    private static Label text(String id, String text) {
        Label label = label(id, "body");
        label.setText(text);
        return label;
    }

    /** Forgets the page drawn and its keyboard (reset): nothing of the previous person stays. */
    public void cleared() {
        keyboard = null;
        keyboardEntry = null;
        drawn = null;
    }
}
