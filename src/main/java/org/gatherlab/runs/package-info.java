/**
 * Running a scenario's runs: the front door {@link org.gatherlab.runs.Engine} (virtual clock or real time, one route
 * from a run to its report) and the seam {@link org.gatherlab.runs.RunFamily} with its two families, Python's asyncio
 * and Java's counterparts. It sits above both families, the real-time runtime and the program writers, so none of
 * them depends on another through it.
 */
package org.gatherlab.runs;
