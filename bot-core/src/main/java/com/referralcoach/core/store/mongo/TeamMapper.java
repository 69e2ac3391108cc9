package com.referralcoach.core.store.mongo;

import static com.referralcoach.core.store.mongo.StoredFields.optionalString;
import static com.referralcoach.core.store.mongo.StoredFields.putOptional;
import static com.referralcoach.core.store.mongo.StoredFields.string;

import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.Team;
import com.referralcoach.core.domain.WorkspaceId;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.bson.Document;

/**
 * Team <-> document of the {@code teams} collection, whose {@code _id} is made of the workspace and the team's key;
 * the key is stored too, for sorting, and the members as a sorted array of rep ids.
 */
final class TeamMapper {
    private TeamMapper() {
    }

    static String idOf(WorkspaceId workspace, String teamKey) {
        return StoredIds.of(workspace.value(), teamKey);
    }

    static Document toDocument(Team team) {
        Document document = new Document(Fields.ID, idOf(team.workspace(), team.key()))
                .append(Fields.WS, team.workspace().value())
                .append(Fields.KEY, team.key())
                .append(Fields.NAME, team.name())
                .append(Fields.MEMBERS, team.members().stream().map(RepId::value).sorted().toList())
                .append(Fields.ZONE, team.zone().getId());
        putOptional(document, Fields.MANAGER, team.manager().map(RepId::value));
        putOptional(document, Fields.IDEAL, team.ideal());
        return document;
    }

    static Team toTeam(Document document) {
        Set<RepId> members = document.getList(Fields.MEMBERS, String.class, List.of()).stream()
                .map(RepId::new).collect(Collectors.toSet());
        return new Team(new WorkspaceId(string(document, Fields.WS)), string(document, Fields.NAME), members,
                optionalString(document, Fields.MANAGER).map(RepId::new), ZoneId.of(string(document, Fields.ZONE)),
                optionalString(document, Fields.IDEAL));
    }
}
