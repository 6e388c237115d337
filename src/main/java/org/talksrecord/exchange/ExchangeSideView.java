package org.talksrecord.exchange;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("ExchangeSide")
@Description("The people one participant released to another in an exchange.")
public record ExchangeSideView(
        @Ignore long exchangeKey,
        @Ignore long releasedByKey,
        @Ignore long receivedByKey,
        @NonNull int military,
        @NonNull int civilians,
        @NonNull @Description("military + civilians") int total) {

    public ExchangeSideView(long exchangeKey, long releasedByKey, long receivedByKey, int military, int civilians) {
        this(exchangeKey, releasedByKey, receivedByKey, military, civilians, military + civilians);
    }
}
