/**
 * Renders a kustomization the way `kubectl kustomize` does, for the subset of kustomize this project
 * uses: resources (files and directories), namespace, images, replicas, strategic-merge patches by
 * kind and name (maps merged, lists of named items merged by name, other lists replaced) and
 * secretGenerator (envs and files, behavior create or replace, no name hash). Anything else in a
 * kustomization.yaml is an error here, so a manifest never silently depends on something untested.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseAllDocuments } from 'yaml';

export interface K8sObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; [key: string]: unknown };
  [key: string]: unknown;
}

/** Reads a file the kustomization names; tests substitute files that are git-ignored. */
export type ReadFile = (path: string) => string;

const SUPPORTED = new Set([
  'apiVersion',
  'kind',
  'resources',
  'namespace',
  'images',
  'replicas',
  'patches',
  'secretGenerator',
  'generatorOptions',
]);
const CLUSTER_SCOPED = new Set(['Namespace', 'ClusterRole', 'ClusterRoleBinding', 'StorageClass']);

export function readYamlDocuments(text: string): K8sObject[] {
  return parseAllDocuments(text)
    .map((document) => {
      if (document.errors.length) throw new Error(document.errors.map((error) => error.message).join('\n'));
      return document.toJS() as K8sObject | null;
    })
    .filter((value): value is K8sObject => value !== null);
}

const isMap = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isNamedList = (value: unknown): value is Array<{ name: string }> =>
  Array.isArray(value) &&
  value.length > 0 &&
  value.every((item) => isMap(item) && typeof item.name === 'string');

export function strategicMerge(target: unknown, patch: unknown): unknown {
  if (isMap(target) && isMap(patch)) {
    const merged: Record<string, unknown> = { ...target };
    for (const [key, value] of Object.entries(patch)) {
      if (value === null) delete merged[key];
      else merged[key] = key in target ? strategicMerge(target[key], value) : value;
    }
    return merged;
  }
  if (isNamedList(target) && isNamedList(patch)) {
    const merged = target.map((item) => {
      const change = patch.find((candidate) => candidate.name === item.name);
      return change ? strategicMerge(item, change) : item;
    });
    for (const item of patch) if (!target.some((existing) => existing.name === item.name)) merged.push(item);
    return merged;
  }
  return patch;
}

function parseEnvFile(text: string): Record<string, string> {
  const entries: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (!trimmed || trimmed.startsWith('#')) continue;
    const equals = trimmed.indexOf('=');
    if (equals < 1) throw new Error(`not KEY=VALUE: ${trimmed}`);
    entries[trimmed.slice(0, equals)] = trimmed.slice(equals + 1);
  }
  return entries;
}

interface SecretGenerator {
  name: string;
  namespace?: string;
  behavior?: 'create' | 'replace';
  envs?: string[];
  files?: string[];
}

function generateSecret(dir: string, generator: SecretGenerator, read: ReadFile): K8sObject {
  const data: Record<string, string> = {};
  for (const env of generator.envs ?? []) Object.assign(data, parseEnvFile(read(join(dir, env))));
  for (const file of generator.files ?? []) {
    const [key, path] = file.includes('=') ? file.split('=', 2) : [basename(file), file];
    data[key!] = read(join(dir, path!));
  }
  const encoded = Object.fromEntries(
    Object.entries(data).map(([key, value]) => [key, Buffer.from(value).toString('base64')]),
  );
  return {
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: { name: generator.name, ...(generator.namespace && { namespace: generator.namespace }) },
    type: 'Opaque',
    data: encoded,
  };
}

const sameObject = (a: K8sObject, b: K8sObject) => a.kind === b.kind && a.metadata.name === b.metadata.name;

