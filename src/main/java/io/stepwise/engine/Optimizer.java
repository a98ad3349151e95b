package io.stepwise.engine;

/**
 * An update rule: how the gradient at a state becomes the step sizes subtracted from the
 * parameters (new = old − step size), and what the rule carries to the next state. The rule's
 * memory travels with each {@link Step}, so any state can be shown or resumed with it; a rule
 * with memory (momentum, Adam) is one more implementation of this interface.
 */
public interface Optimizer {

    /** The learning rate the rule scales its steps by. */
    double learningRate();

    /** The memory before the first update, for a network with this many parameters. */
    OptimizerState start(int parameterCount);

    /**
     * The update at one state. Reads the gradient and the memory, changes neither.
     *
     * @param trained flat indices of the parameters that move; every other step size is 0
     */
    Update update(double[] gradient, int[] trained, OptimizerState state);

    /**
     * @param stepSizes what is subtracted from each parameter, in flat order
     * @param next the memory the next state starts from
     */
    record Update(double[] stepSizes, OptimizerState next) {}
}
