package org.learningsets.model.programme;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.learningsets.model.common.Checks;
import org.learningsets.model.common.EditableEntity;
import org.learningsets.model.common.FieldLengths;

/** One entry of a programme's theme list, used for non-attributable thematic learning. */
@Entity
@Table(name = "theme", uniqueConstraints = @UniqueConstraint(columnNames = {"programme_id", "name"}))
@NamedQuery(
        name = "Theme.findByProgramme",
        query = "select t from Theme t where t.programme = :programme order by t.name")
public class Theme extends EditableEntity {

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "programme_id", nullable = false)
    private Programme programme;

    @NotBlank
    @Size(max = FieldLengths.SHORT_TEXT)
    @Column(name = "name", length = FieldLengths.SHORT_TEXT, nullable = false)
    private String name;

    protected Theme() {}

    public Theme(Programme programme, String name) {
        this.programme = Checks.required(programme, "Programme");
        this.name = Checks.text(name, "Theme", FieldLengths.SHORT_TEXT);
    }

    public Programme getProgramme() {
        return programme;
    }

    public String getName() {
        return name;
    }
}
