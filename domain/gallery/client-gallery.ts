import { loadActiveClient, loadClient } from "../clients/load-client";
import { notFound } from "../errors";
import type { Photo } from "../model/photo";
import type { Dependencies } from "../ports/dependencies";
import type { ReadUrls } from "../ports/photo-storage";

/** Read URLs on the card live this long: enough to look, too short to pass around. */
export const CARD_READ_SECONDS = 300;

export type GalleryPhoto = Photo & { urls: ReadUrls | null };

type GalleryDependencies = Pick<Dependencies, "clients" | "photos" | "photoObjects">;

/** A client's photos with signed read URLs for the ready ones (a project's only, if named), oldest first. */
export const photosWithUrls = async (
  deps: GalleryDependencies,
  studioId: string,
  clientId: string,
  seconds: number,
  projectId: string | null = null,
): Promise<GalleryPhoto[]> => {
  const photos = (await deps.photos.listForClient(studioId, clientId)).filter(
    (photo) => projectId === null || photo.projectId === projectId,
  );
  return Promise.all(
    photos.map(async (photo) => ({
      ...photo,
      urls:
        photo.status === "ready"
          ? await deps.photoObjects.readUrls({ studioId, clientId, photoId: photo.id }, seconds)
          : null,
    })),
  );
};

export const clientGallery =
  (deps: GalleryDependencies) =>
  async (
    studioId: string,
    clientId: string,
    query: { projectId: string | null },
  ): Promise<GalleryPhoto[]> => {
    await loadClient(deps.clients, studioId, clientId);
    return photosWithUrls(deps, studioId, clientId, CARD_READ_SECONDS, query.projectId);
  };

/**
 * Deletes one photo: its item first, so a processing run still busy with it finds it gone and deletes what it
 * stored; then its objects.
 */
export const deletePhoto =
  (deps: Pick<Dependencies, "clients" | "photos" | "photoObjects">) =>
  async (studioId: string, clientId: string, photoId: string): Promise<void> => {
    await loadActiveClient(deps.clients, studioId, clientId);
    const ref = { studioId, clientId, photoId };
    if ((await deps.photos.get(ref)) === null) throw notFound("PHOTO.NOT_FOUND", photoId);
    await deps.photos.remove(ref);
    await Promise.all([deps.photoObjects.deleteProcessed(ref), deps.photoObjects.deleteUpload(ref)]);
  };
