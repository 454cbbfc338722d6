import { INSIGHT_THRESHOLDS, type InsightFactor } from '@hormohelp/contracts';

type Factor = InsightFactor['factor'];

/** "Better" is a higher score for all three: more sleep quality, more energy, a better mood. */
const WHEN_BETTER: Record<Factor, string> = {
  sleep: 'On days you slept better',
  energy: 'On days you had more energy',
  mood: 'On days your mood was better',
};

const NOUN: Record<Factor, string> = { sleep: 'sleep', energy: 'energy', mood: 'mood' };

/**
 * Turns Pearson's r between a factor and severity into plain words, without claiming a cause.
 * |r| < 0.3: no clear link; 0.3 to 0.5: moderate ("tended to"); 0.5 and above: strong ("were usually").
 * Severity is worse when higher, so a negative r means milder symptoms on better days.
 */
export function describeLink(factor: Factor, r: number | null, days: number): InsightFactor {
  if (r === null) {
    return {
      factor,
      correlation: null,
      strength: 'none',
      direction: null,
      days,
      sentence: `Your ${NOUN[factor]} or symptom scores have stayed the same, so there is nothing to compare yet.`,
    };
  }
  const correlation = Math.round(r * 100) / 100;
  const size = Math.abs(correlation);
  if (size < INSIGHT_THRESHOLDS.moderate) {
    return {
      factor,
      correlation,
      strength: 'none',
      direction: null,
      days,
      sentence: `We see no clear link between your ${NOUN[factor]} and how severe your symptoms were.`,
    };
  }
  const strength = size >= INSIGHT_THRESHOLDS.strong ? 'strong' : 'moderate';
  const direction = correlation < 0 ? 'milder' : 'more_severe';
  const verb = strength === 'strong' ? 'were usually' : 'tended to be';
  const outcome = direction === 'milder' ? 'milder' : 'more severe';
  return {
    factor,
    correlation,
    strength,
    direction,
    days,
    sentence: `${WHEN_BETTER[factor]}, your symptoms ${verb} ${outcome}.`,
  };
}
