package com.referralcoach.discord;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.utils.ConcurrentSessionController;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * JDA's session controller, with the gateway address taken from the settings instead of Discord's default; the
 * recommended shard count and how many shards may identify at once still come from Discord ({@code GET
 * /gateway/bot}). A shard whose connect waited in the queue while the bot shut down is left alone: JDA would start
 * its connection on thread pools already stopped and throw from the controller's own thread.
 */
final class FixedGateway extends ConcurrentSessionController {
    private static final Logger log = LoggerFactory.getLogger(FixedGateway.class);
    private final String url;
    private final Map<SessionConnectNode, SessionConnectNode> queued = new ConcurrentHashMap<>();

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

    @Override
    public void appendSession(SessionConnectNode node) {
        SessionConnectNode guarded = new UnlessShutDown(node, queued);
        queued.put(node, guarded);
        super.appendSession(guarded);
    }

    @Override
    public void removeSession(SessionConnectNode node) {
        SessionConnectNode guarded = queued.remove(node);
        super.removeSession(guarded == null ? node : guarded);
    }

    /**
     * A shard's connect that does nothing once its JDA is shutting down. A class, not a record: the queue it is
     * kept in holds it, so a record's hashCode or toString would go round in circles.
     */
    static final class UnlessShutDown implements SessionConnectNode {
        private final SessionConnectNode node;
        private final Map<SessionConnectNode, SessionConnectNode> queued;

        UnlessShutDown(SessionConnectNode node, Map<SessionConnectNode, SessionConnectNode> queued) {
            this.node = node;
            this.queued = queued;
        }

        @Override
        public boolean isReconnect() {
            return node.isReconnect();
        }

        @Override
        public JDA getJDA() {
            return node.getJDA();
        }

        @Override
        public JDA.ShardInfo getShardInfo() {
            return node.getShardInfo();
        }

        @Override
        public void run(boolean isLast) throws InterruptedException {
            queued.remove(node);
            try {
                node.run(isLast);
            } catch (RejectedExecutionException e) {
                JDA.Status status = node.getJDA().getStatus();
                if (status != JDA.Status.SHUTTING_DOWN && status != JDA.Status.SHUTDOWN) {
                    throw e;
                }
                log.debug("Shard {} was shut down before it could connect", node.getShardInfo());
            }
        }
    }
}
