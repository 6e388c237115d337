package org.talksrecord.endpoint;

/** The service's document IDs, for tests outside this package. */
public final class TestHashes {

    private TestHashes() {
    }

    public static String sha256(String document) {
        return PersistedDocuments.sha256(document);
    }
}
