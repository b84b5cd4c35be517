/**
 * What every located input error has in common ({@code InputFileException}: file, line, column and
 * what was expected), so that the command line reports any of them the same way, with exit code 2.
 */
package org.evofit.core.input;
