package com.referralcoach.core.store.mongo;

import static com.referralcoach.core.store.mongo.StoredFields.date;
import static com.referralcoach.core.store.mongo.StoredFields.instant;
import static com.referralcoach.core.store.mongo.StoredFields.string;

import com.referralcoach.core.domain.Goal;
import com.referralcoach.core.domain.GoalMetric;
import com.referralcoach.core.domain.GoalOwner;
import com.referralcoach.core.domain.GoalPeriod;
import com.referralcoach.core.domain.WorkspaceId;
import org.bson.Document;

/**
 * Goal <-> document of the {@code goals} collection, whose {@code _id} is made of the workspace, the owner's kind
 * and id, and the metric, so there is one document per owner and metric; enums are kept by name.
 */
final class GoalMapper {
    static final String OWNER_KIND = "ownerKind";
    static final String TARGET = "target";
    static final String PERIOD = "period";
    static final String SET_AT = "setAt";

    private GoalMapper() {
    }

    static String idOf(WorkspaceId workspace, GoalOwner owner, GoalMetric metric) {
        return StoredIds.of(workspace.value(), owner.kind().name(), owner.id(), metric.name());
    }

    static Document toDocument(Goal goal) {
        return new Document(Fields.ID, idOf(goal.workspace(), goal.owner(), goal.metric()))
                .append(Fields.WS, goal.workspace().value())
                .append(OWNER_KIND, goal.owner().kind().name())
                .append(Fields.OWNER, goal.owner().id())
                .append(Fields.METRIC, goal.metric().name())
                .append(TARGET, goal.target())
                .append(PERIOD, goal.period().name())
                .append(SET_AT, date(goal.setAt()));
    }

    static Goal toGoal(Document document) {
        GoalOwner owner = new GoalOwner(GoalOwner.Kind.valueOf(string(document, OWNER_KIND)),
                string(document, Fields.OWNER));
        return new Goal(new WorkspaceId(string(document, Fields.WS)), owner,
                GoalMetric.valueOf(string(document, Fields.METRIC)), document.getInteger(TARGET),
                GoalPeriod.valueOf(string(document, PERIOD)), instant(document, SET_AT));
    }
}
