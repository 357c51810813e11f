package org.learningsets.web.docs;

import java.util.List;

/**
 * The pictures the documentation tour (DocumentationTourIT) makes, by file name under docs/images/: the guides may
 * show these and no others, so every picture in the docs can be made again with one command (docs/testing.md).
 */
public final class TourShots {

    public static final String HIGH_CONTRAST = "high-contrast/";

    public static final List<String> ALL = List.of(
            "member-home.png",
            "member-set.png",
            "member-prepare.png",
            "facilitator-set.png",
            "facilitator-rules.png",
            "facilitator-live.png",
            "lead-home.png",
            "lead-programme.png",
            "lead-set.png",
            HIGH_CONTRAST + "member-home.png",
            HIGH_CONTRAST + "facilitator-set.png");

    private TourShots() {}
}
