package org.madang.kiosk.ui.view.vote;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Labels and buttons built the way every kiosk screen builds them (see ui.view.Widgets). */
final class VoteWidgets {

    private VoteWidgets() {
    }

    static Label label(String id, String... styleClasses) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.getStyleClass().addAll(styleClasses);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    static Button button(String id, Runnable onTouch, String... styleClasses) {
        Button button = new Button();
        button.setId(id);
        button.setWrapText(true);
        button.getStyleClass().addAll(styleClasses);
        button.setFocusTraversable(false);
        // Exactly one view-model call per touch; the view decides nothing.
        button.setOnAction(e -> onTouch.run());
        return button;
    }

    static Region shape(String... styleClasses) {
        Region region = new Region();
        region.getStyleClass().add("shape");
        region.getStyleClass().addAll(styleClasses);
        return region;
    }

    static void show(Node node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
    }

    static Region spacer() {
        Region region = new Region();
        HBox.setHgrow(region, Priority.ALWAYS);
        VBox.setVgrow(region, Priority.ALWAYS);
        return region;
    }

    static void toggleClass(Node node, String styleClass, boolean on) {
        node.getStyleClass().remove(styleClass);
        if (on) {
            node.getStyleClass().add(styleClass);
        }
    }
}
