package io.stepwise.engine;

/** Training samples: inputs and targets, both indexed [sample][feature]. */
public record Dataset(double[][] inputs, double[][] targets) {

    public Dataset {
        if (inputs.length != targets.length) throw new IllegalArgumentException("inputs and targets differ in length");
        inputs = deepCopy(inputs);
        targets = deepCopy(targets);
    }

    /** One input and one target per sample, as in the dosage example. */
    public static Dataset ofScalars(double[] inputs, double[] targets) {
        double[][] x = new double[inputs.length][];
        double[][] y = new double[targets.length][];
        for (int i = 0; i < inputs.length; i++) x[i] = new double[] {inputs[i]};
        for (int i = 0; i < targets.length; i++) y[i] = new double[] {targets[i]};
        return new Dataset(x, y);
    }

    public int size() { return inputs.length; }

    @Override
    public double[][] inputs() { return deepCopy(inputs); }

    @Override
    public double[][] targets() { return deepCopy(targets); }

    public double input(int sample, int feature) { return inputs[sample][feature]; }

    public double target(int sample, int output) { return targets[sample][output]; }

    /** The arrays themselves, for the engine's loops, which only read them. */
    double[][] x() { return inputs; }

    double[][] y() { return targets; }

    static double[][] deepCopy(double[][] a) {
        double[][] c = new double[a.length][];
        for (int i = 0; i < a.length; i++) c[i] = a[i].clone();
        return c;
    }
}
