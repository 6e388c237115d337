package org.talksrecord.changes;

import java.util.ArrayList;
import java.util.List;

import org.talksrecord.common.GlobalId;
import org.talksrecord.support.Fixtures;

/**
 * Participants the subscription tests create through the API; removed after each test with everything that
 * references them (their statements and exchanges), so that counts in other tests hold in any order.
 */
final class CreatedParticipants {

    private static final List<String> IDS = new ArrayList<>();

    private CreatedParticipants() {
    }

    static synchronized String add(String id) {
        IDS.add(id);
        return id;
    }

    static synchronized void removeAll(Fixtures fixtures) {
        for (int i = IDS.size() - 1; i >= 0; i--) {
            fixtures.removeParticipant(GlobalId.parse(IDS.get(i), "id").key());
        }
        IDS.clear();
    }
}
