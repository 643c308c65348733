// A key that reads as an identifier is written `.key`, any other `["a key"]`: no path is ambiguous.
const identifier = /^[A-Za-z_$][\w$]*$/;

/**
 * The open containers and, in each, the member being read: the array index or the object key. Between
 * members there is none, so that a problem there (a missing comma, the file's end) names the container.
 * Only turned into text for problems.
 */
export class JsonPath {
  depth = 0;
  private readonly isArray: boolean[] = [];
  private readonly keys: (string | null)[] = [];
  private readonly indices: number[] = [];
  private readonly betweenElements: boolean[] = [];

  push(isArray: boolean): void {
    const depth = this.depth;
    this.isArray[depth] = isArray;
    this.keys[depth] = null;
    this.indices[depth] = 0;
    this.betweenElements[depth] = false;
    this.depth = depth + 1;
  }

  pop(): void {
    this.depth -= 1;
  }

  topIsArray(): boolean {
    return this.isArray[this.depth - 1] === true;
  }

  setKey(key: string | null): void {
    this.keys[this.depth - 1] = key;
  }

  /** After an array's element. */
  betweenIndices(): void {
    this.betweenElements[this.depth - 1] = true;
  }

  /** At an array's "," (always after an element). */
  nextIndex(): void {
    const top = this.depth - 1;
    this.indices[top] = (this.indices[top] ?? 0) + 1;
    this.betweenElements[top] = false;
  }

  /** `values[3].values[0].gender`; empty for the document itself. */
  toString(): string {
    let path = '';
    for (let level = 0; level < this.depth; level += 1) {
      if (this.isArray[level]) {
        if (this.betweenElements[level]) break;
        path += `[${this.indices[level] ?? 0}]`;
        continue;
      }
      const key = this.keys[level];
      if (key === null || key === undefined) break;
      if (!identifier.test(key)) path += `[${JSON.stringify(key)}]`;
      else path += path === '' ? key : `.${key}`;
    }
    return path;
  }
}
