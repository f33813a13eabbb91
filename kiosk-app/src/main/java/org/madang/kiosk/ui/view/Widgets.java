package org.madang.kiosk.ui.view;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Small factories so every screen (this package and its feature packages: vote, survey) builds
 * labels and buttons the same way (style classes, wrapping, ids).
 */
public final class Widgets {

    private Widgets() {
    }

    /** A wrapping label with an id for tests and style classes; never shorter than its text. */
    public static Label label(String id, String... styleClasses) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.getStyleClass().addAll(styleClasses);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    /** A wrapping button that calls {@code onTouch} once per touch and never takes keyboard focus. */
    public static Button button(String id, Runnable onTouch, String... styleClasses) {
        Button button = new Button();
        button.setId(id);
        button.setWrapText(true);
        button.getStyleClass().addAll(styleClasses);
        button.setFocusTraversable(false);
        // Exactly one view-model call per touch; the view decides nothing.
        button.setOnAction(e -> onTouch.run());
        return button;
    }

    /** A drawn shape (tick, cross, arrow) that the stylesheet gives its form by {@code styleClass}. */
    public static Region shape(String styleClass) {
        Region region = new Region();
        region.getStyleClass().addAll("shape", styleClass);
        return region;
    }

    /** Shows or hides {@code node}; a hidden node takes no room (hidden screens must not push the visible one). */
    public static void show(Node node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
    }

    /** An empty region that takes the spare room in a row or a column. */
    public static Region spacer() {
        Region region = new Region();
        HBox.setHgrow(region, Priority.ALWAYS);
        VBox.setVgrow(region, Priority.ALWAYS);
        return region;
    }

    /** Adds {@code styleClass} to {@code node} when {@code on}, removes it otherwise (never twice). */
    public static void toggleClass(Node node, String styleClass, boolean on) {
        node.getStyleClass().remove(styleClass);
        if (on) {
            node.getStyleClass().add(styleClass);
        }
    }

    /**
     * Puts a fact (name, value) in row {@code row} of a two-column grid and returns the value's
     * label. Names are short words and never wrap; values wrap in what is left, so the grid keeps
     * its share of the screen.
     */
    public static Label fact(GridPane facts, int row, String id, String name, String value) {
        Label key = label(id + "-name", "body", "fact-name");
        key.setText(name);
        key.setMinWidth(Region.USE_PREF_SIZE);
        Label val = label(id, "body", "fact-value");
        val.setText(value);
        val.setMinWidth(1);
        facts.add(key, 0, row);
        facts.add(val, 1, row);
        return val;
    }

    /** Where {@link KioskView#styleRoot} keeps the root's font size on the root's properties. */
    public static final String ROOT_FONT_PX = "madang.rootFontPx";

    /**
     * The root font size in px that {@link KioskView#styleRoot} chose for the window (and large
     * text), for sizes the stylesheet cannot express; 28 before the node is in a styled scene.
     */
    public static double rootFontPx(Node node) {
        Object px = node.getScene() == null ? null : node.getScene().getRoot().getProperties().get(ROOT_FONT_PX);
        return px instanceof Double value ? value : KioskView.BASE_FONT_PX;
    }
}
