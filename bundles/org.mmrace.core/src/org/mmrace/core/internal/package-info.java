/** The engine's machinery: compiled scenario, packed state, kernel paths, explorer. Not API. */
package org.mmrace.core.internal;
