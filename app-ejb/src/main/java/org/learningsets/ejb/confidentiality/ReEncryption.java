package org.learningsets.ejb.confidentiality;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import java.util.logging.Logger;
import org.learningsets.model.confidentiality.EncryptedText;

/** Brings every stored confidential value under the primary data key, batch by batch (see ReEncryptionBatches). */
@Dependent
public class ReEncryption {

    private static final Logger LOG = Logger.getLogger(ReEncryption.class.getName());

    @EJB
    ReEncryptionBatches batches;

    /** Runs outside any transaction of the caller's; returns how many rows changed. */
    public int all() {
        int changed = 0;
        for (Class<? extends EncryptedText> type : ReEncryptionBatches.ENCRYPTED) {
            String after = null;
            do {
                ReEncryptionBatches.Batch batch = batches.next(type, after);
                changed += batch.changed();
                after = batch.lastId();
            } while (after != null);
        }
        int total = changed;
        LOG.info(() -> "Re-encrypted " + total + " stored records under the primary data key.");
        return changed;
    }
}
