package com.referralcoach.core.language;


/** "teams": every team with its manager, members, zone and digest. */
public record ShowTeams() implements Command {
}
