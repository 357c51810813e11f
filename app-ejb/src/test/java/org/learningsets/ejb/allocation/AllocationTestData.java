package org.learningsets.ejb.allocation;

import java.util.ArrayList;
import java.util.List;

/** Requests used by several tests. */
final class AllocationTestData {

    private AllocationTestData() {}

    /**
     * The emergency-care programme: twelve people from twelve organisations, to be split into two sets of six.
     * Professions and clinical areas repeat, so the mixing rules have something to do.
     */
    static List<Participant> emergencyCare() {
        String[][] rows = {
            {"p01", "Amira Khan", "rxp", "County Durham and Darlington NHS FT", "Nursing", "Emergency department"},
            {"p02", "Ben Carter", "rlp", "City Hospitals Sunderland NHS FT", "Medicine", "Emergency department"},
            {"p03", "Chloe Davies", "rtd", "Newcastle upon Tyne Hospitals NHS FT", "Nursing", "Acute medicine"},
            {"p04", "Daniel Okafor", "rr7", "Gateshead Health NHS FT", "Paramedic", "Ambulance"},
            {"p05", "Emma Price", "rx6", "North East Ambulance Service NHS FT", "Paramedic", "Ambulance"},
            {"p06", "Farah Ahmed", "rvw", "North Tees and Hartlepool NHS FT", "Medicine", "Acute medicine"},
            {"p07", "George Lim", "rtf", "Northumbria Healthcare NHS FT", "Nursing", "Emergency department"},
            {"p08", "Hannah Scott", "rtr", "South Tees Hospitals NHS FT", "Pharmacy", "Acute medicine"},
            {"p09", "Imran Malik", "re9", "South Tyneside and Sunderland NHS FT", "Medicine", "Urgent care"},
            {
                "p10",
                "Jess Turner",
                "rx4",
                "Cumbria, Northumberland, Tyne and Wear NHS FT",
                "Nursing",
                "Mental health liaison"
            },
            {"p11", "Kofi Mensah", "00p", "NHS North East and North Cumbria ICB", "Management", "Urgent care"},
            {"p12", "Laura Evans", "rnl", "North Cumbria Integrated Care NHS FT", "Pharmacy", "Emergency department"},
        };
        List<Participant> people = new ArrayList<>();
        for (String[] r : rows) {
            people.add(Participant.of(r[0], r[1], r[2])
                    .withOrganisationName(r[3])
                    .withProfession(r[4])
                    .withClinicalArea(r[5]));
        }
        return people;
    }

    static AllocationRequest emergencyCareInTwoSets() {
        return AllocationRequest.of(
                emergencyCare(),
                SetLayout.named(new SetDefinition("a", "Set A"), new SetDefinition("b", "Set B")),
                6,
                6);
    }

    /** {@code n} people, each from their own organisation, with nothing else recorded. */
    static List<Participant> strangers(int n) {
        List<Participant> people = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            people.add(Participant.of("s" + i, "Person " + i, "org" + i));
        }
        return people;
    }
}
