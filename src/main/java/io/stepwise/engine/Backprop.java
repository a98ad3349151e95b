package io.stepwise.engine;

/**
 * Backpropagation: the gradient of a loss with respect to every weight and bias, found by
 * dynamic programming over the layers.
 *
 * <p>For each neuron and sample it stores δ = ∂loss/∂z, the derivative with respect to the
 * neuron's pre-activation. The output layer's δ comes straight from the loss:
 * δ_L[j] = ∂loss/∂ŷ_j · f_L'(z_L[j]), or for a layer that couples its outputs (softmax)
 * δ_L[j] = Σ_i ∂loss/∂ŷ_i · ∂ŷ_i/∂z_L[j] ({@link OutputLayer#delta}). Every earlier layer reuses the layer after it:
 * δ_l[j] = f_l'(z_l[j]) · Σ_k w_(l+1)[k][j] · δ_(l+1)[k]. Each gradient is then read off as
 * ∂loss/∂w_l[j][i] = Σ_samples δ_l[j] · a_(l−1)[i] and ∂loss/∂b_l[j] = Σ_samples δ_l[j].
 *
 * @param deltas δ indexed [layer − 1][sample][neuron]: entry 0 is the first hidden layer
 * @param weightGradient ∂loss/∂w in weight order
 * @param biasGradient ∂loss/∂b in bias order
 */
public record Backprop(ForwardPass forward, double[][][] deltas, double[] weightGradient, double[] biasGradient) {

    /** Runs the forward pass, then fills δ from the output back to layer 1. Changes nothing. */
    public static Backprop run(Network network, Dataset data, Loss loss) {
        return run(network, data, loss, ForwardPass.run(network, data));
    }

    public static Backprop run(Network network, Dataset data, Loss loss, ForwardPass forward) {
        Architecture arch = network.architecture();
        int layers = arch.layerCount();
        int samples = data.size();
        double[] w = network.weightsView();
        double[][] y = data.y();
        double[][][] z = forward.preActivations();
        double[][][] a = forward.activations();
        double[][][] delta = new double[layers][][];

        int last = layers - 1;
        int count = samples * arch.outputCount();
        OutputLayer output = arch.outputLayer();
        delta[last] = new double[samples][arch.outputCount()];
        double[] dLoss = new double[arch.outputCount()];
        for (int s = 0; s < samples; s++) {
            for (int j = 0; j < dLoss.length; j++) dLoss[j] = loss.derivative(y[s][j], a[last][s][j], count);
            output.delta(z[last][s], a[last][s], dLoss, delta[last][s]);
        }
        for (int l = last - 1; l >= 1; l--) {
            int width = arch.size(l);
            int next = arch.size(l + 1);
            int nextOffset = arch.weightIndex(l + 1, 0, 0);
            Activation f = arch.activation(l);
            delta[l] = new double[samples][width];
            for (int s = 0; s < samples; s++) {
                for (int j = 0; j < width; j++) {
                    double sum = 0;
                    for (int k = 0; k < next; k++) sum += w[nextOffset + k * width + j] * delta[l + 1][s][k];
                    delta[l][s][j] = f.derivative(z[l][s][j]) * sum;
                }
            }
        }

        double[] gw = new double[arch.weightCount()];
        double[] gb = new double[arch.biasCount()];
        for (int l = 1; l < layers; l++) {
            int in = arch.size(l - 1);
            int wOffset = arch.weightIndex(l, 0, 0);
            int bOffset = arch.biasIndex(l, 0);
            for (int s = 0; s < samples; s++) {
                for (int j = 0; j < arch.size(l); j++) {
                    double d = delta[l][s][j];
                    gb[bOffset + j] += d;
                    for (int i = 0; i < in; i++) gw[wOffset + j * in + i] += d * a[l - 1][s][i];
                }
            }
        }

        double[][][] stored = new double[layers - 1][][];
        System.arraycopy(delta, 1, stored, 0, layers - 1);
        return new Backprop(forward, stored, gw, gb);
    }

    /** δ of a neuron in a non-input layer (layer ≥ 1) for one sample. */
    public double delta(int layer, int sample, int neuron) {
        return deltas[layer - 1][sample][neuron];
    }

    /** The whole gradient in flat order: weights, then biases. */
    public double[] gradient() {
        double[] g = new double[weightGradient.length + biasGradient.length];
        System.arraycopy(weightGradient, 0, g, 0, weightGradient.length);
        System.arraycopy(biasGradient, 0, g, weightGradient.length, biasGradient.length);
        return g;
    }

    public double gradient(Parameter p) {
        return p.isWeight() ? weightGradient[p.index()] : biasGradient[p.index()];
    }
}
