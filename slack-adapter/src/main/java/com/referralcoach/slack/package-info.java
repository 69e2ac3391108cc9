/**
 * The Slack adapter: maps Slack events, slash commands and interactions to engine messages and renders
 * replies as Block Kit; holds no business rule. {@link com.referralcoach.slack.SlackBot} is its only entry.
 */
package com.referralcoach.slack;
