package org.madang.kiosk.ui.view;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/** Small factories so every screen builds labels and buttons the same way (style classes, wrapping, ids). */
final class Widgets {

    private Widgets() {
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

    static Region shape(String styleClass) {
        Region region = new Region();
        region.getStyleClass().addAll("shape", styleClass);
        return region;
    }

    /** Shows or hides {@code node}; a hidden node takes no room (hidden screens must not push the visible one). */
    static void show(javafx.scene.Node node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
    }

    static Region spacer() {
        Region region = new Region();
        javafx.scene.layout.HBox.setHgrow(region, javafx.scene.layout.Priority.ALWAYS);
        javafx.scene.layout.VBox.setVgrow(region, javafx.scene.layout.Priority.ALWAYS);
        return region;
    }
}
