package org.madang.kiosk.ui.view.vote;

import static org.madang.kiosk.ui.view.Widgets.button;
import static org.madang.kiosk.ui.view.Widgets.label;

import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.madang.device.content.poll.IdentificationMethod;
import org.madang.device.content.poll.Poll;
import org.madang.device.profile.Language;
import org.madang.kiosk.ui.model.KioskViewModel;
import org.madang.kiosk.ui.model.vote.VoteStaffViewModel;
import org.madang.kiosk.ui.text.Texts;
import org.madang.kiosk.ui.view.Widgets;
import org.madang.kiosk.vote.ClosingSheet;
import org.madang.kiosk.vote.PollStatus;

/**
 * Staff's voting screen: the polls with turnout and actions; the closing confirmation (cancel
 * and confirm far apart); the closing sheet with its QR code for a phone photo.
 */
public final class VoteStaffView {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
            .withZone(ZoneId.of("Asia/Seoul"));

    private final KioskViewModel kiosk;
    private final VoteStaffViewModel vm;
    private final Texts texts;
    private final BorderPane root = new BorderPane();
    private final Label title = label("vote-staff-title", "heading");
    private final Button back;
    private final Button toList;
    private final VBox polls = new VBox();
    private final Label problem = label("vote-staff-problem", "body", "status");
    private final HBox top;
    private final Button enlarge;
    private final Button shrink;

    public VoteStaffView(KioskViewModel kiosk, Texts texts) {
        this.kiosk = kiosk;
        this.vm = kiosk.voteStaff();
        this.texts = texts;
        back = button("vote-staff-back", kiosk::closeVoteStaff, "vote-side");
        HBox.setHgrow(title, Priority.ALWAYS);
        title.setMaxWidth(Double.MAX_VALUE);
        toList = button("vote-sheet-close", vm::closeSheet, "vote-side");
        enlarge = button("vote-sheet-qr-large", vm::enlargeQr, "primary");
        shrink = button("vote-sheet-qr-close", vm::shrinkQr, "primary");
        for (Button b : java.util.List.of(enlarge, shrink)) {
            b.setMaxWidth(Double.MAX_VALUE);
            b.setMinHeight(Region.USE_PREF_SIZE);
        }
        top = new HBox(title, back, toList);
        top.getStyleClass().add("bar");
        top.setAlignment(Pos.CENTER_LEFT);
        root.setTop(top);
        polls.getStyleClass().add("vote-list");
        root.getStyleClass().addAll("screen", "vote-staff");
        root.widthProperty().addListener((o, a, b) -> render());
        root.heightProperty().addListener((o, a, b) -> render());
        // The kiosk's view renders on the sheet's other states; this one is the sheet's own.
        vm.qrEnlarged().observe(on -> render());
    }

    public BorderPane node() {
        return root;
    }

    public void render() {
        Language lang = kiosk.language().get();
        back.setText(texts.get(lang, "vote.staff.back"));
        problem.setText(vm.problem().get().map(m -> texts.get(lang, m)).orElse(""));
        Widgets.show(problem, vm.problem().get().isPresent());
        Optional<ClosingSheet> sheet = vm.sheet().get();
        Optional<String> confirming = vm.confirming().get();
        // On the sheet, the top bar leads back to the list, leaving the QR code the full height.
        Widgets.show(back, sheet.isEmpty());
        Widgets.show(toList, sheet.isPresent());
        toList.setText(texts.get(lang, "vote.sheet.back"));
        root.setTop(top);
        if (sheet.isPresent() && vm.qrEnlarged().get()) {
            // The code alone: no top bar, the whole short side of the screen.
            root.setTop(null);
            root.setCenter(largeQr(lang, sheet.get()));
        } else if (sheet.isPresent()) {
            title.setText(texts.get(lang, "vote.sheet.title"));
            root.setCenter(sheet(lang, sheet.get()));
        } else if (confirming.isPresent()) {
            title.setText(texts.get(lang, "vote.staff.title"));
            root.setCenter(confirmation(lang, confirming.get()));
        } else {
            title.setText(texts.get(lang, "vote.staff.title"));
            root.setCenter(list(lang));
        }
    }

    private Poll poll(String id) {
        return vm.polls().get().stream().map(PollStatus::poll).filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }

