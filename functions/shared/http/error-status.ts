import type { ErrorCode } from "../../../domain/errors";

/** The one table from domain error codes to HTTP statuses. */
export const statusOf: Record<ErrorCode, number> = {
  "VALIDATION.FAILED": 400,
  "AUTH.UNAUTHORIZED": 401,
  "AUTH.FORBIDDEN": 403,
  "STUDIO.NOT_FOUND": 404,
  "CLIENT.NOT_FOUND": 404,
  "CLIENT.ERASED": 409,
  "CLIENT.BLACKLISTED": 409,
  "CATEGORY.NOT_FOUND": 404,
  "SERVICE.NOT_FOUND": 404,
  "STAFF.NOT_FOUND": 404,
  "APPOINTMENT.NOT_FOUND": 404,
  "APPOINTMENT.SLOT_TAKEN": 409,
  "APPOINTMENT.INVALID_TRANSITION": 409,
  "PROJECT.NOT_FOUND": 404,
  "PROJECT.INVALID_TRANSITION": 409,
  "ROUTE.NOT_FOUND": 404,
  "MESSAGE.NOT_FOUND": 404,
  /** A provider refused a message for good (invalid address, rejected content). */
  "MESSAGE.REJECTED": 422,
  "UNSUBSCRIBE.INVALID_TOKEN": 400,
  CONCURRENT_UPDATE: 409,
};
