/** Scenario files (*.gather.json): reading, validating and writing them. */
package org.gatherlab.scenario;
