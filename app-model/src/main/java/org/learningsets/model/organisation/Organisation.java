package org.learningsets.model.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.learningsets.model.common.Checks;
import org.learningsets.model.common.EditableEntity;
import org.learningsets.model.common.FieldLengths;

/** A trust, network or other body that people work for or that sponsors a programme. */
@Entity
@Table(name = "organisation")
@NamedQuery(name = "Organisation.findAll", query = "select o from Organisation o order by o.name")
@NamedQuery(name = "Organisation.findByName", query = "select o from Organisation o where lower(o.name) = lower(:name)")
@NamedQuery(name = "Organisation.count", query = "select count(o) from Organisation o")
public class Organisation extends EditableEntity {

    @NotBlank
    @Size(max = FieldLengths.NAME)
    @Column(name = "name", length = FieldLengths.NAME, nullable = false, unique = true)
    private String name;

    protected Organisation() {}

    public Organisation(String name) {
        rename(name);
    }

    public final void rename(String newName) {
        this.name = Checks.text(newName, "Organisation name", FieldLengths.NAME);
    }

    public String getName() {
        return name;
    }
}
