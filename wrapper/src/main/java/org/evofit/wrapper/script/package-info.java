/**
 * Model scripts: models written as Java source, compiled when loaded, for couplings and layer logic
 * a YAML model cannot express (GenX's "Sim" scripts). Start at {@link org.evofit.wrapper.script.ScriptModels}.
 */
package org.evofit.wrapper.script;
