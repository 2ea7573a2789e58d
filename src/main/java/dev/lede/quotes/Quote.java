package dev.lede.quotes;

/**
 * One direct quotation. {@code text} is what is inside the quotation marks, trimmed of the
 * comma that news style puts before the closing mark; for a quotation that runs over several
 * paragraphs the paragraphs are joined by a space and their opening marks dropped. {@code start}
 * and {@code end} are the char offsets of the quoted words in the article (from the first to the
 * last). {@code speaker} is the canonical name of the entity who said it, or null when no
 * attribution names one; {@code speakerStart} and {@code speakerEnd} are the offsets of the words
 * that name the speaker for this quotation (a name or a pronoun; those of the earlier quotation
 * when the speaker carries over), or -1 when {@code speaker} is null. {@code sentence} is the
 * index of the sentence the quotation opens in.
 */
public record Quote(
    String text,
    int start,
    int end,
    String speaker,
    int speakerStart,
    int speakerEnd,
    int sentence) {}
