package org.madang.kiosk.ui.view.keyboard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.madang.device.profile.Language;
import org.madang.kiosk.keyboard.TextEntry;
import org.madang.kiosk.keyboard.TextEntry.Layout;
import org.madang.kiosk.ui.model.State;
import org.madang.kiosk.ui.text.Texts;

/**
 * A touch keyboard for a {@link TextEntry}: the typed text on top (always visible, the syllable
 * being composed underlined), then four rows of big keys that fill the width (한글 2-set, QWERTY or
 * a number pad), Shift, 지우기, 띄어쓰기 and the 한글 / ABC / 123 switches. Each tap calls exactly one
 * {@link TextEntry} method. Styled by {@code kiosk.css} (classes {@code keyboard-*}); inside the
 * kiosk's root it follows its large-text and high-contrast classes.
 *
 * <p>Keys have ids for tests and tools: {@code key-ㄱ}, {@code key-q}, {@code key-7} (named by what
 * they type without Shift), {@code key-minus}, {@code key-shift}, {@code key-backspace},
 * {@code key-space}, {@code key-korean}, {@code key-english}, {@code key-number}; the display is
 * {@code keyboard-display}.
 */
public final class OnScreenKeyboard extends Region {

    /** Half-key columns: the middle Korean/QWERTY row is offset by half a key, as on a real keyboard. */
    private static final int COLUMNS = 20;
    private static final int ROWS = 4;
    /** Room between keys, so a finger between two keys hits neither rather than the wrong one. */
    private static final Insets KEY_GAP = new Insets(2);

    private final TextEntry entry;
    private final Texts texts;
    private final State<Language> language;
    private final VBox box = new VBox();
    private final GridPane keys = new GridPane();
    private final Text typed = new Text();
    private final Text composing = new Text();
    private final Text placeholder = new Text();
    private final Label count = new Label();
    private final Map<Character, Button> characterKeys = new LinkedHashMap<>();
    private final List<Runnable> stopObserving = new ArrayList<>();
    private Runnable stopLanguage = () -> { };
    private Button shift;

    /**
     * A keyboard typing into {@code entry}, its words from {@code texts} in {@code language} (followed
     * while the keyboard is in a scene).
     */
    public OnScreenKeyboard(TextEntry entry, Texts texts, State<Language> language) {
        this.entry = Objects.requireNonNull(entry, "entry");
        this.texts = Objects.requireNonNull(texts, "texts");
        this.language = Objects.requireNonNull(language, "language");
        getStyleClass().add("keyboard");

        typed.getStyleClass().addAll("keyboard-text");
        composing.getStyleClass().addAll("keyboard-text", "keyboard-composing");
        composing.setUnderline(true);
        placeholder.getStyleClass().addAll("keyboard-text", "keyboard-placeholder");
        typed.setId("keyboard-typed");
        composing.setId("keyboard-composing");
        EndOfText window = new EndOfText(new TextFlow(placeholder, typed, composing));
        HBox.setHgrow(window, Priority.ALWAYS);
        count.setId("keyboard-count");
        count.getStyleClass().add("keyboard-count");
        count.setMinWidth(Region.USE_PREF_SIZE);
        HBox display = new HBox(window, count);
        display.setId("keyboard-display");
        display.getStyleClass().add("keyboard-display");
        display.setAlignment(Pos.CENTER_LEFT);
        display.setMinHeight(Region.USE_PREF_SIZE);

        for (int i = 0; i < COLUMNS; i++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(100.0 / COLUMNS);
            keys.getColumnConstraints().add(column);
        }
        for (int i = 0; i < ROWS; i++) {
            RowConstraints row = new RowConstraints();
            row.setPercentHeight(100.0 / ROWS);
            row.setValignment(VPos.CENTER);
            keys.getRowConstraints().add(row);
        }
        keys.getStyleClass().add("keyboard-keys");
        VBox.setVgrow(keys, Priority.ALWAYS);
        box.getChildren().addAll(display, keys);
        box.getStyleClass().add("keyboard-box");
        getChildren().add(box);

        stopObserving.add(entry.layout().observe(l -> build()));
        stopObserving.add(entry.shifted().observe(s -> relabel()));
        stopObserving.add(entry.text().observe(t -> showText()));
        stopObserving.add(entry.composing().observe(t -> showText()));
        stopObserving.add(entry.full().observe(f -> showText()));
        // The language outlives any one keyboard: listen only while shown, so a finished question's
        // keyboard is not kept alive by the kiosk's language state.
        sceneProperty().addListener((o, before, now) -> {
            stopLanguage.run();
            stopLanguage = now == null ? () -> { } : language.observe(l -> build());
        });
    }

