package org.posecoach.routine;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** "Did you mean …?" for a misspelt key or value: a known alias, else the closest spelling. */
final class Nearest {
  /** Longer input is cut before comparing; no valid word is nearly this long. */
  private static final int MAX_COMPARED_CHARS = 40;

  /** The shortest prefix worth completing ("rest" → "rest_after_seconds"). */
  private static final int MIN_PREFIX_CHARS = 4;

  private Nearest() {}

  /**
   * The candidate {@code given} most likely meant, if any is close enough.
   *
   * @param aliases words people are likely to write instead of a candidate, mapped to it
   */
  static Optional<String> to(
      String given, Collection<String> candidates, Map<String, String> aliases) {
    String word = normalize(given);
    if (aliases.containsKey(word)) {
      return Optional.of(aliases.get(word));
    }
    if (candidates.contains(word)) {
      return Optional.of(word);
    }
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      int distance = distance(word, candidate);
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    if (best != null && bestDistance <= Math.max(1, best.length() / 3)) {
      return Optional.of(best);
    }
    if (word.length() >= MIN_PREFIX_CHARS) {
      for (String candidate : candidates) {
        if (candidate.startsWith(word)) {
          return Optional.of(candidate);
        }
      }
    }
    return Optional.empty();
  }

  /** Lower case, with {@code -} and spaces as {@code _}: how ids are spelt. */
  static String normalize(String given) {
    String cut =
        given.length() > MAX_COMPARED_CHARS ? given.substring(0, MAX_COMPARED_CHARS) : given;
    return cut.strip().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
  }

  /** Levenshtein distance (insertions, deletions, substitutions). */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
