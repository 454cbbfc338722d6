/**
 * The base and the production overlay, rendered once per test file. The overlay's secret files are
 * git-ignored, so it is rendered with the committed examples and a freshly generated key pair, read
 * exactly as an operator's files would be.
 */
import { generateKeyPairSync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './config-variables';
import { type Container, type K8sObject, podSpecOf, renderKustomization } from './render-kustomization';

export const PRODUCTION = join(ROOT, 'deploy/overlays/production');

export const keys = generateKeyPairSync('rsa', {
  modulusLength: 2048,
  privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  publicKeyEncoding: { type: 'spki', format: 'pem' },
});

function readWithExampleSecrets(path: string): string {
  if (path.endsWith('auth_private.pem')) return keys.privateKey;
  if (path.endsWith('auth_public.pem')) return keys.publicKey;
  if (path.includes('/secrets/') && path.endsWith('.env')) return readFileSync(`${path}.example`, 'utf8');
  return readFileSync(path, 'utf8');
}

export const rendered = {
  base: renderKustomization(join(ROOT, 'deploy/base')),
  production: renderKustomization(PRODUCTION, readWithExampleSecrets),
};

export type Manifest = K8sObject & {
  // biome-ignore lint/suspicious/noExplicitAny: manifests are untyped YAML; the tests assert their shape.
  spec: any;
  data?: Record<string, string>;
  stringData?: Record<string, string>;
};

export function find(objects: K8sObject[], kind: string, name: string): Manifest {
  const object = objects.find((candidate) => candidate.kind === kind && candidate.metadata.name === name);
  if (!object) throw new Error(`no ${kind} named ${name}`);
  return object as Manifest;
}

/** The first container of the workload of that kind and name. */
export function container(objects: K8sObject[], name: string, kind = 'Deployment'): Container {
  return podSpecOf(find(objects, kind, name))!.containers[0]!;
}

/** Every key a Secret or ConfigMap holds, decoded. */
function valuesOf(object: Manifest): Record<string, string> {
  const decoded = Object.entries(object.data ?? {}).map(([key, value]) => [
    key,
    object.kind === 'Secret' ? Buffer.from(value, 'base64').toString() : value,
  ]);
  return { ...Object.fromEntries(decoded), ...object.stringData };
}

/** The environment a container starts with: its envFrom sources, then its own env entries. */
export function containerEnvironment(objects: K8sObject[], target: Container): Record<string, string> {
  const environment: Record<string, string> = {};
  for (const source of target.envFrom ?? []) {
    const kind = source.configMapRef ? 'ConfigMap' : 'Secret';
    Object.assign(environment, valuesOf(find(objects, kind, (source.configMapRef ?? source.secretRef).name)));
  }
  for (const { name, value } of target.env ?? []) environment[name] = value;
  return environment;
}
