package org.madang.kiosk.ui.view;

import static org.madang.kiosk.ui.view.Widgets.button;
import static org.madang.kiosk.ui.view.Widgets.fact;
import static org.madang.kiosk.ui.view.Widgets.label;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.geometry.Pos;
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
import javafx.scene.layout.VBox;
import org.madang.device.content.Event;
import org.madang.device.profile.Language;
import org.madang.kiosk.ui.model.KioskViewModel;
import org.madang.kiosk.ui.model.Screen;
import org.madang.kiosk.ui.model.StaffViewModel;
import org.madang.kiosk.ui.port.DeviceStatus;
import org.madang.kiosk.ui.text.LastSyncText;
import org.madang.kiosk.ui.text.Texts;

/** Staff mode: device status on one side, the events to choose from on the other, exit at the top. */
final class StaffView {

    /** The status column's share of the width, in percent, when the columns stand side by side. */
    private static final double STATUS_SHARE = 60;

    private final KioskViewModel vm;
    private final StaffViewModel staff;
    private final Texts texts;
    private final LastSyncText lastSync;
    private final BorderPane root = new BorderPane();
    private final Label title = label("staff-title", "heading");
    private final Label who = label("staff-who", "body");
    private final Button exit;
    private final Button voting;
    private final GridPane facts = new GridPane();
    private final Label eventsTitle = label("staff-events-title", "heading");
    private final VBox eventList = new VBox();
    private final VBox status;
    private final VBox events;
    private final ScrollPane factsScroll = new ScrollPane(facts);
    private final GridPane wide = new GridPane();
    private final VBox tall = new VBox();
    private String arranged = "";

