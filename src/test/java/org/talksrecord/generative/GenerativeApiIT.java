package org.talksrecord.generative;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same generated requests against the packaged artifact, fewer of them. */
@QuarkusIntegrationTest
class GenerativeApiIT extends GenerativeApiTest {

    @Override
    protected int defaultCount() {
        return 800;
    }
}
