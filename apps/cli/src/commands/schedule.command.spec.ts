import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXIT_INVALID_INPUT, EXIT_OK, UsageError } from '../cli-command.js';
import { scheduleCommand } from './schedule.command.js';

const instance = {
  slots: [
    { id: 'a', start: '2027-05-04T09:00:00-04:00', end: '2027-05-04T09:30:00-04:00' },
    { id: 'b', start: '2027-05-04T09:30:00-04:00', end: '2027-05-04T10:00:00-04:00' },
  ],
  tables: 1,
  participants: [{ id: 'u1', available: ['a'] }, { id: 'u2' }, { id: 'u3', available: ['b'] }],
  meetings: [
    { id: 'm1', participants: ['u1', 'u2'], priority: 0, fixed: null },
    { id: 'm2', participants: ['u2', 'u3'] },
    { id: 'm3', participants: ['u1', 'u3'] },
  ],
};

describe('schedule command', () => {
  let dir: string;
  let out: string[];
  let err: string[];
  const io = { out: (line: string) => out.push(line), err: (line: string) => err.push(line) };
  const file = (name: string) => join(dir, name);

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'schedule-command-'));
    out = [];
    err = [];
    await writeFile(file('instance.json'), JSON.stringify(instance));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('prints the result as JSON on stdout', async () => {
    expect(await scheduleCommand.run([file('instance.json')], io)).toBe(EXIT_OK);
    expect(err).toEqual([]);
    const result = JSON.parse(out.join('\n'));
    expect(result.assignments).toEqual([
      { meeting: 'm1', slot: 'a', table: 1 },
      { meeting: 'm2', slot: 'b', table: 1 },
    ]);
    expect(result.unplaced).toEqual([{ meeting: 'm3', reason: 'NO_COMMON_SLOT' }]);
    expect(result.stats).toMatchObject({ meetings: 3, placed: 2, unplaced: 1, lowerBoundUnplaced: 1 });
    expect(typeof result.stats.millis).toBe('number');
  });

  it('writes the result with --out and prints a one-line summary', async () => {
    expect(await scheduleCommand.run([file('instance.json'), '--out', file('result.json')], io)).toBe(
      EXIT_OK,
    );
    expect(out).toHaveLength(1);
    expect(out[0]).toMatch(
      /^Placed 2 of 3 meetings \(1 unplaced, at least 1 unavoidable\) in \d+ ms; result written to /,
    );
    const written = JSON.parse(await readFile(file('result.json'), 'utf8'));
    expect(written.stats.placed).toBe(2);
  });

  it('accepts --out=file', async () => {
    expect(await scheduleCommand.run([`--out=${file('r.json')}`, file('instance.json')], io)).toBe(EXIT_OK);
    expect(JSON.parse(await readFile(file('r.json'), 'utf8')).stats.meetings).toBe(3);
  });

  it('lists every problem of an invalid instance on stderr and exits 1', async () => {
    const invalid = {
      ...instance,
      tables: 0,
      meetings: [...instance.meetings, { id: 'm1', participants: ['u9', 'u1'], color: 'red' }],
    };
    await writeFile(file('invalid.json'), JSON.stringify(invalid));
    expect(await scheduleCommand.run([file('invalid.json')], io)).toBe(EXIT_INVALID_INPUT);
    expect(out).toEqual([]);
    expect(err).toEqual([
      'tables: must be a positive integer',
      'meetings[3].color: unknown field',
      'meetings[3].id: duplicate id "m1" (first used by meetings[0])',
      'meetings[3].participants[0]: unknown participant "u9"',
    ]);
  });

  it('reports a missing file and a file that is not JSON, exiting 1', async () => {
    expect(await scheduleCommand.run([file('missing.json')], io)).toBe(EXIT_INVALID_INPUT);
    expect(err[0]).toBe(`${file('missing.json')}: cannot read the file (no such file)`);
    await writeFile(file('broken.json'), '{ "slots": [');
    expect(await scheduleCommand.run([file('broken.json')], io)).toBe(EXIT_INVALID_INPUT);
    expect(err[1]).toMatch(new RegExp(`^${file('broken.json')}: not valid JSON \\(`));
  });

  it('treats a missing file argument, extra arguments and unknown flags as usage errors', async () => {
    await expect(scheduleCommand.run([], io)).rejects.toThrow(UsageError);
    await expect(scheduleCommand.run(['a.json', 'b.json'], io)).rejects.toThrow(UsageError);
    await expect(scheduleCommand.run(['a.json', '--fast'], io)).rejects.toThrow(UsageError);
    await expect(scheduleCommand.run(['a.json', '--out'], io)).rejects.toThrow(UsageError);
  });
});
