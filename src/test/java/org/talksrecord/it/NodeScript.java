package org.talksrecord.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.restassured.RestAssured;
import io.vertx.core.json.JsonObject;

/**
 * Runs a script of src/test/audit with Node against the service under test, installing its pinned npm packages
 * first when they are missing or older than package-lock.json.
 */
final class NodeScript {

    static final Path DIRECTORY = Path.of("src", "test", "audit").toAbsolutePath();
    static final Path REPORTS = Path.of("target", "node-reports").toAbsolutePath();

    /** What a script printed (one JSON report on stdout) and how it exited. */
    record Outcome(int exitCode, String stdout, String stderr, long millis, Path saved) {

        JsonObject report() {
            try {
                return new JsonObject(stdout);
            } catch (RuntimeException e) {
                throw new AssertionError("the script printed no JSON report (exit " + exitCode + ")\n" + this, e);
            }
        }

        @Override
        public String toString() {
            return "exit " + exitCode + " after " + millis + " ms; report in " + saved + "\nstderr:\n" + stderr;
        }
    }

    private NodeScript() {
    }

    /** The base URL of the running service, e.g. {@code http://localhost:40123}. */
    static String serviceUrl() {
        return RestAssured.baseURI + ":" + RestAssured.port;
    }

    static Outcome run(String script, long timeoutSeconds, String... arguments) {
        installDependencies();
        List<String> command = new ArrayList<>(List.of("node", DIRECTORY.resolve(script).toString()));
        command.addAll(List.of(arguments));
        Path saved = REPORTS.resolve(script.replace(".mjs", ".json"));
        try {
            Files.createDirectories(REPORTS);
            Outcome outcome = exec(command, timeoutSeconds);
            Files.writeString(saved, outcome.stdout());
            return new Outcome(outcome.exitCode(), outcome.stdout(), outcome.stderr(), outcome.millis(), saved);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static synchronized void installDependencies() {
        Path installed = DIRECTORY.resolve("node_modules").resolve(".package-lock.json");
        try {
            if (Files.exists(installed) && Files.getLastModifiedTime(installed)
                    .compareTo(Files.getLastModifiedTime(DIRECTORY.resolve("package-lock.json"))) >= 0) {
                return;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Outcome install = exec(List.of("npm", "ci", "--prefix", DIRECTORY.toString(), "--no-audit", "--no-fund"), 600);
        if (install.exitCode() != 0) {
            throw new AssertionError("npm ci in src/test/audit failed\n" + install);
        }
    }

    private static Outcome exec(List<String> command, long timeoutSeconds) {
        long started = System.nanoTime();
        try {
            Path stdout = Files.createTempFile("node-stdout", ".txt");
            Path stderr = Files.createTempFile("node-stderr", ".txt");
            ProcessBuilder builder = new ProcessBuilder(command).directory(DIRECTORY.toFile())
                    .redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
            // never let a package fetch a browser of its own: the tests drive the system's Chromium
            builder.environment().put("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
            Process process = builder.start();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
                throw new AssertionError(command + " did not finish within " + timeoutSeconds + " s\n"
                        + Files.readString(stdout) + Files.readString(stderr));
            }
            Outcome outcome = new Outcome(process.exitValue(), Files.readString(stdout, StandardCharsets.UTF_8),
                    Files.readString(stderr, StandardCharsets.UTF_8), (System.nanoTime() - started) / 1_000_000, null);
            Files.delete(stdout);
            Files.delete(stderr);
            return outcome;
        } catch (IOException e) {
            throw new UncheckedIOException(command + " could not run (are node and npm installed?)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
