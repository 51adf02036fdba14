import { RebookError } from "./errors";

const ATTEMPTS = 3;

/** Re-runs a read-decide-write step when another writer changed the same items in between. */
export const retryOnConcurrentUpdate = async <T>(step: () => Promise<T>, attempts = ATTEMPTS): Promise<T> => {
  for (let attempt = 1; ; attempt++) {
    try {
      return await step();
    } catch (error) {
      const retryable =
        error instanceof RebookError && error.code === "CONCURRENT_UPDATE" && attempt < attempts;
      if (!retryable) throw error;
    }
  }
};
