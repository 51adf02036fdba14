import { RebookError } from "../errors";
import { MAX_PHOTO_BYTES, type Photo, type PhotoRef, type PhotoRejection } from "../model/photo";
import { revised } from "../model/versioned";
import type { Dependencies } from "../ports/dependencies";
import type { ImageProcessor, ProcessedPhoto } from "../ports/photo-storage";
import { sniffImageType } from "./sniff-image-type";

export type ProcessingOutcome = "ready" | PhotoRejection | "no photo" | "done already";

const isGone = (error: unknown): boolean =>
  error instanceof RebookError && (error.code === "PHOTO.NOT_FOUND" || error.code === "CONCURRENT_UPDATE");

/**
 * Turns an upload into a photo, run for each object the bucket reports. The bytes must be an image of the
 * declared type (by their magic numbers) within the size limit, and decodable; the image is re-encoded
 * without its metadata (EXIF with GPS, XMP, IPTC) and with a thumbnail. The upload itself is always deleted:
 * only processed images are ever read. The photo is marked ready only after its objects are stored, and a
 * photo erased meanwhile has its objects deleted again, so an erasure can never be outrun.
 */
export const processPhotoUpload =
  (deps: Pick<Dependencies, "photos" | "photoObjects" | "clock">, processImage: ImageProcessor) =>
  async (ref: PhotoRef): Promise<ProcessingOutcome> => {
    const photo = await deps.photos.get(ref);
    if (photo === null || photo.status !== "pending") {
      await deps.photoObjects.deleteUpload(ref);
      return photo === null ? "no photo" : "done already";
    }
    const upload = await deps.photoObjects.readUpload(ref, MAX_PHOTO_BYTES);
    if (upload === null) return "no photo";

    const settle = async (changes: Partial<Photo>) => {
      await deps.photos.save(revised(photo, changes, deps.clock()));
    };
    const reject = async (rejection: PhotoRejection): Promise<ProcessingOutcome> => {
      await deps.photoObjects.deleteUpload(ref);
      await settle({ status: "rejected", rejection }).catch((error: unknown) => {
        if (!isGone(error)) throw error;
      });
      return rejection;
    };

    if (upload === "too large" || upload.length > photo.declaredBytes) return reject("TOO_LARGE");
    const type = sniffImageType(upload);
    if (type === null) return reject("NOT_AN_IMAGE");
    if (type !== photo.declaredType) return reject("TYPE_MISMATCH");
    let processed: ProcessedPhoto;
    try {
      processed = await processImage(upload, type);
    } catch {
      return reject("UNREADABLE");
    }

    await deps.photoObjects.storeProcessed(ref, processed);
    try {
      await settle({
        status: "ready",
        width: processed.original.width,
        height: processed.original.height,
        bytes: processed.original.bytes.length,
      });
    } catch (error) {
      if (!isGone(error)) throw error;
      await deps.photoObjects.deleteProcessed(ref);
      return "no photo";
    } finally {
      await deps.photoObjects.deleteUpload(ref);
    }
    return "ready";
  };
