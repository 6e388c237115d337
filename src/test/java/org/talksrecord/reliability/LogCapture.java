package org.talksrecord.reliability;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

import org.jboss.logmanager.ExtLogRecord;

/** Everything the service logs (and prints to stderr) while it is open: lines with their level and stack traces. */
final class LogCapture implements AutoCloseable {

    record Line(Level level, String logger, String text) {
    }

    private final List<Line> lines = new CopyOnWriteArrayList<>();
    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    private final PrintStream originalStderr = System.err;
    private final SimpleFormatter formatter = new SimpleFormatter();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            StringBuilder text = new StringBuilder(record instanceof ExtLogRecord formatted
                    ? formatted.getFormattedMessage()
                    : formatter.formatMessage(record));
            for (Throwable thrown = record.getThrown(); thrown != null; thrown = thrown.getCause()) {
                text.append(" | ").append(thrown);
                if (thrown.getCause() == thrown) {
                    break;
                }
            }
            lines.add(new Line(record.getLevel(), record.getLoggerName(), text.toString()));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    LogCapture() {
        Logger.getLogger("").addHandler(handler);
        System.setErr(new PrintStream(new OutputStream() {
            @Override
            public void write(int b) {
                originalStderr.write(b);
                synchronized (stderr) {
                    stderr.write(b);
                }
            }

            @Override
            public void write(byte[] b, int off, int len) {
                originalStderr.write(b, off, len);
                synchronized (stderr) {
                    stderr.write(b, off, len);
                }
            }
        }, true));
    }

    List<Line> lines() {
        return List.copyOf(lines);
    }

    /** The lines logged at {@code level} or above. */
    List<Line> atLeast(Level level) {
        return lines.stream().filter(line -> line.level().intValue() >= level.intValue()).toList();
    }

    long count(String fragment) {
        return lines.stream().filter(line -> line.text().contains(fragment)).count();
    }

    String stderr() {
        synchronized (stderr) {
            return stderr.toString(StandardCharsets.UTF_8);
        }
    }

    @Override
    public void close() {
        Logger.getLogger("").removeHandler(handler);
        System.setErr(originalStderr);
    }
}
