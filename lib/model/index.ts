export * from './cell';
export * from './keys';
export * from './report';
export * from './finding';
export * from './export';
export * from './labels';
export * from './places';
export * from './record';
