package org.learningsets.ejb.confidentiality;

import java.io.Serializable;
import java.util.HashSet;
import java.util.Set;

/**
 * The confidential records one open page has already shown its viewer, each at the version shown. A page that
 * re-reads itself whenever something else changes (the live meeting) shows the same records again and again; the
 * audit records the first showing of each version in that page, and a changed version or another page (a new load)
 * is a new read. Kept by the page's view-scoped bean, on the server: nothing the browser sends.
 */
public final class ShownRecords implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Set<String> shown;

    private ShownRecords(Set<String> shown) {
        this.shown = shown;
    }

    /** A page that has shown nothing yet: every record it shows is a read. */
    public static ShownRecords none() {
        return new ShownRecords(new HashSet<>());
    }

    /** A copy to add to during one read, so a read that is rolled back leaves the page's own record as it was. */
    public ShownRecords copy() {
        return new ShownRecords(new HashSet<>(shown));
    }

    /** True the first time this page shows this version of the record (then audit it); false after that. */
    public boolean firstShowing(String recordId, long version) {
        return shown.add(recordId + "@" + version);
    }
}
