package org.talksrecord.common;

public enum SortDirection {
    ASC, DESC
}
