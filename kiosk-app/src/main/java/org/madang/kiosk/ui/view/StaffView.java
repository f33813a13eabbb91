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
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.madang.device.content.Event;
import org.madang.device.profile.Language;
import org.madang.kiosk.ui.model.KioskViewModel;
import org.madang.kiosk.ui.model.StaffViewModel;
import org.madang.kiosk.ui.port.DeviceStatus;
import org.madang.kiosk.ui.text.Texts;

/** Staff mode: device status on one side, the events to choose from on the other, exit at the top. */
final class StaffView {

    private final KioskViewModel vm;
    private final StaffViewModel staff;
    private final Texts texts;
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
    private final HBox wide = new HBox();
    private final VBox tall = new VBox();

    StaffView(KioskViewModel vm, Texts texts) {
        this.vm = vm;
        this.staff = vm.staff();
        this.texts = texts;
        exit = button("staff-exit", vm::home, "primary");
        voting = button("staff-voting", vm::openVoteStaff, "toggle");
        Widgets.show(voting, vm.voteStaff().enabled());
        VBox heading = new VBox(title, who);
        HBox.setHgrow(heading, Priority.ALWAYS);
        HBox top = new HBox(heading, voting, exit);
        top.getStyleClass().add("bar");
        top.setAlignment(Pos.CENTER_LEFT);
        root.setTop(top);
        facts.getStyleClass().add("facts");
        status = new VBox(facts);
        status.getStyleClass().add("staff-column");
        eventList.getStyleClass().add("event-list");
        eventList.setFillWidth(true);
        ScrollPane scroll = new ScrollPane(eventList);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("event-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        events = new VBox(eventsTitle, scroll);
        events.getStyleClass().add("staff-column");
        HBox.setHgrow(status, Priority.ALWAYS);
        HBox.setHgrow(events, Priority.ALWAYS);
        status.setPrefWidth(0);
        events.setPrefWidth(0);
        // Equal minimums too: the row grows both from their minimums, so unequal ones make unequal halves.
        status.setMinWidth(0);
        events.setMinWidth(0);
        VBox.setVgrow(events, Priority.ALWAYS);
        root.setCenter(new javafx.scene.layout.StackPane(wide, tall));
        root.getStyleClass().addAll("screen", "staff");
        root.widthProperty().addListener((o, a, b) -> arrange());
        root.heightProperty().addListener((o, a, b) -> arrange());
        arrange();
    }

    private void arrange() {
        boolean portrait = root.getHeight() > root.getWidth() && root.getWidth() > 0;
        wide.getChildren().clear();
        tall.getChildren().clear();
        if (portrait) {
            tall.getChildren().addAll(status, events);
        } else {
            wide.getChildren().addAll(status, events);
        }
        Widgets.show(wide, !portrait);
        Widgets.show(tall, portrait);
    }

    BorderPane node() {
        return root;
    }

    void render() {
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
        // Names never wrap, values wrap: the status column keeps its half of the screen and the
        // event list the other half.
        fact(facts, 0, "staff-device", texts.get(lang, "staff.device"), s.deviceId());
        fact(facts, 1, "staff-site", texts.get(lang, "staff.site"),
                s.site().dongName() + " (" + s.site().dongCode() + ")");
        fact(facts, 2, "staff-clock", texts.get(lang, "staff.clock"),
                texts.get(lang, s.clockTrusted() ? "staff.clock.trusted" : "staff.clock.untrusted"));
        fact(facts, 3, "staff-journal", texts.get(lang, "staff.journal"),
                texts.get(lang, "staff.journal.size", s.recordCount(), (s.journalBytes() + 1023) / 1024));
        // 800x480 in English holds one row more than before, no more: the waiting count rides on the
        // state's line, and a sixth row only when failing, with what staff act on: the code. (The
        // last sync time did not fit; DeviceStatus.lastSync carries it for a later, roomier view.)
        fact(facts, 4, "staff-sync", texts.get(lang, "staff.sync"),
                texts.get(lang, "staff.sync." + s.sync().name().toLowerCase(Locale.ROOT), s.waiting()));
        if (s.syncProblem().isPresent()) {
            // What staff do about it, from the bundles (the agent's own message is English, for
            // support: docs/sync-agent.md); a code without a sentence is shown as it is.
            String code = s.syncProblem().get();
            String key = "staff.sync.problem." + code;
            fact(facts, 5, "staff-sync-problem", texts.get(lang, "staff.sync.problem"),
                    texts.has(lang, key) ? texts.get(lang, key) : code).getStyleClass().add("fact-note");
        }
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
