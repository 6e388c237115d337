package org.talksrecord.common;

/** The page size rule of every list: {@code first} defaults to 20 and must be 0..100. */
public final class PageRequest {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    private PageRequest() {
    }

    public static int size(Integer first) {
        int size = first == null ? DEFAULT_SIZE : first;
        if (size < 0 || size > MAX_SIZE) {
            throw new BadUserInputException("first must be between 0 and " + MAX_SIZE + ".", "first");
        }
        return size;
    }
}
