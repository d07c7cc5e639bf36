export * from './goal-model';
export * from './organisation';
export * from './goal';
export * from './indicator';
export * from './activity';
export * from './plan';
