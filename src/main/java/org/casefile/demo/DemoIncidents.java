package org.casefile.demo;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.casefile.incident.Behaviour;
import org.casefile.incident.Channel;
import org.casefile.incident.IncidentDraft;
import org.casefile.incident.Place;
import org.casefile.incident.PoliceReport;
import org.casefile.incident.Source;

/**
 * Made-up incident histories: mostly unwanted contact, with in-person visits, threats and the odd breach mixed in
 * at plausible rates. About one history in four escalates: the last fortnight is busier than before and brings
 * a first threat and visits to the client's home, so the pattern view and the dashboard have something to show.
 */
final class DemoIncidents {
    private static final List<String> MESSAGES = List.of(
            "Why are you ignoring me? I only want to talk.",
            "I saw you today. You looked tired.",
            "You owe me an explanation and I will get one.",
            "Answer the phone. I'm not going away.",
            "Everyone will know what you did.",
            "I drove past your street again. Nice new curtains.",
            "I'm sorry. Please just meet me once.",
            "If I can't have a conversation with you, nobody will.");
    private static final List<String> THREATS = List.of(
            "You'll regret this. I know where you sleep.",
            "Keep this up and you won't see the kids again.",
            "One day you'll walk out and I'll be there.",
            "I've got nothing left to lose now.");
    private static final List<String> VISITS = List.of(
            "Parked opposite the house for about an hour, engine running.",
            "Waited by the bus stop she uses every morning.",
            "Walked behind her from the supermarket to the car park.",
            "Was outside her workplace at the end of her shift.",
            "Knocked on the door repeatedly, then left something on the step.",
            "Sat in the same café and stared until she left.");
    private static final List<String> IMPACTS = List.of(
            "Can't sleep; checks the windows several times a night.",
            "Has stopped going to the gym and avoids the town centre.",
            "Feels sick every time the phone buzzes.",
            "Frightened for the children; keeps them indoors after school.",
            "Took two days off work because she could not face the journey.",
            "");

    private final SyntheticPeople people;

    DemoIncidents(SyntheticPeople people) {
        this.people = people;
    }

    /** About {@code mean} incidents (half to one and a half times), oldest first, ending by {@code today}. */
    List<IncidentDraft> history(int mean, LocalDate today, Long perpetratorId, boolean escalating) {
        int count = mean <= 0 ? 0 : people.between(Math.max(1, mean / 2), Math.max(1, mean * 3 / 2));
        return historyOf(count, today, perpetratorId, escalating);
    }

    /** Exactly {@code count} incidents, oldest first, ending by {@code today}. */
    List<IncidentDraft> historyOf(int count, LocalDate today, Long perpetratorId, boolean escalating) {
        List<IncidentDraft> out = new ArrayList<>(count);
        int recent = escalating ? Math.min(count, Math.max(4, count / 4)) : 0;
        int earlier = count - recent;
        // Escalating histories start about weekly, so the last fortnight stands out against the weeks before.
        int span = Math.max(60, earlier * (escalating ? 7 : 4));
        LocalDate start = today.minusDays(span + 14L);
        for (int i = 0; i < earlier; i++) {
            LocalDate day = start.plusDays((long) i * span / Math.max(1, earlier) + people.between(0, 2));
            out.add(incident(day.isAfter(today.minusDays(15)) ? today.minusDays(15) : day, perpetratorId, false));
        }
        for (int i = 0; i < recent; i++) {
            LocalDate day = today.minusDays(13L - (long) i * 13 / Math.max(1, recent));
            out.add(incident(day, perpetratorId, true));
        }
        return out;
    }

