/** The gather engine: a tick-exact model of CPython 3.11 asyncio. Pure Java, no JavaFX. */
package org.gatherlab.engine;
