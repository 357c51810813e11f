package org.learningsets.model.development;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.List;
import org.learningsets.model.common.Checks;
import org.learningsets.model.common.EditableEntity;
import org.learningsets.model.common.FieldLengths;
import org.learningsets.model.common.InvalidInputException;

/** One competency of a framework, with the behaviours that show it (one a line). */
@Entity
@Table(name = "competency")
@NamedQuery(
        name = "Competency.ofFramework",
        query = "select c from Competency c where c.framework = :framework order by c.position")
@NamedQuery(
        name = "Competency.lastPosition",
        query = "select max(c.position) from Competency c where c.framework = :framework")
public class Competency extends EditableEntity {

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "framework_id", nullable = false)
    private CompetencyFramework framework;

    @Column(name = "list_position", nullable = false)
    private int position;

    @NotNull
    @Size(max = FieldLengths.NAME)
    @Column(name = "name", nullable = false, length = FieldLengths.NAME)
    private String name;

    @NotNull
    @Size(max = FieldLengths.LONG_TEXT)
    @Column(name = "behaviours", nullable = false, length = FieldLengths.LONG_TEXT)
    private String behaviours;

    protected Competency() {}

    public Competency(CompetencyFramework framework, int position, String name, String behaviours) {
        this.framework = Checks.required(framework, "Framework");
        this.position = position;
        describe(name, behaviours);
    }

    /** Blank lines between behaviours are dropped; at least one behaviour is needed to assess against. */
    public final void describe(String name, String behaviours) {
        this.name = Checks.text(name, "The competency's name", FieldLengths.NAME);
        String text = Checks.optionalText(behaviours, "Its behaviours", FieldLengths.LONG_TEXT);
        List<String> lines = text == null ? List.of() : lines(text);
        if (lines.isEmpty()) {
            throw new InvalidInputException("Write the competency's behaviours, one a line.");
        }
        this.behaviours = String.join("\n", lines);
    }

    public List<String> behaviourList() {
        return lines(behaviours);
    }

    private static List<String> lines(String text) {
        return Arrays.stream(text.split("\\R"))
                .map(String::strip)
                .filter(l -> !l.isEmpty())
                .toList();
    }

    public CompetencyFramework getFramework() {
        return framework;
    }

    public int getPosition() {
        return position;
    }

    public String getName() {
        return name;
    }

    public String getBehaviours() {
        return behaviours;
    }
}