    StaffView(KioskViewModel vm, Texts texts) {
        this.vm = vm;
        this.staff = vm.staff();
        this.texts = texts;
        this.lastSync = new LastSyncText(texts);
        exit = button("staff-exit", vm::home, "primary");
        voting = button("staff-voting", vm::openVoteStaff, "toggle");
        Widgets.show(voting, vm.voteStaff().enabled());
        // The title keeps its one line; the name under it wraps before the buttons get narrow.
        title.setMinWidth(Region.USE_PREF_SIZE);
        VBox heading = new VBox(title, who);
        HBox.setHgrow(heading, Priority.ALWAYS);
        HBox top = new HBox(heading, voting, exit);
        top.getStyleClass().add("bar");
        top.setAlignment(Pos.CENTER_LEFT);
        root.setTop(top);
        facts.getStyleClass().add("facts");
        // At normal text size every fact shows at once (ScreenshotTest checks it); in large text the
        // facts scroll like the event list rather than run off the screen or shrink.
        factsScroll.setId("staff-facts-scroll");
        factsScroll.setFitToWidth(true);
        factsScroll.setMinHeight(0);
        factsScroll.getStyleClass().add("facts-scroll");
        VBox.setVgrow(factsScroll, Priority.ALWAYS);
        status = new VBox(factsScroll);
        status.getStyleClass().add("staff-column");
        eventList.getStyleClass().add("event-list");
        eventList.setFillWidth(true);
        ScrollPane scroll = new ScrollPane(eventList);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("event-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        events = new VBox(eventsTitle, scroll);
        events.getStyleClass().add("staff-column");
        // Side by side the status gets the larger share: its values (the upload row with the last
        // sync time) should not wrap, while event names wrap in their scrolling list anyway.
        ColumnConstraints statusShare = new ColumnConstraints();
        statusShare.setPercentWidth(STATUS_SHARE);
        ColumnConstraints eventsShare = new ColumnConstraints();
        eventsShare.setPercentWidth(100 - STATUS_SHARE);
        RowConstraints fullHeight = new RowConstraints();
        fullHeight.setPercentHeight(100);
        wide.getColumnConstraints().addAll(statusShare, eventsShare);
        wide.getRowConstraints().add(fullHeight);
        status.setMinWidth(0);
        events.setMinWidth(0);
        VBox.setVgrow(events, Priority.ALWAYS);
        root.setCenter(new javafx.scene.layout.StackPane(wide, tall));
        root.getStyleClass().addAll("screen", "staff");
        root.widthProperty().addListener((o, a, b) -> arrange());
        root.heightProperty().addListener((o, a, b) -> arrange());
        arrange();
        // The clock's tick changes only the upload row's "3분 전": the event buttons are left alone
        // (rebuilding them could swallow a touch in progress).
        staff.now().observe(at -> {
            if (vm.screen().get() == Screen.STAFF) {
                renderFacts(vm.language().get(), staff.status().get());
            }
        });
    }

    private void arrange() {
        boolean portrait = root.getHeight() > root.getWidth() && root.getWidth() > 0;
        String layout = portrait + "/" + vm.largeText().get();
        if (layout.equals(arranged)) {
            return;
        }
        arranged = layout;
        wide.getChildren().clear();
        tall.getChildren().clear();
        // Stacked at normal text size, the facts keep their whole height (outside a scroll pane, which
        // would give them only its preferred height) and the event list scrolls in what is left; in
        // large text the two share the height and both scroll.
        if (portrait && !vm.largeText().get()) {
            factsScroll.setContent(null);
            status.getChildren().setAll(facts);
        } else {
            status.getChildren().setAll(factsScroll);
            factsScroll.setContent(facts);
        }
        if (portrait) {
            tall.getChildren().addAll(status, events);
        } else {
            wide.add(status, 0, 0);
            wide.add(events, 1, 0);
        }
        Widgets.show(wide, !portrait);
        Widgets.show(tall, portrait);
    }

    BorderPane node() {
        return root;
    }

    void render() {
        arrange();
        Language lang = vm.language().get();
        title.setText(texts.get(lang, "staff.title"));
        who.setText(staff.who().get().map(name -> texts.get(lang, "staff.who", name))
                .orElseGet(() -> texts.get(lang, "staff.who.pin")));
        exit.setText(texts.get(lang, "staff.exit"));
        voting.setText(texts.get(lang, "vote.staff.open"));
        eventsTitle.setText(texts.get(lang, "staff.events"));
        renderFacts(lang, staff.status().get());
        renderEvents(lang, staff.events().get(), vm.activeEvent().get());
    }

    private void renderFacts(Language lang, Optional<DeviceStatus> maybe) {
        facts.getChildren().clear();
        if (maybe.isEmpty()) {
            facts.add(label("staff-status", "body"), 0, 0);
            ((Label) facts.getChildren().get(0)).setText(texts.get(lang,
                    staff.statusFailed().get() ? "staff.status.failed" : "staff.status.loading"));
            return;
        }
        DeviceStatus s = maybe.get();
        // What staff act on comes first: in large text the facts scroll, and the upload must not be
        // the row below the fold. Names never wrap, values wrap in what is left of the column.
        // The waiting count and the last sync time ride on the state's line ("전송 완료 · 09:58 (2분
        // 전)").
        String state = texts.get(lang, "staff.sync." + s.sync().name().toLowerCase(Locale.ROOT), s.waiting());
        fact(facts, 0, "staff-sync", texts.get(lang, "staff.sync"), texts.get(lang, "staff.sync.line", state,
                lastSync.describe(lang, s.lastSync(), staff.now().get())));
        int row = 1;
        if (s.syncProblem().isPresent()) {
            // What staff do about a failing upload, under it across the whole column (in the value
            // column alone it took two lines), from the bundles (the agent's own message is English,
            // for support: docs/sync-agent.md); a code without a sentence is shown as it is.
            String code = s.syncProblem().get();
            String key = "staff.sync.problem." + code;
            Label problem = label("staff-sync-problem", "body", "fact-note", "staff-problem");
            problem.setText(texts.has(lang, key) ? texts.get(lang, key) : code);
            problem.setMinWidth(1);
            facts.add(problem, 0, row++, 2, 1);
        }
        fact(facts, row++, "staff-journal", texts.get(lang, "staff.journal"),
                texts.get(lang, "staff.journal.size", s.recordCount(), (s.journalBytes() + 1023) / 1024));
        fact(facts, row++, "staff-clock", texts.get(lang, "staff.clock"),
                texts.get(lang, s.clockTrusted() ? "staff.clock.trusted" : "staff.clock.untrusted"));
        fact(facts, row++, "staff-device", texts.get(lang, "staff.device"), s.deviceId());
        fact(facts, row, "staff-site", texts.get(lang, "staff.site"),
                s.site().dongName() + " (" + s.site().dongCode() + ")");
    }

    private void renderEvents(Language lang, List<Event> list, Optional<Event> active) {
        eventList.getChildren().clear();
        if (list.isEmpty()) {
            Label none = label("staff-events-none", "body");
            none.setText(texts.get(lang, "staff.events.none"));
            eventList.getChildren().add(none);
            return;
        }
        for (Event event : list) {
            boolean chosen = active.map(a -> a.id().equals(event.id())).orElse(false);
            String name = vm.title(event) + "  ·  " + texts.get(lang, "checkin.event.date", KioskViewModel.day(event));
            Button choice = button("event-" + event.id(), () -> vm.chooseEvent(event.id()), "toggle", "event-choice");
            choice.setText(chosen ? texts.get(lang, "staff.event.active", name) : name);
            choice.setMaxWidth(Double.MAX_VALUE);
            choice.setAlignment(Pos.CENTER_LEFT);
            AttractView.toggleClass(choice, chosen);
            eventList.getChildren().add(choice);
        }
    }
}
