import { RebookError } from "../../domain/errors";
import { createStudio, type OpenedStudio } from "../../domain/studios/create-studio";
import { studioApplicationSchema } from "../http/catalog/catalog-schemas";
import { accountDirectoryOf } from "../shared/account-directory";
import { container } from "../shared/container";
import { parseInput } from "../shared/http/parse-request";
import { logger, observed } from "../shared/observability";

const { deps, environment } = await container();
const open = createStudio({ ...deps, accountDirectory: accountDirectoryOf(environment) });

export type StudioOpeningResult =
  | ({ ok: true } & OpenedStudio)
  | { ok: false; error: { code: string; message: string; fields?: unknown } };

/**
 * The platform operator's way to open a studio: invoked directly (IAM decides who may), never through the
 * API. Running it again with the same handle and owner finishes an opening that was cut short.
 */
export const handler = observed(async (event: unknown): Promise<StudioOpeningResult> => {
  try {
    const opened = await open(parseInput(studioApplicationSchema, event, "studio"));
    logger.info("studio opened", { studioId: opened.studio.id, handle: opened.studio.handle });
    return { ok: true, ...opened };
  } catch (error) {
    if (!(error instanceof RebookError)) throw error;
    return {
      ok: false,
      error: {
        code: error.code,
        message: error.message,
        ...(error.issues.length > 0 ? { fields: error.issues } : {}),
      },
    };
  }
});
