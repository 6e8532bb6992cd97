package org.mmrace.core.spec;

/** `gup=fast|slow`: get_user_pages_fast or get_user_pages. */
public enum GupMode { FAST, SLOW }
