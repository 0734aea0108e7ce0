/** Reports in every format the command line and the app export: JSON, CSV, text, SVG. Pure Java. */
package org.gatherlab.report;
