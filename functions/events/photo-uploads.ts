import { Logger } from "@aws-lambda-powertools/logger";
import { processPhotoUpload } from "../../domain/gallery/process-photo-upload";
import { photoUploadEventSchema } from "../../events/photo-uploads";
import { sharpImageProcessor } from "../adapters/images/sharp-image-processor";
import { photoRefOfUpload } from "../adapters/s3/photo-objects";
import { container } from "../shared/container";
import { photoObjectsOf } from "../shared/photo-bucket";

const logger = new Logger({ serviceName: "rebook-photo-uploads" });
const { deps, environment } = await container(); // once per cold start
const process = processPhotoUpload(
  { ...deps, photoObjects: photoObjectsOf(environment) },
  sharpImageProcessor,
);

/**
 * For each photo uploaded: check it, strip its metadata, make its thumbnail (processPhotoUpload). A malformed
 * event or a key that names no upload is permanent and dropped with an error log; any other failure propagates,
 * so Lambda retries the event and finally dead-letters it.
 */
export const handler = async (event: unknown): Promise<void> => {
  const parsed = photoUploadEventSchema.safeParse(event);
  if (!parsed.success) {
    logger.error("dropped a malformed photo upload event", { issues: parsed.error.issues });
    return;
  }
  for (const record of parsed.data.Records.filter((record) => record.eventName.startsWith("ObjectCreated"))) {
    // S3 event keys are URL-encoded, spaces as "+".
    const key = decodeURIComponent(record.s3.object.key.replace(/\+/g, " "));
    const ref = photoRefOfUpload(key);
    if (ref === null) {
      logger.error("dropped an upload whose key names no photo", { key });
      continue;
    }
    logger.info("photo upload processed", { ...ref, outcome: await process(ref) });
  }
};
