package org.madang.kiosk.ui.view.vote;

import static org.madang.kiosk.ui.view.Widgets.button;
import static org.madang.kiosk.ui.view.Widgets.label;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.madang.device.content.poll.BallotRule;
import org.madang.device.content.poll.Poll;
import org.madang.device.content.poll.PollItem;
import org.madang.device.profile.Language;
import org.madang.kiosk.ui.model.KioskViewModel;
import org.madang.kiosk.ui.model.vote.VoteStep;
import org.madang.kiosk.ui.model.vote.VoteViewModel;
import org.madang.kiosk.ui.text.Texts;
import org.madang.kiosk.ui.view.Widgets;
import org.madang.kiosk.vote.BallotDraft;
import org.madang.kiosk.vote.HashedVoucherCodes;

/**
 * The resident's voting screens. Actions sit in a side column (landscape) or a bottom row
 * (portrait): "처음으로" (abandon) first and apart, "다음"/"투표하기" last, so a confirm is never
 * next to a destructive button. Up to six items fit 800×480 without scrolling (two columns of
 * three); more scroll with a visible scroll bar. A chosen row says so in words and a check shape,
 * never by colour alone.
 */
public final class VoteView {

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    /** Items shown without scrolling. */
    public static final int ITEMS_WITHOUT_SCROLLING = 6;

    private final KioskViewModel kiosk;
    private final VoteViewModel vm;
    private final Texts texts;
    private final BorderPane root = new BorderPane();
    private final VBox main = new VBox();
    private final VBox actions = new VBox();
    private final HBox actionsRow = new HBox();
    private final Label title = label("vote-title", "heading");
    private final Label hint = label("vote-hint", "body");
    private final Label notice = label("vote-notice", "body", "status", "vote-notice");
    private final Label budget = label("vote-budget", "body", "vote-budget");
    private final GridPane items = new GridPane();
    private final ScrollPane scroll = new ScrollPane(items);
    private final VBox list = new VBox();
    private final Label code = label("vote-code", "vote-code");
    private final Label codeTitle = label("vote-code-title", "body", "vote-item-title");
    private final GridPane pad = new GridPane();
    private final Button home;
    private final Button replay;
    private final Button codePad;
    private final Button back;
    private final Button next;
    private final Button change;
    private final Button confirm;
    private final Region mark = Widgets.shape("vote-mark");
    private boolean portrait;
    // Shown in the side column under the abandon button (the budget's running total), if any.
    private Node sideInfo;
    private int padColumns;
    private final java.util.Map<String, ItemRow> rows = new java.util.HashMap<>();
    private String rowsLayout = "";

    public VoteView(KioskViewModel kiosk, Texts texts) {
        this.kiosk = kiosk;
        this.vm = kiosk.vote();
        this.texts = texts;
        home = button("vote-home", kiosk::home, "vote-side");
        replay = button("vote-replay", vm::replay, "vote-side");
        codePad = button("vote-code-pad", vm::openCodePad, "primary");
        back = button("vote-code-back", vm::closeCodePad, "vote-side");
        next = button("vote-next", vm::review, "primary");
        change = button("vote-change", vm::change, "vote-side");
        confirm = button("vote-confirm", vm::confirm, "primary");
        for (Button b : List.of(home, replay, codePad, back, next, change, confirm)) {
            b.setMaxWidth(Double.MAX_VALUE);
            // Long words wrap onto a second line instead of being cut.
            b.setMinHeight(Region.USE_PREF_SIZE);
        }
        buildPad(9);
        items.getStyleClass().add("vote-items");
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("vote-scroll");
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        list.getStyleClass().add("vote-list");
        main.getStyleClass().add("vote-main");
        main.setMinWidth(0);
        main.setMinHeight(0);
        actions.getStyleClass().add("vote-actions");
        actionsRow.getStyleClass().add("vote-actions");
        root.setCenter(main);
        root.getStyleClass().addAll("screen", "vote");
        root.widthProperty().addListener((o, a, b) -> render());
        // Whether the rows fit is known only once the list has its height: look again then.
        scroll.viewportBoundsProperty().addListener((o, a, b) -> {
            if (Math.abs(a.getHeight() - b.getHeight()) > 1 && vm.step().get() == VoteStep.BALLOT) {
                render();
            }
        });
        root.heightProperty().addListener((o, a, b) -> render());
    }

