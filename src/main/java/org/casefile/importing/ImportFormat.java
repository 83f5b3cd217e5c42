package org.casefile.importing;

import java.util.Locale;

/** The kinds of file Casefile reads messages from. */
public enum ImportFormat {
    WHATSAPP("whatsapp"),
    SMS_XML("sms-xml"),
    EML("eml"),
    MBOX("mbox"),
    CSV("csv");

    private final String cliName;

    ImportFormat(String cliName) {
        this.cliName = cliName;
    }

    /** The name used on the command line ({@code --format sms-xml}). */
    public String cliName() {
        return cliName;
    }

    public static ImportFormat fromCliName(String name) {
        String wanted = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        for (ImportFormat f : values()) {
            if (f.cliName.equals(wanted)) {
                return f;
            }
        }
        throw new ImportProblem("import.format.unknownName", wanted);
    }

    public String labelKey() {
        return "importFormat." + name();
    }
}
