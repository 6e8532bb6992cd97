package org.mmrace.ui.internal.editor;

import java.util.List;

/** Checks a .race text as the language bundle's parser and validator do; called while the user types. */
@FunctionalInterface
public interface ScenarioChecker {

    List<Problem> check(String fileName, String text);
}
