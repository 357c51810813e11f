package org.learningsets.ejb.allocation;

/**
 * A person to place in a set. Only {@code id} and {@code organisationId} are required; the names make the
 * explanations readable (they fall back to the ids), and the other fields feed the mixing rules when present.
 *
 * @param id unique among the participants of one request
 * @param name how the programme lead knows the person, or null
 * @param organisationId the employing organisation
 * @param organisationName that organisation's name, or null
 * @param lineManagerId the id of the person's line manager (a participant or not), or null
 * @param profession e.g. "Nursing", or null when unknown
 * @param clinicalArea e.g. "Emergency care", or null when unknown
 */
public record Participant(
        String id,
        String name,
        String organisationId,
        String organisationName,
        String lineManagerId,
        String profession,
        String clinicalArea) {

    /** A participant with only the required fields and a name. */
    public static Participant of(String id, String name, String organisationId) {
        return new Participant(id, name, organisationId, null, null, null, null);
    }

    public Participant withOrganisationName(String value) {
        return new Participant(id, name, organisationId, value, lineManagerId, profession, clinicalArea);
    }

    public Participant withLineManager(String value) {
        return new Participant(id, name, organisationId, organisationName, value, profession, clinicalArea);
    }

    public Participant withProfession(String value) {
        return new Participant(id, name, organisationId, organisationName, lineManagerId, value, clinicalArea);
    }

    public Participant withClinicalArea(String value) {
        return new Participant(id, name, organisationId, organisationName, lineManagerId, profession, value);
    }

    /** The name to show: the given name, else the id. */
    public String displayName() {
        return name == null || name.isBlank() ? id : name.strip();
    }

    /** The organisation name to show: the given name, else the id. */
    public String organisationDisplayName() {
        return organisationName == null || organisationName.isBlank() ? organisationId : organisationName.strip();
    }
}
