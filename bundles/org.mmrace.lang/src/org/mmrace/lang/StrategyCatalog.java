package org.mmrace.lang;

import java.util.Optional;
import java.util.Set;

/**
 * What the validator needs to know about strategies: the built-in ids and which knob settings are
 * valid. The engine's strategy registry (org.mmrace.core.strategy) implements it;
 * {@link BuiltinStrategyCatalog} knows only the ids.
 */
public interface StrategyCatalog {

  /** Whether {@code id} is a built-in strategy. */
  default boolean isStrategy(String id) {
    return strategyIds().contains(id);
  }

  /** The built-in strategy ids. */
  Set<String> strategyIds();

  /**
   * Checks one knob setting of a user-defined strategy.
   *
   * @return empty when {@code name=value} is a valid setting, else what is wrong with it (e.g.
   *         "unknown knob 'gup_fast.gaurd'; knobs: ...").
   */
  Optional<String> checkKnob(String name, String value);
}