    private void buildPad(int columns) {
        padColumns = columns;
        pad.getChildren().clear();
        pad.getColumnConstraints().clear();
        pad.getRowConstraints().clear();
        String alphabet = HashedVoucherCodes.ALPHABET;
        for (int i = 0; i < alphabet.length(); i++) {
            char key = alphabet.charAt(i);
            Button b = button("vote-key-" + key, () -> vm.typed(key), "key", "vote-key");
            b.setText(String.valueOf(key));
            b.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
            pad.add(b, i % columns, i / columns);
        }
        Button delete = button("vote-key-delete", vm::backspace, "key", "vote-key");
        delete.setUserData("vote.code.delete");
        Button ok = button("vote-key-ok", vm::submitCode, "key", "primary-key", "vote-key");
        ok.setUserData("vote.code.ok");
        delete.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        ok.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        // The last row: the remaining letters, then delete and OK sharing what is left.
        int used = alphabet.length() % columns;
        int lastRow = alphabet.length() / columns;
        int free = columns - used;
        int deleteSpan = free / 2;
        pad.add(delete, used, lastRow, deleteSpan, 1);
        pad.add(ok, used + deleteSpan, lastRow, free - deleteSpan, 1);
        for (int i = 0; i < columns; i++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(100.0 / columns);
            pad.getColumnConstraints().add(column);
        }
        for (int i = 0; i <= lastRow; i++) {
            RowConstraints row = new RowConstraints();
            row.setPercentHeight(100.0 / (lastRow + 1));
            pad.getRowConstraints().add(row);
        }
        pad.getStyleClass().add("vote-pad");
        pad.setMinHeight(0);
        pad.setPrefHeight(0);
        VBox.setVgrow(pad, Priority.ALWAYS);
    }

    public BorderPane node() {
        return root;
    }

    public void render() {
        Language lang = kiosk.language().get();
        portrait = root.getHeight() > root.getWidth() && root.getWidth() > 0;
        VoteStep step = vm.step().get();
        home.setText(texts.get(lang, "vote.home"));
        replay.setText(texts.get(lang, "vote.replay"));
        main.getChildren().clear();
        List<Button> side = new ArrayList<>();
        side.add(home);
        Widgets.toggleClass(notice, "vote-banner", false);
        Widgets.toggleClass(title, "vote-ballot-title", false);
        Widgets.toggleClass(hint, "vote-ballot-hint", false);
        sideInfo = null;
        notice.setText(vm.notice().get().map(m -> texts.get(lang, m)).orElse(""));
        Widgets.show(notice, vm.notice().get().isPresent());
        switch (step) {
            case IDENTIFY -> {
                title.setText(texts.get(lang, "vote.identify.title"));
                hint.setText(texts.get(lang, "vote.identify.hint"));
                codePad.setText(texts.get(lang, "vote.identify.code"));
                VBox centre = new VBox(title, hint, codePad);
                centre.getStyleClass().add("vote-centre");
                centre.setAlignment(Pos.CENTER_LEFT);
                main.getChildren().addAll(Widgets.spacer(), centre, Widgets.spacer());
            }
            case CODE -> renderCode(lang, side);
            case CHECKING, RECORDING -> {
                title.setText(texts.get(lang, step == VoteStep.CHECKING ? "vote.checking" : "vote.recording"));
                main.getChildren().addAll(Widgets.spacer(), centred(title), Widgets.spacer());
                side.clear();
            }
            case POLLS -> renderPolls(lang);
            case BALLOT -> renderBallot(lang, side);
            case REVIEW -> renderReview(lang, side);
            case RECORDED -> {
                title.setText(texts.get(lang, "vote.recorded.title"));
                hint.setText(texts.get(lang, "vote.recorded.detail"));
                setMark("vote-mark-done");
                HBox line = new HBox(mark, title);
                line.getStyleClass().add("vote-outcome");
                line.setAlignment(Pos.CENTER_LEFT);
                main.getChildren().addAll(Widgets.spacer(), line, hint, Widgets.spacer());
                side.clear();
            }
            case REFUSED -> {
                title.setText(texts.get(lang, "vote.refused.title"));
                hint.setText(vm.refusal().get().map(m -> texts.get(lang, m)).orElse(""));
                setMark("vote-mark-refused");
                HBox line = new HBox(mark, title);
                line.getStyleClass().add("vote-outcome");
                line.setAlignment(Pos.CENTER_LEFT);
                main.getChildren().addAll(Widgets.spacer(), line, hint, Widgets.spacer());
            }
        }
        arrangeActions(side);
        root.getProperties().put("vote-step", step.name());
    }

