package org.kehu.support.survey;

/** What a question asks for: a score from 1 to 5, one of its options, or free text. */
public enum QuestionKind {
    SCALE, CHOICE, TEXT
}
