/** Issue 18: the gallery's "Real systems" shelf — real systems' data paths, written as programs. */
export const REAL_SYSTEM_IDS = ['kafka-fetch', 'netty-send', 'rocketmq-commitlog', 'nginx-static'] as const;
export type RealSystemId = (typeof REAL_SYSTEM_IDS)[number];

export function isRealSystemId(s: string): s is RealSystemId {
  return (REAL_SYSTEM_IDS as readonly string[]).includes(s);
}

/** Bytes of nginx's response header for a static file (HTTP/1.1 200 OK … Accept-Ranges), as captured. */
export const NGINX_HEADER = 239;
