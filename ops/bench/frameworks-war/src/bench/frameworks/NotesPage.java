package bench.frameworks;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

@Named
@RequestScoped
public class NotesPage {

    @Inject
    Notes notes;

    public List<Note> getNotes() {
        return notes.all();
    }
}
