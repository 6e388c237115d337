package org.talksrecord.endpoint;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;
import org.talksrecord.common.ErrorCodes;

import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.Future;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * The document a request runs: its {@code query}, or the persisted document its ID names
 * ({@code extensions.persistedQuery.sha256Hash} as Apollo Client and urql send it, or {@code documentId}).
 * A query sent with its hash registers it (automatic persisted queries). In the trusted mode only trusted
 * documents run, unless an editor sends the request.
 */
@ApplicationScoped
public class DocumentSource {

    private static final Logger LOG = Logger.getLogger(DocumentSource.class);
    private static final String EDITOR = "editor";

    private final PersistedDocuments persisted;

    public DocumentSource(PersistedDocuments persisted) {
        this.persisted = persisted;
    }

    Future<String> of(RoutingContext context, GraphQLRequest request) {
        String hash = automaticHash(request);
        String id = request.documentId() != null ? request.documentId() : hash;
        if (request.query() != null) {
            if (hash != null && !hash.equalsIgnoreCase(PersistedDocuments.sha256(request.query()))) {
                throw RequestError.refused(ErrorCodes.BAD_USER_INPUT,
                        "extensions.persistedQuery.sha256Hash is not the SHA-256 of the query.",
                        "extensions.persistedQuery.sha256Hash");
            }
            if (!persisted.trustedOnly()) {
                if (hash != null) {
                    persisted.remember(hash.toLowerCase(), request.query(), false)
                            .onFailure(failure -> LOG.warnf("Could not keep a persisted query: %s", failure));
                }
                return Future.succeededFuture(request.query());
            }
            return trusted(context, PersistedDocuments.sha256(request.query()), request.query());
        }
        if (id == null) {
            throw RequestError.malformed(400, ErrorCodes.BAD_USER_INPUT, "The request has no query.");
        }
        return persisted.find(id).compose(found -> {
            if (found == null) {
                return Future.failedFuture(RequestError.refused(ErrorCodes.PERSISTED_QUERY_NOT_FOUND,
                        "PersistedQueryNotFound", null));
            }
            return found.trusted() || !persisted.trustedOnly()
                    ? Future.succeededFuture(found.document())
                    : trusted(context, id, found.document());
        });
    }

    /** In the trusted mode: the document if it is trusted or an editor sends it, else a refusal. */
    private Future<String> trusted(RoutingContext context, String id, String document) {
        return persisted.find(id).compose(found -> found != null && found.trusted()
                ? Future.succeededFuture(document)
                : editor(context).map(editor -> {
                    if (!editor) {
                        throw RequestError.refused(ErrorCodes.FORBIDDEN, "Only trusted documents run on this "
                                + "service: send the ID of a document from its manifest.", null);
                    }
                    return document;
                }));
    }

    private static Future<Boolean> editor(RoutingContext context) {
        if (context.request().getHeader(HttpHeaders.AUTHORIZATION) == null) {
            return Future.succeededFuture(false);
        }
        return Future.fromCompletionStage(QuarkusHttpUser.getSecurityIdentity(context, null)
                .map(identity -> identity.hasRole(EDITOR)).onFailure().recoverWithItem(false)
                .subscribeAsCompletionStage());
    }

    private static String automaticHash(GraphQLRequest request) {
        if (request.extensions() == null || request.extensions().getValue("persistedQuery") == null) {
            return null;
        }
        if (!(request.extensions().getValue("persistedQuery") instanceof JsonObject persistedQuery)
                || !Integer.valueOf(1).equals(persistedQuery.getValue("version"))
                || !(persistedQuery.getValue("sha256Hash") instanceof String hash) || hash.isBlank()) {
            throw RequestError.malformed(400, ErrorCodes.BAD_USER_INPUT,
                    "extensions.persistedQuery must be {\"version\": 1, \"sha256Hash\": \"<hex>\"}.");
        }
        return hash;
    }
}
