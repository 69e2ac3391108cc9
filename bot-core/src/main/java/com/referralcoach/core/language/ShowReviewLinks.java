package com.referralcoach.core.language;

/** "review links": the review links the rep's drafts include. */
public record ShowReviewLinks() implements Command {
}