    @Override
    protected void layoutChildren() {
        Insets insets = getInsets();
        layoutInArea(box, insets.getLeft(), insets.getTop(), getWidth() - insets.getLeft() - insets.getRight(),
                getHeight() - insets.getTop() - insets.getBottom(), 0, HPos.CENTER, VPos.TOP);
    }

    @Override
    protected double computeMinHeight(double width) {
        return box.minHeight(width) + getInsets().getTop() + getInsets().getBottom();
    }

    @Override
    protected double computePrefHeight(double width) {
        return box.prefHeight(width) + getInsets().getTop() + getInsets().getBottom();
    }

    @Override
    protected double computeMinWidth(double height) {
        return 0;
    }

    @Override
    protected double computePrefWidth(double height) {
        return box.prefWidth(height) + getInsets().getLeft() + getInsets().getRight();
    }

    /** Puts the current layout's keys in the grid (on a layout or language change). */
    private void build() {
        keys.getChildren().clear();
        characterKeys.clear();
        shift = null;
        List<String> rows = entry.rows();
        if (entry.layout().get() == Layout.NUMBER) {
            buildNumberPad(rows);
        } else {
            buildLetters(rows);
        }
        relabel();
        showText();
    }

    private void buildLetters(List<String> rows) {
        for (int r = 0; r < rows.size() && r < 3; r++) {
            String row = rows.get(r);
            // Row 1 is offset by half a key; row 2 sits between Shift and Backspace (1.5 keys each).
            int first = r == 0 ? 0 : r == 1 ? 1 : 3;
            for (int i = 0; i < row.length(); i++) {
                keys.add(characterKey(row.charAt(i)), first + 2 * i, r, 2, 1);
            }
        }
        shift = functionKey("key-shift", entry.layout().get() == Layout.KOREAN ? "keyboard.shift.korean"
                : "keyboard.shift.english", entry::toggleShift);
        shift.getStyleClass().add("keyboard-shift");
        keys.add(shift, 0, 2, 3, 1);
        keys.add(functionKey("key-backspace", "keyboard.backspace", entry::backspace), 17, 2, 3, 1);
        Layout other = entry.layout().get() == Layout.KOREAN ? Layout.ENGLISH : Layout.KOREAN;
        keys.add(switchKey(other), 0, 3, 3, 1);
        keys.add(switchKey(Layout.NUMBER), 3, 3, 3, 1);
        keys.add(functionKey("key-space", "keyboard.space", entry::space), 6, 3, 14, 1);
    }

    private void buildNumberPad(List<String> rows) {
        // Three columns of digits as on a phone, 0 under 8; the right column holds Backspace and,
        // for free text, the way back to letters.
        for (int r = 0; r < rows.size() && r < ROWS; r++) {
            String row = rows.get(r);
            int first = row.length() == 1 ? 1 : 0;
            for (int i = 0; i < row.length(); i++) {
                keys.add(characterKey(row.charAt(i)), 5 * (first + i), r, 5, 1);
            }
        }
        keys.add(functionKey("key-backspace", "keyboard.backspace", entry::backspace), 15, 0, 5, 1);
        if (!entry.numberOnly()) {
            keys.add(switchKey(Layout.KOREAN), 15, 1, 5, 1);
            keys.add(switchKey(Layout.ENGLISH), 15, 2, 5, 1);
            keys.add(functionKey("key-space", "keyboard.space", entry::space), 10, 3, 10, 1);
        }
    }

