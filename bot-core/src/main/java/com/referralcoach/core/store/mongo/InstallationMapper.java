package com.referralcoach.core.store.mongo;

import com.referralcoach.core.domain.Installation;
import com.referralcoach.core.domain.WorkspaceId;
import java.util.Date;
import org.bson.Document;

/** An {@link Installation} as the {@code bot} field of its workspace's installations document, and back. */
final class InstallationMapper {
    static final String BOT = "bot";
    private static final String ENTERPRISE = "enterprise";
    private static final String ORG_WIDE = "orgWide";
    private static final String TOKEN = "token";
    private static final String USER = "userId";
    private static final String BOT_ID = "botId";
    private static final String SCOPES = "scopes";
    private static final String REFRESH = "refresh";
    private static final String EXPIRES = "expiresAt";
    private static final String INSTALLED = "installedAt";

    private InstallationMapper() {
    }

    static Document toDocument(Installation installation) {
        Document bot = new Document(TOKEN, installation.botToken()).append(USER, installation.botUserId())
                .append(BOT_ID, installation.botId()).append(SCOPES, installation.scopes())
                .append(ORG_WIDE, installation.orgWide())
                .append(INSTALLED, StoredFields.date(installation.installedAt()));
        StoredFields.putOptional(bot, ENTERPRISE, installation.enterprise());
        StoredFields.putOptional(bot, REFRESH, installation.refreshToken());
        StoredFields.putOptional(bot, EXPIRES, installation.expiresAt().map(StoredFields::date));
        return bot;
    }

    static Installation fromDocument(WorkspaceId workspace, Document bot) {
        return new Installation(workspace, StoredFields.optionalString(bot, ENTERPRISE),
                bot.getBoolean(ORG_WIDE, false), StoredFields.string(bot, TOKEN), bot.getString(USER),
                bot.getString(BOT_ID), bot.getList(SCOPES, String.class, java.util.List.of()),
                StoredFields.optionalString(bot, REFRESH), StoredFields.optionalInstant(bot, EXPIRES),
                bot.get(INSTALLED, Date.class).toInstant());
    }

    /** Whether {@code bot} is an org-wide installation (one teams of its enterprise may join). */
    static boolean orgWide(Document bot) {
        return bot.getBoolean(ORG_WIDE, false);
    }
}
