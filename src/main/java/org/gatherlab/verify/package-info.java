/**
 * Checking the engine against the real thing, without the toolkit: run a program GatherLab generated (only that, from
 * a {@link org.gatherlab.verify.ScratchDirectory} of its own, with a time limit: {@link org.gatherlab.verify.ProcessRunner}),
 * find the interpreters ({@link org.gatherlab.verify.PythonLocator}, {@link org.gatherlab.verify.JdkLocator}), and
 * compare what they report with the engine's report ({@link org.gatherlab.verify.ReportComparison},
 * {@link org.gatherlab.verify.JavaRunComparison}). The classroom's Verify and the differential tests both use it.
 */
package org.gatherlab.verify;
