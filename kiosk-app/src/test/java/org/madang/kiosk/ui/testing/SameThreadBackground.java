package org.madang.kiosk.ui.testing;

import java.util.function.Consumer;
import java.util.function.Supplier;
import org.madang.kiosk.ui.model.Background;

/** Runs "background" work at once on the calling thread. */
public final class SameThreadBackground implements Background {

    @Override
    public <T> void run(Supplier<T> work, Consumer<? super T> then, Consumer<? super RuntimeException> failed) {
        T result;
        try {
            result = work.get();
        } catch (RuntimeException e) {
            failed.accept(e);
            return;
        }
        then.accept(result);
    }
}
