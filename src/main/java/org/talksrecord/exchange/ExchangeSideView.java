package org.talksrecord.exchange;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("ExchangeSide")
@Description("The people one participant released to another in an exchange.")
public record ExchangeSideView(
        @NonNull int military,
        @NonNull int civilians,
        @NonNull @Description("military + civilians") int total) {
}
