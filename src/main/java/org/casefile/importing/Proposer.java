package org.casefile.importing;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casefile.incident.Behaviour;
import org.casefile.incident.Channel;
import org.casefile.incident.IncidentRules;

/**
 * Turns what a file holds into proposed incidents. Messages the client sent, and system lines, are left out;
 * the rest are grouped by who sent them (a perpetrator matched by number, address or name counts as one party
 * whatever the file calls them) and by medium (calls apart from messages), and a group closes when the next
 * message from that party comes more than {@code gap} later. Behaviours are suggested from what the messages
 * are and say; duplicates are flagged against incidents already in the log.
 */
public final class Proposer {
    public static final Duration DEFAULT_GAP = Duration.ofHours(1);
    static final String NO_BEHAVIOUR = "import.warning.noBehaviour";
    static final String FUTURE = "import.warning.future";
    /** Room left in an incident's verbatim field for the transcript's dates and names. */
    private static final int MAX_GROUP_CHARS = IncidentRules.MAX_VERBATIM - 2_000;

    private static final List<String> SUICIDE = words("kill myself", "end it all", "end my life", "suicide",
            "not worth living", "take my own life", "i ll die without you", "i will die without you");
    private static final List<String> THREAT = words("kill you", "kill u", "hurt you", "you ll regret", "you will regret",
            "i will find you", "i ll find you", "watch your back", "you re dead", "you are dead", "make you pay",
            "burn your", "burn down", "smash your", "end you", "i know where you live", "i know where you work",
            "you ll be sorry", "you will be sorry", "ruin your life", "ruin you", "get what s coming",
            "what s coming to you", "slit", "stab");
    private static final List<String> CHILDREN = words("kids", "children", "child", "son", "daughter", "school", "baby");
    private static final List<String> OTHERS = words("your mum", "your mom", "your dad", "your sister", "your brother",
            "your friend", "your new boyfriend", "your boyfriend", "your girlfriend", "your family");
    private static final Map<Behaviour, List<String>> DIARY = diaryWords();

    private Proposer() {
    }

    /**
     * @param perpetrators the identifiers of the perpetrators linked to the client
     * @param existing     incidents already in the log (only their days and words are read)
     * @param today        later dates are flagged (the log takes nothing from the future)
     */
    public static List<Proposal> propose(ParsedFile file, List<PartyIdentifiers> perpetrators, Duration gap,
                                         List<ExistingIncident> existing, LocalDate today) {
        List<ImportedMessage> candidates = file.messages().stream()
                .filter(m -> m.kind() != MessageKind.SYSTEM && (!m.outgoing() || m.kind() == MessageKind.DIARY))
                .sorted(Comparator.comparing(ImportedMessage::at)).toList();
        List<List<ImportedMessage>> groups = new ArrayList<>();
        Map<String, List<ImportedMessage>> open = new HashMap<>();
        Map<List<ImportedMessage>, PartyIdentifiers> matchedBy = new java.util.IdentityHashMap<>();
        Map<List<ImportedMessage>, Integer> chars = new java.util.IdentityHashMap<>();
        // Thousands of messages come from a handful of senders: match each sender once.
        Map<String, java.util.Optional<PartyIdentifiers>> matched = new HashMap<>();
        for (ImportedMessage m : candidates) {
            if (m.kind() == MessageKind.DIARY) {
                groups.add(new ArrayList<>(List.of(m)));
                continue;
            }
            String sender = m.sender() + "\u0000" + m.address();
            PartyIdentifiers who = matched.computeIfAbsent(sender, k -> perpetrators.stream()
                    .filter(p -> p.matches(m)).findFirst()).orElse(null);
            String key = (who != null ? "P:" + who.perpetratorId() : "S:" + sender) + "|" + medium(m);
            List<ImportedMessage> group = open.get(key);
            int length = m.text().length() + m.who().length() + 40;
            if (group == null || Duration.between(group.getLast().at(), m.at()).compareTo(gap) > 0
                    || chars.get(group) + length > MAX_GROUP_CHARS) {
                group = new ArrayList<>();
                open.put(key, group);
                groups.add(group);
                matchedBy.put(group, who);
                chars.put(group, 0);
            }
            group.add(m);
            chars.put(group, chars.get(group) + length);
        }
        boolean anyoneKnown = !perpetrators.isEmpty();
        List<Proposal> out = new ArrayList<>();
        for (List<ImportedMessage> g : groups) {
            PartyIdentifiers who = matchedBy.get(g);
            ImportedMessage first = g.getFirst();
            boolean diary = first.kind() == MessageKind.DIARY;
            Set<Behaviour> behaviours = behaviours(g, file.format());
            List<String> warnings = new ArrayList<>();
            if (behaviours.isEmpty()) {
                warnings.add(NO_BEHAVIOUR);
            }
            if (first.at().toLocalDate().isAfter(today) || g.getLast().at().toLocalDate().isAfter(today)) {
                warnings.add(FUTURE);
            }
            boolean include = warnings.isEmpty() && (diary || who != null || !anyoneKnown);
            String party = who != null ? who.label() : first.who();
            out.add(new Proposal(g, party, who == null ? null : who.perpetratorId(), behaviours,
                    channel(first, file.format()), include, duplicates(g, existing), warnings));
        }
        out.sort(Comparator.comparing(Proposal::start));
        return out;
    }