    private IncidentDraft incident(LocalDate day, Long perpetratorId, boolean escalating) {
        Set<Behaviour> behaviours = EnumSet.noneOf(Behaviour.class);
        Channel channel;
        Place place;
        String description;
        String verbatim = "";
        double visit = escalating ? 0.6 : 0.25;
        if (people.chance(visit)) {
            behaviours.add(people.pick(List.of(Behaviour.FOLLOWING, Behaviour.LOITERING, Behaviour.WATCHING,
                    Behaviour.APPROACHING)));
            channel = Channel.IN_PERSON;
            place = escalating && people.chance(0.6) ? Place.HOME
                    : people.pick(List.of(Place.HOME, Place.WORK, Place.PUBLIC_PLACE, Place.PUBLIC_PLACE));
            description = people.pick(VISITS);
            if (people.chance(0.1)) {
                behaviours.add(Behaviour.GIFTS_OR_ITEMS);
            }
        } else {
            Behaviour contact = people.pick(List.of(Behaviour.MESSAGES, Behaviour.MESSAGES, Behaviour.CALLS,
                    Behaviour.SOCIAL_MEDIA, Behaviour.EMAIL, Behaviour.THIRD_PARTY_CONTACT));
            behaviours.add(contact);
            channel = switch (contact) {
                case CALLS -> Channel.PHONE_CALL;
                case SOCIAL_MEDIA -> Channel.SOCIAL_MEDIA;
                case EMAIL -> Channel.EMAIL;
                case THIRD_PARTY_CONTACT -> Channel.THROUGH_OTHER_PEOPLE;
                default -> people.chance(0.5) ? Channel.TEXT_MESSAGE : Channel.MESSAGING_APP;
            };
            place = Place.ONLINE;
            verbatim = contact == Behaviour.CALLS ? "" : people.pick(MESSAGES);
            description = switch (contact) {
                case CALLS -> people.between(3, 40) + " missed calls from a withheld number.";
                case THIRD_PARTY_CONTACT -> "Asked her sister where she is living now.";
                default -> "Sent " + people.between(2, 30) + " messages in one evening.";
            };
        }
        if (people.chance(escalating ? 0.35 : 0.05)) {
            behaviours.add(Behaviour.THREAT_TO_CLIENT);
            verbatim = people.pick(THREATS);
        }
        if (people.chance(escalating ? 0.05 : 0.01)) {
            behaviours.add(Behaviour.PROPERTY_DAMAGE);
        }
        if (people.chance(0.02)) {
            behaviours.add(Behaviour.ORDER_BREACH);
        }
        boolean reported = people.chance(escalating ? 0.4 : 0.15);
        PoliceReport police = reported ? new PoliceReport(true, people.pick(List.of("West Yorkshire Police",
                "Greater Manchester Police", "Metropolitan Police", "Avon and Somerset Police")),
                "CR/" + people.between(100000, 999999) + "/" + (day.getYear() % 100), "") : PoliceReport.NONE;
        LocalTime time = people.chance(0.8) ? LocalTime.of(people.between(6, 23), people.between(0, 11) * 5) : null;
        return new IncidentDraft(day, time, null, null, people.chance(0.1), behaviours, channel, place, "",
                perpetratorId == null ? List.of() : List.of(perpetratorId), verbatim, description,
                people.pick(IMPACTS), people.chance(0.7), "", place == Place.HOME && people.chance(0.1),
                people.chance(0.9) ? Source.CLIENT : Source.POLICE, police, null);
    }

    /** A picture of a received message, as a client's screenshot might look (synthetic, drawn here). */
    static byte[] screenshot(String text, LocalDate day) {
        BufferedImage image = new BufferedImage(540, 300, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(new Color(0xF2F2F7));
        g.fillRect(0, 0, 540, 300);
        g.setColor(new Color(0x8E8E93));
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        g.drawString("Messages · " + day + " 21:47", 20, 30);
        g.setColor(new Color(0xE5E5EA));
        g.fillRoundRect(20, 60, 480, 90, 24, 24);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 17));
        int y = 92;
        for (String line : wrap(text, 46)) {
            g.drawString(line, 36, y);
            y += 24;
        }
        g.setColor(new Color(0x8E8E93));
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        g.drawString("Synthetic demo image: not a real message", 20, 280);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() + word.length() + 1 > width && !line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.isEmpty() ? "" : " ").append(word);
        }
        lines.add(line.toString());
        return lines;
    }
}
