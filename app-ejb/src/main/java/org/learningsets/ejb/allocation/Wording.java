package org.learningsets.ejb.allocation;

import java.util.List;

/** Small helpers for the plain-English sentences of messages and explanations. */
final class Wording {

    private Wording() {}

    /** "A", "A and B", "A, B and C". */
    static String list(List<String> items) {
        int n = items.size();
        if (n == 0) {
            return "";
        }
        if (n == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, n - 1)) + " and " + items.get(n - 1);
    }

    /** "1 set", "3 sets". */
    static String count(int n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }

    /** "both" for two people, "all" for more: "A and B are both ...", "A, B and C are all ...". */
    static String bothOrAll(int n) {
        return n == 2 ? "both" : "all";
    }

    static String quoted(String text) {
        return "\"" + text + "\"";
    }
}
