package org.madang.kiosk.ui.view;

import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import org.madang.kiosk.ui.model.Background;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs view-model work on an executor and hands the result back on the JavaFX thread. */
public final class FxBackground implements Background {

    private static final Logger LOG = LoggerFactory.getLogger(FxBackground.class);

    private final ExecutorService executor;

    /** Uses {@code executor}, which the caller owns (one thread is enough: the journal has one writer). */
    public FxBackground(ExecutorService executor) {
        this.executor = executor;
    }

    @Override
    public <T> void run(Supplier<T> work, Consumer<? super T> then, Consumer<? super RuntimeException> failed) {
        executor.execute(() -> {
            T result;
            try {
                result = work.get();
            } catch (RuntimeException e) {
                LOG.error("Background work failed", e);
                Platform.runLater(() -> failed.accept(e));
                return;
            }
            Platform.runLater(() -> then.accept(result));
        });
    }
}
