package org.learningsets.model.confidentiality;

public enum DataRequestStatus {
    PENDING,
    DONE
}
