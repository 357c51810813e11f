package bench.frameworks;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.util.UUID;

/** One row written at start, so EclipseLink logs in and Derby makes its database, as the application's start does. */
@Entity
public class Note {

    @Id
    private UUID id = UUID.randomUUID();

    @Version
    private long version;

    private String text;

    protected Note() {}

    public Note(String text) {
        this.text = text;
    }

    public String getText() {
        return text;
    }
}