    private void setMark(String kind) {
        mark.getStyleClass().removeAll("vote-mark-done", "vote-mark-refused");
        mark.getStyleClass().add(kind);
    }

    private static Node centred(Label label) {
        HBox box = new HBox(label);
        box.setAlignment(Pos.CENTER);
        return box;
    }

    private void arrangeActions(List<Button> side) {
        actions.getChildren().clear();
        actionsRow.getChildren().clear();
        root.setRight(null);
        root.setBottom(null);
        if (side.isEmpty()) {
            return;
        }
        // The abandon button first, then a gap, then the others; the confirming one last.
        List<Node> nodes = new ArrayList<>();
        nodes.add(side.getFirst());
        if (sideInfo != null && !portrait) {
            nodes.add(sideInfo);
        }
        nodes.add(Widgets.spacer());
        nodes.addAll(side.subList(1, side.size()));
        if (portrait) {
            for (Button b : side) {
                HBox.setHgrow(b, Priority.ALWAYS);
                b.setMaxWidth(Double.MAX_VALUE);
                b.setPrefWidth(0);
            }
            actionsRow.getChildren().addAll(nodes);
            root.setBottom(actionsRow);
        } else {
            for (Button b : side) {
                b.setPrefWidth(Region.USE_COMPUTED_SIZE);
            }
            actions.getChildren().addAll(nodes);
            double width = Math.max(root.getWidth(), 1) * 0.24;
            actions.setPrefWidth(width);
            actions.setMinWidth(width);
            actions.setMaxWidth(width);
            root.setRight(actions);
            // A render during layout (the list's height settled) moves the total here after the CSS pass:
            // style it now, in its new place, or it shows unstyled until the next pulse.
            actions.applyCss();
        }
    }

    private void renderCode(Language lang, List<Button> side) {
        title.setText(texts.get(lang, "vote.code.title"));
        back.setText(texts.get(lang, "vote.code.back"));
        String typed = vm.code().get();
        StringBuilder shown = new StringBuilder();
        for (int i = 0; i < HashedVoucherCodes.LENGTH; i++) {
            if (i == 5) {
                shown.append('-');
            }
            shown.append(i < typed.length() ? typed.charAt(i) : '_');
        }
        code.setText(shown.toString());
        // Nine keys a row in landscape, five in portrait (keys stay about as wide as they are tall).
        int columns = portrait ? 5 : 9;
        if (columns != padColumns) {
            buildPad(columns);
        }
        for (Node key : pad.getChildren()) {
            if (key.getUserData() instanceof String textKey) {
                ((Button) key).setText(texts.get(lang, textKey));
            }
        }
        back.setMaxWidth(Region.USE_PREF_SIZE);
        codeTitle.setText(title.getText());
        // A problem replaces the instruction, so the keys never lose height to it.
        VBox words = new VBox(vm.notice().get().isPresent() ? notice : codeTitle, code);
        words.setMinWidth(0);
        HBox.setHgrow(words, Priority.ALWAYS);
        HBox top = new HBox(words, back);
        top.getStyleClass().add("vote-code-row");
        top.setAlignment(Pos.CENTER_LEFT);
        main.getChildren().addAll(top, pad);
        side.clear();
    }

