import { ConditionalCheckFailedException, TransactionCanceledException } from "@aws-sdk/client-dynamodb";
import { RebookError } from "../../../domain/errors";

/**
 * True when a write was refused because one of its conditions did not hold, or because a concurrent
 * transaction held one of its items: either way another writer came first, and re-reading is the answer.
 */
export const isConditionFailure = (error: unknown): boolean =>
  error instanceof ConditionalCheckFailedException ||
  (error instanceof TransactionCanceledException &&
    (error.CancellationReasons ?? []).some(
      (reason) => reason.Code === "ConditionalCheckFailed" || reason.Code === "TransactionConflict",
    ));

/** Runs a conditional write and turns a failed condition into the given domain error. */
export const withConditionAs = async <T>(
  write: () => Promise<T>,
  onFailure: (failure: unknown) => RebookError,
): Promise<T> => {
  try {
    return await write();
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
    const domainError = onFailure(error);
    throw new RebookError(domainError.code, domainError.message, {
      issues: domainError.issues,
      details: domainError.details,
      cause: error,
    });
  }
};

/** Whether a cancelled transaction's item at `index` failed its own condition. */
export const refusedAt = (error: unknown, index: number): boolean =>
  error instanceof TransactionCanceledException &&
  error.CancellationReasons?.[index]?.Code === "ConditionalCheckFailed";
