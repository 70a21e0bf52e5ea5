/**
 * @file npm run simulate の引数: `--days N --seed S [--scenario 2022|2023|2025] [--json] [--report DIR] [--calibrate]`,
 * parsed without the process (pure), with Japanese errors.
 */
import { noticeScenarios } from './notice-scenarios';
import { simulationMessages as msg } from './simulation-messages';

/** 解析結果. */
export interface SimulateArgs {
  days: number;
  seed: number;
  /** シナリオ ids to run: the one given, or every scenario. */
  scenarios: string[];
  json: boolean;
  /** Folder for late-night-report.md and release-times.svg, or null. */
  report: string | null;
  /** Run the calibration grid search (calibrateBaseline) instead of the comparison. */
  calibrate: boolean;
  help: boolean;
}

/** Defaults: 250 sitting days (about a year of a committee's Wed/Fri sittings), seed 1. */
export const defaultSimulateArgs: SimulateArgs = {
  days: 250, seed: 1, scenarios: noticeScenarios.map((s) => s.id), json: false, report: null, calibrate: false, help: false,
};

/**
 * @example parseSimulateArgs(['--days', '1000', '--seed', '7', '--scenario', '2025', '--json'])
 * //=> { days: 1000, seed: 7, scenarios: ['2025'], json: true, report: null, calibrate: false, help: false }
 * @throws RangeError with a Japanese message for a bad option or value.
 */
export function parseSimulateArgs(argv: readonly string[]): SimulateArgs {
  const out: SimulateArgs = { ...defaultSimulateArgs };
  const args = argv.filter((a) => a !== '--');
  for (let i = 0; i < args.length; i++) {
    const [flag, inline] = args[i]!.split('=', 2) as [string, string | undefined];
    const value = () => {
      const text = inline ?? args[++i];
      if (text === undefined || text === '' || (inline === undefined && text.startsWith('--'))) throw new RangeError(msg.missingValue(flag));
      return text;
    };
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
      case '--report': out.report = value(); break;
      case '--calibrate': out.calibrate = true; break;
      case '--help': case '-h': out.help = true; break;
      default: throw new RangeError(msg.unknownOption(args[i]!));
    }
  }
  return out;
}
