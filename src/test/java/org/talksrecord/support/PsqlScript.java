package org.talksrecord.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs a psql script over JDBC, for the bench's data generator in tests (no psql on a fresh machine): the
 * meta-commands it uses ({@code \set}, {@code \if}/{@code \else}/{@code \endif}, {@code \gset}, {@code \echo},
 * {@code \timing}, {@code \quit}) and variables ({@code :name}, {@code :'name'}, {@code :{?name}}).
 */
public final class PsqlScript {

    private static final Pattern VARIABLE = Pattern.compile("(?<!:):('?)([A-Za-z_][A-Za-z0-9_]*)\\1");

    private final Map<String, String> variables = new HashMap<>();
    private final Deque<Boolean> branches = new ArrayDeque<>();

    private PsqlScript(Map<String, String> variables) {
        this.variables.putAll(variables);
    }

    public static void run(Path script, String jdbcUrl, String user, String password, Map<String, String> variables) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password)) {
            new PsqlScript(variables).run(Files.readAllLines(script), connection);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("The script " + script + " failed: " + e.getMessage(), e);
        }
    }

    private void run(Iterable<String> lines, Connection connection) throws SQLException {
        StringBuilder statement = new StringBuilder();
        boolean inDollarQuote = false;
        for (String line : lines) {
            String trimmed = line.trim();
            if (!inDollarQuote && statement.isEmpty() && trimmed.startsWith("\\")) {
                if (!meta(trimmed)) {
                    return;
                }
                continue;
            }
            if (!active()) {
                continue;
            }
            if (!inDollarQuote && (trimmed.startsWith("--") || trimmed.isEmpty()) && statement.isEmpty()) {
                continue;
            }
            inDollarQuote ^= (line.split("\\$\\$", -1).length - 1) % 2 == 1;
            if (!inDollarQuote && trimmed.endsWith("\\gset")) {
                statement.append(line, 0, line.lastIndexOf("\\gset"));
                gset(connection, substitute(statement.toString()));
                statement.setLength(0);
            } else {
                statement.append(line).append('\n');
                if (!inDollarQuote && trimmed.endsWith(";")) {
                    try (Statement sql = connection.createStatement()) {
                        sql.execute(substitute(statement.toString()));
                    }
                    statement.setLength(0);
                }
            }
        }
    }

    /** Handles a meta-command; false for {@code \quit}. */
    private boolean meta(String command) {
        String[] words = command.split("\\s+", 3);
        switch (words[0]) {
            case "\\if" -> branches.push(active() && truth(words[1]));
            case "\\else" -> branches.push(!branches.pop() && (branches.isEmpty() || branches.peek()));
            case "\\endif" -> branches.pop();
            case "\\set" -> {
                if (active()) {
                    variables.put(words[1], words.length > 2 ? words[2] : "");
                }
            }
            case "\\quit" -> {
                return !active();
            }
            default -> {
                // \echo, \timing: output only
            }
        }
        return true;
    }

    private boolean active() {
        return branches.isEmpty() || branches.peek();
    }

    private boolean truth(String condition) {
        if (condition.startsWith(":{?")) {
            return variables.containsKey(condition.substring(3, condition.length() - 1));
        }
        String value = condition.startsWith(":") ? variables.getOrDefault(condition.substring(1), "") : condition;
        return value.equals("t") || value.equals("true") || value.equals("on") || value.equals("1");
    }

    private void gset(Connection connection, String query) throws SQLException {
        try (Statement sql = connection.createStatement(); ResultSet row = sql.executeQuery(query)) {
            if (row.next()) {
                for (int i = 1; i <= row.getMetaData().getColumnCount(); i++) {
                    variables.put(row.getMetaData().getColumnLabel(i), row.getString(i));
                }
            }
        }
    }

    private String substitute(String sql) {
        Matcher matcher = VARIABLE.matcher(sql);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = variables.get(matcher.group(2));
            String replacement = value == null
                    ? matcher.group()
                    : matcher.group(1).isEmpty() ? value : "'" + value.replace("'", "''") + "'";
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
