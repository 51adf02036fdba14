import { ListObjectsV2Command } from "@aws-sdk/client-s3";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { eraseClient } from "../../domain/clients/erase-client";
import { type ProcessingOutcome, processPhotoUpload } from "../../domain/gallery/process-photo-upload";
import type { PhotoObjects } from "../../domain/ports/photo-storage";
import { PHOTO_UPLOADS_PREFIX } from "../../events/photo-uploads";
import { sharpImageProcessor } from "../../functions/adapters/images/sharp-image-processor";
import { createS3Client } from "../../functions/adapters/s3/photo-objects";
import { type RunningS3, startLocalS3 } from "../../functions/local/s3-local";
import { type ApiHarness, apiHarnessOn, aStudio, createApiHarness } from "../support/api-harness";
import { createTestTable } from "../support/test-table";

/** A photo as a phone takes it: EXIF with the camera, a copyright note and where it was taken. */
const phonePhoto = () =>
  sharp({ create: { width: 640, height: 480, channels: 3, background: { r: 200, g: 60, b: 40 } } })
    .jpeg()
    .withExif({
      IFD0: { Make: "PhoneMaker", Copyright: "Maarten at home" },
      IFD3: {
        GPSLatitudeRef: "N",
        GPSLatitude: "52/1 22/1 12/1",
        GPSLongitudeRef: "E",
        GPSLongitude: "4/1 53/1 0/1",
      },
    })
    .toBuffer();