    private Region list(Language lang) {
        polls.getChildren().clear();
        if (vm.polls().get().isEmpty()) {
            Label none = label("vote-staff-none", "body");
            none.setText(texts.get(lang, "vote.staff.none"));
            polls.getChildren().add(none);
        }
        for (PollStatus status : vm.polls().get()) {
            String id = status.poll().id();
            Label name = label("vote-staff-poll-" + id, "body", "vote-staff-poll");
            name.setText(status.poll().title().in(lang));
            Label state = label("vote-staff-state-" + id, "body", "fact-value");
            state.setText(texts.get(lang, "vote.staff.phase." + status.phase().name().toLowerCase(Locale.ROOT).replace('_', '-'))
                    + " \u00b7 " + texts.get(lang, "vote.staff.turnout", status.turnout()));
            VBox words = new VBox(name, state);
            words.setMinWidth(0);
            HBox.setHgrow(words, Priority.ALWAYS);
            HBox row = new HBox(words);
            row.getStyleClass().add("vote-staff-row");
            row.setAlignment(Pos.CENTER_LEFT);
            if (status.phase() == PollStatus.Phase.OPEN
                    && status.poll().identification().contains(IdentificationMethod.STAFF)) {
                Button unlock = button("vote-unlock-" + id, () -> kiosk.unlockBallot(id), "primary", "vote-staff-action");
                unlock.setText(texts.get(lang, "vote.staff.unlock"));
                row.getChildren().add(unlock);
            }
            if (status.closing().isPresent()) {
                Button show = button("vote-sheet-" + id, () -> vm.showSheet(id), "toggle", "vote-staff-action");
                show.setText(texts.get(lang, "vote.staff.sheet"));
                row.getChildren().add(show);
            } else if (status.phase() != PollStatus.Phase.NOT_OPEN_YET) {
                Button close = button("vote-close-" + id, () -> vm.askClose(id), "toggle", "vote-staff-action");
                close.setText(texts.get(lang, "vote.staff.close"));
                row.getChildren().add(close);
            }
            polls.getChildren().add(row);
        }
        ScrollPane scroll = new ScrollPane(polls);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("vote-scroll");
        VBox box = new VBox(problem, scroll);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        return box;
    }

    private Region confirmation(Language lang, String pollId) {
        Label question = label("vote-close-question", "heading");
        question.setText(texts.get(lang, "vote.staff.close.question", poll(pollId).title().in(lang)));
        Label detail = label("vote-close-detail", "body");
        detail.setText(texts.get(lang, "vote.staff.close.detail"));
        Button no = button("vote-close-no", vm::cancelClose, "primary");
        no.setText(texts.get(lang, "vote.staff.close.no"));
        Button yes = button("vote-close-yes", vm::confirmClose, "toggle", "vote-danger");
        yes.setText(texts.get(lang, vm.busy().get() ? "vote.staff.closing" : "vote.staff.close.yes"));
        yes.setDisable(vm.busy().get());
        // Keep and close at opposite ends: a slip of the finger never closes a poll.
        HBox buttons = new HBox(no, Widgets.spacer(), yes);
        buttons.getStyleClass().add("vote-confirm-row");
        VBox box = new VBox(question, detail, Widgets.spacer(), buttons);
        box.getStyleClass().add("vote-centre");
        return box;
    }

