package org.talksrecord.changes;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.talksrecord.readplan.LookAhead;

/**
 * The subscribers of one document with the same variables: one compiled read serves them all, so each run of
 * log entries costs one statement per group, however many subscribers it has (Hasura calls this multiplexing).
 * Only the hub touches its members.
 */
final class SubscriptionGroup {

    /** What makes two subscriptions share a group: the document, the operation chosen and the variables. */
    record Key(String document, String operationName, Map<String, Object> variables) {
    }

    private final Key key;
    private final Topic topic;
    private final LookAhead.Batch batch;
    private final String responseKey;
    private final Set<Feed> feeds = new LinkedHashSet<>();

    SubscriptionGroup(Key key, Topic topic, LookAhead.Batch batch, String responseKey) {
        this.key = key;
        this.topic = topic;
        this.batch = batch;
        this.responseKey = responseKey;
    }

    Key key() {
        return key;
    }

    Topic topic() {
        return topic;
    }

    LookAhead.Batch batch() {
        return batch;
    }

    /** The subscription field's key in the response (its alias, if it has one). */
    String responseKey() {
        return responseKey;
    }

    void add(Feed feed) {
        feeds.add(feed);
    }

    void remove(Feed feed) {
        feeds.remove(feed);
    }

    int size() {
        return feeds.size();
    }

    boolean isEmpty() {
        return feeds.isEmpty();
    }

    void deliver(List<Object> payloads) {
        feeds.forEach(feed -> feed.deliver(payloads));
    }
}
