package org.talksrecord.support;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.Base64;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;

/** Bearer tokens for the tests, signed with the dev-only key unless said otherwise. */
public final class Tokens {

    public static final String ISSUER = "talks-record-dev";

    private Tokens() {
    }

    public static String editor(String subject) {
        return Jwt.issuer(ISSUER).subject(subject).upn(subject).groups("editor").expiresIn(600).sign(devKey());
    }

    /** The dev-only signing key, read from the file so that this also works outside the application's config. */
    private static PrivateKey devKey() {
        try {
            return KeyUtils.decodePrivateKey(Files.readString(Path.of("dev-keys", "privateKey.pem")));
        } catch (Exception e) {
            throw new IllegalStateException("dev-keys/privateKey.pem cannot be read", e);
        }
    }

    public static String reader() {
        return Jwt.issuer(ISSUER).subject("reader").groups("reader").expiresIn(600).sign(devKey());
    }

    public static String expired() {
        return Jwt.issuer(ISSUER).subject("late").groups("editor").issuedAt(Instant.now().minusSeconds(7200))
                .expiresAt(Instant.now().minusSeconds(3600)).sign();
    }

    public static String notYetValid() {
        return Jwt.issuer(ISSUER).subject("early").groups("editor")
                .claim("nbf", Instant.now().plusSeconds(3600).getEpochSecond()).expiresIn(7200).sign();
    }

    public static String wronglySigned() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return Jwt.issuer(ISSUER).subject("forger").groups("editor").expiresIn(600)
                    .sign(generator.generateKeyPair().getPrivate());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String wrongIssuer() {
        return Jwt.issuer("someone-else").subject("other").groups("editor").expiresIn(600).sign();
    }

    public static String unsigned() {
        Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
        String header = encoder.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String payload = encoder.encodeToString(("{\"iss\":\"" + ISSUER + "\",\"sub\":\"none\",\"groups\":[\"editor\"],"
                + "\"exp\":" + Instant.now().plusSeconds(600).getEpochSecond() + "}").getBytes(StandardCharsets.UTF_8));
        return header + "." + payload + ".";
    }
}