    private void renderPolls(Language lang) {
        title.setText(texts.get(lang, "vote.polls.title"));
        list.getChildren().clear();
        for (Poll poll : vm.polls().get()) {
            Button choice = button("vote-poll-" + poll.id(), () -> vm.choosePoll(poll.id()), "toggle", "vote-poll");
            // The title, then when it closes and what the ballot asks, so nobody opens one to find out.
            Label name = label("vote-poll-title-" + poll.id(), "body", "vote-item-title");
            name.setText(poll.title().in(lang));
            Label detail = label("vote-poll-detail-" + poll.id(), "vote-item-detail");
            detail.setText(texts.get(lang, "vote.polls.detail", closes(lang, poll), ruleSummary(lang, poll)));
            VBox words = new VBox(name, detail);
            words.setMinWidth(0);
            words.setAlignment(Pos.CENTER_LEFT);
            // Wrapped words need a definite width to report their height.
            double width = Math.max(root.getWidth(), 1) * (portrait ? 1 : 0.74) - Widgets.rootFontPx(root) * 1.2;
            name.setPrefWidth(width);
            detail.setPrefWidth(width);
            choice.setGraphic(words);
            choice.setMaxWidth(Double.MAX_VALUE);
            choice.setMinHeight(Region.USE_PREF_SIZE);
            choice.setAlignment(Pos.CENTER_LEFT);
            list.getChildren().add(choice);
        }
        ScrollPane polls = new ScrollPane(list);
        polls.setFitToWidth(true);
        polls.getStyleClass().add("vote-scroll");
        VBox.setVgrow(polls, Priority.ALWAYS);
        main.getChildren().addAll(title, polls);
    }

    /** "12월 4일 18시까지": the closing time in Seoul, minutes only when there are any. */
    private String closes(Language lang, Poll poll) {
        ZonedDateTime at = poll.closes().atZone(SEOUL);
        String month = at.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
        return texts.get(lang, at.getMinute() == 0 ? "vote.polls.closes" : "vote.polls.closes.minutes",
                at.getMonthValue(), at.getDayOfMonth(), at.getHour(), String.format(Locale.ROOT, "%02d", at.getMinute()),
                month);
    }

    /** "1개 선택", "3개까지", "예산 5,000만 원 안에서", "3순위까지". */
    private String ruleSummary(Language lang, Poll poll) {
        return switch (poll.rule()) {
            case BallotRule.Single s -> texts.get(lang, "vote.polls.rule.single");
            case BallotRule.Approval a -> a.min() == a.max() ? texts.get(lang, "vote.polls.rule.exact", a.max())
                    : a.min() <= 1 ? texts.get(lang, "vote.polls.rule.approval", a.max())
                    : texts.get(lang, "vote.polls.rule.range", a.min(), a.max());
            case BallotRule.Budget b -> texts.get(lang, "vote.polls.rule.budget", money(lang, b.budget()));
            case BallotRule.Ranked r -> texts.get(lang, "vote.polls.rule.ranked", r.k());
        };
    }

