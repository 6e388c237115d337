package org.talksrecord.common;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/** The editor behind the current mutation, recorded on every record it creates or changes. */
@ApplicationScoped
public class Editor {

    private final CurrentIdentityAssociation identity;

    public Editor(CurrentIdentityAssociation identity) {
        this.identity = identity;
    }

    /** The token's subject; resolved without blocking, as authentication is lazy. */
    public Uni<String> subject() {
        return identity.getDeferredIdentity().map(Editor::subjectOf);
    }

    public Uni<Void> created(RecordStamp stamp) {
        return subject().invoke(subject -> {
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            stamp.createdAt = now;
            stamp.createdBy = subject;
            stamp.updatedAt = now;
            stamp.updatedBy = subject;
        }).replaceWithVoid();
    }

    public Uni<Void> updated(RecordStamp stamp) {
        return subject().invoke(subject -> {
            stamp.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
            stamp.updatedBy = subject;
        }).replaceWithVoid();
    }

    private static String subjectOf(SecurityIdentity identity) {
        if (identity.getPrincipal() instanceof JsonWebToken token && token.getSubject() != null) {
            return token.getSubject();
        }
        return identity.getPrincipal().getName();
    }
}
