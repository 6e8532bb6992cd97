/** The benchmark entry point ({@code Bench}). */
package org.mmrace.core.bench;
