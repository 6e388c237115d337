package org.talksrecord.generative;

/** One deliberate oddity of a request, e.g. kind "Int given a string" with example {@code "5"}. */
record Tag(Validity validity, String kind, String example) {

    @Override
    public String toString() {
        return validity + " " + kind + (example.isEmpty() ? "" : ": " + example);
    }
}
