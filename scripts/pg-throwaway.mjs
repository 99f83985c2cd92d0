// Starts a throwaway PostgreSQL from Debian's binaries, runs one command with DATABASE_URL
// pointing at it, then always stops the server and removes its files, whatever the outcome.
//   node scripts/pg-throwaway.mjs -- <command> [args…]
// The exit code is the command's. Nothing listens beyond 127.0.0.1 and the socket stays in the
// temporary directory, so it never collides with a system PostgreSQL.
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort, root } from './lib.mjs';

const sep = process.argv.indexOf('--');
const command = sep === -1 ? [] : process.argv.slice(sep + 1);
if (command.length === 0) {
  console.error('Usage : node scripts/pg-throwaway.mjs -- <commande> [arguments…]');
  process.exit(2);
}

function findBin() {
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) return undefined;
  const versions = readdirSync(base)
    .filter((v) => existsSync(path.join(base, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? path.join(base, versions[0], 'bin') : undefined;
}

function installPostgres() {
  console.log('PostgreSQL absent : installation du paquet Debian « postgresql »…');
  const script =
    'apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql';
  execFileSync('flock', ['/tmp/droits360-apt.lock', 'sh', '-c', script], { stdio: 'inherit' });
}

let bin = findBin();
if (!bin) {
  installPostgres();
  bin = findBin();
}
if (!bin) {
  console.error('Impossible de trouver initdb sous /usr/lib/postgresql/*/bin après installation.');
  process.exit(1);
}

// PostgreSQL refuses to run as root: use the postgres account Debian creates.
const asRoot = process.getuid?.() === 0;
const owner = asRoot ? userIds('postgres') : undefined;
function userIds(name) {
  const uid = Number(execFileSync('id', ['-u', name], { encoding: 'utf8' }).trim());
  const gid = Number(execFileSync('id', ['-g', name], { encoding: 'utf8' }).trim());
  return { uid, gid };
}
const asOwner = (file, args) =>
  asRoot ? ['runuser', ['-u', 'postgres', '--', file, ...args]] : [file, args];
function runAsOwner(file, args, options = {}) {
  const [cmd, argv] = asOwner(file, args);
  return execFileSync(cmd, argv, {
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
    ...options,
  });
}

const dir = mkdtempSync(path.join(tmpdir(), 'droits360-pg-'));
const data = path.join(dir, 'data');
chmodSync(dir, 0o700);
if (owner) chownSync(dir, owner.uid, owner.gid);
const port = await freePort();
let started = false;

function cleanup() {
  if (started) {
    try {
      runAsOwner(path.join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop']);
    } catch (error) {
      console.error(`Arrêt de PostgreSQL en échec : ${error.message}`);
    }
    started = false;
  }
  rmSync(dir, { recursive: true, force: true });
}

let exitCode = 1;
try {
  runAsOwner(path.join(bin, 'initdb'), [
    '-D',
    data,
    '-U',
    'droits360',
    '--auth=trust',
    '--encoding=UTF8',
    '--locale=C',
    '--no-sync',
  ]);
  const options = `-c listen_addresses=127.0.0.1 -c port=${port} -c unix_socket_directories=${dir} -c fsync=off -c full_page_writes=off -c synchronous_commit=off`;
  runAsOwner(path.join(bin, 'pg_ctl'), [
    '-D',
    data,
    '-o',
    options,
    '-l',
    path.join(dir, 'log'),
    '-w',
    'start',
  ]);
  started = true;
  runAsOwner(path.join(bin, 'createdb'), [
    '-h',
    dir,
    '-p',
    String(port),
    '-U',
    'droits360',
    'droits360',
  ]);
  const url = `postgresql://droits360@127.0.0.1:${port}/droits360`;
  console.log(`PostgreSQL jetable prêt (${path.basename(path.dirname(bin))}) : ${url}`);
  exitCode = await new Promise((resolve) => {
    const child = spawn(command[0], command.slice(1), {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, DATABASE_URL: url },
    });
    const forward = (signal) => child.kill(signal);
    process.on('SIGINT', forward);
    process.on('SIGTERM', forward);
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
    child.on('error', (error) => {
      console.error(`Commande impossible à lancer : ${error.message}`);
      resolve(127);
    });
  });
} catch (error) {
  console.error(`PostgreSQL jetable : ${error.message}`);
  if (error.stderr) console.error(String(error.stderr));
} finally {
  cleanup();
}
process.exit(exitCode);
