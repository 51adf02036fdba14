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
