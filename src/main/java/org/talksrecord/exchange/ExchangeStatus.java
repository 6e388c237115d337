package org.talksrecord.exchange;

public enum ExchangeStatus {
    PLANNED, COMPLETED
}
