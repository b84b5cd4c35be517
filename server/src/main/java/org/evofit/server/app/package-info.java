/**
 * The assembled service: {@link org.evofit.server.app.Service} lists the features {@code evofit serve}
 * is made of. It sits above the feature packages (projects, runs, views, git, uploads), which depend
 * only on {@code org.evofit.server}'s frame, so adding a feature never makes a package cycle.
 */
package org.evofit.server.app;
