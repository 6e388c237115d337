package org.talksrecord.common;

import java.util.List;

/**
 * How to count every match of a list, run only when {@code totalCount} is asked for. A nested list's query
 * takes the array of parent keys as {@code $1} and answers one row per parent.
 */
public record CountQuery(String sql, List<Object> params, Long parentKey) {
}
