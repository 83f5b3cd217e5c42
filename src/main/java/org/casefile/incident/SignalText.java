package org.casefile.incident;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.casefile.Messages;

/** The words for an escalation signal: why it fired and which incidents, for every screen and document. */
public final class SignalText {
    private SignalText() {
    }

    /** "incident 4" or "incidents 3, 4, 5"; past {@code limit} numbers the list ends in "…" (0 = no limit). */
    public static String incidents(EscalationSignal s, int limit) {
        List<Integer> numbers = s.incidents();
        boolean cut = limit > 0 && numbers.size() > limit;
        String shown = numbers.stream().limit(cut ? limit : numbers.size()).map(String::valueOf)
                .collect(Collectors.joining(", ")) + (cut ? ", …" : "");
        return numbers.size() == 1 ? Messages.get("signal.incident", shown) : Messages.get("signal.incidents", shown);
    }

    /** The sentence that says why it fired, naming every incident behind it. */
    public static String reason(EscalationSignal s) {
        List<Object> args = new ArrayList<>();
        args.add(incidents(s, 0));
        args.addAll(s.counts());
        return Messages.get(s.kind().reasonKey(), args.toArray());
    }
}
