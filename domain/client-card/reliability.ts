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

/** An event this many days old counts half as much as one today: a client can outgrow an old no-show. */
export const HALF_LIFE_DAYS = 180;
const DAY_MS = 86_400_000;

/** The weight of an event that started at `startsAt`, seen at `now`; events ahead count fully. */
const weightAt = (now: number) => (startsAt: string) =>
  0.5 ** (Math.max(0, now - Date.parse(startsAt)) / DAY_MS / HALF_LIFE_DAYS);

/**
 * Attended against missed appointments, each weighted by its age (half-life `HALF_LIFE_DAYS`), a late
 * cancellation half a no-show; ordinary cancellations do not count:
 * score = 100 · Σw(attended) / (Σw(attended) + Σw(no-shows) + ½ · Σw(late cancellations)).
 * A new client (nothing attended or missed) is neutral. The counts are plain counts.
 */
export const reliability = (history: VisitHistory, now: string): Reliability => {
  const weight = weightAt(Date.parse(now));
  const sum = (starts: string[]) => starts.reduce((total, startsAt) => total + weight(startsAt), 0);
  const incidents = Object.values(history.incidents);
  const visits = Object.values(history.visits);
  const noShows = incidents.filter((incident) => incident.kind === "no_show");
  const lateCancellations = incidents.filter((incident) => incident.kind === "late_cancellation");
  const attendedWeight = sum(visits.map((visit) => visit.startsAt));
  const weighted =
    attendedWeight +
    sum(noShows.map((incident) => incident.startsAt)) +
    LATE_CANCELLATION_WEIGHT * sum(lateCancellations.map((incident) => incident.startsAt));
  const score = weighted === 0 ? null : Math.round((100 * attendedWeight) / weighted);
  return {
    attended: visits.length,
    noShows: noShows.length,
    lateCancellations: lateCancellations.length,
    score,
    colour: colourFor(score),
  };
};
