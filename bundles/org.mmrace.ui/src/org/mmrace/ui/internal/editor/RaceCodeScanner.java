package org.mmrace.ui.internal.editor;

import java.util.List;

import org.eclipse.jface.text.rules.IRule;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.IWordDetector;
import org.eclipse.jface.text.rules.NumberRule;
import org.eclipse.jface.text.rules.RuleBasedScanner;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.jface.text.rules.WhitespaceRule;
import org.eclipse.jface.text.rules.WordRule;
import org.mmrace.core.strategy.Strategies;
import org.mmrace.lang.assist.RaceSyntax;

/** Colours statements, operations, values, options and strategy ids in the code partition. */
final class RaceCodeScanner extends RuleBasedScanner {

    RaceCodeScanner() {
        IToken keyword = new Token(RaceColors.KEYWORD);
        IToken operation = new Token(RaceColors.OPERATION);
        IToken value = new Token(RaceColors.VALUE);
        IToken option = new Token(RaceColors.OPTION);
        IToken strategy = new Token(RaceColors.STRATEGY);
        WordRule words = new WordRule(new IWordDetector() {
            @Override
            public boolean isWordStart(char c) {
                return Character.isLetter(c) || c == '_';
            }

            @Override
            public boolean isWordPart(char c) {
                return Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.';
            }
        }, Token.UNDEFINED);
        RaceSyntax.KEYWORDS.keySet().forEach(w -> words.addWord(w, keyword));
        RaceSyntax.OPERATIONS.keySet().forEach(w -> words.addWord(w, operation));
        RaceSyntax.VALUES.forEach(w -> words.addWord(w, value));
        RaceSyntax.OPTIONS.forEach(o -> words.addWord(o.substring(0, o.length() - 1), option));
        Strategies.builtinIds().forEach(id -> words.addWord(id, strategy));
        setRules(List.<IRule>of(new WhitespaceRule(Character::isWhitespace), words,
                new NumberRule(new Token(RaceColors.NUMBER))).toArray(IRule[]::new));
    }
}
