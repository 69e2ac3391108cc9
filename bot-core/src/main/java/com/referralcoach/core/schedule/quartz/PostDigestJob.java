package com.referralcoach.core.schedule.quartz;

import com.referralcoach.core.digest.DigestDesk;
import com.referralcoach.core.domain.WorkspaceId;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A team's weekly cron trigger fired: post its digest unless this week's was posted already; or a manager asked
 * for it now. Data: ids only.
 */
@DisallowConcurrentExecution
final class PostDigestJob implements Job {
    static final String WORKSPACE = "workspace";
    static final String TEAM = "team";
    static final String ON_DEMAND = "onDemand";
    private static final Logger log = LoggerFactory.getLogger(PostDigestJob.class);
    private final DigestDesk desk;

    PostDigestJob(DigestDesk desk) {
        this.desk = desk;
    }

    @Override
    public void execute(JobExecutionContext context) {
        String workspace = context.getMergedJobDataMap().getString(WORKSPACE);
        String team = context.getMergedJobDataMap().getString(TEAM);
        try {
            if (context.getMergedJobDataMap().getBooleanValue(ON_DEMAND)) {
                desk.postNow(new WorkspaceId(workspace), team).join();
            } else {
                desk.postIfDue(new WorkspaceId(workspace), team).join();
            }
        } catch (RuntimeException e) {
            log.error("Posting team {}'s digest in workspace {} failed; the next check tries again", team, workspace, e);
        }
    }
}
