import type { Client } from "../model/client";
import { revised } from "../model/versioned";
import type { Dependencies } from "../ports/dependencies";
import { mayBecome, withStatus } from "../projects/project-status";
import { projectsOfClient } from "../projects/projects-of-client";
import { retryOnConcurrentUpdate } from "../retry-on-concurrent-update";
import { loadClient } from "./load-client";

export const ERASED_NAME = "Erased";
export const ERASED_PROJECT_TITLE = "Erased project";
export const ERASED_CLOSE_REASON = "Client data erased";
/** Erasure outlasts a burst of concurrent edits: it re-reads and tries again until it is written. */
const ERASURE_ATTEMPTS = 10;

/**
 * GDPR erasure (Art. 17): personal data leaves the card, the appointment notes and the project texts;
 * appointments and projects themselves stay, anonymous, so the studio's statistics remain right.
 * The consent ledger stays as the studio's proof of consent and withdrawal, without IP address and user agent;
 * the messages sent to the client lose their address and content (suppressions are kept under the address's
 * keyed hash, so an erased address is still never mailed after a bounce or STOP); weight and height are deleted,
 * and so are the gallery's photos (objects and items).
 * The profile is erased last, so a retry after a crash finishes the job; every write is versioned, so a change
 * that read the card before the erasure cannot write its data back. Erasing twice changes nothing.
 */
export const eraseClient =
  (
    deps: Pick<
      Dependencies,
      "clients" | "appointments" | "projects" | "consents" | "outbox" | "photos" | "photoObjects" | "clock"
    >,
  ) =>
  async (studioId: string, clientId: string): Promise<void> => {
    if ((await loadClient(deps.clients, studioId, clientId)).erasedAt !== null) return;
    const now = deps.clock();
    const eraseProjects = async () => {
      const projects = await projectsOfClient(deps.projects, studioId, clientId);
      await Promise.all(
        projects.map((project) =>
          retryOnConcurrentUpdate(async () => {
            const current = (await deps.projects.get(studioId, project.id)) ?? project;
            // The project of a client no one may contact any more is closed: it leaves the follow-up lists.
            const closed = mayBecome(current.status, "closed")
              ? withStatus(current, "closed", now, ERASED_CLOSE_REASON)
              : current;
            await deps.projects.save(revised(closed, { title: ERASED_PROJECT_TITLE, notes: "" }, now));
          }),
        ),
      );
    };
    // The items first: a processing run that then finds its photo gone deletes what it stored, and what it
    // stored before is under the client's prefixes, which are emptied afterwards (and again by a retry).
    const erasePhotos = async () => {
      const photos = await deps.photos.listForClient(studioId, clientId);
      await Promise.all(photos.map((photo) => deps.photos.remove({ studioId, clientId, photoId: photo.id })));
      await deps.photoObjects.deleteAllOfClient(studioId, clientId);
    };
    await Promise.all([
      deps.appointments.anonymiseForClient(studioId, clientId),
      deps.consents.eraseEvidence(studioId, clientId),
      deps.outbox.eraseForClient(studioId, clientId),
      deps.clients.removeMeasurements(studioId, clientId),
      eraseProjects(),
      erasePhotos(),
    ]);
    await retryOnConcurrentUpdate(async () => {
      const client = await loadClient(deps.clients, studioId, clientId);
      if (client.erasedAt !== null) return;
      // The card leaves its search terms and its claims on its addresses with its data.
      const erased: Client = revised(
        client,
        {
          firstName: ERASED_NAME,
          lastName: ERASED_NAME,
          email: null,
          phone: null,
          phoneKind: null,
          birthday: null,
          address: { street: null, postcode: null, city: null },
          gender: "unspecified",
          notes: "",
          tags: [],
          groupIds: [],
          referralSource: null,
          profession: null,
          education: null,
          taxCode: null,
          invoiceCodes: { pec: null, sdi: null },
          language: null,
          erasedAt: now,
        },
        now,
      );
      await deps.clients.save(erased, { previous: client, allowDuplicate: true });
    }, ERASURE_ATTEMPTS);
  };
