export interface Page<T> {
  items: T[];
  /** Opaque; pass it back to read the next page. Null on the last page. */
  nextCursor: string | null;
}

export interface PageRequest {
  limit: number;
  cursor: string | null;
}
