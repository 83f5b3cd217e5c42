package org.casefile.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.casefile.Messages;
import org.casefile.exchange.CaseExchange;
import org.casefile.exchange.ExchangeFacts;
import org.casefile.exchange.ExchangeJson;
import org.casefile.incident.Behaviour;
import org.casefile.incident.BehaviourGroup;
import org.casefile.perpetrator.Relationship;
import org.casefile.typology.ContextFlag;
import org.casefile.typology.Evidence;
import org.casefile.typology.FindingText;
import org.casefile.typology.MentalHealthIndicator;
import org.casefile.typology.WarningResponse;
import org.casefile.typology.FiredRule;
import org.casefile.typology.Modality;
import org.casefile.typology.StalkerType;
import org.casefile.typology.TypologyFinding;
import org.casefile.typology.TypologyRules;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Reads a case exchange file and prints the typology finding. Needs no store and signs nobody in. */
@Command(name = "typology", mixinStandardHelpOptions = true,
        description = {"Suggest a stalker type for a case exchange file (see docs/exchange-format.md).",
                "Prints the primary type (or undetermined), a secondary type, the score of each type, the",
                "cyber-enabled tag and every rule that fired with what it found.",
                "An aid to professional judgement, never a risk score."})
final class TypologyCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The case file (JSON, exchange format version 1).")
    Path file;

    @Option(names = "--json", description = "Print the finding as a JSON object instead of text.")
    boolean json;

    @Option(names = "--perpetrator", paramLabel = "REF",
            description = "Whose conduct to classify (default: the perpetrator named on most incidents).")
    String perpetrator;

    @Override
    public Integer call() {
        CaseExchange exchange = ExchangeJson.read(file);
        TypologyFinding finding = TypologyRules.evaluate(ExchangeFacts.toFacts(exchange, perpetrator));
        PrintWriter out = spec.commandLine().getOut();
        out.print(json ? asJson(finding) : asText(finding));
        out.flush();
        return 0;
    }

    static String asText(TypologyFinding f) {
        StringBuilder s = new StringBuilder();
        String primary = f.primary() == null ? Messages.get("typology.undetermined") : label(f.primary());
        s.append(Messages.get("cli.typology.primary", primary)).append('\n');
        if (f.secondary() != null) {
            s.append(Messages.get("cli.typology.secondary", label(f.secondary()))).append('\n');
        }
        s.append(Messages.get(f.statusKey())).append('\n');
        String modality = f.modalities().isEmpty() ? Messages.get("cli.typology.noModality")
                : f.modalities().stream().map(m -> Messages.get(m.labelKey())).collect(Collectors.joining(", "));
        s.append(Messages.get("cli.typology.modality", modality)).append('\n');
        s.append(Messages.get("cli.typology.scores", f.scores().stream()
                .map(t -> label(t.type()) + " " + t.score()).collect(Collectors.joining(", ")))).append('\n');
        s.append(Messages.get("cli.typology.reasons")).append('\n');
        for (FiredRule r : f.fired()) {
            String weight = (r.weight() > 0 ? "+" : "") + r.weight();
            s.append(Messages.get("cli.typology.reason", weight, label(r.type()), r.reason())).append('\n');
            for (Evidence e : r.evidence()) {
                s.append("      ").append(FindingText.evidence(e)).append('\n');
            }
        }
        if (!f.modalityEvidence().isEmpty()) {
            s.append(Messages.get("cli.typology.modalityReason")).append('\n');
            for (Evidence e : f.modalityEvidence()) {
                s.append("      ").append(FindingText.evidence(e)).append('\n');
            }
        }
        s.append(Messages.get(TypologyFinding.NOTICE_KEY)).append('\n');
        return s.toString();
    }

    static String asJson(TypologyFinding f) {
        ObjectNode root = JSON.createObjectNode();
        root.put("primary", f.primaryName());
        root.put("secondary", f.secondary() == null ? null : f.secondary().name());
        root.put("status", Messages.get(f.statusKey()));
        ObjectNode scores = root.putObject("scores");
        f.scores().forEach(t -> scores.put(t.type().name(), t.score()));
        root.put("modality", f.modalities().contains(Modality.CYBER_ENABLED) ? Modality.CYBER_ENABLED.name() : null);
        evidence(root.putArray("modalityEvidence"), f.modalityEvidence());
        ArrayNode reasons = root.putArray("reasons");
        for (FiredRule r : f.fired()) {
            ObjectNode n = reasons.addObject();
            n.put("rule", r.id());
            n.put("type", r.type().name());
            n.put("weight", r.weight());
            n.put("reason", r.reason());
            evidence(n.putArray("evidence"), r.evidence());
        }
        root.put("notice", Messages.get(TypologyFinding.NOTICE_KEY));
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings always serialises", e);
        }
    }

    private static void evidence(ArrayNode into, java.util.List<Evidence> list) {
        for (Evidence e : list) {
            ObjectNode n = into.addObject();
            n.put("kind", e.kind().name());
            n.put("detail", e.detail());
            e.incidents().forEach(n.putArray("incidents")::add);
        }
    }

    private static String label(StalkerType type) {
        return Messages.get(type.labelKey());
    }
}
