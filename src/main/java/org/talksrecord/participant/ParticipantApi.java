package org.talksrecord.participant;

import static org.talksrecord.common.Declared.answeredByReadPlans;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

/** Declares the participant reads of the schema; the read plans answer them (package readplan). */
@GraphQLApi
public class ParticipantApi {

    @Query
    @NonNull
    @Description("Participants, A to Z by name unless ordered otherwise.")
    public ParticipantConnection participants(Integer first, String after, ParticipantFilter filter,
            ParticipantOrder orderBy) {
        return answeredByReadPlans();
    }

    @Query
    @Description("A participant by ID; null when the ID names no participant.")
    public ParticipantView participant(@Id @NonNull String id) {
        return answeredByReadPlans();
    }

    @NonNull
    @Description("People and bodies affiliated to this participant, A to Z.")
    public ParticipantConnection members(@Source ParticipantView participant, Integer first, String after) {
        return answeredByReadPlans();
    }

    @Description("The state or organization this person or body belongs to.")
    public ParticipantView affiliation(@Source ParticipantView participant) {
        return answeredByReadPlans();
    }
}
