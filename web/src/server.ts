// Only listens: everything else is built by app.ts. Refuses to start on an old Node.
const major = Number(process.versions.node.split('.')[0]);
if (major < 24) {
  process.stderr.write(
    `Droits360 demande Node.js 24 ou plus (version actuelle : ${process.versions.node}).\n` +
      'Lancez le serveur par « npm start », qui utilise le Node 24 installé avec le projet.\n',
  );
  process.exit(1);
}

const { loadConfig, ConfigError } = await import('./config.ts');
const { buildApp } = await import('./app.ts');

let config;
try {
  config = loadConfig();
} catch (error) {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
  throw error;
}

const app = await buildApp(config);
const shutdown = (signal: string) => {
  app.log.info(`${signal} reçu : arrêt en cours`);
  app.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.once('SIGTERM', () => {
  shutdown('SIGTERM');
});
process.once('SIGINT', () => {
  shutdown('SIGINT');
});

await app.listen({ host: config.HOST, port: config.PORT });
const address = app.server.address();
const port = typeof address === 'object' && address ? address.port : config.PORT;
process.stdout.write(`Droits360 est disponible sur http://localhost:${port}\n`);
