package org.evofit.server.project;

import io.javalin.http.Context;
import java.util.Collection;

/**
 * Who may see which project, as the projects' pages need to know it: the list shows only the projects the
 * requester may see, a new project becomes its creator's, and a model script is taken only from someone allowed
 * to upload code. The sharing part of the service implements it (and guards every project and run path before
 * the pages answer); the projects part knows nothing of accounts beyond this.
 */
public interface ProjectAccess {

    /** Everything visible to everyone, no owners, scripts from anyone: the single user's service. */
    ProjectAccess OPEN = new ProjectAccess() {
        @Override
        public boolean visible(Context ctx, String project) {
            return true;
        }

        @Override
        public String owner(Context ctx) {
            return null;
        }

        @Override
        public void created(Context ctx, Project project) {
        }

        @Override
        public void checkScripts(Context ctx, Collection<String> scripts) {
        }
    };

    /** Whether the request's requester may see project {@code project}. */
    boolean visible(Context ctx, String project);

    /** The account a project the request creates will belong to (its id's owner part), or null for none. */
    String owner(Context ctx);

    /** Records that the request's requester created {@code project} (and so owns it). */
    void created(Context ctx, Project project);

    /**
     * Refuses (a {@link org.evofit.server.ServiceException} saying why) an upload holding the model scripts
     * {@code scripts} from a requester who may not upload code; does nothing when {@code scripts} is empty.
     */
    void checkScripts(Context ctx, Collection<String> scripts);
}
