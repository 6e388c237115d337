package org.talksrecord.negotiation;

public enum NegotiationFormat {
    IN_PERSON, PHONE_CALL, VIDEO_CALL
}
