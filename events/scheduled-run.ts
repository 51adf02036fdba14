import * as z from "zod/mini";

/**
 * What EventBridge Scheduler hands a scheduled run (and the local scheduler likewise): a constant naming the
 * run. The CDK schedule sends exactly `payload`; the handler checks it with `schema`.
 */
export const scheduledRun = <Kind extends string>(kind: Kind) => ({
  payload: { kind },
  schema: z.strictObject({ kind: z.literal(kind) }),
});
