import type { Appointment } from "../model/appointment";

/** Scores from here up show green. */
export const GREEN_FROM_SCORE = 85;
/** Scores from here up (and below green) show orange; anything lower is red. */
export const ORANGE_FROM_SCORE = 60;
/** A late cancellation weighs half a no-show: the studio had notice, if too little to refill the slot. */
export const LATE_CANCELLATION_WEIGHT = 0.5;

export type ReliabilityColour = "green" | "orange" | "red" | "neutral";

export interface Reliability {
  attended: number;
  noShows: number;
  lateCancellations: number;
  /** 0–100; null while there is nothing to judge the client by. */
  score: number | null;
  colour: ReliabilityColour;
}

const colourFor = (score: number | null): ReliabilityColour => {
  if (score === null) return "neutral";
  if (score >= GREEN_FROM_SCORE) return "green";
  if (score >= ORANGE_FROM_SCORE) return "orange";
  return "red";
};

/** Attended against missed appointments; ordinary cancellations do not count. */
export const reliability = (appointments: Appointment[]): Reliability => {
  const attended = appointments.filter((a) => a.status === "attended").length;
  const noShows = appointments.filter((a) => a.status === "no_show").length;
  const lateCancellations = appointments.filter((a) => a.status === "cancelled" && a.lateCancellation).length;
  const weighted = attended + noShows + LATE_CANCELLATION_WEIGHT * lateCancellations;
  const score = weighted === 0 ? null : Math.round((100 * attended) / weighted);
  return { attended, noShows, lateCancellations, score, colour: colourFor(score) };
};
