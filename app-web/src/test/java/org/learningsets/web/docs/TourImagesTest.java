package org.learningsets.web.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A picture in the docs is one the tour makes: a guide that shows docs/images/x.png when the tour does not make x.png
 * would keep a picture nobody can refresh (DocLinksTest checks that the file is there).
 */
class TourImagesTest {

    private static final Pattern IMAGE = Pattern.compile("(?:docs/)?images/([\\w./-]+\\.png)");

    @Test
    void everyPictureAGuideShowsIsOneTheTourMakes() {
        List<String> notMade = new ArrayList<>();
        int pictures = 0;
        for (Path page : Repository.documentationPages()) {
            Matcher m = IMAGE.matcher(Repository.read(page));
            while (m.find()) {
                pictures++;
                if (!TourShots.ALL.contains(m.group(1))) {
                    notMade.add(Repository.relative(page) + ": " + m.group());
                }
            }
        }
        assertTrue(pictures >= TourShots.ALL.size(), "the guides and README show the tour's pictures: " + pictures);
        assertEquals(List.of(), notMade, "pictures the tour does not make");
    }
}
