import { execFileSync } from 'node:child_process';

/**
 * A TCP port free on 127.0.0.1 right now, found synchronously (the Playwright config cannot await): a child
 * Node binds port 0, prints what it got and closes it.
 */
export function freePortSync(): number {
  const script =
    "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})";
  return Number(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }));
}
