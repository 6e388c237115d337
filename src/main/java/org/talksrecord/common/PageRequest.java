package org.talksrecord.common;

/** A validated {@code first}/{@code after} pair. */
public record PageRequest(int first, String after) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public static PageRequest of(Integer first, String after) {
        int size = first == null ? DEFAULT_SIZE : first;
        if (size < 0 || size > MAX_SIZE) {
            throw new BadUserInputException("first must be between 0 and " + MAX_SIZE + ".", "first");
        }
        return new PageRequest(size, after);
    }
}
