import * as z from "zod";
import {
  idSchema,
  isoDateSchema,
  multiLineText,
  storedItemFields,
  writtenInstantSchema,
} from "../shared/common-schemas";

export const promotionCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9][A-Z0-9-]{2,31}$/, "must be 3–32 letters, digits or '-'");

const discountSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("percent"), percent: z.number().int().min(1).max(100) }),
  z.strictObject({ kind: z.literal("amount"), amount: z.number().int().min(1).max(100_000_000) }),
]);

const promotionFields = {
  text: multiLineText(1000).min(1),
  discount: discountSchema,
  validFrom: isoDateSchema,
  validUntil: isoDateSchema.nullable(),
  serviceIds: z.array(idSchema).max(50),
  categoryIds: z.array(idSchema).max(50),
  clientGroupIds: z.array(idSchema).max(20),
  limitPerClient: z.number().int().min(1).max(1000).nullable(),
  limitTotal: z.number().int().min(1).max(1_000_000).nullable(),
};

export const newPromotionSchema = z.strictObject({
  code: promotionCodeSchema,
  ...promotionFields,
  validUntil: promotionFields.validUntil.default(null),
  serviceIds: promotionFields.serviceIds.default([]),
  categoryIds: promotionFields.categoryIds.default([]),
  clientGroupIds: promotionFields.clientGroupIds.default([]),
  limitPerClient: promotionFields.limitPerClient.default(null),
  limitTotal: promotionFields.limitTotal.default(null),
});

export const promotionChangesSchema = z
  .strictObject(promotionFields)
  .partial()
  .refine((changes) => Object.keys(changes).length > 0, "names no field to change");

export const redemptionSchema = z.strictObject({
  code: promotionCodeSchema,
  appointmentId: idSchema.nullable().default(null),
});

export const promotionSchema = z
  .strictObject({
    id: z.string(),
    studioId: z.string(),
    code: z.string(),
    text: z.string(),
    discount: discountSchema,
    validFrom: isoDateSchema,
    validUntil: isoDateSchema.nullable(),
    serviceIds: z.array(z.string()),
    categoryIds: z.array(z.string()),
    clientGroupIds: z.array(z.string()),
    limitPerClient: z.number().int().nullable(),
    limitTotal: z.number().int().nullable(),
    ...storedItemFields,
  })
  .meta({ id: "Promotion" });

export const redemptionViewSchema = z
  .strictObject({
    id: z.string(),
    studioId: z.string(),
    clientId: z.string(),
    promotionId: z.string(),
    code: z.string(),
    appointmentId: z.string().nullable(),
    /** Taken off the booking's price (minor units); null without a booking. */
    discountAmount: z.number().int().nullable(),
    redeemedAt: writtenInstantSchema,
  })
  .meta({ id: "Redemption" });

export const clientPromotionSchema = z.strictObject({
  promotion: promotionSchema,
  /** Redemptions still open to the client; null = unlimited. */
  remaining: z.number().int().nullable(),
});

export const clientPromotionsSchema = z
  .strictObject({ active: z.array(clientPromotionSchema), redemptions: z.array(redemptionViewSchema) })
  .meta({ id: "ClientPromotions" });
