// A push service for the alerts journey: headless Chromium cannot reach a real one, so the test
// stands this one up on 127.0.0.1, hands the page a subscription pointing at it (with keys the
// test generated), receives what the portal's server sends and decrypts it (RFC 8291, aes128gcm)
// with node:crypto, the way a browser's push service and user agent would.
import { createDecipheriv, createECDH, createHmac, randomBytes } from 'node:crypto';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface PushRequest {
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: Buffer;
}

export interface PushService {
  readonly endpoint: string;
  /** The subscription's public key (uncompressed P-256) and auth secret, base64url. */
  readonly keys: { readonly p256dh: string; readonly auth: string };
  readonly received: PushRequest[];
  /** Resolves with the next message the portal sends (the n-th one, counting from 1). */
  nth(n: number): Promise<PushRequest>;
  decrypt(body: Buffer): string;
  close(): Promise<void>;
}

const hmac = (key: Buffer, data: Buffer) => createHmac('sha256', key).update(data).digest();

/** RFC 8291 §3.4 + RFC 8188: one aes128gcm record, keyed by the subscription's secrets. */
export function decryptAes128gcm(
  body: Buffer,
  ua: { readonly privateKey: Buffer; readonly publicKey: Buffer; readonly auth: Buffer },
): string {
  const salt = body.subarray(0, 16);
  const recordSize = body.readUInt32BE(16);
  const idLength = body.readUInt8(20);
  const senderPublic = body.subarray(21, 21 + idLength);
  const record = body.subarray(21 + idLength);
  if (record.length > recordSize) throw new Error('more than one record');
  const ecdh = createECDH('prime256v1');
  ecdh.setPrivateKey(ua.privateKey);
  const shared = ecdh.computeSecret(senderPublic);
  const prkKey = hmac(ua.auth, shared);
  const keyInfo = Buffer.concat([
    Buffer.from('WebPush: info\0'),
    ua.publicKey,
    senderPublic,
    Buffer.from([1]),
  ]);
  const ikm = hmac(prkKey, keyInfo);
  const prk = hmac(salt, ikm);
  const cek = hmac(prk, Buffer.from('Content-Encoding: aes128gcm\0\x01')).subarray(0, 16);
  const nonce = hmac(prk, Buffer.from('Content-Encoding: nonce\0\x01')).subarray(0, 12);
  const decipher = createDecipheriv('aes-128-gcm', cek, nonce);
  decipher.setAuthTag(record.subarray(record.length - 16));
  const padded = Buffer.concat([
    decipher.update(record.subarray(0, record.length - 16)),
    decipher.final(),
  ]);
  let end = padded.length - 1;
  while (end >= 0 && padded[end] === 0) end -= 1;
  if (padded[end] !== 2) throw new Error('not the last record (delimiter 0x02 missing)');
  return padded.subarray(0, end).toString('utf8');
}

export async function startPushService(): Promise<PushService> {
  const ecdh = createECDH('prime256v1');
  const publicKey = ecdh.generateKeys();
  const privateKey = ecdh.getPrivateKey();
  const auth = randomBytes(16);
  const received: PushRequest[] = [];
  const waiters: { n: number; resolve: (r: PushRequest) => void }[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const message = { path: req.url ?? '/', headers: req.headers, body: Buffer.concat(chunks) };
      received.push(message);
      for (const w of waiters.filter((x) => x.n === received.length)) w.resolve(message);
      res.writeHead(201, { location: `/message/${received.length}` }).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}/push/${randomBytes(8).toString('hex')}`,
    keys: { p256dh: publicKey.toString('base64url'), auth: auth.toString('base64url') },
    received,
    nth: (n) => {
      const already = received[n - 1];
      if (already) return Promise.resolve(already);
      return new Promise((resolve) => waiters.push({ n, resolve }));
    },
    decrypt: (body) => decryptAes128gcm(body, { privateKey, publicKey, auth }),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          resolve();
        });
      }),
  };
}
