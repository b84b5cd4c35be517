/**
 * Git over HTTP: every project's repository can be cloned read-only with the real {@code git} binary
 * ({@code git clone http://HOST/projects/NAME.git}), served by JGit's smart-HTTP filter (upload-pack
 * only). Pushes are refused with a message, a project that does not exist or that the requester may not see is
 * 404 (the same answer), and nothing outside the data directory's {@code projects/} can be named.
 *
 * <p>{@link org.evofit.server.git.GitHosting} is the {@link org.evofit.server.ServerFeature} that puts
 * the filter in front of the pages; the other types are its parts.
 */
package org.evofit.server.git;
