/**
 * The {@code evofit} command (picocli): one class per verb that parses its options and calls the
 * wrapper, looper, dispatch or report API a Java user would call, and one place ({@code ErrorReporter})
 * that turns errors into messages and exit codes (0 success, 2 bad input, 1 anything else).
 */
package org.evofit.cli;
