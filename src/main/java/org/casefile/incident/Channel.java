package org.casefile.incident;

/** How the behaviour reached the client. */
public enum Channel {
    IN_PERSON,
    PHONE_CALL,
    TEXT_MESSAGE,
    MESSAGING_APP,
    EMAIL,
    SOCIAL_MEDIA,
    POST_OR_DELIVERY,
    THROUGH_OTHER_PEOPLE,
    DEVICE_OR_ACCOUNT,
    OTHER,
    UNKNOWN;

    public String labelKey() {
        return "channel." + name();
    }
}
