// What the app's exam screens need from the engine, gathered so `loadExamModule()` can load it as one
// chunk: the first screen of the app never pays for hashing, records or statements.

export { scenarioHash } from './scenario-hash.ts';
export { examGraders, examOutcome, examProfile, gradeExamRun } from './grade-exam.ts';
export { sealRecord, addReview, recordDigest } from './seal.ts';
export { replyOrder } from './shuffle.ts';
export { answeredStatements, verdictExtensions, XAPI, EXT_KEYS } from './xapi.ts';
export { ENGINE_VERSION } from './version.ts';
export { RECORD_FORMAT, RECORD_FORMAT_VERSION, effectiveVerdict } from './record-types.ts';
export { buildRecord, type AttemptInput } from './build-record.ts';
