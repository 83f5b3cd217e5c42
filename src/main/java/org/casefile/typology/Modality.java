package org.casefile.typology;

/** How the stalking is carried out, tagged beside the motive type; it says nothing about motive. */
public enum Modality {
    CYBER_ENABLED;

    public String labelKey() {
        return "typology.modality." + name();
    }
}
