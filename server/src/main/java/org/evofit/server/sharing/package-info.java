/**
 * Who may see and change which project: every project belongs to the signed-in user who created it and is private
 * to them unless shared with named users (read or write) or made public read-only; admins see everything. The
 * {@link org.evofit.server.sharing.ProjectGuard} checks every path that names a project or a run (pages, API,
 * downloads, live progress, git URLs) before anything answers, and answers what a requester may not see exactly as
 * it answers what does not exist (404, the same words), so a private project's existence is never revealed.
 */
package org.evofit.server.sharing;
