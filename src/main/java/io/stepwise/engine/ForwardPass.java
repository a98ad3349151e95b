package io.stepwise.engine;

/**
 * The values every neuron takes for every sample: its pre-activation z (the weighted sum of its
 * inputs plus its bias) and its activation a = f(z). Both are indexed [layer][sample][neuron];
 * layer 0 is the input layer, where z = a = the inputs.
 */
public record ForwardPass(double[][][] preActivations, double[][][] activations) {

    /**
     * Runs the network on every sample: for each layer l ≥ 1,
     * z_l[j] = Σ_i w_l[j][i] · a_(l−1)[i] + b_l[j] and a_l[j] = f_l(z_l[j]); the output layer's a is
     * what its {@link OutputLayer} makes of all its z together (the same thing for an elementwise one).
     * Reads the network and inputs; changes nothing.
     */
    public static ForwardPass run(Network network, Dataset data) {
        return run(network, data.x());
    }

    public static ForwardPass run(Network network, double[][] inputs) {
        Architecture arch = network.architecture();
        int layers = arch.layerCount();
        double[] w = network.weightsView();
        double[] b = network.biasesView();
        double[][][] z = new double[layers][][];
        double[][][] a = new double[layers][][];
        z[0] = Dataset.deepCopy(inputs);
        a[0] = z[0];
        int weightOffset = 0;
        int biasOffset = 0;
        int last = layers - 1;
        for (int l = 1; l < layers; l++) {
            int in = arch.size(l - 1);
            int out = arch.size(l);
            boolean coupled = l == last && !arch.elementwiseOutput();
            Activation f = coupled ? null : arch.activation(l);
            z[l] = new double[inputs.length][out];
            a[l] = new double[inputs.length][out];
            for (int s = 0; s < inputs.length; s++) {
                double[] prev = a[l - 1][s];
                for (int j = 0; j < out; j++) {
                    double sum = b[biasOffset + j];
                    int row = weightOffset + j * in;
                    for (int i = 0; i < in; i++) sum += w[row + i] * prev[i];
                    z[l][s][j] = sum;
                    if (!coupled) a[l][s][j] = f.apply(sum);
                }
                if (coupled) arch.outputLayer().apply(z[l][s], a[l][s]);
            }
            weightOffset += in * out;
            biasOffset += out;
        }
        return new ForwardPass(z, a);
    }

    public int layerCount() { return activations.length; }

    /** The output layer's activations, indexed [sample][output]. */
    public double[][] predictions() { return activations[activations.length - 1]; }

    /** Residuals y − ŷ, indexed [sample][output]. */
    public double[][] residuals(Dataset data) {
        double[][] p = predictions();
        double[][] r = new double[p.length][];
        for (int s = 0; s < p.length; s++) {
            r[s] = new double[p[s].length];
            for (int o = 0; o < p[s].length; o++) r[s][o] = data.target(s, o) - p[s][o];
        }
        return r;
    }
}
