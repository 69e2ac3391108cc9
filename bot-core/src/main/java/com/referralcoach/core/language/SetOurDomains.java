package com.referralcoach.core.language;

import java.util.List;

/** "our domains acme.com, acme.io": the team's own mail domains, whose meetings are internal (managers, admins). */
public record SetOurDomains(List<String> domains) implements Command {
    public SetOurDomains {
        domains = List.copyOf(domains);
        if (domains.isEmpty()) {
            throw new IllegalArgumentException("at least one domain");
        }
    }
}
