package org.casefile.evidence;

/**
 * How an exhibit came to us.
 *
 * @param fromWhom        who handed it over (the client, an officer, a witness)
 * @param how             how it was obtained (screenshot taken by the client, emailed by the officer…)
 * @param deviceOrAccount the phone, computer or account it came from
 */
public record Acquisition(String fromWhom, String how, String deviceOrAccount) {
    public static final Acquisition NONE = new Acquisition("", "", "");

    public Acquisition {
        fromWhom = fromWhom == null ? "" : fromWhom.strip();
        how = how == null ? "" : how.strip();
        deviceOrAccount = deviceOrAccount == null ? "" : deviceOrAccount.strip();
    }
}