    /** Two proposals as one (the caseworker's merge), keeping the messages in time order. */
    public static Proposal merge(Proposal a, Proposal b) {
        List<ImportedMessage> all = new ArrayList<>(a.messages());
        all.addAll(b.messages());
        all.sort(Comparator.comparing(ImportedMessage::at));
        EnumSet<Behaviour> behaviours = EnumSet.noneOf(Behaviour.class);
        behaviours.addAll(a.behaviours());
        behaviours.addAll(b.behaviours());
        List<Integer> dups = new ArrayList<>(a.duplicateOf());
        b.duplicateOf().stream().filter(n -> !dups.contains(n)).forEach(dups::add);
        List<String> warnings = new ArrayList<>(a.warnings());
        b.warnings().stream().filter(w -> !warnings.contains(w)).forEach(warnings::add);
        if (!behaviours.isEmpty()) {
            warnings.remove(NO_BEHAVIOUR);
        }
        Proposal first = a.start().isAfter(b.start()) ? b : a;
        return new Proposal(all, first.party(), a.perpetratorId() != null ? a.perpetratorId() : b.perpetratorId(),
                behaviours, first.channel(), a.include() || b.include(), dups, warnings);
    }

    /** A proposal cut in two before message {@code at} (1 ≤ at < size). */
    public static List<Proposal> split(Proposal p, int at) {
        if (at <= 0 || at >= p.messages().size()) {
            return List.of(p);
        }
        return List.of(part(p, p.messages().subList(0, at)), part(p, p.messages().subList(at, p.messages().size())));
    }

    private static Proposal part(Proposal p, List<ImportedMessage> messages) {
        return new Proposal(messages, p.party(), p.perpetratorId(), p.behaviours(), p.channel(), p.include(),
                p.duplicateOf(), p.warnings());
    }

    private static String medium(ImportedMessage m) {
        return switch (m.kind()) {
            case CALL, MISSED_CALL -> "call";
            case EMAIL -> "email";
            default -> "message";
        };
    }

    private static Channel channel(ImportedMessage m, ImportFormat format) {
        return switch (format) {
            case WHATSAPP -> Channel.MESSAGING_APP;
            case SMS_XML -> m.kind() == MessageKind.CALL || m.kind() == MessageKind.MISSED_CALL ? Channel.PHONE_CALL
                    : Channel.TEXT_MESSAGE;
            case EML, MBOX -> Channel.EMAIL;
            case CSV -> Channel.UNKNOWN;
        };
    }

    static Set<Behaviour> behaviours(List<ImportedMessage> group, ImportFormat format) {
        EnumSet<Behaviour> out = EnumSet.noneOf(Behaviour.class);
        StringBuilder words = new StringBuilder();
        for (ImportedMessage m : group) {
            switch (m.kind()) {
                case CALL, MISSED_CALL -> out.add(Behaviour.CALLS);
                case EMAIL -> out.add(Behaviour.EMAIL);
                case DIARY -> { }
                default -> out.add(Behaviour.MESSAGES);
            }
            words.append(' ').append(m.text()).append(' ').append(m.headers().getOrDefault("Subject", ""));
        }
        String text = " " + fold(words.toString()) + " ";
        boolean diary = group.getFirst().kind() == MessageKind.DIARY;
        if (diary) {
            DIARY.forEach((b, p) -> {
                if (any(p, text)) {
                    out.add(b);
                }
            });
            return out;
        }
        String rest = text;
        if (any(SUICIDE, text)) {
            out.add(Behaviour.THREAT_OF_SUICIDE);
            rest = without(SUICIDE, text);
        }
        if (any(THREAT, rest)) {
            out.add(Behaviour.THREAT_TO_CLIENT);
            if (any(CHILDREN, rest)) {
                out.add(Behaviour.THREAT_TO_CHILDREN);
            }
            if (any(OTHERS, rest)) {
                out.add(Behaviour.THREAT_TO_OTHERS);
            }
        }
        return out;
    }

