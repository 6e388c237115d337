package org.talksrecord.generative;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Failures grouped by kind, each with its smallest reproducing request, so that one run shows them all. */
final class FailureLog {

    private static final class Group {
        int cases;
        final Map<String, Integer> oddities = new TreeMap<>();
        Case smallest;
        int status;
        String response;
        String detail;
    }

    private final Map<String, Group> groups = new TreeMap<>();
    private int failedCases;

    synchronized void record(Case sent, int status, String response, List<Verdict.Finding> findings) {
        if (findings.isEmpty()) {
            return;
        }
        failedCases++;
        Map<String, Verdict.Finding> kinds = new LinkedHashMap<>();
        findings.forEach(f -> kinds.putIfAbsent(f.kind(), f));
        for (Verdict.Finding finding : kinds.values()) {
            Group group = groups.computeIfAbsent(finding.kind(), k -> new Group());
            group.cases++;
            sent.tags().forEach(t -> group.oddities.merge(t.validity() + " " + t.kind(), 1, Integer::sum));
            if (group.smallest == null || sent.size() < group.smallest.size()
                    || sent.size() == group.smallest.size() && sent.index() < group.smallest.index()) {
                group.smallest = sent;
                group.status = status;
                group.response = response;
                group.detail = finding.detail();
            }
        }
    }

    synchronized boolean isEmpty() {
        return groups.isEmpty();
    }

    synchronized int classes() {
        return groups.size();
    }

    synchronized String report(long seed, int cases) {
        StringBuilder out = new StringBuilder();
        out.append(groups.size()).append(" failure classes in ").append(failedCases).append(" of ").append(cases)
                .append(" requests (seed ").append(seed).append(")\n");
        List<Map.Entry<String, Group>> ordered = groups.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, Group> e) -> -e.getValue().cases)).toList();
        int number = 1;
        for (Map.Entry<String, Group> entry : ordered) {
            out.append("  ").append(number++).append(". ").append(entry.getKey()).append(" — ")
                    .append(entry.getValue().cases).append(" requests\n");
        }
        number = 1;
        for (Map.Entry<String, Group> entry : ordered) {
            Group group = entry.getValue();
            out.append("\n[").append(number++).append("] ").append(entry.getKey()).append('\n');
            out.append("  in ").append(group.cases).append(" requests; their deliberate oddities: ")
                    .append(top(group.oddities)).append('\n');
            if (!group.detail.isEmpty()) {
                out.append("  about it: ").append(Case.shorten(Case.ascii(group.detail), 300)).append('\n');
            }
            out.append("  smallest: ").append(group.smallest.describe());
            out.append("  answer: HTTP ").append(group.status).append(' ')
                    .append(Case.shorten(Case.ascii(group.response == null ? "" : group.response), 2_000))
                    .append('\n');
        }
        return out.toString();
    }

    private static String top(Map<String, Integer> counts) {
        if (counts.isEmpty()) {
            return "none";
        }
        StringBuilder out = new StringBuilder();
        counts.entrySet().stream().sorted(Comparator.comparing((Map.Entry<String, Integer> e) -> -e.getValue()))
                .limit(8).forEach(e -> out.append(out.isEmpty() ? "" : ", ").append(e.getKey()).append(" ×")
                        .append(e.getValue()));
        return out.toString();
    }
}
