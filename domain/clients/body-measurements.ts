import type { BodyMeasurements } from "../model/client";
import type { Dependencies } from "../ports/dependencies";
import { retryOnConcurrentUpdate } from "../retry-on-concurrent-update";
import { loadActiveClient, loadClient } from "./load-client";

export type MeasurementsDraft = Pick<BodyMeasurements, "weightKg" | "heightCm" | "purpose">;

/** A client's weight and height with the studio's reason for keeping them; null when none are kept. */
export const bodyMeasurements =
  ({ clients }: Pick<Dependencies, "clients">) =>
  async (studioId: string, clientId: string): Promise<BodyMeasurements | null> => {
    await loadClient(clients, studioId, clientId);
    return clients.measurements(studioId, clientId);
  };

/** Records weight and height, always with why the studio keeps them; an erased client takes none. */
export const saveBodyMeasurements =
  ({ clients, clock }: Pick<Dependencies, "clients" | "clock">) =>
  (studioId: string, clientId: string, draft: MeasurementsDraft): Promise<BodyMeasurements> =>
    retryOnConcurrentUpdate(async () => {
      const [, current] = await Promise.all([
        loadActiveClient(clients, studioId, clientId),
        clients.measurements(studioId, clientId),
      ]);
      const measurements: BodyMeasurements = {
        studioId,
        clientId,
        ...draft,
        updatedAt: clock(),
        version: (current?.version ?? 0) + 1,
      };
      await clients.saveMeasurements(measurements);
      return measurements;
    });
