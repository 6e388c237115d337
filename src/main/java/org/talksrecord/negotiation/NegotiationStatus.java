package org.talksrecord.negotiation;

public enum NegotiationStatus {
    PLANNED, HELD, CANCELLED
}
