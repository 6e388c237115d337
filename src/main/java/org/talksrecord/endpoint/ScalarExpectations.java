package org.talksrecord.endpoint;

/** How a value of each built-in scalar looks, in the words errors use for literals and variables alike. */
final class ScalarExpectations {

    static final String INT = "an integer from -2147483648 to 2147483647";
    static final String FLOAT = "a number";
    static final String BOOLEAN = "true or false";
    static final String ID = "an ID string";
    static final String STRING = "a string";

    private ScalarExpectations() {
    }
}
