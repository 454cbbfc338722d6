import { ConfigError, handleShutdownSignals } from '@hormohelp/server-kit';
import { start } from './app';
import { loadApiConfig } from './config';

try {
  const service = await start(loadApiConfig());
  handleShutdownSignals(service.logger, () => service.stop());
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
}
