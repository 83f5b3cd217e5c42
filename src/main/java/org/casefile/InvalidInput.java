package org.casefile;

import java.util.Map;

/**
 * Input a form cannot accept, named field by field (field name → message key), so the screen can mark each
 * field and keep everything the person typed.
 */
public class InvalidInput extends UserFacingException {
    private final Map<String, String> problems;

    public InvalidInput(Map<String, String> problems) {
        super("form.invalid", problems.size());
        this.problems = Map.copyOf(problems);
    }

    public Map<String, String> problems() {
        return problems;
    }
}
