/**
 * Provenance of a fit: which evofit build ran it, on which JVM and operating system, and exactly which
 * model file it fitted (content hash, and the git commit and status of the repository holding it).
 */
package org.evofit.wrapper.provenance;
