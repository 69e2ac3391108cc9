package com.referralcoach.core.port;

import com.referralcoach.core.contactfile.ContactFile;
import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.WorkspaceId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/**
 * The file ports of every chat platform in this process, as one: each call goes to the first platform that serves
 * the workspace, else to the fallback (the terminal's, or none). The engine is built before the platforms start,
 * so each platform joins as it starts, before it takes its first message.
 */
public final class FileRoutes implements ContactFiles, ImportProgress, ExportFiles {
    /** One platform's ports and the workspaces it serves. */
    private record Route(Predicate<WorkspaceId> serves, ContactFiles files, ImportProgress progress,
                         ExportFiles exports) {
    }

    private final Route fallback;
    private final List<Route> routes = new CopyOnWriteArrayList<>();

    public FileRoutes(ContactFiles files, ImportProgress progress, ExportFiles exports) {
        this.fallback = new Route(workspace -> true, Objects.requireNonNull(files, "files"),
                Objects.requireNonNull(progress, "progress"), Objects.requireNonNull(exports, "exports"));
    }

    /** Routes nowhere until a platform joins. */
    public static FileRoutes none() {
        return new FileRoutes(ContactFiles.NONE, ImportProgress.NONE, ExportFiles.NONE);
    }

    /** Sends the files of the workspaces {@code serves} accepts to these ports from now on. */
    public void join(Predicate<WorkspaceId> serves, ContactFiles files, ImportProgress progress, ExportFiles exports) {
        routes.add(new Route(Objects.requireNonNull(serves, "serves"), Objects.requireNonNull(files, "files"),
                Objects.requireNonNull(progress, "progress"), Objects.requireNonNull(exports, "exports")));
    }

    private Route of(WorkspaceId workspace) {
        return routes.stream().filter(route -> route.serves().test(workspace)).findFirst().orElse(fallback);
    }

    @Override
    public Optional<ContactFile> open(WorkspaceId workspace, RepId rep, String reference) {
        return of(workspace).files().open(workspace, rep, reference);
    }

    @Override
    public Optional<ContactFile> reopen(WorkspaceId workspace, RepId rep, String reference) {
        return of(workspace).files().reopen(workspace, rep, reference);
    }

    @Override
    public String missing(String reference) {
        return fallback.files().missing(reference);
    }

    @Override
    public String missing(WorkspaceId workspace, String reference) {
        return of(workspace).files().missing(workspace, reference);
    }

    @Override
    public void update(WorkspaceId workspace, RepId rep, String text) {
        of(workspace).progress().update(workspace, rep, text);
    }

    @Override
    public boolean serves(WorkspaceId workspace) {
        return of(workspace).exports().serves(workspace);
    }

    @Override
    public String deliver(WorkspaceId workspace, RepId rep, String fileName, FileContent content) {
        return of(workspace).exports().deliver(workspace, rep, fileName, content);
    }
}
