package org.casefile.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Invented people, numbers, addresses and accounts for demo stores and benchmarks. Nothing here describes a real
 * person: names are drawn independently, streets are invented, phone numbers come only from Ofcom's ranges kept for
 * drama, and e-mail addresses only use the reserved example domains. One seed always gives the same sequence, so a
 * demo store or a benchmark can be rebuilt exactly.
 */
public final class SyntheticPeople {

    /** One invented person. Aliases are nicknames, previous family names or online handles. */
    public record Person(String givenName, String familyName, List<String> aliases, LocalDate dateOfBirth,
            String pronouns, String language, boolean interpreterNeeded) {
        public Person {
            aliases = List.copyOf(aliases);
        }
    }

    /** An invented street in a real town, with a postcode of that town's shape. */
    public record Address(String line1, String town, String postcode) {
    }

    private final Random random;

    public SyntheticPeople(long seed) {
        this.random = new Random(seed);
    }

    /** A person whose age on {@code today} is between the two ages, inclusive. */
    public Person person(int minAge, int maxAge, LocalDate today) {
        if (minAge < 0 || minAge > maxAge) {
            throw new IllegalArgumentException("ages must satisfy 0 <= minAge <= maxAge");
        }
        Origin origin = origin();
        // Caseloads are mostly women; "they/them" people take a name from either list.
        double roll = random.nextDouble();
        String pronouns = roll < 0.78 ? "she/her" : roll < 0.95 ? "he/him" : "they/them";
        boolean feminine = pronouns.equals("she/her") || pronouns.equals("they/them") && chance(0.5);
        String given = pick(feminine ? origin.women() : origin.men());
        String family = gendered(pick(origin.families()), feminine);
        List<String> aliases = new ArrayList<>();
        if (chance(0.3)) {
            int wanted = between(1, 2);
            for (int attempt = 0; aliases.size() < wanted && attempt < 10; attempt++) {
                String alias = alias(origin, given, family, feminine);
                if (!aliases.contains(alias)) {
                    aliases.add(alias);
                }
            }
        }
        // Up to 364 days before the birthday keeps the age exact, leap years included.
        LocalDate born = today.minusYears(between(minAge, maxAge)).minusDays(between(0, 364));
        String language = chance(origin.ownLanguageShare()) ? pick(origin.languages()) : "English";
        boolean interpreter = !language.equals("English") && !language.equals("Welsh") && chance(0.6);
        return new Person(given, family, aliases, born, pronouns, language, interpreter);
    }

    /** Only 07700 900000-900999, which Ofcom keeps for fiction, so it can never ring a real phone. */
    public String mobileNumber() {
        return "07700 900" + three();
    }

    /** Only Ofcom's drama ranges for geographic numbers, e.g. 0113 496 0000-0999 in Leeds. */
    public String landlineNumber() {
        return pick(DRAMA_LANDLINES) + three();
    }

    public Address address() {
        Town town = pick(TOWNS);
        String line1 = between(1, 180) + " " + pick(STREET_NAMES) + " " + pick(STREET_KINDS);
        // The inward code omits C, I, K, M, O and V, as Royal Mail does.
        String inward = between(1, 9) + "" + pick(INWARD_LETTERS) + pick(INWARD_LETTERS);
        return new Address(line1, town.name(), pick(town.outwardCodes()) + " " + inward);
    }

    /**
     * A colour, make and model, and a plate in the current format. There is no range of plates kept for fiction,
     * so the age identifier (the two digits) is one not issued before 2030: no plate generated here names a car
     * on the road today.
     */
    public String vehicle() {
        String age = String.valueOf(chance(0.5) ? between(30, 49) : between(80, 99));
        String plate = plateLetters(2) + age + " " + plateLetters(3);
        return pick(COLOURS) + " " + pick(MODELS) + ", " + plate;
    }

    /** An account on a platform; e-mail only ever uses example.com or example.org, which are reserved. */
    public String onlineAccount() {
        String platform = pick(PLATFORMS);
        return switch (platform) {
            case "WhatsApp" -> "WhatsApp: " + mobileNumber();
            case "Email" -> "Email: " + handle(".") + "@" + pick(List.of("example.com", "example.org"));
            case "Facebook" -> "Facebook: " + handle(".");
            default -> platform + ": @" + handle(pick(List.of("_", ".", "")));
        };
    }

    public <T> T pick(List<T> items) {
        if (items.isEmpty()) {
            throw new IllegalArgumentException("nothing to pick from");
        }
        return items.get(random.nextInt(items.size()));
    }

    public int between(int lowInclusive, int highInclusive) {
        if (lowInclusive > highInclusive) {
            throw new IllegalArgumentException("low must not exceed high");
        }
        long span = (long) highInclusive - lowInclusive + 1;
        // nextInt(bound) is fully specified, so the sequence is the same on every JDK.
        return span <= Integer.MAX_VALUE ? lowInclusive + random.nextInt((int) span)
                : (int) (lowInclusive + Math.floorMod(random.nextLong(), span));
    }

    public boolean chance(double p) {
        return random.nextDouble() < p;
    }

