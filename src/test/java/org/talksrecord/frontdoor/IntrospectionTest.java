package org.talksrecord.frontdoor;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class IntrospectionTest extends IntrospectionChecks {
}
