import { loadActiveClient } from "../clients/load-client";
import { notFound } from "../errors";
import type { Photo, PhotoKind, PhotoType } from "../model/photo";
import type { Dependencies } from "../ports/dependencies";
import type { UploadUrl } from "../ports/photo-storage";

export interface PhotoUploadRequest {
  kind: PhotoKind;
  projectId: string | null;
  caption: string;
  /** What the console says it will upload; the upload URL is signed for exactly this. */
  contentType: PhotoType;
  bytes: number;
}

/**
 * Starts a photo: a pending item and a signed PUT URL for exactly the declared type and size. What arrives is
 * checked again when it is processed (its bytes decide its type), so a signed URL is no way around the rules.
 */
export const requestPhotoUpload =
  (deps: Pick<Dependencies, "clients" | "projects" | "photos" | "photoObjects" | "clock" | "newId">) =>
  async (
    studioId: string,
    clientId: string,
    request: PhotoUploadRequest,
  ): Promise<{ photo: Photo; upload: UploadUrl }> => {
    const [, project] = await Promise.all([
      loadActiveClient(deps.clients, studioId, clientId),
      request.projectId === null ? null : deps.projects.get(studioId, request.projectId),
    ]);
    if (request.projectId !== null && project?.clientId !== clientId)
      throw notFound("PROJECT.NOT_FOUND", request.projectId);
    const now = deps.clock();
    const photo: Photo = {
      id: deps.newId(),
      studioId,
      clientId,
      projectId: request.projectId,
      kind: request.kind,
      caption: request.caption,
      status: "pending",
      declaredType: request.contentType,
      declaredBytes: request.bytes,
      width: null,
      height: null,
      bytes: null,
      rejection: null,
      createdAt: now,
      updatedAt: now,
      version: 1,
    };
    await deps.photos.save(photo);
    const upload = await deps.photoObjects.uploadUrl(
      { studioId, clientId, photoId: photo.id },
      { type: request.contentType, bytes: request.bytes },
    );
    return { photo, upload };
  };
