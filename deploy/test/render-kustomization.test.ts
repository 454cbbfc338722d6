import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { podSpecOf, renderKustomization, strategicMerge } from './support/render-kustomization';

/** Writes files (path → text) under a new temporary directory and returns it. */
function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'kustomize-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const BASE = {
  'base/kustomization.yaml': 'namespace: shop\nresources: [app.yaml]\n',
  'base/app.yaml': `apiVersion: v1
kind: Secret
metadata: { name: keys }
stringData: { KEY: '' }
---
apiVersion: apps/v1
kind: Deployment
metadata: { name: app }
spec:
  selector: { matchLabels: { app: a } }
  template:
    spec:
      containers:
        - { name: app, image: 'registry.local:5000/team/app:dev', env: [{ name: A, value: '1' }] }
        - { name: sidecar, image: proxy:1 }
`,
};

describe('the kustomize renderer of the deploy tests', () => {
  it('refuses a secret replacement that does not name the namespace of its target, as kustomize does', () => {
    const root = tree({
      ...BASE,
      'overlay/kustomization.yaml': `resources: [../base]
secretGenerator: [{ name: keys, behavior: replace, envs: [keys.env] }]
generatorOptions: { disableNameSuffixHash: true }
`,
      'overlay/keys.env': 'KEY=value\n',
    });
    expect(() => renderKustomization(join(root, 'overlay'))).toThrow(/replaces keys/);
  });

  it('replaces the secret when the generator names its namespace', () => {
    const root = tree({
      ...BASE,
      'overlay/kustomization.yaml': `resources: [../base]
secretGenerator: [{ name: keys, namespace: shop, behavior: replace, envs: [keys.env] }]
generatorOptions: { disableNameSuffixHash: true }
`,
      'overlay/keys.env': '# comment\nKEY=value\n',
    });
    const secret = renderKustomization(join(root, 'overlay')).find((object) => object.kind === 'Secret')!;
    expect(secret).toMatchObject({
      metadata: { name: 'keys', namespace: 'shop' },
      data: { KEY: 'dmFsdWU=' },
    });
    expect(secret).not.toHaveProperty('stringData');
  });

  it('merges a patch into the container it names, rewrites images by name and keeps everything else', () => {
    const root = tree({
      ...BASE,
      'overlay/kustomization.yaml': `resources: [../base]
images: [{ name: registry.local:5000/team/app, newTag: '2.0.0' }]
patches: [{ path: patch.yaml }]
`,
      'overlay/patch.yaml': `apiVersion: apps/v1
kind: Deployment
metadata: { name: app }
spec: { template: { spec: { containers: [{ name: app, env: [{ name: B, value: '2' }] }] } } }
`,
    });
    const deployment = renderKustomization(join(root, 'overlay')).find(
      (object) => object.kind === 'Deployment',
    )!;
    expect(deployment.metadata.namespace).toBe('shop');
    const [app, sidecar] = podSpecOf(deployment)!.containers;
    expect(app).toEqual({
      name: 'app',
      image: 'registry.local:5000/team/app:2.0.0',
      env: [
        { name: 'A', value: '1' },
        { name: 'B', value: '2' },
      ],
    });
    expect(sidecar).toEqual({ name: 'sidecar', image: 'proxy:1' });
  });

  it('replaces lists without names, and deletes a key patched to null', () => {
    expect(strategicMerge({ hosts: ['a', 'b'], keep: 1, drop: 2 }, { hosts: ['c'], drop: null })).toEqual({
      hosts: ['c'],
      keep: 1,
    });
  });

  it('refuses a kustomization field it does not implement, instead of ignoring it', () => {
    const root = tree({
      ...BASE,
      'base/kustomization.yaml': 'resources: [app.yaml]\ncommonLabels: { a: b }\n',
    });
    expect(() => renderKustomization(join(root, 'base'))).toThrow(/commonLabels is not supported/);
  });
});