    private static List<Integer> duplicates(List<ImportedMessage> group, List<ExistingIncident> existing) {
        if (existing.isEmpty()) {
            return List.of();
        }
        LocalDate from = group.getFirst().at().toLocalDate();
        LocalDate to = group.getLast().at().toLocalDate();
        List<Integer> out = new ArrayList<>();
        String mine = null;
        for (ExistingIncident e : existing) {
            if (e.day().isBefore(from) || e.day().isAfter(to)) {
                continue;
            }
            String theirs = squash(e.text());
            if (mine == null) {
                StringBuilder b = new StringBuilder();
                group.forEach(m -> b.append(' ').append(m.text()));
                mine = squash(b.toString());
            }
            boolean overlap = false;
            for (String piece : pieces(e.text())) {
                if (mine.contains(piece)) {
                    overlap = true;
                    break;
                }
            }
            for (ImportedMessage m : group) {
                for (String piece : overlap ? List.<String>of() : pieces(m.text())) {
                    if (theirs.contains(piece)) {
                        overlap = true;
                        break;
                    }
                }
            }
            if (overlap && !out.contains(e.number())) {
                out.add(e.number());
            }
        }
        return out;
    }

    /** Lower case, accents and punctuation gone, one space between words. */
    static String fold(String s) {
        return Fold.of(s);
    }

    /** The lines and sentences of a text, folded, leaving out the short ones ("ok", "yes") that prove nothing. */
    private static List<String> pieces(String text) {
        List<String> out = new ArrayList<>();
        for (String piece : text.split("[\\n.!?]+")) {
            String f = fold(piece);
            if (f.length() >= 8) {
                out.add(f);
            }
        }
        return out;
    }

    private static String squash(String s) {
        return fold(s);
    }

    /** Phrases as they look in folded text, padded so they match whole words only. */
    private static List<String> words(String... phrases) {
        return java.util.Arrays.stream(phrases).map(p -> " " + fold(p) + " ").toList();
    }

    private static boolean any(List<String> phrases, String padded) {
        for (String p : phrases) {
            if (padded.contains(p)) {
                return true;
            }
        }
        return false;
    }

    private static String without(List<String> phrases, String padded) {
        String out = padded;
        for (String p : phrases) {
            out = out.replace(p, "  ");
        }
        return out;
    }

    private static Map<Behaviour, List<String>> diaryWords() {
        Map<Behaviour, List<String>> m = new LinkedHashMap<>();
        m.put(Behaviour.FOLLOWING, words("followed", "following", "follow me", "behind me"));
        m.put(Behaviour.LOITERING, words("outside my house", "outside my home", "outside the house", "waiting outside",
                "outside my work", "outside the school", "by the gate", "parked outside", "waiting for me",
                "was waiting", "stood outside"));
        m.put(Behaviour.WATCHING, words("watching", "watched", "staring", "stared"));
        m.put(Behaviour.APPROACHING, words("came up to me", "approached", "walked up to me"));
        m.put(Behaviour.CALLS, words("rang", "called me", "phoned", "calls", "missed call", "missed calls"));
        m.put(Behaviour.MESSAGES, words("texted", "text", "texts", "message", "messages", "messaged", "whatsapp"));
        m.put(Behaviour.EMAIL, words("emailed", "email", "emails"));
        m.put(Behaviour.SOCIAL_MEDIA, words("facebook", "instagram", "tiktok", "snapchat", "twitter", "posted"));
        m.put(Behaviour.LETTERS, words("letter", "letters", "card", "note through the door"));
        m.put(Behaviour.GIFTS_OR_ITEMS, words("flowers", "gift", "gifts", "present", "parcel", "left something"));
        m.put(Behaviour.PROPERTY_DAMAGE, words("damaged", "smashed", "scratched", "slashed", "broke my"));
        m.put(Behaviour.TRESPASS_OR_BREAK_IN, words("broke in", "in my garden", "let himself in", "let herself in",
                "came into the house"));
        m.put(Behaviour.THREAT_TO_CLIENT, words("threatened", "threat", "said he would kill", "said she would kill",
                "said he d kill", "said she d kill"));
        m.put(Behaviour.VIOLENCE, words("hit me", "pushed me", "grabbed me", "punched", "assaulted", "kicked me"));
        m.put(Behaviour.TRACKING_OR_SPYWARE, words("tracker", "airtag", "tracking", "spyware"));
        m.put(Behaviour.THIRD_PARTY_CONTACT, words("his friend", "her friend", "his mum", "his mother", "his sister",
                "got someone", "through my friend"));
        return m;
    }
}
