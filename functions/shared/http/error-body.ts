import * as z from "zod";
import type { ErrorCode } from "../../../domain/errors";
import { statusOf } from "./error-status";

/**
 * The body of every refused or failed request (see `errorResponseMiddleware`): below 500 the code, message
 * and offending fields, plus facts the caller can act on (e.g. `clientId` of the card holding a phone
 * number); at 500 `INTERNAL` with a generic message.
 */
export const errorBodySchema = z.strictObject({
  error: z
    .object({
      code: z.enum([...(Object.keys(statusOf) as ErrorCode[]), "INTERNAL"]),
      message: z.string(),
      /** Each offending field, dotted (`body.phone`). */
      fields: z.array(z.strictObject({ field: z.string(), message: z.string() })).optional(),
    })
    .catchall(z.string()),
});