    private Button characterKey(char key) {
        Button button = key(key == '-' ? "key-minus" : "key-" + key, () -> entry.press(key));
        button.getStyleClass().add("keyboard-character");
        if (key == '-') {
            // The typographic minus is wider than the hyphen it types: easier to see and to find.
            button.getStyleClass().add("keyboard-minus");
        }
        characterKeys.put(key, button);
        return button;
    }

    private Button functionKey(String id, String textKey, Runnable action) {
        Button button = key(id, action);
        button.getStyleClass().add("keyboard-function");
        button.setText(texts.get(language.get(), textKey));
        // "⇧ 쌍자음" in large text: two lines rather than "⇧ 쌍…".
        button.setWrapText(true);
        button.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        return button;
    }

    private Button switchKey(Layout target) {
        String name = target.name().toLowerCase(java.util.Locale.ROOT);
        return functionKey("key-" + name, "keyboard." + name, () -> entry.switchLayout(target));
    }

    private static Button key(String id, Runnable action) {
        Button button = new Button();
        button.setId(id);
        button.getStyleClass().add("keyboard-key");
        button.setFocusTraversable(false);
        button.setMnemonicParsing(false);
        button.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        GridPane.setMargin(button, KEY_GAP);
        GridPane.setFillWidth(button, true);
        GridPane.setFillHeight(button, true);
        button.setOnAction(e -> action.run());
        return button;
    }

    /** Shows what each key types now (ㄲ while Shift is on) and whether Shift is on. */
    private void relabel() {
        boolean on = entry.shifted().get();
        Layout layout = entry.layout().get();
        characterKeys.forEach((key, button) -> {
            char label = on ? layout.shifted(key) : key;
            button.setText(key == '-' ? "\u2212" : String.valueOf(label));
            // While Shift is on, the keys it changes stand out, so ㄲ is found without reading every key.
            button.getStyleClass().remove("keyboard-shifted");
            if (label != key) {
                button.getStyleClass().add("keyboard-shifted");
            }
        });
        if (shift != null) {
            shift.getStyleClass().remove("on");
            if (on) {
                shift.getStyleClass().add("on");
            }
        }
    }

    private void showText() {
        String text = entry.text().get();
        String open = entry.composing().get();
        // TextEntry publishes the text before the syllable being composed: between the two (e.g. a
        // clear while "기" is open) the old syllable is no longer at the end of the new text.
        boolean composingAtEnd = text.endsWith(open);
        typed.setText(composingAtEnd ? text.substring(0, text.length() - open.length()) : text);
        composing.setText(composingAtEnd ? open : "");
        placeholder.setText(text.isEmpty() ? texts.get(language.get(), "keyboard.placeholder") : "");
        boolean full = entry.full().get();
        count.setText(full ? texts.get(language.get(), "keyboard.full", entry.maxLength())
                : texts.get(language.get(), "keyboard.count", text.length(), entry.maxLength()));
        count.getStyleClass().remove("keyboard-full");
        if (full) {
            count.getStyleClass().add("keyboard-full");
        }
    }

    /**
     * The typed text, wrapped, showing its end: when it is longer than the box, the first lines move
     * out of sight at the top so the line being typed always shows.
     */
    private static final class EndOfText extends Region {

        private final TextFlow flow;

        EndOfText(TextFlow flow) {
            this.flow = flow;
            getChildren().add(flow);
            getStyleClass().add("keyboard-window");
            Rectangle clip = new Rectangle();
            clip.widthProperty().bind(widthProperty());
            clip.heightProperty().bind(heightProperty());
            setClip(clip);
            setMinWidth(0);
        }

        @Override
        protected void layoutChildren() {
            double width = getWidth();
            double height = flow.prefHeight(width);
            flow.resize(width, height);
            flow.relocate(0, Math.min(0, getHeight() - height) + Math.max(0, (getHeight() - height) / 2));
        }

        @Override
        protected double computePrefHeight(double width) {
            // One line: the display stays small enough to leave room for the question above it.
            return ((Text) flow.getChildren().get(0)).getFont().getSize() * 1.5;
        }

        @Override
        protected double computeMinHeight(double width) {
            return computePrefHeight(width);
        }

        @Override
        protected double computePrefWidth(double height) {
            return 0;
        }
    }
}
