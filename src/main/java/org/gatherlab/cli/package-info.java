/** The headless command line: gatherlab run, gatherlab code. */
package org.gatherlab.cli;
