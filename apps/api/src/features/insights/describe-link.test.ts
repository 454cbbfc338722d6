import { describe, expect, it } from 'vitest';
import { describeLink } from './describe-link';

describe('describeLink', () => {
  it('calls |r| below 0.3 no clear link, with no direction', () => {
    expect(describeLink('sleep', -0.29, 20)).toMatchObject({
      correlation: -0.29,
      strength: 'none',
      direction: null,
      sentence: 'We see no clear link between your sleep and how severe your symptoms were.',
    });
  });

  it('calls a negative r from 0.3 a moderate link with milder symptoms on better days', () => {
    expect(describeLink('sleep', -0.3, 20)).toMatchObject({
      strength: 'moderate',
      direction: 'milder',
      sentence: 'On days you slept better, your symptoms tended to be milder.',
    });
  });

  it('calls a positive r from 0.5 a strong link with more severe symptoms', () => {
    expect(describeLink('energy', 0.5, 30)).toMatchObject({
      strength: 'strong',
      direction: 'more_severe',
      sentence: 'On days you had more energy, your symptoms were usually more severe.',
    });
  });

  it('classifies the rounded r it shows, so 0.499 shown as 0.5 is strong', () => {
    expect(describeLink('mood', -0.499, 14)).toMatchObject({ correlation: -0.5, strength: 'strong' });
  });

  it('says there is nothing to compare when r is undefined (a score never changed)', () => {
    expect(describeLink('mood', null, 14)).toMatchObject({
      correlation: null,
      strength: 'none',
      direction: null,
      sentence: expect.stringMatching(/stayed the same/),
    });
  });

  it('never claims a cause', () => {
    for (const r of [-0.9, -0.4, 0, 0.4, 0.9]) {
      expect(describeLink('sleep', r, 20).sentence).not.toMatch(/caus|because|makes|leads to/i);
    }
  });
});
