package org.casefile.exchange;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.casefile.UserFacingException;
import org.casefile.incident.Behaviour;
import org.casefile.incident.Channel;
import org.casefile.incident.Place;
import org.casefile.perpetrator.Relationship;
import org.casefile.typology.ContextFlag;
import org.casefile.typology.MentalHealthIndicator;
import org.casefile.typology.WarningResponse;

/**
 * Reads and writes {@link CaseExchange} as JSON. Reading checks the file field by field and refuses a malformed
 * one with a single sentence naming the field (never its personal content); unknown fields are ignored so a newer
 * writer's additions do not break an older reader of the same version.
 */
public final class ExchangeJson {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ExchangeJson() {
    }

    // ---- reading ----

    public static CaseExchange read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UserFacingException(e, "exchange.unreadable");
        }
        return parse(text);
    }

    public static CaseExchange parse(String text) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new UserFacingException(e, "exchange.notJson", line);
        }
        if (root == null || !root.isObject() || !CaseExchange.FORMAT.equals(root.path("format").asText(null))) {
            throw new UserFacingException("exchange.notCaseFile");
        }
        JsonNode version = root.get("version");
        if (version == null || !version.canConvertToInt()) {
            throw new UserFacingException("exchange.noVersion");
        }
        if (version.asInt() != CaseExchange.VERSION) {
            throw new UserFacingException("exchange.wrongVersion", version.asInt(), CaseExchange.VERSION);
        }
        Instant exportedAt = null;
        if (present(root, "exportedAt")) {
            try {
                exportedAt = Instant.parse(text(root, "exportedAt", "/exportedAt"));
            } catch (DateTimeParseException e) {
                throw new UserFacingException("exchange.invalidInstant", "/exportedAt");
            }
        }
        JsonNode client = root.path("client");
        if (!client.isObject()) {
            throw new UserFacingException("exchange.missingField", "/client");
        }
        CaseExchange.Client c = new CaseExchange.Client(text(client, "reference", "/client/reference"));
        List<CaseExchange.Perpetrator> perpetrators = new ArrayList<>();
        JsonNode ps = array(root, "perpetrators", "/perpetrators");
        for (int i = 0; i < ps.size(); i++) {
            perpetrators.add(perpetrator(ps.get(i), "/perpetrators/" + i));
        }
        List<CaseExchange.Incident> incidents = new ArrayList<>();
        JsonNode is = array(root, "incidents", "/incidents");
        for (int i = 0; i < is.size(); i++) {
            incidents.add(incident(is.get(i), "/incidents/" + i, i + 1));
        }
        return new CaseExchange(CaseExchange.VERSION, exportedAt, c, perpetrators, incidents);
    }

    private static CaseExchange.Perpetrator perpetrator(JsonNode node, String at) {
        object(node, at);
        String reference = text(node, "reference", at + "/reference");
        Relationship relationship = present(node, "relationship")
                ? name(Relationship.class, text(node, "relationship", at + "/relationship"), at + "/relationship")
                : Relationship.UNKNOWN;
        CaseExchange.Context context = CaseExchange.Context.NONE;
        if (present(node, "context")) {
            JsonNode cx = node.get("context");
            String where = at + "/context";
            object(cx, where);
            context = new CaseExchange.Context(
                    names(ContextFlag.class, cx, "flags", where + "/flags"),
                    present(cx, "priorVictims") ? count(cx, "priorVictims", where + "/priorVictims") : 0,
                    present(cx, "warnings") ? name(WarningResponse.class, text(cx, "warnings", where + "/warnings"),
                            where + "/warnings") : WarningResponse.UNKNOWN,
                    names(MentalHealthIndicator.class, cx, "mentalHealth", where + "/mentalHealth"),
                    optionalText(cx, "notes", where + "/notes"));
        }
        return new CaseExchange.Perpetrator(reference, relationship, context);
    }

    private static CaseExchange.Incident incident(JsonNode node, String at, int position) {
        object(node, at);
        int number = present(node, "number") ? count(node, "number", at + "/number") : position;
        LocalDate on;
        try {
            on = LocalDate.parse(text(node, "occurredOn", at + "/occurredOn"));
        } catch (DateTimeParseException e) {
            throw new UserFacingException("exchange.invalidDate", at + "/occurredOn");
        }
        LocalTime time = null;
        if (present(node, "occurredAt")) {
            try {
                time = LocalTime.parse(text(node, "occurredAt", at + "/occurredAt"));
            } catch (DateTimeParseException e) {
                throw new UserFacingException("exchange.invalidTime", at + "/occurredAt");
            }
        }
        JsonNode approximate = node.get("approximate");
        if (approximate != null && !approximate.isNull() && !approximate.isBoolean()) {
            throw new UserFacingException("exchange.invalidBoolean", at + "/approximate");
        }
        Set<Behaviour> behaviours = EnumSet.noneOf(Behaviour.class);
        JsonNode bs = array(node, "behaviours", at + "/behaviours");
        for (int i = 0; i < bs.size(); i++) {
            JsonNode b = bs.get(i);
            String value = b.isTextual() ? b.asText() : "";
            try {
                behaviours.add(Behaviour.valueOf(value.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new UserFacingException("exchange.unknownBehaviour", number, shown(value));
            }
        }
        Channel channel = present(node, "channel")
                ? name(Channel.class, text(node, "channel", at + "/channel"), at + "/channel") : Channel.UNKNOWN;
        Place place = present(node, "place")
                ? name(Place.class, text(node, "place", at + "/place"), at + "/place") : Place.UNKNOWN;
        List<String> perpetrators = new ArrayList<>();
        JsonNode ps = present(node, "perpetrators") ? array(node, "perpetrators", at + "/perpetrators") : JSON.createArrayNode();
        for (int i = 0; i < ps.size(); i++) {
            if (!ps.get(i).isTextual()) {
                throw new UserFacingException("exchange.invalidText", at + "/perpetrators/" + i);
            }
            perpetrators.add(ps.get(i).asText().strip());
        }
        return new CaseExchange.Incident(number, on, time, approximate != null && approximate.asBoolean(), behaviours,
                channel, place, perpetrators, optionalText(node, "verbatim", at + "/verbatim"),
                optionalText(node, "description", at + "/description"));
    }

    private static boolean present(JsonNode node, String field) {
        return node.hasNonNull(field);
    }

    private static void object(JsonNode node, String at) {
        if (node == null || !node.isObject()) {
            throw new UserFacingException("exchange.invalidObject", at);
        }
    }

    private static JsonNode array(JsonNode node, String field, String at) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return JSON.createArrayNode();
        }
        if (!value.isArray()) {
            throw new UserFacingException("exchange.invalidList", at);
        }
        return value;
    }

    private static String text(JsonNode node, String field, String at) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new UserFacingException("exchange.missingField", at);
        }
        if (!value.isTextual()) {
            throw new UserFacingException("exchange.invalidText", at);
        }
        return value.asText();
    }

    private static String optionalText(JsonNode node, String field, String at) {
        return present(node, field) ? text(node, field, at) : "";
    }

    private static int count(JsonNode node, String field, String at) {
        JsonNode value = node.get(field);
        if (!value.canConvertToInt() || !value.isIntegralNumber() || value.asInt() < 0) {
            throw new UserFacingException("exchange.invalidNumber", at);
        }
        return value.asInt();
    }

    private static <E extends Enum<E>> E name(Class<E> type, String value, String at) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UserFacingException("exchange.unknownName", at, shown(value));
        }
    }

    private static <E extends Enum<E>> Set<E> names(Class<E> type, JsonNode node, String field, String at) {
        Set<E> out = EnumSet.noneOf(type);
        JsonNode list = array(node, field, at);
        for (int i = 0; i < list.size(); i++) {
            if (!list.get(i).isTextual()) {
                throw new UserFacingException("exchange.invalidText", at + "/" + i);
            }
            out.add(name(type, list.get(i).asText(), at + "/" + i));
        }
        return out;
    }

    /** A vocabulary name as typed, safe to repeat in a message: a short word, never free text from the file. */
    private static String shown(String value) {
        String s = value == null ? "" : value.strip();
        return s.matches("[A-Za-z_ -]{1,40}") ? s : "?";
    }

    // ---- writing ----

    public static String toJson(CaseExchange exchange) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", CaseExchange.FORMAT);
        root.put("version", exchange.version());
        if (exchange.exportedAt() != null) {
            root.put("exportedAt", exchange.exportedAt().toString());
        }
        root.putObject("client").put("reference", exchange.client().reference());
        ArrayNode ps = root.putArray("perpetrators");
        for (CaseExchange.Perpetrator p : exchange.perpetrators()) {
            ObjectNode n = ps.addObject();
            n.put("reference", p.reference());
            n.put("relationship", p.relationship().name());
            CaseExchange.Context cx = p.context();
            ObjectNode c = n.putObject("context");
            names(c.putArray("flags"), cx.flags());
            c.put("priorVictims", cx.priorVictims());
            c.put("warnings", cx.warnings().name());
            names(c.putArray("mentalHealth"), cx.mentalHealth());
            c.put("notes", cx.notes());
        }
        ArrayNode is = root.putArray("incidents");
        for (CaseExchange.Incident i : exchange.incidents()) {
            ObjectNode n = is.addObject();
            n.put("number", i.number());
            n.put("occurredOn", i.occurredOn().toString());
            if (i.occurredAt() != null) {
                n.put("occurredAt", i.occurredAt().toString());
            }
            n.put("approximate", i.approximate());
            names(n.putArray("behaviours"), i.behavioursInOrder());
            n.put("channel", i.channel().name());
            n.put("place", i.place().name());
            i.perpetrators().forEach(n.putArray("perpetrators")::add);
            n.put("verbatim", i.verbatim());
            n.put("description", i.description());
        }
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings always serialises", e);
        }
    }

    /** Writes beside the target first and then moves it into place, so a failure leaves no half-written case. */
    public static void write(CaseExchange exchange, Path target) {
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        try {
            Files.writeString(partial, toJson(exchange), StandardCharsets.UTF_8);
            try {
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // The sentence below is what matters; a stray partial file is named by its suffix.
            }
            throw new UserFacingException(e, "exchange.unwritable");
        }
    }

    private static void names(ArrayNode into, Collection<? extends Enum<?>> values) {
        List<? extends Enum<?>> sorted = values.stream().sorted((a, b) -> Integer.compare(a.ordinal(), b.ordinal())).toList();
        sorted.forEach(v -> into.add(v.name()));
    }
}