    private void renderBallot(Language lang, List<Button> side) {
        Optional<BallotDraft> maybe = vm.draft().get();
        if (maybe.isEmpty()) {
            return;
        }
        BallotDraft draft = maybe.get();
        Poll poll = draft.poll();
        title.setText(poll.title().in(lang));
        hint.setText(texts.get(lang, VoteViewModel.ruleHint(poll)));
        // A warning ("남은 예산보다 비싼 사업입니다…") stands in the title's place until the next tap, as a
        // framed banner: the instruction or the running total stays, and so do all six rows at 800×480.
        boolean warned = vm.notice().get().isPresent();
        Widgets.toggleClass(notice, "vote-banner", warned);
        notice.setMaxWidth(Double.MAX_VALUE);
        main.getChildren().add(warned ? notice : title);
        boolean compact = !portrait && !kiosk.largeText().get();
        Widgets.toggleClass(title, "vote-ballot-title", compact);
        Widgets.toggleClass(hint, "vote-ballot-hint", compact);
        Widgets.toggleClass(budget, "vote-budget-side", compact);
        if (poll.rule() instanceof BallotRule.Budget) {
            // The running total and what is left: always visible; in landscape in the side column,
            // under "처음으로", so the six rows keep the height of the main column.
            // In the narrow side column each figure keeps its own line ("4,200만" never parts from "원").
            budget.setText(texts.get(lang, compact ? "vote.budget.side" : "vote.budget.running",
                    money(lang, draft.total()), money(lang, draft.remaining())));
            if (compact) {
                budget.setMaxWidth(Double.MAX_VALUE);
                sideInfo = budget;
            } else {
                main.getChildren().add(budget);
            }
        } else {
            main.getChildren().add(hint);
        }
        int columns = portrait || kiosk.largeText().get() ? 1 : 2;
        String layout = poll.id() + "/" + lang + "/" + columns + "/" + poll.items().size();
        if (!layout.equals(rowsLayout)) {
            // Rows are built once per poll, language and arrangement, then updated in place: a tap
            // never replaces the button under the finger.
            rowsLayout = layout;
            rows.clear();
            items.getChildren().clear();
            items.getColumnConstraints().clear();
            for (int i = 0; i < columns; i++) {
                ColumnConstraints column = new ColumnConstraints();
                column.setPercentWidth(100.0 / columns);
                items.getColumnConstraints().add(column);
            }
            int index = 0;
            for (PollItem item : poll.items()) {
                ItemRow row = new ItemRow(item);
                rows.put(item.id(), row);
                items.add(row.button, index % columns, index / columns);
                index++;
            }
        }
        // Wrapped titles need a definite width to report their height: the column's, less the mark.
        double mainWidth = Math.max(root.getWidth(), 1) * (portrait ? 1 : 0.74);
        // The mark is the tick box (a rank badge is wider); the state in words is on the line under the title.
        double markEm = poll.rule() instanceof BallotRule.Ranked ? 2.0 : 1.6;
        double em = Widgets.rootFontPx(root);
        double wordsWidth = Math.max(mainWidth / columns - em * (markEm + 1.6), em * 3);
        for (PollItem item : poll.items()) {
            rows.get(item.id()).update(lang, draft, wordsWidth);
        }
        boolean many = poll.items().size() > ITEMS_WITHOUT_SCROLLING;
        scroll.setVbarPolicy(many ? ScrollPane.ScrollBarPolicy.ALWAYS : ScrollPane.ScrollBarPolicy.AS_NEEDED);
        // Up to six rows share the height when their words fit; otherwise they keep their size and scroll.
        double needed = 0;
        for (int first = 0; first < poll.items().size(); first += columns) {
            double tallest = 0;
            for (int i = first; i < Math.min(first + columns, poll.items().size()); i++) {
                tallest = Math.max(tallest, rows.get(poll.items().get(i).id()).button.prefHeight(mainWidth / columns));
            }
            needed += tallest + em * 0.25;
        }
        boolean fits = !many && needed <= scroll.getViewportBounds().getHeight() + 1;
        scroll.setFitToHeight(fits);
        if (!fits) {
            scroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.ALWAYS);
        }
        items.getRowConstraints().clear();
        int rowCount = (poll.items().size() + columns - 1) / columns;
        for (int i = 0; i < rowCount; i++) {
            RowConstraints row = new RowConstraints();
            row.setVgrow(many ? Priority.NEVER : Priority.ALWAYS);
            row.setFillHeight(true);
            items.getRowConstraints().add(row);
        }
        main.getChildren().add(scroll);
        if (vm.readAloud()) {
            side.add(replay);
        }
        next.setText(texts.get(lang, draft.blank() && poll.allowBlank() ? "vote.next.blank" : "vote.next"));
        side.add(next);
    }

    /** One item's row: a big button with a tick box (or a rank badge), the title, cost and state in words. */
    private final class ItemRow {
        private final PollItem item;
        private final Button button;
        private final StackPane tickBox = new StackPane(Widgets.shape("vote-tick"));
        private final Label badge;
        private final Label name;
        private final Label detail;
        private final Label state;

        ItemRow(PollItem item) {
            this.item = item;
            button = button("vote-item-" + item.id(), () -> vm.toggle(item.id()), "vote-item");
            tickBox.getStyleClass().add("vote-box");
            badge = label("vote-rank-" + item.id(), "vote-rank");
            // "1순위" in two short lines ("1" over "순위") so the mark stays narrow and titles keep their width.
            badge.setWrapText(true);
            badge.setMinWidth(Region.USE_PREF_SIZE);
            name = label("vote-item-title-" + item.id(), "body", "vote-item-title");
            detail = label("vote-item-detail-" + item.id(), "vote-item-detail");
            state = label("vote-item-state-" + item.id(), "vote-item-state");
            // Title, then cost and "선택함" on one short line: two or three lines a row, so six rows fit.
            HBox line = new HBox(detail, state);
            line.getStyleClass().add("vote-item-line");
            line.setAlignment(Pos.CENTER_LEFT);
            VBox words = new VBox(name, line);
            words.setMinWidth(0);
            words.setAlignment(Pos.CENTER_LEFT);
            HBox.setHgrow(words, Priority.ALWAYS);
            VBox mark = new VBox(new StackPane(tickBox, badge));
            mark.setAlignment(Pos.CENTER);
            mark.getStyleClass().add("vote-item-mark");
            mark.setMinWidth(Region.USE_PREF_SIZE);
            HBox content = new HBox(mark, words);
            content.getStyleClass().add("vote-item-content");
            content.setAlignment(Pos.CENTER_LEFT);
            button.setGraphic(content);
            button.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
            // Never shorter than its words: in large text the rows scroll rather than overlap.
            button.setMinHeight(Region.USE_PREF_SIZE);
            button.setAlignment(Pos.CENTER_LEFT);
        }

        void update(Language lang, BallotDraft draft, double wordsWidth) {
            name.setPrefWidth(wordsWidth);
            detail.setMinWidth(Region.USE_PREF_SIZE);
            state.setMinWidth(Region.USE_PREF_SIZE);
            boolean chosen = draft.isChosen(item.id());
            boolean ranked = draft.poll().rule() instanceof BallotRule.Ranked;
            Widgets.show(badge, ranked && chosen);
            Widgets.show(tickBox, !(ranked && chosen));
            Widgets.show(tickBox.getChildren().getFirst(), chosen);
            draft.rank(item.id()).ifPresent(rank -> badge.setText(texts.get(lang, "vote.rank", rank)));
            name.setText(item.title().in(lang));
            // The state in words under the mark, not by colour alone; a rank badge already says it.
            state.setText(chosen && !ranked ? texts.get(lang, "vote.chosen") : "");
            Widgets.show(state, chosen && !ranked);
            detail.setText(draft.poll().rule() instanceof BallotRule.Budget ? money(lang, item.cost()) : "");
            Widgets.show(detail, !detail.getText().isEmpty());
            Widgets.toggleClass(button, "on", chosen);
        }
    }

    /** Won as Korean notices write it: in 만 (10,000) when round, else in full. */
    private String money(Language lang, long won) {
        return won >= 10_000 && won % 10_000 == 0 ? texts.get(lang, "vote.won.man", won / 10_000, won)
                : texts.get(lang, "vote.won", won);
    }

    private void renderReview(Language lang, List<Button> side) {
        Optional<BallotDraft> maybe = vm.draft().get();
        if (maybe.isEmpty()) {
            return;
        }
        BallotDraft draft = maybe.get();
        Poll poll = draft.poll();
        title.setText(texts.get(lang, "vote.review.title"));
        hint.setText(poll.title().in(lang));
        list.getChildren().clear();
        if (draft.blank()) {
            Label none = label("vote-review-blank", "heading");
            none.setText(texts.get(lang, "vote.review.blank"));
            list.getChildren().add(none);
        }
        for (String id : draft.chosen()) {
            PollItem item = poll.item(id).orElseThrow();
            Label line = label("vote-review-" + id, "heading", "vote-review-line");
            String prefix = poll.rule() instanceof BallotRule.Ranked
                    ? texts.get(lang, "vote.rank", draft.rank(id).orElseThrow()) + "  " : "";
            String cost = poll.rule() instanceof BallotRule.Budget ? "  (" + money(lang, item.cost()) + ")" : "";
            line.setText(prefix + item.title().in(lang) + cost);
            list.getChildren().add(line);
        }
        if (poll.rule() instanceof BallotRule.Budget && !draft.blank()) {
            Label total = label("vote-review-total", "body");
            total.setText(texts.get(lang, "vote.budget.running", money(lang, draft.total()),
                    money(lang, draft.remaining())));
            list.getChildren().add(total);
        }
        ScrollPane chosen = new ScrollPane(list);
        chosen.setFitToWidth(true);
        chosen.getStyleClass().add("vote-scroll");
        VBox.setVgrow(chosen, Priority.ALWAYS);
        main.getChildren().addAll(title, hint, chosen);
        change.setText(texts.get(lang, "vote.change"));
        confirm.setText(texts.get(lang, "vote.confirm"));
        if (vm.readAloud()) {
            side.add(replay);
        }
        side.add(change);
        side.add(confirm);
    }
}
