package org.learningsets.web.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.learningsets.model.common.FieldLengths;

/** The column lengths for pages' maxlength attributes ({@code #{fieldLengths.name}}), never typed as numbers. */
@Named("fieldLengths")
@ApplicationScoped
public class FieldLengthsBean {

    public int getName() {
        return FieldLengths.NAME;
    }

    public int getShortText() {
        return FieldLengths.SHORT_TEXT;
    }

    public int getEmail() {
        return FieldLengths.EMAIL;
    }

    public int getUrl() {
        return FieldLengths.URL;
    }

    public int getReason() {
        return FieldLengths.REASON;
    }

    public int getLongText() {
        return FieldLengths.LONG_TEXT;
    }

    public int getSignInCode() {
        return FieldLengths.SIGN_IN_CODE;
    }

    public int getSearch() {
        return FieldLengths.SEARCH;
    }
}
