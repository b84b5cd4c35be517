import org.evofit.core.data.DataSet;
import org.evofit.wrapper.script.ModelScript;
import org.evofit.wrapper.script.ScriptContext;
import org.evofit.wrapper.script.Values;

public final class Failing implements ModelScript {

    @Override
    public void define(ScriptContext c) {
        c.data("film.dat", 0, 1);
        throw new IllegalArgumentException("no thickness table");
    }

    @Override
    public void simulate(Values v, int dataSet, DataSet data, double[] out) {
    }
}
