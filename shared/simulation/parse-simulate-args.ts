/**
 * @file npm run simulate の引数: `--days N --seed S [--scenario 2022|2023|2025] [--json] [--report DIR]`,
 * parsed without the process (pure), with Japanese errors.
 */
import { eveningMessages as msg } from '../evening/evening-messages';
import { noticeScenarios } from './notice-scenarios';

/** 解析結果. */
export interface SimulateArgs {
  days: number;
  seed: number;
  /** シナリオ ids to run: the one given, or every scenario. */
  scenarios: string[];
  json: boolean;
  /** Folder for late-night-report.md and release-times.svg, or null. */
  report: string | null;
  help: boolean;
}

/** Defaults: 250 sitting days (about a year of a committee's Wed/Fri sittings), seed 1. */
export const defaultSimulateArgs: SimulateArgs = { days: 250, seed: 1, scenarios: noticeScenarios.map((s) => s.id), json: false, report: null, help: false };

/**
 * @example parseSimulateArgs(['--days', '1000', '--seed', '7', '--scenario', '2025', '--json'])
 * //=> { days: 1000, seed: 7, scenarios: ['2025'], json: true, report: null, help: false }
 * @throws RangeError with a Japanese message for a bad option or value.
 */
export function parseSimulateArgs(argv: readonly string[]): SimulateArgs {
  const out: SimulateArgs = { ...defaultSimulateArgs };
  const args = argv.filter((a) => a !== '--');
  for (let i = 0; i < args.length; i++) {
    const [flag, inline] = args[i]!.split('=', 2) as [string, string | undefined];
    const value = () => inline ?? args[++i] ?? '';
    switch (flag) {
      case '--days': {
        const text = value();
        const n = Number(text);
        if (!/^\d+$/.test(text) || n < 1 || n > 100_000) throw new RangeError(msg.badDays(text));
        out.days = n;
        break;
      }
      case '--seed': {
        const text = value();
        if (!/^\d+$/.test(text) || Number(text) > 0xffffffff) throw new RangeError(msg.badSeed(text));
        out.seed = Number(text);
        break;
      }
      case '--scenario': {
        const text = value();
        if (!noticeScenarios.some((s) => s.id === text)) throw new RangeError(msg.unknownScenario(text, noticeScenarios.map((s) => s.id)));
        out.scenarios = [text];
        break;
      }
      case '--json': out.json = true; break;
      case '--report': out.report = value() || null; break;
      case '--help': case '-h': out.help = true; break;
      default: throw new RangeError(msg.unknownOption(args[i]!));
    }
  }
  return out;
}
