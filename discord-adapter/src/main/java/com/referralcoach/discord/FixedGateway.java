package com.referralcoach.discord;

import net.dv8tion.jda.api.utils.ConcurrentSessionController;

/** JDA's session controller, with the gateway address taken from the settings instead of Discord's default. */
final class FixedGateway extends ConcurrentSessionController {
    private final String url;

    FixedGateway(String url) {
        this.url = url;
    }

    @Override
    public String getGateway() {
        return url;
    }
}
