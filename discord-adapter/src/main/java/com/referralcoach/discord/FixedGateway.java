package com.referralcoach.discord;

import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.utils.ConcurrentSessionController;

/**
 * JDA's session controller, with the gateway address taken from the settings instead of Discord's default; the
 * recommended shard count and how many shards may identify at once still come from Discord ({@code GET
 * /gateway/bot}).
 */
final class FixedGateway extends ConcurrentSessionController {
    private final String url;

    FixedGateway(String url) {
        this.url = url;
    }

    @Override
    public String getGateway() {
        return url;
    }

    @Override
    public ShardedGateway getShardedGateway(JDA api) {
        ShardedGateway discords = super.getShardedGateway(api);
        return new ShardedGateway(url, discords.getShardTotal(), discords.getConcurrency());
    }
}
