import type { PhotoObjects } from "../../domain/ports/photo-storage";
import { createS3Client, s3PhotoObjects } from "../adapters/s3/photo-objects";
import type { Environment } from "./environment";

/** The gallery's bucket (PHOTO_BUCKET), through the local S3 server when S3_ENDPOINT is set. */
export const photoObjectsOf = (environment: Environment): PhotoObjects => {
  if (environment.PHOTO_BUCKET === undefined) throw new Error("PHOTO_BUCKET is not set");
  return s3PhotoObjects(createS3Client(environment.S3_ENDPOINT), environment.PHOTO_BUCKET);
};
