package org.learningsets.ejb.allocation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/** How many sets there are: named by the programme lead, or derived from a target size. */
public sealed interface SetLayout permits SetLayout.Named, SetLayout.TargetSize {

    /** Exactly these sets, in this order. */
    record Named(List<SetDefinition> sets) implements SetLayout {

        public Named {
            // Copied without List.copyOf, which would throw a bare NullPointerException on a null element;
            // the validator reports those in words.
            sets = sets == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(sets));
        }
    }

    /**
     * As many sets as {@code ceil(participants / size)}, moved up or down so that every set can keep within
     * the minimum and maximum size. The sets get ids {@code set-1, set-2, ...} and names "Set 1", "Set 2", ...
     */
    record TargetSize(int size) implements SetLayout {}

    static SetLayout named(SetDefinition... sets) {
        return new Named(Arrays.asList(sets));
    }

    static SetLayout named(List<SetDefinition> sets) {
        return new Named(sets);
    }

    static SetLayout targetSize(int size) {
        return new TargetSize(size);
    }
}
