package com.referralcoach.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.RejectedExecutionException;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.utils.SessionController.SessionConnectNode;
import org.junit.jupiter.api.Test;

/**
 * A shard's connect that waited in the queue while the bot shut down ends quietly (JDA would throw from the
 * controller's thread, starting it on stopped pools); a running shard's failure to connect still shows.
 */
class FixedGatewayTest {
    @Test
    void aConnectQueuedWhileTheBotShutDownEndsQuietly() {
        for (JDA.Status status : new JDA.Status[] {JDA.Status.SHUTTING_DOWN, JDA.Status.SHUTDOWN}) {
            Map<SessionConnectNode, SessionConnectNode> queued = new HashMap<>();
            SessionConnectNode rejected = rejectedConnect(status);
            queued.put(rejected, rejected);
            assertThatNoException().isThrownBy(() -> new FixedGateway.UnlessShutDown(rejected, queued).run(true));
            assertThat(queued).isEmpty();
        }
    }

    @Test
    void aRunningShardsRejectedConnectStillFails() {
        SessionConnectNode rejected = rejectedConnect(JDA.Status.CONNECTING_TO_WEBSOCKET);
        assertThatThrownBy(() -> new FixedGateway.UnlessShutDown(rejected, new HashMap<>()).run(true))
                .isInstanceOf(RejectedExecutionException.class);
    }

    private static SessionConnectNode rejectedConnect(JDA.Status status) {
        JDA jda = (JDA) Proxy.newProxyInstance(JDA.class.getClassLoader(), new Class<?>[] {JDA.class},
                (proxy, method, args) -> method.getName().equals("getStatus") ? status : null);
        return new SessionConnectNode() {
            @Override
            public boolean isReconnect() {
                return false;
            }

            @Override
            public JDA getJDA() {
                return jda;
            }

            @Override
            public JDA.ShardInfo getShardInfo() {
                return new JDA.ShardInfo(1, 2);
            }

            @Override
            public void run(boolean isLast) {
                throw new RejectedExecutionException("the gateway pool is terminated");
            }
        };
    }
}
