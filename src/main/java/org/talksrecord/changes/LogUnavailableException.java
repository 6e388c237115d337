package org.talksrecord.changes;

import org.talksrecord.common.ApiException;
import org.talksrecord.common.ErrorCodes;

/** Ends a resumed subscription whose catch-up could not read the change log. */
public class LogUnavailableException extends ApiException {

    LogUnavailableException() {
        super("The change log cannot be read right now. Subscribe again with `after` set to the cursor of the last "
                + "change received.", null);
    }

    @Override
    public ErrorCodes code() {
        return ErrorCodes.SERVICE_UNAVAILABLE;
    }
}
