import type { VisitHistory } from "../model/visit-history";

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
export const reliability = (history: VisitHistory): Reliability => {
  const incidents = Object.values(history.incidents);
  const attended = Object.keys(history.visits).length;
  const noShows = incidents.filter((incident) => incident.kind === "no_show").length;
  const lateCancellations = incidents.filter((incident) => incident.kind === "late_cancellation").length;
  const weighted = attended + noShows + LATE_CANCELLATION_WEIGHT * lateCancellations;
  const score = weighted === 0 ? null : Math.round((100 * attended) / weighted);
  return { attended, noShows, lateCancellations, score, colour: colourFor(score) };
};
