package org.talksrecord.endpoint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;

/**
 * Documents sent by ID: automatic persisted queries any client registers (the ID is the SHA-256 of the text) and
 * trusted documents from a manifest or an editor. Kept in PostgreSQL, so every replica knows what one learnt, and
 * in memory for the hot ones. In the trusted mode only trusted documents run.
 */
@ApplicationScoped
public class PersistedDocuments {

    /** A persisted document and whether it is trusted. */
    record Found(String document, boolean trusted) {
    }

    private static final Logger LOG = Logger.getLogger(PersistedDocuments.class);
    private static final String SHA256_PREFIX = "sha256:";
    private static final String FIND = "select document, trusted from persisted_document where id = $1";
    private static final String REMEMBER = "insert into persisted_document (id, document, trusted) values ($1, $2, $3)"
            + " on conflict (id) do update set trusted = persisted_document.trusted or excluded.trusted";
    // automatic ones beyond the limit go, oldest first; trusted ones stay
    private static final String PRUNE = "delete from persisted_document where id in (select id from "
            + "persisted_document where not trusted order by created_at desc offset $1)";

    private final io.vertx.sqlclient.Pool pool;
    private final boolean trustedOnly;
    private final int maxAutomatic;
    private final Optional<String> manifest;
    // a minute at most until a replica sees a document another one trusted
    private final Cache<String, Found> known = Caffeine.newBuilder().maximumSize(5000)
            .expireAfterWrite(Duration.ofMinutes(1)).build();

    public PersistedDocuments(Pool pool, @ConfigProperty(name = "talks.documents") String mode,
            @ConfigProperty(name = "talks.documents.max-automatic") int maxAutomatic,
            @ConfigProperty(name = "talks.documents.manifest") Optional<String> manifest) {
        this.pool = pool.getDelegate();
        this.trustedOnly = switch (mode.trim().toLowerCase()) {
            case "open" -> false;
            case "trusted" -> true;
            default -> throw new IllegalArgumentException("TALKS_DOCUMENTS must be open or trusted, not " + mode);
        };
        this.maxAutomatic = maxAutomatic;
        this.manifest = manifest.filter(location -> !location.isBlank());
    }

    void loadManifest(@Observes StartupEvent event) {
        manifest.ifPresent(location -> {
            Map<String, Object> documents = new JsonObject(read(location)).getMap();
            List<Future<Void>> stored = new ArrayList<>();
            documents.forEach((id, document) -> stored.add(trust(id, String.valueOf(document))));
            Future.all(stored).toCompletionStage().toCompletableFuture().join();
            LOG.infof("Trusted %d documents from %s", documents.size(), location);
        });
    }

    boolean trustedOnly() {
        return trustedOnly;
    }

    /** Whether a document sent as text may run without an editor's token: any in the open mode, else a trusted one. */
    public Future<Boolean> admits(String document) {
        if (!trustedOnly) {
            return Future.succeededFuture(true);
        }
        return find(sha256(document)).map(found -> found != null && found.trusted());
    }

    /** The document with this ID (a {@code sha256:} prefix is optional), or null when none is persisted. */
    Future<Found> find(String id) {
        String key = normalized(id);
        Found cached = known.getIfPresent(key);
        if (cached != null) {
            return Future.succeededFuture(cached);
        }
        return pool.preparedQuery(FIND).execute(Tuple.of(key)).map(rows -> {
            if (rows.size() == 0) {
                return null;
            }
            Found found = new Found(rows.iterator().next().getString("document"),
                    rows.iterator().next().getBoolean("trusted"));
            known.put(key, found);
            return found;
        });
    }

    /**
     * Trusts a document under its ID and under its SHA-256, so that it also runs when a client sends its text
     * (manifests may use other IDs, e.g. Relay's).
     */
    Future<Void> trust(String id, String document) {
        String hash = sha256(document);
        Future<Void> byId = remember(id, document, true);
        return normalized(id).equals(hash) ? byId : byId.compose(done -> remember(hash, document, true));
    }

    /** Keeps a document under its ID; a trusted one stays trusted. */
    Future<Void> remember(String id, String document, boolean trusted) {
        String key = normalized(id);
        return pool.preparedQuery(REMEMBER).execute(Tuple.of(key, document, trusted))
                .compose(done -> trusted
                        ? Future.succeededFuture()
                        : pool.preparedQuery(PRUNE)
                                .execute(Tuple.of(maxAutomatic)).mapEmpty())
                .onSuccess(done -> known.invalidate(key)).mapEmpty();
    }

    static String sha256(String document) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(document.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String normalized(String id) {
        return id.startsWith(SHA256_PREFIX) ? id.substring(SHA256_PREFIX.length()) : id;
    }

    private static String read(String location) {
        try {
            if (location.startsWith("http://") || location.startsWith("https://")) {
                HttpResponse<String> response = HttpClient.newHttpClient().send(
                        HttpRequest.newBuilder(URI.create(location)).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("The document manifest " + location + " answered HTTP "
                            + response.statusCode());
                }
                return response.body();
            }
            return Files.readString(Path.of(location));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the document manifest " + location, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
