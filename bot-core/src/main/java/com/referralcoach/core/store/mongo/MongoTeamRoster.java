package com.referralcoach.core.store.mongo;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Indexes.ascending;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.Team;
import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.port.TeamRoster;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * The teams of each workspace in {@code teams} (one document per team key), and the reps named managers in
 * {@code managers} (one tiny document each, found by {@code _id}).
 */
final class MongoTeamRoster implements TeamRoster {
    private static final Bson BY_KEY = Sorts.ascending(Fields.KEY, Fields.ID);

    private final WorkspaceCollection<Team> teams;
    private final WorkspaceCollection<Document> managers;

    MongoTeamRoster(WorkspaceCollection<Team> teams, WorkspaceCollection<Document> managers) {
        this.teams = teams;
        this.managers = managers;
    }

    /** Creates the indexes, then the roster over {@code database}'s {@code teams} and {@code managers}. */
    static MongoTeamRoster open(MongoDatabase database) {
        StoreIndexes.createUnique(database, Collections.TEAMS, "id_ws", ascending(Fields.ID, Fields.WS));
        StoreIndexes.createUnique(database, Collections.MANAGERS, "id_ws", ascending(Fields.ID, Fields.WS));
        StoreIndexes.create(database, Collections.TEAMS, "ws_key", ascending(Fields.WS, Fields.KEY, Fields.ID));
        StoreIndexes.create(database, Collections.TEAMS, "ws_members_key",
                ascending(Fields.WS, Fields.MEMBERS, Fields.KEY, Fields.ID));
        return new MongoTeamRoster(
                new WorkspaceCollection<>(MongoCoachStore.collection(database, Collections.TEAMS), TeamMapper::toTeam),
                new WorkspaceCollection<>(MongoCoachStore.collection(database, Collections.MANAGERS), d -> d));
    }

    @Override
    public Optional<Team> find(WorkspaceId workspace, String teamKey) {
        return teams.findById(workspace, TeamMapper.idOf(workspace, teamKey));
    }

    @Override
    public List<Team> all(WorkspaceId workspace) {
        return teams.find(workspace, Filters.empty(), BY_KEY, 0);
    }

    @Override
    public void save(Team team) {
        teams.save(TeamMapper.toDocument(team));
    }

    @Override
    public Optional<Team> teamOf(WorkspaceId workspace, RepId rep) {
        return teams.find(workspace, eq(Fields.MEMBERS, rep.value()), BY_KEY, 1).stream().findFirst();
    }

    @Override
    public boolean isManager(WorkspaceId workspace, RepId rep) {
        return managers.findById(workspace, managerId(workspace, rep)).isPresent();
    }

    @Override
    public void appoint(WorkspaceId workspace, RepId rep) {
        managers.save(WorkspaceCollection.byId(workspace.value(), managerId(workspace, rep))
                .append(Fields.REP, rep.value()));
    }

    @Override
    public boolean dismiss(WorkspaceId workspace, RepId rep) {
        return managers.delete(workspace, managerId(workspace, rep));
    }

    private static String managerId(WorkspaceId workspace, RepId rep) {
        return StoredIds.of(workspace.value(), rep.value());
    }
}
