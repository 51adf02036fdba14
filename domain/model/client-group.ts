/** A group of clients the studio defines (e.g. VIP, students); promotions and other rules may target it. */
export interface ClientGroup {
  id: string;
  studioId: string;
  name: string;
  /** `#rrggbb`, how the console marks members. */
  colour: string;
  description: string;
  createdAt: string;
  updatedAt: string;
  version: number;
}

/**
 * Whether a rule aimed at groups reaches the client: through any one of them. Promotions use it; deposits and
 * blocks aimed at groups are meant to use it the same way.
 */
export const inAnyGroup = (client: { groupIds: readonly string[] }, groupIds: readonly string[]): boolean =>
  groupIds.some((groupId) => client.groupIds.includes(groupId));
