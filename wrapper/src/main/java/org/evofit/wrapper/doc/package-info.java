/**
 * Documents a person writes (model files, sweep files) as a tree of nodes that remember their line
 * and column, read from YAML or JSON, so that every mistake is reported as FILE:LINE:COLUMN with what
 * was expected ({@code ModelFileException}).
 */
package org.evofit.wrapper.doc;
