package org.talksrecord.common;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Interface;
import org.eclipse.microprofile.graphql.NonNull;

@Interface("Node")
@Description("An object with a globally unique, opaque ID (Relay global object identification).")
public interface Node {

    @Id
    @NonNull
    String getId();
}
