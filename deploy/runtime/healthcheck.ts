// The container HEALTHCHECK of the distroless images, which have neither a shell nor curl:
// GET /health on this container's own port; exit 0 when it answers 2xx, 1 otherwise.
export {};

const port = process.env.PORT;
if (!port) {
  console.error('healthcheck: PORT is not set, so there is no port to check');
  process.exit(1);
}
try {
  const response = await fetch(`http://127.0.0.1:${port}/health`, { signal: AbortSignal.timeout(3000) });
  process.exit(response.ok ? 0 : 1);
} catch (error) {
  console.error(`healthcheck: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
