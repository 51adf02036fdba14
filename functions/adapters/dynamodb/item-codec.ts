/** Attributes that exist only for keys and indexes; entities never see them. */
const storageAttributes = new Set([
  "pk",
  "sk",
  "clientOf",
  "nameKey",
  "phoneKey",
  "emailKey",
  "dueShard",
  "overdueOf",
  "reconnectOf",
  "reconnectAt",
  "releaseShard",
  "messagesOf",
  "statusKey",
  "entity",
  "historyOf",
  "calendarOf",
  "expiresAt",
]);

export const toEntity = <T>(item: Record<string, unknown>): T =>
  Object.fromEntries(Object.entries(item).filter(([name]) => !storageAttributes.has(name))) as T;
