import type { TestProject } from 'vitest/node';
import { setupTestCluster } from './testing';

declare module 'vitest' {
  export interface ProvidedContext {
    testCluster: { adminUrl: string; templateName: string };
  }
}

export default async function setup(project: TestProject) {
  const cluster = await setupTestCluster();
  project.provide('testCluster', { adminUrl: cluster.adminUrl, templateName: cluster.templateName });
  return () => cluster.teardown();
}
