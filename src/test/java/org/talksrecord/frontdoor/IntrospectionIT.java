package org.talksrecord.frontdoor;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The introspection rules against the packaged artifact, in the production profile. */
@QuarkusIntegrationTest
class IntrospectionIT extends IntrospectionChecks {
}
