package org.learningsets.model.set;

import java.time.Instant;

/** Sets for tests in other packages. */
public final class LearningSetTestData {

    private LearningSetTestData() {}

    public static LearningSet set(String name) {
        return new LearningSet(LearningSetTest.PROGRAMME, name, Instant.now());
    }

    /** A set in a second programme, for rules that must not cross programmes. */
    public static LearningSet otherProgrammeSet(String name) {
        return new LearningSet(LearningSetTest.OTHER_PROGRAMME, name, Instant.now());
    }
}
