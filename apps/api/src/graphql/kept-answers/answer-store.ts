/** An answer as it was sent: its bytes, its content type, and what sending it must still do. */
export interface KeptAnswer {
  body: Buffer;
  contentType: string;
  effects: (() => void)[];
}

interface Entry extends KeptAnswer {
  generationName: string;
  bytes: number;
}

/**
 * Answers kept in memory up to a number of bytes, least recently sent going first. Each name of
 * generation has one current value here, the newest any reader has read: a newer one drops that
 * name's answers at once, and a reader of an older one neither finds nor keeps anything, so no
 * answer is ever kept under a generation older than the data it was made from.
 */
export class AnswerStore {
  private readonly generations = new Map<string, number>();
  private readonly entries = new Map<string, Entry>();
  private bytes = 0;

  constructor(private readonly maxBytes: number) {}

  get(name: string, generation: number, key: string): KeptAnswer | undefined {
    if (!this.holds(name, generation)) return undefined;
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry;
  }

  set(name: string, generation: number, key: string, answer: KeptAnswer): void {
    // UTF-16 keys: two bytes a character.
    const bytes = answer.body.length + key.length * 2;
    if (!this.holds(name, generation) || bytes > this.maxBytes) return;
    this.delete(key);
    this.entries.set(key, { ...answer, generationName: name, bytes });
    this.bytes += bytes;
    for (const oldest of this.entries.keys()) {
      if (this.bytes <= this.maxBytes) break;
      this.delete(oldest);
    }
  }

  /** The bytes held, keys included. */
  get size(): number {
    return this.bytes;
  }

  private holds(name: string, generation: number): boolean {
    const current = this.generations.get(name) ?? -1;
    if (generation > current) {
      this.generations.set(name, generation);
      for (const [key, entry] of this.entries) if (entry.generationName === name) this.delete(key);
    }
    return generation >= current;
  }

  private delete(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.bytes -= entry.bytes;
  }
}