    private Origin origin() {
        int roll = random.nextInt(TOTAL_WEIGHT);
        for (Origin origin : ORIGINS) {
            roll -= origin.weight();
            if (roll < 0) {
                return origin;
            }
        }
        throw new AssertionError("weights cover every roll");
    }

    /** Family names that change with gender are written "masculine/feminine", e.g. "Zieliński/Zielińska". */
    private String gendered(String family, boolean feminine) {
        int slash = family.indexOf('/');
        return slash < 0 ? family : feminine ? family.substring(slash + 1) : family.substring(0, slash);
    }

    private String alias(Origin origin, String given, String family, boolean feminine) {
        return switch (between(0, 2)) {
            case 0 -> pick(NICKNAMES);
            case 1 -> {
                String previous = gendered(pick(origin.families()), feminine);
                yield previous.equals(family) ? pick(NICKNAMES) : given + " " + previous;
            }
            default -> "@" + handle("_");
        };
    }

    private String handle(String separator) {
        return pick(HANDLE_WORDS_A) + separator + pick(HANDLE_WORDS_B) + separator + between(10, 99);
    }

    private String three() {
        return String.format("%03d", between(0, 999));
    }

    private String plateLetters(int count) {
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < count; i++) {
            letters.append(pick(PLATE_LETTERS));
        }
        return letters.toString();
    }

    // ---- Data. All invented or generic; nothing is taken from a real person. ----

    /** Where a name comes from, how often, and how often the person prefers that language to English. */
    private record Origin(int weight, List<String> languages, double ownLanguageShare, List<String> women,
            List<String> men, List<String> families) {
    }

    private record Town(String name, List<String> outwardCodes) {
    }

    private static Origin from(int weight, String languages, double share, String women, String men,
            String families) {
        return new Origin(weight, split(languages), share, split(women), split(men), split(families));
    }

    private static List<String> split(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(",")).map(String::strip).toList();
    }

    private static final List<Origin> ORIGINS = List.of(
            from(34, "English", 0, "Emma,Sarah,Rebecca,Charlotte,Laura,Hannah,Jessica,Gemma,Kayleigh,Lucy,Amy,Chloe",
                    "James,Daniel,Thomas,Craig,Liam,Mark,Ryan", "Smith,Taylor,Brown,Wilson,Walker,Robinson,Hughes,"
                            + "Thompson,Clarke,Harrison,Marsh,Holloway"),
            from(5, "English", 0, "Eilidh,Isla,Morag,Kirsty", "Callum,Euan,Fraser", "MacLeod,Fraser,Campbell,Ross"),
            from(6, "Welsh", 0.15, "Siân,Cerys,Ffion,Angharad,Bethan", "Rhys,Dafydd,Gethin",
                    "Llewellyn,Pritchard,Vaughan,Huws,Bowen"),
            from(4, "English", 0, "Aoife,Niamh,Siobhán,Róisín,Saoirse", "Cian,Seán,Oisín",
                    "Ó Briain/Ní Bhriain,Murphy,Ó Súilleabháin/Ní Shúilleabháin,Kelly,Byrne"),
            from(8, "Polish", 0.5, "Łucja,Małgorzata,Agnieszka,Zofia,Katarzyna,Joanna", "Paweł,Tomasz,Michał,Łukasz",
                    "Wójcik,Zieliński/Zielińska,Kowalski/Kowalska,Nowak,Wiśniewski/Wiśniewska,Dąbrowski/Dąbrowska"),
            from(5, "Romanian", 0.5, "Ioana,Andreea,Mădălina,Alina", "Ștefan,Andrei,Răzvan",
                    "Popescu,Ionescu,Constantinescu,Dumitru,Stănescu"),
            from(3, "Turkish", 0.4, "Şule,Ayşe,Elif,Gülşen,Zeynep", "Mehmet,Emre,Çağlar",
                    "Yılmaz,Öztürk,Demir,Şahin,Çelik"),
            from(2, "Norwegian,Danish", 0.05, "Ingrid,Sigrid,Åse,Mette", "Søren,Bjørn,Håkon",
                    "Dahl,Halvorsen,Sørensen,Bakke"),
            from(2, "French", 0.2, "Élodie,Hélène,Chloé,Margaux", "Théo,Jérôme", "Lefèvre,Moreau,Girard,Béranger"),
            from(4, "Portuguese", 0.5, "Conceição,Inês,Mariana,Leonor", "João,Gonçalo,Tiago",
                    "Conceição,Gonçalves,Araújo,Silva,Ferreira"),
            from(2, "Greek", 0.3, "Ελένη,Σοφία,Κατερίνα,Μαρία", "Γιώργος,Νίκος,Δημήτρης",
                    "Παπαδόπουλος/Παπαδοπούλου,Γεωργίου,Αντωνίου,Οικονόμου,Νικολάου"),
            from(3, "Ukrainian,Russian", 0.5, "Олена,Наталія,Оксана,Анастасія,Ірина", "Дмитро,Андрій,Олександр",
                    "Шевченко,Коваленко,Бондаренко,Мельник,Петренко"),
            from(4, "Somali", 0.4, "Hodan,Fadumo,Ayaan,Sahra,Hibo,Ubah", "Abdirahman,Mohamed,Guled",
                    "Warsame,Farah,Hassan,Abdi,Jama"),
            from(8, "Urdu,Punjabi", 0.3, "Ayesha,Sana,Nadia,Rabia,Zainab,Hina", "Imran,Bilal,Usman,Zeeshan",
                    "Khan,Hussain,Ahmed,Iqbal,Malik,Chaudhry"),
            from(5, "Yoruba,Igbo", 0.08, "Chiamaka,Adaeze,Folake,Temitope,Ngozi", "Chinedu,Babatunde,Emeka",
                    "Okafor,Adeyemi,Okonkwo,Balogun,Eze"),
            from(5, "English", 0, "Shanice,Marcia,Janelle,Keisha,Paulette", "Delroy,Winston,Jermaine",
                    "Grant,Henry,McKenzie,Forbes,Campbell"),
            from(3, "Cantonese,Mandarin", 0.4, "Mei,Xiaoling,Wing Yan,Jia Hui,Li Na", "Wei,Jun,Ka Ho",
                    "Chen,Wong,Li,Zhang,Lau,Cheung"),
            from(3, "Arabic", 0.5, "Amal,Rania,Noor,Layla,Huda", "Omar,Khaled,Yousef",
                    "Haddad,Al-Hashimi,Mansour,Saleh,Nasser"));

    private static final int TOTAL_WEIGHT = ORIGINS.stream().mapToInt(Origin::weight).sum();

    private static final List<String> NICKNAMES = split("Jo,Bex,Kaz,Tash,Dee,Lou,Sunny,Mimi,Tee,Bee,Frankie,Red");

    private static final List<String> HANDLE_WORDS_A = split(
            "moonlit,quiet,silver,northern,velvet,rainy,little,wild,sunny,lucky,sleepy,cosmic,paper,amber");
    private static final List<String> HANDLE_WORDS_B = split(
            "runner,fox,magpie,kettle,harbour,poppy,comet,otter,biscuit,willow,sparrow,lantern,teacup,heron");

    private static final List<String> PLATFORMS = split(
            "Instagram,Facebook,TikTok,X,Snapchat,WhatsApp,Telegram,Email");

    /** Ofcom's drama ranges: each prefix is followed by three digits, 000-999. */
    private static final List<String> DRAMA_LANDLINES = List.of("0113 496 0", "0114 496 0", "0115 496 0",
            "0116 496 0", "0117 496 0", "0118 496 0", "0121 496 0", "0131 496 0", "0141 496 0", "0151 496 0",
            "0161 496 0", "0191 498 0", "020 7946 0");

    private static final List<String> STREET_NAMES = split("Larkspur,Kestrel,Rowanberry,Tansy,Quillon,Marrowfield,"
            + "Foxglove,Brindlemoor,Cobweb,Sallowmere,Wrenfold,Thistledown,Pennyroyal,Ashcombe,Hollybrook,Meadowsweet");
    private static final List<String> STREET_KINDS = split(
            "Close,Road,Street,Avenue,Gardens,Way,Mews,Crescent,Lane,Terrace,Grove,Court");

    private static final List<Town> TOWNS = List.of(new Town("Leeds", split("LS6,LS8,LS11")),
            new Town("Bradford", split("BD3,BD7")), new Town("Manchester", split("M14,M20")),
            new Town("Birmingham", split("B13,B29")), new Town("Sheffield", split("S10,S8")),
            new Town("Nottingham", split("NG7")), new Town("Bristol", split("BS5,BS7")),
            new Town("Cardiff", split("CF24,CF5")), new Town("Swansea", split("SA1")),
            new Town("Glasgow", split("G41,G12")), new Town("Edinburgh", split("EH6,EH11")),
            new Town("Belfast", split("BT7")), new Town("Liverpool", split("L15,L8")),
            new Town("Leicester", split("LE2")), new Town("Luton", split("LU1")), new Town("Slough", split("SL1")),
            new Town("Norwich", split("NR2")), new Town("Plymouth", split("PL4")),
            new Town("Newcastle upon Tyne", split("NE6")), new Town("Hull", split("HU5")),
            new Town("Coventry", split("CV5")), new Town("Wrexham", split("LL11")), new Town("York", split("YO10")),
            new Town("Peterborough", split("PE1")), new Town("London", split("E17,N15,SE15,SW9")));

    private static final List<Character> INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ".chars()
            .mapToObj(c -> (char) c).toList();
    /** Plates never use I, Q or Z in these positions. */
    private static final List<Character> PLATE_LETTERS = "ABCDEFGHJKLMNOPRSTUVWXY".chars()
            .mapToObj(c -> (char) c).toList();
    private static final List<String> COLOURS = split("Silver,Black,White,Grey,Blue,Red,Dark green");
    private static final List<String> MODELS = split("Ford Focus,Vauxhall Corsa,Volkswagen Golf,Nissan Qashqai,"
            + "Toyota Yaris,Kia Sportage,BMW 3 Series,Audi A3,Peugeot 208,Honda Civic,Skoda Octavia,Ford Fiesta");
}