    private Region sheet(Language lang, ClosingSheet sheet) {
        Poll poll = poll(sheet.pollId());
        GridPane facts = new GridPane();
        facts.getStyleClass().add("facts");
        int row = 0;
        Widgets.fact(facts, row++, "vote-sheet-poll", texts.get(lang, "vote.sheet.poll"), poll.title().in(lang));
        Widgets.fact(facts, row++, "vote-sheet-turnout", texts.get(lang, "vote.sheet.turnout"),
                texts.get(lang, "vote.staff.turnout", sheet.turnout()));
        if (sheet.sealed()) {
            Widgets.fact(facts, row++, "vote-sheet-sealed", texts.get(lang, "vote.sheet.sealed"),
                    texts.get(lang, "vote.sheet.sealed.value"));
            Widgets.fact(facts, row++, "vote-sheet-box", texts.get(lang, "vote.sheet.box"), sheet.boxHash().substring(0, 16) + "\u2026");
        } else {
            for (Map.Entry<String, Integer> count : sheet.counts().entrySet()) {
                String name = poll.item(count.getKey()).map(i -> i.title().in(lang)).orElse(count.getKey());
                Widgets.fact(facts, row++, "vote-sheet-count-" + count.getKey(), name,
                        texts.get(lang, "vote.sheet.count", count.getValue()));
            }
            Widgets.fact(facts, row++, "vote-sheet-blank", texts.get(lang, "vote.sheet.blank"),
                    texts.get(lang, "vote.sheet.count", sheet.blank()));
        }
        Map<String, Integer> m = sheet.methods();
        Widgets.fact(facts, row++, "vote-sheet-methods", texts.get(lang, "vote.sheet.methods"), texts.get(lang,
                "vote.sheet.methods.value", m.getOrDefault("member", 0), m.getOrDefault("voucher", 0),
                m.getOrDefault("staff", 0)));
        Widgets.fact(facts, row++, "vote-sheet-device", texts.get(lang, "vote.sheet.device"), vm.deviceId());
        Widgets.fact(facts, row++, "vote-sheet-time", texts.get(lang, "vote.sheet.time"), TIME.format(sheet.closedAt()));
        Label qrHint = label("vote-sheet-qr-hint", "vote-item-detail");
        qrHint.setText(texts.get(lang, "vote.sheet.qr"));
        VBox left = new VBox(qrHint, facts);
        if (sheet.turnout() > 0 && sheet.turnout() < vm.secrecyThreshold()) {
            Label secrecy = label("vote-sheet-secrecy", "body", "fact-note", "status");
            secrecy.setText(texts.get(lang, "vote.sheet.secrecy", vm.secrecyThreshold()));
            left.getChildren().add(secrecy);
        }
        ScrollPane scroll = new ScrollPane(left);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("vote-scroll");
        HBox.setHgrow(scroll, Priority.ALWAYS);
        // The QR code takes what the top bar and "QR 크게 보기" below it leave (whole pixels per module).
        double em = Widgets.rootFontPx(root);
        double side = Math.min(root.getWidth() * 0.45, root.getHeight() - em * (3.3 + 1.4 + 3.4));
        ImageView qr = new ImageView(QrImage.fitting(sheet.qrText(), side, ErrorCorrectionLevel.M).image());
        qr.setId("vote-sheet-qr");
        qr.setSmooth(false);
        enlarge.setText(texts.get(lang, "vote.sheet.qr.large"));
        VBox right = new VBox(qr, enlarge);
        right.getStyleClass().add("vote-sheet-qr");
        right.setAlignment(Pos.TOP_CENTER);
        HBox box = new HBox(scroll, right);
        box.getStyleClass().add("vote-sheet");
        return box;
    }

    /**
     * The closing QR code alone at error correction L, whole pixels per module, as large as the
     * screen's short side allows, with "닫기" in the space beside (landscape) or below (portrait).
     */
    private Region largeQr(Language lang, ClosingSheet sheet) {
        javafx.geometry.Insets pad = root.getInsets();
        double width = Math.max(root.getWidth() - pad.getLeft() - pad.getRight(), 1);
        double height = Math.max(root.getHeight() - pad.getTop() - pad.getBottom(), 1);
        boolean portrait = height > width;
        // The button needs a strip of the long side: about a quarter of the width, or 1.6 lines of height.
        double em = Widgets.rootFontPx(root);
        double side = portrait ? Math.min(width, height - em * 3.6) : Math.min(height, width - em * 5);
        QrImage.Drawn drawn = QrImage.fitting(sheet.qrText(), side, ErrorCorrectionLevel.L);
        ImageView qr = new ImageView(drawn.image());
        qr.setId("vote-sheet-qr-full");
        qr.setSmooth(false);
        qr.getProperties().put("modulePixels", drawn.modulePixels());
        StackPane code = new StackPane(qr);
        code.getStyleClass().add("vote-qr-full");
        Label hint = label("vote-sheet-qr-full-hint", "body");
        hint.setText(texts.get(lang, "vote.sheet.qr.full"));
        shrink.setText(texts.get(lang, "vote.sheet.qr.close"));
        Region box;
        if (portrait) {
            VBox column = new VBox(code, hint, Widgets.spacer(), shrink);
            column.setAlignment(Pos.TOP_CENTER);
            box = column;
        } else {
            VBox words = new VBox(hint, Widgets.spacer(), shrink);
            words.setMinWidth(0);
            HBox.setHgrow(words, Priority.ALWAYS);
            HBox row = new HBox(code, words);
            box = row;
        }
        box.getStyleClass().add("vote-qr-screen");
        return box;
    }
}
