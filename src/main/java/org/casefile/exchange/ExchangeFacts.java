package org.casefile.exchange;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.casefile.UserFacingException;
import org.casefile.typology.CaseFacts;
import org.casefile.typology.CaseFacts.CaseText;
import org.casefile.typology.CaseFacts.IncidentFact;
import org.casefile.typology.CaseFacts.TextKind;

/**
 * From a case file to the facts the typology rules read. Typology is about one perpetrator: by default the one
 * named on most incidents (the first listed on a tie, or the only one), with the incidents that name them; when
 * the file has exactly one perpetrator, incidents that name nobody count too. With no perpetrator the facts say
 * so, and the finding will be undetermined.
 */
public final class ExchangeFacts {
    private ExchangeFacts() {
    }

    public static CaseFacts toFacts(CaseExchange file) {
        return toFacts(file, mainPerpetrator(file).map(CaseExchange.Perpetrator::reference).orElse(null));
    }

    /** Facts about the perpetrator with {@code reference}; null means the default choice. */
    public static CaseFacts toFacts(CaseExchange file, String reference) {
        if (reference == null) {
            Optional<CaseExchange.Perpetrator> main = mainPerpetrator(file);
            if (main.isEmpty()) {
                return facts(file, null, file.incidents());
            }
            reference = main.get().reference();
        }
        String wanted = reference.strip();
        CaseExchange.Perpetrator p = file.perpetrators().stream().filter(x -> x.reference().equalsIgnoreCase(wanted))
                .findFirst().orElseThrow(() -> new UserFacingException("exchange.noSuchPerpetrator"));
        boolean only = file.perpetrators().size() == 1;
        List<CaseExchange.Incident> theirs = file.incidents().stream()
                .filter(i -> i.perpetrators().stream().anyMatch(r -> r.equalsIgnoreCase(p.reference()))
                        || (only && i.perpetrators().isEmpty()))
                .toList();
        return facts(file, p, theirs);
    }

    /** The perpetrator the default typology is about, if the file names any. */
    public static Optional<CaseExchange.Perpetrator> mainPerpetrator(CaseExchange file) {
        return file.perpetrators().stream().max(Comparator.comparingLong((CaseExchange.Perpetrator p) -> file.incidents().stream()
                        .filter(i -> i.perpetrators().stream().anyMatch(r -> r.equalsIgnoreCase(p.reference()))).count())
                .thenComparing(p -> -file.perpetrators().indexOf(p)));
    }

    private static CaseFacts facts(CaseExchange file, CaseExchange.Perpetrator p, List<CaseExchange.Incident> incidents) {
        List<IncidentFact> facts = new ArrayList<>();
        List<CaseText> texts = new ArrayList<>();
        CaseExchange.Context context = p == null ? CaseExchange.Context.NONE : p.context();
        if (!context.notes().isEmpty()) {
            texts.add(new CaseText(0, TextKind.CASE_NOTE, context.notes()));
        }
        for (CaseExchange.Incident i : incidents) {
            facts.add(new IncidentFact(i.number(), i.occurredOn(), i.behaviours(), i.channel(), i.place()));
            texts.add(new CaseText(i.number(), TextKind.VERBATIM, i.verbatim()));
            texts.add(new CaseText(i.number(), TextKind.DESCRIPTION, i.description()));
        }
        return new CaseFacts(p != null, p == null ? null : p.relationship(), context.flags(), facts, texts,
                context.priorVictims(), context.warnings(), context.mentalHealth());
    }
}
