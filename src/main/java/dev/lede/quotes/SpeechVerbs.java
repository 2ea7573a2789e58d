package dev.lede.quotes;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** Verbs that introduce or tag reported speech ("said", "told", "warned", ...), in every form. */
final class SpeechVerbs {

  private static final Set<String> FORMS = new HashSet<>();

  static {
    String[] regular = {
      "add", "state", "explain", "note", "insist", "warn", "argue", "claim", "declare",
      "remark", "recall", "urge", "acknowledge", "admit", "announce", "comment", "conclude",
      "emphasise", "emphasize", "stress", "tweet", "post", "suggest", "observe", "joke",
      "caution", "concede", "reiterate", "ask", "continue", "predict", "promise", "vow", "boast",
      "complain", "confirm", "respond", "scoff", "quip", "shout", "whisper", "exclaim", "recount",
      "maintain", "contend", "assert", "mention", "repeat", "counter", "plead", "pledge"
    };
    for (String base : regular) {
      FORMS.add(base);
      FORMS.add(base.endsWith("e") ? base.substring(0, base.length() - 1) + "ing" : base + "ing");
      FORMS.add(base.endsWith("e") ? base + "d" : base + "ed");
      FORMS.add(base.endsWith("sh") || base.endsWith("ss") ? base + "es" : base + "s");
    }
    // irregular and doubling forms
    FORMS.addAll(
        Set.of(
            "say", "says", "said", "saying", "tell", "tells", "told", "telling", "write", "writes",
            "wrote", "writing", "reply", "replies", "replied", "replying", "deny", "denies",
            "denied", "denying", "admitted", "admitting", "quipped", "quipping", "pleaded", "pled",
            "testify", "testified", "testifies"));
  }

  private SpeechVerbs() {}

  static boolean isSpeechVerb(String word) {
    return FORMS.contains(word.toLowerCase(Locale.ROOT));
  }

  /** "saying", "adding": a participle whose subject is the subject of the main clause. */
  static boolean isParticiple(String word) {
    return isSpeechVerb(word) && word.toLowerCase(Locale.ROOT).endsWith("ing");
  }
}
