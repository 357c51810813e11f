package org.learningsets.model.person;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.learningsets.model.common.Checks;
import org.learningsets.model.common.EditableEntity;
import org.learningsets.model.common.FieldLengths;
import org.learningsets.model.common.InvalidInputException;
import org.learningsets.model.organisation.Organisation;

/**
 * Somebody who takes part: a set member, a facilitator, a programme lead. Profession, organisation and clinical
 * area drive allocation (mixed sets, one person per site); the line manager must never share their set.
 */
@Entity
@Table(name = "person")
@NamedQuery(name = "Person.findByEmail", query = "select p from Person p where p.email = :email")
@NamedQuery(name = "Person.count", query = "select count(p) from Person p")
// Those who can act in a role now (an enabled account with it), with their organisation, in one statement.
// A trainee co-facilitator holds the facilitator role for their set's pages, but is offered elsewhere only once
// signed off.
@NamedQuery(
        name = "Person.withEnabledRole",
        query =
                "select p from Person p join fetch p.organisation where exists (select a from Account a where a.person = p and a.enabled = :enabled and :role member of a.roles) and not exists (select t from Traineeship t where t.trainee = p and t.status = org.learningsets.model.development.TraineeshipStatus.IN_TRAINING) order by p.fullName")
@NamedQuery(
        name = "Person.activeMembersOfSet",
        query =
                "select p from Person p join fetch p.organisation where exists (select m from Membership m where m.person = p and m.set = :set and m.status = org.learningsets.model.set.MembershipStatus.ACTIVE) order by p.fullName, p.id")
@NamedQuery(
        name = "Person.currentFacilitatorsOfSet",
        query =
                "select p from Person p join fetch p.organisation where exists (select f from FacilitatorAssignment f where f.person = p and f.set = :set and f.endedAt is null) order by p.fullName, p.id")
@NamedQuery(name = "Person.findByEmails", query = "select p from Person p where p.email in :emails")
public class Person extends EditableEntity {

    @NotBlank
    @Size(max = FieldLengths.NAME)
    @Column(name = "full_name", length = FieldLengths.NAME, nullable = false)
    private String fullName;

    @NotBlank
    @Email
    @Size(max = FieldLengths.EMAIL)
    @Column(name = "email", length = FieldLengths.EMAIL, nullable = false, unique = true)
    private String email;

    @Size(max = FieldLengths.SHORT_TEXT)
    @Column(name = "profession", length = FieldLengths.SHORT_TEXT)
    private String profession;

    @Size(max = FieldLengths.SHORT_TEXT)
    @Column(name = "clinical_area", length = FieldLengths.SHORT_TEXT)
    private String clinicalArea;

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id", nullable = false)
    private Organisation organisation;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "line_manager_id")
    private Person lineManager;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "colour_scheme", length = 20, nullable = false)
    private ColourScheme colourScheme = ColourScheme.STANDARD;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "text_size", length = 20, nullable = false)
    private TextSize textSize = TextSize.STANDARD;

    protected Person() {}

    public Person(String fullName, String email, Organisation organisation) {
        this.fullName = Checks.text(fullName, "Full name", FieldLengths.NAME);
        this.email = Checks.email(email);
        this.organisation = Checks.required(organisation, "Organisation");
    }

    public Person withWork(String newProfession, String newClinicalArea) {
        this.profession = Checks.optionalText(newProfession, "Profession", FieldLengths.SHORT_TEXT);
        this.clinicalArea = Checks.optionalText(newClinicalArea, "Clinical area", FieldLengths.SHORT_TEXT);
        return this;
    }

    /** Sets (or clears, with null) the line manager; nobody manages themselves, and no management loops. */
    public void reportTo(Person manager) {
        for (Person above = manager; above != null; above = above.lineManager) {
            if (above.equals(this)) {
                throw new InvalidInputException(
                        fullName + " cannot be their own line manager, directly or through " + "others.");
            }
        }
        this.lineManager = manager;
    }

    public void choosePreferences(ColourScheme scheme, TextSize size) {
        this.colourScheme = Checks.required(scheme, "Colour scheme");
        this.textSize = Checks.required(size, "Text size");
    }

    public String getFullName() {
        return fullName;
    }

    public String getEmail() {
        return email;
    }

    public String getProfession() {
        return profession;
    }

    public String getClinicalArea() {
        return clinicalArea;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public Person getLineManager() {
        return lineManager;
    }

    public ColourScheme getColourScheme() {
        return colourScheme;
    }

    public TextSize getTextSize() {
        return textSize;
    }
}
