package io.stepwise.tutorial;

import io.stepwise.engine.Architecture;
import io.stepwise.engine.Network;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A picture of a network as positioned shapes: neurons in columns, one per layer, and an edge
 * per weight whose width grows with |w| and whose dash shows the sign (colour repeats it, but is
 * never the only carrier). Current values sit on the edges and under the neurons; trained
 * parameters are marked, and δ values can be shown on the neurons. Coordinates are in the SVG's
 * viewBox units.
 */
public record NetworkDiagram(double width, double height, String title, String description, List<Node> nodes, List<Edge> edges,
                             boolean showsTrained) {
    static final double WIDTH = 640;
    static final double MARGIN_X = 70;
    static final double RADIUS = 22;
    /** Above this many edges the weight labels would overlap; each edge keeps its hover title. */
    static final int MAX_LABELLED_EDGES = 12;

    /**
     * @param text the value under the neuron (its bias), or null for inputs
     * @param delta δ when shown, or null
     * @param deltaStatus "new", "reused" or "filled", for the δ's highlight
     */
    public record Node(double x, double y, double r, String label, String text, boolean trained, String delta, String deltaStatus,
                       String title) {
        /** A name too wide for the circle at the usual size (an input such as "dosage"): drawn smaller. */
        public boolean longLabel() { return label.length() * 8 > 2 * r - 4; }
    }

    public record Edge(double x1, double y1, double x2, double y2, double strokeWidth, boolean negative, boolean trained,
                       String label, double labelX, double labelY, String title) {}

    /**
     * @param trained flat indices of the trained parameters
     * @param deltas δ per [layer][neuron] for the layers that show one (null entries show none)
     * @param deltaStatus highlight per layer for its δ values (null for none)
     */
    public static NetworkDiagram of(Network network, List<String> inputNames, Set<Integer> trained, String[][] deltas,
                                    String[] deltaStatus, String title) {
        Architecture arch = network.architecture();
        int layers = arch.layerCount();
        int widest = 0;
        for (int l = 0; l < layers; l++) widest = Math.max(widest, arch.size(l));
        double gap = widest <= 2 ? 110 : widest <= 4 ? 90 : 72;
        double height = Math.max(240, widest * gap + 50);
        double[][][] at = new double[layers][][];
        for (int l = 0; l < layers; l++) {
            double x = layers == 1 ? WIDTH / 2 : MARGIN_X + l * (WIDTH - 2 * MARGIN_X) / (layers - 1);
            at[l] = new double[arch.size(l)][];
            for (int j = 0; j < arch.size(l); j++) {
                double y = height / 2 + (j - (arch.size(l) - 1) / 2.0) * gap - 8;
                at[l][j] = new double[] {round(x), round(y)};
            }
        }

        Wiring wiring = deltas == null ? WIRING.of(arch, network.weights(), inputNames, trained, at) : wiring(arch, network.weights(), inputNames, trained, at, deltas);
        List<Edge> edges = wiring.edges();

        List<Node> nodes = new ArrayList<>();
        for (int l = 0; l < layers; l++) {
            for (int j = 0; j < arch.size(l); j++) {
                String label = NeuronNames.neuron(arch, inputNames, l, j);
                String text = null;
                boolean isTrained = false;
                if (l > 0) {
                    int index = arch.biasIndex(l, j);
                    text = "b" + (index + 1) + " = " + shown(network.bias(l, j));
                    isTrained = trained.contains(arch.weightCount() + index);
                }
                String delta = deltas != null && deltas[l] != null ? deltas[l][j] : null;
                String status = deltaStatus != null && delta != null ? deltaStatus[l] : null;
                String hover = label + (text == null ? "" : ", " + text) + (delta == null ? "" : ", δ = " + delta);
                nodes.add(new Node(at[l][j][0], at[l][j][1], RADIUS, label, text, isTrained, delta, status, hover));
            }
        }
        return new NetworkDiagram(WIDTH, round(height), title, wiring.description(), nodes, edges, !trained.isEmpty());
    }

    /** The edges and the description that lists them: everything but the neurons, a function of the weights alone. */
    private record Wiring(List<Edge> edges, String description) {}

    /**
     * The last wiring drawn without δ values, with what it was drawn from: a lesson that trains
     * biases only (the last bias) draws the same edges at every step, and placing their labels was
     * a good part of the diagram's cost.
     */
    private static final LastWiring WIRING = new LastWiring();

    private static final class LastWiring {
        private record Entry(int[] sizes, double[] weights, List<String> inputNames, Set<Integer> trained, Wiring wiring) {}

        private volatile Entry last;

        Wiring of(Architecture arch, double[] weights, List<String> inputNames, Set<Integer> trained, double[][][] at) {
            Entry e = last;
            if (e != null && java.util.Arrays.equals(e.sizes, arch.sizes()) && java.util.Arrays.equals(e.weights, weights)
                    && e.inputNames.equals(inputNames) && e.trained.equals(trained)) {
                return e.wiring;
            }
            Wiring wiring = wiring(arch, weights, inputNames, trained, at, null);
            last = new Entry(arch.sizes().clone(), weights, List.copyOf(inputNames), Set.copyOf(trained), wiring);
            return wiring;
        }
    }

    /** @param weights the network's weights, in {@link Architecture#weightIndex} order */
    private static Wiring wiring(Architecture arch, double[] weights, List<String> inputNames, Set<Integer> trained, double[][][] at,
                                 String[][] deltas) {
        int layers = arch.layerCount();
        double maxAbs = 1e-12;
        for (double w : weights) maxAbs = Math.max(maxAbs, Math.abs(w));
        boolean labelled = arch.weightCount() <= MAX_LABELLED_EDGES;
        // What edge labels must not cover: each neuron, the value under it and the δ above it.
        List<double[]> taken = new ArrayList<>();
        for (int l = 0; l < layers; l++) {
            for (double[] p : at[l]) {
                taken.add(new double[] {p[0] - RADIUS, p[1] - RADIUS, p[0] + RADIUS, p[1] + RADIUS});
                if (l > 0) taken.add(new double[] {p[0] - 45, p[1] + RADIUS + 4, p[0] + 45, p[1] + RADIUS + 20});
                if (deltas != null && deltas[l] != null) taken.add(new double[] {p[0] - 45, p[1] - RADIUS - 20, p[0] + 45, p[1] - RADIUS - 4});
            }
        }
        List<Edge> edges = new ArrayList<>();
        for (int l = 1; l < layers; l++) {
            for (int j = 0; j < arch.size(l); j++) {
                for (int i = 0; i < arch.size(l - 1); i++) {
                    int index = arch.weightIndex(l, j, i);
                    double w = weights[index];
                    double[] a = at[l - 1][i];
                    double[] b = at[l][j];
                    String name = "w" + (index + 1);
                    String value = name + " = " + shown(w);
                    // Labels sit a third of the way along, where edges from one neuron have fanned out; where
                    // that spot is taken by a neuron or another label, at the first free spot along the edge.
                    double preferred = arch.size(l - 1) > 1 && arch.size(l) == 1 ? 0.62 : 0.38;
                    double[] spot = labelled ? freeSpot(a, b, value, preferred, taken) : null;
                    double lx = spot == null ? a[0] : spot[0];
                    double ly = spot == null ? a[1] : spot[1];
                    edges.add(new Edge(a[0], a[1], b[0], b[1], round(1 + 4 * Math.abs(w) / maxAbs), w < 0,
                            trained.contains(index), spot != null ? value : null, round(lx), round(ly),
                            value + " (" + NeuronNames.connection(NeuronNames.neuron(arch, inputNames, l - 1, i), NeuronNames.neuron(arch, inputNames, l, j)) + ")"));
                }
            }
        }

        StringBuilder description = new StringBuilder("Layers of ");
        description.append(String.join(", ", java.util.Arrays.stream(arch.sizes()).mapToObj(Integer::toString).toList()));
        description.append(" neurons. ");
        for (Edge e : edges) description.append(e.title()).append("; ");
        return new Wiring(List.copyOf(edges), description.toString().strip());
    }

    /**
     * Where along the edge from a to b its label goes: the preferred fraction of the way if the
     * label's box is free there, else the first free fraction; null when every spot is taken (the
     * edge then keeps only its hover title, as in larger networks).
     */
    private static double[] freeSpot(double[] a, double[] b, String text, double preferred, List<double[]> taken) {
        double halfWidth = text.length() * 4.2 + 4; // bold 13px, with room for the underline of a trained one
        double[] fractions = {preferred, 0.3, 0.46, 0.54, 0.25, 0.62, 0.7, 0.2, 0.75, 0.34, 0.42, 0.5, 0.58, 0.66, 0.8};
        for (double t : fractions) {
            double x = a[0] + t * (b[0] - a[0]);
            double y = a[1] + t * (b[1] - a[1]) - 6;
            double[] box = {x - halfWidth, y - 15, x + halfWidth, y + 6};
            boolean free = true;
            for (double[] other : taken) {
                if (box[0] < other[2] && other[0] < box[2] && box[1] < other[3] && other[1] < box[3]) { free = false; break; }
            }
            if (free) {
                taken.add(box);
                return new double[] {x, y};
            }
        }
        return null;
    }

    /**
     * A value as the parameter tables write it: three figures, and a one-decimal value with a
     * second decimal (−2.30, not −2.3), so the picture and the table beside it read the same.
     */
    static String shown(double value) {
        String text = Num.of(value).display();
        int point = text.indexOf('.');
        return point >= 0 && point == text.length() - 2 ? text + "0" : text;
    }

    public String viewBox() { return "0 0 " + (int) width + " " + (int) height; }

    private static double round(double v) { return Math.round(v * 10) / 10.0; }
}
