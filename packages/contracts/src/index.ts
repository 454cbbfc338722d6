export * from './auth';
export * from './common';
export * from './community';
export * from './consultations';
export * from './errors';
export * from './privacy';
export * from './shop';
export * from './symptoms';
