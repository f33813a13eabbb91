package org.madang.kiosk.ui.view;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.text.Text;

/**
 * What a person would notice on a laid-out screen, checked the same way by every screenshot
 * test: a visible control outside the window (unless a scroll pane holds it), a button too small
 * to touch or with no words, text cut off. Each test says where its screens differ (smaller keys
 * on a keyboard, buttons that must show inside their scroll pane). Call on the JavaFX thread.
 */
public final class LayoutChecks {

    /** The least a button measures each way at 800×480, in px. */
    public static final double BUTTON = 89;

    // The keyboard's display scrolls its text inside its own clipped window (its own tests check it).
    private static final List<String> SCROLLS_ITSELF = List.of("keyboard-typed", "keyboard-composing");

    private final Map<String, Double> floors = new HashMap<>();
    private boolean buttonsInView;

    /** Buttons at least {@link #BUTTON} px; text not cut; everything inside the window or in a scroll pane. */
    public LayoutChecks() {
    }

    /** Buttons of {@code styleClass} (a keyboard's keys) may be as small as {@code px} each way. */
    public LayoutChecks floor(String styleClass, double px) {
        floors.put(styleClass, px);
        return this;
    }

    /** Buttons in a scroll pane must also show inside its view, not below it (pages, not lists). */
    public LayoutChecks buttonsInView() {
        buttonsInView = true;
        return this;
    }

    /** The problems on {@code root}'s scene, each starting with {@code name}; floors are multiplied by {@code scale}. */
    public List<String> inspect(Parent root, String name, double scale) {
        List<String> problems = new ArrayList<>();
        Bounds window = new BoundingBox(0, 0, root.getScene().getWidth(), root.getScene().getHeight());
        for (Node node : root.lookupAll("*")) {
            if (!visible(node) || node.getId() == null || node.getLayoutBounds().getWidth() == 0
                    || SCROLLS_ITSELF.contains(node.getId())) {
                continue;
            }
            Bounds b = node.localToScene(node.getLayoutBounds());
            Optional<ScrollPane> pane = scrollPaneOf(node);
            // What a scroll pane holds may run past the window: it is reached by scrolling (the pane
            // itself is still checked).
            if (!contains(window, b) && pane.isEmpty()) {
                problems.add(name + ": #" + node.getId() + " outside the window " + b);
            }
            if (node instanceof Button button) {
                if (buttonsInView && pane.isPresent()
                        && b.getMaxY() > pane.get().localToScene(pane.get().getLayoutBounds()).getMaxY() + 1) {
                    problems.add(name + ": button #" + node.getId() + " hidden below the visible part of the page");
                }
                double floor = scale * button.getStyleClass().stream().filter(floors::containsKey)
                        .mapToDouble(floors::get).min().orElse(BUTTON);
                if (b.getHeight() < floor || b.getWidth() < floor) {
                    problems.add(name + ": button #" + button.getId() + " too small " + (int) b.getWidth() + "x"
                            + (int) b.getHeight());
                }
                if ((button.getText() == null || button.getText().isBlank()) && button.getGraphic() == null) {
                    problems.add(name + ": button #" + button.getId() + " has no words");
                }
            }
            if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isEmpty()
                    && labeled.lookup(".text") instanceof Text shown && !shown.getText().equals(labeled.getText())) {
                problems.add(name + ": #" + labeled.getId() + " cut to '" + shown.getText() + "'");
            }
        }
        return problems;
    }

    /** Whether {@code node} and all its parents are visible. */
    public static boolean visible(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** The scroll pane {@code node} is in, if any. */
    public static Optional<ScrollPane> scrollPaneOf(Node node) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof ScrollPane pane) {
                return Optional.of(pane);
            }
        }
        return Optional.empty();
    }

    /** Whether {@code inner} lies within {@code outer}, give or take a pixel. */
    public static boolean contains(Bounds outer, Bounds inner) {
        return inner.getMinX() >= outer.getMinX() - 1 && inner.getMinY() >= outer.getMinY() - 1
                && inner.getMaxX() <= outer.getMaxX() + 1 && inner.getMaxY() <= outer.getMaxY() + 1;
    }
}