export function renderKustomization(
  dir: string,
  read: ReadFile = (path) => readFileSync(path, 'utf8'),
): K8sObject[] {
  // biome-ignore lint/suspicious/noExplicitAny: a parsed YAML document; each field it uses is checked below
  const kustomization = readYamlDocuments(read(join(dir, 'kustomization.yaml')))[0] as Record<string, any>;
  for (const field of Object.keys(kustomization))
    if (!SUPPORTED.has(field)) throw new Error(`${dir}/kustomization.yaml: ${field} is not supported here`);
  if (kustomization.secretGenerator && !kustomization.generatorOptions?.disableNameSuffixHash)
    throw new Error(`${dir}: secretGenerator needs generatorOptions.disableNameSuffixHash here`);

  let objects: K8sObject[] = [];
  for (const resource of kustomization.resources ?? []) {
    const path = join(dir, resource);
    objects.push(
      ...(statSync(path).isDirectory() ? renderKustomization(path, read) : readYamlDocuments(read(path))),
    );
  }

  for (const generator of (kustomization.secretGenerator ?? []) as SecretGenerator[]) {
    const secret = generateSecret(dir, generator, read);
    // Generators run before this level's namespace transformer, so, as in kustomize, a replacement
    // finds its target only when it names the namespace the target already has.
    const index = objects.findIndex(
      (object) => sameObject(object, secret) && object.metadata.namespace === secret.metadata.namespace,
    );
    if (generator.behavior === 'replace') {
      if (index < 0)
        throw new Error(`secretGenerator replaces ${generator.name}, which is not in that namespace here`);
      objects[index] = { ...secret, metadata: { ...objects[index]!.metadata } };
    } else {
      if (index >= 0) throw new Error(`secretGenerator creates ${generator.name}, which already exists`);
      objects.push(secret);
    }
  }

  for (const { path } of (kustomization.patches ?? []) as Array<{ path: string }>) {
    for (const patch of readYamlDocuments(read(join(dir, path)))) {
      const index = objects.findIndex((object) => sameObject(object, patch));
      if (index < 0) throw new Error(`${path}: no ${patch.kind} named ${patch.metadata.name} to patch`);
      objects[index] = strategicMerge(objects[index], patch) as K8sObject;
    }
  }

  for (const { name, count } of (kustomization.replicas ?? []) as Array<{ name: string; count: number }>) {
    const target = objects.find((object) => object.metadata.name === name && object.kind === 'Deployment');
    if (!target) throw new Error(`replicas: no Deployment named ${name}`);
    (target.spec as Record<string, unknown>).replicas = count;
  }

  const images = (kustomization.images ?? []) as Array<{ name: string; newName?: string; newTag?: string }>;
  for (const object of objects) {
    const pod = podSpecOf(object);
    for (const container of [...(pod?.containers ?? []), ...(pod?.initContainers ?? [])]) {
      const tagAt = container.image.lastIndexOf(':');
      const imageName =
        tagAt > container.image.lastIndexOf('/') ? container.image.slice(0, tagAt) : container.image;
      const rule = images.find((image) => image.name === imageName);
      if (rule) container.image = `${rule.newName ?? rule.name}:${rule.newTag ?? 'latest'}`;
    }
  }

  if (kustomization.namespace)
    objects = objects.map((object) =>
      CLUSTER_SCOPED.has(object.kind)
        ? object
        : { ...object, metadata: { ...object.metadata, namespace: kustomization.namespace } },
    );
  return objects;
}

export interface Container {
  name: string;
  image: string;
  // biome-ignore lint/suspicious/noExplicitAny: the rest of a Kubernetes container spec, read by the tests
  [key: string]: any;
}

export interface PodSpec {
  containers: Container[];
  initContainers?: Container[];
  // biome-ignore lint/suspicious/noExplicitAny: the rest of a Kubernetes pod spec, read by the tests
  [key: string]: any;
}

/** The pod spec of a Deployment, Job or CronJob, if the object has one. */
export function podSpecOf(object: K8sObject): PodSpec | undefined {
  type Template = { template?: { spec?: PodSpec } };
  const spec = object.spec as (Template & { jobTemplate?: { spec?: Template } }) | undefined;
  return (spec?.jobTemplate?.spec ?? spec)?.template?.spec;
}
