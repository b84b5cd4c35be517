/**
 * Accounts of {@code evofit serve}: who may sign in, with which role, and their password hashes, kept in
 * the data directory's {@code service/users.json} (written atomically, readable only by its owner).
 */
package org.evofit.server.account;
