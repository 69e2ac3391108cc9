package com.referralcoach.core.language;

/** "pipeline": my open referred leads, oldest first. */
public record ShowPipeline() implements Command {
}
