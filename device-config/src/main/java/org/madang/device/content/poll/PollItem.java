package org.madang.device.content.poll;

import java.util.Objects;
import java.util.Optional;
import org.madang.device.content.Localized;

/**
 * One choice on a ballot: an agenda item, a project of the participatory budget, a candidate.
 *
 * @param id stable id within the poll, e.g. {@code park-benches}; what a ballot records
 * @param title short title
 * @param description one short line under the title (may be empty)
 * @param image a picture's file name inside the content bundle's images, if any
 * @param cost the project's cost in won for budget ballots; 0 for other rules
 */
public record PollItem(String id, Localized title, Localized description, Optional<String> image, long cost) {

    public PollItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(image, "image");
        if (cost < 0) {
            throw new IllegalArgumentException("item '" + id + "' has a negative cost " + cost);
        }
    }
}
