package jp.renkei.normalise;

import java.time.LocalDate;

/**
 * A population figure used as a denominator.
 *
 * @param otherYear true when it was taken from outside the value's own period, as configuration allows
 */
public record Denominator(long population, LocalDate asOf, boolean otherYear) {
}
