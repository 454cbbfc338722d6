import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Service, wiredVariables } from './support/config-variables';
import { type K8sObject, podSpecOf } from './support/render-kustomization';
import {
  container,
  containerEnvironment,
  find,
  keys,
  type Manifest,
  PRODUCTION,
  rendered,
} from './support/rendered-manifests';
import { validateK8sObject } from './support/validate-k8s';

interface IngressPath {
  path: string;
  pathType: string;
  backend: { service: { name: string } };
}

describe.each(Object.entries(rendered))('the %s manifests', (_name, objects) => {
  it('every object validates against the Kubernetes API schema of its kind', () => {
    expect(objects.length).toBeGreaterThan(15);
    for (const object of objects) validateK8sObject(object);
  });

  it('every object lives in the hormohelp namespace, which enforces the restricted pod security standard', () => {
    expect(find(objects, 'Namespace', 'hormohelp').metadata.labels).toMatchObject({
      'pod-security.kubernetes.io/enforce': 'restricted',
    });
    for (const object of objects.filter((candidate) => candidate.kind !== 'Namespace'))
      expect(object.metadata.namespace, `${object.kind}/${object.metadata.name}`).toBe('hormohelp');
  });

  it.each(['auth', 'api', 'web'])(
    'the %s Deployment has probes, resource bounds and a locked-down container',
    (name) => {
      const deployment = find(objects, 'Deployment', name);
      const pod = podSpecOf(deployment)!;
      const main = pod.containers[0]!;
      expect(main.readinessProbe?.httpGet?.path).toMatch(/^\/health/);
      expect(main.livenessProbe).toBeDefined();
      for (const bound of ['requests', 'limits'])
        expect(Object.keys(main.resources[bound]).sort()).toEqual(['cpu', 'memory']);
      expect(pod.securityContext).toMatchObject({
        runAsNonRoot: true,
        seccompProfile: { type: 'RuntimeDefault' },
      });
      expect(pod.securityContext.runAsUser).toBeGreaterThan(0);
      expect(main.securityContext).toEqual({
        allowPrivilegeEscalation: false,
        readOnlyRootFilesystem: true,
        capabilities: { drop: ['ALL'] },
      });
      expect(pod.automountServiceAccountToken).toBe(false);
      // Every Service selecting this Deployment's pods, and the probes, use a port the container declares.
      const portNames = main.ports.map((port: { name: string }) => port.name);
      expect(portNames).toContain(main.readinessProbe.httpGet.port);
      expect(deployment.spec.selector.matchLabels).toEqual({ 'app.kubernetes.io/name': name });
    },
  );

  it.each(['auth', 'api'])('%s scales horizontally with an autoscaler and a disruption budget', (name) => {
    const hpa = find(objects, 'HorizontalPodAutoscaler', name);
    expect(hpa.apiVersion).toBe('autoscaling/v2');
    expect(hpa.spec.scaleTargetRef).toEqual({ apiVersion: 'apps/v1', kind: 'Deployment', name });
    expect(hpa.spec.minReplicas).toBeGreaterThanOrEqual(2);
    expect(hpa.spec.maxReplicas).toBeGreaterThan(hpa.spec.minReplicas);
    const pdb = find(objects, 'PodDisruptionBudget', name);
    expect(pdb.apiVersion).toBe('policy/v1');
    expect(pdb.spec.selector.matchLabels).toEqual(
      find(objects, 'Deployment', name).spec.selector.matchLabels,
    );
    // The autoscaler owns the replica count: a fixed one in the Deployment would fight it on every apply.
    expect(find(objects, 'Deployment', name).spec.replicas).toBeUndefined();
  });

  it.each(['auth', 'api'] as Service[])(
    'every variable the %s config reads is set for its container',
    (name) => {
      const provided = containerEnvironment(objects, container(objects, name));
      for (const variable of wiredVariables(name))
        expect(provided, `${name} needs ${variable}`).toHaveProperty(variable);
    },
  );

  it('only the auth service can read the private key; the API gets the public key only', () => {
    const mountsPrivateKey = (object: K8sObject) =>
      JSON.stringify(podSpecOf(object) ?? {}).match(/auth-private-key|JWT_PRIVATE_KEY_PATH/) !== null;
    const holders = objects
      .filter(mountsPrivateKey)
      .map((object) => `${object.kind}/${object.metadata.name}`);
    expect(holders).toEqual(['Deployment/auth']);
    const apiVolumes = podSpecOf(find(objects, 'Deployment', 'api'))!.volumes;
    expect(
      apiVolumes
        .map((volume: { secret?: { secretName: string } }) => volume.secret?.secretName)
        .filter(Boolean),
    ).toEqual(['auth-public-key']);
  });

  it('every ConfigMap, Secret and Service that something refers to exists', () => {
    const names = (kind: string) =>
      new Set(objects.filter((object) => object.kind === kind).map((o) => o.metadata.name));
    const text = JSON.stringify(objects);
    for (const [, name] of text.matchAll(/"configMapRef":\{"name":"([^"]+)"/g))
      expect(names('ConfigMap')).toContain(name);
    for (const [, name] of text.matchAll(/"(?:secretRef|secret)":\{"(?:name|secretName)":"([^"]+)"/g))
      expect(names('Secret')).toContain(name);
    for (const service of objects.filter((object) => object.kind === 'Service') as Manifest[]) {
      const selected = objects.filter(
        (object) =>
          object.kind === 'Deployment' &&
          (object as Manifest).spec.selector.matchLabels['app.kubernetes.io/name'] ===
            service.spec.selector['app.kubernetes.io/name'],
      );
      expect(selected, `Service/${service.metadata.name} selects a Deployment`).toHaveLength(1);
      const ports = podSpecOf(selected[0]!)!.containers[0]!.ports.map((port: { name: string }) => port.name);
      for (const port of service.spec.ports) expect(ports).toContain(port.targetPort);
    }
  });

  it('the Ingress sends /auth, /api, /users, /health and /openapi.json to the API and everything else to the web app', () => {
    const ingress = find(objects, 'Ingress', 'hormohelp');
    const [rule] = ingress.spec.rules;
    const routes = Object.fromEntries(
      rule.http.paths.map((path: IngressPath) => [
        `${path.pathType} ${path.path}`,
        path.backend.service.name,
      ]),
    );
    expect(routes).toEqual({
      'Prefix /auth': 'api',
      'Prefix /api': 'api',
      'Prefix /users': 'api',
      'Exact /health': 'api',
      'Exact /openapi.json': 'api',
      'Prefix /': 'web',
    });
    expect(ingress.spec.tls[0].hosts).toEqual([rule.host]);
    // The origin the services allow is the host the Ingress serves.
    expect(find(objects, 'ConfigMap', 'hormohelp-config').data!.FRONTEND_ORIGIN).toBe(`https://${rule.host}`);
  });
});

describe('the base and the production overlay', () => {
  it('the base keeps every secret value empty, so no real secret is ever committed', () => {
    const secrets = rendered.base.filter((object) => object.kind === 'Secret') as Manifest[];
    expect(secrets.map((secret) => secret.metadata.name).sort()).toEqual([
      'auth-private-key',
      'auth-public-key',
      'hormohelp-database',
      'hormohelp-razorpay',
      'hormohelp-smtp',
    ]);
    const DEFAULTS = new Set(['', '587', 'false']);
    for (const secret of secrets) {
      expect(secret.data, 'base64 data would hide a value from this check').toBeUndefined();
      for (const value of Object.values(secret.stringData ?? {})) expect(DEFAULTS).toContain(value);
    }
  });

  it('production replaces every placeholder secret from its git-ignored files, under the same names', () => {
    const secret = find(rendered.production, 'Secret', 'auth-private-key');
    expect(Buffer.from(secret.data!['auth_private.pem']!, 'base64').toString()).toBe(keys.privateKey);
    const smtp = find(rendered.production, 'Secret', 'hormohelp-smtp');
    expect(Buffer.from(smtp.data!.SMTP_HOST!, 'base64').toString()).toBe('smtp.example.com');
    const ignored = readFileSync(join(PRODUCTION, 'secrets/.gitignore'), 'utf8');
    expect(ignored).toMatch(/^\*$/m);
  });

  it('production pins every image to a release tag in its registry and runs more replicas', () => {
    for (const object of rendered.production)
      for (const { image } of podSpecOf(object)?.containers ?? [])
        expect(image).toMatch(/^registry\.example\.com\/hormohelp\/\w+:\d+\.\d+\.\d+$/);
    expect(find(rendered.production, 'Deployment', 'web').spec.replicas).toBe(3);
    expect(find(rendered.production, 'HorizontalPodAutoscaler', 'api').spec.minReplicas).toBe(3);
    expect(container(rendered.production, 'auth').resources.limits.memory).toBe('768Mi');
    // A patch merges into the container it names: the probes of the base are still there.
    expect(container(rendered.production, 'auth').readinessProbe.httpGet.path).toBe('/health');
    expect(find(rendered.production, 'Ingress', 'hormohelp').spec.rules[0].host).toBe('app.hormohelp.in');
  });
});
