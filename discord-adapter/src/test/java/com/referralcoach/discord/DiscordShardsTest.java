package com.referralcoach.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.referralcoach.core.ReferralCoachException;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiscordShardsTest {

    @Test
    void aRangeOneShardOrAListOfTheTotal() {
        assertThat(DiscordShards.parse("0-3/8")).isEqualTo(new DiscordShards(List.of(0, 1, 2, 3), 8));
        assertThat(DiscordShards.parse("2/8")).isEqualTo(new DiscordShards(List.of(2), 8));
        assertThat(DiscordShards.parse(" 4,0,2/8 ")).isEqualTo(new DiscordShards(List.of(0, 2, 4), 8));
        assertThat(DiscordShards.parse("0-1,5/8").ids()).containsExactly(0, 1, 5);
    }

    @Test
    void whetherTheProcessRunsShardZeroAndEveryShard() {
        assertThat(DiscordShards.parse("0-3/8").runs(0)).isTrue();
        assertThat(DiscordShards.parse("4-7/8").runs(0)).isFalse();
        assertThat(DiscordShards.parse("0-7/8").all()).isTrue();
        assertThat(DiscordShards.parse("0-3/8").all()).isFalse();
    }

    @Test
    void malformedValuesAndIdsOutsideTheTotalAreRefusedWithWhatIsWrong() {
        for (String wrong : List.of("", "0-3", "/8", "a/8", "0-3/8/2", "1-/8", "0..3/8")) {
            assertThatThrownBy(() -> DiscordShards.parse(wrong)).isInstanceOf(ReferralCoachException.class)
                    .hasMessageContaining("such as 0-3/8");
        }
        assertThatThrownBy(() -> DiscordShards.parse("8/8"))
                .hasMessage("must name shard ids from 0 to 7, below the total of 8");
        assertThatThrownBy(() -> DiscordShards.parse("3-1/8")).hasMessageContaining("ends before it starts");
        assertThatThrownBy(() -> DiscordShards.parse("0/0")).hasMessage("must have a total of at least 1 shard");
    }

    @Test
    void aServerIsOnTheShardOfItsIdsTimestampModuloTheTotal() {
        long created = 41_771_983_423L; // milliseconds since Discord's epoch
        long server = created << 22 | 12_345;

        assertThat(DiscordShards.shardOf(server, 1)).isZero();
        assertThat(DiscordShards.shardOf(server, 16)).isEqualTo((int) (created % 16));
        assertThat(DiscordShards.shardOf(server, 2)).isEqualTo(1);
        // the worked example other Discord libraries document: this server id on 17 shards is on shard 7
        assertThat(DiscordShards.shardOf(81_384_788_765_712_384L, 17)).isEqualTo(7);
    }
}
