/** The Node functions that would run, load, write or reach the network: what the tests watch. */

/** File system calls that write, create or remove; each also has a `Sync` form. */
export const FS_WRITE_CALLS = [
  'writeFile',
  'appendFile',
  'createWriteStream',
  'mkdir',
  'mkdtemp',
  'rmdir',
  'rm',
  'unlink',
  'rename',
  'copyFile',
  'cp',
  'symlink',
  'link',
  'truncate',
  'chmod',
  'chown',
  'utimes',
] as const;

/** File system calls that read a file's content or open it. */
export const FS_READ_CALLS = [
  'readFile',
  'createReadStream',
  'open',
  'opendir',
  'readdir',
] as const;

export const PROCESS_CALLS = [
  'spawn',
  'spawnSync',
  'exec',
  'execSync',
  'execFile',
  'execFileSync',
  'fork',
] as const;

export const NETWORK_CALLS: Readonly<Record<string, readonly string[]>> = {
  http: ['request', 'get', 'createServer'],
  https: ['request', 'get', 'createServer'],
  http2: ['connect', 'createServer'],
  net: ['connect', 'createConnection', 'createServer'],
  tls: ['connect', 'createServer'],
  dgram: ['createSocket'],
};
