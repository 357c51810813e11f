package org.learningsets.ejb.meeting;

import java.util.List;
import org.learningsets.model.common.StateException;

/**
 * Moving on to the process review while booked issues have not had their round, without confirming it: the page
 * names them and asks whether to go on anyway (their holders can bid again next time).
 */
public class RoundsToComeException extends StateException {

    private static final long serialVersionUID = 1L;

    public RoundsToComeException(List<String> titles) {
        super((titles.size() == 1
                        ? "A booked issue has not had its round: "
                        : titles.size() + " booked issues have not had their round: ")
                + "\"" + String.join("\", \"", titles) + "\". "
                + "Confirm that you want to go on to the process review without "
                + (titles.size() == 1 ? "it." : "them."));
    }
}
