package com.referralcoach.core.store.mongo;

import static com.referralcoach.core.store.mongo.StoredFields.string;

import com.referralcoach.core.domain.ChannelRef;
import com.referralcoach.core.domain.DigestSchedule;
import com.referralcoach.core.domain.WorkspaceId;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import org.bson.Document;

/**
 * DigestSchedule <-> document of {@code digestSchedules} ({@code _id} made of workspace and team key; the day by
 * name, the time as "HH:mm"), and the ids of the weekly claim markers in {@code digestClaims}.
 */
final class DigestScheduleMapper {
    static final String CHANNEL = "channel";
    static final String LABEL = "label";
    static final String DAY = "day";
    static final String TIME = "time";

    private DigestScheduleMapper() {
    }

    static String idOf(WorkspaceId workspace, String teamKey) {
        return StoredIds.of(workspace.value(), teamKey);
    }

    static String claimIdOf(WorkspaceId workspace, String teamKey, LocalDate weekStart) {
        return StoredIds.of(workspace.value(), teamKey, weekStart.toString());
    }

    static Document toDocument(DigestSchedule schedule) {
        Document channel = new Document(Fields.ID, schedule.channel().id()).append(LABEL, schedule.channel().label());
        return new Document(Fields.ID, idOf(schedule.workspace(), schedule.teamKey()))
                .append(Fields.WS, schedule.workspace().value())
                .append(Fields.TEAM, schedule.teamKey())
                .append(CHANNEL, channel)
                .append(DAY, schedule.day().name())
                .append(TIME, schedule.time().toString());
    }

    static DigestSchedule toSchedule(Document document) {
        Document channel = document.get(CHANNEL, Document.class);
        return new DigestSchedule(new WorkspaceId(string(document, Fields.WS)), string(document, Fields.TEAM),
                new ChannelRef(string(channel, Fields.ID), string(channel, LABEL)),
                DayOfWeek.valueOf(string(document, DAY)), LocalTime.parse(string(document, TIME)));
    }
}
