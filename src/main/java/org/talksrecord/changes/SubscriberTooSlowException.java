package org.talksrecord.changes;

import org.talksrecord.common.ApiException;
import org.talksrecord.common.ErrorCodes;

/** Ends a subscription whose client takes its payloads more slowly than they come. */
public class SubscriberTooSlowException extends ApiException {

    SubscriberTooSlowException(int wouldWait, int capacity) {
        super("The subscription ended: " + wouldWait + " payloads would be waiting for this client, more than the "
                + capacity + " allowed. Subscribe again; `changes` resumes without loss from the cursor of the last "
                + "change received (argument `after`).", null);
    }

    @Override
    public ErrorCodes code() {
        return ErrorCodes.SERVICE_UNAVAILABLE;
    }
}
