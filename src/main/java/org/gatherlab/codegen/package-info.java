/** Generated programs that reproduce a run with the real runtime (Python asyncio). */
package org.gatherlab.codegen;
