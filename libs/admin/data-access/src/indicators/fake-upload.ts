import type { FakeAnswer } from '../testing/fake-api';

/** One upload the fake received: the address, headers and the file sent as the body. */
export interface FakeUploadCall {
  readonly method: string;
  readonly url: URL;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Blob | null;
}

/** An XMLHttpRequest stand-in and the uploads it received. */
export interface FakeUpload {
  readonly XMLHttpRequest: typeof XMLHttpRequest;
  readonly calls: FakeUploadCall[];
}

/**
 * A stand-in for XMLHttpRequest at the upload edge, as `createFakeApi` is for fetch: it reports the body as
 * sent in two halves, waits for `gate` (so a test can look at the progress bar mid-way), then answers
 * `answer(call)` with a JSON body. Tests stub the global with it; the uploader and store above run for real.
 */
export function createFakeUpload(answer: (call: FakeUploadCall) => FakeAnswer, gate: Promise<void> = Promise.resolve()): FakeUpload {
  const calls: FakeUploadCall[] = [];

  class FakeXmlHttpRequest extends EventTarget {
    readonly upload = new EventTarget();
    withCredentials = false;
    status = 0;
    statusText = '';
    responseText = '';
    private method = 'GET';
    private url = '';
    private readonly headers: Record<string, string> = {};

    open(method: string, url: string): void {
      this.method = method;
      this.url = url;
    }

    setRequestHeader(name: string, value: string): void {
      this.headers[name.toLowerCase()] = value;
    }

    send(body: Blob | null): void {
      const call = { method: this.method, url: new URL(this.url, 'http://localhost'), headers: { ...this.headers }, body };
      calls.push(call);
      void this.deliver(call, body?.size ?? 0);
    }

    private async deliver(call: FakeUploadCall, size: number): Promise<void> {
      await Promise.resolve();
      this.upload.dispatchEvent(progressEvent('progress', Math.floor(size / 2), size));
      await gate;
      this.upload.dispatchEvent(progressEvent('progress', size, size));
      this.upload.dispatchEvent(progressEvent('load', size, size));
      const reply = answer(call);
      this.status = reply.status ?? 200;
      this.statusText = this.status === 200 ? 'OK' : 'Bad Request';
      this.responseText = reply.body === undefined ? '' : JSON.stringify(reply.body);
      this.dispatchEvent(progressEvent('load', size, size));
    }
  }

  return { XMLHttpRequest: FakeXmlHttpRequest as unknown as typeof XMLHttpRequest, calls };
}

function progressEvent(type: string, loaded: number, total: number): Event {
  return Object.assign(new Event(type), { loaded, total, lengthComputable: true });
}
