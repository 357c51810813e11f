package org.learningsets.model.development;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.learningsets.model.common.Checks;
import org.learningsets.model.common.EditableEntity;
import org.learningsets.model.common.FieldLengths;

/** A named set of competencies facilitators are assessed against; held as data so a programme lead can edit it. */
@Entity
@Table(name = "competency_framework")
@NamedQuery(name = "CompetencyFramework.all", query = "select f from CompetencyFramework f order by f.name")
@NamedQuery(
        name = "CompetencyFramework.countNamed",
        query = "select count(f) from CompetencyFramework f where lower(f.name) = :name")
public class CompetencyFramework extends EditableEntity {

    /** The framework seeded by V29: the ICF core competencies adapted to set facilitation; new records start on it. */
    public static final String DEFAULT_ID = "0c1f0000-0000-4000-8000-000000000001";

    @NotNull
    @Size(max = FieldLengths.NAME)
    @Column(name = "name", nullable = false, length = FieldLengths.NAME)
    private String name;

    protected CompetencyFramework() {}

    public CompetencyFramework(String name) {
        this.name = Checks.text(name, "The framework's name", FieldLengths.NAME);
    }

    public String getName() {
        return name;
    }
}
