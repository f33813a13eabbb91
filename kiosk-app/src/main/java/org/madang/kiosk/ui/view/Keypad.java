package org.madang.kiosk.ui.view;

import static org.madang.kiosk.ui.view.Widgets.button;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;

/**
 * A 3×4 digit keypad (1–9, then delete, 0, OK) whose keys share whatever room the layout gives it:
 * the staff PIN pad and set-up mode's admin PIN. Ids are {@code PREFIX-0}…{@code PREFIX-9},
 * {@code PREFIX-delete}, {@code PREFIX-ok}.
 */
public final class Keypad {

    private final GridPane grid = new GridPane();
    private final Button delete;
    private final Button ok;
    private final List<Button> digits = new ArrayList<>();

    /** A keypad calling {@code digit}, {@code erase} and {@code submit} once per touch. */
    public Keypad(String idPrefix, Consumer<Character> digit, Runnable erase, Runnable submit) {
        delete = button(idPrefix + "-delete", erase, "key");
        ok = button(idPrefix + "-ok", submit, "key", "primary-key");
        for (int i = 1; i <= 9; i++) {
            char d = (char) ('0' + i);
            Button key = button(idPrefix + "-" + d, () -> digit.accept(d), "key");
            key.setText(String.valueOf(d));
            digits.add(key);
            grid.add(key, (i - 1) % 3, (i - 1) / 3);
        }
        Button zero = button(idPrefix + "-0", () -> digit.accept('0'), "key");
        zero.setText("0");
        digits.add(zero);
        grid.add(delete, 0, 3);
        grid.add(zero, 1, 3);
        grid.add(ok, 2, 3);
        for (int i = 0; i < 3; i++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(100.0 / 3);
            grid.getColumnConstraints().add(column);
        }
        for (int i = 0; i < 4; i++) {
            RowConstraints row = new RowConstraints();
            row.setPercentHeight(25);
            grid.getRowConstraints().add(row);
        }
        for (Node key : grid.getChildren()) {
            ((Button) key).setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        }
        grid.getStyleClass().add("keypad");
        HBox.setHgrow(grid, Priority.ALWAYS);
        VBox.setVgrow(grid, Priority.ALWAYS);
        // The keys share whatever height is left; they never push the pad taller than the window.
        grid.setMinHeight(0);
        grid.setPrefHeight(0);
    }

    /** The grid to place. */
    public GridPane node() {
        return grid;
    }

    /** The delete key (its text is set by the view, in the current language). */
    public Button delete() {
        return delete;
    }

    /** The OK key (its text is set by the view). */
    public Button ok() {
        return ok;
    }

    /** The ten digit keys, 1–9 then 0. */
    public List<Button> digits() {
        return List.copyOf(digits);
    }
}
