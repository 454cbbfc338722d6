import { describe, expect, it } from 'vitest';
import { parseQuery } from './query-string';

describe('parseQuery', () => {
  it('gives each name its decoded value', () => {
    expect({ ...parseQuery('limit=5&cursor=a%2Bb&q=two+words') }).toEqual({
      limit: '5',
      cursor: 'a+b',
      q: 'two words',
    });
  });

  it('makes a list of a name given more than once, and of a bracketed name', () => {
    expect({ ...parseQuery('limit=5&limit=6') }).toEqual({ limit: ['5', '6'] });
    expect({ ...parseQuery('category[]=a') }).toEqual({ category: ['a'] });
    expect({ ...parseQuery('limit=5&limit[max]=6') }).toEqual({ limit: ['5', '6'] });
    expect({ ...parseQuery('category%5B%5D=a&category%5B%5D=b') }).toEqual({ category: ['a', 'b'] });
  });

  it('keeps __proto__ and constructor as own parameters of an object that does not reach Object.prototype', () => {
    const query = parseQuery('__proto__=a&__proto__=b&constructor=c');
    expect('hasOwnProperty' in query).toBe(false);
    expect('hasOwnProperty' in parseQuery('category[]=a&__proto__=b')).toBe(false);
    expect(Object.getOwnPropertyDescriptor(query, '__proto__')?.value).toEqual(['a', 'b']);
    expect(Object.getOwnPropertyDescriptor(query, 'constructor')?.value).toBe('c');
  });

  it('gives an empty query for an empty search', () => {
    expect(Object.keys(parseQuery(''))).toEqual([]);
  });
});
