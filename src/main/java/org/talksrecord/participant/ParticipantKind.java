package org.talksrecord.participant;

public enum ParticipantKind {
    STATE, ORGANIZATION, PERSON
}
