// The break's own clock: what is left of a break, which the new tab tells the
// core on resume so that reminders hold for the rest of it however long it was paused.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BreakRunner } from '../../extension/lib/break-runner.js';

const exercises = [{ id: 'a', seconds: 30 }, { id: 'b', seconds: 45 }, { id: 'c', seconds: 20 }];
const quiet = { onExercise() {}, onTick() {}, onFinish() {} };

test('what is left counts getting ready, the exercise under way and those after it', () => {
  const runner = new BreakRunner(exercises, quiet, 3);
  runner.start();
  runner.pause();
  assert.ok(Math.abs(runner.secondsLeft - 98) < 0.5, `${runner.secondsLeft}`);
  runner.skip(); // past getting ready and the first exercise: the second has just begun
  assert.ok(Math.abs(runner.secondsLeft - 65) < 0.5, `${runner.secondsLeft}`);
  runner.skip();
  assert.ok(Math.abs(runner.secondsLeft - 20) < 0.5, `${runner.secondsLeft}`);
  runner.end();
});

test('a pause stops what is left from running down', async () => {
  const runner = new BreakRunner(exercises, quiet);
  runner.start();
  runner.pause();
  const left = runner.secondsLeft;
  await new Promise((resolve) => setTimeout(resolve, 600));
  assert.equal(runner.secondsLeft, left);
  runner.resume();
  await new Promise((resolve) => setTimeout(resolve, 600));
  runner.pause();
  assert.ok(runner.secondsLeft < left - 0.3, `${runner.secondsLeft} after ${left}`);
  runner.end();
});
