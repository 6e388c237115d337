package org.talksrecord.negotiation;

public enum PartyRole {
    DELEGATION, MEDIATOR, HOST, OBSERVER
}
