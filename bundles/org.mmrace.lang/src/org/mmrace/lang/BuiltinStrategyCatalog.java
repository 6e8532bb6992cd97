package org.mmrace.lang;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The 13 built-in strategy ids of SEMANTICS.md section 3, in historical order. It does not know the
 * knobs and accepts every knob setting: the engine's registry, which defines the knobs, checks them.
 */
public final class BuiltinStrategyCatalog implements StrategyCatalog {

  /** The built-in ids, oldest first. */
  public static final List<String> IDS = List.of("linux-2.6.27", "forcecow-2008", "forcecow-2008-fixed",
      "brlock-2008", "gupfast-mmapsem-2008", "dio-pagelock-2008", "pg-gup-2009", "dontcow-2009", "linux-5.8",
      "linux-5.9", "linux-5.11", "linux-5.19", "linux-6.3");

  private static final Set<String> ID_SET = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(IDS));

  @Override
  public Set<String> strategyIds() {
    return ID_SET;
  }

  @Override
  public Optional<String> checkKnob(String name, String value) {
    return Optional.empty();
  }
}
