package org.learningsets.ejb.scale;

/**
 * Words for generated data, in the domain's language. Places are invented so organisation names never clash with
 * the demo data or a real trust; people are fictional. Picked by number, so the same scale gives the same data.
 */
final class ScaleTexts {

    static final String[] FIRST_NAMES = {
        "Aaliyah",
        "Adam",
        "Alice",
        "Amir",
        "Anna",
        "Arjun",
        "Beth",
        "Bilal",
        "Carla",
        "Ciaran",
        "Dana",
        "Declan",
        "Dev",
        "Ella",
        "Emeka",
        "Erin",
        "Fiona",
        "Gareth",
        "Hana",
        "Hugo",
        "Ines",
        "Ivan",
        "Jade",
        "Jon",
        "Kate",
        "Kwame",
        "Leah",
        "Liam",
        "Maya",
        "Mohammed",
        "Nadia",
        "Niall",
        "Olu",
        "Owen",
        "Pooja",
        "Quinn",
        "Rachel",
        "Ravi",
        "Rosa",
        "Sam",
        "Sara",
        "Sean",
        "Tara",
        "Theo",
        "Uma",
        "Victor",
        "Wendy",
        "Yusuf",
        "Zara",
        "Zoe",
    };
    static final String[] SURNAMES = {
        "Adams",
        "Ahmed",
        "Ali",
        "Baker",
        "Bell",
        "Brown",
        "Campbell",
        "Chen",
        "Clarke",
        "Cole",
        "Cooper",
        "Das",
        "Edwards",
        "Ellis",
        "Evans",
        "Fisher",
        "Fraser",
        "Green",
        "Hall",
        "Harris",
        "Hussain",
        "Iqbal",
        "Jones",
        "Kaur",
        "Kelly",
        "Khan",
        "Lee",
        "Lewis",
        "Martin",
        "Mensah",
        "Mills",
        "Nguyen",
        "Novak",
        "Obi",
        "Owen",
        "Parker",
        "Patel",
        "Quinn",
        "Reid",
        "Roberts",
        "Shah",
        "Smith",
        "Taylor",
        "Turner",
        "Walker",
        "Ward",
        "Watson",
        "Williams",
        "Wright",
        "Young",
    };
    /** Invented places: organisation names built from them never clash with real or demo ones. */
    static final String[] PLACES = {
        "Ashbrook",
        "Barrowfield",
        "Bramleigh",
        "Caldermoor",
        "Chesterby",
        "Coldwater",
        "Dunmere",
        "Eastwold",
        "Elmhurst Vale",
        "Fairhaven",
        "Fenwick Cross",
        "Glenholme",
        "Greystock",
        "Hartwell",
        "Hollingford",
        "Ivybridge Marsh",
        "Kestrel Bay",
        "Kingsmere",
        "Larkfield",
        "Lowmoor",
        "Marrowby",
        "Millbeck",
        "Northwold",
        "Oakenshaw",
        "Pendlebrook",
        "Quarrydale",
        "Ravensholt",
        "Redcliffe Down",
        "Rushmere",
        "Saltmarsh",
        "Stonebridge",
        "Thornbury Vale",
        "Underwood",
        "Upminster Heath",
        "Wexcombe",
        "Whitmoor",
        "Willowdene",
        "Wrenfield",
        "Yarrowby",
        "Yewhurst",
    };

