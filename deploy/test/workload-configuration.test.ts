import { describe, expect, it } from 'vitest';
import { loadApiConfig } from '../../apps/api/src/config';
import { loadAuthConfig } from '../../apps/auth/src/config';
import { podSpecOf } from './support/render-kustomization';
import { container, containerEnvironment, find, rendered } from './support/rendered-manifests';

const { base, production } = rendered;

describe('the environment each production workload starts with', () => {
  it('is accepted by the auth service’s own config loader, in production mode and on the pod network', () => {
    const config = loadAuthConfig(containerEnvironment(production, container(production, 'auth')));
    expect(config).toMatchObject({
      NODE_ENV: 'production',
      HOST: '0.0.0.0',
      PORT: 8001,
      RATE_LIMIT_STORE: 'postgres',
      JWT_PRIVATE_KEY_PATH: '/run/secrets/auth-private/auth_private.pem',
      SMTP_HOST: 'smtp.example.com',
    });
  });

  it('is accepted by the API’s config loader', () => {
    const config = loadApiConfig(containerEnvironment(production, container(production, 'api')));
    expect(config).toMatchObject({ NODE_ENV: 'production', RAZORPAY_API_URL: 'https://api.razorpay.com' });
    expect(config.RAZORPAY_KEY_SECRET).toBe('change-me');
  });

  it('holds no development default: with the base’s empty secrets every service stops and names them', () => {
    expect(() => loadAuthConfig(containerEnvironment(base, container(base, 'auth')))).toThrow(
      /DATABASE_URL[\s\S]*SMTP_HOST[\s\S]*SMTP_FROM/,
    );
    expect(() => loadApiConfig(containerEnvironment(base, container(base, 'api')))).toThrow(
      /DATABASE_URL[\s\S]*RAZORPAY_KEY_ID[\s\S]*RAZORPAY_KEY_SECRET[\s\S]*RAZORPAY_WEBHOOK_SECRET/,
    );
  });
});

describe.each(Object.entries(rendered))('the %s batch workloads', (_name, objects) => {
  it('the migration Job runs the migrate CLI of the API image with the database secret only', () => {
    const pod = podSpecOf(find(objects, 'Job', 'migrate'))!;
    expect(pod.restartPolicy).toBe('Never');
    expect(pod.containers[0]!.image).toBe(container(objects, 'api').image);
    expect(pod.containers[0]!.args).toEqual(['dist/bin/migrate.js', 'migrate']);
    expect(pod.containers[0]!.envFrom).toEqual([{ secretRef: { name: 'hormohelp-database' } }]);
    expect(pod.securityContext.runAsNonRoot).toBe(true);
  });
});
