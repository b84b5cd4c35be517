/**
 * What only admins do in the browser and through the API: the accounts page ({@code /admin/accounts}), where an admin
 * lets a member upload model scripts or stops them, disables an account or changes its role. Everyone else is
 * answered as if the pages did not exist (404), and every change goes into the audit log.
 */
package org.evofit.server.admin;