describe("client gallery: upload, processing, signed reads, erasure", () => {
  let api: ApiHarness;
  let clientId: string;
  const studio = () => api.as("studio-a");
  const process = () => processPhotoUpload(api.deps, sharpImageProcessor);

  /** Asks for an upload URL and PUTs the bytes to the local S3 server, as the console does. */
  const upload = async (
    bytes: Buffer,
    declared: { contentType: string; bytes?: number },
    ofClient = clientId,
  ) => {
    const started = await studio().post(`/clients/${ofClient}/photos`, {
      kind: "inspiration",
      caption: "koi, left arm",
      contentType: declared.contentType,
      bytes: declared.bytes ?? bytes.length,
    });
    expect(started.status).toBe(201);
    const put = await fetch(started.body.upload.url, {
      method: "PUT",
      body: new Uint8Array(bytes),
      headers: started.body.upload.headers,
    });
    expect(put.status).toBe(200);
    return { photoId: started.body.photo.id as string, upload: started.body.upload };
  };
  const objectsOf = async (ofClient: string) =>
    (
      await Promise.all(
        ["uploads", "photos"].map((area) =>
          api.s3.send(
            new ListObjectsV2Command({ Bucket: api.bucket, Prefix: `${area}/studio-a/${ofClient}/` }),
          ),
        ),
      )
    ).flatMap((listing) => (listing.Contents ?? []).map((object) => object.Key));

  beforeAll(async () => {
    api = await createApiHarness();
    await api.addStudio(aStudio("studio-a"));
    clientId = (await studio().post("/clients", { firstName: "Maarten", lastName: "Visser" })).body.id;
  });

  it("signs the upload URL for exactly the declared type and size", async () => {
    const started = await studio().post(`/clients/${clientId}/photos`, {
      kind: "result",
      contentType: "image/png",
      bytes: 2048,
    });
    const signed = new URL(started.body.upload.url).searchParams.get("X-Amz-SignedHeaders")?.split(";");

    expect(started.body.photo).toMatchObject({ status: "pending", declaredType: "image/png" });
    expect(started.body.upload).toMatchObject({
      method: "PUT",
      headers: { "content-type": "image/png", "content-length": "2048" },
    });
    expect(signed).toEqual(expect.arrayContaining(["content-type", "content-length"]));
  });

  it("refuses types other than JPEG, PNG and WebP, and more than 10 MB, naming the field", async () => {
    const responses = await Promise.all([
      studio().post(`/clients/${clientId}/photos`, {
        kind: "result",
        contentType: "image/svg+xml",
        bytes: 10,
      }),
      studio().post(`/clients/${clientId}/photos`, {
        kind: "result",
        contentType: "image/jpeg",
        bytes: 10 * 1024 * 1024 + 1,
      }),
    ]);

    expect(responses.map((response) => response.status)).toEqual([400, 400]);
    expect(responses.map((response) => response.body.error.fields[0].field)).toEqual([
      "contentType",
      "bytes",
    ]);
  });

  it("stores the photo upright without EXIF or GPS, with a thumbnail, readable through short-lived URLs", async () => {
    const original = await phonePhoto();
    expect((await sharp(original).metadata()).exif).toBeDefined();
    const { photoId } = await upload(original, { contentType: "image/jpeg" });

    const outcome = await process()({ studioId: "studio-a", clientId, photoId });
    const gallery = await studio().get(`/clients/${clientId}/photos`);
    const photo = gallery.body.find((entry: { id: string }) => entry.id === photoId);
    const stored = Buffer.from(await (await fetch(photo.urls.original)).arrayBuffer());
    const thumbnail = Buffer.from(await (await fetch(photo.urls.thumbnail)).arrayBuffer());
    const storedMetadata = await sharp(stored).metadata();

    expect(outcome).toBe("ready");
    expect(photo).toMatchObject({ status: "ready", width: 640, height: 480, bytes: stored.length });
    expect(storedMetadata).toMatchObject({ format: "jpeg", width: 640, height: 480 });
    expect(storedMetadata.exif).toBeUndefined();
    expect(storedMetadata.xmp).toBeUndefined();
    expect(stored.includes("PhoneMaker")).toBe(false);
    expect(await sharp(thumbnail).metadata()).toMatchObject({ format: "webp", width: 400, height: 300 });
    expect(new URL(photo.urls.original).searchParams.get("X-Amz-Expires")).toBe("300");
    expect(await objectsOf(clientId)).not.toContainEqual(expect.stringMatching(/^uploads\//));
  });

  it("refuses a spoofed type and bytes that are no image, and keeps neither", async () => {
    const jpeg = await phonePhoto();
    const asPng = await upload(jpeg, { contentType: "image/png" });
    const html = await upload(Buffer.from("<html><script>alert(1)</script></html>"), {
      contentType: "image/jpeg",
    });

    const outcomes = await Promise.all(
      [asPng, html].map(({ photoId }) => process()({ studioId: "studio-a", clientId, photoId })),
    );
    const gallery = await studio().get(`/clients/${clientId}/photos`);

    expect(outcomes).toEqual(["TYPE_MISMATCH", "NOT_AN_IMAGE"]);
    for (const { photoId } of [asPng, html]) {
      expect(gallery.body.find((entry: { id: string }) => entry.id === photoId)).toMatchObject({
        status: "rejected",
        urls: null,
      });
      expect(await objectsOf(clientId)).not.toContainEqual(expect.stringContaining(photoId));
    }
  });

  it("keeps a project's references together", async () => {
    const projectId = (await studio().post("/projects", { clientId, title: "Koi sleeve" })).body.id;
    const started = await studio().post(`/clients/${clientId}/photos`, {
      kind: "inspiration",
      projectId,
      contentType: "image/webp",
      bytes: 100,
    });

    const ofProject = await studio().get(`/clients/${clientId}/photos?projectId=${projectId}`);
    const otherClient = (await studio().post("/clients", { firstName: "Eva", lastName: "Smit" })).body.id;
    const foreign = await studio().post(`/clients/${otherClient}/photos`, {
      kind: "inspiration",
      projectId,
      contentType: "image/webp",
      bytes: 100,
    });

    expect(ofProject.body.map((photo: { id: string }) => photo.id)).toEqual([started.body.photo.id]);
    expect(foreign.status).toBe(404);
  });

  it("lets no processing run outrun an erasure, whichever of its steps it meets", async () => {
    const newClient = async () =>
      (await studio().post("/clients", { firstName: "Sanne", lastName: "Dekker" })).body.id as string;
    const [storingClient, lateClient] = await Promise.all([newClient(), newClient()]);
    const storing = await upload(await phonePhoto(), { contentType: "image/jpeg" }, storingClient);
    const late = await upload(await phonePhoto(), { contentType: "image/jpeg" }, lateClient);
    // The erasure runs after the processing run stored its objects, before it marks the photo ready.
    const erasingAfterStore: PhotoObjects = {
      ...api.deps.photoObjects,
      storeProcessed: async (ref, photo) => {
        await api.deps.photoObjects.storeProcessed(ref, photo);
        await eraseClient(api.deps)("studio-a", ref.clientId);
      },
    };
    // The processing run happens in the middle of the erasure, before the bucket is emptied.
    let lateOutcome: Promise<ProcessingOutcome> | undefined;
    const processingMidErasure: PhotoObjects = {
      ...api.deps.photoObjects,
      deleteAllOfClient: async (studioId, clientId) => {
        lateOutcome = process()({ studioId, clientId, photoId: late.photoId });
        await lateOutcome;
        await api.deps.photoObjects.deleteAllOfClient(studioId, clientId);
      },
    };

    const storingOutcome = await processPhotoUpload(
      { ...api.deps, photoObjects: erasingAfterStore },
      sharpImageProcessor,
    )({ studioId: "studio-a", clientId: storingClient, photoId: storing.photoId });
    await eraseClient({ ...api.deps, photoObjects: processingMidErasure })("studio-a", lateClient);

    expect([storingOutcome, await lateOutcome]).toEqual(["no photo", "no photo"]);
    expect(await objectsOf(storingClient)).toEqual([]);
    expect(await objectsOf(lateClient)).toEqual([]);
    expect(await api.deps.photos.listForClient("studio-a", storingClient)).toEqual([]);
    expect(await api.deps.photos.listForClient("studio-a", lateClient)).toEqual([]);
  });

  it("exports the photos with links and erases every object and item of the client", async () => {
    const exported = await studio().get(`/clients/${clientId}/export`);
    const late = await upload(await phonePhoto(), { contentType: "image/jpeg" });

    const erased = await studio().delete(`/clients/${clientId}`);
    const lateOutcome = await process()({ studioId: "studio-a", clientId, photoId: late.photoId });
    const gallery = await studio().get(`/clients/${clientId}/photos`);

    const ready = exported.body.photos.filter((photo: { status: string }) => photo.status === "ready");
    expect(ready).toHaveLength(1);
    expect(new URL(ready[0].urls.original).searchParams.get("X-Amz-Expires")).toBe("3600");
    expect(erased.status).toBe(204);
    expect(lateOutcome).toBe("no photo");
    expect(gallery.body).toEqual([]);
    expect(await objectsOf(clientId)).toEqual([]);
  });
});

describe("the local stack's path: the bucket's notification runs the processing function", () => {
  const bucket = "rebook-photos";
  let s3: RunningS3;

  beforeAll(async () => {
    s3 = await startLocalS3({ buckets: [bucket] });
  });
  afterAll(() => s3.stop());

  it("processes an upload as it lands, as npm start wires it", async () => {
    const table = await createTestTable();
    const api = apiHarnessOn(table, { s3: createS3Client(s3.endpoint), bucket });
    Object.assign(process.env, {
      TABLE_NAME: table.tableName,
      DYNAMODB_ENDPOINT: table.endpoint,
      APP_SECRET: "a-photo-processing-test-secret-0123456789",
      PHOTO_BUCKET: bucket,
      S3_ENDPOINT: s3.endpoint,
    });
    const { handler } = await import("../../functions/events/photo-uploads");
    const handled: Promise<void>[] = [];
    s3.onObjectCreated(PHOTO_UPLOADS_PREFIX, (event) => handled.push(handler(event)));
    await api.addStudio(aStudio("studio-a"));
    const clientId = (await api.as("studio-a").post("/clients", { firstName: "Ines", lastName: "Vos" })).body
      .id;
    const photo = await phonePhoto();
    const started = await api.as("studio-a").post(`/clients/${clientId}/photos`, {
      kind: "result",
      contentType: "image/jpeg",
      bytes: photo.length,
    });

    await fetch(started.body.upload.url, {
      method: "PUT",
      body: photo,
      headers: started.body.upload.headers,
    });

    await vi.waitFor(
      async () => {
        const [stored] = (await api.as("studio-a").get(`/clients/${clientId}/photos`)).body;
        expect(stored.status).toBe("ready");
      },
      { timeout: 10_000, interval: 100 },
    );
    await Promise.all(handled);
    // The processed original and thumbnail written under photos/ notify nothing.
    expect(handled).toHaveLength(1);
  });
});