    static final String[] TRUST_KINDS = {
        "Hospitals NHS Foundation Trust", "Community Health NHS Trust", "Mental Health and Care NHS Trust",
    };
    static final String[] REGIONS = {
        "North East", "North West", "Yorkshire", "Midlands", "East of England", "London", "South East", "South West",
    };
    static final String[] PROGRAMME_KINDS = {
        "Clinical Leadership Sets", "Preceptorship Action Learning", "Emergency Care Network Sets",
        "Frailty Improvement Sets", "Nursing Leadership Programme", "Primary Care Network Sets",
    };
    static final String[] PROFESSIONS = {
        "Staff nurse",
        "Ward manager",
        "Consultant physician",
        "Advanced nurse practitioner",
        "Physiotherapist",
        "Occupational therapist",
        "Pharmacist",
        "Paramedic",
        "Midwife",
        "Service manager",
        "Physician associate",
        "Practice educator",
        "Clinical nurse specialist",
        "Operational manager",
    };
    static final String[] CLINICAL_AREAS = {
        "Emergency department",
        "Acute medicine",
        "Frailty",
        "Surgery",
        "Maternity",
        "Community",
        "Mental health",
        "Children",
        "Theatres",
        "Same day emergency care",
        "Patient flow",
        "Primary care",
    };
    static final String[] THEMES = {
        "Patient flow",
        "Workforce and staffing",
        "Senior decision-making",
        "Data and measurement",
        "Engaging colleagues",
        "Escalation and capacity",
    };
    static final String[] ISSUE_TITLES = {
        "Getting discharges done before noon",
        "A new rota nobody likes",
        "Handover that takes too long",
        "Making a business case for another nurse",
        "Winning over a sceptical consultant",
        "Reducing corridor care on busy days",
        "Starting a nurse-led clinic",
        "Keeping new starters past a year",
        "Too many meetings, too little time on the ward",
        "Sharing bad news with my team",
        "Getting IT to fix the referral system",
        "Leading people who used to be my peers",
        "Escalating when the unit is full",
        "Cutting missed appointments",
        "Building a frailty pathway",
        "A difficult conversation about sickness absence",
        "Measuring what matters on the unit",
        "Bringing two teams together after a merger",
        "Protecting time for training",
        "Saying no to more work",
    };
    static final String[] NARRATIVES = {
        "The problem keeps coming back however often it is raised, and I am not sure who owns it.",
        "I have tried two things already; neither stuck, and the team is losing patience.",
        "Colleagues agree it matters but nobody has time to change it this quarter.",
        "It touches three departments and each believes another one should act first.",
        "I need to decide before the next board meeting and I keep putting it off.",
    };
    static final String[] ACTIONS = {
        "Talk to the ward manager about the pattern before proposing a fix",
        "Count arrivals by hour for two weeks to show the pattern",
        "Ask two colleagues to co-sign the proposal at the governance meeting",
        "Book thirty minutes with my line manager to agree what I can let go",
        "Draft a one-page case and share it with the set",
        "Shadow the night team for one shift",
        "Map who decides what on three shifts",
        "Try the new handover sheet for a fortnight and ask for feedback",
        "Ask finance for the cost of a three-month pilot",
        "Write down what I will say before the conversation",
    };
    static final String[] LEARNED = {
        "Being asked what I had already tried showed me I had only tried one thing.",
        "I jump to solutions; the questions slowed me down in a useful way.",
        "Other trusts have the same problem, so it is not just me.",
        "Saying the problem out loud made it smaller.",
    };
    static final String[] DIFFERENTLY = {
        "Ask the people closest to the problem before proposing a fix.",
        "Take one small step this month instead of planning a big one.",
        "Block an hour a week for the thing that matters most.",
        "Listen longer before I answer.",
    };

    private ScaleTexts() {}

    static String pick(String[] words, int number) {
        return words[Math.floorMod(number, words.length)];
    }

    static String personName(int number) {
        return pick(FIRST_NAMES, number) + " " + pick(SURNAMES, number / FIRST_NAMES.length + number * 7);
    }

    /** A unique name for each number below PLACES × TRUST_KINDS × n. */
    static String organisation(int number) {
        int round = number / (PLACES.length * TRUST_KINDS.length);
        String name = pick(PLACES, number) + " " + pick(TRUST_KINDS, number / PLACES.length);
        return round == 0 ? name : name + " " + (round + 1);
    }

    static String sponsor(int programme) {
        return pick(REGIONS, programme) + " Leadership Academy";
    }

    static String programmeName(int programme) {
        return "%s %s %02d"
                .formatted(pick(REGIONS, programme), pick(PROGRAMME_KINDS, programme / REGIONS.length), programme + 1);
    }
}
