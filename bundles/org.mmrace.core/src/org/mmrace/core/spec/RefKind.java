package org.mmrace.core.spec;

/** `pin=get|pin`: a FOLL_GET reference (+1) or a FOLL_PIN one (+GUP_PIN_COUNTING_BIAS). */
public enum RefKind { GET, PIN }
