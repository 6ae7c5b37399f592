// Writes fsrs-history.json beside this file: review histories run through ts-fsrs itself, under
// Node.js: the very package (version and sha512 pinned in interview/pom.xml) that the build unpacks
// into interview/target/ts-fsrs. FsrsSchedulerTest runs the same histories through FsrsScheduler
// (ts-fsrs inside the JVM) and expects the same cards. Re-run from the repository root after a
// build of the interview module (ts-fsrs has no dependencies of its own):
//   node interview/src/test/resources/dev/allclose/interview/review/make_fsrs_history.js
const fs = require('fs');
const path = require('path');
const PACKAGE = path.join(__dirname, '../../../../../../../target/ts-fsrs/package');
const FSRS = require(PACKAGE);
const version = require(path.join(PACKAGE, 'package.json')).version;

const GRADES = { again: 1, hard: 2, good: 3, easy: 4 };

// Each step reviews at the previous due date plus `late` days (0: on time). `shortTerm` false is
// how Allclose schedules catalog problems: whole days, no learning steps of minutes.
function run(name, start, maximumInterval, steps, shortTerm = true) {
  const scheduler = FSRS.fsrs(FSRS.generatorParameters({
    enable_fuzz: false, enable_short_term: shortTerm, maximum_interval: maximumInterval,
  }));
  let card = null;
  let now = new Date(start);
  const reviews = [];
  for (const [rating, late] of steps) {
    const input = card === null ? FSRS.createEmptyCard(now) : JSON.parse(card);
    const next = scheduler.next(input, now, GRADES[rating]).card;
    card = JSON.stringify(next);
    reviews.push({
      at: now.toISOString(), rating, due: next.due.toISOString(), state: next.state,
      stability: next.stability, difficulty: next.difficulty, reps: next.reps,
    });
    now = new Date(next.due.getTime() + late * 86400000);
  }
  return { name, maximum_interval: maximumInterval, short_term: shortTerm, reviews };
}

const histories = [
  run('mixed', '2026-01-05T09:00:00Z', 36500, [
    ['good', 0], ['good', 0], ['good', 2], ['again', 0], ['good', 0], ['hard', 1], ['easy', 0], ['good', 0],
  ]),
  run('capped at 10 days', '2026-01-05T09:00:00Z', 10, [
    ['good', 0], ['good', 0], ['good', 0], ['good', 0], ['good', 0], ['good', 0],
  ]),
  run('easy first', '2026-03-01T18:30:00Z', 36500, [['easy', 0], ['easy', 0], ['easy', 0]]),
  run('forgotten twice', '2026-03-01T18:30:00Z', 36500, [
    ['again', 0], ['again', 0], ['good', 0], ['good', 3], ['again', 0], ['good', 0],
  ]),
  run('in days (problems)', '2026-03-02T14:00:00Z', 36500, [
    ['good', 0], ['again', 0], ['good', 1], ['hard', 0], ['good', 0], ['again', 2], ['good', 0],
  ], false),
  run('in days, capped at 6', '2026-03-02T14:00:00Z', 6, [
    ['again', 0], ['good', 0], ['good', 0], ['easy', 0], ['good', 0],
  ], false),
];

fs.writeFileSync(
  path.join(__dirname, 'fsrs-history.json'),
  JSON.stringify({ generated_with: `ts-fsrs ${version} under Node.js ${process.version}`, histories }, null, 1) + '\n'
);
